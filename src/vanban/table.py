"""Batch extraction to tables: one row per document plus citations, awards and findings.

A district office receives dozens of commune reports every quarter; this module turns a folder of them into
tables a spreadsheet or pandas can work with::

    tables = vanban.table.extract_table(["bao_cao/"])           # DataFrames when pandas is installed
    tables["documents"]                                          # one row per document
    tables["awards"]                                             # one row per award mention

    vanban extract bao_cao/ --format xlsx --output tong_hop.xlsx

Tables (keys of :data:`COLUMNS`):

``documents``
    file, issuing body and its commune/district/province (as far as the header says), number, symbol,
    date, type, subject, reporting period, counts of findings by severity, and key award figures summed
    per status (registered / awarded / proposed) from :attr:`Document.awards`.
``citations``, ``awards``, ``findings``
    one row per item, each with the ``file`` it came from.

Rows are produced one document at a time (:func:`iter_rows`); a Document is dropped as soon as its rows
are built, so memory stays bounded for thousands of files. Column keys are English identifiers; the
Vietnamese (default) or English headers used in files come from :data:`COLUMNS`. Dates are ``datetime.date``
in the rows; CSV and JSON Lines write them as ISO text ("2024-03-15"), XLSX as date cells shown 15/03/2024.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from .extract.award_lists import list_groups_for
from .extract.awards import award_total

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document, Finding

__all__ = [
    "TABLES",
    "COLUMNS",
    "KEY_FIGURES",
    "Locality",
    "locality",
    "document_rows",
    "iter_rows",
    "extract_table",
    "write_csv",
    "write_xlsx",
    "write_jsonl",
    "add_extract_parser",
    "extract_command",
]

TABLES = ("documents", "citations", "awards", "findings")

#: Sheet names in the workbook.
SHEET_NAMES = {
    "vi": {"documents": "Văn bản", "citations": "Viện dẫn", "awards": "Khen thưởng", "findings": "Phát hiện"},
    "en": {"documents": "Documents", "citations": "Citations", "awards": "Awards", "findings": "Findings"},
}

#: Key figures: (column prefix, canonical award name in vanban's lexicon, short label used in headers).
KEY_FIGURES: list[tuple[str, str, str]] = [
    ("ldtt", "Lao động tiên tiến", "LĐTT"),
    ("cstdcs", "Chiến sĩ thi đua cơ sở", "CSTĐCS"),
    ("ttldtt", "Tập thể lao động tiên tiến", "TTLĐTT"),
    ("ttldxs", "Tập thể lao động xuất sắc", "TTLĐXS"),
    ("giay_khen", "Giấy khen", "Giấy khen"),
    ("bang_khen", "Bằng khen", "Bằng khen"),
    ("gdvh", "Gia đình văn hóa", "GĐVH"),
]
STATUSES: list[tuple[str, str, str]] = [
    ("registered", "đăng ký", "registered"),
    ("awarded", "được tặng", "awarded"),
    ("proposed", "đề nghị", "proposed"),
]


def _figure_columns() -> list[tuple[str, str, str, int]]:
    cols = []
    for key, _name, short in KEY_FIGURES:
        for status, vi, en in STATUSES:
            cols.append((f"{key}_{status}", f"{short} {vi}", f"{short} {en}", 12))
    return cols


#: table -> [(key, Vietnamese header, English header, column width in characters)]
COLUMNS: dict[str, list[tuple[str, str, str, int]]] = {
    "documents": [
        ("file", "Tệp", "File", 36),
        ("issuer", "Cơ quan ban hành", "Issuing body", 30),
        ("parent_body", "Cơ quan chủ quản", "Parent body", 24),
        ("commune", "Xã/phường", "Commune", 16),
        ("district", "Huyện/quận", "District", 16),
        ("province", "Tỉnh/thành phố", "Province", 16),
        ("system", "Hệ thống", "System", 9),
        ("number", "Số", "Number", 7),
        ("symbol", "Ký hiệu", "Symbol", 14),
        ("date", "Ngày ban hành", "Date", 12),
        ("doc_type", "Loại văn bản", "Type", 14),
        ("subject", "Trích yếu", "Subject", 50),
        ("period", "Kỳ báo cáo", "Reporting period", 22),
        ("period_kind", "Loại kỳ", "Period kind", 11),
        ("report_year", "Năm báo cáo", "Report year", 8),
        ("citations", "Số viện dẫn", "Citations", 9),
        ("awards", "Số mục khen thưởng", "Awards", 9),
        ("errors", "Lỗi", "Errors", 7),
        ("warnings", "Cảnh báo", "Warnings", 9),
        ("infos", "Thông tin", "Info", 9),
        *_figure_columns(),
        ("text_layer", "Lớp chữ", "Text layer", 14),
        ("read_error", "Lỗi đọc tệp", "Read error", 30),
    ],
    "citations": [
        ("file", "Tệp", "File", 36),
        ("line", "Dòng", "Line", 7),
        ("column", "Cột", "Column", 6),
        ("doc_type", "Loại văn bản", "Type", 14),
        ("number", "Số", "Number", 8),
        ("symbol", "Ký hiệu", "Symbol", 16),
        ("reference", "Số, ký hiệu", "Reference", 20),
        ("date", "Ngày", "Date", 12),
        ("issuer", "Cơ quan ban hành", "Issuer", 24),
        ("subject", "Trích yếu", "Subject", 50),
        ("system", "Hệ thống", "System", 9),
        ("text", "Nguyên văn", "Text", 40),
    ],
    "awards": [
        ("file", "Tệp", "File", 36),
        ("line", "Dòng", "Line", 7),
        ("kind", "Loại", "Kind", 12),
        ("name", "Danh hiệu/hình thức", "Award", 28),
        ("status", "Tình trạng", "Status", 11),
        ("year", "Năm", "Year", 7),
        ("count", "Số lượng", "Count", 9),
        ("individuals", "Cá nhân", "Individuals", 9),
        ("collectives", "Tập thể", "Collectives", 9),
        ("households", "Hộ gia đình", "Households", 9),
        ("share_percent", "Tỷ lệ %", "Share %", 8),
        ("of", "Trên", "Of", 10),
        ("grantor", "Cấp khen", "Grantor", 24),
        ("recipient", "Đối tượng", "Recipient", 12),
        ("decision", "Quyết định", "Decision", 16),
        ("decision_date", "Ngày quyết định", "Decision date", 12),
        ("listed", "Số dòng danh sách", "Rows listed", 9),
        ("text", "Nguyên văn", "Text", 30),
    ],
    "findings": [
        ("file", "Tệp", "File", 36),
        ("code", "Mã", "Code", 8),
        ("name", "Quy tắc", "Rule", 24),
        ("severity", "Mức độ", "Severity", 10),
        ("line", "Dòng", "Line", 7),
        ("column", "Cột", "Column", 6),
        ("message", "Nội dung", "Message", 60),
        ("text", "Đoạn văn bản", "Text", 30),
        ("suggestion", "Gợi ý", "Suggestion", 30),
        ("page", "Trang", "Page", 7),
        ("paragraph", "Đoạn", "Paragraph", 8),
        ("table", "Bảng", "Table", 7),
        ("row", "Dòng bảng", "Table row", 8),
        ("cell", "Ô", "Cell", 6),
    ],
}

STATUS_LABELS = {"vi": {s: vi for s, vi, _ in STATUSES} | {"mentioned": "nhắc đến"},
                 "en": {s: en for s, _, en in STATUSES} | {"mentioned": "mentioned"}}
KIND_LABELS = {"vi": {"title": "danh hiệu", "form": "hình thức"}, "en": {"title": "title", "form": "form"}}
SEVERITY_LABELS = {"vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
                   "en": {"error": "error", "warning": "warning", "info": "info"}}


def headers(table: str, lang: str = "vi") -> list[str]:
    """The header row of a table in ``lang`` ("vi", "en" or "keys")."""
    cols = COLUMNS[table]
    if lang == "vi":
        return [c[1] for c in cols]
    if lang == "en":
        return [c[2] for c in cols]
    return [c[0] for c in cols]


_headers = headers

# --------------------------------------------------------------------------------------------------
# issuing body and its place
# --------------------------------------------------------------------------------------------------

#: Cities under central authority: "THÀNH PHỐ X" for these is the province level.
CENTRAL_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}

_NOISE_RE = regex.compile(
    r"(?i)c[ộo]ng\s+h[òo]a\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam|độc\s+lập\s*[-–]\s*tự\s+do.*|"
    r"đảng\s+cộng\s+sản\s+việt\s+nam|số\s*:.*|[*|#]+|-{3,}"
)
_COMMUNE_RE = regex.compile(r"(?i)(?<!\p{L})(xã|phường|thị\s+trấn|đặc\s+khu)\s+(?!hội\b)(\p{L}[\p{L}\s'-]*)")
_DISTRICT_RE = regex.compile(r"(?i)(?<!\p{L})(huyện|quận|thị\s+xã|thành\s+phố)\s+(?!ủy\b|uỷ\b)(\p{L}[\p{L}\s'-]*)")
_PROVINCE_RE = regex.compile(r"(?i)(?<!\p{L})(tỉnh)\s+(?!ủy\b|uỷ\b)(\p{L}[\p{L}\s'-]*)")
_VILLAGE_RE = regex.compile(r"(?i)(?<!\p{L})(thôn|bản|ấp|tổ dân phố|khu phố)\s+(\p{L}[\p{L}\s'-]*)")
_PARTY_RE = regex.compile(r"(?i)(?<!\p{L})(huyện|quận|thị|tỉnh|thành)\s+(?:ủy|uỷ)\s+(\p{L}[\p{L}\s'-]*)")
#: The self-introduction at the start of a body: "UBND xã Ba Vì báo cáo ...".
_INTRO_RE = regex.compile(
    r"(?<!\p{L})((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|Ban Chấp hành Đảng bộ|Ban Thường trực Ủy ban MTTQ)\s+"
    r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})"
    r"\s+(?:báo cáo|xây dựng|ban hành|tổng kết|đánh giá|thông báo|kính trình|trình)"
)
_STOP_WORDS = {"ban", "thường", "trực", "văn", "phòng", "số", "độc", "ngày", "ubnd", "ủy", "uỷ", "đảng", "chi", "bộ"}


@dataclass
class Locality:
    """The issuing body of a document and where it sits."""

    issuer: str | None = None
    parent_body: str | None = None
    commune: str | None = None
    district: str | None = None
    province: str | None = None
    from_body: bool = False  # True when the issuer was read from the body's first sentences

    @property
    def key(self) -> str | None:
        """A normalised issuer identity ("ubnd xã ba vì", "sở nội vụ < ubnd tỉnh lâm đồng") for matching
        reports of one body across periods."""
        own = issuer_key(self.issuer)
        if not own:
            return None
        parent = issuer_key(self.parent_body)
        return f"{own} < {parent}" if parent else own


def _clean_lines(text: str) -> list[str]:
    out = []
    for raw in regex.split(r"[\n|\t]|\s{3,}", text or ""):
        s = _NOISE_RE.sub(" ", raw)
        s = regex.sub(r"\s+", " ", s).strip(" ,.;:-–/")
        if s:
            out.append(s)
    return out


def _name(raw: str) -> str | None:
    words: list[str] = []
    for w in raw.split():
        if w.lower() in _STOP_WORDS or len(words) >= 4:
            break
        words.append(w)
    if not words:
        return None
    return " ".join(w[:1].upper() + w[1:].lower() for w in words)


def _title_body(lines: list[str]) -> str | None:
    if not lines:
        return None
    s = unicodedata.normalize("NFC", " ".join(lines))
    if len(s) > 120:  # a header the reader could not split: keep its first lines only
        s = unicodedata.normalize("NFC", " ".join(lines[:2]))[:120]
    if s.upper() == s:
        s = s[:1] + s[1:].lower()
        for m in (list(_COMMUNE_RE.finditer(s)) + list(_DISTRICT_RE.finditer(s)) + list(_PROVINCE_RE.finditer(s))
                  + list(_PARTY_RE.finditer(s)) + list(_VILLAGE_RE.finditer(s))):
            n = _name(m.group(2))
            if n:
                s = s[: m.start(2)] + n + s[m.start(2) + len(n):]
        s = regex.sub(r"(?i)\bviệt nam\b", "Việt Nam", s)
        s = body_capitals(s)
    return s


#: acronyms written in capitals inside a body's name (from an all-caps header they arrive lower-cased)
_ACRONYMS = {"ubnd", "hđnd", "mttq", "cchc", "tthc", "kt-xh", "bch", "bcđ", "qp-an", "an-qp", "ttcp", "bhxh",
             "bhyt", "ccb", "cựu cb", "đtn", "lđtb&xh", "nn&ptnt", "tn&mt", "kh&đt", "gd&đt", "tt&tt", "vh-tt",
             "vh,tt&dl", "cntt", "thcs", "thpt", "tdtt", "tw", "hđtđkt", "tđkt", "ktxh", "hcnn"}
#: the head of a body's name: its specific name after it starts with a capital ("Sở Nội vụ", "Phòng Văn hóa
#: và Thông tin", "Hội đồng Thi đua - Khen thưởng", "Ban Chỉ đạo …"), as NĐ 30/2020 Phụ lục II writes them
_HEAD_RE = regex.compile(
    r"(?<!\p{L})(?<!(?i:tiểu|hiệp|liên|phó)\s)"
    r"(?i:(chi cục|tổng cục|cục|sở|phòng|văn phòng|trung tâm|ban quản lý|tiểu ban|ban|hội đồng|ủy ban|uỷ ban|viện|"
    r"trường|đài|bộ|liên đoàn|hiệp hội|hội|đoàn|ban chấp hành|thanh tra|kho bạc|công an|chi nhánh|hạt|trạm|bệnh viện))"
    r"\s+(?!nhân dân\b|nhân\b|đồng\b|xã\b|phường\b|thị\b|huyện\b|quận\b|tỉnh\b|thành phố\b|đặc khu\b)(\p{Ll})")
#: where a specific name ends: the level of the place that follows ("… huyện Ba Vì")
_PLACE_WORD_RE = regex.compile(r"(?i)(?<!\p{L})(?:xã(?!\s+hội)|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đặc khu|"
                               r"trung ương|việt nam)(?!\p{L})")
#: inside a specific name, each part after "và", "-" or "," starts with a capital ("Văn hóa và Thông tin")
_PART_RE = regex.compile(r"(\s+và\s+|\s*[-–]\s*|,\s*)(\p{Ll})")


#: bodies whose whole name is a proper name
_PROPER = {"chính phủ": "Chính phủ", "quốc hội": "Quốc hội", "trung ương": "Trung ương",
           "bộ chính trị": "Bộ Chính trị", "mặt trận tổ quốc": "Mặt trận Tổ quốc",
           "tòa án nhân dân tối cao": "Tòa án nhân dân tối cao",
           "viện kiểm sát nhân dân tối cao": "Viện kiểm sát nhân dân tối cao"}
_PROPER_RE = regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(sorted(_PROPER, key=len, reverse=True)) + r")(?!\p{L})")


def body_capitals(s: str) -> str:
    """Capitals of a body's name that an all-caps header lost: "Sở nội vụ" → "Sở Nội vụ", "Hội đồng thi đua -
    khen thưởng" → "Hội đồng Thi đua - Khen thưởng", "huyện ủy" → "Huyện ủy", acronyms in capitals ("chỉ số
    cchc" → "chỉ số CCHC"). Ủy ban nhân dân, Hội đồng nhân dân and place levels stay in lower case."""
    s = regex.sub(r"(?i)ủy ban mặt trận tổ quốc việt nam|uỷ ban mặt trận tổ quốc việt nam",
                  "Ủy ban Mặt trận Tổ quốc Việt Nam", s)
    out = []
    pos = 0
    for m in _HEAD_RE.finditer(s):
        if m.start() < pos:
            continue
        start = m.start(2)
        stop = _PLACE_WORD_RE.search(s, start)
        end = stop.start() if stop else len(s)
        name = s[start:end]
        name = name[:1].upper() + name[1:]
        start_head = m.start(1)
        out.append(s[pos:start_head] + s[start_head].upper() + s[start_head + 1:start])
        pos = start
        name = _PART_RE.sub(lambda p: p.group(1) + p.group(2).upper(), name)
        out.append(name)
        pos = end
    s = "".join(out) + s[pos:]
    s = _PROPER_RE.sub(lambda m: _PROPER[m.group().lower()], s)
    s = regex.sub(r"(?<!\p{L})(huyện|tỉnh|thành|quận|thị|đảng|đảng bộ)(\s+)(ủy|uỷ)(?!\p{L})",
                  lambda m: m.group(1)[:1].upper() + m.group(1)[1:] + m.group(2) + m.group(3), s)
    s = regex.sub(r"(?<![\p{L}&-])[\p{L}&,-]+(?![\p{L}&-])",
                  lambda m: m.group().upper() if m.group().lower() in _ACRONYMS else m.group(), s)
    return s[:1].upper() + s[1:]


