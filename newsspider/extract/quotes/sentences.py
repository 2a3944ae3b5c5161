"""Sentence ranges in a paragraph whose quoted words are masked.

Quoted words are replaced by ``_`` before anything looks for cue verbs or names, so that a
"said" inside a quote is never taken for the attribution of the quote itself, and sentence ends
inside quotes do not split the sentence around them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.quotes.lexicon import UPPER

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newsspider.extract.quotes.lexicon import Lexicon

MASK_CHAR = "_"
FINAL_PUNCTUATION = frozenset(".!?…")
INNER_CLOSERS = frozenset("’'”\"»«“")
NON_SPACE = re.compile(r"\S")
SENTENCE_END = re.compile(rf"[.!?…]+[\"”’»«“‘„」』)]*\s+(?=[\"“‘«„»「(\[{UPPER}0-9—–-])")
WORD_BEFORE = re.compile(r"([\w.’'-]+)[.!?…]+[\"”’»«“‘„」』)]*\s+$")
INITIAL = re.compile(rf"^(?:[{UPPER}]|[{UPPER}]\.[{UPPER}])$")


def mask(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """`text` with the characters inside `ranges` set to ``_``; marks, spaces and a final . ! ? stay."""
    chars = list(text)
    for start, end in ranges:
        last = end - 2
        while last > start + 1 and chars[last] in INNER_CLOSERS:
            last -= 1
        for pos in range(start + 1, max(start + 1, end - 1)):
            keep = pos == last and chars[pos] in FINAL_PUNCTUATION
            if not chars[pos].isspace() and not keep:
                chars[pos] = MASK_CHAR
    return "".join(chars)


def split_sentences(masked: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a masked paragraph."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(masked):
        before = WORD_BEFORE.search(masked[: match.end()])
        if before:
            word = before.group(1).rstrip(".").lower()
            if word in lexicon.abbreviations or INITIAL.match(before.group(1).rstrip(".")):
                continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(masked):
        bounds.append((start, len(masked)))
    return [(s, e) for s, e in bounds if NON_SPACE.search(masked[s:e])]
