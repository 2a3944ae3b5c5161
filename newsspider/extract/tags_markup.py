"""Tags an article lists in its own markup, for pages that declare none in meta tags or JSON-LD: the links of
a block named as the article's tags ("<div class="tags">", "related-topics"), never a tag cloud or menu of
the whole site. The block words are data (``tag_block`` and ``not_tag_block`` in ``data/sections.json``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.datafiles import load_data
from newsspider.extract.markup import classes_holding, spaced_text

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.page import Page

_DATA = load_data("sections.json")


def _class_ending(words: list[str]) -> re.Pattern[str]:
    """A class token (lowercased) that is one of `words` or ends with one after "-" or "_" ("tags",
    "post-tags", "article__tags"; not "tag-politics", WordPress's mark of a post filed under a tag)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:[\w-]*[_-])?(?:{alternatives})(?!\S)")


TAG_BLOCK = _class_ending(_DATA["tag_block"])
#: The words alone, for the quick search over all class values joined (:func:`.markup.classes_holding`):
#: TAG_BLOCK then reads the few values that hold one.
TAG_WORDS = tuple(sorted({w.lower() for w in _DATA["tag_block"]}))
NOT_TAG_BLOCK = re.compile("|".join(re.escape(w) for w in _DATA["not_tag_block"]))
#: A block with more links than this is a tag cloud or an index, not one article's tags.
MAX_TAGS = 20
MAX_TAG_CHARS = 60
#: Page furniture no article's tags sit in.
FURNITURE = frozenset({"nav", "aside", "footer", "header"})


def markup_tags(page: Page) -> list[str]:
    """The link texts of the first block that lists the article's tags, in order, deduplicated."""
    taken: list[lxml.html.HtmlElement] = []
    for value in classes_holding(page, TAG_WORDS):
        block = value.getparent()
        lowered = value.lower()
        if block is None or not TAG_BLOCK.search(lowered) or NOT_TAG_BLOCK.search(lowered):
            continue
        if any(t in taken for t in block.iterancestors()):
            continue
        taken.append(block)
        if any(_furniture(ancestor) for ancestor in block.iterancestors()):
            continue
        tags = _link_texts(block)
        if tags:
            return tags
    return []


def _furniture(element: lxml.html.HtmlElement) -> bool:
    """Whether `element` is page furniture or a site-wide list (a sidebar's tag cloud, a menu)."""
    return element.tag in FURNITURE or NOT_TAG_BLOCK.search((element.get("class") or "").lower()) is not None


def _link_texts(block: lxml.html.HtmlElement) -> list[str]:
    links = [block] if block.tag == "a" else list(block.iter("a"))
    if not links or len(links) > MAX_TAGS:
        return []
    tags: list[str] = []
    for link in links:
        text = spaced_text(link).lstrip("#").strip()
        if text and len(text) <= MAX_TAG_CHARS and text.casefold() not in {t.casefold() for t in tags}:
            tags.append(text)
    return tags
