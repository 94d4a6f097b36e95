"""Hostile and broken inputs: each gives the right ReadError quickly and leaves the file untouched."""
from __future__ import annotations

import datetime
import io
import os
import random
import sys
import time
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers_docs import W_NS, build_docx_from_text, write_package  # noqa: E402
from vanban.errors import ReadError  # noqa: E402
from vanban.read.dispatch import read_source  # noqa: E402

HANG_GUARD_S = 5.0
SMALL_REPORT = "Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nI. TÌNH HÌNH\nNội dung.\n"


def _expect(path: Path, code: str, **kwargs) -> ReadError:
    """read_source(path) must raise ``code`` fast, name the file in both languages, not touch it."""
    existed = path.exists() and path.is_file()
    if existed:
        before = (path.read_bytes(), path.stat().st_mtime_ns)
    start = time.monotonic()
    with pytest.raises(ReadError) as exc:
        read_source(path, **kwargs)
    assert time.monotonic() - start < HANG_GUARD_S
    err = exc.value
    assert err.code == code, (err.code, err.detail)
    vi, en = err.message("vi"), err.message("en")
    assert vi.startswith(str(path)) and en.startswith(str(path))
    assert vi != en
    if existed:
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    return err


def _pdf_bytes(text: str = "Bao cao ket qua cong tac nam 2023 cua xa Ba Vi", **encrypt) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for _ in range(3):
        pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if not encrypt:
        return data
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(**encrypt)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_empty_file(tmp_path):
    p = tmp_path / "rong.txt"
    p.write_bytes(b"")
    _expect(p, "empty")


def test_whitespace_only(tmp_path):
    p = tmp_path / "trang.txt"
    p.write_bytes(b" \n\t\r\n   \n")
    _expect(p, "empty")


def test_random_binary(tmp_path):
    p = tmp_path / "rac.bin"
    p.write_bytes(random.Random(5).randbytes(20_000))
    _expect(p, "binary")


def test_docx_that_is_not_a_zip(tmp_path):
    p = tmp_path / "baocao.docx"
    p.write_bytes(random.Random(7).randbytes(5_000))
    _expect(p, "corrupt")


