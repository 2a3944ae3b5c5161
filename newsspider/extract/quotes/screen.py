"""Cheap exact pre-tests that tell when a case-insensitive word pattern cannot match, so it is not run.

The cue patterns of :mod:`lexicon` (``(?<![\\w’'-])(?:WORDS)(?![\\w’'-])``, compiled with re.I) are
the most expensive searches of the extractor, and most sentences hold no cue. A pattern can only
match where a whole run of word characters (``[\\w’'-]``) equals, case-insensitively, the first
word of one of its phrases. For text whose characters are ASCII or known not to match any ASCII
character case-insensitively, the runs are found with bytes operations: every other character
becomes a separator, which only splits runs and so never hides a match. A pre-test answers False
only when no run can match; otherwise (and for any other text) the pattern itself decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

#: A word character of the cue patterns' boundaries.
WORD_CHAR = re.compile(r"[\w’'-]")
ASCII_LIMIT = 128
#: Bytes to word runs: ASCII word characters lower-cased, every other byte a space.
RUN_TABLE = bytes(
    ord(chr(code).lower()) if code < ASCII_LIMIT and WORD_CHAR.fullmatch(chr(code)) else ord(" ") for code in range(256)
)
#: Non-ASCII characters the fast path reads (as separators): punctuation and letters of the scripts
#: the corpus uses. Those that match an ASCII character case-insensitively (İ ı ſ) are left out.
SCREENED_RANGES = ((0x80, 0x250), (0x370, 0x530), (0x2000, 0x2070))
ANY_ASCII = re.compile(r"[\x00-\x7f]", re.I)
SCREENED = "".join(
    chr(code) for low, high in SCREENED_RANGES for code in range(low, high) if not ANY_ASCII.fullmatch(chr(code))
)
SCREENED_SET = frozenset(SCREENED)
#: A character outside ASCII and SCREENED: text holding one is left to the pattern.
UNSCREENED = re.compile(f"[^\\x00-\\x7f{re.escape(SCREENED)}]")


def first_runs(phrases: Iterable[str]) -> frozenset[bytes] | None:
    """The lower-cased first word runs of `phrases`, or None when some phrase does not start with an
    ASCII run (the pre-test cannot speak for it)."""
    runs: set[bytes] = set()
    for phrase in phrases:
        if not phrase:
            continue
        end = 0
        while end < len(phrase) and WORD_CHAR.fullmatch(phrase[end]):
            end += 1
        run = phrase[:end].lower()
        if not run or not run.isascii():
            return None
        runs.add(run.encode("ascii"))
    return frozenset(runs)


def may_hold(text: str, runs: frozenset[bytes] | None) -> bool:
    """False when no word run of `text` is one of `runs` (see :func:`first_runs`), so that a pattern of
    those phrases cannot match; True when one is, or when the text is not screened."""
    if runs is None or (not text.isascii() and UNSCREENED.search(text)):
        return True
    words = text.encode("ascii", "replace").translate(RUN_TABLE).split()
    return not runs.isdisjoint(words)


def ascii_starts(phrases: Iterable[str]) -> frozenset[str] | None:
    """ASCII characters that match, case-insensitively, the first character of one of `phrases`; None when
    a phrase starts with a character outside ASCII or with a space (no screening then)."""
    firsts = {phrase[0] for phrase in phrases if phrase}
    if any(not first.isascii() or first.isspace() for first in firsts):
        return None
    return frozenset(
        chr(code)
        for code in range(ASCII_LIMIT)
        if any(re.fullmatch(re.escape(first), chr(code), re.I) for first in firsts)
    )


def cannot_start(text: str, position: int, starts: frozenset[str] | None) -> bool:
    """Whether none of the phrases whose :func:`ascii_starts` are `starts` can begin at `position` of
    `text`: there is no character there, or it is ASCII and not one of `starts`, or it is SCREENED (it
    matches no ASCII character, and the phrases all start with one)."""
    if starts is None:
        return False
    char = text[position : position + 1]
    if not char:
        return True
    return char not in starts if char.isascii() else char in SCREENED_SET