def _scan(lines: list[str], loc: Locality) -> None:
    for s in lines:
        for m in _PARTY_RE.finditer(s):
            level = m.group(1).lower()
            n = _name(m.group(2))
            if level in ("tỉnh",) and not loc.province:
                loc.province = n
            elif level == "thành" and not loc.province and n and n.lower() in CENTRAL_CITIES:
                loc.province = n
            elif level in ("huyện", "quận", "thị", "thành") and not loc.district:
                loc.district = n
        s2 = _PARTY_RE.sub(" ", s)
        for m in _COMMUNE_RE.finditer(s2):
            if not loc.commune:
                loc.commune = _name(m.group(2))
        for m in _DISTRICT_RE.finditer(s2):
            n = _name(m.group(2))
            if not n:
                continue
            if m.group(1).lower().startswith("thành") and n.lower() in CENTRAL_CITIES:
                loc.province = loc.province or n
            elif not loc.district:
                loc.district = n
        for m in _PROVINCE_RE.finditer(s2):
            if not loc.province:
                loc.province = _name(m.group(2))


def locality(doc: Document) -> Locality:
    """Issuing body, parent body, commune, district and province as far as the header says.

    When the header has no issuing body (a draft typed without the left column), the body's
    self-introduction ("UBND xã Ba Vì báo cáo ...") is used and ``from_body`` is set.
    """
    h = doc.header
    issuer_lines = _clean_lines(h.issuing_body.text) if h.issuing_body else []
    parent_lines = _clean_lines(h.parent_body.text) if h.parent_body else []
    loc = Locality(issuer=_title_body(issuer_lines), parent_body=_title_body(parent_lines))
    if not loc.issuer:
        head = doc.text[doc.body_start: min(len(doc.text), doc.body_start + 3000)]
        m = _INTRO_RE.search(head)
        if m:
            loc.issuer = regex.sub(r"\s+", " ", m.group(1))
            loc.from_body = True
            issuer_lines = [loc.issuer]
    _scan(issuer_lines, loc)
    _scan(parent_lines, loc)
    return loc


