from __future__ import annotations

import gzip

import pytest

from newsspider.utils.discovery import Entry, feed_entries, robots_sitemaps, sitemap_entries

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/a/</loc><lastmod>2025-08-01T10:00:00+00:00</lastmod></url>
  <url><loc> https://example.com/b/ </loc></url>
</urlset>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://example.com/sitemap-posts.xml</loc><lastmod>2025-08-02</lastmod></sitemap></sitemapindex>"""
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://example.com/a/</link><pubDate>Fri, 08 Aug 2025 10:00:00 GMT</pubDate></item>
<item><title>No link</title></item></channel></rss>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><link rel="alternate" href="https://example.com/x/"/><link rel="edit" href="https://example.com/edit"/>
<updated>2025-08-03T00:00:00Z</updated></entry></feed>"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (URLSET, [Entry("https://example.com/a/", "2025-08-01T10:00:00+00:00"), Entry("https://example.com/b/", None)]),
        (INDEX, [Entry("https://example.com/sitemap-posts.xml", "2025-08-02", is_sitemap=True)]),
        (
            gzip.compress(URLSET),
            [Entry("https://example.com/a/", "2025-08-01T10:00:00+00:00"), Entry("https://example.com/b/", None)],
        ),
        (RSS, []),
        (b"<html><body>no</body></html>", []),
        (b"", []),
        (b"\x00\x01binary", []),
    ],
)
def test_sitemap_entries(body: bytes, expected: list[Entry]) -> None:
    assert sitemap_entries(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (RSS, [Entry("https://example.com/a/", "Fri, 08 Aug 2025 10:00:00 GMT")]),
        (ATOM, [Entry("https://example.com/x/", "2025-08-03T00:00:00Z")]),
        (gzip.compress(RSS), [Entry("https://example.com/a/", "Fri, 08 Aug 2025 10:00:00 GMT")]),
        (b"", []),
        (b"   ", []),
        (b"not xml at all", []),
    ],
)
def test_feed_entries(body: bytes, expected: list[Entry]) -> None:
    assert feed_entries(body) == expected


def test_entity_expansion_is_not_resolved() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss><channel><item><link>https://example.com/&x;</link></item></channel></rss>"""
    assert all("root:" not in e.url for e in feed_entries(evil))


def test_robots_sitemaps() -> None:
    robots = b"User-agent: *\nDisallow: /ghost/\nSitemap: https://example.com/sitemap.xml\nsitemap: /s2.xml\n"
    assert list(robots_sitemaps(robots, "https://example.com/robots.txt")) == [
        "https://example.com/sitemap.xml",
        "https://example.com/s2.xml",
    ]
