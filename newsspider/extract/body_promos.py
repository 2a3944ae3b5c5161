"""A site's promotion of itself inside the article's text: its newsletter, its accounts and channels,
an appeal for support, a link to its app, a box with a button.

The phrases are data (``promo_lines`` and ``promo_links`` in ``data/body_boilerplate.json``); each rule
reads one lowercased line. :mod:`.body_lines` asks these questions among its others.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.body_clean import DATA, TRAILING_PUNCTUATION
from newsspider.extract.headline import ALNUM

if TYPE_CHECKING:
    from collections.abc import Collection

    import lxml.html

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


def openers(lowered: str) -> frozenset[str]:
    """The words that open the sentences of a lowercased line (after an opening word such as "please")."""
    return frozenset(SENTENCE_OPENER.findall(lowered))


def promotion(lowered: str, tokens: frozenset[str]) -> bool:
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
    return promotion(lowered, openers(lowered))
