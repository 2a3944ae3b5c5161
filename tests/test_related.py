"""Related links over small hand-written pages: heading blocks, labelled links, body links."""

from __future__ import annotations

import pytest

from newsspider.extract.body import extract_body
from newsspider.extract.page import Page
from newsspider.extract.related import extract_related_links

URL = "https://news.example/world/2026/01/story-one/"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story, long enough to count as article text, with several words.</p>" for n in range(4)
)


def related(article: str, around: str = "") -> list[tuple[str, str, str | None]]:
    html = f"<html><body><article><h1>Story one</h1>{PARAGRAPHS}{article}</article>{around}</body></html>"
    page = Page(html, URL)
    return [(link.url, link.kind, link.title) for link in extract_related_links(page, extract_body(page))]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            '<div><span class="label">À lire aussi</span> <a href="/eco/criee/">La criée se modernise vite</a></div>',
            "read_more",
        ),
        ('<p><b>Czytaj też:</b> <a href="/warszawa/tramwaj,a,1.html">Gocław czeka na tramwaj</a></p>', "read_more"),
        (
            '<p><strong>READ MORE: <a href="/uk/riots-dates/">Exact dates of the planned protests</a></strong></p>',
            "read_more",
        ),
        ('<p>Related: <a href="/uk/speech/">Woman whose speech went viral</a></p>', "related"),
    ],
)
def test_a_label_before_a_link_makes_it_a_teaser(line: str, kind: str) -> None:
    links = related(line)
    assert len(links) == 1
    assert links[0][1] == kind
    assert links[0][0].startswith("https://news.example/")


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that only starts like a label is not one.
        '<p>Read more about the council and its many plans in <a href="/a/b/">our long explainer on the budget</a></p>',
        # Too short a title to be a story.
        '<p>Read more: <a href="/a/b/">here</a></p>',
        # Another site.
        '<p>Read more: <a href="https://other.example/a/b/">A story on another site entirely</a></p>',
    ],
)
def test_other_links_are_not_labelled_teasers(line: str) -> None:
    assert all(kind != "read_more" for _, kind, _ in related(line))


def test_labelled_teaser_box_the_body_skips_gives_its_title() -> None:
    """A "Read more" box the body leaves out as a teaser: its link is related, titled by the bold line in
    the link, without the date beside it; a bold label ending in a colon is no title."""
    box = (
        '<div class="story-teaser">Read more: <a href="/world/storm/"><span class="teaser-date">3 November 2025'
        "</span> <strong>Storm closes the promenade for a week</strong></a></div>"
    )
    assert related(box) == [("https://news.example/world/storm/", "read_more", "Storm closes the promenade for a week")]
    labelled = '<p>Related: <a href="/world/b/"><b>Best of the Web:</b> Volcanoes can erupt rapidly</a></p>'
    assert related(labelled) == [
        ("https://news.example/world/b/", "related", "Best of the Web: Volcanoes can erupt rapidly")
    ]


def test_labelled_link_in_navigation_is_ignored() -> None:
    nav = '<nav><span>Read more</span> <a href="/world/more-stories/">More world stories from us</a></nav>'
    assert related("", around=nav) == []


def test_heading_block_links_and_body_links_deduplicated() -> None:
    block = (
        '<section><h2>Related</h2><ul><li><a href="/world/two/">Story two has a title</a></li>'
        '<li><a href="/world/three/">Story three has a title</a></li></ul></section>'
    )
    inline = '<p>As <a href="/world/two/">we reported</a>, the story goes on with enough words here.</p>'
    assert related(inline, around=block) == [
        ("https://news.example/world/two/", "related", "Story two has a title"),
        ("https://news.example/world/three/", "related", "Story three has a title"),
    ]


def test_a_heading_in_wrappers_that_add_no_text_heads_the_list_beside_them() -> None:
    """The heading sits three wrappers deep (whitespace between the tags is no text); the list is their sibling."""
    block = (
        '<aside><div class="group"><div class="trenner">\n  <div class="trenner__text">\n    '
        '<div class="trenner__text__headline">\n      <h2>Mehr zum Thema</h2>\n    </div>\n  </div>\n</div>\n'
        '<ul><li><a href="/world/two/">Story two has a title</a></li></ul></div></aside>'
    )
    assert related("", around=block) == [("https://news.example/world/two/", "related", "Story two has a title")]


