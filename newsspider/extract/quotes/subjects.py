"""Candidate subjects of a sentence: who a participle ("…, saying …") or a coordinated verb reports for,
and whom a later pronoun may mean."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsspider.extract.quotes.speakers import TOKEN, allowed_in_phrase

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

LEADING = re.compile(r"^\s*(?:(?:and|but|so|however|meanwhile|still|yet)\b,?\s*)*", re.I)
COMMA_SPACE = re.compile(r",\s+")
MAX_SUBJECTS = 3  # the sentence start and the starts after its first two commas


@lru_cache(maxsize=1 << 16)
def _subject_word(word: str, lexicon: Lexicon) -> tuple[bool, bool, str | None]:
    """How a subject phrase takes `word`: (a capitalised -ing form, the phrase ends here, the word kept)."""
    participle = word.lower().endswith("ing") and word[0].isupper()
    allowed = allowed_in_phrase(word, lexicon)
    if not allowed or lexicon.is_cue(word) or word.endswith(","):
        return participle, True, word.rstrip(",") if word.endswith(",") and allowed else None
    return participle, False, word


def _subject_at(sentence: str, start: int, lexicon: Lexicon) -> str:
    kept: list[str] = []
    for token in TOKEN.finditer(sentence, start):
        participle, last, word = _subject_word(token.group(), lexicon)
        if participle and not kept:
            break
        if word is not None:
            kept.append(word)
        if last:
            break
    return " ".join(kept) if kept else ""


def subject_phrases(sentence: str, lexicon: Lexicon, limit: int = MAX_SUBJECTS) -> list[str]:
    """Candidate subjects: the longest name-like prefix of the sentence and of its first segments.

    With `limit`, only the first `limit` candidates are read.
    """
    phrases: list[str] = []
    start = LEADING.match(sentence).end()  # type: ignore[union-attr]
    if lexicon.according_re.match(sentence, start):
        return phrases
    commas = COMMA_SPACE.finditer(sentence)
    for _ in range(MAX_SUBJECTS):
        phrase = _subject_at(sentence, start, lexicon)
        if phrase:
            phrases.append(phrase)
            if len(phrases) >= limit:
                break
        comma = next(commas, None)
        if comma is None:
            break
        start = comma.end()
    return phrases
