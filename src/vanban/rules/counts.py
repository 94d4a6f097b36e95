"""VB3xx: counts and numbers — announced counts vs items, totals vs breakdowns, ratios, percentages."""
from __future__ import annotations

from decimal import Decimal

import regex

from ..model import LineKind
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
      bad=["1. Kết quả\n1.1. Kết quả thực hiện 05 phong trào thi đua\na) Phong trào A\nNội dung.\nb) Phong trào B\n"
           "Nội dung.\nc) Phong trào C\nNội dung."],
      good=["1. Kết quả\n1.1. Kết quả thực hiện 03 phong trào thi đua\na) Phong trào A\nNội dung.\nb) Phong trào B\n"
            "Nội dung.\nc) Phong trào C\nNội dung."])
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
    for r in lc.facts.get("relations"):
        if r.kind == "events" and len(r.operands) != r.stated and not lc.facts.in_example(r.start):
            k = len(r.operands)
            yield Hit(r.start, r.end, f"Nêu “{r.text}” nhưng liệt kê {k} mục: {k} ≠ {r.written}.",
                      f"Announces “{r.text}” but lists {k} items: {k} ≠ {r.written}.",
                      related=[(p.start, p.end, "mục được đếm") for p in r.operands[:30]])
    for q in _announced_items(lc):
        fig = q.text.split()[0]
        yield Hit(q.start, q.end, f"Nêu “{q.text}” nhưng liệt kê {q.announces} mục ngay sau đó: {q.announces} ≠ {fig}.",
                  f"Announces “{q.text}” but {q.announces} items follow: {q.announces} ≠ {fig}.",
                  related=_item_lines(lc, q))


def _item_lines(lc, q) -> list:
    """The non-blank lines right after ``q``'s line, as many as it lists (related locations "mục")."""
    facts = lc.facts
    k = facts.line_index(q.start) + 1
    out: list[tuple[int, int, str]] = []
    while k < len(facts.line_starts) and len(out) < min(q.announces or 0, 30):
        a, b = facts.line_bounds(k)
        if facts.text[a:b].strip():
            out.append((a, b, "mục"))
        k += 1
    return out


def _announced_items(lc):
    text = lc.doc.text
    for q in lc.doc.quantities:
        if q.announces is None or q.breakdown or q.of is not None or q.announces == q.value or not q.unit:
            continue
        if ANNOUNCE_NOUN_RE.fullmatch(q.unit):
            if q.unit.split()[0] in ("dự", "đề", "nghị") and not _bare_announce(text, q):
                continue  # "02 dự án đường bộ cao tốc A và B:" names them; the lines are tasks, not projects
            yield q
        elif _RECIPIENT_NOUN_RE.fullmatch(q.unit):
            # recipients are counted only under a list's own title ("1. Tập thể (04 tập thể)") and when the lines
            # name one each; after "cho 04 tập thể và 05 cá nhân, cụ thể:" the lines may group them
            if text[max(0, q.start - 2):q.start].strip() == "(" and text[q.end:q.end + 1] == ")" and _names_only(lc, q):
                yield q
        elif _PLACE_NOUN_RE.fullmatch(q.unit) and _names_only(lc, q):
            yield q  # "kiểm tra 05 trường, gồm:" then one school per line, four of them


def _bare_announce(text: str, q) -> bool:
    """"05 nghị quyết:", "05 dự án thành phần:": at most three lower-case words between the count and its colon."""
    colon = text.find(":", q.end, q.end + 60)
    if colon < 0:
        return False
    between = text[q.end:colon].split()
    return len(between) <= 3 and not any(w[:1].isupper() for w in between)


# places, bodies and procedures that a list names one per line ("- Trường Tiểu học Hòa An;", "- Đăng ký khai sinh;")
_PLACE_NOUN_RE = regex.compile(r"trường|xã|phường|thôn|tổ dân phố|bản|ấp|khu phố|cơ quan|đơn vị|chi bộ|hợp tác xã|"
                               r"doanh nghiệp|phòng|ban|ngành|hội|đoàn thể|tổ chức|công trình|dự án|trạm|điểm trường|"
                               r"thủ tục|thủ tục hành chính")
