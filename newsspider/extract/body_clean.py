"""Telling boilerplate elements from article text: tags, class and id names, hidden and gated elements.

The knowledge (tags, class/id tokens in several languages) is data, in ``data/body_boilerplate.json``;
this module compiles it once and answers questions about one element. Lines of text are judged in
:mod:`.body_lines`. Nothing here changes the tree: other extractors read the same parsed page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from lxml import etree

from newsspider.extract.datafiles import load_data

if TYPE_CHECKING:
    import lxml.html


def xpath_number(xpath: etree.XPath, el: lxml.html.HtmlElement) -> float:
    """The value of a numeric or boolean XPath expression."""
    return float(cast("float", xpath(el)))


def xpath_list(xpath: etree.XPath, el: lxml.html.HtmlElement) -> list[Any]:
    """The nodes (elements or text "smart strings") an XPath expression selects."""
    return cast("list[Any]", xpath(el))


def _load() -> dict[str, Any]:
    return load_data("body_boilerplate.json")


def _token_regex(prefixes: list[str], words: list[str] | None = None) -> re.Pattern[str]:
    """Tokens at the start of a class/id word; `words` must also end there."""
    alternatives = [re.escape(p) for p in prefixes]
    alternatives += [re.escape(w) + r"(?=$|[\s_-])" for w in words or ()]
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(alternatives) + ")")


DATA = _load()
SKIP_TAGS = frozenset(DATA["skip_tags"])
PAGE_TAGS = frozenset({"html", "body", "main"})
WRAPPER_TAGS = frozenset({"form"})
INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "u", "small", "abbr", "mark", "sub", "sup", "code", "q", "cite", "font"}
)
HARD_BAD = _token_regex(DATA["hard_prefixes"])
SOFT_BAD = _token_regex(DATA["soft_prefixes"], DATA["soft_words"])
GOOD = _token_regex(DATA["good_prefixes"])
CONTENT_WORDS = _token_regex([], DATA["content_words"])
POSITIVE = _token_regex(DATA["positive_class"])
HIDDEN_CLASSES = frozenset(DATA["hidden_classes"])
MEDIA_ITEMPROPS = frozenset(DATA["media_itemprops"])
EMBEDDED_POST_CLASSES = frozenset(DATA["embedded_post_classes"])
#: Class words of an element that wraps embedded posts (quoted in <blockquote>s of those classes).
EMBED_WRAPPER = re.compile(r"embed|tweet")
GATED = _token_regex(DATA["gated_prefixes"])
#: Gated text is several long paragraphs (a promotion in a paywall box is one, at most): paragraphs
#: so named one by one, or a box holding them.
LONG_PARAGRAPH = etree.XPath("boolean(self::p[string-length() > 100][string-length(normalize-space()) > 100])")
GATED_PARAGRAPHS = etree.XPath("count(.//p[string-length() > 100][string-length(normalize-space()) > 100])")
MIN_GATED_PARAGRAPHS = 2
#: Matched against lowercased lines (a case-insensitive alternation is ten times slower).
PAYWALL_NOTICE = re.compile("|".join(re.escape(p.lower()) for words in DATA["paywall_notices"].values() for p in words))
#: A paywall notice is a short line.
PAYWALL_NOTICE_MAX_CHARS = 200
#: Every whitespace character (as ``\s`` matches), for str.strip: a regex anchored at the end tries
#: every position of a long line.
WHITESPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
#: Stripped from the end of a line before it is looked up: "Read more »", "Advertisement:".
TRAILING_PUNCTUATION = WHITESPACE_CHARS + ":：.…!»>|→›-"
# Modifiers describe an element rather than name it: "main--with-nav" (BEM) is a main element in a
# page with navigation, "print:hidden" (Tailwind variants) is about other media.
MODIFIERS = re.compile(r"--\S*|\S*[:\[]\S*")
# Template slots left in the text: "$$ARTICLEAD$$", "{{ad}}", "[[teaser]]"; markup directives of
# CMSs writing Markdown, which leak through JSON: "+++dropcap", "[#image: /photos/1]", '{: class="x"}';
# a WordPress shortcode left unrendered: "[button link=...]Send us...[/button]".
PLACEHOLDER = re.compile(
    r"^(?:(?:\$\$|\{\{|\[\[|%%)[\w .:-]*(?:\$\$|\}\}|\]\]|%%)|\+\+\+[\w-]*|\[#\w+:[^\]]*\]|\{:[^}]*\}"
    r"|\[(\w+)\b[^\]]*\].*\[/\1\])$"
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# An element with a boilerplate name still counts as content when it holds the headline or the main
# element, or this many long paragraphs: layout wrappers are named "with-sidebar", "gate-ad"...
HOLDS_LAYOUT = etree.XPath("boolean(descendant::h1 | descendant::main)")
LONG_PARAGRAPHS = etree.XPath(
    "count(.//p[string-length() > 100][string-length(normalize-space()) > 100])"
    " + count(.//text()[string-length() > 100][not(parent::p or parent::script or parent::style)]"
    "[string-length(normalize-space()) > 100])"
)
SUBSTANTIAL_PARAGRAPHS = {"soft": 3, "hard": 6}
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces and trimmed; zero-width characters dropped."""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