def test_truncated_docx(tmp_path):
    full = build_docx_from_text(SMALL_REPORT, tmp_path / "full.docx").read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(full[: len(full) // 2])
    _expect(p, "corrupt")


def test_zip_bomb_by_ratio(tmp_path):
    p = tmp_path / "bom.docx"
    doc = (f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>a</w:t></w:r></w:p>'
           + " " * 40_000_000 + "</w:body></w:document>").encode()
    write_package(p, doc)
    assert p.stat().st_size < 200_000  # small on disk …
    err = _expect(p, "zip_bomb")  # … but expands far past the limit
    assert "document.xml" in err.detail


def test_zip_bomb_by_entry_count(tmp_path):
    p = tmp_path / "nhieu.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
        for i in range(6_000):
            zf.writestr(f"word/media/{i}.bin", b"")
    _expect(p, "zip_bomb")


def test_billion_laughs_document_xml(tmp_path):
    p = tmp_path / "cuoi.docx"
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    doc = (f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><w:document xmlns:w="{W_NS}"><w:body>'
           "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>").encode()
    write_package(p, doc)
    _expect(p, "xml_entities")


def test_external_entity_in_styles(tmp_path):
    p = tmp_path / "ngoai.docx"
    doc = (f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>'
           "</w:body></w:document>").encode()
    styles = (f'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
              f'<w:styles xmlns:w="{W_NS}"><w:style w:styleId="a"><w:name w:val="&x;"/></w:style></w:styles>').encode()
    write_package(p, doc, styles=styles)
    _expect(p, "xml_entities")


def test_file_over_max_bytes(tmp_path):
    p = tmp_path / "lon.txt"
    p.write_text("Báo cáo kết quả công tác năm 2023. " * 100, encoding="utf-8")
    _expect(p, "too_large", max_bytes=1_000)
    assert read_source(p, max_bytes=None).text.startswith("Báo cáo kết quả công tác năm 2023.")


def test_txt_that_is_really_a_pdf(tmp_path):
    p = tmp_path / "baocao.txt"
    p.write_bytes(_pdf_bytes())
    st = read_source(p)
    assert st.format == "pdf"
    assert st.text.split("\n")[0] == "Bao cao ket qua cong tac nam 2023 cua xa Ba Vi"
    assert "đuôi .txt" in st.notes[0]


def test_docx_named_txt_and_doc(tmp_path):
    data = build_docx_from_text(SMALL_REPORT, tmp_path / "a.docx").read_bytes()
    for name in ("baocao.txt", "baocao.doc"):
        p = tmp_path / name
        p.write_bytes(data)
        st = read_source(p)
        assert st.format == "docx"
        assert "I. TÌNH HÌNH" in st.text.split("\n")


def test_docx_that_is_really_text(tmp_path):
    p = tmp_path / "baocao.docx"
    p.write_text(SMALL_REPORT, encoding="utf-8")
    st = read_source(p)
    assert st.format == "txt"
    assert st.text.split("\n")[:3] == ["Số: 12/BC-UBND", "Ba Vì, ngày 03 tháng 11 năm 2023", "BÁO CÁO"]


def test_missing_path(tmp_path):
    _expect(tmp_path / "khong-co.docx", "not_found")


def test_directory_passed_as_file(tmp_path):
    d = tmp_path / "thu-muc.docx"
    d.mkdir()
    err = _expect(d, "unreadable")
    assert "thư mục" in err.message("vi") and "directory" in err.message("en")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_unreadable_file(tmp_path):
    p = tmp_path / "khoa.txt"
    p.write_text("Nội dung.", encoding="utf-8")
    p.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads anything: the file must simply load
            assert read_source(p).text == "Nội dung."
        else:
            _expect(p, "unreadable")
    finally:
        p.chmod(0o644)


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "matkhau.pdf"
    p.write_bytes(_pdf_bytes(user_password="bimat", owner_password="chu", algorithm="RC4-128"))
    _expect(p, "encrypted")


def test_pdf_with_owner_password_only_opens(tmp_path):
    # an empty user password: readable without asking anyone
    p = tmp_path / "chu.pdf"
    p.write_bytes(_pdf_bytes(user_password="", owner_password="chu", algorithm="RC4-128"))
    assert read_source(p).text.startswith("Bao cao ket qua")


def test_ole_encrypted_docx(tmp_path):
    p = tmp_path / "matkhau.docx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1016
                  + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
                  + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2000)
    _expect(p, "encrypted")


def test_broken_pdf(tmp_path):
    p = tmp_path / "hong.pdf"
    p.write_bytes(b"%PDF-1.7\n" + random.Random(3).randbytes(3_000))
    err = _expect(p, "corrupt")
    assert err.code == "corrupt"


# --- pathological text (issue 17): the linear-time check itself is tests/test_linear.py --------------------

def test_lone_surrogates_parse_and_lint():
    import vanban

    text = SMALL_REPORT + "Xã\ud800 Vân\udfff Hòa có 12 hộ.\n"
    doc = vanban.parse(text)  # the quality check encoded the text to UTF-8 and raised
    assert doc.header.number == "12"
    vanban.lint(doc)


def test_dateline_with_blank_fillers_and_blank_runs():
    import vanban
    from vanban.segment.header import DATELINE_RE

    doc = vanban.parse("Số: 12/BC-UBND\nBa Vì, ngày ….. tháng …… năm 2024\nBÁO CÁO\nNội dung.\n")
    assert doc.header.place == "Ba Vì" and doc.header.date_valid is None
    doc = vanban.parse("Số: 12/BC-UBND\nBa Vì, ngày  05  tháng\n03 năm 2024\nBÁO CÁO\nNội dung.\n")
    assert doc.header.date == datetime.date(2024, 3, 5)
    # thousands of blanks after "ngày": no date line, and no backtracking through every split of the blanks
    assert DATELINE_RE.search("Hà Nội, ngày" + " " * 12_000) is None
    assert vanban.parse("Hà Nội, ngày" + " " * 12_000).header.dateline is None


def test_stars_on_a_long_line_are_removed_and_a_star_line_is_kept():
    from vanban.normalize import Normalized

    n = Normalized("a * b " * 3 + "\n*\nc **d**")
    assert n.text == "a  b a  b a  b \n*\nc d"


def test_spelled_counts_count_against_the_quantities_limit():
    import vanban
    from vanban.limits import Limits

    line = "Thôn Đông có một trăm hai mươi hộ, thôn Tây có chín mươi lăm hộ, thôn Nam có sáu mươi hai người.\n"
    doc = vanban.parse(SMALL_REPORT + line * 3, limits=Limits(quantities=5))
    # spelled-out counts are quantities like the figures: the sixth one in the text is over the limit
    assert doc.truncated is not None and doc.truncated.kind == "quantities"
    assert [q.value for q in doc.quantities] == [120, 95, 62, 120, 95]
    assert doc.truncated.start == doc.text.index("sáu mươi hai", doc.quantities[-1].end)
    full = vanban.parse(SMALL_REPORT + line * 3)
    assert full.truncated is None and sum(q.spelled for q in full.quantities) == 9


def test_the_date_scan_stops_at_the_date_limit(monkeypatch):
    """The dates past the limit are not even matched: a megabyte of dates costs what the part before the cut
    costs, not a search and sort of every candidate of the text first."""
    import vanban
    from vanban.extract import dates
    from vanban.limits import Limits

    read = []
    candidates = dates._candidates

    def counting(text):
        read.append(0)
        for km in candidates(text):
            read[-1] += 1
            yield km

    monkeypatch.setattr(dates, "_candidates", counting)
    text = SMALL_REPORT + "Ngày 31/02/2023 và ngày 05 tháng 13 năm 2023 chưa đúng; " * 2_000
    doc = vanban.parse(text, limits=Limits(dates=20))
    assert doc.truncated is not None and doc.truncated.kind == "dates" and len(doc.dates) == 20
    assert max(read) < 100  # of the 8 000 candidates of the text, the ones up to the cut


def test_quote_marks_that_quote_nothing_make_no_region():
    import vanban

    body = ('Xã phát động phong trào “Chung sức xây dựng nông thôn mới” ("" là ô để trống), '
            'thôn đạt danh hiệu "Thôn văn hóa".\n')
    doc = vanban.parse(SMALL_REPORT + body)
    quotes = [doc.text[r.start:r.end] for r in doc.facts.regions if r.kind == "quote"]
    assert quotes == ["“Chung sức xây dựng nông thôn mới”", '"Thôn văn hóa"']
    # the empty pair still pairs its own marks: the quotation after it is read as one
    assert doc.facts.in_quote(doc.text.index("Thôn văn hóa"))
    # a stray mark (a blank line before the next one) opens nothing; the next mark opens instead
    doc = vanban.parse(SMALL_REPORT + 'Mở ngoặc " lạc.\n\nDanh hiệu "Gia đình văn hóa" năm 2024.\n')
    assert [doc.text[r.start:r.end] for r in doc.facts.regions if r.kind == "quote"] == ['"Gia đình văn hóa"']
    # a megabyte of marks: no region at all, instead of one every three characters
    doc = vanban.parse(SMALL_REPORT + '"“”\'‘’«» ' * 3_000)
    assert not [r for r in doc.facts.regions if r.kind == "quote"]


def test_citation_limit_cuts_in_text_order_in_two_passes(monkeypatch):
    """Numbered citations and laws cited by name alternate: the first pass stops at the first citation over the
    limit among both, so the second pass reads exactly the part kept (three passes before: the second one read
    up to the 21st numbered citation, with 40 citations in it)."""
    import vanban
    from vanban import pipeline
    from vanban.limits import Limits

    passes = []
    build = pipeline._build

    def counting(*args, **kwargs):
        passes.append(len(args[0]))
        return build(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_build", counting)
    line = "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ; Luật Quản lý thuế;\n"
    doc = vanban.parse(SMALL_REPORT + line * 40, limits=Limits(citations=20))
    assert doc.truncated is not None and doc.truncated.kind == "citations"
    assert len(doc.citations) == 20 and len(passes) == 2
    assert doc.truncated.line == SMALL_REPORT.count("\n") + 11  # the 21st citation: line 11's Nghị định


def test_digits_python_cannot_read_are_no_numbers():
    """Found by the long fuzz run: the `regex` module reads U+11DE0 as a digit (its Unicode tables are newer than
    Python's) and int() refused it: "năm \\U00011de0015" crashed the citation date reader. Such digits are U+FFFD
    in the normalized and the facts' view; the document keeps the text as given."""
    import vanban

    odd = "\U00011de0"  # (a later Python that knows it reads it as 0: the text must still parse and lint)
    text = (f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm {odd}015;\n"
            f"Xã có {odd}12 hộ, trong đó: hộ nghèo 5 hộ, ngày 12/3/{odd}024.\n"
            f"STT\tTên\tSố hộ\n1\tThôn A\t{odd}3\nTổng số {odd}5 người.\n")
    doc = vanban.parse(text)
    assert doc.text == text
    for lang in ("vi", "en"):
        for f in vanban.lint(doc, lang=lang):
            assert text[f.start:f.end] == f.text
    # other scripts' digits that Python reads are still numbers
    assert [q.value for q in vanban.parse("có ١٢ hộ nghèo").quantities] == [12]
