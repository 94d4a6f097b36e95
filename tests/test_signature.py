"""The closing zone: Nơi nhận and the signature block, as converters leave them."""
from __future__ import annotations

import vanban


def test_recipients_whose_bullets_a_converter_dropped():
    # Word list bullets (numPr) are lost in a plain-text export: the items keep only their tab and ";"
    text = ("Nội dung hướng dẫn.\n\nNơi nhận:\n\tBan Thường vụ Tỉnh ủy;      báo cáo)\n\tUBND tỉnh;\n"
            "\tCác tổ chức thành viên;\n   -   Lưu VP.\nTM. BAN THƯỜNG TRỰC\n\t\tPHÓ CHỦ TỊCH\n\n\nNguyễn Chí Thành\n")
    doc = vanban.parse(text)
    assert [r.text for r in doc.recipients] == ["Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Các tổ chức thành viên",
                                                "Lưu VP"]
    sig = doc.signature
    assert (sig.authority, sig.body, sig.position, sig.signer) == ("TM.", "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH",
                                                                   "Nguyễn Chí Thành")


def test_a_record_signed_by_its_secretary_and_its_chair():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA HANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Gia Hanh, ngày 12 tháng 11 năm 2024\n\nBIÊN BẢN\nHọp Hội đồng Thi đua - Khen thưởng xã\n\n"
            "Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày.\n\nTHƯ KÝ\n\nLê Thị Hồng\n\n"
            "CHỦ TỊCH HỘI ĐỒNG\n\nNguyễn Đình Phúc\n\nNơi nhận:\n- Các thành viên Hội đồng;\n- Lưu: VT.\n")
    doc = vanban.parse(text)
    s = doc.signature
    assert (s.position, s.signer) == ("CHỦ TỊCH HỘI ĐỒNG", "Nguyễn Đình Phúc")
    assert [(c.position, c.signer, c.line) for c in s.co_signers] == [("THƯ KÝ", "Lê Thị Hồng", 12)]
    assert doc.text[s.co_signers[0].start:s.co_signers[0].end] == s.co_signers[0].text
    assert [r.text for r in doc.recipients] == ["Các thành viên Hội đồng", "Lưu: VT."]
    assert vanban.Document.model_validate_json(doc.model_dump_json()) == doc


def test_a_wrapped_noi_nhan_label_still_opens_the_list():
    text = ("Nội dung công văn.\n\n*Nơi\nnhận:*\n- Như trên;\n- Lưu: VT, VP.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hòa\n")
    doc = vanban.parse(text)
    assert [r.text for r in doc.recipients] == ["Như trên", "Lưu: VT, VP"]
    assert doc.recipients[-1].is_archive


def test_the_archive_line_in_decomposed_unicode():
    import unicodedata
    text = unicodedata.normalize("NFD", "Nội dung.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Hòa\n")
    assert [r.is_archive for r in vanban.parse(text).recipients] == [False, True]


def _sig(block):
    s = vanban.parse("Nội dung.\nNơi nhận:\n- Lưu: VT.\n" + block).signature
    return s.authority, s.body, s.second_authority, s.position, s.signer


def test_an_authority_title_wrapped_over_two_lines():
    assert _sig("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nTrần Văn Tâm\n") == \
        ("TL.", "CỤC TRƯỞNG", "KT.", "PHÓ TRƯỞNG BAN", "Trần Văn Tâm")
    assert _sig("KT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nLê Văn Bình\n")[1:4] == \
        ("TRƯỞNG THUẾ TỈNH", None, "PHÓ TRƯỞNG THUẾ TỈNH")
    assert _sig("KT. BỘ\nTRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n")[1:4] == ("BỘ TRƯỞNG", None, "THỨ TRƯỞNG")
    assert _sig("KT. BỘ TRƯỞNG\nTHỨ\nTRƯỞNG\nLê Văn Bình\n")[3] == "THỨ TRƯỞNG"
    # a whole title is not continued: "CHI BỘ", "BAN THƯỜNG VỤ" end well; a position stays the position
    assert _sig("T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Bình\n")[1:4] == ("BAN THƯỜNG VỤ", None, "BÍ THƯ")
    assert _sig("KT. CHỦ TỊCH\nCHỦ TỊCH\nLê Văn An\n")[3] == "CHỦ TỊCH"


def test_a_closing_table_flattened_into_lines():
    # a web page that ran the Nơi nhận column into one line without its label, and the signature cell too
    text = ("Số: 12/2025/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2025\nNGHỊ ĐỊNH\nQuy định về công chức\n"
            "Điều 1. Nội dung.\nĐiều 2. Thi hành.\n\n"
            "- Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ; - HĐND, UBND các tỉnh; "
            "- Lưu: VT, TCCV (2) | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Trần Văn Nam |\n")
    doc = vanban.parse(text)
    assert [r.text for r in doc.recipients][-2:] == ["HĐND, UBND các tỉnh", "Lưu: VT, TCCV (2)"]
    s = doc.signature
    assert (s.authority, s.body, s.second_authority, s.position, s.signer) == \
        ("TM.", "CHÍNH PHỦ", "KT.", "PHÓ THỦ TƯỚNG", "Trần Văn Nam")
    assert [f.code for f in vanban.lint(doc) if f.code in ("VB507", "VB508", "VB509")] == []
    # only "(Đã ký)" and the name left: still the signature
    doc = vanban.parse(text.replace("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)", "\n( Đã ký) "))
    assert doc.signature.signer == "Trần Văn Nam"


def test_a_flattened_list_before_an_annexed_form_with_its_own_noi_nhan():
    text = ("Số: 12/2025/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2025\nNGHỊ ĐỊNH\nQuy định về lao động\n"
            "Điều 1. Nội dung.\nĐiều 2. Thi hành.\n\n"
            "- Thủ tướng Chính phủ; - Các bộ; - HĐND, UBND các tỉnh; - Lưu: VT, KTTH | TM. CHÍNH PHỦ"
            "KT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Trần Văn Nam |\n\n"
            "Phụ lục II\nMẫu số 01\nĐƠN ĐỀ NGHỊ\nKính gửi: ……\nNơi nhận:- Ông (bà) ………; - Lưu VT. |\n")
    doc = vanban.parse(text)
    assert doc.signature.signer == "Trần Văn Nam"
    assert doc.recipients[-1].text == "Lưu: VT, KTTH"
