"""Reported speech in one masked sentence: who said it, the cue, and the reported clause.

    X said (that) CLAUSE           X told the Associated Press on Nov. 20 CLAUSE
    CLAUSE, X said.                CLAUSE, said X, TITLE.
    According to X, CLAUSE         CLAUSE, according to X.
    ..., saying CLAUSE             (the speaker is the subject of the sentence)
The same reading gives the speaker of partial quotes inside the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from newsspider.extract.quotes.attribution import (
    OBJECT,
    inverted_cue,
    lone_source,
    np_after,
    np_before,
    opens_with_adverbial,
    phrases_before_cue,
    title_apposition,
)
from newsspider.extract.quotes.lexicon import NAME_TOKEN
from newsspider.extract.quotes.screen import may_hold
from newsspider.extract.quotes.speakers import QUANTIFIER, Speaker, allowed_in_phrase, parse_speaker
from newsspider.extract.quotes.subjects import lead_end, subject_phrases

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

SEPARATOR = re.compile(r"\s*,?\s*")
COMMA = re.compile(",")
QUOTE_OR_COLON = re.compile(r"^\s*[:\"“‘«„»「]")
WORD = re.compile(r"\S+")
UNCOMMA_SOURCE = re.compile(rf"\s*(?:\w+\s+)?(?:{NAME_TOKEN}\s*){{1,4}}")
SENTENCE_PUNCT = re.compile(r"[.;:!?]$")
#: Where a reported clause ends before the sentence does: a participle clause of the speaker
#: (", adding ..."), a semicolon or a dash. Subordinate clauses (", though ...", ", while ...") stay.
CLAUSE_TRAILER = re.compile(r"(?:,\s+[a-z]+ing\b|;\s)")
#: A subordinate clause that ends the reported one only when it reports speech of its own
#: ("..., while the city's police deny accusations and say ...").
SUBORDINATE = re.compile(r",\s+(?:though|although|while|whereas)\b")
DETERMINERS = frozenset({"his", "her", "their", "its", "a", "an", "our", "my"})
REST_STARTERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those"})
VERB_WINDOW = 10
#: A gerund subject is short: its verb comes within a few words ("returning to the moon was").
GERUND_SUBJECT_WINDOW = 7
#: Verbs that as often follow a participle's object as a gerund subject ("seeing people who had ...").
AUXILIARY_OF_PARTICIPLE = frozenset({"has", "have", "had", "did", "does", "do"})
#: How far a clause opened by an adverb or a phrase may run before its subject or verb (see _clause_with_lead).
LEAD_WINDOW = 14
MIN_ED_LENGTH = 3
QUOTE_OPENERS = frozenset("\"'“‘«„‹")
DATELINE = re.compile(r"[A-Z][A-Z .’'/-]{2,}(?:,\s*[\w. ]{1,20}?)?(?:\s*\([^)]*\))?\s*[—–-]\s+")
#: [X][X]* rather than [X]+ (the same matches): a search can then skip to where the class matches.
CLAUSE_END = re.compile(r"[\s.!?;:,][\s.!?;:,]*$")
MIN_CLAUSE_TOKENS = 3
#: A subject pronoun with a verb contracted onto it: "he's", "they're", "we'll", "she'd", "I'm".
CONTRACTION = re.compile(r"^(\w+)['’](?:s|re|ll|d|ve|m)$")
MAX_GAP_TOKENS = 12
MAX_CUES_TRIED = 3
MAX_ENDING_COMMAS = 3
MAX_TAIL_TOKENS = 12
#: The subject after the verb in a verb-second language ("Am Montag sagte der Minister, …"): a few words,
#: up to the comma or colon or the complementizer that ends it.
MAX_INVERTED_WORDS = 6
#: How far back the word before a cue is looked for (see _adjectival).
ADJECTIVE_LOOKBEHIND = 20
INVERTED_END = ",:"
#: An attribution set inside a clause is a few words ("he added", "said the borough engineer"), after a
#: clause opening of a few words at least ("The lifeboat station").
MAX_INSERTED_TOKENS = 6
MIN_INSERTED_LEAD = 2
#: Pronoun genders (``pronouns`` in the language data) that stand for a person, or for a group; a quantifier
#: ("All said …") stands for people named by a noun, not an organisation.
PERSON_GENDERS = frozenset({"m", "f"})
GROUP_GENDERS = frozenset({"o", "p", QUANTIFIER})


Known = Callable[[str], bool]


def _anyone(name: str) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Report:
    """A speaker phrase with its cue and, when there is one, the reported clause (offsets)."""

    speaker: Speaker
    cue: str
    start: int
    end: int
    #: The attribution set inside the clause, which the clause's text leaves out ("The station, he added,
    #: would wait"): offsets of the comma before it and after the comma behind it.
    gap: tuple[int, int] | None = None


def clause_end(sentence: str, start: int, lexicon: Lexicon) -> int:
    """End of the clause from `start`: the sentence end, or a trailer or second predicate of the speaker."""
    trailer = CLAUSE_TRAILER.search(sentence, start)
    end = trailer.start() if trailer else len(sentence)
    predicate = lexicon.predicate_re.search(sentence, start, end)
    end = predicate.start() if predicate else end
    subordinate = SUBORDINATE.search(sentence, start, end)
    if subordinate and lexicon.cue_re.search(sentence, subordinate.end(), end):
        end = subordinate.start()
    match = CLAUSE_END.search(sentence[:end], start)
    return match.start() if match else end


def _starts_clause(text: str, lexicon: Lexicon, *, lead: bool = True) -> bool:
    words = text.split()
    if len(words) < MIN_CLAUSE_TOKENS:
        return False
    first = words[0].lower().strip('"“‘«„(')
    contracted = CONTRACTION.match(first)
    first = contracted.group(1) if contracted else first  # "he's", "they're": the pronoun starts the clause
    if not (words[0][0].isupper() or words[0][0].isdigit() or first in lexicon.clause_starters):
        return lead and bool(lexicon.finite_verbs) and _clause_with_lead(words, lexicon)
    if first in DETERMINERS and lexicon.finite_verbs:
        # "announced its budget ..., she promised that": a reporting verb before any other verb starts
        # a report of its own, and the words before it were the first verb's object.
        for word in words[1:VERB_WINDOW]:
            w = word.lower().strip(",.")
            if lexicon.is_cue(w):
                return False
            if w in lexicon.finite_verbs or w.endswith("ed"):
                return True
        return False
    return True


def _clause_with_lead(words: list[str], lexicon: Lexicon) -> bool:
    """Whether a clause reported without "that" opens with an adverb, a phrase or an adjective: "said
    usually he received ...", "said overwhelming demand ... led to ...", "said in the early hours, he
    ...": a subject pronoun or a finite verb comes soon, and no reporting verb before it."""
    first = words[0].lower()
    # Not an object of the verb: a gerund ("reported being logged off"), a question ("asked why"), a quote.
    gerund = first.endswith("ing") and first not in lexicon.ing_prepositions
    opener = first in lexicon.question_words or first in lexicon.verb_particles
    if gerund:
        return _gerund_subject(words, lexicon)
    if opener or first[0] in QUOTE_OPENERS:
        return False
    for index, word in enumerate(words[1:LEAD_WINDOW], start=1):
        w = word.lower().strip(",.;:")
        if lexicon.is_cue(w):
            return False
        if w in lexicon.subject_pronouns:
            # "..., which it said crashed": the pronoun's own report, not this one's subject.
            following = words[index + 1].lower().strip(",.;:") if index + 1 < len(words) else ""
            return not lexicon.is_cue(following)
        if w in lexicon.finite_verbs or (len(w) > MIN_ED_LENGTH and w.endswith("ed")):
            return True
    return False


