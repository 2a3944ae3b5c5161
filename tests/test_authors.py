"""Authors: byline parsing and the author cascade over small hand-written pages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newsspider.extract import extract_article
from newsspider.extract.authors import extract_authors
from newsspider.extract.bylines import clean_name, is_credit, name_line, parse_byline, split_names
from newsspider.extract.page import Page
from newsspider.items import Author
from newsspider.sites import profile_from_dict

URL = "https://www.example-news.com/politics/story"
FETCHED = datetime(2025, 11, 21, tzinfo=UTC)
SITE = '<meta property="og:site_name" content="Example News">'


def page(head: str = "", body: str = "", profile_selectors: dict[str, str] | None = None) -> Page:
    profile = (
        profile_from_dict({"name": "t", "domains": ["example-news.com"], "selectors": profile_selectors})
        if profile_selectors
        else None
    )
    html = f"<html><head>{SITE}{head}</head><body>{body}</body></html>"
    return Page(html, URL, fetched_at=FETCHED, profile=profile)


def ld(author: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {author}}}</script>'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX Updated 3:05 PM",
            ["STEVE PEOPLES", "THOMAS BEAUMONT", "AMELIA THOMSON-DEVEAUX"],
        ),
        ("Von Anna Schmidt und Max Müller", ["Anna Schmidt", "Max Müller"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("di Luca Monaco", ["Luca Monaco"]),
        ("Av Leo Pettersson", ["Leo Pettersson"]),
        ("Автор: Олена Кузьменко", ["Олена Кузьменко"]),
        ("Trine Juncher Jørgensen og Tôrtia Reimer-Johansen", ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]),
        ("By Jon King, News Reporter", ["Jon King"]),
        # A job title after a comma, an agency after the name, a bio sentence: one author each.
        ("By TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
        ("Nicole Chavez, CNN Correspondent", ["Nicole Chavez"]),
        ("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", ["Tom Davies"]),
        ("Dallas Robinson is a freelance writer living in Minneapolis", ["Dallas Robinson"]),
        ("Associated Press", ["Associated Press"]),
        ("Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024", ["Aashish Saxena"]),
        ("capital von Jemima Kelly 05. November 2024", ["Jemima Kelly"]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("By Jane Doe jane.doe@example.com", ["Jane Doe"]),
        ("신현주 기자", ["신현주"]),
        # Places go before a Korean reporter's name: "Suncheon, Gwangyang Koo Hyun-mo, reporter".
        ("순천, 광양 구현모 기자", ["구현모"]),
        ("서울=홍길동 기자", ["홍길동"]),
        # Reporters sharing one role word, listed with a middle dot.
        ("홍길동·김철수 기자", ["홍길동", "김철수"]),
        ("홍길동ㆍ김철수 기자", ["홍길동", "김철수"]),
        # A byline with a hidden copy of the name beside its visible parts reads it twice.
        ("Martin Gramnæs Martin Gramnæs", ["Martin Gramnæs"]),
        # Where the byline was filed is no part of the name.
        ("Associated Press in Valencia", ["Associated Press"]),
        ("Jane Doe in Washington", ["Jane Doe"]),
        ("Jean Dupont à Paris", ["Jean Dupont"]),
        # A role with its beat is no second author.
        ("Von Hannah Ritzmann, Redakteurin für Finanzen", ["Hannah Ritzmann"]),
        # Bylines in more languages: Arabic "by the pen of", Chinese "author:", Turkish "writer:".
        ("بقلم أحمد علي", ["أحمد علي"]),
        ("作者：张三", ["张三"]),
        ("Yazar: Ahmet Yılmaz", ["Ahmet Yılmaz"]),
        # A date after the name, month first: the name ends before the month.
        ("Associated Press April 28, 2023", ["Associated Press"]),
        ("By Jane Doe Sept. 4, 2024", ["Jane Doe"]),
        ("By Theresa May", ["Theresa May"]),
        # The serial comma: ", and" is one separator.
        ("Dana A. Ford, Chien-Ming Wang, and Tom Watkins", ["Dana A. Ford", "Chien-Ming Wang", "Tom Watkins"]),
        # A writer card read whole: its label goes, and the rest (name, desk, "Follow", topics) is no name.
        ("この記事を書いた人 渡辺洋介", ["渡辺洋介"]),
        ("この記事を書いた人 渡辺洋介 東京社会部 フォロー 専門・関心分野 戦争、平和", []),
        ("Foto: Mads Claus Rasmussen", []),
        ("(Image: Getty Images)", []),
        ("https://www.example-news.com/authors/jane-doe/", []),
        ("", []),
        ("   ", []),
        (None, []),
    ],
)
def test_parse_byline(text: str | None, expected: list[str]) -> None:
    assert parse_byline(text) == expected


@pytest.mark.parametrize(
    ("text", "keep_whole", "expected"),
    [
        ("A. Smith, B. Jones and C. Brown", frozenset(), ["A. Smith", "B. Jones", "C. Brown"]),
        ("Le Figaro et AFP", frozenset({"lefigaro"}), ["Le Figaro et AFP"]),
        ("Troy L. Smith, Cleveland.com", frozenset({"clevelandcom"}), ["Troy L. Smith"]),
        ("Guardian staff reporter", frozenset(), ["Guardian staff reporter"]),
        ("", frozenset(), []),
    ],
)
def test_split_names(text: str, keep_whole: frozenset[str], expected: list[str]) -> None:
    assert split_names(text, keep_whole=keep_whole) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  Jane Doe ", "Jane Doe"), ("Reporter", None), ("12345", None), ("", None), ("@handle", None)],
)
def test_clean_name(text: str, expected: str | None) -> None:
    assert clean_name(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("Foto: X", True), ("Photo: Y", True), ("Jane Doe", False)])
def test_is_credit(text: str, expected: bool) -> None:
    assert is_credit(text) is expected


PERSON = (
    '{"@type": "Person", "name": "Jane Doe", "url": "/authors/jane-doe", "jobTitle": "Reporter",'
    ' "description": "Jane covers politics.", "image": {"@type": "ImageObject", "url": "https://cdn.example.com/j.jpg"},'
    ' "sameAs": ["https://twitter.com/janedoe", "https://twitter.com/janedoe"]}'
)


@pytest.mark.parametrize(
    ("head", "body", "expected", "source"),
    [
        (
            ld(PERSON),
            "",
            [
                Author(
                    "Jane Doe",
                    "Reporter",
                    "Jane covers politics.",
                    "https://cdn.example.com/j.jpg",
                    "https://www.example-news.com/authors/jane-doe",
                    ["https://twitter.com/janedoe"],
                )
            ],
            "json-ld",
        ),
        (
            ld('"Mamokete Modiba, Claire Benit-Gbaffou and Tanya Zack"'),
            "",
            [Author("Mamokete Modiba"), Author("Claire Benit-Gbaffou"), Author("Tanya Zack")],
            "json-ld",
        ),
        (
            ld('[{"@type": "Person", "givenName": "Birgit", "familyName": "Baumann"}]'),
            "",
            [Author("Birgit Baumann")],
            "json-ld",
        ),
        (
            ld('{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "jane  doe"}'.join("[]")),
            "",
            [Author("Jane Doe")],
            "json-ld",
        ),
        (
            ld('{"@type": "Organization", "name": "Example News"}'),
            '<h1>T</h1><span class="article__author">Von Seb Dumitru</span>',
            [Author("Seb Dumitru")],
            "markup",
        ),
        (ld('{"@type": "Organization", "name": "Example News"}'), "<h1>T</h1>", [Author("Example News")], "json-ld"),
        (ld('{"@type": "Organization", "name": "Reuters"}'), "", [Author("Reuters")], "json-ld"),
        (
            '<meta name="author" content="Emma Mackenzie"><meta name="author" content="(Image: Getty Images)">',
            "",
            [Author("Emma Mackenzie")],
            "meta",
        ),
        ('<meta name="article:author" content="https://www.facebook.com/example">', "", [], None),
        (
            "",
            '<h1>T</h1><p>von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p>',
            [Author("Dr. Max Kolter", url="https://www.example-news.com/autoren/name/max-kolter")],
            "markup",
        ),
        # A byline block whose text runs the paper into the last name: the author element inside it.
        (
            "",
            '<h1>T</h1><div class="byline-section"><span class="author">Lisa Kaczke and Trevor J. Mitchell</span>'
            '<span class="publication">Sioux Falls Argus Leader</span> Published 10:02 AM EST Nov 19, 2019</div>',
            [Author("Lisa Kaczke"), Author("Trevor J. Mitchell")],
            "markup",
        ),
        # A topic page about a person is no author page; a fact-check's claimant is no byline.
        (
            "",
            '<h1>T</h1><a href="/topics/people/donald-trump.html">Donald Trump</a>'
            '<div class="statement-author"><h4 class="author">The Russian and Syrian defense ministries</h4></div>',
            [],
            None,
        ),
        # A byline as a plain line, with no class or link to tell it by (table-layout pages) ...
        (
            "",
            "<h1>T</h1><font size='2'>By John Smith, Staff Writer<br>March 3, 2008</font>"
            "<p>By Tuesday, it was over.</p>",
            [Author("John Smith")],
            "markup",
        ),
        # ... or a prefix alone before links to the authors' pages.
        (
            "",
            "<h1>T</h1><ul><li>3 Minuten Lesezeit</li><li>Von: <span><a href='/bill-mccarthy'>Bill  MCCARTHY</a>,"
            "</span><span><a href='/marisha-goldhamer'>Marisha GOLDHAMER</a></span></li></ul>",
            [Author("Bill MCCARTHY"), Author("Marisha GOLDHAMER")],
            "markup",
        ),
        # ... but not another story's, in a teaser link, nor a sentence that opens with "By".
        (
            "",
            "<h1>T</h1><p>By Tuesday, it was over.</p><a href='/other'><h6>By Ben Blanchard and Yimou Lee</h6></a>",
            [],
            None,
        ),
        # Each author in an element of their own, with a role: all of them, with their roles.
        (
            "",
            "<h1>T</h1><div class='byline'><span>By</span>"
            "<div class='author'><a href='/authors/lucy-thornton/'>Lucy Thornton</a><span class='job-title'>"
            "News Reporter</span></div><div class='author'><a href='/authors/tim-hanlon/'>Tim Hanlon</a></div>"
            "<div class='author'><a href='/authors/phoebe-tonks/'>Phoebe Tonks</a></div></div><p>Text.</p>",
            [
                Author(
                    "Lucy Thornton", role="News Reporter", url="https://www.example-news.com/authors/lucy-thornton/"
                ),
                Author("Tim Hanlon", url="https://www.example-news.com/authors/tim-hanlon/"),
                Author("Phoebe Tonks", url="https://www.example-news.com/authors/phoebe-tonks/"),
            ],
            "markup",
        ),
        ("", "<h1>T</h1><p>No byline.</p>", [], None),
        ("", "", [], None),
        # A block holding the author and the date is a byline block; a link to a social profile is no byline.
        (
            "",
            "<h1>T</h1><a href='https://bsky.app/profile/example.com'>Bluesky</a><div class='author_date'>"
            "<span class='author'><a rel='author' href='/mywf/157090/'>Stefan Trunzik</a>,</span>"
            "<a class='date' href='/archiv/2024/04/26/'>26.04.2024 10:00 Uhr</a></div><p>Text.</p>",
            [Author("Stefan Trunzik", url="https://www.example-news.com/mywf/157090/")],
            "markup",
        ),
        # Names one per element with nothing between them.
        (
            "",
            "<h1>T</h1><div class='article-byline'><div class='article-origins'><span>Birgit Baumann</span>"
            "<span>Anna Giulia Fink</span><span>Jan Michael Marchart</span></div></div><p>Text.</p>",
            [Author("Birgit Baumann"), Author("Anna Giulia Fink"), Author("Jan Michael Marchart")],
            "markup",
        ),
        # ... but not a writer card's parts (label, name, desk, button).
        (
            "",
            "<h1>標題</h1><div id='writerProfile'><div>この記事を書いた人</div><dl><dt>渡辺洋介</dt>"
            "<dd>東京社会部</dd></dl><button>フォロー</button></div><p>本文。</p>",
            [],
            None,
        ),
        # A meta tag naming the first of the byline's authors: the byline, which names them all.
        (
            '<meta name="author" content="Dominik Bath">',
            "<h1>T</h1><div class='article-byline'>Von Dominik Bath und Theresa Martus</div><p>Text.</p>",
            [Author("Dominik Bath"), Author("Theresa Martus")],
            "markup",
        ),
        # Bylines without an author class: a rel=author link, an <address> block, a Spanish author page.
        (
            "",
            "<h1>T</h1><div class='article-headers-shared-author'><a rel='author' class='x-shared-author__name' "
            "href='/168-jane'>Jane Doe</a></div><p>Text.</p>",
            [Author("Jane Doe", url="https://www.example-news.com/168-jane")],
            "markup",
        ),
        (
            "",
            "<h1>T</h1><address class='not-italic'>Von <span>Eileen Wagner</span></address><p>Text.</p>",
            [Author("Eileen Wagner")],
            "markup",
        ),
        (
            "",
            "<h1>T</h1><p><a href='https://www.example.es/autores/ana-garcia/'>Ana García</a></p><p>Text.</p>",
            [Author("Ana García", url="https://www.example.es/autores/ana-garcia/")],
            "markup",
        ),
        # ... but the publisher's postal address in the footer names nobody.
        (
            "",
            "<h1>T</h1><p>Text.</p><footer><address>Harbour Post, Quay Street, Harbourside</address></footer>",
            [],
            None,
        ),
        (
            "",
            "<h1>T</h1><p>Text.</p><div class='site-footer'><address>Harbour Post, Quay Street</address></div>",
            [],
            None,
        ),
        # Nobody credited but the editors, in the credit that closes a Chinese article.
        (
            "<title>标题</title>",
            "<h1>标题</h1><p>正文。</p><div class='edit'>(责编：牛镛、岳弘彬)</div>",
            [Author("牛镛", role="责编"), Author("岳弘彬", role="责编")],
            "markup",
        ),
        # ... but a byline comes first.
        (
            '<meta name="author" content="张三">',
            "<h1>标题</h1><p>正文。</p><div class='edit'>(责编：牛镛、岳弘彬)</div>",
            [Author("张三")],
            "meta",
        ),
        # The reporter's credit a Korean article ends with, when nothing else credits anyone ...
        (
            '<meta property="og:locale" content="ko_KR">',
            "<h1>제목</h1><p>본문입니다.</p><p>서울=홍길동·김철수 기자</p>",
            [Author("홍길동", role="기자"), Author("김철수", role="기자")],
            "markup",
        ),
        # ... not on a page in another language (it is not scanned for Korean credits).
        (
            '<meta property="og:locale" content="en_US">',
            "<h1>Title</h1><p>Text.</p><p>서울=홍길동·김철수 기자</p>",
            [],
            None,
        ),
        # ... not a teaser's reporter, nor one in a list of other stories.
        (
            "",
            "<h1>제목</h1><p>본문입니다.</p><a href='/b'><p>다른 기사 이영희 기자</p></a>"
            "<ul class='related-news'><li>박민수 기자</li></ul>",
            [],
            None,
        ),
        # A byline named only by a test hook, its classes hashed by a CSS-in-JS build.
        (
            "",
            '<h1>Title</h1><div data-ui-testid="header-byline" class="sc-czxEME dabczi"><div class="sc-dYm">'
            '<a class="sc-zrjhI" href="/meet-the-team/adam-vidler-p4zy7c">Adam Vidler</a> and <span>AP</span>'
            "</div></div><p>Text.</p>",
            [Author("Adam Vidler")],
            "markup",
        ),
        (
            "",
            '<h1>Title</h1><div class="x1"><span data-testid="AuthorByline">Jane Doe</span></div><p>Text.</p>',
            [Author("Jane Doe")],
            "markup",
        ),
    ],
)
def test_extract_authors(head: str, body: str, expected: list[Author], source: str | None) -> None:
    p = page(head, body)
    assert extract_authors(p) == expected
    assert p.provenance.get("authors") == source


CARD = (
    '<h1>T</h1><div class="byline">By Jane Doe</div><article><p>Text.</p></article>'
    '<div class="author-card"><img src="/img/jane.jpg"><a href="/authors/jane-doe">Jane Doe</a>'
    '<span class="author-title">Senior Reporter</span><p class="author-bio">Jane has covered politics since 2010.</p>'
    '<a href="https://twitter.com/janedoe">X</a><a href="https://twitter.com/intent/tweet?url=x">Share</a></div>'
)


def test_author_card_merged_by_name() -> None:
    p = page(ld('{"@type": "Person", "name": "Jane Doe"}'), CARD)
    assert extract_authors(p) == [
        Author(
            "Jane Doe",
            role="Senior Reporter",
            bio="Jane has covered politics since 2010.",
            image="https://www.example-news.com/img/jane.jpg",
            url="https://www.example-news.com/authors/jane-doe",
            same_as=["https://twitter.com/janedoe"],
        )
    ]


def test_profile_selectors_come_first() -> None:
    selectors = {
        "author_card": ".author-card",
        "author_name": "a[href*=authors]",
        "author_role": ".author-title",
        "author_bio": ".author-bio",
        "author_image": "img",
        "author_url": "a[href*=authors]",
        "author_same_as": "a[href*=twitter]",
    }
    p = page(ld('{"@type": "Person", "name": "Someone Else"}'), CARD, selectors)
    assert extract_authors(p) == [
        Author(
            "Jane Doe",
            role="Senior Reporter",
            bio="Jane has covered politics since 2010.",
            image="https://www.example-news.com/img/jane.jpg",
            url="https://www.example-news.com/authors/jane-doe",
            same_as=["https://twitter.com/janedoe", "https://twitter.com/intent/tweet?url=x"],
        )
    ]
    assert p.provenance["authors"] == "profile"


BEM_CARD = (
    '<div class="author-bio-section"><div class="author-bio"><div class="author-bio__text">'
    '<h4 class="author-bio__name"><a href="/author/jane-doe/">Jane Doe</a></h4>'
    '<span class="author-bio__role">{role}</span><p class="author-bio__bio">{bio}</p></div></div></div>'
)


@pytest.mark.parametrize(
    ("role", "bio", "expected_role", "expected_bio"),
    [
        (
            "City Hall Reporter",
            "Jane Doe covers city government.",
            "City Hall Reporter",
            "Jane Doe covers city government.",
        ),
        (
            "Journaliste, rubrique Mer",
            "Jane Doe suit la pêche et les ports.",
            "Journaliste, rubrique Mer",
            "Jane Doe suit la pêche et les ports.",
        ),
        ("Reporter", "Short.", "Reporter", None),
    ],
)
def test_bem_author_card_details(role: str, bio: str, expected_role: str, expected_bio: str | None) -> None:
    card = BEM_CARD.format(role=role, bio=bio)
    authors = extract_authors(page(head='<meta name="author" content="Jane Doe">', body=card))
    assert [(a.name, a.role, a.bio) for a in authors] == [("Jane Doe", expected_role, expected_bio)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mohloai Mpesi", "Mohloai Mpesi"),
        ("MTHOBISI SITHOLE", "MTHOBISI SITHOLE"),
        ("Jean-Luc O’Neill", "Jean-Luc O’Neill"),
        ("The Big Interview", None),  # a heading
        ("KYIV, Ukraine", None),  # a dateline
        ("Jane", None),
        ("Police said the road was closed", None),
        ("Updated 12 May 2024", None),
    ],
)
def test_name_line(line: str, expected: str | None) -> None:
    assert name_line(line) == expected


ACCOUNT_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes",'
    ' "author": {"@id": "https://news.example.co.za/author/admin/", "name": "Example D"}}</script>'
)
TEXT = "<p>The council voted on Tuesday to close the old bridge, citing years of neglect, rising costs and safety.</p>"


def account_page(body: str) -> dict[str, Any]:
    """The record of a page whose JSON-LD credits the site's shared account (/author/admin/)."""
    html = f"<html><head>{ACCOUNT_LD}</head><body><h1>Council votes</h1>{body}</body></html>"
    return extract_article(html, "https://news.example.co.za/council-votes")


