"""VB3xx: counts and numbers — announced counts vs items, totals vs breakdowns, ratios, percentages."""
from __future__ import annotations

from decimal import Decimal

import regex

from .base import Hit, rule

# money and measures are not broken down into listed parts the same way (sub-totals, overlapping items)
_MEASURES = {"đồng", "triệu đồng", "tỷ đồng", "nghìn đồng", "ngàn đồng", "triệu", "tỷ", "usd", "vnd", "vnđ", "%"}
ANNOUNCE_RE = regex.compile(
    r"(?<![\d.,/])(?P<n>\d{1,2})\s+(?P<noun>phong\s+trào|mô\s+hình|nội\s+dung|nhiệm\s+vụ|giải\s+pháp|nhóm\s+giải\s+pháp|"
    r"nhóm|chỉ\s+tiêu|tiêu\s+chí|lĩnh\s+vực|chương\s+trình|đợt|khâu|hoạt\s+động|mục\s+tiêu|yêu\s+cầu|bước)\b"
)


@rule("VB301", "count-mismatch", "warning",
      vi="Số lượng được nêu không khớp với số mục được liệt kê.",
      en="An announced count does not match the number of items listed.",
      rationale="“Kết quả thực hiện 05 phong trào” followed by three sub-headings: one of them is wrong. Also a count "
                "of places or bodies followed by their names one per line (“kiểm tra 05 trường, gồm:”), and a "
                "list's own title with its count (“1. Tập thể (04 tập thể)”).",
      bad=["1. Kết quả\n1.1. Kết quả thực hiện 05 phong trào thi đua\na) Phong trào A\nNội dung.\nb) Phong trào B\nNội dung.\nc) Phong trào C\nNội dung."],
      good=["1. Kết quả\n1.1. Kết quả thực hiện 03 phong trào thi đua\na) Phong trào A\nNội dung.\nb) Phong trào B\nNội dung.\nc) Phong trào C\nNội dung."])
def count_mismatch(lc):
    doc = lc.doc
    for s in doc.iter_sections():
        if len(s.children) < 2:
            continue
        m = ANNOUNCE_RE.search(s.title.split(":")[0])
        if not m:
            continue
        n = int(m.group("n"))
        k = len(s.children)
        if n != k:
            off = s.text.find(m.group(0))
            start = s.start + off if off >= 0 else s.start
            yield Hit(start, start + len(m.group(0)) if off >= 0 else s.end,
                      f"Nêu {m.group(0)} nhưng chỉ liệt kê {k} mục ({', '.join(c.label for c in s.children)}).",
                      f"Announces {m.group(0)} but lists {k} items ({', '.join(c.label for c in s.children)}).",
                      related=[(c.start, c.end, "listed item") for c in s.children[:10]])
    for q in _announced_items(lc):
        yield Hit(q.start, q.end, f"Nêu “{q.text}” nhưng liệt kê {q.announces} mục ngay sau đó.",
                  f"Announces “{q.text}” but {q.announces} items follow.")


def _announced_items(lc):
    text = lc.doc.text
    for q in lc.doc.quantities:
        if q.announces is None or q.breakdown or q.of is not None or q.announces == q.value or not q.unit:
            continue
        if ANNOUNCE_NOUN_RE.fullmatch(q.unit):
            yield q
        elif _RECIPIENT_NOUN_RE.fullmatch(q.unit):
            # recipients are counted only under a list's own title ("1. Tập thể (04 tập thể)") and when the lines
            # name one each; after "cho 04 tập thể và 05 cá nhân, cụ thể:" the lines may group them
            if text[max(0, q.start - 2):q.start].strip() == "(" and text[q.end:q.end + 1] == ")" and _names_only(text, q):
                yield q
        elif _PLACE_NOUN_RE.fullmatch(q.unit) and _names_only(text, q):
            yield q  # "kiểm tra 05 trường, gồm:" then one school per line, four of them


# places and bodies that a list names one per line ("- Trường Tiểu học Hòa An;")
_PLACE_NOUN_RE = regex.compile(r"trường|xã|phường|thôn|tổ dân phố|bản|ấp|khu phố|cơ quan|đơn vị|chi bộ|hợp tác xã|"
                               r"doanh nghiệp|phòng|ban|ngành|hội|đoàn thể|tổ chức|công trình|dự án|trạm|điểm trường")
