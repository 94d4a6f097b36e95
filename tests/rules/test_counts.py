"""VB3xx: counts, totals, ratios and tables."""

import vanban
from vanban.model import Document

from .helpers import _lint


def test_total_and_ratio():
    text = "Đã xây dựng 04 mô hình, cụ thể:\n- Lĩnh vực kinh tế: 01 mô hình\n- Lĩnh vực xã hội: 02 mô hình\n- Lĩnh vực an ninh: 02 mô hình\nCó 05/04 thôn đạt chuẩn.\n"
    assert [f.line for f in _lint(text, "total-mismatch")] == [1]
    assert [f.text for f in _lint(text, "ratio-exceeds")] == ["05/04 thôn"]


def test_ratio_with_thousands_in_the_whole():
    doc = vanban.parse("Tỷ lệ hộ gia đình văn hóa đạt 1.126/1.964 hộ; 04/04 thôn đạt chuẩn.")
    assert [(q.text, q.value, q.of, q.unit) for q in doc.quantities] == [
        ("1.126/1.964 hộ", 1126, 1964, "hộ"), ("04/04 thôn", 4, 4, "thôn")]


def test_breakdown_under_plus_items_stops_at_the_next_dash_line():
    doc = vanban.parse("- Đảng bộ có 15 chi bộ trực thuộc, gồm:\n+ Chi bộ thôn: 12;\n+ Chi bộ nhà trường: 03.\n"
                       "- Kết nạp 05 đảng viên mới.\n")
    total = [q for q in doc.quantities if q.text == "15 chi bộ"][0]
    assert (total.breakdown, total.announces) == ([12, 3], None)
    broken = vanban.parse("- Đảng bộ có 17 chi bộ trực thuộc, gồm:\n+ Chi bộ thôn: 12;\n+ Chi bộ nhà trường: 03.\n")
    assert [f.line for f in vanban.lint(broken) if f.name == "total-mismatch"] == [1]


def test_a_total_links_the_quantities_that_are_its_parts():
    doc = vanban.parse("Năm 2023 xây dựng được 04 mô hình, cụ thể:\n- Lĩnh vực kinh tế: 01 mô hình;\n"
                       "- Lĩnh vực văn hóa - xã hội: 02 mô hình;\n- Lĩnh vực quốc phòng: 02 mô hình.\n")
    total = doc.quantities[0]
    assert (total.text, total.breakdown, total.parts) == ("04 mô hình", [1, 2, 2], [1, 2, 3])
    assert [doc.quantities[i].line for i in total.parts] == [2, 3, 4]
    # bare parts have a value but no quantity of their own
    bare = vanban.parse("- Đảng bộ có 15 chi bộ trực thuộc, gồm:\n+ Chi bộ thôn: 12;\n+ Chi bộ nhà trường: 03.\n")
    assert [(q.breakdown, q.parts) for q in bare.quantities if q.text == "15 chi bộ"] == [([12, 3], [])]


def test_bare_parts_may_name_their_members_in_brackets():
    text = "Đề nghị tặng Giấy khen cho {n} trường hợp:\n+ Tập thể: 02 (Ấp Bưng Sa, Ấp Phước Hòa);\n+ Cá nhân: 03.\n"
    q = vanban.parse(text.format(n="05")).quantities[0]
    assert (q.text, q.breakdown) == ("05 trường hợp", [2, 3])
    assert [f.line for f in vanban.lint(text.format(n="07")) if f.name == "total-mismatch"] == [1]


def test_totals_of_money_areas_and_trong_do_lists():
    text = ("Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nKết quả năm 2023\n"
            "Tổng kinh phí thực hiện là 1.250 triệu đồng, trong đó:\n- Ngân sách tỉnh: 900 triệu đồng;\n"
            "- Ngân sách huyện: 400 triệu đồng.\n"
            "Tổng số hộ nghèo đầu năm là 120 hộ, trong đó:\n- Thôn 1: 40 hộ;\n- Thôn 2: 50 hộ.\n"
            "Tổng diện tích gieo trồng 1.245,5 ha, gồm:\n- Lúa: 1.000,5 ha;\n- Ngô: 200 ha;\n- Rau màu: 55 ha.\n"
            "Toàn xã có 36 hộ cận nghèo, cụ thể:\n- Thôn 1: 20 hộ;\n- Thôn 2: 14 hộ.\n")
    doc = vanban.parse(text)
    from decimal import Decimal

    assert [(q.line, q.breakdown) for q in doc.quantities if q.breakdown] == [
        (5, [900, 400]), (8, [40, 50]), (11, [Decimal("1000.5"), 200, 55]), (15, [20, 14])]
    got = [(f.line, f.message) for f in vanban.lint(doc) if f.code == "VB302"]
    assert got == [
        # money, and a list after "trong đó", may name only some parts: only parts above the total are wrong
        (5, "“1.250 triệu đồng” nhỏ hơn tổng các phần được liệt kê: 1.300 (900 + 400)."),
        (11, "“1.245,5 ha” nhỏ hơn tổng các phần được liệt kê: 1.255,5 (1.000,5 + 200 + 55)."),
        # "cụ thể" lists all of it: 20 + 14 is not 36
        (15, "“36 hộ cận nghèo” nhưng các dòng chi tiết cộng lại là 34 (20 + 14)."),
    ]  # 120 hộ "trong đó" 40 + 50: a partial list, no finding
    en = [f.message for f in vanban.lint(doc, lang="en") if f.code == "VB302"]
    assert en[1] == "“1.245,5 ha” is smaller than the sum of its listed parts: 1.255,5 (1.000,5 + 200 + 55)."
    again = Document.model_validate_json(doc.model_dump_json())
    assert [q.breakdown for q in again.quantities if q.line == 11 and q.breakdown] == [[Decimal("1000.5"), 200, 55]]


