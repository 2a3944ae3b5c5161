"""The crawl's own arguments (``-a name=value``), parsed and checked once, with no Scrapy import.

urls          comma-separated start URLs (home pages, sitemaps, feeds, listings, articles)
urls_file     a file of start URLs, one a line (``#`` starts a comment)
since         skip entries and articles older than this (``2025-08-01``, ``2 weeks ago``)
max_articles  stop once this many articles are written
follow        ``false``: read sitemaps and feeds, but follow no link found in a page
origin        serve a site from a local mirror (``http://127.0.0.1:8000``)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsspider.crawl.dates import parse_since
from newsspider.exceptions import NewsspiderError

if TYPE_CHECKING:
    from datetime import datetime

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})
COMMENT = "#"


class BadArgument(NewsspiderError, ValueError):
    """A spider argument with a value the crawl cannot use."""


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """What a run was asked to do."""

    urls: tuple[str, ...] = ()
    since: datetime | None = None
    max_articles: int | None = None
    follow: bool = True
    origin: str | None = None


def parse_bool(name: str, value: str | bool | None, default: bool) -> bool:
    """``true/false/yes/no/1/0/on/off`` (any case); `default` when not given."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise BadArgument(f"{name}={value!r}: expected true or false")


def parse_urls(urls: str | None = None, urls_file: str | None = None) -> tuple[str, ...]:
    """Start URLs from a comma-separated list and/or a file, in order, without duplicates."""
    found: list[str] = []
    if urls:
        found.extend(u.strip() for u in urls.split(","))
    if urls_file:
        path = Path(urls_file)
        if not path.is_file():
            raise BadArgument(f"urls_file={urls_file!r} is not a file")
        for line in path.read_text(encoding="utf-8").splitlines():
            found.append(line.split(COMMENT, 1)[0].strip())
    bad = [u for u in found if u and not u.startswith(("http://", "https://"))]
    if bad:
        raise BadArgument(f"not http(s) URLs: {bad[:3]}")
    return tuple(dict.fromkeys(u for u in found if u))


def parse_options(
    *,
    urls: str | None = None,
    urls_file: str | None = None,
    since: str | None = None,
    max_articles: str | int | None = None,
    follow: str | bool | None = None,
    origin: str | None = None,
) -> CrawlOptions:
    """Check the spider arguments; :class:`BadArgument` (or :class:`~.dates.BadDate`) says what is wrong."""
    limit: int | None = None
    if max_articles not in (None, ""):
        try:
            limit = int(max_articles)
        except ValueError:
            raise BadArgument(f"max_articles={max_articles!r}: expected a whole number") from None
        if limit < 1:
            raise BadArgument(f"max_articles={max_articles!r}: must be at least 1")
    return CrawlOptions(
        urls=parse_urls(urls, urls_file),
        since=parse_since(since) if since else None,
        max_articles=limit,
        follow=parse_bool("follow", follow, default=True),
        origin=origin.rstrip("/") if origin else None,
    )
