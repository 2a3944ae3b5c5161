"""Text lines that are no part of the story, though they sit in its container: stock phrases, credits,
bylines, datelines, notes about the text, contact lines, teasers, runs of links and paywall boxes.

The phrases are data, in ``data/body_boilerplate.json``; the site's own promotions are told by
:mod:`.body_promos`. Each rule reads one collected line (its text and how much of it is links).
"""

from __future__ import annotations

import re

from newsspider.extract.body_clean import DATA, PLACEHOLDER, TRAILING_PUNCTUATION, WHITESPACE_CHARS, is_paywall_notice
from newsspider.extract.body_promos import PROMO_MAX_WORDS, QUOTE_MARKS, LineWords, openers, promotion
from newsspider.extract.bylines import EMAIL, byline_only, cjk_credit, is_agency_credit
from newsspider.extract.dates_parse import date_label, dated_update_line, strip_label

BOILERPLATE_LINES = frozenset(DATA["boilerplate_lines"])
TEASER_START = re.compile("|".join(re.escape(p) for p in DATA["teaser_prefixes"]))
#: Arrows that point a short line with a link to another page: ">> Hier finden Sie alle Termine", "► Mehr dazu"
#: (not "»", which opens a quotation in German).
TEASER_ARROWS = (">>", "→", "►", "▶", "➤", "➔", "⇒", "▸")
#: The subscription box after a paywall notice is made of short lines only.
PAYWALL_BOX_LINE_CHARS = 60
#: A notice over a text that is all there (a soft paywall) is one of its first lines.
PAYWALL_LEAD_LINES = 2
#: Brackets and bullets that frame a stock heading: "【関連記事】", "■ Related", "[PR]".
FRAMING_START = WHITESPACE_CHARS + "■□●◆◇▶►▼【〔["
FRAMING_END = WHITESPACE_CHARS + "】〕]"
#: A line with this share of its text in links, and few words, is a teaser or navigation line.
LINK_LINE_DENSITY = 0.6
LINK_LINE_MAX_WORDS = 25
#: A line mostly of links is kept when it ends like a sentence and has this many characters of its own.
SENTENCE_END = (".", "!", "?", "。")
LINKED_SENTENCE_OWN_CHARS = 8
CREDIT_PREFIXES = tuple(DATA["credit_prefixes"])
CREDIT_SUFFIXES = tuple(DATA["credit_suffixes"])
CREDIT_MAX_WORDS = 15
#: The newsroom's credits at the end of a story name a few people each: "(Reporting by A in Beirut, B in
#: The Hague and C in London; Writing by C; Editing by D)".
STAFF_CREDIT_MAX_WORDS = 60
_STAFF = DATA["staff_credits"]
#: A label and the name it credits ("Reporting by Will Dunham", "Redaktion: Marcus Bensmann").
_STAFF_LABELS = sorted(_STAFF["labels"], key=len, reverse=True)
STAFF_CREDIT_LABEL = re.compile(rf"^[\s(\[–—-]*(?:{'|'.join(map(re.escape, _STAFF_LABELS))})\s*:?\s*")
#: Who contributed, at the end of the line: "… contributed reporting from Hong Kong."
STAFF_CONTRIBUTED = LineWords(
    _STAFF["contributed"],
    re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, _STAFF['contributed']))})(?:\s+(?:from|in)\s+[^.;]{{1,40}})?[.)]?$"
    ),
)
#: A note about the text: where it first appeared, or that it is a translation.
ARTICLE_NOTE_MAX_WORDS = 40
_NOTES = DATA["article_notes"]
ARTICLE_NOTE = re.compile(
    rf"^(?:(?:{'|'.join(map(re.escape, sorted(_NOTES['openers'], key=len, reverse=True)))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _NOTES['phrases']))})(?![^\W\d_])"
)
#: A short line this much made of digits is a date or time ("Freitag, 28.04.2023, 19:25").
DATE_MAX_WORDS = 6
DATE_DIGIT_SHARE = 0.35
#: A labelled date line: "Updated at 1:23 p.m.", "Veröffentlicht am 3. Mai 2024, 10:15 Uhr".
DATE_LABEL_MAX_WORDS = 8
#: A short line with an e-mail address is a contact or credit line ("Get in touch at news@…").
CONTACT_MAX_WORDS = 40
#: A byline line (see :func:`.bylines.byline_only`) is a few words long.
BYLINE_MAX_WORDS = 10
#: An agency credit ("mit Material von dpa, AFP und Reuters") is a few words.
AGENCY_MAX_WORDS = 8
TEASER_MAX_WORDS = 30


