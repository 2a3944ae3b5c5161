"""The generic ``news`` spider on a generated site over HTTP: exact sets of pages fetched, written, skipped."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from newsspider.testing.crawlrun import crawl_command, read_records, read_stats, run_crawl, skipped
from newsspider.testing.gensite import ALWAYS_503, RETRY_429, RETRY_503, GeneratedSite, GenSiteServer

if TYPE_CHECKING:
    from pathlib import Path

ARTICLES = 150
RETRY_TIMES = 3


def writable(site: GeneratedSite, origin: str) -> set[str]:
    return {origin + a.path for a in site.articles if a.behaviour != ALWAYS_503}


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("news")
    site = GeneratedSite.build(ARTICLES)
    with GenSiteServer(site) as server:
        cmd = crawl_command(
            "news", args={"urls": f"{server.origin}/"}, output=tmp / "out.jsonl", stats=tmp / "stats.json"
        )
        result = run_crawl(cmd)
        requested = server.requested()
        origin = server.origin
        retry_gaps = {b: _gap(server, site, b) for b in (RETRY_429, RETRY_503)}
    assert result.returncode == 0, result.stderr[-3000:]
    return {
        "site": site,
        "origin": origin,
        "requested": requested,
        "records": read_records(tmp / "out.jsonl"),
        "stats": read_stats(tmp / "stats.json"),
        "stdout": result.stdout,
        "retry_gaps": retry_gaps,
    }


def _gap(server: GenSiteServer, site: GeneratedSite, behaviour: str) -> float:
    path = next(a.path for a in site.articles if a.behaviour == behaviour)
    first, second = server.times(path)
    return second - first


def test_every_reachable_page_is_fetched_and_nothing_else(full_crawl: dict[str, Any]) -> None:
    assert set(full_crawl["requested"]) == full_crawl["site"].reachable()


def test_pages_are_fetched_once_but_retries(full_crawl: dict[str, Any]) -> None:
    site: GeneratedSite = full_crawl["site"]
    by_behaviour = {a.path: a.behaviour for a in site.articles if a.behaviour}
    again = {path: n for path, n in full_crawl["requested"].items() if n > 1}
    assert again == {
        path: (1 + RETRY_TIMES if behaviour == ALWAYS_503 else 2) for path, behaviour in by_behaviour.items()
    }


def test_robots_txt_disallowed_pages_are_never_fetched(full_crawl: dict[str, Any]) -> None:
    assert [p for p in full_crawl["requested"] if p.startswith("/private/")] == []
    # One disallowed link on each article page served (the always-503 article never is).
    assert full_crawl["stats"]["robotstxt/forbidden"] == ARTICLES - 1


def test_every_article_is_written_once(full_crawl: dict[str, Any]) -> None:
    urls = [r["url"] for r in full_crawl["records"]]
    assert len(urls) == len(set(urls))
    assert set(urls) == writable(full_crawl["site"], full_crawl["origin"])


def test_hub_pages_are_followed_and_counted_never_written(full_crawl: dict[str, Any]) -> None:
    site: GeneratedSite = full_crawl["site"]
    assert skipped(full_crawl["stats"]) == {
        "author_page": 4,
        "home_page": 1,
        "listing_page": site.listing_pages(),
        "not_article": 1,
        "search_page": 1,
        "section_page": 3,
        "tag_page": 5,
    }


def test_summary_prints_the_skips(full_crawl: dict[str, Any]) -> None:
    assert "skipped: author_page 4, home_page 1, listing_page 8, not_article 1," in full_crawl["stdout"]


def test_retry_after_is_honoured(full_crawl: dict[str, Any]) -> None:
    stats = full_crawl["stats"]
    assert stats["newsspider/retry_after/429"] == 1
    assert stats["newsspider/retry_after/503"] == 1 + RETRY_TIMES
    assert full_crawl["retry_gaps"][RETRY_429] >= 1.0  # Retry-After: 1
    assert full_crawl["retry_gaps"][RETRY_503] >= 0.9  # an HTTP date 2 s ahead, at second precision


def test_since_skips_old_sitemaps_and_entries_without_fetching(tmp_path: Path) -> None:
    site = GeneratedSite.build(ARTICLES)
    since = site.articles[100].published
    touched = site.articles[60]  # old, but modified after `since`: fetched for its lastmod, then dropped
    site.touch(touched, since + timedelta(days=1))
    with GenSiteServer(site) as server:
        cmd = crawl_command(
            "news",
            args={"urls": f"{server.origin}/sitemap_index.xml", "since": since.isoformat(), "follow": "false"},
            output=tmp_path / "out.jsonl",
            stats=tmp_path / "stats.json",
        )
        result = run_crawl(cmd)
        requested = server.requested()
        origin = server.origin
    assert result.returncode == 0, result.stderr[-3000:]
    recent = [a for a in site.articles[100:] if a.in_sitemap]
    assert set(requested) == {
        "/robots.txt",
        "/sitemap_index.xml",
        site.sitemap_path(1),
        site.sitemap_path(2),
        touched.path,
        *(a.path for a in recent),
    }
    assert {r["url"] for r in read_records(tmp_path / "out.jsonl")} == {origin + a.path for a in recent}
    assert skipped(read_stats(tmp_path / "stats.json")) == {"sitemap_older_than_since": 1, "older_than_since": 50}


def test_max_articles_stops_after_exactly_n(tmp_path: Path) -> None:
    site = GeneratedSite.build(60, with_errors=False)
    with GenSiteServer(site) as server:
        cmd = crawl_command(
            "news",
            args={"urls": f"{server.origin}/feed.xml", "max_articles": "7", "follow": "false"},
            output=tmp_path / "out.jsonl",
            stats=tmp_path / "stats.json",
        )
        result = run_crawl(cmd)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(read_records(tmp_path / "out.jsonl")) == 7
    assert read_stats(tmp_path / "stats.json")["finish_reason"] == "max_articles"


def test_urls_file_and_an_article_start_url(tmp_path: Path) -> None:
    site = GeneratedSite.build(20, with_errors=False)
    with GenSiteServer(site) as server:
        urls = tmp_path / "urls.txt"
        first, second = (server.origin + site.articles[n].path for n in (4, 5))
        urls.write_text(f"# two articles\n{first}\n\n{second}  # the second\n")
        cmd = crawl_command("news", args={"urls_file": str(urls), "follow": "false"}, output=tmp_path / "out.jsonl")
        result = run_crawl(cmd)
        requested = server.requested()
        origin = server.origin
    assert result.returncode == 0, result.stderr[-3000:]
    assert set(requested) == {"/robots.txt", site.articles[4].path, site.articles[5].path}
    assert {r["url"] for r in read_records(tmp_path / "out.jsonl")} == {
        origin + site.articles[4].path,
        origin + site.articles[5].path,
    }
