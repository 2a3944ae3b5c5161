"""Damaged pages: cut short, cut in half, with their tags gone, in another encoding.

Every damaged page still gives a record that follows the schema, and the text that survives the damage
is still read; nothing raises. (Their speed is measured by the benchmarks, not here.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsspider.exceptions import UnparseablePage
from newsspider.extract import extract_article
from newsspider.schema import validation_errors

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted(FIXTURES.glob("*/*/page.html"))
URL = "https://news.example.com/2024/05/03/story"


def _damaged(raw: bytes) -> dict[str, bytes]:
    text = raw.decode("utf-8", "replace")
    return {
        "first third": raw[: len(raw) // 3],
        "two thirds": raw[: 2 * len(raw) // 3],
        "second half": raw[len(raw) // 2 :],
        "no tags": text.replace("<", "").encode(),
        "latin-1": text.encode("latin-1", "replace"),
        "upper case": text.upper().encode(),
        "twice": raw + raw,
    }


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_damaged_page_gives_a_valid_record(path: Path) -> None:
    raw = path.read_bytes()
    for damage, html in _damaged(raw).items():
        record = extract_article(html, URL)
        assert validation_errors(record) == [], damage
        assert record["url"] == URL, damage


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty document"),
        (b" \n\t ", "empty document"),
        (bytes(range(256)) * 40, "binary content"),
        (b"%PDF-1.7\n" + bytes(range(32)) * 300, "binary content"),
    ],
)
def test_what_is_no_page_is_a_clear_error(content: bytes, reason: str) -> None:
    with pytest.raises(UnparseablePage, match=reason):
        extract_article(content, URL)


def test_a_stray_control_byte_or_another_encoding_is_still_a_page() -> None:
    text = "Paragraph of the story, with commas, and more words to make it long enough to keep. " * 3
    page = f"<html><body><article><h1>Council closes the bridge</h1><p>{text}</p><p>{text}</p></article></body></html>"
    assert extract_article(page.replace("story", "st\x00ory", 1), URL)["headline"] == "Council closes the bridge"
    utf16 = extract_article(b"\xff\xfe" + page.encode("utf-16-le"), URL)
    assert utf16["body"] == f"{text.strip()}\n\n{text.strip()}"


def test_text_that_survives_the_damage_is_read() -> None:
    paragraphs = [
        f"Paragraph {n} of the story says what the council decided, and why, with commas, and more words."
        for n in range(12)
    ]
    page = (
        "<html><head><title>Council closes the bridge | Daily</title></head><body><article>"
        "<h1>Council closes the bridge</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    )
    cut = extract_article(page[: page.index(paragraphs[6])], URL)
    assert cut["headline"] == "Council closes the bridge"
    assert cut["body"].split("\n\n") == paragraphs[:6]
    flat = extract_article(page.replace("<", ""), URL)
    assert all(p in flat["body"] for p in paragraphs)
    assert extract_article(page + page, URL)["body"].split("\n\n")[:12] == paragraphs
