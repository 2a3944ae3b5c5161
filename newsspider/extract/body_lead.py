"""The standfirst: the summary paragraph between the headline and the body, which readers see as the
article's first paragraph but pages often keep in the header, outside the body element."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from newsspider.extract.body_clean import DATA, class_id, is_hidden, name_strength, squash, xpath_number
from newsspider.extract.body_score import link_chars

if TYPE_CHECKING:
    from collections.abc import Iterator

    import lxml.html

    from newsspider.extract.body_clean import BoilerplateCache

LEAD_CLASS = re.compile(r"(?:^|[\s_:-])(?:" + "|".join(re.escape(t) for t in DATA["lead_prefixes"]) + ")")
#: Elements after the headline looked at, in document order, before giving up.
FOLLOWING_LIMIT = 60
LEAD_TAGS = frozenset({"p", "h2", "h3", "div", "span", "section"})
HAS_BLOCKS = etree.XPath("boolean(p | div | h2 | h3 | section | ul | ol | article)")
#: Lead media (a photo with its caption) is named like a standfirst but is no text.
HAS_MEDIA = etree.XPath("boolean(.//figure | .//picture | .//img | .//video)")
#: A summary set as a heading is a subtitle, part of the headline block rather than the text.
HEADING_TAGS = frozenset({"h2", "h3"})
MIN_CHARS = 40
#: A standfirst's paragraph may sit in a wrapper inside the box named as one.
LEAD_BOX_LEVELS = 2
MAX_DATA_NAME = 40
#: A shorter standfirst is a one-line subtitle (a dek), part of the headline block; a longer one is
#: the article's opening paragraph and is read as text.
PARAGRAPH_CHARS = 100
MAX_CHARS = 800
MAX_LINK_SHARE = 0.3
NON_WORD = re.compile(r"\W+")
#: Characters of the normalized description that must reappear in the lead (or the reverse).
MATCH_CHARS = 60


def _normal(text: str) -> str:
    return NON_WORD.sub(" ", text.casefold()).strip()


def _matches(text: str, description: str) -> bool:
    a, b = _normal(text), _normal(description)
    return bool(a and b) and (b[:MATCH_CHARS] in a or a[:MATCH_CHARS] in b)


def _named(el: lxml.html.HtmlElement) -> bool:
    """Whether `el`'s class, id or a short data-* value (``data-gu-name="standfirst"``, ``data-testid``)
    names a standfirst."""
    names = [el.get("class") or "", el.get("id") or ""]
    names += [value for key, value in el.items() if key.startswith("data-") and len(value) <= MAX_DATA_NAME]
    return LEAD_CLASS.search(" ".join(names).lower()) is not None


def _placed(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` is a standfirst by its place: the paragraph of a heading group ("<hgroup><h1>…</h1>
    <p>…</p></hgroup>"), or the one paragraph of a box named as one ("<div class=story__summary><p>"),
    maybe in a wrapper of its own."""
    if el.tag != "p":
        return False
    for parent in islice(el.iterancestors(), LEAD_BOX_LEVELS):
        if parent.tag == "hgroup":
            return True
        if sum(1 for child in parent if child.tag in LEAD_TAGS) != 1:
            return False  # (the box holds the paragraph alone)
        if _named(parent):
            return True
    return False


def _following(el: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """Elements after `el` in document order (not inside it), of the tags a standfirst uses."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(*LEAD_TAGS)
        node = node.getparent()


def find_lead(
    headline: lxml.html.HtmlElement | None,
    first: lxml.html.HtmlElement,
    description: str | None,
    cache: BoilerplateCache,
) -> str | None:
    """Text of the standfirst after `headline` (without one, from the top of the article) and before
    the body element `first`, if there is one.

    An element counts when it is named like a standfirst (lead, intro, summary, deck...) or repeats
    the page's meta description, is no heading, and shares an ``<article>`` with the body, so the
    page marks it as part of the article; it must be visible, short, and not mostly links.
    """
    around = set(first.iterancestors())
    articles = {node for node in around if node.tag == "article"}
    nearest = next((node for node in first.iterancestors() if node.tag == "article"), None)
    if nearest is None:
        return None
    following = _following(headline) if headline is not None else nearest.iterdescendants(*LEAD_TAGS)
    for el in islice(following, FOLLOWING_LIMIT):
        if el is first or el in around:
            if el is first:
                break
            continue
        if any(node is first for node in el.iterancestors()):
            break
        named = _named(el) or _placed(el)
        if el.tag in HEADING_TAGS or not (named or description):
            continue
        if xpath_number(HAS_BLOCKS, el) or xpath_number(HAS_MEDIA, el):
            continue
        text = squash(el.text_content())
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if not (named or _matches(text, description or "")):
            continue
        parent = el.getparent()
        if is_hidden(el) or parent is None or cache.inside(parent):
            continue
        if link_chars(el) > MAX_LINK_SHARE * len(text) or articles.isdisjoint(el.iterancestors()):
            continue
        return text if len(text) >= PARAGRAPH_CHARS else None
    return None


def standfirst_after(headline: lxml.html.HtmlElement) -> str | None:
    """The text of the standfirst shown under `headline`, wherever it sits (in the body or not): the first
    element after it named or placed as one (see :func:`_named`, :func:`_placed`), not a heading, media or
    mostly links, and before the text's first paragraph. The description of a page that declares none."""
    for el in islice(_following(headline), FOLLOWING_LIMIT):
        if el.tag in HEADING_TAGS:
            continue
        if not (_named(el) or _placed(el)):
            if el.tag == "p" and len(squash(el.text_content())) >= PARAGRAPH_CHARS:
                return None  # the text began with no standfirst: a box named so further on is something else
            continue
        if xpath_number(HAS_BLOCKS, el) or xpath_number(HAS_MEDIA, el) or is_hidden(el):
            continue
        if name_strength(class_id(el)) == "hard":
            continue  # "link-to-sharing-service-description": a share panel's text
        text = squash(el.text_content())
        if MIN_CHARS <= len(text) <= MAX_CHARS and link_chars(el) <= MAX_LINK_SHARE * len(text):
            return text
    return None