def test_name_opening_the_text_is_the_byline_when_only_the_sites_account_is_credited() -> None:
    """JSON-LD and the byline credit the site's shared account; the text opens with the reporter's name
    on a line of its own: that is the author, and no longer the body's first line."""
    record = account_page(
        f"<p>by <a href='/author/admin/' rel='author'>Example D</a></p><article><p><strong>JANE MOKOENA"
        f"</strong></p>{TEXT}{TEXT}</article>"
    )
    assert [a["name"] for a in record["authors"]] == ["JANE MOKOENA"]
    assert record["provenance"]["authors"] == "heuristic"
    assert record["body"].startswith("The council voted")


def test_byline_of_the_sites_account_names_nobody_without_structured_data() -> None:
    """No JSON-LD, no meta tags: a byline linking the site's shared account (/author/admin/) and an author
    card of the site (named only where the <title> adds it to the headline) credit nobody; the name that
    opens the text does."""
    html = (
        "<html><head><title>Council votes - Valley Times</title></head><body><h1>Council votes</h1>"
        "<p class='meta'>by <span class='author'><a href='/author/admin/'>Valley D</a></span></p>"
        f"<article><p><strong>JANE MOKOENA</strong></p>{TEXT}{TEXT}</article>"
        "<div class='author-info'><h2><a href='/profile/valleytimes/' rel='author'>Valley Times</a></h2></div>"
        "</body></html>"
    )
    record = extract_article(html, "https://news.example.co.za/council-votes")
    assert [a["name"] for a in record["authors"]] == ["JANE MOKOENA"]
    assert record["provenance"]["authors"] == "heuristic"