# one name on the line: no figures, no label with a colon, no second name after a comma, "và" or ";"
_NAME_ITEM_RE = regex.compile(r"^[ \t]*(?:[-+•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]*\p{Lu}(?:(?![,;]\s|\svà\s)[^\d\n:]){2,90}[;.,]?[ \t]*$")


def _names_only(text: str, q) -> bool:
    """The ``q.announces`` items after ``q``'s line are names, one per line, with no figure of their own."""
    pos = text.find("\n", q.end)
    got = 0
    while pos >= 0 and got < q.announces:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1: nxt if nxt >= 0 else len(text)]
        pos = nxt
        if not line.strip() or line.strip().isdigit():
            continue  # a blank or a page number between the names
        if not _NAME_ITEM_RE.match(line):
            return False
        got += 1
    return got == q.announces


_RECIPIENT_NOUN_RE = regex.compile(r"tập thể|cá nhân|hộ gia đình|hộ|gia đình|đơn vị|trường hợp|người")


ANNOUNCE_NOUN_RE = regex.compile(r"(?:phong trào|mô hình|nội dung|nhiệm vụ|giải pháp|chỉ tiêu|tiêu chí|lĩnh vực|chương trình|"
                                 r"đợt|khâu|hoạt động|mục tiêu|yêu cầu|bước|nhóm)(?: [\p{L} ]+)?")


@rule("VB302", "total-mismatch", "warning",
      vi="Tổng số không bằng tổng các thành phần được liệt kê (hoặc nhỏ hơn phần “trong đó”).",
      en="A total does not equal the sum of its breakdown (or is smaller than its “trong đó” parts).",
      rationale="“04 mô hình, cụ thể: - …: 01 mô hình; - …: 02 mô hình; - …: 02 mô hình” does not add up. A list after "
                "“trong đó”, and money or areas, may name only some parts (sub-totals, items left out): there only "
                "parts that add up to more than the total are an error.",
      bad=["Đã xây dựng 04 mô hình, cụ thể:\n- Lĩnh vực kinh tế: 01 mô hình\n- Lĩnh vực xã hội: 02 mô hình\n- Lĩnh vực an ninh: 02 mô hình",
           "Tổng kinh phí thực hiện là 1.250 triệu đồng, trong đó:\n- Ngân sách tỉnh: 900 triệu đồng;\n- Ngân sách huyện: 400 triệu đồng.",
           "Thành viên Hội đồng: Tổng số 09 người; có mặt 08 người, vắng 02 người (có lý do)."],
      good=["Thành viên Hội đồng: Tổng số 09 người; có mặt 07 người, vắng 02 người (có lý do).",
            "Đã xây dựng 05 mô hình, cụ thể:\n- Lĩnh vực kinh tế: 01 mô hình\n- Lĩnh vực xã hội: 02 mô hình\n- Lĩnh vực an ninh: 02 mô hình",
            "Tổng kinh phí thực hiện là 1.250 triệu đồng, trong đó:\n- Ngân sách tỉnh: 800 triệu đồng;\n- Ngân sách huyện: 350 triệu đồng."])
