"""Fixture cases on disk: one saved response per folder, replayed by crawls and tests.

A case is a folder ``fixtures/<site>/<case>/`` holding ``case.json`` (url, fetched_at, status, headers,
kind, description, known_failures), the response body as ``page.html``/``page.xml``/``page.txt``, and for
articles ``expected.json``, the record a correct extractor returns.

``kind`` says what the page is: ``article`` (the default), or a page that is no article (``tag``, ``author``,
``section``, ``home``, ``robots``, ``sitemap``, ``feed``). ``known_failures`` maps a field of expected.json to
the reason the current extractor gets it wrong: the field's test is then an expected failure, strictly, so
a fix shows up too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from w3lib.url import canonicalize_url

from newsspider.exceptions import FixtureError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

CASE_FILE = "case.json"
EXPECTED_FILE = "expected.json"
BODY_NAMES = ("page.html", "page.xml", "page.txt", "page.json", "page.bin")
REQUIRED_KEYS = ("url", "fetched_at")


@dataclass(eq=False)
class FixtureCase:
    """One saved response and what is known about it."""

    folder: Path
    url: str
    fetched_at: datetime
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    kind: str = "article"
    description: str = ""
    known_failures: dict[str, str] = field(default_factory=dict)

    @property
    def site(self) -> str:
        return self.folder.parent.name

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def case_id(self) -> str:
        """'<site>/<case>', the name tests and reports use."""
        return f"{self.site}/{self.name}"

    @cached_property
    def body_path(self) -> Path:
        for name in BODY_NAMES:
            path = self.folder / name
            if path.exists():
                return path
        raise FixtureError(f"{self.case_id}: no response body (one of {', '.join(BODY_NAMES)})")

    def body(self) -> bytes:
        return self.body_path.read_bytes()

    @property
    def expected_path(self) -> Path:
        return self.folder / EXPECTED_FILE

    def expected(self) -> dict[str, Any] | None:
        """The expected record, or None when the case has none (listings, feeds)."""
        if not self.expected_path.exists():
            return None
        data: dict[str, Any] = json.loads(self.expected_path.read_text(encoding="utf-8"))
        return data


def load_case(folder: Path) -> FixtureCase:
    """Read one case folder; :class:`FixtureError` when case.json is missing or incomplete."""
    path = folder / CASE_FILE
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise FixtureError(f"{folder}: unreadable {CASE_FILE}: {exc}") from exc
    missing = [k for k in REQUIRED_KEYS if not meta.get(k)]
    known = meta.get("known_failures", {})
    if missing:
        raise FixtureError(f"{path}: missing {', '.join(missing)}")
    try:
        fetched_at = datetime.fromisoformat(meta["fetched_at"])
    except ValueError as exc:
        raise FixtureError(f"{path}: fetched_at is not ISO 8601: {exc}") from exc
    if not isinstance(known, dict) or not all(isinstance(v, str) and v.strip() for v in known.values()):
        raise FixtureError(f"{path}: known_failures must map field names to non-empty reasons")
    return FixtureCase(
        folder=folder,
        url=meta["url"],
        fetched_at=fetched_at,
        status=int(meta.get("status", 200)),
        headers={str(k): str(v) for k, v in meta.get("headers", {}).items()},
        kind=meta.get("kind", "article"),
        description=meta.get("description", ""),
        known_failures={str(k): str(v) for k, v in known.items()},
    )


def iter_cases(root: Path) -> Iterator[FixtureCase]:
    """Every case under `root` (a fixtures folder, a site folder or one case), sorted by path."""
    for path in sorted(root.rglob(CASE_FILE)):
        yield load_case(path.parent)


def url_key(url: str) -> str:
    """The lookup key of a URL: canonical form, fragment dropped."""
    return canonicalize_url(url, keep_fragments=False)


def index_by_url(root: Path) -> dict[str, FixtureCase]:
    """Cases by URL key; :class:`FixtureError` when two cases claim one URL."""
    index: dict[str, FixtureCase] = {}
    for case in iter_cases(root):
        key = url_key(case.url)
        if key in index:
            raise FixtureError(f"{case.case_id} and {index[key].case_id} both claim {case.url}")
        index[key] = case
    return index
