"""Quotes in French, Spanish and Polish (and Italian, Portuguese, Dutch): marks, inverted attributions,
according phrases, pronouns, titles.

Hand-written sentences; each row gives the paragraphs, the language and the exact quotes expected as
(text, type, speaker, speaker_title).
"""

from __future__ import annotations

import pytest

from newsspider.extract.quotes import extract_quotes

NNBSP = "\u202f"  # the narrow no-break space French typesetting puts inside « »
NBSP = "\u00a0"

Row = tuple[str, str, str | None, str | None]


def _rows(paragraphs: list[str], language: str) -> list[Row]:
    return [(q.text, q.type, q.speaker, q.speaker_title) for q in extract_quotes(paragraphs, language)]


FRENCH: list[tuple[list[str], list[Row]]] = [
    (
        [
            "Le maire Jean Dupont a présenté lundi le budget de la ville.",
            f"«{NNBSP}Nous ne céderons pas{NNBSP}», a déclaré le maire Jean Dupont.",
            f"«{NBSP}Les impôts n'augmenteront pas{NBSP}», a-t-il ajouté.",
        ],
        [
            ("Nous ne céderons pas", "direct", "Jean Dupont", "maire"),
            ("Les impôts n'augmenteront pas", "direct", "Jean Dupont", "maire"),
        ],
    ),
    (
        [f"«{NNBSP}Nous demandons à chacun de rester chez soi{NNBSP}», a déclaré le préfet, Marc Duval, mardi."],
        [("Nous demandons à chacun de rester chez soi", "direct", "Marc Duval", "préfet")],
    ),
    (
        [
            "Mme Claire Petit, directrice de l'hôpital, a visité le service des urgences.",
            f"«{NNBSP}Le site ne fermera pas{NNBSP}», assure-t-elle.",
        ],
        [("Le site ne fermera pas", "direct", "Claire Petit", "directrice de l'hôpital")],
    ),
    # A bare role later refers to the person given that title, though the title had more words.
    (
        [
            f"«{NNBSP}Nous avons gagné{NNBSP}», a affirmé le ministre russe de la Défense, Andreï Belooussov.",
            "Le ministre de la Défense a affirmé que l'offensive «s'est accélérée».",
        ],
        [
            ("Nous avons gagné", "direct", "Andreï Belooussov", "ministre russe de la Défense"),
            ("s'est accélérée", "partial", "Andreï Belooussov", "ministre russe de la Défense"),
        ],
    ),
    (
        ["Selon le préfet Marc Duval, la route restera fermée jusqu'à vendredi."],
        [("la route restera fermée jusqu'à vendredi", "indirect", "Marc Duval", "préfet")],
    ),
    (
        ["D'après Sophie Leroy, porte-parole de la préfecture, aucune victime n'est à déplorer."],
        [("aucune victime n'est à déplorer", "indirect", "Sophie Leroy", "porte-parole de la préfecture")],
    ),
    (
        ["La ministre Anne Martin a inauguré le musée.", "Selon elle, les travaux ont coûté trois millions d'euros."],
        [("les travaux ont coûté trois millions d'euros", "indirect", "Anne Martin", "ministre")],
    ),
    (
        ["Le maire Jean Dupont a déclaré qu'il ne démissionnerait pas."],
        [("il ne démissionnerait pas", "indirect", "Jean Dupont", "maire")],
    ),
    (
        [f"«{NNBSP}Nous ne céderons pas{NNBSP}», a indiqué l'Élysée dans un communiqué."],
        [("Nous ne céderons pas", "direct", "Élysée", None)],
    ),
    # The incise inside the guillemets: the quote is cut around it, both parts are the speaker's.
    (
        [
            "La ministre Marie Dupont était à Lyon mardi.",
            "«Nous ne céderons pas, souligne-t-elle. Le combat continue.»",
            "«Il faut agir vite, explique Jean Martin, sinon il sera trop tard.»",
        ],
        [
            ("Nous ne céderons pas", "direct", "Marie Dupont", "ministre"),
            ("Le combat continue.", "direct", "Marie Dupont", "ministre"),
            ("Il faut agir vite", "direct", "Jean Martin", None),
            ("sinon il sera trop tard.", "direct", "Jean Martin", None),
        ],
    ),
    # ... while a comma inside a quote with no cue after it is the speaker's own.
    (
        ["«Oui, bien sûr, nous venons», dit-il."],
        [("Oui, bien sûr, nous venons", "direct", None, None)],
    ),
]

