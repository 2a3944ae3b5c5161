"""Credits written as a line of text instead of a byline, read when nobody else is credited: the
reporter's credit a Korean article opens or ends with ("신현주 기자") and the editors' credit that ends a
Chinese one ("(责编：牛镛、岳弘彬)"). Each gives (role, names): the role is the credit's own word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import lxml.etree

from newsspider.extract.bylines import CJK, EDITOR_LABELS, ROLE_WORDS, cjk_credit, editor_credit
from newsspider.extract.markup import in_story_list

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
    "//body//text()[not(ancestor::a or ancestor::nav or ancestor::footer or ancestor::aside)]["
    + " or ".join(f"contains(., '{role}')" for role in CJK_ROLES)
    + "]"
)


def editor_credit_line(page: Page) -> tuple[str, list[str]] | None:
    """(label, names) of the first editor credit on the page."""
    texts: list[str] = EDITOR_CREDIT_TEXTS(page.root)  # type: ignore[assignment]
    for text in texts:
        credit = editor_credit(text)
        if credit is not None:
            return credit
    return None


def reporter_credit_line(page: Page) -> tuple[str, list[str]] | None:
    """(role, names) of the first line on the page that is a CJK reporter's credit alone, outside lists
    of other stories."""
    texts: list[lxml.etree._ElementUnicodeResult] = REPORTER_CREDIT_TEXTS(page.root)  # type: ignore[assignment]
    for text in texts:
        credit = cjk_credit(" ".join(text.split()))
        if credit is not None and not in_story_list(text.getparent()):
            return credit
    return None
