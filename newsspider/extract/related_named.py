"""Teaser blocks named by their class ("related-posts", "c-related-list", "yarpp-related"), for pages
whose "Related" block has no heading the extractor knows, or none at all.

The class names are data (``block_classes`` in ``data/related.json``), matched at the start of a word
of the class attribute; a block inside another is read once, as part of the outer one.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsspider.extract.datafiles import load_data
from newsspider.extract.markup import classes_holding

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.page import Page

#: Where a word of a class attribute starts: its beginning, or after a space, "-", "_" ("c-related-list",
#: "article__related"), or a lowercase letter before a capital ("RelatedWebStories", "relatedContent").
WORD_START = r"(?:^|(?<=[\s_-])|(?-i:(?<=[a-z])(?=[A-Z])))"
#: A block with more links than this is a page section, not a teaser block.
MAX_BLOCK_LINKS = 30


@cache
def _block_words() -> tuple[str, ...]:
    """The block words, lowercased."""
    return tuple(w.lower() for words in load_data("related.json")["block_classes"].values() for w in words)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_data("related.json")
    not_words = "|".join(re.escape(w) for w in data["not_block_classes"])
    return tuple(
        (
            kind,
            re.compile(
                rf"{WORD_START}(?:{'|'.join(re.escape(w) for w in words)})(?![\w-]*(?:{not_words}))",
                re.IGNORECASE,
            ),
        )
        for kind, words in data["block_classes"].items()
    )


def named_blocks(page: Page, headline: lxml.html.HtmlElement | None) -> list[tuple[str, lxml.html.HtmlElement]]:
    """(kind, element) of the teaser blocks the page names by class, outermost first, in page order;
    never one that holds the headline (a wrapper around the whole article)."""
    found: list[tuple[str, lxml.html.HtmlElement]] = []
    taken: set[lxml.html.HtmlElement] = set()
    for value in classes_holding(page, _block_words()):
        kind = next((kind for kind, pattern in _patterns() if pattern.search(value)), None)
        if kind is None:
            continue
        element = value.getparent()
        if element is None or element in taken or any(a in taken for a in element.iterancestors()):
            continue
        if headline is not None and (element is headline or element in headline.iterancestors()):
            continue
        if sum(1 for _ in element.iter("a")) > MAX_BLOCK_LINKS:
            continue
        taken.add(element)
        found.append((kind, element))
    return found
