"""Quotes whose speaker, title or extent depends on the rest of the article: tables of exact values."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsspider.extract.quotes import extract_quotes

if TYPE_CHECKING:
    from newsspider.items import Quote

Row = tuple[str, str, str | None, str | None, str | None, int | None]


def rows(quotes: list[Quote]) -> list[Row]:
    return [(q.text, q.type, q.speaker, q.speaker_title, q.cue, q.paragraph) for q in quotes]


EARLIER_TITLES = [
    pytest.param(
        [
            "Not everyone has a desk. Serhii “Didus” Tkachuk, a crane operator at the port, is 64.",
            "“I go up to my cabin when the siren ends, not before,” Tkachuk said with a laugh.",
        ],
        ("Serhii Tkachuk", "crane operator at the port"),
        id="apposition, nickname between the names, surname later",
    ),
    pytest.param(
        [
            "“The River Remembers,” a 2019 book by local historian Valentyna Moroz, traces the city’s history.",
            "Moroz said the war had turned the embankment into a kind of observation deck.",
        ],
        ("Valentyna Moroz", "local historian"),
        id="title before the name, surname later",
    ),
    pytest.param(
        [
            "Hanna Rusu, a freight forwarder in Izmail, has spent 19 years arranging cargo on the Danube.",
            "She added that insurance costs had fallen by roughly a third since the spring.",
        ],
        ("Hanna Rusu", "freight forwarder in Izmail"),
        id="apposition, pronoun later",
    ),
    pytest.param(
        [
            "Andrii Vlasenko, head of research at the Black Sea Logistics Institute, a Kyiv-based think tank, "
            "argued that the ports had changed the way the market prices risk.",
            "According to Vlasenko, insurers now price individual berths.",
        ],
        ("Andrii Vlasenko", "head of research at the Black Sea Logistics Institute"),
        id="'think tank' in the apposition is no cue",
    ),
]


@pytest.mark.parametrize(("paragraphs", "person"), EARLIER_TITLES)
def test_title_from_earlier_mention(paragraphs: list[str], person: tuple[str, str]) -> None:
    last = extract_quotes(paragraphs, "en")[-1]
    assert (last.speaker, last.speaker_title, last.paragraph) == (*person, len(paragraphs) - 1)


ORGANISATIONS = [
    pytest.param(
        [
            "Russia attacked Ukraine overnight with 112 drones and three missiles, Ukraine’s Air Force reported.",
            "Air defense shot down or suppressed 87 drones, the Air Force said.",
        ],
        ["Ukraine’s Air Force", "Ukraine’s Air Force"],
        id="possessive country prefix kept, short form resolved",
    ),
    pytest.param(
        [
            "MedDrill, a Lviv-based startup that makes a first-aid app, has raised $4 million in a seed round, "
            "the company announced on June 30.",
            "According to the company, more than 60,000 people have completed at least one of its courses.",
        ],
        ["MedDrill", "MedDrill"],
        id="'the company' is the startup named before",
    ),
    pytest.param(
        ["Several passenger trains were delayed by up to three hours in the morning, the company said."],
        [None],
        id="'the company' with no company named: no speaker",
    ),
    pytest.param(
        [
            "Ukrzaliznytsia, Ukraine’s state railway, said that traffic on the line between Sumy and Konotop "
            "had fully resumed."
        ],
        ["Ukrzaliznytsia"],
        id="one-word name with an organisation apposition",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), ORGANISATIONS)
def test_organisation_speaker(paragraphs: list[str], speakers: list[str | None]) -> None:
    quotes = extract_quotes(paragraphs, "en")
    assert [q.speaker for q in quotes] == speakers
    assert all(q.speaker_title is None for q in quotes)


VERBYTSKA = ("Олена Вербицька", "речниця Департаменту освіти і науки КМДА")
INFLECTED = [
    pytest.param(
        [
            "«Ми не можемо дозволити, щоб діти знову сиділи вдома», — сказала речниця Департаменту освіти і науки "
            "КМДА Олена Вербицька.",
            "За словами Вербицької, наразі приблизно 70% київських шкіл мають укриття.",
            "Вона додала, що на ремонт укриттів виділили близько 1,2 млрд гривень.",
        ],
        "uk",
        [("сказала", *VERBYTSKA), ("за словами", *VERBYTSKA), ("додала", *VERBYTSKA)],
        id="uk: title with a genitive chain, genitive surname, pronoun",
    ),
    pytest.param(
        ["За словами Вербицької, наразі приблизно 70% київських шкіл мають укриття."],
        "uk",
        [("за словами", None, None)],
        id="uk: unknown name in the genitive is not given out",
    ),
    pytest.param(
        [
            "Як розповів директор ліцею № 142 у Дарницькому районі Андрій Литвин, учні більше не переривають уроки "
            "під час тривог — заняття просто продовжуються в підвальному приміщенні.",
            "«Діти вже знають, що робити», — сказав Литвин.",
        ],
        "uk",
        [
            ("розповів", "Андрій Литвин", "директор ліцею № 142 у Дарницькому районі"),
            ("сказав", "Андрій Литвин", "директор ліцею № 142 у Дарницькому районі"),
        ],
        id="uk: 'як розповів' gives the verb as cue; a dash does not end the clause",
    ),
    pytest.param(
        [
            "Министр иностранных дел Сергей Лавров сказал, что Москва ждет ответа от Вашингтона.",
            "По словам Лаврова, никаких контактов на этой неделе не планируется.",
        ],
        "ru",
        [
            ("сказал", "Сергей Лавров", "Министр иностранных дел"),
            ("по словам", "Сергей Лавров", "Министр иностранных дел"),
        ],
        id="ru: genitive surname",
    ),
]


@pytest.mark.parametrize(("paragraphs", "language", "expected"), INFLECTED)
def test_inflected_surnames(
    paragraphs: list[str], language: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.cue, q.speaker, q.speaker_title) for q in extract_quotes(paragraphs, language)] == expected


def test_uk_dash_stays_in_clause() -> None:
    paragraphs = ["Як розповів директор ліцею Андрій Литвин, учні не переривають уроки — заняття тривають у підвалі."]
    assert [q.text for q in extract_quotes(paragraphs, "uk")] == [
        "учні не переривають уроки — заняття тривають у підвалі"
    ]


BONDAR = ("Yurii Bondar", "director of the Izmail port")
PARTIALS = [
    pytest.param(
        [
            "“We count the drones,” said Yurii Bondar, director of the Izmail port.",
            "Bondar was more blunt. He called the attacks “a war on bread” and said the port would keep working "
            "“as long as there is one crane standing.”",
        ],
        [
            ("We count the drones", "direct", *BONDAR, "said", 0),
            ("a war on bread", "partial", *BONDAR, "called", 1),
            ("as long as there is one crane standing.", "partial", *BONDAR, "said", 1),
        ],
        id="called, then a coordinated said",
    ),
    pytest.param(
        [
            "Ukraine’s Infrastructure Ministry said the ports had handled more than 12 million tons of cargo.",
            "The ministry described the strikes as “systematic attempts to paralyze the region’s logistics.”",
        ],
        [
            (
                "the ports had handled more than 12 million tons of cargo",
                "indirect",
                "Ukraine’s Infrastructure Ministry",
                None,
                "said",
                0,
            ),
            (
                "systematic attempts to paralyze the region’s logistics.",
                "partial",
                "Ukraine’s Infrastructure Ministry",
                None,
                "described",
                1,
            ),
        ],
        id="described ... as, 'the ministry' resolved",
    ),
    pytest.param(
        ["Klitschko vowed to keep the schools open “whatever it takes.”"],
        [("whatever it takes.", "partial", "Klitschko", None, "vowed", 0)],
        id="vowed to",
    ),
    pytest.param(
        [
            "Romania’s Defense Ministry said in a statement that it was “monitoring the situation in real time” "
            "and that its forces had been placed on heightened alert."
        ],
        [
            ("monitoring the situation in real time", "partial", "Romania’s Defense Ministry", None, "said", 0),
            (
                "its forces had been placed on heightened alert",
                "indirect",
                "Romania’s Defense Ministry",
                None,
                "said",
                0,
            ),
        ],
        id="partial, then a second 'and that' clause as indirect speech",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PARTIALS)
def test_partial_cues(paragraphs: list[str], expected: list[Row]) -> None:
    assert rows(extract_quotes(paragraphs, "en")) == expected


CLAUSES = [
    pytest.param(
        "Rusu said that insurance costs had fallen by roughly a third since the spring, though they remain several "
        "times higher than before the invasion.",
        "insurance costs had fallen by roughly a third since the spring, though they remain several times higher "
        "than before the invasion",
        id="subordinate clause kept",
    ),
    pytest.param(
        "Kovalchuk added that the ministry had asked partners for more air defense, but declined to give details.",
        "the ministry had asked partners for more air defense",
        id="second predicate of the speaker left out",
    ),
    pytest.param(
        "China said it is committed to the formula, while the city’s police deny accusations and say they show "
        "restraint.",
        "it is committed to the formula",
        id="subordinate clause with speech of its own left out",
    ),
    pytest.param(
        "Williams said his approach has created leverage — and in some cases, he is right.",
        "his approach has created leverage",
        id="aside after a dash left out",
    ),
]


@pytest.mark.parametrize(("sentence", "clause"), CLAUSES)
def test_reported_clause_extent(sentence: str, clause: str) -> None:
    assert [q.text for q in extract_quotes([sentence], "en") if q.type == "indirect"][:1] == [clause]


def test_multi_paragraph_statement_is_one_quote() -> None:
    paragraphs = [
        "Hanna Rusu, a freight forwarder in Izmail, keeps a go-bag under her desk.",
        "“When the first strikes came, half of my clients canceled their contracts overnight.",
        "“Now they call me to ask which berth is free,” Rusu said.",
    ]
    assert rows(extract_quotes(paragraphs, "en")) == [
        (
            "When the first strikes came, half of my clients canceled their contracts overnight. "
            "Now they call me to ask which berth is free",
            "direct",
            "Hanna Rusu",
            "freight forwarder in Izmail",
            "said",
            1,
        )
    ]
