"""Small helpers for spiders: reading sitemaps, feeds and robots.txt from raw bytes."""
