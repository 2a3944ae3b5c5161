"""The quotes of one article in reading order: spans in marks first, then reported speech."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from newsspider.extract.quotes import direct
from newsspider.extract.quotes.attribution import bare_attribution, before_quote, handed_over
from newsspider.extract.quotes.dashes import with_dash_quotes
from newsspider.extract.quotes.incise import split_incises
from newsspider.extract.quotes.lexicon import get_lexicon
from newsspider.extract.quotes.marks import Span, find_spans
from newsspider.extract.quotes.names import apposed_subject, names_in, without_nicknames
from newsspider.extract.quotes.reported import analyze, analyze_cued, clause_end, may_report
from newsspider.extract.quotes.resolve import Registry
from newsspider.extract.quotes.sentences import MASK_CHAR, mask, split_sentences
from newsspider.extract.quotes.speakers import POSSESSIVE, Speaker, name_token, parse_speaker
from newsspider.extract.quotes.subjects import subject_phrases
from newsspider.items import Quote

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

Attribution = tuple[Speaker | None, str | None]
INTRODUCED = re.compile(r"[:,]\s*$")


TRAILING_HANDOVER = ",;:"
#: Punctuation around a word of an introduction ("Und:", "(sagt"): not part of the word.
NAME_EDGES = ",.;:!?()[]"
MIN_CLAUSE_WORDS = 3
#: A subheading: this many words at most, and no sentence end.
HEADING_MAX_WORDS = 10
SENTENCE_ENDS = (".", "!", "?", ":", "…", '"', "“", "”", "»", "«", "」", "。")
#: A paragraph this long is no prose (the longest of the ~200 corpus articles has 2,300 characters):
#: it is data or a page flattened into one line by broken markup, whose hundreds of quote marks would
#: each be read against the whole line. Such a paragraph is not read for quotes.
MAX_PARAGRAPH_CHARS = 10_000


class ArticleQuotes:
    """Reads one article once; :meth:`run` returns its quotes."""

    def __init__(self, paragraphs: list[str], lexicon: Lexicon, headline: str | None) -> None:
        self.paragraphs = paragraphs
        self.lexicon = lexicon
        self.headline = headline
        spans, self.continued = split_incises(paragraphs, find_spans(paragraphs, lexicon.marks), lexicon)
        self.spans = with_dash_quotes(paragraphs, spans, lexicon)
        self.registry = Registry(lexicon)
        self.masked = self._mask()
        self.sentences = [split_sentences(text, lexicon) for text in self.masked]
        self.found: list[tuple[int, int, Quote]] = []
        self.last_speaker: dict[int, Attribution] = {}
        self.subject_of: dict[int, Speaker] = {}

    def _mask(self) -> list[str]:
        ranges: list[list[tuple[int, int]]] = [[] for _ in self.paragraphs]
        for span in self.spans:
            if span.end_paragraph == span.paragraph:
                ranges[span.paragraph].append((span.start, span.end))
                continue
            ranges[span.paragraph].append((span.start, len(self.paragraphs[span.paragraph]) + 1))
            for inner in range(span.paragraph + 1, span.end_paragraph):
                ranges[inner].append((-1, len(self.paragraphs[inner]) + 1))
            ranges[span.end_paragraph].append((-1, span.end))
        return [mask(text, r) for text, r in zip(self.paragraphs, ranges, strict=True)]

    def _sentence_at(self, paragraph: int, offset: int) -> tuple[int, int]:
        for start, end in self.sentences[paragraph]:
            if start <= offset < end or (offset == end and end == len(self.masked[paragraph])):
                return start, end
        return offset, len(self.masked[paragraph])

    def _emit(self, paragraph: int, offset: int, quote: Quote, speaker: Speaker | None) -> None:
        self.found.append((paragraph, offset, quote))
        self.last_speaker[paragraph] = (speaker, quote.cue)

    def _resolve(self, speaker: Speaker | None, cue: str | None = None) -> Speaker | None:
        if speaker is None:
            return None
        inflected = self.lexicon.inflected_names and cue is not None and self.lexicon.according_re.fullmatch(cue)
        if inflected and speaker.kind in {"person", "org"} and not self.registry.knows_as_named(speaker.name):
            return None  # "за словами Вербицької" names her in the genitive: not a name to give out
        return self.registry.note(speaker)

    def _quote(self, text: str, kind: str, speaker: Speaker | None, cue: str | None, paragraph: int) -> Quote:
        cue = cue.lower() if cue else None
        name = speaker.name if speaker else None
        title = speaker.title if speaker and speaker.kind == "person" else None
        # The comma that hands over to the attribution ("…sheep," he said) belongs to the sentence around
        # the quote, not to the words quoted; a closing . ? ! is the speaker's and stays.
        text = text.rstrip().rstrip(TRAILING_HANDOVER).rstrip() or text
        return Quote(text=text, type=kind, speaker=name, speaker_title=title, cue=cue, paragraph=paragraph)

    def _note_names(self, paragraph: int, sentence: str, *, heading: bool = False) -> None:
        """Note the sentence's subject (a later "he" may mean them) and titled names in passing; a
        subheading has titled names but no subject."""
        sentence = without_nicknames(sentence)
        for named in names_in(sentence, self.lexicon):
            self.registry.mention(named)
        if heading:
            return
        apposed = apposed_subject(sentence, self.lexicon)
        if apposed is not None:
            resolved = self.registry.note(apposed)
            if resolved is not None and resolved.kind == "person":
                self.subject_of[paragraph] = resolved
            return
        phrases = subject_phrases(sentence, self.lexicon, 1)
        speaker = parse_speaker(phrases[0], self.lexicon) if phrases else None
        if speaker is None and phrases and POSSESSIVE.search(phrases[0]):
            self._note_possessor(phrases[0])
            return
        if speaker is None or speaker.kind == "role":
            return
        if speaker.kind == "person" and not self._known_or_full(speaker):
            return
        resolved = self.registry.note(speaker)
        if resolved is not None and resolved.kind == "person":
            self.subject_of[paragraph] = resolved

    def _note_possessor(self, phrase: str) -> None:
        """Note the person owning a subject that is no one ("Mr. Trump's theatrical embrace is not limited
        to China. He has …"): a later pronoun means them. A quote standing alone after the sentence is not
        theirs ("Godongwana's budget documents show …" and the documents' words)."""
        owner = parse_speaker(POSSESSIVE.sub("", phrase), self.lexicon)
        if owner is not None and owner.kind == "person" and self._known_or_full(owner):
            self.registry.note(owner)

    def _known_or_full(self, person: Speaker) -> bool:
        """Whether a person's name can be noted as a subject: a full name, or one word the article has
        already given in full ("Universal's music division": one capitalised word, an organisation)."""
        return " " in person.name or self.registry.knows(person.name)

    def _names_someone(self, text: str) -> bool:
        """Whether `text` holds a word that can be part of a name: capitalised, no function word nor pronoun
        ("Und: “…”", "Er rät: “…”" name nobody new)."""
        pronouns = (self.lexicon.pronouns, self.lexicon.subject_pronouns)
        bare_words = (word.strip(NAME_EDGES) for word in text.split())
        return any(
            bare and all(bare.lower() not in words for words in pronouns) and name_token(bare, self.lexicon)
            for bare in bare_words
        )

    def _heading(self, paragraph: int) -> bool:
        """Whether a paragraph is a subheading: a few words and no sentence end ("Umstrittene Spende"). It
        has no subject to note: its capitalised words (every noun, in German) are no name."""
        text = self.paragraphs[paragraph].rstrip()
        return not text.endswith(SENTENCE_ENDS) and len(text.split(None, HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS

    def _previous_in_paragraph(self, span: Span) -> Attribution:
        same = [q for p, _, q in self.found if p == span.paragraph and q.type != "indirect"]
        if same and same[-1].speaker:
            return self.registry.note(Speaker(same[-1].speaker, same[-1].speaker_title, "person")), same[-1].cue
        return None, None

    def _fallback(self, span: Span, before: str, tail: str, sentence: tuple[int, int]) -> Attribution:
        """Speaker of a quote with no attribution of its own: split, continued or followed quotes."""
        par, (_, end) = span.end_paragraph, self._sentence_at(span.end_paragraph, span.end)
        following = [s for s in self.sentences[par] if s[0] >= end]
        if not tail.strip(" .,") and following:
            bare = bare_attribution(self.masked[par][following[0][0] : following[0][1]], self.lexicon)
            parsed = parse_speaker(bare[0], self.lexicon) if bare else None
            if bare and parsed:
                return self._resolve(parsed), bare[1]
        inherited = self._previous_in_paragraph(span)
        if inherited[0] is not None:
            return inherited
        if sentence[0] == 0 and not before.strip() and span.paragraph > 0:
            previous = self.last_speaker.get(span.paragraph - 1)
            if previous and previous[0] is not None:
                return self.registry.note(previous[0]), None
            subject = self.subject_of.get(span.paragraph - 1)
            if subject is not None:
                return self.registry.note(subject), None
            lead = before_quote(self.masked[span.paragraph - 1], self.lexicon)
            parsed = parse_speaker(lead[0], self.lexicon) if lead else None
            if lead and parsed:
                return self._resolve(parsed), lead[1]
        if not following and par + 1 < len(self.paragraphs) and self.sentences[par + 1]:
            first_start, first_end = self.sentences[par + 1][0]
            bare = bare_attribution(self.masked[par + 1][first_start:first_end], self.lexicon)
            parsed = parse_speaker(bare[0], self.lexicon) if bare else None
            if bare and parsed:
                return self._resolve(parsed), bare[1]
        return None, None

    def _recued(self, masked: str, start: int, end: int) -> bool:
        """Whether a second verb after the previous quote attributes the next one: called it “…” and said “…”."""
        between = masked[masked.rfind(MASK_CHAR, start, end) + 1 : end].split()
        return any(
            word.lower() in self.lexicon.coordinators and self.lexicon.is_partial_cue(after)
            for word, after in pairwise(between)
        )

    def _span(self, span: Span, sentence: tuple[int, int]) -> bool:
        masked = self.masked[span.paragraph]
        before = masked[sentence[0] : span.start]
        end_sentence = self._sentence_at(span.end_paragraph, span.end)
        tail = self.masked[span.end_paragraph][span.end : max(span.end, end_sentence[1])]
        whole = masked[sentence[0] : sentence[1]]
        if direct.in_headline(span, self.headline):
            return False
        if span in self.continued and self.found and self.found[-1][2].paragraph == span.paragraph:
            # The rest of a quote cut around its incise: the first part's speaker, cue and kind.
            first = self.found[-1][2]
            rest = self._quote(span.text, first.type, None, None, span.paragraph)
            self.found.append((span.paragraph, span.start, replace(first, text=rest.text)))
            return True
        own = direct.own_attribution(before, tail, self.lexicon)
        if handed_over(before, self.lexicon):  # "… called it “…” and said, “…”": the sentence's subject
            report = analyze(whole, self.lexicon, self.registry.knows, span.start - sentence[0])
            own = (report.speaker, report.cue, True) if report else own
        refused = direct.title_cased(span.text) or direct.rejected(
            span, before, tail, whole, lexicon=self.lexicon, headline=self.headline
        )
        if own is None and refused:
            kept = self._previous_in_paragraph(span) if direct.standalone(before, tail) else (None, None)
            if kept[0] is None or direct.heading(span, before, tail):
                return False
        if own is not None:
            resolved = self._resolve(own[0])
            cue = own[1]
            kind = "direct" if own[2] else "partial"
            self._emit(
                span.paragraph, span.start, self._quote(span.text, kind, resolved, cue, span.paragraph), resolved
            )
            return True
        if direct.standalone(before, tail):
            if direct.heading(span, before, tail):
                return False
            found, found_cue = self._fallback(span, before, tail, sentence)
            if found is None and not direct.long_enough(span):
                return False
            self._emit(
                span.paragraph, span.start, self._quote(span.text, "direct", found, found_cue, span.paragraph), found
            )
            return True
        earlier = [q for p, o, q in self.found if p == span.paragraph and o >= sentence[0] and q.type != "indirect"]
        if earlier and earlier[-1].speaker and not self._recued(masked, sentence[0], span.start):
            split, split_cue = self._previous_in_paragraph(span)
            kind = "direct" if INTRODUCED.search(before) else "partial"
            self._emit(
                span.paragraph, span.start, self._quote(span.text, kind, split, split_cue, span.paragraph), split
            )
            return True
        if INTRODUCED.search(before) and direct.long_enough(span):
            # Introduced with no attribution of its own ("As a parent, “…”"): the paragraph's speaker so far,
            # unless the introduction names someone else ("Güvercin aber sagt, es brauche mehr: “…”").
            kept_so_far: Attribution = (None, None)
            if not self._names_someone(before):
                kept_so_far = self._previous_in_paragraph(span)
            intro_speaker, intro_cue = kept_so_far
            self._emit(
                span.paragraph,
                span.start,
                self._quote(span.text, "direct", intro_speaker, intro_cue, span.paragraph),
                intro_speaker,
            )
            return True
        report = analyze(whole, self.lexicon, self.registry.knows, span.start - sentence[0])
        if report is None:
            inherited, inherited_cue = self._previous_in_paragraph(span)
            if inherited is None or not direct.long_enough(span):
                return False
            self._emit(
                span.paragraph,
                span.start,
                self._quote(span.text, "partial", inherited, inherited_cue, span.paragraph),
                inherited,
            )
            return True
        resolved = self._resolve(report.speaker, report.cue)
        self._emit(
            span.paragraph,
            span.start,
            self._quote(span.text, "partial", resolved, report.cue, span.paragraph),
            resolved,
        )
        return True

    def _indirect(self, paragraph: int, sentence: tuple[int, int]) -> None:
        start, end = sentence
        masked = self.masked[paragraph][start:end]
        # The three tests only end the reading (none changes anything), so the cheaper ones go first.
        if not may_report(masked, self.lexicon):
            return
        report = analyze_cued(masked, self.lexicon, self.registry.knows)
        if report is None or report.start < 0 or report.end <= report.start:
            return
        if direct.title_cased(self.paragraphs[paragraph][start:end]):
            return
        source = self.paragraphs[paragraph]
        if report.gap is None:
            text = source[start + report.start : start + report.end].strip()
        else:  # the attribution set inside the clause is left out
            gap_start, gap_end = report.gap
            before, after = (
                source[start + report.start : start + gap_start],
                source[start + gap_end : start + report.end],
            )
            text = f"{before.strip()} {after.strip()}"
        if direct.word_count(text) < 3:
            return
        resolved = self._resolve(report.speaker, report.cue)
        self._emit(
            paragraph, start + report.start, self._quote(text, "indirect", resolved, report.cue, paragraph), resolved
        )

    def _second_clause(self, paragraph: int, start: int, end: int) -> None:
        """'X said it was “…” and that CLAUSE': the clause with no quoted words is indirect speech too."""
        masked = self.masked[paragraph]
        found = self.lexicon.second_clause_re.search(masked, start, end)
        if found is None or MASK_CHAR in masked[found.end() : end] or not self.found:
            return
        stop = found.end() + clause_end(masked[found.end() : end], 0, self.lexicon)
        text = self.paragraphs[paragraph][found.end() : stop].strip()
        last = self.found[-1][2]
        if direct.word_count(text) >= MIN_CLAUSE_WORDS and last.paragraph == paragraph and last.speaker:
            quote = Quote(
                text=text,
                type="indirect",
                speaker=last.speaker,
                speaker_title=last.speaker_title,
                cue=last.cue,
                paragraph=paragraph,
            )
            self.found.append((paragraph, found.end(), quote))

    def _reading_end(self, order: list[tuple[int, int, int]], opened: dict[int, list[Span]]) -> int:
        """How many sentences of `order` to read: after the last that opens a quote mark or has a cue
        (see :func:`reported.may_report`), no quote can come, so noting names there changes nothing."""
        for index in range(len(order) - 1, -1, -1):
            paragraph, start, end = order[index]
            if any(start <= s.start < end for s in opened.get(paragraph, ())):
                return index + 1
            if may_report(self.masked[paragraph][start:end], self.lexicon):
                return index + 1
        return 0

    def run(self) -> list[Quote]:
        """Every quote of the article, in reading order."""
        inside = {p for s in self.spans for p in range(s.paragraph + 1, s.end_paragraph)}
        opened: dict[int, list[Span]] = {}
        closed: dict[int, list[Span]] = {}
        for span in self.spans:
            opened.setdefault(span.paragraph, []).append(span)
            if span.end_paragraph != span.paragraph:
                closed.setdefault(span.end_paragraph, []).append(span)
        order = [(p, s, e) for p, bounds in enumerate(self.sentences) if p not in inside for s, e in bounds]
        for paragraph, start, end in order[: self._reading_end(order, opened)]:
            self._note_names(paragraph, self.masked[paragraph][start:end], heading=self._heading(paragraph))
            if paragraph not in opened and paragraph not in closed:
                self._indirect(paragraph, (start, end))  # no quote mark opens or closes here
                continue
            starting = [s for s in opened.get(paragraph, ()) if start <= s.start < end]
            ending = [s for s in closed.get(paragraph, ()) if start < s.end <= end]
            emitted = [self._span(span, (start, end)) for span in starting]
            if not any(emitted) and not ending:
                self._indirect(paragraph, (start, end))
            elif any(emitted):
                self._second_clause(paragraph, max(s.end for s in starting), end)
        self.found.sort(key=lambda item: (item[0], item[1]))
        return [quote for _, _, quote in self.found]


def extract(paragraphs: list[str], language: str | None, headline: str | None) -> list[Quote]:
    """Quotes of `paragraphs` (see :func:`newsspider.extract.quotes.extract_quotes`)."""
    texts = [p if isinstance(p, str) and len(p) <= MAX_PARAGRAPH_CHARS else "" for p in paragraphs]
    if not any(t.strip() for t in texts):
        return []
    return ArticleQuotes(texts, get_lexicon(language), headline).run()
