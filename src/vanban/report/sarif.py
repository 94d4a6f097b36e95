"""SARIF 2.1.0 report, for GitHub code scanning, GitLab, VS Code's SARIF viewer and other tools.

One run; ``tool.driver.rules`` lists every rule given in ``rules`` plus any code seen in the findings
(and ``E000`` when a file could not be read). Columns count Unicode code points
(``columnKind = "unicodeCodePoints"``), exactly like :attr:`vanban.model.Finding.column`; ``endColumn`` is
exclusive, as in vanban. Paths become URI references: relative paths stay relative (percent-encoded, so
Vietnamese file names are valid URIs), absolute paths become ``file://`` URIs.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .. import __version__
from . import READ_ERROR_CODE, READ_ERROR_NAME, FileResult, finding_path, iter_findings

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}

_READ_ERROR_RULE = {
    "vi": ("không đọc được tệp", "Tệp rỗng, hỏng, không phải văn bản hoặc không đọc được."),
    "en": ("the file could not be read", "The file is empty, damaged, not text, or could not be read."),
}

_WINDOWS_ABS = re.compile(r"^[A-Za-z]:[\\/]")


def path_to_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri`` for a path as the user gave it."""
    if _WINDOWS_ABS.match(path) or path.startswith("\\\\"):
        return PureWindowsPath(path).as_uri()
    p = path.replace("\\", "/")
    if p.startswith("/"):
        return PurePosixPath(p).as_uri()
    if p.startswith("./"):
        p = p[2:]
    return quote(os.fsencode(p), safe="/-._~")  # the name's own bytes, even those that are not UTF-8


def _region(line: int, column: int, end_line: int, end_column: int, start: int, end: int,
            text: str) -> dict[str, Any]:
    line = max(1, line)
    column = max(1, column)
    end_line = max(line, end_line)
    if end_line == line:
        end_column = max(column, end_column)
    region: dict[str, Any] = {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": max(1, end_column),
    }
    if 0 <= start <= end:
        region["charOffset"] = start
        region["charLength"] = end - start
    if text:
        region["snippet"] = {"text": text}
    return region


def _location_end(line: int, column: int, start: int, end: int, text: str) -> tuple[int, int]:
    """End line and (exclusive) end column of a related location, which only has its start."""
    if not text:
        return line, column + max(0, end - start)
    parts = text.split("\n")
    if len(parts) == 1:
        return line, column + len(text)
    return line + len(parts) - 1, len(parts[-1]) + 1


def _rule_descriptor(code: str, meta: dict[str, Any], lang: str) -> dict[str, Any]:
    desc: dict[str, Any] = {"id": code}
    if meta.get("name"):
        desc["name"] = meta["name"]
    summary = meta.get("summary") or meta.get("name") or code
    desc["shortDescription"] = {"text": summary}
    rationale = meta.get("rationale")
    if rationale:
        desc["fullDescription"] = {"text": rationale}
        desc["help"] = {"text": f"{summary}\n\n{rationale}"}
    else:
        desc["help"] = {"text": summary}
    sev = meta.get("severity")
    if sev in LEVELS:
        desc["defaultConfiguration"] = {"level": LEVELS[sev]}
    return desc


def render_sarif(results: list[FileResult], *, lang: str = "vi", rules: dict | None = None) -> str:
    return json.dumps(build_sarif(results, lang=lang, rules=rules), ensure_ascii=False, indent=2) + "\n"


def build_sarif(results: list[FileResult], *, lang: str = "vi", rules: dict | None = None) -> dict:
    """The SARIF log as a Python dict."""
    lang = "en" if lang == "en" else "vi"
    pairs = list(iter_findings(results, lang))

    # rule metadata: every configured rule, then codes only seen in findings
    meta: dict[str, dict[str, Any]] = {code: dict(m or {}) for code, m in (rules or {}).items()}
    for _r, f in pairs:
        if f.code not in meta:
            if f.code == READ_ERROR_CODE:
                summary, rationale = _READ_ERROR_RULE[lang]
                meta[f.code] = {"name": READ_ERROR_NAME, "severity": "error", "summary": summary,
                                "rationale": rationale}
            else:
                meta[f.code] = {"name": f.name, "severity": f.severity}
    codes = sorted(meta)
    index = {code: i for i, code in enumerate(codes)}
    rule_list = [_rule_descriptor(code, meta[code], lang) for code in codes]

    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for r, f in pairs:
        path = finding_path(r, f, raw=True)
        res: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": LEVELS.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": path_to_uri(path)},
                        "region": _region(f.line, f.column, f.end_line, f.end_column, f.start, f.end,
                                          f.text),
                    }
                }
            ],
        }
        if f.related:
            res["relatedLocations"] = []
            for i, loc in enumerate(f.related):
                end_line, end_col = _location_end(loc.line, loc.column, loc.start, loc.end, loc.text)
                rel: dict[str, Any] = {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": {"uri": path_to_uri(loc.path or path)},
                        "region": _region(loc.line, loc.column, end_line, end_col, loc.start, loc.end,
                                          loc.text),
                    },
                }
                if loc.note:
                    rel["message"] = {"text": loc.note}
                res["relatedLocations"].append(rel)
        props: dict[str, Any] = {"name": f.name, "severity": f.severity}
        for key in ("page", "paragraph", "part", "table", "row", "cell"):  # the place in the original .pdf/.docx
            if getattr(f, key, None) is not None:
                props[key] = getattr(f, key)
        if f.suggestion:
            props["suggestion"] = f.suggestion
        if r.config:  # the configuration file the file was checked with
            props["config"] = r.config
        res["properties"] = props
        sarif_results.append(res)
        if f.code == READ_ERROR_CODE and r.failed:
            note: dict[str, Any] = {
                "level": "error",
                "message": {"text": f.message},
                "locations": res["locations"],
            }
            if r.error_code:
                note["descriptor"] = {"id": r.error_code}
            notifications.append(note)

    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "vanban-lint",
                "semanticVersion": __version__,
                "version": __version__,
                "rules": rule_list,
            }
        },
        "columnKind": "unicodeCodePoints",
        "language": "vi-VN" if lang == "vi" else "en-US",
        "results": sarif_results,
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": notifications,
            }
        ],
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
