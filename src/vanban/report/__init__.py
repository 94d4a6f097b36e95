"""Reporters: turn lint results into text, JSON, JSON Lines, SARIF, GitHub annotations, CSV or HTML.

The CLI collects one :class:`FileResult` per input file and calls :func:`render`::

    from vanban.report import FileResult, render
    out = render([FileResult("bc.txt", doc, findings)], "sarif", rules=rule_meta)

Every format sees the same findings in the same order: files in the order the CLI sorted them (folder, then
name), findings sorted by position (line, column) then code. A file that could not be read (``document is None``
and not ``lean``, or ``error`` set) is reported as one finding ``E000`` / ``read-error`` of severity ``error`` at
line 1, column 1, so that machine consumers never have to special-case it (a leading ``"<path>: "`` in ``error``, as produced by
``ReadError.message()``, is dropped: the path has its own field).

The output is a ``str``. Write it as UTF-8; for CSV open the file with ``newline=""`` (the rows already
end in CRLF as RFC 4180 asks).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Document, Finding

__all__ = [
    "FileResult",
    "FORMATS",
    "render",
    "READ_ERROR_CODE",
    "READ_ERROR_NAME",
    "iter_findings",
    "finding_record",
    "records",
    "locate_findings",
    "localize_notes",
    "place_text",
]

FORMATS = ("text", "json", "jsonl", "sarif", "github", "csv", "html")

#: The pseudo-rule used for files that could not be read.
READ_ERROR_CODE = "E000"
READ_ERROR_NAME = "read-error"

#: Severity order, most severe first.
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

#: Severity labels shown to people (the machine formats keep the English keywords).
SEVERITY_LABELS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}

_GENERIC_READ_ERROR = {"vi": "không đọc được tệp", "en": "cannot read the file"}


@dataclass
class FileResult:
    """What the linter produced for one input file."""

    path: str
    document: Document | None  # None when the file could not be read
    findings: list[Finding]
    error: str | None = None  # message (already localized) when the file could not be read
    error_code: str | None = None  # e.g. "empty", "binary", "corrupt" (vanban.errors codes)
    lean: bool = False  # the file was read and linted, but its Document was dropped to save memory
    #: the configuration file the file was checked with, as the CLI shows it (None: no file, the defaults)
    config: str | None = None

    @property
    def failed(self) -> bool:
        """True when the file could not be read."""
        return self.error is not None or (self.document is None and not self.lean)


def lang_of(lang: str | None) -> str:
    """Normalise a language tag to "vi" or "en" (anything starting with "en" is English)."""
    return "en" if (lang or "vi").lower().startswith("en") else "vi"


def severity_label(severity: str, lang: str = "vi") -> str:
    return SEVERITY_LABELS[lang_of(lang)].get(severity, severity)


def read_error_finding(result: FileResult, lang: str = "vi") -> Finding:
    """The synthetic E000 finding that stands for an unreadable file."""
    from ..model import Finding

    message = result.error or _GENERIC_READ_ERROR[lang_of(lang)]
    # ReadError.message() starts with "path: "; the path is already reported in its own field
    from ..util import safe_text, shown_path

    for prefix in (f"{result.path}: ", f"{shown_path(result.path)}: "):
        if message.startswith(prefix) and len(message) > len(prefix):
            message = message[len(prefix):]
            break
    message = safe_text(message)
    return Finding(
        code=READ_ERROR_CODE,
        name=READ_ERROR_NAME,
        severity="error",
        message=message,
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        start=0,
        end=0,
        text="",
        path=result.path,
    )


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order (line, column, then code); stable for equal keys."""
    return sorted(findings, key=lambda f: (f.line, f.column, f.code))


def iter_findings(results: list[FileResult], lang: str = "vi") -> Iterator[tuple[FileResult, Finding]]:
    """Yield ``(result, finding)`` for every finding, read errors included, in report order."""
    for r in results:
        if r.failed:
            yield r, read_error_finding(r, lang)
        for f in sorted_findings(list(r.findings)):
            yield r, f


def finding_path(result: FileResult, finding: Finding, *, raw: bool = False) -> str:
    """The path a finding is reported against: the file's path unless the finding names another one.

    As shown (the default), a name's undecodable bytes and control characters are escaped (``\\xff``,
    ``\\n``): no report line can be forged by a file name, and every report is valid UTF-8. ``raw=True``
    gives the path as the file system has it."""
    from ..util import shown_path

    p = finding.path or result.path
    if raw:
        # a document's own path is stored as shown (escaped); the file system's name is the result's
        return result.path if finding.path and finding.path == shown_path(result.path) else p
    return shown_path(p)


