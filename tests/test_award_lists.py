"""Lists attached to award decisions: rows counted in every shape, checked against Điều 1 and group headings."""
from __future__ import annotations

import vanban
from vanban.model import Document

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\n"
        "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2023\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HƯNG\n\n")
TAIL = ("Điều 2. Văn phòng - Thống kê xã thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
        "CHỦ TỊCH\n\nĐỗ Văn Khải\n\n\n")
NAMES = ["Nguyễn Thị Hòa", "Lê Văn Bình", "Trần Quốc Việt", "Phan Thị Thu Hà", "Võ Đình Nam"]


def _pipe_list(n: int, announced: int) -> str:
    rows = "".join(f"|{k}|{NAMES[k - 1]}|Công chức xã|\n" for k in range(1, n + 1))
    return ("DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2023\n"
            "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2024 của Chủ tịch UBND xã Tân Hưng)\n\n"
            f"Danh hiệu “Lao động tiên tiến”: gồm {announced:02d} cá nhân\n|TT|Họ và tên|Chức vụ, đơn vị|\n" + rows)


def _decision(n_decided: int, n_rows: int, announced: int) -> str:
    return (HEAD + f"Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho {n_decided:02d} cá nhân thuộc UBND xã "
            "đã hoàn thành tốt nhiệm vụ (có danh sách kèm theo).\n" + TAIL + _pipe_list(n_rows, announced))


def test_a_markdown_table_list_is_read_row_by_row():
    doc = vanban.parse(_decision(5, 5, 5))
    (g,) = doc.award_lists
    assert (g.award, g.announced, g.rows, g.heading) == (
        "Lao động tiên tiến", 5, 5, "Danh hiệu “Lao động tiên tiến”: gồm 05 cá nhân")
    assert g.decision is not None and doc.citations[g.decision].number == "05"
    assert doc.text[g.start:g.end] == g.text and g.text.endswith("|5|Võ Đình Nam|Công chức xã|")
    assert [e.text for e in g.entries] == NAMES
    assert all(doc.text[e.start:e.end] == e.text and e.line == g.first_row_line + k for k, e in enumerate(g.entries))
    # the list's title and heading name the award of the list: they are not awards of their own
    assert [(a.line, a.status, a.count) for a in doc.awards] == [(11, "awarded", 5)]
    assert not [f for f in vanban.lint(doc) if f.code == "VB604"]
    assert Document.model_validate_json(doc.model_dump_json()).award_lists == doc.award_lists


def test_decided_count_announced_count_and_rows_must_agree():
    doc = vanban.parse(_decision(5, 4, 5))
    got = [(f.line, f.message) for f in vanban.lint(doc) if f.code == "VB604"]
    assert got == [
        (11, "Quyết định tặng “Lao động tiên tiến” cho 5 cá nhân nhưng danh sách kèm theo liệt kê 4."),
        (27, "Nhóm “Lao động tiên tiến” ghi 5 nhưng liệt kê 4 dòng."),
    ]
    (f,) = [f for f in vanban.lint(doc, lang="en") if f.code == "VB604" and f.line == 11]
    assert f.message == "The decision grants “Lao động tiên tiến” to 5 but the attached list has 4."
    assert f.related and f.related[0].line == 27


def test_tab_table_with_collectives_and_individuals():
    text = (HEAD.replace("Về việc tặng danh hiệu “Lao động tiên tiến” năm 2023", "Về việc tặng Giấy khen")
            + "Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 02 tập thể và 03 cá nhân đã có thành tích xuất sắc.\n"
            + TAIL + "DANH SÁCH KHEN THƯỞNG\nTT\tTên tập thể, cá nhân\tĐơn vị\n1\tBan Chỉ đạo xóa nhà tạm\tTập thể\n"
            "2\tĐoàn Thanh niên xã\tTập thể\n3\tÔng Nguyễn Văn Lực\tCông chức\n4\tBà H'Linh Niê\tHội LHPN xã\n")
    doc = vanban.parse(text)
    (g,) = doc.award_lists
    assert (g.award, g.announced, g.rows, g.title) == (None, None, 4, "DANH SÁCH KHEN THƯỞNG")
    assert [e.text for e in g.entries] == ["Ban Chỉ đạo xóa nhà tạm", "Đoàn Thanh niên xã", "Ông Nguyễn Văn Lực",
                                          "Bà H'Linh Niê"]
    got = [f.message for f in vanban.lint(doc) if f.code == "VB604"]
    assert got == ["Quyết định tặng “Giấy khen” cho 5 tập thể, cá nhân nhưng danh sách kèm theo liệt kê 4."]


