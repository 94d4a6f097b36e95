"""VB4xx: cited documents and số/ký hiệu."""

import vanban


def test_citation_rules():
    text = ("Căn cứ Nghị định số 30/NĐ-CP ngày 05/3/2020 của Chính phủ; Kế hoạch số 12/QĐ-UBND ngày 10/01/2024; "
            "Quyết định số 18/20202QĐ-UBND ngày 10/01/2023; Kế hoạch số 05/KH-UBND ngày 14/01/2023; "
            "Kế hoạch số 05/KH-UBND ngày 15/02/2023.")
    doc = vanban.parse(text)
    codes = {f.name for f in vanban.lint(doc)}
    assert {"legal-without-year", "type-symbol-mismatch", "symbol-malformed", "citation-conflict"} <= codes


def test_citation_messages_write_the_number_and_symbol_as_the_text_does():
    """A Party symbol keeps its "-" and a legal one its year group in the messages and suggestions."""
    f = vanban.lint("Quán triệt Kết luận 221-KL/TW ngày 28/11/2025 của Bộ Chính trị về sắp xếp tổ chức bộ máy.",
                    select=["VB408"])
    assert [x.suggestion for x in f] == ["Kết luận số 221-KL/TW"]
    assert "“Kết luận số 221-KL/TW”" in f[0].message
    text = ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
            "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ.\n")
    f = vanban.lint(text, select=["VB410"])
    assert len(f) == 1 and f[0].message.startswith("“30/2020/NĐ-CP” được dẫn với ngày 15/3/2020")


def test_symbol_spacing_reports_the_symbol_not_the_filled_in_number():
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n{num}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" \
           "Lâm Đồng, ngày 19 tháng 01 năm 2026\nGIẤY MỜI\nDự hội nghị tổng kết\n"
    f = vanban.lint(head.format(num="Số: 85/GM- UBND"), select=["VB402"])
    assert [(x.line, x.suggestion) for x in f] == [(3, "Số: 85/GM-UBND")]
    # the number stamped into the printed blank, and a number line split by the PDF extraction: not the drafter's
    assert vanban.lint(head.format(num="Số: 85 /GM-UBND"), select=["VB402"]) == []
    split = head.replace("{num}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "Số: 85\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n/GM-UBND\n")
    assert vanban.lint(split, select=["VB402"]) == []


def test_two_citations_of_one_type_sharing_a_date_are_complete():
    t = ("Thực hiện Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ; Quyết định số "
         "12/QĐ-UBND và Kế hoạch số 05/KH-UBND ngày 03/02/2025 của UBND xã; lập biên bản theo Mau số 06/BBKPHN.")
    f = vanban.lint(t, select=["VB409"])
    # the resolutions share their date; a decision before a plan of another type does not; "Mau số 06" (a form,
    # "Mẫu" typed without its marks) cites no document
    assert [t[x.start:x.end] for x in f] == ["Quyết định số 12/QĐ-UBND"]


def test_incomplete_first_citation_says_what_is_missing():
    f = vanban.lint("Thực hiện Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ về Đề án 06.", select=["VB409"])
    assert [x.message for x in f] == ["“Quyết định số 06/QĐ-TTg”: lần dẫn đầu tiên nên ghi ngày ban hành."]
    f = vanban.lint("Thực hiện Kế hoạch số 31/KH-UBND về cải cách hành chính.", select=["VB409"], lang="en")
    assert [x.message for x in f] == ["“Kế hoạch số 31/KH-UBND”: the first citation should give the date and the issuer."]
