"""Reporters: text, json, jsonl, sarif, github, csv and html output of vanban-lint."""
from __future__ import annotations

import csv
import html as htmllib
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import vanban
from vanban.model import Finding, Location
from vanban.report import FORMATS, FileResult, render
from vanban.report.github import escape_data, escape_property
from vanban.report.html import highlight_text
from vanban.report.sarif import build_sarif, path_to_uri

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

TEXT = """UBND XÃ AN BÌNH
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 03 tháng 11 năm 2023

BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2023

Thực hiện Công văn số 2329/UBND ngày 16/10/2023 của UBND huyện về việc báo cáo.
I. KẾT QUẢ <ĐẠT ĐƯỢC> & "TỒN TẠI"
1. Công tác khen thưởng
Tặng danh hiệu Lao động tiên tiến cho 41 cá nhân; tặng Giấy khen cho 5 tập thể.
2. Hạn chế
Một số chỉ tiêu chưa đạt.
II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện.
"""


def mk(doc, needle: str, code: str, severity: str = "warning", message: str = "thông điệp", *,
       name: str = "rule-name", nth: int = 0, suggestion: str | None = None, related=None) -> Finding:
    """A finding on the nth occurrence of ``needle`` in the document text."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    end = start + len(needle)
    line, col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    return Finding(code=code, name=name, severity=severity, message=message, line=line, column=col,
                   end_line=end_line, end_column=end_col, start=start, end=end, text=needle,
                   suggestion=suggestion, related=related or [])


@pytest.fixture(scope="module")
def doc():
    return vanban.parse(TEXT, path="bc.txt")


@pytest.fixture(scope="module")
def results(doc):
    f_heading = mk(doc, "I. KẾT QUẢ", "ND30-004", "warning", "Đề mục cấp I phải viết hoa, đậm",
                   name="heading-style")
    f_cite = mk(doc, "Công văn số 2329/UBND", "ND30-020", "error",
                'Ký hiệu "UBND" thiếu mã loại văn bản, ví dụ 2329/UBND-VP',
                name="citation-symbol", suggestion="2329/UBND-VP",
                related=[Location(start=doc.text.index("15/BC-UBND"), end=doc.text.index("15/BC-UBND") + 10,
                                  line=2, column=6, text="15/BC-UBND", note="ký hiệu của văn bản này")])
    f_award = mk(doc, "Lao động tiên tiến", "TDKT-003", "info", "Nên ghi rõ năm của danh hiệu",
                 name="award-year")
    other = vanban.parse("Nội dung ngắn.\n", path="ngan.txt")
    return [
        # deliberately out of order: reporters sort by position
        FileResult("bc.txt", doc, [f_award, f_cite, f_heading]),
        FileResult("ngan.txt", other, []),
        FileResult("hong.docx", None, [], error="hong.docx: tệp bị hỏng hoặc không đúng định dạng",
                   error_code="corrupt"),
    ]


def report_schema() -> dict:
    md = (ROOT / "docs" / "report-json.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- schema:begin -->\s*```json\n(.*?)```\s*<!-- schema:end -->", md, re.S)
    assert m, "docs/report-json.md must contain the schema between schema markers"
    return json.loads(m.group(1))


# --------------------------------------------------------------------------------------------------
# render() dispatch
# --------------------------------------------------------------------------------------------------


def test_formats_and_unknown_format(results):
    assert FORMATS == ("text", "json", "jsonl", "sarif", "github", "csv", "html")
    for fmt in FORMATS:
        assert isinstance(render(results, fmt), str)
    with pytest.raises(ValueError, match="xml"):
        render(results, "xml")


# --------------------------------------------------------------------------------------------------
# text
# --------------------------------------------------------------------------------------------------


def test_text_lines_sorted_and_read_error(results):
    out = render(results, "text")
    assert out.splitlines() == [
        "bc.txt:10:11: ND30-020 [error] Ký hiệu \"UBND\" thiếu mã loại văn bản, ví dụ 2329/UBND-VP",
        "bc.txt:11:1: ND30-004 [warning] Đề mục cấp I phải viết hoa, đậm",
        "bc.txt:13:16: TDKT-003 [info] Nên ghi rõ năm của danh hiệu",
        "hong.docx:1:1: E000 [error] tệp bị hỏng hoặc không đúng định dạng",
        "Tìm thấy 4 phát hiện trong 2 tệp: 2 lỗi, 1 cảnh báo, 1 thông tin (đã kiểm tra 3 tệp).",
    ]


def test_text_english_summary_and_clean_run(doc):
    clean = [FileResult("a.txt", doc, []), FileResult("b.txt", doc, [])]
    assert render(clean, "text") == "Không có phát hiện nào (đã kiểm tra 2 tệp).\n"
    assert render(clean, "text", lang="en") == "No findings (2 files checked).\n"
    one = [FileResult("a.txt", doc, [mk(doc, "Hạn chế", "X-1", "warning")])]
    assert render(one, "text", lang="en").splitlines()[-1] == "Found 1 finding in 1 file: 1 warning."


def test_text_statistics_table(results, doc):
    extra = results + [FileResult("c.txt", doc, [mk(doc, "Hạn chế", "ND30-004", "warning"),
                                                 mk(doc, "PHƯƠNG HƯỚNG", "ND30-004", "warning")])]
    lines = render(extra, "text", statistics=True).splitlines()
    i = lines.index("Thống kê theo mã quy tắc:")
    assert lines[i + 1:i + 5] == [
        "3  ND30-004  [warning]  heading-style",
        "1  E000      [error]    read-error",
        "1  ND30-020  [error]    citation-symbol",
        "1  TDKT-003  [info]     award-year",
    ]
    assert "Statistics by rule code:" in render(extra, "text", statistics=True, lang="en")


def test_text_multiline_message_stays_on_one_line(doc):
    f = mk(doc, "Hạn chế", "X-1", message="dòng một\ndòng hai")
    out = render([FileResult("a.txt", doc, [f])], "text")
    assert out.splitlines()[0] == "a.txt:14:4: X-1 [warning] dòng một dòng hai"


# --------------------------------------------------------------------------------------------------
# json / jsonl
# --------------------------------------------------------------------------------------------------


def test_json_objects_and_schema(results, doc):
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(render(results, "json"))
    jsonschema.Draft202012Validator.check_schema(report_schema())
    jsonschema.validate(data, report_schema(), cls=jsonschema.Draft202012Validator)
    assert [d["code"] for d in data] == ["ND30-020", "ND30-004", "TDKT-003", "E000"]
    cite = data[0]
    start = doc.text.index("Công văn số 2329")
    assert cite == {
        "path": "bc.txt", "code": "ND30-020", "name": "citation-symbol", "severity": "error",
        "message": 'Ký hiệu "UBND" thiếu mã loại văn bản, ví dụ 2329/UBND-VP',
        "line": 10, "column": 11, "end_line": 10, "end_column": 32, "start": start, "end": start + 21,
        "text": "Công văn số 2329/UBND", "suggestion": "2329/UBND-VP",
        "related": [{"path": "bc.txt", "line": 2, "column": 6, "start": 20, "end": 30, "text": "15/BC-UBND",
                     "note": "ký hiệu của văn bản này", "page": None, "paragraph": None}],
        "page": None, "paragraph": None, "part": None, "table": None, "row": None, "cell": None,
    }
    assert doc.text[cite["start"]:cite["end"]] == cite["text"]
    assert data[3] == {
        "path": "hong.docx", "code": "E000", "name": "read-error", "severity": "error",
        "message": "tệp bị hỏng hoặc không đúng định dạng", "line": 1, "column": 1,
        "end_line": 1, "end_column": 1, "start": 0, "end": 0, "text": "", "suggestion": None, "related": [],
        "page": None, "paragraph": None, "part": None, "table": None, "row": None, "cell": None,
        "error_code": "corrupt",
    }
    assert "error_code" not in data[0]


def test_json_schema_rejects_bad_objects_and_accepts_doc_example():
    jsonschema = pytest.importorskip("jsonschema")
    schema = report_schema()
    v = jsonschema.Draft202012Validator(schema)
    good = {"path": "a", "code": "X", "name": "x", "severity": "info", "message": "m", "line": 1,
            "column": 1, "end_line": 1, "end_column": 1, "start": 0, "end": 0, "text": "",
            "suggestion": None, "related": []}
    assert v.is_valid([good])
    assert not v.is_valid([{**good, "severity": "fatal"}])
    assert not v.is_valid([{**good, "line": 0}])
    assert not v.is_valid([{k: x for k, x in good.items() if k != "message"}])
    assert not v.is_valid([{**good, "error_code": "empty"}])  # only E000 may carry error_code
    md = (ROOT / "docs" / "report-json.md").read_text(encoding="utf-8")
    example = re.search(r"## Example\s*```json\n(.*?)```", md, re.S).group(1)
    assert v.is_valid(json.loads(example))


def test_jsonl_matches_json(results):
    jsonschema = pytest.importorskip("jsonschema")
    out = render(results, "jsonl")
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) == 5
    objs = [json.loads(x) for x in lines[:-1]]
    assert objs == json.loads(render(results, "json"))
    schema = report_schema()
    item = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/finding"}
    for o in objs:
        jsonschema.validate(o, item, cls=jsonschema.Draft202012Validator)
    assert render([], "jsonl") == ""
    assert render([], "json") == "[]\n"


# --------------------------------------------------------------------------------------------------
# sarif
# --------------------------------------------------------------------------------------------------


RULES = {
    "ND30-020": {"name": "citation-symbol", "severity": "error", "summary": "Ký hiệu văn bản viện dẫn sai",
                 "rationale": "NĐ 30/2020, Phụ lục I, mục ký hiệu"},
    "ND30-099": {"name": "unused-rule", "severity": "info", "summary": "Không xuất hiện", "rationale": ""},
}


def test_sarif_structure(results, doc):
    log = json.loads(render(results, "sarif", rules=RULES))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "vanban-lint" and driver["version"] == vanban.__version__
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["E000", "ND30-004", "ND30-020", "ND30-099", "TDKT-003"]
    for r in driver["rules"]:
        assert {"id", "shortDescription", "help"} <= set(r)
    r20 = driver["rules"][ids.index("ND30-020")]
    assert r20["shortDescription"]["text"] == "Ký hiệu văn bản viện dẫn sai"
    assert r20["fullDescription"]["text"] == "NĐ 30/2020, Phụ lục I, mục ký hiệu"
    assert r20["defaultConfiguration"]["level"] == "error"
    assert run["columnKind"] == "unicodeCodePoints"

    res = run["results"]
    assert [(r["ruleId"], r["level"]) for r in res] == [
        ("ND30-020", "error"), ("ND30-004", "warning"), ("TDKT-003", "note"), ("E000", "error")]
    for r in res:
        assert {"ruleId", "ruleIndex", "level", "message", "locations"} <= set(r)
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["message"]["text"]
        pl = r["locations"][0]["physicalLocation"]
        assert {"artifactLocation", "region"} <= set(pl)
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(pl["region"])
    first = res[0]
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "bc.txt"
    start = doc.text.index("Công văn số 2329")
    assert loc["region"] == {"startLine": 10, "startColumn": 11, "endLine": 10, "endColumn": 32,
                             "charOffset": start, "charLength": 21,
                             "snippet": {"text": "Công văn số 2329/UBND"}}
    rel = first["relatedLocations"][0]
    assert rel["message"]["text"] == "ký hiệu của văn bản này"
    assert rel["physicalLocation"]["region"]["startLine"] == 2
    assert rel["physicalLocation"]["region"]["startColumn"] == 6
    assert rel["physicalLocation"]["region"]["endColumn"] == 16
    assert first["properties"]["suggestion"] == "2329/UBND-VP"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["descriptor"]["id"] == "corrupt"
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "hong.docx"


def test_sarif_without_rules_builds_rules_from_findings(results):
    log = build_sarif(results)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["E000", "ND30-004", "ND30-020", "TDKT-003"]
    assert rules[3] == {"id": "TDKT-003", "name": "award-year", "shortDescription": {"text": "award-year"},
                        "help": {"text": "award-year"}, "defaultConfiguration": {"level": "note"}}


def test_sarif_uris():
    assert path_to_uri("bao cao/Báo cáo #1.txt") == "bao%20cao/B%C3%A1o%20c%C3%A1o%20%231.txt"
    assert path_to_uri("./a/b.txt") == "a/b.txt"
    assert path_to_uri("/srv/vb/bc.txt") == "file:///srv/vb/bc.txt"
    assert path_to_uri("C:\\vb\\bc.txt") == "file:///C:/vb/bc.txt"
    assert path_to_uri("docs\\bc.txt") == "docs/bc.txt"


# --------------------------------------------------------------------------------------------------
# github
# --------------------------------------------------------------------------------------------------


def test_github_commands(results):
    lines = render(results, "github").splitlines()
    assert lines == [
        "::error file=bc.txt,line=10,col=11,endLine=10,endColumn=32,title=ND30-020::"
        'Ký hiệu "UBND" thiếu mã loại văn bản, ví dụ 2329/UBND-VP%0AGợi ý: 2329/UBND-VP',
        "::warning file=bc.txt,line=11,col=1,endLine=11,endColumn=11,title=ND30-004::"
        "Đề mục cấp I phải viết hoa, đậm",
        "::notice file=bc.txt,line=13,col=16,endLine=13,endColumn=34,title=TDKT-003::"
        "Nên ghi rõ năm của danh hiệu",
        "::error file=hong.docx,line=1,col=1,endLine=1,endColumn=1,title=E000::"
        "tệp bị hỏng hoặc không đúng định dạng",
    ]
    en = render(results, "github", lang="en")
    assert "%0ASuggestion: 2329/UBND-VP" in en


def test_github_escaping_and_multiline_span(doc):
    assert escape_data("50% đạt\r\nxong") == "50%25 đạt%0D%0Axong"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    f = mk(doc, "Hạn chế\nMột số", "X-1", "info", "100% sai: a, b\nc")
    out = render([FileResult("dir,1/a:b.txt", doc, [f])], "github")
    assert out == "::notice file=dir%2C1/a%3Ab.txt,line=14,endLine=15,title=X-1::100%25 sai: a, b%0Ac\n"


# --------------------------------------------------------------------------------------------------
# csv
# --------------------------------------------------------------------------------------------------


def test_csv_bom_header_rows_and_quoting(results, doc):
    f = mk(doc, "Hạn chế", "X-1", "warning", 'sai, "rất" sai\ndòng 2', suggestion="=HYPERLINK(1)")
    dash = mk(doc, "- Tự do", "X-2", "info", "-bắt đầu bằng gạch")
    out = render(results + [FileResult("c,d.txt", doc, [f, dash])], "csv", lang="en")
    assert out.startswith("\ufeffpath,line,column,end_line,end_column,severity,code,name,message,text,"
                          "suggestion,page,paragraph,table,row,cell\r\n")
    vi = render(results, "csv")  # the header row a Vietnamese user reads
    assert vi.startswith("\ufefftệp,dòng,cột,dòng cuối,cột cuối,mức,mã,quy tắc,nội dung,đoạn văn bản,gợi ý,trang,đoạn,bảng,dòng bảng,ô\r\n")
    assert '"sai, ""rất"" sai\ndòng 2"' in out  # RFC 4180 quoting, embedded newline kept
    rows = list(csv.reader(io.StringIO(out[1:], newline="")))
    assert rows[0] == ["path", "line", "column", "end_line", "end_column", "severity", "code", "name",
                       "message", "text", "suggestion", "page", "paragraph", "table", "row", "cell"]
    assert len(rows) == 1 + 4 + 2
    assert rows[1] == ["bc.txt", "10", "11", "10", "32", "error", "ND30-020", "citation-symbol",
                       'Ký hiệu "UBND" thiếu mã loại văn bản, ví dụ 2329/UBND-VP', "Công văn số 2329/UBND",
                       "2329/UBND-VP", "", "", "", "", ""]
    assert rows[4][6] == "E000" and rows[4][10] == ""
    assert rows[5][0] == rows[6][0] == "c,d.txt"
    assert rows[5][8] == "'-bắt đầu bằng gạch" and rows[5][9] == "'- Tự do"  # line 4 before line 14
    assert rows[6][8] == 'sai, "rất" sai\ndòng 2'
    assert rows[6][10] == "'=HYPERLINK(1)"  # formula guard
    from vanban.report.csvfmt import render_csv
    raw = list(csv.reader(io.StringIO(render_csv(results + [FileResult("x", doc, [dash])],
                                                 formula_guard=False)[1:], newline="")))
    assert raw[-1][9] == "- Tự do"


# --------------------------------------------------------------------------------------------------
# html
# --------------------------------------------------------------------------------------------------


class _MarkCollector(HTMLParser):
    """Collect, for every finding id, the text inside the <mark> pieces that list it; and the <pre> text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.by_id: dict[int, str] = {}
        self.points: set[int] = set()
        self.pre: list[str] = []
        self._ids: list[int] = []
        self._in_pre = 0
        self.ids_seen: set[str] = set()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            assert a["id"] not in self.ids_seen, f"duplicate id {a['id']}"
            self.ids_seen.add(a["id"])
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag == "pre":
            self._in_pre += 1
            self.pre.append("")
        if tag == "mark" and "data-f" in a:
            ids = [int(x) for x in a["data-f"].split()]
            if "pt" in a.get("class", "").split():
                self.points.update(ids)
            self._ids = ids

    def handle_endtag(self, tag):
        if tag == "mark":
            self._ids = []
        if tag == "pre":
            self._in_pre -= 1

    def handle_data(self, data):
        for i in self._ids:
            self.by_id[i] = self.by_id.get(i, "") + data
        if self._in_pre:
            self.pre[-1] += data


