"""The .docx reader: layout (header/signature tables), Word numbering, run features, real originals."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers_docs import W_NS, build_docx_from_text, document_xml, write_package  # noqa: E402

from vanban.read.dispatch import read_source  # noqa: E402
from vanban.read.docx import format_number, read_docx  # noqa: E402

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"
ORIGINALS = SHARED / "corpus" / "real" / "originals"

W = f'xmlns:w="{W_NS}"'


def _nonempty(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _docx(tmp_path: Path, body: str, *, numbering: str | None = None, styles: str | None = None,
          extra: dict[str, bytes] | None = None, name: str = "t.docx") -> Path:
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W} ' \
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' \
          'xmlns:v="urn:schemas-microsoft-com:vml">' \
          f'<w:body>{body}</w:body></w:document>'
    num = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>' if numbering else None
    sty = f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{styles}</w:styles>' if styles else None
    return write_package(tmp_path / name, doc.encode(), numbering=num.encode() if num else None,
                         styles=sty.encode() if sty else None, extra=extra)


def _p(text: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _np(text: str, num_id: int, ilvl: int = 0) -> str:
    return _p(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, suff: str = "space") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/></w:lvl>')


# --- round trip of the seed ------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")
def test_seed_round_trip_lines_and_regions(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    path = build_docx_from_text(seed, tmp_path / "seed.docx")
    st = read_source(path)
    assert st.format == "docx"
    assert _nonempty(st.text) == _nonempty(seed)
    r = st.regions
    assert st.text[slice(*r["header_left"])] == "Số: /BC-UBND"
    assert st.text[slice(*r["header_right"])] == "Ba Vì, ngày 03 tháng 11 năm 2023"
    assert st.text[slice(*r["recipients"])].split("\n")[0] == "Nơi nhận:"
    assert st.text[slice(*r["recipients"])].split("\n")[-1] == "- Lưu: VT."
    assert st.text[slice(*r["signature"])] == "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\nLê Hữu Trinh"
    # the labels came from numbering.xml, not from the text
    lines = st.text.split("\n")
    assert "Phần I" in lines and "I. ĐẶC ĐIỂM, TÌNH HÌNH" in lines and "a) Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”" in lines
    assert lines.count("III. ĐÁNH GIÁ CHUNG") == 1
    # anchors: one per paragraph, tagged with the part they came from
    assert st.locate(r["header_left"][0]).part == "header-table"
    assert st.locate(r["signature"][0]).part == "signature-table"
    assert st.locate(st.text.index("I. ĐẶC ĐIỂM")).part == "body"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")
def test_seed_without_tables_or_numbering_reads_the_same(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    path = build_docx_from_text(seed, tmp_path / "flat.docx", header_table=False, auto_numbering=False,
                                signature_table=False)
    st = read_source(path)
    assert _nonempty(st.text) == _nonempty(seed)
    assert "header_left" not in st.regions and "signature" not in st.regions


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")
def test_seed_docx_parses_like_the_text(tmp_path):
    from .roundtrip_helpers import summary

    import vanban

    seed = SEED.read_text(encoding="utf-8")
    from_text = summary(vanban.parse(seed))
    from_docx = summary(vanban.load(build_docx_from_text(seed, tmp_path / "s.docx")))
    for part in ("header", "headings", "citations", "findings", "signature", "recipients"):
        assert from_docx[part] == from_text[part], part


# --- numbering -----------------------------------------------------------------------------------


def test_format_number_word_styles():
    assert [format_number(n, "upperRoman") for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert format_number(3, "lowerRoman") == "iii"
    # Word does not know đ: a, b, c, d, e …; after z comes aa
    assert [format_number(n, "lowerLetter") for n in (1, 4, 5, 26, 27)] == ["a", "d", "e", "z", "aa"]
    assert format_number(2, "upperLetter") == "B"
    assert format_number(7, "decimalZero") == "07"
    assert format_number(3, "bullet") == "-"


def test_numbering_levels_restarts_overrides_and_styles(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "upperRoman", "Phần %1") + _lvl(1, "decimal", "%2.") + _lvl(2, "decimal", "%2.%3.")
        + _lvl(3, "lowerLetter", "%4)") + _lvl(4, "bullet", "\uf0b7") + '</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "decimalZero", "%1.", suff="tab")
        + _lvl(1, "upperLetter", "%2/", suff="nothing") + _lvl(2, "lowerRoman", "(%3)") + '</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="3"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    )
    styles = (
        '<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Muc2"><w:name w:val="Muc2"/><w:basedOn w:val="Muc"/></w:style>'
    )
    body = "".join([
        _np("KẾT QUẢ", 1, 0),  # Phần I
        _p("Tình hình", '<w:pStyle w:val="Muc"/>'),  # 1. (from the style)
        _np("Chi tiết", 1, 2),  # 1.1.
        _np("Thêm", 1, 2),  # 1.2.
        _np("mục a", 1, 3),  # a)
        _np("mục b", 1, 3),  # b)
        _np("gạch đầu dòng", 1, 4),  # -
        _p("Kết quả", '<w:pStyle w:val="Muc2"/>'),  # 2. (style inherited through basedOn)
        _np("Chi tiết hai", 1, 2),  # 2.1. (restarted by the higher level)
        _np("mục lại", 3, 3),  # a) again through startOverride
        _np("mục tiếp", 3, 3),  # b)
        _np("", 1, 0),  # Phần II (empty paragraph: label only)
        _np("không", 2, 0), _np("một", 2, 0),  # 01. 02.
        _np("chữ", 2, 1),  # A/ with no space (suff nothing)
        _np("la mã", 2, 2), _np("la mã", 2, 2),  # (i) (ii)
        _np("năm", 4, 0),  # 05. (startOverride)
        _p("không đánh số", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'),
    ])
    st = read_docx(_docx(tmp_path, body, numbering=numbering, styles=styles))
    assert st.text.split("\n") == [
        "Phần I KẾT QUẢ", "1. Tình hình", "1.1. Chi tiết", "1.2. Thêm", "a) mục a", "b) mục b",
        "- gạch đầu dòng", "2. Kết quả", "2.1. Chi tiết hai", "a) mục lại", "b) mục tiếp", "Phần II",
        "01. không", "02. một", "A/chữ", "(i) la mã", "(ii) la mã", "05. năm", "không đánh số",
    ]


@pytest.mark.skipif(not ORIGINALS.exists(), reason="shared originals not available")
def test_real_auto_numbering_labels_0014_0081():
    lines14 = read_source(ORIGINALS / "0014.docx").text.split("\n")
    for want in ("1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "7. Công tác chỉ đạo, điều hành"):
        assert want in lines14
    assert any(ln.startswith("a) Các sở, ban, ngành và Ủy ban nhân dân các xã") for ln in lines14)
    assert any(ln.startswith("c) Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh") for ln in lines14)
    lines81 = read_source(ORIGINALS / "0081.docx").text.split("\n")
    assert "I. NỘI DUNG, TRÌNH TỰ, THỦ TỤC" in lines81
    assert "1.1. Thành phần dự họp:" in lines81
    assert any(ln.startswith("1. Hội nghị cử chủ tọa trong Ban Thường trực") for ln in lines81)
    # Word's letters skip đ: d) is followed by e)
    d = next(i for i, ln in enumerate(lines81) if ln.startswith("d) Người ứng cử đại biểu Quốc hội đang công tác tại Tòa án"))
    assert any(ln.startswith("e) Người ứng cử đại biểu Quốc hội đang công tác tại các đơn vị vũ trang") for ln in lines81[d:d + 3])
    # a real numbering slip in the source (two "2.4." items) is rendered as Word shows it
    assert lines81.count("2.4. Người ứng cử đại biểu Quốc hội được mời tham dự hội nghị.") == 1
    assert any(ln.startswith("2.4. Đối với nơi có dưới 100 cử tri") for ln in lines81)


# --- runs ------------------------------------------------------------------------------------------


def test_run_features(tmp_path):
    body = (
        '<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:t>D</w:t></w:r>'
        '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>'
        # field: instruction skipped, result kept
        '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:fldSimple w:instr="DATE"><w:r><w:t>01/01/2025</w:t></w:r></w:fldSimple></w:p>'
        # hyperlink, tracked changes, hidden text
        '<w:p><w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:r><w:t>liên kết</w:t></w:r></w:hyperlink>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> thêm</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText> xóa</w:delText></w:r></w:del>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t> ẩn</w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> hiện</w:t></w:r></w:p>'
        # a text box: Choice and VML Fallback both hold it; it must come out once, after its anchor
        '<w:p><w:r><w:t>neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wps:txbx><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t>'
        '</w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'
        '<w:p><w:r><w:t>sau</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Chú thích một.</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode()
    st = read_docx(_docx(tmp_path, body, extra={"word/footnotes.xml": footnotes}))
    assert st.text.split("\n") == [
        "A\tB", "C", "D\u00b7", "Trang 3", "01/01/2025", "liên kết thêm hiện", "neo", "trong hộp", "sau",
        "---", "[1] Chú thích một.",
    ]
    assert st.locate(st.text.index("trong hộp")).part == "textbox"
    assert st.locate(st.text.index("[1]")).part == "footnotes"
    assert st.text[slice(*st.regions["footnotes"])] == "---\n[1] Chú thích một."


def _tc(*paragraphs: str, tcpr: str = "") -> str:
    return f"<w:tc>{tcpr}" + "".join(_p(t) for t in paragraphs) + "</w:tc>"


def _tbl(*rows) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


def test_table_row_of_short_cells_is_one_tab_separated_line(tmp_path):
    body = _p("Bảng:") + _tbl(
        (_tc("TT"), _tc("Nội dung"), _tc("Ghi chú")),
        (_tc("1"), _tc("Một"), _tc("")),
    ) + _p("Hết.")
    st = read_docx(_docx(tmp_path, body))
    assert st.text.split("\n") == ["Bảng:", "TT\tNội dung\tGhi chú", "1\tMột\t", "Hết."]
    # every cell maps back to its table, row, cell and paragraph
    a = st.locate(st.text.index("Nội dung"))
    assert (a.part, a.table, a.row, a.cell, a.paragraph) == ("table", 1, 1, 2, 3)
    a = st.locate(st.text.index("Một"))
    assert (a.table, a.row, a.cell, a.paragraph) == (1, 2, 2, 6)
    assert st.locate(st.text.index("Hết")).table is None


def test_word_table_total_that_does_not_add_up_is_found(tmp_path):
    """The point of joining rows: the table checks now work on Word files (#13)."""
    import vanban

    rows = [("TT", "Thôn", "Số hộ", "Kinh phí (triệu đồng)"), ("1", "Thôn Đông", "120", "210"),
            ("2", "Thôn Nam", "95", "185"), ("3", "Thôn Đoài", "110", "160")]
    body = (_p("BÁO CÁO") + _p("Kết quả hỗ trợ hộ nghèo năm 2024 của xã Tân Lập như sau:")
            + _tbl(*[[_tc(c) for c in r] for r in rows],
                   [_tc("Tổng cộng", tcpr='<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'), _tc("325"), _tc("585")]))
    path = _docx(tmp_path, body)
    st = read_docx(path)
    assert "Tổng cộng\t\t325\t585" in st.text.split("\n")  # the spanned column is kept as an empty cell
    doc = vanban.load(path)
    hits = [f for f in vanban.lint(doc) if f.code == "VB305"]
    assert [(f.text, f.suggestion) for f in hits] == [("585", "555")]


def test_layout_rows_keep_one_line_per_cell_paragraph(tmp_path):
    body = _tbl(
        # a cell with two paragraphs: a layout row
        (_tc("Nơi thực hiện:", "Thôn Đông, thôn Nam"), _tc("Thời gian: quý II")),
        # a cell with a long text reads as prose
        (_tc("1"), _tc("Tổ chức tuyên truyền " * 15)),
    )
    st = read_docx(_docx(tmp_path, body))
    lines = st.text.split("\n")
    assert lines[:3] == ["Nơi thực hiện:", "Thôn Đông, thôn Nam", "Thời gian: quý II"]
    assert lines[3] == "1" and "\t" not in st.text
    a = st.locate(st.text.index("Thời gian"))
    assert (a.table, a.row, a.cell) == (1, 1, 2)


def test_two_column_signature_table_later_in_the_file_is_not_joined(tmp_path):
    """A second signature block (an appendix's) with one paragraph per cell stays as lines."""
    sign = _tbl((_tc("Nơi nhận:"), _tc("TM. ỦY BAN NHÂN DÂN")), (_tc("- Như trên;"), _tc("CHỦ TỊCH")))
    figures = _tbl((_tc("TT"), _tc("Chỉ tiêu"), _tc("Kết quả")), (_tc("1"), _tc("Hộ nghèo"), _tc("12")))
    body = _p("Nội dung.") + sign + _p("Phụ lục") + _p("Số liệu " * 200) + figures + _p("Hết.")
    st = read_docx(_docx(tmp_path, body))
    lines = st.text.split("\n")
    assert "Nơi nhận:" in lines and "CHỦ TỊCH" in lines and "1\tHộ nghèo\t12" in lines


def test_legacy_tcvn3_run_is_converted(tmp_path):
    legacy = pytest.importorskip("vanban.read.legacy")
    body = (
        '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Céng hoµ</w:t></w:r></w:p>'
        # a .VnTime run that already holds Unicode must be left alone
        '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Cộng hoà</w:t></w:r></w:p>'
        # the font can come from the paragraph style; one short word is enough evidence
        '<w:p><w:pPr><w:pStyle w:val="Vn"/></w:pPr><w:r><w:t>b¸o</w:t></w:r></w:p>'
        # a VNI run
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times"/></w:rPr><w:t>Vieät Nam</w:t></w:r></w:p>'
    )
    styles = ('<w:style w:type="paragraph" w:styleId="Vn"><w:name w:val="Vn"/>'
              '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>')
    st = read_docx(_docx(tmp_path, body, styles=styles))
    assert st.text.split("\n")[0] == legacy.to_unicode("Céng hoµ", "tcvn3", capitals=False)
    assert st.text.split("\n") == ["Cộng hoà", "Cộng hoà", "báo", "Việt Nam"]
    assert any("TCVN3/VNI" in n for n in st.notes)


@pytest.mark.skipif(not ORIGINALS.exists(), reason="shared originals not available")
@pytest.mark.parametrize("name", ["0007", "0010", "0026", "0042", "0052"])
def test_declared_legacy_fonts_with_unicode_text_untouched(name):
    # these files declare .VnTime / VNI-Times in styles but their runs hold Unicode text
    st = read_source(ORIGINALS / f"{name}.docx")
    assert not any("TCVN3" in n for n in st.notes)
    assert "ư" in st.text or "Ư" in st.text
    ref = (ORIGINALS.parent / f"{name}.txt").read_text(encoding="utf-8")
    assert abs(len(st.text) - len(ref)) <= 0.05 * len(ref)


# --- all real originals ---------------------------------------------------------------------------

DOCX_CHARS = {
    "0005": 34489, "0007": 9157, "0010": 12526, "0011": 16720, "0012": 23774, "0014": 42997, "0022": 5111,
    "0025": 7704, "0026": 12124, "0028": 5811, "0036": 44923, "0040": 3119, "0041": 11193, "0042": 8153,
    "0045": 17751, "0050": 62637, "0051": 126730, "0052": 20644, "0053": 23928, "0070": 22565,
    "0071": 24446, "0072": 9427, "0073": 7023, "0074": 14146, "0075": 7501, "0076": 19548, "0077": 18796,
    "0078": 29118, "0079": 33443, "0080": 3651, "0081": 72676,
}


@pytest.mark.skipif(not ORIGINALS.exists(), reason="shared originals not available")
def test_all_docx_originals_load():
    found = {p.stem for p in ORIGINALS.glob("*.docx")}
    assert found == set(DOCX_CHARS)
    for name, chars in DOCX_CHARS.items():
        st = read_source(ORIGINALS / f"{name}.docx")
        assert st.format == "docx"
        assert abs(len(st.text) - chars) <= 0.05 * chars, (name, len(st.text))


@pytest.mark.skipif(not ORIGINALS.exists(), reason="shared originals not available")
def test_real_header_and_signature_regions_0022():
    st = read_source(ORIGINALS / "0022.docx")
    left = st.text[slice(*st.regions["header_left"])]
    right = st.text[slice(*st.regions["header_right"])]
    assert "ỦY BAN NHÂN DÂN" in left and "Số:" in left
    assert right.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert st.text[slice(*st.regions["recipients"])].lstrip().startswith("Nơi nhận")
    assert "CHỦ TỊCH" in st.text[slice(*st.regions["signature"])]


def test_unused_document_builder_is_valid(tmp_path):
    # document_xml from the helpers gives a readable document with no parts besides the body
    path = write_package(tmp_path / "x.docx", document_xml(lambda body: None))
    with pytest.raises(Exception) as exc:
        read_source(path)
    assert getattr(exc.value, "code", None) == "empty"


# --- digits that are not ASCII: str.isdigit() is true for "²" and "①", int() fails on them ------------------

ODD_DIGITS = ["²", "①", "٣", "۴", "３", "¹²", "1²", "²⁰²⁴", "߁"]


def _table_report(first_cells: list[str]) -> str:
    rows = "\n".join(f"{c}\tThôn Đông {k}\t120\t45" for k, c in enumerate(first_cells))
    return ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: ²/BC-UBND\nTân Lập, ngày ① tháng ３ năm ２０２４\n\nBÁO CÁO\n"
            "Kết quả năm 2024\n\n² . Tình hình chung\n① Nội dung\n٣) Kết quả\n"
            "Căn cứ Nghị định số ³/２０２０/NĐ-CP ngày ¹ tháng ² năm ２０２０.\n"
            f"TT\tThôn\tSố hộ\tSố người\n{rows}\n\tTổng cộng\t²\t①\n")


