"""newsspider: a Scrapy-based news crawler and article extractor writing documented JSON Lines."""

from __future__ import annotations

__version__ = "0.1.0"
