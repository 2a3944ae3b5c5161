"""JSON Lines feed exporter built on the ``jsonlines`` package.

Plugged into Scrapy's feed exports for the ``jsonl``/``jsonlines``/``jl`` formats, so ``-O out.jsonl``,
``-o`` and ``FEEDS`` work as usual. Text is written as UTF-8 (no ``\\u`` escapes), one record per line,
and every line reaches the file in a single write followed by a flush, so a crawl killed at any
moment leaves only whole lines behind.
"""

from __future__ import annotations

import json
from functools import partial
from typing import IO, TYPE_CHECKING, Any

import jsonlines
from itemadapter import ItemAdapter
from scrapy.exporters import BaseItemExporter

if TYPE_CHECKING:
    from collections.abc import Callable

dumps: Callable[[Any], str] = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))


class _WholeLineWriter:
    """Collects one line's pieces and hands them to the file as one write, then flushes it."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._pending: list[str] = []

    def write(self, text: str) -> int:
        self._pending.append(text)
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._file.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()
        self._file.flush()


def record_dict(item: Any) -> dict[str, Any]:
    """An item (Article dataclass, dict, ...) as plain JSON-ready values, nested items included."""
    return ItemAdapter(item).asdict()


class JsonLinesExporter(BaseItemExporter):
    """Scrapy item exporter writing one JSON object per line through ``jsonlines.Writer``."""

    def __init__(self, file: IO[bytes], **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        # jsonlines only calls write() and flush(), which _WholeLineWriter provides.
        self._writer = jsonlines.Writer(_WholeLineWriter(file), flush=True, dumps=dumps)  # type: ignore[arg-type]

    def export_item(self, item: Any) -> None:
        record = record_dict(item)
        if self.fields_to_export:
            record = {k: record.get(k) for k in self.fields_to_export}
        self._writer.write(record)

    def finish_exporting(self) -> None:
        self._writer.close()
