"""Legacy .doc: the converter error path always; real conversions when soffice/antiword is installed."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from vanban.errors import ReadError
from vanban.read import doc as doc_mod
from vanban.read.dispatch import read_source

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
ORIGINALS = SHARED / "corpus" / "real" / "originals"
HAVE_CONVERTER = doc_mod.find_converter() is not None

#: A minimal OLE compound-file header plus the UTF-16 name of the WordDocument stream: enough for the
#: sniffer to call it a .doc; no converter can read it.
FAKE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 512


def test_without_converter_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_mod.shutil, "which", lambda name: None)
    path = tmp_path / "baocao.doc"
    path.write_bytes(FAKE_DOC)
    with pytest.raises(ReadError) as exc:
        read_source(path)
    assert exc.value.code == "needs_converter"
    vi, en = exc.value.message("vi"), exc.value.message("en")
    assert str(path) in vi and str(path) in en
    assert "antiword" in vi and "LibreOffice" in en


def test_antiword_output_tables_split_into_lines():
    raw = (
        "\n|ỦY BAN NHÂN DÂN          |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   |\n"
        "|XÃ BA VÌ                 |Độc lập - Tự do - Hạnh phúc          |\n"
        "|Số: 12/BC-UBND           |   Ba Vì, ngày 03 tháng 11 năm 2023  |\n"
        "\nBÁO CÁO\n      I. TÌNH HÌNH\n"
        "|TT |Nội dung |Số lượng |\n|1  |Khen      |3        |\n"
        "|Nơi nhận:               |TM. ỦY BAN NHÂN DÂN |\n|- UBND huyện;           |CHỦ TỊCH            |\n"
        "|- Lưu: VT.              |                    |\n|                        |Lê Hữu Trinh        |\n"
    )
    st = doc_mod.antiword_to_source(raw)
    assert st.text.split("\n") == [
        "", "ỦY BAN NHÂN DÂN", "XÃ BA VÌ", "Số: 12/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Ba Vì, ngày 03 tháng 11 năm 2023", "", "BÁO CÁO", "I. TÌNH HÌNH",
        "TT", "Nội dung", "Số lượng", "1", "Khen", "3",
        "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Hữu Trinh",
    ]
    assert st.text[slice(*st.regions["header_left"])] == "ỦY BAN NHÂN DÂN\nXÃ BA VÌ\nSố: 12/BC-UBND"
    assert st.text[slice(*st.regions["recipients"])] == "Nơi nhận:\n- UBND huyện;\n- Lưu: VT."
    assert st.text[slice(*st.regions["signature"])] == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Hữu Trinh"


DOC_CHARS = {
    "0006": 68109, "0008": 34196, "0013": 38283, "0027": 4543, "0033": 1255, "0043": 1611, "0044": 8475,
    "0049": 2550, "0082": 25409, "0083": 15433, "0084": 57883, "0085": 46995,
}


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("vanban-doc-*")}


@pytest.mark.skipif(not HAVE_CONVERTER, reason="no soffice/antiword installed")
@pytest.mark.skipif(not ORIGINALS.exists(), reason="shared originals not available")
def test_all_doc_originals_load_and_leave_no_temp_files():
    before = _leftovers()
    found = {p.stem for p in ORIGINALS.glob("*.doc")}
    assert found == set(DOC_CHARS)
    via_antiword = doc_mod.find_converter()[0] == "antiword"
    for name, chars in DOC_CHARS.items():
        st = read_source(ORIGINALS / f"{name}.doc")
        assert st.format == "doc"
        assert "Việt Nam" in st.text or "VIỆT NAM" in st.text
        if via_antiword:  # counts recorded with antiword 0.37; LibreOffice renders numbering too
            assert abs(len(st.text) - chars) <= 0.05 * chars, (name, len(st.text))
    assert _leftovers() == before


@pytest.mark.skipif(not HAVE_CONVERTER, reason="no soffice/antiword installed")
@pytest.mark.skipif(not ORIGINALS.exists(), reason="shared originals not available")
def test_real_doc_header_columns_0006():
    st = read_source(ORIGINALS / "0006.doc")
    assert st.text[slice(*st.regions["header_left"])].split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]
    assert st.text[slice(*st.regions["header_right"])].split("\n")[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.mark.skipif(not HAVE_CONVERTER, reason="no soffice/antiword installed")
def test_broken_doc_is_corrupt(tmp_path):
    path = tmp_path / "hong.doc"
    path.write_bytes(FAKE_DOC)
    with pytest.raises(ReadError) as exc:
        read_source(path)
    assert exc.value.code == "corrupt"
    assert path.read_bytes() == FAKE_DOC


def test_antiword_errors_name_the_users_file_not_a_temporary_copy(tmp_path, monkeypatch):
    """A corrupt .doc's message must not carry antiword's random temporary path (it changes on every run)."""
    import subprocess

    from vanban.errors import ReadError
    from vanban.read import doc as docmod

    def fake_run(args, **kw):
        return subprocess.CompletedProcess(args, 1, b"", f"{args[-1]} is not a Word Document.".encode())

    monkeypatch.setattr(docmod.subprocess, "run", fake_run)
    bad = tmp_path / "bao_cao.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    try:
        docmod._via_antiword(bad, bad.read_bytes(), "antiword")
    except ReadError as exc:
        msg = str(exc)
    assert "bao_cao.doc is not a Word Document" in msg and "vanban-doc-" not in msg
