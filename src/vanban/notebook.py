"""Compact HTML for Jupyter: a document with its findings highlighted at their exact spans.

``Document._repr_html_`` calls :func:`document_html`, so a Document shown in a notebook cell renders as
a small card: header facts, the text with findings marked, and the findings table. Everything taken from
the document is escaped; the HTML has no scripts and one scoped ``<style>`` block.

    from vanban.notebook import document_html, findings_html
    from IPython.display import HTML
    HTML(document_html(doc, vanban.lint(doc)))
"""
from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document, Finding

__all__ = ["document_html", "findings_html", "highlight_html", "STYLE"]

_SEV_RANK = {"error": 3, "warning": 2, "info": 1}
_LABELS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin", "code": "Mã", "severity": "Mức độ",
           "where": "Dòng:cột", "message": "Nội dung", "text": "Đoạn văn bản", "none": "Không có phát hiện.",
           "type": "Loại", "ref": "Số, ký hiệu", "date": "Ngày", "issuer": "Cơ quan ban hành", "subject": "Trích yếu",
           "period": "Kỳ báo cáo", "counts": "Thống kê", "sections": "đề mục", "citations": "viện dẫn",
           "awards": "khen thưởng", "findings": "phát hiện", "body": "Toàn văn", "lines": "dòng",
           "related": "liên quan", "suggestion": "Gợi ý", "truncated": "… (đã cắt bớt, còn {n} ký tự)"},
    "en": {"error": "error", "warning": "warning", "info": "info", "code": "Code", "severity": "Severity",
           "where": "Line:col", "message": "Message", "text": "Text", "none": "No findings.",
           "type": "Type", "ref": "Number, symbol", "date": "Date", "issuer": "Issuing body", "subject": "Subject",
           "period": "Period", "counts": "Counts", "sections": "sections", "citations": "citations",
           "awards": "awards", "findings": "findings", "body": "Full text", "lines": "lines",
           "related": "related", "suggestion": "Suggestion", "truncated": "… (truncated, {n} more characters)"},
}

#: The only CSS, scoped to ``.vanban`` so it cannot restyle the notebook.
STYLE = """<style>
.vanban{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:13px;line-height:1.45;max-width:60rem}
.vanban table{border-collapse:collapse;margin:.3rem 0}
.vanban th,.vanban td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
.vanban th{background:#f3f6fa;font-weight:600}
.vanban .vb-text{white-space:pre-wrap;font-family:"Times New Roman",serif;font-size:14px;border:1px solid #e4e4e4;
padding:.5rem .75rem;max-height:28rem;overflow:auto;background:#fff}
.vanban mark{padding:0 1px;border-radius:2px;color:inherit}
.vanban .vb-error{background:#ffd6d6;border-bottom:2px solid #c62828}
.vanban .vb-warning{background:#fff1c2;border-bottom:2px solid #e0a000}
.vanban .vb-info{background:#e3efff;border-bottom:2px dotted #1e6fd9}
.vanban .vb-pin{color:#c62828;font-weight:700}
.vanban .vb-sev{font-weight:600}
.vanban tr.vb-error .vb-sev{color:#c62828}.vanban tr.vb-warning .vb-sev{color:#a66f00}.vanban tr.vb-info .vb-sev{color:#1e6fd9}
.vanban .vb-rel{color:#555;font-size:12px}
.vanban code{font-size:12px}
</style>"""


