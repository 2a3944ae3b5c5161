"""extract_body on small hand-written pages: what is kept, what is dropped, in which order."""

from __future__ import annotations

import json

import pytest

from newsspider.extract.body import Body, extract_body
from newsspider.extract.body_clean import WHITESPACE_CHARS, BoilerplateCache
from newsspider.extract.body_collect import Block, clean_blocks
from newsspider.extract.body_lead import find_lead
from newsspider.extract.body_lines import is_boilerplate_line, paywall_end
from newsspider.extract.page import Page
from newsspider.sites import SiteProfile

URL = "https://news.example.com/world/2024/story.html"

P1 = "The council voted on Tuesday to close the old bridge, citing years of neglect, rising costs and safety."
P2 = "Engineers had warned in March that the steel supports were corroded, and that repairs would take months."
P3 = "Residents, many of whom cross the river daily, said they were worried about longer trips to work and school."
P4 = "A temporary ferry service will run from next week, the mayor said, and a new bridge is planned for 2027."
ARTICLE = [P1, P2, P3, P4]


def page_of(article: str, *, around: str = "", head: str = "", profile: SiteProfile | None = None) -> Page:
    html = f"""<html><head><title>Bridge closes</title>{head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World, politics, economy and much more news today</a></nav>
    <main><h1>Council closes the old bridge after years of neglect</h1>{article}</main>
    {around}
    <footer><p>Copyright 2024 Example News, all rights reserved, including text, images, and data.</p></footer>
    </body></html>"""
    return Page(html, URL, profile=profile)


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_plain_article_paragraphs_in_order() -> None:
    page = page_of(f"<article><div class='story'>{paragraphs(*ARTICLE)}</div></article>")
    body = extract_body(page)
    assert body.paragraphs == ARTICLE
    assert body.text == "\n\n".join(ARTICLE)
    assert page.provenance["body"] == "heuristic"


BOILERPLATE_CASES = [
    pytest.param(
        "<aside><p>Most read: other stories, more stories, and even more stories here.</p></aside>", id="aside"
    ),
    pytest.param("<div class='share-buttons'><p>Share this story on every network, today.</p></div>", id="share"),
    pytest.param("<div class='related-articles'><p>Another story, with commas, and more.</p></div>", id="related"),
    pytest.param(
        "<div class='newsletter-signup'><p>Sign up for our newsletter, daily, free.</p></div>", id="newsletter"
    ),
    pytest.param(
        "<div class='postmeta'><p>Posted by the desk on a Monday, in News, with comments closed.</p></div>",
        id="postmeta",
    ),
    pytest.param("<div id='cookie-banner'><p>We use cookies, to improve, your experience.</p></div>", id="cookie"),
    pytest.param(
        "<div class='author-bio'><p>Jane Doe covers cities, transport, and housing.</p></div>", id="author-bio"
    ),
    pytest.param(
        "<figure><img src='a.jpg'><figcaption>The bridge, seen from the north bank.</figcaption></figure>", id="caption"
    ),
    pytest.param("<p>Advertisement</p>", id="stock-line"),
    pytest.param("<p>Read more: <a href='/other'>Why bridges fail, and what cities can do</a></p>", id="teaser"),
    pytest.param("<script>var x = 'A long script text, with commas, that is not text at all.';</script>", id="script"),
    pytest.param(
        "<div style='display:none'><p>Hidden text, with commas, never shown to readers.</p></div>", id="hidden"
    ),
    pytest.param(
        "<div class='hidden'><p>Also hidden text, with commas, never shown to readers.</p></div>", id="hidden-class"
    ),
    pytest.param("<p>Foto: Jane Doe / Example Agency</p>", id="photo-credit"),
    pytest.param(
        "<div class='podpis' itemprop='caption'>The harvest wreath from Belsk, first in the contest.</div>",
        id="microdata-caption",
    ),
    pytest.param(
        "<div class='fotogaleria'><div>Galeria: 3 zdjęć</div><div class='slajd'><img src='b.jpg'>"
        "<span>Wreaths, a parade and apples, in every form.</span></div></div>",
        id="gallery-named-in-polish",
    ),
    pytest.param(
        "<div class='article__report'><strong>Kļūda rakstā?</strong><p>Iezīmējiet tekstu un spiediet Ctrl+Enter, "
        "lai nosūtītu labojamo teksta fragmentu redaktoram!</p></div>",
        id="error-report-widget",
    ),
    pytest.param(
        "<div class='support-pay'><p>Any amount helps: your support keeps the press free, so give today.</p></div>",
        id="donation-box",
    ),
    pytest.param(
        "<div class='article_details_next'><span>Next: a rare loan, the Girl with a Pearl Earring, shown in Japan"
        "</span></div>",
        id="next-article",
    ),
]


