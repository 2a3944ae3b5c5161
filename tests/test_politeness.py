"""A good citizen by default: robots.txt, AutoThrottle, per-domain concurrency, who we are, retries that wait."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newsspider import settings as project_settings
from newsspider.middlewares.retry_after import RetryAfterMiddleware, backoff_seconds, retry_after_seconds
from newsspider.spiders.news import NewsSpider


def test_polite_defaults() -> None:
    s = Settings()
    s.setmodule(project_settings)
    assert s.getbool("ROBOTSTXT_OBEY") is True
    assert s.getbool("AUTOTHROTTLE_ENABLED") is True
    assert (s.getint("CONCURRENT_REQUESTS_PER_DOMAIN"), s.getfloat("DOWNLOAD_DELAY")) == (4, 0.5)
    assert s["USER_AGENT"] == f"newsspider/0.1 (+{s['NEWSSPIDER_CONTACT']})"
    assert s.getbool("HTTPCACHE_ENABLED") is False
    assert s.getdict("DOWNLOADER_MIDDLEWARES")["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert s.getdict("DOWNLOADER_MIDDLEWARES")["newsspider.middlewares.retry_after.RetryAfterMiddleware"] == 550
    assert s.getlist("RETRY_AFTER_HTTP_CODES") == [429, 503]


NOW = datetime(2025, 8, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (b"120", 120.0),
        ("0", 0.0),
        (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
        (format_datetime(NOW - timedelta(seconds=30), usegmt=True), 0.0),
        (None, None),
        (b"", None),
        (b"soon", None),
        (b"-5", None),
    ],
)
def test_retry_after_seconds(value: bytes | str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, now=NOW) == seconds


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [backoff_seconds(n, 2.0, 10.0) for n in range(4)] == [2.0, 4.0, 8.0, 10.0]


def _middleware(**settings: object) -> RetryAfterMiddleware:
    crawler = get_crawler(NewsSpider, {"RETRY_TIMES": 2, "RETRY_AFTER_MAX": 5, **settings})
    crawler.spider = crawler._create_spider()
    return RetryAfterMiddleware.from_crawler(crawler)


def _answer(middleware: RetryAfterMiddleware, status: int, retry_after: str | None, meta: dict | None = None):
    request = Request("https://example.com/a/", meta=meta or {})
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    response = Response(request.url, status=status, headers=headers, request=request)
    return asyncio.run(middleware.process_response(request, response))


def test_a_429_is_retried_after_the_asked_delay() -> None:
    middleware = _middleware()
    result = _answer(middleware, 429, "0")
    assert isinstance(result, Request)
    assert (result.meta["retry_times"], result.dont_filter) == (1, True)
    assert middleware.crawler.stats.get_value("newsspider/retry_after/429") == 1


def test_a_wait_longer_than_the_cap_is_not_retried() -> None:
    middleware = _middleware()
    result = _answer(middleware, 503, "3600")
    assert isinstance(result, Response) and result.status == 503
    assert middleware.crawler.stats.get_value("newsspider/retry_after/too_long") == 1


def test_retries_stop_after_retry_times() -> None:
    middleware = _middleware()
    result = _answer(middleware, 503, "0", meta={"retry_times": 2})
    assert isinstance(result, Response) and result.status == 503


def test_other_statuses_follow_scrapy_retry_rules() -> None:
    middleware = _middleware()
    assert isinstance(_answer(middleware, 500, None), Request)
    assert isinstance(_answer(middleware, 404, None), Response)
