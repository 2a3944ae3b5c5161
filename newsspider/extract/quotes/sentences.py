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
OTHER_SPACE = re.compile(r"[^\S ]")  # a space character other than " "
WORD_WINDOW = 40
#: Written [.!?…][.!?…]* rather than [.!?…]+ (the same matches): a pattern that opens with a character
#: class lets the engine skip to the candidates instead of trying every position.
SENTENCE_END = re.compile(rf"[.!?…][.!?…]*[\"”’»«“‘„」』)]*\s+(?=[\"“‘«„»「(\[{UPPER}0-9—–-])")
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
        inner = _masked(text[low:high])
        if low <= last < high and text[last] in FINAL_PUNCTUATION:
            inner = inner[: last - low] + text[last] + inner[last - low + 1 :]
        text = text[:low] + inner + text[high:]
    return text


def _masked(text: str) -> str:
    """`text` with every non-space character set to MASK_CHAR."""
    if OTHER_SPACE.search(text):
        return NON_SPACE.sub(MASK_CHAR, text)
    return " ".join([MASK_CHAR * len(word) for word in text.split(" ")])  # the same when spaces are " " only


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
        if _abbreviation(masked[_word_start(masked, match.start()) : match.end()], lexicon):
            continue
        bounds.append((start, match.end()))  # never blank: it holds the match's . ! ? …
        start = match.end()
    rest = masked[start:]
    if rest and not rest.isspace():
        bounds.append((start, len(masked)))
    return bounds


def _word_start(text: str, end: int) -> int:
    """Start of the run of non-space characters that ends at `end`."""
    if end == 0 or text[end - 1].isspace():
        return end
    low = max(0, end - WORD_WINDOW)
    piece = text[low:end]
    word = piece.rsplit(None, 1)[-1]
    if len(word) < len(piece) or low == 0:
        return end - len(word)
    while end > 0 and not text[end - 1].isspace():  # a word longer than the window
        end -= 1
    return end