# one name on the line: no figures, no label with a colon, no second name after a comma, "và" or ";"
_NAME_ITEM_RE = regex.compile(r"^[ \t]*(?:[-+•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]*\p{Lu}(?:(?![,;]\s|\svà\s)[^\d\n:]){2,90}[;.,]?[ \t]*$")


def _names_only(lc, q) -> bool:
    """The ``q.announces`` item lines after ``q``'s line (the line facts, blanks and page numbers skipped) are
    names, one per line, with no figure of their own."""
    facts = lc.facts
    k = facts.line_index(q.end) + 1
    got = 0
    while k < len(facts.line_starts) and got < q.announces:
        kind = facts.kinds[k]
        line = facts.line_text(k)
        k += 1
        if kind & (LineKind.BLANK | LineKind.FURNITURE) or line.strip().isdecimal():
            continue  # a blank or a page number between the names
        if not _NAME_ITEM_RE.match(line):
            return False
        got += 1
    return got == q.announces


_RECIPIENT_NOUN_RE = regex.compile(r"tập thể|cá nhân|hộ gia đình|hộ|gia đình|đơn vị|trường hợp|người")


ANNOUNCE_NOUN_RE = regex.compile(r"(?:phong trào|mô hình|nội dung|nhiệm vụ|giải pháp|chỉ tiêu|tiêu chí|lĩnh vực|chương trình|"
                                 r"dự án|đề án|nghị quyết|"
                                 r"đợt|khâu|hoạt động|mục tiêu|yêu cầu|bước|nhóm)(?: [\p{L} ]+)?")


@rule("VB302", "total-mismatch", "warning",
      vi="Tổng số không bằng tổng các thành phần (hoặc nhỏ hơn các phần của nó).",
      en="A total does not equal the sum of its parts (or is smaller than its parts).",
      rationale="A total broken down into the values of one dimension (nam / nữ; xã / phường / thị trấn; trực "
                "tuyến / trực tiếp; the former communes of a merged one) or into a closed list (“gồm”, “cụ thể”, a "
                "parenthesis, “còn lại”, “khác”, “Tổng số: N” after the lines) must add up; so must members present "
                "and absent, votes and criteria met and not met. Parts that may be only some of the whole (“trong "
                "đó”, money, areas) may add up to less, never to more; traits that overlap (nữ, đảng viên) are not "
                "added up at all, but none of them can pass the total. The message shows the arithmetic and every "
                "part is a related location.",
      bad=["Đã xây dựng 04 mô hình, cụ thể:\n- Lĩnh vực kinh tế: 01 mô hình\n- Lĩnh vực xã hội: 02 mô hình\n- Lĩnh vực an ninh: 02 mô hình",
           "Tổng kinh phí thực hiện là 1.250 triệu đồng, trong đó:\n- Ngân sách tỉnh: 900 triệu đồng;\n- Ngân sách huyện: 400 triệu đồng.",
           "Thành viên Hội đồng: Tổng số 09 người; có mặt 08 người, vắng 02 người (có lý do).",
           "Huyện có 17 đơn vị hành chính cấp xã (15 xã và 01 thị trấn).",
           "Tiếp nhận 12.305 hồ sơ, trong đó tiếp nhận trực tuyến 7.110 hồ sơ, tiếp nhận trực tiếp và qua dịch vụ "
           "bưu chính công ích 5.095 hồ sơ."],
      good=["Thành viên Hội đồng: Tổng số 09 người; có mặt 07 người, vắng 02 người (có lý do).",
            "Đã xây dựng 05 mô hình, cụ thể:\n- Lĩnh vực kinh tế: 01 mô hình\n- Lĩnh vực xã hội: 02 mô hình\n"
            "- Lĩnh vực an ninh: 02 mô hình",
            "Tổng kinh phí thực hiện là 1.250 triệu đồng, trong đó:\n- Ngân sách tỉnh: 800 triệu đồng;\n- Ngân sách huyện: 350 triệu đồng.",
            "Huyện có 16 đơn vị hành chính cấp xã (15 xã và 01 thị trấn).",
            "Xã có 1.250 hộ, trong đó 45 hộ nghèo, 38 hộ cận nghèo.",
            "Cơ quan có 22 người, trong đó 09 nữ, 20 đảng viên, 18 người có trình độ đại học."])
