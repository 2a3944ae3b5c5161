"""Benchmarks that score newsspider's extractors on annotated sets (``python -m newsspider.bench.<name>``)."""
