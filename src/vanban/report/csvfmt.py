"""CSV report for spreadsheets: a header row and one row per finding.

Columns: path, line, column, end_line, end_column, severity, code, name, message, text, suggestion, page,
paragraph, table, row, cell (the place in the original PDF or Word file, empty for plain text). With
``lang="vi"`` (the default) the header row is in Vietnamese (:data:`HEADERS_VI`); ``lang="en"`` keeps the
English keys above. File names are shown with control characters and undecodable bytes escaped.
Quoting follows RFC 4180 (the :mod:`csv` module, CRLF row ends); the output starts with a UTF-8 byte
order mark so that Excel recognises the encoding and shows Vietnamese correctly. Write it with
``open(path, "w", encoding="utf-8", newline="")`` (the BOM is already part of the string).

Text cells that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
CR; common in documents, where list items start with "- ") get a leading apostrophe, the usual guard
against CSV formula injection; pass ``formula_guard=False`` to :func:`render_csv` to keep them raw.
"""
from __future__ import annotations

import csv
import io

from . import FileResult, finding_path, iter_findings

BOM = "\ufeff"
COLUMNS = ("path", "line", "column", "end_line", "end_column", "severity", "code", "name", "message",
           "text", "suggestion", "page", "paragraph", "table", "row", "cell")
HEADERS_VI = ("tệp", "dòng", "cột", "dòng cuối", "cột cuối", "mức", "mã", "quy tắc", "nội dung", "đoạn văn bản",
              "gợi ý", "trang", "đoạn", "bảng", "dòng bảng", "ô")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guard(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_csv(results: list[FileResult], *, lang: str = "vi", formula_guard: bool = True) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLUMNS if lang == "en" else HEADERS_VI)
    g = _guard if formula_guard else (lambda s: s)
    for r, f in iter_findings(results, lang):
        w.writerow([
            g(finding_path(r, f)), f.line, f.column, f.end_line, f.end_column, f.severity, g(f.code),
            g(f.name), g(f.message), g(f.text), g(f.suggestion or ""),
            *("" if v is None else v for v in (f.page, f.paragraph, f.table, f.row, f.cell)),
        ])
    return BOM + buf.getvalue()
