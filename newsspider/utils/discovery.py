"""Finding article URLs in sitemaps, RSS/Atom feeds and robots.txt, from raw bytes, with no crawler.

Sitemaps are parsed with Scrapy's own :class:`scrapy.utils.sitemap.Sitemap` (lxml with
``recover=True, resolve_entities=False``); feeds with lxml under the same protections.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from newsspider.extract.text import clean_text

if TYPE_CHECKING:
    from collections.abc import Iterator

logger = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
FEED_PARSER = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
RSS_ITEMS = "//item"
ATOM_ENTRIES = "//*[local-name()='entry']"
ATOM_LINK = "*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
ATOM_DATE = "*[local-name()='updated' or local-name()='published']/text()"
#: Google News sitemaps nest the date (news:news/news:publication_date), which Sitemap does not flatten.
NEWS_SITEMAP_NS = b"sitemap-news"
NEWS_URLS = "//*[local-name()='url'][*[local-name()='news']]"
NEWS_LOC = "string(*[local-name()='loc'])"
NEWS_DATE = "string(*[local-name()='news']/*[local-name()='publication_date'])"


@dataclass(frozen=True, slots=True)
class Entry:
    """A URL found in a sitemap or feed, with the date it carries (lastmod, pubDate, updated)."""

    url: str
    date: str | None = None
    is_sitemap: bool = False


def _maybe_gunzip(body: bytes) -> bytes:
    return gunzip(body) if body[:2] == GZIP_MAGIC else body


def sitemap_entries(body: bytes) -> list[Entry]:
    """Entries of a sitemap or sitemap index (gzip allowed); empty for anything else."""
    data = _maybe_gunzip(body)
    try:
        sitemap = Sitemap(data)
    except (lxml.etree.XMLSyntaxError, ValueError, StopIteration) as exc:  # StopIteration: no element at all
        logger.debug("not a sitemap: %s", exc)
        return []
    is_index = sitemap.type == "sitemapindex"
    if sitemap.type not in {"sitemapindex", "urlset"}:
        return []
    news_dates = _news_dates(data) if NEWS_SITEMAP_NS in data else {}
    entries = []
    for entry in sitemap:
        loc = entry.get("loc")
        if loc:
            date = entry.get("lastmod") or entry.get("publication_date") or news_dates.get(loc.strip())
            entries.append(Entry(url=loc.strip(), date=date, is_sitemap=is_index))
    return entries


def _news_dates(data: bytes) -> dict[str, str]:
    """loc -> news:publication_date of a Google News sitemap."""
    try:
        root = lxml.etree.fromstring(data, parser=FEED_PARSER)
    except lxml.etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    dates = {}
    for url in _elements(root, NEWS_URLS):
        loc, date = str(url.xpath(NEWS_LOC)).strip(), str(url.xpath(NEWS_DATE)).strip()  # string() values
        if loc and date:
            dates[loc] = date
    return dates


def _elements(node: lxml.etree._Element, xpath: str) -> list[lxml.etree._Element]:
    """Elements an XPath selects (lxml types xpath() results as a wide union)."""
    return [n for n in node.xpath(xpath) if isinstance(n, lxml.etree._Element)]  # type: ignore[union-attr]


def _strings(node: lxml.etree._Element, xpath: str) -> list[str]:
    """Attribute or text values an XPath selects, as plain strings."""
    return [str(v) for v in node.xpath(xpath) if isinstance(v, str)]  # type: ignore[union-attr]


def feed_entries(body: bytes) -> list[Entry]:
    """Item links of an RSS 2.0/RSS 1.0 or Atom feed, with their dates; empty for anything else."""
    data = _maybe_gunzip(body).strip()
    if not data:
        return []
    try:
        root = lxml.etree.fromstring(data, parser=FEED_PARSER)
    except lxml.etree.XMLSyntaxError as exc:
        logger.debug("not a feed: %s", exc)
        return []
    if root is None:
        return []
    entries: list[Entry] = []
    for item in _elements(root, RSS_ITEMS):
        link = clean_text(item.findtext("link") or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"))
        if link:
            entries.append(Entry(url=link, date=clean_text(item.findtext("pubDate"))))
    for entry in _elements(root, ATOM_ENTRIES):
        hrefs = _strings(entry, ATOM_LINK)
        dates = _strings(entry, ATOM_DATE)
        if hrefs:
            entries.append(Entry(url=str(hrefs[0]).strip(), date=clean_text(str(dates[0])) if dates else None))
    return entries


def robots_sitemaps(body: bytes, base_url: str) -> Iterator[str]:
    """Sitemap URLs declared in a robots.txt."""
    yield from sitemap_urls_from_robots(body, base_url=base_url)
