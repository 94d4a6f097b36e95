"""The Python API as a notebook user calls it: paths, selectors, dates, numbers, places (issue #16)."""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import vanban
from tests.test_user import REPORT


@pytest.fixture
def report(tmp_path):
    p = tmp_path / "bao_cao.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def test_lint_and_parse_take_a_path_given_as_a_string(report, monkeypatch):
    monkeypatch.chdir(report.parent)
    by_path = vanban.lint("bao_cao.txt")
    assert {f.code for f in by_path} >= {"VB101", "VB201"}  # not [] for a file with problems
    assert vanban.parse("bao_cao.txt").header.symbol == "BC-UBND"
    assert vanban.parse("bao_cao.txt").path == "bao_cao.txt"
    assert [f.code for f in vanban.lint(Path("bao_cao.txt"))] == [f.code for f in by_path]
    assert [f.code for f in vanban.lint(REPORT)] == [f.code for f in by_path]  # the text itself


def test_a_path_that_does_not_exist_is_an_error_not_an_empty_result(tmp_path):
    with pytest.raises(FileNotFoundError, match="bao_cao_thieu.txt"):
        vanban.lint(str(tmp_path / "bao_cao_thieu.txt"))
    with pytest.raises(FileNotFoundError):
        vanban.parse("du_thao.docx")
    # a one-line text that is no file name is still text
    assert vanban.parse("Số: 15/QĐ-UBND").header.symbol == "QĐ-UBND"
    with pytest.raises(TypeError):
        vanban.parse(b"bytes are not text")
    assert vanban.parse("x.txt", path="x.txt").path == "x.txt"  # with path= the string is the text


def test_unknown_selectors_are_refused_as_the_cli_refuses_them(report):
    doc = vanban.load(report)
    with pytest.raises(ValueError, match="year"):
        vanban.lint(doc, select=["year"])
    with pytest.raises(ValueError, match="VB999"):
        vanban.lint(doc, ignore=["VB999"])
    with pytest.raises(TypeError, match=r"select=\['VB1'\]"):
        vanban.lint(doc, select="VB1")
    with pytest.raises(TypeError):
        vanban.lint(doc, selct=["VB1"])
    assert {f.code for f in vanban.lint(doc, select=["year-mismatch", "VB1"])} <= {"VB101", "VB102", "VB103",
                                                                                   "VB104", "VB105"}
    assert vanban.lint(doc, select=["VB101"], preview=True)


def test_dates_numbers_and_lazy_classes():
    doc = vanban.parse(REPORT)
    assert doc.header.date == datetime.date(2023, 12, 20)
    assert doc.header.doc_number == "15/BC-UBND"
    assert doc.citations[0].date == datetime.date(2023, 1, 15)
    assert vanban.parse("Không có ngày.").header.date is None
    # JSON keeps ISO strings
    assert '"date":"2023-12-20"' in doc.header.model_dump_json()
    names = dir(vanban)
    assert {"Document", "Finding", "LintConfig", "Limits", "ReadError", "parse", "load", "lint"} <= set(names)
    assert vanban.LintConfig().select == []


def test_rationale_in_both_languages():
    from vanban.rules import iter_rules
    from vanban.rules.explain import rationale

    r = next(r for r in iter_rules() if r.code == "VB101")
    assert rationale(r) == rationale("VB101", "vi") and "không có thật" in rationale(r)
    assert rationale(r, "en") == r.rationale


def test_a_text_that_only_looks_like_a_suffix_is_text():
    """".doc" alone (no name before the suffix) is text, not a file name; a named text is never a path."""
    assert vanban.parse(".doc").text == ".doc"
    assert vanban.parse("bao_cao.docx", path="văn bản").text == "bao_cao.docx"
    with pytest.raises(FileNotFoundError):
        vanban.parse("khong_co_tep_nay.docx")
