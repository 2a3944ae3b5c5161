"""Headline, description, canonical URL, language, section and tags over small hand-written pages."""

from __future__ import annotations

import pytest

from newsspider.extract import extract_article
from newsspider.extract.headline import strip_site_name
from newsspider.extract.headline_element import headline_element
from newsspider.extract.markup import headline_halves
from newsspider.extract.metadata import (
    extract_canonical_url,
    extract_description,
    extract_headline,
    extract_language,
    extract_section,
    extract_tags,
    normalize_language,
)
from newsspider.extract.page import Page
from newsspider.extract.section_url import url_section
from newsspider.extract.title_text import title_forms

URL = "https://www.golem.de/news/story-123.html"


def page(head: str = "", body: str = "", lang: str = "") -> Page:
    attr = f' lang="{lang}"' if lang else ""
    return Page(f"<html{attr}><head>{head}</head><body>{body}</body></html>", URL)


def ld(fields: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {fields}}}</script>'


@pytest.mark.parametrize(
    ("head", "body", "expected", "source"),
    [
        (
            '<meta property="og:title" content="Samsung soll Smartphones zerst&amp;ouml;ren - Golem.de">',
            "",
            "Samsung soll Smartphones zerstören",
            "meta",
        ),
        (
            '<meta property="og:title" content="Headline | Example">' + ld('"headline": "Headline"'),
            "",
            "Headline",
            "json-ld",
        ),
        (
            '<meta property="og:title" content="Bubi-Bomber: Thioune fordert Geduld | Sport | BILD.de">'
            '<meta property="og:site_name" content="bild.de">',
            "",
            "Bubi-Bomber: Thioune fordert Geduld",
            "meta",
        ),
        # og:title and twitter:title alike, the JSON-LD headline apart: a social title; JSON-LD wins.
        (
            '<meta property="og:title" content="You won\'t believe this">'
            '<meta name="twitter:title" content="You won\'t believe this">'
            + ld('"headline": "Council cuts bus fares"'),
            "",
            "Council cuts bus fares",
            "json-ld",
        ),
        # og:title alone against a JSON-LD headline that twitter:title repeats: og:title wins.
        (
            '<meta property="og:title" content="Fares cut">'
            '<meta name="twitter:title" content="Bus news: Fares cut">' + ld('"headline": "Bus news: Fares cut"'),
            "",
            "Fares cut",
            "meta",
        ),
        # ... and with no twitter:title, even when the two differ only in their quotation marks.
        (
            '<meta property="og:title" content="Kohberger\'s lawyers">' + ld('"headline": "Kohberger’s lawyers"'),
            "",
            "Kohberger's lawyers",
            "meta",
        ),
        # Quotation marks alone apart: the spelling the <title> gives wins, whichever source it repeats
        # (the <h1> shows typographic quotes either way).
        (
            '<meta property="og:title" content="Doing What\'s Right">'
            '<meta name="twitter:title" content="Culture: Doing What’s Right">'
            "<title>Doing What’s Right | Site</title>" + ld('"headline": "Doing What’s Right"'),
            "<h1>Doing What’s Right</h1>",
            "Doing What’s Right",
            "json-ld",
        ),
        (
            '<meta property="og:title" content="Doing What\'s Right">'
            '<meta name="twitter:title" content="Doing What\'s Right">'
            "<title>Doing What's Right | Site</title>" + ld('"headline": "Doing What’s Right"'),
            "<h1>Doing What’s Right</h1>",
            "Doing What's Right",
            "meta",
        ),
        # The JSON-LD headline loses the site name glued on, as titles do.
        (
            ld('"headline": "Samsung soll Smartphones zerstören - Golem.de"'),
            "",
            "Samsung soll Smartphones zerstören",
            "json-ld",
        ),
        # A headline put in application-name is not taken for the site's name.
        (
            '<meta name="application-name" content="Schools and AI - Children get faster">'
            "<title>Schools and AI - Children get faster</title>",
            "",
            "Schools and AI - Children get faster",
            "markup",
        ),
        # <meta name="headline"> is a declared headline: it beats a title with the section glued on.
        (
            '<meta property="og:title" content="Party expels rival-Politics | Daily">'
            '<meta name="headline" content="Party expels rival">',
            "",
            "Party expels rival",
            "meta",
        ),
        # Two unrelated kickers over one headline: the kicker is a label, the headline what both share.
        (
            '<meta property="og:title" content="Attack on Israel: «Restraint has to do with the US»">',
            "<h1>Escalation in the Middle East - «Restraint has to do with the US»</h1>",
            "«Restraint has to do with the US»",
            "meta",
        ),
        # ... but two wordings of one kicker are not two labels: the headline keeps it.
        (
            '<meta property="og:title" content="Johannesburg has failed its traders: here is a solution">',
            "<h1>Joburg has failed its traders: here is a solution</h1>",
            "Johannesburg has failed its traders: here is a solution",
            "meta",
        ),
        (ld('"headline": "From JSON-LD"'), "<h1>From h1</h1>", "From JSON-LD", "json-ld"),
        ("", "<h1>  From   h1 </h1>", "From h1", "markup"),
        ("<title>Only a title - Golem.de</title>", "", "Only a title", "markup"),
        ("<title>  </title>", "<h1> </h1>", None, None),
        ("", "", None, None),
        # A logo <h1> before the story's: the <h1> that <title> or twitter:title repeats is the headline.
        (
            '<meta name="twitter:title" content="Flood waters rise in the north"><title>Site</title>',
            '<h1 id="logo"><a href="/">Prachatai</a></h1><h1 class="title">Flood waters rise in the north</h1>',
            "Flood waters rise in the north",
            "markup",
        ),
        # An <h1> holding the headline and a link to the front page reads "HeadlineSite": the site goes.
        (
            '<meta name="twitter:title" content="Flood waters rise in the north">',
            '<h1><span>Flood waters rise in the north</span><a href="/">Golem News</a></h1>',
            "Flood waters rise in the north",
            "markup",
        ),
        # An <h1> whose kicker and headline sit in two elements reads without the colon between them:
        # the <title> that gives the same words gives its spelling.
        (
            "<title>Flood inquiry: Two resign | The Daily</title><meta property='og:site_name' content='The Daily'>",
            '<h1><span class="kicker">Flood inquiry</span> <span>Two resign</span></h1>',
            "Flood inquiry: Two resign",
            "markup",
        ),
        # ... and with nothing declared, the first <h1> that is no logo or brand block.
        (
            "",
            '<div class="brand"><h1>Prachatai</h1></div><h1>Flood waters rise in the north</h1>',
            "Flood waters rise in the north",
            "markup",
        ),
    ],
)
def test_extract_headline(head: str, body: str, expected: str | None, source: str | None) -> None:
    p = page(head, body)
    assert extract_headline(p) == expected
    assert p.provenance.get("headline") == source


