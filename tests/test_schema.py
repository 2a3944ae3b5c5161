from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from newsspider.exporters import record_dict
from newsspider.items import Article, Author, Quote, ReadingTime, RelatedLink
from newsspider.schema import load_schema, validation_errors


def valid_record() -> dict:
    return record_dict(
        Article(
            url="https://example.com/a/",
            headline="A headline",
            date_published="2022-11-21T01:46:00+02:00",
            language="en",
            authors=[Author(name="Jane Doe", same_as=["https://x.com/jane"])],
            body="One.\n\nTwo.",
            word_count=2,
            reading_time=ReadingTime(minutes=1, displayed="1 min read", estimated_minutes=1, source="displayed"),
            quotes=[Quote(text="no problem", type="partial", speaker="Olga Stefanishyna", cue="said", paragraph=5)],
            related_links=[RelatedLink(url="https://example.com/b/", kind="read_more", title="B")],
            fetched_at="2025-08-09T10:00:00+00:00",
        )
    )


@pytest.mark.parametrize(
    ("item", "definition"),
    [
        (Article, None),
        (Author, "author"),
        (Quote, "quote"),
        (RelatedLink, "related_link"),
        (ReadingTime, "reading_time"),
    ],
)
def test_dataclass_fields_are_the_schema_properties(item: type, definition: str | None) -> None:
    schema = load_schema()
    node = schema if definition is None else schema["$defs"][definition]
    assert [f.name for f in dataclasses.fields(item)] == list(node["properties"])
    assert sorted(node["required"]) == sorted(node["properties"])


def test_every_property_is_documented() -> None:
    schema = load_schema()
    nodes = [schema, *(schema["$defs"][d] for d in ("author", "quote", "related_link", "reading_time"))]
    undocumented = [
        name
        for node in nodes
        for name, prop in node["properties"].items()
        if name != "url" and not prop.get("description")
    ]
    assert undocumented == []


def test_valid_record_passes() -> None:
    assert validation_errors(valid_record()) == []


@pytest.mark.parametrize(
    ("change", "error_path"),
    [
        ({"url": "not a url"}, "url"),
        ({"date_published": "21 Nov 2022"}, "date_published"),
        ({"date_published": "2022-11-21T01:46:00+0200"}, "date_published"),
        ({"language": "English"}, "language"),
        ({"headline": ""}, "headline"),
        ({"word_count": -1}, "word_count"),
        ({"schema_version": "0.9"}, "schema_version"),
        ({"unexpected": 1}, "<record>"),
        (
            {
                "quotes": [
                    {"text": "x", "type": "rumour", "speaker": None, "speaker_title": None, "cue": None, "paragraph": 0}
                ]
            },
            "quotes/0/type",
        ),
        (
            {"related_links": [{"url": "/relative", "title": None, "kind": "inline", "snippet": None}]},
            "related_links/0/url",
        ),
        ({"provenance": {"headline": "guess"}}, "provenance/headline"),
    ],
)
def test_invalid_records_name_the_field(change: dict, error_path: str) -> None:
    record = valid_record() | change
    errors = validation_errors(record)
    assert errors, f"{change} should be invalid"
    assert errors[0].split(":", 1)[0] == error_path


def test_missing_key_is_invalid() -> None:
    record = valid_record()
    del record["body"]
    assert validation_errors(record) == ["<record>: 'body' is a required property"]


def test_cli_prints_the_schema() -> None:
    out = subprocess.run([sys.executable, "-m", "newsspider", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == load_schema()