def _collect(page: str) -> _MarkCollector:
    p = _MarkCollector()
    p.feed(page)
    p.close()
    return p


def test_html_highlights_exact_spans_and_keeps_text(results, doc):
    page = render(results, "html", rules=RULES)
    p = _collect(page)
    # finding ids follow report order: 0 citation, 1 heading, 2 award, 3 read error
    assert p.by_id == {0: "Công văn số 2329/UBND", 1: "I. KẾT QUẢ", 2: "Lao động tiên tiến"}
    assert p.pre[0] == doc.text  # the whole text survives escaping unchanged
    assert p.pre[1] == "Nội dung ngắn.\n"
    assert len(p.pre) == 2  # the unreadable file has no text
    assert p.external == []


def test_html_escapes_everything(doc):
    nasty = mk(doc, '<ĐẠT ĐƯỢC> & "TỒN TẠI"', "X<1>", "error", '<script>alert("x")</script> & co',
               name='n"a<m>e', suggestion="<img src=x onerror=alert(1)>")
    page = render([FileResult('a<b>&"c".txt', doc, [nasty])], "html",
                  rules={"X<1>": {"name": "n", "severity": "error", "summary": "<s>", "rationale": "&r"}})
    assert "<script>alert" not in page and "<img" not in page and "<ĐẠT" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert "a&lt;b&gt;&amp;&quot;c&quot;.txt" in page
    assert "&lt;ĐẠT ĐƯỢC&gt; &amp; &quot;TỒN TẠI&quot;" in page
    assert page.count("<script>") == 1  # only our own script
    p = _collect(page)
    assert p.by_id[0] == '<ĐẠT ĐƯỢC> & "TỒN TẠI"'


