"""Builders of realistic .docx and .pdf files for the reader tests.

``build_docx_from_text`` lays a plain-text report out the way Vietnamese offices do in Word: the header
in a borderless two-column table (issuing body and "Số:" left; Quốc hiệu, Tiêu ngữ and dateline right),
"Phần I" / "I." / "1." / "a)" headings as *automatically numbered* paragraphs (the label lives in
numbering.xml, not in the text; roman headings get it through their paragraph style), and the Nơi nhận +
signature block as another two-column table. ``build_pdf_from_text`` renders the same layout with fpdf2
and a Unicode TTF font, with a bare page number at the bottom of each page.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"w": W_NS}

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
]

_RIGHT_HEADER = re.compile(r"CỘNG\s*HO[ÀÁA]|Độc\s*lập|ngày\s.*tháng.*năm", re.I)
_LEVELS = [
    # (regex, level, numFmt, lvlText)
    (re.compile(r"^Phần ([IVXLC]+)\b\s*(.*)$"), 0, "upperRoman", "Phần %1"),
    (re.compile(r"^([IVXLC]+)\.\s+(.*)$"), 1, "upperRoman", "%2."),
    (re.compile(r"^(\d+)\.\s+(.*)$"), 2, "decimal", "%3."),
    (re.compile(r"^([a-z])\)\s+(.*)$"), 3, "lowerLetter", "%4)"),
]
ROMAN_STYLE = "MucLaMa"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _sub(parent, tag: str, **attrs):
    el = etree.SubElement(parent, _w(tag))
    for k, v in attrs.items():
        el.set(_w(k), str(v))
    return el


def _roman_value(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


def _label_value(level: int, label: str) -> int | None:
    if level in (0, 1):
        return _roman_value(label)
    if level == 2:
        return int(label)
    if label == "đ":
        return None
    return ord(label) - ord("a") + 1


def split_layout(text: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """Split a report into (header_left, header_right, body, recipients, signature) non-empty lines."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    # header: up to and including the dateline, within the first lines
    end = 0
    for i, ln in enumerate(lines[:10]):
        if re.search(r"ngày\s.*tháng.*năm", ln):
            end = i + 1
            break
    head = lines[:end]
    h_left = [ln for ln in head if not _RIGHT_HEADER.search(ln)]
    h_right = [ln for ln in head if _RIGHT_HEADER.search(ln)]
    rest = lines[end:]
    sig_at = next((i for i, ln in enumerate(rest) if ln.startswith("Nơi nhận")), len(rest))
    body, tail = rest[:sig_at], rest[sig_at:]
    recipients: list[str] = []
    signature: list[str] = []
    for ln in tail:
        if not signature and (ln.startswith("Nơi nhận") or ln.startswith("-")):
            recipients.append(ln)
        else:
            signature.append(ln)
    return h_left, h_right, body, recipients, signature


class _NumberingModel:
    """Simulates Word's counters to know when a paragraph needs a restarted list instance."""

    def __init__(self) -> None:
        self.counters: dict[int, int] = {}
        self.num_id = 1
        self.extra_nums: list[tuple[int, int, int]] = []  # (numId, level, start)

    def place(self, level: int, wanted: int) -> int:
        would = self.counters.get(level, 0) + 1
        if would != wanted:
            self.num_id = 1 + len(self.extra_nums) + 1
            self.extra_nums.append((self.num_id, level, wanted))
            self.counters[level] = wanted
        else:
            self.counters[level] = would
        for deeper in [k for k in self.counters if k > level]:
            del self.counters[deeper]
        return self.num_id


