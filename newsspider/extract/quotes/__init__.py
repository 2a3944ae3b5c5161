"""Quotes with their speakers: direct, partial and reported speech in an article's paragraphs.

Modules, in the order the work is done:
    lexicon    language knowledge from data/quotes_<lang>.json (cues, marks, pronouns, titles)
    screen     exact pre-tests that skip cue searches in text where no cue word can start
    marks      quote-mark spans, run-on quotes over several paragraphs, unbalanced marks
    dashes     lines quoted after a dash (es, pl: "– … – powiedział X."), kept only with a cue
    sentences  masking of quoted words and sentence ranges
    direct     which spans are quotes (not titles, nicknames, scare quotes), direct or partial
    attribution / reported   cue verbs and the speaker phrases around them, reported clauses
    subjects   candidate subjects of a sentence (for participles, coordinated verbs, pronouns)
    speakers   speaker phrases: person with title, organisation, group, pronoun
    wordsets   closed word classes of speaker phrases (name particles, suffixes, adverbs)
    names      people and organisations named in passing, with their title or apposition
    resolve    surnames (inflected ones by their stem), pronouns, titles and "the company"
               resolved against earlier mentions
    extract    the pass over one article

Conventions (the same as the annotated set, fixtures/quotes/README.md):
    - One quote per statement. A statement over several paragraphs ("… / “… ,” Rusu said.") is one
      quote: ``paragraph`` is where it starts, ``text`` the paragraphs' quoted parts joined by a
      single space.
    - Split quotes ("…," he said. "…") come out as two direct quotes with the same speaker and cue.
    - A sentence whose reported clause holds quoted words gives partial quotes only, not also the
      clause as indirect speech; a second clause with no quoted words ("… and that CLAUSE") is
      indirect speech of the same speaker.
    - A reported clause runs to the end of the sentence, subordinate parts included, and stops
      before a second predicate of the speaker (", but declined to ...") or a clause that reports
      speech of its own.
    - A speaker is the fullest form of the name given in the article, in the nominative, with the
      title given at any mention; an organisation as written, possessive prefix kept ("Ukraine's Air
      Force"). A speaker is left None rather than guessed: "the company" with no company named before,
      a name only seen in an oblique case ("за словами Вербицької").
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