@pytest.mark.parametrize("digit", ODD_DIGITS)
def test_odd_digits_in_a_table_row_do_not_crash(tmp_path, digit):
    """A table row whose number cell is a superscript "²" crashed the total check (ValueError in int())."""
    import vanban

    text = _table_report([digit, "2", digit + digit, "4"])
    vanban.lint(vanban.parse(text))
    rows = [[_tc(c) for c in (digit, "Thôn Đông", "120")], [_tc(c) for c in ("2", "Thôn Nam", "95")],
            [_tc(c) for c in ("3", "Thôn Bắc", "10")], [_tc(c) for c in ("", "Tổng cộng", digit)]]
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{digit}"><w:start w:val="{digit}"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 f'<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="{digit}">'
                 f'<w:startOverride w:val="{digit}"/></w:lvlOverride></w:num>')
    body = (_p("BÁO CÁO") + _p("Mục", f'<w:pPr><w:numPr><w:ilvl w:val="{digit}"/><w:numId w:val="1"/></w:numPr></w:pPr>')
            + _tbl([_tc("TT"), _tc("Thôn"), _tc("Số hộ")], *rows))
    path = _docx(tmp_path, body, numbering=numbering)
    doc = vanban.load(path)
    vanban.lint(doc)
    assert "Tổng cộng" in doc.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ODD_DIGITS + ["1", "2", "12", "2024", ""]), min_size=1, max_size=6))
def test_odd_digits_anywhere_do_not_crash_parse_and_lint(cells):
    import vanban

    vanban.lint(vanban.parse(_table_report(cells)))


def test_symbol_that_is_half_a_utf16_pair_becomes_a_replacement_character(tmp_path):
    """A w:sym naming a lone surrogate used to put it in the text, and JSON output then crashed."""
    import vanban

    body = (_p("BÁO CÁO") + '<w:p><w:r><w:t xml:space="preserve">Kết quả </w:t></w:r>'
            '<w:r><w:sym w:font="Symbol" w:char="D83D"/></w:r><w:r><w:t> tốt</w:t></w:r></w:p>')
    path = _docx(tmp_path, body)
    st = read_source(path)
    assert "Kết quả \ufffd tốt" in st.text
    assert any("đã thay 1 ký tự không hợp lệ" in n for n in st.notes)
    vanban.load(path).model_dump_json()