def _numbering_xml(model: _NumberingModel) -> bytes:
    root = etree.Element(_w("numbering"), nsmap=NSMAP)
    an = _sub(root, "abstractNum", abstractNumId=0)
    _sub(an, "multiLevelType", val="multilevel")
    for _, level, fmt, text in _LEVELS:
        lvl = _sub(an, "lvl", ilvl=level)
        _sub(lvl, "start", val=1)
        _sub(lvl, "numFmt", val=fmt)
        if level == 1:
            _sub(lvl, "pStyle", val=ROMAN_STYLE)
        _sub(lvl, "lvlText", val=text)
        _sub(lvl, "suff", val="space")
        _sub(lvl, "lvlJc", val="left")
    num = _sub(root, "num", numId=1)
    _sub(num, "abstractNumId", val=0)
    for num_id, level, start in model.extra_nums:
        num = _sub(root, "num", numId=num_id)
        _sub(num, "abstractNumId", val=0)
        ov = _sub(num, "lvlOverride", ilvl=level)
        _sub(ov, "startOverride", val=start)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles_xml() -> bytes:
    root = etree.Element(_w("styles"), nsmap=NSMAP)
    dd = _sub(root, "docDefaults")
    rpr = _sub(_sub(dd, "rPrDefault"), "rPr")
    _sub(rpr, "rFonts", ascii="Times New Roman", hAnsi="Times New Roman", cs="Times New Roman")
    _sub(rpr, "sz", val=28)
    normal = _sub(root, "style", type="paragraph", default=1, styleId="Normal")
    _sub(normal, "name", val="Normal")
    st = _sub(root, "style", type="paragraph", styleId=ROMAN_STYLE)
    _sub(st, "name", val="Mục La Mã")
    _sub(st, "basedOn", val="Normal")
    ppr = _sub(st, "pPr")
    numpr = _sub(ppr, "numPr")
    _sub(numpr, "ilvl", val=1)
    _sub(numpr, "numId", val=1)
    _sub(_sub(st, "rPr"), "b")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_runs(p, text: str, *, bold: bool = False, font: str | None = None) -> None:
    """Append runs for ``text`` to paragraph ``p`` (tabs become w:tab, newlines w:br)."""
    for k, line in enumerate(text.split("\n")):
        r = _sub(p, "r")
        if bold or font:
            rpr = _sub(r, "rPr")
            if font:
                _sub(rpr, "rFonts", ascii=font, hAnsi=font)
            if bold:
                _sub(rpr, "b")
        if k:
            _sub(r, "br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                _sub(r, "tab")
            if piece:
                t = _sub(r, "t")
                t.text = piece
                t.set(f"{{{XML_NS}}}space", "preserve")


def _paragraph(parent, text: str, *, num: tuple[int, int] | None = None, style: str | None = None):
    p = _sub(parent, "p")
    if num or style:
        ppr = _sub(p, "pPr")
        if style:
            _sub(ppr, "pStyle", val=style)
        if num:
            numpr = _sub(ppr, "numPr")
            _sub(numpr, "ilvl", val=num[1])
            _sub(numpr, "numId", val=num[0])
    if text:
        add_runs(p, text)
    return p


def _two_column_table(parent, left: list[str], right: list[str]) -> None:
    tbl = _sub(parent, "tbl")
    tpr = _sub(tbl, "tblPr")
    _sub(tpr, "tblW", w=9600, type="dxa")
    borders = _sub(tpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(borders, side, val="nil")
    grid = _sub(tbl, "tblGrid")
    _sub(grid, "gridCol", w=3800)
    _sub(grid, "gridCol", w=5800)
    tr = _sub(tbl, "tr")
    for lines in (left, right):
        tc = _sub(tr, "tc")
        _sub(_sub(tc, "tcPr"), "tcW", w=4800, type="dxa")
        for ln in lines or [""]:
            _paragraph(tc, ln)


def document_xml(body_builder) -> bytes:
    root = etree.Element(_w("document"), nsmap=NSMAP)
    body = _sub(root, "body")
    body_builder(body)
    sect = _sub(body, "sectPr")
    _sub(sect, "pgSz", w=11906, h=16838)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def write_package(path: Path, document: bytes, *, numbering: bytes | None = None, styles: bytes | None = None,
                  extra: dict[str, bytes] | None = None) -> Path:
    """Zip a minimal but valid WordprocessingML package."""
    overrides = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/>'
    ]
    rels = []
    if styles is not None:
        overrides.append('<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.styles+xml"/>')
        rels.append('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/styles" Target="styles.xml"/>')
    if numbering is not None:
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.numbering+xml"/>')
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/numbering" Target="numbering.xml"/>')
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ctypes)
        zf.writestr("_rels/.rels", root_rels)
        zf.writestr("word/_rels/document.xml.rels", doc_rels)
        zf.writestr("word/document.xml", document)
        if styles is not None:
            zf.writestr("word/styles.xml", styles)
        if numbering is not None:
            zf.writestr("word/numbering.xml", numbering)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def build_docx_from_text(text: str, path: str | Path, *, header_table: bool = True, auto_numbering: bool = True,
                         signature_table: bool = True) -> Path:
    """Write ``text`` (a report in the seed's layout) as a realistic .docx at ``path``."""
    path = Path(path)
    h_left, h_right, body_lines, recipients, signature = split_layout(text)
    model = _NumberingModel()

    def build(body):
        if header_table and (h_left or h_right):
            _two_column_table(body, h_left, h_right)
        else:
            for ln in h_left + h_right:
                _paragraph(body, ln)
        for ln in body_lines:
            placed = False
            if auto_numbering:
                for rx, level, _, _ in _LEVELS:
                    m = rx.match(ln)
                    if not m:
                        continue
                    value = _label_value(level, m.group(1))
                    if value is None:
                        break
                    num_id = model.place(level, value)
                    if level == 1 and num_id == 1:
                        _paragraph(body, m.group(2), style=ROMAN_STYLE)  # numbering from the style
                    else:
                        _paragraph(body, m.group(2), num=(num_id, level))
                    placed = True
                    break
            if not placed:
                _paragraph(body, ln)
        if signature_table and (recipients or signature):
            _two_column_table(body, recipients, signature)
        else:
            for ln in recipients + signature:
                _paragraph(body, ln)

    doc = document_xml(build)
    return write_package(
        path, doc, numbering=_numbering_xml(model) if auto_numbering else None, styles=_styles_xml()
    )


