"""Pages of the generated site (:mod:`newsspider.testing.gensite`) as bytes or text: HTML and XML builders."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from email.utils import format_datetime
from html import escape
from typing import TYPE_CHECKING, Protocol
from xml.sax.saxutils import escape as xml_escape

if TYPE_CHECKING:
    from datetime import datetime

WORD_TEXT = (
    "government officials said the agreement would take effect next month after weeks of talks between "
    "ministers energy prices rose sharply across the region while analysts warned that markets remain "
    "volatile the president told reporters on Monday that the country would not accept new conditions "
    "residents described long queues at petrol stations and shortages of basic goods in several cities "
    "according to the latest figures published by the statistics office inflation slowed in July"
)
WORDS = tuple(WORD_TEXT.split())
WORDS_PER_PARAGRAPH = 60
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


class ArticleLike(Protocol):
    number: int
    published: datetime
    modified: datetime
    section: str
    tag: str
    author: str

    @property
    def title(self) -> str: ...

    @property
    def path(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Link:
    """A link of a hub page: ``rel="next"`` pagination, ``rel="alternate"`` feed, or a plain anchor."""

    path: str
    text: str
    rel: str | None = None


def paragraphs(seed: int, count: int) -> list[str]:
    """Deterministic article text: `count` paragraphs of plain sentences."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(WORDS_PER_PARAGRAPH)]
        found.append(" ".join(words).capitalize() + ".")
    return found


def article_html(origin: str, article: ArticleLike, links: list[str], count: int) -> str:
    """A news article page with NewsArticle JSON-LD, OpenGraph tags, a byline and `count` paragraphs."""
    url = origin + article.path
    author_name = article.author.replace("-", " ").title()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": url,
        "datePublished": article.published.isoformat(),
        "dateModified": article.modified.isoformat(),
        "articleSection": article.section.title(),
        "keywords": article.tag,
        "author": {"@type": "Person", "name": author_name, "url": f"{origin}/author/{article.author}/"},
    }
    nav = "".join(f'<a href="{escape(p)}">{escape(p.strip("/") or "Home")}</a> ' for p in links)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs(article.number, count))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(article.title)}</title>
<link rel="canonical" href="{escape(url)}">
<meta property="og:type" content="article"><meta property="og:title" content="{escape(article.title)}">
<meta property="article:published_time" content="{article.published.isoformat()}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header><nav>{nav}</nav></header>
<article><h1>{escape(article.title)}</h1>
<p class="byline">By <a rel="author" href="/author/{article.author}/">{escape(author_name)}</a>,
<time datetime="{article.published.isoformat()}">{article.published:%d %B %Y}</time></p>
{body}
</article><footer><p>The Generated Times</p></footer></body></html>"""


def hub_html(origin: str, path: str, links: list[Link]) -> str:
    """A listing-like page: a CollectionPage with a list of links (and pagination, feed links in the head)."""
    head = []
    items = []
    for link in links:
        if link.rel == "alternate":
            head.append(f'<link rel="alternate" type="application/rss+xml" href="{escape(link.path)}">')
            continue
        if link.rel == "next":
            head.append(f'<link rel="next" href="{escape(link.path)}">')
        items.append(f'<li><a href="{escape(link.path)}">{escape(link.text)}</a></li>')
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "url": origin + path}
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(path)}</title>{"".join(head)}
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><h1>{escape(path)}</h1><ul>{"".join(items)}</ul></body></html>"""


def about_html() -> str:
    """A page that is neither article nor listing."""
    return """<!doctype html><html lang="en"><head><title>About</title></head>
<body><h1>About us</h1><p>The Generated Times is a site made for tests of the crawler.</p>
<a href="/">Home</a></body></html>"""


def sitemap_index_xml(origin: str, sitemaps: list[tuple[str, datetime]]) -> bytes:
    entries = "".join(
        f"<sitemap><loc>{xml_escape(origin + p)}</loc><lastmod>{d.isoformat()}</lastmod></sitemap>" for p, d in sitemaps
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{SITEMAP_NS}">{entries}</sitemapindex>'.encode()


def urlset_xml(origin: str, urls: list[tuple[str, datetime]]) -> bytes:
    entries = "".join(
        f"<url><loc>{xml_escape(origin + p)}</loc><lastmod>{d.isoformat()}</lastmod></url>" for p, d in urls
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{SITEMAP_NS}">{entries}</urlset>'.encode()


def rss_xml(origin: str, items: list[tuple[str, str, datetime]]) -> bytes:
    entries = "".join(
        f"<item><title>{xml_escape(t)}</title><link>{xml_escape(origin + p)}</link>"
        f"<pubDate>{format_datetime(d, usegmt=True)}</pubDate></item>"
        for t, p, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The Generated Times</title>'
        f"<link>{xml_escape(origin)}/</link>{entries}</channel></rss>"
    ).encode()
