"""The rule engine: every rule fires on its bad examples and stays silent on its good ones; selection, severities, the reference."""
import pytest

import vanban
from vanban.rules import LintConfig, run_rules

from .helpers import REPORT, RULES


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.code)
def test_rule_examples(r):
    cfg = LintConfig(select=[r.code])
    assert r.bad and r.good
    for bad in r.bad:
        found = run_rules(vanban.parse(bad), config=cfg)
        assert found, f"{r.code} silent on its bad example"
        assert all(f.code == r.code and f.name == r.name for f in found)
    for good in r.good:
        assert run_rules(vanban.parse(good), config=cfg) == [], f"{r.code} fires on its good example"


def test_codes_and_names_unique_and_kebab():
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for r in RULES:
        assert r.name == r.name.lower() and " " not in r.name
        assert r.severity in ("error", "warning", "info")


def test_select_ignore_and_severity_override():
    doc = vanban.parse(REPORT)
    assert all(f.code.startswith("VB1") for f in run_rules(doc, config=LintConfig(select=["VB1"])))
    assert not any(f.code.startswith("VB5") for f in run_rules(doc, config=LintConfig(ignore=["VB5"])))
    f = run_rules(doc, config=LintConfig(select=["year-mismatch"], severity={"VB103": "error"}))
    assert f and f[0].severity == "error"


def test_opt_in_rule_off_by_default():
    text = "- Chiến sĩ thi đua cấp cơ sở: 10 cá nhân.\n- Lao động tiên tiến: 41 cá nhân.\n"
    assert not [f for f in vanban.lint(text) if f.code == "VB603"]
    assert run_rules(vanban.parse(text), config=LintConfig(enable=["VB603"], select=[]))[0].code == "VB603"


def test_period_mentions_carry_a_comparable_value():
    doc = vanban.parse("Sơ kết 6 tháng đầu năm 2024, phương hướng 6 THÁNG CUỐI NĂM 2024; báo cáo quý II năm 2025, "
                       "9 tháng năm 2023 và sáu tháng năm 2022.")
    assert [(d.kind, d.value) for d in doc.dates] == [
        ("half_year", "2024-H1"), ("half_year", "2024-H2"), ("quarter", "2025-Q2"), ("months", None),
        ("half_year", "2022-H1"),
    ]


def test_example_display_folds_long_runs_only():
    from vanban.rules.base import example_display

    assert example_display("Số: 1/QĐ\n" * 5 + "QUYẾT ĐỊNH") == (
        "Số: 1/QĐ\nSố: 1/QĐ\nSố: 1/QĐ\n… (5 dòng như trên / 5 identical lines in all)\nQUYẾT ĐỊNH")
    assert example_display("a\na\na\na\nb") == "a\na\na\na\nb"  # four lines: nothing to fold
    assert example_display("x\n\n\n\n\n\ny") == "x\n\n\n\n\n\ny"  # blank lines are shown as they are
    big = example_display("Số: 12/QĐ-UBND\n" * 20001)
    assert "20.001 dòng như trên" in big and big.count("\n") == 4


def test_rule_reference_stays_readable():
    """The reference shows every example, none of them in full when it is thousands of lines long."""
    from vanban.docgen import rules_markdown

    md = rules_markdown()
    assert len(md) < 120_000
    assert all(f"## {r.code} `{r.name}`" in md for r in RULES)


