"""Downloader middlewares of newsspider."""
