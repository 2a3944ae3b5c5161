"""Scores of the extractor: the corpus metrics of ``shared/tools/newseval.py``, and fixture pass rates.

Corpus metrics, computed as newseval computes them (reimplemented here, the same rules):

- ``body_f1``: per page, 4-word shingles of the true and extracted body are matched (a multiset); precision
  and recall are averaged over pages and F1 is taken of the two means (the benchmark's rule).
- ``title_acc``: headline equals the true title after NFKC, case folding, invisible characters removed,
  whitespace collapsed and quotes/punctuation trimmed at the ends.
- ``date_acc``: the first ten characters (YYYY-MM-DD) of ``date_published`` equal.
- ``author_f1``: normalized author names as sets per page, true/false positives summed over pages.

Fixture metrics: ``pass_rate`` is the share of field checks of all article cases that pass (known
failures count as failing: they are the extractor's weaknesses, not the fixtures').
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsspider.casefiles import iter_cases
from newsspider.fixturetool.diff import extract_case
from newsspider.testing.expect import field_problems

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)
INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
SPACES = re.compile(r"\s+")
END_PUNCTUATION = " \"'“”‘’«»„.:;,-–—|"
SHINGLE = 4
DATE_CHARS = 10
DIGITS = 3


def shingles(text: str | None, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of n-word shingles of `text` (one shingle of all words when there are fewer than n)."""
    tokens = TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def body_prf(true: str | None, pred: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) of shingles, each divided by their sum: the page's share of each."""
    t, p = shingles(true), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def normalize(text: str | None) -> str:
    """Text as titles and names are compared: NFKC, casefolded, invisible characters gone, trimmed."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFKC", text or "").casefold())
    return SPACES.sub(" ", text).strip().strip(END_PUNCTUATION)


def author_names(record: dict[str, Any]) -> set[str]:
    names = (a.get("name") if isinstance(a, dict) else a for a in record.get("authors") or [])
    return {normalize(str(n)) for n in names if n and normalize(str(n))}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class SuiteScore:
    """Running totals for one corpus suite."""

    pages: int = 0
    body: list[tuple[float, float, float]] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    authors: Counter[str] = field(default_factory=Counter)

    def add(self, truth: dict[str, Any], pred: dict[str, Any]) -> None:
        self.pages += 1
        true_body = truth["articleBody"] if "articleBody" in truth else truth.get("body")
        if true_body:
            self.body.append(body_prf(true_body, pred.get("body") or ""))
        if truth.get("title"):
            self.titles.append(normalize(str(pred.get("headline") or "")) == normalize(truth["title"]))
        if isinstance(truth.get("date_published"), str) and truth["date_published"]:
            got = str(pred.get("date_published") or "")[:DATE_CHARS]
            self.dates.append(got == truth["date_published"][:DATE_CHARS])
        if truth.get("authors") is not None and "articleBody" not in truth:
            t = {normalize(x) for x in truth["authors"] if normalize(x)}
            p = author_names(pred)
            self.authors.update(tp=len(t & p), fp=len(p - t), fn=len(t - p))

    def metrics(self) -> dict[str, float]:
        """The suite's figures, rounded as newseval prints them."""
        out: dict[str, float] = {}
        if self.body:
            p = statistics.mean(tp / (tp + fp) if tp + fp else 0 for tp, fp, _ in self.body)
            r = statistics.mean(tp / (tp + fn) if tp + fn else 0 for tp, _, fn in self.body)
            out["body_f1"] = _f1(p, r)
        if self.titles:
            out["title_acc"] = sum(self.titles) / len(self.titles)
        if self.dates:
            out["date_acc"] = sum(self.dates) / len(self.dates)
        a = self.authors
        if a["tp"] + a["fp"] + a["fn"]:
            ap = a["tp"] / (a["tp"] + a["fp"]) if a["tp"] + a["fp"] else 0.0
            ar = a["tp"] / (a["tp"] + a["fn"]) if a["tp"] + a["fn"] else 0.0
            out["author_f1"] = _f1(ap, ar)
        return {k: round(v, DIGITS) for k, v in out.items()}


def iter_suite(folder: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """(truth, html) of every NAME.json + NAME.html pair under `folder`, sorted by path."""
    for truth_path in sorted(folder.rglob("*.json")):
        page = truth_path.with_suffix(".html")
        if page.exists():
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            yield truth, page.read_text(encoding="utf-8", errors="replace")


def score_suite(folder: Path, extract: Callable[[str, str], dict[str, Any]]) -> dict[str, float]:
    """Score `extract(html, url)` on every NAME.html + NAME.json pair under `folder`."""
    suite = SuiteScore()
    for truth, html in iter_suite(folder):
        suite.add(truth, extract(html, truth.get("url") or ""))
    return suite.metrics()


def score_fixtures(root: Path) -> dict[str, float]:
    """Share of passing field checks over the article cases under `root`, overall and per field."""
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in iter_cases(root):
        expected = case.expected()
        if expected is None:
            continue
        record = extract_case(case)
        for name, want in expected.items():
            total[name] += 1
            passed[name] += name in record and not field_problems(record[name], want)
    if not total:
        return {}
    scores = {f"field.{name}": round(passed[name] / total[name], DIGITS) for name in sorted(total)}
    scores["pass_rate"] = round(sum(passed.values()) / sum(total.values()), DIGITS)
    return scores
