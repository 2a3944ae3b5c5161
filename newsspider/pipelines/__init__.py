"""Item pipelines, in order: extract the record from a fetched page, validate it, drop duplicates.

Configured in :mod:`newsspider.settings` ``ITEM_PIPELINES``.
"""

from newsspider.pipelines.dedupe import DeduplicatePipeline
from newsspider.pipelines.extract import ExtractArticlePipeline
from newsspider.pipelines.validate import ValidateRecordPipeline

__all__ = ["DeduplicatePipeline", "ExtractArticlePipeline", "ValidateRecordPipeline"]
