"""Serve a folder of fixture cases over real HTTP on 127.0.0.1: a local mirror of a saved site.

Each case is served at its URL's path and query. Text bodies (HTML, XML, robots.txt) have the site's
origin (``https://kyivindependent.com``) rewritten to the server's, so links and sitemaps lead back
to the mirror, exactly as a crawl of the live site would follow them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.casefiles import iter_cases
from newsspider.testing.httpserver import Answer, LocalHTTPServer

if TYPE_CHECKING:
    from pathlib import Path

    from newsspider.casefiles import FixtureCase

TEXT_TYPES = ("text/", "application/xml", "application/rss", "application/atom", "application/json")
DROPPED_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


def _path_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path or '/'}?{parts.query}" if parts.query else (parts.path or "/")


class FixtureServer(LocalHTTPServer):
    """Serves one fixture folder's cases at their URL paths; unknown paths get 404."""

    name = "fixture server"

    def __init__(self, root: Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host=host, port=port)
        self.cases: dict[str, FixtureCase] = {_path_key(c.url): c for c in iter_cases(root)}
        self.origins = sorted({f"{urlsplit(c.url).scheme}://{urlsplit(c.url).netloc}" for c in self.cases.values()})

    def body_for(self, case: FixtureCase) -> bytes:
        """The case's body, with the site's origins pointed at this server for text types."""
        body = case.body()
        ctype = case.headers.get("Content-Type", "")
        if ctype.startswith(TEXT_TYPES) or case.body_path.suffix in {".html", ".xml", ".txt"}:
            for origin in self.origins:
                body = body.replace(origin.encode(), self.origin.encode())
        return body

    def respond(self, path: str, hits: int) -> Answer:
        case = self.cases.get(path)
        if case is None:
            return 404, {"Content-Type": "text/plain"}, b"no fixture for this path"
        headers = {k: v for k, v in case.headers.items() if k.lower() not in DROPPED_HEADERS}
        return case.status, headers, self.body_for(case)