def total_mismatch(lc):
    text = lc.doc.text
    for q in lc.doc.quantities:
        if not q.breakdown or q.percent:
            continue
        total = sum(q.breakdown)
        trong_do = _PARTIAL_RE.match(text, q.end, q.end + 40)
        partial = q.unit in _MEASURES or isinstance(q.value, Decimal) or trong_do
        if total == q.value or partial and total <= q.value:
            continue
        if trong_do and q.label is not None:
            # "Tổng số cán bộ, công chức: 22 người, trong đó: - Nữ: 09 người; - Đảng viên: 20 người; …": a labelled
            # figure's "trong đó" lines are often traits that overlap, not parts that add up
            continue
        shown = " + ".join(_fmt(x) for x in q.breakdown)
        if partial:
            yield Hit(q.start, q.end, f"“{q.text}” nhỏ hơn tổng các phần được liệt kê: {_fmt(total)} ({shown}).",
                      f"“{q.text}” is smaller than the sum of its listed parts: {_fmt(total)} ({shown}).")
        else:
            yield Hit(q.start, q.end, f"“{q.text}” nhưng các dòng chi tiết cộng lại là {_fmt(total)} ({shown}).",
                      f"“{q.text}” but the breakdown adds up to {_fmt(total)} ({shown}).")
    # the attendance of a meeting: "Tổng số 09 người; có mặt 08 người, vắng 02 người"
    if "vắng" in text:
        for m in _ATTENDANCE_RE.finditer(text):
            total, present, absent = (int(m.group(k)) for k in ("total", "present", "absent"))
            if "miễn" in m.group().lower():
                continue  # members excused from meetings (miễn sinh hoạt) count in the total, neither present nor absent
            if present + absent != total:
                yield Hit(m.start("total"), m.end("absent"),
                          f"Tổng số {m.group('total')} nhưng có mặt {m.group('present')} và vắng {m.group('absent')} "
                          f"cộng lại là {present + absent}.",
                          f"A total of {m.group('total')}, but {m.group('present')} present and {m.group('absent')} "
                          f"absent make {present + absent}.")


_WHO_ATTEND = r"(?:người|thành[ \t]+viên|đại[ \t]+biểu|đồng[ \t]+chí|đảng[ \t]+viên|ủy[ \t]+viên|cử[ \t]+tri)"
_ATTENDANCE_RE = regex.compile(
    r"(?:tổng[ \t]+số|gồm|có)[ \t]+(?P<total>\d{1,4})[ \t]+" + _WHO_ATTEND + r"[^.\n]{0,40}?"
    r"có[ \t]+mặt[ \t:]+(?P<present>\d{1,4})(?:[ \t]+" + _WHO_ATTEND + r")?[ \t]*[,;][ \t]*vắng(?:[ \t]+mặt)?[ \t:]+"
    r"(?P<absent>\d{1,4})(?!\d)", regex.I)


# the parts after "trong đó" may be some of the whole only
_PARTIAL_RE = regex.compile(r"[^\n:]{0,20}?trong\s+đó", regex.I)


def _fmt(v) -> str:
    """A number the Vietnamese way: 1.250; 1.245,5."""
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            v = int(v)
        else:
            whole, frac = f"{v:f}".split(".")
            return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{v:,}".replace(",", ".")


@rule("VB303", "ratio-exceeds", "warning",
      vi="Tỷ số có tử số lớn hơn mẫu số (ví dụ 05/04 thôn).",
      en="A ratio's numerator exceeds its denominator (e.g. 05/04 thôn).",
      rationale="“x/y thôn” counts x of y units; x cannot exceed y.",
      bad=["Đã có 05/04 thôn đăng ký hoàn thành."], good=["Đã có 04/04 thôn đăng ký hoàn thành."])
def ratio_exceeds(lc):
    for q in lc.doc.quantities:
        if q.of is not None and q.unit and q.value > q.of:
            yield Hit(q.start, q.end, f"“{q.text}”: tử số lớn hơn mẫu số.", f"“{q.text}”: numerator larger than denominator.")


SHARE_CTX = regex.compile(r"(?:chiếm|tỷ\s+lệ|tỉ\s+lệ)[^.;\n]{0,40}$", regex.I)
# a rate measured against a plan, an estimate or an earlier period may pass 100%: "Tỷ lệ thu thuế đạt 103,6% kế
# hoạch", "tỷ lệ hoàn thành kế hoạch đạt 104,8%", "tỷ lệ giải ngân đạt 102% dự toán", "tăng 112% so với cùng kỳ"
PLAN_CTX = regex.compile(r"kế\s+hoạch|\bKH\b|dự\s+toán|chỉ\s+tiêu|so\s+với|cùng\s+kỳ|hoàn\s+thành|tăng|vượt|"
                         r"nghị\s+quyết|được\s+giao|\bgiao\b", regex.I)
_PLAN_AFTER = 30