@pytest.mark.parametrize("junk", BOILERPLATE_CASES)
def test_boilerplate_inside_the_article_is_dropped(junk: str) -> None:
    page = page_of(f"<article>{paragraphs(P1, P2)}{junk}{paragraphs(P3, P4)}</article>")
    assert extract_body(page).paragraphs == ARTICLE


def test_paywall_notice_ends_the_text_with_its_subscription_box() -> None:
    box = (
        "<div class='cmp-misc021'><p>Already a subscriber? Log in to continue reading.</p>"
        "<dl><dt>With a subscription you get</dt><dd>Every article, every day</dd><dd>The newsletters</dd></dl></div>"
    )
    page = page_of(f"<article>{paragraphs(*ARTICLE)}{box}</article>")
    assert extract_body(page).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "gated",
    [
        # Paragraphs classed as the subscribers' part, one by one ...
        f"<p class='paywall'>{P3}</p><p class='paywall'>{P4}</p>",
        # ... or a hidden box holding them, shown once the reader logs in.
        f"<div class='paywall' hidden>{paragraphs(P3, P4)}</div>",
    ],
)
def test_text_behind_the_paywall_is_the_articles(gated: str) -> None:
    """The part of a paywalled article sent to every reader but shown only to subscribers is article
    text; a short paywall box beside it is not."""
    box = "<div class='paywall-box'><p>Subscribe now</p></div>"
    page = page_of(f"<article>{paragraphs(P1, P2)}{gated}{box}</article>")
    assert extract_body(page).paragraphs == ARTICLE


@pytest.mark.parametrize(
    "box",
    [
        # A paywall's own box is one paragraph at most, however long: a notice or an offer.
        "<div class='paywall'><p>You have read all your free articles this month. Subscribe now for unlimited"
        " access to award-winning journalism, our newsletters and much more.</p><a href='/subscribe'>Go</a></div>",
        "<p class='paywall-offer'>Get unlimited digital access to the Harbour Post for just one pound a week for"
        " the first three months, cancel any time you like.</p>",
    ],
)
def test_paywall_box_with_a_long_paragraph_is_no_text(box: str) -> None:
    page = page_of(f"<article>{paragraphs(*ARTICLE)}{box}</article>")
    assert extract_body(page).paragraphs == ARTICLE


def test_paywall_notice_before_the_text_goes_alone() -> None:
    """A notice over a text that is all there (a soft paywall) is no end: only the notice goes."""
    page = page_of(f"<article><p>This article is for subscribers only.</p>{paragraphs(*ARTICLE)}</article>")
    assert extract_body(page).paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["The quake struck at 9:19 p.m.", "この記事は会員限定です。", "会員向け記事が読み放題"], 1),
        (["Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés."], 0),
        (
            ["Already a subscriber?", "The council met on Monday and voted, after a long debate, to close the bridge."],
            None,
        ),
        (["The council met on Monday.", "It voted to close the bridge."], None),
    ],
)
def test_paywall_end(lines: list[str], expected: int | None) -> None:
    assert paywall_end(lines) == expected


def test_navigation_and_footer_outside_are_ignored() -> None:
    around = "<div class='sidebar'>" + paragraphs("Sidebar story, with commas, and text, and more text.") + "</div>"
    page = page_of(f"<article>{paragraphs(*ARTICLE)}</article>", around=around)
    assert extract_body(page).paragraphs == ARTICLE


def test_subheadings_lists_and_quotes_are_their_own_paragraphs() -> None:
    article = (
        f"<article>{paragraphs(P1, P2)}<h2>What happens next</h2>"
        "<ul><li>Ferry from Monday</li><li>Buses every ten minutes</li></ul>"
        f"<blockquote>We had no choice, the bridge was unsafe.</blockquote>{paragraphs(P3, P4)}</article>"
    )
    assert extract_body(page_of(article)).paragraphs == [
        P1,
        P2,
        "What happens next",
        "Ferry from Monday",
        "Buses every ten minutes",
        "We had no choice, the bridge was unsafe.",
        P3,
        P4,
    ]


def test_trailing_heading_of_a_dropped_box_goes_too() -> None:
    article = (
        f"<article>{paragraphs(*ARTICLE)}<h3>More on this</h3><ul><li><a href='/a'>Other story</a></li></ul></article>"
    )
    assert extract_body(page_of(article)).paragraphs == ARTICLE


