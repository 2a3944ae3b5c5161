"""Date strings to ISO 8601: a fast path for ISO and numeric forms, dateparser for the rest.

Output keeps what the page says and invents nothing: ``YYYY-MM-DD`` for a date alone,
``YYYY-MM-DDTHH:MM:SS`` for a naive local time, ``...+HH:MM`` when the page gives an offset.
dateparser is slow, so it only sees short strings that none of the patterns here read.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dateparser.date import DateDataParser

from newsspider.extract.datafiles import load_data

if TYPE_CHECKING:
    from collections.abc import Sequence

logger = logging.getLogger(__name__)

ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}(?::?\d{2})?)?)?$",
    re.IGNORECASE,
)
#: ISO 8601's basic format, without separators ("20180619T055000+0900"), with a time (eight digits
#: alone are too often something else); groups as in ISO_DATETIME.
ISO_BASIC = re.compile(
    r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$", re.I
)
YMD_NUMERIC = re.compile(r"(?<!\d)(\d{4})\s*[./年]\s*(\d{1,2})\s*[./月]\s*(\d{1,2})(?!\d)")
DMY_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?", re.IGNORECASE)
HAS_CLOCK = re.compile(r"\d{1,2}\s*(?::|h(?![^\W\d])|Uhr)\s*\d{0,2}|\d\s*[ap]\.?m\b|时|時|시", re.IGNORECASE)
#: A time of day and nothing else ("0:00", "17:23 Uhr", "9.30 am EST"): no date, whatever dateparser makes of it.
CLOCK_ONLY = re.compile(r"^\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?m\.?|uhr|hrs?|h)?(?:\s+[a-z]{2,5})?$", re.IGNORECASE)
HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
DIGIT_RUN = re.compile(r"\d+")
EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
LEADING_WORDS = re.compile(r"^[^\d,]*[^\W\d_][^\d,]*,\s*(?=\S*\d|[^\W\d_]+\.?\s+\d)")
EDGE_NOISE = re.compile(r"^[\s|•·,:;\-–—\[【]+|[\s|•·,:;\-–—\]】]+$")
LABEL_KINDS = ("published", "modified")
#: English dates with the month as a word ("November 19, 2019, 9:02 AM", "Mon, 18 Nov 2019 16:07:38 -0600",
#: "10:02 AM EST Nov 19, 2019"), read here because dateparser takes a couple of milliseconds for each.
#: Other forms are left to dateparser, and so are zone names it reads otherwise than one would (IST).
WEEKDAY_PREFIX = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
#: Zone names with the offsets dateparser gives them (tested against it), and numeric offsets.
ZONE_OFFSETS = {
    "gmt": "+00:00", "utc": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
    "pst": "-08:00", "pdt": "-07:00", "et": "-05:00", "pt": "-08:00",
}  # fmt: skip
ZONE = "(" + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True)) + r"|[+-]\d{2}:?\d{2})"
CLOCK_TEXT = r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\b\.?)?"
CLOCK_SUFFIX = rf"(?:,?\s*(?:at\s+)?{CLOCK_TEXT}(?:\s*{ZONE})?)?\s*$"


def _label_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"^\W*(?:{alternatives})(?![^\W\d_])\W*", re.IGNORECASE)


def _load_labels() -> dict[str, re.Pattern[str]]:
    data = load_data("dates.json")
    labels = {kind: _label_pattern([w for words in data[kind].values() for w in words]) for kind in LABEL_KINDS}
    words = sorted({w for words in data["modified"].values() for w in words}, key=len, reverse=True)
    modified = "|".join(re.escape(w) for w in words)
    labels["update_inside"] = re.compile(
        rf"(?:[\s|•·,;(\[]+|(?<=\d))(?:last\s+)?(?:{modified})(?![^\W\d_])", re.IGNORECASE
    )
    labels["noise"] = re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(w) for w in data['noise'])})\s*$", re.IGNORECASE)
    # Before the date, the words alone (a preposition: "am 21. Februar 2021", "le 3 mars"): dateparser reads
    # a leading "am" as the morning and gives up on the rest.
    leading = "|".join(re.escape(w) for w in data["noise"] if w[:1].isalpha())
    labels["leading_noise"] = re.compile(rf"^(?:{leading})\s+(?=\S)", re.IGNORECASE)
    return labels


LABELS = _load_labels()


def _month_patterns() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = load_data("dates.json")["months_en"]
    months = {name: number for number, name in enumerate(names, start=1)}
    months.update({name[:3]: number for name, number in list(months.items())})
    months["sept"] = 9
    month = "(" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?"
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    year = r"((?:19|20)\d{2})"
    mdy = re.compile(rf"^{WEEKDAY_PREFIX}{month}\s+{day},?\s+{year}{CLOCK_SUFFIX}", re.IGNORECASE)
    dmy = re.compile(rf"^{WEEKDAY_PREFIX}{day}\s+{month},?\s+{year}{CLOCK_SUFFIX}", re.IGNORECASE)
    clock_first = re.compile(rf"^{CLOCK_TEXT}(?:\s*{ZONE})?,?\s+{month}\s+{day},?\s+{year}\s*$", re.IGNORECASE)
    return months, mdy, dmy, clock_first


MONTHS_EN, MONTH_DAY_YEAR, DAY_MONTH_YEAR, CLOCK_MONTH_DAY_YEAR = _month_patterns()
#: Month/day/year with slashes, as English pages write it (day first when the first number is over 12).
SLASHED = re.compile(
    rf"^(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}})(?:,?\s*(?:at\s+)?{CLOCK_TEXT}(?:\s*{ZONE})?)?\s*$", re.IGNORECASE
)
#: Two-digit years below this are in this century (as Python's and dateparser's reading of "%y").
CENTURY_PIVOT = 69
#: Digits and letters dateparser needs; anything longer than this is not a date string.
MAX_PARSE_LENGTH = 80
#: How far apart two readings of a shown date are made to tell one counted back from the fetch time.
COUNTED_BACK_SHIFT = timedelta(days=1)
#: "2024-05-03": an ISO date without a time.
DATE_ONLY_LENGTH = 10
#: UTC offsets in use run from -12:00 to +14:00, in steps of a quarter of an hour at least.
MIN_OFFSET_MINUTES = -12 * 60
MAX_OFFSET_MINUTES = 14 * 60
OFFSET_STEP_MINUTES = 15
MIN_YEAR, MAX_YEAR = 1990, 2100
PARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
#: A text with a year is an absolute date: dateparser's relative-time parser ("2 hours ago") is skipped,
#: which makes each call about a quarter faster.
ABSOLUTE_SETTINGS = {**PARSER_SETTINGS, "PARSERS": ["timestamp", "absolute-time"]}


def _offset(value: str | None) -> str:
    """'+HH:MM' for an ISO offset ('Z' is '+00:00'); '' when there is none."""
    if not value:
        return ""
    if value.upper() in {"Z", "GMT", "UTC"}:
        return "+00:00"
    digits = value[1:].replace(":", "")
    hours, minutes = digits[:2], digits[2:4] or "00"
    return f"{value[0]}{hours}:{minutes}"


def _valid(year: int, month: int, day: int, clock: tuple[int, int, int] = (0, 0, 0)) -> bool:
    try:
        datetime(year, month, day, *clock)
    except ValueError:
        return False
    return MIN_YEAR <= year <= MAX_YEAR


def parse_iso(value: str) -> str | None:
    """An ISO 8601 string (extended or basic format) normalised: seconds added, fractions dropped, 'Z' as
    '+00:00'."""
    value = value.strip()
    match = ISO_DATETIME.match(value) or ISO_BASIC.match(value)
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    if match[4] is None:
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    hour, minute, second = int(match[4]), int(match[5]), int(match[6] or 0)
    if not _valid(year, month, day, (hour, minute, second)):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{_offset(match[7])}"


def format_datetime(moment: datetime, *, with_time: bool = True) -> str:
    """ISO 8601 to the second, with the offset only when `moment` has one."""
    if not with_time:
        return moment.strftime("%Y-%m-%d")
    text = moment.replace(microsecond=0, tzinfo=None).isoformat()
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _clock(text: str) -> tuple[int, int, int] | None:
    match = CLOCK.search(text)
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    return (hour, minute, second) if hour < 24 and minute < 60 and second < 60 else None


def parse_numeric(text: str) -> str | None:
    """Unambiguous numeric dates: '2026.01.29 18:40', '2024年04月24日', '22.08.2024, 15:25'."""
    match = YMD_NUMERIC.search(text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        rest = text[match.end() :]
    else:
        match = DMY_DOTTED.search(text)
        if not match:
            return None
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        rest = text[match.end() :]
    if not _valid(year, month, day):
        return None
    clock = _clock(rest)
    if clock is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return format_datetime(datetime(year, month, day, *clock))


def parse_month_name(text: str) -> str | None:
    """An English date with the month as a word, as dateparser reads it; None for any other form."""
    match = MONTH_DAY_YEAR.match(text)
    if match:
        (month, day, year), clock = (MONTHS_EN[match[1].lower()], int(match[2]), int(match[3])), match.groups()[3:]
    elif match := DAY_MONTH_YEAR.match(text):
        (day, month, year), clock = (int(match[1]), MONTHS_EN[match[2].lower()], int(match[3])), match.groups()[3:]
    elif match := CLOCK_MONTH_DAY_YEAR.match(text):
        (month, day, year), clock = (MONTHS_EN[match[6].lower()], int(match[7]), int(match[8])), match.groups()[:5]
    else:
        return None
    return _dated(year, month, day, clock)


def parse_slashed(text: str) -> str | None:
    """A numeric date with slashes as dateparser reads it for English: month first unless the first
    number cannot be a month ("11/19/19 06:56 AM EST", "13/2/2019"); None for any other form."""
    match = SLASHED.match(text)
    if not match:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if len(match[3]) == 2:
        year += 2000 if year < CENTURY_PIVOT else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    return _dated(year, month, day, match.groups()[3:])


def _dated(year: int, month: int, day: int, clock: tuple[str | None, ...]) -> str | None:
    """ISO 8601 of a date and its clock groups (hour, minute, second, a/p, zone), all optional but the date."""
    if not _valid(year, month, day):
        return None
    if clock[0] is None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute, second = int(clock[0]), int(clock[1] or 0), int(clock[2] or 0)
    if clock[3]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if clock[3].lower() == "p" else 0)
    if not _valid(year, month, day, (hour, minute, second)):
        return None
    zone = clock[4]
    offset = ZONE_OFFSETS.get(zone.lower(), "") if zone and zone[0] not in "+-" else _offset(zone)
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{offset}"


@lru_cache(maxsize=64)
def _parser(languages: tuple[str, ...]) -> DateDataParser:
    return DateDataParser(languages=list(languages) or None, try_previous_locales=False, settings=ABSOLUTE_SETTINGS)


def _languages(language: str | None) -> tuple[str, ...]:
    primary = (language or "").split("-")[0].lower()
    return (primary, "en") if primary and primary != "en" else ("en",)


def date_label(text: str) -> str | None:
    """'published' or 'modified' when `text` starts with such a label ('Updated:', 'Veröffentlicht am')."""
    if LABELS["modified"].match(text):
        return "modified"
    if LABELS["published"].match(text):
        return "published"
    return None


def cut_at_update(text: str) -> str:
    """`text` up to an 'Updated ...' part inside it ('May 3, 2024 | Updated May 4, 2024' -> 'May 3, 2024')."""
    match = LABELS["update_inside"].search(text)
    return EDGE_NOISE.sub("", text[: match.start()]) if match and match.start() > 0 else text


def dated_update_line(text: str) -> bool:
    """Whether `text` is a date followed by its update ("May 3, 2024 | Updated May 4, 2024",
    "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00"): a year, and digits before an 'Updated' part."""
    if not HAS_YEAR.search(text):
        return False
    match = LABELS["update_inside"].search(text)
    return match is not None and any(c.isdigit() for c in text[: match.start()])


def strip_label(text: str, *, noise: bool = True) -> str:
    """`text` without a leading date label and, with `noise`, edge punctuation and filler words ('Uhr')."""
    for kind in ("modified", "published"):
        text = LABELS[kind].sub("", text, count=1)
    if not noise:
        return text.strip()
    previous = None
    while previous != text:
        previous = text
        text = LABELS["leading_noise"].sub("", LABELS["noise"].sub("", EDGE_NOISE.sub("", text)), count=1)
    return text


def parse_text(text: str | None, language: str | None = None, now: datetime | None = None) -> str | None:
    """A date as written for readers ('Nov. 20', '20 листопада 2025', 'vor 2 Stunden') in ISO 8601."""
    text = (text or "").strip()
    if not text or len(text) > MAX_PARSE_LENGTH or not any(c.isdigit() for c in text):
        return None
    iso = parse_iso(text) or parse_numeric(text)
    if iso:
        return iso
    if ISO_DATETIME.match(text):
        return None  # ISO in form, out of range ("0001-01-01T00:00:00Z", a placeholder): no date to read
    if EPOCH.match(text):
        stamp = int(text[:10])
        return format_datetime(datetime.fromtimestamp(stamp, UTC))
    text = strip_label(text)
    if CLOCK_ONLY.match(text):
        return None
    languages = _languages(language)
    iso = parse_month_name(text) or (parse_slashed(text) if languages[0] == "en" else None)
    if iso:
        return iso
    parsed = _parse_with_dateparser(text, languages, now)
    if parsed is None and LEADING_WORDS.match(text):
        # A place or weekday before the date ('Frankfurt, October 23, 2024') stops dateparser.
        parsed = _parse_with_dateparser(LEADING_WORDS.sub("", text, count=1), languages, now)
    return parsed


def _parse_with_dateparser(text: str, languages: tuple[str, ...], now: datetime | None) -> str | None:
    relative = not HAS_YEAR.search(text)
    try:
        if relative:
            base = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
            parser = DateDataParser(languages=list(languages), settings={**PARSER_SETTINGS, "RELATIVE_BASE": base})
            data = parser.get_date_data(text)
        else:
            data = _parser(languages).get_date_data(text)
    except (ValueError, TypeError, OverflowError, KeyError) as exc:
        logger.debug("dateparser failed on %r: %s", text, exc)
        return None
    moment = data.date_obj
    if moment is None or not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    has_clock = bool(HAS_CLOCK.search(text))
    if relative and data.period == "time" and not has_clock:
        # A relative time ('2 hours ago') is an instant counted from the fetch time, which is UTC.
        return format_datetime(moment.replace(tzinfo=UTC))
    with_time = data.period == "time" or has_clock
    return format_datetime(moment, with_time=with_time)


def counted_back(text: str, language: str | None, now: datetime | None) -> bool:
    """Whether a shown date is counted back from the moment the page was made ("5 hours ago", "4 months
    ago", "Today, 10:30"), not written out: read from two moments a day apart, it names two days of the
    year ("Nov. 20" names one, whatever the year)."""
    if HAS_YEAR.search(text):
        return False
    moment = now or datetime.now(UTC)
    first = parse_text(text, language, moment)
    second = parse_text(text, language, moment - COUNTED_BACK_SHIFT)
    return bool(first and second and first[5:10] != second[5:10])


def same_day(first: str | None, second: str | None) -> bool:
    """Whether two ISO strings name the same calendar day."""
    return bool(first and second and first[:10] == second[:10])


def same_moment(shown: str, published: str) -> bool:
    """Whether a shown date names the published moment, to the minute. Both with an offset: the same
    instant. One in local time: a time the published moment reads as in some time zone (a whole quarter
    of an hour from it, within the offsets in use). A date without a time names no moment: True."""
    if len(shown) <= DATE_ONLY_LENGTH or len(published) <= DATE_ONLY_LENGTH:
        return True
    first = datetime.fromisoformat(shown).replace(second=0, microsecond=0)
    second = datetime.fromisoformat(published).replace(second=0, microsecond=0)
    if (first.tzinfo is None) == (second.tzinfo is None):
        return first == second
    local, aware = (first, second) if first.tzinfo is None else (second, first)
    minutes = (local - aware.astimezone(UTC).replace(tzinfo=None)).total_seconds() / 60
    return minutes % OFFSET_STEP_MINUTES == 0 and MIN_OFFSET_MINUTES <= minutes <= MAX_OFFSET_MINUTES


def first_parsed(values: Sequence[str | None], language: str | None = None) -> str | None:
    """The first of `values` that reads as a date."""
    for value in values:
        parsed = parse_text(value, language)
        if parsed:
            return parsed
    return None
