"""The standfirst: the summary paragraph between the headline and the body, which readers see as the
article's first paragraph but pages often keep in the header, outside the body element."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from newsspider.extract.body_clean import DATA, is_hidden, squash, xpath_number
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
NON_WORD = re.compile(r"\W+")
MIN_CHARS = 40
MAX_CHARS = 800
MAX_LINK_SHARE = 0.3
#: Characters of the normalized description that must reappear in the lead (or the reverse).
MATCH_CHARS = 60


def _normal(text: str) -> str:
    return NON_WORD.sub(" ", text.casefold()).strip()


def _matches(text: str, description: str) -> bool:
    a, b = _normal(text), _normal(description)
    return bool(a and b) and (b[:MATCH_CHARS] in a or a[:MATCH_CHARS] in b)


def _following(el: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """Elements after `el` in document order (not inside it), of the tags a standfirst uses."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(*LEAD_TAGS)
        node = node.getparent()


def find_lead(
    headline: lxml.html.HtmlElement,
    first: lxml.html.HtmlElement,
    description: str | None,
    cache: BoilerplateCache,
) -> str | None:
    """Text of the standfirst after `headline` and before the body element `first`, if there is one.

    An element counts when it is named like a standfirst (lead, intro, summary, deck...) or repeats
    the page's meta description; it must be visible, short, and not mostly links.
    """
    around = set(first.iterancestors())
    for el in islice(_following(headline), FOLLOWING_LIMIT):
        if el is first or el in around:
            if el is first:
                break
            continue
        if any(node is first for node in el.iterancestors()):
            break
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        named = bool(LEAD_CLASS.search(names))
        if (not named and not description) or xpath_number(HAS_BLOCKS, el):
            continue
        text = squash(el.text_content())
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if not (named or _matches(text, description or "")):
            continue
        parent = el.getparent()
        if is_hidden(el) or parent is None or cache.inside(parent):
            continue
        if link_chars(el) > MAX_LINK_SHARE * len(text):
            continue
        return text
    return None
