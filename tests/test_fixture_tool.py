"""The fixture tool: record (from a file and through a real Scrapy crawl), update with review, replay misses."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from newsspider.casefiles import load_case
from newsspider.cli import main
from newsspider.fixturetool.cases import case_name_for_url, site_for_url
from newsspider.fixturetool.record import read_saved, record_case
from newsspider.fixturetool.update import select_cases, update_cases
from newsspider.middlewares.replay import ReplayMiddleware
from newsspider.testing.server import FixtureServer

ROOT = Path(__file__).resolve().parent.parent
URL = "https://www.example-gazette.example/news/2026/03/01/harbour-bridge-reopens.html"
FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs | Example Gazette</title>
<meta name="description" content="The bridge reopened on Sunday after eight months.">
<link rel="canonical" href="https://www.example-gazette.example/news/2026/03/01/harbour-bridge-reopens.html">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour bridge reopens after repairs", "datePublished": "2026-03-01T09:00:00+00:00",
 "author": {"@type": "Person", "name": "Ann Lee"}}</script></head>
<body><article><h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Sunday morning, eight months after cracks were found in its piers.</p>
<p>Engineers replaced both bearings and strengthened the deck. Buses return to their usual routes on Monday.</p>
<p>The repairs cost 4.2 million, slightly less than the city had budgeted for the work.</p>
</article></body></html>"""
SUBPROCESS_TIMEOUT_S = 120


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (URL, "harbour-bridge-reopens"),
        ("https://site.example/", "home"),
        ("https://site.example/politics/some-story/amp/", "some-story"),
        ("https://site.example/uk/%D0%BA%D0%B8%D1%97%D0%B2/", "home"),
        ("https://site.example/a,b,8821.html", "a-b-8821"),
        ("https://site.example/Story_Title?id=4", "story-title"),
    ],
)
def test_case_name_for_url(url: str, name: str) -> None:
    assert case_name_for_url(url) == name


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://kyivindependent.com/some-story/", "kyivindependent"),
        ("https://www.dailyherald.example/2026/x/", "dailyherald-example"),
        ("http://127.0.0.1:8000/x", "127-0-0-1"),
    ],
)
def test_site_for_url(url: str, site: str) -> None:
    assert site_for_url(url) == site


@pytest.fixture
def saved_page(tmp_path: Path) -> Path:
    path = tmp_path / "saved.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def case_folder(tmp_path: Path, saved_page: Path) -> Path:
    folder = tmp_path / "fixtures" / "gazette" / "bridge"
    record_case(read_saved(saved_page, URL, FETCHED), folder, site="gazette")
    return folder


def test_record_from_file_writes_a_reviewable_case(tmp_path: Path, saved_page: Path) -> None:
    fixtures = tmp_path / "fx"
    args = ["fixture", "--fixtures", str(fixtures), "record", "--from-file", str(saved_page), "--url", URL]
    assert main([*args, "--site", "gazette", "--fetched-at", "2026-03-01T12:00:00+00:00"]) == 0
    case = load_case(fixtures / "gazette" / "harbour-bridge-reopens")
    assert (case.url, case.fetched_at, case.kind) == (URL, FETCHED, "article")
    assert case.headers == {"Content-Type": "text/html; charset=utf-8"}
    assert case.body() == saved_page.read_bytes()
    expected = case.expected() or {}
    assert expected["headline"] == "Harbour bridge reopens after repairs"
    assert expected["fetched_at"] == "2026-03-01T12:00:00+00:00"
    assert expected["spider"] == "gazette"
    assert expected["body"]["$contains"][0].startswith("The harbour bridge reopened")
    assert expected["body"]["$not_contains"] == []
    assert "headline" in expected["provenance"]["$keys_include"]
    assert main([*args, "--site", "gazette"]) == 1  # the case exists: no silent overwrite


def test_record_non_article_has_no_expected(tmp_path: Path, saved_page: Path) -> None:
    args = ["fixture", "--fixtures", str(tmp_path), "record", "--from-file", str(saved_page), "--url", URL]
    assert main([*args, "--kind", "tag", "--name", "tag-page"]) == 0
    case = load_case(tmp_path / "example-gazette-example" / "tag-page")
    assert case.kind == "tag"
    assert case.expected() is None


def _rewrite(folder: Path, **fields: Any) -> None:
    path = folder / "expected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(fields)
    path.write_text(json.dumps(data), encoding="utf-8")


def _set_known(folder: Path, known: dict[str, str]) -> None:
    path = folder / "case.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["known_failures"] = known
    path.write_text(json.dumps(meta), encoding="utf-8")


def _update(folder: Path, *, yes: bool, ask: Any = None) -> tuple[int, str]:
    out = io.StringIO()
    status, _ = update_cases(select_cases(folder.parent.parent, ["gazette/bridge"]), yes=yes, ask=ask, out=out)
    return status, out.getvalue()


def test_update_without_terminal_shows_the_diff_and_writes_nothing(case_folder: Path) -> None:
    _rewrite(case_folder, headline="Old headline")
    before = (case_folder / "expected.json").read_text(encoding="utf-8")
    status, shown = _update(case_folder, yes=False)
    assert status == 1
    assert '~ headline: "Old headline" → "Harbour bridge reopens after repairs"' in shown
    assert (case_folder / "expected.json").read_text(encoding="utf-8") == before


