"""The per-field cascade: try sources in order, keep the first value, record its source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from newsspider.extract.page import Page

T = TypeVar("T")

Step = tuple[str, Callable[["Page"], T | None]]


def cascade(page: Page, field: str, steps: Sequence[tuple[str, Callable[[Page], T | None]]]) -> T | None:
    """Run `steps` (source name, function) in order; the first truthy value wins and its source is recorded."""
    for source, step in steps:
        value = step(page)
        if value:
            page.set_source(field, source)
            return value
    return None