@rule("VB304", "percent-over-100", "warning",
      vi="Tỷ lệ phần trăm vượt 100% ở chỗ không thể vượt (chiếm, tỷ lệ).",
      en="A percentage above 100 where that is impossible (a share of a whole).",
      rationale="A share of a whole (“chiếm …%”, “tỷ lệ …%”) cannot exceed 100%; growth or plan completion can.",
      bad=["Dân tộc Hrê chiếm 175% dân số."],
      good=["Dân tộc Hrê chiếm 75% dân số.", "Tỷ lệ thu thuế phi nông nghiệp đạt 103,6% kế hoạch."])
def percent_over(lc):
    text = lc.doc.text
    for q in lc.doc.quantities:
        if not (q.percent and q.value > 100):
            continue
        share = SHARE_CTX.search(text[max(0, q.start - 60):q.start])
        if share is None:
            continue
        after = text[q.end:q.end + _PLAN_AFTER].split("\n", 1)[0].split(";", 1)[0]
        if PLAN_CTX.search(share.group()) or PLAN_CTX.search(after):
            continue  # completion of a plan or growth over a period, not a share of a whole
        yield Hit(q.start, q.end, f"“{q.text}” là một tỷ lệ trên tổng thể nên không thể vượt 100%.",
                  f"“{q.text}” is a share of a whole and cannot exceed 100%.")


_ = Decimal


# --- tables: a total row against the rows above it ------------------------------------------------------------
_TOTAL_LABEL_RE = regex.compile(r"^(?:tổng\s+cộng|tổng\s+số|tổng|cộng|toàn\s+(?:xã|phường|huyện|tỉnh))\s*:?$", regex.I)
_CELL_NUM_RE = regex.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
# columns whose cells are not added up: rates, shares, averages, ranks, years, dates
_NO_SUM_HEAD_RE = regex.compile(r"%|tỷ\s+lệ|tỉ\s+lệ|bình\s+quân|trung\s+bình|đơn\s+giá|xếp\s+(?:loại|hạng)|năm|ngày|"
                                r"điểm|hệ\s+số|chỉ\s+số|stt|\btt\b|số\s+thứ\s+tự|năng\s+suất|mật\s+độ|giá\b|"
                                # a rate per something: "(tạ/ha)", "(người/km2)", "(triệu đồng/người)"
                                r"\([^()]*/[^()]*\)", regex.I)
# a row's first cell that labels a group or a column index: "I", "II", "A", "B", "1.1" (its figures may be
# sub-totals of the rows under it, or column numbers)
_GROUP_LABEL_RE = regex.compile(r"^(?:[IVXLC]{1,5}|[A-ZĐ]|\d+(?:\.\d+)+)\.?$")


_MAX_ROW_CHARS = 2_000
_MAX_CELLS = 40
_RULE_CELL_RE = regex.compile(r":?-{2,}:?|")


