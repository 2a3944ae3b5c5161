"""The section a page's URL places it in, for pages that label none: the first folder of the path that is a
word ("/sport/tennis/2024/…" sits in "sport"), passing over folders that name no section (``not_section``
and ``url_not_section`` in ``data/sections.json``) and prefixes of two letters (a language, a country).
A folder with digits (a date, an id) ends the search: the path is an archive's, not a section's."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from newsspider.extract.datafiles import load_data

_DATA = load_data("sections.json")
NOT_SECTION_FOLDERS = frozenset(_DATA["not_section"]) | frozenset(_DATA["url_not_section"])
#: A folder that reads as a section's name: letters, up to three words joined by "-" or "_".
SECTION_FOLDER = re.compile(r"^[^\W\d_]+(?:[-_][^\W\d_]+){0,2}$")
PREFIX_LENGTH = 2
WORD_JOINERS = re.compile(r"[-_]")


def url_section(url: str) -> str | None:
    """The section the URL's path names, its words apart ("politik-und-macht" gives "politik und macht");
    None when no folder before the article's own names one."""
    folders = [unquote(folder) for folder in urlsplit(url).path.split("/") if folder][:-1]
    for folder in folders:
        if folder.casefold() in NOT_SECTION_FOLDERS or (len(folder) <= PREFIX_LENGTH and folder.isalpha()):
            continue
        return WORD_JOINERS.sub(" ", folder) if SECTION_FOLDER.match(folder) else None
    return None