#: Words from which an id is a title made into a slug rather than a name (class names run to four or five:
#: "article-body-content-wrapper").
MIN_SLUG_WORDS = 7
#: Where a camelCase class name starts a new word ("imageEmbedCaption", "relatedContent").
CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")


def class_id(el: lxml.html.HtmlElement) -> str:
    """An element's class and id, lowercased, as one string of words.

    A heading's id is left out: CMSs (Ghost, WordPress, Markdown) make it from the heading's own
    words, so "Demining and credit" gets id="demining-and-credit", which says nothing about boilerplate.
    So is an id as long as a sentence, made the same way from a slide's or a section's title
    ("zendaya-promoted-dune-part-two-in-london-1" names no promotion).
    """
    cls = el.get("class")
    ident = None if el.tag in HEADING_TAGS else el.get("id")
    if ident and ident.count("-") + ident.count("_") >= MIN_SLUG_WORDS - 1:
        ident = None
    if cls is None and ident is None:
        return ""
    names = f"{cls or ''} {ident or ''}".lower()
    if "--" in names or ":" in names or "[" in names:
        names = MODIFIERS.sub("", names)
    return names


def is_hidden(el: lxml.html.HtmlElement) -> bool:
    """Whether the element is hidden from readers by attribute or inline style."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    cls = el.get("class")
    return bool(cls) and not HIDDEN_CLASSES.isdisjoint(cls.lower().split())


def _in_sentence(el: lxml.html.HtmlElement) -> bool:
    """Whether text runs on around an inline element."""
    if el.tail and not el.tail.isspace():
        return True
    parent = el.getparent()
    return parent is not None and bool(parent.text) and not parent.text.isspace()


def is_boilerplate(el: lxml.html.HtmlElement) -> bool:
    """Whether the element and everything in it is not article text."""
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    if tag in PAGE_TAGS:
        return False
    if tag in WRAPPER_TAGS:
        # Whole pages are sometimes one <form> (ASP.NET); small forms are sign-up boxes.
        return not _holds_content(el, "soft")
    if el.get("itemprop") in MEDIA_ITEMPROPS:
        return True
    if is_hidden(el):
        return not _gated_text(el)
    if tag in INLINE_TAGS and _in_sentence(el):
        # A link or span inside a sentence is part of it, whatever its class ("tag-link").
        return False
    names = class_id(el)
    if not names:
        return False
    strength = name_strength(names)
    if strength is None and not GOOD.search(names):
        strength = _camel_strength(el)
    if strength is None or el.get("itemprop") == "articleBody":
        return False
    if EMBED_WRAPPER.search(names) and _wraps_embedded_post(el):
        return False  # "social-media-embed" around a quoted tweet: the wrapper of article content
    return not (_holds_content(el, strength) or _gated_text(el, names))


def _camel_strength(el: lxml.html.HtmlElement) -> str | None:
    """ "hard" when a word inside a camelCase class name is a hard boilerplate name ("InlineImage-
    imageEmbedCaption" names a caption). Only hard names count there: a soft one inside a longer name
    says too little ("noExternalIcon" is a link without an icon)."""
    cls = el.get("class")
    if not cls or cls.islower():
        return None
    words = CAMEL_BOUNDARY.sub("-", cls).lower()
    return "hard" if HARD_BAD.search(words) and not GOOD.search(words) else None


def _gated_text(el: lxml.html.HtmlElement, names: str | None = None) -> bool:
    """Whether `el` is the subscribers' part of the article: named so, and one of several long paragraphs
    named so in one parent ("<p class=paywall>" … "<p class=paywall>"), or a box holding several ("<div class=paywall
    hidden>"). A paywall's own box (a notice, an offer) is short lines and a paragraph at most."""
    names = class_id(el) if names is None else names
    if not names or GATED.search(names) is None:
        return False
    if el.tag != "p":
        return xpath_number(GATED_PARAGRAPHS, el) >= MIN_GATED_PARAGRAPHS
    if not xpath_number(LONG_PARAGRAPH, el) or is_paywall_notice(squash(el.text_content())):
        return False
    parent = el.getparent()
    siblings = parent.iterchildren("p") if parent is not None else ()
    gated = (p for p in siblings if p is not el and GATED.search(class_id(p)) and xpath_number(LONG_PARAGRAPH, p))
    return next(gated, None) is not None


def _wraps_embedded_post(el: lxml.html.HtmlElement) -> bool:
    return any(not EMBEDDED_POST_CLASSES.isdisjoint((q.get("class") or "").split()) for q in el.iter("blockquote"))


@lru_cache(maxsize=1 << 12)
def name_strength(names: str) -> str | None:
    """How strongly class and id words name boilerplate: "hard", "soft", or None (not at all, or
    named as content). Pages repeat class names ("menu-item" fifty times), so answers are kept."""
    if GOOD.search(names) or not EMBEDDED_POST_CLASSES.isdisjoint(names.split()):
        return None
    if HARD_BAD.search(names):
        return "hard"
    return "soft" if SOFT_BAD.search(names) and not CONTENT_WORDS.search(names) else None


def _holds_content(el: lxml.html.HtmlElement, strength: str) -> bool:
    if xpath_number(HOLDS_LAYOUT, el):
        return True
    return xpath_number(LONG_PARAGRAPHS, el) >= SUBSTANTIAL_PARAGRAPHS[strength]


def is_paywall_notice(line: str) -> bool:
    """Whether a line is a paywall notice: "この記事は会員限定です。", "Already a subscriber?"."""
    return len(line) <= PAYWALL_NOTICE_MAX_CHARS and PAYWALL_NOTICE.search(line.lower()) is not None


class BoilerplateCache:
    """Whether an element lies inside boilerplate, remembered per element (trees are walked many times)."""

    def __init__(self) -> None:
        self._inside: dict[lxml.html.HtmlElement, bool] = {}

    def inside(self, el: lxml.html.HtmlElement) -> bool:
        """Whether `el` or one of its ancestors is boilerplate."""
        chain: list[lxml.html.HtmlElement] = []
        node: lxml.html.HtmlElement | None = el
        result = False
        while node is not None:
            known = self._inside.get(node)
            if known is not None:
                result = known
                break
            if is_boilerplate(node):
                result = True
                chain.append(node)
                break
            chain.append(node)
            node = node.getparent()
        for item in chain:
            self._inside[item] = result
        return result
