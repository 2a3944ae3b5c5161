from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_SITE = FIXTURES / "kyivindependent"


@pytest.fixture
def root() -> Path:
    return ROOT
