"""The main text of an article: paragraphs, subheadings, list items and quotes in reading order.

The cascade: a site profile's CSS selectors; else the element marked ``itemprop=articleBody`` when it
holds the text; else the best element found by scoring paragraphs (:mod:`.body_score`). The text is read
from the chosen element(s) (:mod:`.body_collect`) skipping boilerplate elements (:mod:`.body_clean`) and
lines (:mod:`.body_lines`, :mod:`.body_promos`), with the standfirst put first when it sits outside them
(:mod:`.body_lead`). JSON-LD ``articleBody`` stands in when the markup yields little text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsspider.extract.body_choose import best_candidate, expand, marked_bodies, with_siblings
from newsspider.extract.body_clean import BoilerplateCache, squash, xpath_number
from newsspider.extract.body_collect import Block, collect_blocks
from newsspider.extract.body_ld import ld_paragraphs
from newsspider.extract.body_lead import find_lead
from newsspider.extract.body_score import TEXT_LENGTH, score_candidates
from newsspider.extract.body_script import script_blocks
from newsspider.extract.body_signup import signup_boxes
from newsspider.extract.headline import site_keys
from newsspider.extract.headline_element import headline_element

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.page import Page

MIN_HEADLINE_CHARS = 10
#: Text of this length right in <body> (between <br>s) is a paragraph of a plain page.
MIN_LOOSE_TEXT_CHARS = 25
#: itemprop=articleBody wins when it holds at least this share of the best scored element's text.
ITEMPROP_SHARE = 0.5
#: Structured data replaces markup text when the markup has fewer words than this share of it.
LD_OVER_MARKUP = 0.5
#: Below this many words of markup text, scripts are searched for the article (pages built in the browser).
SCRIPT_WORDS = 150
#: Whether the standfirst (summary under the headline, often outside the body element) opens the body.
#: Benchmarks disagree (AEB's articleBody mostly leaves it out, fundus' body puts it in), so
#: :func:`.body_lead.find_lead` takes only one the page marks as the article's: inside the ``<article>``
#: holding the body, a paragraph rather than a heading or a one-line dek.
INCLUDE_STANDFIRST = True
#: A standfirst already among the body's first paragraphs is not added again.
LEAD_LOOKAHEAD = 3


@dataclass(slots=True)
class Body:
    """The article text as paragraphs, with the links found inside them."""

    paragraphs: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL, anchor text)
    #: Lines with links dropped from the text as boilerplate, such as "Read more: <a>…</a>" teasers.
    link_lines: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str | None:
        """Paragraphs joined by one blank line; None when empty."""
        return "\n\n".join(self.paragraphs) or None

    @classmethod
    def from_blocks(cls, blocks: list[Block]) -> Body:
        """A body from collected blocks, links in paragraph order."""
        return cls([b.text for b in blocks], [link for b in blocks for link in b.links])


def extract_body(page: Page) -> Body:
    """The main text of the page, paragraphs in reading order; empty when none is found."""
    body = _from_profile(page)
    if body is not None:
        page.set_source("body", "profile")
        return body
    body, source = _from_markup(page)
    ld = ld_paragraphs(page)
    if ld and _words(ld) * LD_OVER_MARKUP > _words(body.paragraphs):
        page.set_source("body", "json-ld")
        return Body(ld)
    if _words(body.paragraphs) < SCRIPT_WORDS:
        scripted = Body.from_blocks(script_blocks(page))
        if _words(scripted.paragraphs) * LD_OVER_MARKUP > _words(body.paragraphs):
            page.set_source("body", "heuristic")
            return scripted
    if body.paragraphs:
        page.set_source("body", source)
    return body


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _from_profile(page: Page) -> Body | None:
    """The body as the site profile's selectors mark it, or None without a usable selector."""
    selectors = page.profile.selectors if page.profile else {}
    css = selectors.get("body")
    if not css:
        return None
    containers = [sel.root for sel in page.selector.css(css) if not isinstance(sel.root, str)]
    if not containers:
        return None
    exclude_css = selectors.get("body_exclude")
    exclude = {sel.root for sel in page.selector.css(exclude_css)} if exclude_css else set()
    blocks = collect_blocks(containers, page.url, exclude)
    return Body.from_blocks(blocks) if blocks else None


def _from_markup(page: Page) -> tuple[Body, str]:
    """The body read from the element(s) that hold the article text, and how they were found."""
    cache = BoilerplateCache()
    headline = _headline(page, cache)
    source, containers = _containers(page, cache, headline)
    if not containers:
        return Body(), source
    titles = [page.meta_first("og:title", "twitter:title") or "", _ld_headline(page)]
    if headline is not None:
        titles.append(squash(headline.text_content()))
    link_lines: list[Block] = []
    exclude = signup_boxes(containers)
    blocks = collect_blocks(
        containers, page.url, exclude, headlines=titles, dropped=link_lines, site_names=site_keys(page)
    )
    body = Body.from_blocks(blocks)
    body.link_lines = link_lines
    if INCLUDE_STANDFIRST:
        description = page.meta_first("og:description", "description", "twitter:description")
        lead = find_lead(headline, containers[0], description, cache)
        if lead and not any(lead in p for p in body.paragraphs[:LEAD_LOOKAHEAD]):
            body.paragraphs.insert(0, lead)
    return body, source


def _holds_loose_text(element: lxml.html.HtmlElement) -> bool:
    """Whether `element` has a paragraph's worth of text of its own (not inside a child element)."""
    texts = [element.text, *(child.tail for child in element)]
    return any(text and len(text.strip()) > MIN_LOOSE_TEXT_CHARS for text in texts)


def _ld_headline(page: Page) -> str:
    """The headline the article's structured data gives, or ""."""
    value = page.article_ld.get("headline") if page.article_ld else None
    return value if isinstance(value, str) else ""


def _headline(page: Page, cache: BoilerplateCache) -> lxml.html.HtmlElement | None:
    """The article's <h1>: the headline's (:func:`headline_element`), else the first outside boilerplate
    with some text."""
    chosen = headline_element(page)
    for h1 in page.h1s if chosen is None else (chosen, *page.h1s):
        parent = h1.getparent()
        if parent is not None and not cache.inside(parent) and xpath_number(TEXT_LENGTH, h1) >= MIN_HEADLINE_CHARS:
            return h1
    return None


def _containers(
    page: Page, cache: BoilerplateCache, headline: lxml.html.HtmlElement | None
) -> tuple[str, list[lxml.html.HtmlElement]]:
    """The element(s) holding the article text, and how they were found."""
    scores, mass = score_candidates(page.root, cache)
    best = best_candidate(scores, headline)
    marked = marked_bodies(mass)
    if marked:
        length = sum(mass[el] for el in marked)
        if best is None or length >= ITEMPROP_SHARE * mass.get(best.element, 0):
            return "microdata", marked
    if best is None:
        # Paragraphs right under <body> (a plain page, maybe with text between <br>s) score no element:
        # the body element holds them.
        page_body = next(page.root.iter("body"), None)
        plain = page_body is not None and (mass.get(page_body) or _holds_loose_text(page_body))
        return "heuristic", [page_body] if plain and page_body is not None else []
    expanded = expand(best, mass, headline)
    if expanded is not best.element:
        return "heuristic", [expanded]
    return "heuristic", with_siblings(best.element, best.score, scores)
