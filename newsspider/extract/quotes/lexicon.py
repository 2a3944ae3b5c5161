"""Language knowledge for the quotes extractor, loaded from ``data/quotes_<lang>.json``.

A :class:`Lexicon` holds one language's word lists and the regular expressions built from them,
compiled once per language (the lists are data, so the patterns cannot be module constants).
With no language, or one without a data file, the English lexicon is used with the quote marks of
every language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from newsspider.extract.quotes.screen import ascii_starts, cannot_start, first_runs, may_hold

DATA_PACKAGE = "newsspider.extract"
DATA_PREFIX = "quotes_"
FALLBACK_LANGUAGE = "en"
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁІЇЄҐЎ"
WORD_CHARS = r"[\w’'.\-]"
NAME_TOKEN = rf"[{UPPER}]{WORD_CHARS}*"
#: Articles stripped from speaker phrases in every language; a data file adds its own ("articles").
BASE_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine", "des", "dem", "den"})
NEVER = "(?!x)x"
ELISION_MARKS = ("'", "’")


def _trie_key(char: str) -> str:
    low = char.lower()
    return low if len(low) == 1 else char


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _alternation(words: list[str]) -> str:
    """Case-insensitive alternation of words (multi-word phrases allowed), as a prefix tree.

    For patterns compiled with re.I. At any position it matches what the longest-first list of the
    words would (longer words are tried before their prefixes), but tries one branch per letter
    instead of every word, which makes the cue patterns several times faster.
    """
    root: dict[str, Any] = {}
    for word in {w for w in words if w}:
        node = root
        for char in word:
            node = node.setdefault(_trie_key(char), {})
        node[""] = {}
    return _trie_pattern(root) or NEVER


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """One language's cue words, marks and word lists, with the patterns built from them.

    One instance per language (see :func:`get_lexicon`), compared and hashed by identity so that
    pure helpers over (word, lexicon) can be memoised.
    """

    language: str
    marks: dict[str, str]
    cues: frozenset[str]
    cues_that: frozenset[str]
    cues_final: frozenset[str]
    cue_words: frozenset[str]  # cues | cues_that | cues_final
    told_cues: frozenset[str]
    partial_cues: frozenset[str]
    complementizers: frozenset[str]
    pronouns: dict[str, str]
    honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    articles: frozenset[str]
    elided_articles: tuple[str, ...]  # "l'": an article written onto the next word
    title_words: frozenset[str]
    speaker_nouns: frozenset[str]
    np_words: frozenset[str]
    org_words: frozenset[str]
    object_nouns: frozenset[str]
    abbreviations: frozenset[str]
    clause_starters: frozenset[str]
    non_names: frozenset[str]
    anaphoric_nouns: frozenset[str]
    subject_pronouns: frozenset[str]
    finite_verbs: frozenset[str]
    question_words: frozenset[str]
    verb_particles: frozenset[str]
    ing_prepositions: frozenset[str]
    non_speaker_words: frozenset[str]
    prepositions: frozenset[str]
    title_abbreviations: dict[str, str]  # "gov" -> "governor"
    inflected_names: bool
    null_subject: bool  # a cue with no subject after it ("«…», dijo.") means the person last heard
    verb_second: bool  # after an adverbial, the subject follows the verb ("Dabei sagte der Minister, …")
    genitive_links: frozenset[str]  # articles that join an organisation to its name ("Partei des …")
    adjective_markers: frozenset[str]  # words before a cue that make it an adjective ("the most detailed")
    name_endings: tuple[str, ...]  # longest first
    org_heads: frozenset[str]
    anaphor_classes: dict[str, frozenset[str]]  # a noun -> the nouns that may refer to the same organisation
    according_verb_prefixes: frozenset[str]
    coordinators: frozenset[str]
    elided_complementizers: tuple[str, ...]  # "qu'": a complementizer written onto the next word
    dash_marks: str  # dashes that open a quoted line (data "dash_quotes")
    inversion_re: re.Pattern[str]  # a subject pronoun after the cue's first word: "a-t-il déclaré"
    cue_re: re.Pattern[str]
    any_cue_re: re.Pattern[str]
    according_re: re.Pattern[str]
    report_re: re.Pattern[str]  # cue_re or according_re: finds something iff one of them does
    report_runs: frozenset[bytes] | None  # first word runs of report_re's phrases (see screen.first_runs)
    cue_runs: frozenset[bytes] | None  # the same for cue_re
    any_cue_runs: frozenset[bytes] | None  # the same for any_cue_re
    nickname_runs: frozenset[bytes] | None  # the same for nickname_re
    work_runs: frozenset[bytes] | None  # the same for work_re
    according_starts: frozenset[str] | None  # ASCII characters an according phrase can start with
    predicate_re: re.Pattern[str]  # ", but declined", ", and added": a second predicate of the speaker
    second_clause_re: re.Pattern[str]  # "... and that CLAUSE": a second reported clause of the same cue
    adjunct_re: re.Pattern[str]
    nickname_re: re.Pattern[str]
    work_re: re.Pattern[str]

    def is_strict_cue(self, word: str) -> bool:
        """Whether `word` reports speech on its own (not only with "that")."""
        low = word.lower()
        return low in self.cues or low in self.partial_cues or low in self.cues_final

    def is_cue(self, word: str) -> bool:
        """Whether `word` (as written) is a reporting verb of any kind."""
        return word.lower() in self.cue_words

    def is_partial_cue(self, word: str) -> bool:
        """Whether `word` reports speech or attributes quoted words ("called", "described")."""
        low = word.lower()
        return low in self.cue_words or low in self.partial_cues

    def search_cue(self, text: str) -> re.Match[str] | None:
        """``cue_re.search(text)``, not run where no word of `text` can start a cue."""
        return self.cue_re.search(text) if may_hold(text, self.cue_runs) else None

    def find_cues(self, text: str) -> list[re.Match[str]]:
        """``cue_re.finditer(text)`` as a list, not run where no word of `text` can start a cue."""
        return list(self.cue_re.finditer(text)) if may_hold(text, self.cue_runs) else []

    def find_any_cues(self, text: str, end: int | None = None) -> list[re.Match[str]]:
        """``any_cue_re.finditer(text, 0, end)`` as a list, not run where no word of the text can start one."""
        end = len(text) if end is None else end
        return list(self.any_cue_re.finditer(text, 0, end)) if may_hold(text[:end], self.any_cue_runs) else []

    def according_at(self, text: str, position: int = 0) -> re.Match[str] | None:
        """``according_re.match(text, position)``, not run where no according phrase can start."""
        if cannot_start(text, position, self.according_starts):
            return None
        return self.according_re.match(text, position)

    def according_cue(self, phrase: str) -> str:
        """The cue of an according phrase: the verb alone when a prefix word leads it ("як розповів")."""
        first, _, rest = phrase.partition(" ")
        return rest.strip() if rest and first.lower() in self.according_verb_prefixes else phrase


@lru_cache(maxsize=64)
def _read(language: str) -> dict[str, Any] | None:
    path = resources.files(DATA_PACKAGE).joinpath(f"data/{DATA_PREFIX}{language}.json")
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _all_marks() -> dict[str, str]:
    marks: dict[str, str] = {}
    folder = resources.files(DATA_PACKAGE).joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith(DATA_PREFIX) and entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            for opener, closers in data["marks"]:
                marks[opener] = "".join(dict.fromkeys(marks.get(opener, "") + closers))
    return marks


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data.get(key, []))


#: The shortest title word that still ends a compound title ("chef" in "Parteichef").
MIN_TITLE_SUFFIX = 4


class CompoundTitles(frozenset[str]):
    """Title words of a language that compounds them: a word also counts when it ends with one
    ("russlandexperte", "parteichef", "pressesprecherin" for "experte", "chef", "sprecherin")."""

    suffixes: tuple[str, ...]

    def __new__(cls, words: frozenset[str]) -> CompoundTitles:
        titles = super().__new__(cls, words)
        titles.suffixes = tuple(sorted((w for w in words if len(w) >= MIN_TITLE_SUFFIX), key=len, reverse=True))
        return titles

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and word.endswith(self.suffixes) and word[:1].isalpha()

    def __hash__(self) -> int:
        return frozenset.__hash__(self)


def _titles(data: dict[str, Any]) -> frozenset[str]:
    """The language's title words; with ``compound_titles``, also the words that end with one."""
    words = _words(data, "title_words")
    return CompoundTitles(words) if data.get("compound_titles") else words


