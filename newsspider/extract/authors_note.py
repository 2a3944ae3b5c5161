"""The author's note that ends an article: "Jane Doe is a senior researcher at …", or the byline again.

Sites print who wrote the piece under it, in the text's own paragraphs. That note is the author block's
bio, not article text: :func:`take_author_notes` takes it out of the body and gives it to the author who
has no bio yet. A paragraph that is an author's name and nothing else is the byline, wherever the
template put it (:func:`drop_name_lines`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.bylines import name_key
from newsspider.extract.datafiles import load_data

if TYPE_CHECKING:
    from newsspider.items import Author

#: Only the last paragraphs can be the note, and a note is a few sentences.
NOTE_PARAGRAPHS = 2
NOTE_MAX_WORDS = 80
#: Characters a byline line may have beyond the name it gives (punctuation, spacing).
NAME_SLACK = 10
#: The verbs that open a bio after the name ("Jane Doe is …", "Max Muster ist …"), by language.
COPULAS: tuple[str, ...] = tuple(
    sorted({w for words in load_data("bylines.json")["bio_verbs"].values() for w in words})
)
#: Where one sentence ends and the next begins.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
#: Between names in a byline repeated at the end: "A, B and C", "A, B, C".
NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b|\bі\b)\s*")


def take_author_notes(paragraphs: list[str], authors: list[Author]) -> None:
    """Drop the author's note from the end of `paragraphs` (in place), and make it the bio of each author
    it describes who has none."""
    names = [author.name for author in authors if len(author.name.split()) > 1]
    if not names:
        return
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - NOTE_PARAGRAPHS, 0), -1):
        paragraph = paragraphs[index]
        if len(paragraph.split()) > NOTE_MAX_WORDS:
            continue
        bios = _bios(paragraph, names)
        if bios is None:
            continue
        del paragraphs[index]
        for author in authors:
            if author.name in bios and not author.bio:
                author.bio = bios[author.name]
        return


def drop_name_lines(paragraphs: list[str], authors: list[Author]) -> None:
    """Drop (in place) the paragraphs that are an author's name alone: the byline, set in the text's own
    paragraphs ("Konstantin Furrer" over the story, "渡辺洋介" under the headline)."""
    names = {key for author in authors if (key := name_key(author.name))}
    if not names:
        return
    # (A name is short: longer paragraphs are not normalized, which costs more than the rest of this.)
    longest = max(len(author.name) for author in authors) + NAME_SLACK
    paragraphs[:] = [p for p in paragraphs if len(p) > longest or name_key(p) not in names]


def _bios(paragraph: str, names: list[str]) -> dict[str, str] | None:
    """The bios a paragraph gives, by author name ({} for the byline again); None when it is no note."""
    parts = [part for part in NAME_SEPARATOR.split(paragraph.strip().rstrip(".")) if part]
    if parts and all(part in names for part in parts):
        return {}  # "Ярослав Кузишин, Антон Зелинский, Карина Гасимова": the byline, again
    bios: dict[str, str] = {}
    subject = None
    for sentence in SENTENCE_BREAK.split(paragraph.strip()):
        subject = next((name for name in names if _describes(sentence, name)), subject)
        if subject is None:
            return None  # it opens on something else: article text
        bios[subject] = f"{bios[subject]} {sentence}" if subject in bios else sentence
    return bios or None


def _describes(sentence: str, name: str) -> bool:
    """Whether `sentence` opens with `name` and a copula: "Jane Doe is a …", "Max Muster ist …"."""
    if not sentence.startswith(name):
        return False
    rest = sentence[len(name) :].lstrip(" ,")
    return rest.startswith(tuple(f"{verb} " for verb in COPULAS))