_OLD_TONE = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
             "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_TONE_RE = regex.compile(r"(?:" + "|".join(_OLD_TONE) + r")(?!\p{L})")


def issuer_key(issuer: str | None) -> str | None:
    """Normalise an issuing body's name so that "ỦY BAN NHÂN DÂN XÃ BA VÌ" and "UBND xã Ba Vì" agree."""
    if not issuer:
        return None
    s = unicodedata.normalize("NFC", issuer).lower()
    # old-style tone placement (hoà, uỷ) -> new style (hòa, ủy), only at the end of a syllable
    s = _OLD_TONE_RE.sub(lambda m: _OLD_TONE[m.group(0)], s)
    s = regex.sub(r"ủy ban nhân dân", "ubnd", s)
    s = regex.sub(r"hội đồng nhân dân", "hđnd", s)
    s = regex.sub(r"ủy ban mặt trận tổ quốc việt nam|ủy ban mttq việt nam", "mttq", s)
    s = regex.sub(r"[^\p{L}\p{N} ]+", " ", s)
    return regex.sub(r"\s+", " ", s).strip() or None


# --------------------------------------------------------------------------------------------------
# rows
# --------------------------------------------------------------------------------------------------


def _plain(v: Any) -> Any:
    """A cell's value for CSV and JSON Lines: a Decimal as a number, a date as ISO text ("2024-03-15")."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, date):
        return v.isoformat()
    return v


def _listed(doc: Document, a) -> int | None:
    """Rows of the attached list(s) for an award the document itself decides (None when there is no list)."""
    if not doc.award_lists or a.decision is not None or a.status != "awarded" or a.start > doc.award_lists[0].start:
        return None
    decided = [x for x in doc.awards if x.decision is None and x.status == "awarded" and x.start < doc.award_lists[0].start]
    groups = list_groups_for(doc, a, decided)
    return sum(g.rows for g in groups) if groups else None


def document_rows(doc: Document, findings: Iterable[Finding] = (), *, file: str | None = None,
                  lang: str = "vi") -> dict[str, list[dict]]:
    """All rows one document contributes, keyed by table name (see :data:`COLUMNS`)."""
    file = file or doc.path or "<text>"
    findings = list(findings)
    h = doc.header
    loc = locality(doc)
    sev = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        sev[f.severity] = sev.get(f.severity, 0) + 1
    drow: dict[str, Any] = {
        "file": file,
        "issuer": loc.issuer,
        "parent_body": loc.parent_body,
        "commune": loc.commune,
        "district": loc.district,
        "province": loc.province,
        "system": h.system,
        "number": h.number,
        "symbol": h.symbol,
        "date": h.date,
        "doc_type": h.doc_type,
        "subject": h.subject,
        "period": h.period.text.replace("\n", " ") if h.period else None,
        "period_kind": h.period.kind if h.period else None,
        "report_year": h.report_year,
        "citations": len(doc.citations),
        "awards": len(doc.awards),
        "errors": sev["error"],
        "warnings": sev["warning"],
        "infos": sev["info"],
        # why the text cannot be checked (VB002): a broken OCR layer, a legacy font's code, no diacritics
        "text_layer": (None if doc.quality is None or doc.quality.verdict is None else
                       doc.quality.verdict + (f":{doc.quality.encoding}" if doc.quality.encoding else "")),
        "read_error": None,
    }
    for key, name, _short in KEY_FIGURES:
        for status, _vi, _en in STATUSES:
            vals = [award_total(a) for a in doc.awards if a.name == name and a.status == status]
            vals = [v for v in vals if v is not None]
            drow[f"{key}_{status}"] = sum(vals) if vals else None
    citations = [
        {
            "file": file, "line": c.line, "column": doc.line_col(c.start)[1], "doc_type": c.doc_type,
            "number": c.number, "symbol": c.symbol, "reference": c.doc_number,
            "date": c.date, "issuer": c.issuer, "subject": c.subject, "system": c.system,
            "text": c.text.replace("\n", " "),
        }
        for c in doc.citations
    ]
    awards = [
        {
            "file": file, "line": a.line, "kind": KIND_LABELS[_lang(lang)].get(a.kind, a.kind), "name": a.name,
            "status": STATUS_LABELS[_lang(lang)].get(a.status, a.status), "year": a.year, "count": award_total(a),
            "individuals": a.individuals, "collectives": a.collectives, "households": a.households,
            "share_percent": _plain(a.share_percent), "of": a.of, "grantor": a.grantor, "recipient": a.recipient,
            "decision": a.decision_symbol, "decision_date": a.decision_date, "listed": _listed(doc, a),
            "text": a.text.replace("\n", " "),
        }
        for a in doc.awards
    ]
    frows = [
        {
            "file": f.path or file, "code": f.code, "name": f.name,
            "severity": SEVERITY_LABELS[_lang(lang)].get(f.severity, f.severity), "line": f.line,
            "column": f.column, "message": f.message, "text": f.text.replace("\n", " "), "suggestion": f.suggestion,
            "page": f.page, "paragraph": f.paragraph, "table": f.table, "row": f.row, "cell": f.cell,
        }
        for f in findings
    ]
    return {"documents": [drow], "citations": citations, "awards": awards, "findings": frows}


def _lang(lang: str | None) -> str:
    return "en" if (lang or "vi").lower().startswith("en") else "vi"


def _error_rows(path: str, message: str, lang: str) -> dict[str, list[dict]]:
    drow: dict[str, Any] = {k: None for k, *_ in COLUMNS["documents"]}
    drow.update(file=path, errors=1, warnings=0, infos=0, read_error=message)
    frow = {"file": path, "code": "E000", "name": "read-error", "severity": SEVERITY_LABELS[lang]["error"],
            "line": 1, "column": 1, "message": message, "text": "", "suggestion": None, "page": None,
            "paragraph": None, "table": None, "row": None, "cell": None}
    return {"documents": [drow], "citations": [], "awards": [], "findings": [frow]}


def _extract_one(job) -> dict[str, list[dict]]:
    """Worker: read, parse, (lint) and tabulate one file; never raises; returns only small dicts."""
    path, lint, config, lang, max_bytes, limits = job
    import vanban

    from .cli import scrub_message, shown_path
    from .errors import ReadError

    shown = shown_path(path)
    try:
        doc = vanban.load(path, max_bytes=max_bytes, limits=limits)
    except ReadError as e:
        return _error_rows(shown, scrub_message(e.message(lang), path), lang)
    except Exception as e:  # a parser bug must not stop a batch
        return _error_rows(shown, scrub_message(f"{type(e).__name__}: {e}", path), lang)
    findings = []
    if lint:
        from .cli import _lint_doc

        try:
            findings = _lint_doc(path, doc, config, lang).findings  # per-file ignores apply as in vanban-lint
        except Exception as e:  # pragma: no cover - defensive
            findings = []
            rows = document_rows(doc, findings, file=shown, lang=lang)
            rows["documents"][0]["read_error"] = f"{type(e).__name__}: {e}"
            return rows
    rows = document_rows(doc, findings, file=shown, lang=lang)
    del doc
    return rows


def _progress(it: Iterable, total: int, enabled: bool) -> Iterable:
    if not enabled:
        return it
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is optional
        return it
    return tqdm(it, total=total, unit="tệp", file=sys.stderr, leave=False)


def _expand(paths: Iterable[str | os.PathLike]) -> list[str]:
    from .cli import expand_paths

    files, _missing = expand_paths([str(p) for p in paths])
    return files


def iter_rows(paths: Iterable[str | os.PathLike], *, lint: bool = True, config=None, lang: str = "vi",
              jobs: int | None = 1, progress: bool = False, max_bytes: int | None = 50_000_000,
              expand: bool = True, limits=None, configs: dict | None = None) -> Iterator[dict[str, list[dict]]]:
    """Yield the rows of each file in order (``{"documents": [...], "citations": [...], ...}``).

    ``paths`` may hold files, directories (searched recursively) and globs. ``jobs`` > 1 reads files in
    worker processes; only the small row dicts come back. No Document outlives its own rows. ``configs``
    (file → :class:`~vanban.rules.LintConfig`) gives a file its own configuration; the others use ``config``.
    """
    files = _expand(paths) if expand else [str(p) for p in paths]
    lang = _lang(lang)
    if config is None and lint:
        from .rules import LintConfig

        config = LintConfig()
    configs = configs or {}
    work = [(f, lint, configs.get(f, config), lang, max_bytes, limits) for f in files]
    n = jobs if jobs is not None else (os.cpu_count() or 1)
    if n <= 1 or len(files) < 4:
        yield from _progress(map(_extract_one, work), len(files), progress)
        return
    from .cli import pool_map  # workers die with their parent and stop at once on Ctrl-C

    yield from _progress(pool_map(_extract_one, work, n), len(files), progress)


def extract_table(paths: Iterable[str | os.PathLike] | str | os.PathLike, *, lint: bool = True, config=None,
                  lang: str = "vi", jobs: int | None = 1, progress: bool = False, as_pandas: bool | None = None,
                  headers: str = "keys") -> dict[str, Any]:
    """Tables for a set of files: ``{"documents", "citations", "awards", "findings"}``.

    Each table is a pandas DataFrame when pandas is installed (or ``as_pandas=True``), else a list of
    dicts. ``headers="keys"`` keeps the English column keys; ``"vi"``/``"en"`` renames the DataFrame
    columns to the headers used in files.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for bundle in iter_rows(paths, lint=lint, config=config, lang=lang, jobs=jobs, progress=progress):
        for t in TABLES:
            out[t].extend(bundle[t])
    if as_pandas is None:
        try:
            import pandas  # noqa: F401

            as_pandas = True
        except ImportError:
            as_pandas = False
    if not as_pandas:
        return out
    import pandas as pd

    frames = {}
    for t in TABLES:
        keys = [c[0] for c in COLUMNS[t]]
        df = pd.DataFrame(out[t], columns=keys)
        for k in keys:  # counts stay integers with gaps (pandas' nullable Int64), not floats
            vals = [r.get(k) for r in out[t] if r.get(k) is not None]
            if vals and all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
                df[k] = df[k].astype("Int64")
        if headers in ("vi", "en"):
            df.columns = _headers(t, headers)
        frames[t] = df
    return frames


