"""The language of pages that declare none, or declare English over another language."""

from __future__ import annotations

import pytest

from newsspider.extract import extract_article
from newsspider.extract.language_guess import checked_language, guess_language

GERMAN = (
    "Die elektronische Patientenakte soll in Deutschland die Grundlage für die Digitalisierung des "
    "Gesundheitswesens bilden. Bis zum Jahresende sollen alle Ärzte und Krankenhäuser angeschlossen sein."
)
ENGLISH = (
    "The city council voted on Tuesday to approve the new budget, which includes funding for schools, "
    "roads and parks across the district. It was the first vote of the year and the debate was long."
)
SWAHILI = (
    "Serikali imesema itaendelea kuboresha huduma za afya katika maeneo ya vijijini ili kuhakikisha "
    "wananchi wote wanapata matibabu bora bila kusafiri umbali mrefu kwenda hospitali za mikoa."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(GERMAN, "de"), (ENGLISH, "en"), (SWAHILI, "sw"), ("Too short", None), ("", None), (None, None)],
)
def test_guess_language(text: str | None, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        (None, GERMAN, "de"),
        ("en-US", GERMAN, "de"),  # a CMS default over a German text
        ("en-US", SWAHILI, "sw"),
        ("en-US", ENGLISH, "en-US"),  # kept as declared, region and all
        ("de", ENGLISH, "de"),  # only a declared English is checked
        ("en", "Kurz", "en"),
        (None, "", None),
    ],
)
def test_checked_language(declared: str | None, text: str, expected: str | None) -> None:
    assert checked_language(declared, text) == expected


def test_record_of_a_page_without_a_language_says_it_guessed() -> None:
    html = f"<html><head><title>Patientenakte</title></head><body><article><h1>Patientenakte</h1><p>{GERMAN}</p>"
    html += f"<p>{GERMAN}</p></article></body></html>"
    record = extract_article(html, "https://news.example/2018/09/patientenakte")
    assert record["language"] == "de"
    assert record["provenance"]["language"] == "heuristic"
