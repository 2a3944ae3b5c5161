"""Routing of the kyivindependent spider on saved responses, with no crawl: each fixture case is turned into a
response and given to the spider's callback, and the requests and items it yields are checked."""

from __future__ import annotations

from typing import Any

import pytest
import scrapy
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from newsspider.casefiles import iter_cases
from newsspider.items import FetchedPage
from newsspider.spiders.kyivindependent import KyivIndependentSpider

from .conftest import SEED_SITE

SITE = "https://kyivindependent.com"
CASES = {case.name: case for case in iter_cases(SEED_SITE)}
ARTICLE_URLS = {case.url for case in CASES.values() if case.kind == "article"}
RESPONSE_TYPES = {".html": HtmlResponse, ".xml": XmlResponse, ".txt": TextResponse}


@pytest.fixture
def spider() -> KyivIndependentSpider:
    crawler = get_crawler(KyivIndependentSpider)
    return KyivIndependentSpider.from_crawler(crawler)


def route(spider: KyivIndependentSpider, name: str) -> tuple[set[str], list[Any]]:
    case = CASES[name]
    cls = RESPONSE_TYPES[case.body_path.suffix]
    response = cls(url=case.url, body=case.body(), headers=case.headers, request=scrapy.Request(case.url))
    out = list(spider.parse(response))
    return {r.url for r in out if isinstance(r, scrapy.Request)}, [i for i in out if not isinstance(i, scrapy.Request)]


def test_start_urls_are_sitemap_feed_and_archive(spider: KyivIndependentSpider) -> None:
    assert spider.start_urls == [f"{SITE}/sitemap.xml", f"{SITE}/feed/", f"{SITE}/news-archive/"]


def test_robots_txt_leads_to_the_sitemap(spider: KyivIndependentSpider) -> None:
    assert route(spider, "robots") == ({f"{SITE}/sitemap.xml"}, [])


def test_sitemap_index_leads_to_every_sitemap(spider: KyivIndependentSpider) -> None:
    requests, items = route(spider, "sitemap-index")
    assert requests == {f"{SITE}/sitemap-{kind}.xml" for kind in ("pages", "posts", "authors", "tags")}
    assert items == []


def test_post_sitemap_leads_to_every_article(spider: KyivIndependentSpider) -> None:
    assert route(spider, "sitemap-posts") == (ARTICLE_URLS, [])


def test_tag_and_author_sitemaps_lead_nowhere(spider: KyivIndependentSpider) -> None:
    assert route(spider, "sitemap-tags") == (set(), [])
    assert route(spider, "sitemap-authors") == (set(), [])
    assert spider.crawler.stats.get_value("newsspider/skipped/sitemap_entry_not_article") == 2


def test_feed_leads_to_its_articles(spider: KyivIndependentSpider) -> None:
    requests, _ = route(spider, "feed")
    assert len(requests) == 5
    assert requests <= ARTICLE_URLS


def test_archive_leads_to_its_articles_and_the_next_page(spider: KyivIndependentSpider) -> None:
    first, items = route(spider, "news-archive")
    second, _ = route(spider, "news-archive-page-2")
    assert items == []
    assert f"{SITE}/news-archive/page/2/" in first
    assert (first | second) - {f"{SITE}/news-archive/page/2/", f"{SITE}/news-archive/"} == ARTICLE_URLS


def test_article_becomes_one_page_item_and_nothing_else(spider: KyivIndependentSpider) -> None:
    requests, items = route(spider, "seed-article")
    assert requests == set()
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, FetchedPage)
    assert (item.url, item.spider, item.site, item.status) == (
        CASES["seed-article"].url,
        "kyivindependent",
        "kyivindependent",
        200,
    )
    assert "Ukraine to investigate alleged war crimes" in item.html


@pytest.mark.parametrize("name", ["tag-news-feed", "author-news-desk"])
def test_tag_and_author_pages_are_never_articles(spider: KyivIndependentSpider, name: str) -> None:
    _, items = route(spider, name)
    assert items == []
