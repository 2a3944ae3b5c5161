"""Quotes with their speakers: tables of (paragraphs, expected quotes), exact values."""

from __future__ import annotations

import pytest

from newsspider.extract.quotes import extract_quotes
from newsspider.items import Quote

SEED = [
    "Deputy Prime Minister for European and Euro-Atlantic Integration Olga Stefanishyna told the Associated Press "
    "on Nov. 20 Ukraine would open an investigation into a viral video allegedly showing Ukrainian soldiers opening "
    "fire on captured Russian prisoners.",
    "According to Stefanishyna, it is “highly unlikely” that the short redacted excerpts show what Moscow claims.",
    "The Kremlin accused Ukrainian servicemen of shooting captured Russian servicemen, but a slow-motion version of "
    "the video shows a hidden shooter behind them, possibly meaning that they feigned to surrender.",
    "Dmytro Lubinets, the Ukrainian parliament’s Commissioner for Human Rights, said that Russians had committed a "
    "war crime by using the staged surrender of prisoners. In such a case, they cannot be considered prisoners of "
    "war, but those fighting, he argued. Lubinets didn't provide any further evidence.",
    "Stefanishyna said the Ukrainian military is “absolutely not interested in executing anyone” and has a direct "
    "order to take “as many prisoners of war as possible” to be exchanged for Ukrainian soldiers in Russian captivity.",
    "Stefanishyna said Ukraine had “no problem” with an international investigation.",
]
OLGA = ("Olga Stefanishyna", "Deputy Prime Minister for European and Euro-Atlantic Integration")
LUBINETS = ("Dmytro Lubinets", "Ukrainian parliament’s Commissioner for Human Rights")


def q(  # noqa: PLR0917 - table rows read best as positional tuples
    text: str, kind: str, speaker: str | None, title: str | None, cue: str | None, paragraph: int
) -> Quote:
    return Quote(text=text, type=kind, speaker=speaker, speaker_title=title, cue=cue, paragraph=paragraph)


def test_seed_article() -> None:
    assert extract_quotes(SEED, "en") == [
        q(
            "Ukraine would open an investigation into a viral video allegedly showing Ukrainian soldiers opening fire "
            "on captured Russian prisoners",
            "indirect",
            *OLGA,
            "told",
            0,
        ),
        q("highly unlikely", "partial", *OLGA, "according to", 1),
        q(
            "Russians had committed a war crime by using the staged surrender of prisoners",
            "indirect",
            *LUBINETS,
            "said",
            3,
        ),
        q(
            "In such a case, they cannot be considered prisoners of war, but those fighting",
            "indirect",
            *LUBINETS,
            "argued",
            3,
        ),
        q("absolutely not interested in executing anyone", "partial", *OLGA, "said", 4),
        q("as many prisoners of war as possible", "partial", *OLGA, "said", 4),
        q("no problem", "partial", *OLGA, "said", 5),
    ]


TEASER_CHINA = (
    '"It is legitimate and lawful for China to conduct normal economic, trade and energy cooperation with all '
    "countries around the world, including Russia,\" China's Foreign Ministry said in response to question about "
    'Russian oil purchases posed by Bloomberg. "We will continue to adopt reasonable energy security measures in '
    'accordance with our national interests."'
)
TEASER_TRUMP = (
    '"The highly anticipated meeting between myself, as President of the United States of America, and President '
    'Vladimir Putin, of Russia, will take place next Friday, August 15, 2025, in the Great State of Alaska," Trump '
    'wrote on Truth Social, adding that "further details will follow."'
)


def test_teaser_organisation_speaker() -> None:
    quotes = extract_quotes([TEASER_CHINA], "en")
    assert [(x.type, x.speaker, x.cue) for x in quotes] == [
        ("direct", "China's Foreign Ministry", "said"),
        ("direct", "China's Foreign Ministry", "said"),
    ]
    assert (
        quotes[1].text
        == "We will continue to adopt reasonable energy security measures in accordance with our national interests."
    )


def test_teaser_surname_only() -> None:
    quotes = extract_quotes([TEASER_TRUMP], "en")
    assert [(x.type, x.speaker, x.speaker_title, x.cue) for x in quotes] == [
        ("direct", "Trump", None, "wrote"),
        ("partial", "Trump", None, "wrote"),
    ]
    assert quotes[1].text == "further details will follow."


