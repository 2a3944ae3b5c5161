"""``serve``: a saved fixture site over HTTP on 127.0.0.1, as a local mirror to crawl."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsspider.commands import EXIT_OK
from newsspider.testing.server import FixtureServer

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    with FixtureServer(Path(args.folder), port=args.port) as server:
        print(f"serving {args.folder} at {server.origin} (Ctrl-C to stop)", file=sys.stderr)
        server.serve_until_interrupted()
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    srv = sub.add_parser("serve", help="serve fixture cases over HTTP on 127.0.0.1")
    srv.add_argument("folder", help="a fixtures folder, e.g. fixtures/kyivindependent")
    srv.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    srv.set_defaults(func=run)