def test_headline_element_is_the_declared_h1() -> None:
    """An alert <h1> ("Tsunami warning") above the story: the <h1> that <title> names is the headline's,
    and the dates and bylines are looked for around it."""
    p = page(
        "<title>Quake of magnitude 5 hits Miyazaki - The Daily</title>",
        "<h1>Tsunami warning</h1><p>x</p><h1>Quake of magnitude 5 hits Miyazaki</h1><p>By Ann Lee</p>",
    )
    node = headline_element(p)
    assert node is not None
    assert node.text == "Quake of magnitude 5 hits Miyazaki"
    before, after = headline_halves(p)
    assert [n.text for n in after] == ["By Ann Lee"]
    assert "Tsunami warning" in [n.text for n in before]


def test_headline_element_is_an_h2_when_the_only_h1_is_another_story() -> None:
    """A front page's featured story holds the page's one <h1>; the article's headline is an <h2>."""
    p = page(
        "<title>Early reviews for the console are here — and they are not great - Digg</title>",
        "<article class='featured'><h1>Why not fight for the reindeer?</h1></article>"
        "<article class='story'><h2>Early reviews for the console are here — and they are not great</h2></article>",
    )
    node = headline_element(p)
    assert node is not None
    assert node.tag == "h2"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Headline — Kicker - Site",
            {"headline — kicker - site", "headline", "kicker", "site", "headline — kicker", "kicker - site"},
        ),
        ("Plain headline", {"plain headline"}),
        (
            "Quake hits Miyazaki [Miyazaki]：The Daily",
            {
                "quake hits miyazaki [miyazaki]:the daily",
                "quake hits miyazaki [miyazaki]",
                "the daily",
                "quake hits miyazaki",
            },
        ),
    ],
)
def test_title_forms(title: str, expected: set[str]) -> None:
    assert title_forms(title) == expected


