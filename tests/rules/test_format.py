"""VB5xx: the mandatory parts of the format."""

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
    assert [x.line for x in f] == [3]  # the rest misspelled: the title is reported as it stands


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