MARK_STYLES = [
    (["“We will win,” Zelensky said."], "en", q("We will win", "direct", "Zelensky", None, "said", 0)),
    (
        ['"We will win," said Volodymyr Zelensky, the president of Ukraine.'],
        "en",
        q("We will win", "direct", "Volodymyr Zelensky", "president of Ukraine", "said", 0),
    ),
    (["‘We will win,’ Zelensky said."], "en", q("We will win", "direct", "Zelensky", None, "said", 0)),
    (["«We will win», Zelensky said."], "en", q("We will win", "direct", "Zelensky", None, "said", 0)),
    (
        ["„Wir werden gewinnen“, sagte Bundeskanzler Olaf Scholz."],
        "de",
        q("Wir werden gewinnen", "direct", "Olaf Scholz", "Bundeskanzler", "sagte", 0),
    ),
    (
        ["»Wir haben keine Zeit zu verlieren«, betonte Boris Pistorius."],
        "de",
        q("Wir haben keine Zeit zu verlieren", "direct", "Boris Pistorius", None, "betonte", 0),
    ),
    # Swiss German writes «…», as French does.
    (
        ["«Wir senden falsche Signale aus», sagte Alain Schnegg."],
        "de",
        q("Wir senden falsche Signale aus", "direct", "Alain Schnegg", None, "sagte", 0),
    ),
    (["「We will win,」 Zelensky said."], None, q("We will win", "direct", "Zelensky", None, "said", 0)),
]


@pytest.mark.parametrize(("paragraphs", "language", "expected"), MARK_STYLES)
def test_mark_styles(paragraphs: list[str], language: str | None, expected: Quote) -> None:
    assert extract_quotes(paragraphs, language) == [expected]


