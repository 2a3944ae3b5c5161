"""Title strings compared and split: the forms in which og:title, <title>, <h1> and JSON-LD repeat a headline."""

from __future__ import annotations

import re
import unicodedata

#: Separators between a headline and the site name or section in titles.
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—·•»:/~]\s+|\s*[|｜ㅣ]\s*|\s*--+\s*|\s*：\s*")
QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
EDGE_PUNCT = " \"'.:;,-–—|"
#: Soft hyphens and zero-width characters, which never show.
INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


#: A short bracketed label ending a title.
BRACKETED_END = re.compile(r"\s*[\[【(（][^\]】)）]{1,20}[\]】)）]$")


def comparable(text: str) -> str:
    """`text` reduced for comparison: NFKC, case-folded, plain quotes, trimmed punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).casefold()
    text = INVISIBLE.sub("", text)
    return " ".join(text.split()).strip(EDGE_PUNCT)


def title_forms(title: str) -> set[str]:
    """:func:`comparable` forms of `title` whole, of each part between its separators, and of what is
    before and after each separator ("Headline — Kicker - Site" gives "Headline — Kicker" too)."""
    forms = {comparable(title)}
    for match in TITLE_SEPARATOR.finditer(title):
        forms.update((comparable(title[: match.start()]), comparable(title[match.end() :])))
    if len(forms) > 1:
        forms.update(comparable(part) for part in TITLE_SEPARATOR.split(title) if part.strip())
    # A bracketed label after the headline: "Headline [Miyazaki]", "Headline (video)".
    forms.update(trimmed for form in list(forms) if (trimmed := BRACKETED_END.sub("", form)) != form)
    return forms