def test_br_separated_text_in_a_div() -> None:
    article = f"<div class='content'>{P1}<br><br>{P2}<br/><br/>{P3}<br>\n<br>{P4}</div>"
    assert extract_body(page_of(article)).paragraphs == ARTICLE


def test_single_br_joins_lines_of_one_paragraph() -> None:
    article = f"<article>{paragraphs(P1, P2, P3)}<p>First line,<br>second line of the same one.</p></article>"
    assert extract_body(page_of(article)).paragraphs[-1] == "First line, second line of the same one."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A drop cap set apart by the markup's whitespace rejoins its word.
        (
            "<span class='initial-letter-outer'><span class='initial-letter'>T</span></span> <span>he council",
            "The council",
        ),
        ("<span class='c-article-text__drop-cap'>T</span>\nhe council", "The council"),
        # One letter with no drop-cap class is a word of its own.
        ("<b>A</b> council", "A council"),
        ("<span class='initial-letter'>Tom</span> said the council", "Tom said the council"),
    ],
)
def test_drop_cap_joins_its_word(lead: str, expected: str) -> None:
    first = f"<p>{lead} voted on Tuesday to close the old bridge, citing years of neglect, rising costs.</p>"
    body = extract_body(page_of(f"<article>{first}{paragraphs(P2, P3, P4)}</article>"))
    assert body.paragraphs[0].startswith(expected + " voted on Tuesday")


def test_links_inside_paragraphs_are_absolute() -> None:
    linked = "Officials pointed to <a href='/reports/2023-bridge.pdf'>last year's report</a>, which was ignored."
    article = f"<article>{paragraphs(P1, P2, linked, P3)}<p><a href='/x'>Share</a></p></article>"
    body = extract_body(page_of(article))
    assert body.links == [("https://news.example.com/reports/2023-bridge.pdf", "last year's report")]
    assert "Officials pointed to last year's report, which was ignored." in body.paragraphs


def test_link_inside_a_sentence_is_kept_whatever_its_class() -> None:
    linked = "The mayor, <a class='tag-link' href='/people/ann'>Ann Lee</a>, said the ferry is free, for now."
    body = extract_body(page_of(f"<article>{paragraphs(P1, linked, P2, P3)}</article>"))
    assert body.paragraphs[1] == "The mayor, Ann Lee, said the ferry is free, for now."


def test_itemprop_article_body_is_preferred() -> None:
    article = f"<div class='teasers'>{paragraphs(P3, P4)}</div><div itemprop='articleBody'>{paragraphs(P1, P2)}</div>"
    page = page_of(article)
    assert extract_body(page).paragraphs == [P1, P2]
    assert page.provenance["body"] == "microdata"


def test_headline_repeated_in_the_body_is_dropped() -> None:
    article = f"<article><p>Council closes the old bridge after years of neglect</p>{paragraphs(*ARTICLE)}</article>"
    assert extract_body(page_of(article)).paragraphs == ARTICLE


def test_profile_selectors_win() -> None:
    profile = SiteProfile(
        name="example", domains=("example.com",), selectors={"body": "div.text", "body_exclude": ".promo"}
    )
    article = (
        f"<article>{paragraphs(P1, P2, P3)}</article>"
        f"<div class='text'><p>Short one.</p><div class='promo'>Buy now</div><p>Another.</p></div>"
    )
    page = page_of(article, profile=profile)
    assert extract_body(page).paragraphs == ["Short one.", "Another."]
    assert page.provenance["body"] == "profile"


def test_profile_without_a_match_falls_back() -> None:
    profile = SiteProfile(name="example", domains=("example.com",), selectors={"body": "div.nothing-here"})
    page = page_of(f"<article>{paragraphs(*ARTICLE)}</article>", profile=profile)
    assert extract_body(page).paragraphs == ARTICLE
    assert page.provenance["body"] == "heuristic"


def test_json_ld_stands_in_for_missing_markup() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": f"{P1}\n\n{P2}\n{P3}"}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    page = page_of("<div class='app'></div>", head=head)
    assert extract_body(page).paragraphs == [P1, P2, P3]
    assert page.provenance["body"] == "json-ld"


def test_next_data_stands_in_for_a_page_built_in_the_browser() -> None:
    data = {"props": {"pageProps": {"article": {"html": "".join(f"<p>{t}</p>" for t in ARTICLE)}}}}
    around = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>"
    page = page_of("<div id='__next'></div>", around=around)
    assert extract_body(page).paragraphs == ARTICLE