CASES = [
    pytest.param(
        [
            "Mayor Vitali Klitschko said: “The city is ready for winter.",
            "“Every district has generators.”",
            "He added that heating would start in October.",
        ],
        [
            q(
                "The city is ready for winter. Every district has generators.",
                "direct",
                "Vitali Klitschko",
                "Mayor",
                "said",
                0,
            ),
            q("heating would start in October", "indirect", "Vitali Klitschko", "Mayor", "added", 2),
        ],
        id="multi-paragraph quote, then pronoun",
    ),
    pytest.param(
        ["He said the “plan was bad.", "“The city is ready,” Klitschko said."],
        [
            q("the “plan was bad", "indirect", None, None, "said", 0),
            q("The city is ready", "direct", "Klitschko", None, "said", 1),
        ],
        id="unbalanced mark is dropped, the rest is read",
    ),
    pytest.param(
        ["“We are ready,” Zelensky said. “But we need more air defence.”"],
        [
            q("We are ready", "direct", "Zelensky", None, "said", 0),
            q("But we need more air defence.", "direct", "Zelensky", None, "said", 0),
        ],
        id="split quote: two quotes, one speaker",
    ),
    pytest.param(
        ["“We will not give up.” Zelensky said so on Monday."],
        [q("We will not give up.", "direct", "Zelensky", None, "said", 0)],
        id="speaker in the next sentence",
    ),
    pytest.param(
        [
            "The so-called “peace plan” was rejected.",
            "She starred in the film “Gone With the Wind” last year.",
            "Critics called it a “sham” proposal.",
        ],
        [],
        id="nickname, title of a work and scare quote are not quotes",
    ),
    pytest.param(
        [
            "Dmytro Lubinets, the Ukrainian parliament’s Commissioner for Human Rights, said that the report "
            "was accurate.",
            "The prisoners were moved at night, he argued.",
        ],
        [
            q("the report was accurate", "indirect", *LUBINETS, "said", 0),
            q("The prisoners were moved at night", "indirect", *LUBINETS, "argued", 1),
        ],
        id="pronoun resolved to the last speaker, title kept",
    ),
    pytest.param(
        [
            "Foreign Minister Dmytro Kuleba said Ukraine expects new decisions from its partners.",
            "“It is a matter of time,” Kuleba said.",
        ],
        [
            q(
                "Ukraine expects new decisions from its partners",
                "indirect",
                "Dmytro Kuleba",
                "Foreign Minister",
                "said",
                0,
            ),
            q("It is a matter of time", "direct", "Dmytro Kuleba", "Foreign Minister", "said", 1),
        ],
        id="surname resolved to the full name",
    ),
    pytest.param(
        ["The Kremlin said the talks had stalled.", "“We see no progress,” China's Foreign Ministry said on Monday."],
        [
            q("the talks had stalled", "indirect", "Kremlin", None, "said", 0),
            q("We see no progress", "direct", "China's Foreign Ministry", None, "said", 1),
        ],
        id="organisations",
    ),
    pytest.param(
        ["The bridge was hit twice overnight, according to regional officials."],
        [q("The bridge was hit twice overnight", "indirect", "regional officials", None, "according to", 0)],
        id="according to at the end",
    ),
    pytest.param(
        ["“We are ready,” he said."],
        [q("We are ready", "direct", None, None, "said", 0)],
        id="unresolved pronoun leaves the speaker empty",
    ),
    pytest.param(
        ["Tim Cook said he's extremely proud of the company's record."],
        [q("he's extremely proud of the company's record", "indirect", "Tim Cook", None, "said", 0)],
        id="a contracted pronoun starts the reported clause",
    ),
    pytest.param(
        ["Marina Lacerda said she was abused for years.", "The 37-year-old said the abuse took place in the house."],
        [
            q("she was abused for years", "indirect", "Marina Lacerda", None, "said", 0),
            q("the abuse took place in the house", "indirect", "Marina Lacerda", None, "said", 1),
        ],
        id="the N-year-old is the person last heard",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_english_cases(paragraphs: list[str], expected: list[Quote]) -> None:
    assert extract_quotes(paragraphs, "en") == expected


OTHER_LANGUAGES = [
    pytest.param(
        "uk",
        [
            "«Ми не зупинимося», — сказав Президент України Володимир Зеленський.",
            "Міністр закордонних справ Дмитро Кулеба заявив, що Україна очікує нових рішень.",
            "За словами Кулеби, переговори тривають уже кілька тижнів.",
            "«Це питання часу», — додав він.",
        ],
        [
            q("Ми не зупинимося", "direct", "Володимир Зеленський", "Президент України", "сказав", 0),
            q("Україна очікує нових рішень", "indirect", "Дмитро Кулеба", "Міністр закордонних справ", "заявив", 1),
            q(
                "переговори тривають уже кілька тижнів",
                "indirect",
                "Дмитро Кулеба",
                "Міністр закордонних справ",
                "за словами",
                2,
            ),
            q("Це питання часу", "direct", "Дмитро Кулеба", "Міністр закордонних справ", "додав", 3),
        ],
        id="ukrainian",
    ),
    pytest.param(
        "ru",
        [
            "«Мы готовы к переговорам», — заявил официальный представитель Кремля Дмитрий Песков.",
            "По словам Пескова, никаких контактов не планируется.",
            "Министр иностранных дел Сергей Лавров сказал, что Москва ждет ответа.",
        ],
        [
            q("Мы готовы к переговорам", "direct", "Дмитрий Песков", "официальный представитель Кремля", "заявил", 0),
            q(
                "никаких контактов не планируется",
                "indirect",
                "Дмитрий Песков",
                "официальный представитель Кремля",
                "по словам",
                1,
            ),
            q("Москва ждет ответа", "indirect", "Сергей Лавров", "Министр иностранных дел", "сказал", 2),
        ],
        id="russian",
    ),
    pytest.param(
        "de",
        [
            "„Wir werden die Ukraine unterstützen“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.",
            "Die Lage an der Front sei weiterhin schwierig, so Scholz.",
            "Der Film „Im Westen nichts Neues“ gewann vier Oscars.",
        ],
        [
            q("Wir werden die Ukraine unterstützen", "direct", "Olaf Scholz", "Bundeskanzler", "sagte", 0),
            q("Die Lage an der Front sei weiterhin schwierig", "indirect", "Olaf Scholz", "Bundeskanzler", "so", 1),
        ],
        id="german",
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), OTHER_LANGUAGES)
def test_other_languages(language: str, paragraphs: list[str], expected: list[Quote]) -> None:
    assert extract_quotes(paragraphs, language) == expected


@pytest.mark.parametrize("paragraphs", [[], [""], ["   "], ["No quotes here at all."]])
def test_nothing_to_find(paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs) == []


def test_headline_is_not_a_quote() -> None:
    assert (
        extract_quotes(["“Peace through strength,” Trump said."], "en", headline="Trump: “Peace through strength”")
        == []
    )


def test_unknown_language_falls_back_to_english_and_all_marks() -> None:
    assert extract_quotes(["«We are ready», Zelensky said."], "xx") == [
        q("We are ready", "direct", "Zelensky", None, "said", 0)
    ]


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(paragraphs, "en") if quote.type == "direct"]


def test_organisation_named_after_its_noun_is_what_they_refers_to() -> None:
    paragraphs = [
        "The firm that owns the catalogue, Northwind Records, says the matter is closed.",
        "Northwind Records have denied doing anything wrong.",
        '"We never blocked the performance," they said in a statement.',
    ]
    assert _speakers(paragraphs) == ["Northwind Records"]


def test_quote_introduced_by_its_own_cue_inside_a_reported_frame() -> None:
    paragraphs = [
        "Jonas Pike, 40, pleaded guilty, the Attorney’s Office for the Eastern District said.",
        'He was arrested after a caller recalled that he said, "I will burn it down," the office said.',
    ]
    assert _speakers(paragraphs) == ["Jonas Pike"]


def test_titled_name_with_abbreviated_title_is_a_later_pronoun_referent() -> None:
    paragraphs = [
        "A man threatened Rep. Mara Lindqvist (D-Ore.), officials said.",
        "Sen. Ada Quinn linked the incident to a broadcast.",
        'Lindqvist asked for calm in a letter. She added, "We must answer hate with patience."',
    ]
    assert _speakers(paragraphs) == ["Mara Lindqvist"]


def test_pronoun_subject_of_a_later_cue_is_the_subordinate_clause_subject() -> None:
    """A verb with only an object reports no clause; the later cue does, and "she" is Hale, not Ortiz."""
    paragraphs = [
        "Governor Mark Ortiz spoke first.",
        "When Mayor Dana Hale announced her budget on Monday, she promised that no library would close.",
    ]
    assert [(x.text, x.speaker, x.cue) for x in extract_quotes(paragraphs, "en")] == [
        ("no library would close", "Dana Hale", "promised")
    ]


def test_the_owner_of_a_subject_that_is_no_one_is_whom_a_later_pronoun_means() -> None:
    paragraphs = [
        "President Donald Trump spoke on Monday.",
        "John Williams, the president of the New York Fed, warned of tensions.",
        "Mr. Trump's theatrical embrace is not limited to China. He has suggested he might leave some "
        "trading partners behind.",
    ]
    assert [(q.speaker, q.type) for q in extract_quotes(paragraphs, "en")] == [("Donald Trump", "indirect")]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # One capitalised word never given in full is no person ("Universal" is a studio): "he" is Harper.
        (
            [
                "Director Tom Harper spoke from London.",
                'Universal\'s music division provided some demos. "It grabbed me by the heart," he said.',
            ],
            ["Tom Harper"],
        ),
        # An owner is no subject for a quote standing alone after the sentence: the documents' words.
        (
            [
                "Finance minister Enoch Godongwana's budget documents show more money for the agency.",
                '"Over the period the agency will receive an additional R7.5bn relative to the baseline."',
            ],
            [None],
        ),
    ],
)
def test_an_owner_is_no_subject_when_unknown_or_for_a_quote_alone(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs, "en")] == speakers