def test_an_announced_count_listed_as_numbered_entries_inside_groups():
    t = ("Đẩy mạnh triển khai Đề án 06, cụ thể 05 nhiệm vụ trọng tâm:\n"
         "- Nhiệm vụ đã triển khai: (1) Cấp Phiếu lý lịch tư pháp trên VNeID; (2) Học bạ số cấp tiểu học; (3) Chi trả "
         "an sinh xã hội không dùng tiền mặt.\n"
         "- Nhiệm vụ đang triển khai: (1) Hồ sơ sức khỏe điện tử; (2) Chuẩn hóa việc đánh số nhà.\n")
    assert vanban.lint(t, select=["VB301"]) == []  # 3 + 2 entries in two groups, not "2 items"
    f = vanban.lint(t.replace("05 nhiệm vụ", "06 nhiệm vụ"), select=["VB301"])
    assert [x.message for x in f] == ["Nêu “06 nhiệm vụ trọng tâm” nhưng liệt kê 5 mục ngay sau đó."]


def test_document_numbers_are_not_quantities():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 214/BC-UBND\nAn Phú, ngày 15 tháng 12 năm 2023\nBÁO CÁO\nKết quả năm 2023\n"
            "Số: 02-KH/ĐU\nXã có 1.126/1.964 hộ đạt gia đình văn hóa, 41 cá nhân đạt Lao động tiên tiến.\n")
    got = [(q.text, q.value, q.unit) for q in vanban.parse(text).quantities]
    assert got == [("1.126/1.964 hộ", 1126, "hộ"), ("41 cá nhân", 41, "cá nhân")]


def test_percent_over_100_is_a_share_of_a_whole_not_a_plan_completed():
    text = ("Tỷ lệ thu thuế phi nông nghiệp đạt 103,6% kế hoạch. Tỷ lệ hoàn thành kế hoạch đạt 104,8%. "
            "Tỷ lệ thu ngân sách đạt 112,5% dự toán huyện giao. Tỷ lệ hộ dùng nước sạch đạt 104% số hộ; "
            "tỷ lệ tham gia bảo hiểm y tế đạt 101,2%.")
    assert [f.text for f in vanban.lint(text) if f.code == "VB304"] == ["104%", "101,2%"]


def test_tong_so_announces_a_total_and_thanh_vien_is_counted():
    text = ("Tổng số 45 cá nhân, trong đó:\n- Cán bộ: 12 cá nhân;\n- Công chức: 14 cá nhân;\n"
            "- Người hoạt động không chuyên trách: 21 cá nhân.\n")
    total = vanban.parse(text).quantities[0]
    assert (total.text, total.breakdown) == ("45 cá nhân", [12, 14, 21])
    assert [f.line for f in vanban.lint(text) if f.code == "VB302"] == [1]
    assert [f.text for f in vanban.lint("Có 09/08 thành viên có mặt nhất trí.") if f.code == "VB303"] == ["09/08 thành viên"]
    # "số 12" after a place word is still an identifier
    assert [q.text for q in vanban.parse("Đơn vị bầu cử số 12 gồm 03 thôn.").quantities] == ["03 thôn"]


def test_a_list_title_with_its_count_in_brackets_and_meeting_attendance():
    text = ("Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét, tặng Giấy khen cho 04 tập thể và 05 cá nhân, cụ thể:\n\n"
            "1. Tập thể (04 tập thể)\n\n- Ủy ban nhân dân xã Hiền Quan;\n- Ủy ban nhân dân xã Vạn Xuân;\n"
            "- Văn phòng Điều phối nông thôn mới huyện.\n\n2. Cá nhân (02 cá nhân)\n\n- Ông Nguyễn Văn An;\n"
            "- Bà Lê Thị Bình.\n")
    assert [(f.code, f.line, f.text) for f in vanban.lint(text) if f.code == "VB301"] == [("VB301", 3, "04 tập thể")]
    # recipients counted in a sentence that introduces groups are not compared with the lines
    assert [f for f in vanban.lint("Tặng Giấy khen cho 05 cá nhân, cụ thể:\n- Phòng Nội vụ: 02 người và 01 chuyên viên "
                                   "Văn phòng;\n- Phòng Tư pháp: 02 người.\n") if f.code == "VB301"] == []
    meeting = "3. Thành viên Hội đồng: Tổng số 09 người; có mặt 08 người, vắng 02 người (có lý do).\n"
    assert [f.text for f in vanban.lint(meeting) if f.code == "VB302"] == ["09 người; có mặt 08 người, vắng 02"]
    assert [f for f in vanban.lint(meeting.replace("08", "07")) if f.code == "VB302"] == []


