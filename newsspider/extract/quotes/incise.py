"""Attributions written inside the quote marks, as French and Italian style has them.

    «Nous ne céderons pas, souligne-t-elle. Le combat continue.»
    «Il faut agir vite, explique Marie Dupont, sinon il sera trop tard.»

The words between the comma and the next , or . are the speaker's incise, not the quote: the span is
cut in two around it, so that the first part finds its attribution right after it (as in
«…», souligne-t-elle) and the second inherits that speaker. An incise is a cue with its subject
inverted ("souligne-t-elle", "a-t-il déclaré") or a cue followed by a capitalised name only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.quotes.attribution import inverted_cue
from newsspider.extract.quotes.marks import Span
from newsspider.extract.quotes.speakers import name_token

if TYPE_CHECKING:
    from newsspider.extract.quotes.lexicon import Lexicon

#: A comma inside the quote, where an incise may start.
INCISE_START = re.compile(r",\s+")
#: The punctuation that closes an incise, and the space after it.
INCISE_END = re.compile(r"\s*[,.]\s+")
MAX_NAME_TOKENS = 4
MIN_PART_CHARS = 2


def _incise_end(text: str, start: int, lexicon: Lexicon) -> int:
    """End of the incise starting at `start` in `text` (after its , or . and space), or -1."""
    rest = text[start:]
    inverted = inverted_cue(rest, lexicon)
    if inverted is not None:
        close = INCISE_END.match(rest, len(inverted[1]))
        return start + close.end() if close else -1
    cue = lexicon.cue_re.match(rest)
    if cue is None:
        return -1
    close = INCISE_END.search(rest, cue.end())
    if close is None:
        return -1
    name = rest[cue.end() : close.start()].split()
    if not 0 < len(name) <= MAX_NAME_TOKENS or not all(name_token(word, lexicon) for word in name):
        return -1
    return start + close.end()


def _split(text: str, span: Span, lexicon: Lexicon) -> list[Span]:
    closer = span.end - 1
    for comma in INCISE_START.finditer(text, span.start + 1, closer):
        end = _incise_end(text[:closer], comma.end(), lexicon)
        if end < 0:
            continue
        first, second = text[span.start + 1 : comma.start()].strip(), text[end:closer].strip()
        if len(first) < MIN_PART_CHARS or len(second) < MIN_PART_CHARS:
            return [span]
        # The comma stands as the first part's closing mark, the space before the rest as its opening one.
        return [
            Span(span.paragraph, span.start, span.paragraph, comma.start() + 1, first, True),
            Span(span.paragraph, end - 1, span.paragraph, span.end, second, True),
        ]
    return [span]


def split_incises(paragraphs: list[str], spans: list[Span], lexicon: Lexicon) -> tuple[list[Span], set[Span]]:
    """`spans` with each one-paragraph quote that holds an incise cut in two around it, and the
    second parts (which go on with the first part's quote: same speaker, same kind)."""
    result: list[Span] = []
    continued: set[Span] = set()
    for span in spans:
        parts = (
            _split(paragraphs[span.paragraph], span, lexicon)
            if span.closed and span.end_paragraph == span.paragraph and "," in span.text
            else [span]
        )
        result.extend(parts)
        continued.update(parts[1:])
    return result, continued
