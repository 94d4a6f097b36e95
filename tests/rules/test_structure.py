"""VB2xx: the heading tree and numbered points."""

import pytest

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


_PLAN = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 40/BC-UBND\nTân Lập, ngày 05 tháng 01 năm 2025\nBÁO CÁO\nTình hình giá cả tháng 12\n\n"


def test_rows_of_a_price_index_table_are_not_headings():
    # a Markdown table whose first column numbers the groups I … XI and the rows "III.1": cells, not headings
    table = ("| STT | Nhóm hàng | Chỉ số |\n|---|---|---|\n| I | Hàng ăn và dịch vụ ăn uống | 101,2 |\n"
             "| III | May mặc, mũ nón, giày dép | 100,4 |\n| III.1 | Giày dép | 100,1 |\n| XI | Hàng hóa khác | 100,9 |\n")
    text = _PLAN + "I. TÌNH HÌNH CHUNG\nGiá cả ổn định.\n" + table + "\nII. DỰ BÁO\nGiá ổn định.\n"
    doc = vanban.parse(text)
    assert [s.label for s in doc.iter_sections()] == ["I", "II"]
    assert _lint(text, "heading-sequence") == []


def test_a_label_brought_to_a_line_start_by_a_line_break_is_no_heading():
    text = (_PLAN + "1. Căn cứ pháp lý\nThực hiện theo hướng dẫn tại khoản 2 Điều 5 và điểm\n3.7 Hướng dẫn số 12/HD-STC, "
            "phối hợp với các phòng (dạng văn bản điện tử và\nL-bản giấy) để tổng hợp.\n2. Kết quả\nGiá ổn định.\n")
    doc = vanban.parse(text)
    assert [s.label for s in doc.iter_sections()] == ["1", "2"]
    assert _lint(text, "heading-sequence") == []


def test_a_deeper_decimal_level_is_nested_not_repeated():
    text = (_PLAN + "1. Nhiệm vụ\n1.1. Tuyên truyền\n1.1.1. Trên loa truyền thanh\n1.1.1.1. Bản tin sáng\nNội dung.\n"
            "1.1.1.2. Bản tin chiều\nNội dung.\n1.1.2. Trên trang thông tin điện tử\nNội dung.\n1.2. Kiểm tra\nNội dung.\n")
    assert _lint(text, "heading-sequence") == []
    doc = vanban.parse(text)
    d111 = next(s for s in doc.iter_sections() if s.label == "1.1.1")
    assert [c.label for c in d111.children] == ["1.1.1.1", "1.1.1.2"]


def test_a_label_alone_on_its_line_with_a_decimal_number():
    text = (_PLAN + "2. Phân công\n2.1. Văn phòng\nNội dung.\n2.2. Phòng Kinh tế\nNội dung.\n2.3.\nPhòng Văn hóa\n"
            "Nội dung.\n2.4. Công an xã\nNội dung.\n")
    assert _lint(text, "heading-sequence") == []


def test_points_quoted_by_an_amending_article_are_not_headings():
    text = ("HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN LẬP\nSố: 05/NQ-HĐND\nTân Lập, ngày 05 tháng 01 năm 2025\nNGHỊ QUYẾT\n"
            "Sửa đổi Quy chế hoạt động\n\nĐiều 1. Sửa đổi khoản 2 Điều 4 như sau:\n"
            "\"c) Tổ chức kỳ họp thường lệ mỗi năm hai lần;\nd) Tổ chức kỳ họp chuyên đề khi cần.\"\n"
            "Điều 2. Tổ chức thực hiện\na) Thường trực HĐND xã giám sát.\nb) UBND xã thực hiện.\n")
    assert _lint(text, "heading-sequence") == []


