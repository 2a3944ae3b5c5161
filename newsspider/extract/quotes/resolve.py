"""Who a speaker phrase refers to: full names for surnames, titles, pronouns and bare roles.

The :class:`Registry` follows one article in reading order. Every person, organisation or group
named as a speaker or as the subject of a sentence is noted; a later surname ("Stefanishyna")
maps to the full name given earlier, a title given once applies to later quotes, a pronoun maps
to the most recent compatible speaker, and a bare role ("the prime minister") to the last person
with that title. When nothing fits, the phrase is kept as written or, for pronouns, dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from newsspider.extract.quotes.speakers import POSSESSIVE, QUANTIFIER, Speaker
from newsspider.extract.quotes.wordsets import NAME_SUFFIXES

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

STEM_MIN = 3
GROUP_KINDS = frozenset({"org", "noun"})
WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1 << 14)
def surname_stem(surname: str, lexicon: Lexicon) -> str:
    """A case-folded surname without its case ending ("вербицької" and "вербицька" give "вербицьк").

    Only for languages that inflect names; the endings are data (``name_endings``), longest first.
    """
    for ending in lexicon.name_endings:
        if surname.endswith(ending) and len(surname) - len(ending) >= STEM_MIN:
            return surname[: -len(ending)]
    return surname


@dataclass(slots=True)
class Entity:
    """A speaker seen in the article so far; `folded` and `tokens` follow `name` (see :meth:`rename`)."""

    name: str
    title: str | None
    kind: str
    gender: str | None
    heard: bool = True
    noun: str | None = None
    folded: str = field(init=False, repr=False)
    tokens: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str) -> None:
        """Set the name and its case-folded tokens."""
        self.name = name
        self.folded = name.casefold()
        self.tokens = self.folded.split()


SUFFIXED_NAME_TOKENS = 3  # a given name, a surname, a suffix


def _surname(tokens: list[str]) -> str:
    """The last name token, past a suffix ("Patrick Carlineo Jr." gives "carlineo")."""
    if len(tokens) >= SUFFIXED_NAME_TOKENS and tokens[-1] in NAME_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


class Registry:
    """Speakers of one article, most recent last."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._entities: list[Entity] = []
        # How many entities have each folded name, person surname and surname stem: lets _find
        # answer "nobody" without walking the list (the walk decides which entity when there is one).
        self._names: Counter[str] = Counter()
        self._surnames: Counter[str] = Counter()
        self._stems: Counter[str] = Counter()

    def _count(self, entity: Entity, step: int) -> None:
        self._names[entity.folded] += step
        if entity.kind == "person" and entity.tokens:
            self._surnames[_surname(entity.tokens)] += step
            self._stems[surname_stem(_surname(entity.tokens), self._lexicon)] += step

    def _add(self, entity: Entity, *, first: bool = False) -> None:
        if first:
            self._entities.insert(0, entity)
        else:
            self._entities.append(entity)
        self._count(entity, 1)

    def _rename(self, entity: Entity, name: str) -> None:
        self._count(entity, -1)
        entity.rename(name)
        self._count(entity, 1)

    def _may_match(self, tokens: list[str]) -> bool:
        """Whether some person could match `tokens` in :meth:`_find`'s second pass (same surname or stem)."""
        if not tokens:
            return False
        if self._surnames[tokens[-1]]:
            return True
        return self._lexicon.inflected_names and self._stems[surname_stem(tokens[-1], self._lexicon)] > 0

    def _same_surname(self, a: str, b: str) -> bool:
        if a == b:
            return True
        lexicon = self._lexicon
        return lexicon.inflected_names and surname_stem(a, lexicon) == surname_stem(b, lexicon)

    def _find(self, name: str) -> Entity | None:
        folded = name.casefold()
        if self._names[folded]:
            for entity in reversed(self._entities):
                if entity.folded == folded:
                    return entity
        tokens = folded.split()
        if not self._may_match(tokens):
            return None
        for entity in reversed(self._entities):
            if entity.kind != "person":
                continue
            known = entity.tokens
            if len(tokens) == 1 and self._same_surname(_surname(known), tokens[0]):
                return entity
            if (
                len(tokens) > 1
                and len(known) > 1
                and self._same_surname(known[-1], tokens[-1])
                and (tokens[0] in known or self._same_surname(known[0], tokens[0]))
            ):
                return entity
            if len(known) == 1 and len(tokens) > 1 and tokens[-1] == known[0]:
                return entity
        return None

    def _touch(self, entity: Entity) -> None:
        self._entities.remove(entity)
        self._entities.append(entity)

    def _pronoun(self, speaker: Speaker) -> Speaker | None:
        gender = speaker.gender
        if gender == QUANTIFIER:
            return None  # "All said …": the people meant are rarely the last group named ("TNO's report")
        wanted = {"org", "noun"} if gender in {"p", "o"} else {"person"}
        for entity in reversed(self._entities):
            if entity.kind not in wanted or not entity.heard:
                continue
            if gender in {"m", "f"}:
                if entity.gender not in {None, gender}:
                    continue
                entity.gender = gender
            return Speaker(entity.name, entity.title, entity.kind, entity.gender, noun=entity.noun)
        return None

    def _role(self, speaker: Speaker) -> Speaker:
        role = set(WORDS.findall(speaker.name.casefold()))
        for entity in reversed(self._entities):
            # "the defence minister" is the person titled "Russian Defence Minister": all its words are there
            # ("the governor" is "Gov. Eric Holcomb": abbreviated titles are read out).
            if entity.kind == "person" and entity.title and role <= self._title_words(entity.title):
                self._touch(entity)
                return Speaker(entity.name, entity.title, "person", entity.gender)
        return Speaker(speaker.name, None, "noun")

    def _titled(self, noun: str) -> Speaker | None:
        """The person a common noun stands for when it is their whole title ("The suspect, Michael Webb,
        was convicted. … The suspect said …"), the latest so titled."""
        folded = noun.casefold()
        for entity in reversed(self._entities):
            if entity.kind == "person" and entity.title and entity.title.casefold() == folded:
                self._touch(entity)
                return Speaker(entity.name, entity.title, "person", entity.gender)
        return None

    def _title_words(self, title: str) -> set[str]:
        words = WORDS.findall(title.casefold())
        return {*words, *(self._lexicon.title_abbreviations.get(word, word) for word in words)}

    def _anaphor(self, speaker: Speaker) -> Speaker | None:
        """The organisation "the company" refers to: the latest one of a compatible kind, or nobody."""
        noun = speaker.name.casefold()
        nouns = self._lexicon.anaphor_classes.get(noun)
        for entity in reversed(self._entities):
            if nouns is None and entity.kind in GROUP_KINDS and entity.heard:
                return Speaker(entity.name, None, entity.kind)  # "the statement": of the latest group heard
            if nouns is not None and entity.kind == "org" and entity.noun in nouns:
                self._touch(entity)
                return Speaker(entity.name, None, entity.kind, noun=entity.noun)
        return None

    def _possessed(self, folded: str) -> Entity | None:
        """The organisation "the Air Force" shortens: "Ukraine's Air Force" said earlier."""
        for entity in reversed(self._entities):
            head = entity.folded[: -len(folded)].rstrip()
            if entity.kind == "org" and entity.folded.endswith(folded) and head and POSSESSIVE.search(head):
                return entity
        return None

    def mention(self, speaker: Speaker) -> None:
        """Record a person named (with a title) in passing, for later surnames and roles only."""
        if speaker.kind != "person" or " " not in speaker.name or speaker.loose:
            return
        known = self._find(speaker.name)
        if known is not None:
            if speaker.title and not known.title:
                known.title = speaker.title
            return
        self._add(Entity(speaker.name, speaker.title, "person", speaker.gender, heard=False), first=True)

    def knows(self, name: str) -> bool:
        """Whether `name` (or a surname of it) was seen before."""
        return self._find(name) is not None

    def knows_as_named(self, name: str) -> bool:
        """Whether `name` (maybe inflected) refers to someone heard as a speaker or named in another form
        before, not only to the same words noted in passing ("według Jana Kowalskiego" itself)."""
        entity = self._find(name)
        return entity is not None and (entity.heard or entity.folded != name.casefold())

    def note(self, speaker: Speaker) -> Speaker | None:
        """Record a mention and return the speaker it refers to (None for an unresolved pronoun)."""
        if speaker.kind == "pronoun":
            return self._pronoun(speaker)
        if speaker.kind == "role":
            return self._role(speaker)
        if speaker.kind == "anaphor":
            return self._anaphor(speaker)
        if speaker.kind == "noun" and (titled := self._titled(speaker.name)) is not None:
            return titled
        entity = self._find(speaker.name) if speaker.kind == "person" else None
        if entity is None and speaker.loose:
            entity = self._find(speaker.name.split()[-1])
        if entity is None and speaker.kind in GROUP_KINDS:
            folded = speaker.name.casefold()
            entity = next((e for e in self._entities if e.folded == folded), None) if self._names[folded] else None
            entity = entity or (self._possessed(folded) if speaker.kind == "org" else None)
        if entity is None:
            noun = speaker.noun or (speaker.name.split()[-1].casefold() if speaker.kind == "org" else None)
            entity = Entity(speaker.name, speaker.title, speaker.kind, speaker.gender, noun=noun)
            self._add(entity)
        else:
            if len(speaker.name.split()) > len(entity.tokens) and not speaker.loose:
                self._rename(entity, speaker.name)
            if speaker.title:
                entity.title = speaker.title
            if speaker.kind == "org" and entity.kind == "person":
                self._count(entity, -1)  # two capitalised words first taken for a name, now said to be an organisation
                entity.kind = "org"
                self._count(entity, 1)
            if speaker.gender:
                entity.gender = speaker.gender
            entity.noun = speaker.noun or entity.noun
            entity.heard = True
            self._touch(entity)
        return Speaker(entity.name, entity.title, entity.kind, entity.gender, noun=entity.noun)
