"""Page-level XPath expressions shared by several field extractors.

Field-specific selectors live at the top of their own module (one place per concern).
"""

from __future__ import annotations

#: Tags read in one pass over the page (Page.head_tags): JSON-LD scripts, meta tags, canonical links.
HEAD_TAGS = ("script", "meta", "link")
JSON_LD_TYPES = frozenset({"application/ld+json", "application/json+ld"})
CANONICAL_REL = "canonical"

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
