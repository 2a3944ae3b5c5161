"""The extraction bench's page transform: pages without their structured data."""

from __future__ import annotations

from newsspider.bench.extract import without_structured_data
from newsspider.extract import extract_article

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
