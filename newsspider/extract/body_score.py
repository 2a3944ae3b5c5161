"""Scoring elements as holders of article text: a readability-like score of the parents of paragraphs.

Each paragraph-like element with enough text and few links gives points (more for longer text and
more commas) to its parent, and fewer to the ancestors above; every ancestor also counts the characters
of paragraph text beneath it (its mass). :mod:`.body_choose` picks the article from these figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from newsspider.extract.body_clean import (
    GOOD,
    POSITIVE,
    SOFT_BAD,
    BoilerplateCache,
    class_id,
    squash,
    xpath_list,
    xpath_number,
)

if TYPE_CHECKING:
    import lxml.html

#: Text nodes of the body with more than 25 characters besides spaces. The cheap tests go first (XPath
#: filters in order): raw length, then the parent, then the length without spaces.
LONG_TEXTS = etree.XPath(
    "/html/body//text()[string-length() > 25]"
    "[not(parent::script or parent::style or parent::noscript or parent::template)]"
    "[string-length(normalize-space()) > 25]"
)
TEXT_LENGTH = etree.XPath("string-length(normalize-space())")
LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)
BLOCKS = frozenset(
    {
        "p", "pre", "div", "section", "article", "td", "th", "li", "dd", "dt", "blockquote", "center",
        "main", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav",
        "ul", "ol", "table", "tr", "form", "figure", "figcaption", "address", "summary", "details",
    }
)  # fmt: skip
#: Blocks measured by their whole text; other blocks by the long text nodes directly in them.
WHOLE = frozenset({"p", "pre"})
#: Blocks whose text gives no points: headings, captions, list items, page-level elements.
UNSCORED = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "li", "dt", "body", "html", "th"})
COMMAS = (",", "，", "、", "،")
MIN_PARAGRAPH_CHARS = 25
MAX_PARAGRAPH_LINK_DENSITY = 0.5
ANCESTOR_LEVELS = 5
TAG_WEIGHTS = {
    "div": 5.0,
    "article": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "main": 3.0,
    "form": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "li": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "address": -3.0,
    "th": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
}
CLASS_WEIGHT = 25.0


def class_weight(el: lxml.html.HtmlElement) -> float:
    """Points for class/id names that mark article text, minus points for boilerplate names."""
    names = class_id(el)
    if not names:
        return 0.0
    if GOOD.search(names):
        return 2 * CLASS_WEIGHT
    weight = 0.0
    if SOFT_BAD.search(names):
        weight -= CLASS_WEIGHT
    if POSITIVE.search(names):
        weight += CLASS_WEIGHT
    return weight


def link_density(el: lxml.html.HtmlElement) -> float:
    """Share of an element's visible text that sits in links."""
    total = xpath_number(TEXT_LENGTH, el)
    if not total:
        return 0.0
    return min(1.0, link_chars(el) / total)


def link_chars(el: lxml.html.HtmlElement) -> int:
    """Characters of text inside links (ends of text nodes trimmed, as layout whitespace is not text)."""
    return sum(len(t.strip()) for t in xpath_list(LINK_TEXT, el))


def _points(text_length: int, commas: int) -> float:
    return 1.0 + commas + min(text_length // 100, 3)


def _paragraphs(root: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, tuple[int, int, int]]:
    """Blocks holding long runs of text, each with (text chars, link chars, commas).

    A <p> is measured whole; other blocks (bare-text divs, cells) by their long text nodes, so
    text in <span>s or after <br>s counts where no <p> is used.
    """
    found: dict[lxml.html.HtmlElement, tuple[int, int, int]] = {}
    for text in xpath_list(LONG_TEXTS, root):
        node = text.getparent()
        if node is None:
            continue
        if text.is_tail:
            node = node.getparent()
        in_link = False
        while node is not None and node.tag not in BLOCKS:
            in_link = in_link or node.tag == "a"
            node = node.getparent()
        if node is None or node.tag in UNSCORED:
            continue
        if node.tag in WHOLE:
            if node not in found:
                whole = squash(node.text_content())
                found[node] = (len(whole), link_chars(node), sum(whole.count(c) for c in COMMAS))
            continue
        length, links, commas = found.get(node, (0, 0, 0))
        stripped = text.strip()
        found[node] = (
            length + len(stripped),
            links + (len(stripped) if in_link else 0),
            commas + sum(stripped.count(c) for c in COMMAS),
        )
    return found


def score_candidates(
    root: lxml.html.HtmlElement, cache: BoilerplateCache
) -> tuple[dict[lxml.html.HtmlElement, float], dict[lxml.html.HtmlElement, int]]:
    """Content score of every element that has paragraphs under it, and the characters of
    paragraph text under every element (its mass)."""
    scores: dict[lxml.html.HtmlElement, float] = {}
    mass: dict[lxml.html.HtmlElement, int] = {}
    for el, (length, links, commas) in _paragraphs(root).items():
        if length < MIN_PARAGRAPH_CHARS or links > MAX_PARAGRAPH_LINK_DENSITY * length or cache.inside(el):
            continue
        for ancestor in el.iterancestors():
            mass[ancestor] = mass.get(ancestor, 0) + length
        mass[el] = mass.get(el, 0) + length
        points = _points(length, commas)
        if el.tag not in WHOLE:
            scores[el] = scores.get(el, TAG_WEIGHTS.get(el.tag, 0.0) + class_weight(el)) + points
        node = el.getparent()
        level = 0
        while node is not None and level < ANCESTOR_LEVELS and node.tag not in {"body", "html"}:
            if node not in scores:
                scores[node] = TAG_WEIGHTS.get(node.tag, 0.0) + class_weight(node)
            scores[node] += points if level == 0 else points / (2 if level == 1 else level * 3)
            node = node.getparent()
            level += 1
    return scores, mass
