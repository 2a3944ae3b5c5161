"""The last resort for the published date: a date written as plain text near the headline.

Some pages declare no date anywhere and mark none with a class name or ``<time>``; they still print
it for readers: "publiziert am 25. September 2018", "기사입력 :[ 2018-08-25 15:24 ]", "18 NOV 2019".
This reads the text nodes around the headline, in page order (after it first), and takes the first
that is a labelled date, or, after the headline, a short line that is a date and nothing else (a
bare date above it is as often today's date in the page header). A year must be written out, so
that a relative "2 hours ago" or a reading time is never taken for a date here. A page with no
<h1> has no "after": only labelled dates count there.

Past the headline's reach, one more place prints the date: the byline, right after the author's link
("Von <a rel="author">israel news</a> am 21/02/2021. Abgelegt unter …"), which some templates put under
the article (:func:`byline_date`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from newsspider.extract.dates_parse import DIGIT_RUN, HAS_YEAR, date_label, parse_text, strip_label
from newsspider.extract.markup import headline_halves, in_story_list, links_elsewhere, near_headline

if TYPE_CHECKING:
    from collections.abc import Iterator

    import lxml.html

    from newsspider.extract.page import Page

#: Elements whose text is never the article's date: code, links (related stories carry their own dates).
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "a", "option", "button"})
#: A labelled date keeps its label within a short line ("Posted on Monday, 18 November 2019 at 09:00").
MAX_LABELLED_TEXT = 80
#: An unlabelled line is a date and nothing else: short, with a day besides the year ("© 2019" is none).
MAX_BARE_TEXT = 32
MIN_BARE_NUMBERS = 2
MIN_BARE_TEXT = 6
#: How many text nodes are tried before giving up (parsing is the costly step).
MAX_TRIED = 8
#: Links to an author's page that a byline marks as such (rel="author").
AUTHOR_LINKS = etree.XPath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")
#: How many author links are read for a date after them.
MAX_AUTHOR_LINKS = 3
#: Where the date's clause ends in the text after the author's link: a full stop before a space, a bar.
CLAUSE_END = re.compile(r"\.\s|[|•·]")


def _texts(node: lxml.html.HtmlElement, parent_skipped: bool) -> Iterator[str]:
    if node.text and node.tag not in SKIPPED_TAGS:
        yield node.text
    if node.tail and not parent_skipped:
        yield node.tail


def _candidates(page: Page) -> Iterator[tuple[str, bool]]:
    """(text, whether it is labelled as an update) of the date lines near the headline, in page order."""
    after = headline_halves(page)[1]
    bare_allowed = True
    for index, node in enumerate(near_headline(page, after_first=True)):
        if index == len(after):
            bare_allowed = False
        if in_story_list(node) or links_elsewhere(page, node):
            continue
        parent = node.getparent()
        for raw in _texts(node, parent is not None and parent.tag in SKIPPED_TAGS):
            text = " ".join(raw.split())
            if len(text) < MIN_BARE_TEXT or len(text) > MAX_LABELLED_TEXT or not HAS_YEAR.search(text):
                continue
            label = date_label(text)
            if label in {"published", "modified"} or (
                bare_allowed
                and label is None
                and len(text) <= MAX_BARE_TEXT
                and len(DIGIT_RUN.findall(text)) >= MIN_BARE_NUMBERS
            ):
                yield text, label == "modified"


def written_date(page: Page, language: str | None) -> tuple[str, str] | None:
    """(ISO date, text as shown) of the first date written out near the headline, or None. A date
    labelled as an update ("Stand: 28.04.2023 17:23 Uhr") is taken only when no other is written."""
    updated: tuple[str, str] | None = None
    for tried, (text, is_update) in enumerate(_candidates(page)):
        if tried >= MAX_TRIED:
            break
        if is_update and updated is not None:
            continue
        shown = strip_label(text)
        iso = parse_text(shown, language, page.fetched_at)
        if iso and not is_update:
            return iso, shown
        if iso:
            updated = iso, shown
    return updated


def byline_date(page: Page, language: str | None) -> tuple[str, str] | None:
    """(ISO date, text as shown) that a byline writes right after the author's link, anywhere on the page
    ("Von <a rel="author">X</a> am 21/02/2021. Abgelegt unter …" under the article), or None."""
    links: list[lxml.html.HtmlElement] = AUTHOR_LINKS(page.root)  # type: ignore[assignment]
    for link in links[:MAX_AUTHOR_LINKS]:
        tail = " ".join((link.tail or "").split())
        clause = CLAUSE_END.split(tail, maxsplit=1)[0]
        if len(clause) > MAX_LABELLED_TEXT or not HAS_YEAR.search(clause) or in_story_list(link):
            continue
        shown = strip_label(clause)
        iso = parse_text(shown, language, page.fetched_at)
        if iso:
            return iso, shown
    return None