def _e(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _lang(lang: str | None) -> str:
    return "en" if (lang or "vi").lower().startswith("en") else "vi"


def _tip(f: Finding) -> str:
    return f"{f.code} {f.name}: {f.message}"


def highlight_html(text: str, findings: Iterable[Finding], *, max_chars: int | None = None,
                   lang: str = "vi") -> str:
    """``text`` escaped, with every finding's ``[start, end)`` wrapped in ``<mark>``.

    Overlapping findings split the text into segments; each segment carries the most severe class of the
    findings covering it and all their messages in its ``title``. A finding with an empty span becomes a
    small marker at its position. ``max_chars`` cuts very long texts (findings past the cut are not drawn).
    """
    t = _LABELS[_lang(lang)]
    n = len(text)
    limit = n if max_chars is None else min(n, max_chars)
    spans = []
    pins: dict[int, list] = {}
    for f in findings:
        s, e = max(0, min(f.start, n)), max(0, min(f.end, n))
        if s >= limit:
            continue
        if e <= s:
            pins.setdefault(s, []).append(f)
        else:
            spans.append((s, min(e, limit), f))
    cuts = {0, limit, *pins}
    for s, e, _f in spans:
        cuts.update((s, e))
    points = sorted(c for c in cuts if 0 <= c <= limit)
    out = []
    for i, a in enumerate(points):
        for f in pins.get(a, ()):
            out.append(f'<span class="vb-pin" title="{_e(_tip(f))}">‸</span>')
        if i + 1 >= len(points):
            break
        b = points[i + 1]
        if b <= a:
            continue
        active = [f for s, e, f in spans if s <= a and e >= b]
        seg = _e(text[a:b])
        if active:
            worst = max(active, key=lambda f: _SEV_RANK.get(f.severity, 0)).severity
            tip = "\n".join(dict.fromkeys(_tip(f) for f in active))
            codes = " ".join(dict.fromkeys(f.code for f in active))
            out.append(f'<mark class="vb-{_e(worst)}" title="{_e(tip)}" data-codes="{_e(codes)}">{seg}</mark>')
        else:
            out.append(seg)
    if limit < n:
        out.append(_e(t["truncated"].format(n=n - limit)))
    return "".join(out)


def findings_html(findings: Iterable[Finding], *, lang: str = "vi", style: bool = True) -> str:
    """A table of findings (code, severity, line:column, message with related places, text)."""
    lang = _lang(lang)
    t = _LABELS[lang]
    fs = sorted(findings, key=lambda f: (f.path or "", f.line, f.column, f.code))
    head = STYLE if style else ""
    if not fs:
        return f'{head}<div class="vanban"><p>{_e(t["none"])}</p></div>'
    rows = []
    for f in fs:
        rel = ""
        if f.related:
            items = "; ".join(f"{_e(r.path or '')}{':' if r.path else ''}{r.line}:{r.column}"
                              + (f" ({_e(r.note)})" if r.note else "") for r in f.related)
            rel = f'<div class="vb-rel">{_e(t["related"])}: {items}</div>'
        sug = f'<div class="vb-rel">{_e(t["suggestion"])}: {_e(f.suggestion)}</div>' if f.suggestion else ""
        snippet = f.text if len(f.text) <= 120 else f.text[:117] + "…"
        rows.append(
            f'<tr class="vb-{_e(f.severity)}"><td><code>{_e(f.code)}</code> {_e(f.name)}</td>'
            f'<td class="vb-sev">{_e(t.get(f.severity, f.severity))}</td><td>{f.line}:{f.column}</td>'
            f"<td>{_e(f.message)}{rel}{sug}</td><td>{_e(snippet)}</td></tr>"
        )
    header = "".join(f"<th>{_e(t[k])}</th>" for k in ("code", "severity", "where", "message", "text"))
    return f'{head}<div class="vanban"><table><thead><tr>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def document_html(doc: Document, findings: Iterable[Finding] | None = None, *, lint: bool = False,
                  lang: str = "vi", max_chars: int | None = 200_000, open_text: bool = True) -> str:
    """A compact card for one document: header facts, the text with findings highlighted, the findings.

    ``findings=None`` shows none unless ``lint=True`` (then :func:`vanban.lint` runs). Findings of another
    file (``finding.path`` set and different from ``doc.path``) are listed but not drawn on this text.
    """
    lang = _lang(lang)
    t = _LABELS[lang]
    if findings is None and lint:
        import vanban

        findings = vanban.lint(doc, lang=lang)
    fs = list(findings or [])
    own = [f for f in fs if not f.path or not doc.path or f.path == doc.path]
    h = doc.header
    from .table import locality

    loc = locality(doc)
    ref = h.doc_number or "—"  # in its system's form: 15/BC-UBND, 36-BC/ĐU
    counts = {s: sum(1 for f in fs if f.severity == s) for s in ("error", "warning", "info")}
    n_sections = sum(1 for _ in doc.iter_sections())
    facts = [
        (t["type"], h.doc_type), (t["ref"], ref), (t["date"], h.date), (t["issuer"], loc.issuer),
        (t["subject"], h.subject), (t["period"], h.period.text.replace("\n", " ") if h.period else None),
    ]
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v) if v else '—'}</td></tr>" for k, v in facts)
    stat = (f"{n_sections} {t['sections']} · {len(doc.citations)} {t['citations']} · {len(doc.awards)} {t['awards']} · "
            f"{len(fs)} {t['findings']} ({counts['error']} {t['error']}, {counts['warning']} {t['warning']}, "
            f"{counts['info']} {t['info']})")
    rows += f"<tr><th>{_e(t['counts'])}</th><td>{_e(stat)}</td></tr>"
    title = _e(doc.path or "<text>")
    lines = doc.text.count("\n") + 1
    body = highlight_html(doc.text, own, max_chars=max_chars, lang=lang)
    return (
        f'{STYLE}<div class="vanban"><div><strong>{title}</strong></div><table>{rows}</table>'
        f'<details{" open" if open_text else ""}><summary>{_e(t["body"])} ({lines} {_e(t["lines"])})</summary>'
        f'<div class="vb-text">{body}</div></details>'
        f"{findings_html(fs, lang=lang, style=False) if fs else ''}</div>"
    )
