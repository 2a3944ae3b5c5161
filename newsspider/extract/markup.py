"""Markup helpers for the metadata extractors: spaced element text, the stretch around the headline and
the section label shown there."""

from __future__ import annotations

import copy
import re
from itertools import islice
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import lxml.html

from newsspider.extract.datafiles import load_data
from newsspider.extract.headline_element import headline_element
from newsspider.extract.text import VISIBLE_TEXT, absolute_url, clean_text

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: The stretch of the page around the headline where bylines and dates are shown: this many elements
#: before the headline's <h1> and after it (XPath's preceding:: and following:: axes, walked in Python, which
#: stops when it has enough instead of reading the whole rest of the page).
BEFORE_HEADLINE = 60
AFTER_HEADLINE = 250
WHOLE_BODY = lxml.etree.XPath("//body//*")
BODY_CLASSES = lxml.etree.XPath("//body//@class")
CLASS_VALUES_KEY = "class_values"
CLASSES_JOINED_KEY = "class_values_joined"
#: Between class values joined for one search: a character no attribute holds.
CLASS_SEPARATOR = "\x00"
#: Class or id words of lists of other stories, whose dates are theirs, on the date's element or its parent
#: ("teaser" is no such word, nor a name further up: sites name their own header "teaser-textbox" and
#: the block around their article "recentNews").
STORY_LIST_MARK = re.compile(
    r"(?:latest|recent|popular)-?(?:posts|news|articles|stories)|related|most-?read|more-stories|trending"
)
STORY_LIST_LEVELS = 1
#: A date archive's path ("/2024/05/03/", "/archives/2024/05/").
DATE_ARCHIVE = re.compile(r"/(?:19|20)\d{2}(?:/[01]?\d(?:/[0-3]?\d)?)?/?$")
SCREEN_READER_ONLY = lxml.etree.XPath(
    ".//*[contains(@class, 'sr-only') or contains(@class, 'visually-hidden') or contains(@class, 'visuallyhidden')"
    " or contains(@class, 'screen-reader')]"
)


def class_values(page: Page) -> list[Any]:
    """Every class attribute under <body>, each knowing its element (``value.getparent()``), read in one
    scan of the page and shared by the extractors that look for elements by class name."""
    if CLASS_VALUES_KEY not in page.memo:
        page.memo[CLASS_VALUES_KEY] = BODY_CLASSES(page.root)
    found: list[Any] = page.memo[CLASS_VALUES_KEY]
    return found


def classes_holding(page: Page, words: tuple[str, ...]) -> list[Any]:
    """The class values (see :func:`class_values`) holding one of `words` (lowercase) anywhere, case aside, in
    order: str.find over the values joined (once a page), much faster than a regular expression's
    alternation there, as most values hold none of them."""
    values = class_values(page)
    if CLASSES_JOINED_KEY not in page.memo:
        page.memo[CLASSES_JOINED_KEY] = CLASS_SEPARATOR.join(values).lower()
    joined: str = page.memo[CLASSES_JOINED_KEY]
    starts: list[int] = []
    for word in words:
        at = joined.find(word)
        while at != -1:
            starts.append(at)
            at = joined.find(word, at + len(word))
    found: list[Any] = []
    line, counted = 0, 0
    for at in sorted(starts):  # (separators counted once, from one find to the next)
        line += joined.count(CLASS_SEPARATOR, counted, at)
        counted = at
        if not found or found[-1] is not values[line]:
            found.append(values[line])
    return found


def spaced_text(node: lxml.html.HtmlElement) -> str:
    """Text of `node` with a space between text nodes: bylines put names, roles and dates in separate tags."""
    parts: list[str] = VISIBLE_TEXT(node)  # type: ignore[assignment]
    return " ".join(" ".join(parts).split())


def in_story_list(node: lxml.html.HtmlElement) -> bool:
    """Whether `node` or its parent is named as a list of other stories
    ("wp-block-latest-posts__post-date", "related-articles")."""
    for element in (node, *islice(node.iterancestors(), STORY_LIST_LEVELS)):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if marks != " " and STORY_LIST_MARK.search(marks.lower()):
            return True
    return False


def links_elsewhere(page: Page, node: lxml.html.HtmlElement) -> bool:
    """Whether `node` sits in a link to another page: a teaser of another story inside the article
    ("<a href="/other-story"><span class="date">11.04.2022</span> …</a>"). A link to the page itself
    (a WordPress permalink around its date) is no other page."""
    link = next(islice(node.iterancestors("a"), 1), None) if node.tag != "a" else node
    if link is None or not page.url:
        return False
    target = absolute_url(page.url, link.get("href"))
    if target is None or DATE_ARCHIVE.search(urlsplit(target).path):
        return False  # (a blog's date links to that day's archive: still this page's date)
    own = {_page_key(page.url), *(_page_key(absolute_url(page.url, href) or "") for href in page.head_tags.canonical)}
    return _page_key(target) not in own


def _page_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def seen_text(node: lxml.html.HtmlElement) -> str:
    """:func:`spaced_text` without what only screen readers get ("sr-only", "visually-hidden"): a date shown
    as "30.01.2024" with "30. Januar 2024" for screen readers reads "30.01.2024"."""
    if not len(node) or not SCREEN_READER_ONLY(node):  # (an element with no children hides nothing)
        return spaced_text(node)
    seen = copy.deepcopy(node)
    hidden: list[lxml.html.HtmlElement] = SCREEN_READER_ONLY(seen)  # type: ignore[assignment]
    for element in hidden:
        element.drop_tree()  # (keeps its tail, which is visible)
    return spaced_text(seen)