def test_next_data_blocks_list() -> None:
    blocks = [{"type": "paragraph", "text": t} for t in ARTICLE]
    around = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps({'blocks': blocks})}</script>"
    assert extract_body(page_of("<div id='__next'></div>", around=around)).paragraphs == ARTICLE


def test_next_data_blocks_with_text_and_html_and_a_short_heading() -> None:
    """Each block once although it gives its text twice, and a typed heading kept although short."""
    blocks: list[dict[str, str]] = [{"type": "paragraph", "text": t, "html": t} for t in ARTICLE]
    blocks.insert(1, {"type": "heading", "text": "Who is at risk", "html": "Who is at risk"})
    blocks.append({"type": "paragraph", "text": "Short."})
    around = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps({'blocks': blocks})}</script>"
    assert extract_body(page_of("<div id='__next'></div>", around=around)).paragraphs == [
        ARTICLE[0],
        "Who is at risk",
        *ARTICLE[1:],
    ]


def test_empty_page_gives_empty_body() -> None:
    page = page_of("")
    body = extract_body(page)
    assert body == Body()
    assert body.text is None
    assert "body" not in page.provenance


def test_two_articles_the_headlines_one_wins() -> None:
    other = [f"Second story, paragraph {n}: unrelated text, with commas, and more words, and more." for n in range(6)]
    html = f"""<html><body><main>
      <article><h1>Council closes the old bridge after years of neglect</h1>
        <div class='body'>{paragraphs(*ARTICLE)}</div></article>
      <div class='next'><article><h2>Next story</h2><div class='body'>{paragraphs(*other)}</div></article></div>
    </main></body></html>"""
    assert extract_body(Page(html, URL)).paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("line", "link_chars", "expected"),
    [
        ("Advertisement", 0, True),
        ("ANZEIGE", 0, True),
        ("Read more: Why bridges fail", 20, True),
        ("Read more about the council's plans in the report published today by the city.", 0, False),
        ("Other story", 11, True),
        ("Why bridges fail, and what cities can do about it", 50, True),
        ("Home. News. Sport.", 16, True),
        ("More on our YouTube channel.", 18, False),
        ("Freitag, 28.04.2023, 19:25", 0, True),
        ("$$ARTICLEAD$$", 0, True),
        ("Photo: Jane Doe", 0, True),
        ("Jane Doe | Bloomberg | Getty Images", 0, True),
        ("+++dropcap", 0, True),
        ("[button link='/submit'] Send us your review[/button]", 0, True),
        ("【関連記事】", 0, True),
        ("【责任编辑:张樵苏 】", 0, True),
        ("May 3, 2024 | Updated May 4, 2024", 0, True),
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", 0, True),
        ("The rules were last updated in 2019.", 0, False),
        ("阅读下一篇：", 0, True),
        ("■ Related", 0, True),
        ("Iklan", 0, True),
        ("신현주 기자", 0, True),
        ("SDA/sep", 0, True),
        ("mit Material von dpa, AFP und Reuters", 0, True),
        ("(AFP)", 0, True),
        ("Paris und Berlin", 0, False),
        ("Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.", 0, True),
        ("For the latest news from the Daily Star, sign up for our newsletters.", 0, True),
        ("Abonnieren Sie unseren Newsletter!", 0, True),
        ("Read more travel stories by signing up to our free weekly newsletter", 0, True),
        (
            "Eine Newsübersicht am Morgen und zum Feierabend, überraschende Storys und Breaking News: Abonniere den"
            " Whatsapp-Kanal von 20 Minuten und du bekommst regelmässige Updates mit unseren besten Storys aufs Handy.",
            0,
            True,
        ),
        ("Join our WhatsApp channel for the latest news.", 0, True),
        (">> Hier finden Sie außerdem alle EZB-Termine für 2025 im Überblick", 38, True),
        ("► Mehr zum Thema", 14, True),
        (">> Hier finden Sie außerdem alle EZB-Termine für 2025 im Überblick", 0, False),
        ("»Das ist gut so«, sagte die Ministerin am Montag in Berlin.", 10, False),
        ("The ministry asked citizens to join its Telegram channel for air-raid alerts.", 0, False),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", 0, True),
        ("The company said it would follow Facebook and Twitter in banning political ads.", 0, False),
        ("The mayor urged residents to subscribe to the city newsletter about the floods.", 0, False),
        ("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.", 0, True),
        ("Please support our journalism. Become a member today.", 0, True),
        ("Jetzt abonnieren und von der Vorlesefunktion profitieren.", 0, True),
        ("He urged viewers to subscribe now, the channel said.", 0, False),
        ("Soutenez-nous : faites un don.", 0, True),
        ("Then follow us on Facebook and Twitter.", 0, True),
        ("\u201cSupport us,\u201d the charity asked its donors on Monday.", 0, False),
        ("Voters who support us will turn out, the candidate said.", 0, False),
        ("(Reporting by Will Dunham; Editing by Tom Brown)", 0, True),
        ("– additional reporting by Donald Matthys", 0, True),
        ("Additional reporting from PA", 0, True),
        ("Redaktion: Marcus Bensmann, Elena Müller", 0, True),
        ("Keith Bradsher contributed reporting from Hong Kong.", 0, True),
        (
            "Peoples reported from New York. Associated Press writers Will Weissert in Johnstown, Pennsylvania,"
            " and Bill Barrow in Atlanta contributed to this report.",
            0,
            True,
        ),
        ("Editing by hand was slow, the author said, and took months.", 0, False),
        ("The mayor contributed reporting to the paper in 1990 as a student intern.", 0, False),
        ("\u201cReporting by Jane Doe was wrong,\u201d he said.", 0, False),
        ("The council will make a donation to the flood fund.", 0, False),
        ("Originally published on Live Science.", 0, True),
        ("Dieses Thema im Programm: Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr.", 0, True),
        ("This article was originally published by Futurism. Read the original article.", 0, True),
        ("Dieser Artikel ist eine Übersetzung, im Original ist er in der Tageszeitung Haaretz erschienen.", 0, True),
        ("Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen.", 0, True),
        ("The report, originally published in 2019, found that crime fell.", 0, False),
        ("It first appeared in 2014, when families fled the fighting.", 0, False),
        ("Личный архив Андрея Рудькова", 0, True),
        ("Like this story? Share it with a friend!", 0, True),
        ("서울=홍길동·김철수 기자", 0, True),
        ("이번 결정은 지역 주민과 기자 모두에게 큰 의미가 있다고 그는 말했다", 0, False),
        ("광고", 0, True),
        ("Filed under: Khawarij |", 8, True),
        ("Abgelegt unter: Israel", 6, True),
        ("Filed under the old bridge, the council found papers from 1931 that nobody had read.", 0, False),
        ("The bridge opened in 1931 and carried 20,000 cars a day.", 0, False),
        ("", 0, False),
    ],
)
def test_boilerplate_lines(line: str, link_chars: int, expected: bool) -> None:
    assert is_boilerplate_line(line, link_chars) is expected


