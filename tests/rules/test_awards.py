"""VB6xx: awards, award lists and the 2025 reform."""

import datetime

import pytest

import vanban

from .helpers import PROPOSAL, QD_AWARD, REPORT_AWARDS, _lint


def test_award_grantor_and_district():
    text = ("Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nCông tác năm 2025\n"
            "- Bằng khen của Chủ tịch UBND xã: 02 cá nhân\n- Giấy khen của Chủ tịch UBND huyện: 01 cá nhân\n")
    assert [f.line for f in _lint(text, "award-grantor")] == [5]
    assert [f.line for f in _lint(text, "abolished-district")] == [6]


def test_decision_awards_are_decided_by_the_document_itself():
    doc = vanban.parse(QD_AWARD.format(form="Giấy khen"))
    got = [(a.line, a.name, a.status, a.count, a.grantor, a.decision_symbol, a.decision_date, a.year) for a in doc.awards]
    assert got == [
        (16, "Lao động tiên tiến", "awarded", 9, "Chủ tịch UBND xã", "31/QĐ-UBND", datetime.date(2024, 1, 8), 2023),
        (17, "Giấy khen", "awarded", 2, "Chủ tịch UBND xã", "31/QĐ-UBND", datetime.date(2024, 1, 8), 2023),
    ]  # the trích yếu on line 7 names the title but is not an award
    assert not _lint(QD_AWARD.format(form="Giấy khen"), "award-grantor")
    hits = _lint(QD_AWARD.format(form="Bằng khen"), "award-grantor")
    assert [f.line for f in hits] == [17] and "Quyết định của" in hits[0].message


def test_awards_in_one_sentence_keep_their_own_counts_and_decisions():
    doc = vanban.parse(REPORT_AWARDS)
    got = [(a.line, a.name, a.status, a.count, a.individuals, a.collectives, a.decision_symbol, a.grantor, a.year)
           for a in doc.awards]
    assert got == [
        (9, "Tập thể lao động tiên tiến", "awarded", 4, None, 4, "150/QĐ-UBND", "Chủ tịch UBND huyện", 2024),
        (9, "Chiến sĩ thi đua cơ sở", "awarded", 3, 3, None, "150/QĐ-UBND", "Chủ tịch UBND huyện", 2024),
        (9, "Lao động tiên tiến", "awarded", 41, 41, None, "150/QĐ-UBND", "Chủ tịch UBND huyện", 2024),
        (9, "Giấy khen", "awarded", 12, 7, 5, "151/QĐ-UBND", "Chủ tịch UBND huyện", 2024),
        # a bare "…/QĐ-UBND" in the commune's own report is the commune's decision
        (12, "Gia đình văn hóa", "awarded", 1215, None, None, "160/QĐ-UBND", "Chủ tịch UBND xã", 2024),
        (13, "Bằng khen", "proposed", 2, 2, None, None, None, 2024),
        (14, "Giấy khen", "mentioned", None, None, None, None, "Chủ tịch UBND xã", None),
    ]
    assert (doc.awards[-1].share_percent, doc.awards[-1].of) == (25, "LĐTT")


def test_a_proposal_lists_proposed_awards_for_its_addressee():
    doc = vanban.parse(PROPOSAL)
    got = [(a.line, a.name, a.status, a.count, a.individuals, a.collectives, a.grantor, a.year) for a in doc.awards]
    assert got == [
        (14, "Chiến sĩ thi đua cơ sở", "proposed", 2, 2, None, "Chủ tịch UBND huyện", 2024),
        (15, "Tập thể lao động tiên tiến", "proposed", 1, None, 1, "Chủ tịch UBND huyện", 2024),
        (18, "Giấy khen", "proposed", 6, 4, 2, "Chủ tịch UBND huyện", 2024),
        # a heading "ĐĂNG KÝ THI ĐUA NĂM 2025" opens a registration zone like a lead-in ending with ":"
        (23, "Lao động tiên tiến", "registered", 40, 40, None, None, 2025),
    ]