def locate_findings(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Fill ``page`` (PDF), ``paragraph`` and ``part`` (Word) of each finding and related location from the
    reader's anchors (:attr:`SourceInfo.anchors`), so an officer can find the place in the file she has.
    Findings of plain text files are left as they are (the line is the place)."""
    anchors = doc.source.anchors if doc.source is not None else []
    if not anchors:
        return findings
    from bisect import bisect_right

    keys = [a[0] for a in anchors]

    def at(offset: int):
        i = bisect_right(keys, offset) - 1
        return anchors[max(i, 0)]

    for f in findings:
        if f.code == READ_ERROR_CODE or (f.path and doc.path and f.path != doc.path):
            continue
        _off, page, para, part, table, row, cell = (tuple(at(f.start)) + (None,) * 7)[:7]
        f.page, f.paragraph = page, para
        f.part = part if part and part != "body" else None
        f.table, f.row, f.cell = table, row, cell
        for loc in f.related:
            if loc.path and doc.path and loc.path != doc.path:
                continue
            _o, lpage, lpara = tuple(at(loc.start))[:3]
            loc.page, loc.paragraph = lpage, lpara
    return findings


def localize_notes(findings: list[Finding], lang: str = "vi") -> list[Finding]:
    """Related-location notes in the user's language (see :func:`vanban.rules.explain.note_text`)."""
    from ..rules.explain import note_text

    for f in findings:
        for loc in f.related:
            loc.note = note_text(loc.note, lang)
    return findings


#: how a place in the original file is named, after line:column
PLACE_LABELS = {"vi": {"page": "trang", "paragraph": "đoạn", "table": "bảng", "row": "dòng", "cell": "ô"},
                "en": {"page": "page", "paragraph": "paragraph", "table": "table", "row": "row", "cell": "cell"}}


def place_text(finding: Finding, lang: str = "vi") -> str:
    """"trang 3", "đoạn 12", "đoạn 40, bảng 2 dòng 3 ô 4" — where a finding is in the original .pdf/.docx
    ("" for plain text)."""
    t = PLACE_LABELS[lang_of(lang)]
    page = getattr(finding, "page", None)
    para = getattr(finding, "paragraph", None)
    bits = []
    if page:
        bits.append(f"{t['page']} {page}")
    if para:
        bits.append(f"{t['paragraph']} {para}")
    table = getattr(finding, "table", None)
    if table:
        cell = " ".join(f"{t[k]} {v}" for k, v in (("row", getattr(finding, "row", None)),
                                                     ("cell", getattr(finding, "cell", None))) if v)
        bits.append(f"{t['table']} {table}" + (f" {cell}" if cell else ""))
    return ", ".join(bits)


def finding_record(result: FileResult, finding: Finding) -> dict[str, Any]:
    """The public JSON object for one finding (see docs/report-json.md)."""
    from ..util import safe_text, shown_path

    path = finding_path(result, finding)
    rec: dict[str, Any] = {
        "path": path,
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "page": finding.page,
        "paragraph": finding.paragraph,
        "part": finding.part,
        "table": finding.table,
        "row": finding.row,
        "cell": finding.cell,
        "related": [
            {
                "path": shown_path(loc.path) if loc.path else path,
                "line": loc.line,
                "column": loc.column,
                "start": loc.start,
                "end": loc.end,
                "text": loc.text,
                "note": loc.note,
                "page": loc.page,
                "paragraph": loc.paragraph,
            }
            for loc in finding.related
        ],
    }
    if finding.code == READ_ERROR_CODE and result.failed:
        rec["error_code"] = result.error_code
    if result.config:  # only when a configuration file was used (vanban-lint's per-folder lookup)
        rec["config"] = shown_path(result.config)
    rec["message"] = safe_text(rec["message"])
    return rec


def records(results: list[FileResult], lang: str = "vi") -> list[dict[str, Any]]:
    """All findings as public JSON objects, in report order."""
    return [finding_record(r, f) for r, f in iter_findings(results, lang)]


def render(
    results: list[FileResult],
    fmt: str,
    *,
    lang: str = "vi",
    statistics: bool = False,
    rules: dict | None = None,
) -> str:
    """Render lint results in one of :data:`FORMATS`.

    ``lang`` ("vi" or "en") chooses the language of what the reporter itself writes (summary lines,
    headings, labels); finding messages are used as given. ``statistics`` adds a per-code count table to
    the text format. ``rules`` maps code -> {"name", "severity", "summary", "rationale"} and feeds SARIF
    rule metadata and the HTML rule help.
    """
    lang = lang_of(lang)
    if fmt == "text":
        from .text import render_text

        return render_text(results, lang=lang, statistics=statistics)
    if fmt == "json":
        from .jsonfmt import render_json

        return render_json(results, lang=lang)
    if fmt == "jsonl":
        from .jsonfmt import render_jsonl

        return render_jsonl(results, lang=lang)
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif(results, lang=lang, rules=rules)
    if fmt == "github":
        from .github import render_github

        return render_github(results, lang=lang)
    if fmt == "csv":
        from .csvfmt import render_csv

        return render_csv(results, lang=lang)
    if fmt == "html":
        from .html import render_html

        return render_html(results, lang=lang, rules=rules)
    raise ValueError(f"unknown report format {fmt!r}; expected one of: {', '.join(FORMATS)}")
