"""Cross-report checks: what only shows when a district reads many reports side by side.

====== ====================== ========================================================================
Code   Name                   What
====== ====================== ========================================================================
VB901  copied-paragraph       a paragraph (≥ 80 characters) copied unchanged from the same issuer's
                              previous-period report (rapidfuzz ratio ≥ 95, same figures; only the year
                              may differ)
VB902  cross-citation-conflict one document number + symbol cited with different dates or subjects
                              across the reports of one district
VB903  duplicate-report       two issuers submitting (nearly) the same report (ratio ≥ 90 on the body)
VB904  cumulative-decrease    a figure the text calls cumulative (lũy kế, tính đến, đến nay) that is
                              lower than the same figure in the issuer's previous report
====== ====================== ========================================================================

All four are warnings. They are not single-document rules (they need other documents), so they are not in
the rule registry; :func:`compare_records` builds :class:`~vanban.model.Finding` objects directly.

Python::

    from vanban.compare import compare_documents
    findings = compare_documents(docs, history="bao_cao/.vanban-history.sqlite")   # {path: [Finding]}

Command line (wired by ``vanban-lint --compare``): :func:`add_compare_arguments` and
:func:`compare_results`.
"""
from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
from rapidfuzz import fuzz, process

from .history import DocRecord, HistoryStore, default_history_path, digest, normalize_text

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document, Finding, Severity

__all__ = [
    "RULES",
    "CompareOptions",
    "compare_records",
    "compare_documents",
    "add_compare_arguments",
    "compare_results",
    "previous_report",
]

#: code -> (name, severity, Vietnamese summary, English summary)
RULES: dict[str, tuple[str, Severity, str, str]] = {
    "VB901": ("copied-paragraph", "warning", "Đoạn văn chép nguyên từ báo cáo kỳ trước của cùng cơ quan",
              "Paragraph copied unchanged from the same issuer's previous-period report"),
    "VB902": ("cross-citation-conflict", "warning", "Cùng số, ký hiệu văn bản nhưng khác ngày hoặc trích yếu giữa các báo cáo",
              "The same document number and symbol cited with a different date or subject across reports"),
    "VB903": ("duplicate-report", "warning", "Hai cơ quan nộp báo cáo gần như giống hệt nhau",
              "Two issuers submitted nearly the same report"),
    "VB904": ("cumulative-decrease", "warning", "Số liệu lũy kế thấp hơn kỳ báo cáo trước",
              "A cumulative figure is lower than in the previous report"),
}


@dataclass
class CompareOptions:
    """Thresholds of the cross-report checks (rapidfuzz scores are 0–100)."""

    copy_threshold: float = 95.0
    min_paragraph: int = 80
    duplicate_threshold: float = 90.0
    duplicate_candidate: float = 0.3  # share of sampled shingles two bodies must have in common to be compared
    subject_conflict: float = 50.0  # token-set ratio below which two subjects of one citation disagree
    figure_match: float = 85.0  # context similarity for two cumulative figures to be "the same figure"
    subject_match: float = 60.0  # subjects of two reports of one issuer must be this similar to be a series


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------


def _lang(lang: str | None) -> str:
    return "en" if (lang or "vi").lower().startswith("en") else "vi"


def _shown_path(p: str) -> str:
    """A stored absolute path as the user would type it: relative to the working folder when inside it."""
    if not os.path.isabs(p):
        return p
    try:
        rel = os.path.relpath(p)
    except ValueError:  # pragma: no cover - another drive on Windows
        return p
    return p if rel.startswith("..") else rel


def _location(rec: DocRecord, a, note: str):
    from .model import Location

    return Location(start=a.start, end=a.end, line=a.line, column=a.column, text=a.text, note=note,
                    path=_shown_path(rec.abspath) if rec.stored else rec.path)


