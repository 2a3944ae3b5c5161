"""Turn each fetched page into an article record with the pure extractors."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newsspider.exceptions import UnparseablePage
from newsspider.extract import Page, build_article
from newsspider.items import FetchedPage
from newsspider.sites import get_profile, profile_for_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newsspider.items import Article

logger = logging.getLogger(__name__)


class ExtractArticlePipeline:
    """FetchedPage -> Article. Pages that are not HTML documents are dropped and counted."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractArticlePipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def _parse(self, item: FetchedPage) -> Page:
        profile = get_profile(item.site) if item.site else profile_for_url(item.url)
        try:
            return Page(item.html, item.url, fetched_at=datetime.fromisoformat(item.fetched_at), profile=profile)
        except UnparseablePage as exc:
            self.stats.inc_value("newsspider/skipped/unparseable")
            raise DropItem(f"unparseable page {item.url}: {exc}") from exc

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        started = time.perf_counter()
        page = item.page if item.page is not None else self._parse(item)
        item.page = None  # the tree is not needed past this point
        article: Article = build_article(page, spider=item.spider)
        self.stats.inc_value("newsspider/extract_ms", round((time.perf_counter() - started) * 1000))
        self.stats.inc_value("newsspider/quotes", len(article.quotes))
        if not article.body:
            self.stats.inc_value("newsspider/articles_without_body")
        return article
