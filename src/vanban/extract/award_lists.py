"""Lists of people and units awarded, attached to a decision ("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU …",
"DANH SÁCH KHEN THƯỞNG"): each run of numbered rows, with the award and the count its heading announces.

Rows are counted in the text as the user gave it, in the three shapes converters leave: numbered lines
("1. Bà Lê Thị Thanh Tâm, …"), tab-separated table rows ("1<TAB>Ông Nguyễn Văn Lực<TAB>…") and Markdown table
rows ("|1|Nguyễn Thị Hòa|…|"). A run restarts at 1 under each group heading ("Danh hiệu “Lao động tiên tiến”
(06 cá nhân):"). Lists that are not about awards (candidates, participants) are left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left

import regex

from ..model import AwardList, Document, Span
from ..segment.lines import Context
from .awards import award_name_in as _award_in  # one lexicon of award names

_TITLE_RE = re.compile(r"^[ \t*]*DANH SÁCH\b")
# what makes a list an award list: its title speaks of awarding, or names an award
_AWARD_TITLE_RE = regex.compile(r"KHEN\s+THƯỞNG|DANH\s+HIỆU|ĐƯỢC\s+TẶNG|ĐƯỢC\s+CÔNG\s+NHẬN|TẶNG\s+THƯỞNG|BẰNG\s+KHEN|GIẤY\s+KHEN",
                                regex.I)
# "1. Bà …", "1<TAB>Ông …", "|1|Nguyễn …|", or "1" alone: a Word table read one cell per line
_ROW_RE = re.compile(r"^[ \t]*\|?[ \t]*(\d{1,4})[ \t]*(?:(?:[.)|\t]|[ \t](?=[^\W\d_]))[ \t|]*\S|(?P<bare>$))")
_COUNT_RE = regex.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*|\d+)\s+(?:cá\s+nhân|tập\s+thể|hộ(?:\s+gia\s+đình)?|"
                          r"đơn\s+vị|người|trường\s+hợp|chi\s+bộ|đảng\s+viên)(?![\p{L}])", regex.I)
# a group of the list by kind of recipient, with or without its number: "I⇥TẬP THỂ", "B. CÁ NHÂN", "|II|Cá nhân|"
# (the separator after the label is one character at most, so the blanks around it cannot be shared two ways)
_GROUP_HEAD_RE = regex.compile(r"^[ \t|*]*(?:(?:[IVX]{1,4}|[A-D]|\d{1,2})(?:[ \t]*[.)|\t-])?[ \t|*]*)?"
                               r"(?:TẬP\s+THỂ|CÁ\s+NHÂN|HỘ\s+GIA\s+ĐÌNH|Tập\s+thể|Cá\s+nhân|Hộ\s+gia\s+đình)"
                               r"(?:[ \t]*\([ \t]*\d[^()\n]{0,30}\))?[ \t|*:]*$")  # "1. Tập thể (02 tập thể)"
_GROUP_HEAD_MAX = 80  # a group heading is short: longer lines are not tried
_MAX_TITLE_LINES = 4
_MAX_GAP = 3  # blank or unnumbered lines a run may have inside it (a wrapped name, a sub-note)
_MAX_CELLS = 12  # lines after a bare row number: the row's other cells


def extract(ctx: Context, doc: Document) -> list[AwardList]:
    text = ctx.original
    zones = ctx.award_list_zones  # title and heading lines: award names there name the list, they are no awards
    if "DANH SÁCH" not in text:
        return []
    lines = ctx.orig_lines
    starts = ctx.orig_starts
    out: list[AwardList] = []
    cite_starts = [c.start for c in doc.citations]
    i = 0
    n = len(lines)
    while i < n:
        if not _TITLE_RE.match(lines[i]):
            i += 1
            continue
        # the title: "DANH SÁCH" and the upper-case or bracketed lines under it
        t_end = i + 1
        while t_end < n and t_end - i < _MAX_TITLE_LINES and len(lines[t_end].strip()) > 3 and (
                lines[t_end].strip().upper() == lines[t_end].strip() or lines[t_end].strip().startswith("(")) \
                and not (len(lines[t_end]) <= _GROUP_HEAD_MAX and _GROUP_HEAD_RE.match(lines[t_end])):
            # ("I. TẬP THỂ" right under the title heads the first group)
            # (a column header "TT" / "STT" is no title line)
            t_end += 1
        title = " ".join(x.strip(" *") for x in lines[i:t_end])
        nxt = next((k for k in range(t_end, n) if _TITLE_RE.match(lines[k])), n)
        if not _AWARD_TITLE_RE.search(title):
            i = nxt
            continue
        title_award = _award_in(title)
        decision = None
        t_stop = starts[t_end - 1] + len(lines[t_end - 1]) + 1
        for k in range(bisect_left(cite_starts, starts[i]), len(cite_starts)):  # the "(Kèm theo Quyết định số …)"
            if cite_starts[k] >= t_stop:
                break
            if doc.citations[k].doc_type == "Quyết định":
                decision = k
                break
        zones.append((starts[i], starts[t_end - 1] + len(lines[t_end - 1])))
        groups = _groups(lines, t_end, nxt)
        for head, rows in groups:
            hs = head if head is not None else i
            head_text = lines[head] if head is not None else ""
            cm = _COUNT_RE.search(head_text) if head is not None else None
            award = _award_in(head_text) if head is not None else None
            if head is not None:
                zones.append((starts[head], starts[head] + len(lines[head])))
            first, last = rows[0], rows[-1]
            m_last = _ROW_RE.match(lines[last])
            if m_last is not None and m_last.group("bare") is not None:
                # a Word table read a cell per line: the last row goes on with its cells
                k = last + 1
                while k < nxt and k - last <= _MAX_CELLS and lines[k].strip() and not _ROW_RE.match(lines[k]) \
                        and not _COUNT_RE.search(lines[k]):
                    last = k
                    k += 1
            s = starts[hs] + (len(lines[hs]) - len(lines[hs].lstrip()))
            e = starts[last] + len(lines[last].rstrip())
            entries = [sp for sp in (_entry(text, lines, starts, r) for r in rows) if sp is not None]
            out.append(AwardList(
                title=" ".join(title.split()), award=award or title_award,
                announced=int(cm.group(1).replace(".", "")) if cm else None, rows=len(rows),
                heading=head_text.strip(" *") or None, first_row_line=first + 1, decision=decision,
                entries=entries, text=text[s:e], start=s, end=e, line=hs + 1,
            ))
        i = nxt
    return out


_KIND_RE = regex.compile(r"tập\s+thể|cá\s+nhân|hộ\s+gia\s+đình", regex.I)


def group_kind(heading: str) -> str | None:
    """"tập thể", "cá nhân" or "hộ gia đình" for a list group's heading that names only that, else None."""
    if len(heading) > _GROUP_HEAD_MAX or not _GROUP_HEAD_RE.match(heading):
        return None
    m = _KIND_RE.search(heading)
    return " ".join(m.group().lower().split()) if m else None


