"""robots.txt fetched once per host: Scrapy's RobotsTxtMiddleware, whose copy the spider also reads.

With ``ROBOTSTXT_OBEY`` Scrapy downloads each host's robots.txt before the first request there. When
the spider then asks for the same robots.txt (to find its ``Sitemap:`` lines), this middleware answers
from that copy instead of downloading it a second time. In a distributed crawl the copy is also kept
in Redis (``<spider>:robots``), so workers after the first read it from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.robotstxt import RobotParser

    from newsspider.distributed.frontier import RedisFrontier

ROBOTS_PATH = "/robots.txt"
HTTP_OK = 200


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Obeys robots.txt like Scrapy's middleware, and serves the spider the copy it already has."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._bodies: dict[str, Response] = {}

    async def process_request(self, request: Request) -> Response | None:  # type: ignore[override]
        parts = urlparse_cached(request)
        if parts.path == ROBOTS_PATH and not request.meta.get("dont_obey_robotstxt"):
            await self.robot_parser(request)
            kept = self._bodies.get(parts.netloc)
            if kept is not None and kept.url == request.url:
                self._stats.inc_value("newsspider/robotstxt/shared")
                return kept.replace(request=request, flags=[*kept.flags, "robots-shared"])
        await super().process_request(request)
        return None

    def _frontier(self) -> RedisFrontier | None:
        frontier: RedisFrontier | None = getattr(self.crawler.spider, "frontier", None)
        return frontier

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parts = urlparse_cached(request)
        frontier = self._frontier()
        if parts.netloc not in self._parsers and frontier is not None:
            body = frontier.robots_body(parts.netloc)
            if body is not None:
                kept = Response(f"{parts.scheme}://{parts.netloc}{ROBOTS_PATH}", body=body, flags=["from-redis"])
                self._parsers[parts.netloc] = Deferred()
                await self._parse_robots(kept, parts.netloc, request)
                self._stats.inc_value("newsspider/robotstxt/from_redis")
        return await super().robot_parser(request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status == HTTP_OK:
            self._bodies[netloc] = response
            frontier = self._frontier()
            if frontier is not None and "from-redis" not in response.flags:
                frontier.keep_robots_body(netloc, response.body)
        await super()._parse_robots(response, netloc, request)
