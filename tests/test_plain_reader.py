"""Plain-text reader: encodings found from the bytes, legacy conversion, errors, and convert_file."""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from vanban.errors import ReadError
from vanban.read import legacy
from vanban.read.plain import ConvertError, PlainText, convert_file, decode_text, read_text_file

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"

SAMPLE = (
    "ỦY BAN NHÂN DÂN\nXÃ BA VÌ\n\nBÁO CÁO\nCông tác thi đua, khen thưởng năm 2023\n"
    "Thực hiện Công văn số 2329/UBND ngày 16/10/2023 của Ủy ban nhân dân huyện về việc báo cáo.\n"
    "Đảng ủy, chính quyền và các đoàn thể đã tổ chức phát động phong trào thi đua yêu nước.\n"
)


def _write(tmp_path: Path, data: bytes, name: str = "in.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _read(tmp_path: Path, data: bytes, **kw) -> PlainText:
    return read_text_file(_write(tmp_path, data), **kw)


# --- Unicode ---------------------------------------------------------------------------------------------

def test_utf8(tmp_path):
    r = _read(tmp_path, SAMPLE.encode("utf-8"))
    assert (r.text, r.encoding, r.notes) == (SAMPLE, "utf-8", [])


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"), ("utf-16-be", None), ("utf-32", "utf-32-le")],
)
def test_byte_order_marks(tmp_path, codec, expected):
    data = SAMPLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
        expected = "utf-16-be"
    r = _read(tmp_path, data)
    assert r.text == SAMPLE  # BOM removed
    assert r.encoding == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    r = _read(tmp_path, SAMPLE.encode(codec))
    assert r.text == SAMPLE
    assert r.encoding == codec
    assert r.notes == ["tệp UTF-16 không có BOM"]


def test_crlf_and_nfd_are_kept_with_a_note(tmp_path):
    text = unicodedata.normalize("NFD", "Việt Nam\r\nHà Nội\r\n")
    r = _read(tmp_path, text.encode("utf-8"))
    assert r.text == text
    assert r.notes == ["văn bản dùng dấu tổ hợp (không ở dạng NFC)"]


def test_a_few_bad_bytes_after_bom_become_replacement_characters_with_a_note(tmp_path):
    r = _read(tmp_path, b"\xef\xbb\xbfVi\xe1\xbb t Nam, x\xc3\xa3 T\xc3\xa2n L\xe1\xba\xadp")
    assert r.text == "Vi\ufffd t Nam, xã Tân Lập"
    assert len(r.notes) == 1 and r.notes[0].startswith("1 chỗ byte lỗi") and "byte 5" in r.notes[0]


def test_many_bad_bytes_after_bom_are_refused(tmp_path):
    with pytest.raises(ReadError) as ei:
        _read(tmp_path, b"\xef\xbb\xbf" + b"Vi\xe1\xbb t \xff\xfe Nam \xc3 " * 20)
    assert ei.value.code == "encoding"


def test_read_source_never_returns_surrogates(tmp_path, monkeypatch):
    """Whatever a reader gives back, read_source replaces lone surrogates (one for one) and counts them."""
    from vanban.read import dispatch

    p = tmp_path / "bao_cao.txt"
    p.write_text("Báo cáo\nxã Tân Lập\n", encoding="utf-8")
    real = dispatch._read_plain

    def with_surrogates(*args):
        st = real(*args)
        st.text = st.text.replace("Tân", "T\udce2n")
        return st

    monkeypatch.setattr(dispatch, "_read_plain", with_surrogates)
    st = dispatch.read_source(p)
    assert st.text == "Báo cáo\nxã T\ufffdn Lập\n"
    assert any(n.startswith("đã thay 1 ký tự không hợp lệ") for n in st.notes)
    st.text.encode("utf-8")


def test_clean_text_keeps_offsets():
    from vanban.read.base import clean_text

    text = "Số: 12/BC-UBND \udcff ngày 03 \ud83d\ude00 tháng 11"
    out, notes = clean_text(text)
    assert len(out) == len(text) and out.index("tháng") == text.index("tháng")
    assert out.count("\ufffd") == 3 and "3" in notes[0]
    assert clean_text("Báo cáo") == ("Báo cáo", [])


# --- 8-bit encodings -------------------------------------------------------------------------------------

def test_cp1258_is_normalised_to_nfc(tmp_path):
    data = legacy.encode_bytes(SAMPLE, "cp1258", errors="strict")
    assert b"\xf2" in data  # a combining dot below, as Windows-1258 writes it
    r = _read(tmp_path, data)
    assert r.encoding == "cp1258"
    assert r.text == SAMPLE
    assert unicodedata.is_normalized("NFC", r.text)
    assert r.notes[0].startswith("bảng mã Windows-1258")


