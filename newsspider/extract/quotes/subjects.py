"""Candidate subjects of a sentence: who a participle ("…, saying …") or a coordinated verb reports for,
and whom a later pronoun may mean."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsspider.extract.quotes.screen import ascii_starts, cannot_start
from newsspider.extract.quotes.speakers import allowed_in_phrase

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

LEADING_CONNECTIVES = ("and", "but", "so", "however", "meanwhile", "still", "yet")
LEADING = re.compile(rf"^\s*(?:(?:{'|'.join(LEADING_CONNECTIVES)})\b,?\s*)*", re.I)
#: ASCII characters LEADING can start with (besides spaces): where the sentence opens with another, it
#: matches nothing.
LEADING_STARTS = ascii_starts(LEADING_CONNECTIVES)
COMMA_SPACE = re.compile(r",\s+")
WORDS_AT_ONCE = 4
#: _subject_word per lexicon and word (a dict reads faster than the two-argument cache); emptied when full.
_ROLES: dict[Lexicon, dict[str, tuple[bool, bool, str | None]]] = {}
ROLES_SIZE = 1 << 16
MAX_SUBJECTS = 3  # the sentence start and the starts after its first two commas


@lru_cache(maxsize=1 << 16)
def _subject_word(word: str, lexicon: Lexicon) -> tuple[bool, bool, str | None]:
    """How a subject phrase takes `word`: (a capitalised -ing form, the phrase ends here, the word kept)."""
    participle = word.lower().endswith("ing") and word[0].isupper()
    allowed = allowed_in_phrase(word, lexicon)
    if not allowed or lexicon.is_cue(word) or word.endswith(","):
        return participle, True, word.rstrip(",") if word.endswith(",") and allowed else None
    return participle, False, word


def lead_end(sentence: str) -> int:
    """Where the sentence starts after its leading connectives ("And, however, ..."): LEADING's end."""
    if not sentence[:1].isspace() and cannot_start(sentence, 0, LEADING_STARTS):
        return 0
    return LEADING.match(sentence).end()  # type: ignore[union-attr]


def _subject_at(sentence: str, start: int, lexicon: Lexicon) -> str:
    roles = _ROLES.get(lexicon)
    if roles is None or len(roles) > ROLES_SIZE:
        roles = _ROLES[lexicon] = {}
    kept: list[str] = []
    rest = sentence[start:]
    while rest:  # the words from `start`, split a few at a time: the phrase ends early
        words = rest.split(None, WORDS_AT_ONCE)
        rest = words.pop() if len(words) > WORDS_AT_ONCE else ""
        for token in words:
            role = roles.get(token)
            if role is None:
                role = roles[token] = _subject_word(token, lexicon)
            participle, last, word = role
            if participle and not kept:
                return ""
            if word is not None:
                kept.append(word)
            if last:
                return " ".join(kept)
    return " ".join(kept)


def subject_phrases(sentence: str, lexicon: Lexicon, limit: int = MAX_SUBJECTS) -> list[str]:
    """Candidate subjects: the longest name-like prefix of the sentence and of its first segments, none
    led by a preposition.

    With `limit`, only the first `limit` candidates are read.
    """
    phrases: list[str] = []
    start = lead_end(sentence)
    if lexicon.according_at(sentence, start):
        return phrases
    comma_end = 0
    for _ in range(MAX_SUBJECTS):
        phrase = _subject_at(sentence, start, lexicon)
        if phrase and phrase.split(None, 1)[0].lower() not in lexicon.prepositions:
            # (a phrase led by a preposition is a fronted adverbial, "In the fall, Roberts …": the
            # subject comes after its comma)
            phrases.append(phrase)
            if len(phrases) >= limit:
                break
        comma = COMMA_SPACE.search(sentence, comma_end)  # the sentence's commas in turn
        if comma is None:
            break
        start = comma_end = comma.end()
    return phrases
