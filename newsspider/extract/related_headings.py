"""The headings that introduce teaser blocks ("Read more", "Related", "News feed", "Lesen Sie auch"),
per kind of block; the phrases are data (``headings`` in ``data/related.json``)."""

from __future__ import annotations

import re
from functools import cache

from newsspider.extract.datafiles import load_data


@cache
def _heading_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile(rf"^(?:{'|'.join(patterns)})\s*[:›»>]?$", re.IGNORECASE))
        for kind, patterns in load_data("related.json")["headings"].items()
    )


def heading_kind(text: str) -> str | None:
    """The kind of teaser block a heading introduces ("read_more", "related", ...), or None."""
    for kind, pattern in _heading_patterns():
        if pattern.match(text):
            return kind
    return None
