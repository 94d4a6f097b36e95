"""VB4xx: cited documents and số/ký hiệu."""

import vanban

from .helpers import _lint


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


_HEAD = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/BC-UBND\nAn Phú, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nKết quả\n"


def _found(text, code):
    return [(f.code, f.line) for f in vanban.lint(_HEAD + text, select=[code])]


def test_a_cong_van_headed_by_its_issuers_initials_is_no_chi_thi():
    assert _found("Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS ngày 21/8/2025 hướng dẫn.", "VB403") == []
    assert _found("Thực hiện Kế hoạch số 12/QĐ-UBND ngày 25/01/2025 của UBND xã.", "VB403") == [("VB403", 7)]
    # "QH" without its term is the body's code: no type contradiction
    assert _found("Căn cứ Nghị quyết số 202/2025/QH ngày 12 tháng 6 năm 2025 của Quốc hội.", "VB403") == []


def test_numbers_before_1997_had_no_year_group():
    text = ("Căn cứ Nghị định số 74/CP ngày 25/10/1993 của Chính phủ;\nCăn cứ Thông tư số 89-TC/TCT ngày 09/11/1993 "
            "của Bộ Tài chính;\nCăn cứ Nghị định số 50/CP của Chính phủ;\n")
    assert _found(text, "VB406") == [] and _found(text, "VB403") == []
    assert _found("Căn cứ Nghị định số 118/NĐ-CP ngày 09/6/2025 của Chính phủ.", "VB406") == [("VB406", 7)]
    # a glued year group is VB401's, not a missing year
    text = "Căn cứ Thông tư số 49/2025TT-BCT ngày 09 tháng 9 năm 2025 của Bộ Công Thương."
    assert _found(text, "VB406") == [] and _found(text, "VB401") == [("VB401", 7)]


def test_the_same_number_in_two_years_is_no_conflict():
    text = ("Căn cứ Quyết định số 800/QĐ-UBND ngày 08/6/2011 của UBND xã An Phú.\nCăn cứ Quyết định số 800/QĐ-UBND "
            "ngày 06/11/2024 của UBND xã An Phú.")
    assert _found(text, "VB410") == []
    assert _found("Theo Kế hoạch số 05/KH-UBND ngày 14/01/2025.\nThực hiện Kế hoạch số 05/KH-UBND ngày 15/02/2025.",
                  "VB410") == [("VB410", 8)]
    # … unless both mentions describe the same document: then the second date is the amending decision's, copied
    same = ("Thay thế Quyết định số 800/QĐ-UBND ngày 08/6/2011 của UBND xã An Phú về việc thành lập Tổ quản lý bến "
            "đò ngang và quy định nhiệm vụ của tổ; Quyết định số 95/QĐ-UBND ngày 06/11/2024 sửa đổi Quyết định số "
            "800/QĐ-UBND ngày 06/11/2024 của UBND xã An Phú về việc thành lập Tổ quản lý bến đò ngang và quy định "
            "nhiệm vụ của tổ.")
    assert [code for code, _ in _found(same, "VB410")] == ["VB410"]
    # annual decisions of one number: their years differ, they are two documents
    yearly = ("Quyết định số 01/QĐ-UBND ngày 04/01/2023 của UBND xã An Phú về việc khen thưởng thành tích năm 2022 "
              "cho các tập thể; Quyết định số 01/QĐ-UBND ngày 05/01/2024 của UBND xã An Phú về việc khen thưởng thành "
              "tích năm 2023 cho các tập thể.")
    assert _found(yearly, "VB410") == []


def test_the_documents_own_number_is_in_its_communes_series():
    head = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: {n}/KH-UBND\nAn Phú, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nHội khỏe Phù Đổng\n"
    body = "Thực hiện Kế hoạch số 25/KH-UBND ngày 10/02/2024 của UBND xã về thể thao, UBND xã ban hành kế hoạch.\n"
    # 20 on 05/3 after 25 on 10/02: the series goes backwards — reported at the document's own number
    assert [(f.code, f.line) for f in vanban.lint(head.format(n=20) + body, select=["VB411"])] == [("VB411", 3)]
    assert vanban.lint(head.format(n=30) + body, select=["VB411"]) == []
    # another commune's plans are another series
    other = body.replace("của UBND xã về", "của UBND xã Tân Lập về")
    assert vanban.lint(head.format(n=20) + other, select=["VB411"]) == []


def test_format_doc_number():
    from vanban.util import format_doc_number

    assert format_doc_number("05", None, "QĐ-UBND", "state") == "05/QĐ-UBND"
    assert format_doc_number("46", None, "QĐ/ĐU", "party") == "46-QĐ/ĐU"
    assert format_doc_number("98", 2023, "NĐ-CP", "legal") == "98/2023/NĐ-CP"
    assert format_doc_number(None, None, "QĐ-UBND", "state") is None


def test_a_type_named_once_for_a_list_of_citations_is_not_missing():
    text = ("Số: 12/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n\n"
            "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính;\n"
            "số 48/2013/NĐ-CP ngày 14/5/2013 sửa đổi, bổ sung một số điều;\n"
            "Phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày 11/01/2024 của Thủ tướng Chính phủ;\n"
            "Tặng Giấy khen tại số 120/QĐ-UBND ngày 16/8/2023 của UBND xã.\n")
    hits = _lint(text, "VB407")
    assert [h.text for h in hits] == ["số 120/QĐ-UBND ngày 16/8/2023"]
