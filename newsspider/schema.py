"""The one JSON Schema of the Article record, and validation against it.

Valid records, the common case, are checked by code that fastjsonschema generates from the schema
(about 0.1 ms a record); only an invalid one goes through jsonschema, for complete, readable errors.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
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


@cache
def _fast_check() -> Any:
    return fastjsonschema.compile(copy.deepcopy(load_schema()))  # compile() rewrites $refs in place


def is_valid(record: dict[str, Any]) -> bool:
    """Whether `record` follows the schema (fast)."""
    try:
        _fast_check()(record)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the schema, as readable 'path: message' lines; empty when valid."""
    if is_valid(record):
        return []
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '<record>'}: {e.message}" for e in errors]
