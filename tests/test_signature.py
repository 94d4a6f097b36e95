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
