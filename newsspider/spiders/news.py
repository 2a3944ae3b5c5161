"""``news``: crawl any news site from its home page, sitemaps, feeds, listings or article URLs.

scrapy crawl news -a urls=https://example.com/ -o data/example.jsonl
"""

from __future__ import annotations

from newsspider.spiders.base import SiteSpider


class NewsSpider(SiteSpider):
    """The generic machinery with no site profile: pages are recognised by their content alone."""

    name = "news"