def test_a_noun_with_a_name_in_apposition_is_that_persons_title_and_means_them_later() -> None:
    paragraphs = [
        "A video showing the rescue was released on Monday.",
        "The suspect, Michael Webb, was convicted and sentenced to life in federal prison last Thursday.",
        "Officers found the girl in a hotel room.",
        "The suspect said he needed to get dressed.",
    ]
    assert [(q.speaker, q.speaker_title) for q in extract_quotes(paragraphs, "en")] == [("Michael Webb", "suspect")]


def test_a_common_noun_means_nobody_whose_whole_title_it_is_not() -> None:
    """ "The suspect's mother" holds the suspect's title, but is someone else."""
    paragraphs = [
        "The suspect, Michael Webb, was convicted on Thursday.",
        "The suspect's mother said the family had been in shock for weeks.",
    ]
    assert [q.speaker for q in extract_quotes(paragraphs, "en")] == ["suspect's mother"]


@pytest.mark.parametrize(
    ("paragraph", "language", "speakers"),
    [
        (
            '"Our country is doing nothing to help," Nicole Slemp said. As a parent, "we are supposed to keep '
            'the population going, and nobody helps us."',
            "en",
            ["Nicole Slemp", "Nicole Slemp"],
        ),
        # A pronoun introduces nobody new; a name does, and an unread attribution gives no speaker rather
        # than the wrong one.
        (
            'Özgür Özvatan sagt, "Extremisten profitieren von Aufmerksamkeit". Er rät: "Wichtig ist, kleine Demos '
            'vor Ort zu bekämpfen." Eren Güvercin aber sagt, es brauche mehr: "Jene, die ihre Stimme erheben, '
            'müssen gestärkt werden."',
            "de",
            ["Özgür Özvatan", "Özgür Özvatan", None],
        ),
    ],
)
def test_a_quote_introduced_without_attribution_is_the_paragraphs_speaker_so_far(
    paragraph: str, language: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in extract_quotes([paragraph], language)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "language", "speakers"),
    [
        # A newspaper's name is an organisation, all of it ("San" is no first name of "Francisco Chronicle").
        (
            ["The San Francisco Chronicle says police are looking into whether the victim tried to help."],
            "en",
            ["San Francisco Chronicle"],
        ),
        # "Whatever", a numeral or "jeder" opening a sentence is no part of a name.
        (
            [
                "Whatever Apple did for key stability was moved to the new model.",
                "Apple tells us that individual keys can be replaced.",
            ],
            "en",
            ["Apple"],
        ),
        (
            [
                "Der Deutsch-Israeli Rom Braslavski ist wieder frei.",
                "Zwei Jahre war Rom Braslavski in Geiselhaft der Hamas.",
                "„Sie haben mir alle Kleider vom Leib gerissen“, sagt er.",
            ],
            "de",
            ["Rom Braslavski"],
        ),
    ],
)
def test_function_words_and_newspaper_names(paragraphs: list[str], language: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs, language)] == speakers