def paywall_end(lines: list[str]) -> int | None:
    """Where a paywalled text ends: the index of its paywall notice when only short lines follow it
    (the box selling the subscription); None when there is no notice, or article text follows it.

    Only the run of short lines at the end, and the line before it, are read: a notice with text after
    it ends nothing.
    """
    end = None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if is_paywall_notice(line):
            end = index
        if len(line) > PAYWALL_BOX_LINE_CHARS:
            break
    return end


def paywall_lead(lines: list[str]) -> list[int]:
    """The indexes of paywall notices among the first lines of a text that is all there."""
    return [index for index, line in enumerate(lines[:PAYWALL_LEAD_LINES]) if is_paywall_notice(line)]


def _staff_credit(text: str, lowered: str, tokens: frozenset[str]) -> bool:
    """Whether a line is the newsroom's credit: a label and a name ("(Reporting by Will Dunham; Editing by
    Tom Brown)"), or who contributed ("Keith Bradsher contributed reporting from Hong Kong."), quoting nobody."""
    if not QUOTE_MARKS.isdisjoint(text):
        return False
    label = STAFF_CREDIT_LABEL.match(lowered)
    if label is not None:
        return text[label.end() : label.end() + 1].isupper()
    return STAFF_CONTRIBUTED.search(lowered.strip(), tokens) is not None


def _linked_sentence(text: str, link_chars: int) -> bool:
    """Whether a line mostly of links is still a sentence: it ends like one and has words of its own
    besides the links ("More on our YouTube channel."); a teaser title or a menu does not."""
    return text.endswith(SENTENCE_END) and len(text) - link_chars >= LINKED_SENTENCE_OWN_CHARS


def _byline_line(text: str, words: int) -> bool:
    """Whether a line is only a byline: "Von Nina Magoley", "By A. Smith and B. Jones", "신현주 기자"."""
    return words <= BYLINE_MAX_WORDS and bool(byline_only(text) or cjk_credit(text))


def _dateline(text: str, words: int) -> bool:
    """Whether a line is a labelled date, or a date label alone: "Updated at 1:23 p.m.", "Publiziert",
    or a date with its update: "May 3, 2024 | Updated May 4, 2024"."""
    if words > DATE_LABEL_MAX_WORDS:
        return False
    if date_label(text) is None:
        return dated_update_line(text)
    return any(c.isdigit() for c in text) or not strip_label(text)


def is_boilerplate_line(text: str, link_chars: int, heading: bool = False) -> bool:
    """Whether a collected line is boilerplate: a stock phrase, a photo credit, a bare date, a byline,
    a teaser, or a short line of links."""
    lowered = text.lower().rstrip(TRAILING_PUNCTUATION)
    if (
        lowered in BOILERPLATE_LINES
        or lowered.lstrip(FRAMING_START).rstrip(FRAMING_END) in BOILERPLATE_LINES
        or PLACEHOLDER.match(text)
    ):
        return True
    words = len(text.split())
    credit = lowered.lstrip(FRAMING_START)
    if words <= CREDIT_MAX_WORDS and (credit.startswith(CREDIT_PREFIXES) or lowered.endswith(CREDIT_SUFFIXES)):
        return True
    if text and words <= DATE_MAX_WORDS and sum(c.isdigit() for c in text) >= DATE_DIGIT_SHARE * len(text):
        return True
    if _byline_line(text, words) or _dateline(text, words) or (words <= AGENCY_MAX_WORDS and is_agency_credit(text)):
        return True
    tokens = openers(lowered) if words <= STAFF_CREDIT_MAX_WORDS else frozenset()
    if words <= PROMO_MAX_WORDS and promotion(lowered, tokens):
        return True
    if words <= STAFF_CREDIT_MAX_WORDS and _staff_credit(text, lowered, tokens):
        return True
    if words <= ARTICLE_NOTE_MAX_WORDS and ARTICLE_NOTE.match(lowered) and QUOTE_MARKS.isdisjoint(text):
        return True
    if words <= CONTACT_MAX_WORDS and "@" in text and EMAIL.search(text):
        return True  # "Have a tip? Jane Doe may be reached at jdoe@example.com.", "기자 ninek@…": contact lines
    if (
        link_chars
        and link_chars >= LINK_LINE_DENSITY * len(text)
        and words <= LINK_LINE_MAX_WORDS
        and not _linked_sentence(text, link_chars)
    ):
        return True
    if heading or words > TEASER_MAX_WORDS or not link_chars:
        return False
    return bool(TEASER_START.match(lowered)) or text.lstrip().startswith(TEASER_ARROWS)
