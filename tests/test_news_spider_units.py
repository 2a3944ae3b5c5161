"""Pure parts of the crawl, with no crawler: page detection, links, options, dates, the gate, the seen store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from newsspider.crawl.dates import BadDate, parse_entry_date, parse_since
from newsspider.crawl.detect import PageKind, classify_page, has_article_url_shape
from newsspider.crawl.gate import RequestGate
from newsspider.crawl.links import feed_links, next_page_links, page_links, same_site, site_host
from newsspider.crawl.options import BadArgument, CrawlOptions, parse_options
from newsspider.crawl.seen import NO_DATE, SqliteSeenStore, is_unchanged
from newsspider.extensions.progress import Progress, progress_from_stats
from newsspider.extract import Page
from newsspider.sites import profile_from_dict
from newsspider.testing.gensite import GeneratedSite
from newsspider.utils.discovery import Entry, sitemap_entries

if TYPE_CHECKING:
    from pathlib import Path

PARAGRAPH = "<p>" + "Officials said the talks would continue next week in the capital. " * 4 + "</p>"
LD = '<script type="application/ld+json">{}</script>'


def page(body: str, url: str = "https://example.com/news/a-long-story-about-things/", head: str = "") -> Page:
    return Page(f"<html><head>{head}</head><body>{body}</body></html>", url)


@pytest.mark.parametrize(
    ("html_page", "kind", "evidence"),
    [
        (page(PARAGRAPH, head=LD.format(json.dumps({"@type": "NewsArticle"}))),
         PageKind.ARTICLE, "json_ld:NewsArticle"),
        (page(PARAGRAPH, head=LD.format(json.dumps({"@graph": [{"@type": ["WebPage"]}, {"@type": "BlogPosting"}]}))),
         PageKind.ARTICLE, "json_ld:BlogPosting"),
        (page("", head='<meta property="og:type" content="article">'), PageKind.ARTICLE, "og:type:article"),
        (page(PARAGRAPH * 4), PageKind.ARTICLE, "text:long"),
        (page(PARAGRAPH * 2), PageKind.ARTICLE, "text:short+url"),
        (page(PARAGRAPH * 2, url="https://example.com/about/"), PageKind.OTHER, "text:short"),
        (page(PARAGRAPH, url="https://example.com/tag/energy/", head=LD.format('{"@type": "NewsArticle"}')),
         PageKind.TAG, "url:tag_page"),
        (page("", url="https://example.com/author/jane-doe/"), PageKind.AUTHOR, "url:author_page"),
        (page("", url="https://example.com/category/world/"), PageKind.SECTION, "url:section_page"),
        (page("", url="https://example.com/?s=kyiv"), PageKind.SEARCH, "url:search_page"),
        (page("", url="https://example.com/news/page/3/"), PageKind.LISTING, "url:listing_page"),
        (page("", url="https://example.com/"), PageKind.HOME, "url:home"),
        (page("", url="https://example.com/x/", head=LD.format('{"@type": "Series"}')), PageKind.TAG, "json_ld:Series"),
        (page("", url="https://example.com/x/", head=LD.format('{"@type": "ProfilePage"}')),
         PageKind.AUTHOR, "json_ld:ProfilePage"),
        (page("", url="https://example.com/x/", head='<meta property="og:type" content="profile">'),
         PageKind.AUTHOR, "og:type:profile"),
        (page('<p><a href="/a">' + "A link with a long teaser title " * 3 + "</a></p>" * 5),
         PageKind.LISTING, "text:link_density"),
        (page('<a href="/a">a</a>'), PageKind.LISTING, "text:none"),
        (page(""), PageKind.OTHER, "text:none"),
        (page("<div>" + "Text without paragraphs, split by breaks.<br>" * 30 + "</div>"),
         PageKind.ARTICLE, "text:block"),
        # A first page number and og:type website are no reasons to call an article a listing.
        (page("", url="https://example.com/view?id=3&page=1", head='<meta property="og:type" content="article">'),
         PageKind.ARTICLE, "og:type:article"),
        (page(PARAGRAPH * 4, head='<meta property="og:type" content="website">'), PageKind.ARTICLE, "text:long"),
    ],
)  # fmt: skip
def test_classify_page(html_page: Page, kind: PageKind, evidence: str) -> None:
    verdict = classify_page(html_page)
    assert (verdict.kind, verdict.evidence) == (kind, evidence)


def test_profile_patterns_come_first() -> None:
    profile = profile_from_dict(
        {"name": "x", "domains": ["example.com"], "article_url": ["^/tag/special-"], "deny_url": ["^/ads/"]}
    )
    tagged = Page("<html><body></body></html>", "https://example.com/tag/special-report/", profile=profile)
    denied = Page("<html><body>" + PARAGRAPH * 4 + "</body></html>", "https://example.com/ads/a/", profile=profile)
    assert (classify_page(tagged).kind, classify_page(tagged).evidence) == (PageKind.ARTICLE, "profile:article_url")
    assert (classify_page(denied).kind, classify_page(denied).evidence) == (PageKind.OTHER, "profile:deny_url")


@pytest.mark.parametrize(
    ("url", "shaped"),
    [
        ("https://example.com/2025/08/01/a/", True),
        ("https://example.com/world/ukraine-signs-grain-deal/", True),
        ("https://example.com/world/grain-deal/", False),
        ("https://example.com/", False),
        ("https://example.com/a-long-story-about-it.html", True),
    ],
)
def test_article_url_shape(url: str, shaped: bool) -> None:
    assert has_article_url_shape(url) is shaped


LISTING = """<html><head><link rel="next" href="/news/page/2/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>
<a href="/a/#comments">A</a> <a href="/b/">B</a> <a href="/a/">A again</a> <a href="/logo.png">logo</a>
<a href="mailto:x@example.com">mail</a> <a href="/archive?p=3">Older posts</a> <a href="/x">»</a>
<a href="https://other.org/c/">C</a></body></html>"""


def test_links() -> None:
    root = Page(LISTING, "https://example.com/news/").root
    base = "https://example.com/news/"
    assert next_page_links(root, base) == [
        "https://example.com/news/page/2/",
        "https://example.com/archive?p=3",
        "https://example.com/x",
    ]
    assert feed_links(root, base) == ["https://example.com/feed.xml"]
    assert page_links(root, base) == [
        "https://example.com/a/",
        "https://example.com/b/",
        "https://example.com/archive?p=3",
        "https://example.com/x",
        "https://other.org/c/",
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://www.example.com/a", "http://example.com/b", True),
        ("https://example.com/a", "https://shop.example.com/b", False),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:8001/a", False),
    ],
)
def test_same_site(a: str, b: str, same: bool) -> None:
    assert same_site(a, b) is same
    assert site_host("https://WWW.Example.com/") == "example.com"


def test_options(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://a.com/  # home\n\n# comment\nhttps://b.com/feed\nhttps://a.com/\n")
    options = parse_options(urls="https://c.com/, ", urls_file=str(urls), max_articles="5", follow="no")
    assert options == CrawlOptions(
        urls=("https://c.com/", "https://a.com/", "https://b.com/feed"), max_articles=5, follow=False
    )
    assert parse_options(since="2025-08-01").since == datetime(2025, 8, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_articles": "many"}, "expected a whole number"),
        ({"max_articles": "0"}, "must be at least 1"),
        ({"follow": "maybe"}, "expected true or false"),
        ({"urls": "example.com"}, "not http"),
        ({"urls_file": "/no/such/file"}, "is not a file"),
    ],
)
def test_bad_options(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(BadArgument, match=message):
        parse_options(**kwargs)


def test_dates() -> None:
    now = datetime(2025, 8, 15, 12, tzinfo=UTC)
    assert parse_since("2 weeks ago", now=now) == datetime(2025, 8, 1, 12, tzinfo=UTC)
    assert parse_since("2025-08-01T02:00:00+02:00") == datetime(2025, 8, 1, tzinfo=UTC)
    with pytest.raises(BadDate, match="cannot understand"):
        parse_since("whenever")
    assert parse_entry_date("Fri, 08 Aug 2025 10:00:00 GMT") == datetime(2025, 8, 8, 10, tzinfo=UTC)
    assert parse_entry_date("2025-08-08T16:30:00.000Z") == datetime(2025, 8, 8, 16, 30, tzinfo=UTC)
    assert parse_entry_date("2025-08-02") == datetime(2025, 8, 2, tzinfo=UTC)
    assert [parse_entry_date(v) for v in (None, "", "soon-ish")] == [None, None, None]


@pytest.mark.parametrize(
    ("stored", "entry", "unchanged"),
    [
        (None, None, False),
        (NO_DATE, datetime(2025, 8, 2, tzinfo=UTC), True),
        ("2025-08-01T00:00:00+00:00", None, True),
        ("2025-08-01T00:00:00+00:00", datetime(2025, 8, 1, tzinfo=UTC), True),
        ("2025-08-01T00:00:00+00:00", datetime(2025, 8, 2, tzinfo=UTC), False),
    ],
)
def test_is_unchanged(stored: str | None, entry: datetime | None, unchanged: bool) -> None:
    assert is_unchanged(stored, entry) is unchanged


def test_sqlite_seen_store(tmp_path: Path) -> None:
    store = SqliteSeenStore(tmp_path / "deep" / "seen.sqlite")
    store.add("https://a.com/1/", datetime(2025, 8, 1, tzinfo=UTC))
    assert store.add_many(["https://a.com/1/", "https://a.com/2/"]) == 1
    store.set_sitemaps({"https://a.com/s.xml": "2025-08-01T00:00:00+00:00"})
    store.close()
    again = SqliteSeenStore(tmp_path / "deep" / "seen.sqlite")
    assert (len(again), again.lastmod("https://a.com/1/"), again.lastmod("https://a.com/2/")) == (
        2,
        "2025-08-01T00:00:00+00:00",
        NO_DATE,
    )
    assert again.lastmod("https://a.com/3/") is None
    assert again.sitemap_lastmod("https://a.com/s.xml") == "2025-08-01T00:00:00+00:00"


def test_gate_counts_each_url_once_and_takes_back_a_changed_one(tmp_path: Path) -> None:
    counts: dict[str, int] = {}
    gate = RequestGate(datetime(2025, 8, 1, tzinfo=UTC), lambda r, n: counts.update({r: counts.get(r, 0) + n}))
    gate.seen = SqliteSeenStore(tmp_path / "seen.sqlite")
    gate.seen.add("https://a.com/old/", datetime(2025, 8, 3, tzinfo=UTC))
    old_entry = datetime(2025, 7, 1, tzinfo=UTC)
    assert [gate.check_entry("https://a.com/x/", old_entry), gate.check_entry("https://a.com/x/", old_entry)] == [
        False,
        False,
    ]
    assert [gate.check_link("https://a.com/old/"), gate.check_link("https://a.com/old/")] == [False, False]
    assert counts == {"older_than_since": 1, "seen": 1}
    assert gate.check_entry("https://a.com/old/", datetime(2025, 8, 9, tzinfo=UTC)) is True  # changed
    assert gate.check_link("https://a.com/old/") is True
    assert gate.check_link("https://a.com/new/") is True
    assert counts == {"older_than_since": 1, "seen": 0}
    assert gate.check_sitemap("https://a.com/s.xml", old_entry) is False
    assert counts["sitemap_older_than_since"] == 1


def test_progress_line() -> None:
    stats = {
        "response_received_count": 1204,
        "item_scraped_count": 873,
        "newsspider/skipped/tag_page": 300,
        "newsspider/skipped/seen": 10,
        "scheduler/enqueued/redis": 2000,
        "scheduler/dequeued/redis": 440,
    }
    progress = progress_from_stats(stats, 207.9)
    assert progress == Progress(pages=1204, articles=873, skipped=310, queue=1560, seconds=207.9)
    assert progress.line() == "pages 1,204 | articles 873 | skipped 310 | 4.2 articles/s | queue 1,560"
    assert progress_from_stats({}, 0).line() == "pages 0 | articles 0 | skipped 0 | 0.0 articles/s | queue 0"


def test_generated_site_model() -> None:
    site = GeneratedSite.build(30, per_sitemap=10, per_listing=10)
    reachable = site.reachable()
    assert len([p for p in reachable if p in site.by_path]) == 30
    assert {p for p in reachable if p.startswith("/sitemaps/")} == {
        "/sitemaps/posts-0.xml.gz",
        "/sitemaps/posts-1.xml",
        "/sitemaps/posts-2.xml",
    }
    assert not [p for p in reachable if p.startswith("/private/")]
    status, headers, _ = site.respond(site.articles[1].path, "http://x", hits=0)
    assert (status, headers["Retry-After"]) == (429, "1")
    assert site.respond(site.articles[1].path, "http://x", hits=1)[0] == 200


GOOGLE_NEWS = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://e.com/a/</loc><news:news>
<news:publication><news:name>E</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-08-08T10:00:00+00:00</news:publication_date><news:title>T</news:title></news:news>
</url><url><loc>https://e.com/b/</loc><lastmod>2025-08-09</lastmod></url></urlset>"""


def test_google_news_sitemap_dates() -> None:
    assert sitemap_entries(GOOGLE_NEWS) == [
        Entry("https://e.com/a/", "2025-08-08T10:00:00+00:00"),
        Entry("https://e.com/b/", "2025-08-09"),
    ]
