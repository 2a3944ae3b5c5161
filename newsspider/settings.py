"""Scrapy settings: a polite crawler by default, the extraction pipelines, JSON Lines feeds."""

from __future__ import annotations

BOT_NAME = "newsspider"
SPIDER_MODULES = ["newsspider.spiders"]
NEWSPIDER_MODULE = "newsspider.spiders"

# Who we are: site owners can tell from the User-Agent what is crawling and whom to ask.
NEWSSPIDER_CONTACT = "https://github.com/newsspider/newsspider"
USER_AGENT = f"newsspider/0.1 (+{NEWSSPIDER_CONTACT})"

# A good citizen by default.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
AUTOTHROTTLE_DEBUG = False
# Retries: 429/503 wait for Retry-After (or back off exponentially) before the retry.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_AFTER_HTTP_CODES = [429, 503]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubled at each retry when the server gives no Retry-After
RETRY_AFTER_MAX = 300.0  # a server asking for a longer wait is given up on for that request
# A development cache, opt in: -s HTTPCACHE_ENABLED=true (pages kept a day under .scrapy/httpcache).
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 86400
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.DummyPolicy"
# Long crawls: memory per request stays small, and a deep site cannot trap the crawl.
DEPTH_LIMIT = 0
DEPTH_PRIORITY = 0
DNS_TIMEOUT = 30
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024

# Offline replay of saved fixtures (see README): -s REPLAY_FIXTURES=fixtures/kyivindependent
REPLAY_FIXTURES = None
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt handling and everything else that would touch the network.
    "newsspider.middlewares.replay.ReplayMiddleware": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newsspider.middlewares.robots.SharedRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsspider.middlewares.retry_after.RetryAfterMiddleware": 550,
}

ITEM_PIPELINES = {
    "newsspider.pipelines.ExtractArticlePipeline": 100,
    "newsspider.pipelines.ValidateRecordPipeline": 200,
    "newsspider.pipelines.limits.SinceFilterPipeline": 250,
    "newsspider.pipelines.DeduplicatePipeline": 300,
    "newsspider.pipelines.limits.MaxArticlesPipeline": 900,
}

EXTENSIONS = {
    "newsspider.extensions.jobdir.JobDirGuard": 100,
    "newsspider.extensions.summary.CrawlSummary": 500,
    # After the feed exporter (0): an article is recorded as seen only once it is written.
    "newsspider.extensions.seen.SeenStoreExtension": 510,
    "newsspider.extensions.progress.CrawlProgress": 520,
    "newsspider.distributed.idle.RedisIdleExtension": 530,
    # Last, so the stats it writes are complete.
    "newsspider.extensions.statsfile.StatsFile": 900,
}
NEWSSPIDER_STATS_FILE = None  # write the final stats as JSON here
NEWSSPIDER_SUMMARY = True

# Incremental runs: articles written before (and unchanged) are not fetched again; -o appends.
NEWSSPIDER_INCREMENTAL = False
NEWSSPIDER_SEEN_DB = "data/seen/%(spider)s.sqlite"

# Progress: a live line on a terminal, a log line every interval (seconds; 0: none).
NEWSSPIDER_PROGRESS = True
NEWSSPIDER_PROGRESS_INTERVAL = 60.0
NEWSSPIDER_PROGRESS_REFRESH = 0.5

# Distributed crawling: -s REDIS_URL=redis://host:6379/0 shares the frontier (see newsspider.distributed).
REDIS_URL = None
NEWSSPIDER_REDIS_IDLE_CLOSE = 30.0  # seconds the shared frontier stays empty before a worker leaves

FEED_EXPORTERS = {
    "jsonl": "newsspider.exporters.JsonLinesExporter",
    "jsonlines": "newsspider.exporters.JsonLinesExporter",
    "jl": "newsspider.exporters.JsonLinesExporter",
}
FEED_EXPORT_ENCODING = "utf-8"
LOG_FORMATTER = "newsspider.logformatter.NewsLogFormatter"
LOG_LEVEL = "INFO"

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
