"""Article text from structured data: JSON-LD ``articleBody``, split into paragraphs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.body_clean import PLACEHOLDER
from newsspider.extract.text import clean_text

if TYPE_CHECKING:
    from newsspider.extract.page import Page

LINE_SPLIT = re.compile(r"\s*\n\s*")
MARKUP = re.compile(r"<[a-zA-Z/][^>]*>")


def ld_paragraphs(page: Page) -> list[str]:
    """The paragraphs of the article's JSON-LD ``articleBody`` (HTML tags and markup
    directives stripped); [] without one."""
    article = page.article_ld
    raw = article.get("articleBody") if article else None
    if isinstance(raw, list):
        raw = "\n".join(str(x) for x in raw if isinstance(x, str))
    if not isinstance(raw, str) or not raw.strip():
        return []
    if MARKUP.search(raw):
        raw = MARKUP.sub("\n", raw)
    return [t for t in (clean_text(p) for p in LINE_SPLIT.split(raw)) if t and not PLACEHOLDER.match(t)]
