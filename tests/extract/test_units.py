"""extract/units.py: administrative-unit mentions and district-level references, the facts VB801/VB802/VB602 read."""
from __future__ import annotations

import pytest

import vanban
from vanban.extract.units import COMMUNE, DISTRICT, PROVINCE, find_mentions, find_units
from vanban.lexicon import adminunits
from vanban.normalize import Normalized

if adminunits.index() is None:  # pragma: no cover - underthesea's address data not installed
    pytest.skip("underthesea address data not available", allow_module_level=True)


def test_mentions_are_found_and_resolved():
    text = Normalized("ỦY BAN NHÂN DÂN\nXÃ BA VÌ\nUBND xã Ba Vì, huyện Ba Tơ, tỉnh Quảng\nNgãi; Thủ đô Hà Nội; "
                      "TP.HCM; thành phố Quảng Ngãi; UBND tỉnh Lâm Đồng Nguyễn Văn A; xã Yên Thành Đông.").text
    got = [(m.type, m.name.replace("\n", " "), m.level, m.known) for m in find_mentions(text, adminunits.index())]
    assert got == [
        ("xã", "BA VÌ", COMMUNE, True), ("xã", "Ba Vì", COMMUNE, True), ("huyện", "Ba Tơ", DISTRICT, True),
        ("tỉnh", "Quảng Ngãi", PROVINCE, True), ("thủ đô", "Hà Nội", PROVINCE, True),
        ("thành phố", "Hồ Chí Minh", PROVINCE, True), ("thành phố", "Quảng Ngãi", DISTRICT, True),
        ("tỉnh", "Lâm Đồng", PROVINCE, True),
        # a longer name than the data knows is not cut down to a known one ("Yên Thành")
        ("xã", "Yên Thành Đông", COMMUNE, False)]


@pytest.mark.parametrize("text", ["Trụ sở tại TP. HCM.", "TP.HCM, ngày 31/5/2021", "TPHCM và tỉnh Lâm Đồng"])
def test_ho_chi_minh_city_abbreviated(text):
    assert [(m.name, m.level) for m in find_units(text)][0] == ("Hồ Chí Minh", PROVINCE)


@pytest.mark.parametrize("text, chain", [
    ("UBND xã Ba Vì, huyện Ba Tơ, tỉnh Quảng Ngãi báo cáo.", ["xã Ba Vì", "huyện Ba Tơ", "tỉnh Quảng Ngãi"]),
    ("Trụ sở tại phường Sa Đéc thuộc tỉnh Đồng Tháp.", ["phường Sa Đéc", "tỉnh Đồng Tháp"]),
    ("Các xã Ba Vì, Ba Tiêu, huyện Ba Tơ.", []),  # a list, not a chain
    ("xã Ba Vì và tỉnh Quảng Ngãi", []),
])
def test_chains(text, chain):
    ms = find_units(text)
    got = []
    for i, m in enumerate(ms):
        if m.up >= 0 and not any(x.up == i for x in ms):
            k = i
            while k >= 0:
                got.append(text[ms[k].start:ms[k].end])
                k = ms[k].up
    assert got == chain


@pytest.mark.parametrize("line, flag", [
    ("Ví dụ: Đảng bộ Phường A, thành phố Hà Nội.", "example"),
    ("Cụm từ “xã Ba Vì” được thay bằng “xã Ba Tơ”.", "quoted"),
    ("Xã Ba Vì (cũ) nay là xã Ba Tơ.", "history"),
    ("Đoàn thăm tỉnh Champasak, nước bạn Lào.", "foreign"),
    ("ỦY BAN NHÂN DÂN XÃ BA VÌ", "title"),
])
def test_context_flags(line, flag):
    doc = vanban.parse("Số: 12/BC-UBND\nBa Tơ, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\n" + line + "\n")
    ms = [m for m in doc.facts.get("units") if doc.facts.line_index(m.start) == 4]
    assert ms and getattr(ms[0], flag) is True
    assert doc.text[ms[0].start:ms[0].end].split()[0].lower() in ("xã", "phường", "tỉnh")


_HEAD = "ỦY BAN NHÂN DÂN\nXÃ LẠC DƯƠNG\nSố: 45/BC-UBND\nLạc Dương, ngày 05 tháng 8 năm 2025\n\nBÁO CÁO\nKết quả\n\n"


@pytest.mark.parametrize("line, refs", [
    ("Phối hợp với UBND huyện Lạc Dương và Huyện ủy.", [("body", "UBND huyện", ""), ("body", "Huyện ủy", "")]),
    ("Công an huyện Yên Sơn kiểm tra.", [("name", "huyện Yên Sơn", "")]),
    ("Ủy ban nhân dân cấp huyện (trước sáp nhập) đã bàn giao hồ sơ.", [("level", "cấp huyện", "history")]),
    ("Cụm từ “cấp huyện” được bỏ.", [("level", "cấp huyện", "quoted")]),
    ("Nơi sinh: xã (phường, thị trấn) ghi theo giấy khai sinh.", [("town", "thị trấn", "format")]),
    ("Cán bộ huyện Lục Ngạn (cũ) nghỉ hưu.", []),
    ("CẤP HUYỆN TRƯỚC THỜI ĐIỂM SẮP XẾP", []),  # a title in capitals: no named district, no body
])
def test_district_refs(line, refs):
    doc = vanban.parse(_HEAD + line + "\n")
    got = [(r.kind, " ".join(r.text.split()), r.why) for r in doc.facts.get("district_refs")]
    assert got == refs
    assert all(r.current == (not r.why) for r in doc.facts.get("district_refs"))
    assert all(doc.text[r.start:r.end] == r.text for r in doc.facts.get("district_refs"))


def test_no_type_word_no_work():
    doc = vanban.parse("Báo cáo kết quả công tác tháng 5.\n")
    assert doc.facts.get("units") == [] and doc.facts.get("district_refs") == []
    assert find_units("không có đơn vị nào") == []