def total_mismatch(lc):
    for b in lc.facts.get("breakdowns"):
        if lc.facts.in_example(b.start) or lc.facts.in_quote(b.start):
            continue
        vals = [p.value for p in b.parts]
        got = sum(vals)
        shown = " + ".join(p.written or _fmt(p.value) for p in b.parts)
        related = [(b.start, b.end, "tổng")] + [(p.start, p.end, f"phần: {p.label}" if p.label else "phần")
                                               for p in b.parts[:30]]
        total_w = _num_written(b.text)
        measure = (b.unit or "") in _MEASURES or isinstance(b.value, Decimal)
        if b.kind == "partition" and not (measure and b.source == "list" and b.dimension is None):
            if equal_as_written(got, b.value, total_w):
                continue
            if measure and _rounded_sum(got, b.value, total_w, len(b.parts)):
                continue  # "22.143 tỷ đồng (gồm 19.596 …; 2.548 …)": rounded amounts may miss by a unit
            yield Hit(b.start, b.end, f"“{b.text}”: {shown} = {_fmt(got)}, không phải {total_w}.",
                      f"“{b.text}”: {shown} = {_fmt(got)}, not {total_w}.", related=related)
        elif b.overlapping:
            for p in b.parts:
                if p.value > b.value:
                    yield Hit(b.start, b.end,
                              f"“{b.text}” nhỏ hơn một phần của nó: {p.label or 'phần'} {p.written} > {total_w}.",
                              f"“{b.text}” is smaller than one of its parts: {p.label or 'part'} {p.written} > "
                              f"{total_w}.", related=[(b.start, b.end, "tổng"), (p.start, p.end, "phần")])
                    break
        elif got > b.value:
            yield Hit(b.start, b.end, f"“{b.text}” nhỏ hơn tổng các phần: {shown} = {_fmt(got)}, lớn hơn {total_w}.",
                      f"“{b.text}” is smaller than the sum of its parts: {shown} = {_fmt(got)}, more than {total_w}.",
                      related=related)