def test_an_interviewers_question_names_no_speaker_for_the_answer() -> None:
    paragraphs = ["Kennst du die Namen der Wachen?", "„Ich weiß, welche Namen sie mir genannt haben.“"]
    assert [(q.speaker, q.type) for q in extract_quotes(paragraphs, "de")] == [(None, "direct")]


def test_a_german_role_noun_before_a_name_is_a_title() -> None:
    """ "Schülerin", "Tournee-Sieger" (a compound ending with one) title the name after them."""
    paragraphs = [
        "Der ehemalige Tournee-Sieger Sven Hannawald ist empört.",
        "„Da habe ich zwei Worte für: respektlos und dumm!“, sagte Tournee-Sieger Hannawald.",
        "„Der Bot erklärt alles“, sagt Schülerin Diba.",
    ]
    assert [(q.speaker, q.speaker_title) for q in extract_quotes(paragraphs, "de")] == [
        ("Sven Hannawald", "Tournee-Sieger"),
        ("Diba", "Schülerin"),
    ]


def test_a_german_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    paragraphs = [
        "Obwohl Liat und die andere Entführte aus demselben Kibbuz stammten, kannten sie einander nicht.",
        "„Ich weiß es nicht“, sagt Liat.",
    ]
    assert [q.speaker for q in extract_quotes(paragraphs, "de")] == ["Liat"]


