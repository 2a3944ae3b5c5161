"""One test per field of every fixture case's expected record, plus 'no unexpected fields'.

A failure reads ``kyivindependent/seed-article::quotes``. A field listed in the case's ``known_failures``
is a strict expected failure: it fails the run when it starts to pass, so the entry is removed with the fix
(``python -m newsspider fixture known-failures`` lists them, ``fixture update --yes`` drops fixed ones).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsspider.casefiles import FixtureCase, iter_cases
from newsspider.crawl.detect import classify_page
from newsspider.extract import Page
from newsspider.extract.record import iso_utc
from newsspider.fixturetool.diff import extract_case
from newsspider.sites import profile_for_url
from newsspider.testing.expect import field_problems

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ALL_CASES = list(iter_cases(FIXTURES))
CASES = [case for case in ALL_CASES if case.expected_path.exists()]
NON_ARTICLE_KINDS = frozenset({"tag", "author", "section", "home", "topic", "search"})
NON_ARTICLES = [case for case in ALL_CASES if case.kind in NON_ARTICLE_KINDS]
MIN_ARTICLE_CASES = 7


@cache
def _record_of(case_id: str) -> dict[str, Any]:
    return extract_case(next(c for c in CASES if c.case_id == case_id))


def _field_params() -> list[Any]:
    params = []
    for case in CASES:
        for name in case.expected() or {}:
            reason = case.known_failures.get(name)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(case, name, id=f"{case.case_id}::{name}", marks=marks))
    return params


def test_there_are_article_cases() -> None:
    assert len(CASES) >= MIN_ARTICLE_CASES


@pytest.mark.parametrize(("case", "name"), _field_params())
def test_field(case: FixtureCase, name: str) -> None:
    expected = (case.expected() or {})[name]
    record = _record_of(case.case_id)
    assert name in record, f"{case.case_id}: the record has no field {name!r}"
    problems = field_problems(record[name], expected)
    assert not problems, f"{case.case_id}::{name}: " + "; ".join(problems)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.case_id}::no-unexpected-fields" for c in CASES])
def test_no_unexpected_fields(case: FixtureCase) -> None:
    assert sorted(_record_of(case.case_id)) == sorted(case.expected() or {})


def test_known_failures_name_expected_fields() -> None:
    unknown = {
        case.case_id: sorted(set(case.known_failures) - set(case.expected() or {}))
        for case in CASES
        if set(case.known_failures) - set(case.expected() or {})
    }
    assert unknown == {}


@pytest.mark.parametrize("case", NON_ARTICLES, ids=lambda c: c.case_id)
def test_non_article_case_has_no_expected_record(case: FixtureCase) -> None:
    assert not case.expected_path.exists()
    assert case.body_path.suffix == ".html"


@pytest.mark.parametrize("case", NON_ARTICLES, ids=lambda c: c.case_id)
def test_detection_skips_non_article_pages(case: FixtureCase) -> None:
    page = Page(case.body(), case.url, fetched_at=case.fetched_at, profile=profile_for_url(case.url))
    verdict = classify_page(page)
    assert not verdict.is_article, f"{case.case_id} ({case.kind}) classified as an article by {verdict.evidence}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.case_id)
def test_expected_record_pins_fetch_time_and_spider(case: FixtureCase) -> None:
    expected = case.expected() or {}
    if "fetched_at" in expected:  # a missing field is test_no_unexpected_fields' business
        assert expected["fetched_at"] == iso_utc(case.fetched_at)
    if "spider" in expected:
        assert expected["spider"] == case.site
