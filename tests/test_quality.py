"""Text that does not read as Vietnamese: measured once, reported once by VB002, and the other rules stand down."""
from hypothesis import given, settings
from hypothesis import strategies as st

import vanban
from vanban.model import Document
from vanban.quality import MIN_LEGACY_WORDS, MIN_WORDS, measure

# the shape of a broken OCR layer of a signed, scanned decision (our own words, the real layer's kind of damage)
GARBLED = (
    "UY BAN NHAN DAN\nTINH LAM DONG\n\ncgNG HoA x.A. Hor cHU NGHIA vrpr NAM\nDQc l$p - Tq do - H4nh phric\n\n"
    "so:/J+06teo-ueND\nLdm D6ng, ngdy )Lthdng 9 ndm 2025\n\nQUYET DINH\nVd viQc cho ph6p hqp nh6t HQi C6ng chri'ng\n"
    + "Cdn c* LuQt Tii ch*c chinh quyin dia phucrng ngdy 16 thdng 6 ndm 2025 cila Qutic h6i v€ vi€c sdp x€p.\n" * 8
    + "Di6u 1. Cho ph6p hqp nh6t HQi C6ng chimg vi6n tinh Ldm D6ng.\n"
)
UNACCENTED = (
    "UY BAN NHAN DAN XA AN PHU\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n"
    "So: 12/BC-UBND\nAn Phu, ngay 15 thang 12 nam 2023\nBAO CAO\nKet qua thuc hien nhiem vu nam 2023\n"
    + "Trong nam, xa da trien khai thuc hien cac nhiem vu phat trien kinh te xa hoi dat nhieu ket qua.\n" * 8
)
READABLE = (
    "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/BC-UBND\nAn Phú, ngày 15 tháng 12 năm 2023\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023\n"
    + "Trong năm, xã đã triển khai thực hiện các nhiệm vụ phát triển kinh tế - xã hội đạt nhiều kết quả; "
      "số ca COVID-19 và F0 giảm.\n" * 8
)


def test_garbled_ocr_layer_is_measured_and_named():
    q = measure(GARBLED)
    assert q is not None and q.verdict == "garbled"
    assert q.vietnamese < 0.2 and q.broken > 0.1 and q.words >= MIN_WORDS


def test_unaccented_typing_is_not_called_garbled():
    q = measure(UNACCENTED)
    assert q is not None and q.verdict == "no-diacritics" and q.broken == 0.0


def test_readable_vietnamese_costs_no_measurement():
    assert measure(READABLE) is None
    assert measure("") is None


def test_a_few_unaccented_words_are_no_verdict():
    q = measure("Ban chi dao\nSo 12\nKe hoach trien khai")
    assert q is not None and q.verdict is None and q.words < MIN_WORDS


def test_lint_reports_only_vb002_on_a_garbled_layer():
    doc = vanban.parse(GARBLED)
    assert doc.quality.verdict == "garbled"
    found = vanban.lint(doc)
    assert [f.code for f in found] == ["VB002"]
    f = found[0]
    assert f.severity == "error" and doc.text[f.start:f.end] == "l$p" and f.line == 5
    assert "OCR" in f.message
    en = vanban.lint(doc, lang="en")[0].message
    assert en.startswith("The text layer is broken")


def test_lint_names_unaccented_text_and_stands_the_other_rules_down():
    found = vanban.lint(UNACCENTED)
    assert [f.code for f in found] == ["VB002"]
    assert "không có dấu" in found[0].message and found[0].line == 1


def test_readable_report_has_no_vb002_and_other_rules_run():
    doc = vanban.parse(READABLE)
    assert doc.quality is None
    assert all(f.code != "VB002" for f in vanban.lint(doc))


def test_quality_round_trips_through_json():
    doc = vanban.parse(GARBLED)
    back = Document.model_validate_json(doc.model_dump_json())
    assert back.quality == doc.quality and back.quality.verdict == "garbled"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_measure_never_crashes_and_stays_in_range(text):
    q = measure(text)
    if q is not None:
        assert 0.0 <= q.vietnamese <= 1.0 and 0.0 <= q.broken <= 1.0 and q.words >= 0
        assert q.verdict is None or q.words >= (MIN_LEGACY_WORDS if q.verdict == "legacy-font" else MIN_WORDS)


def test_text_still_in_a_legacy_font_code_is_named_with_its_encoding():
    from vanban.read.legacy import from_unicode

    for enc in ("tcvn3", "vni"):
        doc = vanban.parse(from_unicode(READABLE, enc))
        assert doc.quality.verdict == "legacy-font" and doc.quality.encoding == enc
        found = vanban.lint(doc)
        assert [f.code for f in found] == ["VB002"]  # not a flood of "impossible syllables"
        assert f"vanban convert --from {enc}" in found[0].message and found[0].suggestion == f"vanban convert --from {enc}"
    # the same text read from a file is converted by the reader and checked as usual
    assert measure(READABLE) is None


def test_a_legacy_file_is_converted_when_loaded_and_not_reported(tmp_path):
    from vanban.read.legacy import from_unicode

    f = tmp_path / "bao_cao_tcvn3.txt"
    f.write_bytes(from_unicode(READABLE, "tcvn3").encode("cp1252"))
    doc = vanban.load(f)
    assert doc.quality is None and "Kết quả thực hiện nhiệm vụ năm 2023" in doc.text
    assert all(x.code != "VB002" for x in vanban.lint(doc))
