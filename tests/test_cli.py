from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

PAGE = """<html lang="en"><head><title>Ukraine news | The Site</title>
<meta property="og:site_name" content="The Site"><link rel="canonical" href="/news/a/"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ukraine news</h1>
<p>The first paragraph of the story says what happened in Київ today, with enough words to be a paragraph.</p>
<p>The second paragraph adds the context that readers need, again in a full sentence of ordinary length.</p>
</article><footer>Copyright</footer></body></html>"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsspider", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_extract_prints_one_json_line(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    result = run("extract", "a.html", "--url", "https://example.com/news/a/?utm=x", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["headline"] == "Ukraine news"
    assert record["canonical_url"] == "https://example.com/news/a/"
    assert "Київ" in lines[0]  # UTF-8 text, not \\u escapes
    assert record["spider"] is None


def test_manifest_skips_bad_entries_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_text("   ", encoding="utf-8")
    manifest = tmp_path / "pages.jsonl"
    manifest.write_text(
        "\n".join(
            json.dumps(e)
            for e in [
                {"path": "a.html", "url": "https://example.com/a/"},
                {"path": "missing.html", "url": "https://example.com/m/"},
                {"path": "empty.html", "url": "https://example.com/e/"},
                {"url": "https://example.com/no-path/"},
                {"path": "a.html", "url": "https://example.com/a2/"},
            ]
        ),
        encoding="utf-8",
    )
    result = run("extract", "--manifest", str(manifest), cwd=tmp_path)
    assert result.returncode == 1
    assert [json.loads(x)["url"] for x in result.stdout.splitlines()] == [
        "https://example.com/a/",
        "https://example.com/a2/",
    ]
    assert (
        "skipped entry 2" in result.stderr and "skipped entry 3" in result.stderr and "skipped entry 4" in result.stderr
    )
    assert "extracted 2 pages, skipped 3" in result.stderr


def test_extract_needs_url(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    result = run("extract", "a.html", cwd=tmp_path)
    assert result.returncode == 2
    assert "--url is required" in result.stderr


def test_unknown_site_profile_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    result = run("extract", "a.html", "--url", "https://example.com/", "--site", "nope", cwd=tmp_path)
    assert result.returncode == 1
    assert "no site profile named 'nope'" in result.stderr