@pytest.mark.parametrize("encoding", ["vni", "viscii"])
def test_legacy_files(tmp_path, encoding):
    r = _read(tmp_path, legacy.encode_bytes(SAMPLE, encoding, errors="strict"))
    assert r.encoding == encoding
    assert r.text == SAMPLE
    assert "đã chuyển sang Unicode" in r.notes[0]


def test_tcvn3_file_with_vntimeh_headings(tmp_path):
    # toned capitals have no TCVN3 code point: headings were typed in .VnTimeH at lower-case code points
    data = legacy.encode_bytes(SAMPLE, "tcvn3")
    assert data.startswith(b"\xf1Y BAN NH\xa2N D\xa2N\nX\xb7 BA V\xd7\n\nB\xb8O C\xb8O\n")
    r = _read(tmp_path, data)
    assert r.encoding == "tcvn3"
    lines = r.text.splitlines()
    assert lines[:5] == ["ỦY BAN NHÂN DÂN", "XÃ BA VÌ", "", "BÁO CÁO", "Công tác thi đua, khen thưởng năm 2023"]
    # a toned capital starting a normal-case word is written with the lower-case code; where the capital is due
    # (here the fixed name "Ủy ban nhân dân") it is restored
    assert "của Ủy ban nhân dân huyện" in r.text
    assert r.text.lower() == SAMPLE.lower()


def test_classic_tcvn3_sample(tmp_path):
    data = "Uû ban nh©n d©n tØnh\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n".encode("cp1252")
    r = _read(tmp_path, data)
    assert r.encoding == "tcvn3"
    assert r.text == "Uỷ ban nhân dân tỉnh\nCộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_seed_in_every_encoding(tmp_path, encoding):
    if not SEED.is_file():
        pytest.skip("shared seed not available")
    seed = SEED.read_text(encoding="utf-8")
    r = _read(tmp_path, legacy.encode_bytes(seed, encoding))
    assert r.encoding == encoding
    if encoding == "viscii":  # no en dash or curly quotes in VISCII
        seed = seed.translate(str.maketrans({"–": "-", "“": '"', "”": '"'}))
    assert r.text == seed


def test_utf8_file_holding_legacy_glyphs(tmp_path):
    glyphs = legacy.from_unicode(SAMPLE, "vni")
    r = _read(tmp_path, glyphs.encode("utf-8"))
    assert r.encoding == "vni"
    assert r.text == SAMPLE
    assert r.notes[0].startswith("tệp UTF-8 chứa chữ gõ bằng bảng mã VNI-Windows")


def test_double_encoded_utf8_is_repaired(tmp_path):
    mojibake = legacy.bytes_to_glyphs(SAMPLE.encode("utf-8"))
    assert "Viá»‡c" in mojibake.replace("viá»‡c", "Viá»‡c")
    r = _read(tmp_path, mojibake.encode("utf-8"))
    assert r.text == SAMPLE
    assert r.encoding == "utf-8"
    assert "mã hoá hai lần" in r.notes[0]


def test_unknown_8bit_falls_back_to_cp1252(tmp_path):
    r = _read(tmp_path, "Café crème – naïve façade".encode("cp1252"))
    assert r.text == "Café crème – naïve façade"
    assert r.encoding == "cp1252"
    assert "Windows-1252" in r.notes[0]


def test_english_utf8_is_untouched(tmp_path):
    text = "Résumé: “quoted” text – © 2023, naïve café.\n"
    r = _read(tmp_path, text.encode("utf-8"))
    assert (r.text, r.encoding, r.notes) == (text, "utf-8", [])


# --- errors ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \r\n\t\n", b"\xef\xbb\xbf  \n", "  \n".encode("utf-16")])
def test_empty(tmp_path, data):
    with pytest.raises(ReadError) as ei:
        _read(tmp_path, data)
    assert ei.value.code == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 4,
        b"abc\x01\x02\x03\x04def\x05\x06\x07\x08ghi\x0e\x0f\x10\x11",
        "Việt Nam\x00\x00\x00 xin chào".encode("utf-8"),
    ],
)
def test_binary(tmp_path, data):
    with pytest.raises(ReadError) as ei:
        _read(tmp_path, data)
    assert ei.value.code == "binary"


def test_too_large(tmp_path):
    p = _write(tmp_path, b"x" * 101)
    with pytest.raises(ReadError) as ei:
        read_text_file(p, max_bytes=100)
    assert ei.value.code == "too_large"
    assert read_text_file(p, max_bytes=None).text == "x" * 101
    assert read_text_file(p, max_bytes=101).text == "x" * 101


def test_not_found_and_directory(tmp_path):
    with pytest.raises(ReadError) as ei:
        read_text_file(tmp_path / "missing.txt")
    assert ei.value.code == "not_found"
    with pytest.raises(ReadError) as ei:
        read_text_file(tmp_path)
    assert ei.value.code == "unreadable"


