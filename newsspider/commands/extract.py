"""``extract``: records of saved pages, one JSON line each (a page, or a manifest of pages)."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonlines

from newsspider.commands import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from newsspider.exceptions import NewsspiderError
from newsspider.exporters import dumps
from newsspider.extract import extract_article
from newsspider.sites import get_profile

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

logger = logging.getLogger("newsspider.extract")

Job = tuple[int, Any]


def _manifest_jobs(path: Path) -> Iterator[Job]:
    with jsonlines.open(path) as reader:
        yield from enumerate(reader.iter(skip_empty=True, skip_invalid=False), start=1)


def _extract_one(job: Any, args: argparse.Namespace) -> dict[str, Any]:
    if not isinstance(job, dict) or not job.get("path") or not job.get("url"):
        raise NewsspiderError('a manifest line needs "path" and "url"')
    fetched_at = datetime.fromisoformat(args.fetched_at) if args.fetched_at else None
    profile = get_profile(args.site) if args.site else None
    html = Path(job["path"]).read_bytes()
    return extract_article(html, str(job["url"]), fetched_at=fetched_at, profile=profile)


def run(args: argparse.Namespace) -> int:
    if bool(args.page) == bool(args.manifest):
        print("extract: give PAGE.html with --url, or --manifest FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.page and not args.url:
        print("extract: --url is required with PAGE.html (relative links and site profiles need it)", file=sys.stderr)
        return EXIT_USAGE
    if args.site:
        get_profile(args.site)  # an unknown profile is a usage error, before any page
    jobs: Iterator[Job] = (
        iter([(1, {"path": args.page, "url": args.url})]) if args.page else _manifest_jobs(Path(args.manifest))
    )
    written = skipped = 0
    for number, job in jobs:
        try:
            record = _extract_one(job, args)
        except (OSError, NewsspiderError, ValueError) as exc:
            skipped += 1
            where = job.get("path") if isinstance(job, dict) else job
            logger.error("skipped entry %d (%s): %s", number, where, exc)
            continue
        sys.stdout.write(dumps(record) + "\n")
        written += 1
    if args.manifest:
        logger.info("extracted %d pages, skipped %d", written, skipped)
    return EXIT_SKIPPED if skipped else EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ext = sub.add_parser("extract", help="extract records from saved pages")
    ext.add_argument("page", nargs="?", help="a saved HTML page")
    ext.add_argument("--url", help="the URL the page was fetched from")
    ext.add_argument("--manifest", help='JSON Lines file of {"path", "url"} objects')
    ext.add_argument("--site", help="site profile to apply (default: found from the URL)")
    ext.add_argument("--fetched-at", help="ISO 8601 fetch time, for relative dates (default: now)")
    ext.set_defaults(func=run)
