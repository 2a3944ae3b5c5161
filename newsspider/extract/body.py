"""The main text. PLACEHOLDER: being rewritten (issue 3); interface is stable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsspider.extract.text import absolute_url, clean_text, node_text

if TYPE_CHECKING:
    from newsspider.extract.page import Page

BLOCKS = ".//p | .//h2 | .//h3 | .//h4 | .//li | .//blockquote"
CONTAINERS = ("//*[@itemprop='articleBody']", "//article", "//main", "//body")


@dataclass(slots=True)
class Body:
    """The article text as paragraphs, with the links found inside them."""

    paragraphs: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL, anchor text)

    @property
    def text(self) -> str | None:
        """Paragraphs joined by one blank line; None when empty."""
        return "\n\n".join(self.paragraphs) or None


def extract_body(page: Page) -> Body:
    """The main text of the page, paragraphs in reading order."""
    body = Body()
    for xp in CONTAINERS:
        found = page.root.xpath(xp)
        if not found:
            continue
        for block in found[0].xpath(BLOCKS):
            text = clean_text(node_text(block))
            if text:
                body.paragraphs.append(text)
                for a in block.xpath(".//a[@href]"):
                    url = absolute_url(page.url, a.get("href"))
                    if url:
                        body.links.append((url, clean_text(node_text(a)) or ""))
        if body.paragraphs:
            page.set_source("body", "markup")
            break
    return body