def test_a_fronted_adverbial_is_no_subject_and_the_name_after_its_comma_is() -> None:
    """ "In the fall" leads the sentence; Roberts, after the comma, is whom the later "she" means."""
    paragraphs = [
        "Jane Roberts teaches third grade. Sociologist Jessica Calarco studies child care.",
        "Calarco said many mothers leave work.",
        "In the fall, Roberts won't return to teaching. \"I've devoted my life to this profession,\" she said.",
    ]
    assert [(q.speaker, q.type) for q in extract_quotes(paragraphs, "en")][-1] == ("Jane Roberts", "direct")


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # Reported without "that", the clause opened by an adverb or a phrase: its subject or verb comes soon.
        ("Mayor Ana Ruiz said usually the ferry leaves on time, but this week it did not.", "usually the ferry leaves"),
        ("Mayor Ana Ruiz said since the storm hit the coast, she has slept in her office.", "since the storm hit"),
        ("Mayor Ana Ruiz said in the first hours after the flood, they rescued 40 people.", "in the first hours"),
        ("Mayor Ana Ruiz added during the night the river flooded the road.", "during the night the river"),
        # A gerund as the clause's subject, its verb soon after it.
        ("Mayor Ana Ruiz said rebuilding the pier was the best news of her year.", "rebuilding the pier was"),
    ],
)
def test_reported_clause_led_by_an_adverb_or_a_phrase(sentence: str, reported: str) -> None:
    quotes = extract_quotes([sentence], "en")
    assert [(quote.type, quote.speaker) for quote in quotes] == [("indirect", "Ana Ruiz")]
    assert quotes[0].text.startswith(reported)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some riders reported being stuck on the platform for an hour.",  # a gerund: what was reported
        "Ana Ruiz recalled meeting sailors who were desperate for work.",  # ... its object in a relative clause
        "Ana Ruiz asked why the ferry was late again.",  # a question, not a statement
        "Ana Ruiz is a sailor, her brother said, ever since the old captain retired.",  # after a comma: goes on
        "The union claimed responsibility for the strike, which it said ended on Friday.",  # the pronoun's own report
        "A joint order would give them the certainty they have asked for and would lower the price.",  # asked for
        "Critics will say that publishing schedules invites embarrassment.",  # expected, not said
    ],
)
def test_no_reported_clause_led_by_a_gerund_question_or_comma(sentence: str) -> None:
    """(What comes before "…, her brother said," is reported; what goes on after it is not a clause of its own.)"""
    texts = [q.text for q in extract_quotes([sentence], "en") if q.type == "indirect"]
    assert texts in ([], ["Ana Ruiz is a sailor"])


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # The attribution set inside the clause it reports: the clause without it.
        (
            "en",
            ["Marsh said the work starts in March.", "The lifeboat station, he added, would have to wait two years."],
            ("The lifeboat station would have to wait two years", "Marsh", "added"),
        ),
        (
            "en",
            ["Alan Marsh, the borough engineer, spoke on Monday.", "The plan, Marsh said, was sound from the start."],
            ("The plan was sound from the start", "Alan Marsh", "said"),
        ),
        (
            "de",
            ["Kevin Holland-Moritz führt den Betrieb.", "Die Kosten, sagte er, seien deutlich gestiegen."],
            ("Die Kosten seien deutlich gestiegen", "Kevin Holland-Moritz", "sagte"),
        ),
        # A name after its cue is followed by an apposition, not by the rest of a clause.
        (
            "en",
            ["Sinwar is a hard-liner even within Hamas, said Matthew Levitt, senior fellow at an institute."],
            ("Sinwar is a hard-liner even within Hamas", "Matthew Levitt", "said"),
        ),
    ],
)
def test_attribution_inside_the_reported_clause(
    language: str, paragraphs: list[str], expected: tuple[str, str, str]
) -> None:
    last = [q for q in extract_quotes(paragraphs, language) if q.paragraph == len(paragraphs) - 1]
    assert [(q.text, q.speaker, q.cue) for q in last] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A role after the quote: the person named with it earlier.
        (["Maria Lopez, the city treasurer, presented the budget.", "“We have no money left,” the treasurer said."],
         "Maria Lopez"),
        # A speaker no word list knows, framed as one: an article and lower-case words before the cue.
        (["“We have no money left for the roads,” the harbourmaster said."], "harbourmaster"),
        (["“We will rebuild the pier,” a local fisherman said."], "local fisherman"),
        # ... but an adverb is no part of it.
        (["“We will rebuild the pier,” the fisherman later said."], "fisherman"),
    ],
)  # fmt: skip
def test_quote_attributed_to_a_noun_after_it(paragraphs: list[str], speaker: str) -> None:
    last = [q for q in extract_quotes(paragraphs, "en") if q.paragraph == len(paragraphs) - 1]
    assert [(q.type, q.speaker) for q in last] == [("direct", speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        # An apposition with a possessive of several words, or opening with a title word and its complement.
        (
            "Chris Tang, Hong Kong’s new police commissioner, said in an interview that police alone cannot end it.",
            "Chris Tang",
            "Hong Kong’s new police commissioner",
        ),
        (
            "Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a stock-specific market.",
            "Pankaj Pandey",
            "Head of Research at ICICI Securities",
        ),
    ],
)
def test_reported_speech_of_a_name_with_its_apposition(sentence: str, speaker: str, title: str) -> None:
    quotes = extract_quotes([sentence], "en")
    assert [(q.type, q.speaker, q.speaker_title) for q in quotes] == [("indirect", speaker, title)]


def test_participle_cue_and_no_prepositional_speaker() -> None:
    """ "…, asserting that …" reports the sentence's subject; "on social media" before it is a place, no speaker."""
    paragraphs = [
        "Army chief Asim Munir spoke in May.",
        "Munir highlighted the issue of “negative propaganda” on social media, asserting that it poses threats.",
    ]
    quotes = [(q.type, q.speaker) for q in extract_quotes(paragraphs, "en")]
    assert ("indirect", "Asim Munir") in quotes
    assert all(speaker != "on social media" for _, speaker in quotes)


def test_role_refers_to_the_person_with_the_abbreviated_title() -> None:
    """ "Gov. Eric Holcomb" is the governor a later "the governor said" means."""
    paragraphs = [
        "Republican Gov. Eric Holcomb has avoided direct criticism of teachers.",
        "The governor said he was waiting for a teacher pay commission to report.",
    ]
    assert [(q.speaker, q.speaker_title) for q in extract_quotes(paragraphs, "en")] == [
        ("Eric Holcomb", "Republican Gov.")
    ]


def test_an_adverb_and_its_comma_are_no_part_of_a_name() -> None:
    """ "Primarily, Google says …": the name run stops at the comma, and the speaker is Google."""
    sentence = "Primarily, Google says the controller will eventually work wirelessly with phones."
    assert [(q.type, q.speaker) for q in extract_quotes([sentence], "en")] == [("indirect", "Google")]


