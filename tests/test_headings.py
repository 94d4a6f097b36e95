"""Heading tree details that converters and web pages make hard."""
from __future__ import annotations

import datetime

import vanban


def test_a_label_alone_on_its_line_takes_the_title_from_the_next():
    # a web page's "**1.**" / "**Các cơ quan …**" comes out as a bare label line and a title line
    text = ("Số: 12/CT-UBND\nCần Thơ, ngày 03 tháng 11 năm 2025\nCHỈ THỊ\nVề bảo vệ nguồn nước\n"
            "**1.****\n**Các cơ quan quản lý nhà nước thực hiện nghiêm quy định\n"
            "**2.****\n**Kết hợp hoặc luân phiên khai thác nước mặt\n")
    doc = vanban.parse(text)
    got = [(s.label, s.line, s.title) for s in doc.iter_sections()]
    assert got == [("1", 5, "Các cơ quan quản lý nhà nước thực hiện nghiêm quy định"),
                   ("2", 7, "Kết hợp hoặc luân phiên khai thác nước mặt")]
    assert all(text[s.start:s.end] == s.text for s in doc.iter_sections())


def test_a_bare_number_before_lower_case_text_is_no_heading():
    text = "Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nKết quả\n1.\ntiếp tục như trên\n"
    assert [s.label for s in vanban.parse(text).iter_sections()] == []


def test_party_cong_van_subject_in_lower_case_under_the_number():
    text = ("HUYỆN ỦY HƯƠNG SƠN HẠ\n*\nSố 357-CV/HU\nvề việc chuẩn bị báo cáo tổng kết công tác\n"
            "thi đua, khen thưởng nhiệm kỳ 2015 - 2020\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hương Sơn Hạ, ngày 06 tháng 4 năm 2020\n\nKính gửi: Các đảng ủy cơ sở.\n\nNội dung.\n")
    h = vanban.parse(text).header
    assert (h.doc_type, h.system) == ("Công văn", "party")
    assert h.subject == "về việc chuẩn bị báo cáo tổng kết công tác thi đua, khen thưởng nhiệm kỳ 2015 - 2020"


_TT_HEAD = ("SỞ NỘI VỤ\nSố: 93/TTr-SNV\nLâm Đồng, ngày 06 tháng 8 năm 2025\nTỜ TRÌNH\nVề việc hợp nhất các hội\n"
            "A. HIỆN TRẠNG CÁC HỘI\nI. TỈNH BÌNH THUẬN\n")


def test_the_last_item_of_a_semicolon_list_ends_with_a_full_stop_and_is_no_heading():
    text = _TT_HEAD + ("1. Liên minh Hợp tác xã tỉnh Bình Thuận;\n2. Hội Nhà báo tỉnh Bình Thuận;\n"
                       "3. Hội Bảo trợ bệnh nhân nghèo - Người tàn tật và Trẻ mồ côi tỉnh Bình\nThuận;\n\n4\n\n"
                       "4. Câu lạc bộ Hưu trí tỉnh Bình Thuận.\nNgoài ra, có Hội Kiến trúc sư là hội quần chúng.\n"
                       "II. TỈNH ĐẮK NÔNG\n1. Hội Luật gia tỉnh Đắk Nông.\n")
    doc = vanban.parse(text)
    # items 1-4 of I. (one wrapped onto the next line, a page number between 3 and 4) are list items, not
    # a lone heading "4" under I.; a one-item list has no ";" run to belong to and keeps its heading
    assert [(s.label, s.depth) for s in doc.iter_sections()] == [("A", 0), ("I", 1), ("II", 1), ("1", 2)]
    items = [b.label for b in doc.blocks if b.kind == "list_item"]
    assert items[:4] == ["1", "2", "3", "4"]


def test_a_heading_after_a_list_stays_a_heading():
    text = _TT_HEAD + ("1. Liên minh Hợp tác xã tỉnh Bình Thuận;\n2. Hội Nhà báo tỉnh Bình Thuận;\n"
                       "3. Kết quả hoạt động\nTrong năm, các hội đã tổ chức nhiều hoạt động.\n"
                       "4. Phương hướng năm 2026.\nTiếp tục củng cố tổ chức.\n")
    labels = [s.label for s in vanban.parse(text).iter_sections()]
    # "3." does not end the list with "." and has body text under it; "4." follows a heading, not a list item
    assert labels == ["A", "I", "3", "4"]