SPANISH: list[tuple[list[str], list[Row]]] = [
    (
        [
            "La alcaldesa Ana Ruiz visitó el mercado el lunes.",
            "«No vamos a subir los impuestos», dijo la alcaldesa Ana Ruiz.",
            "«Es una cuestión de justicia», afirmó ella.",
        ],
        [
            ("No vamos a subir los impuestos", "direct", "Ana Ruiz", "alcaldesa"),
            ("Es una cuestión de justicia", "direct", "Ana Ruiz", "alcaldesa"),
        ],
    ),
    (
        ["“Hemos hecho todo lo posible”, aseguró el ministro de Sanidad, Luis Martín."],
        [("Hemos hecho todo lo posible", "direct", "Luis Martín", "ministro de Sanidad")],
    ),
    (
        ["Según el alcalde Pedro Gómez, las obras terminarán en junio."],
        [("las obras terminarán en junio", "indirect", "Pedro Gómez", "alcalde")],
    ),
    (
        ["El ministro Luis Martín presentó el plan.", "Según él, el hospital abrirá sus puertas en 2027."],
        [("el hospital abrirá sus puertas en 2027", "indirect", "Luis Martín", "ministro")],
    ),
    (
        ["La alcaldesa Ana Ruiz llegó tarde al pleno.", "«Lo siento mucho por el retraso de hoy», dijo."],
        [("Lo siento mucho por el retraso de hoy", "direct", "Ana Ruiz", "alcaldesa")],
    ),
    (
        ["—No cederemos ante el chantaje —dijo la alcaldesa Ana Ruiz—."],
        [("No cederemos ante el chantaje", "direct", "Ana Ruiz", "alcaldesa")],
    ),
    (
        ["La portavoz Marta López afirmó que el Gobierno no negociará."],
        [("el Gobierno no negociará", "indirect", "Marta López", "portavoz")],
    ),
]

POLISH: list[tuple[list[str], list[Row]]] = [
    (
        [
            "Burmistrz Jan Kowalski przedstawił w poniedziałek budżet miasta.",
            "„Nie podniesiemy podatków” – powiedział burmistrz Jan Kowalski.",
            "„To nasza obietnica” – dodał.",
        ],
        [
            ("Nie podniesiemy podatków", "direct", "Jan Kowalski", "burmistrz"),
            ("To nasza obietnica", "direct", "Jan Kowalski", "burmistrz"),
        ],
    ),
    (
        [
            "– To najważniejsza inwestycja dekady – powiedział na konferencji prasowej minister infrastruktury "
            "Adam Nowak. – Projekt będzie gotowy w 2028 roku."
        ],
        [
            ("To najważniejsza inwestycja dekady", "direct", "Adam Nowak", "minister infrastruktury"),
            ("Projekt będzie gotowy w 2028 roku.", "direct", "Adam Nowak", "minister infrastruktury"),
        ],
    ),
    (
        [
            "Minister Anna Wiśniewska odwiedziła szpital.",
            "«Oddział zostanie otwarty w maju» – zapewniła minister Anna Wiśniewska.",
            "Według niej szpital zostanie rozbudowany.",
        ],
        [
            ("Oddział zostanie otwarty w maju", "direct", "Anna Wiśniewska", "minister"),
            ("szpital zostanie rozbudowany", "indirect", "Anna Wiśniewska", "minister"),
        ],
    ),
    (
        [
            "Burmistrz Jan Kowalski spotkał się z mieszkańcami.",
            "Według Kowalskiego szkoła pozostanie otwarta do 2030 roku.",
        ],
        [("szkoła pozostanie otwarta do 2030 roku", "indirect", "Jan Kowalski", "Burmistrz")],
    ),
    (
        ["Zdaniem ekspertów inwestycja zwróci się w ciągu dziesięciu lat."],
        [("inwestycja zwróci się w ciągu dziesięciu lat", "indirect", "ekspertów", None)],
    ),
    (
        ["Rzeczniczka ratusza Ewa Zielińska powiedziała, że prace potrwają dwa lata."],
        [("prace potrwają dwa lata", "indirect", "Ewa Zielińska", "Rzeczniczka ratusza")],
    ),
]

