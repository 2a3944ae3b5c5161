"""Run ``scrapy crawl`` in a subprocess, as a user would, and read back what it wrote (records, stats)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: Local test sites need no politeness delays; they make crawls fast and their order free.
FAST_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "false",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "INFO",
    "NEWSSPIDER_PROGRESS_INTERVAL": "0",
    "TELNETCONSOLE_ENABLED": "false",
}
CRAWL_TIMEOUT_SECONDS = 240


def crawl_command(
    spider: str,
    *,
    args: dict[str, str] | None = None,
    settings: dict[str, str] | None = None,
    output: Path | None = None,
    append: bool = False,
    stats: Path | None = None,
) -> list[str]:
    """``python -m scrapy crawl SPIDER -a k=v ... -s K=V ... -o/-O output``."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
    for key, value in (args or {}).items():
        cmd += ["-a", f"{key}={value}"]
    merged = {**FAST_SETTINGS, **(settings or {})}
    if stats is not None:
        merged["NEWSSPIDER_STATS_FILE"] = str(stats)
    for key, value in merged.items():
        cmd += ["-s", f"{key}={value}"]
    if output is not None:
        cmd += ["-o" if append else "-O", f"{output}:jsonl"]
    return cmd


def crawl_env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1"}


def start_crawl(cmd: list[str], log: Path) -> subprocess.Popen[bytes]:
    """Start a crawl in the background, its output going to `log`."""
    with log.open("wb") as out:
        return subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=crawl_env())


def run_crawl(cmd: list[str], timeout: float = CRAWL_TIMEOUT_SECONDS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=crawl_env(), check=False)


def read_records(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_stats(path: Path) -> dict[str, Any]:
    stats: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return stats


def skipped(stats: dict[str, Any]) -> dict[str, int]:
    """The ``newsspider/skipped/<reason>`` counters, by reason."""
    prefix = "newsspider/skipped/"
    return {k[len(prefix) :]: int(v) for k, v in stats.items() if k.startswith(prefix)}