# --------------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(v: Any) -> Any:
    v = _plain(v)
    if v is None:
        return ""
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v  # a spreadsheet must not run it as a formula
    return v


def _table_path(output: str, table: str, ext: str) -> Path:
    base = output[: -len(ext) - 1] if output.lower().endswith("." + ext) else output
    return Path(f"{base}_{table}.{ext}")


def write_csv(bundles: Iterable[dict[str, list[dict]]], output: str, *, lang: str = "vi") -> dict[str, Path]:
    """Stream rows into ``OUTPUT_documents.csv``, ``OUTPUT_citations.csv``, … (UTF-8 with BOM, CRLF)."""
    from .cli import AtomicOutput

    lang = _lang(lang)
    paths = {t: _table_path(output, t, "csv") for t in TABLES}
    with AtomicOutput() as out:  # all four files appear together, complete, or none does
        files = {t: out.open(p, "w", encoding="utf-8-sig", errors="backslashreplace", newline="")
                 for t, p in paths.items()}
        try:
            writers = {t: csv.writer(f) for t, f in files.items()}
            for t in TABLES:
                writers[t].writerow(headers(t, lang))
            for bundle in bundles:
                for t in TABLES:
                    keys = [c[0] for c in COLUMNS[t]]
                    for row in bundle[t]:
                        writers[t].writerow([_csv_cell(row.get(k)) for k in keys])
        finally:
            for f in files.values():
                f.close()
    return paths


