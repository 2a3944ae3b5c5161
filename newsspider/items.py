"""The record newsspider writes, one :class:`Article` per article page.

Every field is documented, with its format, in ``newsspider/schema.json`` (printed by
``python -m newsspider schema``); the dataclasses here carry the same names so that
itemadapter, Scrapy's feed exports and the schema validator all read one shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsspider.extract.page import Page

SCHEMA_VERSION = "1.0"


@dataclass(slots=True)
class Author:
    """A person or organisation credited with the article."""

    name: str
    role: str | None = None
    bio: str | None = None
    image: str | None = None
    url: str | None = None
    same_as: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ReadingTime:
    """Reading time as the page shows it and as estimated from the body."""

    minutes: int | None = None
    displayed: str | None = None
    estimated_minutes: int | None = None
    source: str = "estimated"


@dataclass(slots=True, kw_only=True)
class Quote:
    """A statement attributed to a speaker: direct, partial or indirect (reported) speech."""

    text: str
    speaker: str | None = None
    speaker_title: str | None = None
    type: str
    cue: str | None = None
    paragraph: int | None = None


@dataclass(slots=True, kw_only=True)
class RelatedLink:
    """A link to another article: read-more blocks, news-feed teasers, links inside the body."""

    url: str
    title: str | None = None
    kind: str
    snippet: str | None = None


@dataclass(slots=True)
class Article:
    """One article page, as written to JSON Lines."""

    url: str
    canonical_url: str | None = None
    headline: str | None = None
    description: str | None = None
    date_published: str | None = None
    date_modified: str | None = None
    date_published_raw: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    body: str | None = None
    word_count: int = 0
    reading_time: ReadingTime | None = None
    quotes: list[Quote] = field(default_factory=list)
    related_links: list[RelatedLink] = field(default_factory=list)
    fetched_at: str | None = None
    spider: str | None = None
    schema_version: str = SCHEMA_VERSION
    provenance: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready values, nested items included (fresh lists and dicts)."""
        record = {name: getattr(self, name) for name in ARTICLE_FIELDS}
        record["tags"] = list(self.tags)
        record["authors"] = [_plain(a) | {"same_as": list(a.same_as)} for a in self.authors]
        record["reading_time"] = _plain(self.reading_time) if self.reading_time else None
        record["quotes"] = [_plain(q) for q in self.quotes]
        record["related_links"] = [_plain(link) for link in self.related_links]
        record["provenance"] = dict(self.provenance)
        return record


@dataclass(slots=True)
class FetchedPage:
    """What spiders yield: a fetched page for the extraction pipeline. Never exported."""

    url: str
    html: str
    fetched_at: str
    spider: str
    site: str | None = None
    status: int = 200
    #: The page as the spider already parsed it (to tell articles from listings), so it is parsed once.
    page: Page | None = field(default=None, repr=False, compare=False)


ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def _plain(item: Any) -> dict[str, Any]:
    """A flat item (no nested items) as a dict; faster than dataclasses.asdict, which deep-copies."""
    return {name: getattr(item, name) for name in item.__dataclass_fields__}