def _cell_spans(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each cell's text in a table row — tab-separated, or a Markdown row "| a | b |" — with the
    surrounding blanks and Markdown bold left out; None for a line that is no table row."""
    if len(line) > _MAX_ROW_CHARS:
        return None  # no table row of a report is this long: a line of pipes or tabs is not a table
    s = line.strip()
    if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
        bars = [i for i, ch in enumerate(line) if ch == "|"]
        bounds = list(zip(bars, bars[1:]))
    elif "\t" in line:
        tabs = [i for i, ch in enumerate(line) if ch == "\t"]
        bounds = list(zip([-1] + tabs, tabs + [len(line)]))
    else:
        return None
    if len(bounds) > _MAX_CELLS:
        return None
    out = []
    for lo, hi in bounds:
        a, b = lo + 1, hi
        while a < b and line[a] in " *":
            a += 1
        while b > a and line[b - 1] in " *\r":
            b -= 1
        out.append((a, b))
    return out


def _cells(line: str) -> list[str] | None:
    spans = _cell_spans(line)
    return None if spans is None else [line[a:b] for a, b in spans]


_SUB_ROW_RE = regex.compile(r"^(?:trong\s+đó|[-+•–]|gồm|bao\s+gồm|cụ\s+thể)", regex.I)


def _number(cell: str):
    if not _CELL_NUM_RE.match(cell):
        return None
    return Decimal(cell.replace(".", "").replace(",", ".")) if "," in cell else int(cell.replace(".", ""))


def _table_totals(text: str):
    """(start, end, column title, total as written, sum, rows) of each total row of a simple table that does not
    add up: numbered rows 1, 2, 3 … (the STT column), then a row labelled "Tổng cộng" / "Cộng" / "Tổng số";
    columns of rates, shares, averages or years are not added."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    k = 0
    while k < len(lines):
        cells = _cells(lines[k])
        if not cells or len(cells) < 3:
            k += 1
            continue
        # a run of table rows (Markdown separator rows "|---|---|" are skipped)
        run = []
        j = k
        while j < len(lines):
            c = _cells(lines[j])
            if c is None:
                break
            if not all(_RULE_CELL_RE.fullmatch(x) for x in c):
                run.append((j, c))
            j += 1
        k = j
        if len(run) < 4:
            continue
        header = None
        data: list[tuple[int, list[str]]] = []
        numbered = None  # rows numbered 1, 2, 3 … in the first column (STT), or labelled by their first cell
        for ln_no, c in run:
            first = c[0]
            label = next((x for x in c if x and not _CELL_NUM_RE.match(x)), "")
            if _TOTAL_LABEL_RE.match(label) and (not first or first == label):
                if len(data) >= 2 and header is not None and len(c) == len(header):
                    yield from _check_total(lines, starts, header, data, ln_no, c)
                break
            if header is None:
                header = c  # the title row above the figures
                continue
            if _GROUP_LABEL_RE.match(first):
                break  # "I⇥Hạ tầng giao thông⇥3.000" above "1⇥…", or a column-index row "A⇥B⇥1⇥2": no simple sum
            is_numbered = first.isdecimal() and int(first) == len(data) + 1
            if numbered is None:
                numbered = is_numbered
            if numbered != is_numbered or (not numbered and (not first or _SUB_ROW_RE.match(first))):
                break  # "Trong đó", "- …": the rows are parts of other rows, not terms of the total
            if not any(_number(x) is not None for x in c[1:]):
                break  # a group title inside the table
            data.append((ln_no, c))
    return


def _check_total(lines, starts, header, data, ln_no, total_cells):
    spans = _cell_spans(lines[ln_no])
    for col, cell in enumerate(total_cells):
        want = _number(cell)
        if want is None or col == 0 or _NO_SUM_HEAD_RE.search(header[col] or ""):
            continue
        vals = [_number(c[col]) if col < len(c) else None for _, c in data]
        if any(v is None for v in vals):
            continue  # a blank or a word in the column: sub-totals or notes, nothing to add
        got = sum(vals)
        if got != want:
            a, b = spans[col]
            yield starts[ln_no] + a, starts[ln_no] + b, header[col], cell, got, len(vals)


@rule("VB305", "table-total-mismatch", "warning",
      vi="Dòng tổng của bảng không bằng tổng các dòng số liệu phía trên.",
      en="A table's total row does not equal the sum of the rows above it.",
      rationale="A table of figures with numbered rows 1, 2, 3 … and a “Tổng cộng” row: each column's total must be "
                "the sum of its rows (columns of rates, shares, averages and years are not added up).",
      bad=["TT\tThôn\tSố hộ\tKinh phí (triệu đồng)\n1\tThôn Đông\t120\t210\n2\tThôn Nam\t95\t185\n"
           "3\tThôn Đoài\t110\t160\n\tTổng cộng\t325\t585\n"],
      good=["TT\tThôn\tSố hộ\tKinh phí (triệu đồng)\n1\tThôn Đông\t120\t210\n2\tThôn Nam\t95\t185\n"
            "3\tThôn Đoài\t110\t160\n\tTổng cộng\t325\t555\n"])
def table_total(lc):
    text = lc.doc.text
    if "\t" not in text and "|" not in text:
        return
    for s, e, title, written, got, n in _table_totals(text):
        title = " ".join((title or "").split()) or "?"
        yield Hit(s, e, f"Dòng tổng cột “{title}” ghi {written} nhưng {n} dòng phía trên cộng lại là {_fmt(got)}.",
                  f"The total of column “{title}” says {written} but the {n} rows above add up to {_fmt(got)}.",
                  suggestion=_fmt(got))