def find_ttf() -> Path | None:
    """A Unicode TTF font with Vietnamese glyphs (DejaVu Sans on Debian: fonts-dejavu-core)."""
    for d in FONT_DIRS:
        for name in ("DejaVuSans.ttf", "DejaVuSerif.ttf"):
            if (d / name).exists():
                return d / name
    return None


def build_pdf_from_text(text: str, path: str | Path) -> Path:
    """Render ``text`` as an A4 PDF: two-column header and signature, page numbers at the bottom."""
    from fpdf import FPDF

    font = find_ttf()
    if font is None:
        raise RuntimeError("no Unicode TTF font found (apt-get install fonts-dejavu-core)")
    path = Path(path)
    h_left, h_right, body_lines, recipients, signature = split_layout(text)

    class _Doc(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("vn", size=10)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = _Doc(format="A4")
    pdf.add_font("vn", fname=str(font))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.set_font("vn", size=11)

    def columns(left: list[str], right: list[str]) -> None:
        y0 = pdf.get_y()
        for ln in left:
            pdf.set_x(20)
            pdf.cell(70, 6, ln, new_x="LMARGIN", new_y="NEXT")
        y_left = pdf.get_y()
        pdf.set_y(y0)
        for ln in right:
            pdf.set_x(110)
            pdf.cell(85, 6, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y_left, pdf.get_y()) + 4)

    columns(h_left, h_right)
    for ln in body_lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if recipients or signature:
        if pdf.get_y() > 297 - 20 - 6 * max(len(recipients), len(signature)):
            pdf.add_page()
        columns(recipients, signature)
    pdf.output(str(path))
    return path


def one_page_pdf(stream: bytes, *, flate: bool = True) -> bytes:
    """A valid one-page PDF whose content stream is ``stream`` as stored (FlateDecode-compressed when ``flate``);
    shared by the reader-limit tests and bench/bench_memory.py."""
    filt = b" /Filter /FlateDecode" if flate else b""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filt) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
