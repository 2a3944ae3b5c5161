"""Is this page an article? A pure decision over a parsed :class:`~newsspider.extract.Page`.

The evidence, strongest first:

1. the site profile's URL patterns (``deny_url``, ``article_url``), when the page has a profile;
2. URL shapes of hub pages (``/tag/``, ``/author/``, ``/category/``, ``/search``, ``?s=``);
3. an article type in JSON-LD (``NewsArticle`` and kin) or ``og:type`` ``article``;
4. weaker hub evidence: pagination and archive URLs, the site's root path, hub JSON-LD types
   (``CollectionPage``, ``ProfilePage``...), ``og:type`` ``profile``;
5. the page's text: enough paragraph text with few links in it is an article, a page that is mostly
   links is a listing; an article-shaped URL (a date or a long slug) tips a short text over.

``og:type`` ``website`` and a JSON-LD ``Person`` decide nothing: many article pages carry them.

No Scrapy, no network: the spider calls :func:`classify_page` and decides what to do with the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.extract.page import ld_types
from newsspider.extract.selectors import ARTICLE_LD_TYPES
from newsspider.extract.text import WHITESPACE

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.page import Page


class PageKind(StrEnum):
    """What a page is, as far as the crawl cares."""

    ARTICLE = "article"
    TAG = "tag_page"
    AUTHOR = "author_page"
    SECTION = "section_page"
    SEARCH = "search_page"
    HOME = "home_page"
    LISTING = "listing_page"
    OTHER = "not_article"


@dataclass(frozen=True, slots=True)
class Verdict:
    """A page's kind and the evidence that decided it (``json_ld:NewsArticle``, ``url:tag``...)."""

    kind: PageKind
    evidence: str

    @property
    def is_article(self) -> bool:
        return self.kind is PageKind.ARTICLE


#: Hub URL shapes that outweigh any markup, matched against the path (and query) in this order.
HUB_URL_PATTERNS: tuple[tuple[PageKind, re.Pattern[str]], ...] = (
    (PageKind.SEARCH, re.compile(r"(^|/)search(/|$|\?)|[?&](s|q|query|search)=", re.IGNORECASE)),
    (PageKind.TAG, re.compile(r"/(tags?|topics?|keywords?|schlagwort)/", re.IGNORECASE)),
    (PageKind.AUTHOR, re.compile(r"/(authors?|writers?|contributors?|autor(en)?)/", re.IGNORECASE)),
    (PageKind.SECTION, re.compile(r"/(category|categories|section|sections|rubrik|ressort)/", re.IGNORECASE)),
)
#: Listing URL shapes that article markup outweighs (a first ``?page=1`` appears on article URLs too).
LISTING_URL = re.compile(r"/page/\d+/?$|[?&]page=(?:[2-9]|\d{2,})|/(archive|archives|news-archive)/?$", re.IGNORECASE)
#: JSON-LD types of pages that list or describe other things.
HUB_LD_TYPES: dict[str, PageKind] = {
    "SearchResultsPage": PageKind.SEARCH,
    "ProfilePage": PageKind.AUTHOR,
    "Series": PageKind.TAG,
    "CollectionPage": PageKind.LISTING,
    "ItemList": PageKind.LISTING,
}
OG_HUB_TYPES: dict[str, PageKind] = {"profile": PageKind.AUTHOR}
OG_ARTICLE_TYPES = frozenset({"article", "news", "news_article", "newsarticle", "blog", "video.other"})

#: A date in the path (``/2025/08/01/``, ``/2025-08-01-``) or a slug of at least this many words.
DATED_PATH = re.compile(r"/(19|20)\d{2}[/-](0?[1-9]|1[0-2])([/-]|$)")
SLUG_MIN_WORDS = 4
SLUG_WORD = re.compile(r"[a-z0-9\u00c0-\uffff]+", re.IGNORECASE)

PARAGRAPHS = "//p[not(ancestor::nav) and not(ancestor::footer) and not(ancestor::header)]"
LINK_TEXT = ".//a//text()"
DIRECT_TEXT = "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::a)]"
#: Paragraph text an article has at least, and how little of it may sit in links.
ARTICLE_MIN_CHARS = 800
ARTICLE_SHORT_MIN_CHARS = 250
MAX_LINK_DENSITY = 0.3
MIN_PARAGRAPH_CHARS = 40