def test_update_with_yes_writes_and_is_then_clean(case_folder: Path) -> None:
    _rewrite(case_folder, headline="Old headline", tags=["stale"])
    assert _update(case_folder, yes=True)[0] == 0
    expected = load_case(case_folder).expected() or {}
    assert (expected["headline"], expected["tags"]) == ("Harbour bridge reopens after repairs", [])
    assert _update(case_folder, yes=False) == (0, "1 cases, 0 with differences, 0 written, 0 failing checks\n")


@pytest.mark.parametrize(("answer", "written"), [("y", True), ("n", False), ("", False), ("a", True)])
def test_update_asks_a_person(case_folder: Path, answer: str, written: bool) -> None:
    _rewrite(case_folder, headline="Old headline")
    prompts: list[str] = []
    _update(case_folder, yes=False, ask=lambda prompt: prompts.append(prompt) or answer)
    assert prompts == ["write gazette/bridge? [y]es/[N]o/[a]ll/[q]uit "]
    assert ((load_case(case_folder).expected() or {})["headline"] == "Old headline") is not written


def test_update_keeps_failing_checks_and_reports_them(case_folder: Path) -> None:
    body = {"$contains": ["a sentence the page does not have"], "$not_contains": []}
    _rewrite(case_folder, body=body)
    status, shown = _update(case_folder, yes=True)
    assert status == 1
    assert "! body: checks fail, kept as they are: missing snippet 'a sentence the page does not have'" in shown
    assert (load_case(case_folder).expected() or {})["body"] == body


def test_update_keeps_the_truth_of_known_failures(case_folder: Path) -> None:
    _rewrite(case_folder, headline="The headline a careful reader sees")
    _set_known(case_folder, {"headline": "extractor reads the wrong title"})
    status, shown = _update(case_folder, yes=True)
    assert status == 0
    assert "x headline: known failure, truth kept" in shown
    assert (load_case(case_folder).expected() or {})["headline"] == "The headline a careful reader sees"


def test_update_drops_known_failures_that_pass_now(case_folder: Path) -> None:
    _set_known(case_folder, {"headline": "used to fail"})
    status, shown = _update(case_folder, yes=True)
    assert (status, load_case(case_folder).known_failures) == (0, {})
    assert "* headline: known failure now passes" in shown


def test_known_failures_command_flags_fixed_entries(case_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _set_known(case_folder, {"headline": "used to fail"})
    assert main(["fixture", "--fixtures", str(case_folder.parent.parent), "known-failures"]) == 1
    assert "FIXED gazette/bridge::headline: used to fail" in capsys.readouterr().out


def test_gate_command_compares_with_floors(case_folder: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    fixtures = str(case_folder.parent.parent)
    for floor, status in ((0.5, 0), (1.0, 0)):
        floors.write_text(json.dumps({"_doc": "", "floors": {"fixtures/pass_rate": floor}, "lowered": []}))
        args = ["fixture", "--fixtures", fixtures, "gate", "--floors", str(floors), "--corpus", str(tmp_path / "none")]
        assert main(args) == status
    _rewrite(case_folder, headline="Wrong on purpose")
    assert main(args) == 1


def test_replay_unknown_url_is_counted_and_ignored(case_folder: Path) -> None:
    crawler = get_crawler(settings_dict={"REPLAY_FIXTURES": str(case_folder.parent)})
    middleware = ReplayMiddleware.from_crawler(crawler)
    assert middleware.process_request(Request(URL)).status == 200
    with pytest.raises(IgnoreRequest, match="no fixture for"):
        middleware.process_request(Request("https://www.example-gazette.example/not-saved/"))
    assert crawler.stats is not None
    assert crawler.stats.get_value("replay/unknown_url") == 1
    assert crawler.stats.get_value("replay/served") == 1


def test_replay_crawl_never_touches_the_network(case_folder: Path) -> None:
    """A real `scrapy crawl` whose start URL has no fixture: counted, logged, and the server sees nothing."""
    with FixtureServer(case_folder.parent) as server:
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "kyivindependent", "-a", f"origin={server.origin}",
             "-a", f"start_urls={server.origin}/not-saved/", "-s", f"REPLAY_FIXTURES={case_folder.parent}",
             "-s", "LOG_LEVEL=INFO"],
            cwd=ROOT, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False,
        )  # fmt: skip
        requests = list(server.requests)
    assert done.returncode == 0, done.stderr[-2000:]
    counted = re.search(r"'replay/unknown_url': (\d+)", done.stderr)
    assert counted is not None, done.stderr[-2000:]
    assert int(counted.group(1)) == done.stderr.count("No fixture for ") >= 1
    assert f"No fixture for {server.origin}/not-saved/" in done.stderr
    assert "'replay/served'" not in done.stderr
    assert requests == []


def test_record_fetches_through_scrapy_with_project_settings(case_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "recorded"
    with FixtureServer(case_folder.parent) as server:
        url = f"{server.origin}/news/2026/03/01/harbour-bridge-reopens.html"
        done = subprocess.run(
            [sys.executable, "-m", "newsspider", "fixture", "--fixtures", str(out), "record", url, "--site", "local"],
            cwd=ROOT, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False,
        )  # fmt: skip
        requests = list(server.requests)
    assert done.returncode == 0, done.stderr[-2000:]
    assert requests == ["/robots.txt", "/news/2026/03/01/harbour-bridge-reopens.html"]  # ROBOTSTXT_OBEY
    case = load_case(out / "local" / "harbour-bridge-reopens")
    assert case.url == url
    assert case.headers["Content-Type"].startswith("text/html")
    assert b"Harbour bridge reopens after repairs" in case.body()
    assert (case.expected() or {})["headline"] == "Harbour bridge reopens after repairs"
