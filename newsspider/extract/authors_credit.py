"""Credits written as a line of text instead of a byline, read when nobody else is credited: the
reporter's credit a Korean article opens or ends with ("신현주 기자") and the editors' credit that ends a
Chinese one ("(责编：牛镛、岳弘彬)"). Each gives (role, names): the role is the credit's own word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.etree

from newsspider.extract.bylines import CJK, EDITOR_LABELS, ROLE_WORDS, cjk_credit, editor_credit
from newsspider.extract.datafiles import load_data
from newsspider.extract.markup import in_story_list
from newsspider.extract.metadata import page_language

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: Text nodes that may hold an editor credit, found in one scan of the page.
EDITOR_CREDIT_TEXTS = lxml.etree.XPath(
    "//body//text()[" + " or ".join(f"contains(., '{label}')" for label in EDITOR_LABELS) + "]", smart_strings=False
)
#: Role words written after a CJK name ("기자", "특파원").
CJK_ROLES = tuple(role for role in ROLE_WORDS if CJK.search(role))
#: Text nodes that may hold a reporter's credit: outside links (teasers of other stories credit their own
#: reporters) and outside the page's furniture.
REPORTER_CREDIT_TEXTS = lxml.etree.XPath(
    "//body//text()["
    + " or ".join(f"contains(., '{role}')" for role in CJK_ROLES)
    + "][not(ancestor::a or ancestor::nav or ancestor::footer or ancestor::aside)]"
)
_ROLES = load_data("bylines.json")["roles"]
#: The languages written with those role words, and those with editor credits: pages in other languages
#: are not scanned for them (a scan of every text node of the page is costly).
REPORTER_CREDIT_LANGUAGES = frozenset(lang for lang, roles in _ROLES.items() if any(CJK.search(r) for r in roles))
EDITOR_CREDIT_LANGUAGES = frozenset(load_data("bylines.json")["editor_credits"])


def editor_credit_line(page: Page) -> tuple[str, list[str]] | None:
    """(label, names) of the first editor credit on the page."""
    if not _may_hold(page, EDITOR_CREDIT_LANGUAGES):
        return None
    texts: list[str] = EDITOR_CREDIT_TEXTS(page.root)  # type: ignore[assignment]
    for text in texts:
        credit = editor_credit(text)
        if credit is not None:
            return credit
    return None


def reporter_credit_line(page: Page) -> tuple[str, list[str]] | None:
    """(role, names) of the first line on the page that is a CJK reporter's credit alone, outside lists
    of other stories."""
    if not _may_hold(page, REPORTER_CREDIT_LANGUAGES):
        return None
    texts: list[lxml.etree._ElementUnicodeResult] = REPORTER_CREDIT_TEXTS(page.root)  # type: ignore[assignment]
    for text in texts:
        credit = cjk_credit(" ".join(text.split()))
        if credit is not None and not in_story_list(text.getparent()):
            return credit
    return None


def _may_hold(page: Page, languages: frozenset[str]) -> bool:
    """Whether the page may hold a credit of one of `languages`: it is in one, or declares none and its
    title is written in CJK script."""
    language = page_language(page)
    if language is not None:
        return language.split("-")[0].lower() in languages
    title = page.root.find(".//title")
    return title is not None and bool(CJK.search(title.text_content()))