def test_groups_under_one_list_and_lists_that_are_not_about_awards():
    text = (HEAD + "Điều 1. Công nhận danh hiệu thi đua năm 2024 cho các cá nhân có tên trong danh sách kèm theo, gồm:\n"
            "- Chiến sĩ thi đua cơ sở: 02 cá nhân;\n- Lao động tiên tiến: 03 cá nhân.\n" + TAIL
            + "DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA NĂM 2024\n\n"
            "Danh hiệu “Chiến sĩ thi đua cơ sở” (02 cá nhân):\n1. Bà Lê Thị Thanh Tâm, Công chức Văn phòng;\n"
            "2. Ông Phạm Minh Đức, Công chức Địa chính.\nDanh hiệu “Lao động tiên tiến” (03 cá nhân):\n"
            "1. Ông Trịnh Văn Hùng, Chỉ huy trưởng\nBan CHQS xã;\n2. Bà Nguyễn Thị Mai, Công chức Tư pháp.\n\n"
            "DANH SÁCH\nNHỮNG NGƯỜI ĐƯỢC GIỚI THIỆU ỨNG CỬ\n1. Ông A\n2. Ông B\n")
    doc = vanban.parse(text)
    assert [(g.award, g.announced, g.rows) for g in doc.award_lists] == [
        ("Chiến sĩ thi đua cơ sở", 2, 2), ("Lao động tiên tiến", 3, 2)]  # a wrapped name is one row
    assert [[e.text for e in g.entries] for g in doc.award_lists] == [
        ["Bà Lê Thị Thanh Tâm", "Ông Phạm Minh Đức"], ["Ông Trịnh Văn Hùng", "Bà Nguyễn Thị Mai"]]
    got = sorted(f.message for f in vanban.lint(doc) if f.code == "VB604")
    assert got == ["Nhóm “Lao động tiên tiến” ghi 3 nhưng liệt kê 2 dòng.",
                   "Quyết định tặng “Lao động tiên tiến” cho 3 cá nhân nhưng danh sách kèm theo liệt kê 2."]


def test_a_word_table_read_one_cell_per_line():
    cells = "".join(f"{k}\n{NAMES[k - 1]}\nCông chức xã\n" for k in range(1, 5))
    text = (HEAD + "Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho 04 cá nhân (có danh sách kèm theo).\n"
            + TAIL + "DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2023\n"
            "TT\nHọ và tên\nChức vụ, đơn vị\n" + cells)
    doc = vanban.parse(text)
    assert [(g.award, g.rows, g.heading) for g in doc.award_lists] == [("Lao động tiên tiến", 4, "TT")]
    assert [e.text for e in doc.award_lists[0].entries] == NAMES[:4]  # the cell after each row number
    assert not [f for f in vanban.lint(doc) if f.code == "VB604"]
    short = text.replace("4\nVõ", "x\nVõ").replace("4\nPhan Thị Thu Hà", "4\nPhan Thị Thu Hà")
    doc = vanban.parse(short.rsplit("4\nPhan", 1)[0])
    assert [f.message for f in vanban.lint(doc) if f.code == "VB604"] == [
        "Quyết định tặng “Lao động tiên tiến” cho 4 cá nhân nhưng danh sách kèm theo liệt kê 3."]


