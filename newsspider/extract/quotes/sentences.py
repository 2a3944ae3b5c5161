"""Sentence ranges in a paragraph whose quoted words are masked.

Quoted words are replaced by ``_`` before anything looks for cue verbs or names, so that a
"said" inside a quote is never taken for the attribution of the quote itself, and sentence ends
inside quotes do not split the sentence around them.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
    for start, end in ranges:
        low, high = start + 1, end - 1
        if low >= high:
            continue
        last = end - 2
        while last > start + 1 and text[last] in INNER_CLOSERS:
            last -= 1
        inner = NON_SPACE.sub(MASK_CHAR, text[low:high])
        if low <= last < high and text[last] in FINAL_PUNCTUATION:
            inner = inner[: last - low] + text[last] + inner[last - low + 1 :]
        text = text[:low] + inner + text[high:]
    return text


@lru_cache(maxsize=1 << 14)
def _abbreviation(token: str, lexicon: Lexicon) -> bool:
    """Whether the word ending at a sentence-end match (`token`: the word, its marks, the spaces) is an
    abbreviation or an initial, so the sentence goes on."""
    before = WORD_BEFORE.search(token)
    if before is None:
        return False
    word = before.group(1).rstrip(".")
    return word.lower() in lexicon.abbreviations or INITIAL.match(word) is not None


def split_sentences(masked: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a masked paragraph."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(masked):
        token = match.start()
        while token > 0 and not masked[token - 1].isspace():
            token -= 1
        if _abbreviation(masked[token : match.end()], lexicon):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(masked):
        bounds.append((start, len(masked)))
    return [(s, e) for s, e in bounds if NON_SPACE.search(masked, s, e)]
