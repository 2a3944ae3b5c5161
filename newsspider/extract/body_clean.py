"""Telling boilerplate from article text: elements to skip, and text lines to drop.

The knowledge (tags, class/id tokens, boilerplate lines in several languages) is data, in
``data/body_boilerplate.json``; this module compiles it once and answers questions about one element
or one line. Nothing here changes the tree: other extractors read the same parsed page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from lxml import etree

from newsspider.extract.bylines import EMAIL, byline_only, cjk_credit, is_agency_credit
from newsspider.extract.datafiles import load_data
from newsspider.extract.dates_parse import date_label, dated_update_line, strip_label
from newsspider.extract.headline import ALNUM

if TYPE_CHECKING:
    from collections.abc import Collection

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


#: A run of letters: a word, as :class:`LineWords` reads a phrase.
WORD_TOKEN = re.compile(r"[^\W\d_]+")


class LineWords:
    """Words and phrases to find in a lowercased line. Most lines hold none of them, so a quick test comes
    first and the pattern (whole words, maybe opening a sentence) runs only when it passes: the first word
    of a phrase must be in the line (`opening`: must open one of its sentences, see :func:`openers`)."""

    __slots__ = ("keys", "opening", "pattern")

    def __init__(self, words: list[str], pattern: re.Pattern[str], *, opening: bool = False) -> None:
        self.keys = frozenset(found[0] for word in words if (found := WORD_TOKEN.findall(word)))
        self.pattern = pattern
        self.opening = opening

    def search(self, text: str, opened: frozenset[str]) -> re.Match[str] | None:
        if self.opening and self.keys.isdisjoint(opened):
            return None
        if not self.opening and not any(key in text for key in self.keys):
            return None
        return self.pattern.search(text)

    def findall(self, text: str, opened: frozenset[str]) -> list[str]:
        return self.pattern.findall(text) if self.search(text, opened) else []


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
BOILERPLATE_LINES = frozenset(DATA["boilerplate_lines"])
MEDIA_ITEMPROPS = frozenset(DATA["media_itemprops"])
EMBEDDED_POST_CLASSES = frozenset(DATA["embedded_post_classes"])
#: Class words of an element that wraps embedded posts (quoted in <blockquote>s of those classes).
EMBED_WRAPPER = re.compile(r"embed|tweet")
GATED = _token_regex(DATA["gated_prefixes"])
#: Gated text is a long paragraph, or holds one.
#: Gated text is several long paragraphs (a promotion in a paywall box is one, at most): paragraphs
#: so named one by one, or a box holding them.
LONG_PARAGRAPH = etree.XPath("boolean(self::p[string-length() > 100][string-length(normalize-space()) > 100])")
GATED_PARAGRAPHS = etree.XPath("count(.//p[string-length() > 100][string-length(normalize-space()) > 100])")
MIN_GATED_PARAGRAPHS = 2
TEASER_START = re.compile("|".join(re.escape(p) for p in DATA["teaser_prefixes"]))
#: Arrows that point a short line with a link to another page: ">> Hier finden Sie alle Termine", "► Mehr dazu"
#: (not "»", which opens a quotation in German).
TEASER_ARROWS = (">>", "→", "►", "▶", "➤", "➔", "⇒", "▸")
#: Matched against lowercased lines (a case-insensitive alternation is ten times slower).
PAYWALL_NOTICE = re.compile("|".join(re.escape(p.lower()) for words in DATA["paywall_notices"].values() for p in words))
#: A paywall notice is a short line; the subscription box after it is made of short lines only.
PAYWALL_NOTICE_MAX_CHARS = 200
PAYWALL_BOX_LINE_CHARS = 60
#: A notice over a text that is all there (a soft paywall) is one of its first lines.
PAYWALL_LEAD_LINES = 2
#: Every whitespace character (as ``\s`` matches), for str.strip: a regex anchored at the end tries
#: every position of a long line.
WHITESPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
#: Stripped from the end of a line before it is looked up: "Read more »", "Advertisement:".
TRAILING_PUNCTUATION = WHITESPACE_CHARS + ":：.…!»>|→›-"
#: Brackets and bullets that frame a stock heading: "【関連記事】", "■ Related", "[PR]".
FRAMING_START = WHITESPACE_CHARS + "■□●◆◇▶►▼【〔["
FRAMING_END = WHITESPACE_CHARS + "】〕]"
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
#: A line with this share of its text in links, and few words, is a teaser or navigation line.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LINK_LINE_DENSITY = 0.6
LINK_LINE_MAX_WORDS = 25
#: A line mostly of links is kept when it ends like a sentence and has this many characters of its own.
SENTENCE_END = (".", "!", "?", "。")
LINKED_SENTENCE_OWN_CHARS = 8
CREDIT_PREFIXES = tuple(DATA["credit_prefixes"])
CREDIT_SUFFIXES = tuple(DATA["credit_suffixes"])
CREDIT_MAX_WORDS = 15
#: The newsroom's credits at the end of a story name a few people each: "(Reporting by A in Beirut, B in
#: The Hague and C in London; Writing by C; Editing by D)".
STAFF_CREDIT_MAX_WORDS = 60
_STAFF = DATA["staff_credits"]
#: A label and the name it credits ("Reporting by Will Dunham", "Redaktion: Marcus Bensmann").
_STAFF_LABELS = sorted(_STAFF["labels"], key=len, reverse=True)
STAFF_CREDIT_LABEL = re.compile(rf"^[\s(\[–—-]*(?:{'|'.join(map(re.escape, _STAFF_LABELS))})\s*:?\s*")
#: Who contributed, at the end of the line: "… contributed reporting from Hong Kong."
STAFF_CONTRIBUTED = LineWords(
    _STAFF["contributed"],
    re.compile(
        rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, _STAFF['contributed']))})(?:\s+(?:from|in)\s+[^.;]{{1,40}})?[.)]?$"
    ),
)
#: A note about the text: where it first appeared, or that it is a translation.
ARTICLE_NOTE_MAX_WORDS = 40
_NOTES = DATA["article_notes"]
ARTICLE_NOTE = re.compile(
    rf"^(?:(?:{'|'.join(map(re.escape, sorted(_NOTES['openers'], key=len, reverse=True)))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _NOTES['phrases']))})(?![^\W\d_])"
)
#: A short line this much made of digits is a date or time ("Freitag, 28.04.2023, 19:25").
DATE_MAX_WORDS = 6
DATE_DIGIT_SHARE = 0.35
#: A labelled date line: "Updated at 1:23 p.m.", "Veröffentlicht am 3. Mai 2024, 10:15 Uhr".
DATE_LABEL_MAX_WORDS = 8
#: A short line with an e-mail address is a contact or credit line ("Get in touch at news@…").
CONTACT_MAX_WORDS = 40
#: A byline line (see :func:`.bylines.byline_only`) is a few words long.
BYLINE_MAX_WORDS = 10
#: An agency credit ("mit Material von dpa, AFP und Reuters") is a few words.
AGENCY_MAX_WORDS = 8
TEASER_MAX_WORDS = 30
#: A site's own promotion: "Subscribe to our newsletters", "Follow us on Facebook, Twitter and Instagram".
PROMO_MAX_WORDS = 40
MIN_PROMO_NETWORKS = 2
_PROMO = DATA["promo_lines"]
#: A word a promotion's sentence may open with before its imperative ("Please …", "Dann unterstützen Sie …").
PROMO_OPENING = "|".join(re.escape(w) for w in _PROMO["opening"])
#: The first word of each sentence of a line (after an opening word, if any).
SENTENCE_OPENER = re.compile(rf"(?:^|[.!?:]\s+)(?:(?:{PROMO_OPENING})\s+)?([^\W\d_]+)")
#: Quotation marks: a line quoting someone's appeal ("Support us," the charity asked) reports it.
QUOTE_MARKS = frozenset('"“”„«»‘’‚‹›「」『』')


def _promo_words(key: str, *, opening: bool = False) -> LineWords:
    """The words of `key` as whole words; with `opening`, only where a sentence opens with them (the
    imperative of a promotion: "Follow us on …", "… today. Sign up for …")."""
    words = "|".join(re.escape(w) for w in sorted(_PROMO[key], key=len, reverse=True))
    start = rf"(?:^|[.!?:]\s+)(?:(?:{PROMO_OPENING})\s+)?" if opening else r"(?<![^\W\d_])"
    return LineWords(_PROMO[key], re.compile(rf"{start}(?:{words})(?![^\W\d_])"), opening=opening)


PROMO_NEWSLETTER = _promo_words("newsletter")
#: "our newsletter(s)", "our free weekly newsletter": the site's own, however the sentence goes on.
OUR_NEWSLETTER = re.compile(rf"\bour\s+(?:\w+\s+){{0,2}}(?:{'|'.join(map(re.escape, _PROMO['newsletter']))})\b")
PROMO_SIGN_UP = _promo_words("sign_up", opening=True)
PROMO_FOLLOW = _promo_words("follow", opening=True)
PROMO_NETWORKS = _promo_words("networks")
PROMO_SUPPORT = _promo_words("support", opening=True)
PROMO_CHANNEL = _promo_words("channel")
PROMO_JOIN = _promo_words("join", opening=True)
#: A link styled as a button ("button primary-button", "btn-cta"): a call to action.
BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:button|btn|cta)(?:$|[\s_-])")
#: A line with a button is a box of its own: a promotion there may run to a long paragraph.
PROMO_BOX_MAX_WORDS = 200
#: Links a site's promotion points to: its app in a store, its channel on a messenger, its aggregator page.
PROMO_LINK = re.compile(rf"^https?://(?:www\.)?(?:{'|'.join(map(re.escape, DATA['promo_links']))})", re.IGNORECASE)


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


def paywall_end(lines: list[str]) -> int | None:
    """Where a paywalled text ends: the index of its paywall notice when only short lines follow it
    (the box selling the subscription); None when there is no notice, or article text follows it.

    Only the run of short lines at the end, and the line before it, are read: a notice with text after
    it ends nothing.
    """
    end = None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if is_paywall_notice(line):
            end = index
        if len(line) > PAYWALL_BOX_LINE_CHARS:
            break
    return end


def paywall_lead(lines: list[str]) -> list[int]:
    """The indexes of paywall notices among the first lines of a text that is all there."""
    return [index for index, line in enumerate(lines[:PAYWALL_LEAD_LINES]) if is_paywall_notice(line)]


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


def openers(lowered: str) -> frozenset[str]:
    """The words that open the sentences of a lowercased line (after an opening word such as "please")."""
    return frozenset(SENTENCE_OPENER.findall(lowered))


def _promotion(lowered: str, tokens: frozenset[str]) -> bool:
    """Whether a lowercased line (with its :func:`openers`) promotes the site's newsletter, channel or
    social accounts, or asks for support."""
    if PROMO_SUPPORT.search(lowered, tokens) and QUOTE_MARKS.isdisjoint(lowered):
        return True
    if PROMO_NEWSLETTER.search(lowered, tokens):
        return PROMO_SIGN_UP.search(lowered, tokens) is not None or OUR_NEWSLETTER.search(lowered) is not None
    if PROMO_CHANNEL.search(lowered, tokens) and PROMO_NETWORKS.search(lowered, tokens):
        return any(verb.search(lowered, tokens) for verb in (PROMO_JOIN, PROMO_FOLLOW, PROMO_SIGN_UP))
    if PROMO_FOLLOW.search(lowered, tokens):
        return len(set(PROMO_NETWORKS.findall(lowered, tokens))) >= MIN_PROMO_NETWORKS
    return False


def _staff_credit(text: str, lowered: str, tokens: frozenset[str]) -> bool:
    """Whether a line is the newsroom's credit: a label and a name ("(Reporting by Will Dunham; Editing by
    Tom Brown)"), or who contributed ("Keith Bradsher contributed reporting from Hong Kong."), quoting nobody."""
    if not QUOTE_MARKS.isdisjoint(text):
        return False
    label = STAFF_CREDIT_LABEL.match(lowered)
    if label is not None:
        return text[label.end() : label.end() + 1].isupper()
    return STAFF_CONTRIBUTED.search(lowered.strip(), tokens) is not None


