"""Whether a quote-mark span is a quote, and the attribution written next to it.

A span is dropped when it names a work or a nickname ("the film „…“", "dubbed “…”"), when it
is a short or title-cased phrase with no cue verb in its sentence (scare quotes, titles), when
it is a heading-like paragraph in marks, or when it repeats the headline. Otherwise it is
direct when it stands at the start of its sentence and partial when it is embedded in it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from newsspider.extract.quotes.attribution import after_quote, before_quote, starts_sentence
from newsspider.extract.quotes.screen import may_hold
from newsspider.extract.quotes.speakers import Speaker, parse_speaker

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon
    from newsspider.extract.quotes.marks import Span

WORDS = re.compile(r"[\w’'-]+")
NORMALIZE = re.compile(r"[^\w]+")
HEADING_END = re.compile(r"[.!?,…:;]\s*$")
SHORT_WORDS = 2
TITLE_CASE_MAX_WORDS = 8
TITLE_CASE_MIN_LENGTH = 4
#: Matches when `text` has more than TITLE_CASE_MAX_WORDS words (runs of WORDS characters).
MORE_THAN_TITLE_WORDS = re.compile(rf"[^\w’'-]*(?:[\w’'-]+[^\w’'-]+){{{TITLE_CASE_MAX_WORDS}}}[\w’'-]")
HEADING_MAX_WORDS = 14
UNATTRIBUTED_MIN_WORDS = 4
MODIFIER_MAX_WORDS = 4
#: A plain noun speaker after a quote: an article and at most two more words, all in lower case.
PLAIN_NOUN_MAX_WORDS = 3
PLAIN_WORD = re.compile(r"^[a-z][a-z-]*$")
NEXT_WORD = re.compile(r"^\s([a-z][\w-]*)")
PREVIOUS_WORD = re.compile(r"([\w’'-]+)\s*$")
AUXILIARIES = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "to", "and"}
)
FUNCTION_WORDS = frozenset(
    {
        "that",
        "with",
        "and",
        "to",
        "in",
        "of",
        "for",
        "on",
        "at",
        "by",
        "from",
        "as",
        "or",
        "but",
        "because",
        "if",
        "when",
        "while",
        "even",
        "over",
        "about",
        "after",
        "before",
        "since",
        "than",
        "so",
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "could",
        "can",
        "should",
        "may",
        "might",
        "has",
        "have",
        "had",
        "against",
        "among",
        "between",
        "into",
        "through",
        "under",
        "despite",
        "without",
        "until",
        "unless",
        "whether",
        "which",
        "who",
        "where",
        "like",
        "during",
        "toward",
        "towards",
        "within",
        "across",
        "amid",
        "around",
        "also",
        "not",
        "then",
        "though",
        "although",
        "yet",
        "behind",
        "beyond",
        "near",
        "upon",
        "off",
        "out",
        "per",
    }
)


@lru_cache(maxsize=1024)
def _normal(text: str) -> str:
    return NORMALIZE.sub(" ", text.casefold()).strip()


def title_cased(text: str) -> bool:
    """Whether every longer word is capitalised, as in titles of works and slogans."""
    if MORE_THAN_TITLE_WORDS.match(text):
        return False
    words = WORDS.findall(text)
    long_words = [w for w in words if len(w) >= TITLE_CASE_MIN_LENGTH]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def word_count(text: str) -> int:
    """Words in a quote."""
    return len(WORDS.findall(text))


def in_headline(span: Span, headline: str | None) -> bool:
    """Whether the quoted words repeat (part of) the headline."""
    words = _normal(span.text)
    return bool(headline and words and words in _normal(headline))


def rejected(span: Span, before: str, tail: str, sentence: str, *, lexicon: Lexicon, headline: str | None) -> bool:
    """Whether the span is not speech: a title, a nickname, a scare quote, the headline."""
    if not span.text or not WORDS.search(span.text):
        return True
    if in_headline(span, headline):
        return True
    words = sum(1 for _ in islice(WORDS.finditer(span.text), MODIFIER_MAX_WORDS + 1))  # enough to compare
    if may_hold(before, lexicon.nickname_runs) and lexicon.nickname_re.search(before):
        return True
    # "the film “…”" names a work; a long lower-case sentence after "the plan" is what someone said of it.
    names_work = may_hold(before, lexicon.work_runs) and lexicon.work_re.search(before)
    if names_work and (words <= MODIFIER_MAX_WORDS or title_cased(span.text)):
        return True
    if words <= MODIFIER_MAX_WORDS and _modifier(before, tail, lexicon):
        return True
    if words <= SHORT_WORDS:
        return not any(
            lexicon.is_strict_cue(m.group()) or lexicon.according_re.match(m.group())
            for m in lexicon.find_any_cues(sentence)
        )
    return title_cased(span.text) and not lexicon.find_any_cues(sentence)


def _modifier(before: str, tail: str, lexicon: Lexicon) -> bool:
    """Quoted words used as a modifier ("a “Chinese maritime militia” vessel") are scare quotes.

    Not after an auxiliary ("have “vilified” educators": a verb and its object) nor before a cue
    ("“change of stance,” saying ...").
    """
    match = NEXT_WORD.match(tail)
    if match is None or match.group(1) in FUNCTION_WORDS or lexicon.is_partial_cue(match.group(1)):
        return False
    previous = PREVIOUS_WORD.search(before)
    return previous is None or previous.group(1).lower() not in AUXILIARIES


def heading(span: Span, before: str, tail: str) -> bool:
    """A paragraph that is only a short quote without closing punctuation reads as a subheading."""
    alone = not before.strip() and not tail.strip(" .")
    return alone and word_count(span.text) < HEADING_MAX_WORDS and not HEADING_END.search(span.text)


def own_attribution(before: str, tail: str, lexicon: Lexicon) -> tuple[Speaker, str, bool] | None:
    """(speaker, cue, direct?) from the words right after the closing or before the opening mark."""
    order = ((after_quote(tail, lexicon), True), (before_quote(before, lexicon), False))
    if not starts_sentence(before):
        order = order[::-1]  # he said, “…,” the office said: the quote is his, the office reports it
    for found, after in order:
        if found is None:
            continue
        phrase, cue = found
        speaker = parse_speaker(phrase, lexicon) or (_plain_noun(phrase, lexicon) if after else None)
        if speaker is None:
            continue
        return speaker, cue, (starts_sentence(before) if after else True)
    return None


def _plain_noun(phrase: str, lexicon: Lexicon) -> Speaker | None:
    """A speaker no word list knows, named by an article and a word or two in lower case after the quote:
    "“…,” the harbourmaster said." The quote's frame leaves no other reading."""
    words = phrase.split()
    while len(words) > 1 and _adverb(words[-1], lexicon):
        words.pop()  # "the fisherman later said"
    if not 2 <= len(words) <= PLAIN_NOUN_MAX_WORDS or words[0].lower() not in lexicon.articles:
        return None
    rest = words[1:]
    plain = all(PLAIN_WORD.match(w) and w not in lexicon.articles and not _adverb(w, lexicon) for w in rest)
    if not plain or lexicon.is_cue(words[-1]):
        return None
    return Speaker(" ".join(rest), None, "noun")


def _adverb(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.non_speaker_words or word.endswith("ly")


def standalone(before: str, tail: str) -> bool:
    """Whether the span makes up its sentence (nothing but a conjunction before, nothing after)."""
    return starts_sentence(before) and not tail.strip(" .,")


def long_enough(span: Span) -> bool:
    """Unattributed quotes are kept only when they are sentence-like."""
    return word_count(span.text) >= UNATTRIBUTED_MIN_WORDS
