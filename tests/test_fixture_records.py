"""One test per field of every fixture case's expected record, plus 'no unexpected fields'.

A failure reads ``kyivindependent/seed-article::quotes``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsspider.casefiles import FixtureCase, iter_cases
from newsspider.extract import extract_article
from newsspider.testing.expect import field_problems

from .conftest import FIXTURES

CASES = [case for case in iter_cases(FIXTURES) if case.expected_path.exists()]


@cache
def _record_of(case_id: str) -> dict[str, Any]:
    case = next(c for c in CASES if c.case_id == case_id)
    return extract_article(case.body(), case.url, fetched_at=case.fetched_at, spider=case.site)


def _record(case: FixtureCase) -> dict[str, Any]:
    return _record_of(case.case_id)


def _field_params() -> list[Any]:
    return [
        pytest.param(case, name, id=f"{case.case_id}::{name}")
        for case in CASES
        for name in (case.expected() or {})
    ]


def test_there_are_article_cases() -> None:
    assert len(CASES) >= 7


@pytest.mark.parametrize(("case", "name"), _field_params())
def test_field(case: FixtureCase, name: str) -> None:
    expected = (case.expected() or {})[name]
    record = _record(case)
    assert name in record, f"{case.case_id}: the record has no field {name!r}"
    problems = field_problems(record[name], expected)
    assert not problems, f"{case.case_id}::{name}: " + "; ".join(problems)


@pytest.mark.parametrize("case", CASES, ids=[c.case_id for c in CASES])
def test_no_unexpected_fields(case: FixtureCase) -> None:
    assert sorted(_record(case)) == sorted(case.expected() or {})
