"""A last resort for the author: the page's own data in an inline script.

Pages that show no byline in their markup and carry no JSON-LD often name the author in their
analytics data: ``"author":"Ralf Euler"`` in a dataLayer, ``author: 'Douglas Wood'`` in a page model,
``"authors" : [ "STEVE PEOPLES", "THOMAS BEAUMONT" ]`` in a page-targeting object,
``"postAuthor": {"name": "Adebola Ademuyiwa"}`` in a plugin's post data.
The first such value that reads as a person's name is taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.bylines import split_names

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: An author key and its string value, in JSON, in a JavaScript object, or escaped inside a string.
SCRIPT_AUTHOR = re.compile(
    r"""(?<![\w$])\\?["']?(?:authors?|authorName|author_name)\\?["']?\s*:\s*\\?["']([^"'\\]{3,80})\\?["']"""
)
#: The same key with a list of plain strings: ``"authors" : [ "STEVE PEOPLES", "THOMAS BEAUMONT" ]``.
SCRIPT_AUTHOR_LIST = re.compile(
    r"""(?<![\w$])["']?(?:authors?|authorNames?)["']?\s*:\s*\[\s*((?:["'][^"'\\\[\]{}]{3,80}["']\s*,?\s*){1,10})\]"""
)
#: The same key with an object that has a name, as a property or assigned (``x['postAuthor'] = {"name":
#: "Adebola Ademuyiwa", "ID": 11}``),
#: ``"author": {"@type": "Person", "name": "…"}`` in a page's state data.
SCRIPT_AUTHOR_OBJECT = re.compile(
    r"""(?<![\w$])["']?(?:authors?|postAuthor|author_?[Dd]ata)["']?\]?\s*[:=]\s*\{[^{}]{0,200}?["']name["']\s*:\s*"""
    r"""["']([^"'\\]{3,80})["']"""
)
LIST_ITEM = re.compile(r"""["']([^"']+)["']""")
MAX_TRIED = 5


def script_authors(page: Page) -> list[str]:
    """Names of the first author value in the page's inline scripts, or []."""
    for text in page.inline_scripts:
        if "uthor" not in text:
            continue
        names = _first_names(SCRIPT_AUTHOR, text)
        if names:
            return names
        listed = SCRIPT_AUTHOR_LIST.search(text)
        if listed:
            names = [name for item in LIST_ITEM.findall(listed.group(1)) for name in split_names(item)]
            if names:
                return names
        names = _first_names(SCRIPT_AUTHOR_OBJECT, text)
        if names:
            return names
    return []


def _first_names(pattern: re.Pattern[str], text: str) -> list[str]:
    """The names of the first of `pattern`'s first few values that reads as names, or []."""
    for tried, found in enumerate(pattern.finditer(text)):
        if tried >= MAX_TRIED:
            break
        names = split_names(found.group(1))
        if names:
            return names
    return []
