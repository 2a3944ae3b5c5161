"""Publication and modification dates. PLACEHOLDER: being rewritten (issue 3); interface is stable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsspider.extract.ld import ld_text

if TYPE_CHECKING:
    from newsspider.extract.page import Page


@dataclass(slots=True)
class Dates:
    """The article's dates: ISO 8601 strings with the page's offset, and the published date as shown."""

    published: str | None = None
    modified: str | None = None
    published_raw: str | None = None


def extract_dates(page: Page) -> Dates:
    """Published/modified dates from JSON-LD and meta tags."""
    ld = page.article_ld or {}
    published = ld_text(ld.get("datePublished")) or page.meta_first("article:published_time")
    modified = ld_text(ld.get("dateModified")) or page.meta_first("article:modified_time")
    return Dates(published=published, modified=modified, published_raw=published)
