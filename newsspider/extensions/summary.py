"""A short summary of the crawl, printed when it ends: written, skipped and why, quotes, time."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

SKIP_PREFIX = "newsspider/skipped/"


def summary_lines(stats: dict[str, Any], seconds: float, spider: str) -> list[str]:
    """The summary as lines of text, from a crawl's stats."""
    written = int(stats.get("item_scraped_count", 0))
    skips = {k[len(SKIP_PREFIX) :]: int(v) for k, v in stats.items() if k.startswith(SKIP_PREFIX)}
    invalid = int(stats.get("newsspider/invalid", 0))
    unknown = int(stats.get("replay/unknown_url", 0))
    lines = [
        f"newsspider: crawl '{spider}' finished ({stats.get('finish_reason', 'unknown')}) in {seconds:.1f} s",
        f"  articles written: {written}",
        f"  pages fetched:    {int(stats.get('response_received_count', 0))}",
        f"  quotes found:     {int(stats.get('newsspider/quotes', 0))}",
        f"  invalid records dropped: {invalid}",
    ]
    if skips:
        lines.append("  skipped: " + ", ".join(f"{reason} {n}" for reason, n in sorted(skips.items())))
    else:
        lines.append("  skipped: none")
    if unknown:
        lines.append(f"  replay: {unknown} URLs had no fixture (not fetched)")
    errors = int(stats.get("log_count/ERROR", 0))
    if errors:
        lines.append(f"  errors logged: {errors}")
    return lines


class CrawlSummary:
    """Prints :func:`summary_lines` to stdout when the spider closes (``NEWSSPIDER_SUMMARY``)."""

    def __init__(self, stats: StatsCollector, out: TextIO = sys.stdout) -> None:
        self.stats = stats
        self.out = out
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        if not crawler.settings.getbool("NEWSSPIDER_SUMMARY"):
            raise NotConfigured
        assert crawler.stats is not None
        ext = cls(crawler.stats)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = dict(self.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        print("\n".join(summary_lines(stats, time.monotonic() - self.started, spider.name)), file=self.out)
