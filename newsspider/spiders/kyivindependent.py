"""The Kyiv Independent: the generic site routing plus the ``kyivindependent`` profile."""

from __future__ import annotations

from newsspider.spiders.base import SiteSpider


class KyivIndependentSpider(SiteSpider):
    """Crawls kyivindependent.com from its sitemap, RSS feed and news archive."""

    name = "kyivindependent"
    site = "kyivindependent"
