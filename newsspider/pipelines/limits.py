"""The run's limits on what is written: articles older than ``since``, and at most ``max_articles``.

Both read the spider's options (:mod:`newsspider.crawl.options`); a spider without options passes all.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from newsspider.crawl.dates import parse_entry_date
from newsspider.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsspider.crawl.options import CrawlOptions

logger = logging.getLogger(__name__)

MAX_ARTICLES_REASON = "max_articles"


def _options(crawler: Crawler) -> CrawlOptions | None:
    options: CrawlOptions | None = getattr(crawler.spider, "options", None)
    return options


class SinceFilterPipeline:
    """Drops articles published before ``since`` (``newsspider/skipped/older_than_since``).

    An article with no publication date is kept: nothing says it is old.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SinceFilterPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        options = _options(self.crawler)
        if not isinstance(item, Article) or options is None or options.since is None:
            return item
        published = parse_entry_date(item.date_published)
        if published is not None and published < options.since:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("newsspider/skipped/older_than_since")
            raise DropItem(f"published {item.date_published}, before {options.since.isoformat()}: {item.url}")
        return item


class MaxArticlesPipeline:
    """Lets through at most ``max_articles`` articles, then closes the spider (reason ``max_articles``).

    The last pipeline: what it passes is what gets written, so the count is exact even with items in flight.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.passed = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MaxArticlesPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        options = _options(self.crawler)
        if not isinstance(item, Article) or options is None or options.max_articles is None:
            return item
        if self.passed >= options.max_articles:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("newsspider/skipped/over_max_articles")
            raise DropItem(f"max_articles={options.max_articles} reached: {item.url}")
        self.passed += 1
        if self.passed == options.max_articles:
            logger.info("Written %d articles (max_articles): closing", self.passed)
            engine = self.crawler.engine
            assert engine is not None
            deferred_from_coro(engine.close_spider_async(reason=MAX_ARTICLES_REASON))
        return item
