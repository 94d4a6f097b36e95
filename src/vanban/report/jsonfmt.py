"""JSON and JSON Lines reports: one object per finding, the public contract of docs/report-json.md.

``json`` writes a single JSON array (pretty-printed, UTF-8 characters kept as they are); ``jsonl`` writes
the same objects one per line, for streaming and ``jq -c``. Both are stable: keys are only ever added.
"""
from __future__ import annotations

import json

from . import FileResult, records


def render_json(results: list[FileResult], *, lang: str = "vi") -> str:
    return json.dumps(records(results, lang), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(results: list[FileResult], *, lang: str = "vi") -> str:
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records(results, lang))