def _finding(code: str, rec: DocRecord, a, message: str, related: list, suggestion: str | None = None) -> Finding:
    from .model import Finding

    name, severity, _vi, _en = RULES[code]
    return Finding(code=code, name=name, severity=severity, message=message, line=a.line, column=a.column,
                   end_line=a.end_line, end_column=a.end_column, start=a.start, end=a.end, text=a.text,
                   suggestion=suggestion, related=related, path=rec.path)


_YEARS_RE = regex.compile(r"\b(?:19|20|21)\d\d\b|\d+")


def _subject_norm(s: str | None) -> str:
    s = normalize_text(s or "")
    s = regex.sub(r"^(?:về việc|v/v|về)\s+", "", s)
    return regex.sub(r"\s+", " ", _YEARS_RE.sub(" ", regex.sub(r"[^\p{L}\d ]+", " ", s))).strip()


def _comparable_subject(s: str) -> bool:
    """Long enough to be a real trích yếu, not an extraction stub like "thực hiện"."""
    return len(s) >= 20 and len(s.split()) >= 4


def _label(rec: DocRecord) -> str:
    bits = [rec.issuer or _shown_path(rec.path)]
    if rec.period_text:
        bits.append(rec.period_text)
    return ", ".join(bits)


def previous_report(rec: DocRecord, pool: Iterable[DocRecord], options: CompareOptions | None = None) -> DocRecord | None:
    """The same issuer's report for the closest earlier period of the same kind (year after year, quarter
    after quarter), of the same type and with a similar subject when both have one."""
    options = options or CompareOptions()
    if not rec.issuer_key or rec.period_end is None:
        return None
    subj = _subject_norm(rec.subject)
    best = None
    best_key = None
    for o in pool:
        if o is rec or o.abspath == rec.abspath or o.issuer_key != rec.issuer_key:
            continue
        if o.period_end is None or o.period_end >= rec.period_end or o.period_kind != rec.period_kind:
            continue
        if rec.doc_type and o.doc_type and rec.doc_type != o.doc_type:
            continue
        osubj = _subject_norm(o.subject)
        if subj and osubj and fuzz.token_set_ratio(subj, osubj) < options.subject_match:
            continue
        k = (o.period_end, o.date or date.min)
        if best_key is None or k > best_key:
            best, best_key = o, k
    return best


# --------------------------------------------------------------------------------------------------
# the four checks
# --------------------------------------------------------------------------------------------------


def _copied_paragraphs(rec: DocRecord, prev: DocRecord, options: CompareOptions, lang: str) -> list[Finding]:
    out: list[Finding] = []
    olds = [p for p in prev.paragraphs or [] if len(p.text.strip()) >= options.min_paragraph]
    if not olds:
        return out
    by_hash = {p.hash: p for p in olds}
    choices = [p.norm for p in olds]
    for p in rec.paragraphs or []:
        if len(p.text.strip()) < options.min_paragraph:
            continue
        match = by_hash.get(p.hash)
        score = 100.0
        if match is None:
            hit = process.extractOne(p.norm, choices, scorer=fuzz.ratio, score_cutoff=options.copy_threshold)
            if hit is None:
                continue
            match, score = olds[hit[2]], hit[1]
        if match.numbers != p.numbers:
            continue  # the figures were updated: the paragraph was revised, not copied
        where = _label(prev)
        if lang == "en":
            msg = (f"Paragraph copied unchanged ({score:.0f}% similar) from the previous report ({where}, "
                   f"line {match.line}); update it for this period.")
            note = "paragraph in the previous report"
        else:
            msg = (f"Đoạn văn chép nguyên (giống {score:.0f}%) từ báo cáo kỳ trước ({where}, dòng {match.line}); "
                   "cần cập nhật nội dung cho kỳ này.")
            note = "đoạn tương ứng trong báo cáo kỳ trước"
        out.append(_finding("VB901", rec, p, msg, [_location(prev, match, note)]))
    return out


