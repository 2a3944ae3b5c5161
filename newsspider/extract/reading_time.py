"""Reading time: as the page shows it, from structured data, and estimated from the body.

The estimate uses 238 words a minute, the average silent reading rate for non-fiction in
Brysbaert (2019), "How many words do we read per minute?"; Chinese and Japanese use characters.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import TYPE_CHECKING, Any

import lxml.etree
import lxml.html

from newsspider.extract.datafiles import load_data
from newsspider.extract.headline_element import headline_element
from newsspider.extract.ld import ld_text
from newsspider.extract.markup import headline_halves, in_story_list, links_elsewhere
from newsspider.extract.text import CJK_LANGUAGES, clean_text, node_text, solid_length
from newsspider.items import ReadingTime

if TYPE_CHECKING:
    from newsspider.extract.page import Page

ISO_DURATION = re.compile(r"^P(?:(?P<d>\d+)D)?T?(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?$", re.IGNORECASE)
# Cheapest tests first: most text nodes fail the keyword test. Script text is dropped in Python afterwards.
SHORT_TEXT_TEMPLATE = (
    ".//text()[string-length(.) < 80][{keywords}][{reading_words} or translate(., '0123456789', '') != .]"
)
DIGIT = re.compile(r"\d")
NON_TEXT_PARENTS = frozenset({"script", "style", "noscript", "template"})
MAX_DISPLAY_LENGTH = 60
MAX_CLIMB = 3
# The article header: the largest block around the headline that is still short. A reading time
# further away belongs to a teaser of another article ("3 min read" on a related card), not to this one.
MAX_HEADER_CLIMB = 4
MAX_HEADER_CHARS = 3000
#: When the header block holds the whole article, the elements right by the headline are read instead.
NEAR_AFTER = 30
NEAR_BEFORE = 5
#: A reading time by the headline is a label: its own words, an icon or two at most, not a block of them.
MAX_LABEL_CHILDREN = 3


def _data() -> dict[str, Any]:
    return load_data("reading_time.json")


@cache
def _candidate_texts() -> lxml.etree.XPath:
    """Short text nodes holding a reading-time keyword, found in one compiled XPath (C speed)."""

    def any_of(words: list[str]) -> str:
        return " or ".join(f"contains(., '{w}')" for w in words)

    return lxml.etree.XPath(
        SHORT_TEXT_TEMPLATE.format(keywords=any_of(_data()["keywords"]), reading_words=any_of(_data()["reading_words"]))
    )


@cache
def _keywords() -> re.Pattern[str]:
    """Any reading-time keyword, lowercased: the cheap test before the patterns."""
    return re.compile("|".join(re.escape(w.lower()) for w in _data()["keywords"]))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Every language's patterns; a page's declared language is often wrong, so all are tried."""
    return tuple(re.compile(p, re.IGNORECASE) for patterns in _data()["patterns"].values() for p in patterns)


def parse_reading_time(text: str | None) -> tuple[str, int] | None:
    """('as displayed', minutes) for a reading-time phrase in `text`; '< 1 min' counts as 1 minute."""
    if not text or len(text) > MAX_DISPLAY_LENGTH * 2:
        return None
    for pattern in _patterns():
        match = pattern.search(text)
        if match:
            # "< 1 min read" and "0 min read" both mean under a minute: counted as 1.
            minutes = max(int(match.group("n")), 1)
            return (clean_text(match.group(0)) or match.group(0), minutes)
    return None


def parse_iso_duration(value: str | None) -> int | None:
    """Whole minutes (rounded up) of an ISO 8601 duration such as 'PT4M' or 'PT90S'."""
    match = ISO_DURATION.match((value or "").strip())
    if not match or not any(match.groupdict().values()):
        return None
    parts = {k: int(v or 0) for k, v in match.groupdict().items()}
    seconds = parts["d"] * 86400 + parts["h"] * 3600 + parts["m"] * 60 + parts["s"]
    return math.ceil(seconds / 60)


def estimate_minutes(word_count: int, language: str | None = None) -> int | None:
    """Minutes to read `word_count` words (characters for Chinese/Japanese); None for no text."""
    if word_count <= 0:
        return None
    rate = int(_data()["characters_per_minute_cjk" if (language or "")[:2] in CJK_LANGUAGES else "words_per_minute"])
    return max(1, math.ceil(word_count / rate))