@pytest.mark.parametrize(
    ("title", "keys", "expected"),
    [
        ("Headline | The Site", {"thesite"}, "Headline"),
        ("The Site | Headline", {"thesite"}, "Headline"),
        ("Kicker: Headline", {"thesite"}, "Kicker: Headline"),
        ("A longer headline here - News - SRF", {"srf"}, "A longer headline here"),
        ("Kicker - Short - SRF", {"srf"}, "Kicker - Short"),
        ("No separator here", {"thesite"}, "No separator here"),
        ("", {"thesite"}, ""),
    ],
)
def test_strip_site_name(title: str, keys: set[str], expected: str) -> None:
    assert strip_site_name(title, keys) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en_US", "en-US"),
        ("DE", "de"),
        ("pt-br", "pt-BR"),
        ("zh-Hant", "zh-Hant"),
        ("", None),
        (None, None),
        ("1x", None),
    ],
)
def test_normalize_language(value: str | None, expected: str | None) -> None:
    assert normalize_language(value) == expected


@pytest.mark.parametrize(
    ("head", "lang", "expected"),
    [
        ("", "uk", "uk"),
        ('<meta property="og:locale" content="de_DE">', "", "de-DE"),
        (ld('"inLanguage": "fr"'), "", "fr"),
        ("", "", None),
    ],
)
def test_extract_language(head: str, lang: str, expected: str | None) -> None:
    assert extract_language(page(head, lang=lang)) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="description" content=" A  summary. ">', "A summary."),
        (ld('"description": "From JSON-LD"'), "From JSON-LD"),
        ('<meta name="description" content="  ">', None),
        ("", None),
    ],
)
def test_extract_description(head: str, expected: str | None) -> None:
    assert extract_description(page(head)) == expected


