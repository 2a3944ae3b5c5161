"""Publication and modification dates: profile, JSON-LD, meta tags, <time>, visible byline text, URL.

Structured values are normalised without dateparser (:func:`~.dates_parse.parse_iso`); the visible date
text is found next to the headline or byline and read in the page's language, and becomes
``published_raw`` when it names the same day as the published date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING, Any

from lxml import etree

from newsspider.extract.dates_parse import (
    DIGIT_RUN,
    HAS_YEAR,
    counted_back,
    cut_at_update,
    date_label,
    parse_iso,
    parse_text,
    same_day,
    same_moment,
    strip_label,
)
from newsspider.extract.dates_script import script_date
from newsspider.extract.dates_text import byline_date, written_date
from newsspider.extract.headline_element import headline_element
from newsspider.extract.ld import ld_text
from newsspider.extract.ld_graph import article_objects
from newsspider.extract.markup import in_story_list, links_elsewhere, near_headline, seen_text
from newsspider.extract.metadata import page_language
from newsspider.extract.reading_time import parse_reading_time

if TYPE_CHECKING:
    from collections.abc import Iterator

    import lxml.html

    from newsspider.extract.page import Page

PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published:time",
    "og:published_time",
    "datepublished",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "date",
    "datecreated",
    "release_date",
)
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified:time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
)
#: Microdata and <time pubdate> values; each XPath reads the document once (a union of paths reads it per path).
PUBLISHED_MARKUP = etree.XPath(
    "//*[@itemprop='datePublished' or (self::time and @pubdate)]"
    "/@*[name()='datetime' or (name()='content' and ../@itemprop='datePublished')]",
    smart_strings=True,
)
MODIFIED_MARKUP = etree.XPath(
    "//*[@itemprop='dateModified']/@*[name()='datetime' or name()='content']", smart_strings=True
)
#: <time> elements of the article (its header and byline), before any elsewhere on the page.
ARTICLE_TIMES = etree.XPath(
    "//time[ancestor::article or ancestor::main or ancestor::header]/@datetime", smart_strings=True
)
ANY_TIME = etree.XPath("//time/@datetime")
#: Class or id of an element that shows a date.
#: Matched against lowercased class and id (faster than a case-insensitive pattern).
DATE_CLASS = re.compile(r"date|time|publish|posted|dateline|datum|fecha|data|changed|modified")
#: Class words of the date of something other than the article: a broadcast, an event ("broadcastDate",
#: "cssProgramHintDate", "event-date").
OTHER_DATE_CLASS = re.compile(r"broadcast|sendung|ausstrahlung|airdate|programhint|event")
DATE_ITEMPROP = frozenset({"datePublished", "dateModified", "dateCreated"})
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "img", "meta", "link", "a"})
NAIVE_LENGTH = len("YYYY-MM-DDTHH:MM:SS")
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
MAX_VISIBLE_TEXT = 80
MAX_VISIBLE_CANDIDATES = 12
MAX_PARSED_CANDIDATES = 6
SHORT_DATE_TEXT = 32
RAW_SEPARATOR = re.compile(r"\s+[•|·]\s+")
RAW_TRAILING = " •|·/-–—"


@dataclass(slots=True)
class Dates:
    """The article's dates: ISO 8601 strings with the page's offset, and the published date as shown."""

    published: str | None = None
    modified: str | None = None
    published_raw: str | None = None


@dataclass(slots=True)
class _Found:
    """A date value and where it came from."""

    iso: str
    raw: str
    source: str


def _from_values(values: list[str], source: str, language: str | None) -> _Found | None:
    for raw in values:
        iso = parse_text(raw, language)
        if iso:
            return _Found(iso, raw, source)
    return None


def _ld_dates(page: Page, key: str, language: str | None) -> _Found | None:
    values = [text for obj in article_objects(page) if (text := ld_text(obj.get(key)))]
    return _from_values(values, "json-ld", language)


def _meta_dates(page: Page, keys: tuple[str, ...], language: str | None) -> _Found | None:
    values = [v for key in keys for v in page.meta.get(key, [])]
    return _from_values(values, "meta", language)


def _markup_dates(page: Page, xpath: etree.XPath, language: str | None) -> _Found | None:
    """The first date `xpath` finds that is not another story's: a teaser's <article> in a list of
    them has its own datePublished."""
    values: list[Any] = xpath(page.root)  # type: ignore[assignment]
    own = [str(value) for value in values if not _in_other_story(page, value.getparent())]
    return _from_values(own, "markup", language)


def _in_other_story(page: Page, node: lxml.html.HtmlElement | None) -> bool:
    return node is not None and (in_story_list(node) or _in_other_article(page, node))


def _in_other_article(page: Page, node: lxml.html.HtmlElement | None) -> bool:
    """Whether `node` lies in an <article> other than the one holding the headline (when the headline
    is in one: a page whose <h1> sits above its <article> has no other stories to tell apart)."""
    headline = headline_element(page)
    story = next(headline.iterancestors("article"), None) if headline is not None else None
    if node is None or story is None:
        return False
    article = next(node.iterancestors("article"), None)
    return article is not None and article is not story and story not in article.iterancestors("article")


def _shows_date(node: lxml.html.HtmlElement) -> bool:
    tag = node.tag
    if tag in SKIPPED_TAGS:
        return False
    get = node.get
    if tag == "time" or get("itemprop") in DATE_ITEMPROP:
        return True
    css, ident = get("class"), get("id")
    if not (css or ident):
        return False
    marks = f"{css or ''} {ident or ''}".lower()
    return DATE_CLASS.search(marks) is not None and OTHER_DATE_CLASS.search(marks) is None


def _visible_nodes(page: Page) -> Iterator[tuple[str, lxml.html.HtmlElement]]:
    """Short texts of elements that show a date, near the headline, in page order; read only as far as
    the caller asks (the published date usually sits right under the headline)."""
    seen: set[str] = set()
    for node in near_headline(page, after_first=True):
        if not _shows_date(node) or in_story_list(node) or links_elsewhere(page, node):
            continue
        text = seen_text(node)
        if not text or len(text) > MAX_VISIBLE_TEXT or not any(c.isdigit() for c in text) or text in seen:
            continue
        seen.add(text)
        yield text, node
        if len(seen) >= MAX_VISIBLE_CANDIDATES:
            return


def _profile_raw(page: Page) -> str | None:
    return page.profile_text("date_raw")


def _mentions_day(text: str, iso: str) -> bool:
    """Whether `text` has the day of month of `iso` as a number (cheap test before parsing)."""
    day = int(iso[8:10])
    return any(int(number) == day for number in DIGIT_RUN.findall(text) if len(number) <= 2)


def _shown_iso(text: str, published: _Found | None, page: Page, language: str | None) -> str | None:
    """The date `text` shows, when it can be the published date; parsed only when it must be."""
    if published is None:
        # (An "Updated"/"Stand:" date is kept too: with no other date shown, it is the article's.)
        return parse_text(text, language, page.fetched_at) or parse_text(_raw(text), language, page.fetched_at)
    if not _mentions_day(text, published.iso):
        return None
    years = HAS_YEAR.findall(text)
    if years:
        # The published day and year in the text: that day, without asking dateparser.
        return published.iso if published.iso[:4] in years else None
    iso = parse_text(text, language, page.fetched_at)
    return iso if same_day(iso, published.iso) else None


def _profile_shown(page: Page, language: str | None) -> _Found | None:
    raw = _profile_raw(page)
    iso = parse_text(raw, language, page.fetched_at) if raw else None
    return _Found(iso, raw, "profile") if iso and raw else None


def _visible_published(page: Page, published: _Found | None, language: str | None) -> tuple[_Found | None, str | None]:
    """The published date as shown (the same day as `published`, or the first date not labelled
    'Updated'), and the text of a date labelled as an update, if one is shown.

    An element inside a long byline text wins over it (the byline holds the date element). A date
    labelled as an update ("Updated 9:22 PM EST, Mon November 6, 2023") is a later moment than the
    publication, even on the same day: it is the published date as shown only when no other shown date
    names the day, and when the page declares no other date or it shows the declared moment (a page
    never updated that labels its one date "Stand:").
    """
    best: tuple[str, lxml.html.HtmlElement, str] | None = None
    updated: _Found | None = None
    for parsed, (text, node) in enumerate(_visible_nodes(page)):
        if parsed >= MAX_PARSED_CANDIDATES or (best and best[1] not in node.iterancestors()):
            break
        if best and len(_raw(best[0])) <= SHORT_DATE_TEXT:
            # The element found first shows the date and little else: keep its time with it.
            break
        iso = _shown_iso(text, published, page, language)
        if not iso:
            continue
        if date_label(text) == "modified":
            updated = updated or _Found(iso, _raw(text), "heuristic")
        else:
            best = (text, node, iso)
    update_text = updated.raw if updated else None
    if best:
        return _Found(best[2], _raw(best[0]), "heuristic"), update_text
    if updated is None or published is None:
        return updated, update_text
    shown = parse_text(updated.raw, language, page.fetched_at)
    return (updated if shown and same_moment(shown, published.iso) else None), update_text


def _shown_update(text: str | None, published: _Found, page: Page, language: str | None) -> _Found | None:
    """The modification date a shown 'Updated …' text gives, when it reads as a later moment than the
    publication (a later day, or a later time of its day)."""
    iso = parse_text(text, language, page.fetched_at) if text else None
    if (
        iso is None
        or iso[:10] < published.iso[:10]
        or (same_day(iso, published.iso) and same_moment(iso, published.iso))
    ):
        return None
    return _Found(iso, text or "", "heuristic")


def _raw(text: str) -> str:
    """A shown date without its label, the 'Updated ...' part after it, what follows a bullet or bar
    (a reading time: "Jun 05, 2026 • 3 minute read") and the separators left at its end."""
    text = cut_at_update(strip_label(text, noise=False)) or text
    parts = RAW_SEPARATOR.split(text)
    kept = list(takewhile(lambda part: any(c.isdigit() for c in part) and parse_reading_time(part) is None, parts))
    if len(kept) not in {0, len(parts)}:
        text = text[: text.index(parts[len(kept)])]
    return text.rstrip(RAW_TRAILING) or text


def _with_offset(found: _Found | None, page: Page, ld_key: str, meta_keys: tuple[str, ...]) -> _Found | None:
    """`found` with the UTC offset another structured source gives for the same local time."""
    if found is None or len(found.iso) != NAIVE_LENGTH:
        return found
    values = [text for obj in article_objects(page) if (text := ld_text(obj.get(ld_key)))]
    values += [v for key in meta_keys for v in page.meta.get(key, [])]
    for raw in values:
        iso = parse_iso(raw)
        if iso and iso.startswith(found.iso) and len(iso) > NAIVE_LENGTH:
            return _Found(iso, found.raw, found.source)
    return found


def _written_out(page: Page, language: str | None) -> _Found | None:
    """A published date the page writes out without declaring it: any <time>, the URL, a script, the text."""
    return _markup_dates(page, ANY_TIME, language) or _url_date(page) or _from_script(page) or _written(page, language)


def _url_date(page: Page) -> _Found | None:
    match = URL_DATE.search(page.url)
    if not match:
        return None
    raw = f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    iso = parse_text(raw)
    return _Found(iso, raw, "url") if iso else None


def _from_script(page: Page) -> _Found | None:
    found = script_date(page)
    return _Found(found[0], found[1], "heuristic") if found else None


def _written(page: Page, language: str | None) -> _Found | None:
    found = written_date(page, language) or byline_date(page, language)
    return _Found(found[0], found[1], "heuristic") if found else None


def _structured_published(page: Page, language: str | None) -> _Found | None:
    return (
        _ld_dates(page, "datePublished", language)
        or _meta_dates(page, PUBLISHED_META, language)
        or _markup_dates(page, PUBLISHED_MARKUP, language)
        or _markup_dates(page, ARTICLE_TIMES, language)
    )


def extract_dates(page: Page) -> Dates:
    """Published and modified dates, and the published date as the page shows it."""
    language = page_language(page)
    structured = _with_offset(_structured_published(page, language), page, "datePublished", PUBLISHED_META)
    shown, update_text = _profile_shown(page, language), None
    if shown is None:
        shown, update_text = _visible_published(page, structured, language)
    published = structured
    if published is None or (shown and shown.source == "profile" and not same_day(shown.iso, published.iso)):
        # The profile's date as shown wins over structured data that names another day.
        published = shown or _written_out(page, language)
        if shown is not None and shown.source != "profile" and counted_back(shown.raw, language, page.fetched_at):
            # "5 hours ago" counts from when the page was made, which a cache may have kept for days: a
            # date written out elsewhere (a <time>, the URL, a script) wins when it names another day.
            written_out = _written_out(page, language)
            if written_out is not None and not same_day(written_out.iso, shown.iso):
                published, shown = written_out, None
    modified = _with_offset(
        _ld_dates(page, "dateModified", language)
        or _meta_dates(page, MODIFIED_META, language)
        or _markup_dates(page, MODIFIED_MARKUP, language),
        page,
        "dateModified",
        MODIFIED_META,
    )
    if published is None:
        return Dates(modified=modified.iso if modified else None)
    modified = modified or _shown_update(update_text, published, page, language)
    page.set_source("date_published", published.source)
    if modified:
        page.set_source("date_modified", modified.source)
    page.set_source("date_published_raw", shown.source if shown else published.source)
    return Dates(
        published=published.iso,
        modified=modified.iso if modified else None,
        published_raw=shown.raw if shown else published.raw,
    )