def _gerund_subject(words: list[str], lexicon: Lexicon) -> bool:
    """Whether a gerund opens a clause as its subject: "said returning to the moon was necessary" (a modal
    or a form of "be" soon after it, no relative clause between), not the verb's object ("reported being
    logged off", "recalled seeing the crash as it happened")."""
    for word in words[1:GERUND_SUBJECT_WINDOW]:
        w = word.lower().strip(",.;:")
        if w in lexicon.question_words or w in lexicon.complementizers or lexicon.is_cue(w) or word.endswith(","):
            return False  # (a relative clause, another report, a clause break)
        if w in lexicon.finite_verbs and w not in AUXILIARY_OF_PARTICIPLE:
            return True
    return False


def _complementizer(rest: str, lexicon: Lexicon) -> int:
    """Offset just after "that" (or the language's word) when it follows the cue closely."""
    for word in islice(WORD.finditer(rest), MAX_GAP_TOKENS + 1):
        token = word.group().lower().strip(",")
        if token in lexicon.complementizers:
            return word.end()
        elided = next((c for c in lexicon.elided_complementizers if token.startswith(c)), None)
        if elided is not None:  # "qu'il": the clause starts inside the word
            return word.start() + word.group().lower().index(elided) + len(elided)
        contracted = CONTRACTION.match(token)
        subject = contracted.group(1) if contracted else token
        stop = lexicon.is_cue(token) or subject in lexicon.subject_pronouns or token in lexicon.finite_verbs
        if SENTENCE_PUNCT.search(word.group()) or stop:
            return -1
    return -1


