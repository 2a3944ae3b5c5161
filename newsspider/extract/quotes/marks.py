"""Quote-mark spans in a list of paragraphs.

Marks pair per paragraph: “…” "…" ‘…’ «…» „…“ »…« 「…」, whichever the lexicon offers. A quote that
opens a paragraph and does not close runs on: the next paragraph either reopens the mark (the
usual convention, only the last paragraph closes) or, when a paragraph was split mid-sentence,
closes it before opening another. An unbalanced mark elsewhere is dropped on its own; the rest of
the paragraph and article are still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SINGLE_CLOSERS = frozenset("’‘'")
#: A straight or single opening mark counts only at the start or after a space or one of these.
OPEN_CONTEXT = frozenset("([{—–-/:;,")
STRAIGHT_OPENERS = frozenset("\"‘'")
CLOSE_FOLLOW = re.compile(r"(?:$|[^\w])")
LEAD_SPACE = re.compile(r"^\s*")
INTRO_BEFORE_UNCLOSED = re.compile(r"[:,.!?]\s*$")
MAX_RUN_ON_PARAGRAPHS = 8


@dataclass(frozen=True, slots=True)
class Span:
    """Words between quote marks; offsets are into the first and last paragraph."""

    paragraph: int
    start: int
    end_paragraph: int
    end: int
    text: str
    closed: bool


@lru_cache(maxsize=64)
def _any_of(chars: str) -> re.Pattern[str]:
    """A pattern for any one of `chars` (the openers or closers of a lexicon)."""
    return re.compile(f"[{re.escape(chars)}]" if chars else "(?!x)x")


def _valid_opener(text: str, pos: int) -> bool:
    if text[pos] not in STRAIGHT_OPENERS or pos == 0:
        return True
    before = text[pos - 1]
    return before.isspace() or before in OPEN_CONTEXT


def _find_closer(text: str, start: int, closers: str) -> int:
    """Offset of the closing mark at or after `start`, or -1."""
    finder = _any_of(closers)
    found = finder.search(text, start)
    while found is not None:
        pos = found.start()
        if text[pos] not in SINGLE_CLOSERS or CLOSE_FOLLOW.match(text, pos + 1):
            return pos
        found = finder.search(text, pos + 1)
    return -1


def _first_opener(text: str, start: int, finder: re.Pattern[str]) -> int:
    """Offset of the first valid opening mark at or after `start` (`finder`: the openers), or -1."""
    found = finder.search(text, start)
    while found is not None:
        pos = found.start()
        if _valid_opener(text, pos):
            return pos
        found = finder.search(text, pos + 1)
    return -1


def _continues(text: str, marks: dict[str, str]) -> bool:
    lead = LEAD_SPACE.match(text)
    offset = lead.end() if lead else 0
    return offset < len(text) and text[offset] in marks


def _run_on(
    paragraphs: list[str], index: int, piece: str, marks: dict[str, str], closers: str
) -> tuple[list[str], int, int, bool]:
    """Pieces of a quote left open at the end of paragraph `index`, with where it ends."""
    pieces = [piece]
    last, end = index, len(paragraphs[index])
    for nxt in range(index + 1, min(len(paragraphs), index + 1 + MAX_RUN_ON_PARAGRAPHS)):
        text = paragraphs[nxt]
        if _continues(text, marks):
            lead = LEAD_SPACE.match(text)
            begin = (lead.end() if lead else 0) + 1
            close = _find_closer(text, begin, marks[text[begin - 1]])
            if close < 0:
                pieces.append(text[begin:])
                last, end = nxt, len(text)
                continue
            pieces.append(text[begin:close])
            return pieces, nxt, close + 1, True
        close = _find_closer(text, 0, closers)
        opener = _first_opener(text, 0, _any_of("".join(marks)))
        if close >= 0 and (opener < 0 or close < opener):
            pieces.append(text[:close])
            return pieces, nxt, close + 1, True
        break
    return pieces, last, end, False


def find_spans(paragraphs: list[str], marks: dict[str, str]) -> list[Span]:
    """All quote-mark spans in reading order; run-on quotes are one span."""
    spans: list[Span] = []
    openers = _any_of("".join(marks))
    index = 0
    resume = 0
    while index < len(paragraphs):
        text = paragraphs[index]
        pos = _first_opener(text, resume, openers)
        resume = 0
        jumped = False
        while pos >= 0:
            closers = marks[text[pos]]
            close = _find_closer(text, pos + 1, closers)
            if close >= 0:
                spans.append(Span(index, pos, index, close + 1, text[pos + 1 : close].strip(), True))
                pos = _first_opener(text, close + 1, openers)
                continue
            at_start = not text[:pos].strip() or bool(INTRO_BEFORE_UNCLOSED.search(text[:pos]))
            if not at_start:
                pos = _first_opener(text, pos + 1, openers)
                continue
            pieces, last, end, closed = _run_on(paragraphs, index, text[pos + 1 :], marks, closers)
            body = " ".join(p.strip() for p in pieces if p.strip())
            spans.append(Span(index, pos, last, end, body, closed))
            if last > index:
                index, resume, jumped = last, end, True
            break
        if not jumped:
            index += 1
    return spans
