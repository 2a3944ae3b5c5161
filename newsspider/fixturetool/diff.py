"""Per-field differences between a case's expected record and what the extractor returns now.

Each field of the union of both records gets a status:

- ``same``        the expectation holds (a literal equal, or checks that pass)
- ``changed``     a literal differs: the new value would replace it
- ``added``       the record has a field the expected record lacks
- ``removed``     the expected record has a field the record no longer has
- ``check_fails`` checks (``$contains`` ...) that no longer pass: kept, reported for a human to decide
- ``known``       a field listed in the case's ``known_failures`` that still fails: the truth is kept
- ``fixed``       a known failure that now passes: its ``known_failures`` entry can go
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsspider.extract import extract_article
from newsspider.testing.expect import field_problems, is_check

if TYPE_CHECKING:
    from newsspider.casefiles import FixtureCase

MAX_SHOWN_CHARS = 160
WRITABLE = frozenset({"changed", "added", "removed"})
MARKS = {"changed": "~", "added": "+", "removed": "-", "check_fails": "!", "known": "x", "fixed": "*", "same": "="}


@dataclass(slots=True)
class FieldChange:
    """What happened to one field."""

    name: str
    status: str
    old: Any = None
    new: Any = None
    problems: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One line (or a few, for lists) saying what changed, old → new."""
        head = f"  {MARKS[self.status]} {self.name}"
        if self.status == "changed":
            return f"{head}: " + _describe_change(self.old, self.new)
        if self.status == "added":
            return f"{head}: (new field) {_short(self.new)}"
        if self.status == "removed":
            return f"{head}: {_short(self.old)} (field gone from the record)"
        if self.status == "check_fails":
            return f"{head}: checks fail, kept as they are: {'; '.join(self.problems)}"
        if self.status == "known":
            return f"{head}: known failure, truth kept (got {_short(self.new)})"
        if self.status == "fixed":
            return f"{head}: known failure now passes: its known_failures entry can go"
        return f"{head}: unchanged"


@dataclass(slots=True)
class CaseDiff:
    """The field changes of one case."""

    case: FixtureCase
    changes: list[FieldChange]

    @property
    def writable(self) -> list[FieldChange]:
        """Changes an update would write into expected.json."""
        return [c for c in self.changes if c.status in WRITABLE]

    @property
    def fixed(self) -> list[FieldChange]:
        return [c for c in self.changes if c.status == "fixed"]

    @property
    def reported(self) -> list[FieldChange]:
        """Everything worth showing (all but 'same')."""
        return [c for c in self.changes if c.status != "same"]

    def describe(self) -> str:
        return "\n".join([self.case.case_id, *(c.describe() for c in self.reported)])


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def _describe_change(old: Any, new: Any) -> str:
    if isinstance(old, list) and isinstance(new, list):
        old_keys = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in old]
        new_keys = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in new]
        gone = [_short(x) for x, k in zip(old, old_keys, strict=True) if k not in new_keys]
        came = [_short(x) for x, k in zip(new, new_keys, strict=True) if k not in old_keys]
        lines = [f"{len(old)} → {len(new)} elements"]
        lines += [f"      - {x}" for x in gone] + [f"      + {x}" for x in came]
        return "\n".join(lines)
    return f"{_short(old)} → {_short(new)}"


def _field_change(name: str, expected: dict[str, Any], record: dict[str, Any], known: dict[str, str]) -> FieldChange:
    if name not in expected:
        return FieldChange(name, "added", new=record[name])
    if name not in record:
        return FieldChange(name, "removed", old=expected[name])
    old, new = expected[name], record[name]
    problems = field_problems(new, old)
    if name in known:
        return FieldChange(name, "known" if problems else "fixed", old=old, new=new, problems=problems)
    if not problems:
        return FieldChange(name, "same", old=old, new=new)
    if is_check(old):
        return FieldChange(name, "check_fails", old=old, new=new, problems=problems)
    return FieldChange(name, "changed", old=old, new=new, problems=problems)


def diff_record(case: FixtureCase, record: dict[str, Any]) -> CaseDiff:
    """How `record` differs from the case's expected record, field by field, in the record's order."""
    expected = case.expected() or {}
    names = list(record) + [k for k in expected if k not in record]
    return CaseDiff(case, [_field_change(n, expected, record, case.known_failures) for n in names])


def extract_case(case: FixtureCase) -> dict[str, Any]:
    """The record the extractor returns for a case now, with the case's frozen fetch time."""
    return extract_article(case.body(), case.url, fetched_at=case.fetched_at, spider=case.site)


def diff_case(case: FixtureCase) -> CaseDiff:
    """Re-extract one case and compare with its expected record."""
    return diff_record(case, extract_case(case))