def _col_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i)


def write_xlsx(bundles: Iterable[dict[str, list[dict]]], output: str, *, lang: str = "vi") -> Path:
    """Stream rows into one workbook: a sheet per table, frozen bold header row, auto-filter, set widths."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    from .cli import AtomicOutput

    lang = _lang(lang)
    path = xlsx_path(output)
    wb = Workbook(write_only=True)
    sheets = {}
    counts = {t: 1 for t in TABLES}
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(vertical="top", wrap_text=True)
    for t in TABLES:
        ws = wb.create_sheet(SHEET_NAMES[lang][t])
        ws.freeze_panes = "A2"
        for i, (_k, _vi, _en, width) in enumerate(COLUMNS[t], start=1):
            ws.column_dimensions[_col_letter(i)].width = width
        row = []
        for h in headers(t, lang):
            c = WriteOnlyCell(ws, value=h)
            c.font, c.fill, c.alignment = bold, fill, wrap
            row.append(c)
        ws.append(row)
        sheets[t] = ws

    def cell(ws, v):
        if isinstance(v, date):  # a real date the spreadsheet can sort and subtract, shown as 15/03/2024
            c = WriteOnlyCell(ws, value=v)
            c.number_format = "dd/mm/yyyy"
            return c
        v = _plain(v)
        if isinstance(v, str):
            c = WriteOnlyCell(ws, value=v)
            c.data_type = "s"  # never a formula, whatever the text starts with
            return c
        return v

    try:
        for bundle in bundles:
            for t in TABLES:
                ws = sheets[t]
                keys = [c[0] for c in COLUMNS[t]]
                for r in bundle[t]:
                    ws.append([cell(ws, r.get(k)) for k in keys])
                    counts[t] += 1
    except BaseException:
        # interrupted (Ctrl-C, SIGTERM, a reader's error): close the streaming sheets now, or their writers
        # complain at garbage collection; nothing is saved
        for ws in sheets.values():
            try:
                ws.close()
            except Exception:  # noqa: BLE001
                pass
        raise
    for t in TABLES:
        ws = sheets[t]
        ws.auto_filter.ref = f"A1:{_col_letter(len(COLUMNS[t]))}{counts[t]}"
    with AtomicOutput() as out:
        wb.save(str(out.temp_path(path)))
    return path


def xlsx_path(output: str) -> Path:
    """The workbook written for ``--output`` (``.xlsx`` added when missing)."""
    return Path(output if output.lower().endswith(".xlsx") else output + ".xlsx")


def write_jsonl(bundles: Iterable[dict[str, list[dict]]], output: str | None, *, lang: str = "vi",
                stream=None) -> dict[str, Path]:
    """JSON Lines: with ``output``, one file per table (``OUTPUT_documents.jsonl`` …); else every row to
    ``stream`` (stdout) with a ``"table"`` field."""
    if output is None:
        stream = stream or sys.stdout
        for bundle in bundles:
            for t in TABLES:
                for r in bundle[t]:
                    stream.write(json.dumps({"table": t, **{k: _plain(v) for k, v in r.items()}}, ensure_ascii=False) + "\n")
        return {}
    from .cli import AtomicOutput

    paths = {t: _table_path(output, t, "jsonl") for t in TABLES}
    with AtomicOutput() as out:
        files = {t: out.open(p, "w", encoding="utf-8", errors="backslashreplace") for t, p in paths.items()}
        try:
            for bundle in bundles:
                for t in TABLES:
                    for r in bundle[t]:
                        files[t].write(json.dumps({k: _plain(v) for k, v in r.items()}, ensure_ascii=False) + "\n")
        finally:
            for f in files.values():
                f.close()
    return paths


# --------------------------------------------------------------------------------------------------
# CLI: vanban extract
# --------------------------------------------------------------------------------------------------


def add_extract_parser(subparsers) -> Any:
    """Add ``vanban extract`` to the ``vanban`` sub-command parser."""
    from .cli import _positive_jobs, _size_mb

    p = subparsers.add_parser("extract", help="trích xuất số liệu nhiều văn bản ra bảng (csv, xlsx, jsonl)")
    p.add_argument("paths", nargs="+", help="tệp, thư mục (đệ quy) hoặc mẫu glob")
    p.add_argument("--format", default="csv", choices=["csv", "xlsx", "jsonl"], help="định dạng (mặc định: csv)")
    p.add_argument("--output", "-o", help="tệp (xlsx) hoặc tiền tố tên tệp (csv, jsonl: OUT_documents.csv …)")
    p.add_argument("--no-lint", action="store_true", help="không chạy các quy tắc (nhanh hơn, không đếm phát hiện)")
    p.add_argument("--jobs", "-j", type=_positive_jobs, default=None, help="số tiến trình ≥ 1 (mặc định: số lõi CPU)")
    p.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ tiêu đề cột và thông báo")
    p.add_argument("--max-size", type=_size_mb, default=50, help="giới hạn kích thước tệp (MB); 0 = không giới hạn")
    p.add_argument("--no-limits", action="store_true",
                   help="phân tích hết cả văn bản bất thường (quá nhiều dòng, trích dẫn…), dù lâu; xem VB001")
    p.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")
    p.add_argument("--config", help="tệp cấu hình (vanban.toml hoặc pyproject.toml), như vanban-lint")
    p.add_argument("--follow-links", action="store_true",
                   help="đọc cả liên kết tượng trưng trỏ ra ngoài thư mục được kiểm tra")
    p.set_defaults(func=extract_command)
    return p


def extract_command(args) -> int:
    """Run ``vanban extract``; 0 on success, 2 on usage errors or when no file was found."""
    from .cli import (
        ConfigError,
        RunConfigs,
        _configs_used,
        _problem_result,
        _t,
        check_writable,
        collect_inputs,
        command_line_refused,
        os_error_message,
        safe_text,
        shown_path,
    )

    lang = _lang(args.lang)
    prog = "vanban extract"
    if args.format in ("csv", "xlsx") and not args.output:
        print(f"{prog}: " + _t(lang, "cần --output cho định dạng csv/xlsx", "--output is required for csv/xlsx"),
              file=sys.stderr)
        return 2
    if args.format == "xlsx":
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            print(f"{prog}: " + _t(lang, "cần gói openpyxl để ghi Excel: pip install openpyxl",
                                   "the openpyxl package is needed for Excel output: pip install openpyxl"),
                  file=sys.stderr)
            return 2
    if args.output:  # refused before any work, like vanban-lint -o
        targets = ([xlsx_path(args.output)] if args.format == "xlsx" else
                   [_table_path(args.output, t, args.format) for t in TABLES])
        for target in targets:
            if target.is_dir():
                print(f"{prog}: {shown_path(target)}: " + _t(lang, "là một thư mục, cần tên tệp", "is a folder; give a file name"),
                      file=sys.stderr)
                return 2
        cannot = check_writable(str(targets[0]), lang)
        if cannot:
            print(f"{prog}: {_t(lang, 'không ghi được kết quả', 'cannot write the output')}: {cannot}", file=sys.stderr)
            return 2
    files, problems = collect_inputs(args.paths, follow_links=getattr(args, "follow_links", False))
    for path, code, detail in problems:
        print(f"{prog}: {safe_text(_problem_result(path, code, detail, lang).error or '')}", file=sys.stderr)
    if not files:
        return 2
    # the same configurations as vanban-lint, so that the findings columns agree with its findings: each file
    # its nearest vanban.toml from its own folder upward, or --config for all (checked before any work)
    configs = None
    if not args.no_lint:
        if command_line_refused(args, lang, prog):
            return 2
        run = RunConfigs(args, lang)
        try:
            sources = {f: run.for_path(f) for f in files}
        except ConfigError as e:
            print(f"{prog}: {e}", file=sys.stderr)
            return 2
        configs = {f: src.config for f, src in sources.items()}
        for src, n in _configs_used(list(sources.values())):
            if src.where is not None and src.data:  # an empty [tool.vanban] means the defaults: nothing to say
                print(f"{prog}: {_t(lang, 'dùng cấu hình', 'configuration')} {src.label} "
                      f"({n} {_t(lang, 'tệp', 'files' if n != 1 else 'file')})", file=sys.stderr)
    max_bytes = args.max_size * 1_000_000 if args.max_size else None
    progress = sys.stderr.isatty() and not args.no_progress and len(files) > 1
    from .limits import Limits

    bundles = iter_rows(files, lint=not args.no_lint, lang=args.lang, jobs=args.jobs, progress=progress,
                        max_bytes=max_bytes, expand=False, limits=Limits.none() if args.no_limits else None,
                        configs=configs)
    try:
        if args.format == "csv":
            out = write_csv(bundles, args.output, lang=args.lang)
            written = list(out.values())
        elif args.format == "xlsx":
            written = [write_xlsx(bundles, args.output, lang=args.lang)]
        else:
            written = list(write_jsonl(bundles, args.output, lang=args.lang).values())
    except BrokenPipeError:
        raise  # `| head`: the command ends quietly (vanban.cli.run_cli)
    except OSError as e:
        print(f"{prog}: {os_error_message(e, None, lang)}", file=sys.stderr)
        return 2
    for w in written:
        print(f"{prog}: {_t(lang, 'đã ghi', 'wrote')} {shown_path(w)}", file=sys.stderr)
    return 0
