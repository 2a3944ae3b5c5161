"""The routing every site spider shares: sitemaps, feeds and listings lead to articles.

A response is recognised by what it is, not by which callback asked for it: robots.txt, a sitemap or
sitemap index, an RSS/Atom feed, an article page (by the site profile's URL shapes) or a listing page
(followed for article links and pagination). Articles are yielded as :class:`FetchedPage` items for the
extraction pipeline; nothing is extracted here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

from newsspider.items import FetchedPage
from newsspider.middlewares.replay import FETCHED_AT_META
from newsspider.sites import get_profile
from newsspider.utils.discovery import feed_entries, robots_sitemaps, sitemap_entries

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from scrapy.http import Response

    from newsspider.sites import SiteProfile

NEXT_PAGE_LINKS = "link[rel~=next]::attr(href), a[rel~=next]::attr(href)"
PAGE_LINKS = "a[href]::attr(href)"
XML_SNIFF_BYTES = 512


class SiteSpider(scrapy.Spider):
    """A spider for one site, driven by its profile (``site`` names a file in ``newsspider/sites``).

    Arguments (``-a name=value``):
      origin      serve the site from another origin (a local mirror such as http://127.0.0.1:8000):
                  start URLs move there and its host is allowed.
      start_urls  comma-separated URLs that replace the profile's start URLs.
    """

    site: ClassVar[str]

    def __init__(self, *args: Any, origin: str | None = None, start_urls: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.profile: SiteProfile = get_profile(self.site)
        self.origin = origin.rstrip("/") if origin else None
        urls = [u.strip() for u in start_urls.split(",") if u.strip()] if start_urls else self.profile.start_urls
        self.start_urls = [self._on_origin(u) for u in urls]
        self.allowed_domains = list(self.profile.domains)
        if self.origin:
            self.allowed_domains.append(urlsplit(self.origin).hostname or "")

    def _on_origin(self, url: str) -> str:
        if not self.origin:
            return url
        parts = urlsplit(url)
        return self.origin + urlunsplit(("", "", parts.path, parts.query, ""))

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Route a response by what it is."""
        path = urlsplit(response.url).path
        if path.endswith("/robots.txt"):
            yield from self._follow_all(response, robots_sitemaps(response.body, response.url))
        elif isinstance(response, XmlResponse) or (
            not isinstance(response, HtmlResponse) and response.body.lstrip()[:XML_SNIFF_BYTES].startswith(b"<")
        ):
            yield from self.parse_xml(response)
        elif isinstance(response, HtmlResponse):
            if self.profile.is_article_url(response.url):
                yield self.article(response)
            else:
                yield from self.parse_listing(response)
        else:
            self.count_skip("not_html")

    def parse_xml(self, response: Response) -> Iterator[Any]:
        """Sitemaps and feeds: follow sitemaps, request the entries that look like articles."""
        entries = sitemap_entries(response.body) or feed_entries(response.body)
        if not entries:
            self.count_skip("unrecognised_xml")
            return
        for entry in entries:
            if entry.is_sitemap or self.profile.is_article_url(entry.url) or self.profile.is_followed_url(entry.url):
                yield response.follow(self._on_origin(entry.url), callback=self.parse)
            else:
                self.count_skip("sitemap_entry_not_article")

    def parse_listing(self, response: Response) -> Iterator[Any]:
        """Listing/archive pages: follow article links and pagination; the page itself is no article."""
        if not self.profile.is_followed_url(response.url):
            self.count_skip("not_article")
            return
        assert isinstance(response, TextResponse)
        links = response.css(NEXT_PAGE_LINKS).getall() + response.css(PAGE_LINKS).getall()
        for href in dict.fromkeys(links):
            url = response.urljoin(href)
            if self.profile.is_article_url(url) or self.profile.is_followed_url(url):
                yield response.follow(url, callback=self.parse)

    def article(self, response: Response) -> FetchedPage:
        """The fetched article, for the extraction pipeline."""
        assert isinstance(response, TextResponse)
        fetched_at = response.meta.get(FETCHED_AT_META) or datetime.now(UTC).isoformat()
        return FetchedPage(
            url=response.url,
            html=response.text,
            fetched_at=fetched_at,
            spider=self.name,
            site=self.profile.name,
            status=response.status,
        )

    def count_skip(self, reason: str) -> None:
        """Count a page or entry that did not lead to an article, by reason."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"newsspider/skipped/{reason}")

    def _follow_all(self, response: Response, urls: Iterator[str]) -> Iterator[scrapy.Request]:
        for url in urls:
            yield response.follow(self._on_origin(url), callback=self.parse)
