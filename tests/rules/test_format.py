"""VB5xx: the mandatory parts of the format."""

import datetime

import vanban

from .helpers import PROPOSAL


def test_kinh_gui_addressees_are_in_the_header():
    doc = vanban.parse(PROPOSAL)
    assert [(r.text, r.line) for r in doc.header.recipients_to] == [("Chủ tịch Ủy ban nhân dân huyện Tân Phước", 9)]
    letter = ("ỦY BAN NHÂN DÂN\nXÃ AN LẠC\nSố: 12/UBND-VP\nV/v báo cáo số liệu\nAn Lạc, ngày 03 tháng 01 năm 2024\n\n"
              "Kính gửi:\n\n- Các ban, ngành, đoàn thể xã;\n- Trưởng các thôn.\n\nThực hiện chỉ đạo của UBND huyện, …\n")
    doc = vanban.parse(letter)
    assert [(r.text, r.line) for r in doc.header.recipients_to] == [("Các ban, ngành, đoàn thể xã", 9),
                                                                    ("Trưởng các thôn", 10)]
    assert all(letter[r.start:r.end] == r.text for r in doc.header.recipients_to)


def test_a_national_title_split_by_the_pdf_columns_is_not_misspelled():
    head = ("UBND TỈNH LÂM ĐỒNG\nHỘI ĐỒNG THẨM ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\n     Số: 95 \n{rest}\n"
            "Độc lập - Tự do - Hạnh phúc\n/TTr-HĐTĐ Lâm Đồng, ngày 03 tháng 02 năm 2026\nTỜ TRÌNH\nVề việc công bố Chỉ số\n")
    assert vanban.lint(head.format(rest="VIỆT NAM"), select=["VB502"]) == []
    f = vanban.lint(head.format(rest="VIÊT NAM"), select=["VB502"])
    assert [x.line for x in f] == [5]  # the rest misspelled: reported on its own line, where the slip is
    assert "VIÊT NAM" in f[0].message


def test_national_title_words_in_a_sentence_are_no_misspelled_quoc_hieu():
    party = ("ĐẢNG BỘ TỈNH THÁI BÌNH\nĐẢNG ỦY XÃ LAI THÀNH\n*\nSố 45-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Lai Thành, ngày 10 tháng 8 năm 2025\n\nKẾ HOẠCH\ntổ chức kỷ niệm 80 năm Cách mạng Tháng Tám\n"
             "và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam\n\n"
             "I- MỤC ĐÍCH\n1- Tổ chức tri ân người có công, dân công hỏa tuyến; xây dựng Nhà nước pháp quyền xã hội "
             "chủ nghĩa.\n")
    doc = vanban.parse(party)
    assert doc.header.national_title is None
    assert [f for f in vanban.lint(doc) if f.code in ("VB501", "VB502")] == []
    # a misspelled title on its own line is still one
    state = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/BC-UBND\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    assert [f.code for f in vanban.lint(state) if f.code == "VB502"] == ["VB502"]


def test_a_party_committee_does_not_sign_k_t():
    t = ("ĐẢNG BỘ HUYỆN A\nĐẢNG ỦY XÃ B\n*\nSố 12-QĐ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nB, ngày 05 tháng 3 năm 2024\n"
         "QUYẾT ĐỊNH\nvề việc X\nĐiều 1. Nội dung.\nĐiều 2. Thi hành.\nNơi nhận:\n- Như Điều 2,\n"
         "- Lưu Văn phòng Đảng ủy.\nK/T BÍ THƯ\nPHÓ BÍ THƯ\nNguyễn Văn An\n")
    assert [f.code for f in vanban.lint(t) if f.code == "VB509"] == ["VB509"]
    assert [f for f in vanban.lint(t.replace("K/T BÍ THƯ", "T/M ĐẢNG ỦY")) if f.code == "VB509"] == []
    staff = t.replace("K/T BÍ THƯ\nPHÓ BÍ THƯ", "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN")
    assert [f for f in vanban.lint(staff) if f.code == "VB509"] == []
    # the message names the prefix the document used
    wrong = t.replace("PHÓ BÍ THƯ\n", "BÍ THƯ\n").replace("K/T BÍ THƯ", "K/T TRƯỞNG BAN")
    assert [f.message[:9] for f in vanban.lint(wrong) if f.code == "VB509"] == ["Ký thay ("]
    assert "(K/T)" in [f.message for f in vanban.lint(wrong) if f.code == "VB509"][0]


def _codes(text, prefix="VB5"):
    return [(f.code, f.line) for f in vanban.lint(text) if f.code.startswith(prefix)]


def test_wrapped_signature_titles_are_no_authority_errors():
    base = "Nội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n"
    for block in ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nTrần Văn Tâm\n",
                  "KT. TRƯỞNG BAN\nNGHIỆP VỤ THUẾ\nPHÓ TRƯỞNG BAN\nTrần Văn Tâm\n",
                  "KT. BỘ\nTRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Tâm\n"):
        assert _codes(base + block, "VB509") == []
    assert _codes(base + "KT. GIÁM ĐỐC\nGIÁM ĐỐC\nTrần Văn Tâm\n", "VB509") == [("VB509", 6)]
    # the position run into the title's line is read; a KT. block without the deputy's position is reported
    glued = "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ PHÓ TRƯỞNG BAN\nTrần Văn Tâm\n"
    assert _codes(base + glued, "VB509") == []
    assert _codes(base + "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nTrần Văn Tâm\n", "VB509") == \
        [("VB509", 6)]


