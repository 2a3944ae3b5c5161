"""The seen-URL store: which articles earlier runs have written, and with which lastmod.

A run consults it before fetching (an article written before, and not changed since, is not fetched
again) and adds an article only once the feed exporter has written it, so a crawl killed at any moment
never has an article in the store that is missing from its output.

Two backends share one small interface: :class:`SqliteSeenStore` (one file per spider under ``data/``)
and :class:`RedisSeenStore` (a hash per spider, shared by distributed workers).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

from newsspider.crawl.dates import parse_entry_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

    import redis

logger = logging.getLogger(__name__)

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (url TEXT PRIMARY KEY, lastmod TEXT, written_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sitemaps (url TEXT PRIMARY KEY, lastmod TEXT NOT NULL)",
)
#: The value stored for an article written without any date.
NO_DATE = ""


class SeenStore(Protocol):
    """What the crawl needs from a store of written articles."""

    def lastmod(self, url: str) -> str | None:
        """The lastmod stored for a written article (``NO_DATE`` when it had none); None if never written."""

    def add(self, url: str, lastmod: datetime | None) -> None:
        """Record a written article."""

    def add_many(self, urls: Iterable[str]) -> int:
        """Record articles known to be written (dates unknown); returns how many were new."""

    def sitemap_lastmod(self, url: str) -> str | None:
        """The lastmod a sitemap had when a complete run last read it."""

    def set_sitemaps(self, lastmods: Mapping[str, str]) -> None:
        """Remember the lastmods of sitemaps a complete run has read."""

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def is_unchanged(stored: str | None, entry_date: datetime | None) -> bool:
    """Whether an entry needs no fetch: written before, and not modified after what was written.

    An entry without a date, or an article stored without one, counts as unchanged.
    """
    if stored is None:
        return False
    if entry_date is None or stored == NO_DATE:
        return True
    stored_date = parse_entry_date(stored)
    return stored_date is None or entry_date <= stored_date


def _iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat() if moment is not None else NO_DATE


class SqliteSeenStore:
    """A seen store in one SQLite file; every write is committed at once (WAL journal)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for statement in SCHEMA:
            self._db.execute(statement)

    def lastmod(self, url: str) -> str | None:
        row = self._db.execute("SELECT lastmod FROM articles WHERE url = ?", (url,)).fetchone()
        return None if row is None else str(row[0] or NO_DATE)

    def add(self, url: str, lastmod: datetime | None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO articles (url, lastmod, written_at) VALUES (?, ?, ?)",
            (url, _iso(lastmod), datetime.now(UTC).isoformat()),
        )

    def add_many(self, urls: Iterable[str]) -> int:
        before = len(self)
        now = datetime.now(UTC).isoformat()
        self._db.executemany(
            "INSERT OR IGNORE INTO articles (url, lastmod, written_at) VALUES (?, ?, ?)",
            ((url, NO_DATE, now) for url in urls),
        )
        return len(self) - before

    def sitemap_lastmod(self, url: str) -> str | None:
        row = self._db.execute("SELECT lastmod FROM sitemaps WHERE url = ?", (url,)).fetchone()
        return None if row is None else str(row[0])

    def set_sitemaps(self, lastmods: Mapping[str, str]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO sitemaps (url, lastmod) VALUES (?, ?)", lastmods.items())

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def close(self) -> None:
        self._db.close()


class RedisSeenStore:
    """A seen store in two Redis hashes (``<prefix>:seen``, ``<prefix>:seen_sitemaps``), for many workers."""

    def __init__(self, server: redis.Redis, prefix: str) -> None:
        self.server = server
        self.key = f"{prefix}:seen"
        self.sitemaps_key = f"{prefix}:seen_sitemaps"

    def lastmod(self, url: str) -> str | None:
        value = self.server.hget(self.key, url)
        return None if value is None else _text(value)

    def add(self, url: str, lastmod: datetime | None) -> None:
        self.server.hset(self.key, url, _iso(lastmod))

    def add_many(self, urls: Iterable[str]) -> int:
        added = 0
        for url in urls:
            added += int(self.server.hsetnx(self.key, url, NO_DATE))
        return added

    def sitemap_lastmod(self, url: str) -> str | None:
        value = self.server.hget(self.sitemaps_key, url)
        return None if value is None else _text(value)

    def set_sitemaps(self, lastmods: Mapping[str, str]) -> None:
        if lastmods:
            self.server.hset(self.sitemaps_key, mapping=cast("Any", dict(lastmods)))

    def __len__(self) -> int:
        return int(self.server.hlen(self.key))

    def close(self) -> None:
        self.server.close()


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value
