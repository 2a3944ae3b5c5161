"""Speaker phrases: a person with a title, an organisation, a group noun, or a pronoun.

``parse_speaker`` reads the words that the attribution puts before or after the cue verb
("Deputy Prime Minister X Y", "X Y, the TITLE,", "the Kremlin", "prosecutors", "he") and says
which of these it is. It returns None for anything else, which is how the reported-speech
patterns tell a speaker from an arbitrary clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsspider.extract.quotes.lexicon import UPPER
from newsspider.extract.quotes.wordsets import LEADING_WORDS, NAME_PARTICLES, NAME_SUFFIXES, TRAILING_WORDS

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

#: A run of non-space characters; ``str.split()`` gives the same words (both split on str.isspace()).
TOKEN = re.compile(r"[^\s]+")
CAPITALIZED = re.compile(rf"^[\"“]?[{UPPER}]")
ACRONYM = re.compile(rf"^[{UPPER}][{UPPER}0-9&-]+(?:[’']s)?$")
SHOUTED = re.compile(rf"^[{UPPER}]{{6,}}$")
HAS_DIGIT = re.compile(r"\d")
#: "Kyiv-based", "Russian-occupied": a capitalised word whose last part is a lower-case word is no name.
HYPHEN_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|based|born|run|made|speaking|style|era)[,.]?$")
#: Where the head noun of an apposition ends: a relative pronoun, a preposition or a participle.
HEAD_END = re.compile(r"\s(?:that|which|who|whose|where|of|in|at|for|with|from|on|based|founded|known)\s", re.I)
POSSESSIVE = re.compile(r"[’']s?$")
INITIAL_TOKEN = re.compile(rf"^[{UPPER}]\.?$")
CONNECTORS = frozenset({"in", "of", "for", "and", "to", "with", "at", "on", "from", "by", "the", "a", "an"})
TRAILING_OR_CONNECTORS = TRAILING_WORDS | CONNECTORS
OBJECT_PREPOSITIONS = frozenset({"to", "of", "for", "with", "at", "on", "from", "by", "in"})
PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})
APPOSITION_SKIP = re.compile(r"^(?:who|which|whose|where|from|of|in|at|on|\d)", re.I)
MAX_TOKENS = 14
#: A person named by their age after an article: "the 37-year-old", "der 37-Jährige".
AGE_DESCRIPTOR = re.compile(r"^\d{1,3}-(?:year-old|jährige[rn]?)$", re.IGNORECASE)
MAX_HEAD_TITLE_WORDS = 8
FEMALE_HONORIFICS = ("ms", "mrs", "lady", "dame")
MAX_TITLE_WORDS = 5
OF_SPLIT = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?=[A-Z])")
NAME_UNITS = 2
CACHE_SIZE = 1 << 16
#: The pronoun gender (``pronouns`` in the language data) of a quantifier used as a subject ("All said …",
#: "Both said …"): people the text does not name.
QUANTIFIER = "q"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A parsed speaker phrase.

    kind: person, org, noun (a group in lower case), role (a bare title), anaphor ("the company")
    or pronoun. loose: a person whose name was cut out of a longer capitalised run. noun: what an
    organisation is ("startup" in "MedDrill, a Lviv startup"), for "the company" later on.
    """

    name: str
    title: str | None
    kind: str
    gender: str | None = None
    loose: bool = False
    noun: str | None = None


def _elided(word: str, lexicon: Lexicon) -> str:
    """`word` without an article written onto it ("l'Élysée" gives "Élysée")."""
    low = word.lower()
    for article in lexicon.elided_articles:
        if low.startswith(article) and len(word) > len(article):
            return word[len(article) :]
    return word


def _strip_article(words: list[str], lexicon: Lexicon) -> list[str]:
    while words and words[0].lower() in lexicon.articles:
        words = words[1:]
    if words and lexicon.elided_articles:
        words = [_elided(words[0], lexicon), *words[1:]]
    return words