def test_award_procedures_and_criteria_are_not_awards_given():
    plan = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHƯỚC\nSố: 45/KH-UBND\nTân Phước, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
            "Tổ chức phong trào thi đua năm 2024\n\nIII. KHEN THƯỞNG\n"
            "Mỗi xã được đề xuất 01 tập thể để Chủ tịch UBND huyện xem xét, tặng Giấy khen.\n"
            "Hồ sơ đề nghị Chủ tịch UBND huyện tặng Giấy khen gồm 02 bộ.\n"
            "Phòng Nội vụ tham mưu thủ tục xét trình Chủ tịch UBND huyện tặng Giấy khen cho các tập\n"
            "thể có thành tích xuất sắc.\n"
            "Năm 2023, Chủ tịch UBND huyện đã tặng Giấy khen cho 05 tập thể và 12 cá nhân.\n"
            "Theo Quyết định số 120/QĐ-UBND ngày 05/01/2024 của UBND huyện, tặng Giấy khen cho các xã dẫn đầu.\n")
    doc = vanban.parse(plan)
    # the procedure lines (xem xét, hồ sơ, thủ tục) are guidance and no award; what was given is kept
    got = [(a.line, a.status, a.count, a.collectives, a.individuals, a.decision_symbol) for a in doc.awards]
    assert got == [(14, "awarded", None, 5, 12, None), (15, "awarded", None, None, None, "120/QĐ-UBND")]


def test_award_names_with_typos_are_recognised_and_reported():
    text = ("Kết quả năm 2023: công nhận danh hiệu Lao đông tiên tiến cho 41 cá nhân; Chiến sỹ thi đua cơ sở cho "
            "3 cá nhân; Tập thể lao động tiên tiên cho 2 tập thể; tặng Giấy khen cho 05 tập thể.\n"
            "Các tập thể lao động tích cực và gia đình văn minh được biểu dương.\n")
    doc = vanban.parse(text)
    got = [(a.name, a.name_text, a.count, a.recipient) for a in doc.awards]
    assert got == [("Lao động tiên tiến", "Lao đông tiên tiến", 41, "cá nhân"),
                   ("Chiến sĩ thi đua cơ sở", "Chiến sỹ thi đua cơ sở", 3, "cá nhân"),  # a spelling variant
                   ("Tập thể lao động tiên tiến", "Tập thể lao động tiên tiên", 2, "tập thể"),
                   ("Giấy khen", "Giấy khen", 5, "tập thể")]
    # near names that are other things ("lao động tích cực", "gia đình văn minh") are not awards
    typos = [(f.text, f.suggestion) for f in vanban.lint(doc) if f.code == "VB701"]
    assert typos == [("Lao đông tiên tiến", "Lao động tiên tiến"),
                     ("Tập thể lao động tiên tiên", "Tập thể lao động tiên tiến")]


def test_a_letter_telling_others_what_to_register_lists_no_awards_of_its_own():
    letter = ("ỦY BAN NHÂN DÂN\nXÃ HÒA PHONG\nSố: 88/UBND-VP\nV/v đăng ký thi đua năm 2026\n"
              "Hòa Phong, ngày 02 tháng 12 năm 2025\n\nKính gửi: Các cơ quan, đơn vị, thôn, buôn.\n\n"
              "1. Danh hiệu “Chiến sĩ thi đua cơ sở” chỉ đăng ký cho cá nhân có sáng kiến được công nhận; danh hiệu "
              "“Lao động tiên tiến” đăng ký cho cá nhân hoàn thành tốt nhiệm vụ trở lên.\n"
              "2. Các xã đề nghị xét tặng danh hiệu “Tập thể lao động tiên tiến”: hồ sơ gửi kèm biên bản họp.\n"
              "3. Năm 2025, Chủ tịch UBND xã đã tặng Giấy khen cho 12 cá nhân.\n"
              "- Tập thể UBND xã đăng ký danh hiệu “Tập thể lao động tiên tiến”.\n")
    doc = vanban.parse(letter)
    assert doc.header.doc_type == "Công văn"
    got = [(a.line, a.name, a.status, a.count) for a in doc.awards]
    # what it asks of others is guidance; a count, or a list item of its own, is kept
    assert got == [(11, "Giấy khen", "awarded", 12), (12, "Tập thể lao động tiên tiến", "registered", None)]


