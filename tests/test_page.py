"""Pages given as bytes are read in their own encoding, as a browser reads them."""

from __future__ import annotations

import codecs

import pytest

from newsspider.exceptions import UnparseablePage
from newsspider.extract.markup import classes_holding, spaced_text
from newsspider.extract.page import Page
from newsspider.extract.text import absolute_url, node_text

URL = "https://example.com/news/1"
HEADLINE = "Café naïve – été € 日本語"


def headline_of(data: bytes) -> str | None:
    node = Page(data, URL).root.find(".//h1")
    return node.text if node is not None else None


@pytest.mark.parametrize(
    ("head", "encoding", "headline"),
    [
        ('<meta charset="windows-1252">', "cp1252", "Café naïve – été €"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb2312", "中文标题"),
        ('<meta charset="shift_jis">', "shift_jis", "日本語の見出し"),
        ('<meta charset="iso-8859-1">', "cp1252", "été €"),  # browsers read latin-1 as windows-1252
        ("", "cp1252", "Café naïve"),  # nothing declared and not UTF-8: windows-1252
        ("", "utf-8", HEADLINE),
        # A page re-saved as UTF-8 that kept its old declaration: valid UTF-8 is read as UTF-8.
        ('<meta charset="windows-1252">', "utf-8", HEADLINE),
        ("", "utf-16", HEADLINE),  # with its byte-order mark
    ],
)
def test_bytes_are_read_in_their_encoding(head: str, encoding: str, headline: str) -> None:
    html = f"<html><head>{head}</head><body><h1>{headline}</h1></body></html>"
    assert headline_of(html.encode(encoding)) == headline


def test_utf8_byte_order_mark_is_no_text() -> None:
    assert headline_of(codecs.BOM_UTF8 + f"<h1>{HEADLINE}</h1>".encode()) == HEADLINE


def test_xml_declaration_names_the_encoding() -> None:
    html = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><h1>été</h1></body></html>'
    assert headline_of(html.encode("latin-1")) == "été"


@pytest.mark.parametrize("data", [b"", b"   \n", ""])
def test_empty_document_is_refused(data: bytes | str) -> None:
    with pytest.raises(UnparseablePage, match="empty document"):
        Page(data, URL)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a/b", "https://news.example.com/a/b"),
        ("//cdn.example.net/a", "https://cdn.example.net/a"),
        ("a/b", "https://news.example.com/world/2024/a/b"),
        ("../c", "https://news.example.com/world/c"),
        ("/a/../b", "https://news.example.com/b"),
        ("?page=2", "https://news.example.com/world/2024/story.html?page=2"),
        ("https://other.example.org/x", "https://other.example.org/x"),
        ("https://other.example.org/x#", "https://other.example.org/x"),
        ("  /spaced  ", "https://news.example.com/spaced"),
        ("#top", None),
        ("mailto:desk@example.com", None),
        ("javascript:void(0)", None),
        ("ftp://files.example.com/a", None),
        ("", None),
        (None, None),
    ],
)
def test_absolute_url(href: str | None, expected: str | None) -> None:
    assert absolute_url("https://news.example.com/world/2024/story.html?x=1", href) == expected


def test_an_icons_title_is_no_visible_text() -> None:
    """An inline <svg> icon's <title> is read out by screen readers, not shown: no part of a name or title."""
    page = Page(
        "<html><body><h1>Bridge closes <svg role='img'><title>Premium</title><path d='M0'/></svg></h1>"
        "<a href='/author/jane'><span>Jane Doe</span><svg><title>chevron-right</title></svg></a></body></html>",
        "https://example.com/a",
    )
    assert node_text(page.h1s[0]) == "Bridge closes"
    link = next(page.root.iter("a"))
    assert spaced_text(link) == "Jane Doe"


@pytest.mark.parametrize(
    "values",
    [
        ["author-box", "x", "byline byline--top", "", "nav", "c-author", "Author", "BYLINE"],
        ["", "", "byline"],
        ["byline"],
        ["nav", "menu"],
        [],
    ],
)
def test_classes_holding_is_a_search_of_each_value(values: list[str]) -> None:
    """One search over the values joined finds the same values, in order, as one search a value, case aside."""
    body = "".join(f'<div class="{value}">x</div>' for value in values)
    page = Page(f"<html><body>{body}</body></html>", "https://example.com/a")
    words = ("uthor", "yline")
    assert classes_holding(page, words) == [v for v in values if any(w in v.lower() for w in words)]