_ATTACHED = ("QUY ĐỊNH\nVề công tác thi đua, khen thưởng trên địa bàn xã Tân Lập\n(Ban hành kèm theo Quyết định số "
             "15/QĐ-UBND ngày 12/3/2024 của UBND xã Tân Lập)\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
             "Quy định này quy định về công tác thi đua.\nĐiều 2. Đối tượng áp dụng\nCán bộ, công chức xã.\n")
_LAW = ("QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số: 61/2024/QH15\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Di sản văn hóa.\n"
        + "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về di sản văn hóa và quản lý di sản.\n" * 8
        + "Luật này được Quốc hội khóa XV, kỳ họp thứ 8 thông qua ngày 23 tháng 11 năm 2024.\n\nCHỦ TỊCH QUỐC HỘI\n"
          "Trần Văn Nam\n")


def test_an_attached_regulation_and_a_law_miss_no_parts():
    assert _codes(_ATTACHED) == []
    assert vanban.parse(_LAW).header.doc_type == "Luật"  # not a công văn for want of a type code
    assert _codes(_LAW) == []


def test_a_record_has_no_recipients_by_its_nature():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA HANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 03/BB-UBND\nGia Hanh, ngày 12 tháng 11 năm 2024\n\nBIÊN BẢN\nHọp Hội đồng Thi đua - Khen thưởng xã\n\n"
            + "Hội đồng thảo luận và thống nhất danh sách đề nghị khen thưởng của xã.\n" * 8
            + "\nTHƯ KÝ\n\nLê Thị Hồng\n\nCHỦ TỊCH HỘI ĐỒNG\n\nNguyễn Đình Phúc\n")
    assert _codes(text, "VB508") == []


def test_a_header_flattened_to_one_line_keeps_its_number():
    text = ("CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Hà Nội, ngày 30 tháng 6 "
            "năm 2025\n\nNGHỊ ĐỊNH\nQuy định về tuyển dụng công chức\n\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert vanban.parse(text).header.number == "170"
    assert _codes(text, "VB504") == []


def test_a_misspelled_so_label_is_reported_on_its_line():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Sô: 12/BC-UBND\nAn Phú, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\n")
    assert _codes(text, "VB504") == [("VB504", 5)]
    assert "Sô" in [f.message for f in vanban.lint(text) if f.code == "VB504"][0]


def test_a_decomposed_text_gives_the_findings_of_its_composed_form():
    import unicodedata

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from .helpers import REPORT

    base = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + REPORT
            + "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nKT. CHỦ TỊCH\nCHỦ TỊCH\nLê Văn An\n")
    sel = ["VB2", "VB4", "VB5"]

    def keys(t):
        return sorted((f.code, f.line) for f in vanban.lint(t, select=sel))

    # an amending decision (its articles skip), one date for two cited resolutions, a national title with "HOÀ"
    amend = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 15/QĐ-UBND\nAn Phú, ngày 03 tháng 3 năm 2025\nQUYẾT ĐỊNH\nSửa đổi, bổ sung Quy chế làm việc\n\n"
             "Căn cứ Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ;\n"
             "Điều 1. Sửa đổi Điều 4 như sau.\nĐiều 4. Thi hành.\n")
    @settings(max_examples=15, deadline=None)
    @given(st.sampled_from([base, _ATTACHED, _LAW, base.replace("Lưu: VT.", "Lưu VP."), amend]),
           st.sampled_from(["NFD", "NFKD"]))
    def check(text, form):
        assert keys(unicodedata.normalize(form, text)) == keys(text)

    check()


def test_a_type_name_broken_by_a_line_break_is_the_title():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 3004/QĐ-UBND\nLong Xuyên, ngày 18 tháng 11 năm 2025\n\n**QUYẾT\nĐỊNH**\n**Về việc công bố thủ tục "
            "hành chính**\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    h = vanban.parse(text).header
    assert (h.doc_type, h.title.line, h.subject) == ("Quyết định", 8, "Về việc công bố thủ tục hành chính")
    assert _codes(text, "VB506") == []


def test_a_dateline_wrapped_after_the_place():
    head = ("BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 58/2025/TT-BCT\n"
            "{date}\nTHÔNG TƯ\nQuy định về nhiên liệu sinh học\n\nCăn cứ Luật Hóa chất;\n")
    for date, want in (("*Hà Nội,\nngày 25 tháng 1**1** năm 2025*", datetime.date(2025, 11, 25)),
                      ("*Hà Nội,\nngày*\n*02 tháng 12 năm 2025*", datetime.date(2025, 12, 2))):
        text = head.format(date=date)
        h = vanban.parse(text).header
        assert (h.place, h.date, h.date_problems) == ("Hà Nội", want, [])
        assert [f.code for f in vanban.lint(text) if f.code in ("VB104", "VB505")] == []


def test_a_party_notice_of_conclusions_has_its_type_name():
    text = ("ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 432-TB/VPTW\nHà Nội, ngày 26 tháng 11 "
            "năm 2025\n\nTHÔNG BÁO KẾT LUẬN\nCỦA ĐỒNG CHÍ TRƯỞNG BAN TẠI BUỔI LÀM VIỆC VỚI TỈNH ỦY\n\nNgày 24/11/2025, "
            "đồng chí Trưởng ban đã làm việc với Tỉnh ủy.\n")
    assert vanban.parse(text).header.doc_type == "Thông báo"
    assert _codes(text, "VB506") == []