def test_german_sentence_openings_are_no_names() -> None:
    """ "Seit Jahren" (for years) opens a sentence in capitals: it is no person a later "er" refers to."""
    paragraphs = [
        "Kevin Holland-Moritz führt den Schlachtbetrieb.",
        "Seit Jahren steht die Branche unter Druck.",
        "Das Problem sei der Personalmangel, sagt er.",
    ]
    assert [q.speaker for q in extract_quotes(paragraphs, "de")] == ["Kevin Holland-Moritz"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A speaker noun with a plain word or two of its own: still the speaker.
        ("Executives across the world say they have no choice but to wait.", "Executives across the world"),
        ("The commerce ministry said on Monday that tariffs would stay in place.", "commerce ministry"),
        ("The companies said they wanted to carry passengers by 2030.", "companies"),  # a plural
        # ... but not a phrase with a clause word in it ("as", "which"): no noun speaker there.
        ("The new software as the company said it was patched overnight.", None),
    ],
)
def test_noun_speaker_with_qualifiers(sentence: str, speaker: str | None) -> None:
    assert [(q.type, q.speaker) for q in extract_quotes([sentence], "en")] == [("indirect", speaker)]


def test_a_paragraph_too_long_for_prose_is_not_read() -> None:
    """A line of data (or a page run into one line by broken markup) is full of quote marks; reading each
    against the whole line would take seconds, and what reads as speech there is a record's field."""
    said = '"We will rebuild the bridge," the mayor said.'
    line = " ".join(f'Item {n}: "We will rebuild the bridge," the mayor said.' for n in range(250))
    assert len(line) > 10_000
    assert len(extract_quotes([said, line[:2_000]])) > 1  # read when short enough for prose
    assert [(q.text, q.paragraph) for q in extract_quotes([said, line])] == [("We will rebuild the bridge", 0)]


@pytest.mark.parametrize(
    ("language", "paragraphs", "text"),
    [
        (
            "en",
            ["Reuters could not confirm the account.", "All said they were in shock at the time."],
            "they were in shock at the time",
        ),
        (
            "en",
            ["The report was published on Monday.", "Both said the road had been closed for a week."],
            "the road had been closed for a week",
        ),
        (
            "de",
            ["Drei Journalisten wurden verletzt.", "Alle sagten, sie hätten unter Schock gestanden."],
            "sie hätten unter Schock gestanden",
        ),
    ],
)
def test_a_quantifier_as_subject_names_no_speaker(language: str, paragraphs: list[str], text: str) -> None:
    """ "All said …": the speech is reported, by people the quantifier does not name; neither "All" nor the last
    group mentioned (an agency, a report) is the speaker."""
    quotes = extract_quotes(paragraphs, language)
    assert [(q.text, q.speaker, q.type) for q in quotes] == [(text, None, "indirect")]


@pytest.mark.parametrize(
    ("language", "sentence", "speaker", "title", "text"),
    [
        # Verb-second order: an adverbial opens the sentence, the subject follows the verb.
        ("de", "Am Montag sagte Merz, die Regierung werde handeln.", "Merz", None, "die Regierung werde handeln"),
        ("de", "Dabei sagte der Minister, die Lage sei ernst.", "Minister", None, "die Lage sei ernst"),
        (
            "de",
            "Darin betonte Smotrich, dass er nur Partner einer rechten Regierung sein will.",
            "Smotrich",
            None,
            "er nur Partner einer rechten Regierung sein will",
        ),
        (
            "de",
            "Am Montag sagte Tim Stein, Pressesprecher der MVB, die Lage sei ernst.",
            "Tim Stein",
            "Pressesprecher der MVB",
            "die Lage sei ernst",
        ),
        ("nl", "Later zei de minister dat de situatie ernstig is.", "minister", None, "de situatie ernstig is"),
        # The subject before the verb, as before.
        ("de", "Merz sagte am Montag, die Regierung werde handeln.", "Merz", None, "die Regierung werde handeln"),
    ],
)
def test_verb_second_subject_after_the_verb(
    language: str, sentence: str, speaker: str, title: str | None, text: str
) -> None:
    quotes = extract_quotes([sentence], language)
    assert [(q.speaker, q.speaker_title, q.type, q.text) for q in quotes] == [(speaker, title, "indirect", text)]


def test_verb_second_subject_before_a_direct_quote() -> None:
    sentence = "In einem Interview mit dem Sender sagte Bennett: „Ich werde nicht sein Boxsack sein.“"
    quotes = extract_quotes([sentence], "de")
    assert [(q.speaker, q.type) for q in quotes] == [("Bennett", "direct")]


def test_a_demonstrative_object_before_the_verb_reports_no_clause() -> None:
    """ "Das sagte X, Pressesprecher der MVB, dem Sender": what was said came before; nothing here is reported."""
    assert extract_quotes(["Das sagte Tim Stein, Pressesprecher der MVB, MDR SACHSEN-ANHALT im Interview."], "de") == []


