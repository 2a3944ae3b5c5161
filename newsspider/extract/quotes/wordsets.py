"""Closed word classes used in parsing speaker phrases, the same in every language the extractor reads."""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    {
        "al",
        "al-",
        "el",
        "bin",
        "ibn",
        "abu",
        "de",
        "da",
        "di",
        "del",
        "van",
        "von",
        "der",
        "le",
        "la",
        "du",
        "dos",
        "ter",
    }
)
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
LEADING_WORDS = frozenset({"and", "but", "so", "yet", "however", "meanwhile", "still", "also", "now", "then", "while"})
TRAILING_WORDS = frozenset(
    {
        "also",
        "later",
        "then",
        "previously",
        "only",
        "further",
        "again",
        "once",
        "has",
        "have",
        "had",
        "recently",
        "earlier",
        "simply",
        "just",
        "already",
        "repeatedly",
        "publicly",
        "privately",
        "separately",
        "first",
        "jokingly",
        "since",
        "reportedly",
        "long",
        "often",
    }
)
