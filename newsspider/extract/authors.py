"""The author block: profile selectors, JSON-LD people, meta tags, the byline, then author cards.

People beat organisations: when JSON-LD credits only the publisher ("STERN.de", "n-tv NACHRICHTEN")
and the meta tags or the byline name people, the people are the authors. An organisation stays the
author when that is all the page says ("Reuters", "ORF.at"). Details (role, bio, avatar, profile and
social links) from JSON-LD and from author cards are merged into the same author by name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsspider.extract.authors_card import ACCOUNT_URL, byline_names, enrich_from_cards
from newsspider.extract.authors_credit import editor_credit_line, reporter_credit_line
from newsspider.extract.authors_script import script_authors
from newsspider.extract.bylines import is_agency, is_credit, name_key, name_line, split_names
from newsspider.extract.datafiles import load_data
from newsspider.extract.headline import ALNUM, site_keys
from newsspider.extract.ld import ld_list, ld_text, ld_url
from newsspider.extract.ld_graph import article_objects, ld_values
from newsspider.extract.markup import spaced_text
from newsspider.extract.text import absolute_url, clean_text
from newsspider.items import Author

if TYPE_CHECKING:
    from newsspider.extract.page import Page

AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "og:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "cxenseparse:author",
    "byl",
)
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
MIN_SITE_KEY = 3
#: A publisher name may carry a short suffix ("STERN.de" for stern); longer ones are desks or people.
MAX_SITE_SUFFIX = 4
MIN_NAME_WORDS = 2
#: page.memo key: the body's first line, when it was the byline (see lead_byline).
LEAD_BYLINE = "lead_byline"
#: The legal form that ends a company's name.
COMPANY_SUFFIXES = frozenset(load_data("bylines.json")["company_suffixes"])
CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


class _Found:
    """Authors from one source, with whether each is an organisation (or the site itself)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.authors: list[Author] = []
        self.organizations: set[str] = set()

    def add(self, author: Author, *, organization: bool = False) -> None:
        key = name_key(author.name)
        for known in self.authors:
            if name_key(known.name) == key:
                _merge(known, author)
                return
        self.authors.append(author)
        if organization:
            self.organizations.add(key)

    @property
    def people(self) -> list[Author]:
        """The authors that are not organisations."""
        return [a for a in self.authors if name_key(a.name) not in self.organizations]

    @property
    def persons(self) -> list[Author]:
        """The authors whose names read as people's names."""
        return [a for a in self.people if looks_like_person(a.name)]


def _merge(target: Author, other: Author) -> None:
    target.role = target.role or other.role
    target.bio = target.bio or other.bio
    target.image = target.image or other.image
    target.url = target.url or other.url
    target.same_as.extend(u for u in other.same_as if u not in target.same_as)


def _is_site(name: str, keys: set[str], *, loose: bool = False) -> bool:
    """Whether `name` is the site's own name ("STERN.de", "mdr.de"); with `loose`, also a desk of it."""
    key = ALNUM.sub("", name.casefold())
    if len(key) < MIN_SITE_KEY:
        return False
    return any(key == k or key in k or (k in key and (loose or len(key) - len(k) <= MAX_SITE_SUFFIX)) for k in keys)


def looks_like_person(name: str) -> bool:
    """Whether `name` reads as a person's name: two capitalised words, or a name in CJK or Hangul script;
    not a company's ("Frankfurter Allgemeine Zeitung GmbH")."""
    if CJK_NAME.search(name):
        return True
    words = name.split()
    if words and words[-1].casefold().strip(".,") in COMPANY_SUFFIXES:
        return False
    return sum(1 for word in words if word[:1].isupper()) >= MIN_NAME_WORDS


def _ld_name(obj: dict[str, Any]) -> str | None:
    name = ld_text(obj.get("name"))
    if name:
        return name
    parts = [ld_text(obj.get("givenName")), ld_text(obj.get("familyName"))]
    return clean_text(" ".join(p for p in parts if p)) or None


def _ld_author(page: Page, obj: dict[str, Any], name: str) -> Author:
    same_as = [absolute_url(page.url, str(u)) for u in ld_list(obj.get("sameAs")) if isinstance(u, str)]
    return Author(
        name=name,
        role=ld_text(obj.get("jobTitle")),
        bio=ld_text(obj.get("description")),
        image=absolute_url(page.url, ld_url(obj.get("image"))),
        url=absolute_url(page.url, ld_url(obj.get("url"))),
        same_as=list(dict.fromkeys(u for u in same_as if u)),
    )


def _from_ld(page: Page, keys: set[str]) -> _Found:
    found = _Found("json-ld")
    for article in article_objects(page):
        values = ld_values(page, article, "author") or ld_values(page, article, "creator")
        for value in values:
            for item in ld_list(value):
                obj = item if isinstance(item, dict) else {}
                raw = _ld_name(obj) if obj else ld_text(item)
                if not raw or is_credit(raw):
                    continue
                account = bool(obj) and ACCOUNT_URL.search(ld_url(obj.get("url") or obj.get("@id")) or "") is not None
                for name in split_names(raw, keep_whole=frozenset(keys)):
                    author = _ld_author(page, obj, name) if obj else Author(name=name)
                    # Only the publisher itself (or its shared account) gives way to people named elsewhere;
                    # other organisations ("Reuters", "Redaktion hessenschau.de") are the credit the page gives.
                    found.add(author, organization=account or _is_site(name, keys))
        if found.authors:
            break
    return found


