"""Record a page as a fixture case: fetched by a real Scrapy crawler with the project's settings, or read
from a saved file; the expected record is drafted from the current extractor, for review by hand.

The crawl is a one-request spider run by :class:`scrapy.crawler.CrawlerProcess` with
``newsspider.settings`` (User-Agent, robots.txt, retries, middlewares), minus the item pipelines and replay,
so the page arrives exactly as a crawl would see it.
"""

from __future__ import annotations

import logging
import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newsspider.casefiles import EXPECTED_FILE
from newsspider.exceptions import FixtureError
from newsspider.extract import extract_article
from newsspider.fixturetool.cases import NewCase, write_case

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from pathlib import Path

    from scrapy.http import Response
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

RECORD_SETTINGS: dict[str, Any] = {
    "ITEM_PIPELINES": {},
    "REPLAY_FIXTURES": None,
    "NEWSSPIDER_SUMMARY": False,
    "HTTPERROR_ALLOW_ALL": True,  # a 404 or 410 page is worth recording too
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False,
}
SNIPPET_CHARS = 60
DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8"
ARTICLE_KIND = "article"


@dataclass(slots=True)
class Fetched:
    """One downloaded response."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))


class RecordSpider(scrapy.Spider):
    """Requests one URL and keeps the response in `sink`."""

    name = "newsspider-record"

    def __init__(self, url: str, sink: list[Fetched], errors: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url, self.sink, self.errors = url, sink, errors

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(self.url, callback=self.keep, errback=self.failed, dont_filter=True)

    def keep(self, response: Response) -> None:
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        self.sink.append(Fetched(url=response.url, status=response.status, headers=headers, body=response.body))

    def failed(self, failure: Failure) -> None:
        self.errors.append(f"{failure.type.__name__ if failure.type else 'error'}: {failure.getErrorMessage()}")


def fetch(url: str, overrides: dict[str, Any] | None = None) -> Fetched:
    """Download `url` through Scrapy with the project settings; :class:`FixtureError` when it fails.

    Runs the Twisted reactor, so call it once per process (the command line does).
    """
    settings = Settings()
    settings.setmodule("newsspider.settings", priority="project")
    settings.update({**RECORD_SETTINGS, **(overrides or {})}, priority="cmdline")
    sink: list[Fetched] = []
    errors: list[str] = []
    process = CrawlerProcess(settings, install_root_handler=False)
    process.crawl(RecordSpider, url=url, sink=sink, errors=errors)
    process.start()
    if not sink:
        raise FixtureError(f"could not fetch {url}: {'; '.join(errors) or 'no response (robots.txt or offsite?)'}")
    return sink[0]


def read_saved(path: Path, url: str, fetched_at: datetime | None = None) -> Fetched:
    """A saved page as if just fetched from `url` (its Content-Type guessed from the file name)."""
    ctype = mimetypes.guess_type(path.name)[0] or "text/html"
    if ctype.startswith("text/") or ctype.endswith("xml"):
        ctype += "; charset=utf-8"
    moment = (fetched_at or datetime.now(UTC)).replace(microsecond=0)
    return Fetched(url=url, status=200, headers={"Content-Type": ctype}, body=path.read_bytes(), fetched_at=moment)


def _snippet(paragraph: str) -> str:
    if len(paragraph) <= SNIPPET_CHARS:
        return paragraph
    return paragraph[:SNIPPET_CHARS].rsplit(" ", 1)[0]


def draft_expected(record: dict[str, Any]) -> dict[str, Any]:
    """The expected record to review: the extraction as literals, except the body (first and last
    paragraph snippets, and an empty list for boilerplate that must not appear) and provenance (its keys)."""
    draft = dict(record)
    paragraphs = [p for p in (record.get("body") or "").split("\n\n") if p.strip()]
    snippets = list(dict.fromkeys(_snippet(p) for p in paragraphs[:1] + paragraphs[-1:]))
    draft["body"] = {"$contains": snippets, "$not_contains": []}
    draft["provenance"] = {"$keys_include": sorted(record.get("provenance") or {})}
    return draft


def record_case(
    fetched: Fetched, folder: Path, *, site: str, kind: str = ARTICLE_KIND, overwrite: bool = False
) -> list[Path]:
    """Write `fetched` as a case in `folder`; articles get an expected record drafted by the extractor."""
    expected = None
    if kind == ARTICLE_KIND:
        record = extract_article(fetched.body, fetched.url, fetched_at=fetched.fetched_at, spider=site)
        expected = draft_expected(record)
    case = NewCase(
        url=fetched.url,
        fetched_at=fetched.fetched_at,
        body=fetched.body,
        status=fetched.status,
        headers=fetched.headers or {"Content-Type": DEFAULT_CONTENT_TYPE},
        kind=kind,
        description=f"recorded {fetched.fetched_at.date().isoformat()}; {EXPECTED_FILE} drafted by the extractor, "
        "to be reviewed",
        expected=expected,
    )
    return write_case(folder, case, overwrite=overwrite)
