"""Build the project's own corpus from annotated sources.

Each document is written once, as a Python file ``corpora/_src/<group>/<name>.py``
that defines ``DOC = dict(...)``.  Its ``text`` carries light inline markup that
this script strips while recording positions:

* ``⟦Quyết định số 15/QĐ-UBND ngày 03/11/2023|iss=UBND xã⟧`` – a citation;
  options: ``iss`` (issuer, default null), ``note``, ``type`` (doc_type
  override), ``num``/``sym``/``tc``/``ic``/``sys`` (field overrides for
  malformed numbers), ``yr`` (the year group).
* ``⟪04 mô hình|b=1,2,1⟫`` – a scored quantity; options ``b`` (breakdown),
  ``v`` (value override), ``u`` (unit override), ``of``.
* ``⟨Quý I năm 2024|quarter⟩`` – a date expression and its kind.
* a line starting with ``«L»`` is a list item that looks like a heading;
  ``«N»`` marks a heading-looking line that is plain text (also recorded as
  not a heading).

The script writes ``corpora/<group>/<name>.txt`` and ``.gold.json`` and
regenerates the table in ``corpora/README.md``.  A document with ``docx=True``
(the ``figures`` group) is also written as ``<name>.docx``: a real Word package
(``zipfile`` + hand-written OOXML) whose header and signature are two-column
tables and whose tab-separated or Markdown ``|`` rows are ``w:tbl`` tables.
Expected findings of the figure kinds carry the ``rule`` code (VB301–VB308)
and, for the .docx copy, a ``docx_fragment`` (``F(..., docx="…")``; default: the
fragment) that must sit in exactly one paragraph or cell of the package.  Run it from anywhere:

    python corpora/_src/build.py            # build everything
    python corpora/_src/build.py state/foo  # build one document
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent

SEVERITY = {
    "invalid-date": "error",
    "citation-missing-type": "info",
    "citation-style": "info",
    "heading-style-mixed": "info",
    "typo": "info",
}
KINDS = {
    "invalid-date", "future-date", "year-mismatch", "heading-sequence", "heading-style-mixed",
    "count-mismatch", "total-mismatch", "ratio-exceeds", "number-series", "citation-conflict",
    "symbol-malformed", "type-symbol-mismatch", "system-style-mismatch", "missing-national-title",
    "national-title-misspelled", "missing-number", "missing-dateline", "dateline-format",
    "missing-signature", "missing-recipients", "signature-authority", "anniversary-mismatch",
    "award-grantor", "abolished-district", "typo", "citation-missing-type", "citation-style",
    "table-total-mismatch", "percent-over-100", "rate-mismatch", "change-mismatch", "text-table-mismatch",
}
#: figure kinds (the counts-and-totals checks) -> rule code; written into the figures group's gold
FIGURE_RULES = {
    "count-mismatch": "VB301", "total-mismatch": "VB302", "ratio-exceeds": "VB303", "percent-over-100": "VB304",
    "table-total-mismatch": "VB305", "rate-mismatch": "VB306", "change-mismatch": "VB307",
    "text-table-mismatch": "VB308",
}
FIGURES_GROUP = "figures"

STATE_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
    "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản",
    "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
}
PARTY_TYPES = {
    "NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "QĐi": "Quy định",
    "QC": "Quy chế", "TT": "Thông tri", "HD": "Hướng dẫn", "BC": "Báo cáo", "KH": "Kế hoạch",
    "CTr": "Chương trình", "TB": "Thông báo", "TTr": "Tờ trình", "ĐA": "Đề án", "PA": "Phương án",
    "BB": "Biên bản", "CV": "Công văn", "BS": "Bản sao", "GM": "Giấy mời",
}
TYPE_WORDS = [
    "Quyết định", "Kế hoạch", "Công văn", "Văn bản", "Chỉ thị", "Nghị quyết", "Nghị định",
    "Thông tư", "Luật", "Hướng dẫn", "Báo cáo", "Tờ trình", "Thông báo", "Chương trình",
    "Quy định", "Kết luận", "Thông tri", "Đề án", "Quy chế", "Giấy mời",
]

MARK_RE = re.compile(r"⟦(.*?)⟧|⟪(.*?)⟫|⟨(.*?)⟩")
MD_LEAD = re.compile(r"^[\s*#>_|]+")

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6}

H_PHAN = re.compile(r"^(phần)\s+(thứ\s+(nhất|hai|ba|tư|năm|sáu)|[IVXL]+)\b", re.I)
H_CHUONG = re.compile(r"^Chương\s+([IVXL]+)\b", re.I)
H_MUC = re.compile(r"^Mục\s+(\d+)\b")
H_DIEU = re.compile(r"^Điều\s+(\d+)\s*\.")
H_ROMAN = re.compile(r"^([IVXL]+)\s*[.\-–]\s*\S")
H_DECIMAL = re.compile(r"^(\d+(?:\.\d+)+)\.?\s+\S")
H_ARABIC = re.compile(r"^(\d+)\.\s+\S")
H_LETTER = re.compile(r"^([a-zđ])\s*[)/.]\s+\S")


def md_strip(line: str) -> str:
    return MD_LEAD.sub("", line).strip()


def heading_match(line: str):
    """Return (level, label, rank) if the line looks like a heading."""
    s = md_strip(line)
    m = H_PHAN.match(s)
    if m:
        rest = m.group(2)
        if rest.lower().startswith("thứ"):
            label = "Phần " + " ".join(rest.lower().split())
        else:
            label = "Phần " + rest.upper()
        return "phan", label, 0
    m = H_CHUONG.match(s)
    if m:
        return "chuong", "Chương " + m.group(1).upper(), 1
    m = H_MUC.match(s)
    if m:
        return "muc", "Mục " + m.group(1), 2
    m = H_DIEU.match(s)
    if m:
        return "dieu", "Điều " + m.group(1), 3
    m = H_ROMAN.match(s)
    if m and all(c in ROMAN_VALUES for c in m.group(1)):
        return "roman", m.group(1), 4
    m = H_DECIMAL.match(s)
    if m:
        depth = m.group(1).count(".")
        return "decimal", m.group(1), 5 + depth
    m = H_ARABIC.match(s)
    if m:
        return "arabic", m.group(1), 5
    m = H_LETTER.match(s)
    if m:
        return "letter", m.group(1), 9
    return None


def title_starts(lines, idx, label, level):
    s = md_strip(lines[idx]).rstrip("*").strip()
    if level == "phan" and len(s) <= len(label) + 12 and s.lower().startswith(label.lower()):
        rest = s[len(label):].strip(" .:-–")
        if not rest:
            j = idx + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            s = md_strip(lines[j]).rstrip("*").strip()
        else:
            s = rest
    elif level == "phan":
        rest = s[len(label):].strip(" .:-–") if s.lower().startswith(label.lower()) else s
        s = rest or s
    if len(s) <= 40:
        return s
    cut = s[:40]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:")


# ---------------------------------------------------------------- parsing helpers

def iso(y, m, d):
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


DATE_NUM = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
DATE_LONG = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def find_date(text):
    m = DATE_LONG.search(text) or DATE_NUM.search(text)
    if not m:
        return None, None
    d = iso(m.group(3), m.group(2), m.group(1))
    return d, d is not None


CIT_NUM = re.compile(r"(\d+)(?:/(\d{4}))?([/-])([A-Za-zĐđ0-9&]+(?:[-/][A-Za-zĐđ0-9&]+)*)")


def parse_citation(text, opts):
    out = {"text": text}
    t = text.strip()
    doc_word = None
    for w in TYPE_WORDS:
        if t.lower().startswith(w.lower()):
            doc_word = w
            break
    m = CIT_NUM.search(t)
    number = m.group(1) if m else None
    year = int(m.group(2)) if m and m.group(2) else None
    sep = m.group(3) if m else None
    symbol = m.group(4) if m else None
    system = "state"
    type_code = issuer_code = None
    if symbol:
        if year is not None or doc_word == "Luật":
            system = "legal"
            parts = symbol.split("-")
            if len(parts) >= 2 and parts[0] in STATE_TYPES:
                type_code, issuer_code = parts[0], "-".join(parts[1:])
            else:
                issuer_code = symbol
        elif sep == "-" and "/" in symbol:
            system = "party"
            type_code, issuer_code = symbol.split("/", 1)
        else:
            parts = symbol.split("-")
            if parts[0] in STATE_TYPES:
                type_code = parts[0]
                issuer_code = parts[1] if len(parts) > 1 else None
            else:
                issuer_code = parts[0]
    if doc_word and doc_word not in ("Văn bản",):
        doc_type = doc_word
    elif type_code:
        doc_type = (PARTY_TYPES if system == "party" else STATE_TYPES).get(type_code)
    else:
        doc_type = "Công văn"
    date, valid = find_date(t[m.end():] if m else t)
    out.update({
        "doc_type": opts.get("type", doc_type),
        "type_code": opts.get("tc", type_code),
        "number": opts.get("num", number),
        "year": int(opts["yr"]) if opts.get("yr") not in (None, "null") else (None if opts.get("yr") == "null" else year),
        "symbol": opts.get("sym", symbol),
        "issuer_code": opts.get("ic", issuer_code),
        "date": date,
        "date_valid": bool(valid) if valid is not None else None,
        "issuer": None if opts.get("iss") in (None, "null") else opts["iss"],
        "system": opts.get("sys", system),
    })
    for k in ("tc", "ic"):
        if out[{"tc": "type_code", "ic": "issuer_code"}[k]] == "null":
            out[{"tc": "type_code", "ic": "issuer_code"}[k]] = None
    if valid is None:
        out["date_valid"] = None
    if "note" in opts:
        out["note"] = opts["note"]
    return out


QTY = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:/(\d{1,3}(?:\.\d{3})+|\d+))?\s*(.*)$")


def parse_quantity(text, opts):
    m = QTY.match(text.strip())
    if not m:
        raise ValueError(f"quantity not parsable: {text!r}")
    whole = int(m.group(1).replace(".", ""))
    value = float(f"{whole}.{m.group(2)}") if m.group(2) else whole
    out = {"text": text, "value": value, "unit": m.group(4) or None}
    if m.group(3):
        out["of"] = int(m.group(3).replace(".", ""))
    if "v" in opts:
        out["value"] = json.loads(opts["v"])
    if "u" in opts:
        out["unit"] = opts["u"]
    if "b" in opts:
        out["breakdown"] = [json.loads(x) for x in opts["b"].split(",")]
    return out


ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4}


def parse_date_expr(text, kind):
    out = {"text": text, "kind": kind}
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", text)]
    if kind in ("date", "as_of"):
        d, valid = find_date(text)
        out["value"] = d
        out["valid"] = bool(valid)
    elif kind == "quarter":
        q = re.search(r"quý\s+([IV]+)", text, re.I).group(1)
        out["value"] = f"{years[0]}-Q{ROMAN_Q[q]}"
    elif kind == "half_year":
        half = 1 if "đầu" in text.lower() else 2
        out["value"] = f"{years[0]}-H{half}"
    elif kind in ("period", "term", "school_year", "anniversary"):
        out["value"] = years[:2]
    elif kind == "month":
        m = re.search(r"tháng\s+(\d{1,2})(?:/|\s+năm\s+)(\d{4})", text)
        out["value"] = f"{int(m.group(2)):04d}-{int(m.group(1)):02d}"
    elif kind == "year":
        out["value"] = years[0]
    else:
        raise ValueError(f"unknown date kind {kind}")
    return out


def split_opts(inner):
    parts = inner.split("|")
    text = parts[0]
    opts = {}
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            opts[k] = v
        else:
            opts["_"] = p
    return text, opts


# ---------------------------------------------------------------- main build

def process_text(src):
    lines_out, cits, qtys, dates, nonhead = [], [], [], [], []
    raw_lines = src.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    for i, raw in enumerate(raw_lines, start=1):
        flag = None
        if raw.startswith("«L»") or raw.startswith("«N»"):
            flag = raw[1]
            raw = raw[3:]
        pieces, pos = [], 0
        for m in MARK_RE.finditer(raw):
            pieces.append(raw[pos:m.start()])
            if m.group(1) is not None:
                text, opts = split_opts(m.group(1))
                cits.append((i, parse_citation(text, opts)))
            elif m.group(2) is not None:
                text, opts = split_opts(m.group(2))
                qtys.append((i, parse_quantity(text, opts)))
            else:
                text, opts = split_opts(m.group(3))
                dates.append((i, parse_date_expr(text, opts.get("_", "date"))))
            pieces.append(text)
            pos = m.end()
        pieces.append(raw[pos:])
        line = "".join(pieces)
        if any(c in line for c in "⟦⟧⟪⟫⟨⟩«»"):
            raise ValueError(f"unbalanced markup on line {i}: {line!r}")
        lines_out.append(line)
        if flag:
            nonhead.append(i)
    return lines_out, cits, qtys, dates, nonhead


def build_sections(lines, kind, flagged):
    sections, not_headings = [], []
    stack = []  # (rank, node)
    decision = kind == "decision"
    for i, line in enumerate(lines, start=1):
        hm = heading_match(line)
        if not hm:
            continue
        level, label, rank = hm
        if i in flagged or (decision and level not in ("phan", "chuong", "muc", "dieu")):
            not_headings.append(i)
            continue
        node = {"label": label, "line": i, "level": level,
                "title_starts": title_starts(lines, i - 1, label, level), "children": []}
        while stack and stack[-1][0] >= rank:
            stack.pop()
        (stack[-1][1]["children"] if stack else sections).append(node)
        stack.append((rank, node))
    return sections, not_headings


NUM_LINE = re.compile(r"Số:?\s*(\d*)\s*([/-])\s*([A-Za-zĐđ0-9&\-/]+)")
DATELINE = re.compile(r"([A-ZĐÂ][^\t|,:]*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def parse_header(lines, doc):
    hdr = {}
    head = lines[:25]
    number = symbol = None
    for line in head:
        m = NUM_LINE.search(line)
        if m and "Số" in line[: m.start() + 3]:
            number = m.group(1) or None
            sep, symbol = m.group(2), m.group(3)
            break
    party = any("ĐẢNG CỘNG SẢN VIỆT NAM" in l for l in head)
    type_code = issuer_code = None
    if symbol:
        if "/" in symbol and (party or sep == "-"):
            type_code, issuer_code = symbol.split("/", 1)
        else:
            parts = symbol.split("-")
            if parts[0] in STATE_TYPES:
                type_code, issuer_code = parts[0], (parts[1] if len(parts) > 1 else None)
            else:
                issuer_code = parts[0]
    place = date = None
    for line in head:
        m = DATELINE.search(line)
        if m:
            place = md_strip(m.group(1)).strip("* ")
            date = iso(m.group(4), m.group(3), m.group(2))
            break
    types = PARTY_TYPES if party else STATE_TYPES
    doc_type = types.get(type_code) if type_code else "Công văn"
    upper = "\n".join(head).upper()
    hdr.update({
        "number": number, "symbol": symbol, "type_code": type_code, "issuer_code": issuer_code,
        "place": place, "date": date, "doc_type": doc_type, "subject": None,
        "report_year": doc.get("report_year"),
        "national_title_present": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in upper
        or "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in upper,
        "issuing_body_present": True,
        "system": "party" if party else "state",
    })
    hdr.update(doc.get("header", {}))
    if hdr["subject"] is None:
        raise ValueError("header.subject must be given")
    return hdr


def count_recipients(lines):
    for i, line in enumerate(lines):
        if md_strip(line).startswith("Nơi nhận"):
            n = 0
            for nxt in lines[i + 1:]:
                s = nxt.strip()
                if not s:
                    continue
                if s.startswith("-") or s.startswith("+"):
                    n += 1
                else:
                    break
            return n
    return 0


def locate(lines, fragment, nth=1):
    seen = 0
    for i, line in enumerate(lines, start=1):
        if fragment in line:
            seen += 1
            if seen == nth:
                return i
    raise ValueError(f"fragment not found (nth={nth}): {fragment!r}")


def F(kind, fragment, why, required=True, nth=1, severity=None, docx=None):
    return {"kind": kind, "fragment": fragment, "why": why, "required": required, "nth": nth,
            "severity": severity, "docx": docx}


def A(kind, name, status, recipient, count, grantor=None, year=None, decision=None):
    return {"kind": kind, "name": name, "status": status, "recipient": recipient, "count": count,
            "grantor": grantor, "year": year, "decision": decision}


def load(path):
    ns = {"F": F, "A": A}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), ns)
    return ns["DOC"]


def build_one(path):
    doc = load(path)
    group = path.parent.name
    name = path.stem
    lines, cits, qtys, dates, flagged = process_text(doc["text"])
    sections, not_headings = build_sections(lines, doc.get("kind", "report"), flagged)
    header = parse_header(lines, doc)
    sig = doc.get("signature")
    if sig:
        # (authority, body, position, signer) or, for "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        # (authority, body, second_authority, position, signer)
        if len(sig) == 5:
            authority, body, second, position, signer = sig
        else:
            (authority, body, position, signer), second = sig, None
        signature = {"authority": authority, "body": body, "position": position, "signer": signer}
        if second:
            signature["second_authority"] = second
        full = "\n".join(lines)
        for v in (body, position, signer):
            if v and v not in full:
                raise ValueError(f"{name}: signature part {v!r} not in text")
    else:
        signature = {"authority": None, "body": None, "position": None, "signer": None}
    figures = group == FIGURES_GROUP
    findings = []
    for f in doc.get("findings", []):
        if f["kind"] not in KINDS:
            raise ValueError(f"{name}: unknown kind {f['kind']}")
        item = {
            "kind": f["kind"], "line": locate(lines, f["fragment"], f["nth"]),
            "fragment": f["fragment"], "severity": f["severity"] or SEVERITY.get(f["kind"], "warning"),
            "required": f["required"], "why": f["why"],
        }
        if figures and f["kind"] in FIGURE_RULES:
            item["rule"] = FIGURE_RULES[f["kind"]]
            if doc.get("docx"):
                item["docx_fragment"] = f["docx"] or f["fragment"]
        findings.append(item)
    non_findings = []
    for nf in doc.get("non_findings", []):
        what, frag = nf[0], nf[1]
        item = {"what": what, "line": locate(lines, frag), "fragment": frag}
        if len(nf) > 2:
            item["docx_fragment"] = nf[2]
        non_findings.append(item)
    if figures:
        lines_of = {}
        for it in findings + non_findings:
            lines_of.setdefault(it["line"], []).append(it)
        for ln, its in lines_of.items():
            if len({"f" if "kind" in it else "n" for it in its}) > 1:
                raise ValueError(f"{name}: line {ln} holds a planted error and a correct breakdown")
    gold = {
        "file": f"{name}.txt",
        "description": doc["description"],
        "header": header,
        "signature": signature,
        "recipients_count": doc.get("recipients_count", count_recipients(lines)),
        "sections": sections,
        "list_items_not_headings": not_headings,
        "citations": [dict(line=ln, **c) for ln, c in cits],
        "dates": [dict(line=ln, **d) for ln, d in dates],
        "quantities": [dict(line=ln, **q) for ln, q in qtys],
        "awards": doc.get("awards", []),
        "expected_findings": findings,
        "expected_non_findings": non_findings,
    }
    if doc.get("docx"):
        gold["docx"] = f"{name}.docx"
    # key order as in the brief: text first, line second
    gold["citations"] = [{"text": c["text"], "line": c["line"], **{k: v for k, v in c.items()
                          if k not in ("text", "line")}} for c in gold["citations"]]
    gold["dates"] = [{"text": d["text"], "line": d["line"], **{k: v for k, v in d.items()
                      if k not in ("text", "line")}} for d in gold["dates"]]
    gold["quantities"] = [{"text": q["text"], "line": q["line"], **{k: v for k, v in q.items()
                           if k not in ("text", "line")}} for q in gold["quantities"]]
    out_dir = ROOT / group
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if doc.get("docx"):
        paragraphs = write_docx(out_dir / f"{name}.docx", lines)
        for it in findings + non_findings:
            frag = it.get("docx_fragment")
            if frag is None:
                continue
            n = sum(frag in p for p in paragraphs)
            if n != 1:
                raise ValueError(f"{name}.docx: fragment {frag!r} in {n} paragraphs/cells, not exactly one")
    return group, name, doc, gold, len(lines)


# ---------------------------------------------------------------- .docx output

import zipfile as _zipfile
from xml.sax.saxutils import escape as _xml_escape

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_STATIC = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '</Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'),
    "word/_rels/document.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/></Relationships>'),
    "word/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        '</w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders></w:tblPr></w:style></w:styles>'),
}
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_SIGN_START = re.compile(r"^(?:Nơi nhận|TM\.|T/M|KT\.|K/T|TL\.|T/L|THƯ KÝ|CHỦ TỌA)")


def _runs(text, bold=False, italic=False):
    out, pos = [], 0
    pieces = []
    for m in _BOLD_RE.finditer(text):
        pieces.append((text[pos:m.start()], bold))
        pieces.append((m.group(1), True))
        pos = m.end()
    pieces.append((text[pos:], bold))
    for t, b in pieces:
        if not t:
            continue
        rpr = ""
        if b or italic:
            rpr = "<w:rPr>" + ("<w:b/>" if b else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_xml_escape(t)}</w:t></w:r>')
    return "".join(out)


def _para(text, *, center=False, bold=False, italic=False, keep=None):
    """One w:p; ``keep`` collects the paragraph's plain text (for the fragment check)."""
    if keep is not None:
        keep.append(_BOLD_RE.sub(r"\1", text))
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else '<w:pPr><w:jc w:val="both"/></w:pPr>'
    return f"<w:p>{ppr}{_runs(text, bold, italic)}</w:p>"


