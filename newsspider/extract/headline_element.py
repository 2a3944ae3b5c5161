"""The heading that shows the article's headline: its <h1>, when a page has several, or an <h2>.

Pages often carry more than one <h1>: the site's logo ("<h1 id="logo"><a href="/">Site</a></h1>"),
a breaking-news strip, a widget's title, then the story's. The one the page also declares as its title
(og:title, twitter:title, the JSON-LD headline, or a part of <title>) is the headline; failing that,
the first that is not a logo or brand block; failing that, the first. When that one shows another
story (a front page's featured one), or the page has no <h1>, the <h2> the page declares as its title
is the headline's. Computed once per page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.ld import ld_text
from newsspider.extract.text import clean_text, node_text
from newsspider.extract.title_text import comparable, title_forms

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.page import Page

#: Class or id words of a site's logo or masthead, on the <h1> or its parent.
LOGO_MARK = re.compile(r"logo|brand|masthead")
MEMO_KEY = "headline_element"
#: Words that tell stories apart (four letters or more: not "the", "for", "not").
WORD = re.compile(r"\w{4,}")
#: An <h1> sharing no more words than this with every declared title shows another story.
MAX_SHARED_WORDS = 2


def headline_element(page: Page) -> lxml.html.HtmlElement | None:
    """The page's headline element (see the module's docstring), or None when no heading qualifies."""
    if MEMO_KEY not in page.memo:
        page.memo[MEMO_KEY] = _choose(page)
    found: lxml.html.HtmlElement | None = page.memo[MEMO_KEY]
    return found


def headline_element_text(page: Page) -> str | None:
    """The whitespace-collapsed text of :func:`headline_element`."""
    node = headline_element(page)
    return clean_text(node_text(node)) if node is not None else None


def _choose(page: Page) -> lxml.html.HtmlElement | None:
    texts = [(node, text) for node in page.h1s if (text := node_text(node))]
    if len(texts) == 1 and not _unrelated(page, texts[0][1]):
        return texts[0][0]
    declared = _declared_forms(page)
    for node, text in texts:
        if comparable(text) in declared:
            return node
    chosen = next((node for node, _ in texts if not _is_logo(node)), texts[0][0] if texts else None)
    if chosen is None or _unrelated(page, node_text(chosen)):
        # A front page's featured story in the only <h1>, the article's headline in an <h2>.
        return next((node for node in page.root.iter("h2") if comparable(node_text(node)) in declared), chosen)
    return chosen


def _unrelated(page: Page, text: str) -> bool:
    """Whether `text` shares no more than a word or two with any title the page declares."""
    words = set(WORD.findall(text.casefold()))
    declared = [set(WORD.findall(title.casefold())) for title in _declared_titles(page)]
    return bool(declared) and all(len(words & title) <= MAX_SHARED_WORDS for title in declared)


def _declared_titles(page: Page) -> list[str]:
    """og:title, twitter:title, <title> and the JSON-LD headline, as given."""
    title = next(page.root.iter("title"), None)
    titles = [page.meta_first("og:title"), page.meta_first("twitter:title"), title.text if title is not None else None]
    if page.article_ld:
        titles.append(ld_text(page.article_ld.get("headline")))
    return [title for title in titles if title]


def _declared_forms(page: Page) -> set[str]:
    forms: set[str] = set()
    for title in _declared_titles(page):
        forms |= title_forms(title)
    return forms - {""}


def _is_logo(node: lxml.html.HtmlElement) -> bool:
    parent = node.getparent()
    marks = [node.get("class"), node.get("id")]
    if parent is not None:
        marks += [parent.get("class"), parent.get("id")]
    return any(mark and LOGO_MARK.search(mark.lower()) for mark in marks)