STANDFIRST = (
    "A short summary of the story for readers in a hurry: the bridge closes today, "
    "and a ferry runs until the new one opens."
)


def _lead(body_html: str, description: str | None) -> str | None:
    """find_lead over a page whose article text sits in <div class=body>, after the <h1>."""
    page = Page(f"<html><body>{body_html}</body></html>", URL)
    h1 = page.root.find(".//h1")
    first = page.root.find(".//div[@class='body']")
    assert h1 is not None
    assert first is not None
    return find_lead(h1, first, description, BoilerplateCache())


@pytest.mark.parametrize(
    ("header", "description", "expected"),
    [
        (f"<p class='standfirst'>{STANDFIRST}</p>", None, STANDFIRST),
        (f"<p>{STANDFIRST}</p>", STANDFIRST, STANDFIRST),
        ("<p>By Jane Doe, city reporter, with additional reporting.</p>", "Something else entirely here.", None),
        ("<p class='dek'>The city closes its oldest bridge today.</p>", None, None),  # a one-line dek
        (f"<h2 class='subtitle'>{STANDFIRST}</h2>", None, None),  # set as a heading: a subtitle
        (f"<div class='lead'><figure><img src='a.jpg'></figure>{STANDFIRST}</div>", None, None),  # lead media
        # A box named as a standfirst holding its one paragraph, maybe in a wrapper; a data-* name counts too.
        (f"<div class='story__summary'><p>{STANDFIRST}</p></div>", None, STANDFIRST),
        (f"<div data-gu-name='standfirst'><div class='x1'><p>{STANDFIRST}</p></div></div>", None, STANDFIRST),
        (f"<div class='summary'><p>{STANDFIRST}</p><p>{STANDFIRST}</p></div>", None, None),
    ],
)  # fmt: skip
def test_find_lead(header: str, description: str | None, expected: str | None) -> None:
    body = f"<div class='body'>{paragraphs(*ARTICLE)}</div>"
    assert _lead(f"<article><h1>Bridge closes today</h1>{header}{body}</article>", description) == expected


