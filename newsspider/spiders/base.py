"""The routing every spider shares: start URLs lead, through sitemaps, feeds and listings, to articles.

A response is recognised by what it is, not by which callback asked for it: robots.txt, a sitemap or
sitemap index (gzip too), an RSS/Atom feed, or an HTML page that :func:`~newsspider.crawl.detect.classify_page`
calls an article or a hub (home, listing, tag, author, section, search page). Articles are yielded as
:class:`FetchedPage` items for the extraction pipeline; hubs are followed, never written; every page or
entry that leads to no article is counted under ``newsspider/skipped/<reason>``.

Links are followed only on the site they were found on (the host, ``www.`` aside, is carried along from
the start URL in the request's meta), so a worker that takes a request from a shared Redis frontier
needs nothing else to know where it may go. A site profile with URL patterns narrows this further: only
URLs its ``article_url`` or ``follow_url`` allow are requested, and links are taken from listings only.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

from newsspider.crawl.dates import parse_entry_date
from newsspider.crawl.detect import PageKind, classify_page
from newsspider.crawl.gate import RequestGate
from newsspider.crawl.links import feed_links, next_page_links, page_links, site_host
from newsspider.crawl.options import parse_options
from newsspider.distributed import apply_redis_settings, frontier_for
from newsspider.exceptions import UnparseablePage
from newsspider.extract import Page
from newsspider.items import FetchedPage
from newsspider.middlewares.replay import FETCHED_AT_META
from newsspider.sites import get_profile, profile_for_url
from newsspider.utils.discovery import feed_entries, robots_sitemaps, sitemap_entries

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

    from newsspider.crawl.seen import SeenStore
    from newsspider.distributed.frontier import RedisFrontier
    from newsspider.sites import SiteProfile
    from newsspider.utils.discovery import Entry

logger = logging.getLogger(__name__)

ROBOTS_PATH = "/robots.txt"
XML_SNIFF_BYTES = 512
XML_OR_GZIP = (b"<", b"\x1f\x8b")  # a gzipped sitemap served as application/x-gzip or octet-stream
#: Request meta: the site a request belongs to, the lastmod its sitemap/feed entry gave, a sitemap's lastmod.
SITE_META = "newsspider_site"
LASTMOD_META = "newsspider_lastmod"
SITEMAP_LASTMOD_META = "newsspider_sitemap_lastmod"
#: Priorities: articles before more pages to discover, so the frontier stays short.
ARTICLE_PRIORITY = 10
PAGINATION_PRIORITY = -5


class SiteSpider(scrapy.Spider):
    """The generic news crawl; a subclass with ``site`` set adds that site's profile (``newsspider/sites``).

    Arguments (``-a name=value``), see :mod:`newsspider.crawl.options`: ``urls``, ``urls_file``, ``since``,
    ``max_articles``, ``follow``, ``origin``; ``start_urls`` is an older name for ``urls``.
    """

    site: ClassVar[str | None] = None
    frontier: RedisFrontier | None = None

    def __init__(
        self,
        *args: Any,
        urls: str | None = None,
        urls_file: str | None = None,
        since: str | None = None,
        max_articles: str | None = None,
        follow: str | None = None,
        origin: str | None = None,
        start_urls: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.options = parse_options(
            urls=urls or start_urls, urls_file=urls_file, since=since, max_articles=max_articles,
            follow=follow, origin=origin,
        )  # fmt: skip
        self.profile: SiteProfile | None = get_profile(self.site) if self.site else None
        urls_given = self.options.urls or (self.profile.start_urls if self.profile else ())
        self.start_urls = [self._on_origin(u) for u in urls_given]
        #: Whether the profile says which URLs to request (then nothing else is requested).
        self.profile_rules = self.profile is not None and bool(self.profile.article_url or self.profile.follow_url)
        if self.profile is not None:
            self.allowed_domains = list(self.profile.domains)
            if self.options.origin:
                self.allowed_domains.append(urlsplit(self.options.origin).hostname or "")
        #: Sitemaps read in full in this run, with their lastmod (kept by complete runs only).
        self.sitemaps_read: dict[str, str] = {}
        self.gate = RequestGate(self.options.since, self.count_skip)

    @property
    def seen(self) -> SeenStore | None:
        """The seen-URL store of incremental and resumable runs (set by the SeenStoreExtension)."""
        return self.gate.seen

    @seen.setter
    def seen(self, store: SeenStore | None) -> None:
        self.gate.seen = store

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        apply_redis_settings(settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SiteSpider:
        spider: SiteSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.frontier = frontier_for(crawler.settings, spider.name)
        return spider

    def _on_origin(self, url: str) -> str:
        if not self.options.origin:
            return url
        parts = urlsplit(url)
        return self.options.origin + urlunsplit(("", "", parts.path, parts.query, ""))

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            yield self.start_request(url)
        if self.frontier is not None:
            for url in self.frontier.pop_start_urls():
                yield self.start_request(url)
        elif not self.start_urls:
            logger.warning("No start URLs: pass -a urls=URL[,URL...] or -a urls_file=FILE")

    def start_request(self, url: str) -> scrapy.Request:
        """A request for a start URL. It goes through the duplicate filter like any other, so a start URL
        that other pages link to (a home page) is fetched once, and distributed workers given the same
        start URL fetch it once between them."""
        return scrapy.Request(url, callback=self.parse, meta={SITE_META: site_host(url)})

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Route a response by what it is."""
        if urlsplit(response.url).path == ROBOTS_PATH:
            yield from self._follow(response, robots_sitemaps(response.body, response.url), check_site=False)
        elif isinstance(response, XmlResponse) or (
            not isinstance(response, HtmlResponse) and response.body.lstrip()[:XML_SNIFF_BYTES].startswith(XML_OR_GZIP)
        ):
            yield from self.parse_xml(response)
        elif isinstance(response, HtmlResponse):
            yield from self.parse_html(response)
        else:
            self.count_skip("not_html")

    def parse_xml(self, response: Response) -> Iterator[Any]:
        """Sitemaps, sitemap indexes and feeds: request their entries unless old, seen or off the site."""
        entries = sitemap_entries(response.body) or feed_entries(response.body)
        if not entries:
            self.count_skip("unrecognised_xml")
            return
        for entry in entries:
            request = self._entry_request(response, entry)
            if request is not None:
                yield request
        if SITEMAP_LASTMOD_META in response.meta:
            self.sitemaps_read[response.url] = response.meta[SITEMAP_LASTMOD_META]

    def _entry_request(self, response: Response, entry: Entry) -> scrapy.Request | None:
        url = self._on_origin(entry.url)
        if not self._on_site(response, url):
            self.count_skip("offsite_entry")
            return None
        if not entry.is_sitemap and not self._allowed(url):
            self.count_skip("sitemap_entry_not_article")
            return None
        date = parse_entry_date(entry.date)
        if not (self.gate.check_sitemap if entry.is_sitemap else self.gate.check_entry)(url, date):
            return None
        meta: dict[str, Any] = {SITE_META: response.meta.get(SITE_META) or site_host(response.url)}
        if entry.is_sitemap:
            if date is not None:
                meta[SITEMAP_LASTMOD_META] = date.isoformat()
            return response.follow(url, callback=self.parse, meta=meta)
        if date is not None:
            meta[LASTMOD_META] = date.isoformat()
        return response.follow(url, callback=self.parse, meta=meta, priority=ARTICLE_PRIORITY)

    def parse_html(self, response: Response) -> Iterator[Any]:
        """Articles become items; every page leads on to its pagination, feeds and links (``follow``)."""
        assert isinstance(response, TextResponse)
        profile = self.profile or profile_for_url(response.url)
        try:
            page = Page(response.text, response.url, profile=profile, fetched_at=self.fetched_at(response))
        except UnparseablePage as exc:
            logger.info("Unparseable page %s: %s", response.url, exc)
            self.count_skip("unparseable")
            return
        verdict = classify_page(page)
        logger.debug("%s is %s (%s)", response.url, verdict.kind.value, verdict.evidence)
        if verdict.is_article:
            yield self.article(response, page)
        else:
            self.count_skip(verdict.kind.value)
        if verdict.kind is PageKind.HOME:
            robots = urlunsplit((*urlsplit(response.url)[:2], ROBOTS_PATH, "", ""))
            yield from self._follow(response, [robots, *feed_links(page.root, response.url)])
        if self.options.follow and not (verdict.is_article and self.profile_rules):
            yield from self._follow(response, next_page_links(page.root, response.url), PAGINATION_PRIORITY)
            yield from self._follow(response, page_links(page.root, response.url))

    @staticmethod
    def fetched_at(response: Response) -> datetime:
        """When the response was fetched: now, or the saved time of a replayed fixture."""
        saved = response.meta.get(FETCHED_AT_META)
        return datetime.fromisoformat(saved) if saved else datetime.now(UTC)

    def article(self, response: Response, page: Page | None = None) -> FetchedPage:
        """The fetched article, for the extraction pipeline (with the page parsed here, if it was)."""
        assert isinstance(response, TextResponse)
        fetched_at = page.fetched_at if page is not None else self.fetched_at(response)
        return FetchedPage(
            url=response.url,
            html=response.text,
            fetched_at=fetched_at.isoformat(),
            spider=self.name,
            site=self.profile.name if self.profile else None,
            status=response.status,
            page=page,
        )

    def count_skip(self, reason: str, count: int = 1) -> None:
        """Count a page or entry that did not lead to an article, by reason (a negative count takes one back)."""
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"newsspider/skipped/{reason}", count)

    def _on_site(self, response: Response, url: str) -> bool:
        return site_host(url) == (response.meta.get(SITE_META) or site_host(response.url))

    def _allowed(self, url: str) -> bool:
        """What the profile lets the crawl request: not denied, and an article or followed URL if it says which."""
        if self.profile is None:
            return True
        if self.profile_rules:
            return self.profile.is_article_url(url) or self.profile.is_followed_url(url)
        return self.profile.is_followed_url(url) or not any(p.search(urlsplit(url).path) for p in self.profile.deny_url)

    def _follow(
        self, response: Response, urls: Iterable[str], priority: int = 0, *, check_site: bool = True
    ) -> Iterator[scrapy.Request]:
        site = response.meta.get(SITE_META) or site_host(response.url)
        for url in urls:
            target = self._on_origin(url) if self.profile is not None and self.profile.matches(url) else url
            if check_site and not (self._on_site(response, target) and self._allowed(target)):
                continue
            if not self.gate.check_link(response.urljoin(target)):
                continue
            yield response.follow(target, callback=self.parse, meta={SITE_META: site}, priority=priority)
