"""Author blocks in the markup: the byline next to the headline and author cards (role, bio, avatar, links).

Both are found by their class names ("byline", "author", "autor") and by links to author pages; the
byline only in the stretch of the page around the headline, so that related-story bylines stay out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.extract.bylines import byline_only, has_prefix, name_key, parse_byline, people_only, strip_prefix
from newsspider.extract.datafiles import load_data
from newsspider.extract.markup import classes_holding, near_headline, spaced_text
from newsspider.extract.text import absolute_url, clean_text

if TYPE_CHECKING:
    from collections.abc import Callable

    import lxml.html

    from newsspider.extract.page import Page
    from newsspider.items import Author

BYLINE_CLASS = re.compile(r"byline|author|autor|writer|contributor|signature|firma")
NOT_DETAIL_CLASS = re.compile(r"social|share|follow|button|icon|name|modal|dropdown|menu|nav")
NOT_BYLINE_CLASS = re.compile(
    r"teaser|card|comment|related|most-?read|quote|caption|credit|image|photo|media|avatar|bio|social|share"
    r"|desc|title|position|job|role|function|prefix|label|date|time|follow|contact|more|statement|claim"
)
#: Of those, the blocks about someone else's words or another story: the bylines inside them are not
#: this article's (a fact-check's "statement-author"); an "author_date" block holds this one's.
OTHERS_CLASS = re.compile(r"teaser|card|comment|related|most-?read|quote|statement|claim")
#: A link to an author's page: the path segment, then the author's slug (".../profile/" alone is the
#: reader's own profile page).
AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:es|as|en|in)?|autori|auteurs?|people|staff|journalists?|writers?|columnists?|profiles?)/[^/?#]"
)
#: The aria-label or title of a link to an author's page, before the name it shows ("Se alla artiklar av …").
AUTHOR_LINK_LABEL = re.compile(
    "^(?:"
    + "|".join(
        re.escape(label)
        for label in sorted(
            {label for labels in load_data("bylines.json")["author_link_labels"].values() for label in labels},
            key=len,
            reverse=True,
        )
    )
    + r")\s+"
)
#: The profile URL of a site's shared account ("/author/admin/"): its name ("Ilanga D") is no person's.
ACCOUNT_URL = re.compile(
    r"/(?:author|authors|autor|user|users|profile)/(?:"
    + "|".join(re.escape(slug) for slug in load_data("bylines.json")["account_slugs"])
    + r")/?$",
    re.IGNORECASE,
)
#: Where an <address> is the publisher's, not the article's.
PAGE_FURNITURE = frozenset({"footer", "nav", "aside"})
PAGE_FURNITURE_CLASS = re.compile(r"footer|colophon|imprint|impressum|contact")
#: Topic and tag pages list people too ("/topics/people/donald-trump"): links to them are no bylines.
TOPIC_HREF = re.compile(r"/(?:topics?|tags?|themen|thema|subjects?|keywords?)/")
#: Elements whose class names an author block (case variants by their common letters), found by str.find
#: over the page's class values joined (markup.classes_holding), faster than five contains() in an XPath.
CARD_WORDS = ("uthor", "utor", "yline", "writer", "ontributor")
ROLE_CLASS = re.compile(r"title|role|position|job|function|occupation")
BIO_CLASS = re.compile(r"bio|description|desc|about|summary")
SOCIAL_HOSTS = re.compile(
    r"(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|linkedin\.com|instagram\.com|threads\.net|bsky\.app"
    r"|mastodon\.\w+|youtube\.com|tiktok\.com)$"
)
SHARE_LINK = re.compile(r"share|sharer|intent|/status/")
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "figure", "figcaption", "nav", "footer"})
MAX_BYLINE_TEXT = 300
#: A byline written as plain text ("By John Smith, Staff Writer") is a short line of its own.
MAX_BYLINE_LINE = 80
MAX_PREFIXED_LINKS = 4
#: How far above an author link's own element its co-authors' links are looked for.
MAX_BYLINE_CLIMB = 2
MIN_LEAF_NAMES = 2
MAX_CARD_TEXT = 800
MAX_ROLE_TEXT = 80
MIN_BIO_TEXT = 20


def _marks(node: lxml.html.HtmlElement) -> str:
    """Class, id, itemprop, rel and test hook of `node`, lowercased (the class patterns are matched
    case-sensitively: a case-insensitive alternation is several times slower). A test hook names an element
    for a site's own tests or components, as a class would: pages built with hashed class names ("sc-czxEME")
    say what an element is only there (data-testid="AuthorByline", data-qa="author-name")."""
    get = node.get
    hook = get("data-testid") or get("data-qa") or get("data-component") or get("data-ui-testid") or get("data-test-id")
    return f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} {get('rel') or ''} {hook or ''}".lower()


def _region(page: Page) -> list[lxml.html.HtmlElement]:
    return [n for n in near_headline(page) if n.tag not in SKIPPED]


def _link_names(node: lxml.html.HtmlElement) -> list[str]:
    """Names of the author links inside a byline element, when it has any."""
    names: list[str] = []
    for link in node.iter("a"):
        names.extend(parse_byline(spaced_text(link)))
    return names


def byline_names(page: Page) -> list[str]:
    """Author names shown in the byline next to the headline: author-page links, then byline elements.
    A site's shared account ("by Ilanga D" linking /author/admin/) is nobody's name."""
    region = _region(page)
    accounts = {
        name_key(name)
        for node in region
        if node.tag == "a" and ACCOUNT_URL.search(node.get("href") or "")
        for name in parse_byline(spaced_text(node))
    }
    names = _byline_names(region)
    return [name for name in names if name_key(name) not in accounts] if accounts else names


def _byline_names(region: list[lxml.html.HtmlElement]) -> list[str]:
    for node in region:
        if node.tag == "a" and _is_author_link(node):
            names = parse_byline(spaced_text(node))
            if names:
                return _siblings_too(node, names)
    excluded: set[lxml.html.HtmlElement] = set()
    for node in region:
        marks = _marks(node)
        if not BYLINE_CLASS.search(marks) and not _article_address(node):
            continue
        if NOT_BYLINE_CLASS.search(marks):
            if OTHERS_CLASS.search(marks):
                # Its parts too: the <h4 class="author"> of a fact-check's "statement-author" block.
                excluded.add(node)
            continue
        if excluded and any(ancestor in excluded for ancestor in node.iterancestors()):
            continue
        text = spaced_text(node)
        if not text or len(text) > MAX_BYLINE_TEXT:
            continue
        names = _link_names(node) or parse_byline(text) or _leaf_names(node)
        if names:
            return _inner_byline(node, names)
    return _prefixed_line(region)


def _article_address(node: lxml.html.HtmlElement) -> bool:
    """Whether `node` is an <address> of the article (its author's contact block), not the publisher's
    postal address in the page footer."""
    if node.tag != "address":
        return False
    for ancestor in node.iterancestors():
        if ancestor.tag in PAGE_FURNITURE or PAGE_FURNITURE_CLASS.search((ancestor.get("class") or "").lower()):
            return False
    return True


def _leaf_names(node: lxml.html.HtmlElement) -> list[str]:
    """Names a byline block lists one per element with nothing between them, which read as one run of
    words ("<span>Birgit Baumann</span><span>Anna Giulia Fink</span>"): two or more, every element a
    name (a card with a label, a desk and a follow button is not such a list)."""
    texts = [spaced_text(leaf) for leaf in node.iterdescendants() if isinstance(leaf.tag, str) and not len(leaf)]
    parsed = [parse_byline(text) for text in texts if text]
    if len(parsed) < MIN_LEAF_NAMES or any(len(names) != 1 for names in parsed):
        return []
    return [names[0] for names in parsed]


def _social(href: str) -> bool:
    """Whether a link goes to a social network ("bsky.app/profile/…" is a follow button, not a byline)."""
    return href.startswith(("http:", "https:", "//")) and SOCIAL_HOSTS.search(urlsplit(href).hostname or "") is not None


def _inner_byline(node: lxml.html.HtmlElement, names: list[str]) -> list[str]:
    """`names` of a byline block, or more from a byline element inside it: in "<div class=byline-section>
    <span class=author>A and B</span> Argus Leader</div>" the block's text runs the paper into B's name."""
    for inner in node.iterdescendants():
        if not isinstance(inner.tag, str) or inner.tag in SKIPPED:
            continue
        marks = _marks(inner)
        if BYLINE_CLASS.search(marks) and not NOT_BYLINE_CLASS.search(marks):
            found = _link_names(inner) or parse_byline(spaced_text(inner))
            if len(found) > len(names):
                return found
    return names


def _links_after(node: lxml.html.HtmlElement, in_tail: bool) -> list[lxml.html.HtmlElement]:
    """The links right after a text: inside `node` after its text, or after `node` for its tail."""
    if not in_tail:
        return list(node.iter("a"))[:MAX_PREFIXED_LINKS]
    return [link for sibling in node.itersiblings() for link in sibling.iter("a")][:MAX_PREFIXED_LINKS]


def _prefixed_line(region: list[lxml.html.HtmlElement]) -> list[str]:
    """Names of the first byline written as a plain line, with no class or author-page link to tell it
    by: a text node that opens with "By", "Von", "Par" ... and names people only (pages of
    table-layout days), or such a prefix alone before links to the authors ("Von: <a>Bill McCarthy</a>").
    Not inside a link: a teaser of another story carries that story's byline."""
    for node in region:
        for raw, holder, in_tail in ((node.text, node, False), (node.tail, node.getparent(), True)):
            text = " ".join(raw.split()) if raw else ""
            if not text or len(text) > MAX_BYLINE_LINE or not has_prefix(text):
                continue  # (the cheap test first: most text nodes open with no prefix)
            if holder is None or holder.tag == "a" or any(a.tag == "a" for a in holder.iterancestors()):
                continue
            if strip_prefix(text).strip(" :"):
                names = byline_only(text)
            else:
                links = _links_after(node, in_tail)
                names = people_only([name for link in links for name in parse_byline(spaced_text(link))])
            if names:
                return names
    return []


def _siblings_too(link: lxml.html.HtmlElement, names: list[str]) -> list[str]:
    """`names` of one author link plus those of the other author links in the same byline (each may sit
    in an element of its own: "<div class=author><a>A</a><span>Reporter</span></div><div class=author>…")."""
    parent = link.getparent()
    if parent is None:
        return names
    found = _author_link_names(parent)
    holder = parent.getparent()
    for _ in range(MAX_BYLINE_CLIMB):
        if holder is None or len(spaced_text(holder)) > MAX_BYLINE_TEXT:
            break
        wider = _author_link_names(holder)
        if len(wider) > len(found):
            found = wider
            break
        holder = holder.getparent()
    found = found or names
    # Authors with no page of their own are plain text beside the links: "A, B, <span>C</span> und D".
    text = spaced_text(parent)
    if len(text) <= MAX_BYLINE_TEXT:
        whole = parse_byline(text)
        keys = {name_key(name) for name in whole}
        if len(whole) > len(found) and all(name_key(name) in keys for name in found):
            return whole
    return found


def _is_author_link(link: lxml.html.HtmlElement) -> bool:
    """Whether a link goes to an author's page: by its path, rel=author or a label that says so; not a topic
    page, a nofollow link or a social profile."""
    href = (link.get("href") or "").lower()
    return (
        bool(AUTHOR_HREF.search(href) or (href and link.get("rel") == "author") or _labelled_author_link(link))
        and not TOPIC_HREF.search(href)
        and link.get("rel") != "nofollow"
        and not _social(href)
    )


def _labelled_author_link(link: lxml.html.HtmlElement) -> bool:
    """Whether the link's aria-label or title lists someone's articles and names whom the link shows:
    "Se alla artiklar av Amanda Hällsten" on a link that reads "Amanda Hällsten"."""
    label = link.get("aria-label") or link.get("title")
    if not label:
        return False
    match = AUTHOR_LINK_LABEL.match(label.lower())
    return match is not None and name_key(label[match.end() :]) == name_key(spaced_text(link))


def _author_link_names(node: lxml.html.HtmlElement) -> list[str]:
    """The names of the author-page links inside `node`, each once."""
    found: list[str] = []
    for other in node.iter("a"):
        if _is_author_link(other):
            found.extend(name for name in parse_byline(spaced_text(other)) if name not in found)
    return found


def _cards(page: Page) -> list[tuple[str, lxml.html.HtmlElement]]:
    cards: list[tuple[str, lxml.html.HtmlElement]] = []
    for node in (value.getparent() for value in classes_holding(page, CARD_WORDS)):
        if node.tag in SKIPPED:
            continue
        text = spaced_text(node)
        if text and len(text) <= MAX_CARD_TEXT:
            cards.append((name_key(text), node))
    return cards


def _detail_marks(node: lxml.html.HtmlElement) -> str:
    """Class names of `node`, BEM elements by their element part: "author-bio__role" is a role, not a bio."""
    if not isinstance(node.tag, str):
        return ""
    return " ".join(token.rsplit("__", 1)[-1] for token in (node.get("class") or "").lower().split())


def _child_text(
    card: lxml.html.HtmlElement, pattern: re.Pattern[str], name: str, fits: Callable[[str], bool]
) -> str | None:
    """The text of the innermost element of `card` whose class matches `pattern`: in BEM cards the
    block ("author-bio") wraps name, role and links; its element ("author-bio__bio") is the bio."""
    found: tuple[lxml.html.HtmlElement, str | None] | None = None
    for node in card.iterdescendants():
        marks = _detail_marks(node)
        if not pattern.search(marks) or NOT_DETAIL_CLASS.search(marks):
            continue
        if found is not None and found[0] not in node.iterancestors():
            break
        text = clean_text(spaced_text(node))
        if text and name_key(text) != name_key(name):
            # An inner detail that does not fit leaves no detail: the block's text is not one either.
            found = (node, text if fits(text) else None)
    return found[1] if found else None


def _card_links(page: Page, card: lxml.html.HtmlElement, author: Author, *, shared: bool) -> None:
    """Profile and social links of `author` in `card`; in a card `shared` with other authors, only the
    links that name the author."""
    key = name_key(author.name)
    slug = "-".join(key.split())
    for link in card.iter("a"):
        if shared and name_key(spaced_text(link)) != key and slug not in (link.get("href") or "").lower():
            continue
        url = absolute_url(page.url, link.get("href"))
        if not url:
            continue
        host = (urlsplit(url).hostname or "").lower()
        if SOCIAL_HOSTS.search(host):
            if not SHARE_LINK.search(url.lower()) and url not in author.same_as:
                author.same_as.append(url)
        elif author.url is None and (AUTHOR_HREF.search(url.lower()) or name_key(spaced_text(link)) == key):
            author.url = url


def _fill_from_card(page: Page, card: lxml.html.HtmlElement, author: Author) -> None:
    if author.role is None:
        author.role = _child_text(card, ROLE_CLASS, author.name, lambda text: len(text) <= MAX_ROLE_TEXT)
    if author.bio is None:
        author.bio = _child_text(card, BIO_CLASS, author.name, lambda text: len(text) >= MIN_BIO_TEXT)
    if author.image is None:
        for img in card.iter("img"):
            author.image = absolute_url(page.url, img.get("src") or img.get("data-src"))
            if author.image:
                break
    _card_links(page, card, author, shared=False)


def _byline_link(page: Page, author: Author) -> None:
    """The author's profile link next to the headline, when no card gave one."""
    key = name_key(author.name)
    for node in near_headline(page):
        if (
            node.tag == "a"
            and AUTHOR_HREF.search((node.get("href") or "").lower())
            and name_key(spaced_text(node)) == key
        ):
            author.url = absolute_url(page.url, node.get("href"))
            return


def enrich_from_cards(page: Page, authors: list[Author]) -> None:
    """Fill role, bio, image, url and social links of `authors` from author cards that name them."""
    if not authors:
        return
    cards = _cards(page)
    keys = [name_key(a.name) for a in authors]
    for author, key in zip(authors, keys, strict=True):
        others = [k for k in keys if k != key]
        matching = [(text, node) for text, node in cards if key and key in text]
        own = [(text, node) for text, node in matching if not any(other in text for other in others)]
        # The largest card that names the author alone holds the most (role, bio, links, avatar).
        for _text, card in sorted(own, key=lambda pair: -len(pair[0])):
            _fill_from_card(page, card, author)
        if not own and matching:
            _card_links(page, matching[-1][1], author, shared=True)
        if author.url is None:
            _byline_link(page, author)
