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


# --- the analysis layer: VB103/VB105 read facts (issues 13 and 14) -------------------------------------------------
REPORT_2024 = """ỦY BAN NHÂN DÂN
XÃ TÂN HỘI
Số: 102/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hội, ngày 12 tháng 12 năm 2024

BÁO CÁO
Tình hình kinh tế - xã hội năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kinh tế
Tổng thu ngân sách xã đạt 21.400 triệu đồng, tăng 8,2% so với năm 2023.
Số vụ vi phạm trật tự xây dựng giảm mạnh, bằng 60% cùng kỳ năm 2023.
Chủ động chuẩn bị hàng hóa phục vụ nhân dân dịp cuối năm 2023 và Tết Nguyên đán Giáp Thìn năm 2024.
Triển khai Luật Đất đai năm 2023 đến toàn thể cán bộ, nhân dân.
Công bố kết quả đánh giá, xếp loại năm 2023 đối với cán bộ, công chức xã.
{stale}
"""


def _vb103(text):
    return [f.text for f in _lint(text, "VB103")]


def test_comparisons_names_and_earlier_periods_are_not_stale_years():
    assert _vb103(REPORT_2024.format(stale="Đời sống nhân dân ổn định.")) == []


def test_a_stale_year_is_still_found_beside_them():
    assert _vb103(REPORT_2024.format(stale="Tình hình an ninh năm 2023 trên địa bàn ổn định.")) == ["năm 2023"]


def test_a_cumulative_figure_of_last_year_in_this_years_report():
    got = _vb103(REPORT_2024.format(stale="Lũy kế 6 tháng đầu năm 2023, toàn xã thu hút 1.200 lượt khách."))
    assert got == ["6 tháng đầu năm 2023"]


def test_year_mismatch_does_not_depend_on_where_a_line_breaks():
    one = REPORT_2024.format(stale="Đời sống nhân dân ổn định.")
    wrapped = one.replace("tăng 8,2% so với năm 2023.", "tăng 8,2% so\nvới năm 2023.").replace(
        "cuối năm 2023 và Tết", "cuối năm 2023\nvà Tết")
    assert _vb103(wrapped) == _vb103(one) == []


def test_year_mismatch_is_the_same_on_decomposed_unicode():
    import unicodedata

    text = REPORT_2024.format(stale="Tình hình an ninh năm 2023 trên địa bàn ổn định.")
    nfd = unicodedata.normalize("NFD", text)
    assert [f.line for f in _lint(nfd, "VB103")] == [f.line for f in _lint(text, "VB103")] == [18]


def test_an_anniversary_greeted_with_chao_mung_is_checked():
    text = "Số: 10/KH-UBND\nBa Vì, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nChào mừng 52 năm Ngày giải phóng hoàn toàn miền Nam (1975 - 2026).\n"
    hits = _lint(text, "VB105")
    assert [h.text for h in hits] == ["52 năm Ngày giải phóng hoàn toàn miền Nam (1975 - 2026)"]
    assert "51 năm" in hits[0].message
    assert not _lint(text.replace("52 năm", "51 năm"), "VB105")


def test_a_year_column_of_a_table_is_not_a_stale_year():
    table = "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n|---|---|---|\n| Thu ngân sách | 19.800 | 21.400 |"
    assert _vb103(REPORT_2024.format(stale=table)) == []
    tabbed = "Chỉ tiêu\tNăm 2023\tNăm 2024\nThu ngân sách\t19.800\t21.400"
    assert _vb103(REPORT_2024.format(stale=tabbed)) == []


def test_decomposed_unicode_gives_the_same_date_findings():
    import unicodedata

    text = REPORT_2024.format(stale="Đầu năm 2024, UBND xã xem xét khen thưởng cho những tập thể, cá nhân có thành "
                                    "tích xuất sắc trong năm 2023.")
    assert _vb103(unicodedata.normalize("NFD", text)) == _vb103(text) == []
    dateline = "Số: 10/BC-UBND\nBa Vì, ngày 09 tháng 03 năm 2026\nBÁO CÁO\n"
    assert [f.line for f in _lint(unicodedata.normalize("NFD", dateline), "VB104")] == [2]
