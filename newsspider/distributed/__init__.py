"""Distributed crawling on Redis: one shared frontier and duplicate filter for many workers.

With ``-s REDIS_URL=redis://host:6379/0`` every worker of a spider uses scrapy-redis's scheduler (the
shared request queue ``<spider>:requests``) and duplicate filter (``<spider>:dupefilter``), so a URL
one worker has scheduled is never fetched by another. Start URLs are pushed to ``<spider>:start_urls``
by ``python -m newsspider enqueue``; each worker reads that list in its ``start()`` and again whenever it
runs out of work (:mod:`.idle`), and leaves once the frontier has stayed empty, with no other worker
busy, for ``NEWSSPIDER_REDIS_IDLE_CLOSE`` seconds. Each worker writes its own feed (``-o``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

    from newsspider.distributed.frontier import RedisFrontier

REDIS_SCHEDULER = "newsspider.distributed.scheduler.RedisScheduler"
REDIS_DUPEFILTER = "scrapy_redis.dupefilter.RFPDupeFilter"
REDIS_QUEUE = "scrapy_redis.queue.PriorityQueue"
SETTINGS_PRIORITY = "spider"


def redis_url(settings: BaseSettings) -> str | None:
    """The Redis URL the crawl is told to share, if any."""
    url = settings.get("REDIS_URL")
    return str(url) if url else None


def apply_redis_settings(settings: BaseSettings) -> None:
    """With ``REDIS_URL`` set, switch the scheduler and duplicate filter to scrapy-redis's shared ones.

    The queue and filter persist when a worker closes (``SCHEDULER_PERSIST``): the other workers still
    use them; ``enqueue`` clears the filter when it starts a new crawl.
    """
    if not redis_url(settings):
        return
    settings.set("SCHEDULER", REDIS_SCHEDULER, priority=SETTINGS_PRIORITY)
    settings.set("DUPEFILTER_CLASS", REDIS_DUPEFILTER, priority=SETTINGS_PRIORITY)
    settings.set("SCHEDULER_QUEUE_CLASS", REDIS_QUEUE, priority=SETTINGS_PRIORITY)
    settings.set("SCHEDULER_PERSIST", True, priority=SETTINGS_PRIORITY)


def frontier_for(settings: BaseSettings, spider_name: str) -> RedisFrontier | None:
    """The shared frontier of a distributed crawl; None when ``REDIS_URL`` is not set."""
    if not redis_url(settings):
        return None
    from newsspider.distributed.frontier import RedisFrontier  # noqa: PLC0415  (redis only when asked for)

    return RedisFrontier.from_settings(settings, spider_name)
