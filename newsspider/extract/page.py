"""A page parsed once, with the structured data every field extractor reads."""

from __future__ import annotations

import codecs
import html
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

import lxml.etree
import lxml.html
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newsspider.exceptions import UnparseablePage
from newsspider.extract import selectors as S
from newsspider.extract.text import clean_text, node_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsspider.sites import SiteProfile

logger = logging.getLogger(__name__)

# lxml.html picks element classes in Python, element by element (forms, inputs, labels get their own);
# the extractors need only HtmlElement, which a C-level default lookup gives at a fraction of the cost.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction
)
INLINE_SCRIPT_TEXTS = lxml.etree.XPath(
    "//script[not(@src)][not(@type='application/ld+json')]/text()", smart_strings=False
)
#: Control bytes other than tab, line feed, form feed and carriage return: text has next to none.
CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
BINARY_SAMPLE = 8192
BINARY_SHARE = 0.05
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8", collect_ids=False)
_PARSER.set_element_class_lookup(_LOOKUP)


def as_bytes(html: str | bytes) -> bytes:
    """The document as UTF-8 bytes. Text is encoded. Bytes that are valid UTF-8 are taken as they are (a
    page re-saved as UTF-8 often keeps its old <meta charset>); others (a page saved as windows-1252,
    Shift_JIS or GBK) are decoded as a browser would (byte-order mark, then <meta charset> or the XML
    declaration, else windows-1252) and encoded again."""
    if isinstance(html, str):
        return html.encode("utf-8", "surrogatepass")
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return html_to_unicode(None, html, default_encoding="cp1252")[1].encode("utf-8", "surrogatepass")
    return html.removeprefix(codecs.BOM_UTF8)


def parse_html(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse a whole HTML document; raise :class:`UnparseablePage` when there is no document.

    Text is encoded to UTF-8 first: libxml2 reads UTF-8 bytes faster than a str, even counting the
    encoding, and an XML declaration naming an encoding (which lxml refuses in a str) is no problem.
    """
    if not html.strip():
        raise UnparseablePage("empty document")
    data = as_bytes(html)
    if _is_binary(data):
        raise UnparseablePage("binary content (control bytes), not an HTML document")
    try:
        return lxml.html.document_fromstring(data, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnparseablePage(f"not an HTML document: {exc}") from exc


def _is_binary(data: bytes) -> bool:
    """Whether the start of `data` is mostly control bytes, as in an image or a PDF (a stray NUL in a
    script is not enough): text, in any encoding a page is decoded from, has next to none."""
    sample = data[:BINARY_SAMPLE]
    return len(sample.translate(None, CONTROL_BYTES)) < len(sample) * (1 - BINARY_SHARE)


def _walk_json_ld(node: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD value, @graph members and nested lists flattened (not nested properties)."""
    if isinstance(node, list):
        for item in node:
            yield from _walk_json_ld(item)
    elif isinstance(node, dict):
        graph = node.get("@graph")
        if graph is not None:
            yield from _walk_json_ld(graph)
        if "@type" in node:
            yield node


def ld_types(obj: dict[str, Any]) -> set[str]:
    """The @type values of a JSON-LD object, without schema.org prefixes."""
    raw = obj.get("@type")
    types = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in types if t}


@dataclass(slots=True)
class HeadTags:
    """The page's JSON-LD scripts, meta tags with content and canonical hrefs, in page order."""

    ld_scripts: list[lxml.html.HtmlElement]
    metas: list[lxml.html.HtmlElement]
    canonical: list[str]


class Page:
    """One parsed page. Field extractors read it; nothing here touches the network."""

    def __init__(
        self,
        html: str | bytes,
        url: str,
        *,
        fetched_at: datetime | None = None,
        profile: SiteProfile | None = None,
    ) -> None:
        self.url = url
        self.root = parse_html(html)
        self.fetched_at = fetched_at or datetime.now(UTC)
        self.profile = profile
        self.provenance: dict[str, str] = {}
        #: Values derived from the tree that several extractors use (e.g. the elements near the headline),
        #: computed once per page by whichever extractor asks first.
        self.memo: dict[str, Any] = {}

    @cached_property
    def selector(self) -> Selector:
        """A parsel view of the same tree, for CSS selectors."""
        return Selector(root=self.root, type="html")

    @cached_property
    def inline_scripts(self) -> list[str]:
        """The texts of the page's inline scripts, JSON-LD left out (the state blobs of pages built by
        JavaScript: ``__NEXT_DATA__``, a dataLayer), read once for every extractor that searches them."""
        texts: list[str] = INLINE_SCRIPT_TEXTS(self.root)  # type: ignore[assignment]
        return texts

    @cached_property
    def h1s(self) -> list[lxml.html.HtmlElement]:
        """The page's <h1> elements in page order, found once for every extractor that looks for the headline."""
        return list(self.root.iter("h1"))

    @cached_property
    def head_tags(self) -> HeadTags:
        """JSON-LD scripts, meta tags with content and canonical links, found in one pass over the page."""
        tags = HeadTags([], [], [])
        for el in self.root.iter(*S.HEAD_TAGS):
            if el.tag == "meta":
                if el.get("content") is not None:
                    tags.metas.append(el)
            elif el.tag == "script":
                if el.get("type") in S.JSON_LD_TYPES:
                    tags.ld_scripts.append(el)
            elif el.get("rel") == S.CANONICAL_REL and (href := el.get("href")) is not None:
                tags.canonical.append(href)
        return tags

    @cached_property
    def json_ld(self) -> list[dict[str, Any]]:
        """All JSON-LD objects of the page, graphs flattened; scripts that do not parse are logged and skipped."""
        objects: list[dict[str, Any]] = []
        for script in self.head_tags.ld_scripts:
            text = (script.text or "").strip()
            if not text:
                continue
            try:
                data = json.loads(text, strict=False)
            except json.JSONDecodeError as exc:
                logger.debug("unparseable JSON-LD on %s: %s", self.url, exc)
                continue
            objects.extend(_walk_json_ld(data))
        return objects

    @cached_property
    def article_ld(self) -> dict[str, Any] | None:
        """The JSON-LD object describing the article itself, if any."""
        for obj in self.json_ld:
            if ld_types(obj) & S.ARTICLE_LD_TYPES:
                return obj
        return None

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """Meta tag contents by lowercased name/property/itemprop, in page order."""
        found: dict[str, list[str]] = {}
        for el in self.head_tags.metas:
            key = el.get("property") or el.get("name") or el.get("itemprop")
            content = el.get("content")
            if key and content and content.strip():
                # Some CMSs escape meta contents twice ("Europa&#x20;News"): undo the second escaping.
                value = html.unescape(content) if "&" in content else content
                found.setdefault(key.strip().lower(), []).append(value.strip())
        return found

    def meta_first(self, *keys: str) -> str | None:
        """The first non-empty content among meta tags named by `keys`, in key order."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0]
        return None

    def profile_texts(self, field: str) -> list[str]:
        """Non-empty texts of the elements the site profile's selector for `field` picks, in page order."""
        css = self.profile.selectors.get(field) if self.profile else None
        if not css:
            return []
        texts = (
            clean_text(node_text(n.root) if hasattr(n.root, "xpath") else str(n.root)) for n in self.selector.css(css)
        )
        return [t for t in texts if t]

    def profile_text(self, field: str) -> str | None:
        """The first text the site profile's selector for `field` picks, if any."""
        texts = self.profile_texts(field)
        return texts[0] if texts else None

    def set_source(self, field: str, source: str | None) -> None:
        """Record where a field's value came from."""
        if source:
            self.provenance[field] = source
