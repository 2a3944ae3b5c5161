"""Language and site-independent knowledge shipped as JSON in ``newsspider/extract/data/``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "newsspider.extract"
DATA_FOLDER = "data"


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>`` file (read once per process)."""
    text = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER, name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