def test_a_registration_whose_verb_follows_the_title():
    plan = ("Số: 05/KH-UBND\nNghi Lộc, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nThi đua năm 2026\n"
            "2.2. Thi đua xây dựng “Thôn, tổ dân phố văn hóa”: 12/12 thôn đăng ký.\n")
    (a,) = vanban.parse(plan).awards
    assert (a.name, a.status, a.count, a.recipient, a.year) == ("Thôn, tổ dân phố văn hóa", "registered", 12, "tập thể", 2026)


def test_an_award_for_households_without_a_count_names_them():
    t = ("- Tặng Giấy khen cho các hộ hiến đất làm đường giao thông tại Quyết định số 160/QĐ-UBND ngày 15/10/2024 "
         "của UBND xã.\n- Tặng Giấy khen cho các tập thể có thành tích xuất sắc.\n")
    got = [(a.name, a.status, a.recipient, a.count) for a in vanban.parse(t).awards]
    assert got == [("Giấy khen", "awarded", "hộ gia đình", None), ("Giấy khen", "awarded", "tập thể", None)]


def test_a_proposal_names_its_grantor_also_around_a_quoted_title():
    head = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 41/TTr-UBND\nAn Phú, ngày 20 tháng 11 năm 2024\n\nTỜ TRÌNH\n"
            "Về việc đề nghị khen thưởng năm 2024\n\n")
    doc = vanban.parse(head + "Đề nghị Chủ tịch UBND xã tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 "
                       "cho 02 cá nhân có thành tích xuất sắc.\n")
    assert [(a.name, a.grantor, a.status, a.individuals) for a in doc.awards] == [
        ("Chiến sĩ thi đua cơ sở", "Chủ tịch UBND xã", "proposed", 2)]
    assert [f.code for f in vanban.lint(doc) if f.code == "VB601"] == ["VB601"]  # not the xã's to grant
    named = vanban.parse("Chủ tịch UBND huyện Can Lộc tặng Giấy khen cho 05 tập thể.")
    assert [(a.grantor, a.collectives) for a in named.awards] == [("Chủ tịch UBND huyện Can Lộc", 5)]
    # a procedure is no proposal: "Hồ sơ đề nghị … tặng Bằng khen gồm 02 bộ"
    proc = vanban.parse("Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen gồm 02 bộ (01 bộ gốc).")
    assert "proposed" not in [a.status for a in proc.awards]


def test_kinh_trinh_xem_xet_tang_is_a_proposal_and_a_row_number_is_no_count():
    doc = vanban.parse("Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét, tặng Giấy khen cho 04 tập thể và 05 cá nhân.")
    assert [(a.status, a.collectives, a.individuals) for a in doc.awards] == [("proposed", 4, 5)]
    table = vanban.parse("TT\tHình thức\tTập thể\tCá nhân\n1\tGiấy khen của Chủ tịch UBND xã\t05\t16\n")
    assert [a.count for a in table.awards if a.count is not None] == []