def list_groups_for(doc: Document, award, decided: list) -> list[AwardList]:
    """The list groups naming the recipients of ``award``, one of the awards ``decided`` by the document
    itself: the groups of its name, or every group when it decides one award and no group names another."""
    groups = [g for g in doc.award_lists if g.award == award.name]
    if not groups and len(decided) == 1 and all(g.award is None for g in doc.award_lists):
        groups = list(doc.award_lists)
    return groups


_CELL_END_RE = re.compile(r"[\t|,;(]|\s+-\s|\s{3,}")


def _entry(text: str, lines: list[str], starts: list[int], r: int) -> Span | None:
    """The first cell of a row — the name of the person or unit — as a span of the text."""
    m = _ROW_RE.match(lines[r])
    if m is None:  # pragma: no cover - rows are lines the row pattern matched
        return None
    if m.group("bare") is not None:  # a Word table cell per line: the name is the next line with text
        k = r + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or _ROW_RE.match(lines[k]):
            return None
        line, a = lines[k], 0
    else:
        line, k = lines[r], r
        a = m.end() - 1  # the first character of the cell after the number and its separator
    while a < len(line) and line[a] in " \t|.)":
        a += 1
    cut = _CELL_END_RE.search(line, a)
    e = cut.start() if cut else len(line)
    while e > a and line[e - 1] in " .;:":
        e -= 1
    if e <= a:
        return None
    s0 = starts[k] + a
    return Span(text=text[s0:starts[k] + e], start=s0, end=starts[k] + e, line=k + 1)


def _groups(lines: list[str], a: int, b: int) -> list[tuple[int | None, list[int]]]:
    """Runs of numbered rows between lines a and b, each with the line heading it (or None)."""
    groups: list[tuple[int | None, list[int]]] = []
    head: int | None = None
    rows: list[int] = []
    expect = 1
    gap = 0
    bare = False
    for k in range(a, b):
        ln = lines[k]
        # "1. Tập thể (02 tập thể)" numbers a group, it is no row
        m = None if len(ln) <= _GROUP_HEAD_MAX and _GROUP_HEAD_RE.match(ln) else _ROW_RE.match(ln)
        if m and int(m.group(1)) == expect:
            rows.append(k)
            expect += 1
            gap = 0
            bare = m.group("bare") is not None
            continue
        if m and int(m.group(1)) == 1 and rows:
            groups.append((head, rows))  # a new run without a heading of its own
            head, rows, expect, gap = None, [k], 2, 0
            continue
        if not ln.strip():
            gap += 1
            continue
        group_head = len(ln) <= _GROUP_HEAD_MAX and _GROUP_HEAD_RE.match(ln) is not None  # "II⇥CÁ NHÂN", "B. TẬP THỂ"
        if rows and gap < (_MAX_CELLS if bare else _MAX_GAP) and not _COUNT_RE.search(ln) and not ln.rstrip().endswith(":") \
                and not group_head:
            gap += 1  # a wrapped name or a note inside the run
            continue
        if rows:
            groups.append((head, rows))
            rows, expect, head = [], 1, None
        # a heading for the next run: the line that announces a count or names an award wins over a table's
        # column header ("Danh hiệu “Lao động tiên tiến”: gồm 12 cá nhân" above "|TT|Họ và tên|…|")
        if head is None or _COUNT_RE.search(ln) or _award_in(ln) or group_head:
            head = k
        gap = 0
    if rows:
        groups.append((head, rows))
    return groups
