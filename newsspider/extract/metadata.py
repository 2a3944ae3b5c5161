"""Headline, description, canonical URL, language, section and tags: JSON-LD, then meta tags, then markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsspider.extract.body_lead import standfirst_after
from newsspider.extract.cascade import cascade
from newsspider.extract.datafiles import load_data
from newsspider.extract.headline import choose_headline, headline_candidates, site_keys
from newsspider.extract.headline_element import headline_element
from newsspider.extract.ld import ld_list, ld_text, ld_url
from newsspider.extract.ld_graph import ld_breadcrumb_section
from newsspider.extract.markup import markup_section
from newsspider.extract.section_url import url_section
from newsspider.extract.tags_markup import markup_tags
from newsspider.extract.text import absolute_url, plain_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsspider.extract.page import Page

HEADLINE_PROVENANCE = {
    "meta-og": "meta",
    "meta-twitter": "meta",
    "meta-headline": "meta",
    "json-ld": "json-ld",
    "markup-h1": "markup",
    "markup-itemprop": "microdata",
    "markup-title": "markup",
}
LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?")
#: Section values that name no section ("Front Page", "Uncategorized"); the site's own name is none either.
NOT_SECTIONS = frozenset(load_data("sections.json")["not_section"])
SITE_KEY_CHARS = re.compile(r"[\W_]+")
SITE_NAME_SUFFIXES = frozenset(load_data("sections.json")["site_name_suffixes"])
KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")
#: Keywords for machines, not readers: "@post-id:1913719", "ctp_video", "RSBI:HUMAN-RIGHTS", a lone '"'.
#: An id (UUID) is one too.
MACHINE_KEYWORD = re.compile(
    r"^[^\w]*$|^@|^\S*_\S*$|^[A-Z0-9]+:\S+$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
#: A facet of the CMS's own ("Page Type: Article", "NLP Category: Politics", "WC: 1000-1999"): when a page
#: lists several, its keywords are records for machines, and the facets go.
FACET = re.compile(r"^[A-Z][\w .-]{0,30}:\s+\S")
MIN_FACETS = 2


def _profile_text(page: Page, field: str) -> str | None:
    return page.profile_text(field)


def extract_headline(page: Page) -> str | None:
    """The headline, without the site name that titles append: the wording most sources agree on."""
    profiled = _profile_text(page, "headline")
    if profiled:
        page.set_source("headline", "profile")
        return profiled
    chosen = choose_headline(headline_candidates(page))
    if chosen is None:
        return None
    source, headline = chosen
    page.set_source("headline", HEADLINE_PROVENANCE[source])
    return headline


def extract_description(page: Page) -> str | None:
    """The summary the page declares for itself, else the standfirst shown under the headline."""
    return cascade(
        page,
        "description",
        [
            ("meta", lambda p: plain_text(p.meta_first("description", "og:description", "twitter:description"))),
            ("json-ld", lambda p: ld_text(p.article_ld.get("description")) if p.article_ld else None),
            ("heuristic", _standfirst),
        ],
    )


def _standfirst(page: Page) -> str | None:
    headline = headline_element(page)
    return standfirst_after(headline) if headline is not None else None


def _canonical_link(page: Page) -> str | None:
    hrefs = page.head_tags.canonical
    return absolute_url(page.url, hrefs[0]) if hrefs else None


def extract_canonical_url(page: Page) -> str | None:
    """The canonical URL, absolute."""
    return cascade(
        page,
        "canonical_url",
        [
            ("markup", _canonical_link),
            ("meta", lambda p: absolute_url(p.url, p.meta_first("og:url"))),
            (
                "json-ld",
                lambda p: (
                    absolute_url(p.url, ld_url(p.article_ld.get("url") or p.article_ld.get("mainEntityOfPage")))
                    if p.article_ld
                    else None
                ),
            ),
        ],
    )


def normalize_language(value: str | None) -> str | None:
    """A BCP 47 tag with a lowercase primary subtag ('en_US' -> 'en-US'); None when not a tag."""
    if not value:
        return None
    match = LANG_TAG.match(value.strip())
    if not match:
        return None
    primary, region = match.group(1).lower(), match.group(2)
    if region:
        return f"{primary}-{region.upper() if len(region) == 2 else region}"
    return primary


LANGUAGE_STEPS: list[tuple[str, Callable[[Page], str | None]]] = [
    ("markup", lambda p: normalize_language(p.root.get("lang") or p.root.get("xml:lang"))),
    ("json-ld", lambda p: normalize_language(ld_text(p.article_ld.get("inLanguage"))) if p.article_ld else None),
    ("meta", lambda p: normalize_language(p.meta_first("og:locale", "content-language", "language"))),
    ("profile", lambda p: p.profile.language if p.profile else None),
]


def extract_language(page: Page) -> str | None:
    """The page's language as a BCP 47 tag."""
    return cascade(page, "language", LANGUAGE_STEPS)


