"""Score the quotes extractor on an annotated set: ``python -m newsspider.bench.quotes [SET] [--errors]``.

SET is a JSON Lines file, one article a line: {"source", "language", "paragraphs", "quotes"}
(default ``fixtures/quotes/set.jsonl``). A predicted quote matches a gold quote of the same
paragraph when their word tokens overlap by at least half of the longer of the two; each gold
quote matches at most one prediction. Figures:

    detection   direct + partial quotes (the two types are not told apart); also direct quotes alone
    speaker     detection match whose speaker matches too: one name contains the other on word
                boundaries, case-insensitive; a gold pronoun accepts any speaker, a gold None only
                None. A prediction with no speaker counts against recall only (a wrong speaker is
                worse than none), unless the gold speaker is None.
    all         every type, direct, partial and indirect, against every gold quote
    indirect    indirect predictions against indirect gold quotes
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsspider.extract.quotes import extract_quotes
from newsspider.items import Quote

DEFAULT_SET = Path("fixtures/quotes/set.jsonl")
TOKEN = re.compile(r"\w+")
MIN_OVERLAP = 0.5
PRONOUNS = frozenset({"he", "she", "they", "it", "він", "вона", "вони", "он", "она", "они", "er", "sie"})
PROJECTED_ARTICLES = 168
QUOTED = frozenset({"direct", "partial"})

Extractor = Callable[[list[str], str | None], list[Quote]]


@dataclass(slots=True)
class Counts:
    """Matches against predictions and gold quotes, for precision and recall."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Scores:
    """The bench figures for one set."""

    detection: Counts = field(default_factory=Counts)
    direct: Counts = field(default_factory=Counts)
    speaker: Counts = field(default_factory=Counts)
    all: Counts = field(default_factory=Counts)
    indirect: Counts = field(default_factory=Counts)
    articles: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def overlap(a: str, b: str) -> float:
    """Shared word tokens over the token count of the longer text."""
    ta, tb = Counter(TOKEN.findall(a.casefold())), Counter(TOKEN.findall(b.casefold()))
    longest = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / longest if longest else 0.0


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Speaker agreement as described in the module docstring."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold.casefold() in PRONOUNS:
        return True
    a, b = predicted.casefold(), gold.casefold()
    return bool(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) or re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a))


def match(gold: list[dict[str, Any]], predicted: list[Quote]) -> list[tuple[dict[str, Any], Quote]]:
    """Greedy one-to-one pairs, best overlap first, within the same paragraph."""
    candidates = [
        (overlap(p.text, g["text"]), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if p.paragraph == g["paragraph"]
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[dict[str, Any], Quote]] = []
    for value, gi, pi in sorted(candidates, reverse=True):
        if value < MIN_OVERLAP or gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def _add(counts: Counts, gold: list[dict[str, Any]], predicted: list[Quote]) -> list[tuple[dict[str, Any], Quote]]:
    pairs = match(gold, predicted)
    counts.matched += len(pairs)
    counts.predicted += len(predicted)
    counts.gold += len(gold)
    return pairs


def _errors(
    source: str, gold: list[dict[str, Any]], predicted: list[Quote], pairs: list[tuple[dict[str, Any], Quote]]
) -> list[str]:
    lines: list[str] = []
    hit_gold = {id(g) for g, _ in pairs}
    hit_pred = {id(p) for _, p in pairs}
    lines += [
        f"MISS {source} [{g['paragraph']}] {g['type']} <{g['speaker']}> {g['text'][:90]}"
        for g in gold
        if id(g) not in hit_gold
    ]
    lines += [
        f"FALSE {source} [{p.paragraph}] {p.type} <{p.speaker}> {p.text[:90]}"
        for p in predicted
        if id(p) not in hit_pred
    ]
    lines += [
        f"SPEAKER {source} [{g['paragraph']}] gold <{g['speaker']}> got <{p.speaker}> {g['text'][:60]}"
        for g, p in pairs
        if not same_speaker(p.speaker, g["speaker"])
    ]
    return lines


def score(items: list[dict[str, Any]], extractor: Extractor = extract_quotes) -> Scores:
    """Run `extractor` on every item and count matches."""
    scores = Scores()
    for item in items:
        started = time.perf_counter()
        predicted = extractor(item["paragraphs"], item.get("language"))
        scores.seconds += time.perf_counter() - started
        scores.articles += 1
        gold = item["quotes"]
        quoted_gold = [g for g in gold if g["type"] in QUOTED]
        quoted_pred = [p for p in predicted if p.type in QUOTED]
        pairs = _add(scores.detection, quoted_gold, quoted_pred)
        scores.speaker.gold += len(quoted_gold)
        scores.speaker.matched += sum(same_speaker(p.speaker, g["speaker"]) for g, p in pairs)
        paired = {id(p): g for g, p in pairs}
        scores.speaker.predicted += sum(
            1 for p in quoted_pred if p.speaker is not None or (id(p) in paired and paired[id(p)]["speaker"] is None)
        )
        _add(scores.direct, [g for g in gold if g["type"] == "direct"], [p for p in predicted if p.type == "direct"])
        all_pairs = _add(scores.all, gold, predicted)
        _add(
            scores.indirect,
            [g for g in gold if g["type"] == "indirect"],
            [p for p in predicted if p.type == "indirect"],
        )
        scores.errors += _errors(item["source"], gold, predicted, all_pairs)
    return scores


def load(path: Path) -> list[dict[str, Any]]:
    """Items of a JSON Lines set."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def table(scores: Scores) -> str:
    """The figures as a plain-text table."""
    rows = [
        ("quote detection (direct+partial)", scores.detection),
        ("  fully quoted statements (direct)", scores.direct),
        ("quote + speaker", scores.speaker),
        ("all reported speech", scores.all),
        ("indirect only", scores.indirect),
    ]
    lines = [f"{'measure':34} {'P':>6} {'R':>6} {'F1':>6} {'match':>6} {'pred':>6} {'gold':>6}"]
    lines += [
        f"{name:34} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.matched:6d} {c.predicted:6d} {c.gold:6d}"
        for name, c in rows
    ]
    per_article = scores.seconds / scores.articles if scores.articles else 0.0
    lines.append(
        f"time: {scores.seconds:.3f} s for {scores.articles} articles ({per_article * 1000:.1f} ms each; "
        f"{per_article * PROJECTED_ARTICLES:.2f} s projected for {PROJECTED_ARTICLES})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--errors", action="store_true", help="list misses, false quotes and wrong speakers")
    args = parser.parse_args(argv)
    scores = score(load(args.set))
    if args.errors:
        print("\n".join(scores.errors))
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
