"""VB801/VB802: administrative units that do not exist or do not belong, checked against underthesea's data."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import vanban
from vanban.lexicon import adminunits
from vanban.rules import REGISTRY, LintConfig, run_rules

if adminunits.index() is None:  # pragma: no cover - underthesea's address data not installed
    pytest.skip("underthesea address data (underthesea/address/data/mapping.json) not available",
                allow_module_level=True)



@pytest.fixture(autouse=True)
def _units_registered():
    """Register VB801/VB802 (until ``load_all()`` imports the module). Done when a test runs, not at collection,
    so that other test files that compare the registry with docs/rules.md run first, unaffected."""
    import vanban.rules.units  # noqa: F401

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def head(place: str, date: str) -> str:
    """A minimal report header dated ``date`` (dd/mm/yyyy)."""
    d, m, y = date.split("/")
    return f"Số: 12/BC-UBND\n{place}, ngày {d} tháng {m} năm {y}\nBÁO CÁO\nCông tác năm {y}\n"


def lint(text: str, code: str = "VB8"):
    return run_rules(vanban.parse(text), config=LintConfig(select=[code]))


def hits(text: str, code: str = "VB8") -> list[tuple[str, str, str | None]]:
    return [(f.code, f.text, f.suggestion) for f in lint(text, code)]


# --- the index -----------------------------------------------------------------------------------------

def test_index_holds_old_and_new_units():
    ix = adminunits.index()
    assert len(ix.old_provinces) == 63 and len(ix.new_provinces) == 34
    assert ix.new_of_old_province["binhthuan"] == "lamdong" and ix.new_of_old_province["hagiang"] == "tuyenquang"
    assert ("quangngai", "bato") in ix.old_communes["bavi"] and ("hanoi", "bavi") in ix.old_communes["bavi"]
    assert ix.new_communes["baolam1"] == {"lamdong"}
    assert ix.districts["bato"] == {"quangngai"}
    assert ix.province("Thừa Thiên Huế") == "hue" and ix.province("TP.HCM") == "hochiminh"
    assert ix.province("Bà Rịa-Vũng Tàu") == "bariavungtau" and ix.province("Lâm Hà") is None


def test_key_folds_marks_case_and_numbers():
    k = adminunits.key
    assert k("Hoà Bình") == k("Hòa Bình") == k("HÒA BÌNH") == "hoabinh"
    assert k("Thuỷ Xuân Tiên") == k("Thủy Xuân Tiên") == "thuyxuantien"
    assert k("Phường 05") == "phuong5" and k("B’Lao") == k("B'Lao") == "blao"
    assert adminunits.strip_type("Thị trấn Tịnh Hà", ("thị trấn", "xã")) == "Tịnh Hà"


def test_belonging_old_and_new():
    ix, k = adminunits.index(), adminunits.key
    # old: xã Ba Vì lies in huyện Ba Tơ (Quảng Ngãi) and huyện Ba Vì (Hà Nội), not in Sơn Tịnh
    assert ix.commune_in_district(k("Ba Vì"), k("Ba Tơ"), "quangngai", loose=False)
    assert not ix.commune_in_district(k("Ba Vì"), k("Sơn Tịnh"), "quangngai", loose=False)
    # an old Bình Thuận commune under the new Lâm Đồng: only from 01/7/2025 (loose)
    assert ix.commune_in_province(k("Hàm Kiệm"), "lamdong", loose=True)
    assert not ix.commune_in_province(k("Hàm Kiệm"), "lamdong", loose=False)
    assert ix.district_in_province(k("Tuy Phong"), "lamdong", loose=True)
    assert not ix.district_in_province(k("Tuy Phong"), "lamdong", loose=False)


# --- the rule's own examples ---------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["VB801", "VB802"])
def test_rule_examples(code):
    r = REGISTRY[code]
    for bad in r.bad:
        found = lint(bad, code)
        assert found and all(f.code == code for f in found)
    for good in r.good:
        assert lint(good, code) == []


# --- chains ---------------------------------------------------------------------------------------------

def test_correct_chains_old_units_are_silent():
    text = head("Ba Vì", "03/11/2023") + (
        "UBND xã Ba Vì, huyện Ba Tơ, tỉnh Quảng Ngãi báo cáo. Trụ sở UBND huyện Sơn Tịnh đặt tại thị trấn Tịnh Hà, "
        "huyện Sơn Tịnh. Phối hợp với xã Ba Vì, huyện Ba Vì, thành phố Hà Nội và phường Phúc Xá, quận Ba Đình, "
        "thành phố Hà Nội; thành phố Quảng Ngãi, tỉnh Quảng Ngãi; huyện Tuy Phong, tỉnh Bình Thuận.\n")
    assert hits(text) == []


def test_correct_chains_new_units_are_silent():
    text = head("Sa Đéc", "18/11/2025") + (
        "UBND phường Sa Đéc, tỉnh Đồng Tháp; Ủy ban MTTQ xã Lương Minh, tỉnh Quảng Ninh; xã Bảo Lâm 1, "
        "tỉnh Lâm Đồng; phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng; đặc khu Phú Quốc, tỉnh An Giang.\n")
    assert hits(text) == []


def test_old_names_in_a_later_document_are_accepted():
    # thị trấn Phố Bảng was in huyện Đồng Văn, tỉnh Hà Giang; Hà Giang went into Tuyên Quang on 01/7/2025
    later = head("Tuyên Quang", "10/12/2025") + "Thăm thị trấn Phố Bảng, tỉnh Tuyên Quang và huyện Tuy Phong, tỉnh Lâm Đồng.\n"
    assert hits(later) == []
    # before the reform the same pairs contradict the (old) list, with the old parent as suggestion
    earlier = head("Tuyên Quang", "10/12/2024") + "Thăm thị trấn Phố Bảng, tỉnh Tuyên Quang.\n"
    assert hits(earlier) == [("VB801", "thị trấn Phố Bảng, tỉnh Tuyên Quang",
                              "thị trấn Phố Bảng, huyện Đồng Văn, tỉnh Hà Giang")]


def test_commune_in_the_wrong_district():
    text = head("Ba Vì", "03/11/2023") + "UBND xã Ba Vì, huyện Sơn Tịnh, tỉnh Quảng Ngãi báo cáo như sau:\n"
    (f,) = lint(text)
    assert (f.code, f.severity, f.text) == ("VB801", "warning", "xã Ba Vì, huyện Sơn Tịnh, tỉnh Quảng Ngãi")
    assert f.suggestion == "xã Ba Vì, huyện Ba Tơ, tỉnh Quảng Ngãi"
    assert "xã Ba Vì không thuộc huyện Sơn Tịnh" in f.message and f.line == 5
    # a ward put under the neighbouring district of the same city
    assert hits(head("Hà Nội", "01/03/2024") + "Địa chỉ: phường Phúc Xá, quận Hoàn Kiếm, TP. Hà Nội.\n") == [
        ("VB801", "phường Phúc Xá, quận Hoàn Kiếm, TP. Hà Nội", "phường Phúc Xá, quận Ba Đình, thành phố Hà Nội")]


def test_district_in_the_wrong_province():
    text = head("Quảng Ngãi", "03/11/2023") + "Trụ sở tại huyện Ba Tơ, tỉnh Lâm Đồng.\n"
    (f,) = lint(text)
    assert (f.code, f.text, f.suggestion) == ("VB801", "huyện Ba Tơ, tỉnh Lâm Đồng", "huyện Ba Tơ, tỉnh Quảng Ngãi")
    assert f.message == ("“huyện Ba Tơ, tỉnh Lâm Đồng”: huyện Ba Tơ không thuộc tỉnh Lâm Đồng (theo danh mục đơn vị "
                         "hành chính, huyện Ba Tơ thuộc tỉnh Quảng Ngãi).")
    en = run_rules(vanban.parse(text), config=LintConfig(select=["VB801"]), lang="en")
    assert en[0].message.startswith("“huyện Ba Tơ, tỉnh Lâm Đồng”: huyện Ba Tơ is not in tỉnh Lâm Đồng")


def test_commune_in_the_wrong_province():
    text = head("Cao Bằng", "05/12/2025") + "Kết nghĩa với xã Bảo Lâm 1, tỉnh Cao Bằng.\n"
    assert hits(text) == [("VB801", "xã Bảo Lâm 1, tỉnh Cao Bằng", "xã Bảo Lâm 1, tỉnh Lâm Đồng")]


def test_header_parent_and_issuing_body():
    bad = ("ĐẢNG BỘ HUYỆN SƠN TỊNH\nĐẢNG ỦY XÃ BA VÌ\n*\nSố: 12-BC/ĐU\nBa Vì, ngày 03 tháng 11 năm 2023\n"
           "BÁO CÁO\nCông tác năm 2023\n")
    (f,) = lint(bad)
    assert f.code == "VB801" and f.suggestion is None
    assert f.message.startswith("“xã Ba Vì” (cấp trên: “huyện Sơn Tịnh”): xã Ba Vì không thuộc huyện Sơn Tịnh")
    assert lint(bad.replace("SƠN TỊNH", "BA TƠ")) == []


def test_numbered_wards_and_city_forms():
    text = head("Thành phố Hồ Chí Minh", "02/05/2024") + (
        "Phường Bến Nghé, quận 1, TP. Hồ Chí Minh; phường 5, quận 3, thành phố Hồ Chí Minh; TP.HCM; "
        "Thủ đô Hà Nội; Tp. Hà Nội; thành phố Hải Phòng.\n")
    assert hits(text) == []


def test_tone_mark_variants_are_accepted():
    text = head("Hòa Bình", "02/05/2024") + (
        "thành phố Hoà Bình, tỉnh Hoà Bình; thành phố Hòa Bình, tỉnh Hòa Bình; xã Thuỷ Xuân Tiên, huyện Chương Mỹ, "
        "thành phố Hà Nội; xã Thủy Xuân Tiên, huyện Chương Mỹ; tỉnh Khánh Hoà; tỉnh Thanh Hoá; TỈNH THANH HOÁ.\n")
    assert hits(text) == []


# --- province names ---------------------------------------------------------------------------------------

def test_fake_province_is_information():
    (f,) = lint("Đoàn công tác của tỉnh Phù Sa Lâm đã đến thăm.")
    assert (f.code, f.severity, f.text, f.suggestion) == ("VB802", "info", "tỉnh Phù Sa Lâm", None)


def test_misspelt_province_is_a_warning_with_suggestion():
    assert hits("Đoàn công tác của tỉnh Lâm Đông đã đến thăm.") == [("VB801", "tỉnh Lâm Đông", "tỉnh Lâm Đồng")]
    assert hits("Về công tác tại tỉnh Quảng Ngải.") == [("VB801", "tỉnh Quảng Ngải", "tỉnh Quảng Ngãi")]
    # a district's name called a province
    (f,) = lint("Đoàn công tác của tỉnh Lâm Hà đã đến thăm.")
    assert (f.code, f.text) == ("VB801", "tỉnh Lâm Hà") and "thuộc Lâm Đồng" in f.message


def test_province_like_words_that_are_not_places():
    text = (
        "Chủ tịch UBND tỉnh Nguyễn Văn Long dự họp. Hội đồng nhân dân tỉnh Quy định mức chi.\n"
        "Công an tỉnh phối hợp với Công an 02 tỉnh Luông Pha Băng và Phong Sa Lỳ (nước CHDCND Lào).\n"
        "Các tỉnh Tây Nguyên; tỉnh Đắk Lắk; tỉnh Đăk Nông; tỉnh Bà Rịa-Vũng Tàu; tỉnh Thừa Thiên Huế; tỉnh Hà Tây (cũ).\n"
        "Công tác cấp tỉnh 16 TTHC; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; Tỉnh ủy Lâm Đồng; HUYỆN ỦY ĐỒNG VĂN.\n")
    assert hits(text) == []


# --- a unit named like the document's province --------------------------------------------------------------

def test_commune_named_after_the_documents_province():
    doc = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT\n"
           "Lương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác bầu cử\n"
           "Căn cứ Kế hoạch số 33/KH-MTTQ-BTT, ngày 17/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Ninh "
           "về thực hiện công tác bầu cử.\n")
    (f,) = lint(doc)
    assert (f.code, f.text, f.suggestion) == ("VB801", "xã Quảng Ninh", "tỉnh Quảng Ninh")
    # the same words in a document from Thanh Hóa, which has a xã Quảng Ninh, are fine
    assert lint(doc.replace("XÃ LƯƠNG MINH", "XÃ NGA SƠN").replace("Lương Minh,", "Nga Sơn,")) == []


def test_unit_named_after_a_province_that_exists_nowhere():
    assert hits("UBND huyện Lâm Đồng đã chỉ đạo các xã.") == [("VB801", "huyện Lâm Đồng", "tỉnh Lâm Đồng")]


# --- no alarm where the data cannot judge ---------------------------------------------------------------------

def test_units_merged_before_the_data_are_not_flagged():
    # phường Hưng Long of Phan Thiết (merged before mid-2025), thị trấn Chợ Mới of Bắc Kạn (renamed),
    # Thủy Vân moved from Hương Thủy to Thuận Hóa when Huế became a city (01/01/2025)
    text = head("Bình Thuận", "23/03/2022") + (
        "Trụ sở: phường Hưng Long, thành phố Phan Thiết, tỉnh Bình Thuận. Đảng bộ thị trấn Chợ Mới, huyện Chợ Mới, "
        "tỉnh Bắc Kạn. Xã Thủy Vân, thị xã Hương Thủy, tỉnh Thừa Thiên Huế.\n")
    assert hits(text) == []
    # an unknown commune under a district is reported only when the old list is current (first half of 2025)
    made_up = "Khảo sát tại xã Tịnh Quang Xyz, huyện Sơn Tịnh, tỉnh Quảng Ngãi.\n"
    assert hits(head("Quảng Ngãi", "05/05/2022") + made_up) == []
    assert [h[1] for h in hits(head("Quảng Ngãi", "05/05/2025") + made_up)] == [
        "xã Tịnh Quang Xyz, huyện Sơn Tịnh, tỉnh Quảng Ngãi"]


def test_history_and_lists_are_not_chains():
    text = head("Quảng Ngãi", "03/11/2023") + (
        "Xã Ba Vì (cũ), huyện Sơn Tịnh trước khi sáp nhập. Các xã Ba Vì, Ba Tiêu, huyện Sơn Tịnh.\n")
    assert hits(text) == []


# --- laziness and the real corpus ---------------------------------------------------------------------------

def test_rules_do_not_import_underthesea():
    code = ("import sys, vanban, vanban.rules.units\n"
            "from vanban.rules import LintConfig, run_rules\n"
            "f = run_rules(vanban.parse('UBND xã Ba Vì, huyện Sơn Tịnh, tỉnh Quảng Ngãi.'), "
            "config=LintConfig(select=['VB8']))\n"
            "print(len(f), 'underthesea' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "1 False"


@pytest.mark.skipif(not (SHARED / "corpus" / "real").is_dir(), reason="shared real corpus not available")
def test_real_corpus_findings_are_the_reviewed_ones():
    found = []
    paths = sorted((SHARED / "corpus" / "real").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    for p in paths:
        for f in lint(p.read_text(encoding="utf-8")):
            found.append((p.name, f.code, f.text))
    # 0070: “Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Ninh” in a plan of xã Lương Minh (tỉnh Quảng Ninh),
    # where the province is meant (noted in the corpus manifest)
    assert found == [("0070.txt", "VB801", "xã Quảng Ninh")]


# --- false alarms of documents nobody tuned to (#14) --------------------------------------------------------


def _decision(date: str, body: str) -> str:
    d, m, y = date.split("/")
    return (f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 21/QĐ-UBND\nHà Tĩnh, ngày {d} tháng {m} năm {y}\n\nQUYẾT ĐỊNH\n"
            + body)


@pytest.mark.parametrize("title", [
    # a level and a province in a title in capitals: "xã Của", "xã Trên Địa Bàn" are no communes
    "Về việc công bố danh mục thủ tục hành chính của\nỦY BAN NHÂN DÂN CẤP XÃ CỦA TỈNH HÀ TĨNH\n",
    "PHÂN CẤP CHO ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\n",
    # party committees of communes and wards: "phường Thuộc Đảng Bộ"
    "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐỐI VỚI CÁC ĐẢNG ỦY XÃ, PHƯỜNG THUỘC ĐẢNG BỘ TỈNH HÀ TĨNH\n",
    "TẬP HUẤN NGHIỆP VỤ NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\n",
])
def test_title_lines_in_capitals_name_no_unit_unless_known(title):
    text = _decision("12/11/2025", title + "Điều 1. Giao Sở Nội vụ hướng dẫn thực hiện.\n")
    assert hits(text) == []
    # a known commune in capitals is still checked against its parent
    wrong = _decision("12/11/2024", "ĐẢNG ỦY XÃ BA VÌ, HUYỆN SƠN TỊNH, TỈNH QUẢNG NGÃI\nĐiều 1. Thực hiện.\n")
    assert [h[0] for h in hits(wrong)] == ["VB801"]


@pytest.mark.parametrize("glued, name", [
    ("của Ủy ban nhân dân tỉnh Bình Phước Cho phép thành lập Hội Đông y.", "tỉnh Bình Phước"),
    ("của Ủy ban nhân dân tỉnh Đồng Nai Quy\nđịnh mức thu phí.", "tỉnh Đồng Nai"),
    ("của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y tế xã.", "tỉnh Bình Phước"),
    ("của UBND tỉnh Hậu Giang V/v triển khai kế hoạch.", "tỉnh Hậu Giang"),
])
def test_a_phrase_glued_after_a_province_name_is_not_part_of_it(glued, name):
    text = head("Vị Thanh", "03/11/2023") + "Căn cứ Quyết định số 45/2003/QĐ-UB ngày 11/8/2003 " + glued + "\n"
    assert hits(text) == []
    doc = vanban.parse(text)
    assert [doc.text[m.start:m.end] for m in doc.facts.get("units") if m.type == "tỉnh"] == [name]
    # a made-up province stays reported (VB802), its last word kept
    assert [h[1] for h in hits(head("Vị Thanh", "03/11/2023") + "Đoàn của tỉnh Phù Sa Lâm đã đến thăm.\n")] == [
        "tỉnh Phù Sa Lâm"]


def test_worked_examples_are_no_places():
    text = head("Hà Nội", "05/09/2025") + (
        "Ghi tên đơn vị theo mẫu, ví dụ: Đảng bộ Phường A, thành phố Hà Nội; Chi bộ xã B, tỉnh Lâm Đồng.\n"
        "Tên đầy đủ của Đảng bộ Phường X, thành phố Hà Nội ghi ở dòng đầu.\n")
    assert hits(text) == []
    # the same chain without stand-in names is checked
    assert [h[0] for h in hits(head("Hà Nội", "05/09/2025") + "Đảng bộ phường Ba Vì Xyz, thành phố Hà Nội.\n")] == [
        "VB801"]


def test_header_columns_and_longer_names_are_not_misread():
    # a tab between the two header columns ends the name; "Yên Thành Đông" is not "Yên Thành"
    text = ("ĐẢNG BỘ HUYỆN QUẢNG XƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ QUẢNG TIẾN ĐÔNG\n*\n"
            "Số 46-QĐ/ĐU\tQuảng Tiến Đông, ngày 21 tháng 01 năm 2022\nQUYẾT ĐỊNH\nvề khen thưởng\n"
            "Địa chỉ: xã Yên Thành Đông, huyện Yên Thành, tỉnh Nghệ An.\n")
    assert hits(text) == []
