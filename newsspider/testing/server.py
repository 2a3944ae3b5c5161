"""Serve a folder of fixture cases over real HTTP on 127.0.0.1: a local mirror of a saved site.

Each case is served at its URL's path and query. Text bodies (HTML, XML, robots.txt) have the site's
origin (``https://kyivindependent.com``) rewritten to the server's, so links and sitemaps lead back
to the mirror, exactly as a crawl of the live site would follow them.
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from newsspider.casefiles import iter_cases

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

    from newsspider.casefiles import FixtureCase

logger = logging.getLogger(__name__)

TEXT_TYPES = ("text/", "application/xml", "application/rss", "application/atom", "application/json")
DROPPED_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection"})


def _path_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path or '/'}?{parts.query}" if parts.query else (parts.path or "/")


class FixtureServer:
    """A threaded HTTP server for one fixture folder; use as a context manager."""

    def __init__(self, root: Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.cases: dict[str, FixtureCase] = {_path_key(c.url): c for c in iter_cases(root)}
        self.origins = sorted({f"{urlsplit(c.url).scheme}://{urlsplit(c.url).netloc}" for c in self.cases.values()})
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.serve(self)

            def log_message(self, format: str, *args: Any) -> None:
                logger.debug("fixture server: " + format, *args)

        return Handler

    def body_for(self, case: FixtureCase) -> bytes:
        """The case's body, with the site's origins pointed at this server for text types."""
        body = case.body()
        ctype = case.headers.get("Content-Type", "")
        if ctype.startswith(TEXT_TYPES) or case.body_path.suffix in {".html", ".xml", ".txt"}:
            for origin in self.origins:
                body = body.replace(origin.encode(), self.origin.encode())
        return body

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(handler.path)
        case = self.cases.get(handler.path)
        if case is None:
            handler.send_error(404, "no fixture for this path")
            return
        body = self.body_for(case)
        handler.send_response(case.status)
        for name, value in case.headers.items():
            if name.lower() not in DROPPED_HEADERS:
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def __enter__(self) -> FixtureServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="fixture-server", daemon=True)
        self._thread.start()
        return self

    def serve_until_interrupted(self) -> None:
        """Block until Ctrl-C (the server thread keeps serving)."""
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            logger.info("stopping fixture server")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
