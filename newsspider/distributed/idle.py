"""Keep a distributed worker alive while the shared frontier may still produce work, then let it go.

Scrapy calls ``spider_idle`` when this worker has nothing in hand. The worker then takes new start URLs
from Redis if there are any, and otherwise stays (``DontCloseSpider``) until the frontier has been
empty, with no other worker busy, for ``NEWSSPIDER_REDIS_IDLE_CLOSE`` seconds: another worker's page
may still add requests to the shared queue. A heartbeat tells the others when this one is busy.

Scrapy's engine looks at its scheduler (here: the shared queue) only every 5 seconds once it has nothing
to do, so a waiting worker would join a crawl late and leave it late. While idle, the heartbeat wakes the
engine every second instead, through the engine slot's ``nextcall`` -- a private attribute, reached
with ``getattr`` so that a Scrapy without it only makes the worker slower, never wrong.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from newsspider.distributed import redis_url

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

    from newsspider.distributed.frontier import RedisFrontier

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 1.0


class RedisIdleExtension:
    """Refills a worker from the shared start URLs and closes it once the crawl is over everywhere."""

    def __init__(self, crawler: Crawler, idle_close: float) -> None:
        self.crawler = crawler
        self.idle_close = idle_close
        self.idle_since: float | None = None
        self.heartbeat = task.LoopingCall(self.beat)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisIdleExtension:
        if not redis_url(crawler.settings):
            raise NotConfigured  # opt-in: no warning when off
        ext = cls(crawler, crawler.settings.getfloat("NEWSSPIDER_REDIS_IDLE_CLOSE"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def frontier(self) -> RedisFrontier | None:
        spider = self.crawler.spider
        frontier: RedisFrontier | None = getattr(spider, "frontier", None)
        return frontier

    def spider_opened(self, spider: Spider) -> None:
        self.heartbeat.start(HEARTBEAT_SECONDS, now=True)

    def beat(self) -> None:
        engine = self.crawler.engine
        if self.frontier is None or engine is None or getattr(engine, "_slot", None) is None:
            return
        if not engine.spider_is_idle():
            self.frontier.mark_busy()
            return
        nextcall = getattr(engine._slot, "nextcall", None)  # see the module docstring
        if nextcall is not None:
            nextcall.schedule()

    def spider_idle(self, spider: Spider) -> None:
        frontier = self.frontier
        if frontier is None:
            return
        frontier.mark_idle()
        urls = frontier.pop_start_urls()
        if urls:
            self.idle_since = None
            engine = self.crawler.engine
            assert engine is not None
            for url in urls:
                engine.crawl(spider.start_request(url))  # type: ignore[attr-defined]
            raise DontCloseSpider
        now = time.monotonic()
        if not frontier.is_quiet():
            self.idle_since = None
            raise DontCloseSpider
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_close:
            raise DontCloseSpider
        logger.info("Shared frontier empty for %.0f s: this worker leaves", now - self.idle_since)

    def spider_closed(self, spider: Spider) -> None:
        if self.heartbeat.running:
            self.heartbeat.stop()
        if self.frontier is not None:
            self.frontier.mark_idle()
