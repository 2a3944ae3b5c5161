"""``fixture``: record a page as a test case, update expected records with review, gate on quality floors.

fixture record URL [--site S] [--name C]            fetch through Scrapy with the project settings
fixture record --from-file PAGE.html --url URL      record a saved page
fixture update [CASE ...] [--yes]                   re-extract, show old → new per field, write if confirmed
fixture gate [--corpus DIR] [--raise-floors]        score fixtures and corpus against quality/floors.json
fixture known-failures                              every known failure, and which ones pass now
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsspider.casefiles import iter_cases
from newsspider.commands import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from newsspider.fixturetool.cases import case_name_for_url, site_for_url
from newsspider.fixturetool.diff import diff_case
from newsspider.fixturetool.gate import FLOORS_FILE, load_floors, measure, shortfalls, suggest_floors
from newsspider.fixturetool.record import fetch, read_saved, record_case
from newsspider.fixturetool.update import select_cases, update_cases

if TYPE_CHECKING:
    import argparse

DEFAULT_FIXTURES = "fixtures"
DEFAULT_CORPUS = "../shared/corpus"


def run_record(args: argparse.Namespace) -> int:
    url = args.url or args.target
    if not url or (args.url and args.target):
        print("fixture record: give URL, or --from-file PAGE --url URL", file=sys.stderr)
        return EXIT_USAGE
    fetched_at = datetime.fromisoformat(args.fetched_at) if args.fetched_at else None
    fetched = read_saved(Path(args.from_file), url, fetched_at) if args.from_file else fetch(url)
    if fetched_at is not None:
        fetched.fetched_at = fetched_at
    site = args.site or site_for_url(fetched.url)
    folder = Path(args.fixtures) / site / (args.name or case_name_for_url(fetched.url))
    written = record_case(fetched, folder, site=site, kind=args.kind, overwrite=args.force)
    for path in written:
        print(path)
    if args.kind == "article":
        print(f"review {folder / 'expected.json'}: correct it to what a careful reader sees", file=sys.stderr)
    return EXIT_OK


def run_update(args: argparse.Namespace) -> int:
    cases = select_cases(Path(args.fixtures), args.cases)
    ask = input if sys.stdin.isatty() and not args.yes else None
    status, _ = update_cases(cases, yes=args.yes, ask=ask, out=sys.stdout)
    if ask is None and not args.yes and status:
        print("nothing written: run with --yes, or from a terminal to confirm case by case", file=sys.stderr)
    return status


def run_gate(args: argparse.Namespace) -> int:
    floors_path = Path(args.floors)
    floors = load_floors(floors_path)
    corpus = Path(args.corpus)
    scores = measure(Path(args.fixtures), corpus if corpus.is_dir() else None)
    for metric in sorted(set(scores) | set(floors.floors)):
        floor = floors.floors.get(metric)
        score = scores.get(metric)
        shown = "not measured" if score is None else f"{score:.3f}"
        print(f"{metric:28} {shown:>12}  floor {'-' if floor is None else f'{floor:.3f}'}")
    problems = shortfalls(scores, floors)
    for line in problems:
        print(f"BELOW FLOOR {line}", file=sys.stderr)
    if args.raise_floors:
        floors.floors = suggest_floors(scores, floors, args.margin)
        floors_path.write_text(json.dumps(floors.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {floors_path}: commit it with a message that says the floors went up", file=sys.stderr)
    return EXIT_SKIPPED if problems else EXIT_OK


def run_known_failures(args: argparse.Namespace) -> int:
    fixed = 0
    for case in iter_cases(Path(args.fixtures)):
        if not case.known_failures or not case.expected_path.exists():
            continue
        now_passing = {c.name for c in diff_case(case).fixed}
        for name, reason in sorted(case.known_failures.items()):
            mark = "FIXED" if name in now_passing else "known"
            print(f"{mark:5} {case.case_id}::{name}: {reason}")
        fixed += len(now_passing)
    if fixed:
        print(f"{fixed} known failures pass now: `fixture update --yes` drops their entries", file=sys.stderr)
    return EXIT_SKIPPED if fixed else EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fixture = sub.add_parser("fixture", help="record, update and gate fixture test cases")
    fixture.add_argument("--fixtures", default=DEFAULT_FIXTURES, help="fixtures folder (default: fixtures)")
    actions = fixture.add_subparsers(dest="action", required=True)

    rec = actions.add_parser("record", help="save a page as a fixture case, with a drafted expected.json")
    rec.add_argument("target", nargs="?", metavar="URL", help="the page to fetch")
    rec.add_argument("--from-file", help="record this saved page instead of fetching (needs --url)")
    rec.add_argument("--url", help="the URL a saved page was fetched from")
    rec.add_argument("--site", help="site folder (default: the profile matching the URL, else the host)")
    rec.add_argument("--name", help="case name (default: the URL's slug)")
    rec.add_argument("--kind", default="article", help="article (default), or tag, author, section, home ...")
    rec.add_argument("--fetched-at", help="ISO 8601 fetch time to freeze (default: now)")
    rec.add_argument("--force", action="store_true", help="overwrite an existing case")
    rec.set_defaults(func=run_record)

    upd = actions.add_parser("update", help="re-extract cases, show the diff per field, write if confirmed")
    upd.add_argument("cases", nargs="*", help="site/case, site, or a case folder (default: all)")
    upd.add_argument("--yes", action="store_true", help="write every difference shown without asking")
    upd.set_defaults(func=run_update)

    gate = actions.add_parser("gate", help="score the extractor and compare with the pinned floors")
    gate.add_argument("--corpus", default=DEFAULT_CORPUS, help="the shared corpus (skipped when absent)")
    gate.add_argument("--floors", default=FLOORS_FILE, help=f"floors file (default: {FLOORS_FILE})")
    gate.add_argument("--raise-floors", action="store_true", help="raise floors to just below the scores")
    gate.add_argument("--margin", type=float, default=0.02, help="how far below the score a raised floor sits")
    gate.set_defaults(func=run_gate)

    known = actions.add_parser("known-failures", help="list known failures and which pass now")
    known.set_defaults(func=run_known_failures)
