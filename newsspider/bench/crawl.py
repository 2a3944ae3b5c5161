"""Crawl benchmark: articles per second and peak memory, our extractor against trafilatura, one run.

    python -m newsspider.bench.crawl --sizes 1000,2000,10000      (``make bench-crawl``)

For each size a generated site (:mod:`newsspider.testing.gensite`) is served on 127.0.0.1 and crawled
twice by ``scrapy crawl`` in a subprocess, from its sitemap index, with the same settings: once by the
``news`` spider (our extraction pipeline) and once by ``bench_trafilatura``, the same spider whose
article callback calls ``trafilatura.bare_extraction`` instead. Each crawl writes JSON Lines; its stats
file gives the time and the process's peak resident memory. Never run by ``make test``.

Article bodies: real news pages when ``--pages FOLDER`` names a folder of saved pages (by default
``../shared/corpus`` when it is there: pages of many publishers, 50-500 KB each, as a crawl meets them),
served in turn under the generated URLs; else the generator's own small pages. Real pages repeat under
several URLs, so the crawl's duplicate filter by canonical URL is off in both variants.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsspider.extensions.statsfile import PEAK_RSS_KEY
from newsspider.spiders.base import SiteSpider
from newsspider.testing.crawlrun import crawl_command, read_stats, run_crawl
from newsspider.testing.gensite import INDEX, GeneratedSite, GenSiteServer

if TYPE_CHECKING:
    from scrapy.http import Response

MB = 1024 * 1024
SPEEDUP_TARGET = 2.0
MEMORY_GROWTH_TARGET_MB = 50.0
BENCH_SETTINGS = {
    "LOG_LEVEL": "WARNING",
    "NEWSSPIDER_SUMMARY": "false",
    "NEWSSPIDER_PROGRESS": "false",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "SPIDER_MODULES": "newsspider.spiders,newsspider.bench.crawl",
    "MEMUSAGE_ENABLED": "false",
}
VARIANTS = {"newsspider": "news", "trafilatura": "bench_trafilatura"}
NO_DEDUPE = {"ITEM_PIPELINES": json.dumps({
    "newsspider.pipelines.ExtractArticlePipeline": 100, "newsspider.pipelines.ValidateRecordPipeline": 200,
})}  # fmt: skip
DEFAULT_PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def load_pages(folder: Path | None) -> list[bytes]:
    """Saved HTML pages under `folder`, sorted by path; none when there is no folder."""
    if folder is None or not folder.is_dir():
        return []
    return [path.read_bytes() for path in sorted(folder.rglob("*.html"))]


SITEMAP_SIZE = 1000
BENCH_CRAWL_TIMEOUT_SECONDS = 3 * 3600  # trafilatura on 10,000 real pages takes several minutes


class TrafilaturaSpider(SiteSpider):
    """The ``news`` spider with trafilatura in the article callback instead of our extraction pipeline."""

    name = "bench_trafilatura"

    def article(self, response: Response, page: Any = None) -> Any:
        import trafilatura  # noqa: PLC0415  (the bench extra only)

        doc = trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)
        record = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
        return {"url": response.url, **{k: record.get(k) for k in ("title", "author", "date", "text")}}


@dataclass(frozen=True, slots=True)
class Result:
    """One crawl's figures."""

    variant: str
    size: int
    articles: int
    seconds: float
    peak_rss_mb: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def crawl_once(variant: str, size: int, workdir: Path, pages: list[bytes]) -> Result:
    """Serve a site of `size` articles and crawl it with one variant."""
    site = GeneratedSite.build(size, with_errors=False, listing_only=0, per_sitemap=SITEMAP_SIZE, real_pages=pages)
    stats_path = workdir / f"{variant}-{size}.json"
    with GenSiteServer(site) as server:
        cmd = crawl_command(
            VARIANTS[variant],
            args={"urls": server.origin + INDEX, "follow": "false"},
            settings=BENCH_SETTINGS | (NO_DEDUPE if pages else {}),
            output=workdir / f"{variant}-{size}.jsonl",
            stats=stats_path,
        )
        result = run_crawl(cmd, timeout=BENCH_CRAWL_TIMEOUT_SECONDS)
    if result.returncode != 0:
        raise SystemExit(f"{variant} crawl of {size} failed:\n{result.stderr[-3000:]}")
    stats = read_stats(stats_path)
    return Result(
        variant=variant,
        size=size,
        articles=int(stats.get("item_scraped_count", 0)),
        seconds=float(stats["elapsed_time_seconds"]),
        peak_rss_mb=int(stats[PEAK_RSS_KEY]) / MB,
    )


def report(results: list[Result]) -> list[str]:
    """The table and the verdicts against the targets."""
    lines = [f"{'size':>7} {'variant':<12} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'peak MB':>8}"]
    lines += [
        f"{r.size:>7} {r.variant:<12} {r.articles:>8} {r.seconds:>8.1f} {r.rate:>10.1f} {r.peak_rss_mb:>8.1f}"
        for r in results
    ]
    ours = {r.size: r for r in results if r.variant == "newsspider"}
    theirs = {r.size: r for r in results if r.variant == "trafilatura"}
    for size in sorted(ours.keys() & theirs.keys()):
        speedup = ours[size].rate / theirs[size].rate if theirs[size].rate else float("inf")
        verdict = "ok" if speedup >= SPEEDUP_TARGET else "BELOW TARGET"
        lines.append(f"size {size}: {speedup:.2f}x trafilatura's throughput (target {SPEEDUP_TARGET}x): {verdict}")
    if len(ours) > 1:
        small, large = min(ours), max(ours)
        growth = ours[large].peak_rss_mb - ours[small].peak_rss_mb
        verdict = "ok" if growth <= MEMORY_GROWTH_TARGET_MB else "ABOVE TARGET"
        target = f"target <= {MEMORY_GROWTH_TARGET_MB} MB"
        lines.append(f"peak memory {small} -> {large} articles: {growth:+.1f} MB ({target}): {verdict}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,2000,10000", help="comma-separated article counts")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="newsspider,trafilatura")
    parser.add_argument("--json", help="also write the results here as JSON")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of saved article pages to serve")
    parser.add_argument("--generated", action="store_true", help="serve the generator's own small pages")
    args = parser.parse_args(argv)
    pages = [] if args.generated else load_pages(args.pages)
    print(f"article bodies: {f'{len(pages)} saved pages from {args.pages}' if pages else 'generated'}", file=sys.stderr)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        for size in sizes:
            for variant in args.variants.split(","):
                result = crawl_once(variant, size, Path(tmp), pages)
                print(f"  {variant} {size}: {result.articles} articles in {result.seconds:.1f} s", file=sys.stderr)
                results.append(result)
    print("\n".join(report(results)))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) | {"rate": r.rate} for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
