"""Tables as facts: rows, cells with their original spans, header rows, total / sub-total / group rows and the
columns whose figures add up — from tab-separated rows (plain text, and Word tables, which the .docx reader
gives as one tab-separated line per row) and Markdown ``|`` rows.

The line kinds (:class:`vanban.model.LineKind` ``TABLE`` / ``RULE``) say which lines are rows; this module
splits each row once (``str`` operations only, linear in the row) and classifies it from its own cells.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from .. import lexicon
from ..model import Cell, Facts, LineKind, Table, TableRow

#: no table row of a report is this long, nor has this many cells: a line of pipes or tabs is not a table
_MAX_ROW_CHARS = 2_000
_MAX_CELLS = 40

_CELL_NUM_RE = regex.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_DASHES = {"-", "–", "—", "0"}


@lru_cache(maxsize=1)
def _words() -> dict:
    return lexicon.load("dimensions")["tables"]


def _label_re(key: str) -> regex.Pattern:
    return _label_res()[key]


@lru_cache(maxsize=1)
def _label_res() -> dict[str, regex.Pattern]:
    """Whole-cell patterns for the labels of total, sub-total and part rows (built from the word lists)."""
    w = _words()

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in sorted(words, key=len, reverse=True))

    return {
        # "Tổng cộng", "Tổng số:", "Toàn xã", "Cộng chung"
        "total": regex.compile(rf"(?:{alt(w['total_labels'])})\s*:?", regex.I),
        # "Cộng", "Cộng nhóm I", "Cộng I": a group's sub-total
        "subtotal": regex.compile(rf"(?:{alt(w['subtotal_labels'])})(?:\s+[\p{{L}}\d.]{{1,12}}){{0,2}}\s*:?", regex.I),
        # "Trong đó", "- Nữ", "+ …", "Gồm": the row is a part of the row above
        "part": regex.compile(rf"(?:[-+•–]|(?:{alt(w['part_labels'])})(?![\p{{L}}]))", regex.I),
        # a column whose figures are not added: rates, shares, averages, ranks, years, codes
        "no_sum": regex.compile(rf"%|\([^()]{{0,30}}/[^()]{{0,30}}\)|(?<![\p{{L}}])(?:{alt(w['no_sum_columns'])})"
                                rf"(?![\p{{L}}])", regex.I),
    }


_GROUP_RE = regex.compile(r"(?:[IVXLC]{1,5}|[A-ZĐ])\.?")
_CHILD_RE = regex.compile(r"(\d{1,3})(?:\.\d{1,3})+\.?")
_LETTER_ITEM_RE = regex.compile(r"[a-zđ][.)]?")
_INDEX_CELL_RE = regex.compile(r"\(?(?:\d{1,2}|[A-ZĐ])\)?(?:=[\d()+\-*/x ]{1,20})?")


def cell_value(text: str) -> int | Decimal | None:
    """A cell's number: "1.250" → 1250, "45,5" → 45.5, "-" → 0; None for words, blanks and percentages."""
    if text in _DASHES:
        return 0
    if text.isascii() and text.isdigit():
        return int(text)  # the common case, what the pattern below reads as a plain integer
    if not text or not text[0].isdigit() or not _CELL_NUM_RE.fullmatch(text):
        return None
    if "," in text:
        return Decimal(text.replace(".", "").replace(",", "."))
    return int(text.replace(".", ""))