def _displayed_by_profile(page: Page) -> tuple[str, int] | None:
    for text in page.profile_texts("reading_time"):
        found = parse_reading_time(text)
        if found:
            return found
    return None


def _headline_node(page: Page, headline: str | None) -> lxml.html.HtmlElement | None:
    """The <h1> showing the headline; else the page's headline element (:func:`headline_element`)."""
    if headline:
        for node in page.h1s:
            if clean_text(node.text_content()) == headline:
                return node
    return headline_element(page)


def _header_scope(page: Page, node: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement:
    """Where a displayed reading time may be: the headline's header block, or the page without a headline.
    A wrapper that adds no text to what it wraps (layouts nest a header in several) is no level up."""
    if node is None:
        return page.root
    scope = node
    length = solid_length(scope.text_content())
    levels = 0
    while levels < MAX_HEADER_CLIMB:
        parent = scope.getparent()
        if parent is None:
            break
        text = parent.text_content()
        if len(text) > MAX_HEADER_CHARS:
            break
        parent_length = solid_length(text)
        levels += parent_length > length
        scope, length = parent, parent_length
    return scope


def _beside_headline(page: Page) -> tuple[str, int] | None:
    """A reading time shown right by the headline's <h1> when its header block holds the whole article (so is
    no scope): in the few elements before or after it, not in a list of other stories nor a link elsewhere."""
    before, after = headline_halves(page)
    for node in (*after[:NEAR_AFTER], *before[-NEAR_BEFORE:]):
        text = node.text
        children = len(node)
        if children:
            if children > MAX_LABEL_CHILDREN:
                continue
            # Its own text, with what follows its children (an icon before the words: "<svg/> 1 minuti di lettura").
            text = "".join([text or "", *(child.tail or "" for child in node)])
        if not text or len(text) > MAX_DISPLAY_LENGTH or not DIGIT.search(text):
            continue
        if not _keywords().search(text.lower()) or node.tag in NON_TEXT_PARENTS:
            continue
        found = parse_reading_time(clean_text(text))
        if found and not in_story_list(node) and not links_elsewhere(page, node):
            return found
    return None


def _displayed_in_markup(page: Page, headline: str | None = None) -> tuple[str, int] | None:
    headline_node = _headline_node(page, headline)
    texts: list[Any] = _candidate_texts()(_header_scope(page, headline_node))  # type: ignore[assignment]  # text nodes
    for text in texts:
        node = text.getparent()
        if node is None or node.tag in NON_TEXT_PARENTS:
            continue
        found = parse_reading_time(str(text))
        # The number and the words are often in sibling elements: read the enclosing elements' text.
        for _ in range(MAX_CLIMB):
            if found or node is None:
                break
            whole = node_text(node)
            if len(whole) > MAX_DISPLAY_LENGTH:
                break
            found = parse_reading_time(whole)
            node = node.getparent()
        if found:
            return found
    return _beside_headline(page) if headline_node is not None else None


def extract_reading_time(
    page: Page, word_count: int, language: str | None, headline: str | None = None
) -> ReadingTime | None:
    """Displayed reading time (profile, then markup, then JSON-LD timeRequired) and the estimate."""
    estimated = estimate_minutes(word_count, language)
    displayed = _displayed_by_profile(page)
    source = "profile" if displayed else None
    if not displayed:
        displayed = _displayed_in_markup(page, headline)
        source = "markup" if displayed else None
    if displayed:
        page.set_source("reading_time", source)
        return ReadingTime(
            minutes=displayed[1], displayed=displayed[0], estimated_minutes=estimated, source="displayed"
        )
    required = ld_text((page.article_ld or {}).get("timeRequired"))
    minutes = parse_iso_duration(required)
    if minutes is not None:
        page.set_source("reading_time", "json-ld")
        return ReadingTime(minutes=minutes, displayed=required, estimated_minutes=estimated, source="structured_data")
    if estimated is None:
        return None
    page.set_source("reading_time", "estimate")
    return ReadingTime(minutes=estimated, displayed=None, estimated_minutes=estimated, source="estimated")
