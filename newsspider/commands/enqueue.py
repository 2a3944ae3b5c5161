"""``enqueue``: push start URLs to the shared Redis frontier of distributed workers.

    python -m newsspider enqueue --redis redis://127.0.0.1:6379/0 https://example.com/ https://example.org/

When no crawl is running (nothing waiting, no worker busy) this starts a new crawl: the shared
duplicate filter of the last one is cleared first, so the sites are walked again (the seen store of
``NEWSSPIDER_INCREMENTAL`` runs still keeps written articles from being fetched again). While a crawl
runs, the URLs join it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from newsspider.commands import EXIT_OK, EXIT_USAGE
from newsspider.crawl.options import BadArgument, parse_urls

if TYPE_CHECKING:
    import argparse

DEFAULT_SPIDER = "news"


def run(args: argparse.Namespace) -> int:
    import redis  # noqa: PLC0415  (only this command needs a Redis client)

    from newsspider.distributed.frontier import RedisFrontier  # noqa: PLC0415

    try:
        urls = list(parse_urls(",".join(args.urls), args.file))
    except BadArgument as exc:
        print(f"newsspider enqueue: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not urls:
        print("newsspider enqueue: no URLs given", file=sys.stderr)
        return EXIT_USAGE
    frontier = RedisFrontier(redis.Redis.from_url(args.redis), args.spider)
    try:
        new_crawl = frontier.is_quiet()
        if new_crawl:
            frontier.reset_duplicates()
        waiting = frontier.push_start_urls(urls)
    except redis.RedisError as exc:
        print(f"newsspider enqueue: cannot reach {args.redis}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    state = "a new crawl" if new_crawl else "the running crawl"
    print(f"enqueued {len(urls)} URLs for {state} of '{args.spider}' ({waiting} start URLs waiting)")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("enqueue", help="push start URLs to the Redis frontier shared by distributed workers")
    cmd.add_argument("urls", nargs="*", help="start URLs (home pages, sitemaps, feeds, listings, articles)")
    cmd.add_argument("--redis", required=True, help="Redis URL, e.g. redis://127.0.0.1:6379/0")
    cmd.add_argument("--spider", default=DEFAULT_SPIDER, help="the spider the workers run (default: news)")
    cmd.add_argument("--file", help="a file of start URLs, one a line")
    cmd.set_defaults(func=run)