def _table(rows, *, grid=True, widths=None, keep=None, center_cols=()):
    ncol = max(len(r) for r in rows)
    widths = widths or [int(9000 / ncol)] * ncol
    tblpr = ('<w:tblPr>' + ('<w:tblStyle w:val="TableGrid"/>' if grid else '') +
             '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>')
    out = ["<w:tbl>", tblpr, "<w:tblGrid>", *(f'<w:gridCol w:w="{w}"/>' for w in widths), "</w:tblGrid>"]
    for r in rows:
        out.append("<w:tr>")
        for c in range(ncol):
            cell = r[c] if c < len(r) else ""
            paras = cell if isinstance(cell, list) else [cell]
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/></w:tcPr>')
            out += [_para(x, center=c in center_cols or not grid, keep=keep) for x in paras] or ["<w:p/>"]
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _row_cells(line):
    s = line.strip()
    if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
        cells = [c.strip() for c in s[1:-1].split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            return "rule"
        return cells
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return None


def write_docx(path, lines):
    """Write ``lines`` (the document's text) as a Word package; returns the text of every paragraph and
    cell paragraph written. The header block (tab-joined 'left⇥right' lines before the first blank line)
    and the closing block (Nơi nhận / signature) become borderless two-column tables; every run of table rows
    (tabs or Markdown pipes) in between becomes a w:tbl with borders."""
    keep = []
    body = []
    n = len(lines)
    i = 0
    # header
    head_end = next((k for k, t in enumerate(lines) if not t.strip()), n)
    if any("\t" in t for t in lines[:head_end]):
        left, right = [], []
        for t in lines[:head_end]:
            a, _, b = t.partition("\t")
            if a.strip():
                left.append(a.strip())
            if b.strip():
                right.append(b.strip())
        body.append(_table([[left, right]], grid=False, widths=[3600, 5800], keep=keep))
        i = head_end
    # the closing block
    tail = next((k for k in range(i, n) if _SIGN_START.match(lines[k].strip())
                 and all(not (_row_cells(x) not in (None, "rule") and len(_row_cells(x)) >= 3) for x in lines[k:])), n)
    while i < tail:
        cells = _row_cells(lines[i])
        if cells is not None and (cells == "rule" or len(cells) >= 2):
            rows = []
            while i < tail:
                c = _row_cells(lines[i])
                if c is None or (c != "rule" and len(c) < 2):
                    break
                if c != "rule":
                    rows.append(c)
                i += 1
            body.append(_table(rows, keep=keep, center_cols=set(range(1, 40))))
            continue
        t = lines[i]
        if not t.strip():
            i += 1
            continue
        plain = _BOLD_RE.sub(r"\1", t).strip().lstrip("#").strip()
        title = plain.isupper() and len(plain) < 40 and not re.match(r"^[IVX]+\.", plain)
        body.append(_para(t.strip().lstrip("#").strip(), center=title, bold=title, keep=keep))
        i += 1
    if tail < n:
        left, right = [], []
        for t in lines[tail:]:
            s = t.strip()
            if s.startswith("Nơi nhận") or s.startswith("-") or s.startswith("+"):
                left.append(s)
            elif s:
                right.append(s)
            elif right:
                right.append("")
        while right and not right[-1]:
            right.pop()
        body.append(_table([[left, right]], grid=False, widths=[4200, 5200], keep=keep))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" '
            'w:footer="720" w:gutter="0"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{_W}"><w:body>' + "".join(body) + sect + "</w:body></w:document>")
    parts = dict(_DOCX_STATIC)
    parts["word/document.xml"] = document
    with _zipfile.ZipFile(path, "w", _zipfile.ZIP_DEFLATED) as z:
        for name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                     "word/styles.xml"):
            info = _zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = _zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
    return keep