#: Italian, Portuguese and Dutch: one attributed quote, an according phrase with a pronoun, a clause.
OTHERS: list[tuple[list[str], str, list[Row]]] = [
    (
        [
            "Il sindaco Marco Rossi ha presentato il bilancio.",
            "«Non aumenteremo le tasse», ha detto il sindaco Marco Rossi.",
            "Secondo lui, i lavori finiranno a giugno.",
        ],
        "it",
        [
            ("Non aumenteremo le tasse", "direct", "Marco Rossi", "sindaco"),
            ("i lavori finiranno a giugno", "indirect", "Marco Rossi", "sindaco"),
        ],
    ),
    (
        ["Il portavoce Luca Neri ha dichiarato che il governo non tratterà."],
        "it",
        [("il governo non tratterà", "indirect", "Luca Neri", "portavoce")],
    ),
    (
        [
            "A ministra Ana Santos visitou o hospital.",
            "“O serviço abre em maio”, disse a ministra Ana Santos.",
            "Segundo ela, a obra custou três milhões de euros.",
        ],
        "pt",
        [
            ("O serviço abre em maio", "direct", "Ana Santos", "ministra"),
            ("a obra custou três milhões de euros", "indirect", "Ana Santos", "ministra"),
        ],
    ),
    (
        [
            "Burgemeester Jan de Vries presenteerde de begroting.",
            "“We verhogen de belastingen niet”, zei burgemeester Jan de Vries.",
            "“Dat is een belofte”, zei hij.",
        ],
        "nl",
        [
            ("We verhogen de belastingen niet", "direct", "Jan de Vries", "burgemeester"),
            ("Dat is een belofte", "direct", "Jan de Vries", "burgemeester"),
        ],
    ),
    (
        ["Het waterschap verwacht geen problemen, aldus woordvoerder Kees Jansen."],
        "nl",
        [("Het waterschap verwacht geen problemen", "indirect", "Kees Jansen", "woordvoerder")],
    ),
]

#: Marks around a title, a scare-quoted word, a dash list: no quote in any of them.
NOT_QUOTES: list[tuple[list[str], str]] = [
    ([f"Il a relu «{NNBSP}Le Petit Prince{NNBSP}» pendant les vacances."], "fr"),
    ([f"La ville prépare une réforme «{NNBSP}historique{NNBSP}» des transports."], "fr"),
    (["Leyó el libro «Cien años de soledad» en el instituto."], "es"),
    (["Es una reforma «histórica» para la ciudad."], "es"),
    (["—Mañana habrá reunión en el ayuntamiento.", "—El pleno empieza a las diez."], "es"),
    (["Czytał „Pana Tadeusza” w szkole."], "pl"),
    (["To była „historyczna” decyzja dla miasta."], "pl"),
    (["– pierwszy punkt programu – budżet miasta", "– drugi punkt programu – inwestycje"], "pl"),
    (["Ha letto il libro «Il nome della rosa» da ragazzo."], "it"),
    (["É uma reforma «histórica» para a cidade."], "pt"),
    (["Hij las het boek „De avonden” op school."], "nl"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FRENCH)
def test_french(paragraphs: list[str], expected: list[Row]) -> None:
    assert _rows(paragraphs, "fr") == expected


@pytest.mark.parametrize(("paragraphs", "expected"), SPANISH)
def test_spanish(paragraphs: list[str], expected: list[Row]) -> None:
    assert _rows(paragraphs, "es") == expected


@pytest.mark.parametrize(("paragraphs", "expected"), POLISH)
def test_polish(paragraphs: list[str], expected: list[Row]) -> None:
    assert _rows(paragraphs, "pl") == expected


@pytest.mark.parametrize(("paragraphs", "language", "expected"), OTHERS)
def test_italian_portuguese_dutch(paragraphs: list[str], language: str, expected: list[Row]) -> None:
    assert _rows(paragraphs, language) == expected


@pytest.mark.parametrize(("paragraphs", "language"), NOT_QUOTES)
def test_not_quotes(paragraphs: list[str], language: str) -> None:
    assert extract_quotes(paragraphs, language) == []


def test_oblique_name_seen_only_once_is_not_given_out() -> None:
    """A name seen only in the genitive ("według Jana Kowalskiego") is not given out in that form."""
    quotes = extract_quotes(["Według burmistrza Jana Kowalskiego projekt będzie gotowy do końca roku."], "pl")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("projekt będzie gotowy do końca roku", None, "według")]


def test_inverted_cue_is_kept_as_written() -> None:
    paragraphs = ["La ministre Anne Martin était à Lyon.", f"«{NNBSP}Ce musée est une chance{NNBSP}», estime-t-elle."]
    quotes = extract_quotes(paragraphs, "fr-FR")
    assert [(q.speaker, q.cue) for q in quotes] == [("Anne Martin", "estime-t-elle")]


def test_regional_language_tags_use_the_language() -> None:
    paragraph = "«Si no llueve, no habrá agua», advierte Antonio Ruiz, presidente de los regantes."
    quotes = extract_quotes([paragraph], "es-ES")
    assert [(q.text, q.speaker, q.speaker_title) for q in quotes] == [
        ("Si no llueve, no habrá agua", "Antonio Ruiz", "presidente de los regantes")
    ]
