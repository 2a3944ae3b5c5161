"""Retries that wait: 429 and 503 answers are retried after the delay the server asks for.

Extends Scrapy's RetryMiddleware (same ``RETRY_*`` settings). For a status in
``RETRY_AFTER_HTTP_CODES`` the retry waits for ``Retry-After`` (seconds or an HTTP date), or, without
one, for an exponential backoff (``RETRY_BACKOFF_BASE`` * 2^retries). No wait is longer than
``RETRY_AFTER_MAX``: a server asking for more is given up on for this request (counted in
``newsspider/retry_after/too_long``). Waiting does not hold a download slot: other requests go on.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

RETRY_TIMES_META = "retry_times"
#: Defaults when the project settings are not loaded (the same values as newsspider.settings).
DEFAULT_WAIT_CODES = (429, 503)
DEFAULT_BACKOFF_BASE = 2.0
DEFAULT_MAX_WAIT = 300.0


def retry_after_seconds(value: bytes | str | None, *, now: datetime | None = None) -> float | None:
    """The delay a ``Retry-After`` header asks for, in seconds (never negative); None if absent or unreadable."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_seconds(retries: int, base: float, cap: float) -> float:
    """Exponential backoff for the n-th retry (0-based), at most `cap`."""
    return float(min(cap, base * 2**retries))


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that honours ``Retry-After`` and backs off on 429/503."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.wait_codes = {int(x) for x in settings.getlist("RETRY_AFTER_HTTP_CODES", list(DEFAULT_WAIT_CODES))}
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", DEFAULT_BACKOFF_BASE)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", DEFAULT_MAX_WAIT)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if response.status not in self.wait_codes or request.meta.get("dont_retry", False):
            return super().process_response(request, response)
        stats = self.crawler.stats
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        retries = int(request.meta.get(RETRY_TIMES_META, 0))
        wait = asked if asked is not None else backoff_seconds(retries, self.backoff_base, self.max_wait)
        if wait > self.max_wait:
            logger.warning("%s asks to wait %.0f s (more than %.0f s): not retried", request.url, wait, self.max_wait)
            if stats is not None:
                stats.inc_value("newsspider/retry_after/too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if stats is not None:
            stats.inc_value(f"newsspider/retry_after/{response.status}")
        logger.info("%s answered %d: retrying in %.1f s", request.url, response.status, wait)
        await asyncio.sleep(wait)
        return retry