def _following(node: lxml.html.HtmlElement, limit: int) -> list[lxml.html.HtmlElement]:
    """The first `limit` elements after `node` and outside it, in document order."""
    found: list[lxml.html.HtmlElement] = []
    current: lxml.html.HtmlElement | None = node
    while current is not None:
        for sibling in current.itersiblings():
            for element in sibling.iter():
                if isinstance(element.tag, str):
                    found.append(element)
                    if len(found) >= limit:
                        return found
        current = current.getparent()
    return found


def _preceding(node: lxml.html.HtmlElement, limit: int) -> list[lxml.html.HtmlElement]:
    """The last `limit` elements before `node` and not its ancestors, in document order."""
    found: list[lxml.html.HtmlElement] = []
    current: lxml.html.HtmlElement | None = node
    while current is not None:
        for sibling in current.itersiblings(preceding=True):
            for element in reversed(list(sibling.iter())):
                if isinstance(element.tag, str):
                    found.append(element)
                    if len(found) >= limit:
                        return found[::-1]
        current = current.getparent()
    return found[::-1]


def headline_halves(page: Page) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
    """The elements before and after the headline's <h1> (both empty when the page has none), computed once."""
    if "headline_halves" not in page.memo:
        h1 = headline_element(page)
        page.memo["headline_halves"] = (
            ([], []) if h1 is None else (_preceding(h1, BEFORE_HEADLINE), _following(h1, AFTER_HEADLINE))
        )
    halves: tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]] = page.memo["headline_halves"]
    return halves


def near_headline(page: Page, *, after_first: bool = False) -> list[lxml.html.HtmlElement]:
    """Elements around the headline's <h1>, in page order (with `after_first`, those after it come first);
    the whole body when the page has no <h1>."""
    key = f"near_headline:{after_first}"
    if key not in page.memo:
        before, after = headline_halves(page)
        nodes = after + before if after_first else before + after
        if not nodes:
            everything: list[lxml.html.HtmlElement] = WHOLE_BODY(page.root)  # type: ignore[assignment]
            nodes = [node for node in everything if isinstance(node.tag, str)]
        page.memo[key] = nodes
    found: list[lxml.html.HtmlElement] = page.memo[key]
    return found


def _words(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")


_SECTION_WORDS = load_data("sections.json")
#: Class, id or itemprop of an element showing the section label ("post-card-primary-tag", "kicker").
SECTION_MARK = _words(_SECTION_WORDS["label"])
BREADCRUMB_MARK = _words(_SECTION_WORDS["breadcrumb"])
NOT_SECTION_MARK = _words(_SECTION_WORDS["not_label"])
MAX_SECTION_TEXT = 40
MAX_SECTION_WORDS = 4
#: A label element holds the label and at most a short caption ("Categories: Education").
MAX_LABEL_BLOCK = 80
MAX_BREADCRUMB_TEXT = 400
MAX_LABEL_ELEMENTS = 6
MAX_BREADCRUMB_ELEMENTS = 40


def _marks(node: lxml.html.HtmlElement) -> str:
    marks = (node.get("class"), node.get("id"), node.get("itemprop"), node.get("aria-label"), node.get("itemtype"))
    return " ".join(mark for mark in marks if mark).casefold()


def section_label(text: str | None) -> str | None:
    """`text` cleaned when it can be a section label: a few words with letters."""
    text = clean_text(text)
    if not text or len(text) > MAX_SECTION_TEXT or len(text.split()) > MAX_SECTION_WORDS:
        return None
    return text if any(c.isalpha() for c in text) else None


def _breadcrumb_section(page: Page, node: lxml.html.HtmlElement) -> str | None:
    """The last crumb that is neither the home page nor the article itself."""
    if len(spaced_text(node)) > MAX_BREADCRUMB_TEXT:
        return None
    here = urlsplit(page.url).path.rstrip("/")
    crumbs = []
    for link in node.iter("a"):
        path = urlsplit(absolute_url(page.url, link.get("href")) or "").path.rstrip("/")
        if path and path != here:
            crumbs.append(spaced_text(link))
    return section_label(crumbs[-1]) if crumbs else None


def _label_section(node: lxml.html.HtmlElement) -> str | None:
    text = spaced_text(node)
    if len(text) > MAX_LABEL_BLOCK:
        return None
    links = [spaced_text(link) for link in node.iter("a")]
    return section_label(links[0] if links else text)


def _small(node: lxml.html.HtmlElement, limit: int) -> bool:
    """Whether `node` has at most `limit` elements, found without walking a large subtree."""
    return next(islice(node.iter(), limit, None), None) is None


def _category_link(node: lxml.html.HtmlElement) -> str | None:
    if node.tag == "a" and "category" in (node.get("rel") or "").split():
        return section_label(spaced_text(node))
    return None


def _marked_section(page: Page, node: lxml.html.HtmlElement) -> str | None:
    marks = _marks(node)
    if not marks:
        return None
    if BREADCRUMB_MARK.search(marks) or "breadcrumblist" in marks:
        return _breadcrumb_section(page, node) if _small(node, MAX_BREADCRUMB_ELEMENTS) else None
    if node.tag != "nav" and SECTION_MARK.search(marks) and not NOT_SECTION_MARK.search(marks):
        return _label_section(node) if _small(node, MAX_LABEL_ELEMENTS) else None
    return None


def markup_section(page: Page) -> str | None:
    """The section label shown with the headline: a breadcrumb's last section or a primary-tag, kicker or
    category element before the headline, else a link marked rel="category" (WordPress, also after it).

    Marked elements after the headline are not read: there they title other stories' boxes ("More in Sport").
    """
    before, after = headline_halves(page)
    for node in before:
        found = _category_link(node) or _marked_section(page, node)
        if found:
            return found
    for node in after:
        found = _category_link(node)
        if found:
            return found
    return None
