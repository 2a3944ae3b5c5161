"""Sign-up boxes inside the text: a newsletter's name, its pitch and the form to subscribe.

The form itself is skipped as boilerplate (:func:`.body_clean.is_boilerplate`), but the heading and the
pitch beside it are plain headings and paragraphs, often with no class that names them ("Hauptstadt
Inside" / "Hinter den Kulissen der Politik - meinungsstark, exklusiv, relevant." / [e-mail] [Subscribe]).
What marks the box is its e-mail field: the box is the largest element around the field that holds
little text besides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from newsspider.extract.body_clean import xpath_number

if TYPE_CHECKING:
    from collections.abc import Iterable

    import lxml.html

#: The input types of an e-mail address field.
EMAIL_TYPES = frozenset({"email"})
#: A sign-up box holds a name and a sentence or two of pitch; an element with more text holds the article,
#: and so does one with a large share of the container's text (a short brief beside a sign-up form).
SIGNUP_MAX_CHARS = 400
SIGNUP_MAX_SHARE = 0.3
TEXT_CHARS = etree.XPath("string-length(normalize-space())")


def signup_boxes(containers: Iterable[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """The sign-up boxes inside `containers`: around each e-mail field, the outermost element below the
    container whose text is short (at most :data:`SIGNUP_MAX_CHARS` characters, and at most
    :data:`SIGNUP_MAX_SHARE` of the container's)."""
    boxes: set[lxml.html.HtmlElement] = set()
    for container in containers:
        fields = [field for field in container.iter("input") if (field.get("type") or "").lower() in EMAIL_TYPES]
        if not fields:
            continue
        limit = min(SIGNUP_MAX_CHARS, SIGNUP_MAX_SHARE * xpath_number(TEXT_CHARS, container))
        for field in fields:
            box = None
            for ancestor in field.iterancestors():
                if ancestor is container or xpath_number(TEXT_CHARS, ancestor) > limit:
                    break
                box = ancestor
            if box is not None:
                boxes.add(box)
    return boxes