def _rounded_sum(got, want, written: str, n: int) -> bool:
    """Money and measures are rounded one by one: ``n`` rounded parts may miss their rounded total by up to
    (n + 1) // 2 units of its last written place."""
    step = Decimal(1) / (Decimal(10) ** _places(written))
    return abs(Decimal(got) - Decimal(want)) <= step * ((n + 1) // 2)


def _num_written(text: str) -> str:
    """The figure of a quantity's text as written ("17" of "17 đơn vị hành chính")."""
    return text.split(" ", 1)[0].split("\u00a0", 1)[0]


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
        if q.of is not None and q.unit and q.value > q.of and isinstance(q.value, int) and q.unit not in _MEASURES:
            # "12.375,3/10.200 triệu đồng, vượt 21,3 %": money achieved against a plan may pass it
            num, _, rest = q.text.partition("/")
            num, den = num.strip(), (rest.split() or [_fmt(q.of)])[0]
            yield Hit(q.start, q.end, f"“{q.text}”: tử số lớn hơn mẫu số ({num} > {den}).",
                      f"“{q.text}”: numerator larger than denominator ({num} > {den}).")


@rule("VB304", "percent-over-100", "warning",
      vi="Tỷ lệ phần trăm vượt 100% ở chỗ không thể vượt (chiếm, tỷ lệ).",
      en="A percentage above 100 where that is impossible (a share of a whole).",
      rationale="A share of a whole (“chiếm …%”, “tỷ lệ …%”) cannot exceed 100%; growth or plan completion can.",
      bad=["Dân tộc Hrê chiếm 175% dân số."],
      good=["Dân tộc Hrê chiếm 75% dân số.", "Tỷ lệ thu thuế phi nông nghiệp đạt 103,6% kế hoạch."])
def percent_over(lc):
    for n in lc.facts.get("numbers"):
        if n.role != "rate" or n.direction != "share" or n.value is None or n.value <= 100:
            continue
        yield Hit(n.start, n.end, f"“{n.text}” là một tỷ lệ trên tổng thể nên không thể vượt 100% ({_fmt(n.value)} > 100).",
                  f"“{n.text}” is a share of a whole and cannot exceed 100% ({_fmt(n.value)} > 100).")


_ = Decimal


# --- tables: total, sub-total and group rows against their rows (the table facts) ----------------------------


def sum_text(values, limit: int = 10) -> str:
    """The arithmetic as written out: "120 + 95 + 110", long sums shortened with their number of terms."""
    shown = [_fmt(v) for v in values]
    if len(shown) > limit:
        return " + ".join(shown[:4]) + " + … + " + " + ".join(shown[-2:]) + f" ({len(shown)} số)"
    return " + ".join(shown)


def sum_text_en(values, limit: int = 10) -> str:
    s = sum_text(values, limit)
    return s.replace(" số)", " figures)")


def equal_as_written(got, want, written: str) -> bool:
    """``got`` equals ``want`` at the precision ``written`` shows ("15,5" for 15,45 rounds as written)."""
    if got == want:
        return True
    if "," not in written:
        return False
    places = len(written.split(",", 1)[1])
    return abs(Decimal(got) - Decimal(want)) <= Decimal(5) / (Decimal(10) ** (places + 1))


def _cell_term(cell) -> tuple[object, bool]:
    """(value, ok) of a cell as a term of a sum: a blank adds nothing, a word spoils the sum."""
    if cell is None or not cell.text:
        return 0, True
    return (cell.value, cell.value is not None)


def _col(row, col):
    return row.cells[col] if col < len(row.cells) else None


def _column_checks(table, col):
    """(total cell, term cells, values, sum, what) for each total, sub-total and group row of column ``col`` that
    does not add up. Group rows (I, II) and sub-totals ("Cộng") stand for their rows in the grand total; "Trong
    đó" rows and "1.1" rows under "1" are parts of the row above, never terms. An entry of the grand total is a
    data row, or a group: [group row, its data rows, its sub-total row or None]."""
    entries: list = []
    group: list | None = None
    top_total = None
    out: list = []

    def terms_of(ens):
        cells = []
        for en in ens:
            if not isinstance(en, list):
                cells.append(_col(en, col))
                continue
            c = _col(en[0], col)
            if c is not None and c.value is not None and c.text:
                cells.append(c)  # the group row's own figure
            elif en[2] is not None:
                cells.append(_col(en[2], col))  # its "Cộng" row
            else:
                cells.extend(_col(m, col) for m in en[1])  # its rows
        return cells

    def members_sum(ens):
        """The total from the rows under each group instead of the group's own figure (None if it cannot be
        read): when a group row is itself wrong, a grand total that adds up its rows is right."""
        tot = 0
        for en in ens:
            cells = [_col(en, col)] if not isinstance(en, list) else [_col(m, col) for m in en[1]]
            if isinstance(en, list) and not en[1]:
                return None
            for c in cells:
                v, ok = _cell_term(c)
                if not ok:
                    return None
                tot += v
        return tot

    def check(total_row, cells, what, ens=None):
        tc = _col(total_row, col)
        if tc is None or tc.value is None or tc.text in ("-", "–", "—") or len(cells) < 2:
            return
        vals = []
        for c in cells:
            v, ok = _cell_term(c)
            if not ok:
                return
            vals.append(v)
        if not any(c is not None and c.value is not None and c.text for c in cells):
            return
        got = sum(vals)
        if equal_as_written(got, tc.value, tc.text):
            return
        if ens is not None and any(isinstance(en, list) for en in ens):
            alt = members_sum(ens)
            if alt is not None and equal_as_written(alt, tc.value, tc.text):
                return  # the group row is the wrong one (reported by its own check)
        out.append((tc, [c for c in cells if c is not None and c.text], vals, got, what))

    for r in table.rows:
        k = r.kind
        if k == "data":
            if group is not None:
                group[1].append(r)
            else:
                entries.append(r)
        elif k == "group":
            group = [r, [], None]
            entries.append(group)
        elif k == "subtotal" and group is not None:
            group[2] = r
            check(r, [_col(m, col) for m in group[1]], "subtotal")
            group = None
        elif k in ("total", "subtotal"):
            if not entries:
                top_total = r  # "Tổng số" first, its rows below
                continue
            check(r, terms_of(entries), "total", entries)
            entries, group = [], None
    if top_total is not None and entries:
        check(top_total, terms_of(entries), "total", entries)
    return out + list(_group_checks(table, col))


def _group_checks(table, col):
    rows = table.rows
    for i, r in enumerate(rows):
        if r.kind != "group":
            continue
        c = _col(r, col)
        if c is None or c.value is None or not c.text:
            continue
        members = []
        for k in range(i + 1, len(rows)):
            m = rows[k]
            if m.kind in ("part", "child"):
                continue
            if m.kind != "data":
                break
            members.append(_col(m, col))
        if len(members) < 2:
            continue
        vals = []
        for m in members:
            v, ok = _cell_term(m)
            if not ok:
                break
            vals.append(v)
        else:
            got = sum(vals)
            if not equal_as_written(got, c.value, c.text):
                yield c, [m for m in members if m is not None and m.text], vals, got, "group"


_WHAT = {"total": ("Dòng tổng", "The total row"), "subtotal": ("Dòng cộng", "The sub-total row"),
         "group": ("Dòng nhóm", "The group row")}


@rule("VB305", "table-total-mismatch", "warning",
      vi="Dòng tổng (cộng, nhóm) của bảng không bằng tổng các dòng số liệu của nó.",
      en="A table's total (sub-total, group) row does not equal the sum of its rows.",
      rationale="A table of figures with a “Tổng cộng” row: each column's total must be the sum of its rows; a "
                "group row (I, II) or a “Cộng” row the sum of the rows under it, and the grand total the sum of the "
                "groups. Columns of rates, shares, averages and years are not added up; “Trong đó” rows and "
                "“1.1” rows under “1” are parts of the row above, not terms. Tab-separated rows (Word tables) and "
                "Markdown tables are read.",
      bad=["TT\tThôn\tSố hộ\tKinh phí (triệu đồng)\n1\tThôn Đông\t120\t210\n2\tThôn Nam\t95\t185\n"
           "3\tThôn Đoài\t110\t160\n\tTổng cộng\t325\t585\n",
           "TT\tHạng mục\tVốn (triệu đồng)\nI\tGiao thông\t3.000\n1\tĐường trục xã\t2.000\n"
           "2\tCầu dân sinh\t1.200\nII\tGiáo dục\t1.500\n1\tTrường mầm non\t1.500\n\tTổng cộng\t4.500\n"],
      good=["TT\tThôn\tSố hộ\tKinh phí (triệu đồng)\n1\tThôn Đông\t120\t210\n2\tThôn Nam\t95\t185\n"
            "3\tThôn Đoài\t110\t160\n\tTổng cộng\t325\t555\n"])
def table_total(lc):
    for t in lc.facts.get("tables"):
        if lc.facts.in_example(t.start):
            continue
        for col in range(len(t.columns)):
            if not t.summable[col]:
                continue
            for tc, cells, vals, got, what in _column_checks(t, col):
                title = " ".join((t.column_title(col) or "").split()) or f"{col + 1}"
                vi_w, en_w = _WHAT[what]
                yield Hit(tc.start, tc.end,
                          f"{vi_w} cột “{title}”: {sum_text(vals)} = {_fmt(got)}, không phải {tc.text}.",
                          f"{en_w}, column “{title}”: {sum_text_en(vals)} = {_fmt(got)}, not {tc.text}.",
                          suggestion=_fmt(got),
                          related=[(c.start, c.end, "dòng cộng vào") for c in cells[:20]])


# --- rates and changes stated with their operands ---------------------------------------------------------------


def _places(written: str) -> int:
    return len(written.split(",", 1)[1]) if "," in written else 0


def _near(exact: Decimal, stated, written: str) -> bool:
    """``stated`` is ``exact`` rounded or cut to the decimals ``written`` shows."""
    step = Decimal(1) / (Decimal(10) ** _places(written))
    return abs(exact - Decimal(stated)) < step


def _half_step(written: str) -> Decimal:
    """Half the last written decimal place of a figure that shows decimals (0 for a whole count)."""
    p = _places(written)
    return Decimal(5) / (Decimal(10) ** (p + 1)) if p else Decimal(0)


def _pct(x: Decimal, written: str) -> str:
    """``x`` written with the decimals of ``written`` (one more when they would hide the difference)."""
    q = Decimal(1) / (Decimal(10) ** _places(written))
    shown = _fmt(x.quantize(q))
    if shown == written:
        shown = _fmt(x.quantize(q / 10))
    return shown


@rule("VB306", "rate-mismatch", "info",
      vi="Tỷ lệ phần trăm không khớp với các số liệu nó được tính từ.",
      en="A percentage does not match the figures it is computed from.",
      rationale="“1.842/1.986 hộ, đạt 92,75 %”: 1.842 / 1.986 × 100 = 92,75 %. The rate is recomputed and compared at the "
                "precision written (rounded or cut); so is the excess over a plan (“12.375,3/10.200 triệu đồng, vượt "
                "21,3 %”) and the completion of a plan whose figure is in the same sentence (“đạt 12.375,3 triệu "
                "đồng, kế hoạch 12.200 triệu đồng, đạt 101,4 % kế hoạch”), a share stated after its part (“45 hộ "
                "nghèo, chiếm 3,6% tổng số hộ”) when the same section gives the whole as its one total of that noun "
                "(“Toàn xã có 1.250 hộ”), and a ratio to an earlier figure (“1.330 hộ, bằng 106,4% so với năm 2023 "
                "(năm 2023: 1.250 hộ)”, “4.980,7 tấn, bằng 103,5% so với vụ trước (4.812 tấn)”).",
      bad=["Có 1.842/1.986 hộ sử dụng nước sạch, đạt 93,75 %.",
           "Thu ngân sách đạt 12.375,3/10.200 triệu đồng, vượt 23,1 %."],
      good=["Có 1.842/1.986 hộ sử dụng nước sạch, đạt 92,75 %.",
            "Thu ngân sách đạt 12.375,3/10.200 triệu đồng, vượt 21,3 %."])
def rate_mismatch(lc):
    for r in lc.facts.get("relations"):
        if r.kind == "ratio_pct" and not lc.facts.in_example(r.start):
            yield from _pct_change_hit(r)  # "bằng 104,3% so với năm trước": current over previous
            continue
        if r.kind not in ("rate", "excess", "plan_rate", "share") or lc.facts.in_example(r.start):
            continue
        a, b = r.operands
        if not b.value:
            continue
        exact = Decimal(a.value) * 100 / Decimal(b.value)
        # the operands are rounded as written too ("12,15/15 điểm" may be 12,149): the rate may lie anywhere
        # between the bounds they allow
        ea, eb = _half_step(a.written), _half_step(b.written)
        lo = (Decimal(a.value) - ea) * 100 / (Decimal(b.value) + eb)
        hi = (Decimal(a.value) + ea) * 100 / max(Decimal(b.value) - eb, Decimal("1e-9"))
        formula = f"{a.written} / {b.written} × 100"
        if r.kind == "excess":
            exact, lo, hi = exact - 100, lo - 100, hi - 100
            formula += " − 100"
        step = Decimal(1) / (Decimal(10) ** _places(r.written))
        if lo - step < Decimal(r.stated) < hi + step:
            continue
        got = _pct(exact, r.written)
        yield Hit(r.start, r.end, f"“{r.text}”: {formula} = {got} %, không phải {r.written} %.",
                  f"“{r.text}”: {formula} = {got} %, not {r.written} %.",
                  related=[(a.start, a.end, a.label), (b.start, b.end, b.label)])


@rule("VB307", "change-mismatch", "info",
      vi="Mức tăng, giảm không khớp với hai số liệu được so sánh.",
      en="An increase or decrease does not match the two figures compared.",
      rationale="“giảm 312 vụ (734/1046)”: 1046 − 734 = 312. A change is checked against its own pair, or against the "
                "figure of the year it compares with when the same sentence gives it (“17 cá nhân, tăng 05 cá nhân so "
                "với năm 2023 (12 cá nhân)”) or in brackets after its comparison (“26 ca, giảm 15 ca so với cùng kỳ năm "
                "trước (41 ca)”); so is a change in per cent (“1.330 hộ, tăng 6,4% so với năm 2023 (năm 2023: 1.250 "
                "hộ)”); the direction must match too. A ratio (“bằng 106,4% so với năm 2023”) is VB306's.",
      bad=["Tai nạn giao thông giảm 321 vụ (734/1046).",
           "Năm 2024 có 17 cá nhân đạt danh hiệu, tăng 04 cá nhân so với năm 2023 (năm 2023: 12 cá nhân)."],
      good=["Tai nạn giao thông giảm 312 vụ (734/1046).",
            "Năm 2024 có 17 cá nhân đạt danh hiệu, tăng 05 cá nhân so với năm 2023 (năm 2023: 12 cá nhân)."])
def change_mismatch(lc):
    for r in lc.facts.get("relations"):
        if r.kind == "change_pct" and not lc.facts.in_example(r.start):
            yield from _pct_change_hit(r)
            continue
        if r.kind == "change_any" and not lc.facts.in_example(r.start):
            prev, cands = r.operands[0], r.operands[1:]
            if any(abs(c.value - prev.value) == r.stated for c in cands):
                continue
            cur = cands[0]
            diff = abs(cur.value - prev.value)
            big, small = (cur, prev) if cur.value >= prev.value else (prev, cur)
            yield Hit(r.start, r.end, f"“{r.text}”: {big.written} − {small.written} = {_fmt(diff)}, không phải {r.written}.",
                      f"“{r.text}”: {big.written} − {small.written} = {_fmt(diff)}, not {r.written}.",
                      related=[(cur.start, cur.end, cur.label), (prev.start, prev.end, prev.label)],
                      suggestion=_fmt(diff))
            continue
        if r.kind != "change" or lc.facts.in_example(r.start):
            continue
        cur, prev = r.operands
        diff = cur.value - prev.value
        related = [(cur.start, cur.end, cur.label), (prev.start, prev.end, prev.label)]
        if abs(diff) == r.stated or equal_as_written(abs(diff), r.stated, r.written):
            want = "up" if diff > 0 else "down" if diff < 0 else None
            pair = prev.label == "kỳ trước"  # "(734/1046)": which of the two is the earlier is not said
            if pair or r.direction is None or want is None or want == r.direction:
                continue
            word = "tăng" if want == "up" else "giảm"
            yield Hit(r.start, r.end, f"“{r.text}”: {cur.written} − {prev.written} = {_fmt(diff)}, tức là {word}.",
                      f"“{r.text}”: {cur.written} − {prev.written} = {_fmt(diff)}, "
                      f"an {'increase' if want == 'up' else 'decrease'}.", related=related)
            continue
        big, small = (cur, prev) if cur.value >= prev.value else (prev, cur)
        yield Hit(r.start, r.end,
                  f"“{r.text}”: {big.written} − {small.written} = {_fmt(abs(diff))}, không phải {r.written}.",
                  f"“{r.text}”: {big.written} − {small.written} = {_fmt(abs(diff))}, not {r.written}.",
                  related=related, suggestion=_fmt(abs(diff)))


@rule("VB308", "text-table-mismatch", "info",
      vi="Số liệu trong lời văn khác với số liệu của dòng bảng mà nó nêu tên.",
      en="A figure in the text differs from the table row it names.",
      rationale="A report gives the same figure twice, in a sentence and in its table: “Thu ngân sách … đạt 18.560 "
                "triệu đồng” and the row “Thu ngân sách⇥16.500⇥18.650”. The first figure after a row's label in the "
                "same clause is compared with the row's cells; a figure equal to none of them but within 10 % of one is "
                "reported with that cell as a related location.",
      bad=["Thu ngân sách trên địa bàn đạt 18.560 triệu đồng.\n\nTT\tChỉ tiêu\tKế hoạch\tThực hiện\n"
           "1\tThu ngân sách trên địa bàn\t16.500\t18.650\n2\tChi ngân sách xã\t15.000\t14.200\n"],
      good=["Thu ngân sách trên địa bàn đạt 18.650 triệu đồng.\n\nTT\tChỉ tiêu\tKế hoạch\tThực hiện\n"
            "1\tThu ngân sách trên địa bàn\t16.500\t18.650\n2\tChi ngân sách xã\t15.000\t14.200\n"])
def text_table_mismatch(lc):
    qs = lc.doc.quantities
    for k, row, cell in lc.facts.get("table_refs"):
        q = qs[k]
        if lc.facts.in_example(q.start) or lc.facts.in_quote(q.start):
            continue
        fig = q.text.split(" ", 1)[0].rstrip("%")
        yield Hit(q.start, q.end, f"“{q.text}” nhưng dòng “{row.label}” của bảng ghi {cell.text}: {fig} ≠ {cell.text}.",
                  f"“{q.text}” but the table row “{row.label}” says {cell.text}: {fig} ≠ {cell.text}.",
                  related=[(cell.start, cell.end, "ô của bảng")])


def _pct_change_hit(r):
    """"tăng 6,3% so với năm 2023" from 1.250 to 1.330: (1.330 − 1.250) / 1.250 × 100 = 6,4 %."""
    cur, prev = r.operands
    if not prev.value:
        return
    if r.kind == "ratio_pct":
        exact = Decimal(cur.value) * 100 / Decimal(prev.value)
        formula = f"{cur.written} / {prev.written} × 100"
    else:
        exact = abs(Decimal(cur.value) - Decimal(prev.value)) * 100 / Decimal(prev.value)
        formula = f"|{cur.written} − {prev.written}| / {prev.written} × 100"
    ea, eb = _half_step(cur.written), _half_step(prev.written)
    step = Decimal(1) / (Decimal(10) ** _places(r.written))
    slack = (ea + eb) * 100 / Decimal(prev.value) + step
    related = [(cur.start, cur.end, cur.label), (prev.start, prev.end, prev.label)]
    if abs(exact - Decimal(r.stated)) < slack:
        if r.kind == "change_pct" and cur.value != prev.value:
            want = "up" if cur.value > prev.value else "down"
            if r.direction and want != r.direction:
                word = "tăng" if want == "up" else "giảm"
                diff = _fmt(cur.value - prev.value)
                yield Hit(r.start, r.end, f"“{r.text}”: {cur.written} − {prev.written} = {diff}, tức là {word}.",
                          f"“{r.text}”: {cur.written} − {prev.written} = {diff}, "
                          f"{'an increase' if want == 'up' else 'a decrease'}.", related=related)
        return
    got = _pct(exact, r.written)
    yield Hit(r.start, r.end, f"“{r.text}”: {formula} = {got} %, không phải {r.written} %.",
              f"“{r.text}”: {formula} = {got} %, not {r.written} %.", related=related)
