"""Byline text to author names: "By A, B and C | Reporter" -> ["A", "B", "C"].

The words of bylines (prefixes such as "By", "Von", "Par"; conjunctions; job titles; photo credits)
are data in ``data/bylines.json``, one list per language, merged here into one set of patterns:
a byline's language is not always the page's.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from newsspider.extract.datafiles import load_data

EMAIL = re.compile(r"\S+@\S+\.\w+")
URL = re.compile(r"https?://\S+|www\.\S+")
HANDLE = re.compile(r"(?<!\w)@\w+")
#: Where the names part of a byline ends: a digit (dates, times), a bar, a bullet or a slash.
#: An English month name before a day ("Associated Press April 28, 2023") ends it too.
_MONTHS = load_data("dates.json")["months_en"]
NAMES_END = re.compile(
    # (a middle dot between CJK names lists them: "홍길동·김철수 기자")
    r"\s*(?:\d|[|•/]|·(?![\u3400-\u9fff\uac00-\ud7af])|\s[-–—]\s|\(|\[|\bon\s+\w+\s+\d"
    + r"|\s(?:"
    + "|".join(sorted({*_MONTHS, *(m[:3] for m in _MONTHS), "sept"}, key=len, reverse=True))
    + r")\.?\s+\d)",
    re.IGNORECASE,
)
#: A one-word label before a colon ("Redaktion: A"); prefixes such as "Von:" are handled apart.
LABEL = re.compile(r"^[^\W\d_]{2,20}:\s+")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
MIN_CAPITALISED = 2
ALNUM = re.compile(r"[\W_]+")
LETTER = re.compile(r"[^\W\d_]")
MAX_NAME_WORDS = 6
MAX_NAME_LENGTH = 60
#: Names in Chinese, Japanese or Korean script are short and written in one or two words ("渡辺洋介",
#: "홍 길동", "朝日新聞デジタル"); a longer run is a card's or a line's text, not a name.
MAX_CJK_NAME_WORDS = 2
MAX_CJK_NAME_LENGTH = 16
#: A credit line of CJK names and their role word is short: a place, two or three names, the role.
MAX_CJK_CREDIT = 30
MAX_CJK_CREDIT_WORDS = 4
PUNCTUATION = re.compile(r"[^\w\s]")
#: The beat after a role ("für Finanzen") is a few words.
MAX_BEAT_LENGTH = 40
#: What separates the places of a CJK byline from the name after them: spaces, "=" ("서울=홍길동 기자").
PLACE_BEFORE_NAME = re.compile(r"[\s=＝]+")
#: Reporters sharing one role word are listed with a middle dot: "홍길동·김철수 기자".
CJK_NAME_LIST = re.compile(r"[·ㆍ・、]")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _flatten(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [w for words in value.values() for w in words]
    return list(value)


def _load() -> dict[str, re.Pattern[str]]:
    data = load_data("bylines.json")
    prefixes = _alternatives(_flatten(data["prefixes"]))
    roles = _alternatives(_flatten(data["roles"]))
    conjunctions = _alternatives(data["conjunctions"])
    specifiers = _alternatives(data["role_specifiers"])
    agencies = _alternatives(data["agencies"])
    return {
        "prefix": re.compile(rf"^\W*(?:{prefixes})\b\s*[:：]?\s*", re.IGNORECASE),
        "inner_prefix": re.compile(rf"^([^\W\d_]+)\s+(?:{prefixes})\s+(?=[^\W\d_])", re.IGNORECASE),
        "glued_prefix": re.compile(r"^(?:By|Von|Par|Por|Av|Door)(?=[A-ZÀ-ÖØ-Þ])"),
        # "A, B and C", and the serial comma: "A, B, and C".
        "split": re.compile(rf"\s*(?:[,;](?:\s*(?:{conjunctions})(?=\s))?|\s(?:{conjunctions})\s)\s*", re.IGNORECASE),
        # A role, or a role with its beat: "Redakteurin für Finanzen", "Correspondent on foreign affairs".
        "role": re.compile(rf"^(?:{roles})(?:\s+(?:{specifiers})\s+\S.{{0,{MAX_BEAT_LENGTH}}})?$", re.IGNORECASE),
        "role_suffix": re.compile(rf"\s+(?:{roles})$", re.IGNORECASE),
        "credit": re.compile(rf"^\W*(?:{_alternatives(data['credits'])})\b\s*[:/]", re.IGNORECASE),
        "stop": re.compile(rf"\s*\b(?:{_alternatives(data['stop'])})\b.*$", re.IGNORECASE),
        "agency_suffix": re.compile(rf"[\s,]+(?:{_alternatives(data['agencies'])})$", re.IGNORECASE),
        "agency": re.compile(rf"^(?:{_alternatives(data['agencies'])})$", re.IGNORECASE),
        # A line crediting agencies alone, maybe with the editor's initials: "mit dpa", "SDA/sep", "(AFP)".
        "agency_credit": re.compile(
            rf"^[(\[]?\s*(?:(?:{_alternatives(data['agency_credit_words'])})\s*:?\s+)?(?:{agencies})"
            rf"(?:(?:\s*[/,]\s*|\s+(?:{conjunctions})\s+)(?:{agencies}|[^\W\d_]{{2,4}}))*\s*[)\]]?\.?$",
            re.IGNORECASE,
        ),
        # "… in Valencia", "… à Paris": one to three capitalised words after the place word.
        "location_suffix": re.compile(
            rf"\s+(?:{_alternatives(data['location_words'])})\s+[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){{0,2}}$"
        ),
    }


PATTERNS = _load()
EDITOR_LABELS = tuple(sorted(_flatten(load_data("bylines.json")["editor_credits"]), key=len, reverse=True))
#: Job titles shown after a name, every language's.
ROLE_WORDS = tuple(_flatten(load_data("bylines.json")["roles"]))
#: An editor credit line: "(责编：牛镛、岳弘彬)", "【责任编辑:张樵苏 】", "（编辑：严玉洁 王辉）".
EDITOR_CREDIT = re.compile(
    rf"^[(（【\[]?\s*({_alternatives(list(EDITOR_LABELS))})\s*[:：]\s*([^)）】\]]+?)\s*[)）】\]]?$"
)
#: Names in an editor credit are listed with enumeration commas or spaces.
CREDIT_NAMES_SPLIT = re.compile(r"[、，,;；\s]+")
MAX_CREDIT_LINE = 60
#: A name line's words: a capital, then letters (hyphens, apostrophes and an initial's dot too).
NAME_WORD = re.compile(r"^[^\W\d_a-z][^\W\d_]*(?:[-'’.][^\W\d_]*)*$")
MIN_NAME_LINE_WORDS = 2
MAX_NAME_LINE_WORDS = 4
LINE_ARTICLES = frozenset(load_data("bylines.json")["line_articles"])
CONJUNCTIONS = frozenset(word.casefold() for word in load_data("bylines.json")["conjunctions"])


def is_credit(text: str) -> bool:
    """Whether `text` credits a photo or image ("Foto: X", "(Image: Getty)"), not an author."""
    return PATTERNS["credit"].match(text) is not None


def has_prefix(text: str) -> bool:
    """Whether `text` opens with a byline prefix ("By", "Von:", "Par" ...)."""
    return PATTERNS["prefix"].match(text) is not None or PATTERNS["glued_prefix"].match(text) is not None


def byline_only(text: str) -> list[str]:
    """The people a line names when it is nothing but a byline ("Von Nina Magoley", "By A. Smith and
    B. Jones, Staff Writers"): a prefix, then names of two or more capitalised words each; else []."""
    return people_only(parse_byline(text)) if has_prefix(text) else []


def cjk_credit(text: str) -> tuple[str, list[str]] | None:
    """(role, names) of a line that is nothing but CJK names with the role word after them ("신현주 기자",
    "서울=홍길동·김철수 기자"), the credit Korean articles open or end with; else None."""
    if len(text) > MAX_CJK_CREDIT or len(text.split()) > MAX_CJK_CREDIT_WORDS or not CJK.search(text):
        return None
    role = PATTERNS["role_suffix"].search(text)
    if role is None:
        return None
    names = parse_byline(text)
    return (role.group().strip(), names) if names and all(CJK.search(name) for name in names) else None


def is_agency(name: str) -> bool:
    """Whether `name` is a news agency's ("dpa", "AFP", "Reuters")."""
    return PATTERNS["agency"].match(name.strip()) is not None


def is_agency_credit(text: str) -> bool:
    """Whether a line credits news agencies and nothing else: "mit dpa", "SDA/sep", "(AFP)", "dpa/AFP/jk"."""
    return bool(PATTERNS["agency_credit"].match(text.strip()))


def people_only(names: list[str]) -> list[str]:
    """`names` when each has two or more capitalised words (a person's name), else []."""
    if all(sum(word[:1].isupper() for word in name.split()) >= MIN_CAPITALISED for name in names):
        return names
    return []


def strip_prefix(text: str) -> str:
    """`text` without a leading "By", "Von:", "Ein Kommentar von" ..."""
    text = PATTERNS["glued_prefix"].sub("", text.strip(), count=1)
    return PATTERNS["prefix"].sub("", text, count=1)


def name_key(name: str) -> str:
    """A name reduced for comparison: NFKC, case-folded, letters and digits only, single spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(PUNCTUATION.sub(" ", text).split())


def looks_like_name(text: str) -> bool:
    """Whether `text` can be a person's or desk's name: letters, no URL, a few words, not a role."""
    if not text or len(text) > MAX_NAME_LENGTH or not LETTER.search(text):
        return False
    if any(c.isdigit() for c in text) or "@" in text or "://" in text or text.startswith("www."):
        return False
    words = text.split()
    if len(words) > MAX_NAME_WORDS:
        return False
    if CJK.search(text) and (len(words) > MAX_CJK_NAME_WORDS or len(text) > MAX_CJK_NAME_LENGTH):
        return False
    return PATTERNS["role"].match(text) is None


def _still_a_name(text: str) -> bool:
    """Whether `text` is still a full name once a role is cut off ("Guardian staff reporter" is a desk)."""
    return CJK.search(text) is not None or sum(1 for w in text.split() if w[:1].isupper()) >= MIN_CAPITALISED


def _ends_joined(text: str) -> bool:
    """Whether `text` ends with a conjunction: "Le Figaro et" before "AFP" names two credits, not one."""
    words = text.split()
    return bool(words) and words[-1].casefold() in CONJUNCTIONS


def clean_name(text: str) -> str | None:
    """One name: prefix, label, role suffix, e-mail and edge punctuation removed; None when it is no name."""
    text = EMAIL.sub(" ", URL.sub(" ", text))
    text = LABEL.sub("", strip_prefix(" ".join(text.split())), count=1)
    if PATTERNS["role"].match(text):
        return None
    without_role = PATTERNS["role_suffix"].sub("", text)
    if without_role != text and _still_a_name(without_role):
        text = without_role
    placed = PATTERNS["location_suffix"].sub("", text)
    if placed != text and (_still_a_name(placed) or PATTERNS["agency"].match(placed)):
        text = placed
    without_agency = PATTERNS["agency_suffix"].sub("", text)
    if without_agency != text and _still_a_name(without_agency) and not _ends_joined(without_agency):
        # "Tom Davies Associated Press": the agency he files for, not part of his name.
        text = without_agency
    text = _once(text.strip(" \t-–—:,;.|/()[]'\""))
    return text if looks_like_name(text) else None


def _once(text: str) -> str:
    """A name read twice, as a byline with a hidden copy beside its visible parts gives it
    ("Martin Gramnæs Martin Gramnæs"), once."""
    words = text.split()
    half = len(words) // 2
    if (
        half >= MIN_CAPITALISED
        and len(words) == 2 * half
        and [w.casefold() for w in words[:half]] == [w.casefold() for w in words[half:]]
    ):
        return " ".join(words[:half])
    return text


def split_names(text: str, *, keep_whole: frozenset[str] = frozenset()) -> list[str]:
    """Names of a credit line joined by commas and conjunctions ("A, B and C", "A og B").

    A line naming organisations (`keep_whole` holds their letters-and-digits keys, e.g. the site's
    name) stays whole:
    "Le Figaro et AFP" is one credit.
    """
    parts = [p for p in PATTERNS["split"].split(text) if p and p.strip()]
    titled = [part for part in parts if CJK.search(part) and PATTERNS["role_suffix"].search(part)]
    if titled:
        # "순천, 광양 구현모 기자", "서울=홍길동 기자": places go before a CJK name, the role after it.
        listed = [PLACE_BEFORE_NAME.split(PATTERNS["role_suffix"].sub("", part))[-1] for part in titled]
        parts = [name for joined in listed for name in CJK_NAME_LIST.split(joined) if name]  # "홍길동·김철수 기자"
    if len(parts) > 1 and keep_whole:
        sites = [ALNUM.sub("", p.casefold()) in keep_whole for p in parts]
        # "Le Figaro et AFP" is one credit; in "Troy L. Smith, Cleveland.com" the site is where he works.
        parts = [text] if sites[0] else [part for part, site in zip(parts, sites, strict=True) if not site]
    names: list[str] = []
    for index, part in enumerate(parts):
        if index and (PATTERNS["role_suffix"].search(part) or PATTERNS["role"].match(part.strip())):
            # "Tom Krisher, AP Auto Writer": a job title after the name, not a second author.
            continue
        name = clean_name(part)
        if name:
            names.append(name)
    return names


def name_line(text: str) -> str | None:
    """`text` when it is a person's name alone ("Mohloai Mpesi", "MTHOBISI SITHOLE"): two to four
    capitalised words of letters, not opening with an article ("The Big Interview" is a heading)."""
    text = text.strip()
    words = text.split()
    if not MIN_NAME_LINE_WORDS <= len(words) <= MAX_NAME_LINE_WORDS or len(text) > MAX_NAME_LENGTH:
        return None
    if words[0].casefold() in LINE_ARTICLES or not all(NAME_WORD.match(word) for word in words):
        return None
    return text if looks_like_name(text) else None


def editor_credit(text: str) -> tuple[str, list[str]] | None:
    """The label and names of an editor credit line ("(责编：牛镛、岳弘彬)" -> ("责编", ["牛镛", "岳弘彬"]))."""
    text = " ".join(text.split())
    match = EDITOR_CREDIT.match(text) if len(text) <= MAX_CREDIT_LINE else None
    if match is None:
        return None
    names = [name for name in CREDIT_NAMES_SPLIT.split(match.group(2)) if looks_like_name(name)]
    return (match.group(1), names) if names else None


def parse_byline(text: str | None) -> list[str]:
    """Author names from a byline as shown: prefix, dates, roles, e-mails and 'Updated ...' dropped."""
    if not text:
        return []
    text = " ".join(HANDLE.sub(" ", EMAIL.sub(" ", URL.sub(" ", text))).split())
    if not text or is_credit(text):
        return []
    text = strip_prefix(text)
    inner = PATTERNS["inner_prefix"].match(text)
    if inner and inner[1].islower():
        # A lowercase brand or kicker before the prefix: "capital von Jemima Kelly".
        text = text[inner.end() :]
    end = NAMES_END.search(text)
    if end:
        text = text[: end.start()]
    text = PATTERNS["stop"].sub("", text)
    return split_names(text)
