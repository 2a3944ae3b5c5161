"""People and organisations named in passing, with the title or apposition that introduces them.

    local historian Valentyna Moroz             title before the name
    Hanna Rusu, a freight forwarder in Izmail,  apposition after it ("a"/"the" dropped)
    Serhii “Didus” Tkachuk                      a nickname in marks between the names is skipped
    MedDrill, a Lviv-based startup, ...         a one-word subject whose apposition names an organisation

A later surname, pronoun or "the company" is resolved against these (see :mod:`resolve`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.quotes.lexicon import UPPER
from newsspider.extract.quotes.speakers import (
    APPOSITION_SKIP,
    INITIAL_TOKEN,
    NAME_UNITS,
    Speaker,
    name_token,
    parse_speaker,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsspider.extract.quotes.lexicon import Lexicon

MAX_TITLE_WORDS = 5
MAX_APPOSITION_WORDS = 12
INITIAL_MAX_LENGTH = 2
SUBJECT_MAX_WORDS = 2
#: Two capitalised words in a row, which a name needs; text without them has no name in it.
CAPITALIZED_PAIR = re.compile(rf"[{UPPER}]\S*\s+[\"“]?[{UPPER}]")
#: NAME_UNITS or more name tokens in a row, over one byte (0 or 1) per word.
NAME_RUN = re.compile(rb"\x01{%d,}" % NAME_UNITS)
UPPER_CHAR = re.compile(rf"[{UPPER}]")
#: First characters of a name token or an initial: an opening quote or a capital of the UPPER class.
NAME_START = frozenset(['"', "“"] + [chr(c) for c in range(max(map(ord, UPPER)) + 1) if UPPER_CHAR.match(chr(c))])
#: Every UPPER letter is an upper-case letter to str.islower(), so text that islower() has none of them.
UPPER_IS_CASED = all(char.isupper() for char in NAME_START if char.isalpha())
#: A masked nickname between two names: Serhii “_____” Tkachuk.
NICKNAME = re.compile(rf"\s[\"“‘«„»]_+(?:\s_+)?[\"”’»“«]\s+(?=[{UPPER}])")
#: How an apposition that describes a person or organisation starts: an article, a possessive, a title.
APPOSITION_LEAD = re.compile(rf"^(?:(?:a|an|the)\s|[{UPPER}][\w-]*[’']s\s+[a-z])", re.I)
#: A one-word (or two-word) subject with an apposition: "MedDrill, a Lviv-based startup that ..., ".
SUBJECT_APPOSITION = re.compile(rf"^\s*([{UPPER}][\w’'&.-]*(?:\s+[{UPPER}][\w’'&.-]*)?),\s+([^,;:]{{3,160}})")
#: The same with the noun first: "The company that runs the awards, Dick Clark Productions, denies ...".
NOUN_APPOSITION = re.compile(
    rf"^\s*(?:The|A|An)\s+(?:[\w-]+\s+){{0,2}}?([a-z][\w-]*)(?:\s+(?:that|which)\s[^,;:]{{3,100}})?,"
    rf"\s+((?:[{UPPER}][\w’'&.-]*\s+){{0,4}}[{UPPER}][\w’'&.-]*),\s+[a-z]"
)
#: First characters of NOUN_APPOSITION (The, A, An) and of both patterns (a capital of UPPER).
NOUN_APPOSITION_OPENINGS = frozenset("TA")
UPPER_LETTERS = frozenset(char for char in NAME_START if char.isalpha())
RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who|whose|where)\s")


def without_nicknames(sentence: str) -> str:
    """`sentence` (masked) with nicknames in marks between names taken out."""
    if "_" not in sentence:
        return sentence
    kept: list[str] = []
    last = 0
    for found in NICKNAME.finditer(sentence):
        before = sentence[sentence.rfind(" ", 0, found.start()) + 1 : found.start()]
        if before[:1].isupper():
            kept += [sentence[last : found.start()], " "]
            last = found.end()
    return "".join([*kept, sentence[last:]]) if kept else sentence


def _initial(word: str) -> bool:
    """Whether a word (with no space in it) is an initial: INITIAL_TOKEN, which fits two characters at most."""
    return len(word) <= INITIAL_MAX_LENGTH and INITIAL_TOKEN.match(word) is not None


def _bare(word: str, lexicon: Lexicon) -> str:
    word = word.strip(",;:")
    if _initial(word) or len(word) <= 3 or word.lower() in lexicon.title_words:
        return word  # "Rep.", "Gov." keep the dot that makes them titles
    return word.rstrip(".")


def _apposed_title(words: list[str], end: int, lexicon: Lexicon) -> str | None:
    """The apposition after a name that ends with a comma at words[end - 1], when it reads as a title."""
    if not words[end - 1].endswith(","):
        return None
    kept: list[str] = []
    for word in words[end : end + MAX_APPOSITION_WORDS]:
        kept.append(word)
        if word.endswith((",", ".", ";")):
            break
    else:
        return None
    text = " ".join(kept).rstrip(",.;")
    if APPOSITION_SKIP.match(text) or any(lexicon.is_cue(w.strip(",.")) for w in kept):
        return None
    leads = APPOSITION_LEAD.match(text) is not None
    if not leads and kept[0].lower() not in lexicon.title_words:
        return None
    cut = RELATIVE_CLAUSE.search(f" {text} ")
    text = text[: cut.start()].strip() if cut else text
    words_kept = text.split()
    while words_kept and words_kept[0].lower() in {"a", "an", "the"}:
        words_kept = words_kept[1:]
    return " ".join(words_kept) or None


def _comma_free(runs: Iterator[re.Match[bytes]], words: list[str]) -> Iterator[tuple[int, int]]:
    """The runs of name tokens, split after a word ending in a comma ("Primarily, Google ..." is no name);
    the parts still long enough to name someone."""
    for run in runs:
        start, end = run.span()
        for cut in range(start, end - 1):
            if words[cut].endswith(","):
                if cut + 1 - start >= NAME_UNITS:
                    yield start, cut + 1
                start = cut + 1
        if end - start >= NAME_UNITS:
            yield start, end


def names_in(text: str, lexicon: Lexicon) -> list[Speaker]:
    """People named anywhere in `text` by two or more capitalised words, with a title before or after them."""
    if (UPPER_IS_CASED and text[1:].islower()) or not CAPITALIZED_PAIR.search(text):
        return []  # (no capital after the first character: no pair of capitalised words)
    words = text.split()
    named = bytes([w[0] in NAME_START and (name_token(w, lexicon) or _initial(w)) for w in words])
    found: list[Speaker] = []
    for first, end in _comma_free(NAME_RUN.finditer(named), words):
        index = first
        if index == 0 and words[0].lower().endswith("ing"):
            index = 1  # "Speaking ..." opens the sentence: the name starts after it
            if end - index < NAME_UNITS:
                continue
        start = index
        while start > 0 and index - start < MAX_TITLE_WORDS and words[start - 1].lower() in lexicon.title_words:
            start -= 1
        if start == index and start > 0 and words[start - 1].lower() == "the":
            continue  # "for the Western District": a place or body, not a person
        speaker = parse_speaker(" ".join([_bare(w, lexicon) for w in words[start:end]]), lexicon)
        if speaker is None or speaker.kind != "person" or " " not in speaker.name:
            continue
        if speaker.title is None and end < len(words):
            title = _apposed_title(words, end, lexicon)
            speaker = Speaker(speaker.name, title, "person", speaker.gender, speaker.loose) if title else speaker
        found.append(speaker)
    return found


def apposed_subject(sentence: str, lexicon: Lexicon) -> Speaker | None:
    """The organisation a sentence opens with, when an apposition says what it is ("MedDrill, a startup, ..."),
    or the person a noun that opens it names ("The suspect, Michael Webb, was convicted")."""
    opening = sentence.lstrip()[:1]
    if "," not in sentence or opening not in UPPER_LETTERS:
        return None  # both patterns open with a capital (after spaces) and need a comma after the subject
    noun_first = NOUN_APPOSITION.match(sentence) if opening in NOUN_APPOSITION_OPENINGS else None
    if noun_first is not None:
        noun, name = noun_first.group(1).lower(), noun_first.group(2)
        if noun in lexicon.org_heads and not name.lower().startswith("the "):
            return Speaker(name, None, "org", noun=noun)
        if noun in lexicon.speaker_nouns or noun in lexicon.title_words:
            # "The suspect, Michael Webb, was convicted": the person, the noun their title
            person = parse_speaker(name, lexicon)
            if person is not None and person.kind == "person" and " " in person.name:
                return Speaker(person.name, person.title or noun, "person", person.gender)
    # SUBJECT_APPOSITION's subject is one or two words ending at the sentence's first comma.
    short = len(sentence[: sentence.index(",")].split(None, SUBJECT_MAX_WORDS)) <= SUBJECT_MAX_WORDS
    match = SUBJECT_APPOSITION.match(sentence) if short else None
    if match is None or not APPOSITION_LEAD.match(match.group(2)):
        return None
    speaker = parse_speaker(f"{match.group(1)}, {match.group(2)}", lexicon)
    return speaker if speaker is not None and speaker.kind == "org" else None
