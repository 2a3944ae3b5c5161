"""JSON-LD as the metadata extractors need it: every object, wrapped scripts recovered, @id references.

:attr:`Page.json_ld` skips scripts that do not parse as JSON. Some sites wrap their JSON-LD in
``//<![CDATA[ ... //]]>`` or HTML comments, or end it with a stray semicolon; those are read here.
"""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from newsspider.extract import selectors as S
from newsspider.extract.ld import ld_list, ld_text, ld_url
from newsspider.extract.markup import section_label
from newsspider.extract.page import ld_types

if TYPE_CHECKING:
    from newsspider.extract.page import Page

logger = logging.getLogger(__name__)

WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$|;\s*$")
#: Types that carry an article's dates and authors when no article type is declared.
CREATIVE_WORK_TYPES = frozenset({"ClaimReview", "WebPage", "ItemPage", "CreativeWork", "MediaObject"})

_OBJECTS: WeakKeyDictionary[Page, list[dict[str, Any]]] = WeakKeyDictionary()


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found.extend(_walk(item))
    elif isinstance(node, dict):
        if node.get("@graph") is not None:
            found.extend(_walk(node["@graph"]))
        if "@type" in node:
            found.append(node)
    return found


def _recovered(page: Page) -> list[dict[str, Any]]:
    """Objects of scripts that Page.json_ld could not read because of a wrapper around the JSON."""
    found: list[dict[str, Any]] = []
    for script in page.head_tags.ld_scripts:
        text = (script.text or "").strip()
        if not text or (text[0] in "[{" and text[-1] in "]}"):
            continue
        try:
            found.extend(_walk(json.loads(WRAPPER.sub("", text), strict=False)))
        except json.JSONDecodeError as exc:
            logger.debug("unrecoverable JSON-LD on %s: %s", page.url, exc)
    return found


def ld_objects(page: Page) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (graphs flattened), recovered scripts included."""
    objects = _OBJECTS.get(page)
    if objects is None:
        objects = page.json_ld + _recovered(page)
        _OBJECTS[page] = objects
    return objects


def article_objects(page: Page) -> list[dict[str, Any]]:
    """The objects describing an article, in page order; other creative works when there is none."""
    objects = ld_objects(page)
    articles = [o for o in objects if ld_types(o) & S.ARTICLE_LD_TYPES]
    if articles:
        return articles
    return [o for o in objects if ld_types(o) & CREATIVE_WORK_TYPES]


def main_article(page: Page) -> dict[str, Any] | None:
    """The article object itself: the first article object, JSON-LD wrappers recovered."""
    objects = article_objects(page)
    return objects[0] if objects else None


def resolve(page: Page, value: Any) -> Any:
    """`value` with a bare ``{"@id": ...}`` reference replaced by the object of that @id, when there is one."""
    if isinstance(value, dict) and "@id" in value and len(value) <= 2 and "name" not in value:
        for obj in ld_objects(page):
            if obj.get("@id") == value["@id"] and obj is not value:
                return obj
    return value


def ld_values(page: Page, obj: dict[str, Any], key: str) -> list[Any]:
    """The values of `key` on `obj` as a list, references resolved."""
    return [resolve(page, v) for v in ld_list(obj.get(key))]


def _position(item: dict[str, Any]) -> float:
    try:
        return float(item.get("position") or 0)
    except (TypeError, ValueError):
        return 0.0


def ld_breadcrumb_section(page: Page) -> str | None:
    """The last crumb of a BreadcrumbList that links neither to the home page nor to the article itself
    (the article's own crumb often has no link at all)."""
    here = urlsplit(page.url).path.rstrip("/")
    for obj in ld_objects(page):
        if "BreadcrumbList" not in ld_types(obj):
            continue
        items = sorted((i for i in ld_list(obj.get("itemListElement")) if isinstance(i, dict)), key=_position)
        crumbs = []
        for item in items:
            target = item.get("item")
            path = urlsplit(ld_url(target) or "").path.rstrip("/")
            name = ld_text(item.get("name")) or (ld_text(target.get("name")) if isinstance(target, dict) else None)
            if path and path != here and name:
                crumbs.append(name)
        if crumbs:
            return section_label(crumbs[-1])
    return None
