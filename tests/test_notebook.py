"""Notebook HTML (vanban.notebook) and the code shown in docs/notebook.md."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import vanban
from vanban.model import Finding
from vanban.notebook import document_html, findings_html, highlight_html

ROOT = Path(__file__).resolve().parents[1]


def _f(code, start, end, text, severity="warning", message="thông điệp", path=None):
    return Finding(code=code, name="x-" + code.lower(), severity=severity, message=message, line=1, column=start + 1,
                   end_line=1, end_column=end + 1, start=start, end=end, text=text[start:end], path=path)


class _Marks(HTMLParser):
    """Collects the plain text and the text inside each <mark> of a fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.marks = []  # (class, title, text)
        self._mark = None
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "mark":
            a = dict(attrs)
            self._mark = [a.get("class"), a.get("title"), ""]

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark:
            self.marks.append(tuple(self._mark))
            self._mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._mark is not None:
            self._mark[2] += data


def _parse(fragment):
    p = _Marks()
    p.feed(fragment)
    return p


def test_highlight_marks_exact_spans_and_keeps_the_text():
    text = "Số: 15/QĐ-UBND\nNgày 30/02/2023 <b>&</b>"
    i = text.index("30/02/2023")
    out = highlight_html(text, [_f("VB101", i, i + 10, text, "error", "Ngày không tồn tại <script>")])
    p = _parse(out)
    assert "".join(p.text) == text  # nothing lost, nothing added
    assert p.marks == [("vb-error", "VB101 x-vb101: Ngày không tồn tại <script>", "30/02/2023")]
    assert "<b>" not in out and "&lt;b&gt;&amp;&lt;/b&gt;" in out
    assert "<script>" not in out


def test_overlapping_findings_split_into_segments_with_the_worst_severity():
    text = "abcdefghij"
    out = highlight_html(text, [_f("VB001", 2, 6, text, "info", "một"), _f("VB002", 4, 8, text, "error", "hai")])
    p = _parse(out)
    assert "".join(p.text) == text
    assert [(c, t) for c, _title, t in p.marks] == [("vb-info", "cd"), ("vb-error", "ef"), ("vb-error", "gh")]
    assert p.marks[1][1] == "VB001 x-vb001: một\nVB002 x-vb002: hai"


def test_empty_span_finding_is_a_pin_and_truncation():
    text = "x" * 50
    out = highlight_html(text, [_f("VB003", 10, 10, text), _f("VB004", 45, 48, text)], max_chars=20)
    assert out.count('class="vb-pin"') == 1
    assert 'title="VB003 x-vb003: thông điệp"' in out
    assert "VB004" not in out  # past the cut
    assert "còn 30 ký tự" in out


def test_findings_html_table():
    text = "Kính gửi: UBND huyện"
    f = _f("VB205", 0, 8, text, "warning", "Thiếu dấu <hai chấm>")
    out = findings_html([f])
    assert out.count("<tr class=") == 1
    assert "<code>VB205</code> x-vb205" in out
    assert "cảnh báo" in out and "1:1" in out
    assert "Thiếu dấu &lt;hai chấm&gt;" in out
    assert "Không có phát hiện" in findings_html([])
    assert "No findings." in findings_html([], lang="en")


def test_document_html_on_a_written_report():
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA LẠC\n\nSố: 12/BC-UBND\n\nHòa Lạc, ngày 30 tháng 02 năm 2023\n\nBÁO CÁO\n"
            "Công tác thi đua năm 2023\n\nNội dung <đặc biệt> & \"trích dẫn\".\n")
    doc = vanban.parse(text, path="hoa_lac.txt")
    findings = vanban.lint(doc)
    assert findings, "the impossible date must be found"
    out = document_html(doc, findings)
    assert out.startswith("<style>")
    assert "<script" not in out
    assert "Nội dung &lt;đặc biệt&gt; &amp; &quot;trích dẫn&quot;." in out
    assert "<th>Số, ký hiệu</th><td>12/BC-UBND</td>" in out
    assert "<th>Cơ quan ban hành</th><td>Ủy ban nhân dân xã Hòa Lạc</td>" in out
    body = re.search(r'<div class="vb-text">(.*?)</div></details>', out, re.S).group(1)
    p = _parse(body)
    assert "".join(p.text) == text
    marked = {m[2] for m in p.marks}
    for f in findings:
        if f.end > f.start:
            assert any(f.text in m for m in marked), f.code
    assert f"{len(findings)} phát hiện" in html.unescape(out)
    # lint=True runs the rules itself; no findings -> no findings table
    assert document_html(doc, lint=True).count("<tr class=") == len(findings)
    assert "<tr class=" not in document_html(doc)


def test_findings_of_another_file_are_listed_not_drawn():
    doc = vanban.parse("BÁO CÁO\nNội dung báo cáo\n", path="a.txt")
    other = _f("VB903", 0, 7, doc.text, path="b.txt")
    out = document_html(doc, [other])
    assert "<mark" not in out and "VB903" in out


# -- docs/notebook.md ---------------------------------------------------------------------------------
#
# Every ```python block followed by an output block is run from the repository root. A ```text output must
# match exactly; a ```text-shape output (numbers that move whenever a rule changes) must keep its header
# line and its number of lines. After a deliberate parser or rule change, regenerate the outputs with
#     .venv/bin/python tests/test_notebook.py

DOC = ROOT / "docs" / "notebook.md"
_BLOCK_RE = re.compile(r"```python\n((?:(?!```).)*?)```\n+```(text|text-shape)\n((?:(?!```).)*?)```", re.S)


def _blocks(md: str):
    """(code, kind, expected output) triples."""
    return _BLOCK_RE.findall(md)


def _run_blocks(md: str):
    import contextlib
    import io

    env: dict = {}
    for code, kind, expected in _blocks(md):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(code, str(DOC), "exec"), env)  # noqa: S102 - our own documentation
        yield code, kind, expected, buf.getvalue()


def test_notebook_doc_outputs_are_what_the_code_prints(monkeypatch):
    pytest.importorskip("pandas")
    if not (ROOT / "corpora" / "state").is_dir():
        pytest.skip("corpora not available")
    monkeypatch.chdir(ROOT)
    runs = list(_run_blocks(DOC.read_text("utf-8")))
    assert len(runs) >= 3
    assert {kind for _c, kind, _e, _g in runs} == {"text", "text-shape"}
    for code, kind, expected, got in runs:
        hint = f"docs/notebook.md is out of date (regenerate: .venv/bin/python tests/test_notebook.py) for:\n{code}"
        if kind == "text":
            assert got.rstrip() == expected.rstrip(), hint
        else:
            exp_lines, got_lines = expected.rstrip().splitlines(), got.rstrip().splitlines()
            assert got_lines[0].split() == exp_lines[0].split(), hint
            assert len(got_lines) == len(exp_lines), hint


if __name__ == "__main__":  # regenerate the outputs in docs/notebook.md
    import os

    os.chdir(ROOT)
    md = DOC.read_text("utf-8")
    for code, kind, expected, got in list(_run_blocks(md)):
        md = md.replace(f"```python\n{code}```\n\n```{kind}\n{expected}```", f"```python\n{code}```\n\n```{kind}\n{got}```", 1)
    DOC.write_text(md, encoding="utf-8")
    print(f"updated {DOC}")