def test_description_of_a_page_that_declares_none_is_its_standfirst() -> None:
    standfirst = (
        "Engineers found the storm damage to the old sea wall ran deeper than the survey showed, and the council"
        " must now find another six million."
    )
    text = "".join(
        f"<p>Paragraph {n} of the story, long enough to count as article text: more words on the old harbour walls.</p>"
        for n in range(4)
    )
    heading = f"<hgroup><h1>Harbour wall repairs</h1><p>{standfirst}</p></hgroup>"
    html = f"<html><body><article>{heading}{text}</article></body></html>"
    record = extract_article(html, "https://news.example.com/harbour-wall")
    assert record["description"] == standfirst
    assert record["provenance"]["description"] == "heuristic"
    # A box named "description" after the text has begun is something else (a newsletter's pitch), and a
    # share panel's text under the headline is no standfirst either.
    boxed = f"<div class='newsletter'><p class='_description_x1'>{standfirst}</p></div>"
    shared = f"<div><p id='link-to-sharing-service-description'>{standfirst}</p></div>"
    for heading, after in (("<h1>Harbour wall repairs</h1>", boxed), (f"<h1>Harbour wall repairs</h1>{shared}", "")):
        html = f"<html><body><article>{heading}{text}{after}</article></body></html>"
        assert extract_article(html, "https://news.example.com/harbour-wall")["description"] is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="/news/story-123.html">', "https://www.golem.de/news/story-123.html"),
        ('<meta property="og:url" content="https://www.golem.de/x">', "https://www.golem.de/x"),
        ('<link rel="canonical" href="javascript:void(0)">', None),
        ("", None),
    ],
)
def test_extract_canonical_url(head: str, expected: str | None) -> None:
    assert extract_canonical_url(page(head)) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:section" content="Politik">', "Politik"),
        (ld('"articleSection": ["Wirtschaft", "Politik"]'), "Wirtschaft"),
        # A stock value or the site's own name is no section: the next source is asked.
        ('<meta property="article:section" content="Front Page">' + ld('"articleSection": "Sport"'), "Sport"),
        ('<meta property="article:section" content="Uncategorized">', None),
        (
            '<meta property="article:section" content="tags">' + ld('"articleSection": "the control of nature"'),
            "the control of nature",
        ),
        (
            '<meta property="og:site_name" content="Gizmodo"><meta property="article:section" content="gizmodo.com">',
            None,
        ),
        ("", None),
    ],
)
def test_extract_section(head: str, expected: str | None) -> None:
    assert extract_section(page(head)) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:tag" content="AI"><meta property="article:tag" content="ai">', ["AI"]),
        (ld('"keywords": "Dark Mode, leaderboards; Strava"'), ["Dark Mode", "leaderboards", "Strava"]),
        ('<meta name="keywords" content=" , ">', []),
        # Keywords for machines are no tags: ids, snake_case flags, CODE:VALUE, punctuation.
        (
            '<meta name="keywords" content="@post-id:1913719, ctp_video, RSBI:HUMAN-RIGHTS, &quot;, NATO, Kyiv: war">',
            ["NATO", "Kyiv: war"],
        ),
        # A list of the CMS's facets, an id, the site's own domain (golem.de): none is a tag.
        (
            '<meta name="keywords" content="8ae9ab2d-fe1b-4230-acb8-a59b52877682, Page Type: Article, '
            'NLP Category: Politics, golem.de, return to office">',
            ["return to office"],
        ),
        # The site's brand without its suffix names the site too; a place in its name does not.
        (
            '<meta property="og:site_name" content="Harbour Post Online">'
            '<meta name="keywords" content="Harbour Post, Harbour, ferries">',
            ["Harbour", "ferries"],
        ),
        ("", []),
    ],
)
def test_extract_tags(head: str, expected: list[str]) -> None:
    assert extract_tags(page(head)) == expected


H1 = "<h1>Council approves the new budget for next year</h1>"
CRUMBS = (
    '{"@type": "BreadcrumbList", "itemListElement": ['
    '{"@type": "ListItem", "position": 2, "name": "Politik", "item": "https://www.golem.de/politik/"},'
    '{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.golem.de/"},'
    '{"@type": "ListItem", "position": 3, "name": "Story"}]}'
)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:section" content="Politik">',
            '<nav class="breadcrumb"><a href="/x/">X</a></nav>',
            "Politik",
        ),
        (f'<script type="application/ld+json">{CRUMBS}</script>', H1, "Politik"),
        ("", f'<span class="post-card-primary-tag"><a href="/tag/news/">News</a></span>{H1}', "News"),
        ("", f'<nav class="b-breadcrumbs"><a href="/">Start</a> › <a href="/stadt/">Stadt</a></nav>{H1}', "Stadt"),
        ("", f'<div class="sciezka"><a href="/">Home</a> » <a href="/region/">Region</a></div>{H1}', "Region"),
        (
            "",
            f'<ol itemtype="https://schema.org/BreadcrumbList"><a href="/">Home</a><a href="/sport/">Sport</a>'
            f'<a href="/news/story-123.html">Story</a></ol>{H1}',
            "Sport",
        ),
        ("", f'<div class="kicker">Opinión</div>{H1}', "Opinión"),
        (
            "",
            f'{H1}<p>Text.</p><div class="tax-category">Categories: <a rel="category tag" href="/e/">Education</a>'
            "</div>",
            "Education",
        ),
        ("", f'{H1}<h2 class="section-title">More in Sport</h2>', None),
        ("", f'<div class="author-bio-section">{"long text " * 20}</div>{H1}', None),
        ("", f'<div class="related-section"><a href="/a/">Other</a></div>{H1}', None),
        ("", H1, None),
    ],
)
def test_extract_section_from_markup(head: str, body: str, expected: str | None) -> None:
    assert extract_section(page(head, body)) == expected


