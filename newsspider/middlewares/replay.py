"""Serve every request from saved fixture cases instead of the network.

Enabled by the ``REPLAY_FIXTURES`` setting (a folder of cases, see :mod:`newsspider.casefiles`).
Spiders, URLs and every other middleware run exactly as in a live crawl; only the download is
replaced. A URL with no case is never fetched: it is logged, counted in the stats under
``replay/unknown_url`` and ignored.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from newsspider.casefiles import index_by_url, url_key

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

    from newsspider.casefiles import FixtureCase

logger = logging.getLogger(__name__)

FETCHED_AT_META = "newsspider_fetched_at"


class ReplayMiddleware:
    """Answers requests with the fixture case saved for their URL."""

    def __init__(self, root: Path, stats: StatsCollector) -> None:
        self.root = root
        self.stats = stats
        self.cases: dict[str, FixtureCase] = index_by_url(root)
        logger.info("Replaying %d fixture responses from %s", len(self.cases), root)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        folder = crawler.settings.get("REPLAY_FIXTURES")
        if not folder:
            raise NotConfigured("REPLAY_FIXTURES is not set")
        root = Path(folder)
        if not root.is_dir():
            raise NotConfigured(f"REPLAY_FIXTURES={folder!r} is not a folder")
        assert crawler.stats is not None
        return cls(root, crawler.stats)

    def process_request(self, request: Request) -> Response:
        case = self.cases.get(url_key(request.url))
        if case is None:
            self.stats.inc_value("replay/unknown_url")
            logger.warning(
                "No fixture for %s (referer: %s): request skipped, replay never uses the network",
                request.url,
                (request.headers.get("Referer") or b"-").decode("latin-1"),
            )
            raise IgnoreRequest(f"no fixture for {request.url}")
        self.stats.inc_value("replay/served")
        body = case.body()
        headers = Headers(case.headers)
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        request.meta[FETCHED_AT_META] = case.fetched_at.isoformat()
        return cls(url=request.url, status=case.status, headers=headers, body=body, request=request, flags=["replay"])
