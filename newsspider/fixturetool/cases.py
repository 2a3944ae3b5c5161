"""Where a new case goes and how its files are written (the layout is :mod:`newsspider.casefiles`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from newsspider.casefiles import CASE_FILE, EXPECTED_FILE
from newsspider.exceptions import FixtureError
from newsspider.sites import profile_for_url

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
FILE_EXTENSION = re.compile(r"\.(html?|php|aspx?|amp)$", re.IGNORECASE)
MAX_SLUG_LENGTH = 80
HOME_CASE = "home"
#: Response headers worth keeping: what replay needs to rebuild the response, and what dates it.
KEPT_HEADERS = frozenset({"content-type", "content-language", "last-modified", "date", "etag", "cache-control", "link"})
#: Body file name by the start of the Content-Type.
BODY_FILE_BY_TYPE = (
    ("text/html", "page.html"),
    ("application/xhtml", "page.html"),
    ("application/xml", "page.xml"),
    ("text/xml", "page.xml"),
    ("application/rss", "page.xml"),
    ("application/atom", "page.xml"),
    ("application/json", "page.json"),
    ("text/", "page.txt"),
)
DEFAULT_BODY_FILE = "page.bin"


def slugify(text: str) -> str:
    """Lowercase ASCII letters and digits joined by single hyphens."""
    return SLUG_UNSAFE.sub("-", unquote(text).lower()).strip("-")[:MAX_SLUG_LENGTH].strip("-")


def case_name_for_url(url: str) -> str:
    """The default case name: the URL's last path segment as a slug ('home' for the front page)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    while segments and segments[-1].lower() in {"amp", "index.html"}:
        segments.pop()
    if not segments:
        return HOME_CASE
    return slugify(FILE_EXTENSION.sub("", segments[-1])) or HOME_CASE


def site_for_url(url: str) -> str:
    """The default site folder: the profile covering the URL, else the host without 'www.' as a slug."""
    profile = profile_for_url(url)
    if profile is not None:
        return profile.name
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return slugify(host) or "unknown-site"


def body_file_for(content_type: str) -> str:
    """The body file name for a response's Content-Type."""
    ctype = content_type.lower()
    for prefix, name in BODY_FILE_BY_TYPE:
        if ctype.startswith(prefix):
            return name
    return DEFAULT_BODY_FILE


def kept_headers(headers: dict[str, str]) -> dict[str, str]:
    """The response headers a case keeps (no cookies, no transport headers)."""
    return {k: v for k, v in sorted(headers.items()) if k.lower() in KEPT_HEADERS}


@dataclass(slots=True)
class NewCase:
    """Everything a recorded case is made of, before it is written."""

    url: str
    fetched_at: datetime
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    kind: str = "article"
    description: str = ""
    expected: dict[str, Any] | None = None


def dump_json(data: Any) -> str:
    """JSON as fixtures keep it: UTF-8 text, two-space indent, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_case(folder: Path, case: NewCase, *, overwrite: bool = False) -> list[Path]:
    """Write `case` into `folder`; :class:`FixtureError` when a case is there already and not `overwrite`."""
    if (folder / CASE_FILE).exists() and not overwrite:
        raise FixtureError(f"{folder} already holds a case (give another --name, or --force)")
    folder.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {
        "url": case.url,
        "fetched_at": case.fetched_at.isoformat(),
        "status": case.status,
        "headers": kept_headers(case.headers),
        "kind": case.kind,
        "description": case.description,
        "known_failures": {},
    }
    body_path = folder / body_file_for(case.headers.get("Content-Type", "text/html"))
    written = [folder / CASE_FILE, body_path]
    (folder / CASE_FILE).write_text(dump_json(meta), encoding="utf-8")
    body_path.write_bytes(case.body)
    if case.expected is not None:
        (folder / EXPECTED_FILE).write_text(dump_json(case.expected), encoding="utf-8")
        written.append(folder / EXPECTED_FILE)
    return written
