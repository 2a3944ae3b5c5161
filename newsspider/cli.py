"""Command line: ``python -m newsspider {schema,extract,serve} ...``.

  schema                          print the JSON Schema of the record
  extract PAGE.html --url URL     print the record of a saved page as one JSON line
  extract --manifest FILE         the same for every {"path", "url"} line of a JSON Lines file
  serve FOLDER [--port N]         serve saved fixture cases over HTTP on 127.0.0.1 (a local mirror)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonlines

from newsspider.exceptions import NewsspiderError
from newsspider.exporters import dumps
from newsspider.extract import extract_article
from newsspider.schema import load_schema
from newsspider.sites import get_profile

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

logger = logging.getLogger("newsspider.cli")

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(load_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _manifest_jobs(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with jsonlines.open(path) as reader:
        for number, entry in enumerate(reader.iter(skip_empty=True), start=1):
            yield number, entry


def _extract_one(path: Path, url: str, args: argparse.Namespace) -> dict[str, Any]:
    fetched_at = datetime.fromisoformat(args.fetched_at) if args.fetched_at else None
    profile = get_profile(args.site) if args.site else None
    return extract_article(path.read_bytes(), url, fetched_at=fetched_at, profile=profile)


def _cmd_extract(args: argparse.Namespace) -> int:
    if bool(args.page) == bool(args.manifest):
        print("extract: give PAGE.html with --url, or --manifest FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.page:
        if not args.url:
            print("extract: --url is required with PAGE.html (relative links and site profiles need it)", file=sys.stderr)
            return EXIT_USAGE
        jobs: Iterator[tuple[int, dict[str, Any]]] = iter([(1, {"path": args.page, "url": args.url})])
    else:
        jobs = _manifest_jobs(Path(args.manifest))
    written = skipped = 0
    for number, job in jobs:
        try:
            if not isinstance(job, dict) or not job.get("path") or not job.get("url"):
                raise NewsspiderError('a manifest line needs "path" and "url"')
            record = _extract_one(Path(job["path"]), str(job["url"]), args)
        except (OSError, NewsspiderError, ValueError) as exc:
            skipped += 1
            logger.error("skipped entry %d (%s): %s", number, job.get("path") if isinstance(job, dict) else job, exc)
            continue
        sys.stdout.write(dumps(record) + "\n")
        written += 1
    if args.manifest:
        logger.info("extracted %d pages, skipped %d", written, skipped)
    return EXIT_SKIPPED if skipped else EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from newsspider.testing.server import FixtureServer

    with FixtureServer(Path(args.folder), port=args.port) as server:
        print(f"serving {args.folder} at {server.origin} (Ctrl-C to stop)", file=sys.stderr)
        server.serve_until_interrupted()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsspider", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("schema", help="print the JSON Schema of the record").set_defaults(func=_cmd_schema)
    ext = sub.add_parser("extract", help="extract records from saved pages")
    ext.add_argument("page", nargs="?", help="a saved HTML page")
    ext.add_argument("--url", help="the URL the page was fetched from")
    ext.add_argument("--manifest", help='JSON Lines file of {"path", "url"} objects')
    ext.add_argument("--site", help="site profile to apply (default: found from the URL)")
    ext.add_argument("--fetched-at", help="ISO 8601 fetch time, for relative dates (default: now)")
    ext.set_defaults(func=_cmd_extract)
    srv = sub.add_parser("serve", help="serve fixture cases over HTTP on 127.0.0.1")
    srv.add_argument("folder", help="a fixtures folder, e.g. fixtures/kyivindependent")
    srv.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    srv.set_defaults(func=_cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except NewsspiderError as exc:
        print(f"newsspider: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return status