def _cumulative_decreases(rec: DocRecord, prev: DocRecord, options: CompareOptions, lang: str) -> list[Finding]:
    out: list[Finding] = []
    olds = [f for f in prev.figures or [] if f.kind == "cumulative"]
    if not olds:
        return out
    for f in rec.figures or []:
        if f.kind != "cumulative":
            continue
        cands = [o for o in olds if (o.unit or "") == (f.unit or "")]
        if not cands:
            continue
        hit = process.extractOne(f.context, [o.context for o in cands], scorer=fuzz.token_sort_ratio,
                                 score_cutoff=options.figure_match)
        if hit is None:
            continue
        old = cands[hit[2]]
        if f.value >= old.value:
            continue
        where = _label(prev)
        num = lambda v: f"{int(v):,}".replace(",", ".") if float(v).is_integer() else f"{v:g}"  # noqa: E731
        if lang == "en":
            msg = (f"Cumulative figure {num(f.value)} {f.unit or ''} is lower than {num(old.value)} in the previous "
                   f"report ({where}, line {old.line}); a running total cannot go down.")
            note = "the same figure in the previous report"
        else:
            msg = (f"Số liệu lũy kế {num(f.value)} {f.unit or ''} thấp hơn {num(old.value)} trong báo cáo kỳ trước "
                   f"({where}, dòng {old.line}); số lũy kế không thể giảm.")
            note = "số liệu tương ứng trong báo cáo kỳ trước"
        out.append(_finding("VB904", rec, f, regex.sub(r"\s+", " ", msg), [_location(prev, old, note)]))
    return out


def _citation_conflicts(current: list[DocRecord], pool: list[DocRecord], options: CompareOptions, lang: str) -> dict[str, list]:
    by_key: dict[str, list[tuple[DocRecord, Any]]] = defaultdict(list)
    for r in pool:
        for c in r.citations:
            by_key[c.key].append((r, c))
    out: dict[str, list] = defaultdict(list)
    for rec in current:
        for c in rec.citations:
            conflicts = []
            for other, oc in by_key.get(c.key, ()):
                if other.abspath == rec.abspath:
                    continue
                if rec.district and other.district and rec.district != other.district:
                    continue
                date_diff = bool(c.date and oc.date and c.date != oc.date)
                subj_a, subj_b = _subject_norm(c.subject), _subject_norm(oc.subject)
                subj_diff = bool(_comparable_subject(subj_a) and _comparable_subject(subj_b)
                                 and fuzz.token_set_ratio(subj_a, subj_b) < options.subject_conflict)
                if date_diff or subj_diff:
                    conflicts.append((other, oc, date_diff))
            if not conflicts:
                continue
            other, oc, date_diff = conflicts[0]
            ref = c.reference
            if lang == "en":
                what = f"date {c.date} here but {oc.date}" if date_diff else f"subject “{c.subject}” here but “{oc.subject}”"
                where = _shown_path(other.path) if not other.stored else _shown_path(other.abspath)
                msg = f"{ref} is cited with {what} in {where} (line {oc.line}); check which is right."
                note = "the same number and symbol in another report"
            else:
                what = (f"ngày {_vn_date(c.date)} ở đây nhưng ngày {_vn_date(oc.date)}" if date_diff
                        else f"trích yếu “{c.subject}” ở đây nhưng “{oc.subject}”")
                msg = (f"Văn bản {ref} được dẫn với {what} trong "
                       f"{_shown_path(other.path) if not other.stored else _shown_path(other.abspath)} (dòng {oc.line}); "
                       "cần kiểm tra lại.")
                note = "cùng số, ký hiệu trong báo cáo khác"
            related = [_location(o, x, note) for o, x, _d in conflicts[:3]]
            out[rec.path].append(_finding("VB902", rec, c, msg, related))
    return out


def _vn_date(d: date | None) -> str:
    return f"{d:%d/%m/%Y}" if d else "?"