def test_a_labelled_total_that_announces_its_breakdown():
    text = ("1. Tổng thu ngân sách nhà nước trên địa bàn: 18.650 triệu đồng, gồm:\n"
            "a) Thu thuế, phí, lệ phí: 7.150 triệu đồng;\nb) Thu tiền sử dụng đất: 12.000 triệu đồng;\n"
            "c) Thu khác ngân sách: 500 triệu đồng.\n")
    q = vanban.parse(text).quantities[0]
    assert (q.label, q.breakdown) == ("1. Tổng thu ngân sách nhà nước trên địa bàn", [7150, 12000, 500])
    assert [f.line for f in vanban.lint(text) if f.code == "VB302"] == [1]
    assert [f for f in vanban.lint(text.replace("7.150", "6.150")) if f.code == "VB302"] == []
    # a labelled count that ends its sentence announces nothing
    assert vanban.parse("- Lao động tiên tiến: 41 cá nhân.\n- Chiến sĩ thi đua cơ sở: 05 cá nhân.\n").quantities[0].breakdown == []


def test_a_count_of_places_against_the_names_listed_one_per_line():
    text = ("Đoàn đã kiểm tra 05 trường, gồm:\n- Trường Mầm non Hòa An;\n- Trường Tiểu học Hòa An;\n"
            "- Trường Tiểu học Hòa Bình;\n- Trường Trung học cơ sở Hòa An.\n")
    assert [(f.line, f.text) for f in vanban.lint(text) if f.code == "VB301"] == [(1, "05 trường")]
    assert [f for f in vanban.lint(text.replace("05 trường", "04 trường")) if f.code == "VB301"] == []
    # lines that carry figures of their own are groups, not one name each
    grouped = ("Đã kiểm tra 05 trường, gồm:\n- Khối mầm non: 2 trường (Hòa An, Hòa Bình);\n"
               "- Khối tiểu học và trung học cơ sở: 3 trường.\n")
    assert [f for f in vanban.lint(grouped) if f.code == "VB301"] == []


def test_a_table_total_row_against_its_rows():
    tab = ("Bảng 1. Kết quả huy động nguồn lực\nTT\tThôn\tĐất hiến (m²)\tTiền đóng góp (triệu đồng)\tTỷ lệ (%)\n"
           "1\tThôn Đông\t620\t210\t25,1\n2\tThôn Nam\t480\t185\t22,3\n3\tThôn Đoài\t590\t160\t27,4\n"
           "4\tThôn Bắc\t460\t175\t25,2\n\tTổng cộng\t2.150\t760\t100\n")
    got = [(f.line, f.text, f.suggestion) for f in vanban.lint(tab) if f.code == "VB305"]
    assert got == [(7, "760", "730")]  # the rate column is not added up
    md = ("| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n| Thu thuế | 4.000 | 1.250 |\n"
          "| Thu phí, lệ phí | 6.000 | 1.800 |\n| Thu khác | 4.000 | 1.000 |\n| **Tổng cộng** | 14.000 | 4.150 |\n")
    assert [(f.line, f.text) for f in vanban.lint(md) if f.code == "VB305"] == [(6, "4.150")]
    assert [f for f in vanban.lint(md.replace("4.150", "4.050")) if f.code == "VB305"] == []
    # rows that are parts of other rows ("Trong đó") make the table no simple sum
    parts = ("Chỉ tiêu\tSố hộ\nHộ nghèo\t40\nTrong đó: hộ nghèo mới\t12\nHộ cận nghèo\t30\nTổng cộng\t70\n")
    assert [f for f in vanban.lint(parts) if f.code == "VB305"] == []


def test_a_part_with_a_bracketed_sub_part_counts_once():
    text = ("a) Tổng số hội trên địa bàn tỉnh là: 610 hội. Trong đó:\n"
            "- Hội có phạm vi hoạt động trong tỉnh: 90 hội (bao gồm 16 Hội do Đảng, Nhà nước giao nhiệm vụ).\n"
            "- Hội có phạm vi hoạt động trong xã: 520 hội.\n")
    q = vanban.parse(text).quantities[0]
    assert (q.text, q.breakdown, q.announces) == ("610 hội", [90, 520], None)