def page_language(page: Page) -> str | None:
    """The page's language, as :func:`extract_language` finds it (or as the record settled it from
    the text, see :mod:`.language_guess`), without recording provenance."""
    settled: str | None = page.memo.get("language")
    if settled:
        return settled
    for _source, step in LANGUAGE_STEPS:
        value = step(page)
        if value:
            return value
    return None


def extract_section(page: Page) -> str | None:
    """The section label: declared in meta tags or JSON-LD, else the page's breadcrumb, else the label
    shown near the headline (primary tag, kicker, category link), else the folder of the URL the page sits
    in (:func:`.section_url.url_section`)."""
    profiled = _profile_text(page, "section")
    if profiled:
        page.set_source("section", "profile")
        return profiled
    return cascade(
        page,
        "section",
        [
            ("meta", lambda p: _a_section(p, plain_text(p.meta_first("article:section")))),
            ("json-ld", lambda p: _a_section(p, ld_text(p.article_ld.get("articleSection")) if p.article_ld else None)),
            ("json-ld", lambda p: _a_section(p, ld_breadcrumb_section(p))),
            ("markup", lambda p: _a_section(p, markup_section(p))),
            ("url", lambda p: _a_section(p, url_section(p.url))),
        ],
    )


def _a_section(page: Page, value: str | None) -> str | None:
    """`value` unless it names no section: a stock value, or the site's own name ("gizmodo.com")."""
    if not value or value.casefold() in NOT_SECTIONS:
        return None
    return None if _names_site(page, value) else value


def _names_site(page: Page, value: str) -> bool:
    """Whether `value` is the site's own name or domain ("gizmodo.com", "Ottawa Citizen"), or its brand
    without a suffix such as "DIGITAL" or "Online" ("日刊ゲンダイ" on 日刊ゲンダイDIGITAL; "Ottawa" on the
    Ottawa Citizen is no brand of it)."""
    keys = site_keys(page)
    name = value.casefold()
    key = SITE_KEY_CHARS.sub("", name)
    if key in keys or SITE_KEY_CHARS.sub("", name.split(".")[0]) in keys:
        return True
    return bool(key) and any(site[len(key) :] in SITE_NAME_SUFFIXES for site in keys if site.startswith(key))


def _split_keywords(values: list[str]) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for value in values:
        for part in KEYWORD_SPLIT.split(value):
            tag = plain_text(part)
            if tag and not MACHINE_KEYWORD.match(tag) and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    if sum(1 for tag in tags if FACET.match(tag)) >= MIN_FACETS:
        return [tag for tag in tags if not FACET.match(tag)]
    return tags


def extract_tags(page: Page) -> list[str]:
    """Topic tags, deduplicated, in page order: declared (article:tag, JSON-LD keywords, keywords meta),
    else the links of the block that lists the article's tags (:func:`.tags_markup.markup_tags`)."""

    def from_ld(p: Page) -> list[str]:
        return _split_keywords([str(k) for k in ld_list(p.article_ld.get("keywords"))]) if p.article_ld else []

    def without_site(tags: list[str]) -> list[str]:
        return [tag for tag in tags if not _names_site(page, tag)]

    found = cascade(
        page,
        "tags",
        [
            ("meta", lambda p: without_site(_split_keywords(p.meta.get("article:tag", [])))),
            ("json-ld", lambda p: without_site(from_ld(p))),
            (
                "meta",
                lambda p: without_site(_split_keywords(p.meta.get("news_keywords", []) + p.meta.get("keywords", []))),
            ),
            ("markup", lambda p: without_site(markup_tags(p))),
        ],
    )
    return found or []
