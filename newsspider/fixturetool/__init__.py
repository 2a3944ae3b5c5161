"""Fixture maintenance: record a page as a case, update expected records with review, score and gate.

- :mod:`.cases`  where a case goes (site and case names from a URL) and how it is written
- :mod:`.record` fetch a page through a real Scrapy crawler (or read a saved one) and save it as a case
- :mod:`.diff`   per-field differences between a case's expected record and a fresh extraction
- :mod:`.update` re-extract cases, show the differences, write only what was confirmed
- :mod:`.score`  the corpus metrics of ``newseval`` (body F1, title, date, authors) and fixture pass rates
- :mod:`.gate`   quality floors pinned in ``quality/floors.json``, and the rule that they only go up

The command line is ``python -m newsspider fixture record|update|gate|known-failures``.
"""

from __future__ import annotations

from newsspider.fixturetool.cases import case_name_for_url, site_for_url, write_case
from newsspider.fixturetool.diff import CaseDiff, FieldChange, diff_case

__all__ = ["CaseDiff", "FieldChange", "case_name_for_url", "diff_case", "site_for_url", "write_case"]
