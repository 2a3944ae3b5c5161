"""``schema``: print the JSON Schema of the record."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from newsspider.commands import EXIT_OK
from newsspider.schema import load_schema

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    print(json.dumps(load_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("schema", help="print the JSON Schema of the record").set_defaults(func=run)