def test_model_forms_in_an_annex_number_their_parts_again():
    form = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: ……/QĐ-UBND\n\nQUYẾT ĐỊNH\n"
            "Phê duyệt danh sách……\n\nI. THÔNG TIN CHUNG\nNội dung……\nII. ĐỀ NGHỊ\nNội dung……\n")
    head = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n" + form[:form.index("Số")] + _PLAN[_PLAN.index("Số"):]
    text = (head + "I. KẾT QUẢ\nNội dung.\nII. KIẾN NGHỊ\nNội dung.\n\nMẫu số 01\n" + form + "\nMẫu số 02\n" + form)
    assert _lint(text, "heading-sequence") == []
    # a real duplicate in the document's own numbering is still found
    assert [f.line for f in _lint(text.replace("II. KIẾN NGHỊ", "I. KIẾN NGHỊ"), "heading-sequence")] == [12]


def test_a_point_joined_to_the_line_above_is_not_missing():
    """A hard wrap that glued "b." to the end of the line above leaves the label in the text: no gap."""
    base = ("I. NỘI DUNG\n1. Quan trắc môi trường vùng nuôi\n"
            "a. Thời gian thực hiện: từ tháng 3\nđến tháng 11 hằng năm b. Địa điểm, số điểm quan trắc\n"
            "- Số điểm quan trắc: 08 điểm.\nc. Thông số quan trắc\n- Nhiệt độ, độ mặn.\n")
    assert _lint(base, "heading-sequence") == []
    # without the glued "b." the gap is real and reported
    gap = base.replace("b. Địa điểm", "Địa điểm")
    assert [f.line for f in _lint(gap, "heading-sequence")] == [6]


def test_an_outer_list_resumed_after_a_nested_run_is_in_order():
    """Procedure descriptions: "1. Trình tự thực hiện:" (a list line) holds steps I), II) numbered 1–4 inside;
    "2. Cơ quan thực hiện:" then continues the outer list, not the inner one."""
    text = ("A. THỦ TỤC XÉT DUYỆT NHIỆM VỤ\n1. Trình tự thực hiện:\nBước 1: Tiếp nhận hồ sơ\n"
            "I) Xét duyệt nhiệm vụ\n1. Trong thời hạn 30 ngày, cơ quan xét duyệt hồ sơ.\n"
            "2. Tổ chức tư vấn có ý kiến bằng văn bản.\nII) Phê duyệt nhiệm vụ\n1. Trong thời hạn 10 ngày, phê duyệt.\n"
            "2. Công bố kết quả trên cổng thông tin.\n3. Hủy kết quả phê duyệt khi có vi phạm.\n"
            "4. Khảo sát cơ sở vật chất khi cần thiết.\n2. Cơ quan thực hiện:\n- Sở Khoa học và Công nghệ.\n"
            "3. Kết quả thực hiện: Quyết định phê duyệt.\n")
    assert [f.message for f in _lint(text, "heading-sequence")] == []
    # the same inner run going backwards with no outer list before it is still reported
    wrong = text.replace("1. Trình tự thực hiện:\n", "Trình tự thực hiện:\n")
    assert [f.line for f in _lint(wrong, "heading-sequence")] == [12]


def test_wrapped_list_items_are_one_item_each():
    """A list item wrapped onto a second line stays one item: the gap after it is seen, the item before is not
    lost ("d) Niêm yết … tại" / "trụ sở …;" then "e)": đ is missing)."""
    text = ("III. KẾT LUẬN\nHội đồng thống nhất:\na) Đề nghị tặng Giấy khen cho 05 tập thể;\n"
            "b) Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở cho 02 cá nhân;\n"
            "c) Đề nghị công nhận 04 tập thể lao động tiên tiến;\nd) Niêm yết công khai kết quả bình xét tại\n"
            "trụ sở Ủy ban nhân dân xã;\ne) Giao Văn phòng - Thống kê hoàn thiện hồ sơ trước ngày 15/12/2024.\n")
    assert [(f.line, "đ" in f.message) for f in _lint(text, "heading-sequence")] == [(8, True)]
    # "b)" glued after the sentence before it by a hard wrap: nothing is missing
    glued = ("2. Lễ tang được tổ chức tại gia đình:\na) Lễ tang phải được tổ chức\nchu đáo, trang nghiêm, tiết kiệm, "
             "phù hợp với tập quán. b) Ủy ban nhân dân xã tạo điều kiện\ncho việc tổ chức lễ tang;\n\n"
             "c) Việc vệ sinh trong bảo quản, quàn ướp thi hài theo quy định.\n")
    assert _lint(glued, "heading-sequence") == []