def test_html_overlapping_and_empty_spans():
    text = "abcdefghij"
    spans = [(2, 6, 0, "warning", "w"), (4, 8, 1, "error", "e"), (5, 5, 2, "info", "i"),
             (9, 99, 3, "info", "clamped")]
    out = highlight_text(text, spans, [(0, "top")])
    p = _collect(f"<pre>{out}</pre>")
    assert p.by_id == {0: "cdef", 1: "efgh", 3: "j"}
    assert p.points == {2}
    assert p.pre[0] == text
    # the overlap is coloured by the most severe finding covering it
    assert re.search(r'<mark class="m s-error" data-f="0 1"[^>]*>e</mark>', out)
    assert re.search(r'<mark class="m s-warning" data-f="0"[^>]*>cd</mark>', out)
    assert out.startswith('<span class="anc" id="top"></span>ab')


def test_html_control_characters_are_made_visible():
    d = vanban.parse("Dòng\x00một\x1b\n")
    page = render([FileResult("x.txt", d, [])], "html")
    p = _collect(page)
    assert p.pre[0] == "Dòng\u2400một\u241b\n"


def test_html_outline_citations_awards(results, doc):
    page = render(results, "html")
    # nested outline: I > 1, 2 ; II
    outline = re.search(r'<aside class="outline">(.*?)</aside>', page, re.S).group(1)
    labels = re.findall(r'<span class="lbl">([^<]*)</span> ([^<]*)</a>', outline)
    assert [(lbl, htmllib.unescape(t)) for lbl, t in labels] == [
        ("I", 'KẾT QUẢ <ĐẠT ĐƯỢC> & "TỒN TẠI"'), ("1", "Công tác khen thưởng"), ("2", "Hạn chế"),
        ("II", "PHƯƠNG HƯỚNG")]
    assert re.search(r"<ul><li><a href=\"#d0-s0\">.*?<ul><li><a href=\"#d0-s1\">", outline)
    assert 'id="d0-s3"' in page  # anchor in the text at section II
    cit = re.search(r'<table class="sortable data citations">(.*?)</table>', page, re.S).group(1)
    assert cit.count("<tr>") == 1 + len(doc.citations) == 2
    assert "Công văn số 2329/UBND ngày 16/10/2023" in cit and "16/10/2023" in cit
    aw = re.search(r'<table class="sortable data awards">(.*?)</table>', page, re.S).group(1)
    assert aw.count("<tr>") == 1 + len(doc.awards) == 3
    assert "Lao động tiên tiến" in aw and "Giấy khen" in aw and "danh hiệu" in aw and "hình thức" in aw


