"""Per-site profiles: what the generic machinery needs to know about one site, as data.

A profile is a TOML file in this folder (``<name>.toml``). It names the site's domains, where a crawl
starts, which URL paths are articles (regular expressions matched against path and query), CSS
selectors that override the generic extractor for single fields, and the site's teaser blocks for
related links. Everything a profile leaves out falls back to the generic extractor and crawler.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from parsel import Selector

from newsspider.exceptions import ProfileError

#: Field selectors a profile may override (CSS, first match wins).
SELECTOR_FIELDS = frozenset(
    {
        "headline",
        "section",
        "date_raw",
        "reading_time",
        "body",
        "body_exclude",
        "author_card",
        "author_name",
        "author_role",
        "author_bio",
        "author_image",
        "author_url",
        "author_same_as",
    }
)
RELATED_KEYS = frozenset({"block", "item", "link", "title", "snippet", "kind"})
PROFILE_KEYS = frozenset(
    {"name", "domains", "language", "start_urls", "article_url", "follow_url", "deny_url", "selectors", "related"}
)


@dataclass(frozen=True, slots=True)
class RelatedBlock:
    """Where a block of teaser links sits and how its items are marked up."""

    block: str
    item: str
    kind: str
    link: str = "a[href]"
    title: str | None = None
    snippet: str | None = None


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """What is known about one site, layered over the generic extractor and crawler."""

    name: str
    domains: tuple[str, ...]
    language: str | None = None
    start_urls: tuple[str, ...] = ()
    article_url: tuple[re.Pattern[str], ...] = ()
    follow_url: tuple[re.Pattern[str], ...] = ()
    deny_url: tuple[re.Pattern[str], ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)
    related: tuple[RelatedBlock, ...] = ()

    def matches(self, url: str) -> bool:
        """Whether `url` is on one of the profile's domains (subdomains included)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article_url(self, url: str) -> bool:
        """Whether the URL's path has an article's shape and no denied shape."""
        target = _path_and_query(url)
        return any(p.search(target) for p in self.article_url) and not any(p.search(target) for p in self.deny_url)

    def is_followed_url(self, url: str) -> bool:
        """Whether a non-article URL's path (listing, archive page) is worth following."""
        target = _path_and_query(url)
        return any(p.search(target) for p in self.follow_url) and not any(p.search(target) for p in self.deny_url)


def _path_and_query(url: str) -> str:
    """What URL patterns match: the path and query, so a profile also works on a local mirror."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def _patterns(name: str, values: Any) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(v) for v in values)
    except (re.error, TypeError) as exc:
        raise ProfileError(f"profile {name}: bad URL pattern: {exc}") from exc


def _check_css(name: str, css: str) -> str:
    try:
        Selector(text="<html></html>").css(css)
    except Exception as exc:
        raise ProfileError(f"profile {name}: selector {css!r} does not compile: {exc}") from exc
    return css


def profile_from_dict(data: dict[str, Any]) -> SiteProfile:
    """Build and check a profile from parsed TOML; raise :class:`ProfileError` on any mistake."""
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ProfileError("profile without a name")
    unknown = set(data) - PROFILE_KEYS
    if unknown:
        raise ProfileError(f"profile {name}: unknown keys {sorted(unknown)}")
    domains = data.get("domains")
    if not isinstance(domains, list) or not domains or not all(isinstance(d, str) for d in domains):
        raise ProfileError(f"profile {name}: 'domains' must be a non-empty list of host names")
    selectors = data.get("selectors", {})
    bad = set(selectors) - SELECTOR_FIELDS
    if bad:
        raise ProfileError(f"profile {name}: unknown selector fields {sorted(bad)}")
    related = []
    for block in data.get("related", []):
        extra = set(block) - RELATED_KEYS
        if extra or not {"block", "item", "kind"} <= set(block):
            raise ProfileError(f"profile {name}: related block needs block, item, kind (unknown: {sorted(extra)})")
        for key in ("block", "item", "link", "title", "snippet"):
            if key in block:
                _check_css(name, block[key])
        related.append(RelatedBlock(**block))
    return SiteProfile(
        name=name,
        domains=tuple(d.lower() for d in domains),
        language=data.get("language"),
        start_urls=tuple(data.get("start_urls", ())),
        article_url=_patterns(name, data.get("article_url", ())),
        follow_url=_patterns(name, data.get("follow_url", ())),
        deny_url=_patterns(name, data.get("deny_url", ())),
        selectors={k: _check_css(name, v) for k, v in selectors.items()},
        related=tuple(related),
    )


@cache
def load_profiles() -> dict[str, SiteProfile]:
    """Every profile shipped in this folder, by name."""
    profiles: dict[str, SiteProfile] = {}
    for entry in resources.files(__name__).iterdir():
        if entry.name.endswith(".toml"):
            try:
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ProfileError(f"{entry.name}: {exc}") from exc
            profile = profile_from_dict(data)
            profiles[profile.name] = profile
    return profiles


def get_profile(name: str) -> SiteProfile:
    """The profile called `name`; :class:`ProfileError` when there is none."""
    try:
        return load_profiles()[name]
    except KeyError:
        raise ProfileError(f"no site profile named {name!r}; known: {sorted(load_profiles())}") from None


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains cover `url`, if any."""
    for profile in load_profiles().values():
        if profile.matches(url):
            return profile
    return None
