"""The author block. PLACEHOLDER: being rewritten (issue 3); interface is stable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsspider.extract.ld import ld_list, ld_text, ld_url
from newsspider.items import Author

if TYPE_CHECKING:
    from newsspider.extract.page import Page


def extract_authors(page: Page) -> list[Author]:
    """Authors from JSON-LD Person/Organization objects."""
    ld = page.article_ld or {}
    authors = []
    for obj in ld_list(ld.get("author")):
        name = ld_text(obj)
        if name:
            url = ld_url(obj) if isinstance(obj, dict) else None
            authors.append(Author(name=name, url=url))
    return authors