def clause_after(sentence: str, pos: int, cue: str, lexicon: Lexicon) -> int:
    """Start of the clause reported by the cue that ends at `pos`, or -1."""
    rest = sentence[pos:]
    if QUOTE_OR_COLON.match(rest):
        return -1
    after = _complementizer(rest, lexicon)
    if after >= 0:
        separator = SEPARATOR.match(rest, after)
        return pos + (separator.end() if separator else after)
    if cue.lower() not in lexicon.cues:
        return -1
    offset = 0
    if cue.lower() in lexicon.told_cues:
        obj = OBJECT.match(rest)
        if obj:
            offset = obj.end()
        else:
            words = list(WORD.finditer(rest))
            if words and words[0].group().lower().strip(",") in lexicon.object_nouns:
                offset = words[0].end()
    while True:
        adjunct = lexicon.adjunct_re.match(rest, offset)
        if not adjunct or adjunct.end() == offset:
            break
        offset = adjunct.end()
    separator = SEPARATOR.match(rest, offset)
    # After a comma ("..., Benioff said, ever since he ...") the sentence goes on: no clause led by an adverb.
    comma = separator is not None and "," in separator.group()
    offset = separator.end() if separator else offset
    return pos + offset if _starts_clause(rest[offset:], lexicon, lead=not comma) else -1


def _best(speakers: list[Speaker | None], known: Known) -> Speaker | None:
    """The first speaker that is not a lone unknown capitalised word (which may just start the sentence)."""
    for speaker in speakers:
        if speaker is not None and (speaker.kind != "person" or " " in speaker.name or known(speaker.name)):
            return speaker
    return None


def _refers_to(pronoun: Speaker, earlier: Speaker) -> bool:
    """Whether a pronoun can stand for the subject of an earlier clause of the same sentence."""
    if pronoun.kind != "pronoun" or earlier.kind == "pronoun":
        return False
    if earlier.kind == "person":
        return pronoun.gender in PERSON_GENDERS and earlier.gender in (None, pronoun.gender)
    return pronoun.gender in GROUP_GENDERS and (pronoun.gender != QUANTIFIER or earlier.kind == "noun")


def _front(sentence: str, lexicon: Lexicon, known: Known, limit: int, cues: list[re.Match[str]]) -> Report | None:
    lead = lead_end(sentence)
    according = lexicon.according_at(sentence, lead)
    if according:
        rest = sentence[according.end() :]
        phrase, comma, _ = rest.partition(",")
        if not comma or len(phrase.split()) > MAX_TAIL_TOKENS:
            head = UNCOMMA_SOURCE.match(rest) or lone_source(rest, lexicon)
            phrase, comma = (head.group(), " ") if head else (phrase, comma)
        speaker = parse_speaker(phrase, lexicon) if comma else None
        if speaker is not None:
            start = according.end() + len(phrase) + (1 if rest[len(phrase) : len(phrase) + 1] == "," else 0)
            separator = SEPARATOR.match(sentence, start)
            start = separator.end() if separator else start
            titled = title_apposition(sentence, start, lexicon) if speaker.kind == "person" else start
            if titled > start:  # "According to X, a spokeswoman for Y, CLAUSE"
                speaker = parse_speaker(f"{phrase.strip()}, {sentence[start : titled - 1]}", lexicon) or speaker
                separator = SEPARATOR.match(sentence, titled)
                start = separator.end() if separator else titled
            return Report(
                speaker, lexicon.according_cue(according.group()), start, clause_end(sentence, start, lexicon)
            )
    partial = limit < len(sentence)
    cues = [c for c in cues if c.start() < limit][::-1] if partial else cues
    fallback: Report | None = None
    for cue in cues[:MAX_CUES_TRIED]:
        before = sentence[: cue.start()]
        participle = cue.group().lower().endswith("ing") and before.rstrip().endswith(",")
        # "He called the attacks “…” and said …": the second verb shares the sentence's subject.
        coordinated = before.rsplit(None, 1)[-1].lower() in lexicon.coordinators if before.strip() else False
        if participle or coordinated:
            candidates = subject_phrases(sentence, lexicon)
            first = WORD.search(sentence, lead_end(sentence))
            if coordinated and first and first.group().lower() in lexicon.pronouns:
                candidates = [first.group()]
        elif before.rstrip().endswith(",") and not np_before(before, lexicon).count(","):
            continue
        else:
            candidates = phrases_before_cue(before, lexicon, relative=partial)
        speaker = _best([parse_speaker(c, lexicon) for c in candidates if c], _anyone if not participle else known)
        subject_end = cue.end()
        verb_second = lexicon.verb_second and not (participle or coordinated)
        if verb_second and opens_with_adverbial(before[lead_end(before) :], lexicon):
            inverted = _subject_after(sentence, cue.end(), lexicon)
            if inverted is not None:
                speaker, subject_end = inverted
        if speaker is None:
            continue
        if fallback is not None and _refers_to(speaker, fallback.speaker):
            speaker = fallback.speaker  # "When the council announced ..., it promised that": the council
        start = clause_after(sentence, subject_end, cue.group(), lexicon)
        end = clause_end(sentence, start, lexicon) if start >= 0 else -1
        if start < 0 and not partial:
            # No clause here ("think tank", "announced its partnership"): a later cue may report one.
            fallback = fallback or Report(speaker, cue.group(), start, end)
            continue
        return Report(speaker, cue.group(), start, end)
    return fallback


