"""The shortcuts taken for dense-line inputs (issue 17: thousands of table rows, headings, upper-case lines) read
the same as the slower code they replace: a table row's cells by ``str.split`` instead of a walk over its
characters, plain integer cells without the number pattern, an all-capitals line by ``str.isupper``, the Điều
count stopped at the second article, bold markers looked for only in a text that has any."""
from __future__ import annotations

import random
from decimal import Decimal

import vanban
from vanban.analysis.tables import cell_spans, cell_value
from vanban.extract.units import _caps_line


def _cell_spans_by_character(line: str) -> list[tuple[int, int]] | None:
    """The row reader before the shortcut: separators found character by character, each cell trimmed by a
    loop (the reference the fast reader must agree with)."""
    if len(line) > 2_000:
        return None
    s = line.strip()
    if s.startswith("|") and s.count("|") >= 2:
        bars = [i for i, ch in enumerate(line) if ch == "|"]
        if not s.endswith("|"):
            bars.append(len(line))
        bounds = list(zip(bars, bars[1:], strict=False))
    elif "\t" in line:
        tabs = [i for i, ch in enumerate(line) if ch == "\t"]
        bounds = list(zip([-1] + tabs, tabs + [len(line)], strict=True))
    else:
        return None
    if len(bounds) > 40 or len(bounds) < 2:
        return None
    out = []
    for lo, hi in bounds:
        a, b = lo + 1, hi
        while a < b and line[a] in " *\r":
            a += 1
        while b > a and line[b - 1] in " *\r":
            b -= 1
        out.append((a, b))
    return out


def test_cell_spans_agree_with_a_character_walk():
    rnd = random.Random(17)
    rows = ["1\tThôn 1\t45", "| 1 | **Thôn Đông** | 1.250 |", "  |a|b", "|a|b|  ", "\t\t", "| |", "|x|", "a|b|c",
            "*\t* *\t\r", "|" * 45, "\t" * 39, "\t" * 40]
    rows += ["".join(rnd.choice("| \t*\rab1ă") for _ in range(rnd.randint(0, 16))) for _ in range(20_000)]
    rows += ["".join(rnd.choice("|\tx ") for _ in range(rnd.randint(60, 120))) for _ in range(500)]
    for row in rows:
        assert cell_spans(row) == _cell_spans_by_character(row), repr(row)


def test_cell_values():
    assert cell_value("1250") == 1250 and cell_value("0123") == 123
    assert cell_value("1.250") == 1250 and cell_value("45,5") == Decimal("45.5")
    assert cell_value("-") == 0 and cell_value("0") == 0
    assert cell_value("12%") is None and cell_value("") is None and cell_value("Thôn 1") is None
    assert cell_value("١٢") == 12  # digits of another script go through the pattern, as before


def test_caps_line():
    text = "ỦY BAN NHÂN DÂN XÃ VÂN HÒA\n2023 - 2025\nXã Vân Hòa\n"
    assert _caps_line(text, 16, 26)
    assert _caps_line(text, 27, 38)  # no letter at all: nothing in lower case either
    assert not _caps_line(text, 39, 49)


def test_one_article_line_leaves_numbered_clauses_as_headings():
    body = "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n1. Mục tiêu chung\n\nNội dung.\n\n2. Nhiệm vụ\n\nNội dung.\n"
    one = vanban.parse("QUYẾT ĐỊNH\n\nĐiều 1. Phạm vi\n\n" + body)
    two = vanban.parse("QUYẾT ĐỊNH\n\nĐiều 1. Phạm vi\n\n" + body + "\nĐiều 2. Hiệu lực\n\nNội dung.\n")
    labels_one = [s.label for s in one.iter_sections()]
    labels_two = [s.label for s in two.iter_sections()]
    assert "1" in labels_one and "2" in labels_one
    assert labels_two == ["Điều 1", "Điều 2"]  # with two articles, numbered lines are khoản, not headings


def test_bold_title_broken_by_a_line_break_still_read():
    # "**2. Đối tượng và" / "phạm vi**": one bold title over two lines; without the markers, the second line is text
    bold = "BÁO CÁO\n\nI. KẾT QUẢ\n\n**1. Đối tượng**\n\nNội dung.\n\n**2. Đối tượng và\nphạm vi**\n\nNội dung.\n"
    assert [s.title for s in vanban.parse(bold).iter_sections()] == ["KẾT QUẢ", "Đối tượng", "Đối tượng và phạm vi"]
    plain = bold.replace("**", "")
    assert [s.title for s in vanban.parse(plain).iter_sections()] == ["KẾT QUẢ", "Đối tượng", "Đối tượng và"]