def test_html_summary_filters_and_tables(results):
    page = render(results, "html", rules=RULES)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"vi\">")
    assert '<input type="checkbox" class="f-sev" value="error" checked>' in page
    assert '<option value="ND30-020">ND30-020 citation-symbol (1)</option>' in page
    rows = re.findall(r'<tr data-doc="(\d)"[^>]*>', page)
    assert rows == ["0", "1", "2"]
    assert re.search(r'<tr data-doc="2" class="err-row">.*?Không đọc được tệp', page)
    frows = re.findall(r'<tr data-f="(\d+)" data-doc="(\d)" data-sev="(\w+)" data-code="([^"]+)">', page)
    assert frows == [("0", "0", "error", "ND30-020"), ("1", "0", "warning", "ND30-004"),
                     ("2", "0", "info", "TDKT-003"), ("3", "2", "error", "E000")]
    assert '<tr id="rule-ND30-020"><td class="code">ND30-020</td>' in page
    assert "ND30-099" not in page  # only rules that occur get help rows
    en = render(results, "html", lang="en")
    assert '<html lang="en">' in en and "Showing 4/4 findings" in en and "Cited documents" in en


def test_html_is_self_contained_with_matching_csp(results):
    import base64
    import hashlib
    page = render(results, "html")
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    for src, directive in ((script, "script-src"), (style, "style-src")):
        digest = base64.b64encode(hashlib.sha256(src.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert render(results, "html") == page  # deterministic


def test_html_scales_linearly_30_documents_1000_findings(doc):
    words = [m for m in re.finditer(r"\S+", doc.text)]
    results = []
    fid = 0
    for k in range(30):
        fs = []
        for j in range(34 if k < 10 else 33):
            m = words[(j * 7 + k) % len(words)]
            line, col = doc.line_col(m.start())
            fs.append(Finding(code=f"R-{j % 5}", name="r", severity=("error", "warning", "info")[j % 3],
                              message=f"m{fid}", line=line, column=col, end_line=line,
                              end_column=col + len(m.group()), start=m.start(), end=m.end(),
                              text=m.group()))
            fid += 1
        results.append(FileResult(f"d{k:02d}.txt", doc, fs))
    assert fid == 1000
    page = render(results, "html")
    assert len(re.findall(r'<tr data-f="', page)) == 1000
    assert len(re.findall(r'<li data-f="', page)) == 1000
    assert page.count('<details class="doc"') == 30
    assert len(page) < 3_000_000
    p = _collect(page)
    assert len(p.by_id) == 1000


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared corpus not available")
def test_html_on_real_seed_report():
    src = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"
    d = vanban.parse(src.read_text(encoding="utf-8"), path=src.name)
    fs = [Finding(code="T-1", name="t", severity="warning", message=f"viện dẫn {i}", line=c.line,
                  column=d.line_col(c.start)[1], end_line=d.line_col(c.end)[0],
                  end_column=d.line_col(c.end)[1], start=c.start, end=c.end, text=c.text)
          for i, c in enumerate(d.citations)]
    page = render([FileResult(src.name, d, fs)], "html")
    p = _collect(page)
    assert p.pre[0] == d.text
    assert p.by_id == {i: c.text for i, c in enumerate(d.citations)}
    assert page.count('href="#d0-s') == sum(1 for _ in d.iter_sections())


def test_read_error_messages():
    out = render([FileResult("a.pdf", None, []),
                  FileResult("b.pdf", None, [], error="b.pdf:", error_code="empty"),
                  FileResult("c.pdf", None, [], error="tệp rỗng, không có nội dung văn bản")], "text")
    assert out.splitlines()[:3] == [
        "a.pdf:1:1: E000 [error] không đọc được tệp",
        "b.pdf:1:1: E000 [error] b.pdf:",
        "c.pdf:1:1: E000 [error] tệp rỗng, không có nội dung văn bản",
    ]
    assert json.loads(render([FileResult("a.pdf", None, [])], "json", lang="en"))[0]["message"] == \
        "cannot read the file"


def test_html_shows_the_attached_award_lists():
    text = ("Số: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc tặng danh hiệu\n"
            "Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho 03 cá nhân.\nĐiều 2. Thi hành./.\n\n"
            "DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”\n"
            "Danh hiệu “Lao động tiên tiến” (03 cá nhân):\n1. Bà Lê Thị Tâm;\n2. Ông Phạm Đức.\n")
    doc = vanban.parse(text, path="qd.txt")
    page = render([FileResult(path="qd.txt", document=doc, findings=vanban.lint(doc))], "html")
    lists = re.search(r'<table class="sortable data award-lists">(.*?)</table>', page, re.S).group(1)
    cells = [htmllib.unescape(c) for c in re.findall(r"<td[^>]*>([^<]*)</td>", lists)]
    assert cells[2:] == ["Lao động tiên tiến", "Danh hiệu “Lao động tiên tiến” (03 cá nhân):", "3", "2"]
    assert "VB604" in page
