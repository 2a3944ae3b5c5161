"""Choosing the element(s) that hold the article from the scores of :mod:`.body_score`.

The best-scoring element, its score lowered by its own link density, is the article, unless it lies
far from the headline while a good runner-up sits beside it (a page with a second article or comments).
An article cut into many wrapped pieces is taken whole from their common ancestor; one split by an
advertisement keeps the siblings that score well too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from newsspider.extract.body_clean import xpath_number
from newsspider.extract.body_score import TEXT_LENGTH, link_density

if TYPE_CHECKING:
    import lxml.html

BODY_ITEMPROPS = frozenset({"articleBody", "reviewBody", "text"})
TOP_CANDIDATES = 5
#: A candidate this close to the headline (steps up to a shared ancestor) may replace a far winner
#: when it scores at least this share of the winner's score.
NEAR_HEADLINE_STEPS = 2
NEAR_HEADLINE_SHARE = 0.6
#: An ancestor replaces the top element when it holds this many times its paragraph text.
MASS_GROWTH = 1.3
EXPAND_LINK_DENSITY = 0.3
RIVAL_SHARE = 0.4
SIBLING_SHARE = 0.2
MIN_SIBLING_SCORE = 10.0
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_LINK_DENSITY = 0.25


class Choice(NamedTuple):
    """The element chosen as the article, its score, and the runners-up (element, score), best first."""

    element: lxml.html.HtmlElement
    score: float
    ranked: list[tuple[lxml.html.HtmlElement, float]]


def marked_bodies(mass: dict[lxml.html.HtmlElement, int]) -> list[lxml.html.HtmlElement]:
    """Elements holding paragraphs that the page marks as the article body (microdata), outermost only."""
    marked = [el for el in mass if el.get("itemprop") in BODY_ITEMPROPS]
    if len(marked) > 1:
        chosen = set(marked)
        marked = [el for el in marked if not any(a in chosen for a in el.iterancestors())]
    return marked


def best_candidate(
    scores: dict[lxml.html.HtmlElement, float],
    headline: lxml.html.HtmlElement | None = None,
) -> Choice | None:
    """The top-scoring element once link density is counted, and its score.

    A page may hold more than one article (the next one, comments); when the winner is far from the
    headline and another good candidate sits next to it, the headline's article is the one asked for.
    """
    if not scores:
        return None
    top = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:TOP_CANDIDATES]
    ranked = sorted(((el, score * (1 - link_density(el))) for el, score in top), key=lambda item: -item[1])
    best, best_score = ranked[0]
    near = _headline_ancestors(headline)
    if near and _steps_to(best, near) > NEAR_HEADLINE_STEPS:
        for el, score in ranked[1:]:
            if score < NEAR_HEADLINE_SHARE * best_score:
                break
            related = _is_ancestor(el, best) or _is_ancestor(best, el)
            if not related and _steps_to(el, near) <= NEAR_HEADLINE_STEPS:
                best, best_score = el, score
                break
    return Choice(_climb(best, best_score, scores), best_score, ranked)


def _headline_ancestors(headline: lxml.html.HtmlElement | None) -> set[lxml.html.HtmlElement]:
    found: set[lxml.html.HtmlElement] = set()
    node = headline
    while node is not None and node.tag not in {"body", "html"}:
        found.add(node)
        node = node.getparent()
    return found


def _steps_to(el: lxml.html.HtmlElement, near: set[lxml.html.HtmlElement]) -> int:
    """Steps up from `el` to the first ancestor it shares with the headline."""
    steps = 0
    node: lxml.html.HtmlElement | None = el
    while node is not None and node not in near and node.tag not in {"body", "html"}:
        steps += 1
        node = node.getparent()
    return steps


def _is_ancestor(el: lxml.html.HtmlElement, other: lxml.html.HtmlElement) -> bool:
    return any(node is el for node in other.iterancestors())


def _climb(
    top: lxml.html.HtmlElement, score: float, scores: dict[lxml.html.HtmlElement, float]
) -> lxml.html.HtmlElement:
    """Move up to a parent that scores higher (the article is split over several children), or that
    is only a wrapper of the top element."""
    threshold = score / 3
    last = score
    node = top.getparent()
    while node is not None and node.tag not in {"body", "html"}:
        parent_score = scores.get(node)
        if parent_score is None:
            node = node.getparent()
            continue
        if parent_score < threshold:
            break
        if parent_score > last:
            top = node
            break
        last = parent_score
        node = node.getparent()
    parent = top.getparent()
    while parent is not None and parent.tag not in {"body", "html"} and len(parent) == 1:
        top = parent
        parent = top.getparent()
    return top


def with_siblings(
    top: lxml.html.HtmlElement, score: float, scores: dict[lxml.html.HtmlElement, float]
) -> list[lxml.html.HtmlElement]:
    """The top element and those of its siblings that look like more of the same article."""
    parent = top.getparent()
    if parent is None or parent.tag in {"body", "html"}:
        return [top]
    threshold = max(MIN_SIBLING_SCORE, score * SIBLING_SHARE)
    top_class = top.get("class")
    kept = []
    for sibling in parent:
        if sibling is top:
            kept.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        own = scores.get(sibling)
        bonus = score * SIBLING_SHARE if top_class and sibling.get("class") == top_class else 0.0
        if own is not None and own > 0 and own + bonus >= threshold:
            kept.append(sibling)
        elif sibling.tag == "p":
            length = xpath_number(TEXT_LENGTH, sibling)
            density = link_density(sibling)
            if length > SIBLING_PARAGRAPH_CHARS and density < SIBLING_LINK_DENSITY:
                kept.append(sibling)
    return kept


def expand(
    choice: Choice,
    mass: dict[lxml.html.HtmlElement, int],
    headline: lxml.html.HtmlElement | None,
) -> lxml.html.HtmlElement:
    """An ancestor of the chosen element holding much more paragraph text, when the article is cut
    into many wrapped pieces (slides, sections) that no single parent scores for.

    The ancestor must hold a runner-up that scores nearly as well (else the extra text is teasers),
    and the search stops at the article the top element belongs to: its <article> element, or the
    element it shares with the headline.
    """
    top = choice.element
    rivals = [
        el
        for el, score in choice.ranked
        if el is not top
        and score >= RIVAL_SHARE * choice.score
        and not _is_ancestor(el, top)
        and not _is_ancestor(top, el)
    ]
    near = _headline_ancestors(headline)
    boundary = None
    for node in top.iterancestors():
        if node.tag in {"body", "html"}:
            break
        if node.tag == "article" or node in near:
            boundary = node
            break
    if boundary is None:
        return top
    best = top
    node = top
    while node is not boundary:
        parent = node.getparent()
        if parent is None:
            break
        node = parent
        if mass.get(node, 0) < MASS_GROWTH * mass.get(best, 0) or link_density(node) > EXPAND_LINK_DENSITY:
            continue
        if any(_is_ancestor(node, rival) for rival in rivals):
            best = node
    return best
