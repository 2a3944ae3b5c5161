"""A generated news site, served over HTTP on 127.0.0.1, for crawl tests and benchmarks.

The site is a model (:class:`GeneratedSite`): articles with dates, sections, tags and authors, and
every page built from it (robots.txt, a sitemap index of plain and gzipped sitemaps, an RSS feed,
paginated listings, tag/author/section/search pages, an "about" page). Because the model knows every
page's links, it can also say which pages a crawl must reach (:meth:`GeneratedSite.reachable`), so tests
compare what the crawler did with exact sets. Some articles answer 429 or 503 with ``Retry-After`` the
first time; one always answers 503. :class:`GenSiteServer` serves a site and logs every request.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from newsspider.testing.genpages import (
    Link,
    about_html,
    article_html,
    hub_html,
    rss_xml,
    sitemap_index_xml,
    urlset_xml,
)
from newsspider.testing.httpserver import Answer, LocalHTTPServer

SECTIONS = ("world", "politics", "business")
TAGS = ("ukraine", "energy", "elections", "markets", "climate")
AUTHORS = ("anna-kovalenko", "ben-carter", "chen-li", "dmytro-shevchenko")
DISALLOWED = "/private/"
LAST_PUBLISHED = datetime(2025, 9, 1, tzinfo=UTC)
HOME, ABOUT, FEED, INDEX, SEARCH = "/", "/about/", "/feed.xml", "/sitemap_index.xml", "/search?q=ukraine"
LISTING_FIRST = "/news/"
HUB_LINKS_PER_PAGE = 10
FEED_SIZE = 20
#: What the status endpoints answer before they give the page: (status, Retry-After) per earlier hit.
RETRY_429 = "retry-429"
RETRY_503 = "retry-503"
ALWAYS_503 = "always-503"


@dataclass(slots=True)
class GenArticle:
    """One article of the generated site."""

    number: int
    published: datetime
    modified: datetime
    section: str
    tag: str
    author: str
    in_sitemap: bool = True
    behaviour: str | None = None

    @property
    def path(self) -> str:
        return f"/{self.section}/2025/story-number-{self.number}-about-{self.tag}/"

    @property
    def title(self) -> str:
        return f"Story number {self.number} about {self.tag}"


@dataclass(slots=True)
class GeneratedSite:
    """The model of a site: its articles and how its pages link."""

    articles: list[GenArticle] = field(default_factory=list)
    per_sitemap: int = 50
    per_listing: int = 20
    paragraphs: int = 6
    #: Saved real article pages to serve as article bodies, in turn (benchmarks); generated pages if empty.
    real_pages: list[bytes] = field(default_factory=list, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        count: int,
        *,
        end: datetime = LAST_PUBLISHED,
        step: timedelta = timedelta(hours=6),
        listing_only: int = 5,
        with_errors: bool = True,
        **kwargs: Any,
    ) -> GeneratedSite:
        """`count` articles, oldest first, the newest published at `end`; the last `listing_only` are in no sitemap.

        Every date lies in the past, as on a real site (extractors distrust dates in the future).
        """
        site = cls(**kwargs)
        start = end - (count - 1) * step
        for n in range(count):
            site.add_article(start + n * step, in_sitemap=n < count - listing_only)
        if with_errors and count >= 10:
            site.articles[1].behaviour = RETRY_429
            site.articles[2].behaviour = RETRY_503
            site.articles[3].behaviour = ALWAYS_503
        return site

    def add_article(self, published: datetime, *, in_sitemap: bool = True) -> GenArticle:
        n = len(self.articles)
        article = GenArticle(
            number=n,
            published=published,
            modified=published,
            section=SECTIONS[n % len(SECTIONS)],
            tag=TAGS[n % len(TAGS)],
            author=AUTHORS[n % len(AUTHORS)],
            in_sitemap=in_sitemap,
        )
        self.articles.append(article)
        self._cache.clear()
        return article

    def touch(self, article: GenArticle, modified: datetime) -> None:
        """Mark an article as changed (its sitemap lastmod moves)."""
        article.modified = modified
        self._cache.clear()

    def _cached(self, key: str, build: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @property
    def by_path(self) -> dict[str, GenArticle]:
        found: dict[str, GenArticle] = self._cached("by_path", lambda: {a.path: a for a in self.articles})
        return found

    def sitemap_chunks(self) -> list[list[GenArticle]]:
        listed = [a for a in self.articles if a.in_sitemap]
        return [listed[i : i + self.per_sitemap] for i in range(0, len(listed), self.per_sitemap)]

    @staticmethod
    def sitemap_path(k: int) -> str:
        """Sitemap k (0-based); the first, with the oldest articles, is gzipped."""
        return f"/sitemaps/posts-{k}.xml.gz" if k == 0 else f"/sitemaps/posts-{k}.xml"

    def newest_first(self) -> list[GenArticle]:
        found: list[GenArticle] = self._cached(
            "newest", lambda: sorted(self.articles, key=lambda a: (a.published, a.number), reverse=True)
        )
        return found

    @staticmethod
    def listing_path(page: int) -> str:
        return LISTING_FIRST if page == 1 else f"{LISTING_FIRST}page/{page}/"

    def listing_pages(self) -> int:
        return max(1, -(-len(self.articles) // self.per_listing))

    def hub_paths(self) -> dict[str, list[GenArticle]]:
        """Tag, author and section pages with the articles each lists (newest first)."""

        def build() -> dict[str, list[GenArticle]]:
            hubs: dict[str, list[GenArticle]] = {}
            for a in self.newest_first():
                for path in (f"/tag/{a.tag}/", f"/author/{a.author}/", f"/section/{a.section}/"):
                    hubs.setdefault(path, []).append(a)
            return {path: found[:HUB_LINKS_PER_PAGE] for path, found in hubs.items()}

        found: dict[str, list[GenArticle]] = self._cached("hubs", build)
        return found

    # -- links: the one place that says how pages connect ---------------------------------------------
    def links(self, path: str) -> list[str]:
        """Every same-site link of a page (anchors, feed links, sitemap and feed entries), in page order."""
        newest = self.newest_first()
        articles = self.by_path
        hubs = self.hub_paths()
        if path == HOME:
            return [LISTING_FIRST, *(f"/section/{s}/" for s in SECTIONS), SEARCH, ABOUT, FEED] + [
                a.path for a in newest[:5]
            ]
        if path == INDEX:
            return [self.sitemap_path(k) for k in range(len(self.sitemap_chunks()))]
        for k, chunk in enumerate(self.sitemap_chunks()):
            if path == self.sitemap_path(k):
                return [a.path for a in chunk]
        if path == FEED:
            return [a.path for a in newest[:FEED_SIZE]]
        page = self._listing_number(path)
        if page is not None:
            shown = newest[(page - 1) * self.per_listing : page * self.per_listing]
            more = [self.listing_path(page + 1)] if page < self.listing_pages() else []
            return [*more, *(a.path for a in shown)] + [f"/tag/{a.tag}/" for a in shown[:1]]
        if path in hubs or path == SEARCH:
            shown = hubs.get(path) or [a for a in newest if a.tag == "ukraine"][:HUB_LINKS_PER_PAGE]
            return [HOME, *(a.path for a in shown)]
        if path in articles:
            a = articles[path]
            return [
                HOME,
                f"/section/{a.section}/",
                f"/tag/{a.tag}/",
                f"/author/{a.author}/",
                f"{DISALLOWED}{a.number}/",
            ]
        return [HOME] if path == ABOUT else []

    def _listing_number(self, path: str) -> int | None:
        for page in range(1, self.listing_pages() + 1):
            if path == self.listing_path(page):
                return page
        return None

    def reachable(self, start: str = HOME) -> set[str]:
        """Every path a crawl from `start` reaches: links followed, robots.txt, never what robots.txt forbids."""
        seen = {"/robots.txt", INDEX} if start == HOME else set()
        todo = [start, *sorted(seen)]
        seen.add(start)
        while todo:
            for link in self.links(todo.pop()):
                if link not in seen and not link.startswith(DISALLOWED):
                    seen.add(link)
                    todo.append(link)
        return seen

    # -- responses ---------------------------------------------------------------------------------------
    def respond(self, path: str, origin: str, hits: int) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a path, given how often it was asked for before (`hits`)."""
        article = self.by_path.get(path)
        if article is not None and article.behaviour:
            early = _error_answer(article.behaviour, hits)
            if early is not None:
                return early
        body, ctype = self._body(path, origin)
        if body is None:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        if path.endswith(".gz"):
            return 200, {"Content-Type": "application/x-gzip"}, gzip.compress(body)
        return 200, {"Content-Type": ctype}, body

    def _body(self, path: str, origin: str) -> tuple[bytes | None, str]:
        html = "text/html; charset=utf-8"
        if path == "/robots.txt":
            text = f"User-agent: *\nDisallow: {DISALLOWED}\n\nSitemap: {origin}{INDEX}\n"
            return text.encode(), "text/plain"
        links = self.links(path)
        if path == INDEX:
            chunks = self.sitemap_chunks()
            dates = [max(a.modified for a in chunk) for chunk in chunks]
            return sitemap_index_xml(origin, list(zip(links, dates, strict=True))), "application/xml"
        if path.startswith("/sitemaps/") and links:
            by_path = self.by_path
            return urlset_xml(origin, [(p, by_path[p].modified) for p in links]), "application/xml"
        if path == FEED:
            by_path = self.by_path
            return rss_xml(origin, [(by_path[p].title, p, by_path[p].published) for p in links]), "application/rss+xml"
        article = self.by_path.get(path)
        if article is not None:
            if self.real_pages:
                return self.real_pages[article.number % len(self.real_pages)], html
            return article_html(origin, article, links, self.paragraphs).encode(), html
        if path == ABOUT:
            return about_html().encode(), html
        if not links:
            return None, html
        return hub_html(origin, path, self._hub_links(path, links)).encode(), html

    def _hub_links(self, path: str, links: list[str]) -> list[Link]:
        """Links with their text; pagination is rel=next on odd pages, an "Older posts" anchor on even ones."""
        by_path = self.by_path
        page = self._listing_number(path)
        found = []
        for link in links:
            if link == FEED:
                found.append(Link(link, "RSS", rel="alternate"))
            elif page is not None and link == self.listing_path(page + 1):
                found.append(Link(link, "Older posts", rel="next" if page % 2 else None))
            else:
                found.append(Link(link, by_path[link].title if link in by_path else link.strip("/") or "Home"))
        return found


def _error_answer(behaviour: str, hits: int) -> tuple[int, dict[str, str], bytes] | None:
    text = {"Content-Type": "text/plain"}
    if behaviour == RETRY_429 and hits == 0:
        return 429, {**text, "Retry-After": "1"}, b"slow down"
    if behaviour == RETRY_503 and hits == 0:
        when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
        return 503, {**text, "Retry-After": when}, b"back soon"
    if behaviour == ALWAYS_503:
        return 503, {**text, "Retry-After": "0"}, b"down"
    return None


class GenSiteServer(LocalHTTPServer):
    """Serves a :class:`GeneratedSite` on 127.0.0.1 and logs (path, status, time) of every request."""

    name = "generated site"

    def __init__(self, site: GeneratedSite, *, host: str = "127.0.0.1", port: int = 0, delay: float = 0.0) -> None:
        super().__init__(host=host, port=port, delay=delay)
        self.site = site

    def respond(self, path: str, hits: int) -> Answer:
        return self.site.respond(path, self.origin, hits)
