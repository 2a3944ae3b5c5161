"""The seen-URL store of incremental and resumable runs, kept in step with what the feed has written.

Enabled by ``NEWSSPIDER_INCREMENTAL`` (a store per spider that outlives runs: ``NEWSSPIDER_SEEN_DB``, or
a Redis hash when ``REDIS_URL`` is set) or by ``JOBDIR`` alone (a store inside the job folder, for
resuming that one job). The spider reads it as ``spider.seen``.

An article enters the store on ``item_scraped``, after the feed exporter (an extension loaded before
this one, so its handler runs first) has written and flushed the line; and when a run appends to a
JSON Lines file that already has articles (``-o``), those enter the store first. So a run killed at
any moment and started again writes no article twice and loses none: what was in flight is fetched again.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsspider.crawl.dates import parse_entry_date
from newsspider.crawl.seen import RedisSeenStore, SqliteSeenStore
from newsspider.distributed import redis_url

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

    from newsspider.crawl.seen import SeenStore

logger = logging.getLogger(__name__)

JOBDIR_STORE = "seen.sqlite"
LASTMOD_META = "newsspider_lastmod"
JSONL_FORMATS = frozenset({"jsonl", "jsonlines", "jl"})
DATE_FIELDS = ("date_modified", "date_published")


def open_seen_store(settings: BaseSettings, spider_name: str) -> SeenStore | None:
    """The store the settings ask for, or None when the run is neither incremental nor in a JOBDIR."""
    if settings.getbool("NEWSSPIDER_INCREMENTAL"):
        if redis_url(settings):
            from scrapy_redis.connection import get_redis_from_settings  # noqa: PLC0415

            return RedisSeenStore(get_redis_from_settings(settings), spider_name)
        return SqliteSeenStore(Path(settings.get("NEWSSPIDER_SEEN_DB") % {"spider": spider_name}))
    if settings.get("JOBDIR"):
        return SqliteSeenStore(Path(settings.get("JOBDIR")) / JOBDIR_STORE)
    return None


def appended_feed_files(settings: BaseSettings) -> Iterator[Path]:
    """Local JSON Lines feeds this run appends to (``-o``), which may hold articles of earlier runs."""
    for uri, options in settings.getdict("FEEDS").items():
        target = str(uri)
        if options.get("overwrite") or options.get("format") not in JSONL_FORMATS or "%(" in target:
            continue
        if target.startswith("file://"):
            target = target.removeprefix("file://")
        elif "://" in target:
            continue
        path = Path(target)
        if path.is_file():
            yield path


def urls_in_feed(path: Path) -> Iterator[str]:
    """The ``url`` of every whole record in a JSON Lines file (a torn last line is skipped)."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                record: Any = json.loads(line)
            except json.JSONDecodeError:
                logger.warning("%s:%d is not a whole JSON record; ignored", path, number)
                continue
            if isinstance(record, dict) and record.get("url"):
                yield str(record["url"])


def written_lastmod(item: Any, response: Response) -> datetime | None:
    """The newest of the entry's lastmod and the article's own dates: what a later run compares with."""
    adapter = ItemAdapter(item)
    dates = [parse_entry_date(response.meta.get(LASTMOD_META))]
    dates += [parse_entry_date(adapter.get(name)) for name in DATE_FIELDS if name in adapter]
    known = [d for d in dates if d is not None]
    return max(known) if known else None


class SeenStoreExtension:
    """Opens the store, records written articles, and remembers fully read sitemaps after complete runs."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store: SeenStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeenStoreExtension:
        settings = crawler.settings
        if not settings.getbool("NEWSSPIDER_INCREMENTAL") and not settings.get("JOBDIR"):
            raise NotConfigured  # opt-in: no warning when off
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.store = open_seen_store(self.crawler.settings, spider.name)
        if self.store is None:
            return
        stats = self.crawler.stats
        for path in appended_feed_files(self.crawler.settings):
            added = self.store.add_many(urls_in_feed(path))
            if added:
                logger.info("%d articles already in %s were missing from the seen store: added", added, path)
            if stats is not None:
                stats.inc_value("newsspider/seen/from_output", added)
        logger.info("Seen store: %d articles written by earlier runs", len(self.store))
        if stats is not None:
            stats.set_value("newsspider/seen/at_start", len(self.store))
        spider.seen = self.store  # type: ignore[attr-defined]

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        if self.store is None:
            return
        lastmod = written_lastmod(item, response)
        url = ItemAdapter(item).get("url")
        for written in {url, response.url, response.request.url if response.request else None}:
            if written:
                self.store.add(str(written), lastmod)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.store is None:
            return
        options = getattr(spider, "options", None)
        partial = options is not None and (options.since is not None or options.max_articles is not None)
        sitemaps: dict[str, str] = getattr(spider, "sitemaps_read", {})
        if reason == "finished" and not partial and sitemaps:
            self.store.set_sitemaps(sitemaps)
            logger.info("Seen store: %d sitemaps read in full; unchanged ones are skipped next time", len(sitemaps))
        self.store.close()
        self.store = None
