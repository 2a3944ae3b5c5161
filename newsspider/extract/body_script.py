"""Article text kept in scripts, for pages rendered in the browser: Next.js ``__NEXT_DATA__`` JSON,
React Server Component payloads (``self.__next_f.push``), and other inline JSON.

Used only when the markup holds little text. The article is taken to be the longest HTML fragment
found in those scripts, or else the longest list of text blocks.
"""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING, Any

import lxml.etree
import lxml.html

from newsspider.extract.body_clean import squash, xpath_list
from newsspider.extract.body_collect import Block, collect_blocks

if TYPE_CHECKING:
    from newsspider.extract.page import Page

logger = logging.getLogger(__name__)

INLINE_SCRIPTS = lxml.etree.XPath("//script[not(@src)][not(@type='application/ld+json')]")
RSC_PUSH = re.compile(r"self\.__next_f\.push\(\s*(\[.*?\])\s*\)\s*;?\s*$", re.S)
# A text row of an RSC payload: "<id>:T<length in bytes, hex>," then the text itself.
RSC_TEXT_ROW = re.compile(rb"(?:^|\n)[0-9a-fA-F]+:T([0-9a-fA-F]+),")
RSC_JSON_ROW = re.compile(r"^[0-9a-fA-F]+:(?=[\[{])", re.M)
HTML_BLOCK = re.compile(r"<(?:p|br|div|h[2-6]|li|section|blockquote)[\s>/]", re.I)
TEXT_KEY = re.compile(r"text|html|content|body|paragraph|value", re.I)
#: Keys naming a block's type, and the types that make it a subheading ({"type": "heading", ...}).
TYPE_KEY = re.compile(r"^(?:type|kind|__typename|blockType|component)$", re.I)
HEADING_TYPE = re.compile(r"head|^h[2-6]$|subtitle|crosshead", re.I)
#: How deep under one list item text is looked for (item -> fields list -> field -> value).
BLOCK_DEPTH = 3
MIN_SCRIPT_CHARS = 200
MIN_FRAGMENT_CHARS = 200
MIN_BLOCK_CHARS = 30
#: A block typed as a heading may be short.
MIN_HEADING_CHARS = 3
#: HTML fragments parsed before choosing (the longest first): enough to pass over a long caption list.
FRAGMENTS_TRIED = 3


def script_blocks(page: Page) -> list[Block]:
    """The article text found in the page's scripts, as blocks; [] when there is none."""
    fragments: list[str] = []
    lists: list[list[Block]] = []
    rsc: list[str] = []
    for script in xpath_list(INLINE_SCRIPTS, page.root):
        text = script.text
        if not text:
            continue
        if "__next_f" in text:
            rsc.extend(_rsc_chunks(text))  # a payload comes in pieces, a row may span two
        elif len(text) < MIN_SCRIPT_CHARS:
            continue
        elif script.get("type") == "application/json" or script.get("id") == "__NEXT_DATA__":
            _walk(_loads(text), fragments, lists)
    if rsc:
        _read_rsc("".join(rsc), fragments, lists)
    best: list[Block] = []
    for html in sorted(fragments, key=len, reverse=True)[:FRAGMENTS_TRIED]:
        blocks = _fragment_blocks(html, page.url)
        if _chars(blocks) > _chars(best):
            best = blocks
    texts = max(lists, key=_chars, default=[])
    if _chars(texts) > _chars(best):
        best = texts
    return best


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        logger.debug("unparseable script JSON: %s", exc)
        return None


def _rsc_chunks(text: str) -> list[str]:
    push = RSC_PUSH.search(text.strip())
    data = _loads(push.group(1)) if push else None
    if isinstance(data, list) and len(data) > 1 and isinstance(data[1], str):
        return [data[1]]
    return []


def _read_rsc(payload: str, fragments: list[str], lists: list[list[Block]]) -> None:
    """Text rows hold HTML as is; JSON rows may hold it in strings."""
    raw = payload.encode("utf-8")
    for row in RSC_TEXT_ROW.finditer(raw):
        size = int(row.group(1), 16)
        text = raw[row.end() : row.end() + size].decode("utf-8", "replace")
        if HTML_BLOCK.search(text):
            fragments.append(text)
    for match in RSC_JSON_ROW.finditer(payload):
        end = payload.find("\n", match.end())
        _walk(_loads(payload[match.end() : end if end >= 0 else None]), fragments, lists)


def _walk(node: Any, fragments: list[str], lists: list[list[Block]]) -> None:
    """Collect HTML strings with paragraphs, and lists of text blocks, anywhere in a JSON value."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            blocks = [b for entry in item for b in _entry_blocks(entry, BLOCK_DEPTH)]
            if sum(not b.heading for b in blocks) > 1:
                lists.append(blocks)
            stack.extend(item)
        elif isinstance(item, str) and len(item) >= MIN_FRAGMENT_CHARS and HTML_BLOCK.search(item):
            fragments.append(item)


def _entry_blocks(entry: Any, depth: int) -> list[Block]:
    """The text of one list item, in order, down to `depth` levels: long strings under text-like
    keys, or short ones when the item is typed as a heading; one block per text (an item often
    gives the same text twice, as "text" and as "html")."""
    found: list[Block] = []
    if depth <= 0:
        return found
    if isinstance(entry, dict):
        heading = any(
            isinstance(value, str) and TYPE_KEY.match(key) and HEADING_TYPE.search(value)
            for key, value in entry.items()
        )
        least = MIN_HEADING_CHARS if heading else MIN_BLOCK_CHARS
        seen: set[str] = set()
        for key, value in entry.items():
            if isinstance(value, str):
                if len(value) >= least and TEXT_KEY.search(key) and (text := _plain(value)) not in seen:
                    seen.add(text)
                    found.append(Block(text, heading=heading))
            else:
                found.extend(_entry_blocks(value, depth - 1))
    elif isinstance(entry, list):
        for value in entry:
            found.extend(_entry_blocks(value, depth - 1))
    return found


def _plain(text: str) -> str:
    """Text of a string that may hold inline HTML."""
    if "<" not in text:
        return squash(text)
    try:
        return squash(lxml.html.fragment_fromstring(text, create_parent="div").text_content())
    except (lxml.etree.ParserError, ValueError):
        return squash(text)


def _fragment_blocks(html: str, base_url: str) -> list[Block]:
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError) as exc:
        logger.debug("unparseable HTML in a script: %s", exc)
        return []
    return collect_blocks([root], base_url)