def test_sites_shared_account_stays_the_author_when_nobody_else_is_named() -> None:
    record = account_page(f"<article>{TEXT}</article>")
    assert [a["name"] for a in record["authors"]] == ["Example D"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('window.dataLayer.push({"author":"Ralf Euler","page":{"type":"article"}});', ["Ralf Euler"]),
        ("window.CNN.contentModel = {analytics: {authors: 'Douglas Wood'}, author: 'Douglas Wood'};", ["Douglas Wood"]),
        ('dataLayer.push({"author":"admin"});', []),  # an account, not a person
        ('dataLayer.push({"coauthor":"Jane Doe"});', []),
        ('var rtim = {"articleId":"2da4","authors":"Daniel Aragón","section":"espana"};', ["Daniel Aragón"]),
        ('var t = {"authors" : [ "STEVE PEOPLES", "THOMAS BEAUMONT" ]};', ["STEVE PEOPLES", "THOMAS BEAUMONT"]),
        # An object with a name, as a property or assigned.
        ("""_mmunch['postAuthor'] = {"name":"Adebola Ademuyiwa","ID":11};""", ["Adebola Ademuyiwa"]),
        ('self.state = {"article": {"author": {"@type": "Person", "name": "Jane Doe"}}};', ["Jane Doe"]),
        ('self.state = {"author": {}, "site": {"name": "Example"}};', []),
    ],
)
def test_author_in_the_pages_script_data_when_nothing_else_names_one(script: str, expected: list[str]) -> None:
    p = page('<meta name="author" content="Example Media GmbH">', f"<script>{script}</script><h1>T</h1><p>Text.</p>")
    assert [a.name for a in extract_authors(p)] == (expected or ["Example Media GmbH"])
    assert p.provenance["authors"] == ("heuristic" if expected else "meta")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # An agency in the byline, and no one else credited: the agency wrote it.
        ("Von DPA", ["DPA"]),
        ("AFP", ["AFP"]),
        ("By Reuters", ["Reuters"]),
        # A single word that names no agency credits nobody.
        ("Redaktion", []),
    ],
)
def test_an_agency_in_the_byline_is_the_author_when_no_one_else_is(byline: str, expected: list[str]) -> None:
    text = "<p>" + "The council voted on Tuesday to close the old bridge, citing years of neglect. " * 3 + "</p>"
    body = f"<article><h1>Council closes the old bridge</h1><div class='author'>{byline}</div>{text}{text}</article>"
    authors = extract_authors(page(body=body))
    assert [a.name for a in authors] == expected


