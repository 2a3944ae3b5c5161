"""Check every record against the schema; drop invalid ones with their reason logged and counted."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newsspider.exporters import record_dict
from newsspider.items import Article
from newsspider.schema import validation_errors

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class ValidateRecordPipeline:
    """Drops records that break the schema (stats: ``newsspider/invalid/<field>``)."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidateRecordPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        errors = validation_errors(record_dict(item))
        if errors:
            self.stats.inc_value("newsspider/invalid")
            for error in errors:
                self.stats.inc_value(f"newsspider/invalid/{error.split(':', 1)[0].split('/', 1)[0]}")
            raise DropItem(f"invalid record {item.url}: {'; '.join(errors)}")
        return item
