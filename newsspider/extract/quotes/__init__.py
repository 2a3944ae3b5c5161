"""Quotes with their speakers: direct, partial and reported speech in an article's paragraphs.

Modules, in the order the work is done:
    lexicon    language knowledge from data/quotes_<lang>.json (cues, marks, pronouns, titles)
    marks      quote-mark spans, run-on quotes over several paragraphs, unbalanced marks
    sentences  masking of quoted words and sentence ranges
    direct     which spans are quotes (not titles, nicknames, scare quotes), direct or partial
    attribution / reported   cue verbs and the speaker phrases around them, reported clauses
    speakers   speaker phrases: person with title, organisation, group, pronoun
    resolve    surnames, pronouns and titles resolved against earlier mentions
    extract    the pass over one article

Split quotes ("…," he said. "…") come out as two direct quotes with the same speaker and cue.
A sentence whose reported clause holds quoted words gives partial quotes only, not also the
clause as indirect speech. A speaker is left None rather than guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsspider.extract.quotes.extract import extract

if TYPE_CHECKING:
    from newsspider.items import Quote

__all__ = ["extract_quotes"]


def extract_quotes(paragraphs: list[str], language: str | None = None, headline: str | None = None) -> list[Quote]:
    """Direct, partial and reported speech in `paragraphs`, each with its speaker when known.

    `language` (ISO 639-1, e.g. "en", "uk") selects cue words and quote marks; without one, English
    cues are tried with the marks of every language. Quotes that repeat `headline` are skipped.
    Output is in reading order; ``paragraph`` is the index in `paragraphs` where a quote starts.
    """
    return extract(paragraphs, language, headline)
