"""A small threaded HTTP/1.1 server on 127.0.0.1 for tests and benchmarks, with a log of what was asked.

Subclasses say what to answer in :meth:`LocalHTTPServer.respond`; this class runs the server in a
background thread (as a context manager), counts requests per path and records (path, status, time).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from types import TracebackType

logger = logging.getLogger(__name__)

Answer = tuple[int, dict[str, str], bytes]


class LocalHTTPServer:
    """Serves :meth:`respond`'s answers on a loopback port (a free one unless `port` is given)."""

    name = "local server"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, delay: float = 0.0) -> None:
        self.delay = delay
        self.log: list[tuple[str, int, float]] = []
        self._hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    def respond(self, path: str, hits: int) -> Answer:
        """Status, headers and body for `path` (with its query), asked `hits` times before."""
        raise NotImplementedError

    @property
    def origin(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[str]:
        """Every requested path, in order."""
        with self._lock:
            return [path for path, _, _ in self.log]

    def requested(self) -> Counter[str]:
        """How often each path was requested."""
        with self._lock:
            return Counter(self._hits)

    def times(self, path: str) -> list[float]:
        """When `path` was answered (monotonic clock), in order."""
        with self._lock:
            return [t for p, _, t in self.log if p == path]

    def clear(self) -> None:
        """Forget the requests so far."""
        with self._lock:
            self.log.clear()
            self._hits.clear()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.serve(self)

            def log_message(self, format: str, *args: Any) -> None:
                logger.debug(f"{server.name}: {format}", *args)

        return Handler

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        path = f"{parts.path}?{parts.query}" if parts.query else parts.path
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            hits = self._hits[path]
            self._hits[path] += 1
        status, headers, body = self.respond(path, hits)
        with self._lock:
            self.log.append((path, status, time.monotonic()))
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def __enter__(self) -> Self:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name=self.name, daemon=True)
        self._thread.start()
        return self

    def serve_until_interrupted(self) -> None:
        """Block until Ctrl-C (the server thread keeps serving)."""
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            logger.info("stopping %s", self.name)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
