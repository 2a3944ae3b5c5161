"""Resume a JOBDIR crawl safely after it was killed (SIGKILL, power loss), not only after a clean pause.

Scrapy saves the request queue of a JOBDIR only when the spider closes; a crawl killed mid-way leaves a
queue and a duplicate filter that disagree with what was really fetched, so resuming from them could
lose requests that were taken off the queue but never answered. This extension leaves a marker in the
JOBDIR while the crawl runs; finding one at start means the last run did not close, and the queue,
filter and spider state it left are set aside. The crawl then walks its start URLs again, and the seen
store (:mod:`newsspider.extensions.seen`) keeps it from fetching or writing again what was written.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MARKER = "newsspider.running"
#: What Scrapy keeps in a JOBDIR between runs.
SCHEDULER_STATE = ("requests.queue", "requests.seen", "spider.state")
UNCLEAN_FOLDER = "unclean-previous-run"


def set_aside_unclean_state(jobdir: Path) -> bool:
    """Move the state of a run that never closed into ``unclean-previous-run/``; True if there was one."""
    if not (jobdir / MARKER).exists():
        return False
    aside = jobdir / UNCLEAN_FOLDER
    shutil.rmtree(aside, ignore_errors=True)
    aside.mkdir(parents=True)
    for name in SCHEDULER_STATE:
        if (jobdir / name).exists():
            (jobdir / name).rename(aside / name)
    return True


class JobDirGuard:
    """Marks a JOBDIR as in use while the crawl runs; sets aside what a killed run left."""

    def __init__(self, jobdir: Path) -> None:
        self.jobdir = jobdir
        self.marker = jobdir / MARKER

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobDirGuard:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured  # opt-in: no warning when off
        guard = cls(Path(jobdir))
        guard.jobdir.mkdir(parents=True, exist_ok=True)
        if set_aside_unclean_state(guard.jobdir):
            logger.warning(
                "The last run in %s did not stop cleanly: starting again from the start URLs; "
                "articles it wrote are not fetched again",
                guard.jobdir,
            )
            if crawler.stats is not None:
                crawler.stats.set_value("newsspider/resumed_after_kill", 1)
        guard.marker.write_text(str(os.getpid()), encoding="utf-8")
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    def spider_closed(self, spider: Spider, reason: str) -> None:
        # The scheduler has saved its queue by now (it closes before spider_closed is sent).
        self.marker.unlink(missing_ok=True)
