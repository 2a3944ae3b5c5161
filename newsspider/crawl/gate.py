"""Which discovered URLs a run requests: the ``since`` date and the seen store decide, before any fetch.

Pure bookkeeping with no Scrapy import. Each skipped URL is counted once (a URL found in a sitemap, the
feed and five listings is one skip), so the stats count pages, not links. With a seen store, the gate
remembers the URLs it let through, so an article this run writes is not taken for one an earlier run
wrote when more links to it turn up (the duplicate filter drops those). A link carries no date, so a
link to an article written before is refused; if a sitemap entry then says the article changed, it is
let through after all and the skip is uncounted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsspider.crawl.seen import is_unchanged

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from newsspider.crawl.seen import SeenStore

SEEN = "seen"
OLDER_THAN_SINCE = "older_than_since"
SITEMAP_OLDER_THAN_SINCE = "sitemap_older_than_since"
SITEMAP_UNCHANGED = "sitemap_unchanged"


class RequestGate:
    """Decides, for each URL found, whether to request it; counts what it refuses, once per URL."""

    def __init__(self, since: datetime | None, count: Callable[[str, int], None]) -> None:
        """`count(reason, +1 or -1)` reports skips (the spider adds them to its stats)."""
        self.since = since
        self.count = count
        self.seen: SeenStore | None = None
        self.refused: dict[str, str] = {}
        self.let_through: set[str] = set()

    def _refuse(self, url: str, reason: str) -> bool:
        if url not in self.refused:
            self.refused[url] = reason
            self.count(reason, 1)
        return False

    def _allow(self, url: str) -> bool:
        self.let_through.add(url)
        reason = self.refused.pop(url, None)
        if reason is not None:
            self.count(reason, -1)
        return True

    def check_entry(self, url: str, date: datetime | None) -> bool:
        """Whether to request a sitemap or feed entry."""
        if self.since is not None and date is not None and date < self.since:
            return self._refuse(url, OLDER_THAN_SINCE)
        return self._check_seen(url, date, dated=True)

    def check_sitemap(self, url: str, date: datetime | None) -> bool:
        """Whether to request a sitemap of an index: not when older than ``since`` or unchanged since a complete run."""
        if self.since is not None and date is not None and date < self.since:
            return self._refuse(url, SITEMAP_OLDER_THAN_SINCE)
        if date is not None and self.seen is not None and self.seen.sitemap_lastmod(url) == date.isoformat():
            return self._refuse(url, SITEMAP_UNCHANGED)
        return True

    def check_link(self, url: str) -> bool:
        """Whether to request a link found in a page: not when the article was written before."""
        return self._check_seen(url, None, dated=False)

    def _check_seen(self, url: str, date: datetime | None, *, dated: bool) -> bool:
        if self.seen is None or url in self.let_through:
            return True
        stored = self.seen.lastmod(url)
        if stored is not None and (not dated or is_unchanged(stored, date)):
            return self._refuse(url, SEEN)
        return self._allow(url)
