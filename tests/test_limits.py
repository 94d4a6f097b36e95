"""Work limits for pathological input (vanban.limits): where the analysis stops, what is reported, what is kept.

Also the folding of long blank-line runs in normalization, which keeps a million empty lines from becoming a
million line objects without moving any offset or line number users see."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vanban
from vanban.cli import lint_main
from vanban.limits import DEFAULT, Limits
from vanban.model import Document
from vanban.normalize import Normalized

HEAD = "ỦY BAN NHÂN DÂN\nXÃ VÂN HÒA\nSố: 15/BC-UBND\nVân Hòa, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nKết quả năm 2023\n"
TAIL = "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"


def _cites(n: int) -> str:
    return "".join(f"- Thực hiện Quyết định số {i}/QĐ-UBND ngày 05/3/2023 của UBND huyện.\n" for i in range(1, n + 1))


def test_blank_line_runs_fold_to_two_and_offsets_stay_exact():
    text = "Dòng một\n\n\n\n\n\n\nDòng hai: Quyết định số 12/QĐ-UBND ngày 05/3/2023\r\n\r\n\r\n\r\n\r\nDòng ba"
    n = Normalized(text)
    assert n.text == "Dòng một\n\n\nDòng hai: Quyết định số 12/QĐ-UBND ngày 05/3/2023\n\n\nDòng ba"
    doc = vanban.parse(text)
    (c,) = doc.citations
    assert (c.line, c.number, c.date) == (8, "12", datetime.date(2023, 3, 5))
    assert doc.text[c.start:c.end] == c.text
    assert doc.dates[0].line == 8


def test_three_blank_lines_and_table_pipes_are_left_alone():
    assert Normalized("a\n\n\nb").text == "a\n\n\nb"
    assert Normalized("| Xã | 12 |\n| Thôn | 3 |").text == "\n Xã \n 12 \n\n\n Thôn \n 3 \n"
    # a row of empty cells is a gap like any other
    assert Normalized("Xã||||||Thôn").text == "Xã\n\n\nThôn"


def test_no_limit_reached_on_a_normal_report():
    doc = vanban.parse(HEAD + "I. KẾT QUẢ\n" + _cites(30) + TAIL)
    assert doc.truncated is None and len(doc.citations) == 30
    assert doc.signature is not None and len(doc.recipients) == 2
    assert not [f for f in vanban.lint(doc) if f.code == "VB001"]


def test_citations_over_the_limit_cut_the_document_at_the_first_one_over():
    text = HEAD + "I. KẾT QUẢ\n" + _cites(12) + TAIL
    doc = vanban.parse(text, limits=Limits(citations=5))
    t = doc.truncated
    assert (t.kind, t.limit, t.line) == ("citations", 5, 13)  # line 13 holds the sixth citation
    assert [c.number for c in doc.citations] == ["1", "2", "3", "4", "5"]
    assert text[t.start:].startswith("Quyết định số 6/QĐ-UBND")
    assert doc.text == text  # the document keeps the whole text; spans stay exact
    assert all(doc.text[o.start:o.end] == o.text and o.end <= t.start for o in [*doc.citations, *doc.dates])
    assert doc.signature is None and doc.recipients == []  # the tail lies after the cut
    assert "not analysed from line 13 on" in doc.source.notes[-1]
    findings = vanban.lint(doc)
    codes = {f.code for f in findings}
    assert "VB001" in codes
    assert not codes & {"VB507", "VB508"}  # no "missing signature" for a tail that was never read
    (f,) = [f for f in findings if f.code == "VB001"]
    assert f.severity == "warning" and f.line == 13  # it marks the analysed text just before the cut
    assert "hơn 5 trích dẫn văn bản" in f.message and "từ dòng 13 trở đi" in f.message
    en = [f for f in vanban.lint(doc, lang="en") if f.code == "VB001"][0]
    assert "more than 5 document citations" in en.message and "from line 13 on" in en.message


def test_no_limits_reads_everything():
    text = HEAD + "I. KẾT QUẢ\n" + _cites(12) + TAIL
    doc = vanban.parse(text, limits=Limits.none())
    assert doc.truncated is None and len(doc.citations) == 12 and doc.signature is not None


def test_each_kind_has_its_limit():
    dates = "".join(f"Ngày 0{i % 9 + 1}/3/2023 họp giao ban.\n" for i in range(20))
    qty = "".join(f"Xã có {i + 10} hộ nghèo.\n" for i in range(20))
    awards = "".join("Tặng Giấy khen cho 02 tập thể.\n" for _ in range(20))
    lines = "".join(f"Dòng {i}.\n" for i in range(200))
    cases = [("dates", dates, Limits(dates=7)), ("quantities", qty, Limits(quantities=7)),
             ("awards", awards, Limits(awards=7)), ("lines", lines, Limits(lines=100))]
    for kind, body, limits in cases:
        doc = vanban.parse(HEAD + body + TAIL, limits=limits)
        assert doc.truncated is not None and doc.truncated.kind == kind, kind
        got = {"dates": doc.dates, "quantities": doc.quantities, "awards": doc.awards}.get(kind)
        if got is not None:
            assert len(got) == 7, (kind, len(got))
        else:
            assert doc.text.count("\n", 0, doc.truncated.start) == 100
        assert doc.body_end <= doc.truncated.start


def test_truncated_document_round_trips_through_json():
    doc = vanban.parse(HEAD + _cites(9), limits=Limits(citations=3))
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc and again.truncated.kind == "citations"


def test_defaults_are_far_above_real_documents():
    # the largest counts measured on the public corpus (see vanban.limits): 139 citations, 220 dates,
    # 963 quantities, 11 awards, 6 455 lines
    assert DEFAULT.citations >= 10 * 139 and DEFAULT.dates >= 10 * 220 and DEFAULT.quantities >= 10 * 963
    assert DEFAULT.awards >= 50 * 11 and DEFAULT.lines >= 3 * 6455


def test_cli_reports_the_cut_and_no_limits_lifts_it(tmp_path, capsys):
    f = tmp_path / "nhieu_trich_dan.txt"
    f.write_text(HEAD + "I. KẾT QUẢ\n" + _cites(DEFAULT.citations + 5) + TAIL, encoding="utf-8")
    lint_main([str(f), "--select", "VB001,VB507", "--format", "json", "--exit-zero"])
    out = capsys.readouterr().out
    assert '"VB001"' in out and '"VB507"' not in out
    lint_main([str(f), "--select", "VB001,VB507", "--format", "json", "--exit-zero", "--no-limits"])
    out = capsys.readouterr().out
    assert '"VB001"' not in out and '"VB507"' not in out


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 12), cap=st.integers(1, 8), blanks=st.integers(0, 9))
def test_any_cut_keeps_spans_exact_and_before_the_cut(n, cap, blanks):
    text = HEAD + "\n" * blanks + _cites(n) + "\n" * blanks + TAIL
    doc = vanban.parse(text, limits=Limits(citations=cap))
    objs = [*doc.citations, *doc.dates, *doc.quantities, *doc.awards]
    assert all(doc.text[o.start:o.end] == o.text for o in objs)
    assert all(text[:o.start].count("\n") + 1 == o.line for o in objs)
    if doc.truncated is not None:
        assert n > cap and all(o.end <= doc.truncated.start for o in objs)
    else:
        assert n <= cap


def test_a_law_cited_by_name_early_does_not_move_the_cut_of_many_later_citations():
    # the law by name is found by a pass that runs after the numbered citations: the cut must still fall at the
    # first citation over the limit in the text's order, so everything before it is checked
    text = (HEAD + "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
            "Ngày 80/02/2023 tổ chức hội nghị.\n" + _cites(12) + TAIL)
    doc = vanban.parse(text, limits=Limits(citations=5))
    assert doc.truncated is not None and doc.truncated.kind == "citations"
    assert len(doc.citations) == 5
    assert doc.citations[0].doc_type == "Luật" and doc.citations[-1].number == "4"
    assert doc.truncated.line == HEAD.count("\n") + 2 + 5  # the 5th numbered citation's line
    assert "VB101" in {f.code for f in vanban.lint(doc)}  # the invalid date before the cut is still reported


def _cite_lines(n: int) -> str:
    # two citations a line: a numbered decree, then a law by name (found by a later pass of the extractor)
    return "".join(f"Nghị định số {i}/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ; Luật Quản lý thuế;\n"
                   for i in range(1, n + 1))


def test_a_limit_hit_costs_a_bounded_number_of_passes(monkeypatch):
    # the laws by name are found after the numbered citations: the first pass stops at the 51st decree (line 51),
    # yet the 51st citation in the text's order is the decree of line 26. Each retry used to drop one line.
    import vanban.pipeline as pipeline

    passes = []
    build = pipeline._build

    def counting(part, *a, **k):
        passes.append(len(part))
        return build(part, *a, **k)

    monkeypatch.setattr(pipeline, "_build", counting)
    text = HEAD + _cite_lines(60) + TAIL
    doc = vanban.parse(text, limits=Limits(citations=50))
    assert len(passes) <= 3, len(passes)
    t = doc.truncated
    assert (t.kind, t.limit, t.line) == ("citations", 50, HEAD.count("\n") + 26)
    assert text[t.start:].startswith("Nghị định số 26/2020/NĐ-CP")
    assert len(doc.citations) == 50 and all(c.end <= t.start for c in doc.citations)


def test_time_budget_stops_the_parse_and_vb001_says_where():
    text = HEAD + "I. KẾT QUẢ\n" + _cites(5) + TAIL
    doc = vanban.parse(text, limits=Limits(seconds=0))
    t = doc.truncated
    assert t is not None and t.kind == "time" and t.limit == 0
    # nothing of the body was analysed: the cut is where the body starts, after the header
    assert t.line == HEAD.count("\n") + 1 and text[t.start:].startswith("I. KẾT QUẢ")
    assert doc.header.number == "15" and doc.citations == [] and doc.signature is None
    assert "not analysed from line 7 on" in doc.source.notes[-1]
    (f,) = [f for f in vanban.lint(doc) if f.code == "VB001"]
    assert "quá thời gian cho phép" in f.message and "từ dòng 7 trở đi" in f.message
    (en,) = [f for f in vanban.lint(doc, lang="en") if f.code == "VB001"]
    assert "longer than its budget" in en.message and "from line 7 on" in en.message
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_time_budget_running_out_inside_an_extractor_keeps_what_was_done_before(monkeypatch):
    # a clock that passes the deadline at the first date (after the citations were read): the citations are
    # kept, the dates and the later stages are not, the cut is at that date, and every span still holds
    import vanban.segment.lines as lines

    head = "ỦY BAN NHÂN DÂN\nXÃ VÂN HÒA\nSố: 15/BC-UBND\nBÁO CÁO\nKết quả công tác\n"
    cites = "".join(f"- Thực hiện Quyết định số {i}/QĐ-UBND của UBND huyện.\n" for i in range(1, 13))
    text = head + cites + "Ngày 15/6/2023 xã tổ chức hội nghị với 120 đại biểu.\n" + TAIL
    calls = {"n": 0}

    def clock():
        calls["n"] += 1
        return 0.0 if calls["n"] <= 13 else 1e12  # the stage check after the header, 12 citations, then late

    monkeypatch.setattr(lines, "monotonic", clock)
    doc = vanban.parse(text, limits=Limits(seconds=5))
    t = doc.truncated
    assert t is not None and (t.kind, t.limit) == ("time", 5)
    assert text[t.start:].startswith("15/6/2023") or text[t.start:].startswith("Ngày 15/6/2023")
    assert [c.number for c in doc.citations] == [str(i) for i in range(1, 13)]
    assert doc.dates == [] and doc.quantities == [] and doc.sections == [] and doc.signature is None
    assert all(doc.text[c.start:c.end] == c.text for c in doc.citations)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_no_limits_has_no_time_budget_either():
    assert Limits.none().seconds > 1e15
    assert DEFAULT.seconds == 20


def test_time_budget_is_checked_inside_a_stage_that_keeps_no_counted_objects(monkeypatch):
    # the heading tree keeps no citations, dates or quantities: the clock is read at every 256th span too, so
    # a long tree is stopped inside, not only after it
    import vanban.segment.lines as lines

    body = "".join(f"{chr(65 + i % 26)}. MỤC {chr(65 + i % 26)}\nNội dung của mục.\n" for i in range(2000))
    text = "ỦY BAN NHÂN DÂN\nXÃ VÂN HÒA\nSố: 15/BC-UBND\nBÁO CÁO\nKết quả công tác\n" + body + TAIL
    calls = {"n": 0}

    def clock():
        calls["n"] += 1
        return 0.0 if calls["n"] <= 2 else 1e12  # the two stage checks before the tree, then late

    monkeypatch.setattr(lines, "monotonic", clock)
    doc = vanban.parse(text, limits=Limits(seconds=5))
    t = doc.truncated
    assert t is not None and t.kind == "time"
    assert 6 < t.line < text.count("\n") - 100  # inside the body, early in the tree
    assert doc.sections == [] and doc.signature is None


def test_dropping_from_a_cut_keeps_what_lies_before_it():
    # what the pipeline does when a pass read up to the exact cut still holds one object too many, and after a
    # time-out: everything starting at or after the cut goes, sections are trimmed, the rest is untouched
    from vanban.pipeline import _drop_from

    text = HEAD + "I. KẾT QUẢ\n" + _cites(3) + "II. TỒN TẠI\n" + _cites(2) + TAIL
    doc = vanban.parse(text)
    cut = text.index("II. TỒN TẠI")
    before = [c for c in doc.citations if c.start < cut]
    _drop_from(doc, cut)
    assert doc.citations == before and len(before) == 3
    assert [s.label for s in doc.sections] == ["I"] and doc.sections[0].body_end <= cut
    assert all(o.start < cut for o in [*doc.dates, *doc.quantities, *doc.blocks])
    assert doc.signature is None and doc.recipients == [] and doc.body_end <= cut


@pytest.mark.parametrize("sep", ["\n", "\r", "\r\n"], ids=["lf", "lone-cr", "crlf"])
def test_the_cut_is_reported_at_the_same_line_whatever_the_line_ends(sep):
    """VB001 and Document.truncated name the line the analysis stopped at, for old Mac files (lone CR) too."""
    doc = vanban.parse(sep.join(f"Có {i} hộ" for i in range(12000)))
    assert doc.truncated is not None and doc.truncated.line == 10001
    assert [(f.line, f.column) for f in vanban.lint(doc) if f.code == "VB001"] == [(10001, 1)]
