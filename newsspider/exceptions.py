"""Exceptions newsspider raises.

NewsspiderError
 ├── UnparseablePage    the input is not an HTML document (empty, binary, broken beyond recovery)
 ├── ProfileError       a site profile file is invalid
 └── FixtureError       a fixture case is incomplete or unknown
"""

from __future__ import annotations


class NewsspiderError(Exception):
    """Base class of newsspider's own errors."""


class UnparseablePage(NewsspiderError):
    """The input cannot be parsed as an HTML document; nothing can be extracted from it."""


class ProfileError(NewsspiderError):
    """A site profile is malformed: unknown keys, wrong types or selectors that do not compile."""


class FixtureError(NewsspiderError):
    """A fixture case is missing a file or a key, or a replayed URL has no case."""