def test_any_district_body_after_july_2025_and_history_left_alone():
    head = ("ỦY BAN NHÂN DÂN\nXÃ LỤC SƠN\nSố: 45/GM-UBND\nLục Sơn, ngày 05 tháng 8 năm 2025\n\nGIẤY MỜI\n"
            "Dự hội nghị văn hóa\n\nTrân trọng kính mời:\n")
    doc = vanban.parse(head + "- Đại diện lãnh đạo Phòng Văn hóa và Thông tin huyện Lục Ngạn;\n- Công an xã.\n")
    assert [f.text for f in vanban.lint(doc) if f.code == "VB602"] == ["huyện Lục Ngạn"]
    for ok in ("- Nhân dân thuộc huyện Cư Jút (trước sắp xếp);\n", "- Cán bộ huyện Lục Ngạn (cũ);\n"):
        assert [f for f in vanban.lint(head + ok) if f.code == "VB602"] == []
    # before 01/7/2025 a district is no error
    assert [f for f in vanban.lint(doc.text.replace("tháng 8 năm 2025", "tháng 5 năm 2025")) if f.code == "VB602"] == []


def test_an_award_counts_what_its_own_sentence_counts():
    doc = vanban.parse("Năm 2024, toàn xã có 3.245 hộ gia đình, trong đó có 2.918 hộ được Chủ tịch Ủy ban nhân dân xã "
                       "công nhận danh hiệu “Gia đình văn hóa”, đạt 89,9%. Qua bình xét, có 03 thôn đủ điều kiện.\n")
    assert [(a.name, a.count, a.recipient, a.collectives) for a in doc.awards] == [
        ("Gia đình văn hóa", 2918, "hộ gia đình", None)]
    # a row number and the next cell are no quantity with a unit
    assert [(q.text, q.unit) for q in vanban.parse("STT\tTên\tSố hộ\n1\tTổ dân phố số 3\t120\n").quantities] == [("120", None)]


def test_a_target_is_no_award_given():
    doc = vanban.parse("Chỉ tiêu năm 2026:\n- Có từ 90% số hộ trở lên được công nhận danh hiệu “Gia đình văn hóa”.\n")
    assert "awarded" not in [a.status for a in doc.awards]


def test_a_list_introduced_by_a_proposal_holds_proposals():
    text = ("Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân xã:\n"
            "a) Tặng danh hiệu “Lao động tiên tiến” năm 2024 cho 15 cá nhân;\n"
            "b) Đề nghị Chủ tịch Ủy ban nhân dân huyện tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 02 cá nhân.\n")
    got = [(a.name, a.status, a.grantor) for a in vanban.parse(text).awards]
    assert got == [("Lao động tiên tiến", "proposed", "Chủ tịch Ủy ban nhân dân xã"),
                   ("Chiến sĩ thi đua cơ sở", "proposed", "Chủ tịch Ủy ban nhân dân huyện")]


def test_an_old_district_document_cited_by_its_issuer_is_history():
    head = "ỦY BAN NHÂN DÂN\nXÃ YÊN SƠN\nSố: 12/BC-UBND\nYên Sơn, ngày 05 tháng 9 năm 2025\nBÁO CÁO\nKết quả\n\n"
    cited = "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND huyện Yên Sơn về việc X, xã đã triển khai.\n"
    assert [f for f in vanban.lint(head + cited) if f.code == "VB602"] == []
    assert [(f.line, f.text) for f in vanban.lint(head + cited + "Phối hợp với Công an huyện Yên Sơn.\n")
            if f.code == "VB602"] == [(9, "huyện Yên Sơn")]


