"""Reading the text of the chosen container(s) as a reader sees it: one paragraph per block, in order.

Block elements (paragraphs, headings, list items, quotes, cells, bare-text divs) each end a paragraph;
two line breaks in a row end one too. Boilerplate subtrees are skipped, not removed, and lines that
are stock phrases or short runs of links are dropped afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING

from newsspider.extract.body_clean import EMBEDDED_POST_CLASSES, is_boilerplate, squash
from newsspider.extract.body_lines import is_boilerplate_line, paywall_end, paywall_lead
from newsspider.extract.body_promos import is_promotion_box, promotes_by_link
from newsspider.extract.related_headings import heading_kind
from newsspider.extract.text import absolute_url

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    import lxml.html

BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
        "figure", "center", "address", "details", "summary", "hr", "caption", "hgroup",
    }
)  # fmt: skip
#: Table cells run on: a row is one line (layout tables still split at the <p>s in their cells).
CELL_TAGS = frozenset({"td", "th"})
NON_WORD = re.compile(r"\W+")
#: A line repeats the headline when it holds it with at most this many more characters.
HEADLINE_SLACK = 40
#: Shorter titles (normalized) are not looked for: they could be any line's words.
MIN_TITLE_CHARS = 10
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: A heading before the first paragraph, in a text with no other heading, belongs to the headline
#: block (a kicker, the title shown again, a subtitle) when no longer than a title.
TITLE_MAX_WORDS = 16
PARAGRAPH_BREAK = "\x00"
LINE_BREAK = "\x01"
SPLIT = re.compile(r"\x01\s*\x01|\x00")
#: A skipped box kept for its links (see _Collector.skipped) is short: a label and a teaser or two.
MAX_BOX_LINKS = 3
MAX_BOX_CHARS = 200
#: A run of teaser links in one line (see _teaser_run).
MIN_RUN_LINKS = 3
RUN_LINK_DENSITY = 0.8
#: A list of teasers closing the text (see _trailing_teasers): short items, at least two.
TEASER_ITEM_WORDS = 30
MIN_TEASER_ITEMS = 2
#: A hover card (see _is_hover_card) lists this many headlines of this many words at least.
MIN_CARD_HEADLINES = 2
MIN_HEADLINE_WORDS = 3
#: The class of a drop cap, the big first letter of a text set apart from the rest of its word
#: ("<span class="initial-letter">N</span> <span>a endlich!</span>" reads "Na endlich!").
DROP_CAP_CLASS = re.compile(r"drop-?cap|initial-letter|first-?letter", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """One paragraph of text with the links inside it."""

    text: str
    heading: bool = False
    link_chars: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)
    #: The <a> elements of `links`, in the same order.
    anchors: list[lxml.html.HtmlElement] = field(default_factory=list)
    #: For a line cut from the end of the text as a teaser of a list under a teaser heading, the kind of
    #: that list ("read_more", "related"; see :func:`_trailing_teasers`).
    teaser: str | None = None


class _Collector:
    """Walks a container once, gathering blocks; paragraphs are split where blocks begin and end."""

    def __init__(
        self,
        base_url: str,
        exclude: Collection[lxml.html.HtmlElement],
        skipped: list[Block] | None = None,
    ) -> None:
        self.base_url = base_url
        self.exclude = exclude
        #: Short boxes with links that the walk skips as boilerplate ("Read more: <a>…</a>" in a teaser
        #: box), kept for the related links when a list is given.
        self.skipped = skipped
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._links: list[tuple[str, str]] = []
        self._anchors: list[lxml.html.HtmlElement] = []
        self._link_chars = 0
        self._heading = False
        self._in_post = 0

    def flush(self) -> None:
        if not self._parts:
            return
        raw = "".join(self._parts)
        self._parts.clear()
        pieces = SPLIT.split(raw) if LINE_BREAK in raw or PARAGRAPH_BREAK in raw else [raw]
        texts = [t for t in (squash(p.replace(LINE_BREAK, " ")) for p in pieces) if t]
        if texts:
            links, anchors, link_chars = self._links, self._anchors, self._link_chars
            for text in texts:
                if len(texts) == 1:
                    self.blocks.append(Block(text, self._heading, link_chars, links, anchors))
                    continue
                own = [i for i, link in enumerate(links) if link[1] and link[1] in text]
                chars = min(link_chars, sum(len(links[i][1]) for i in own))
                self.blocks.append(
                    Block(text, self._heading, chars, [links[i] for i in own], [anchors[i] for i in own])
                )
        self._links = []
        self._anchors = []
        self._link_chars = 0
        self._heading = False

    def walk(self, el: lxml.html.HtmlElement, *, top: bool = False) -> None:
        tag = el.tag
        if tag == "br":
            self._parts.append(LINE_BREAK)
            if el.tail:
                self._parts.append(el.tail)
            return
        if not top and (is_boilerplate(el) or el in self.exclude or (tag == "span" and _is_hover_card(el))):
            if isinstance(tag, str) and tag in BLOCK_TAGS:
                self.flush()
                if self.skipped is not None and el not in self.exclude:
                    self._keep_link_box(el)
            if el.tail:
                self._parts.append(el.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
            self._heading = tag in HEADING_TAGS
        elif tag in CELL_TAGS:
            self._parts.append(" ")
        if el.text:
            self._parts.append(el.text)
        post = tag == "blockquote" and not EMBEDDED_POST_CLASSES.isdisjoint((el.get("class") or "").split())
        self._in_post += post
        for child in el:
            self.walk(child)
        self._in_post -= post
        if tag == "a":
            self._add_link(el)
        if block:
            self.flush()
        if el.tail:
            self._parts.append(el.tail.lstrip() if el.tail[0].isspace() and _is_drop_cap(el) else el.tail)

    def _keep_link_box(self, el: lxml.html.HtmlElement) -> None:
        anchors = list(islice(el.iter("a"), MAX_BOX_LINKS + 1))
        if not anchors or len(anchors) > MAX_BOX_LINKS:
            return
        text = squash(el.text_content())
        if not text or len(text) > MAX_BOX_CHARS:
            return
        links: list[tuple[str, str]] = []
        kept: list[lxml.html.HtmlElement] = []
        for anchor in anchors:
            url = absolute_url(self.base_url, anchor.get("href"))
            if url:
                links.append((url, squash(anchor.text_content())))
                kept.append(anchor)
        if links and self.skipped is not None:
            self.skipped.append(Block(text, False, sum(len(title) for _, title in links), links, kept))

    def _add_link(self, el: lxml.html.HtmlElement) -> None:
        anchor = squash(el.text_content())
        self._link_chars += len(anchor)
        # The links of a quoted post (its author's handle, its hashtags) are not the article's.
        url = None if self._in_post else absolute_url(self.base_url, el.get("href"))
        if url:
            self._links.append((url, anchor))
            self._anchors.append(el)


def _is_hover_card(el: lxml.html.HtmlElement) -> bool:
    """Whether an inline element in the text is a hover card, shown only while the pointer rests on a
    name: it opens with a picture and lists headlines ("<span><img>…<a>Name</a><a>Story one</a>
    <a>Story two</a></span>" after the name it explains)."""
    if el.find(".//img") is None or (el.text or "").strip():
        return False
    for node in el.iterdescendants():
        if node.tag == "img":
            break
        if (node.text or "").strip() or (node.tail or "").strip():
            return False
    headlines = sum(1 for link in el.iter("a") if len(link.text_content().split()) >= MIN_HEADLINE_WORDS)
    return headlines >= MIN_CARD_HEADLINES


def _is_drop_cap(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` is a drop cap: one letter, in an element whose class says so."""
    marks = el.get("class")
    if not marks or len(el) > 1 or DROP_CAP_CLASS.search(marks) is None:
        return False  # (cheap tests first: most elements followed by a space are no drop cap)
    text = el.text_content()
    return len(text) == 1 and text.isalpha()


def collect_blocks(
    containers: Iterable[lxml.html.HtmlElement],
    base_url: str,
    exclude: Collection[lxml.html.HtmlElement] = (),
    headlines: Iterable[str] = (),
    dropped: list[Block] | None = None,
    *,
    site_names: Collection[str] = (),
) -> list[Block]:
    """The text blocks of `containers`, in order, boilerplate (and `exclude`, and lines repeating
    one of `headlines`) left out; lines dropped as boilerplate that hold links go to `dropped`.
    `site_names` (see :func:`.body_promos.promotes_by_link`) tell the site's own promotions."""
    collector = _Collector(base_url, exclude, dropped)
    for container in containers:
        collector.walk(container, top=True)
        collector.flush()
    return clean_blocks(collector.blocks, headlines, dropped, site_names=site_names)


def _teaser_run(block: Block) -> bool:
    """Whether a line, however long, is a run of teaser links ("Story one [INSIGHT] | Story two [VIDEO]
    | …"): three links or more, and little text besides them."""
    return len(block.links) >= MIN_RUN_LINKS and block.link_chars >= RUN_LINK_DENSITY * len(block.text)


def _trailing_teasers(blocks: list[Block]) -> int | None:
    """Where a list of teasers that ends the text begins: a teaser heading ("More Great WIRED Stories",
    "Related") followed only by short lines that each hold a link, two or more of them; else None."""
    for items, index in enumerate(range(len(blocks) - 1, -1, -1)):
        block = blocks[index]
        if len(block.text.split()) > TEASER_ITEM_WORDS:
            return None
        if heading_kind(block.text) is not None:
            return index if items >= MIN_TEASER_ITEMS else None
        if not block.links:
            return None
    return None


def _normal(text: str) -> str:
    return NON_WORD.sub("", text.casefold())


def _repeats(text: str, title: str) -> bool:
    """Whether a line is the headline again, maybe with a kicker or date run into it."""
    if len(text) > len(title) + HEADLINE_SLACK:
        return False
    line = _normal(text)
    return bool(line) and title in line


def clean_blocks(
    blocks: list[Block],
    headlines: Iterable[str] = (),
    dropped: list[Block] | None = None,
    *,
    site_names: Collection[str] = (),
) -> list[Block]:
    """Drop stock phrases, link lines, promotions by their links, the headline repeated, a paywall notice
    and the subscription box after it (:func:`.body_lines.paywall_end`), and headings left with no text
    after them;
    boilerplate lines with links ("Read more: <a>…</a>") are added to `dropped`."""
    titles = {t for t in map(_normal, headlines) if len(t) >= MIN_TITLE_CHARS}
    kept = []
    for b in blocks:
        if (
            is_boilerplate_line(b.text, b.link_chars, b.heading)
            or _teaser_run(b)
            or promotes_by_link(b.text, b.links, site_names)
            or is_promotion_box(b.text, b.anchors)
        ):
            if dropped is not None and b.links:
                dropped.append(b)
        elif not any(_repeats(b.text, t) for t in titles):
            kept.append(b)
    texts = [b.text for b in kept]
    end = paywall_end(texts)
    if end is not None:
        kept = kept[:end]
    else:
        notices = paywall_lead(texts)
        kept = [b for index, b in enumerate(kept) if index not in notices]
    cut = _trailing_teasers(kept)
    if cut is not None:
        kind = heading_kind(kept[cut].text)
        if dropped is not None:
            dropped.extend(replace(block, teaser=kind) for block in kept[cut + 1 :])
        kept = kept[:cut]
    while kept and kept[-1].heading:  # it led a box now dropped
        kept.pop()
    title_block = kept and kept[0].heading and len(kept[0].text.split()) <= TITLE_MAX_WORDS
    if title_block and not any(b.heading for b in kept[1:]):
        return kept[1:]
    return kept