def _duplicates(current: list[DocRecord], pool: list[DocRecord], options: CompareOptions, lang: str,
                fill) -> dict[str, list]:
    index: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(pool):
        for h in r.shingles:
            index[h].append(i)
    out: dict[str, list] = defaultdict(list)
    for rec in current:
        if not rec.shingles:
            continue
        shared: dict[int, int] = defaultdict(int)
        for h in rec.shingles:
            for j in index.get(h, ()):
                shared[j] += 1
        for j, n in sorted(shared.items()):
            other = pool[j]
            if other.abspath == rec.abspath:
                continue
            if rec.issuer_key and other.issuer_key and rec.issuer_key == other.issuer_key:
                continue  # one body's own drafts and versions are not "two communes"
            jacc = n / max(1, len(rec.shingles | other.shingles))
            if jacc < options.duplicate_candidate:
                continue
            fill(other)
            score = fuzz.ratio(rec.body or "", other.body or "", score_cutoff=options.duplicate_threshold)
            if not score:
                continue
            anchor = rec.anchor
            oa = other.anchor
            if anchor is None or oa is None:  # pragma: no cover - digest always sets an anchor
                continue
            who = other.issuer or "?"
            if lang == "en":
                msg = (f"This report is {score:.0f}% identical to the report of {who} "
                       f"({_shown_path(other.abspath) if other.stored else other.path}); check that it was not copied.")
                note = "the other report"
            else:
                msg = (f"Báo cáo này giống {score:.0f}% báo cáo của {who} "
                       f"({_shown_path(other.abspath) if other.stored else other.path}); cần kiểm tra có sao chép không.")
                note = "báo cáo gần như trùng"
            out[rec.path].append(_finding("VB903", rec, anchor, msg, [_location(other, oa, note)]))
    return out


# --------------------------------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------------------------------


def compare_records(current: list[DocRecord], history: HistoryStore | None = None, *,
                    options: CompareOptions | None = None, lang: str = "vi",
                    select: Iterable[str] | None = None) -> dict[str, list[Finding]]:
    """Run the cross-report checks for ``current`` records against each other and the ``history`` store.

    Returns ``{path: [Finding]}`` for the current records only (sorted by position). ``select`` limits the
    checks to these codes.
    """
    options = options or CompareOptions()
    lang = _lang(lang)
    codes = set(select) if select is not None else set(RULES)
    here = {r.abspath for r in current}
    stored = list(history.records(exclude=here)) if history is not None else []
    pool = list(current) + stored

    def fill(r: DocRecord) -> DocRecord:
        return history.fill(r) if (history is not None and r.stored) else r

    out: dict[str, list] = {r.path: [] for r in current}
    if codes & {"VB901", "VB904"}:
        for rec in current:
            prev = previous_report(rec, pool, options)
            if prev is None:
                continue
            fill(prev)
            if "VB901" in codes:
                out[rec.path].extend(_copied_paragraphs(rec, prev, options, lang))
            if "VB904" in codes:
                out[rec.path].extend(_cumulative_decreases(rec, prev, options, lang))
    if "VB902" in codes:
        for path, fs in _citation_conflicts(current, pool, options, lang).items():
            out[path].extend(fs)
    if "VB903" in codes:
        for path, fs in _duplicates(current, pool, options, lang, fill).items():
            out[path].extend(fs)
    for path in out:
        out[path].sort(key=lambda f: (f.start, f.code))
    return out


def compare_documents(docs: Iterable[Document], *, history: HistoryStore | str | os.PathLike | None = None,
                      update_history: bool = True, options: CompareOptions | None = None, lang: str = "vi",
                      select: Iterable[str] | None = None) -> dict[str, list[Finding]]:
    """Digest documents, compare them (with each other and the history), then store them in the history.

    ``history`` is a :class:`HistoryStore` or the path of its SQLite file (created when missing); ``None``
    compares the given documents with each other only.
    """
    # documents parsed from strings have no path: name them "<text 1>", "<text 2>" … and never store them
    records = [digest(d, path=d.path or f"<text {i}>") for i, d in enumerate(docs, start=1)]
    store = HistoryStore(history) if isinstance(history, (str, os.PathLike)) else history
    try:
        result = compare_records(records, store, options=options, lang=lang, select=select)
        if store is not None and update_history:
            store.put_many(r for r in records if not r.path.startswith("<"))
    finally:
        if store is not None and store is not history:
            store.close()
    return result