def test_a_flattened_table_with_roman_rows_is_no_heading_run():
    text = ("SỞ TÀI CHÍNH\nSố: 12/BC-STC\nLâm Đồng, ngày 05 tháng 8 năm 2024\nBÁO CÁO\nTình hình giá cả thị trường\n"
            "I. TÌNH HÌNH CHUNG\n3. Diễn biến chỉ số giá tiêu dùng (CPI)\nChỉ số giá của các nhóm hàng như sau:\n"
            "NHÓM HÀNG\nCHỈ SỐ GIÁ TIÊU DÙNG\nI. Hàng ăn và dịch vụ ăn uống\n1. Lương thực\n2. Thực phẩm\n"
            "II. Đồ uống và thuốc lá\nIII. May mặc, mũ nón, giày dép\n101,25\n99,98\n"
            "4. Thống kê mức giá hàng hóa, dịch vụ: Phụ lục số 2 kèm theo.\n"
            "II. DIỄN BIẾN GIÁ MỘT SỐ HÀNG HÓA THIẾT YẾU\n1. Lương thực\nGiá gạo ổn định.\n")
    got = [(s.label, s.depth) for s in vanban.parse(text).iter_sections()]
    assert got == [("I", 0), ("3", 1), ("4", 1), ("II", 0), ("1", 1)]
    assert vanban.lint(text, select=["VB201"]) == []


def test_mixed_case_roman_headings_of_one_document_stay_headings():
    text = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 45/BC-UBND\nAn Phú, ngày 10 tháng 12 năm 2024\nBÁO CÁO\nKết quả năm 2024\n"
            "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Kinh tế\nSản xuất ổn định.\nII. Phương hướng năm 2025\n1. Kinh tế\nPhát triển.\n")
    assert [s.label for s in vanban.parse(text).iter_sections()] == ["I", "1", "II", "1"]


def test_chapter_and_article_titles_on_the_lines_after_their_labels():
    # a regulation converted to Markdown: labels broken from their numbers, titles on the following lines
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 40/2025/QĐ-UBND\nBắc Ninh, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
            "Ban hành Quy định về công tác thi đua, khen thưởng\n\n"
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\n"
            "**Chương\nI**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\nQuy định này quy định về đối tượng.\n"
            "**Chương\nII**\n\n**ĐỐI TƯỢNG, TIÊU\nCHUẨN DANH HIỆU THI ĐUA**\n\n"
            "**Điều 2.\nĐối tượng, tiêu chuẩn xét tặng Lao động tiên tiến\nvà Giấy khen**\n\n"
            "1. Danh hiệu Lao động tiên tiến được xét tặng hằng năm.\n")
    got = [(s.label, s.title) for s in vanban.parse(text).iter_sections()]
    assert got == [("Chương I", "QUY ĐỊNH CHUNG"), ("Điều 1", "Phạm vi điều chỉnh"),
                   ("Chương II", "ĐỐI TƯỢNG, TIÊU CHUẨN DANH HIỆU THI ĐUA"),
                   ("Điều 2", "Đối tượng, tiêu chuẩn xét tặng Lao động tiên tiến và Giấy khen")]


def test_a_chapter_title_in_ordinary_case_on_the_next_line():
    text = ("CHÍNH PHỦ\nSố: 13/2023/NĐ-CP\nHà Nội, ngày 17 tháng 4 năm 2023\nNGHỊ ĐỊNH\nBảo vệ dữ liệu cá nhân\n\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
            "Chương III\n\nHồ sơ, trình tự, thủ tục về dữ liệu cá nhân\n\nĐiều 24. Hồ sơ đánh giá\nNội dung hồ sơ.\n"
            "Chương IV\nĐIỀU KHOẢN THI HÀNH\nĐiều 25. Hiệu lực thi hành\nNghị định này có hiệu lực.\n")
    got = [(s.label, s.title) for s in vanban.parse(text).iter_sections()]
    assert got == [("Chương III", "Hồ sơ, trình tự, thủ tục về dữ liệu cá nhân"), ("Điều 24", "Hồ sơ đánh giá"),
                   ("Chương IV", "ĐIỀU KHOẢN THI HÀNH"), ("Điều 25", "Hiệu lực thi hành")]