def cell_spans(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each cell's text in a row — tab-separated, or a Markdown row "| a | b |" — with the
    surrounding blanks and Markdown bold left out; None for a line that is no table row."""
    if len(line) > _MAX_ROW_CHARS:
        return None
    s = line.strip()
    # the cells are the pieces between separators, each read with str methods (no loop over characters)
    if s.startswith("|") and s.count("|") >= 2:
        pieces = line.split("|")
        # the text before the first bar is no cell; the text after the last one is, unless the row ends with a bar
        first = len(pieces[0]) + 1
        pieces = pieces[1:-1] if s.endswith("|") else pieces[1:]
    elif "\t" in line:
        pieces = line.split("\t")
        first = 0
    else:
        return None
    if len(pieces) > _MAX_CELLS or len(pieces) < 2:
        return None
    out = []
    a = first
    for piece in pieces:
        b = a + len(piece)
        core = piece.strip(" *\r")
        lo = a + len(piece) - len(piece.lstrip(" *\r")) if core else b
        out.append((lo, lo + len(core)))
        a = b + 1
    return out


def _row(facts: Facts, k: int) -> TableRow | None:
    s, e = facts.line_bounds(k)
    line = facts.text[s:e]
    spans = cell_spans(line)
    if spans is None:
        return None
    cells = []
    lettered = []
    for a, b in spans:
        t = line[a:b]
        cells.append(Cell(s + a, s + b, t, cell_value(t)))
        if t and not t.isdigit() and any(map(str.isalpha, t)):
            lettered.append(t)
    if len(lettered) > 1 and _GROUP_RE.fullmatch(cells[0].text):
        lettered = lettered[1:]  # "A⇥Khối xã": the group's letter is not its label
    label = lettered[0] if lettered else ""
    return TableRow(k, s, e, cells, "data", label)


def _is_year(v) -> bool:
    return isinstance(v, int) and 1900 <= v <= 2100


def _classify(rows: list[TableRow]) -> None:
    """Set each row's kind from its own cells and its place in the table."""
    res = _label_res()
    seen_data = False
    numbers: list[int] = []  # the STT of the last top-level data rows, for "1.1" children
    for r in rows:
        first = r.cells[0].text
        figures = [c.value for c in r.cells[1:] if c.value is not None and c.text not in _DASHES]
        label = r.label
        if not seen_data:
            nonblank = [c.text for c in r.cells if c.text]
            if len(nonblank) >= 3 and all(_INDEX_CELL_RE.fullmatch(t) for t in nonblank):
                r.kind = "index"  # "(1)⇥(2)⇥(3)" or "A⇥B⇥1⇥2⇥3": the columns' numbers
                continue
            if (not figures or all(_is_year(v) for v in figures) and not first.isdigit()) \
                    and not (_GROUP_RE.fullmatch(first) and label):
                r.kind = "header"
                continue
        seen_data = True
        lab_cell = label.strip()
        if lab_cell and res["total"].fullmatch(lab_cell) and (not first or first == label
                                                              or _GROUP_RE.fullmatch(first) is None):
            r.kind = "total"
        elif lab_cell and res["subtotal"].fullmatch(lab_cell) and (not first or first == label):
            r.kind = "subtotal"
        elif (first and res["part"].match(first)) or (not first.strip() and lab_cell and res["part"].match(lab_cell)):
            r.kind = "part"
        elif _GROUP_RE.fullmatch(first) or not figures and not any(c.text in _DASHES for c in r.cells[1:]):
            r.kind = "group"  # "I⇥Hạ tầng giao thông⇥3.000", or a title row without figures: its rows follow
        elif (cm := _CHILD_RE.fullmatch(first)) and numbers and int(cm.group(1)) == numbers[-1]:
            r.kind = "child"
        elif numbers and _LETTER_ITEM_RE.fullmatch(first):
            r.kind = "child"  # "a", "b)" under "1": the parts of a numbered row
        else:
            r.kind = "data"
            if first.isdecimal() and first.isascii():
                numbers.append(int(first))


def _columns(rows: list[TableRow]) -> tuple[list[str], list[bool]]:
    width = max(len(r.cells) for r in rows)
    heads = [r for r in rows if r.kind == "header"]
    titles = []
    for col in range(width):
        parts = [h.cells[col].text for h in heads if col < len(h.cells) and h.cells[col].text]
        titles.append(" ".join(" ".join(parts).split()))
    no_sum = _label_res()["no_sum"]
    summable = []
    body = [r for r in rows if r.kind in ("data", "group", "child", "subtotal", "total")]
    for col in range(width):
        vals = [r.cells[col] for r in body if col < len(r.cells)]
        pct = any("%" in c.text for c in vals)
        years = [c.value for c in vals if c.value is not None]
        ok = (col > 0 and not pct and not no_sum.search(titles[col])
              and not (years and all(_is_year(v) for v in years)))
        summable.append(ok)
    return titles, summable


def tables(facts: Facts) -> list[Table]:
    """Every table of the document: runs of table rows (Markdown rule lines skipped), in order."""
    out: list[Table] = []
    kinds = facts.kinds
    n = len(kinds)
    cut = getattr(facts.document, "truncated", None)
    if cut is not None:
        n = min(n, cut.line - 1)  # nothing past a work limit is read (VB001 says so)
    k = 0
    TABLE, RULE = LineKind.TABLE, LineKind.RULE
    while k < n:
        if not kinds[k] & TABLE:
            k += 1
            continue
        rows: list[TableRow] = []
        while k < n and kinds[k] & TABLE:
            if not kinds[k] & RULE:
                r = _row(facts, k)
                if r is not None:
                    rows.append(r)
            k += 1
        if len(rows) >= 2:
            _classify(rows)
            cols, summable = _columns(rows)
            out.append(Table(rows[0].start, rows[-1].end, rows, cols, summable))
    return out


def table_at(facts: Facts, pos: int) -> Table | None:
    for t in facts.get("tables"):
        if t.start <= pos <= t.end:
            return t
    return None


#: at most this many row labels are looked for in the text, and only tables of at most this many rows
_MAX_REF_LABELS = 300
_MAX_REF_ROWS = 200


def table_refs(facts: Facts) -> list:
    """(quantity index, table row, closest cell) for each figure of the text that names a table row by its label
    ("Thu ngân sách … đạt 18.560 triệu đồng" and the row "Thu ngân sách⇥16.500⇥18.650"): the first figure after
    the label in the same clause, outside the table. Only figures that are counts, totals or rates are read."""
    doc = facts.document
    text = facts.text
    low = text.lower()
    if len(low) != len(text):  # pragma: no cover - exotic case mappings would shift the offsets
        low = text
    qs = doc.quantities
    qstarts = [q.start for q in qs]
    roles = {n.quantity: n.role for n in facts.get("numbers") if n.quantity is not None}
    out = []
    budget = _MAX_REF_LABELS
    from bisect import bisect_left

    for t in facts.get("tables"):
        if len(t.rows) > _MAX_REF_ROWS:
            continue
        titles = _column_names(t)
        rates = [c for c, title in enumerate(t.columns) if ("tỷ lệ" in title.lower() or "tỉ lệ" in title.lower())
                 and not any(w in title.lower() for w in ("tăng", "giảm"))]
        rate_col = rates[0] if len(rates) == 1 else None
        for r in t.rows:
            if r.kind not in ("data", "total") or budget <= 0:
                continue
            label = " ".join(r.label.lower().split())
            # a label of a word or two ("Đất đai") is read only with a column title before the figure; one with
            # digits ("Từ 60 tuổi trở lên") when it has words enough not to be a year or a number
            long_enough = len(label) >= 8 and len(label.split()) >= 2 and (
                not any(ch.isdigit() for ch in label) or len(label.split()) >= 4)
            if not long_enough and (len(label) < 5 or len(label.split()) < 2 or any(ch.isdigit() for ch in label)
                                    or not titles):
                if len(label) >= 3 and label.isalpha() and rate_col is not None and budget > 0:
                    budget -= 1
                    out.extend(_linked_rates(facts, low, qs, qstarts, r, label, rate_col))
                continue
            budget -= 1
            pos = low.find(label)
            while pos >= 0:
                if not facts.is_table(pos) and (pos == 0 or not low[pos - 1].isalnum()) \
                        and not low[pos + len(label):pos + len(label) + 1].isalnum():
                    end = pos + len(label)
                    stop = _clause_stop(text, end)
                    k = bisect_left(qstarts, end)
                    # the figures of the clause after the label ("Xã Lộc Thủy xảy ra 19 vụ, đã điều tra làm rõ
                    # 17 vụ"), at most three
                    prev_end = end
                    for kk in range(k, min(k + 3, len(qs))):
                        if qs[kk].start >= stop:
                            break
                        if roles.get(kk) in ("count", "total", "rate"):
                            # "lĩnh vực đất đai tiếp nhận 118 hồ sơ, …, đang giải quyết 12 hồ sơ": the row and
                            # the column both named — the cell itself, however far its value is
                            col = _named_column(low[prev_end:qs[kk].start], titles)
                            cell = _cell_if_differs(r, col, qs[kk]) if col is not None else (
                                _closest(r, qs[kk]) if long_enough else None)
                            if cell is not None:
                                out.append((kk, r, cell))
                        prev_end = qs[kk].end
                pos = low.find(label, pos + len(label))
    return out


def _clause_stop(text: str, end: int) -> int:
    """Where the clause after a row's label ends: the first ". ", ";" or line break, at most 120 characters on."""
    stop = min(len(text), end + 120)
    for ch in (". ", ";", "\n"):
        e = text.find(ch, end, stop)
        if e >= 0:
            stop = e
    return stop


def _linked_rates(facts: Facts, low: str, qs, qstarts: list[int], r: TableRow, label: str, rate_col: int) -> list:
    """A row named by one word ("Lúa") is the sentence's row only when the first figure after the word is one of
    the row's own figures as written ("Diện tích lúa gieo cấy 662,5 ha" and the row "Lúa … 662,5 …", a figure of
    three digits or with decimals): a rate later in that clause ("…, đạt 101,29% kế hoạch") is then the row's
    rate, the table's one rate column."""
    from bisect import bisect_left

    text = facts.text
    out: list[tuple[int, TableRow, Cell]] = []
    if rate_col >= len(r.cells) or r.cells[rate_col].value is None:
        return out
    rc = r.cells[rate_col]
    rv = Decimal(rc.value or 0)
    pos = low.find(label)
    while pos >= 0:
        end = pos + len(label)
        if not facts.is_table(pos) and (pos == 0 or not low[pos - 1].isalnum()) and not low[end:end + 1].isalnum():
            stop = _clause_stop(text, end)
            k = bisect_left(qstarts, end)
            if k < len(qs) and qs[k].start < min(stop, end + 40) and not qs[k].percent:
                q = qs[k]
                fig = q.text.split(" ", 1)[0]
                if (len(fig.replace(".", "").replace(",", "")) >= 3) and any(
                        c.text == fig for c in r.cells[1:] if c.value is not None):
                    for kk in range(k + 1, min(k + 3, len(qs))):
                        if qs[kk].start >= stop:
                            break
                        if qs[kk].percent and Decimal(qs[kk].value) != rv:
                            out.append((kk, r, rc))
                            break
        pos = low.find(label, end)
    return out


def _column_names(t: Table) -> dict[str, int]:
    """Column titles of two words or more, lower-cased, without a bracketed unit ("Đang giải quyết" → 2;
    "Số người (người)" → "số người"): title → column. A title two columns share is left out."""
    out: dict[str, int] = {}
    seen: set[str] = set()
    for c, title in enumerate(t.columns):
        name = " ".join(title.split("(", 1)[0].lower().split())
        if len(name.split()) < 2 or any(ch.isdigit() for ch in name):
            continue
        if name in seen:
            out.pop(name, None)
            continue
        seen.add(name)
        out[name] = c
    return out


#: words that may stand before a column's title in the sentence ("…, đã giải quyết 97 hồ sơ", "và đang …")
_TITLE_LEAD = ("", "đã ", "và ", "có ", "là ", "được ", "và đã ")


def _named_column(before: str, titles: dict[str, int]) -> int | None:
    """The column whose title is all the words right before a figure ("…, đang giải quyết " → its column); a
    title after other words ("lũy kế cả năm tiếp nhận 450 hồ sơ") may be another period's figure."""
    words = " ".join("".join(ch if ch.isalnum() else " " for ch in before.lower()).split())
    for name, c in titles.items():
        if any(words == lead + name for lead in _TITLE_LEAD):
            return c
    return None


def _cell_if_differs(row: TableRow, col: int, q) -> Cell | None:
    """The row's cell in column ``col`` when it holds a figure other than ``q``'s."""
    if col >= len(row.cells):
        return None
    c = row.cells[col]
    if c.value is None or not c.text or c.text in ("-", "–", "—") or Decimal(c.value) == Decimal(q.value):
        return None
    return c


def _closest(row: TableRow, q) -> Cell | None:
    """The row's cell nearest in value to ``q`` (within 10 %), None when one of them equals it."""
    best = None
    v = Decimal(q.value)
    if v == 0:
        return None
    for c in row.cells[1:]:
        if c.value is None or not c.text or c.text in _DASHES:
            continue
        if Decimal(c.value) == v:
            return None
        d = abs(Decimal(c.value) - v) / abs(v)
        if d <= Decimal("0.1") and (best is None or d < best[0]):
            best = (d, c)
    return best[1] if best else None
