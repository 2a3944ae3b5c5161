"""Where the speaker phrase sits around a cue verb, in masked sentence text.

Three shapes, in every language the lexicon covers:
    after a quote:   ,” said X, TITLE.   ,” X said.   », — сказав X.   “, sagte X am Montag.
    before a quote:  X said: “   X, TITLE, told reporters: „
    around a clause: X said (that) ...   ..., X said.   According to X, ...
Each function returns the phrase as text; :func:`speakers.parse_speaker` decides whether it is one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.quotes.lexicon import NAME_TOKEN, UPPER
from newsspider.extract.quotes.speakers import TOKEN, allowed_in_phrase, name_token
from newsspider.extract.quotes.wordsets import TRAILING_WORDS

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

LEAD_PUNCT = re.compile(r"^[\s,;.]*(?:[—–-]+\s*)?")
CLAUSE_BREAKS = (",", ";", ":", " — ", " – ", "(", " - ")
INTRO_END = re.compile(r"[:,—–]\s*$")
#: A short note in parentheses in the phrase before the cue: a party, a state, an agency ("Jane Doe (D-Calif.)
#: said", "Marcel Dettling (SZ) sagte", "… King's Counsel (KC) once cautioned"). No part of the speaker.
PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")
MAX_TAIL_TOKENS = 10
MAX_NP_TOKENS = 16
MAX_AFTER_CUE_BEFORE_QUOTE = 9
MAX_BARE_REST = 12
MAX_APPOSITION_TOKENS = 8
MIN_TITLED_NAME = 4
NAME_ROLE_ORG = 2
RELATIVE = re.compile(r",\s+who\s+(?:[a-z]+\s+)?$")
CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "the", "a", "an", "this", "there", "we", "i", "his", "her"})
OBJECT = re.compile(rf"\s*(?:(?:the|The|a|an)\s+)?(?:(?:{NAME_TOKEN}|[\w.-]+\.(?:com|info|org|net))\s*){{1,6}}")
QUOTE_START = re.compile(r"^\s*[\"“‘«„»「]")
BREAK_WORDS = frozenset(
    {"when", "while", "after", "before", "because", "as", "if", "since", "until", "where", "whereas"}
)
#: An apposition: lower case ("the TITLE", "head of ...") or a possessive before a noun ("Ukraine's state railway").
#: An apposition starts in lower case, or with a possessive ("Austria's interior minister", "Hong Kong's
#: new police commissioner"); one starting with a title word is one too (see :func:`np_before`).
APPOSITIVE_START = re.compile(
    rf"^(?:(?!(?:but|and|or|so|yet|while)\b)[a-z\d]|[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}[’']s\s+[a-z])"
)
ROLE_START = re.compile(r"^(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:[’']s)?\s+[a-z]")
#: Where an attribution written between dashes ends: "—dijo la alcaldesa—. …" (languages with dash quotes).
DASH_END = re.compile(r"\s*[—–]")
LEADING_WORD = re.compile(r"\s*([\w’'-]+)\s+")
STANDALONE = re.compile(r"^\s*(?:(?:and|but|so|however|still|yet)\b,?)?\s*$", re.I)


def _after_last_break(head: str, lexicon: Lexicon | None) -> str:
    cut = max((head.rfind(b) + len(b) - 1 for b in CLAUSE_BREAKS if b in head), default=-1)
    phrase = head[cut + 1 :].strip()
    if lexicon is None:
        return phrase
    words = phrase.split()
    for index in range(len(words) - 1, -1, -1):
        low = words[index].lower()
        if low in BREAK_WORDS and index == len(words) - 1:
            continue  # "X has since said": an adverb here, a conjunction only before a subject
        if low in lexicon.cue_words or low in lexicon.complementizers or low in BREAK_WORDS:
            return " ".join(words[index + 1 :])
    return phrase


def _apposition(segment: str, lexicon: Lexicon | None) -> bool:
    """Whether a comma-set segment describes the name before it: "the mayor", "Austria's interior minister",
    "Head of Research at ICICI Securities" (a title word and its complement)."""
    if APPOSITIVE_START.match(segment):
        return True
    words = segment.split()
    return lexicon is not None and len(words) > 1 and words[0].lower() in lexicon.title_words and words[1].islower()


def np_before(text: str, lexicon: Lexicon | None = None) -> str:
    """The phrase ending `text`: from the last clause break, with ", apposition," segments kept.

    "X Y, the TITLE, of Z," gives "X Y, the TITLE"; "the TITLE, X Y," gives "the TITLE, X Y".
    """
    head = PARENTHESIS.sub("", text).rstrip() if "(" in text else text.rstrip()
    if not head.endswith(","):
        return _after_last_break(head, lexicon)
    segments = [s.strip() for s in head[:-1].split(",")]
    appositions: list[str] = []
    while len(segments) > 1 and (not segments[-1] or _apposition(segments[-1], lexicon)):
        appositions.insert(0, segments.pop())
    phrase = segments[-1]
    if len(segments) > 1 and not appositions and ROLE_START.match(segments[-2]):
        named = segments[-3] if len(segments) > NAME_ROLE_ORG else ""  # "X Y, director of Z, Acme,"
        if lexicon is not None and len(named.split()) > 1 and all(name_token(w, lexicon) for w in named.split()):
            return f"{named}, {segments[-2]}"
        return f"{segments[-2]}, {phrase}"
    if appositions:
        return f"{phrase}, {appositions[0]}"
    return phrase if len(segments) > 1 else ""


def _titled_name(words: list[str], lexicon: Lexicon) -> bool:
    """Whether `words` are a title with its complement and then a full name:
    "речниця Департаменту освіти і науки КМДА Олена Вербицька" (a genitive chain in lower case)."""
    if len(words) > MAX_NP_TOKENS or len(words) < MIN_TITLED_NAME or words[0].lower() not in lexicon.title_words:
        return False
    if any(lexicon.is_cue(w) for w in words):
        return False
    return all(name_token(w, lexicon) for w in words[-2:])


def _skip_adjuncts(text: str, lexicon: Lexicon) -> str:
    """`text` without the adjuncts that open it ("na konferencji prasowej wiceprezydent …")."""
    offset = 0
    while True:
        adjunct = lexicon.adjunct_re.match(text, offset)
        if not adjunct or adjunct.end() == offset:
            return text[offset:]
        offset = adjunct.end()


def np_after(text: str, lexicon: Lexicon) -> str:
    """The phrase starting `text` (after a cue): words up to the first that cannot be in a name."""
    text = _skip_adjuncts(text.strip(), lexicon)
    if lexicon.dash_marks:
        text = DASH_END.split(text, maxsplit=1)[0]
    head, comma, rest = text.strip().rstrip(".!?").partition(",")
    kept: list[str] = []
    words: list[str] = head.split()
    if words and words[0].lower() in lexicon.pronouns:
        return words[0]
    for word in words:
        if not allowed_in_phrase(word, lexicon) or lexicon.is_cue(word):
            if _titled_name(words, lexicon):
                return head.strip()
            named = rest.split(",")[0].split() if comma and kept else []
            if len(named) >= NAME_ROLE_ORG and all(name_token(w, lexicon) for w in named):
                return f"{head.strip()}, {' '.join(named)}"  # "le ministre russe de la Défense, Andreï Belooussov"
            while kept and kept[-1].lower() in lexicon.np_words and not name_token(kept[-1], lexicon):
                kept.pop()  # "Kees Jansen van het (waterschap)": the connector belonged to the words cut off
            return " ".join(kept)
        kept.append(word)
    phrase = " ".join(kept)
    if comma and rest.strip():
        phrase += ", " + rest.split(",")[0].strip()
    return phrase


def _last_pronoun(before: str, lexicon: Lexicon) -> str | None:
    """The subject pronoun right before the cue ("… she described"), past adverbs ("he reportedly said")."""
    words: list[str] = before.split()
    for word in reversed(words[-3:]):
        low = word.lower()
        if low in lexicon.pronouns:
            return word
        if low not in TRAILING_WORDS:
            return None
    return None


def _antecedent(text: str, lexicon: Lexicon) -> str:
    """The speaker phrase ending `text` before ", who": "Critics cite Mayor Bob Stone" gives "Mayor Bob Stone"."""
    phrase = np_before(text + ",", lexicon)
    if phrase:
        return phrase
    words = text.split()
    start = len(words)
    while start > 0 and allowed_in_phrase(words[start - 1], lexicon) and not lexicon.is_cue(words[start - 1]):
        start -= 1
    return " ".join(words[start:])


def phrases_before_cue(before: str, lexicon: Lexicon, *, relative: bool = False) -> list[str]:
    """Speaker phrases for a cue after `before`: the phrase ending it, or (with `relative`, for quoted words)
    the antecedent of "X, who called", and a subject pronoun ("In a post at the time she described it")."""
    relative_clause = RELATIVE.search(before) if relative else None
    if relative_clause:
        return [_antecedent(before[: relative_clause.start()], lexicon)]
    pronoun = _last_pronoun(before, lexicon)
    return [np_before(before, lexicon), pronoun] if pronoun else [np_before(before, lexicon)]


def inverted_cue(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(pronoun, cue as written) when `text` opens with a cue whose subject follows its first word:
    "a-t-il déclaré", "estime-t-elle" (the language's ``inverted_subject``)."""
    first = TOKEN.match(text)
    if first is None:
        return None
    word = first.group().rstrip(",.;:!?")
    found = lexicon.inversion_re.search(word)
    if found is None or found.end() != len(word):
        return None
    removed = found.end() - found.start()
    cue = lexicon.cue_re.match(text[: found.start()] + text[found.end() :])
    if cue is None or cue.end() < found.start():
        return None
    return found.group("pronoun"), text[: cue.end() + removed]


