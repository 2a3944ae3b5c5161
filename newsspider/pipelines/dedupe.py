"""Write each article once per crawl, even when several URLs lead to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newsspider.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


class DeduplicatePipeline:
    """Drops a record whose canonical URL (or URL) was already written in this crawl."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeduplicatePipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        key = item.canonical_url or item.url
        if key in self.seen:
            self.stats.inc_value("newsspider/skipped/duplicate")
            raise DropItem(f"duplicate of an article already written: {key}")
        self.seen.add(key)
        return item
