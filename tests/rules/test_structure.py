"""VB2xx: the heading tree and numbered points."""

import vanban

from .helpers import _lint


def test_heading_sequence_letters_and_duplicates():
    text = "I. KẾT QUẢ\n1. Thuận lợi\nNội dung.\n1. Khó khăn\nNội dung.\nII. NHIỆM VỤ\na) Việc một\nx\nb) Việc hai\nx\nc) Việc ba\nx\nd) Việc bốn\nx\ne) Việc năm\nx\nIV. KIẾN NGHỊ\nx\n"
    found = _lint(text, "heading-sequence")
    msgs = [(f.line, f.message) for f in found]
    assert any(line == 15 and "thiếu" in m for line, m in msgs)  # e after d without đ
    assert any(line == 4 and "trùng" in m for line, m in msgs)  # 1, 1
    assert any(line == 17 and "III" in m for line, m in msgs)  # II -> IV


def test_capital_letter_parts_are_a_level_of_their_own_for_label_styles():
    text = ("SỞ NỘI VỤ\nSố: 12/HD-SNV\nQuảng Trị, ngày 03 tháng 3 năm 2025\nHƯỚNG DẪN\nCông tác thi đua khối\n"
            "A. QUY ĐỊNH CHUNG\nI. TỔ CHỨC\n1. Khối thi đua\na) Khối thi đua gồm các sở.\nb) Trưởng khối do khối bầu.\n"
            "B. NHIỆM VỤ\nI. TRƯỞNG KHỐI\n1. Nhiệm vụ chung\na) Xây dựng kế hoạch.\nb/ Tổng hợp kết quả.\n")
    f = vanban.lint(text, select=["VB202"])
    # "A." and "B." are not a style of a), b): only the one "b/" among the a), b) is reported, shown as "a)"
    assert [(x.line, x.suggestion) for x in f] == [(15, "a)")]
    assert "“a)”" in f[0].message


def test_gaps_in_listed_points_and_clauses():
    text = ("III. YÊU CẦU KHẮC PHỤC\nỦy ban nhân dân xã yêu cầu Hiệu trưởng các trường:\n"
            "a) Rà soát Danh mục hồ sơ năm 2026;\nb) Lập hồ sơ công việc đầy đủ;\nc) Chỉnh lý tài liệu tồn đọng;\n"
            "d) Bố trí kho lưu trữ;\ne) Báo cáo kết quả khắc phục trước ngày 15/01/2026.\n")
    doc = vanban.parse(text)
    assert [s.label for s in doc.iter_sections()] == ["III"]  # e) is the list's last point, not a heading
    assert [(f.code, f.line, f.text) for f in vanban.lint(doc) if f.code == "VB201"] == [("VB201", 7, "e)")]
    assert [f for f in vanban.lint(text.replace("e) Báo", "đ) Báo")) if f.code == "VB201"] == []
    clauses = ("QUYẾT ĐỊNH\nVề việc X\nĐiều 1. Phạm vi\n1. Khoản một.\n2. Khoản hai.\n4. Khoản bốn.\n"
               "Điều 2. Hiệu lực\n1. Khoản một.\n2. Khoản hai.\n")
    assert [(f.line, f.message) for f in vanban.lint(clauses) if f.code == "VB201"] == [
        (6, "Các mục liệt kê nhảy từ “2” sang “4”: thiếu 3.")]


def test_articles_are_numbered_through_the_chapters():
    text = ("BỘ NỘI VỤ\nSố: 11/2024/TT-BNV\nHà Nội, ngày 05 tháng 9 năm 2024\nTHÔNG TƯ\nQuy định về lưu trữ điện tử\n\n"
            "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNội dung.\nĐiều 2. Đối tượng áp dụng\nNội dung.\n"
            "Chương II\nYÊU CẦU\nĐiều 3. Yêu cầu chung\nNội dung.\nĐiều 4. Định dạng\nNội dung.\n"
            "Chương III\nBẢO QUẢN\nĐiều 6. Yêu cầu bảo quản\nNội dung.\nĐiều 7. Hiệu lực thi hành\nNội dung.\n")
    assert [(f.line, f.message) for f in vanban.lint(text) if f.code == "VB201"] == [
        (21, "Đề mục nhảy từ “Điều 4” sang “Điều 6”: thiếu 5.")]
    assert [f for f in vanban.lint(text.replace("Điều 6.", "Điều 5.").replace("Điều 7.", "Điều 6."))
            if f.code == "VB201"] == []
