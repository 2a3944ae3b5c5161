"""Partial quotes whose cue stands a few words away or is of a less common kind, and their speakers.

Invented sentences; each gives (text, type, speaker, cue) of every quote found.
"""

from __future__ import annotations

import pytest

from newsspider.extract.quotes import extract_quotes

Row = tuple[str, str, str | None, str | None]

FOUND = [
    pytest.param(
        ["Mayor Ann Lee spoke on Monday.", "In a radio interview she described the budget as “a betrayal of renters.”"],
        [("a betrayal of renters.", "partial", "Ann Lee", "described")],
        id="pronoun subject after a fronted phrase",
    ),
    pytest.param(
        ["Senator Tom Reyes has since said the vote would happen in “cattle country,” but gave no date."],
        [("cattle country", "partial", "Tom Reyes", "said")],
        id="auxiliary and adverb before the cue",
    ),
    pytest.param(
        ["The Teachers Union has characterized the reform as the “worst possible outcome” for pupils."],
        [("worst possible outcome", "partial", "Teachers Union", "characterized")],
        id="characterized after an auxiliary, a preposition after the quote",
    ),
    pytest.param(
        ["The new tax has been “a total failure” according to Senator Jane Doe, but sales rose."],
        [("a total failure", "partial", "Jane Doe", "according to")],
        id="according to right after the closing mark",
    ),
    pytest.param(
        ["The figures point to “a deep crisis in rural lending,” according to the report."],
        [("a deep crisis in rural lending", "partial", "report", "according to")],
        id="according to after a comma inside the marks",
    ),
    pytest.param(
        ["Karen Wills, a nurse at a county hospital, said managers have “ignored” staff for years."],
        [("ignored", "partial", "Karen Wills", "said")],
        id="a verb in marks after an auxiliary is not a modifier",
    ),
    pytest.param(
        ["The engineers found the fault, Morales said, and “fixed” the code within hours."],
        [("fixed", "partial", "Morales", "said")],
        id="parenthetical 'X said' before the quote",
    ),
    pytest.param(
        ["Critics cite Mayor Bob Stone, who called it “a betrayal of voters.”"],
        [("a betrayal of voters.", "partial", "Bob Stone", "called")],
        id="relative clause: X, who called it",
    ),
    pytest.param(
        ["The vote came in what Governor Ann Lee called “a dark day for the state.”"],
        [("a dark day for the state.", "partial", "Ann Lee", "called")],
        id="in what X called",
    ),
    pytest.param(
        ["Senator Jane Doe warned of “serious consequences for the region.”"],
        [("serious consequences for the region.", "partial", "Jane Doe", "warned")],
        id="warned of",
    ),
    pytest.param(
        ["Senator Jane Doe said in a statement that the move was “deeply irresponsible.”"],
        [("deeply irresponsible.", "partial", "Jane Doe", "said")],
        id="said in a statement that",
    ),
    pytest.param(
        ["Ruth Ames, head of the watchdog, compared the scheme to “a pyramid built on promises.”"],
        [("a pyramid built on promises.", "partial", "Ruth Ames", "compared")],
        id="compared to",
    ),
    pytest.param(
        ["Kim Ortiz remembered her father rehearsing in the garage and “singing until the neighbours complained.”"],
        [("singing until the neighbours complained.", "partial", "Kim Ortiz", "remembered")],
        id="remembered",
    ),
    pytest.param(
        ["Louise Green, director of the fraud unit, Tallis, compared the tactics to “organised crime methods.”"],
        [("organised crime methods.", "partial", "Louise Green", "compared")],
        id="name, role, organisation: the name",
    ),
    pytest.param(
        [
            "Police arrested Dan Hyde on Friday.",
            "During the call, Hyde asked about the mayor, called him a “traitor” and said, "
            "“someone should teach him a lesson,” prosecutors said.",
        ],
        [
            ("traitor", "partial", "Dan Hyde", "asked"),
            ("someone should teach him a lesson", "direct", "Dan Hyde", "said"),
        ],
        id="'and said,' takes the sentence's subject, not the reporting source",
    ),
    pytest.param(
        [
            "Premier Joan Ito met the opposition leader.",
            "But Ito brushed him off, saying only, “We will not use the money in any illegal way.”",
        ],
        [("We will not use the money in any illegal way.", "direct", "Joan Ito", "saying")],
        id="participle after a comma introduces the quote",
    ),
    pytest.param(
        [
            "Mark Dillon Jr. pleaded guilty on Monday.",
            "Dillon was arrested in May for a call in which he said he would put a “bullet in her head.”",
        ],
        [("bullet in her head.", "partial", "Mark Dillon Jr", "said")],
        id="a surname before a suffix, the pronoun resolved to it",
    ),
    pytest.param(
        ["In her speech, Harris said the episode “is one of the reasons I became a prosecutor.”"],
        [("is one of the reasons I became a prosecutor.", "partial", "Harris", "said")],
        id="a sentence in marks after a work word is speech, not a title",
    ),
]

REJECTED = [
    pytest.param("Officials toured the “new” and “improved” facility on Monday.", id="scare quotes, no cue"),
    pytest.param("The city has “reformed” schools, and the budget was “balanced” last year.", id="after auxiliaries"),
    pytest.param("The museum opened the exhibition “a journey through time” last week.", id="a work's title"),
    pytest.param("Voters were promised a “fresh start” by the campaign.", id="modifier-like, no speaker"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_partial_quotes_and_speakers(paragraphs: list[str], expected: list[Row]) -> None:
    found = [(q.text, q.type, q.speaker, q.cue) for q in extract_quotes(paragraphs, "en")]
    assert found == expected


@pytest.mark.parametrize("sentence", REJECTED)
def test_scare_quotes_without_attribution_stay_rejected(sentence: str) -> None:
    assert [q for q in extract_quotes([sentence], "en") if q.type != "indirect"] == []
