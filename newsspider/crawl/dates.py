"""Dates the crawl compares: the ``since`` argument and the lastmod/pubDate of sitemap and feed entries.

Everything is turned into an aware UTC :class:`datetime`; a date without a zone is taken as UTC.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import dateparser

from newsspider.exceptions import NewsspiderError

logger = logging.getLogger(__name__)

DATEPARSER_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "UTC", "TO_TIMEZONE": "UTC"}


class BadDate(NewsspiderError, ValueError):
    """A date given on the command line (``-a since=...``) that cannot be understood."""


def to_utc(moment: datetime) -> datetime:
    """An aware datetime in UTC (naive ones are taken as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_since(text: str, *, now: datetime | None = None) -> datetime:
    """``2025-08-01``, ``2025-08-01T12:00:00+02:00``, ``2 weeks ago``... as UTC; :class:`BadDate` otherwise."""
    settings = dict(DATEPARSER_SETTINGS)
    if now is not None:
        settings["RELATIVE_BASE"] = to_utc(now).replace(tzinfo=None)
    parsed = dateparser.parse(text.strip(), settings=settings)
    if parsed is None:
        raise BadDate(f"cannot understand the date {text!r} (try 2025-08-01 or '2 weeks ago')")
    return to_utc(parsed)


def parse_entry_date(text: str | None) -> datetime | None:
    """A sitemap lastmod (W3C datetime) or feed pubDate (RFC 822) as UTC; None when absent or unreadable."""
    if not text:
        return None
    value = text.strip()
    try:
        return to_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        parsed = dateparser.parse(value, settings=DATEPARSER_SETTINGS)
    if parsed is None:
        logger.debug("unreadable entry date %r", value)
        return None
    return to_utc(parsed)