def test_an_amending_document_quotes_only_the_points_it_amends():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/2025/NQ-HĐND\nQuảng Trị, ngày 10 tháng 7 năm 2025\n"
            "NGHỊ QUYẾT\nSửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Quy định\n2. Sửa đổi, bổ sung điểm a, c\nkhoản 1 Điều 3 như sau:\n"
            "a) Ưu tiên hỗ trợ cho các xã đặc\nbiệt khó khăn, xã đạt dưới 15 tiêu chí nông thôn mới.\n"
            "c) Ủy ban nhân dân tỉnh phân bổ vốn cho các xã theo tiêu chí.\n"
            "Điều 2. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2025.\n")
    assert _lint(text, "heading-sequence") == []
    # the same points in a plan of its own are a gap
    own = text.replace("Sửa đổi, bổ sung một số điều của Quy định kèm theo", "Ban hành Quy định thực hiện")
    assert [f.line for f in _lint(own, "heading-sequence")] == [12]


@pytest.mark.parametrize(("body", "line"), [
    # a number or letter after a word that refers to it is no glued label: the gap is real
    ("1. Rà soát hồ sơ\nNội dung.\n2. Kiểm tra thực tế\nHoàn thành trước ngày 15 tháng 3. Sau đó tổng hợp.\n"
     "4. Xử lý vi phạm\nNội dung.\n", 8),
    ("1. Công tác chuẩn bị\na) Lập danh sách theo Phụ lục 2.\nb) Tập huấn theo mẫu tại điểm c. Thời gian 02 ngày.\n"
     "d) Tổ chức 08 điểm tiêm.\n", 7),
])
def test_a_reference_is_not_a_glued_label(body, line):
    text = "I. MỤC ĐÍCH\nNội dung.\nII. NỘI DUNG\n" + body
    assert [f.line for f in _lint(text, "heading-sequence")] == [line]


def test_a_plan_that_adds_to_another_is_not_an_amending_document():
    text = ("ỦY BAN NHÂN DÂN\nXÃ LỘC HÀ\nSố: 64/KH-UBND\nLộc Hà, ngày 16 tháng 7 năm 2026\nKẾ HOẠCH\n"
            "Bổ sung nhiệm vụ phòng, chống thiên tai năm 2026\nĐiều 1. Nhiệm vụ\nĐiều 2. Tổ chức thực hiện\n"
            "Các nhiệm vụ gồm:\n2. Kiểm tra đê điều trước mùa mưa bão;\n4. Chuẩn bị vật tư dự phòng;\n")
    assert [f.line for f in _lint(text, "heading-sequence")] == [11]


def test_a_list_wrapped_at_a_narrow_width_has_no_gap():
    """Points wrapped at forty columns: some become list lines, their siblings stay headings — the numbers are
    all there, nothing is missing."""
    text = ("THÔNG BÁO\nKết luận giao ban\n2. Nhiệm vụ trọng tâm tháng 8 năm 2025\n"
            "a) Văn phòng HĐND và UBND xã hoàn thiện\nQuy chế làm việc của UBND xã, trình\nban hành trước ngày 15/8/2025;\n"
            "b) Phòng Kinh tế rà soát, bàn giao hồ\nsơ các dự án chuyển tiếp từ huyện cũ;\n"
            "c) Phòng Văn hóa - Xã hội chuẩn bị các\nđiều kiện khai giảng năm học\n2025 - 2026;\n"
            "d) Trung tâm Phục vụ hành chính công xã\nniêm yết đầy đủ thủ tục hành chính;\n"
            "đ) Ban Chỉ huy quân sự xã chuẩn bị diễn\ntập khu vực phòng thủ;\n"
            "e) Công an xã bảo đảm an ninh, trật tự\ndịp Quốc khánh 2/9.\n")
    assert _lint(text, "heading-sequence") == []
