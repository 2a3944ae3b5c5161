"""``make bench``: extraction quality and speed, ours beside trafilatura and newspaper4k, in one run.

    python -m newsspider.bench.extract SUITE_DIR [SUITE_DIR ...] [--systems project,trafilatura,newspaper4k]
                                       [--without-structured-data]

A suite is a folder of NAME.html + NAME.json pairs (the truth; see ../shared/corpus/README.md). The pages
go to the systems in batches of :data:`BATCH` pages: each system reads the whole batch, then the next
system does. Machine load still falls on all of them alike (a batch takes well under a second), while
each system runs as it does in use, page after page, rather than with its caches just emptied by
another extractor (measured on aeb in fresh processes, one page at a time to each system in turn
made ours 6% slower and trafilatura 1%). Quality uses the corpus
metrics of :mod:`newsspider.fixturetool.score`; time is the median of one extraction call per page (all
fields, quotes included, for ours). Peers are optional (``pip install -e '.[bench]'``).

``--without-structured-data`` takes JSON-LD and the metadata meta tags (Open Graph, Twitter, article:,
author, description, dates) out of every page first: the scores then measure what the markup heuristics
find on sites that declare nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsspider.extract import extract_article
from newsspider.fixturetool.score import SuiteScore, iter_suite

if TYPE_CHECKING:
    from collections.abc import Callable

METRICS = ("body_f1", "title_acc", "date_acc", "author_f1")
#: What --without-structured-data takes out of a page.
JSON_LD_SCRIPT = re.compile(r"<script[^>]*application/ld\+json[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)
METADATA_META = re.compile(
    r"<meta[^>]*(?:property|name)=[\"'](?:og:|twitter:|article:|author|description|date|pubdate|publish|parsely"
    r"|sailthru|dc\.)[^>]*>",
    re.IGNORECASE,
)
DEFAULT_SYSTEMS = "project,trafilatura,newspaper4k"
#: Pages each system reads in a row before the next system takes the same pages.
BATCH = 8
#: The time target: our median at most this share of trafilatura's, in the same run.
TIME_SHARE_TARGET = 0.5


def _trafilatura() -> Callable[[str, str], dict[str, Any]]:
    import trafilatura  # noqa: PLC0415 - optional peer, imported only when benchmarked

    def run(html: str, url: str) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if doc is None:
            return {}
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        names = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
        return {
            "headline": data.get("title"),
            "authors": [{"name": n} for n in names],
            "date_published": data.get("date"),
            "body": data.get("text") or "",
        }

    return run


def _newspaper4k() -> Callable[[str, str], dict[str, Any]]:
    import newspaper  # noqa: PLC0415 - optional peer

    def run(html: str, url: str) -> dict[str, Any]:
        article = newspaper.Article(url or "http://localhost/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        published = article.publish_date.isoformat() if article.publish_date else None
        return {
            "headline": article.title,
            "authors": [{"name": a} for a in article.authors],
            "date_published": published,
            "body": article.text or "",
        }

    return run


PEERS: dict[str, tuple[str, Callable[[], Callable[[str, str], dict[str, Any]]]]] = {
    "trafilatura": ("trafilatura", _trafilatura),
    "newspaper4k": ("newspaper", _newspaper4k),
}


def systems(names: list[str]) -> dict[str, Callable[[str, str], dict[str, Any]]]:
    """The extractors to compare; a peer that is not installed is reported and left out."""
    chosen: dict[str, Callable[[str, str], dict[str, Any]]] = {}
    for name in names:
        if name == "project":
            chosen[name] = extract_article
        elif name in PEERS and importlib.util.find_spec(PEERS[name][0]) is not None:
            chosen[name] = PEERS[name][1]()
        else:
            print(f"(skipping {name}: not installed; pip install -e '.[bench]')")
    return chosen


def without_structured_data(html: str) -> str:
    """`html` without its JSON-LD scripts and metadata meta tags."""
    return METADATA_META.sub("", JSON_LD_SCRIPT.sub("", html))


def bench_suite(
    folder: Path,
    runners: dict[str, Callable[[str, str], dict[str, Any]]],
    transform: Callable[[str], str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Scores and median milliseconds per system on one suite (each page through `transform` first)."""
    scores = {name: SuiteScore() for name in runners}
    times: dict[str, list[float]] = {name: [] for name in runners}
    errors = dict.fromkeys(runners, 0)
    pages = [(truth, transform(page) if transform else page) for truth, page in iter_suite(folder)]
    for first in range(0, len(pages), BATCH):
        batch = pages[first : first + BATCH]
        for name, run in runners.items():
            answers: list[dict[str, Any]] = []
            for truth, html in batch:
                started = time.perf_counter()
                try:
                    answers.append(run(html, truth.get("url") or ""))
                except Exception:  # noqa: BLE001 - a peer's crash counts as an empty answer, as in newseval
                    errors[name] += 1
                    answers.append({})
                times[name].append(time.perf_counter() - started)
            for (truth, _), pred in zip(batch, answers, strict=True):
                scores[name].add(truth, pred)
    return {
        name: {
            **scores[name].metrics(),
            "pages": scores[name].pages,
            "errors": errors[name],
            "ms_median": round(1000 * statistics.median(times[name]), 2) if times[name] else None,
        }
        for name in runners
    }


def table(suite: str, results: dict[str, dict[str, Any]]) -> str:
    """A fixed-width table of one suite's results."""
    head = f"{suite:<10} {'system':<12}" + "".join(f"{m:>11}" for m in (*METRICS, "ms_median")) + f"{'pages':>7}"
    lines = [head, "-" * len(head)]
    for name, res in results.items():
        cells = "".join(f"{res[m]:>11.3f}" if m in res else f"{'-':>11}" for m in METRICS)
        lines.append(f"{suite:<10} {name:<12}{cells}{res['ms_median']:>11.2f}{res['pages']:>7}")
    return "\n".join(lines)


def time_verdict(results: dict[str, dict[str, Any]]) -> str | None:
    """Our median time as a share of trafilatura's in the same run, against :data:`TIME_SHARE_TARGET`;
    None unless both ran."""
    ours, peer = results.get("project", {}).get("ms_median"), results.get("trafilatura", {}).get("ms_median")
    if not ours or not peer:
        return None
    share = ours / peer
    verdict = "ok" if share <= TIME_SHARE_TARGET else "ABOVE TARGET"
    return f"median time: {share:.2f} of trafilatura's (target <= {TIME_SHARE_TARGET}): {verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="+", type=Path)
    parser.add_argument("--systems", default=DEFAULT_SYSTEMS)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--without-structured-data", action="store_true", help="take JSON-LD and metadata meta tags out of pages first"
    )
    args = parser.parse_args(argv)
    runners = systems(args.systems.split(","))
    transform = without_structured_data if args.without_structured_data else None
    everything = {}
    for folder in args.suites:
        results = bench_suite(folder, runners, transform)
        everything[folder.name] = results
        verdict = time_verdict(results)
        print(table(folder.name, results) + (f"\n{verdict}" if verdict else ""), end="\n\n")
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