def test_body_links_to_images_authors_topics_or_without_words_are_not_related() -> None:
    inline = (
        '<p>The council <a href="/world/vote/">voted on the plan</a> after a long debate in the chamber.'
        ' <a href="/uploads/2014/06/photo.jpg"><img src="/t.jpg" alt=""></a>'
        ' <a href="/autoren/77921134/konstantin-furrer"><img src="/a.jpg" alt=""></a>'
        ' <a href="/thema/real-madrid">Real Madrid</a> and <a href="/world/rally/">a rally</a> followed.</p>'
    )
    assert related(inline) == [
        ("https://news.example/world/vote/", "inline", "voted on the plan"),
        ("https://news.example/world/rally/", "inline", "a rally"),
    ]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ('<div class="yarpp-related"><ol>{items}</ol></div>', "related"),
        ('<aside class="article__related"><ul>{items}</ul></aside>', "related"),
        ('<div class="c-related-list">{items}</div>', "related"),
        ('<section class="RelatedWebStoriesModule">{items}</section>', "related"),
        ('<div class="read-more-box">{items}</div>', "read_more"),
        # (class values that span lines do not throw the search off)
        ('<p class="note\n small">Note.</p><div class="box\n related-posts">{items}</div>', "related"),
    ],
)
def test_block_named_by_its_class_gives_teasers(block: str, kind: str) -> None:
    items = (
        '<li><a href="/world/two/">Story two has a title</a><p>What happened next.</p></li>'
        '<li><a href="/world/three/">Story three has a title</a></li><li><a href="/world/">World</a></li>'
    )
    html = f"<html><body><article><h1>Story one</h1>{PARAGRAPHS}</article>{block.format(items=items)}</body></html>"
    page = Page(html, URL)
    links = extract_related_links(page, extract_body(page))
    assert [(link.url, link.kind, link.title, link.snippet) for link in links] == [
        ("https://news.example/world/two/", kind, "Story two has a title", "What happened next."),
        ("https://news.example/world/three/", kind, "Story three has a title", None),
    ]


@pytest.mark.parametrize(
    "block",
    [
        # Tags and topics, however the block is named, are no stories.
        '<div class="related-tags"><a href="/world/two/">Story two has a title</a></div>',
        # "unrelated" is not "related".
        '<div class="unrelated-box"><a href="/world/two/">Story two has a title</a></div>',
        # A block in the site's footer is the site's.
        '<footer><div class="related-sites"><a href="/world/two/">Story two has a title</a></div></footer>',
    ],
)
def test_other_blocks_named_like_related_give_nothing(block: str) -> None:
    assert related("", around=block) == []


def test_a_wrapper_named_related_around_the_article_is_no_teaser_block() -> None:
    html = (
        f"<html><body><div class='related-wrap'><article><h1>Story one</h1>{PARAGRAPHS}"
        '<p>See <a href="/world/two/">story two of the series</a> for more.</p></article></div></body></html>'
    )
    page = Page(html, URL)
    links = extract_related_links(page, extract_body(page))
    assert [(link.kind, link.title) for link in links] == [("inline", "story two of the series")]


def test_a_link_to_the_section_the_page_is_in_is_no_story() -> None:
    inline = '<p>More from <a href="/world/">the world desk</a> and <a href="/sport/">the sports desk today</a>.</p>'
    assert related(inline) == [("https://news.example/sport/", "inline", "the sports desk today")]


def test_a_teaser_list_that_ends_the_text_leaves_it_for_the_related_links() -> None:
    teasers = (
        "<hr><div class='heading-h3'>More Great Example Stories</div><ul>"
        "<li>Councils must unionize, <a href='/world/union/'>no matter what the mayor says</a></li>"
        "<li>Could a ferry <a href='/world/ferry/'>run on sunlight alone</a>?</li></ul>"
    )
    html = f"<html><body><article><h1>Story one</h1>{PARAGRAPHS}{teasers}</article></body></html>"
    page = Page(html, URL)
    body = extract_body(page)
    assert body.paragraphs[-1].startswith("Paragraph 3 of the story")
    assert [(link.url, link.kind, link.title) for link in extract_related_links(page, body)] == [
        ("https://news.example/world/union/", "read_more", "Councils must unionize, no matter what the mayor says"),
        ("https://news.example/world/ferry/", "read_more", "Could a ferry run on sunlight alone?"),
    ]


def test_text_after_a_teaser_like_heading_stays() -> None:
    # A heading like a teaser heading, then a paragraph of text, not a list of teasers: both stay.
    after = (
        "<h3>More from the council</h3><p>The council met again on Friday, and <a href='/world/vote/'>"
        "voted on the plan</a> after a long debate that ran into the evening hours.</p>"
    )
    html = f"<html><body><article><h1>Story one</h1>{PARAGRAPHS}{after}</article></body></html>"
    page = Page(html, URL)
    body = extract_body(page)
    assert body.paragraphs[-2:] == [
        "More from the council",
        "The council met again on Friday, and voted on the plan after a long debate that ran into the evening hours.",
    ]
