"""Extraction passes over a folder of pages, untimed: the workload to count instructions on.

    PYTHONHASHSEED=0 OPENBLAS_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python -m newsspider.bench.passes ../shared/corpus/aeb --passes 2

Wall-clock medians on a shared machine vary by about 5% from run to run, more than most changes to the
extractor's speed; the number of instructions callgrind counts for the same workload varies by less than
0.1% (with Python's hash seed fixed and one BLAS thread), so two checkouts compare reliably.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsspider.extract import extract_article
from newsspider.fixturetool.score import iter_suite


def run_passes(folder: Path, passes: int) -> int:
    """Extract every page of `folder` `passes` times, in order; the number of extractions."""
    pages = [(truth.get("url") or "", html) for truth, html in iter_suite(folder)]
    for _ in range(passes):
        for url, html in pages:
            extract_article(html, url)
    return len(pages) * passes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args(argv)
    print(f"{run_passes(args.folder, args.passes)} extractions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