@lru_cache(maxsize=CACHE_SIZE)
def name_token(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word that can be part of a name (not a capitalised function word or date)."""
    if lexicon.elided_articles:
        word = _elided(word, lexicon)
    if (
        not CAPITALIZED.match(word)
        or SHOUTED.match(word.strip(",."))
        or ("-" in word and HYPHEN_ADJECTIVE.search(word))
    ):
        return False
    return word.lower().strip(",") not in lexicon.non_names


#: Words outside the phrase vocabulary that a noun speaker may carry (see _parse_words).
MAX_QUALIFIER_WORDS = 2


@lru_cache(maxsize=CACHE_SIZE)
def allowed_in_phrase(word: str, lexicon: Lexicon) -> bool:
    """Whether `word` can be part of a speaker phrase (a name, title, group noun or connector)."""
    low = word.lower().strip(",")
    base = POSSESSIVE.sub("", low)
    return (
        name_token(word, lexicon)
        or bool(HAS_DIGIT.search(word))
        or low in lexicon.np_words
        or low in lexicon.title_words
        or base in lexicon.title_words
        or low in lexicon.speaker_nouns
        or base in lexicon.speaker_nouns
        or low in lexicon.org_words
        or low in NAME_PARTICLES
        or low in lexicon.honorifics
        or ("-" in low and HYPHEN_ADJECTIVE.search(low) is not None)
    )


def _name_run(words: list[str], lexicon: Lexicon) -> int:
    """Index where the trailing personal name starts in `words` (len(words) if there is none)."""
    units = 0
    index = len(words)
    while index > 0:
        word = words[index - 1]
        low = word.lower()
        if units and (low in NAME_SUFFIXES or INITIAL_TOKEN.match(word)):
            index -= 1
            continue
        if low in NAME_SUFFIXES and index == len(words):
            index -= 1
            continue
        if low in NAME_PARTICLES and index < len(words):
            index -= 1
            continue
        if not name_token(word, lexicon) or low.rstrip(".") in lexicon.title_words or low in lexicon.title_words:
            break
        if ACRONYM.match(word) or (POSSESSIVE.search(low) and index < len(words)) or units == NAME_UNITS:
            break
        units += 1
        index -= 1
    while index < len(words) and words[index].lower() in NAME_PARTICLES and units < NAME_UNITS:
        index += 1
    return index


def _title(words: list[str], lexicon: Lexicon) -> str | None:
    words = _strip_article([w for w in words if w.lower() not in lexicon.honorifics], lexicon)
    if not words:
        return None
    if lexicon.inflected_names and words[0].lower() in lexicon.title_words:
        # A title head governs a genitive chain ("речниця Департаменту освіти і науки КМДА").
        if any(lexicon.is_cue(w) or lexicon.according_re.match(w) for w in words):
            return None
        return " ".join(words).strip(" ,") or None
    titled = False
    for word in words:
        low = word.lower()
        if lexicon.is_cue(low) or lexicon.according_re.match(low):
            return None
        if not (name_token(word, lexicon) or low in lexicon.title_words or low in lexicon.np_words or "-" in low):
            return None
        titled = titled or low in lexicon.title_words or POSSESSIVE.sub("", low) in lexicon.title_words
    return " ".join(words).strip(" ,") or None if titled else None


def _organisation(speaker: Speaker | None, rest: str, lexicon: Lexicon) -> Speaker | None:
    """A one-word "person" whose apposition names an organisation ("Ukrzaliznytsia, Ukraine's state railway").

    The apposition's head noun is its last word before a relative pronoun or preposition.
    """
    if speaker is None or speaker.kind != "person" or " " in speaker.name or not rest.strip():
        return speaker
    apposition = rest.split(",", maxsplit=1)[0].strip()
    cut = HEAD_END.search(f" {apposition} ")
    words = (apposition[: cut.start()] if cut else apposition).split()
    noun = POSSESSIVE.sub("", words[-1].lower().strip(",.;")) if words else ""
    if noun in lexicon.org_heads and not APPOSITION_SKIP.match(apposition):
        return Speaker(speaker.name, None, "org", noun=noun)
    return speaker


def _apposition(text: str, lexicon: Lexicon) -> str | None:
    text = text.strip(" ,")
    if not text or APPOSITION_SKIP.match(text):
        return None
    led = text.split()[0].lower() in lexicon.articles
    words = _strip_article(text.split(), lexicon)
    if any(w.lower() in lexicon.complementizers or lexicon.is_cue(w) for w in words):
        return None  # "X, en affirmant que …": a clause, not what X is
    if not led and words and not (words[0][0].isupper() or words[0].lower() in lexicon.title_words):
        return None  # "X, así como …", "X, según …": no title or description
    return " ".join(words) or None


def _strip_adjuncts(head: str, lexicon: Lexicon) -> str:
    """`head` without the adjuncts that end it ("Merz der Zeitung" gives "Merz"), unless what looks like one
    is part of a name or the complement of a noun ("von der Leyen", "Verband der Automobilindustrie")."""
    for _ in range(3):
        for match in lexicon.adjunct_re.finditer(head):
            if match.end() == len(head) and match.start() > 0:
                if _joins_name(head[: match.start()], match.group(), lexicon):
                    return head
                head = head[: match.start()]
                break
        else:
            break
    return head


def _joins_name(before: str, adjunct: str, lexicon: Lexicon) -> bool:
    """Whether an adjunct-like ending is part of a name: after a name particle ("von der Leyen"), or a
    genitive after an organisation noun ("Verband der Automobilindustrie")."""
    words = before.split()
    last = words[-1].lower() if words else ""
    if last in NAME_PARTICLES:
        return True
    link = adjunct.split(None, 1)[0].lower() if adjunct.strip() else ""
    return link in lexicon.genitive_links and last in lexicon.org_words


@lru_cache(maxsize=CACHE_SIZE)
def parse_speaker(phrase: str, lexicon: Lexicon) -> Speaker | None:
    """The speaker a phrase names, or None when the phrase is not a speaker.

    An empty phrase is a dropped subject in a language that drops them ("«…», dijo."): a pronoun
    of either gender.
    """
    if not phrase and lexicon.null_subject:
        return Speaker("", None, "pronoun")
    if "?" in phrase:
        return None  # "Kennst du die Namen der Wachen?": an interviewer's question names no speaker
    head, _, rest = phrase.strip(" ,.;:—–-").partition(",")
    speaker = _organisation(_parse_head(head, rest, lexicon), rest, lexicon)
    first = rest.split(",")[0].strip()
    if first and all(name_token(w, lexicon) or w.lower() in NAME_PARTICLES for w in first.split()):
        named = _parse_head(first, "", lexicon)
        replace = speaker is None or speaker.kind in {"noun", "role"} or speaker.loose or bool(speaker.title)
        if named is not None and named.kind == "person" and " " in named.name and replace:
            title = _title(head.split(), lexicon) or named.title or _head_title(head, lexicon)
            return Speaker(named.name, title, "person", named.gender)
    return speaker


def _head_title(head: str, lexicon: Lexicon) -> str | None:
    """A title before an apposed name, with words no title list holds: "le ministre russe de la Défense"."""
    words = _strip_article(head.split(), lexicon)
    if not words or len(words) > MAX_HEAD_TITLE_WORDS or words[0].lower() not in lexicon.title_words:
        return None
    return None if any(lexicon.is_cue(w) for w in words) else " ".join(words)


def _parse_head(head: str, rest: str, lexicon: Lexicon) -> Speaker | None:
    split = OF_SPLIT.search(head)
    named = _parse_head(head[: split.start()], "", lexicon) if split else None
    if split and named is not None and named.kind == "person" and " " in named.name:
        return Speaker(named.name, named.title or head[split.start() :].strip(), "person", named.gender)
    whole = _parse_words(head, rest, lexicon)
    if whole is None and named is not None and named.kind == "org" and " for " in named.name:
        return named  # "the Office for the Western District of New York": the office, without its place
    return whole


def _genitive_organisation(words: list[str], lexicon: Lexicon) -> bool:
    """Whether `words` are an organisation noun, a genitive article and a name: "Partei des Religiösen
    Zionismus", "Verband der Automobilindustrie" (not "von der Leyen": no organisation noun before it)."""
    return len(words) > 2 and words[1].lower() in lexicon.genitive_links and words[0].lower() in lexicon.org_words


def _parse_words(head: str, rest: str, lexicon: Lexicon) -> Speaker | None:
    words = [w for w in _strip_adjuncts(head.strip(), lexicon).split() if not w.startswith("(")]
    while words and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    if words and words[-1].lower() in PASSIVE:
        return None
    while words and words[-1].lower() in TRAILING_OR_CONNECTORS:
        words = words[:-1]
    if words and words[0].lower() in lexicon.prepositions:
        return None  # "on social media": a place or time, no speaker
    definite = bool(words) and words[0].lower() == "the"
    led = bool(words) and words[0].lower() in lexicon.articles
    words = _strip_article(words, lexicon)
    if not words or len(words) > MAX_TOKENS:
        return None
    if led and len(words) == 1 and AGE_DESCRIPTOR.match(words[0]):
        return Speaker(words[0], None, "pronoun")  # "the 37-year-old", "der 37-Jährige": the person last heard
    low_words = [w.lower() for w in words]
    if len(words) == 1 and low_words[0] in lexicon.pronouns:
        return Speaker(words[0], None, "pronoun", lexicon.pronouns[low_words[0]])
    gender = None
    if low_words[0] in lexicon.honorifics:
        female = low_words[0] in lexicon.female_honorifics or low_words[0].startswith(FEMALE_HONORIFICS)
        gender = "f" if female else "m"
    words = [w for w, low in zip(words, low_words, strict=True) if low not in lexicon.honorifics] or words
    last = POSSESSIVE.sub("", words[-1].lower())
    if POSSESSIVE.search(words[-1]) and not ACRONYM.match(words[-1]):
        return None
    if all(w.lower() in lexicon.title_words for w in words):
        return Speaker(" ".join(words), None, "role")
    if (name_token(words[-1], lexicon) and last in lexicon.org_words) or (len(words) == 1 and ACRONYM.match(words[0])):
        return Speaker(" ".join(words), None, "org") if all(allowed_in_phrase(w, lexicon) for w in words) else None
    if not name_token(words[-1], lexicon):
        unknown = [w for w in words if not allowed_in_phrase(w, lexicon)]
        # A few plain words may qualify a speaker noun: "executives across the world", "the commerce ministry".
        # (not a word that opens a clause or marks speech only expected: lexicon.non_speaker_words)
        plain = bool(lexicon.non_speaker_words) and all(
            w[:1].islower() and w.lower() not in lexicon.non_speaker_words for w in unknown
        )
        if unknown and (len(unknown) > MAX_QUALIFIER_WORDS or not plain):
            return None
        if definite and len(words) == 1 and last in lexicon.anaphoric_nouns:
            return Speaker(words[0], None, "anaphor")
        if any(POSSESSIVE.sub("", w.lower()) in lexicon.speaker_nouns for w in words):
            return Speaker(" ".join(words), None, "noun")
        return None
    if _genitive_organisation(words, lexicon):
        return Speaker(" ".join(words), None, "org")  # "die Partei des Religiösen Zionismus": the party
    start = _name_run(words, lexicon)
    if start >= len(words):
        return None
    prefix = words[:start]
    if prefix and prefix[-1].lower() in OBJECT_PREPOSITIONS:
        return None  # "China's ambassador to Britain": the name is the object, not the speaker
    if start == len(words) - 1 and prefix[-1:] and prefix[-1].lower() in NAME_PARTICLES and len(prefix) > 1:
        # "ministre de la Défense", "ministro del Interior": one word after a particle names no person
        return Speaker(" ".join(words), None, "role") if _title(prefix, lexicon) else None
    if prefix and prefix[-1].lower() == "the" and all(allowed_in_phrase(w, lexicon) for w in words):
        return Speaker(" ".join(words), None, "org")  # "the Office for the Western District": no person
    title = _title(prefix, lexicon)
    if start < len(words) - 1 or not prefix:
        loose = bool(prefix) and title is None
    elif title is None and not all(allowed_in_phrase(w, lexicon) for w in prefix):
        return None
    else:
        loose = title is None
    return Speaker(" ".join(words[start:]), title or _apposition(rest, lexicon), "person", gender, loose)