def _from_meta(page: Page, keys: set[str]) -> _Found:
    found = _Found("meta")
    for meta_key in AUTHOR_META:
        for value in page.meta.get(meta_key, []):
            if is_credit(value) or SLUG.match(value):
                continue
            for name in split_names(value, keep_whole=frozenset(keys)):
                found.add(Author(name=name), organization=_is_site(name, keys, loose=True))
    return found


def _from_byline(page: Page, keys: set[str]) -> _Found:
    found = _Found("markup")
    names = byline_names(page)
    people = [n for n in names if not _is_site(n, keys, loose=True)]
    for name in people or names:
        found.add(Author(name=name), organization=_is_site(name, keys, loose=True))
    return found


def _node_text(node: Any) -> str | None:
    return clean_text(spaced_text(node.root)) if hasattr(node.root, "xpath") else clean_text(str(node.root))


def _from_profile(page: Page) -> _Found:
    """Authors from the site profile's selectors: one per author card, or one per author_name match."""
    found = _Found("profile")
    selectors = page.profile.selectors if page.profile else {}
    card_css, name_css = selectors.get("author_card"), selectors.get("author_name")
    if card_css:
        for card in page.selector.css(card_css):
            names = card.css(name_css) if name_css else [card]
            name = _node_text(names[0]) if names else None
            if name:
                author = Author(name=name)
                _profile_details(page, card, author, selectors)
                found.add(author)
    elif name_css:
        for node in page.selector.css(name_css):
            for name in split_names(_node_text(node) or ""):
                found.add(Author(name=name))
    return found


def _profile_details(page: Page, card: Any, author: Author, selectors: dict[str, str]) -> None:
    def text(field: str) -> str | None:
        css = selectors.get(field)
        nodes = card.css(css) if css else []
        return clean_text(spaced_text(nodes[0].root)) if nodes and hasattr(nodes[0].root, "xpath") else None

    def attr(field: str, name: str) -> list[str]:
        css = selectors.get(field)
        values = [n.attrib.get(name) for n in card.css(css)] if css else []
        return [u for v in values if (u := absolute_url(page.url, v))]

    author.role = text("author_role")
    author.bio = text("author_bio")
    author.image = next(iter(attr("author_image", "src")), None)
    author.url = next(iter(attr("author_url", "href")), None)
    author.same_as = list(dict.fromkeys(attr("author_same_as", "href")))


def extract_authors(page: Page, lead: str | None = None) -> list[Author]:
    """Every credited author in byline order, each once, with what the page tells about them.

    `lead` is the body's first paragraph: when the page names no person elsewhere and that paragraph
    is a name alone, it is the byline (see :func:`lead_byline`).
    """
    profiled = _from_profile(page)
    if profiled.authors:
        page.set_source("authors", "profile")
        return profiled.authors
    chosen, authors = _choose(page, site_keys(page), lead)
    if chosen is None:
        return []
    enrich_from_cards(page, authors)
    page.set_source("authors", chosen.source)
    return authors


def lead_byline(page: Page, lead: str | None) -> str | None:
    """The name the body opens with, as a line of its own, when the page names no person elsewhere:
    "MTHOBISI SITHOLE" over the text, while JSON-LD credits the site's account. None otherwise."""
    return name_line(lead) if lead else None


def _choose(page: Page, keys: set[str], lead: str | None = None) -> tuple[_Found | None, list[Author]]:
    """The source that credits the authors, and its authors."""
    ld = _from_ld(page, keys)
    if ld.people:
        return ld, ld.authors
    # JSON-LD credits nobody or only the publisher: people named elsewhere come first.
    meta = _from_meta(page, keys)
    byline = _from_byline(page, keys)
    accounts = ld.organizations  # (the byline may show the same account: "by Ilanga D")
    persons = [a for a in byline.persons if name_key(a.name) not in accounts]
    if meta.persons and not _adds_to(persons, meta.persons):
        return meta, meta.persons
    if persons:
        return byline, persons
    named = lead_byline(page, lead)
    if named is not None and not _is_site(named, keys, loose=True):
        opening = _Found("heuristic")
        opening.add(Author(name=named))
        page.memo[LEAD_BYLINE] = named  # (the record takes the line out of the body)
        return opening, opening.authors
    reporter = _credited(reporter_credit_line(page))
    if reporter.authors:
        return reporter, reporter.authors
    scripted = _Found("heuristic")
    for name in script_authors(page):
        if looks_like_person(name) and not _is_site(name, keys, loose=True):
            scripted.add(Author(name=name))
    if scripted.authors:
        return scripted, scripted.authors
    fallback = next((f for f in (ld, meta, _agencies(byline)) if f.authors), None)
    if fallback is None:
        # Nobody credited but the editors: "(责编：牛镛、岳弘彬)" closing a Chinese article.
        credited = _credited(editor_credit_line(page))
        return (credited, credited.authors) if credited.authors else (None, [])
    return fallback, fallback.authors


def _agencies(byline: _Found) -> _Found:
    """The news agencies a byline credits ("Von DPA", "AFP"): the authors, when it credits no one else."""
    found = _Found(byline.source)
    for author in byline.authors:
        if is_agency(author.name):
            found.add(author, organization=True)
    return found


def _adds_to(names: list[Author], known: list[Author]) -> bool:
    """Whether `names` hold every one of `known` and more: a meta tag naming the first author of a
    byline that names three."""
    keys = {name_key(a.name) for a in names}
    return len(keys) > len(known) and all(name_key(a.name) in keys for a in known)


def _credited(credit: tuple[str, list[str]] | None) -> _Found:
    """The people a credit line names, with its word for their role (see authors_credit)."""
    found = _Found("markup")
    if credit is not None:
        role, names = credit
        for name in names:
            found.add(Author(name=name, role=role))
    return found
