"""Re-extract fixture cases and write the differences into expected.json, never silently.

Every difference is shown first, old → new. Then: with ``yes`` everything shown is written; with a
terminal, each case is confirmed (y/n/a/q); otherwise nothing is written and the exit status says whether
there were differences. Checks (``$contains`` ...) are never rewritten, only reported when they fail, and
a field in ``known_failures`` keeps its hand-written truth; when it passes now, its entry is dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsspider.casefiles import CASE_FILE, iter_cases
from newsspider.exceptions import FixtureError
from newsspider.fixturetool.cases import dump_json
from newsspider.fixturetool.diff import CaseDiff, diff_case

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from newsspider.casefiles import FixtureCase

EXIT_CLEAN, EXIT_DIFFERENT = 0, 1
ANSWERS_YES, ANSWER_ALL, ANSWER_QUIT = frozenset({"y", "yes"}), "a", "q"


@dataclass(slots=True)
class UpdateSummary:
    """What an update saw and did."""

    cases: int = 0
    differing: int = 0
    written: int = 0
    failing_checks: int = 0


def select_cases(root: Path, names: Iterable[str]) -> list[FixtureCase]:
    """Cases named 'site/case', 'site', or a folder path; every article case under `root` when none."""
    wanted = list(names)
    if not wanted:
        return [c for c in iter_cases(root) if c.expected_path.exists()]
    chosen: dict[str, FixtureCase] = {}
    for name in wanted:
        folder = Path(name) if Path(name).is_dir() else root / name
        found = [c for c in iter_cases(folder) if c.expected_path.exists()] if folder.is_dir() else []
        if not found:
            raise FixtureError(f"no article case matches {name!r} under {root}")
        chosen.update((c.case_id, c) for c in found)
    return [chosen[k] for k in sorted(chosen)]


def apply_diff(diff: CaseDiff) -> None:
    """Write a case's writable changes into expected.json and drop the known failures that pass now."""
    case = diff.case
    expected: dict[str, Any] = case.expected() or {}
    for change in diff.writable:
        if change.status == "removed":
            expected.pop(change.name, None)
        else:
            expected[change.name] = change.new
    case.expected_path.write_text(dump_json(expected), encoding="utf-8")
    if diff.fixed:
        meta_path = case.folder / CASE_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for change in diff.fixed:
            meta.get("known_failures", {}).pop(change.name, None)
        meta_path.write_text(dump_json(meta), encoding="utf-8")


def update_cases(
    cases: Iterable[FixtureCase],
    *,
    yes: bool,
    ask: Callable[[str], str] | None,
    out: TextIO,
) -> tuple[int, UpdateSummary]:
    """Show every case's differences and write the confirmed ones; returns (exit status, summary).

    `ask` prompts a person (None when there is no terminal). Exit status 1 when differences were left
    unwritten or checks fail, else 0.
    """
    summary = UpdateSummary()
    write_all = yes
    for case in cases:
        summary.cases += 1
        diff = diff_case(case)
        failing = [c for c in diff.changes if c.status == "check_fails"]
        summary.failing_checks += len(failing)
        if not diff.reported:
            continue
        out.write(diff.describe() + "\n")
        if not (diff.writable or diff.fixed):
            continue
        summary.differing += 1
        if not write_all:
            if ask is None:
                continue
            answer = ask(f"write {case.case_id}? [y]es/[N]o/[a]ll/[q]uit ").strip().lower()
            if answer == ANSWER_QUIT:
                break
            write_all = answer == ANSWER_ALL
            if not (write_all or answer in ANSWERS_YES):
                continue
        apply_diff(diff)
        summary.written += 1
    out.write(
        f"{summary.cases} cases, {summary.differing} with differences, {summary.written} written, "
        f"{summary.failing_checks} failing checks\n"
    )
    unresolved = summary.differing - summary.written
    return (EXIT_DIFFERENT if unresolved or summary.failing_checks else EXIT_CLEAN), summary
