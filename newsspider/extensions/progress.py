"""Progress of a long crawl: a live line on a terminal, a summary line in the log every so often.

    pages 1,204 | articles 873 | skipped 310 | 4.2 articles/s | queue 1,560

On a terminal (stderr is a tty) the line is redrawn in place with rich every ``NEWSSPIDER_PROGRESS_REFRESH``
seconds; the same line is logged every ``NEWSSPIDER_PROGRESS_INTERVAL`` seconds (0: never), so a crawl
left running for days says how it is doing in its log. ``NEWSSPIDER_PROGRESS = False`` turns both off.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

if TYPE_CHECKING:
    from rich.live import Live
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

SKIP_PREFIX = "newsspider/skipped/"
ENQUEUED_KEYS = ("scheduler/enqueued", "scheduler/enqueued/redis")
DEQUEUED_KEYS = ("scheduler/dequeued", "scheduler/dequeued/redis")


@dataclass(frozen=True, slots=True)
class Progress:
    """The numbers on the progress line."""

    pages: int
    articles: int
    skipped: int
    queue: int
    seconds: float

    @property
    def rate(self) -> float:
        """Articles written per second since the crawl began."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (
            f"pages {self.pages:,} | articles {self.articles:,} | skipped {self.skipped:,} | "
            f"{self.rate:.1f} articles/s | queue {self.queue:,}"
        )


def _first(stats: dict[str, Any], keys: tuple[str, ...]) -> int:
    return next((int(stats[k]) for k in keys if k in stats), 0)


def progress_from_stats(stats: dict[str, Any], seconds: float) -> Progress:
    """The progress numbers from a crawl's stats."""
    return Progress(
        pages=int(stats.get("response_received_count", 0)),
        articles=int(stats.get("item_scraped_count", 0)),
        skipped=sum(int(v) for k, v in stats.items() if k.startswith(SKIP_PREFIX)),
        queue=max(0, _first(stats, ENQUEUED_KEYS) - _first(stats, DEQUEUED_KEYS)),
        seconds=seconds,
    )


class CrawlProgress:
    """Draws the live line (tty only) and logs it periodically."""

    def __init__(self, stats: StatsCollector, *, interval: float, refresh: float, live: bool) -> None:
        self.stats = stats
        self.interval = interval
        self.refresh = refresh
        self.started = time.monotonic()
        self.live: Live | None = None
        self.want_live = live
        self.loops: list[task.LoopingCall] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        settings = crawler.settings
        if not settings.getbool("NEWSSPIDER_PROGRESS"):
            raise NotConfigured
        assert crawler.stats is not None
        ext = cls(
            crawler.stats,
            interval=settings.getfloat("NEWSSPIDER_PROGRESS_INTERVAL"),
            refresh=settings.getfloat("NEWSSPIDER_PROGRESS_REFRESH"),
            live=sys.stderr.isatty(),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def current(self) -> Progress:
        return progress_from_stats(dict(self.stats.get_stats()), time.monotonic() - self.started)

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        if self.interval > 0:
            self._every(self.interval, self.log_line, now=False)
        if self.want_live:
            from rich.console import Console  # noqa: PLC0415  (rich only on a terminal)
            from rich.live import Live  # noqa: PLC0415

            self.live = Live(console=Console(stderr=True), auto_refresh=False, transient=True)
            self.live.start()
            self._every(self.refresh, self.draw, now=True)

    def _every(self, seconds: float, func: Any, *, now: bool) -> None:
        loop = task.LoopingCall(func)
        loop.start(seconds, now=now)
        self.loops.append(loop)

    def log_line(self) -> None:
        logger.info("progress: %s", self.current().line())

    def draw(self) -> None:
        if self.live is not None:
            self.live.update(self.current().line(), refresh=True)

    def spider_closed(self, spider: Spider) -> None:
        for loop in self.loops:
            if loop.running:
                loop.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None
