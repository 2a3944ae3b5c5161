"""Spiders route: they find article pages (sitemaps, feeds, listings) and yield them for extraction."""
