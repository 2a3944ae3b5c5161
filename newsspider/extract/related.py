"""Related links. PLACEHOLDER: being completed (issue 2); interface is stable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsspider.items import RelatedLink

if TYPE_CHECKING:
    from newsspider.extract.body import Body
    from newsspider.extract.page import Page


def extract_related_links(page: Page, body: Body) -> list[RelatedLink]:
    """Links to other articles: teaser blocks, then links inside the body."""
    return [RelatedLink(url=url, kind="inline", title=title or None) for url, title in body.links]
