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
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
HTTPCACHE_ENABLED = False  # opt in for development: -s HTTPCACHE_ENABLED=true
HTTPCACHE_DIR = "httpcache"

# Offline replay of saved fixtures (see README): -s REPLAY_FIXTURES=fixtures/kyivindependent
REPLAY_FIXTURES = None
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt handling and everything else that would touch the network.
    "newsspider.middlewares.replay.ReplayMiddleware": 50,
}

ITEM_PIPELINES = {
    "newsspider.pipelines.ExtractArticlePipeline": 100,
    "newsspider.pipelines.ValidateRecordPipeline": 200,
    "newsspider.pipelines.DeduplicatePipeline": 300,
}

EXTENSIONS = {
    "newsspider.extensions.summary.CrawlSummary": 500,
}
NEWSSPIDER_SUMMARY = True

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
