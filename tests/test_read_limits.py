"""Memory bounds of the readers: small versions of the hostile files of ``bench/bench_memory.py``.

Each hostile file is refused with one clear ReadError naming the file and the problem (never a traceback),
and a part or page past a limit is refused before anything inflates it whole. The limits are lowered with
monkeypatch so the files stay small and the tests fast.
"""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers_docs import W_NS, one_page_pdf, write_package  # noqa: E402

from vanban.errors import ReadError  # noqa: E402
from vanban.read import docx as docx_mod  # noqa: E402
from vanban.read import pdf as pdf_mod  # noqa: E402
from vanban.read.dispatch import read_source  # noqa: E402

HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
TAIL = "</w:body></w:document>"


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _refused(path: Path, code: str) -> ReadError:
    with pytest.raises(ReadError) as exc:
        read_source(path)
    err = exc.value
    assert err.code == code, (err.code, err.detail)
    for lang in ("vi", "en"):
        msg = err.message(lang)
        assert msg.startswith(str(path)) and "Traceback" not in msg
    return err


# --- .docx ------------------------------------------------------------------------------------------------


def test_real_sized_limit_is_about_ten_times_the_largest_real_part():
    assert 12_000_000 <= docx_mod.MAX_PART <= 14_000_000


def test_docx_part_past_the_limit_is_refused_naming_the_part(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_mod, "MAX_PART", 200_000)
    body = "".join(_para(f"Thôn Đồng Tâm {i}: hoàn thành kế hoạch giao thông nông thôn năm 2024.") for i in range(4000))
    p = write_package(tmp_path / "lon.docx", (HEAD + body + TAIL).encode())
    err = _refused(p, "zip_bomb")
    assert "word/document.xml" in err.detail
    assert "MB" in err.message("vi") and "limit for one XML part" in err.message("en")


def test_docx_one_huge_paragraph_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_mod, "MAX_PART", 300_000)
    words = " ".join(f"xã Tân Lập {i}" for i in range(40_000))
    p = write_package(tmp_path / "mot-doan.docx", (HEAD + _para(words) + TAIL).encode())
    err = _refused(p, "zip_bomb")
    assert "word/document.xml" in err.detail


def test_docx_stream_is_counted_even_when_the_declared_size_is_small(tmp_path, monkeypatch):
    """The declared size is checked first; the streamed bytes are counted as well (a lying header)."""
    body = "".join(_para(f"Đoạn {i} của báo cáo tổng kết.") for i in range(3000))
    p = write_package(tmp_path / "doi.docx", (HEAD + body + TAIL).encode())
    real_info = docx_mod._Package._info

    def lying_info(self, name):  # the declared size passes; the bytes read then count against 50 000
        monkeypatch.setattr(docx_mod, "MAX_PART", 10**9)
        real, info = real_info(self, name)
        if real == "word/document.xml":
            monkeypatch.setattr(docx_mod, "MAX_PART", 50_000)
        return real, info

    monkeypatch.setattr(docx_mod._Package, "_info", lying_info)
    err = _refused(p, "zip_bomb")
    assert "word/document.xml" in err.detail and "hơn" in err.message("vi")


def test_docx_body_is_streamed_block_by_block(tmp_path, monkeypatch):
    """Blocks already rendered are dropped from the tree: memory follows one block, not the part."""
    monkeypatch.setattr(docx_mod, "STREAM_ABOVE", 0)
    body = "".join(_para(f"Nội dung đoạn {i}.") for i in range(50))
    p = write_package(tmp_path / "dong.docx", (HEAD + body + TAIL).encode())
    pkg = docx_mod._Package(p, p.read_bytes())
    reader = docx_mod._DocxReader(pkg, p)
    seen = []
    for blk in reader._body_blocks():
        seen.append(blk)
        # the blocks before it are gone but the last, cleared one (the parser may read ahead: those follow it)
        assert blk.getparent().index(blk) <= 1
    assert len(seen) == 50
    assert all(len(b) == 0 for b in seen[:-1])  # cleared once rendered


def test_streamed_and_whole_parse_read_the_same(tmp_path, monkeypatch):
    from helpers_docs import build_docx_from_text

    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 15/BC-UBND\nTân Lập, ngày 05 tháng 12 năm 2024\n\nBÁO CÁO\n"
            "Kết quả thực hiện nhiệm vụ năm 2024\n\nI. TÌNH HÌNH CHUNG\n1. Kinh tế\nNội dung tăng trưởng khá.\n"
            "II. NHIỆM VỤ NĂM 2025\nTiếp tục thực hiện.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n")
    p = build_docx_from_text(text, tmp_path / "bc.docx")
    whole = read_source(p)
    monkeypatch.setattr(docx_mod, "STREAM_ABOVE", 0)
    streamed = read_source(p)
    assert "header_left" in whole.regions and "signature" in whole.regions
    assert (streamed.text, streamed.anchors, streamed.regions) == (whole.text, whole.anchors, whole.regions)


