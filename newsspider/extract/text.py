"""Text helpers shared by the field extractors: whitespace, node text, URLs."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import lxml.html

#: Text nodes a reader sees: not script or style code (their one text node, right under them), nor the
#: title of an icon (<svg><title>). Plain strings: smart strings, which know their parent, cost a third more.
VISIBLE_TEXT = lxml.etree.XPath(
    ".//text()[not(parent::script or parent::style)][not(ancestor::svg)]", smart_strings=False
)
WHITESPACE = re.compile(r"[\s\u00a0\u200b\u2028\u2029\ufeff]+")
WORD = re.compile(r"\w+", re.UNICODE)
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_LANGUAGES = frozenset({"zh", "ja"})
#: Markup left in a declared text value: an entity escaped once more ("Politics &amp; Government" in
#: JSON-LD, which no HTML parser decodes), a tag ("<p>Prime Minister ..." in a meta description).
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});")
TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|small|sup|sub|h[1-6]|ul|ol|li|img|figure|figcaption|blockquote"
    r"|iframe|script|style|section|article|header|footer|table|tr|td|th|hr|font|center|mark|abbr|cite|q|s)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
#: Entities escaped twice ("&amp;amp;") are decoded twice; no site escapes three times.
MAX_UNESCAPES = 2


def clean_text(value: str | None) -> str | None:
    """Collapse whitespace and trim; None for None or blank."""
    if value is None:
        return None
    text = WHITESPACE.sub(" ", value).strip()
    return text or None


def plain_text(value: str | None) -> str | None:
    """A declared text value (JSON-LD, meta tag) as plain text: entities decoded, tags removed, whitespace
    collapsed; None for None or blank."""
    if value is None:
        return None
    for _ in range(MAX_UNESCAPES):
        if "&" not in value or not ENTITY.search(value):
            break
        value = html.unescape(value)
    if "<" in value:
        value = TAG.sub(" ", value)
    return clean_text(value)


def node_text(node: lxml.html.HtmlElement) -> str:
    """Visible text of an element, whitespace-collapsed (scripts, styles and the titles of icons excluded)."""
    parts: list[str] = VISIBLE_TEXT(node)  # type: ignore[assignment]
    return WHITESPACE.sub(" ", "".join(parts)).strip()


def solid_length(text: str) -> int:
    """Characters of `text` other than whitespace: how much text an element holds, whatever the layout
    whitespace between its tags."""
    return sum(map(len, text.split()))


def absolute_url(base: str, href: str | None) -> str | None:
    """`href` made absolute against `base`; None unless the result is http(s).

    The common shapes skip urljoin, which parses `base` anew each time: an absolute http(s) URL is
    itself, and a root-relative path without dot segments goes after the base's scheme and host.
    """
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    if "/." not in href and not href.endswith("#"):  # (dot segments, an empty fragment: urljoin's to resolve)
        if href.startswith(("https://", "http://")):
            return href
        if href.startswith("/") and not href.startswith("//"):
            origin = _origin(base)
            if origin is not None:
                return origin + href
    url = urljoin(base, href)
    return url if urlsplit(url).scheme in {"http", "https"} else None


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """The scheme and host of an http(s) `base` ("https://example.com"), or None."""
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in {"http", "https"} and parts.netloc else None


def count_words(text: str | None, language: str | None = None) -> int:
    """Words in `text`: runs of word characters; for Chinese and Japanese, each character."""
    if not text:
        return 0
    if (language or "")[:2] in CJK_LANGUAGES:
        return len(CJK_CHAR.findall(text)) + len(WORD.findall(CJK_CHAR.sub(" ", text)))
    return len(WORD.findall(text))