def test_find_lead_in_the_headlines_group() -> None:
    """The paragraph of a heading group is the standfirst: "<hgroup><h1>…</h1><p>…</p></hgroup>"."""
    body = f"<div class='body'>{paragraphs(*ARTICLE)}</div>"
    html = f"<article><hgroup><h1>Bridge closes today</h1><p>{STANDFIRST}</p></hgroup>{body}</article>"
    assert _lead(html, None) == STANDFIRST


def test_find_lead_needs_the_article() -> None:
    body = f"<div class='body'>{paragraphs(*ARTICLE)}</div>"
    assert _lead(f"<h1>Bridge closes today</h1><p class='standfirst'>{STANDFIRST}</p>{body}", None) is None


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([Block("Kicker: the bridge again", heading=True), Block("Text.")], ["Text."]),
        ([Block("First entry", heading=True), Block("Text."), Block("Second entry", heading=True), Block("More.")],
         ["First entry", "Text.", "Second entry", "More."]),
        ([Block(" ".join(["word"] * 20), heading=True), Block("Text.")], [" ".join(["word"] * 20), "Text."]),
    ],
)  # fmt: skip
def test_clean_blocks_leading_heading(blocks: list[Block], expected: list[str]) -> None:
    assert [b.text for b in clean_blocks(blocks)] == expected


def test_find_lead_without_headline_starts_at_the_article() -> None:
    body = f"<div class='body'>{paragraphs(*ARTICLE)}</div>"
    html = f"<html><body><article><p class='summary'>{STANDFIRST}</p>{body}</article></body></html>"
    page = Page(html, URL)
    first = page.root.find(".//div[@class='body']")
    assert first is not None
    assert find_lead(None, first, None, BoilerplateCache()) == STANDFIRST


@pytest.mark.parametrize("wrapper", ["", "social-media-embed", "embed-twitter"])
def test_embedded_tweet_is_kept_as_the_reader_sees_it(wrapper: str) -> None:
    """The tweet's text is the article's (also in a wrapper named "social..."), its links are not."""
    tweet = (
        "<blockquote class='twitter-tweet'><p>Port workers clear debris after an overnight attack, loading resumed"
        " within hours.</p>&mdash; Port News (<a href='https://x.com/portnews'>@portnews</a>) September 4, 2024"
        "</blockquote>"
    )
    if wrapper:
        tweet = f"<div class='{wrapper}'>{tweet}</div>"
    page = page_of(f"<article>{paragraphs(P1, P2)}{tweet}{paragraphs(P3, P4)}</article>")
    body = extract_body(page)
    assert body.links == []
    assert body.paragraphs == [
        P1,
        P2,
        "Port workers clear debris after an overnight attack, loading resumed within hours.",
        "— Port News (@portnews) September 4, 2024",
        P3,
        P4,
    ]


def test_whitespace_chars_are_every_character_str_isspace_knows() -> None:
    expected = {chr(code) for code in range(0x110000) if chr(code).isspace()}
    assert set(WHITESPACE_CHARS) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Advertisement", True),
        ("ADVERTISEMENT:\u00a0", True),
        ("Advertisement in the paper", False),
        # A byline left in the text is no paragraph; a sentence opening with "By" is one.
        ("Von Nina Magoley", True),
        ("von Engin Haupt, MDR SACHSEN-ANHALT", True),
        ("By the numbers", False),
        ("By Tuesday the water had gone down.", False),
        # A labelled date, or a date label alone, is no paragraph either.
        ("Updated at 1:23 p.m.", True),
        ("Publiziert", True),
        ("Published in 1998, the novel sold a million copies in its first year.", False),
        ("Posted by the editors", False),
        # A contact or credit line with an e-mail address.
        ("Get in touch with our news team by emailing us at webnews@metro.co.uk.", True),
        ("순천, 광양 구현모 기자 ninek@hankookilbo.com", True),
        ("The council will publish its answer to every letter on its website next week.", False),
    ],
)
def test_stock_lines_match_with_trailing_punctuation(line: str, expected: bool) -> None:
    assert is_boilerplate_line(line, 0) is expected


@pytest.mark.parametrize(
    "body",
    [
        paragraphs(P1, P2, P3),  # <p>s right under <body>
        f"{P1}<br><br>{P2}<br><br>{P3}",  # text between <br>s
    ],
)
def test_a_plain_page_with_paragraphs_right_under_body(body: str) -> None:
    html = (
        f"<html><body><h1>The council closes the bridge</h1>{body}<footer><a href='/'>Home</a></footer></body></html>"
    )
    assert extract_body(Page(html, URL)).paragraphs == [P1, P2, P3]