def test_doctype_cut_by_a_chunk_boundary_is_still_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_mod, "STREAM_ABOVE", 0)
    pad = " " * (65_536 - len('<?xml version="1.0"?>') - 4)
    doc = (f'<?xml version="1.0"?>{pad}<!DOCTYPE d [<!ENTITY e "x">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body>{_para("&e;")}</w:body></w:document>').encode()
    assert doc.index(b"<!DOCTYPE") < 65_536 < doc.index(b"<!DOCTYPE") + 9
    p = write_package(tmp_path / "cat.docx", doc)
    _refused(p, "xml_entities")


def test_strict_namespace_cut_by_a_chunk_boundary_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_mod, "STREAM_ABOVE", 0)
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    first = f'<?xml version="1.0"?><w:document xmlns:w="{strict}"><w:body>'
    filler = _para("Mở đầu.") * ((65_536 - len(first)) // len(_para("Mở đầu.")))
    gap = 65_536 - 40 - len(first) - len(filler)  # the next namespace declaration straddles 64 KiB
    tail = (f'<w:p xmlns:w="{strict}"><w:r><w:t>{"x" * gap}</w:t></w:r></w:p>'
            f'<w:p xmlns:w="{strict}"><w:r><w:t>Kết luận của báo cáo.</w:t></w:r></w:p></w:body></w:document>')
    p = write_package(tmp_path / "strict.docx", (first + filler + tail).encode())
    st = read_source(p)
    assert st.text.splitlines()[0] == "Mở đầu." and st.text.rstrip().endswith("Kết luận của báo cáo.")


# --- PDF --------------------------------------------------------------------------------------------------


def _pdf(content: bytes, *, compressed: bool = True) -> bytes:
    """A one-page PDF whose content stream is ``content`` (FlateDecode when ``compressed``)."""
    return one_page_pdf(zlib.compress(content, 9) if compressed else content, flate=compressed)


TEXT_LINES = b"".join(b"BT /F1 11 Tf 60 %d Td (Bao cao ket qua thuc hien nhiem vu nam 2024 cua xa Tan Lap) Tj ET\n"
                      % (780 - 16 * i) for i in range(12))


@pytest.mark.parametrize("backend", ["pdfium", "pypdf"])
def test_pdf_flate_bomb_is_refused_before_any_backend_inflates_it(tmp_path, monkeypatch, backend):
    monkeypatch.setattr(pdf_mod, "MAX_PAGE_INFLATED", 1_000_000)
    monkeypatch.setattr(pdf_mod, "BACKEND", backend)
    p = tmp_path / "bom.pdf"
    p.write_bytes(_pdf(TEXT_LINES + b" " * 3_000_000))
    assert p.stat().st_size < 20_000
    err = _refused(p, "zip_bomb")
    assert "trang 1" in err.message("vi") and "page 1" in err.message("en")


def test_pdf_under_the_page_budget_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_mod, "MAX_PAGE_INFLATED", 1_000_000)
    p = tmp_path / "thuong.pdf"
    p.write_bytes(_pdf(TEXT_LINES + b" " * 500_000))
    assert "Bao cao ket qua" in read_source(p).text


def test_pdf_bomb_found_by_the_raw_scan_when_pypdf_cannot_walk_the_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_mod, "MAX_PAGE_INFLATED", 1_000_000)
    data = _pdf(TEXT_LINES + b" " * 3_000_000)
    with pytest.raises(ReadError) as exc:
        pdf_mod._scan_streams(tmp_path / "x.pdf", data)
    assert exc.value.code == "zip_bomb"
    pdf_mod._scan_streams(tmp_path / "y.pdf", _pdf(TEXT_LINES))  # an ordinary PDF passes


def test_pdf_page_with_too_many_characters_is_left_out_with_a_note(tmp_path, monkeypatch):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    for i in range(8):
        pdf.cell(0, 8, f"Bao cao ket qua cong tac thang {i + 1} cua xa Tan Lap", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for i in range(40):
        pdf.cell(0, 6, "Bang so lieu " + "12,5 " * 20, new_x="LMARGIN", new_y="NEXT")
    p = tmp_path / "dai.pdf"
    p.write_bytes(bytes(pdf.output()))
    monkeypatch.setattr(pdf_mod, "MAX_PAGE_CHARS", 2_000)
    st = read_source(p)
    assert "cong tac thang 8" in st.text and "Bang so lieu" not in st.text
    assert any("trang 2" in n and "không phân tích" in n for n in st.notes)


def test_zip_mimetype_entry_is_read_only_at_its_start(tmp_path, monkeypatch):
    """Sniffing an ODF-like ZIP reads 100 bytes of "mimetype", never the whole entry (it may be a bomb)."""
    import zipfile

    p = tmp_path / "van_ban.odt"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text" + " " * 3_000_000)
    real_read = zipfile.ZipFile.read

    def no_whole_mimetype(self, name, *args, **kwargs):
        assert name != "mimetype", "the whole mimetype entry was inflated"
        return real_read(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "read", no_whole_mimetype)
    err = _refused(p, "unsupported")
    assert "opendocument" in err.detail
