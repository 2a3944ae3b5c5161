from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsspider.extract import Page
from newsspider.extract.reading_time import (
    estimate_minutes,
    extract_reading_time,
    parse_iso_duration,
    parse_reading_time,
)
from newsspider.items import ReadingTime

FETCHED = datetime(2025, 8, 9, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 min read", ("1 min read", 1)),
        ("< 1 min read", ("< 1 min read", 1)),
        ("12 min read", ("12 min read", 12)),
        ("Reading time: 7 minutes", ("Reading time: 7 minutes", 7)),
        ("Nov 21, 2022 · 4 min read", ("4 min read", 4)),
        ("Lesezeit: 4 Min.", ("Lesezeit: 4 Min.", 4)),
        ("Lesezeit: 1 Minute", ("Lesezeit: 1 Minute", 1)),
        ("5 хв читання", ("5 хв читання", 5)),
        ("3 мин чтения", ("3 мин чтения", 3)),
        ("8 min de lecture", ("8 min de lecture", 8)),
        ("5 min läsning", ("5 min läsning", 5)),
        ("Læsetid: 3 min", ("Læsetid: 3 min", 3)),
        ("Lukuaika 7 min", ("Lukuaika 7 min", 7)),
        ("4 min čtení", ("4 min čtení", 4)),
        ("Okuma süresi: 6 dakika", ("Okuma süresi: 6 dakika", 6)),
        ("3 menit baca", ("3 menit baca", 3)),
        ("5 perc olvasás", ("5 perc olvasás", 5)),
        ("阅读时间：5分钟", ("阅读时间：5分钟", 5)),
        ("約6分鐘讀完", ("約6分鐘讀完", 6)),
        ("Pubblicato 5 minuti fa", None),
        ("Muokattu 7 min sitten", None),
        ("Updated 5 minutes ago", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_reading_time(text: str | None, expected: tuple[str, int] | None) -> None:
    assert parse_reading_time(text) == expected


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("PT4M", 4),
        ("PT90S", 2),
        ("PT1H5M", 65),
        ("P0D", 0),
        ("4 minutes", None),
        ("", None),
        (None, None),
        ("PT", None),
    ],
)
def test_parse_iso_duration(value: str | None, minutes: int | None) -> None:
    assert parse_iso_duration(value) == minutes


@pytest.mark.parametrize(
    ("words", "language", "minutes"),
    [(0, "en", None), (1, "en", 1), (238, "en", 1), (239, "en", 2), (2380, "de", 10), (1000, "zh", 2), (500, "ja", 1)],
)
def test_estimate_minutes(words: int, language: str, minutes: int | None) -> None:
    assert estimate_minutes(words, language) == minutes


def _page(body: str, head: str = "") -> Page:
    return Page(f"<html><head>{head}</head><body>{body}</body></html>", "https://example.com/a/", fetched_at=FETCHED)


def test_displayed_split_over_elements() -> None:
    page = _page("<div class='meta'><span>3</span> <span>min read</span></div><p>text</p>")
    assert extract_reading_time(page, 500, "en") == ReadingTime(3, "3 min read", 3, "displayed")
    assert page.provenance["reading_time"] == "markup"


@pytest.mark.parametrize(
    ("shown", "language", "minutes"),
    [
        ("5 dk okuma", "tr", 5),
        ("Waktu baca: 4 menit", "id", 4),
        ("Olvasási idő: 3 perc", "hu", 3),
        ("约6分钟读完", "zh", 6),
    ],
)
def test_displayed_in_more_languages(shown: str, language: str, minutes: int) -> None:
    page = _page(f"<div class='meta'><span>{shown}</span></div><p>text</p>")
    assert extract_reading_time(page, 500, language) == ReadingTime(
        minutes, shown, estimate_minutes(500, language), "displayed"
    )


LONG_TEXT = "<p>" + "Words of the story that run on. " * 40 + "</p>"


SHARE_BUTTONS = "".join(f"<span class='icon-{i}'></span>" for i in range(50))


@pytest.mark.parametrize(
    ("body", "headline", "language", "expected"),
    [
        # The <h1> sits five wrappers deep, the byline bar beside them after the share buttons: wrappers that
        # add no text (whitespace between tags is none) are no levels up of the header.
        (
            "<div class='header'><div>\n <div>\n  <div>\n   <div>\n    <div class='upper'><h1>Oil drifts lower</h1>"
            f"</div>\n   </div>\n  </div>\n </div>\n</div><div class='bar'>{SHARE_BUTTONS}<p>5 Min Read</p></div></div>"
            f"<article>{LONG_TEXT * 4}</article>",
            "Oil drifts lower",
            "en",
            ReadingTime(5, "5 Min Read", 3, "displayed"),
        ),
        # The headline's block holds the whole article: the elements right by the headline are read.
        (
            "<div class='outer'><div class='title'><h1>Storms escalate</h1></div>"
            f"<div class='post-info'><p class='read-time'>4 minute read</p></div>{LONG_TEXT * 4}</div>",
            "Storms escalate",
            "en",
            ReadingTime(4, "4 minute read", 3, "displayed"),
        ),
        # ... the words after an icon too ...
        (
            "<article><header><h1>Striscione sulla tangenziale</h1><p>Il messaggio apparso nella notte</p></header>"
            "<div class='toolbar'><time>05 Gennaio 2025</time> <span class='reading-time'><svg><use href='#t'/>"
            f"</svg> 1 minuti di lettura</span></div>{LONG_TEXT * 4}</article>",
            "Striscione sulla tangenziale",
            "it",
            ReadingTime(1, "1 minuti di lettura", 1, "displayed"),
        ),
        # ... but never a teaser's, in a link to another story.
        (
            "<div class='outer'><div class='title'><h1>Storms escalate</h1></div>"
            f"<a href='/other-story'><span>Floods return</span> <span>3 min read</span></a>{LONG_TEXT * 4}</div>",
            "Storms escalate",
            "en",
            ReadingTime(3, None, 3, "estimated"),
        ),
    ],
)
def test_displayed_by_the_headline(body: str, headline: str, language: str, expected: ReadingTime) -> None:
    words = 500 if language == "en" else 200
    assert extract_reading_time(_page(body), words, language, headline) == expected


def test_structured_data_when_nothing_is_shown() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "timeRequired": "PT6M"}</script>'
    assert extract_reading_time(_page("<p>x</p>", head), 100, "en") == ReadingTime(6, "PT6M", 1, "structured_data")


def test_estimate_when_nothing_is_shown() -> None:
    assert extract_reading_time(_page("<p>x</p>"), 700, "en") == ReadingTime(3, None, 3, "estimated")


def test_nothing_for_an_empty_page() -> None:
    assert extract_reading_time(_page(""), 0, "en") is None
