"""The one entry point that builds an article record from a page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from newsspider.extract.authors import LEAD_BYLINE, extract_authors
from newsspider.extract.authors_note import drop_name_lines, take_author_notes
from newsspider.extract.body import extract_body
from newsspider.extract.dates import extract_dates
from newsspider.extract.language_guess import SAMPLE_CHARS, checked_language
from newsspider.extract.metadata import (
    extract_canonical_url,
    extract_description,
    extract_headline,
    extract_language,
    extract_section,
    extract_tags,
)
from newsspider.extract.page import Page
from newsspider.extract.quotes import extract_quotes
from newsspider.extract.reading_time import extract_reading_time
from newsspider.extract.related import extract_related_links
from newsspider.extract.text import count_words
from newsspider.items import Article
from newsspider.sites import profile_for_url

if TYPE_CHECKING:
    from newsspider.sites import SiteProfile


def iso_utc(moment: datetime) -> str:
    """`moment` in UTC as ISO 8601 with '+00:00', to the second."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def build_article(page: Page, *, spider: str | None = None) -> Article:
    """Every field of the record, each from its own extractor over the one parsed page."""
    declared = extract_language(page)
    headline = extract_headline(page)
    body = extract_body(page)
    authors = extract_authors(page, body.paragraphs[0] if body.paragraphs else None)
    if LEAD_BYLINE in page.memo:
        del body.paragraphs[0]  # the name the text opened with is its byline (see authors.lead_byline)
    take_author_notes(body.paragraphs, authors)
    drop_name_lines(body.paragraphs, authors)
    text = body.text
    language = checked_language(declared, f"{headline or ''}\n{(text or '')[:SAMPLE_CHARS]}")
    if language != declared:
        page.set_source("language", "heuristic")
        page.memo["language"] = language
    word_count = count_words(text, language)
    dates = extract_dates(page)
    canonical_url = extract_canonical_url(page)
    quotes = extract_quotes(body.paragraphs, language, headline)
    if quotes:
        page.set_source("quotes", "heuristic")
    return Article(
        url=page.url,
        canonical_url=canonical_url,
        headline=headline,
        description=extract_description(page),
        date_published=dates.published,
        date_modified=dates.modified,
        date_published_raw=dates.published_raw,
        language=language,
        section=extract_section(page),
        tags=extract_tags(page),
        authors=authors,
        body=text,
        word_count=word_count,
        reading_time=extract_reading_time(page, word_count, language, headline),
        quotes=quotes,
        related_links=extract_related_links(page, body, canonical_url),
        fetched_at=iso_utc(page.fetched_at),
        spider=spider,
        provenance=dict(sorted(page.provenance.items())),
    )


def extract_article_item(
    html: str | bytes,
    url: str,
    *,
    fetched_at: datetime | None = None,
    profile: SiteProfile | None = None,
    spider: str | None = None,
) -> Article:
    """The :class:`Article` of one page. The site profile is found from the URL unless given."""
    page = Page(html, url, fetched_at=fetched_at, profile=profile or profile_for_url(url))
    return build_article(page, spider=spider)
