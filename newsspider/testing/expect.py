"""Comparing an extracted field with its expected value in a fixture's ``expected.json``.

A plain expected value must equal the extracted one. An object whose keys start with ``$`` states
checks instead, for fields too long or too open to pin exactly:

  {"$contains": [snippets]}       every snippet occurs in the (text) value
  {"$not_contains": [snippets]}   no snippet occurs in it
  {"$includes": [objects]}        each object matches one list element on the keys it gives
  {"$excludes_urls": [urls]}      no list element has one of these urls
  {"$excludes_texts": [texts]}    no list element's text contains one of these
  {"$min_length": n}              the list has at least n elements
  {"$keys_include": [keys]}       the value is a mapping holding (at least) these keys
  {"$any": true}                  any value passes: the field is present, its value is not pinned

Checks combine: ``{"$contains": [...], "$not_contains": [...]}`` must pass both. ``$any`` is for fields
whose value is real but not worth pinning (``provenance`` while extractors are rewritten); prefer
``$keys_include``, which still says which fields the record must account for.
"""

from __future__ import annotations

from typing import Any

OPERATORS = frozenset(
    {
        "$contains",
        "$not_contains",
        "$includes",
        "$excludes_urls",
        "$excludes_texts",
        "$min_length",
        "$keys_include",
        "$any",
    }
)


def is_check(expected: Any) -> bool:
    """Whether an expected value is a set of checks rather than a literal."""
    return isinstance(expected, dict) and bool(expected) and all(k.startswith("$") for k in expected)


def _matches(element: Any, wanted: dict[str, Any]) -> bool:
    return isinstance(element, dict) and all(element.get(k) == v for k, v in wanted.items())


def field_problems(actual: Any, expected: Any) -> list[str]:
    """What is wrong with `actual` against `expected`; empty when it passes."""
    if not is_check(expected):
        return [] if actual == expected else [f"expected {expected!r}, got {actual!r}"]
    unknown = set(expected) - OPERATORS
    if unknown:
        return [f"unknown checks {sorted(unknown)}"]
    problems: list[str] = []
    text = actual if isinstance(actual, str) else ""
    items = actual if isinstance(actual, list) else []
    problems += [f"missing snippet {s!r}" for s in expected.get("$contains", []) if s not in text]
    problems += [f"unwanted snippet {s!r}" for s in expected.get("$not_contains", []) if s in text]
    problems += [
        f"no element matching {w!r}" for w in expected.get("$includes", []) if not any(_matches(e, w) for e in items)
    ]
    urls = {e.get("url") for e in items if isinstance(e, dict)}
    problems += [f"unwanted url {u!r}" for u in expected.get("$excludes_urls", []) if u in urls]
    texts = [str(e.get("text", "")) for e in items if isinstance(e, dict)]
    problems += [f"unwanted text {t!r}" for t in expected.get("$excludes_texts", []) if any(t in x for x in texts)]
    if len(items) < expected.get("$min_length", 0):
        problems.append(f"{len(items)} elements, expected at least {expected['$min_length']}")
    if "$keys_include" in expected:
        keys = set(actual) if isinstance(actual, dict) else set()
        problems += [f"missing key {k!r}" for k in expected["$keys_include"] if k not in keys]
    return problems
