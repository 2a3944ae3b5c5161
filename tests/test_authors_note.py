"""The author's note that ends an article becomes the author's bio and leaves the body."""

from __future__ import annotations

import pytest

from newsspider.extract.authors_note import drop_name_lines, take_author_notes
from newsspider.items import Author

TEXT = [
    "The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.",
    "A temporary ferry will run from next week, the mayor said.",
]


@pytest.mark.parametrize(
    ("note", "bios"),
    [
        (
            "Jane Doe is a senior researcher at the City Observatory. She writes about transport.",
            {"Jane Doe": "Jane Doe is a senior researcher at the City Observatory. She writes about transport."},
        ),
        (
            "Jane Doe is a senior researcher. John Roe is an associate professor at the university.",
            {
                "Jane Doe": "Jane Doe is a senior researcher.",
                "John Roe": "John Roe is an associate professor at the university.",
            },
        ),
        ("Jane Doe ist Reporterin für Verkehr.", {"Jane Doe": "Jane Doe ist Reporterin für Verkehr."}),
        # The byline again: no bio, but no text either.
        ("Jane Doe and John Roe", {}),
    ],
)
def test_the_note_at_the_end_is_the_bio(note: str, bios: dict[str, str]) -> None:
    authors = [Author(name="Jane Doe"), Author(name="John Roe")]
    paragraphs = [*TEXT, note]
    take_author_notes(paragraphs, authors)
    assert paragraphs == TEXT
    assert {a.name: a.bio for a in authors if a.bio} == bios


@pytest.mark.parametrize(
    "last",
    [
        # About someone else, or the author named inside the story: article text.
        "John Smith is the mayor's chief of staff and will lead the review.",
        "The ferry, Jane Doe is told, will run every hour.",
        "Jane Doe said the bridge would reopen in 2027.",
    ],
)
def test_other_last_paragraphs_stay(last: str) -> None:
    authors = [Author(name="Jane Doe")]
    paragraphs = [*TEXT, last]
    take_author_notes(paragraphs, authors)
    assert paragraphs == [*TEXT, last]
    assert authors[0].bio is None


def test_a_bio_the_author_has_is_kept_and_the_note_still_goes() -> None:
    authors = [Author(name="Jane Doe", bio="Transport reporter.")]
    paragraphs = [*TEXT, "Jane Doe is a senior researcher."]
    take_author_notes(paragraphs, authors)
    assert paragraphs == TEXT
    assert authors[0].bio == "Transport reporter."


def test_a_single_paragraph_is_never_taken() -> None:
    authors = [Author(name="Jane Doe")]
    paragraphs = ["Jane Doe is a senior researcher."]
    take_author_notes(paragraphs, authors)
    assert paragraphs == ["Jane Doe is a senior researcher."]


def test_extract_article_moves_the_note_into_the_author_block() -> None:
    from newsspider.extract import extract_article  # noqa: PLC0415 - the whole record, once

    html = (
        "<html><head><title>Bridge closes</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge closes",'
        ' "author": {"@type": "Person", "name": "Jane Doe"}}</script></head><body><article>'
        "<h1>Bridge closes</h1>" + "".join(f"<p>{p}</p>" for p in TEXT) + "<p>Jane Doe is a transport reporter.</p>"
        "</article></body></html>"
    )
    record = extract_article(html, "https://news.example.com/a")
    assert record["body"] == "\n\n".join(TEXT)
    assert record["authors"][0]["bio"] == "Jane Doe is a transport reporter."


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # The byline set as a paragraph of its own, wherever it is, whatever its case or punctuation.
        ("Konstantin Furrer", True),
        ("KONSTANTIN FURRER.", True),
        ("渡辺洋介", True),
        ("Deutsche Presse-Agentur", True),
        # A paragraph that says more than the name is text.
        ("Konstantin Furrer reported from Bern.", False),
        # Another person's name alone is not the byline.
        ("Jane Doe", False),
    ],
)
def test_a_paragraph_that_is_an_authors_name_alone_is_the_byline(line: str, dropped: bool) -> None:
    authors = [Author(name="Konstantin Furrer"), Author(name="渡辺洋介"), Author(name="Deutsche Presse-Agentur")]
    paragraphs = [TEXT[0], line, TEXT[1]]
    drop_name_lines(paragraphs, authors)
    assert paragraphs == (TEXT if dropped else [TEXT[0], line, TEXT[1]])


def test_no_author_drops_nothing() -> None:
    paragraphs = [*TEXT, "Konstantin Furrer"]
    drop_name_lines(paragraphs, [])
    assert paragraphs == [*TEXT, "Konstantin Furrer"]