def test_new_checks_stay_silent_on_correct_drafting():
    """Correct text a reviewer wrote to catch the new checks out (session 5); each once drew a false alarm."""
    def codes(text, code):
        return [f.line for f in vanban.lint(text) if f.code == code]

    # VB305: group rows carrying sub-totals, rates per unit, a column-index row
    groups = ("TT\tHạng mục\tVốn (triệu đồng)\nI\tHạ tầng giao thông\t3.000\n1\tĐường trục xã\t2.000\n"
              "2\tCầu dân sinh\t1.000\nII\tHạ tầng giáo dục\t1.500\n1\tTrường mầm non\t1.500\n\tTổng cộng\t4.500\n")
    assert codes(groups, "VB305") == []
    rates = ("TT\tCây trồng\tDiện tích (ha)\tNăng suất (tạ/ha)\n1\tLúa\t120\t62\n2\tNgô\t40\t48\n3\tLạc\t15\t32,5\n"
             "\tTổng cộng\t175\t60,5\n")
    assert codes(rates, "VB305") == []
    # VB301: names grouped on a line, a page number inside a list, a composition grouped by body
    assert codes("Đoàn kiểm tra đã làm việc tại 05 trường, gồm:\n- Trường Mầm non Tân Hưng, Trường Tiểu học Tân Hưng;\n"
                 "- Trường Mầm non Tân Lập, Trường Tiểu học Tân Lập;\n- Trường THCS Tân Hưng.\n", "VB301") == []
    assert codes("Đoàn kiểm tra làm việc tại 05 thôn, gồm:\n- Thôn Đông;\n- Thôn Tây;\n- Thôn Nam;\n2\n- Thôn Bắc;\n"
                 "- Thôn Trung.\n", "VB301") == []
    assert codes("I. THÀNH PHẦN (06 người)\n- Đại diện UBND xã: ông Nguyễn Văn An, Phó Chủ tịch; bà Lê Thị Bình;\n"
                 "- Đại diện thôn Đông: ông Trần Văn Cường; ông Phạm Văn Dũng;\n"
                 "- Hộ gia đình: ông Hoàng Văn Em và bà Vũ Thị Phương.\n", "VB301") == []
    # VB602: history in a report of November 2025
    head = "ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 15/BC-UBND\nTân Hưng, ngày 10 tháng 11 năm 2025\nBÁO CÁO\nKết quả\n\n"
    for line in ("Năm 2024, xã được UBND huyện Lục Ngạn công nhận đạt chuẩn nông thôn mới nâng cao.",
                 "Thực hiện Nghị quyết Đại hội Đảng bộ huyện Lục Ngạn lần thứ XXIII, nhiệm kỳ 2020 - 2025, xã đạt kết quả tốt.",
                 "Bộ máy hoạt động ổn định; đã tiếp nhận 120 hồ sơ do UBND huyện Lục Ngạn bàn giao.",
                 "Tặng Giấy khen cho ông Nguyễn Văn An, nguyên Phó Chủ tịch UBND huyện Lục Ngạn.",
                 "Xã Lục Ngạn được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Chũ, "
                 "xã Hồng Giang và xã Giáp Sơn thuộc huyện Lục Ngạn.",
                 "Quyết định số 12/QĐ-UBND ngày 05/3/2024 về việc phê duyệt dự án đường trục xã của UBND huyện Yên Sơn."):
        assert codes(head + line + "\n", "VB602") == [], line
    assert codes(head + "Kính mời đại diện Phòng Văn hóa huyện Lục Ngạn dự họp.\n", "VB602") == [8]
    # VB703: other ways of defining an abbreviation
    assert codes("Triển khai dịch vụ công trực tuyến (sau đây gọi là DVCTT); tỷ lệ hồ sơ DVCTT đạt 62%.", "VB703") == []
    assert codes("Các nguồn ngân sách nhà nước (gọi chung là NSNN) được bố trí; NSNN tăng 5%.", "VB703") == []


def test_findings_of_one_rule_are_capped_with_a_closing_count():
    text = "BÁO CÁO\nKết quả\n\n" + "".join(f"Dòng {i}: đề nghị các thôn gửi hồ sơ để để tổng hợp.\n" for i in range(250))
    found = run_rules(vanban.parse(text), config=LintConfig(select=["VB705"]))
    assert len(found) == 101
    last = max(found, key=lambda f: f.start)
    assert "150 phát hiện khác" in last.message and last.code == "VB705"
    en = run_rules(vanban.parse(text), config=LintConfig(select=["VB705"], max_per_rule=10), lang="en")
    assert len(en) == 11 and "240 more findings of VB705" in max(en, key=lambda f: f.start).message


def test_preview_rules_run_only_when_asked(monkeypatch):
    from vanban.rules.base import REGISTRY

    r = REGISTRY["VB705"]
    monkeypatch.setattr(r, "preview", True)
    text = "Đề nghị các thôn gửi hồ sơ để để tổng hợp.\n"
    assert not [f for f in run_rules(vanban.parse(text)) if f.code == "VB705"]
    assert [f.code for f in run_rules(vanban.parse(text), config=LintConfig(preview=True)) if f.code == "VB705"]
    assert [f.code for f in run_rules(vanban.parse(text), config=LintConfig(select=["VB705"]))] == ["VB705"]
    # a prefix does not select a rule in preview
    assert not run_rules(vanban.parse(text), config=LintConfig(select=["VB7"]))


def test_rules_past_their_time_budget_are_named_not_run():
    text = "Đề nghị các thôn gửi hồ sơ để để tổng hợp.\n"
    found = run_rules(vanban.parse(text), config=LintConfig(rule_seconds=-1))
    assert [f.code for f in found] == ["VB001"] and "VB705" in found[0].message


def test_related_notes_follow_the_language_in_the_api_too():
    text = "BÁO CÁO\nKết quả\n\nI. KẾT QUẢ\n1. Kinh tế\n3. Xã hội\n"
    vi = run_rules(vanban.parse(text), config=LintConfig(select=["VB201"]))
    en = run_rules(vanban.parse(text), config=LintConfig(select=["VB201"]), lang="en")
    assert [r.note for f in vi for r in f.related] == ["đề mục trước"]
    assert [r.note for f in en for r in f.related] == ["previous heading"]


def test_a_parse_stopped_by_its_time_budget_says_so_in_words():
    from vanban.limits import Limits

    text = "BÁO CÁO\nKết quả\n\n" + "Xã có 12 thôn, trong đó 5 thôn vùng cao.\n" * 4000
    doc = vanban.parse(text, limits=Limits(seconds=1e-9))
    assert doc.truncated is not None and doc.truncated.kind == "time"
    f = next(f for f in run_rules(doc) if f.code == "VB001")
    assert "quá thời gian cho phép" in f.message and "giây xử lý" not in f.message
