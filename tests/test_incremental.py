"""Runs that last: a second run fetches only what is new or changed; a crawl killed with SIGKILL resumes
with no article lost and none written twice."""

from __future__ import annotations

import signal
import time
from datetime import timedelta
from typing import TYPE_CHECKING

from newsspider.testing.crawlrun import crawl_command, read_records, read_stats, run_crawl, skipped, start_crawl
from newsspider.testing.gensite import ALWAYS_503, GeneratedSite, GenSiteServer

if TYPE_CHECKING:
    from pathlib import Path

KILL_AFTER_RECORDS = 25
KILL_WAIT_SECONDS = 60.0


def test_second_run_fetches_only_new_and_changed_articles(tmp_path: Path) -> None:
    site = GeneratedSite.build(150)
    out = tmp_path / "site.jsonl"
    settings = {"NEWSSPIDER_INCREMENTAL": "true", "NEWSSPIDER_SEEN_DB": str(tmp_path / "seen.sqlite")}
    with GenSiteServer(site) as server:
        args = {"urls": f"{server.origin}/"}
        first = run_crawl(crawl_command("news", args=args, settings=settings, output=out, append=True))
        assert first.returncode == 0, first.stderr[-3000:]
        written_first = {r["url"] for r in read_records(out)}
        before = {a.path for a in site.articles}

        newest = site.newest_first()[0].published
        fresh = [site.add_article(newest + timedelta(hours=n + 1)) for n in range(5)]
        changed = site.articles[20]
        site.touch(changed, newest + timedelta(days=1))
        server.clear()
        second = run_crawl(
            crawl_command("news", args=args, settings=settings, output=out, append=True, stats=tmp_path / "2.json")
        )
        assert second.returncode == 0, second.stderr[-3000:]
        requested = server.requested()
        origin = server.origin

    broken = next(a.path for a in site.articles if a.behaviour == ALWAYS_503)
    articles_fetched = {p for p in requested if p in {a.path for a in site.articles}}
    assert articles_fetched == {*(a.path for a in fresh), changed.path, broken}
    # Hubs are walked again; the sitemap whose lastmod did not move is not.
    assert set(requested) == site.reachable() - (before - {changed.path, broken}) - {site.sitemap_path(1)}
    records = read_records(out)
    assert [r["url"] for r in records[len(written_first) :]] == sorted(
        [origin + a.path for a in [*fresh, changed]], key=[r["url"] for r in records[len(written_first) :]].index
    )
    assert {r["url"] for r in records[len(written_first) :]} == {origin + a.path for a in [*fresh, changed]}
    stats = skipped(read_stats(tmp_path / "2.json"))
    assert stats["seen"] == len(before) - 2  # every article written before, but the changed and the broken one
    assert stats["sitemap_unchanged"] == 1


def test_a_killed_crawl_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    site = GeneratedSite.build(150)
    out = tmp_path / "site.jsonl"
    jobdir = tmp_path / "job"
    settings = {"JOBDIR": str(jobdir), "CONCURRENT_REQUESTS": "2"}
    with GenSiteServer(site, delay=0.02) as server:
        cmd = crawl_command("news", args={"urls": f"{server.origin}/"}, settings=settings, output=out, append=True)
        process = start_crawl(cmd, tmp_path / "first.log")
        deadline = time.monotonic() + KILL_WAIT_SECONDS
        while len(read_records(out)) < KILL_AFTER_RECORDS and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        written_first = {r["url"] for r in read_records(out)}
        assert KILL_AFTER_RECORDS <= len(written_first) < len(site.articles) - 1
        first_requests = server.requested()
        server.clear()

        stats_path = tmp_path / "2.json"
        second = run_crawl(
            crawl_command("news", args={"urls": f"{server.origin}/"}, settings=settings, output=out, append=True,
                          stats=stats_path)
        )  # fmt: skip
        assert second.returncode == 0, second.stderr[-3000:]
        requested = server.requested()
        origin = server.origin

    urls = [r["url"] for r in read_records(out)]
    assert len(urls) == len(set(urls))
    assert set(urls) == {origin + a.path for a in site.articles if a.behaviour != ALWAYS_503}
    # The second run fetched no article the first one wrote, and every other one.
    article_paths = {a.path for a in site.articles}
    fetched_again = {origin + p for p in requested if p in article_paths}
    assert fetched_again == {origin + p for p in article_paths} - written_first
    assert first_requests  # the first run did work before it was killed
    assert read_stats(stats_path)["newsspider/resumed_after_kill"] == 1
    assert not (jobdir / "newsspider.running").exists()