# --------------------------------------------------------------------------------------------------
# CLI glue for vanban-lint
# --------------------------------------------------------------------------------------------------


def add_compare_arguments(parser) -> None:
    """Add ``--compare`` and its options to the ``vanban-lint`` parser."""
    g = parser.add_argument_group("so sánh giữa các báo cáo (VB901–VB904)")
    g.add_argument("--compare", action="store_true",
                   help="so sánh các báo cáo với nhau và với các kỳ trước (lịch sử lưu trong thư mục dữ liệu của "
                        "người dùng, xem --history)")
    g.add_argument("--history", metavar="PATH",
                   help="tệp lịch sử SQLite (mặc định: một tệp cho mỗi người dùng, ~/.local/share/vanban/"
                        "history.sqlite hoặc %%LOCALAPPDATA%%\\vanban; hoặc history = \"…\" trong vanban.toml)")
    g.add_argument("--no-history", action="store_true", help="không đọc và không ghi tệp lịch sử")
    g.add_argument("--no-update-history", action="store_true", help="đọc lịch sử nhưng không ghi các báo cáo lần này")
    g.add_argument("--copy-threshold", type=float, default=95.0, help="độ giống tối thiểu (0–100) của đoạn chép (VB901)")
    g.add_argument("--duplicate-threshold", type=float, default=90.0, help="độ giống tối thiểu của báo cáo trùng (VB903)")


def _selected_codes(args) -> set[str]:
    def split(v):
        return [x.strip() for x in (v or "").split(",") if x.strip()]

    codes = set(RULES)
    sel = split(getattr(args, "select", None))
    if sel:
        codes = {c for c in codes if any(c.startswith(s) or RULES[c][0] == s for s in sel)}
    for ig in split(getattr(args, "ignore", None)):
        codes = {c for c in codes if not (c.startswith(ig) or RULES[c][0] == ig)}
    return codes


def compare_results(results: list, args) -> list:
    """Add cross-report findings to the ``FileResult`` list of a ``vanban-lint`` run (in place) and return it.

    Does nothing unless ``args.compare``. Files that could not be read are skipped. The history file is
    ``args.history`` or the user's (:func:`vanban.history.default_history_path`); ``--no-history`` turns it
    off and ``--no-update-history`` only reads it.
    """
    if not getattr(args, "compare", False):
        return results
    lang = _lang(getattr(args, "lang", "vi"))
    codes = _selected_codes(args)
    ok = [r for r in results if not r.failed and r.document is not None]
    if not ok or not codes:
        return results
    records = []
    for r in ok:
        records.append(digest(r.document, path=r.path))
    options = CompareOptions(copy_threshold=getattr(args, "copy_threshold", 95.0),
                             duplicate_threshold=getattr(args, "duplicate_threshold", 90.0))
    store = None
    if not getattr(args, "no_history", False):
        hpath = Path(args.history) if getattr(args, "history", None) else default_history_path([r.path for r in ok])
        try:
            store = HistoryStore(hpath)
            n = len(store)
            print("vanban-lint: " + (f"history {hpath} ({n} reports stored)" if lang == "en" else
                                      f"lịch sử so sánh {hpath} ({n} báo cáo đã lưu)"), file=sys.stderr)
        except Exception as e:  # OSError, sqlite3.Error, a newer schema: never lose the lint results
            print(f"vanban-lint: không mở được tệp lịch sử {hpath}: {e}", file=sys.stderr)
            store = None
    try:
        found = compare_records(records, store, options=options, lang=lang, select=codes)
        if store is not None and not getattr(args, "no_update_history", False):
            store.put_many(records)
    finally:
        if store is not None:
            store.close()
    for r in ok:
        extra = found.get(r.path, [])
        if extra:
            r.findings = sorted(list(r.findings) + extra, key=lambda f: (f.start, f.code))
    return results