def test_a_person_in_the_byline_beats_an_agency() -> None:
    text = "<p>" + "The council voted on Tuesday to close the old bridge, citing years of neglect. " * 3 + "</p>"
    body = f"<article><h1>Council closes the old bridge</h1><div class='author'>By Jane Doe, AFP</div>{text}</article>"
    assert [a.name for a in extract_authors(page(body=body))] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # A link whose label lists someone's articles goes to their page, whatever its path; an icon's
        # <title> inside the link is no part of the name.
        ("Se alla artiklar av Amanda Hällsten", ["Amanda Hällsten"]),
        ("All articles by Amanda Hällsten", ["Amanda Hällsten"]),
        # A label naming someone else, or no one, makes no author link.
        ("Se alla artiklar av Jane Doe", []),
        ("Go to the front page", []),
    ],
)
def test_a_link_labelled_as_someones_articles_is_an_author_link(label: str, expected: list[str]) -> None:
    text = "<p>" + "The council voted on Tuesday to close the old bridge, citing years of neglect. " * 3 + "</p>"
    link = (
        f"<a href='/av/amanda-hallsten' aria-label='{label}'><p>Amanda Hällsten</p>"
        "<svg role='img'><title>chevron-right</title></svg></a>"
    )
    body = f"<article><h1>Council closes the old bridge</h1><div>{link}</div>{text}{text}</article>"
    assert [a.name for a in extract_authors(page(body=body))] == expected
