"""Command line: ``python -m newsspider COMMAND ...`` (``newsspider --help`` lists the commands)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import TYPE_CHECKING

from newsspider.commands import COMMAND_MODULES, EXIT_SKIPPED
from newsspider.exceptions import NewsspiderError

if TYPE_CHECKING:
    from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsspider", description="News crawler and article extractor.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except NewsspiderError as exc:
        print(f"newsspider: {exc}", file=sys.stderr)
        return EXIT_SKIPPED
    return status
