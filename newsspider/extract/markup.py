"""Markup helpers for the metadata extractors: spaced element text and the stretch around the headline."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.page import Page

#: The stretch of the page around the headline where bylines and dates are shown.
BEFORE_HEADLINE = "(//h1)[1]/preceding::*[position() <= 60]"
AFTER_HEADLINE = "(//h1)[1]/following::*[position() <= 250]"
NEAR_HEADLINE = f"{BEFORE_HEADLINE} | {AFTER_HEADLINE}"
WHOLE_BODY = "//body//*"
TEXT_NODES = ".//text()[not(ancestor::script) and not(ancestor::style)]"


def spaced_text(node: lxml.html.HtmlElement) -> str:
    """Text of `node` with a space between text nodes: bylines put names, roles and dates in separate tags."""
    return " ".join(" ".join(str(part) for part in node.xpath(TEXT_NODES)).split())


def near_headline(page: Page, *, after_first: bool = False) -> list[lxml.html.HtmlElement]:
    """Elements around the first <h1>, in page order (with `after_first`, those after it come first);
    the whole body when the page has no <h1>."""
    key = f"near_headline:{after_first}"
    if key not in page.memo:
        if after_first:
            nodes = page.root.xpath(AFTER_HEADLINE) + page.root.xpath(BEFORE_HEADLINE)
        else:
            nodes = page.root.xpath(NEAR_HEADLINE)
        nodes = nodes or page.root.xpath(WHOLE_BODY)
        page.memo[key] = [node for node in nodes if isinstance(node.tag, str)]
    found: list[lxml.html.HtmlElement] = page.memo[key]
    return found