def test_a_row_listed_twice_and_namesakes():
    def lst(rows: str) -> str:
        return (HEAD + "Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho 03 cá nhân (có danh sách kèm theo).\n"
                + TAIL + "DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2023\n" + rows)
    repeated = lst("1. Bà Lê Thị Hoa, công chức Tư pháp;\n2. Ông Phạm Văn Đức, công chức Địa chính;\n"
                   "3. Bà Lê Thị Hoa, công chức Tư pháp.\n")
    got = [(f.line, f.message) for f in vanban.lint(repeated) if f.code == "VB605"]
    assert got == [(27, "“Bà Lê Thị Hoa” được ghi hai lần trong danh sách (lần đầu ở dòng 25).")]
    namesakes = lst("1. Bà Lê Thị Hoa, công chức Tư pháp;\n2. Ông Phạm Văn Đức, công chức Địa chính;\n"
                    "3. Bà Lê Thị Hoa, giáo viên Trường Tiểu học.\n")
    assert not [f for f in vanban.lint(namesakes) if f.code == "VB605"]
    # a Word table read one cell per line: the cells after the name decide
    table = lst("TT\nHọ và tên\nChức vụ\n1\nLê Thị Hoa\nCông chức Tư pháp\n2\nPhạm Văn Đức\nCông chức Địa chính\n"
                "3\nLê Thị Hoa\nGiáo viên\n")
    assert not [f for f in vanban.lint(table) if f.code == "VB605"]
    assert [f.line for f in vanban.lint(table.replace("Giáo viên", "Công chức Tư pháp")) if f.code == "VB605"] == [35]


def test_groups_by_kind_of_recipient_are_compared_with_the_decision():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHONG\nSố: 214/QĐ-UBND\nTân Phong, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc tặng Giấy khen\n\nĐiều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho {t} tập thể và {c} "
            "cá nhân đã có thành tích (có danh sách kèm theo).\nĐiều 2. Văn phòng thi hành Quyết định này./.\n\n"
            "DANH SÁCH\nTẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n"
            "(Kèm theo Quyết định số 214/QĐ-UBND ngày 18/11/2025 của Chủ tịch Ủy ban nhân dân phường)\n\n"
            "STT\tTên tập thể, họ và tên cá nhân\tChức vụ, đơn vị công tác\nI\tTẬP THỂ\t\n"
            "1\tTổ dân phố số 3\tPhường Tân Phong\n2\tTrường Trung học cơ sở Tân Phong\tPhường Tân Phong\n"
            "II\tCÁ NHÂN\t\n1\tBà Đỗ Thị Mai Hương\tChuyên viên\n2\tÔng Lò Văn Thắng\tTổ trưởng\n"
            "3\tBà Vàng Thị Dua\tViên chức\n")
    doc = vanban.parse(text.format(t="02", c="03"))
    assert [(g.heading.split("\t")[1], g.rows) for g in doc.award_lists] == [("TẬP THỂ", 2), ("CÁ NHÂN", 3)]
    assert [f for f in vanban.lint(doc) if f.code == "VB604"] == []
    swapped = [f.message for f in vanban.lint(text.format(t="03", c="02")) if f.code == "VB604"]
    assert swapped == ["Quyết định tặng “Giấy khen” cho 3 tập thể nhưng nhóm “TẬP THỂ” liệt kê 2; 2 cá nhân nhưng "
                       "nhóm “CÁ NHÂN” liệt kê 3 (danh sách kèm theo)."]


def test_a_household_group_and_a_group_right_under_a_two_line_title():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 21/QĐ-UBND\nAn Phú, ngày 18 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\n"
            "Về việc tặng Giấy khen\n\nĐiều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể và 02 "
            "hộ gia đình (có danh sách kèm theo).\nĐiều 2. Văn phòng thi hành Quyết định này./.\n\n"
            "DANH SÁCH\nĐƯỢC TẶNG GIẤY KHEN\nI. TẬP THỂ\n1. Thôn Đông\n2. Thôn Tây\nII. HỘ GIA ĐÌNH\n"
            "1. Hộ ông Nguyễn Văn An\n2. Hộ bà Lê Thị Bình\n")
    doc = vanban.parse(text)
    assert [(g.heading, g.rows) for g in doc.award_lists] == [("I. TẬP THỂ", 2), ("II. HỘ GIA ĐÌNH", 2)]
    # no crash on the household group; the two collectives listed against the three decided are reported
    assert [f.message for f in vanban.lint(doc) if f.code == "VB604"] == [
        "Quyết định tặng “Giấy khen” cho 5 tập thể, cá nhân nhưng danh sách kèm theo liệt kê 4."]