def _linked_sentence(text: str, link_chars: int) -> bool:
    """Whether a line mostly of links is still a sentence: it ends like one and has words of its own
    besides the links ("More on our YouTube channel."); a teaser title or a menu does not."""
    return text.endswith(SENTENCE_END) and len(text) - link_chars >= LINKED_SENTENCE_OWN_CHARS


def _byline_line(text: str, words: int) -> bool:
    """Whether a line is only a byline: "Von Nina Magoley", "By A. Smith and B. Jones", "신현주 기자"."""
    return words <= BYLINE_MAX_WORDS and bool(byline_only(text) or cjk_credit(text))


def _dateline(text: str, words: int) -> bool:
    """Whether a line is a labelled date, or a date label alone: "Updated at 1:23 p.m.", "Publiziert",
    or a date with its update: "May 3, 2024 | Updated May 4, 2024"."""
    if words > DATE_LABEL_MAX_WORDS:
        return False
    if date_label(text) is None:
        return dated_update_line(text)
    return any(c.isdigit() for c in text) or not strip_label(text)


def promotes_by_link(text: str, links: list[tuple[str, str]], site_names: Collection[str]) -> bool:
    """Whether a short line that names the site links to its app, channel or aggregator page ("Aktuelle
    Nachrichten aufs Handy? Hier geht es zur neuen WAZ-News-App – für <a>Android</a> und <a>iOS</a>"): a
    promotion, whatever its words. `site_names` are the site's names as letters and digits, lowercased
    (:func:`.headline.site_keys`); a line that names no one of them (a game's store page in a review) is
    the article's."""
    if not links or not site_names or len(text.split()) > PROMO_MAX_WORDS:
        return False
    if not any(PROMO_LINK.match(url) for url, _ in links):
        return False
    letters = ALNUM.sub("", text.casefold())  # (as the site keys are made)
    return any(name in letters for name in site_names)