def classify_page(page: Page) -> Verdict:
    """The kind of a parsed page and the evidence for it."""
    url = page.url
    profile = page.profile
    if profile is not None:
        target = _path_and_query(url)
        if any(p.search(target) for p in profile.deny_url):
            return Verdict(PageKind.OTHER, "profile:deny_url")
        if profile.article_url and profile.is_article_url(url):
            return Verdict(PageKind.ARTICLE, "profile:article_url")
    hub = hub_kind_from_url(url)
    if hub is not None:
        return Verdict(hub, f"url:{hub.value}")
    types: set[str] = set()
    for obj in page.json_ld:
        types |= ld_types(obj)
    article_types = sorted(types & ARTICLE_LD_TYPES)
    if article_types:
        return Verdict(PageKind.ARTICLE, f"json_ld:{article_types[0]}")
    og_type = (page.meta_first("og:type") or "").strip().lower()
    if og_type in OG_ARTICLE_TYPES:
        return Verdict(PageKind.ARTICLE, f"og:type:{og_type}")
    if LISTING_URL.search(_path_and_query(url)):
        return Verdict(PageKind.LISTING, "url:listing_page")
    if is_home_url(url):
        return Verdict(PageKind.HOME, "url:home")
    for ld_type, kind in HUB_LD_TYPES.items():
        if ld_type in types:
            return Verdict(kind, f"json_ld:{ld_type}")
    if og_type in OG_HUB_TYPES:
        return Verdict(OG_HUB_TYPES[og_type], f"og:type:{og_type}")
    return _text_verdict(page.root, url)


def hub_kind_from_url(url: str) -> PageKind | None:
    """The hub kind a URL's shape announces (tag, author, section, search, pagination), if any."""
    target = _path_and_query(url)
    for kind, pattern in HUB_URL_PATTERNS:
        if pattern.search(target):
            return kind
    return None


def is_home_url(url: str) -> bool:
    """Whether the URL is a site's home page (root path, no query)."""
    parts = urlsplit(url)
    return parts.path in {"", "/"} and not parts.query


def has_article_url_shape(url: str) -> bool:
    """A dated path or a long hyphenated slug as the last path segment."""
    path = urlsplit(url).path
    if DATED_PATH.search(path):
        return True
    last = path.rstrip("/").rsplit("/", 1)[-1]
    last = last.rsplit(".", 1)[0] if "." in last else last
    return "-" in last and len(SLUG_WORD.findall(last)) >= SLUG_MIN_WORDS


def _text_verdict(root: lxml.html.HtmlElement, url: str) -> Verdict:
    text_chars = 0
    link_chars = 0
    for p in root.xpath(PARAGRAPHS):
        text = WHITESPACE.sub(" ", p.text_content()).strip()
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        text_chars += len(text)
        link_chars += len(WHITESPACE.sub(" ", "".join(p.xpath(LINK_TEXT))).strip())
    if text_chars == 0:
        if _largest_text_block(root) >= ARTICLE_MIN_CHARS:
            return Verdict(PageKind.ARTICLE, "text:block")
        return Verdict(PageKind.LISTING if _link_count(root) else PageKind.OTHER, "text:none")
    if link_chars / text_chars > MAX_LINK_DENSITY:
        return Verdict(PageKind.LISTING, "text:link_density")
    if text_chars >= ARTICLE_MIN_CHARS:
        return Verdict(PageKind.ARTICLE, "text:long")
    if text_chars >= ARTICLE_SHORT_MIN_CHARS and has_article_url_shape(url):
        return Verdict(PageKind.ARTICLE, "text:short+url")
    return Verdict(PageKind.OTHER, "text:short")


def _largest_text_block(root: lxml.html.HtmlElement) -> int:
    """The most text held directly by one element (text split by ``<br>``, no ``<p>``), in characters."""
    sizes: dict[lxml.html.HtmlElement, int] = {}
    for text in root.xpath(DIRECT_TEXT):
        parent = text.getparent()
        if parent is not None and parent.tag == "br":  # a <br>'s tail belongs to the block around it
            parent = parent.getparent()
        if parent is not None:
            sizes[parent] = sizes.get(parent, 0) + len(text.strip())
    return max(sizes.values(), default=0)


def _link_count(root: lxml.html.HtmlElement) -> int:
    return int(root.xpath("count(//a[@href])"))


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path
