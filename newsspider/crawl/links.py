"""Links worth following from an HTML page, from its parsed tree, with no Scrapy import."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit

from newsspider.extract.text import WHITESPACE, absolute_url

if TYPE_CHECKING:
    import lxml.html

NEXT_LINKS = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
NEXT_ANCHORS = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
FEED_LINKS = (
    "//link[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]"
    "[contains(@type, 'rss') or contains(@type, 'atom')]/@href"
)
ANCHORS = "//a[@href]"
#: Anchor text of "next page" links on sites without rel=next.
NEXT_TEXT = re.compile(
    r"^(next( page)?|older( (posts|articles|stories|entries))?|more (posts|articles|stories)|load more)\b"
    r"|^[»›→]$|^(next|older) ?[»›→]$",
    re.IGNORECASE,
)
#: Paths that are never HTML pages worth a request.
SKIPPED_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".zip", ".mp3", ".mp4", ".css", ".js", ".ico"}
)
WWW = "www."


def site_host(url: str) -> str:
    """The host that names a site: lowercased, without ``www.``."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix(WWW)


def same_site(url: str, other: str) -> bool:
    """Whether two URLs are on the same site (same host, ``www.`` ignored, any scheme or port)."""
    return site_host(url) == site_host(other) and urlsplit(url).port == urlsplit(other).port


def _usable(url: str | None) -> str | None:
    if url is None:
        return None
    url = urldefrag(url)[0]
    path = urlsplit(url).path.lower()
    dot = path.rfind(".")
    if dot > path.rfind("/") and path[dot:] in SKIPPED_EXTENSIONS:
        return None
    return url


def next_page_links(root: lxml.html.HtmlElement, base_url: str) -> list[str]:
    """Pagination: ``rel=next`` links and anchors whose text says next/older."""
    hrefs = [str(h) for h in root.xpath(NEXT_LINKS)] + [str(h) for h in root.xpath(NEXT_ANCHORS)]
    for anchor in root.xpath(ANCHORS):
        text = WHITESPACE.sub(" ", anchor.text_content()).strip()
        if text and NEXT_TEXT.search(text):
            hrefs.append(anchor.get("href"))
    return _absolute(hrefs, base_url)


def feed_links(root: lxml.html.HtmlElement, base_url: str) -> list[str]:
    """RSS/Atom feeds a page announces in its head."""
    return _absolute([str(h) for h in root.xpath(FEED_LINKS)], base_url)


def page_links(root: lxml.html.HtmlElement, base_url: str) -> list[str]:
    """Every anchor's URL, absolute, without fragment, without files that are not pages, in page order."""
    return _absolute([a.get("href") for a in root.xpath(ANCHORS)], base_url)


def _absolute(hrefs: list[str], base_url: str) -> list[str]:
    found = (_usable(absolute_url(base_url, href)) for href in hrefs)
    return list(dict.fromkeys(url for url in found if url))
