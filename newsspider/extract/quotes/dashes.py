"""Quoted lines opened by a dash, for languages whose data lists ``dash_quotes`` (es, pl).

    – To najważniejsza inwestycja – powiedział wiceprezydent Marek Nowicki.
    —No cederemos —dijo la alcaldesa—. —Lo hemos dicho siempre.

A paragraph that opens with a dash holds a quote only when a later dash is followed by a cue verb:
the words between the two dashes are the quote and the words after the cue its attribution. A dash
line with no cue after a dash (a list item, an aside, a dialogue of unknown speakers) gives nothing.
After the attribution, a sentence that opens with a dash goes on with the quote, up to the next dash
before a cue or the paragraph end. Paragraphs that also hold marked quotes are left to the marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.quotes.attribution import inverted_cue
from newsspider.extract.quotes.marks import Span

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

OPENING = re.compile(r"^\s*([—–])\s*(?=\S)")
#: A dash between the quote and its attribution: " – powiedział", " —dijo".
CLOSING = re.compile(r"\s([—–])\s*(?=\S)")
#: A later sentence of the same paragraph that opens with a dash: ". – Dalej …", ". —Y además …".
CONTINUATION = re.compile(r"[.!?…]\s+([—–])\s*(?=\S)")


def _attributing_dash(text: str, start: int, lexicon: Lexicon) -> re.Match[str] | None:
    """The first dash after `start` that a cue verb follows."""
    for dash in CLOSING.finditer(text, start):
        after = text[dash.end() :]
        if dash.group(1) in lexicon.dash_marks and (
            lexicon.cue_re.match(after) or inverted_cue(after, lexicon) is not None
        ):
            return dash
    return None


def _line_spans(index: int, text: str, lexicon: Lexicon) -> list[Span]:
    opening = OPENING.match(text)
    if opening is None or opening.group(1) not in lexicon.dash_marks:
        return []
    closing = _attributing_dash(text, opening.end(), lexicon)
    if closing is None:
        return []
    spans: list[Span] = []
    start = opening.start(1)
    while closing is not None:
        close = closing.start(1)
        spans.append(Span(index, start, index, close + 1, text[start + 1 : close].strip(), True))
        following = CONTINUATION.search(text, closing.end())
        if following is None or following.group(1) not in lexicon.dash_marks:
            return spans
        start = following.start(1)
        closing = _attributing_dash(text, following.end(), lexicon)
    # The last sentence opened by a dash and never attributed runs to the paragraph end.
    spans.append(Span(index, start, index, len(text) + 1, text[start + 1 :].strip(), True))
    return spans


def with_dash_quotes(paragraphs: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """`spans` (in marks) with the dash-quoted lines of `paragraphs` added, in reading order."""
    if not lexicon.dash_marks:
        return spans
    marked = {p for s in spans for p in range(s.paragraph, s.end_paragraph + 1)}
    added = [
        span
        for index, text in enumerate(paragraphs)
        if index not in marked
        for span in _line_spans(index, text, lexicon)
    ]
    return sorted([*spans, *added], key=lambda s: (s.paragraph, s.start)) if added else spans