def test_a_total_broken_down_on_its_own_line():
    text = ("Năm 2024, có 45 cá nhân đạt danh hiệu “Lao động tiên tiến”, gồm: cán bộ 12 người, công chức 14 người, "
            "người hoạt động không chuyên trách 21 người.")
    assert [f.text for f in vanban.lint(text) if f.code == "VB302"] == ["45 cá nhân"]
    assert [f for f in vanban.lint(text.replace("21 người", "19 người")) if f.code == "VB302"] == []
    # after "trong đó" the parts may overlap (nữ, đảng viên, trình độ …): they are not added up
    overlap = text.replace("gồm:", "trong đó:")
    assert [f for f in vanban.lint(overlap) if f.code == "VB302"] == []
    assert [f for f in vanban.lint("Tổng số cán bộ, công chức: 22 người, trong đó:\n- Nữ: 09 người;\n"
                                   "- Đảng viên: 20 người;\n- Trình độ đại học trở lên: 18 người.\n")
            if f.code == "VB302"] == []
    # the award counts the 45 announced, not the parts after "trong đó"
    assert [(a.name, a.count, a.recipient) for a in vanban.parse(overlap).awards] == [("Lao động tiên tiến", 45, "cá nhân")]
    # members excused from meetings are in the total, neither present nor absent
    assert [f for f in vanban.lint("Chi bộ có 25 đảng viên, miễn sinh hoạt 02 đồng chí, có mặt 21 đồng chí, vắng 02 đồng chí.")
            if f.code == "VB302"] == []
    # parts that may be some of the whole, a range and a single part are left alone
    for ok in ("Tổng số 150 hộ, trong đó: 20 hộ nghèo, 30 hộ cận nghèo.",
               "Thành lập Tổ kiểm phiếu từ 05 đến 15 thành viên, gồm 10 thành viên cơ quan, 08 thành viên đoàn thể.",
               "Có 45 cá nhân đạt danh hiệu, trong đó 12 nữ."):
        assert [f for f in vanban.lint(ok) if f.code == "VB302"] == [], ok


def test_award_lists_numbered_group_titles_and_sub_groups():
    head = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 57/QĐ-UBND\nTân Hưng, ngày 15 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc tặng Giấy khen\n\nĐiều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 02 tập thể và {c} cá nhân "
            "(có danh sách kèm theo).\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nDANH SÁCH\n"
            "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n(Kèm theo Quyết định số 57/QĐ-UBND ngày 15/12/2025)\n\n")
    numbered = head + ("1. Tập thể (02 tập thể)\n1. Thôn Đông;\n2. Thôn Tây.\n2. Cá nhân (03 cá nhân)\n"
                       "1. Ông Nguyễn Văn An;\n2. Bà Lê Thị Bình;\n3. Ông Trần Văn Cường.\n")
    assert [f for f in vanban.lint(numbered.format(c="03")) if f.code == "VB604"] == []
    sub = head + ("I. TẬP THỂ\n1. Thôn Đông;\n2. Thôn Tây.\nII. CÁ NHÂN\na) Khối cơ quan xã\n1. Ông Nguyễn Văn An;\n"
                  "2. Bà Lê Thị Bình;\nb) Khối thôn\n1. Ông Trần Văn Cường;\n2. Ông Phạm Văn Dũng.\n")
    assert [f for f in vanban.lint(sub.format(c="04")) if f.code == "VB604"] == []
    assert [f.code for f in vanban.lint(sub.format(c="05")) if f.code == "VB604"] == ["VB604"]


# --- VB602: the district level after 01/7/2025, read in its context (#14) ---------------------------------------

_AFTER = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 77/QĐ-UBND\nLâm Đồng, ngày 12 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
          "Về việc sửa đổi Quy chế phối hợp\n\n")


def _vb602(body: str) -> list[str]:
    return [" ".join(f.text.split()) for f in vanban.lint(_AFTER + body) if f.code == "VB602"]


