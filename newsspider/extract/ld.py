"""Reading values out of JSON-LD objects, whose shapes vary from site to site."""

from __future__ import annotations

from typing import Any

from newsspider.extract.text import plain_text


def ld_text(value: Any) -> str | None:
    """A text value: a string, the first string of a list, or an object's name/@value; as plain text
    (sites escape entities in JSON-LD and put tags in it)."""
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, list):
        for item in value:
            text = ld_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return ld_text(value.get("name") or value.get("@value"))
    return None


def ld_url(value: Any) -> str | None:
    """A URL value: a string, the first of a list, or an object's url/@id/contentUrl."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        for item in value:
            url = ld_url(item)
            if url:
                return url
        return None
    if isinstance(value, dict):
        return ld_url(value.get("url") or value.get("contentUrl") or value.get("@id"))
    return None


def ld_list(value: Any) -> list[Any]:
    """A value as a list (JSON-LD allows one value or many)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
