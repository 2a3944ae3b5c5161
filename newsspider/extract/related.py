"""Related links: 'Read more'/'Related' blocks, news-feed and video teasers, links inside the body.

Teaser blocks come from the site profile when it names them, else from headings that introduce
them ("Read more", "Related", "News Feed", ... per language, in ``data/related.json``) and from the
same words as a label before a link in a line the body left out ("À lire aussi <a>…</a>"). Links are
absolute, deduplicated by URL (the first kind found wins) and never navigation, tag, author or share
links, nor the page itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lxml import etree

from newsspider.extract.datafiles import load_data
from newsspider.extract.headline_element import headline_element
from newsspider.extract.related_headings import heading_kind
from newsspider.extract.related_named import named_blocks
from newsspider.extract.text import absolute_url, clean_text, node_text, solid_length
from newsspider.items import RelatedLink

if TYPE_CHECKING:
    import lxml.html

    from newsspider.extract.body import Body
    from newsspider.extract.page import Page
    from newsspider.sites import RelatedBlock

HEADING_TAGS = ("h2", "h3", "h4")
#: The elements that hold a teaser's title inside its link.
TITLE_TAGS = ("h2", "h3", "h4", "h5", "strong", "b")
LABEL_ENDS = (":", "：")
BOILERPLATE_ANCESTORS = etree.XPath("ancestor::nav | ancestor::footer | ancestor::header")
ITEM_LINKS = etree.XPath(".//a[@href]")
SNIPPET_NODES = etree.XPath(".//p")
MAX_HEADING_LENGTH = 60
MAX_BLOCK_CLIMB = 3
MIN_TITLE_WORDS = 3
#: A label before a link ("À lire aussi", "Czytaj też:", "READ MORE:") is short.
MAX_LABEL_LENGTH = 40


def _nodes(xpath: etree.XPath, node: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    found: list[lxml.html.HtmlElement] = xpath(node)  # type: ignore[assignment]
    return found


def _data() -> dict[str, Any]:
    return load_data("related.json")


def is_content_link(url: str, page_urls: set[str], sections: frozenset[str] = frozenset()) -> bool:
    """Whether `url` may be a related link: not the page itself, not navigation, tags, authors, sharing,
    nor an image or media file, nor one of the `sections` the page sits in (see :func:`page_sections`)."""
    if url.split("#", 1)[0] in page_urls:
        return False
    lowered = url.lower()
    if any(host in lowered for host in _data()["share_hosts"]):
        return False
    parts = urlsplit(lowered)
    path = parts.path
    if path.endswith(tuple(_data()["media_extensions"])):
        return False
    if path in {"", "/"} or any(part in path for part in _data()["excluded_paths"]):
        return False
    return f"{parts.hostname}{path.rstrip('/')}/" not in sections


def page_sections(page_urls: set[str]) -> frozenset[str]:
    """The sections the page sits in, as host and path: "news.example/world/" for
    "https://news.example/world/2026/01/story/" (a link there is the section's front, not a story)."""
    found: set[str] = set()
    for page_url in page_urls:
        parts = urlsplit(page_url.lower())
        segments = [segment for segment in parts.path.split("/") if segment]
        for end in range(1, len(segments)):
            found.add(f"{parts.hostname}/{'/'.join(segments[:end])}/")
    return frozenset(found)


def _same_site(url: str, page: Page) -> bool:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host == (urlsplit(page.url).hostname or "").removeprefix("www.")


def _profile_blocks(page: Page, block: RelatedBlock) -> list[RelatedLink]:
    links = []
    for container in page.selector.css(block.block):
        for item in container.css(block.item):
            href = item.css(f"{block.link}::attr(href)").get() if block.link else item.attrib.get("href")
            url = absolute_url(page.url, href)
            if not url:
                continue
            title_node = item.css(block.title) if block.title else item.css(block.link)
            snippet_node = item.css(block.snippet) if block.snippet else []
            links.append(
                RelatedLink(
                    url=url,
                    kind=block.kind,
                    title=clean_text(node_text(title_node[0].root)) if title_node else None,
                    snippet=clean_text(node_text(snippet_node[0].root)) if snippet_node else None,
                )
            )
    return links


def _teaser_container(heading: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest ancestor of a heading that holds links besides the heading's own. A wrapper that adds no
    text to the heading (a layout nests it in several) is no level up."""
    own_links = len(_nodes(ITEM_LINKS, heading))
    length = solid_length(heading.text_content())
    node = heading.getparent()
    levels = 0
    while node is not None and levels < MAX_BLOCK_CLIMB:
        if len(_nodes(ITEM_LINKS, node)) > own_links:
            return node
        node_length = solid_length(node.text_content())
        levels += node_length > length
        length = node_length
        node = node.getparent()
    return None


def _heading_blocks(page: Page) -> list[RelatedLink]:
    links = []
    for heading in page.root.iter(*HEADING_TAGS):
        raw = heading.text_content()
        if len(raw) >= MAX_HEADING_LENGTH:
            continue
        text = clean_text(raw)
        kind = heading_kind(text) if text else None
        if kind is None or _nodes(BOILERPLATE_ANCESTORS, heading):
            continue
        container = _teaser_container(heading)
        if container is not None:
            links.extend(_block_links(page, container, kind))
    return links


def _named_blocks(page: Page) -> list[RelatedLink]:
    """Links of the teaser blocks named by their class (see :mod:`.related_named`)."""
    links = []
    for kind, container in named_blocks(page, headline_element(page)):
        if not _nodes(BOILERPLATE_ANCESTORS, container):
            links.extend(_block_links(page, container, kind))
    return links


def _block_links(page: Page, container: lxml.html.HtmlElement, kind: str) -> list[RelatedLink]:
    """The teaser links of a block: links to the same site whose text is a title (a few words at least)."""
    links = []
    for anchor in _nodes(ITEM_LINKS, container):
        url = absolute_url(page.url, anchor.get("href"))
        title = clean_text(node_text(anchor))
        if not url or not title or len(title.split()) < MIN_TITLE_WORDS or not _same_site(url, page):
            continue
        title = _teaser_title(anchor, title)
        links.append(RelatedLink(url=url, kind=kind, title=title, snippet=_snippet_near(anchor)))
    return links


def _teaser_title(anchor: lxml.html.HtmlElement, text: str) -> str:
    """A teaser link's title: the heading or bold line inside it when it has one (the rest is a date or a
    kicker: "<a><span>3 November 2025</span> <strong>Storm closes the promenade</strong></a>"), else `text`."""
    for inner in anchor.iter(*TITLE_TAGS):
        title = clean_text(node_text(inner)) if inner is not anchor else None
        if title and len(title.split()) >= MIN_TITLE_WORDS and not title.endswith(LABEL_ENDS):
            return title  # (one ending in a colon is a label before the title: "Best of the Web:")
    return text


def _label_before(anchor: lxml.html.HtmlElement) -> str:
    """The text in the anchor's parent before it, when short: "Read more:" in "Read more: <a>…</a>"."""
    parent = anchor.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for child in parent:
        if child is anchor:
            return " ".join("".join(parts).split())
        parts.append(child.text_content() + (child.tail or ""))
        if sum(map(len, parts)) > MAX_LABEL_LENGTH:
            break
    return ""


def _labelled_links(page: Page, body: Body) -> list[RelatedLink]:
    """Links a label introduces in lines the body left out as teasers: "À lire aussi <a>…</a>",
    "Czytaj też: <a>…</a>", "READ MORE: <a>…</a>" (the label may sit in an element of its own); and
    the items of a list of teasers under a heading that ended the text, each titled by its whole line
    when it holds one link ("YouTubers must unionize, <a>no matter what Google says</a>")."""
    links = []
    for line in body.link_lines:
        for (url, anchor_text), anchor in zip(line.links, line.anchors, strict=True):
            label = _label_before(anchor) if line.teaser is None else ""
            kind = line.teaser or (heading_kind(label) if label and len(label) <= MAX_LABEL_LENGTH else None)
            title = line.text if line.teaser is not None and len(line.links) == 1 else anchor_text
            if kind and title and len(title.split()) >= MIN_TITLE_WORDS and _same_site(url, page):
                links.append(RelatedLink(url=url, kind=kind, title=_teaser_title(anchor, title)))
    return links


def _snippet_near(anchor: lxml.html.HtmlElement) -> str | None:
    """The teaser text next to a link: a paragraph in the link's item element (not above the item: an
    element holding links to other stories too is the list)."""
    item = anchor.getparent()
    href = anchor.get("href")
    for _ in range(MAX_BLOCK_CLIMB):
        if item is None or any(_other_story(other, href) for other in _nodes(ITEM_LINKS, item)):
            return None
        paragraphs = [p for p in _nodes(SNIPPET_NODES, item) if anchor not in p.iterancestors()]
        if paragraphs:
            return clean_text(node_text(paragraphs[0]))
        item = item.getparent()
    return None


def _other_story(anchor: lxml.html.HtmlElement, href: str | None) -> bool:
    """Whether `anchor` links to another story than `href`: elsewhere, with a title's words."""
    return anchor.get("href") != href and len(anchor.text_content().split()) >= MIN_TITLE_WORDS


def extract_related_links(page: Page, body: Body, canonical_url: str | None = None) -> list[RelatedLink]:
    """Links to other articles: teaser blocks (profile, else headings), then links inside the body."""
    page_urls = {u.split("#", 1)[0] for u in (page.url, canonical_url) if u}
    sections = page_sections(page_urls)
    found: list[RelatedLink] = []
    if page.profile and page.profile.related:
        for block in page.profile.related:
            found.extend(_profile_blocks(page, block))
        page.set_source("related_links", "profile")
    else:
        found.extend(_heading_blocks(page))
        found.extend(_labelled_links(page, body))
        found.extend(_named_blocks(page))
        if found:
            page.set_source("related_links", "heuristic")
    # A link in the text with no words of its own is an image or an icon, not a story it points to.
    found.extend(RelatedLink(url=url, kind="inline", title=title) for url, title in body.links if title)
    unique: dict[str, RelatedLink] = {}
    for link in found:
        if link.url not in unique and is_content_link(link.url, page_urls, sections):
            unique[link.url] = link
    if unique and "related_links" not in page.provenance:
        page.set_source("related_links", "markup")
    return list(unique.values())