def _classes(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    classes: dict[str, frozenset[str]] = {}
    for group in data.get("anaphor_classes", []):
        words = frozenset(w.lower() for w in group)
        for word in words:
            classes[word] = classes.get(word, frozenset()) | words
    return classes


def _predicates(data: dict[str, Any]) -> re.Pattern[str]:
    coordinators, predicates = data.get("coordinators", []), data.get("coordinated_predicates", [])
    if not coordinators or not predicates:
        return re.compile("(?!x)x")
    joined = _alternation(coordinators)
    # ", but declined ...", or an aside after a dash: "... — and in some cases ..."
    return re.compile(rf"(?:,?\s+(?:{joined})\s+(?:{_alternation(predicates)})|\s[—–]\s+(?:{joined}))(?![\w’'-])", re.I)


def get_lexicon(language: str | None) -> Lexicon:
    """The lexicon for an ISO 639-1 `language` (e.g. "en", "uk-UA"); English + all marks if unknown."""
    code = (language or "").lower().replace("_", "-").split("-")[0]
    data = _read(code) if code else None
    return _build(code if data is not None and data.get("cues") else "")


@cache
def _build(code: str) -> Lexicon:
    """The lexicon of a language with a data file, or ("") the English fallback with every mark.

    Cached per language code, so every variant of a language tag ("en", "en-US", "en_GB") and every
    unknown language share one lexicon and its compiled patterns.
    """
    data = _read(code) if code else None
    if data is None:
        code, data = FALLBACK_LANGUAGE, _read(FALLBACK_LANGUAGE)
        if data is None:
            msg = "quotes_en.json is missing from newsspider/extract/data"
            raise FileNotFoundError(msg)
        marks = _all_marks()
    else:
        marks = dict(data["marks"])
    all_cues = [*data["cues"], *data["cues_that"], *data["cues_final"]]
    return Lexicon(
        language=code,
        marks=marks,
        cues=_words(data, "cues"),
        cues_that=_words(data, "cues_that"),
        cues_final=_words(data, "cues_final"),
        cue_words=_words(data, "cues") | _words(data, "cues_that") | _words(data, "cues_final"),
        told_cues=_words(data, "told_cues"),
        partial_cues=_words(data, "partial_cues"),
        complementizers=_words(data, "complementizers"),
        pronouns={k.lower(): v for k, v in data["pronouns"].items()},
        honorifics=_words(data, "honorifics"),
        female_honorifics=_words(data, "female_honorifics"),
        articles=_words(data, "articles") | BASE_ARTICLES,
        elided_articles=tuple(w for w in _words(data, "articles") if w.endswith(ELISION_MARKS)),
        title_words=_titles(data),
        speaker_nouns=_words(data, "speaker_nouns"),
        np_words=_words(data, "np_words"),
        org_words=_words(data, "org_words"),
        object_nouns=_words(data, "object_nouns"),
        abbreviations=_words(data, "abbreviations"),
        clause_starters=_words(data, "clause_starters"),
        non_names=_words(data, "non_names"),
        anaphoric_nouns=_words(data, "anaphoric_nouns"),
        subject_pronouns=_words(data, "subject_pronouns"),
        finite_verbs=_words(data, "finite_verbs"),
        question_words=_words(data, "question_words"),
        verb_particles=_words(data, "verb_particles"),
        ing_prepositions=_words(data, "ing_prepositions"),
        non_speaker_words=_words(data, "non_speaker_words"),
        prepositions=_words(data, "prepositions"),
        title_abbreviations={k.lower(): v.lower() for k, v in data.get("title_abbreviations", {}).items()},
        inflected_names=bool(data.get("inflected_names")),
        null_subject=bool(data.get("null_subject")),
        verb_second=bool(data.get("verb_second")),
        genitive_links=_words(data, "genitive_links"),
        adjective_markers=_words(data, "adjective_markers"),
        name_endings=tuple(sorted(_words(data, "name_endings"), key=len, reverse=True)),
        org_heads=_words(data, "org_heads"),
        anaphor_classes=_classes(data),
        according_verb_prefixes=_words(data, "according_verb_prefixes"),
        coordinators=_words(data, "coordinators"),
        elided_complementizers=tuple(w for w in _words(data, "complementizers") if w.endswith(ELISION_MARKS)),
        dash_marks="".join(data.get("dash_quotes", [])),
        inversion_re=re.compile(rf"(?:{data.get('inverted_subject') or NEVER})(?![\w’'-])", re.I),
        cue_re=re.compile(rf"(?<![\w’'-])(?:{_alternation(all_cues)})(?![\w’'-])", re.I),
        cue_runs=first_runs(all_cues),
        any_cue_runs=first_runs(all_cues + data["partial_cues"] + data["according"]),
        any_cue_re=re.compile(
            rf"(?<![\w’'-])(?:{_alternation(all_cues + data['partial_cues'] + data['according'])})(?![\w’'-])",
            re.I,
        ),
        according_re=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['according'])})(?![\w’'-])", re.I),
        report_re=re.compile(rf"(?<![\w’'-])(?:{_alternation(all_cues + data['according'])})(?![\w’'-])", re.I),
        report_runs=first_runs(all_cues + data["according"]),
        according_starts=ascii_starts(data["according"]),
        predicate_re=_predicates(data),
        second_clause_re=re.compile(
            rf"(?<![\w’'-])(?:{_alternation(data.get('coordinators', []))})\s+"
            rf"(?:{_alternation(data['complementizers'])})(?![\w’'-])\s*",
            re.I,
        ),
        adjunct_re=re.compile(rf"\s*(?<![\w’'-])(?:{'|'.join(data['adjuncts']) or '(?!x)x'})(?![\w’'-])\s*,?"),
        nickname_runs=first_runs(data["nickname_markers"]),
        work_runs=first_runs(data["work_words"]),
        nickname_re=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['nickname_markers'])})\s*:?\s*$", re.I),
        work_re=re.compile(rf"(?<![\w’'-])(?:{_alternation(data['work_words'])})\s*$", re.I),
    )