README_HEAD = (SRC / "README_head.md")


NEW_FIGURE_KINDS = {"percent-over-100", "rate-mismatch", "change-mismatch", "text-table-mismatch"}
FIGURES_HEAD = SRC / FIGURES_GROUP / "README_section.md"


def write_readme(rows):
    head = README_HEAD.read_text(encoding="utf-8") if README_HEAD.exists() else "# corpora\n"
    fig_rows = [r for r in rows if r[0] == FIGURES_GROUP]
    rows = [r for r in rows if r[0] != FIGURES_GROUP]
    out = [head.rstrip("\n"), "", "## Documents", "",
           "| File | Type | Level | Date | Lines | Habits exercised | Errors planted |",
           "|---|---|---|---|---|---|---|"]
    for group, name, doc, gold, n in sorted(rows, key=lambda r: (r[0], r[1])):
        errs = ", ".join(f"`{f['kind']}` (l.{f['line']})" for f in gold["expected_findings"]) or "— (clean)"
        habits = "; ".join(doc.get("habits", []))
        hdr = gold["header"]
        out.append(f"| `{group}/{name}.txt` | {hdr['doc_type']} ({hdr['system']}) | {doc.get('level', '')} "
                   f"| {hdr['date'] or '—'} | {n} | {habits} | {errs} |")
    kinds = {}
    for *_, gold, _n in rows:
        for f in gold["expected_findings"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    out += ["", "## Planted findings by kind", "", "| Kind | Count |", "|---|---|"]
    for k in sorted(KINDS - NEW_FIGURE_KINDS):
        out.append(f"| `{k}` | {kinds.get(k, 0)} |")
    clean = sum(1 for *_, g, _n in rows if not g["expected_findings"])
    out += ["", f"{len(rows)} documents, {clean} clean, {len(rows) - clean} with planted errors.", ""]
    if fig_rows:
        out += figures_readme(fig_rows)
    (ROOT / "README.md").write_text("\n".join(out), encoding="utf-8")


def figures_readme(rows):
    """The figures group's section of corpora/README.md: prose from _src/figures/README_section.md, then the
    documents and the planted errors per kind (generated)."""
    out = [FIGURES_HEAD.read_text(encoding="utf-8").rstrip("\n") if FIGURES_HEAD.exists()
           else f"## The `{FIGURES_GROUP}` group", "",
           "| File | Type | Level | Date | Lines | .docx | Planted figure errors | Correct breakdowns |",
           "|---|---|---|---|---|---|---|---|"]
    kinds, correct = {}, 0
    for group, name, doc, gold, n in sorted(rows, key=lambda r: r[1]):
        per = {}
        for f in gold["expected_findings"]:
            per[f["kind"]] = per.get(f["kind"], 0) + 1
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        correct += len(gold["expected_non_findings"])
        errs = ", ".join(f"`{k}` ×{v}" if v > 1 else f"`{k}`" for k, v in sorted(per.items()))
        hdr = gold["header"]
        out.append(f"| `{group}/{name}.txt` | {hdr['doc_type']} ({hdr['system']}) | {doc.get('level', '')} "
                   f"| {hdr['date'] or '—'} | {n} | {'yes' if doc.get('docx') else '—'} | {errs} "
                   f"| {len(gold['expected_non_findings'])} |")
    out += ["", "| Kind | Rule | Planted |", "|---|---|---|"]
    for k, code in FIGURE_RULES.items():
        out.append(f"| `{k}` | {code} | {kinds.get(k, 0)} |")
    n_docx = sum(1 for r in rows if r[2].get("docx"))
    out += ["", f"{len(rows)} documents ({n_docx} also as .docx), {sum(kinds.values())} planted figure errors, "
                f"{correct} correct breakdowns recorded as expected non-findings.", ""]
    return out


def main(argv):
    paths = sorted(SRC.glob("*/*.py"))
    if argv:
        paths = [SRC / f"{a}.py" for a in argv]
    rows = []
    for p in paths:
        rows.append(build_one(p))
        g = rows[-1][3]
        print(f"{rows[-1][0]}/{rows[-1][1]}: {rows[-1][4]} lines, {len(g['citations'])} citations, "
              f"{len(g['expected_findings'])} findings")
    if not argv:
        write_readme(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
