"""A last resort for the published date: the page's own data in an inline script.

Pages rendered by JavaScript often carry no JSON-LD and no dated markup, yet their state blob
(``__NEXT_DATA__``, ``window.__INITIAL_STATE__``, an RSC payload) holds the article with its
publication time: ``"publishedAt":"2024-08-26T16:30:00+00:00"``. The first such value that reads
as a date is taken; JSON-LD scripts are left to the structured steps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.datafiles import load_data
from newsspider.extract.dates_parse import parse_iso, parse_numeric

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: A publication key and its string value, in JSON or in JSON escaped inside a string (\"key\":\"value\").
SCRIPT_DATE = re.compile(
    r'\\?"(?:' + "|".join(re.escape(key) for key in load_data("dates.json")["script_keys"]) + r')\\?"\s*:\s*\\?"'
    r'([^"\\]{8,40})'
)


def script_date(page: Page) -> tuple[str, str] | None:
    """(ISO date, value as written) of the first publication time in the page's inline scripts."""
    for text in page.inline_scripts:
        for found in SCRIPT_DATE.finditer(text):
            raw = found.group(1)
            iso = parse_iso(raw) or parse_numeric(raw)
            if iso:
                return iso, raw
    return None