def is_promotion_box(text: str, anchors: list[lxml.html.HtmlElement]) -> bool:
    """Whether a line with a link styled as a button promotes the site or asks for support, however long
    ("Gerade jetzt … braucht es Zusammenhalt … Sind Sie dabei? [Jetzt unterstützen]")."""
    if not any(BUTTON_CLASS.search((anchor.get("class") or "").lower()) for anchor in anchors):
        return False
    if len(text.split()) > PROMO_BOX_MAX_WORDS:
        return False
    lowered = text.lower().rstrip(TRAILING_PUNCTUATION)
    return _promotion(lowered, openers(lowered))


def is_boilerplate_line(text: str, link_chars: int, heading: bool = False) -> bool:
    """Whether a collected line is boilerplate: a stock phrase, a photo credit, a bare date, a byline,
    a teaser, or a short line of links."""
    lowered = text.lower().rstrip(TRAILING_PUNCTUATION)
    if (
        lowered in BOILERPLATE_LINES
        or lowered.lstrip(FRAMING_START).rstrip(FRAMING_END) in BOILERPLATE_LINES
        or PLACEHOLDER.match(text)
    ):
        return True
    words = len(text.split())
    credit = lowered.lstrip(FRAMING_START)
    if words <= CREDIT_MAX_WORDS and (credit.startswith(CREDIT_PREFIXES) or lowered.endswith(CREDIT_SUFFIXES)):
        return True
    if text and words <= DATE_MAX_WORDS and sum(c.isdigit() for c in text) >= DATE_DIGIT_SHARE * len(text):
        return True
    if _byline_line(text, words) or _dateline(text, words) or (words <= AGENCY_MAX_WORDS and is_agency_credit(text)):
        return True
    tokens = openers(lowered) if words <= STAFF_CREDIT_MAX_WORDS else frozenset()
    if words <= PROMO_MAX_WORDS and _promotion(lowered, tokens):
        return True
    if words <= STAFF_CREDIT_MAX_WORDS and _staff_credit(text, lowered, tokens):
        return True
    if words <= ARTICLE_NOTE_MAX_WORDS and ARTICLE_NOTE.match(lowered) and QUOTE_MARKS.isdisjoint(text):
        return True
    if words <= CONTACT_MAX_WORDS and "@" in text and EMAIL.search(text):
        return True  # "Have a tip? Jane Doe may be reached at jdoe@example.com.", "기자 ninek@…": contact lines
    if (
        link_chars
        and link_chars >= LINK_LINE_DENSITY * len(text)
        and words <= LINK_LINE_MAX_WORDS
        and not _linked_sentence(text, link_chars)
    ):
        return True
    if heading or words > TEASER_MAX_WORDS or not link_chars:
        return False
    return bool(TEASER_START.match(lowered)) or text.lstrip().startswith(TEASER_ARROWS)
