"""The language of a text, for pages that do not declare theirs (no ``lang``, ``inLanguage`` or locale)
and for pages that declare English by default (a CMS's ``lang="en-US"`` over a German or Zulu text).

py3langid (a maintained port of langid.py: a naive Bayes model over byte n-grams, 97 languages) reads
the headline and the opening of the body. Its model loads on first use. A declared English is checked
first by its commonest words, so English pages do not pay for the model. A guess below
:data:`MIN_PROBABILITY`, or from too little text, is no answer: a wrong language would mislead the
date and quote readers more than none.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

#: Characters read: the language shows within a few sentences, and the model's time grows with length.
SAMPLE_CHARS = 600
MIN_TEXT_CHARS = 40
MIN_PROBABILITY = 0.8
#: A declared language is overruled only by a guess this sure.
OVERRULE_PROBABILITY = 0.95
#: English is confirmed when this many of the sample's words are its commonest ones.
ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "a", "it"})
MIN_ENGLISH_WORDS = 8


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415 - loads a model: on first use only

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _guess(sample: str) -> tuple[str | None, float]:
    if len(sample) < MIN_TEXT_CHARS:
        return None, 0.0
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)


def guess_language(text: str | None) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when unsure."""
    language, probability = _guess(" ".join((text or "")[:SAMPLE_CHARS].split()))
    return language if probability >= MIN_PROBABILITY else None


def checked_language(declared: str | None, text: str | None) -> str | None:
    """The page's language: `declared` unless it is English and `text` plainly is not (then the guess),
    or a guess from `text` when nothing is declared. None when neither gives one."""
    if declared is None:
        return guess_language(text)
    if declared.split("-")[0] != "en":
        return declared
    sample = " ".join((text or "")[:SAMPLE_CHARS].split())
    if sum(word in ENGLISH_WORDS for word in sample.lower().split()) >= MIN_ENGLISH_WORDS:
        return declared
    language, probability = _guess(sample)
    return language if language and language != "en" and probability >= OVERRULE_PROBABILITY else declared