def test_error_messages_are_vietnamese_by_default(tmp_path):
    with pytest.raises(ReadError) as ei:
        _read(tmp_path, b"")
    assert ei.value.message() == f"{tmp_path / 'in.txt'}: tệp rỗng, không có nội dung văn bản"
    assert ei.value.message("en").endswith("the file is empty: no text")


def test_input_file_is_not_modified(tmp_path):
    data = legacy.encode_bytes(SAMPLE, "tcvn3")
    p = _write(tmp_path, data)
    os.utime(p, (1_000_000_000, 1_000_000_000))
    read_text_file(p)
    assert p.read_bytes() == data
    assert p.stat().st_mtime == 1_000_000_000


def test_decode_text_directly():
    r = decode_text("Hà Nội".encode("utf-8"))
    assert (r.text, r.encoding) == ("Hà Nội", "utf-8")
    with pytest.raises(ReadError) as ei:
        decode_text(b"\x00\x01\x02\x03\x04\x05", path="x.txt")
    assert ei.value.code == "binary" and ei.value.path == "x.txt"


# --- convert_file ----------------------------------------------------------------------------------------

def test_convert_tcvn3_to_utf8(tmp_path):
    src = _write(tmp_path, legacy.encode_bytes(SAMPLE, "tcvn3"), "old.txt")
    before = src.read_bytes()
    dst = tmp_path / "new.txt"
    res = convert_file(src, dst)
    assert res.encoding == "tcvn3"
    assert dst.read_bytes().decode("utf-8") == res.text
    assert res.text.splitlines()[3] == "BÁO CÁO"
    assert src.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_convert_explicit_source_and_legacy_target(tmp_path):
    src = _write(tmp_path, SAMPLE.encode("utf-8"), "u.txt")
    vni = tmp_path / "v.txt"
    res = convert_file(src, vni, "utf-8", "vni")
    assert res.notes == []
    assert vni.read_bytes() == legacy.encode_bytes(SAMPLE, "vni")
    back = tmp_path / "back.txt"
    convert_file(vni, back, "VNI-Windows", "utf-8")
    assert back.read_text(encoding="utf-8") == SAMPLE


def test_convert_to_viscii_replaces_or_refuses(tmp_path):
    src = _write(tmp_path, "Hà Nội – “Thủ đô”".encode("utf-8"), "u.txt")
    dst = tmp_path / "v.txt"
    res = convert_file(src, dst, to_enc="viscii")
    assert legacy.decode_bytes(dst.read_bytes(), "viscii") == 'Hà Nội - "Thủ đô"'
    assert res.notes == ["một số ký tự không có trong bảng mã VISCII đã được thay thế"]
    with pytest.raises(ConvertError) as ei:
        convert_file(src, tmp_path / "w.txt", to_enc="viscii", errors="strict")
    assert ei.value.code == "unencodable"
    assert not (tmp_path / "w.txt").exists()


def test_convert_refuses_to_overwrite_source(tmp_path):
    data = legacy.encode_bytes(SAMPLE, "vni")
    src = _write(tmp_path, data, "a.txt")
    (tmp_path / "sub").mkdir()
    for dst in (src, tmp_path / "sub" / ".." / "a.txt", Path(os.path.relpath(src))):
        with pytest.raises(ConvertError) as ei:
            convert_file(src, dst)
        assert ei.value.code == "same_file"
        assert "không ghi đè tệp nguồn" in ei.value.message()
    link = tmp_path / "hard.txt"
    os.link(src, link)
    with pytest.raises(ConvertError):
        convert_file(src, link)
    assert src.read_bytes() == data


def test_convert_unknown_encoding(tmp_path):
    src = _write(tmp_path, b"abc", "a.txt")
    with pytest.raises(ConvertError) as ei:
        convert_file(src, tmp_path / "b.txt", to_enc="koi8-x")
    assert ei.value.code == "unknown_encoding"
    with pytest.raises(ConvertError):
        convert_file(src, tmp_path / "b.txt", from_enc="ebcdic-vn")


def test_line_anchors_are_a_compact_sequence_of_the_same_anchors():
    """Plain text and HTML keep one 8-byte line start per line, not one object (a 45 MB text has 750 000)."""
    from vanban.read.base import Anchor, SourceText, line_anchors

    text = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nBÁO CÁO"
    la = line_anchors(text)
    assert list(la) == [Anchor(0, line=1), Anchor(16, line=2), Anchor(27, line=3), Anchor(28, line=4)]
    assert la == list(la) and la[-1] == Anchor(28, line=4) and la[1:3] == [Anchor(16, line=2), Anchor(27, line=3)]
    st = SourceText(text=text, format="txt", anchors=la)
    assert st.locate(text.index("BÁO")).line == 4 and st.locate(text.index("TÂN")).line == 2
    assert la.offsets.itemsize == 8
