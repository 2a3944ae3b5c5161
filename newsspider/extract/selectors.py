"""Page-level XPath expressions shared by several field extractors.

Field-specific selectors live at the top of their own module (one place per concern).
"""

from __future__ import annotations

JSON_LD_SCRIPTS = "//script[@type='application/ld+json' or @type='application/json+ld']"
META_TAGS = "//meta[@content]"
CANONICAL_LINK = "//link[@rel='canonical']/@href"
HTML_LANG = "/html/@lang | /html/@xml:lang"

ARTICLE_LD_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "LiveBlogPosting",
        "BlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "VideoObject",
    }
)
