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
