from __future__ import annotations

import io
import json

from newsspider.exporters import JsonLinesExporter
from newsspider.items import Article, Author


class CountingFile(io.BytesIO):
    """Records each write, to check that a line reaches the file in one piece."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.flushes = 0

    def write(self, data) -> int:  # type: ignore[override]
        self.writes.append(bytes(data))
        return super().write(data)

    def flush(self) -> None:
        self.flushes += 1
        super().flush()


def test_lines_are_utf8_text_one_write_each() -> None:
    out = CountingFile()
    exporter = JsonLinesExporter(out)
    exporter.start_exporting()
    exporter.export_item(Article(url="https://kyivindependent.com/uk/a/", headline="Україна", body="x" * 20000))
    exporter.export_item({"url": "https://example.com/", "headline": "Plain dict"})
    exporter.finish_exporting()
    text = out.getvalue().decode("utf-8")
    assert "Україна" in text and "\\u" not in text
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 3
    assert json.loads(lines[0])["headline"] == "Україна"
    assert json.loads(lines[1]) == {"url": "https://example.com/", "headline": "Plain dict"}
    assert [w.endswith(b"\n") for w in out.writes] == [True, True]
    assert out.flushes >= 2


def test_nested_items_become_objects() -> None:
    out = io.BytesIO()
    exporter = JsonLinesExporter(out)
    exporter.export_item(Article(url="https://e.com/", authors=[Author(name="A B", same_as=["https://x.com/ab"])]))
    record = json.loads(out.getvalue())
    assert record["authors"] == [
        {"name": "A B", "role": None, "bio": None, "image": None, "url": None, "same_as": ["https://x.com/ab"]}
    ]


def test_fields_to_export_selects_and_orders() -> None:
    out = io.BytesIO()
    exporter = JsonLinesExporter(out, fields_to_export=["headline", "url"])
    exporter.export_item(Article(url="https://e.com/", headline="H"))
    assert out.getvalue() == b'{"headline":"H","url":"https://e.com/"}\n'
