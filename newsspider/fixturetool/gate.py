"""Quality floors: scores the extractor may not drop below, pinned in ``quality/floors.json``.

The file holds ``floors`` (metric → lowest allowed score) and ``lowered``, the record of every floor that
went down, each ``{"metric", "from", "to", "reason"}``. Floors go up in a commit that says so; a floor may
go down only with a ``lowered`` entry for exactly that step, which :func:`lowering_problems` checks against
the previous committed version of the file (found with ``git log``/``git show``).

Metrics are named ``<suite>/<metric>``: ``aeb/body_f1``, ``fundus/title_acc`` ... for the shared corpus,
``fixtures/pass_rate`` for the project's own fixture cases.
"""

from __future__ import annotations

import json
import math
import subprocess
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsspider.exceptions import FixtureError
from newsspider.extract import extract_article
from newsspider.fixturetool.score import score_fixtures, score_suite

if TYPE_CHECKING:
    from pathlib import Path

FLOORS_FILE = "quality/floors.json"
CORPUS_SUITES = ("aeb", "fundus")
FIXTURES_SUITE = "fixtures"
#: How far below a measured score a suggested floor goes: room for noise, not for regressions.
DEFAULT_MARGIN = 0.02
FLOOR_DIGITS = 3
GIT_TIMEOUT_S = 20


@dataclass(slots=True)
class Floors:
    """The contents of a floors file."""

    floors: dict[str, float]
    lowered: list[dict[str, Any]] = field(default_factory=list)
    doc: str = ""

    @classmethod
    def from_json(cls, data: Any, where: str) -> Floors:
        if not isinstance(data, dict) or not isinstance(data.get("floors"), dict):
            raise FixtureError(f"{where}: expected an object with 'floors'")
        floors = data["floors"]
        if not all(isinstance(v, int | float) and 0 <= v <= 1 for v in floors.values()):
            raise FixtureError(f"{where}: every floor is a number from 0 to 1")
        lowered = data.get("lowered", [])
        if not isinstance(lowered, list):
            raise FixtureError(f"{where}: 'lowered' must be a list")
        return cls({str(k): float(v) for k, v in floors.items()}, lowered, str(data.get("_doc", "")))

    def to_json(self) -> dict[str, Any]:
        return {"_doc": self.doc, "floors": dict(sorted(self.floors.items())), "lowered": self.lowered}


def load_floors(path: Path) -> Floors:
    """The floors file at `path`."""
    try:
        return Floors.from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
    except (OSError, json.JSONDecodeError) as exc:
        raise FixtureError(f"{path}: unreadable floors file: {exc}") from exc


def _extract(html: str, url: str) -> dict[str, Any]:
    return extract_article(html, url)


def measure(fixtures: Path, corpus: Path | None) -> dict[str, float]:
    """Every metric: the project's fixtures, and each corpus suite found under `corpus`."""
    scores = {f"{FIXTURES_SUITE}/{k}": v for k, v in score_fixtures(fixtures).items()}
    for suite in CORPUS_SUITES:
        folder = corpus / suite if corpus else None
        if folder is not None and folder.is_dir():
            scores.update({f"{suite}/{k}": v for k, v in score_suite(folder, _extract).items()})
    return scores


def shortfalls(scores: dict[str, float], floors: Floors) -> list[str]:
    """One line per floor that is not met; floors of suites not measured are not judged."""
    return [
        f"{metric}: {scores[metric]:.3f} is below the floor {floor:.3f}"
        for metric, floor in sorted(floors.floors.items())
        if metric in scores and scores[metric] < floor
    ]


def suggest_floors(scores: dict[str, float], floors: Floors, margin: float = DEFAULT_MARGIN) -> dict[str, float]:
    """Floors raised to `margin` below the scores where that is higher; never lowered."""
    raised = dict(floors.floors)
    for metric, floor in floors.floors.items():
        if metric in scores:
            candidate = math.floor((scores[metric] - margin) * 10**FLOOR_DIGITS) / 10**FLOOR_DIGITS
            raised[metric] = max(floor, candidate)
    return raised


def _git(repo: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False, timeout=GIT_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def previous_floors(repo: Path, rel_path: str = FLOORS_FILE) -> tuple[str, Floors] | None:
    """The floors the current file replaces: HEAD's version when the file has uncommitted changes, else
    the version before the last commit that changed it. None when git or that history is not there."""
    current = (repo / rel_path).read_text(encoding="utf-8")
    head = _git(repo, "show", f"HEAD:{rel_path}")
    if head is None:
        return None
    if head != current:
        base = "HEAD"
    else:
        log = _git(repo, "log", "--format=%H", "-n", "2", "--", rel_path)
        commits = (log or "").split()
        if len(commits) < 2:
            return None
        base = commits[1]
    text = _git(repo, "show", f"{base}:{rel_path}")
    if text is None:
        return None
    return base, Floors.from_json(json.loads(text), f"{base}:{rel_path}")


def lowering_problems(previous: Floors, current: Floors) -> list[str]:
    """Floors that went down (or vanished) with no matching ``lowered`` entry giving a reason."""
    problems: list[str] = []
    for entry in current.lowered:
        if not isinstance(entry, dict) or not {"metric", "from", "to", "reason"} <= set(entry):
            problems.append(f"malformed 'lowered' entry {entry!r}: needs metric, from, to, reason")
        elif not str(entry["reason"]).strip():
            problems.append(f"'lowered' entry for {entry['metric']} gives no reason")
    justified = {
        (e["metric"], e["from"], e["to"])
        for e in current.lowered
        if isinstance(e, dict) and str(e.get("reason", "")).strip()
    }
    for metric, old in sorted(previous.floors.items()):
        new = current.floors.get(metric)
        if new is not None and new >= old:
            continue
        if (metric, old, new) not in justified:
            shown = "removed" if new is None else f"lowered to {new}"
            problems.append(
                f"{metric}: floor {old} {shown} without a 'lowered' entry "
                f'{{"metric": "{metric}", "from": {old}, "to": {json.dumps(new)}, "reason": "..."}}'
            )
    return problems