def test_a_page_of_links_only_has_no_body() -> None:
    html = "<html><body><h1>Index</h1><ul><li><a href='/a'>A story</a></li></ul></body></html>"
    assert extract_body(Page(html, URL)).paragraphs == []


def test_a_hover_card_in_the_text_is_not_read() -> None:
    card = (
        "<span class='people'><a href='/people/jane-roe'>Jane Roe</a><span class='people-block'><span>"
        "<img src='/roe.jpg'><a class='name' href='/people/jane-roe'>Jane Roe</a>"
        "<a href='/news/1'>Council votes to close the old bridge</a> <a href='/news/2'>Ferry service to start next "
        "week</a> <a class='more' href='/people/jane-roe'>MORE</a></span></span></span>"
    )
    first = f"<p>The motion came from Councillor {card} (Ward 3), who spoke for an hour, with passion, and more.</p>"
    body = extract_body(page_of(f"<article>{first}{paragraphs(P2, P3, P4)}</article>"))
    assert body.paragraphs[0] == (
        "The motion came from Councillor Jane Roe (Ward 3), who spoke for an hour, with passion, and more."
    )


def test_a_picture_with_a_caption_of_links_in_the_text_stays() -> None:
    figure = "<span class='inline'>Photo: <img src='/a.jpg'> <a href='/a'>Council chamber at night</a></span>"
    first = f"<p>The chamber was full. {figure} Residents queued outside, with signs, and more.</p>"
    body = extract_body(page_of(f"<article>{first}{paragraphs(P2, P3, P4)}</article>"))
    assert "Council chamber at night" in body.paragraphs[0]


@pytest.mark.parametrize(
    ("inner", "kept"),
    [
        # A camelCase class naming a caption ("imageEmbedCaption") is a caption.
        ("<div class='InlineImage-imageEmbedCaption'>The minister, centre, at the air show on Monday.</div>", False),
        ("<div class='articleBody'><p>The minister, centre, spoke at the air show on Monday.</p></div>", True),
        # A soft name inside a camelCase word says too little: "noExternalIcon" is a plain link.
        (
            "<p><span>The minister spoke at the </span><a class='noExternalIcon' href='/show'>air show</a>"
            "<span> on Monday, and more.</span></p>",
            True,
        ),
    ],
)
def test_camel_case_class_names(inner: str, kept: bool) -> None:
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2)}{inner}{paragraphs(P3, P4)}</article>"))
    assert any("air show" in p for p in body.paragraphs) is kept


def test_a_long_run_of_teaser_links_is_no_text() -> None:
    run = (
        "<p>"
        + " | ".join(
            f"<a href='/news/{n}'>Council story number {n} with a long enough headline for a teaser</a> [VIDEO]"
            for n in range(3)
        )
        + "</p>"
    )
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2)}{run}{paragraphs(P3, P4)}</article>"))
    assert body.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("ident", "kept"),
    [
        # A slide's id made from its title: a sentence, whatever words it holds ("promoted", "photo").
        ("the-mayor-promoted-the-ferry-during-a-photo-shoot-by-the-river-2", True),
        # A name of a few words is a name.
        ("promo-box-2", False),
    ],
)
def test_an_id_as_long_as_a_sentence_names_nothing(ident: str, kept: bool) -> None:
    slide = f"<div class='slide' id='{ident}'><h2>The ferry</h2>{paragraphs(P3)}</div>"
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2)}{slide}{paragraphs(P4)}</article>"))
    assert (P3 in body.paragraphs) is kept


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        # A recipe card in a food article is what the reader came for, "card" or not.
        ("mv-create-card mv-recipe-card", True),
        ("wprm-recipe-container", True),
        # Boxes of other recipes are not.
        ("related-recipe-list", False),
        ("more-recipes", False),
    ],
)
def test_a_recipe_card_is_text(names: str, kept: bool) -> None:
    card = (
        f"<section class='{names}'><h2>Spiced pear jam</h2><h3>Ingredients</h3>"
        "<ul><li>8 ripe pears, cored and peeled</li><li>1 lemon</li></ul>"
        "<h3>Instructions</h3><ol><li>Boil the pears with the lemon juice for a minute.</li></ol></section>"
    )
    body = extract_body(page_of(f"<article>{paragraphs(*ARTICLE)}{card}</article>"))
    assert ("8 ripe pears, cored and peeled" in body.paragraphs) is kept
    assert body.paragraphs[:4] == ARTICLE


