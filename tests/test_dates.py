"""Dates: ISO normalisation, text parsing, and the cascade over small hand-written pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsspider.extract import dates_parse
from newsspider.extract.dates import Dates, extract_dates
from newsspider.extract.dates_parse import (
    _parse_with_dateparser,
    counted_back,
    cut_at_update,
    date_label,
    parse_iso,
    parse_month_name,
    parse_slashed,
    parse_text,
    same_moment,
    strip_label,
)
from newsspider.extract.page import Page

FETCHED = datetime(2025, 11, 21, 12, 0, tzinfo=UTC)
URL = "https://news.example.com/story"


def page(head: str = "", body: str = "", url: str = URL) -> Page:
    return Page(f"<html><head>{head}</head><body>{body}</body></html>", url, fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-03T10:00:00Z", "2024-05-03T10:00:00+00:00"),
        ("2024-05-03T10:00:00.123+02:00", "2024-05-03T10:00:00+02:00"),
        ("2025-05-15T20:00:52.000+0900", "2025-05-15T20:00:52+09:00"),
        ("2024-08-08T08:00Z", "2024-08-08T08:00:00+00:00"),
        ("2019-11-18 17:19:53 GMT", "2019-11-18T17:19:53+00:00"),
        ("2026-05-13 15:44", "2026-05-13T15:44:00"),
        ("2024-04-24", "2024-04-24"),
        ("2024-02-30", None),
        # The basic format, without separators, with a time; eight digits alone are no date.
        ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
        ("20180619T0550Z", "2018-06-19T05:50:00+00:00"),
        ("20181319T055000", None),
        ("20180619", None),
        ("", None),
        ("   ", None),
        ("yesterday", None),
    ],
)
def test_parse_iso(value: str, expected: str | None) -> None:
    assert parse_iso(value) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("November 21, 2022 1:46 AM", "en", "2022-11-21T01:46:00"),
        ("Nov. 20", "en", "2025-11-20"),
        ("20 листопада 2025", "uk", "2025-11-20"),
        ("vor 2 Stunden", "de", "2025-11-21T10:00:00+00:00"),
        ("3 days ago", "en", "2025-11-18"),
        # "5 hours" is no clock time ("5 h" read as 5 o'clock): the instant keeps the fetch time's UTC offset.
        ("5 hours ago", "en", "2025-11-21T07:00:00+00:00"),
        # A time of day alone is no date: dateparser would put it on the fetch day.
        ("0:00", "de", None),
        ("17:23 Uhr", "de", None),
        ("9.30 am EST", "en", None),
        ("01. April 2025, 15:25", "de", "2025-04-01T15:25:00"),
        ("Fri Apr 28 19:20:36 CEST 2023", "de", "2023-04-28T19:20:36+02:00"),
        ("Frankfurt, October 23, 2024, 3:48: Uhr", "de", "2024-10-23T03:48:00"),
        ("Publicado el 6 de mayo de 2024 a las 15:05", "es", "2024-05-06T15:05:00"),
        ("2026.01.29 18:40", "ko", "2026-01-29T18:40:00"),
        ("2024年04月24日", "zh", "2024-04-24"),
        ("Stand: 12.03.2024 10:05 Uhr", "de", "2024-03-12T10:05:00"),
        ("1700000000", None, "2023-11-14T22:13:20+00:00"),
        ("", "en", None),
        ("  ", "en", None),
        (None, "en", None),
        ("no date here", "en", None),
        ("0001-01-01T00:00:00Z", "en", None),  # a placeholder in ISO form: no date, and no dateparser call
        ("10:02 AM EST Nov 19, 2019", "en", "2019-11-19T10:02:00-05:00"),
        # A preposition before the date: dateparser read a leading "am" as the morning and gave up.
        ("am 21. Februar 2021", "de", "2021-02-21"),
        ("am 21/02/2021", "de", "2021-02-21"),
        ("Am 3. März 2024 um 10:15 Uhr", "de", "2024-03-03T10:15:00"),
        ("le 3 mars 2021", "fr", "2021-03-03"),
        # A word that only begins like one is part of the date's text.
        ("Amsterdam, 21. Februar 2021", "de", "2021-02-21"),
    ],
)
def test_parse_text(text: str | None, language: str | None, expected: str | None) -> None:
    assert parse_text(text, language, FETCHED) == expected


@pytest.mark.parametrize(
    ("text", "label", "stripped"),
    [
        ("Published: October 23, 2024", "published", "October 23, 2024"),
        ("Updated 3:05 PM EST", "modified", "3:05 PM EST"),
        ("First published on November 19, 2019 / 8:16 AM", "published", "November 19, 2019 / 8:16 AM"),
        ("Posted at 2013-12-30T14:42:01-0700", "published", "2013-12-30T14:42:01-0700"),
        ("Son güncelleme: 12.03.2024 14:00", "modified", "12.03.2024 14:00"),
        ("Julkaistu 3.5.2024 10:15", "published", "3.5.2024 10:15"),
        ("آخر تحديث 14:00", "modified", "14:00"),
        ("Veröffentlicht am 13. Mai 2026 um 15:44", "published", "13. Mai 2026 um 15:44"),
        ("Mis à jour le 3 mai 2024", "modified", "3 mai 2024"),
        ("May 6, 2024", None, "May 6, 2024"),
        ("", None, ""),
    ],
)
def test_labels(text: str, label: str | None, stripped: str) -> None:
    assert date_label(text) == label
    assert strip_label(text, noise=False) == stripped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 18, 2024 9:26pm Updated November 19, 2024 4:23pm", "November 18, 2024 9:26pm"),
        ("12:43, 20 Apr 2026Updated 12:44, 20 Apr 2026", "12:43, 20 Apr 2026"),
        ("30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54", "30 août 2023 à 14h52"),
        ("May 3, 2024", "May 3, 2024"),
        ("Updated May 4, 2024", "Updated May 4, 2024"),
    ],
)
def test_cut_at_update(text: str, expected: str) -> None:
    assert cut_at_update(text) == expected


LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("head", "body", "url", "expected", "source"),
    [
        (
            LD.format(
                '{"@type": "NewsArticle", "datePublished": "2024-05-03T10:00:00Z", '
                '"dateModified": "2024-05-04T08:00:00+02:00"}'
            ),
            "<h1>Title</h1>",
            URL,
            Dates("2024-05-03T10:00:00+00:00", "2024-05-04T08:00:00+02:00", "2024-05-03T10:00:00Z"),
            "json-ld",
        ),
        (
            LD.format('{"@graph": [{"@type": "WebSite"}, {"@type": "Article", "datePublished": "2024-05-03"}]}'),
            "<h1>Title</h1>",
            URL,
            Dates("2024-05-03", None, "2024-05-03"),
            "json-ld",
        ),
        (
            '<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", '
            '"datePublished": "2024-08-22T12:00:00+02:00"}\n//]]></script>',
            "<h1>Title</h1>",
            URL,
            Dates("2024-08-22T12:00:00+02:00", None, "2024-08-22T12:00:00+02:00"),
            "json-ld",
        ),
        (
            '<meta property="article:published_time" content="2023-04-28T18:11:01+02:00">',
            '<h1>Title</h1><p class="byline">Von A. Autor</p><time datetime="2023-04-28">28.04.2023, 18:11 Uhr</time>',
            URL,
            Dates("2023-04-28T18:11:01+02:00", None, "28.04.2023, 18:11 Uhr"),
            "meta",
        ),
        (
            LD.format('{"@type": "NewsArticle", "datePublished": "2023-04-28T18:11:01"}')
            + '<meta property="article:published_time" content="2023-04-28T18:11:01+02:00">',
            "<h1>Title</h1>",
            URL,
            Dates("2023-04-28T18:11:01+02:00", None, "2023-04-28T18:11:01"),
            "json-ld",
        ),
        (
            "",
            '<h1>Title</h1><span class="meta_date">erstellt: <b>01. April 2025, 15:25</b></span>',
            URL,
            Dates("2025-04-01T15:25:00", None, "01. April 2025, 15:25"),
            "heuristic",
        ),
        (
            "",
            '<h1>Title</h1><div class="date">Updated May 4, 2024</div><div class="date">May 3, 2024</div>',
            URL,
            Dates("2024-05-03", "2024-05-04", "May 3, 2024"),
            "heuristic",
        ),
        (
            "",
            "<article><h1>Title</h1><time datetime='2024-05-03T10:00:00+02:00'>Friday morning</time></article>",
            URL,
            Dates("2024-05-03T10:00:00+02:00", None, "2024-05-03T10:00:00+02:00"),
            "markup",
        ),
        (
            "",
            "<h1>Title</h1><p>No date.</p>",
            "https://news.example.com/2024/05/03/story",
            Dates("2024-05-03", None, "2024-05-03"),
            "url",
        ),
        # Dates written only as text, with no class name or <time>: labelled, or a line that is a date.
        (
            "",
            '<p><span class="dimmed">publiziert am 25. September 2018</span></p><h1>Title</h1><p>Text.</p>',
            URL,
            Dates("2018-09-25", None, "25. September 2018"),
            "heuristic",
        ),
        (
            "",
            "<dl><dt>Title</dt></dl> 기사입력 :[ 2018-08-25 15:24 ] <div><p>Text.</p></div>",
            URL,
            Dates("2018-08-25T15:24:00", None, "2018-08-25 15:24"),
            "heuristic",
        ),
        (
            "",
            '<h1>Title</h1><div class="author"><span>By A. Writer</span><span> 18 NOV 2019 </span></div>',
            URL,
            Dates("2019-11-18", None, "18 NOV 2019"),
            "heuristic",
        ),
        # The byline under the article, past the headline's reach: the date after the author's link.
        (
            "",
            "<h1>Title</h1>"
            + "<p>Text of the story, paragraph after paragraph.</p>" * 300
            + '<div class="meta">Von <a href="/author/x" rel="author">X Y</a> am 21/02/2021. Abgelegt unter'
            ' <a href="/c/israel" rel="category tag">Israel</a>.</div>',
            URL,
            Dates("2021-02-21", None, "21/02/2021"),
            "heuristic",
        ),
        # ... but not a copyright year, a related story's date in a link, or a date in running text.
        (
            "",
            "<h1>Title</h1><p>© 2019 Example News</p><a href='/other'>May 3, 2024</a>"
            "<p>The law passed on May 3, 2024 after a long debate in the chamber.</p>",
            URL,
            Dates(),
            None,
        ),
        # Microdata (content or datetime) and <time pubdate>, before any other <time>.
        (
            "",
            '<h1>Title</h1><time datetime="2020-01-01">Other</time>'
            '<span itemprop="dateModified" content="2024-05-04"></span>'
            '<span itemprop="datePublished" content="2024-05-03T10:00:00+02:00">3 May</span>',
            URL,
            Dates("2024-05-03T10:00:00+02:00", "2024-05-04", "2024-05-03T10:00:00+02:00"),
            "markup",
        ),
        (
            "",
            '<h1>Title</h1><time datetime="2020-01-01">Other</time><time pubdate datetime="2024-05-03">3 May</time>',
            URL,
            Dates("2024-05-03", None, "2024-05-03"),
            "markup",
        ),
        # A page rendered by JavaScript: the publication time in its data blob (plain or escaped JSON).
        (
            "",
            '<div id="app"></div><script id="__NEXT_DATA__" type="application/json">'
            '{"props": {"article": {"title": "T", "publishedAt": "2024-08-26T16:30:00+00:00"}}}</script>',
            URL,
            Dates("2024-08-26T16:30:00+00:00", None, "2024-08-26T16:30:00+00:00"),
            "heuristic",
        ),
        (
            "",
            '<script>self.__next_f.push([1, "{\\"publish_date\\":\\"2025-01-21T11:50:32Z\\"}"])</script>',
            URL,
            Dates("2025-01-21T11:50:32+00:00", None, "2025-01-21T11:50:32Z"),
            "heuristic",
        ),
        # A bare date above the headline, or on a page with no <h1>, is as often today's date in the header.
        ("", "<div>Wednesday, 20 Nov 2019</div><h1>Title</h1><p>Text.</p>", URL, Dates(), None),
        ("", "<div>Wednesday, 20 Nov 2019</div><b>Title</b><p>Text.</p>", URL, Dates(), None),
        ("", "<h1>Title</h1>", URL, Dates(), None),
        ("", "", URL, Dates(), None),
        # The date as shown is what readers see, not its screen-reader copy.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-30T14:13:12Z"}'
            "</script>",
            '<h1>A story</h1><span class="publication"><time aria-hidden="true">30.01.2024</time>'
            '<span class="sr-only">30. Januar 2024</span></span><p>Text.</p>',
            URL,
            Dates("2024-01-30T14:13:12+00:00", None, "30.01.2024"),
            "json-ld",
        ),
        # Another story's <article> in a list before the story's has its own datePublished.
        (
            "",
            "<aside><article><h2>Other story</h2>"
            '<time itemprop="datePublished" datetime="2025-04-16T13:41:52+02:00"></time></article></aside>'
            '<article><h1>The story</h1><time itemprop="datePublished" datetime="2025-02-06T19:25:34+00:00">'
            "</time><p>Text.</p></article>",
            URL,
            Dates("2025-02-06T19:25:34+00:00", None, "2025-02-06T19:25:34+00:00"),
            "markup",
        ),
        # A latest-posts widget's date is its posts'.
        (
            "",
            "<h1>The story</h1><p>Text of the story, with no date shown anywhere near it.</p>"
            "<ul class='wp-block-latest-posts'><li><a href='/other'>Other</a><time datetime="
            "'2023-05-01T10:47:10+00:00' class='wp-block-latest-posts__post-date'>May 1, 2023</time></li></ul>",
            URL,
            Dates(),
            None,
        ),
        # An update stamp is the date when the page shows no other.
        (
            "",
            "<header><h1>Trams and motorways brace for the next heatwave</h1>"
            "<div class='lastchanged small'>Stand: 08.07.2026 05:00 Uhr</div></header><p>Text.</p>",
            URL,
            Dates("2026-07-08T05:00:00", None, "08.07.2026 05:00 Uhr"),
            "heuristic",
        ),
        # ... and found as plain text too (no date class on its line), while a date in a link to another
        # story inside the article is that story's.
        (
            "",
            "<h1>Two resign after the flood inquiry</h1><p class='metatextline'>Stand: 28.04.2023 17:23 Uhr</p>"
            "<p>Text.</p><div class='box'><a href='/other-story.html'><span class='box__date'>11.04.2022</span>"
            "<h3>Minister resigns</h3></a></div><p>More text.</p>",
            URL,
            Dates("2023-04-28T17:23:00", None, "28.04.2023 17:23"),
            "heuristic",
        ),
        # The reading time shown beside the date, and a trailing separator, are no part of it as shown.
        (
            LD.format('{"@type": "NewsArticle", "datePublished": "2026-06-05T09:00:00-04:00"}'),
            "<h1>The story</h1><p class='byline-date'>Jun 05, 2026 • 3 minute read</p><p>Text.</p>",
            URL,
            Dates("2026-06-05T09:00:00-04:00", None, "Jun 05, 2026"),
            "json-ld",
        ),
        # ... and with no structured date, the date is read from the text as shown.
        (
            "",
            "<h1>The story</h1><p class='byline-date'>Jun 05, 2026 • 3 minute read</p><p>Text.</p>",
            URL,
            Dates("2026-06-05", None, "Jun 05, 2026"),
            "heuristic",
        ),
        (
            "",
            "<h1>The story</h1><span class='dateline'>November 19, 2019 / 12:21 AM /</span><p>Text.</p>",
            URL,
            Dates("2019-11-19T00:21:00", None, "November 19, 2019 / 12:21 AM"),
            "heuristic",
        ),
        # A date in a link to that day's archive (a blog theme's) is the page's too.
        (
            "",
            "<h1>The story</h1><p>Posted <a href='/2024/05/03/'><span class='entry-date'>May 3, 2024</span></a></p>",
            URL,
            Dates("2024-05-03", None, "May 3, 2024"),
            "heuristic",
        ),
        # A date in a link to the page itself (a permalink) is the page's.
        (
            "",
            f"<h1>The story</h1><p>Posted <a href='{URL}'><span class='entry-date'>May 3, 2024</span></a></p>",
            URL,
            Dates("2024-05-03", None, "May 3, 2024"),
            "heuristic",
        ),
        # A date labelled as an update is a later moment than the declared publication, even on its day:
        # it is no published date as shown, and it is the modified date when the page declares none.
        (
            '<meta property="article:published_time" content="2023-11-06T13:00:15.055Z">',
            '<h1>The story</h1><div class="timestamp">Updated 9:22 PM EST, Mon November 6, 2023</div>',
            URL,
            Dates("2023-11-06T13:00:15+00:00", "2023-11-06T21:22:00-05:00", "2023-11-06T13:00:15.055Z"),
            "meta",
        ),
        # ... unless it shows the declared moment itself (a page never updated, its one date labelled "Stand:").
        (
            '<meta property="article:published_time" content="2023-04-28T03:00:07Z">',
            '<h1>Die Geschichte</h1><p class="date">Stand: 28. April 2023, 05:00 Uhr</p>',
            URL,
            Dates("2023-04-28T03:00:07+00:00", None, "28. April 2023, 05:00 Uhr"),
            "meta",
        ),
        # A broadcast's date shown before the article's own stamp is the broadcast's.
        (
            "",
            '<h1>Hitze</h1><div class="box"><p class="cssProgramHintDate"><span class="broadcastDate">Do 27.04. 2023'
            '</span></p></div><p class="webtime"><span>Stand: </span><span>28. April 2023, </span><span>05:00 Uhr'
            "</span></p><p>Text.</p>",
            URL,
            Dates("2023-04-28T05:00:00", None, "28. April 2023, 05:00 Uhr"),
            "heuristic",
        ),
        # A date counted back from when the page was made ("4 months ago") gives way to one written out
        # (here in the URL) that names another day: a cache may have kept the page for long ...
        (
            "",
            '<h1>Romance declared</h1><p class="byline">Published <time>4 months ago</time></p>',
            "https://news.example.com/entertainment/2025-06-23-romance-declared/",
            Dates("2025-06-23", None, "2025-06-23"),
            "url",
        ),
        # ... and stays, with its time of day, when the two name the same day.
        (
            "",
            '<h1>Romance declared</h1><p class="byline">Published <time>5 hours ago</time></p>',
            "https://news.example.com/entertainment/2025-11-21-romance-declared/",
            Dates("2025-11-21T07:00:00+00:00", None, "5 hours ago"),
            "heuristic",
        ),
    ],
)
def test_extract_dates(head: str, body: str, url: str, expected: Dates, source: str | None) -> None:
    p = page(head, body, url)
    assert extract_dates(p) == expected
    assert p.provenance.get("date_published") == source


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("5 hours ago", "en", True),
        ("Published: 4 months ago", "en", True),
        ("vor 2 Stunden", "de", True),
        ("Today, 10:30", "en", True),
        ("Nov. 20", "en", False),
        ("20 листопада", "uk", False),
        ("May 3, 2024", "en", False),
    ],
)
def test_counted_back(text: str, language: str, expected: bool) -> None:
    assert counted_back(text, language, FETCHED) is expected


@pytest.mark.parametrize(
    ("shown", "published", "expected"),
    [
        ("2023-11-06T21:22:00-05:00", "2023-11-07T02:22:09+00:00", True),
        ("2023-11-06T21:22:00-05:00", "2023-11-06T13:00:15+00:00", False),
        ("2026-07-08T05:00:00", "2026-07-08T03:00:07+00:00", True),  # local time, two hours east of UTC
        ("2025-06-17T18:24:00", "2025-06-17T18:24:10", True),
        ("2025-06-17T18:25:00", "2025-06-17T18:24:10", False),
        ("2026-07-08T05:07:00", "2026-07-08T03:00:00+00:00", False),  # no time zone is 2:07 from UTC
        ("2026-07-08T05:00:00", "2026-07-07T03:00:00+00:00", False),  # 26 hours: no time zone
        ("2024-05-03", "2024-05-03T10:00:00+02:00", True),
    ],
)
def test_same_moment(shown: str, published: str, expected: bool) -> None:
    assert same_moment(shown, published) is expected


MONTH_NAME_DATES = (
    [
        f"{weekday}{date}{clock}"
        for weekday in ("", "Mon, ", "Tuesday, ")
        for date in (
            "November 19, 2019",
            "Nov. 5 2023",
            "Sept 30, 2024",
            "5th March 2024",
            "19 NOV 2019",
            "1 Jan, 2020",
        )
        for clock in ("", ", 9:02", " 07:47 PM", " at 4:15 p.m.", " 16:07:38 -0600", " 07:09 GMT", " 23:59 +05:30")
    ]
    + [
        f"{clock} {zone} {date}"
        for clock in ("10:02 AM", "23:34")
        for zone in ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "BST", "CET", "CEST", "UTC")
        for date in ("Nov 19, 2019", "November 19 2019")
    ]
    + [f"November 19, 2019, 07:47 PM {zone}" for zone in ("EST", "PDT", "ET", "CEST")]
)


@pytest.mark.parametrize("text", MONTH_NAME_DATES)
def test_month_name_fast_path_reads_as_dateparser_does(text: str) -> None:
    """The fast path for English month names gives dateparser's own answer, without dateparser."""
    fast = parse_month_name(text)
    assert fast is not None
    assert fast == _parse_with_dateparser(text, ("en",), None)