@pytest.mark.parametrize("body", [
    # an amending article speaks of the term, it does not use it
    "Điều 1. Sửa đổi Quy chế như sau:\na) Cụm từ “cấp huyện” bằng cụm từ “cấp xã” tại khoản 2 Điều 3;\n"
    "b) Bỏ cụm từ “Ủy ban nhân dân huyện” tại Điều 5.\n",
    # a transitional provision and historical narration
    "Điều 2. Hồ sơ đã được Ủy ban nhân dân cấp huyện tiếp nhận trước khi thực hiện sắp xếp bộ máy thì tiếp tục "
    "giải quyết.\n",
    "Chính sách này áp dụng cho người làm việc tại các hội ở cấp huyện trước thời điểm ngày 01 tháng\n"
    "7 năm 2025 nghỉ việc.\n",
    # a legal provision cited in its own words
    "Điều 4. Khu vực phát triển nhà ở phân theo đơn vị hành chính cấp huyện (điểm h khoản 1 Điều 27 Luật Nhà ở).\n",
    # the official name of a procedure for people of an earlier time, over clauses joined by ";"
    "Điều 5. Thủ tục trợ cấp một lần đối với chuyên gia các ngành; cán bộ xã, phường, thị trấn; công an xã; "
    "thanh niên xung phong làm nhiệm vụ quốc tế sau ngày 30/4/1975.\n",
    # a birthplace written in the format of its time
    "Điều 6. Sơ yếu lý lịch ghi: Họ và tên; ngày sinh; xã (phường, thị trấn), huyện (quận, thị xã) nơi đăng ký.\n",
    # a form's blanks
    "Mẫu số 02: Địa điểm tại khu vực……, ……(tên cấp xã)……, ……(tên cấp huyện)……\n",
    # the trích yếu of an earlier decision being replaced
    "Điều 7. Quyết định này thay thế Quyết định số 26/2019/QĐ-UBND ngày 16 tháng 8 năm 2019 của Ủy ban nhân dân "
    "tỉnh ban hành Quy chế phối hợp giữa Sở Tài nguyên và Môi trường với Ủy ban nhân dân cấp xã; Phòng Tài nguyên "
    "và Môi trường, Ủy ban nhân dân các huyện, thành phố.\n",
])
def test_district_level_in_quoted_transitional_legal_and_historical_text_is_not_reported(body):
    assert _vb602(body) == []


@pytest.mark.parametrize("body, found", [
    # a district body still acting, signing or addressed after 01/7/2025
    ("Điều 1. Giao Ủy ban nhân dân các huyện hướng dẫn các xã triển khai.\n", "Ủy ban nhân dân các huyện"),
    ("Kính gửi: UBND Huyện Lạc Dương.\nĐề nghị báo cáo kết quả.\n", "UBND Huyện"),
    ("Điều 2. Công an huyện phối hợp với các xã kiểm tra.\n", "Công an huyện"),
    ("Điều 3. Phòng Văn hóa và Thông tin huyện tổng hợp, báo cáo.\n", "Phòng Văn hóa và Thông tin huyện"),
    ("Điều 4. Hành chính cấp xã thuộc cùng một đơn vị hành chính cấp huyện.\n", "cấp huyện"),
    ("Điều 5. Xác nhận của Ủy ban nhân dân xã, phường, thị trấn nơi người đó cư trú.\n", "thị trấn"),
    ("Điều 6. Quyết định có hiệu lực từ ngày ký.\n\nNơi nhận:\n- UBND các huyện, thị xã;\n- Lưu: VT.\n\n"
     "TM. ỦY BAN NHÂN DÂN HUYỆN\nCHỦ TỊCH\n\nNguyễn Văn An\n", "UBND các huyện"),
])
def test_district_bodies_acting_or_addressed_after_the_reform_are_reported(body, found):
    assert _vb602(body) == [found]


def test_district_references_are_found_in_decomposed_text_too():
    body = "Điều 1. Giao Ủy ban nhân dân huyện Lạc Dương hướng dẫn các xã.\n"
    import unicodedata

    nfd = [" ".join(f.text.split()) for f in vanban.lint(unicodedata.normalize("NFD", _AFTER + body))
           if f.code == "VB602"]
    assert [unicodedata.normalize("NFC", t) for t in nfd] == _vb602(body) == ["Ủy ban nhân dân huyện"]


def test_award_rules_read_decomposed_text_as_composed():
    import unicodedata

    text = QD_AWARD.format(form="Bằng khen")
    nfc = [(f.code, f.line) for f in vanban.lint(text) if f.code.startswith("VB60")]
    assert nfc and [(f.code, f.line) for f in vanban.lint(unicodedata.normalize("NFD", text))
                    if f.code.startswith("VB60")] == nfc
