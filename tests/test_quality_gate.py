"""The quality gate: the extractor's scores on the fixtures and the shared corpus against quality/floors.json.

One measurement for the module (about 5-10 s with the corpus), then one test per floor, the rule that floors
only go up, and checks that the scoring is newseval's.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from newsspider.fixturetool.gate import (
    FLOORS_FILE,
    Floors,
    load_floors,
    lowering_problems,
    measure,
    previous_floors,
    shortfalls,
    suggest_floors,
)
from newsspider.fixturetool.score import SuiteScore, body_prf, normalize, shingles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
NEWSEVAL = ROOT.parent / "shared" / "tools" / "newseval.py"
FLOORS = load_floors(ROOT / FLOORS_FILE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return measure(ROOT / "fixtures", CORPUS if CORPUS.is_dir() else None)


@pytest.mark.parametrize(("metric", "floor"), sorted(FLOORS.floors.items()), ids=sorted(FLOORS.floors))
def test_score_is_not_below_floor(scores: dict[str, float], metric: str, floor: float) -> None:
    if metric not in scores:
        pytest.skip(f"{metric} not measured here (no {CORPUS})")
    assert scores[metric] >= floor, f"{metric} = {scores[metric]:.3f}, below the floor {floor:.3f}"


def test_floors_only_go_up() -> None:
    found = previous_floors(ROOT)
    if found is None:
        pytest.skip("no earlier version of the floors file in this clone's git history")
    base, previous = found
    problems = lowering_problems(previous, FLOORS)
    assert not problems, f"floors lowered since {base[:12]}: " + "; ".join(problems)


def _floors(floors: dict[str, float], lowered: list[dict[str, Any]] | None = None) -> Floors:
    return Floors(floors, lowered or [])


@pytest.mark.parametrize(
    ("old", "new", "lowered", "problem_count"),
    [
        ({"a": 0.5}, {"a": 0.5}, [], 0),
        ({"a": 0.5}, {"a": 0.6}, [], 0),
        ({"a": 0.5}, {"a": 0.4}, [], 1),
        ({"a": 0.5}, {"a": 0.4}, [{"metric": "a", "from": 0.5, "to": 0.4, "reason": "new hard cases"}], 0),
        ({"a": 0.5}, {"a": 0.4}, [{"metric": "a", "from": 0.5, "to": 0.3, "reason": "other step"}], 1),
        ({"a": 0.5}, {"a": 0.4}, [{"metric": "a", "from": 0.5, "to": 0.4, "reason": " "}], 2),
        ({"a": 0.5}, {}, [], 1),
        ({"a": 0.5}, {}, [{"metric": "a", "from": 0.5, "to": None, "reason": "metric retired"}], 0),
        ({}, {"b": 0.9}, [], 0),
        ({"a": 0.5}, {"a": 0.5}, [{"metric": "a"}], 1),
    ],
)
def test_lowering_needs_a_matching_entry(
    old: dict[str, float], new: dict[str, float], lowered: list[dict[str, Any]], problem_count: int
) -> None:
    assert len(lowering_problems(_floors(old), _floors(new, lowered))) == problem_count


def test_shortfalls_and_raised_floors() -> None:
    floors = _floors({"x/a": 0.8, "x/b": 0.5, "y/c": 0.9})
    assert shortfalls({"x/a": 0.79, "x/b": 0.6}, floors) == ["x/a: 0.790 is below the floor 0.800"]
    assert suggest_floors({"x/a": 0.79, "x/b": 0.6}, floors) == {"x/a": 0.8, "x/b": 0.58, "y/c": 0.9}


def test_floors_file_is_valid_json_with_doc() -> None:
    data = json.loads((ROOT / FLOORS_FILE).read_text(encoding="utf-8"))
    assert set(data) == {"_doc", "floors", "lowered"}
    assert all(0 < v <= 1 for v in data["floors"].values())


def _newseval() -> Any:
    if not NEWSEVAL.exists():
        pytest.skip("shared/tools/newseval.py is not here")
    spec = importlib.util.spec_from_file_location("newseval", NEWSEVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXTS = [
    ("", ""),
    ("one two three", "one two three"),
    ("The quick brown fox jumps over the lazy dog", "The quick brown fox jumps over a lazy dog today"),
    ("Київ, 21 листопада. Уряд заявив про нові кроки.", "Уряд заявив про нові кроки. Реклама."),
    ("a b c d e f g", ""),
]


@pytest.mark.parametrize(("true", "pred"), TEXTS)
def test_body_scoring_matches_newseval(true: str, pred: str) -> None:
    newseval = _newseval()
    assert body_prf(true, pred) == newseval.body_prf(true, pred)
    assert shingles(true) == newseval.shingles(true)


@pytest.mark.parametrize("text", ["  «Hello», World.  ", "Ｆｕｌｌ\u00adwidth — title", "", "’Quoted’"])
def test_normalize_matches_newseval(text: str) -> None:
    assert normalize(text) == _newseval().norm(text)


def test_suite_metrics() -> None:
    suite = SuiteScore()
    suite.add(
        {
            "title": "A Title",
            "authors": ["Ann Lee", "Bo Kim"],
            "date_published": "2026-01-02T10:00:00+01:00",
            "body": "one two three four five",
        },
        {
            "headline": "a title.",
            "authors": [{"name": "Ann Lee"}],
            "date_published": "2026-01-02",
            "body": "one two three four five",
        },
    )
    suite.add({"articleBody": "alpha beta gamma delta"}, {"body": "zeta"})
    metrics = suite.metrics()
    assert metrics == {"body_f1": 0.5, "title_acc": 1.0, "date_acc": 1.0, "author_f1": 0.667}