SLASHED_DATES = [
    "11/19/19",
    "1/2/2019",
    "13/2/2019",
    "2/13/2019",
    "11/19/2019 6:56 PM",
    "11/19/2019 18:56",
    "11/19/19, 06:56 AM",
    "11/19/2019 at 6:56 am EST",
    "11/19/19 06:56:13 AM PST",
]


@pytest.mark.parametrize("text", SLASHED_DATES)
def test_slashed_fast_path_reads_as_dateparser_does_in_english(text: str) -> None:
    fast = parse_slashed(text)
    assert fast is not None
    assert fast == _parse_with_dateparser(text, ("en",), None)


@pytest.mark.parametrize("text", ["11/31/2019", "13/13/2019", "11/19", "2019/11/19"])
def test_slashed_fast_path_leaves_other_forms(text: str) -> None:
    assert parse_slashed(text) is None


def test_slashed_dates_outside_english_go_to_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which number is the month depends on the language: only English takes the fast path."""
    calls: list[str] = []
    monkeypatch.setattr(dates_parse, "parse_slashed", calls.append)
    parse_text("01/02/2019", "de")
    assert calls == []
    parse_text("01/02/2019", "en")
    assert calls == ["01/02/2019"]


@pytest.mark.parametrize(
    "text",
    ["November 19", "19 Nov 2019 07:09 IST", "01:38:07 PM IST Nov 20, 2019", "Nov 31, 2019", "19.11.2019"],
)
def test_month_name_fast_path_leaves_other_forms(text: str) -> None:
    assert parse_month_name(text) is None