def lone_source(rest: str, lexicon: Lexicon) -> re.Match[str] | None:
    """A pronoun or group noun as the source of an according phrase with no comma after it:
    "Według niego projekt …", "Zdaniem ekspertów inwestycja …"."""
    word = LEADING_WORD.match(rest)
    low = word.group(1).lower() if word is not None else ""
    return word if low in lexicon.pronouns or low in lexicon.speaker_nouns else None


def title_apposition(sentence: str, start: int, lexicon: Lexicon) -> int:
    """End of a title in apposition at `start` ("a spokeswoman for the prefecture, "), or `start`.

    Only a segment whose head (past an article) is a title word, so a clause ("the plan failed,") stays.
    """
    comma = sentence.find(",", start)
    words = sentence[start:comma].split() if comma > start else []
    while words and words[0].lower() in lexicon.articles:
        words = words[1:]
    if not words or len(words) > MAX_APPOSITION_TOKENS or words[0].lower() not in lexicon.title_words:
        return start
    if any(lexicon.is_cue(w) for w in words):
        return start
    return comma + 1


def after_quote(tail: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(speaker phrase, cue) in the text that follows a closing mark, up to the sentence end."""
    text = LEAD_PUNCT.sub("", tail)
    if not text or QUOTE_START.match(text):
        return None
    inverted = inverted_cue(text, lexicon)
    if inverted is not None:
        return inverted
    according = lexicon.according_at(text)
    if according:  # "“…,” according to X" / "was a “…” according to critics, but …"
        phrase = text[according.end() :].split(",")[0].strip().rstrip(".!?")
        fits = phrase and len(phrase.split()) <= MAX_NP_TOKENS
        return (phrase, lexicon.according_cue(according.group())) if fits else None
    first = lexicon.cue_re.match(text)
    if first:
        phrase = np_after(text[first.end() :], lexicon)
        return (phrase, first.group()) if phrase or lexicon.null_subject else None
    found = lexicon.search_cue(text)
    if not found or len(text[: found.start()].split()) > MAX_NP_TOKENS:
        return None
    return text[: found.start()].strip(), found.group()


def before_quote(head: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(speaker phrase, cue) in "X said:" / "X told Y," right before an opening mark."""
    if not INTRO_END.search(head):
        return None
    text = INTRO_END.sub("", head)
    matches = lexicon.find_cues(text)
    if not matches:
        return None
    cue = matches[-1]
    after = text[cue.end() :].split()
    if len(after) > MAX_AFTER_CUE_BEFORE_QUOTE:
        return None
    # "In einem Interview … sagte Bennett: „…“": the adverbial holds the place before the verb.
    inverted = after and opens_with_adverbial(text[: cue.start()], lexicon)
    if inverted and all(allowed_in_phrase(word.rstrip(","), lexicon) for word in after):
        return " ".join(after), cue.group()
    phrase = np_before(text[: cue.start()], lexicon)
    return (phrase, cue.group()) if phrase else None


def opens_with_adverbial(before: str, lexicon: Lexicon) -> bool:
    """Whether, in a verb-second language, the words before the verb are an adverbial ("Am Montag",
    "Dabei", "In einem Interview"): their first word cannot start a name. Its subject follows the verb."""
    if not lexicon.verb_second:
        return False
    first = before.split(None, 1)
    word = first[0].lower().strip(",") if first else ""
    # (An article opens a subject as often as an object: "Der Minister sagte", not an adverbial.)
    return word in lexicon.non_names and word not in lexicon.np_words and word not in lexicon.pronouns


def handed_over(head: str, lexicon: Lexicon) -> bool:
    """Whether a second verb of the sentence's subject introduces the quote: "…, called it “…” and said, “",
    "X brushed Y off, saying only, “"."""
    if not INTRO_END.search(head):
        return False
    text = INTRO_END.sub("", head)
    matches = lexicon.find_cues(text)
    if not matches or len(text[matches[-1].end() :].split()) > MAX_AFTER_CUE_BEFORE_QUOTE:
        return False
    before = text[: matches[-1].start()].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    participle = matches[-1].group().lower().endswith("ing") and before.endswith(",")
    return participle or last in lexicon.coordinators


def starts_sentence(before: str) -> bool:
    """Whether only a conjunction or nothing precedes the quote in its sentence."""
    return bool(STANDALONE.match(before))


def bare_attribution(sentence: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(phrase, cue) when a whole short sentence is an attribution: "Lubinets said." """
    if QUOTE_START.match(sentence):
        return None
    found = after_quote(sentence, lexicon)
    if found is None or not lexicon.is_strict_cue(found[1]):
        return None
    phrase, cue = found
    rest = (sentence.split(cue, 1)[-1] if cue in sentence else "").split()
    if len(rest) > MAX_BARE_REST or (rest and rest[0].lower() in CLAUSE_SUBJECTS):
        return None
    if lexicon.complementizers & {w.lower() for w in rest}:
        return None
    return phrase, cue
