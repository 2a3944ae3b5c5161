"""Quotes with their speakers. PLACEHOLDER: being written (issue 4); interface is stable."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsspider.items import Quote


def extract_quotes(paragraphs: list[str], language: str | None = None, headline: str | None = None) -> list[Quote]:
    """Direct, partial and reported speech in `paragraphs`, each with its speaker when known."""
    return []
