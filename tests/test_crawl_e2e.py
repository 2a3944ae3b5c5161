"""Real crawls of the Kyiv Independent fixture site: replayed, and over HTTP from 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from newsspider.casefiles import iter_cases
from newsspider.extract import extract_article
from newsspider.schema import validation_errors
from newsspider.testing.server import FixtureServer

from .conftest import ROOT, SEED_SITE

if TYPE_CHECKING:
    from pathlib import Path

ARTICLES = {c.url: c for c in iter_cases(SEED_SITE) if c.kind == "article"}
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "LOG_LEVEL=INFO"]


def scrapy_crawl(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "kyivindependent", "-O", str(out), *FAST, *args]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240, env=env, check=False)


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], list[dict]]:
    out = tmp_path_factory.mktemp("crawl") / "kyivindependent.jsonl"
    result = scrapy_crawl(out, "-s", f"REPLAY_FIXTURES={SEED_SITE}")
    assert result.returncode == 0, result.stderr[-3000:]
    return result, read_records(out)


def test_replayed_crawl_writes_every_article_once(replayed) -> None:
    _, records = replayed
    assert sorted(r["url"] for r in records) == sorted(ARTICLES)


def test_replayed_records_are_valid(replayed) -> None:
    _, records = replayed
    assert [validation_errors(r) for r in records] == [[] for _ in records]


def test_replayed_records_equal_the_extractor_output(replayed) -> None:
    _, records = replayed
    for record in records:
        case = ARTICLES[record["url"]]
        expected = extract_article(case.body(), case.url, fetched_at=case.fetched_at, spider="kyivindependent")
        assert record == expected, case.case_id


def test_replay_never_misses_a_listed_url(replayed) -> None:
    result, _ = replayed
    assert "'replay/unknown_url'" not in result.stderr
    assert "newsspider/invalid" not in result.stderr


def test_summary_is_printed(replayed) -> None:
    result, records = replayed
    assert f"articles written: {len(records)}" in result.stdout
    assert "quotes found:" in result.stdout
    assert "skipped:" in result.stdout


def test_crawl_over_http_from_a_local_mirror(tmp_path: Path) -> None:
    out = tmp_path / "mirror.jsonl"
    with FixtureServer(SEED_SITE) as server:
        result = scrapy_crawl(out, "-a", f"origin={server.origin}")
        fetched = list(server.requests)
    assert result.returncode == 0, result.stderr[-3000:]
    records = read_records(out)
    origin = "https://kyivindependent.com"
    assert sorted(r["url"].replace(server.origin, origin) for r in records) == sorted(ARTICLES)
    assert "/robots.txt" in fetched
    # Each page fetched once: the duplicate filter holds across sitemap, feed and archive.
    assert len(fetched) == len(set(fetched))
    assert all(r["url"].startswith(server.origin) for r in records)
    assert [validation_errors(r) for r in records] == [[] for _ in records]