@pytest.mark.parametrize(
    ("language", "sentence", "speaker", "title"),
    [
        ("en", "Rep. Jane Doe (D-Calif.) said the bill would pass next week.", "Jane Doe", "Rep."),
        (
            "de",
            "Nationalrat Marcel Dettling (SZ) sagte, die Linken wollten eine dauerhafte Aufnahme.",
            "Marcel Dettling",
            "Nationalrat",
        ),
    ],
)
def test_a_note_in_parentheses_after_the_name_is_no_part_of_the_speaker(
    language: str, sentence: str, speaker: str, title: str
) -> None:
    quotes = extract_quotes([sentence], language)
    assert [(q.speaker, q.speaker_title) for q in quotes] == [(speaker, title)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # The writer's own voice reports nothing of anyone's.
        ("en", "We've said this before, many times: there is no special hardware required.", []),
        # A first-person narrator inside a quoted account: the words are quoted, by no one the text names.
        ("ru", "Я сказал: «Конечно, вот этот справа — для жены».", [(None, "direct")]),
    ],
)
def test_a_first_person_subject_names_no_speaker(
    language: str, sentence: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(q.speaker, q.type) for q in extract_quotes([sentence], language)] == expected


def test_an_adverb_before_the_cue_is_no_part_of_the_speaker() -> None:
    sentence = "Pressed for details, spokesman Matt Salazar merely said that it was a “step-change” for the company."
    assert [q.speaker for q in extract_quotes([sentence], "en")] == ["Matt Salazar"]


def test_a_note_in_parentheses_before_an_adverb_is_no_part_of_the_speaker() -> None:
    sentence = "Rep. Jane Doe (D-Calif.) once said the bill would pass before the summer recess."
    assert [(q.speaker, q.speaker_title) for q in extract_quotes([sentence], "en")] == [("Jane Doe", "Rep.")]


def test_an_organisation_joined_to_its_name_by_a_genitive_is_the_speaker() -> None:
    sentence = "Darauf antwortete die Partei des Religiösen Zionismus: „Wir verurteilen die Angriffe.“"
    assert [(q.speaker, q.type) for q in extract_quotes([sentence], "de")] == [
        ("Partei des Religiösen Zionismus", "direct")
    ]


def test_a_subheading_names_nobody_a_later_pronoun_could_mean() -> None:
    """ "Umstrittene Spende" is two capitalised words, as every German noun is: no name for "Sie" to mean."""
    paragraphs = [
        "Pam Bondi war lange Staatsanwältin in Florida.",
        "Umstrittene Spende",
        "Sie betonte stets, dass die Spende nichts mit ihrer Entscheidung zu tun gehabt habe.",
    ]
    assert [q.speaker for q in extract_quotes(paragraphs, "de")] == ["Pam Bondi"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        ("Russlandexperte Nico Lange sagte, das Narrativ sei nichts Neues.", "Nico Lange", "Russlandexperte"),
        ("Konzernchef Oliver Blume sagte, die Lage sei ernst.", "Oliver Blume", "Konzernchef"),
        ("Verdi-Sprecher Tjark Sauer sagte, das sei ein Schlag ins Kontor.", "Tjark Sauer", "Verdi-Sprecher"),
    ],
)
def test_a_german_compound_ending_in_a_title_word_is_a_title(sentence: str, speaker: str, title: str) -> None:
    assert [(q.speaker, q.speaker_title) for q in extract_quotes([sentence], "de")] == [(speaker, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In search of answers, a team of scientists has created the most detailed model of the universe to date.",
        "Google's streaming service, Stadia, launches without many of its promised features, at a high price.",
    ],
)
def test_a_cue_word_used_as_an_adjective_reports_nothing(sentence: str) -> None:
    assert extract_quotes([sentence], "en") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        # "der Leyen" and "der Automobilindustrie" look like a dative object, but belong to the name.
        ("Ursula von der Leyen sagte, die Lage sei ernst.", "Ursula von der Leyen", None),
        (
            "EU-Kommissionspräsidentin Ursula von der Leyen sagte, die Lage sei ernst.",
            "Ursula von der Leyen",
            "EU-Kommissionspräsidentin",
        ),
        ("Der Verband der Automobilindustrie sagte, die Lage sei ernst.", "Verband der Automobilindustrie", None),
        # A dative object after the name is still no part of it.
        ("Die Lage sei ernst, sagte Merz der Zeitung.", "Merz", None),
    ],
)
def test_a_name_with_der_is_not_cut_as_an_object(sentence: str, speaker: str, title: str | None) -> None:
    assert [(q.speaker, q.speaker_title) for q in extract_quotes([sentence], "de")] == [(speaker, title)]
