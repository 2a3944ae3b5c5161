"""The Kyiv Independent: the generic machinery plus the ``kyivindependent`` profile."""

from __future__ import annotations

from newsspider.spiders.base import SiteSpider


class KyivIndependentSpider(SiteSpider):
    """Crawls kyivindependent.com from its robots.txt sitemaps, RSS feed and news archive."""

    name = "kyivindependent"
    site = "kyivindependent"
