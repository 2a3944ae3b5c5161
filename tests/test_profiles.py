from __future__ import annotations

import pytest

from newsspider.exceptions import ProfileError
from newsspider.sites import get_profile, load_profiles, profile_for_url, profile_from_dict

BASE = {"name": "example", "domains": ["example.com"]}


def test_shipped_profiles_load() -> None:
    assert "kyivindependent" in load_profiles()


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://kyivindependent.com/some-article-slug-here/", "kyivindependent"),
        ("https://www.kyivindependent.com/x/", "kyivindependent"),
        ("https://notkyivindependent.com/x/", None),
        ("https://example.org/", None),
    ],
)
def test_profile_for_url(url: str, name: str | None) -> None:
    profile = profile_for_url(url)
    assert (profile.name if profile else None) == name


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"domains": ["example.com"]}, "profile without a name"),
        ({"name": "x"}, "'domains' must be a non-empty list"),
        ({**BASE, "colour": "red"}, "unknown keys ['colour']"),
        ({**BASE, "selectors": {"headlin": "h1"}}, "unknown selector fields ['headlin']"),
        ({**BASE, "selectors": {"headline": "h1[["}}, "does not compile"),
        ({**BASE, "article_url": ["(unclosed"]}, "bad URL pattern"),
        ({**BASE, "related": [{"block": "div"}]}, "related block needs block, item, kind"),
    ],
)
def test_bad_profiles_are_refused(data: dict, message: str) -> None:
    with pytest.raises(ProfileError, match=message.replace("[", r"\[").replace("]", r"\]")):
        profile_from_dict(data)


def test_unknown_profile_name() -> None:
    with pytest.raises(ProfileError, match="no site profile named 'nope'"):
        get_profile("nope")


def test_url_patterns_match_path_so_a_mirror_works() -> None:
    profile = profile_from_dict({**BASE, "article_url": ["^/[a-z-]+/$"], "deny_url": ["^/tag/"]})
    assert profile.is_article_url("https://example.com/an-article/")
    assert profile.is_article_url("http://127.0.0.1:8000/an-article/")
    assert not profile.is_article_url("https://example.com/tag/")