def test_an_unnumbered_heading_starts_a_new_numbering():
    text = ("BAN THƯỜNG TRỰC\nỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH\nSố: 06/HD-MTTQ-BTT\nQuảng Ninh, ngày 05 tháng 01 năm 2026\n"
            "HƯỚNG DẪN\nQuy trình hiệp thương\n\n"
            "I. CƠ QUAN, TỔ CHỨC TIẾN HÀNH GIỚI THIỆU\nCác cơ quan được phân bổ số lượng thực hiện ba bước.\n"
            "1. Tổ chức họp ban lãnh đạo.\n2. Tổ chức hội nghị cử tri.\n3. Tổ chức hội nghị ban lãnh đạo mở rộng.\n"
            "NỘI DUNG, TRÌNH TỰ, THỦ TỤC:\n1. Họp ban lãnh đạo cơ quan\n1.1. Thành phần dự họp:\n- Ban lãnh đạo.\n"
            "2. Hội nghị lấy ý kiến cử tri\n2.1. Việc tổ chức hội nghị\nNội dung.\n"
            "II. HỒ SƠ ỨNG CỬ\nNội dung.\n")
    got = [(s.label, s.depth) for s in vanban.parse(text).iter_sections()]
    assert got == [("I", 0), ("1", 1), ("2", 1), ("3", 1), ("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2), ("II", 0)]


def test_an_article_title_wrapped_right_after_its_label():
    # a circular converted to Markdown with hard line breaks: "**Điều 5. Hiệu" / "lực thi hành**"
    text = ("BỘ GIAO THÔNG VẬN TẢI\nSố: 45/2025/TT-BGTVT\nHà Nội, ngày 20 tháng 11 năm 2025\nTHÔNG TƯ\n"
            "Quy định giá dịch vụ đăng kiểm\n\nCăn cứ Luật Giá ngày 19 tháng 6 năm 2023;\n\n"
            "**Điều 1. Phạm\nvi điều chỉnh và đối tượng áp dụng**\n1. Phạm vi điều chỉnh: Thông tư này quy định giá.\n"
            "**Điều 5. Hiệu\nlực thi hành**\nThông tư này có hiệu lực kể từ\nngày 08 tháng 01 năm 2026./.\n")
    got = [(s.label, s.title) for s in vanban.parse(text).iter_sections()]
    assert got == [("Điều 1", "Phạm vi điều chỉnh và đối tượng áp dụng"), ("Điều 5", "Hiệu lực thi hành")]


def test_a_bold_heading_broken_by_a_hard_line_break_keeps_its_title():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 12/KH-UBND\nCần Thơ, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Phát động phong trào thi đua\n\nI. NỘI DUNG\n**1. Đối tượng\nthi đua**\nCán bộ, công chức.\n"
            "**2. Thời\ngian tổ chức**: từ tháng 3 đến tháng 12.\n**3. Các\nđơn vị có trách nhiệm**\nThực hiện.\n")
    got = [(s.label, s.title, s.inline_text) for s in vanban.parse(text).iter_sections()]
    assert got == [("I", "NỘI DUNG", None), ("1", "Đối tượng thi đua", None),
                   ("2", "Thời gian tổ chức: từ tháng 3 đến tháng 12.", "từ tháng 3 đến tháng 12."),
                   ("3", "Các đơn vị có trách nhiệm", None)]


def test_articles_quoted_by_an_amending_law_are_not_its_own_headings():
    # "Sửa đổi Điều 21 và Điều 22 như sau:" quotes both articles over many lines; only the opening line
    # carries the quote mark, so "Điều 22." inside it looks like an article of the amending law
    text = ("QUỐC HỘI\nLuật số: 12/2025/QH15\n\nLUẬT\nSửa đổi, bổ sung một số điều của Luật Bầu cử\n\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Luật Bầu cử\n"
            "1. Sửa đổi, bổ sung Điều 21 và Điều 22 như sau:\n"
            "“Điều 21. Các tổ chức phụ trách bầu cử ở địa phương\n1. Ủy ban bầu cử ở tỉnh.\n\n"
            "Điều 22. Việc thành lập Ủy ban bầu cử\n1. Chậm nhất là 105 ngày trước ngày bầu cử.\n"
            "2. Danh sách Ủy ban bầu cử được gửi đến Ủy ban bầu cử ở tỉnh.”.\n"
            "2. Sửa đổi khoản 1 Điều 31 như sau:\n“1. Danh sách cử tri do Ủy ban nhân dân cấp xã lập.”.\n\n"
            "Điều 2. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n")
    got = [(s.label, s.line) for s in vanban.parse(text).iter_sections()]
    assert got == [("Điều 1", 7), ("Điều 2", 18)]


def test_a_quote_never_closed_hides_no_headings():
    text = ("UBND XÃ AN PHÚ\nSố: 05/QĐ-UBND\nAn Phú, ngày 03 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\n"
            "Điều 1. Sửa đổi Điều 3 như sau:\n“Điều 3. Tặng Giấy khen cho các tập thể.\n\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\nĐiều 3. Văn phòng và các cá nhân chịu trách nhiệm thi hành.\n")
    assert [s.label for s in vanban.parse(text).iter_sections()] == ["Điều 1", "Điều 2", "Điều 3"]


def test_capital_letter_parts_in_sentence_case():
    text = ("SỞ NỘI VỤ\nPHÒNG THI ĐUA, KHEN THƯỞNG\nQuảng Bình, ngày 04 tháng 5 năm 2021\n\nPHÂN CÔNG NHIỆM VỤ\n"
            "Các thành viên Phòng\n\nA. Phân công nhiệm vụ:\n1. Ông Nguyễn Văn An - Trưởng phòng\n- Phụ trách chung.\n"
            "2. Bà Lê Thị Bình - Chuyên viên\n- Theo dõi khen thưởng.\nB. Tổ chức thực hiện:\n"
            "Các thành viên chủ động tham mưu.\n\nA. Nguyễn Văn Cường là cộng tác viên của Phòng từ năm 2020.\n")
    got = [(s.label, s.depth, s.title) for s in vanban.parse(text).iter_sections()]
    assert got == [("A", 0, "Phân công nhiệm vụ:"), ("1", 1, "Ông Nguyễn Văn An - Trưởng phòng"),
                   ("2", 1, "Bà Lê Thị Bình - Chuyên viên"), ("B", 0, "Tổ chức thực hiện:")]


def test_party_arabic_headings_with_a_dash_under_roman_dash_parts():
    text = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ KIM BẢNG\n*\nSố 46-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Kim Bảng, ngày 15 tháng 12 năm 2025\n\nBÁO CÁO\nkết quả lãnh đạo 6 tháng cuối năm 2025\n\n"
            "I- KẾT QUẢ LÃNH ĐẠO\n\n1- Công tác xây dựng Đảng\n\n- Về chính trị: tổ chức học tập nghị quyết.\n\n"
            "2- Lãnh đạo phát triển kinh tế - xã hội\n\nTổng giá trị sản xuất tăng 8,2%.\n\n"
            "II- PHƯƠNG HƯỚNG\n\n1- Tổ chức tốt việc học tập nghị quyết.\n\n3- Nâng cao chất lượng sinh hoạt chi bộ.\n")
    doc = vanban.parse(text)
    got = [(s.label, s.depth, s.style) for s in doc.iter_sections()]
    assert got == [("I", 0, "roman_dash"), ("1", 1, "arabic_dash"), ("2", 1, "arabic_dash"),
                   ("II", 0, "roman_dash"), ("1", 1, "arabic_dash"), ("3", 1, "arabic_dash")]
    # "1- … 3-" skips 2: the numbering rule sees the Party sub-headings
    assert [(f.code, f.line) for f in vanban.lint(doc) if f.code == "VB201"] == [("VB201", 25)]
    # a range or a date is no heading
    assert [s.label for s in vanban.parse("1-2 người vắng mặt.\n28-12-2010 họp chi bộ.\n").iter_sections()] == []


