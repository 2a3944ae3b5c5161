"""Distributed crawling on a real redis-server: two workers crawl exactly what one process would."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
import redis

from newsspider.distributed.frontier import RedisFrontier, url_from_data
from newsspider.testing.crawlrun import ROOT, crawl_command, read_records, read_stats, run_crawl, start_crawl
from newsspider.testing.gensite import ALWAYS_503, GeneratedSite, GenSiteServer
from newsspider.testing.redis_server import RedisServer, RedisUnavailable

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

WORKERS = 2
IDLE_CLOSE = "2"
WORKER_TIMEOUT = 120


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A fresh redis-server on a free loopback port (fails, never skips, without redis-server)."""
    with RedisServer(tmp_path) as server:
        yield server.url


def enqueue(url: str, *start: str) -> str:
    cmd = [sys.executable, "-m", "newsspider", "enqueue", "--redis", url, *start]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_two_workers_crawl_what_one_process_does(tmp_path: Path, redis_url: str) -> None:
    site = GeneratedSite.build(150)
    # Slow enough responses that both workers, however late one starts, get a share of the frontier.
    with GenSiteServer(site, delay=0.15) as server:
        single = run_crawl(crawl_command("news", args={"urls": f"{server.origin}/"}, output=tmp_path / "one.jsonl"))
        assert single.returncode == 0, single.stderr[-3000:]
        single_requests = server.requested()
        server.clear()

        assert enqueue(redis_url, f"{server.origin}/") == (
            "enqueued 1 URLs for a new crawl of 'news' (1 start URLs waiting)"
        )
        settings = {"REDIS_URL": redis_url, "NEWSSPIDER_REDIS_IDLE_CLOSE": IDLE_CLOSE, "CONCURRENT_REQUESTS": "4"}
        workers = [
            start_crawl(
                crawl_command(
                    "news", settings=settings, output=tmp_path / f"w{n}.jsonl", stats=tmp_path / f"w{n}.json"
                ),
                tmp_path / f"w{n}.log",
            )
            for n in range(WORKERS)
        ]
        codes = [w.wait(timeout=WORKER_TIMEOUT) for w in workers]
        shared_requests = server.requested()
        origin = server.origin

    logs = [(tmp_path / f"w{n}.log").read_text(encoding="utf-8") for n in range(WORKERS)]
    assert codes == [0] * WORKERS, logs[0][-3000:]
    assert shared_requests == single_requests  # the same pages, each as often (retries included)
    per_worker = [[r["url"] for r in read_records(tmp_path / f"w{n}.jsonl")] for n in range(WORKERS)]
    together = [url for urls in per_worker for url in urls]
    assert len(together) == len(set(together))
    expected = {origin + a.path for a in site.articles if a.behaviour != ALWAYS_503}
    assert set(together) == expected == {r["url"] for r in read_records(tmp_path / "one.jsonl")}
    assert all(read_stats(tmp_path / f"w{n}.json").get("response_received_count", 0) > 0 for n in range(WORKERS))
    assert all("Shared frontier empty" in log for log in logs)
    assert not [line for log in logs for line in log.splitlines() if "Warning" in line]


def test_enqueue_joins_a_running_crawl_and_resets_a_finished_one(redis_url: str) -> None:
    frontier = RedisFrontier(redis.Redis.from_url(redis_url), "news")
    frontier.server.sadd(frontier.dupefilter_key, "old-fingerprint")
    assert enqueue(redis_url, "https://example.com/") == (
        "enqueued 1 URLs for a new crawl of 'news' (1 start URLs waiting)"
    )
    assert frontier.server.exists(frontier.dupefilter_key) == 0
    assert enqueue(redis_url, "https://example.org/", "--spider", "news") == (
        "enqueued 1 URLs for the running crawl of 'news' (2 start URLs waiting)"
    )
    assert frontier.pop_start_urls() == ["https://example.com/", "https://example.org/"]


@pytest.mark.parametrize(
    ("data", "url"),
    [
        (b"https://example.com/", "https://example.com/"),
        (b'{"url": "https://example.com/a", "meta": {}}', "https://example.com/a"),
        (b'{"meta": {}}', None),
        (b"{not json", None),
        (b"  ", None),
    ],
)
def test_start_url_entries(data: bytes, url: str | None) -> None:
    assert url_from_data(data) == url


def test_missing_redis_server_fails_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RedisUnavailable, match="redis-server is not on PATH"):
        RedisServer(tmp_path)
