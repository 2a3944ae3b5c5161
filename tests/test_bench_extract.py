"""The extraction bench's page transform: pages without their structured data."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from newsspider.bench.extract import BATCH, bench_suite, time_verdict, without_structured_data
from newsspider.bench.passes import run_passes
from newsspider.extract import extract_article

if TYPE_CHECKING:
    from pathlib import Path

PAGE = (
    "<html><head><title>Council closes the bridge - The Daily</title>"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script>'
    '<meta property="og:title" content="From og:title"><meta name="author" content="Jane Doe">'
    '<meta name="viewport" content="width=device-width"><meta charset="utf-8"></head>'
    "<body><h1>Council closes the bridge</h1><p>The council voted on Tuesday to close the old bridge.</p></body></html>"
)


def test_without_structured_data_keeps_the_markup_only() -> None:
    html = without_structured_data(PAGE)
    assert "ld+json" not in html
    assert "og:title" not in html
    assert 'name="author"' not in html
    assert 'name="viewport"' in html
    assert "<h1>Council closes the bridge</h1>" in html
    record = extract_article(html, "https://example.com/a")
    assert record["headline"] == "Council closes the bridge"
    assert record["authors"] == []


def test_bench_suite_gives_each_system_a_batch_of_pages_in_a_row(tmp_path: Path) -> None:
    pages = BATCH + 2  # a full batch and a part of one
    for index in range(pages):
        truth = {"url": f"https://example.com/{index}", "title": f"Story {index}"}
        (tmp_path / f"p{index:02}.json").write_text(json.dumps(truth), encoding="utf-8")
        (tmp_path / f"p{index:02}.html").write_text(f"<title>Story {index}</title>", encoding="utf-8")
    calls: list[tuple[str, str]] = []

    def right(html: str, url: str) -> dict[str, Any]:
        calls.append(("right", url))
        return {"headline": html.removeprefix("<title>").removesuffix("</title>")}

    def crashing(html: str, url: str) -> dict[str, Any]:
        calls.append(("crashing", url))
        if url.endswith("/3"):
            raise ValueError(url)
        return {"headline": "Story 0"}

    results = bench_suite(tmp_path, {"right": right, "crashing": crashing})

    assert results["right"]["title_acc"] == 1.0
    assert results["crashing"]["title_acc"] == round(1 / pages, 3)
    assert (results["right"]["errors"], results["crashing"]["errors"]) == (0, 1)
    assert results["right"]["pages"] == results["crashing"]["pages"] == pages
    order = [name for name, _ in calls]
    assert order == ["right"] * BATCH + ["crashing"] * BATCH + ["right"] * 2 + ["crashing"] * 2
    assert [url for name, url in calls if name == "right"] == [f"https://example.com/{i}" for i in range(pages)]


@pytest.mark.parametrize(
    ("ours", "peer", "expected"),
    [
        (8.0, 17.0, "median time: 0.47 of trafilatura's (target <= 0.5): ok"),
        (9.0, 17.0, "median time: 0.53 of trafilatura's (target <= 0.5): ABOVE TARGET"),
        (8.0, None, None),
    ],
)
def test_time_verdict(ours: float, peer: float | None, expected: str | None) -> None:
    results = {"project": {"ms_median": ours}, "trafilatura": {"ms_median": peer}}
    assert time_verdict(results) == expected


def test_passes_extract_every_page_each_pass(tmp_path: Path) -> None:
    for index in range(3):
        (tmp_path / f"p{index}.json").write_text(json.dumps({"url": f"https://example.com/{index}"}), encoding="utf-8")
        (tmp_path / f"p{index}.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "orphan.json").write_text("{}", encoding="utf-8")  # no page beside it: not read
    assert run_passes(tmp_path, 2) == 6
