"""Write a crawl's final stats as JSON (``-s NEWSSPIDER_STATS_FILE=path``), with the process's peak memory.

For scripts, tests and benchmarks that want the numbers without parsing the log.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

#: ru_maxrss is in kilobytes on Linux, in bytes on macOS.
MAXRSS_BYTES = 1 if sys.platform == "darwin" else 1024
PEAK_RSS_KEY = "newsspider/peak_rss_bytes"


def peak_rss_bytes() -> int:
    """The most resident memory this process has used so far."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * MAXRSS_BYTES


class StatsFile:
    """Dumps the stats to ``NEWSSPIDER_STATS_FILE`` when the spider closes."""

    def __init__(self, stats: StatsCollector, path: Path) -> None:
        self.stats = stats
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        path = crawler.settings.get("NEWSSPIDER_STATS_FILE")
        if not path:
            raise NotConfigured  # opt-in: no warning when off
        assert crawler.stats is not None
        ext = cls(crawler.stats, Path(path))
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = dict(self.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        stats[PEAK_RSS_KEY] = peak_rss_bytes()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(stats, default=str, sort_keys=True, indent=1), encoding="utf-8")