def test_a_numbered_ward_or_district_is_the_dateline_place():
    for place in ("Phường 12", "Quận 1"):
        text = (f"ỦY BAN NHÂN DÂN\n{place.upper()}\nSố: 15/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                f"Độc lập - Tự do - Hạnh phúc\n{place}, ngày 08 tháng 7 năm 2024\nBÁO CÁO\nKết quả 6 tháng đầu năm 2024\n")
        h = vanban.parse(text).header
        assert (h.place, h.date) == (place, datetime.date(2024, 7, 8))
        assert "VB505" not in {f.code for f in vanban.lint(text)}


def test_a_subject_that_starts_with_thuc_hien_is_not_taken_for_the_body():
    head = ("ỦY BAN NHÂN DÂN\nXÃ QUANG LỊCH\nSố: 14/KH-UBND\nQuang Lịch, ngày 07 tháng 02 năm 2025\n\nKẾ HOẠCH\n")
    doc = vanban.parse(head + "Thực hiện chuyển đổi số năm 2025 trên địa bàn xã Quang Lịch\n\n"
                       "Thực hiện Kế hoạch số 126/KH-UBND ngày 15/01/2025 của UBND huyện, UBND xã ban hành kế hoạch như sau:\n")
    assert doc.header.subject == "Thực hiện chuyển đổi số năm 2025 trên địa bàn xã Quang Lịch"
    # right under the title, a line that cites a document opens the body
    doc = vanban.parse(head + "Thực hiện Kế hoạch số 126/KH-UBND ngày 15/01/2025 của UBND huyện, UBND xã ban hành:\n")
    assert doc.header.subject is None


def test_the_half_year_a_report_covers():
    def period(subject):
        p = vanban.parse("UBND XÃ AN PHÚ\nSố: 15/BC-UBND\nAn Phú, ngày 15 tháng 12 năm 2025\nBÁO CÁO\n"
                         + subject + "\n\nNội dung.\n").header.period
        return p.kind, p.year, p.months, p.half, p.text
    assert period("Kết quả 6 tháng cuối năm 2025, phương hướng năm 2026") == (
        "half_year", 2025, 6, 2, "6 tháng cuối năm 2025")
    assert period("Kết quả 6 tháng đầu năm 2025") == ("half_year", 2025, 6, 1, "6 tháng đầu năm 2025")
    # "sơ kết 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2025" reports on the first half: the year stands
    assert period("Sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025")[:2] == ("year", 2025)


def test_a_header_laid_side_by_side_keeps_the_issuing_body_apart_from_the_national_title():
    from vanban.extract.awards import issuing_body_name

    text = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "  XÃ QUANG LỊCH                           Độc lập - Tự do - Hạnh phúc\n\n"
            "  Số: 14/KH-UBND                 Quang Lịch, ngày 07 tháng 02 năm 2025\n\nKẾ HOẠCH\n"
            "Chuyển đổi số năm 2025\n\nNội dung.\n")
    doc = vanban.parse(text)
    assert issuing_body_name(doc) == doc.header.issuing_body_name == "ỦY BAN NHÂN DÂN XÃ QUANG LỊCH"
    tabbed = vanban.parse("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN PHONG\tĐộc lập - Tự do - "
                          "Hạnh phúc\nSố: 15/QĐ-UBND\tTân Phong, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc X\n")
    assert tabbed.header.issuing_body_name == "ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG"
    assert (doc.header.national_title.text, doc.header.place, doc.header.date) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Quang Lịch", datetime.date(2025, 2, 7))


def test_communes_named_cong_hoa_or_doc_lap_keep_their_name():
    for name in ("CỘNG HÒA", "ĐỘC LẬP"):
        text = (f"ỦY BAN NHÂN DÂN\nXÃ {name}\nSố: 1/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                f"Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nKết quả\n")
        assert vanban.parse(text).header.issuing_body_name == f"ỦY BAN NHÂN DÂN XÃ {name}"