def _adjectival(sentence: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the cue at `start` is an adjective, by the word before it: "the most detailed model",
    "its promised features" (an article, a possessive or a degree word never comes before the verb)."""
    before = sentence[max(0, start - ADJECTIVE_LOOKBEHIND) : start].split()
    return bool(before) and before[-1].lower() in lexicon.adjective_markers


def _subject_after(sentence: str, pos: int, lexicon: Lexicon) -> tuple[Speaker, int] | None:
    """(speaker, where it ends) of the subject right after the cue, in a verb-second sentence that opens
    with an adverbial ("Am Montag sagte Merz, die Regierung werde handeln": Merz). The subject runs to
    the comma or colon before the clause."""
    words: list[str] = []
    end = pos
    for token in islice(WORD.finditer(sentence, pos), MAX_INVERTED_WORDS + 1):
        word = token.group()
        if word.lower() in lexicon.complementizers:
            break
        bare = word.rstrip(INVERTED_END)
        if not allowed_in_phrase(bare, lexicon):
            return None
        words.append(bare)
        end = token.start() + len(bare)
        if bare != word:
            break
    else:
        return None  # no end within a subject's length
    phrase = " ".join(words)
    separator = SEPARATOR.match(sentence, end)
    titled = title_apposition(sentence, separator.end(), lexicon) if separator else end
    if separator and titled > separator.end():  # "sagte Tim Stein, Pressesprecher der MVB, …"
        phrase = f"{phrase}, {sentence[separator.end() : titled - 1]}"
        end = titled - 1
    speaker = parse_speaker(phrase, lexicon) if words else None
    return (speaker, end) if speaker is not None else None


@lru_cache(maxsize=16)
def _rest_stops(lexicon: Lexicon) -> frozenset[str]:
    """Words that, right after a final cue, start a clause rather than end the attribution."""
    return frozenset({"to", "that", *lexicon.complementizers, *lexicon.subject_pronouns, *REST_STARTERS})


def _ending(sentence: str, lexicon: Lexicon) -> Report | None:
    commas = [m.start() for m in COMMA.finditer(sentence)][-MAX_ENDING_COMMAS:]
    for comma in reversed(commas):
        tail = sentence[comma + 1 :]
        text = tail.strip().rstrip(".!?")
        if len(text.split()) > MAX_TAIL_TOKENS * 2:
            continue
        speaker, cue = None, ""
        according = lexicon.according_at(text)
        first = lexicon.cue_re.match(text)
        inverted = inverted_cue(text, lexicon)
        if according:
            speaker, cue = parse_speaker(text[according.end() :].split(",")[0], lexicon), according.group()
        elif inverted is not None:
            speaker, cue = parse_speaker(inverted[0], lexicon), inverted[1]
        elif first and lexicon.is_strict_cue(first.group()) and not first.group().lower().endswith("ing"):
            speaker, cue = parse_speaker(np_after(text[first.end() :], lexicon), lexicon), first.group()
        else:
            found = lexicon.search_cue(text)
            if found is not None and _adjectival(text, found.start(), lexicon):
                found = None  # "… has created the most detailed model": no attribution
            after = text[found.end() :].split() if found else []
            phrase = text[: found.start()].strip() if found else ""
            apposed = "," not in phrase or phrase.endswith(",")
            clean = not after or after[0].lower() not in _rest_stops(lexicon)
            if found and apposed and clean and len(after) <= MAX_TAIL_TOKENS:
                speaker, cue = parse_speaker(phrase, lexicon), found.group()
        if speaker is not None:
            start = lead_end(sentence)
            dateline = DATELINE.match(sentence, start)
            start = dateline.end() if dateline and dateline.end() < comma else start
            return Report(speaker, cue, start, clause_end(sentence[:comma], start, lexicon))
    return None


def may_report(sentence: str, lexicon: Lexicon) -> bool:
    """Whether :func:`analyze` can find anything: every reading needs a cue or "according to"."""
    return may_hold(sentence, lexicon.report_runs) and lexicon.report_re.search(sentence) is not None


def analyze(sentence: str, lexicon: Lexicon, known: Known = _anyone, before: int | None = None) -> Report | None:
    """The reported speech in a masked sentence; start/end are -1 when no clause is reported.

    `known` tells whether a lone capitalised word is a name seen before (a participle's subject).
    With `before` (the offset of a partial quote) the cue nearest before that offset wins.
    """
    if before is None and not may_report(sentence, lexicon):
        return None
    return analyze_cued(sentence, lexicon, known, before)


def analyze_cued(sentence: str, lexicon: Lexicon, known: Known = _anyone, before: int | None = None) -> Report | None:
    """:func:`analyze` for a sentence already known to :func:`may_report` (or with `before` given)."""
    # Quoted words may also hang on a verb that reports no clause: called it "…", described it as "…".
    if before is None:
        cues = list(lexicon.cue_re.finditer(sentence))
    else:
        cues = [m for m in lexicon.find_any_cues(sentence, before) if lexicon.is_partial_cue(m.group())]
    if lexicon.adjective_markers:
        cues = [cue for cue in cues if not _adjectival(sentence, cue.start(), lexicon)]
    front = _front(sentence, lexicon, known, len(sentence) if before is None else before, cues)
    if front is not None and front.start >= 0:
        return front
    inserted = _inserted(sentence, lexicon, known) if before is None else None
    return inserted or _ending(sentence, lexicon) or front


def _inserted(sentence: str, lexicon: Lexicon, known: Known) -> Report | None:
    """An attribution set between commas inside the clause it reports: "The lifeboat station, he added,
    would have to wait", "Das Projekt, sagte er, werde teurer", "The plan, Marsh said, was sound". The clause
    goes on after it in lower case. The speaker is a pronoun, or a name heard before with the cue after it
    (a name after its cue is as often followed by an apposition: "…, said Jane Doe, senior fellow at …")."""
    commas = [m.start() for m in COMMA.finditer(sentence)]
    lead = lead_end(sentence)
    for first, second in pairwise(commas):
        # The clause starts after a colon before the attribution ("…möchte: Er überlegt, sagt er, wie …").
        colon = max(sentence.rfind(":", lead, first), sentence.rfind(";", lead, first))
        start = lead if colon < 0 else len(sentence) - len(sentence[colon + 1 :].lstrip())
        middle = sentence[first + 1 : second].strip()
        rest = sentence[second + 1 :].lstrip()
        if not middle or len(middle.split()) > MAX_INSERTED_TOKENS or not rest[:1].islower():
            continue
        opening = rest.split(None, 1)[0].lower()
        if opening in lexicon.articles or opening in REST_STARTERS or opening.endswith("ing"):
            continue  # an apposition of the speaker ("…, said Jane Doe, a research fellow") or a trailer
        resume = len(sentence) - len(rest)
        if title_apposition(sentence, resume, lexicon) > resume:
            continue  # "…, said Juan Perez, senior trader at …"
        if len(sentence[start:first].split()) < MIN_INSERTED_LEAD or len(rest.split()) < MIN_CLAUSE_TOKENS:
            continue
        inverted = inverted_cue(middle, lexicon)
        cue = lexicon.cue_re.search(middle)
        if cue is not None and _adjectival(middle, cue.start(), lexicon):
            cue = None
        if inverted is not None:
            phrase, cue_text = inverted
        elif cue is not None and cue.end() == len(middle) and cue.start() > 0:
            phrase, cue_text = middle[: cue.start()], cue.group()
        elif cue is not None and cue.start() == 0 and lexicon.is_strict_cue(cue.group()):
            phrase, cue_text = middle[cue.end() :], cue.group()  # "…, said Marsh, would …"
        else:
            continue
        speaker = parse_speaker(phrase.strip(), lexicon)
        if speaker is None:
            continue
        named_first = speaker.kind == "person" and inverted is None and middle.endswith(cue_text)
        if not (speaker.kind == "pronoun" or (named_first and known(speaker.name))):
            continue
        return Report(speaker, cue_text, start, clause_end(sentence, resume, lexicon), (first, resume))
    return None
