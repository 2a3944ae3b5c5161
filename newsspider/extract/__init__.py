"""Pure extraction: from a page's HTML and URL to an article record. No network, no Scrapy.

``extract_article(html, url)`` is the public entry point; each field comes from a small module
(:mod:`.metadata`, :mod:`.dates`, :mod:`.authors`, :mod:`.body`, :mod:`.reading_time`,
:mod:`.quotes`, :mod:`.related`) reading one :class:`~.page.Page` parsed once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsspider.extract.page import Page
from newsspider.extract.record import build_article, extract_article_item

if TYPE_CHECKING:
    from datetime import datetime

    from newsspider.sites import SiteProfile

__all__ = ["Page", "build_article", "extract_article", "extract_article_item"]


def extract_article(
    html: str | bytes,
    url: str,
    *,
    fetched_at: datetime | None = None,
    profile: SiteProfile | None = None,
    spider: str | None = None,
) -> dict[str, Any]:
    """The article record of one page as a plain mapping (the JSON Lines record)."""
    return extract_article_item(html, url, fetched_at=fetched_at, profile=profile, spider=spider).to_dict()
