"""The Redis keys workers share, and the few operations on them that scrapy-redis does not provide.

<spider>:start_urls   list of start URLs (plain URLs, or JSON objects with a "url"), pushed by ``enqueue``
<spider>:requests     the shared request queue (scrapy-redis, a sorted set by priority)
<spider>:dupefilter   fingerprints of every request scheduled (scrapy-redis, a set)
<spider>:busy         workers with work in hand, scored by the last time they said so (a sorted set)
<spider>:robots       robots.txt bodies by host, so each host's robots.txt is fetched once per crawl
<spider>:seen         articles written by incremental runs (see :mod:`newsspider.crawl.seen`)
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from typing import TYPE_CHECKING, Any

from scrapy_redis import defaults
from scrapy_redis.connection import get_redis_from_settings

if TYPE_CHECKING:
    import redis
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

#: A worker that has not said "busy" for this long counts as idle (or gone).
BUSY_TTL_SECONDS = 10.0
DEFAULT_BATCH = 16


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def url_from_data(data: bytes | str) -> str | None:
    """A start URL from what ``enqueue`` (or scrapy-redis tooling) pushed: a URL or ``{"url": ...}``."""
    text = _text(data).strip()
    if text.startswith("{"):
        try:
            parsed: Any = json.loads(text)
        except json.JSONDecodeError:
            logger.warning("Unreadable start URL entry %r", text[:200])
            return None
        url = parsed.get("url") if isinstance(parsed, dict) else None
        return str(url) if url else None
    return text or None


class RedisFrontier:
    """One worker's view of the shared frontier."""

    def __init__(self, server: redis.Redis, spider_name: str, *, batch: int = DEFAULT_BATCH) -> None:
        self.server = server
        self.start_key = f"{spider_name}:start_urls"
        self.queue_key = defaults.SCHEDULER_QUEUE_KEY % {"spider": spider_name}
        self.dupefilter_key = defaults.SCHEDULER_DUPEFILTER_KEY % {"spider": spider_name}
        self.busy_key = f"{spider_name}:busy"
        self.robots_key = f"{spider_name}:robots"
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.batch = batch

    @classmethod
    def from_settings(cls, settings: BaseSettings, spider_name: str) -> RedisFrontier:
        server = get_redis_from_settings(settings)
        return cls(server, spider_name, batch=settings.getint("CONCURRENT_REQUESTS", DEFAULT_BATCH))

    def pop_start_urls(self) -> list[str]:
        """Take up to a batch of start URLs off the shared list (each goes to exactly one worker)."""
        popped = self.server.lpop(self.start_key, self.batch) or []
        urls = [url_from_data(item) for item in popped if isinstance(item, bytes | str)]
        return [u for u in urls if u]

    def push_start_urls(self, urls: list[str]) -> int:
        """Append start URLs to the shared list; returns its new length."""
        return int(self.server.rpush(self.start_key, *urls)) if urls else int(self.server.llen(self.start_key))

    def pending(self) -> int:
        """Start URLs and requests waiting in the shared frontier."""
        if self._is_zset(self.queue_key):
            queued = self.server.zcard(self.queue_key)
        else:
            queued = self.server.llen(self.queue_key)
        return int(self.server.llen(self.start_key)) + int(queued)

    def _is_zset(self, key: str) -> bool:
        return _text(self.server.type(key)) == "zset"

    def mark_busy(self) -> None:
        self.server.zadd(self.busy_key, {self.worker: time.time()})

    def mark_idle(self) -> None:
        self.server.zrem(self.busy_key, self.worker)

    def busy_peers(self) -> int:
        """Other workers that said they were busy in the last :data:`BUSY_TTL_SECONDS`."""
        recent = self.server.zrangebyscore(self.busy_key, time.time() - BUSY_TTL_SECONDS, "+inf")
        return len([w for w in recent if isinstance(w, bytes | str) and _text(w) != self.worker])

    def is_quiet(self) -> bool:
        """No start URL or request waiting, and no other worker with work in hand."""
        return self.pending() == 0 and self.busy_peers() == 0

    def robots_body(self, netloc: str) -> bytes | None:
        """The robots.txt another worker fetched for a host in this crawl, if any."""
        body = self.server.hget(self.robots_key, netloc)
        return body.encode("utf-8") if isinstance(body, str) else body if isinstance(body, bytes) else None

    def keep_robots_body(self, netloc: str, body: bytes) -> None:
        self.server.hsetnx(self.robots_key, netloc, body)

    def reset_duplicates(self) -> None:
        """Forget which requests were scheduled and which robots.txt were read: the next crawl starts afresh."""
        self.server.delete(self.dupefilter_key, self.queue_key, self.busy_key, self.robots_key)