@pytest.mark.parametrize(
    ("field", "kept"),
    [
        # A box around an e-mail field is a sign-up box: its name and pitch go with the form.
        ("<input type='email' name='email' placeholder='E-mail address'>", False),
        ("<input type='EMAIL'>", False),
        # A form with no e-mail field (a search, a poll) says nothing about the text beside it.
        ("<input type='text' name='q'>", True),
    ],
)
def test_a_sign_up_box_goes_with_its_heading_and_pitch(field: str, kept: bool) -> None:
    box = (
        "<div class='grid'><section aria-label='Anmeldung'><h3>Bridge Inside</h3>"
        "<p>Every Monday: the week at the council, from our city desk.</p>"
        f"<form action='/subscribe'>{field}<button>Subscribe</button></form></section></div>"
    )
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2)}{box}{paragraphs(P3, P4)}</article>"))
    assert body.paragraphs[:2] == [P1, P2]
    assert body.paragraphs[-2:] == [P3, P4]
    assert ("Bridge Inside" in body.paragraphs) is kept
    assert ("Every Monday: the week at the council, from our city desk." in body.paragraphs) is kept


def test_an_e_mail_field_in_a_paragraph_of_its_own_takes_only_its_box() -> None:
    """The box stops below the first element with more text than a pitch: the article's paragraphs stay."""
    form = "<form><input type='email'><button>Subscribe</button></form>"
    body = extract_body(page_of(f"<article><div class='story'>{paragraphs(*ARTICLE)}{form}</div></article>"))
    assert body.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        # A line that links to the site's app in a store, its messenger channel or its aggregator page.
        ("https://play.google.com/store/apps/details?id=com.example.news", False),
        ("https://apps.apple.com/de/app/example-news/id751253888", False),
        ("https://whatsapp.com/channel/0029VaE3CN11dAwAIkYeEl2O", False),
        ("https://news.google.com/publications/CAAqBwgKMNeIjQsw", False),
        # Any other link is the article's.
        ("https://example.com/council/bridge-report.pdf", True),
        ("https://play.google.com/books/reader?id=x", True),
    ],
)
def test_a_line_linking_to_the_sites_app_or_channel_is_a_promotion(href: str, kept: bool) -> None:
    line = f"Bridge news on your phone? Get the new <a href='{href}'>Example News app</a> for Android and iOS."
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2, line, P3, P4)}</article>"))
    assert body.paragraphs[:2] == [P1, P2]
    assert body.paragraphs[-2:] == [P3, P4]
    assert (len(body.paragraphs) == 5) is kept


@pytest.mark.parametrize(
    ("button_class", "kept"),
    [
        # An appeal for support with a button, however long, is the site's promotion.
        ("button primary-button", False),
        ("btn-cta", False),
        # The same words with a plain link: a long paragraph stays (it may report an appeal).
        ("in-text-link", True),
    ],
)
def test_a_long_appeal_with_a_button_is_a_promotion(button_class: str, kept: bool) -> None:
    appeal = (
        "<p>Now more than ever the council's decisions need watching, and local reporting needs readers who "
        "care about it. "
        + "Our newsroom follows every meeting, every budget line and every vote for you. "
        * 3
        + "Join the readers who already do their part. Are you with us? "
        f"<a class='{button_class}' href='/support'>Support us</a></p>"
    )
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2, P3, P4)}{appeal}</article>"))
    assert body.paragraphs[:4] == ARTICLE
    assert (len(body.paragraphs) == 5) is kept


def test_paragraphs_beside_a_sign_up_form_stay_when_they_are_much_of_the_text() -> None:
    """The text around the form is a large share of the article's: it is the article, not the form's pitch."""
    story = (
        f"<article><div class='part'>{paragraphs(P1, P2)}</div><div class='part'>{paragraphs(P3, P4)}"
        "<form><input type='email'><button>Subscribe</button></form></div></article>"
    )
    body = extract_body(page_of(story))
    assert body.paragraphs == ARTICLE


def test_a_store_link_in_a_line_that_names_another_app_is_the_articles() -> None:
    """A review links to the game it reviews: a line that does not name the site is no promotion of it."""
    line = "The game is out now for <a href='https://apps.apple.com/app/id1'>iPhone</a> and Android, for free."
    body = extract_body(page_of(f"<article>{paragraphs(P1, P2, line, P3, P4)}</article>"))
    assert body.paragraphs == [P1, P2, "The game is out now for iPhone and Android, for free.", P3, P4]
