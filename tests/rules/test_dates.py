"""VB1xx: dates, years and the reporting period."""

import vanban
from vanban.rules import LintConfig, run_rules

from .helpers import REPORT, _lint


def test_year_mismatch_realistic():
    found = _lint(REPORT, "year-mismatch")
    assert [(f.line, f.text) for f in found] == [(9, "năm 2023")]
    assert found[0].suggestion == "năm 2024"


def test_year_mismatch_english_message():
    doc = vanban.parse(REPORT)
    f = run_rules(doc, config=LintConfig(select=["VB103"]), lang="en")[0]
    assert "about 2024" in f.message and "should it be 2024" in f.message


def test_invalid_dates_kinds():
    text = "Thực hiện Kế hoạch số 05/KH-UBND ngày 31/04/2024 và Quyết định số 07/QĐ-UBND ngày 29/02/2023 của UBND xã."
    found = _lint(text, "invalid-date")
    assert [f.text for f in found] == ["31/04/2024", "29/02/2023"]
    assert "tháng 4 chỉ có 30 ngày" in found[0].message
    assert "không nhuận" in found[1].message


def test_future_date():
    text = "Số: 10/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nTheo Quyết định số 15/QĐ-UBND ngày 20/12/2023 của UBND huyện.\n"
    found = _lint(text, "future-date")
    assert len(found) == 1 and found[0].line == 4


def test_anniversaries_are_dates_of_their_own_kind():
    text = ("Chào mừng Kỷ niệm 50 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026) và 51 năm Ngày giải phóng quê "
            "hương (1975 - 2026); thực hiện kế hoạch phát triển 5 năm (2021 - 2025).")
    got = [(d.kind, d.value, d.year, d.end_year, d.text) for d in vanban.parse(text).dates]
    assert got == [
        ("anniversary", "50", 1931, 2026, "Kỷ niệm 50 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026)"),
        ("anniversary", "51", 1975, 2026, "51 năm Ngày giải phóng quê hương (1975 - 2026)"),
        ("period", None, 2021, 2025, "2021 - 2025"),  # a five-year plan is no anniversary
    ]


def test_report_year_of_a_multi_year_period_depends_on_when_the_document_speaks():
    def year(subject: str, date: str) -> int:
        d, m, y = date.split("/")
        text = (f"ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ\nSố: 15/BC-UBND\nTân Kỳ, ngày {d} tháng {m} năm {y}\nBÁO CÁO\n{subject}\n"
                "I. KẾT QUẢ\nNội dung.\n")
        return vanban.parse(text).header.report_year

    # a resolution or plan for a period, issued inside it, speaks from its own year
    assert year("Phát triển nông nghiệp hàng hóa giai đoạn 2021 - 2025", "26/8/2021") == 2021
    assert year("Công tác bầu cử nhiệm kỳ 2026 - 2031", "12/01/2026") == 2026
    # a review of a period speaks of it up to its last year
    assert year("Tổng kết phong trào thi đua giai đoạn 2016 - 2020", "15/12/2020") == 2020
    assert year("Tổng kết phong trào thi đua giai đoạn 2016 - 2020", "20/02/2021") == 2020


def test_a_zero_before_months_3_to_9_and_table_cells_that_repeat_a_title():
    line = "Số: 10/BC-UBND\nBa Vì, ngày 09 tháng 03 năm 2026\nBÁO CÁO\nKết quả\n"
    assert [f.message for f in vanban.lint(line) if f.code == "VB104"] == [
        "Dòng ngày tháng: tháng “03” nên viết không có số 0: “3”."]
    assert [f for f in vanban.lint(line.replace("tháng 03", "tháng 3")) if f.code == "VB104"] == []
    row = "STT\tTên thôn\tSố hộ\tSố hộ đạt “Gia đình văn hóa”\tTỷ lệ (%)\n1\tThôn Đông\t245\t231\t94,3\n"
    assert [f for f in vanban.lint(row) if f.code == "VB705"] == []
    assert [f.text for f in vanban.lint("Tổng số hộ số hộ đạt chuẩn là 231.") if f.code == "VB705"] == ["số hộ số hộ"]


def test_a_figure_at_the_end_of_last_year_is_a_baseline():
    text = ("UBND TỈNH ĐỒNG THÁP\nSố: 15/BC-UBND\nĐồng Tháp, ngày 05 tháng 7 năm 2025\nBÁO CÁO\n"
            "Kết quả 6 tháng đầu năm 2025\n\nI. KẾT QUẢ\nDư nợ cho vay đến cuối năm 2024 là 1.250 tỷ đồng. "
            "Tình hình kinh tế - xã hội năm 2024 ổn định.\n")
    assert [(f.line, f.column) for f in vanban.lint(text) if f.code == "VB103"] == [(8, 78)]
