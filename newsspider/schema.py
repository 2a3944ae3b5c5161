"""The one JSON Schema of the Article record, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_RESOURCE = "schema.json"


@cache
def load_schema() -> dict[str, Any]:
    """The Article record schema (JSON Schema draft 2020-12) shipped with the package."""
    text = resources.files("newsspider").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the schema, as readable 'path: message' lines; empty when valid."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '<record>'}: {e.message}" for e in errors]