TAGS = (
    '<div class="end-meta"><div class="tags">Tags: <a href="/tags/ev/">EV</a> <a href="/tags/audi/">Audi</a>'
    "</div></div>"
)


@pytest.mark.parametrize(
    ("body", "expected", "source"),
    [
        (f"{H1}<p>Text.</p>{TAGS}", ["EV", "Audi"], "markup"),
        (
            f'{H1}<ul class="post-tags"><li><a href="/t/a">#Seoul</a></li><li><a href="/t/b">Korea</a></li></ul>',
            ["Seoul", "Korea"],
            "markup",
        ),
        # WordPress marks a post filed under a tag with "tag-…" classes: no block of tags.
        (f'<article class="post type-post tag-ev">{H1}<p>Text with <a href="/x">a link</a>.</p></article>', [], None),
        # A tag cloud in the sidebar, a menu, or a block of more than 20 links is the site's, not the article's.
        (f'{H1}<aside><div class="tags"><a href="/tags/a/">A</a></div></aside>', [], None),
        (f'{H1}<div class="widget tags"><a href="/tags/a/">A</a></div>', [], None),
        (f'{H1}<div class="tags">{"".join(f"<a href=/tags/{i}/>T{i}</a>" for i in range(21))}</div>', [], None),
    ],
)
def test_tags_from_the_block_that_lists_them(body: str, expected: list[str], source: str | None) -> None:
    p = page("", body)
    assert extract_tags(p) == expected
    assert p.provenance.get("tags") == source


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.sportsnet.ca/tennis/argentina-wins-davis-cup-opener/", "tennis"),
        ("https://www.usatoday.com/story/news/nation/2019/11/19/meth-campaign/", "nation"),
        ("https://krautreporter.de/politik-und-macht/5481-ich-wollte/", "politik und macht"),
        ("https://example.com/en/world/story-slug", "world"),
        ("https://techcrunch.com/2019/11/18/new-york-probe/", None),
        ("https://orf.at/stories/3376705/", None),
        ("https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372", None),
        ("https://example.com/a-story-at-the-root", None),
    ],
)
def test_url_section(url: str, expected: str | None) -> None:
    assert url_section(url) == expected


def test_a_page_that_labels_no_section_sits_in_its_urls_folder() -> None:
    p = Page(f"<html><head></head><body>{H1}<p>Text.</p></body></html>", "https://www.nbcdfw.com/news/local/rescue/")
    assert extract_section(p) == "local"
    assert p.provenance["section"] == "url"


def test_extract_language_from_xml_lang() -> None:
    page = Page('<html xml:lang="fr-fr"><head></head><body><p>Bonjour</p></body></html>', URL)
    assert extract_language(page) == "fr-FR"
    assert page.provenance["language"] == "markup"


@pytest.mark.parametrize(
    ("head", "section", "description"),
    [
        # Entities escaped once more in JSON-LD (no HTML parser decodes script text), tags in a meta description.
        (
            ld('"articleSection": "Politics &amp; Government"')
            + '<meta name="description" content="&lt;p&gt;The minister &lt;b&gt;dodged&lt;/b&gt; it.&lt;/p&gt;">',
            "Politics & Government",
            "The minister dodged it.",
        ),
        # Angle brackets that are no markup stay: a title quoted the Korean way.
        (
            '<meta name="description" content="Fans came to watch <The Palace: Tale of Jang Noksu> again.">',
            None,
            "Fans came to watch <The Palace: Tale of Jang Noksu> again.",
        ),
    ],
)
def test_declared_text_is_plain_text(head: str, section: str | None, description: str) -> None:
    p = page(head)
    assert extract_section(p) == section
    assert extract_description(p) == description
