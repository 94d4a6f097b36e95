"""VB7xx: spelling, abbreviations, campaign names, repeated words."""

import vanban


def test_doubled_words_are_reported_once_each_with_the_single_form():
    text = ("Các địa phương được cộng điểm hoặc bị bị trừ điểm thi đua theo quy định.\n"
            "Đồng thời đề nghị Hội đồng Hội đồng Thi đua - Khen thưởng tỉnh xem xét.\n"
            "- Tuyên truyền Chỉ thị số số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị.\n"
            "Không ban hành Kế hoạch kế hoạch theo dõi thi hành pháp luật riêng.\n")
    f = vanban.lint(text, select=["VB705"])
    assert [(x.line, text[x.start:x.end], x.suggestion) for x in f] == [
        (1, "bị bị", "bị"), (2, "Hội đồng Hội đồng", "Hội đồng"), (3, "số số", "số"), (4, "Kế hoạch kế hoạch", "Kế hoạch")]
    assert f[0].message == "“bị bị”: “bị” bị lặp."


def test_a_text_of_thousands_of_doubles_is_read_to_a_limit_and_says_the_rest_was_not_checked():
    from vanban.analysis.words import DOUBLED_LIMIT

    text = "Hồ sơ gửi về để để tổng hợp. " * (DOUBLED_LIMIT + 500)
    f = vanban.lint(text, select=["VB705"])
    assert len(f) == 101  # 100 shown, then one note for the rest
    assert f[-1].message.startswith(f"Và ít nhất {DOUBLED_LIMIT - 100} phát hiện khác cùng loại (VB705)")
    assert "không được kiểm tra từ lặp nữa" in f[-1].message
    # with room for all of them, every double read is reported, then where reading stopped
    f = vanban.lint(text, select=["VB705"], max_per_rule=10 * DOUBLED_LIMIT, lang="en")
    assert len(f) == DOUBLED_LIMIT + 1
    assert f[-1].message == "Too many doubled words: the rest of the text was not checked for them."
    assert f[-1].start == text.index("để để", f[-2].end)
    # below the limit the count is exact
    f = vanban.lint("Gửi về để để tổng hợp. " * 300, select=["VB705"])
    assert f[-1].message.startswith("Và 200 phát hiện khác")


def test_the_doubled_words_limit_stops_at_a_place_in_the_text():
    from vanban.analysis.words import DOUBLED_LIMIT

    # two different doubles, one after the other: reading stops at the limit in the text's order, and nothing
    # after the stop is listed (one search per phrase used to give every "để để" before any "và và")
    text = "để để tổng hợp. " * (DOUBLED_LIMIT - 500) + "và và tổng hợp. " * 1500
    f = vanban.lint(text, select=["VB705"], max_per_rule=10 * DOUBLED_LIMIT)
    assert len(f) == DOUBLED_LIMIT + 1
    assert f[-1].message.startswith("Quá nhiều từ lặp")
    assert all(x.start < f[-1].start for x in f[:-1])
    assert sum(x.text.startswith("và") for x in f[:-1]) == 500
    # two table cells are no double and do not reach the limit
    text = "để để tổng hợp. " * DOUBLED_LIMIT + "\nSTT\tđể\tđể\n"
    assert len(vanban.lint(text, select=["VB705"], max_per_rule=10 * DOUBLED_LIMIT)) == DOUBLED_LIMIT
    # a cap exactly at the limit: the last finding is the note itself, not "at least 0 more"
    f = vanban.lint("để để tổng hợp. " * (DOUBLED_LIMIT + 100), select=["VB705"], max_per_rule=DOUBLED_LIMIT)
    assert len(f) == DOUBLED_LIMIT + 1 and f[-1].message.startswith("Quá nhiều từ lặp")


def test_good_vietnamese_doubles_are_not_reported():
    text = ("Phê duyệt trưởng khối, phó trưởng khối năm tiếp theo theo quy định.\n"
            "Trưởng Ban Chỉ đạo chỉ đạo các thành viên; Ban Tổ chức tổ chức hội nghị.\n"
            "Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006; ngăn chặn các hành vi vi phạm pháp luật.\n"
            "Việc tổng kết kết quả còn chung chung; làm song song với lập hồ sơ; trong năm năm qua.\n"
            "Người\nNgười\nNgười\n")
    assert vanban.lint(text, select=["VB705"]) == []


def test_abbreviations_defined_in_words_or_listed_in_noi_nhan_are_not_reported():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nLâm Đồng, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Tuyên truyền cải cách hành chính năm 2026\n")
    tail = ("Nơi nhận:\n- Bộ Nội vụ;\n- Ban TĐKT Trung ương;\n- Lưu: VT, CCHC&VTLT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")
    body = ("I. MỤC ĐÍCH\nĐẩy mạnh cải cách hành chính (sau đây viết tắt là CCHC) năm 2026; cải cách thủ tục hành chính "
            "(gọi tắt là TTHC).\nCông tác CCHC và TTHC được quan tâm.\n")
    assert vanban.lint(head + body + tail, select=["VB703"]) == []
    body = "I. MỤC ĐÍCH\nCông tác CCHC được quan tâm; TĐKT gắn với nhiệm vụ chính trị.\n"
    f = vanban.lint(head + body + tail, select=["VB703"])
    # used in the body without a definition: reported once each; the Nơi nhận's "Ban TĐKT" is not the first use
    assert [(x.line, x.suggestion) for x in f] == [(8, "cải cách hành chính (CCHC)"), (8, "thi đua, khen thưởng (TĐKT)")]


def test_dvctt_is_an_abbreviation_to_spell_out_first():
    body = "Tỷ lệ hồ sơ {} đạt 62%."
    assert [f.text for f in vanban.lint(body.format("DVCTT")) if f.code == "VB703"] == ["DVCTT"]
    assert [f for f in vanban.lint("Dịch vụ công trực tuyến (DVCTT) được triển khai. " + body.format("DVCTT"))
            if f.code == "VB703"] == []
