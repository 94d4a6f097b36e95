"""Number roles: what every number mention is in its sentence — a total, a part of a named total, a change
("tăng 05 cá nhân"), the figure of an earlier period, a rate, a fraction ("1.842/1.986 hộ"), a target, an
estimate ("khoảng 40 người"), a range ("từ 10 đến 15"), an identifier or a date.

Built once from the extracted quantities, dates and citations: each quantity's role is read from at most a
few words before and after it (bounded slices, dictionary look-ups; no pattern runs over the whole text).
The words live in ``lexicon/data/dimensions.json`` (``roles``).
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Any

import regex

from .. import lexicon
from ..model import Facts, NumberFact, Part, Relation

#: how far (characters) the words that give a number its role are looked for
_BEFORE = 40
_AFTER = 24
_STOPS = ".;:\n()"


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    r = lexicon.load("dimensions")["roles"]
    return {k: frozenset(" ".join(w.lower().split()) for w in v) for k, v in r.items()}


@lru_cache(maxsize=1)
def _share_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(share head before a percentage, words of a plan or a growth) from the lexicon."""
    d = lexicon.load("dimensions")

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    heads, plans = alt(d["share_heads"]), alt(d["plan_context"])
    share = regex.compile(rf"""(?:{heads})   # chiếm / tỷ lệ …
                               (?:[^.;\n]{{0,40}}             # … then the percentage, in the same clause
                                 |[^.;\n\d]{{41,90}})$        # (further on: no other figure between)""",
                          regex.I | regex.X)
    plan = regex.compile(rf"(?<![\p{{L}}])(?:{plans})(?![\p{{L}}])", regex.I)
    return share, plan


#: how far after a percentage a plan or growth word still qualifies it ("đạt 103,6% kế hoạch")
_PLAN_AFTER = 30


def _rate_kind(text: str, q) -> str | None:
    """"share" for a share of a whole ("chiếm 75% dân số", "tỷ lệ … 92%"), which cannot pass 100 %; "plan" for
    completion of a plan or growth over a period ("đạt 103,6% kế hoạch", "tăng 112% so với cùng kỳ")."""
    share_re, plan_re = _share_res()
    share = share_re.search(text, max(0, q.start - 110), q.start)
    after = text[q.end:q.end + _PLAN_AFTER].split("\n", 1)[0].split(";", 1)[0]
    if share is None:
        return "plan" if plan_re.search(after) else None
    if plan_re.search(share.group()) or plan_re.search(after):
        return "plan"
    return "share"


def _words_before(text: str, pos: int, line_start: int) -> list[str]:
    """The lower-cased words of the clause just before ``pos`` (at most ``_BEFORE`` characters)."""
    lo = max(line_start, pos - _BEFORE)
    chunk = text[lo:pos]
    for ch in _STOPS:
        i = chunk.rfind(ch)
        if i >= 0:
            chunk = chunk[i + 1:]
    return chunk.lower().replace(",", " ").split()


def _grams(words: list[str], last: int) -> set[str]:
    """The 1- to 3-word phrases among the last ``last`` words."""
    tail = words[-last:]
    n = len(tail)
    return {" ".join(tail[a:a + k]) for a in range(n) for k in (1, 2, 3) if a + k <= n}


def _lead_grams(words: list[str]) -> tuple[str, ...]:
    """The phrases starting at the fourth word from the end: with ``_grams(words, 3)``, all of
    ``_grams(words, 4)`` (the last three words' phrases are not built twice)."""
    if len(words) < 4:
        return ()
    a, b, c = words[-4], words[-3], words[-2]
    return a, f"{a} {b}", f"{a} {b} {c}"


def role_of(facts: Facts, q, parts_of: dict[int, int], i: int) -> tuple[str, str | None]:
    """(role, direction) of quantity ``q`` (index ``i``): the words before it are cut into phrases once, and
    each role's word list is asked with one set intersection."""
    text = facts.text
    if q.percent:
        return "rate", _rate_kind(text, q)
    if q.of is not None:
        return "fraction", None
    roles = _roles()
    ls = facts.line_starts[facts.line_index(q.start)]
    words = _words_before(text, q.start, ls)
    last = words[-1] if words else ""
    after = text[q.end:q.end + _AFTER].lower()
    if last in roles["range_from"] and after.lstrip(" \t").startswith(("đến", "tới", "-", "–")):
        return "range", None
    if last in ("đến", "tới", "-", "–") and len(words) >= 2 and words[-2][:1].isdigit():
        return "range", None
    # "từ 14 ngày làm việc trở lên", "đủ 15 năm": a threshold of a provision, not a count
    if "trở lên" in after or "trở xuống" in after or last in roles["threshold"]:
        return "threshold", None
    ends = {" ".join(words[-k:]) for k in (1, 2, 3) if len(words) >= k}
    prev = words[-2] if len(words) >= 2 else ""
    if not roles["change_up"].isdisjoint(ends) or (prev in roles["change_up"] and last in ("thêm", "được", "là")):
        return "change", "up"
    if not roles["change_down"].isdisjoint(ends) or (prev in roles["change_down"] and last in ("được", "là", "còn")):
        return "change", "down"
    if q.qualifier and q.qualifier in roles["estimate"] and q.qualifier not in ("đạt", "chỉ"):
        return "estimate", None
    if not roles["estimate"].isdisjoint(ends):
        return "estimate", None
    near3 = _grams(words, 3)
    if not roles["target"].isdisjoint(near3):
        return "target", None
    if facts.in_comparison(q.start - 1, window=12) and roles["total"].isdisjoint(near3):
        return "comparison", None
    if i in parts_of:
        return "part", None
    if q.breakdown or not roles["total"].isdisjoint(near3) or not roles["total"].isdisjoint(_lead_grams(words)) \
            or (q.label or "").lower().startswith("tổng"):
        return "total", None
    return "count", None


def numbers(facts: Facts) -> list[NumberFact]:
    """Every number mention of the document, in text order, with its role."""
    doc = facts.document
    parts_of: dict[int, int] = {}
    for i, q in enumerate(doc.quantities):
        for p in q.parts:
            parts_of[p] = i
    out: list[NumberFact] = []
    for i, q in enumerate(doc.quantities):
        role, direction = role_of(facts, q, parts_of, i)
        year = None
        if role == "change":
            for m in _comparisons_after(facts, q.end):
                year = m.year
        out.append(NumberFact(q.start, q.end, q.text, role, q.value, q.unit, i, parts_of.get(i), direction, year))
    idents = list(_identifiers(facts))
    if idents:
        cover = [(a, b) for a, b in idents]
        for n in out:
            k = bisect_right(cover, (n.start, len(facts.text))) - 1
            if k >= 0 and cover[k][0] <= n.start < cover[k][1]:
                n.role = "identifier"  # "Điện thoại: 0255 3826 123", "Mã số thuế 4300 123 456"
        for a, b in idents:
            out.append(NumberFact(a, b, facts.text[a:b], "identifier"))
    for d in doc.dates:
        out.append(NumberFact(d.start, d.end, d.text, "date", None, None, None, None, None, d.year))
    for c in doc.citations:
        out.append(NumberFact(c.start, c.end, c.text, "identifier", None, None, None, None, None, c.year))
    out.sort(key=lambda n: n.start)
    return out


@lru_cache(maxsize=1)
def _identifier_re() -> regex.Pattern:
    words = sorted(_roles()["identifier"], key=len, reverse=True)
    alt = "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return regex.compile(
        rf"""(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])      # điện thoại, mã số, số hiệu, tài khoản …
             [ \t]*(?:số[ \t]*)?[:.]?[ \t]*             # "số", ":" between them
             (?P<id>\+?\d[\d .\-]{{4,22}}\d)              # the digits, grouped by blanks, dots or dashes""",
        regex.I | regex.X)


#: a run of six or more digits, blanks, dots or dashes: what an identifier's number looks like
_ID_DIGITS = regex.compile(r"\+?\d[\d .\-]{4,22}\d")
#: how far before its digits an identifier word is looked for
_ID_REACH = 80


def _identifiers(facts: Facts):
    """(start, end) of the digits an identifier word names (a phone, a tax code, an account, an ID card).

    The digit runs are found first (one cheap scan); the identifier words are matched only in the short stretch
    before each run — the words' alternation tried at every position of the text costs several times more."""
    norm = facts.norm_text
    ident = _identifier_re()
    last = -1
    for m in _ID_DIGITS.finditer(norm):
        if m.start() < last:
            continue
        for w in ident.finditer(norm, max(0, m.start() - _ID_REACH, last), m.end()):
            if w.end("id") > m.start():  # the words name this run, not an earlier one in the stretch
                last = w.end("id")
                yield facts.norm_span(w.start("id"), w.end("id"))
                break


def _comparisons_after(facts: Facts, pos: int, window: int = 40):
    """The comparison phrase starting within ``window`` characters after ``pos`` on the same clause."""
    comps = facts.comparisons
    starts: list[int] | None = getattr(facts, "_cmp_starts", None)
    if starts is None:
        starts = [m.start for m in comps]
        facts._cmp_starts = starts  # type: ignore[attr-defined]
    k = bisect_right(starts, pos)
    if k < len(comps) and comps[k].start - pos <= window and not any(
            ch in facts.text[pos:comps[k].start] for ch in ".;\n"):
        yield comps[k]


def by_quantity(facts: Facts) -> dict[int, NumberFact]:
    """quantity index -> its number fact."""
    return {n.quantity: n for n in facts.get("numbers") if n.quantity is not None}


# --- relations: figures stated as computed from others -------------------------------------------------------
_RATE_LEAD = ("đạt", "chiếm", "bằng", "tỷ lệ", "tỉ lệ", "=", "(", "tương đương", "đạt tỷ lệ", "đạt tỉ lệ")
_PLAN_WORDS = ("kế hoạch", "kh", "dự toán", "chỉ tiêu", "nghị quyết")


def _figure(text: str, q) -> str:
    t = text[q.start:q.end]
    for tok in t.replace("%", " ").replace("/", " ").split():
        if tok[:1].isdigit():
            return tok
    return t


def _part(text: str, q, label: str = ""):

    return Part(q.start, q.end, q.value, label, None, _figure(text, q), q.unit)


def _clause_gap(text: str, a: int, b: int) -> bool:
    """Nothing but words and commas between ``a`` and ``b`` (no sentence or clause end)."""
    return b >= a and b - a <= 60 and not any(ch in text[a:b] for ch in ".;\n")


def relations(facts: Facts) -> list:
    """Rates, excesses, plan completions and changes the text states together with their operands."""

    doc = facts.document
    qs = doc.quantities
    text = facts.text
    nums = facts.get("numbers")
    role = {n.quantity: n for n in nums if n.quantity is not None}
    out: list[Relation] = []
    n = len(qs)
    for i, q in enumerate(qs):
        r = role.get(i)
        # (1) a fraction followed by its rate or its excess
        if q.of is not None and not q.percent and i + 1 < n:
            p = qs[i + 1]
            if p.percent and _clause_gap(text, q.end, p.start):
                lead = " ".join(text[q.end:p.start].lower().replace(",", " ").split())
                ops = [_part(text, q, "tử số"), Part(q.end - len(_denominator(text, q)), q.end, q.of, "mẫu số",
                                                      None, _denominator(text, q))]
                if lead.endswith(("vượt", "vượt kế hoạch", "tăng")):
                    out.append(Relation("excess", p.start, p.end, p.text, p.value, _figure(text, p), ops))
                elif len(lead.split()) <= 10 and (lead == "" or lead.endswith(_RATE_LEAD)) and (
                        "(" not in lead or text[q.end:p.start].strip() == "("):
                    out.append(Relation("rate", p.start, p.end, p.text, p.value, _figure(text, p), ops))
        # (1b) "đạt 95,6% (43/46 đơn)": the rate first, its fraction in brackets right after
        if q.percent and i + 1 < n and qs[i + 1].of is not None and not qs[i + 1].percent \
                and text[q.end:qs[i + 1].start].strip() == "(" and _alone_in_brackets(text, qs[i + 1]):
            f = qs[i + 1]
            ops = [_part(text, f, "tử số"), Part(f.end - len(_denominator(text, f)), f.end, f.of, "mẫu số", None,
                                                 _denominator(text, f))]
            out.append(Relation("rate", q.start, q.end, q.text, q.value, _figure(text, q), ops))
        # (2) "đạt 101,4 % kế hoạch" with the achieved and the planned figures in the same sentence
        if q.percent and r is not None:
            after = " ".join(text[q.end:q.end + 14].lower().split())
            before = text[max(0, q.start - 12):q.start].lower()
            if after.startswith(_PLAN_WORDS) and ("đạt" in before or "bằng" in before):
                rel = _plan_rate(facts, qs, role, i, q)
                if rel is not None:
                    out.append(rel)
        # (4) counted events followed by the dates or the documents that are counted
        if not q.percent and q.of is None and q.unit and (q.unit in _EVENT_UNITS or q.unit in _DOC_UNITS):
            rel = _events(facts, doc, i, q)
            if rel is not None:
                out.append(rel)
        # (4b) "xây dựng 03 mô hình: mô hình A tại thôn 1 và mô hình B tại thôn 4": the things counted, named
        # one by one after the count in its sentence
        elif not q.percent and q.of is None and q.unit and isinstance(q.value, int) and r is not None \
                and r.role in ("count", "total"):
            rel = _named_items(facts, doc, i, q)
            if rel is not None:
                out.append(rel)
        # (5) "45 hộ nghèo, chiếm 3,6% tổng số hộ" with the whole given as a total in the same section
        if q.percent and r is not None and r.direction in ("share", None) and i > 0:
            rel = _share(facts, doc, qs, role, i, q)
            if rel is not None:
                out.append(rel)
        # (6) "tăng 6,3% so với năm 2023" / "bằng 105% so với năm 2023" with both years' figures in the sentence
        if q.percent and r is not None:
            pr = _pct_change(facts, q)
            rel = _change(facts, qs, role, i, q, pr) if pr is not None else None
            if rel is None and i + 1 < n and qs[i + 1].start - q.end <= 70 \
                    and "so với" in text[q.end:qs[i + 1].start].lower():
                rel = _pct_bracket(facts, qs, role, i, q)
            if rel is not None:
                out.append(rel)
        # (3) a change: against its own pair "(734/1046)", or the figure of the year it compares with
        if r is not None and r.role == "change" and not q.percent:
            rel = _change(facts, qs, role, i, q, r)
            if rel is not None:
                out.append(rel)
    out.extend(_part_shares(facts, qs, role))
    out.extend(_named_part_rates(facts, qs, role))
    out.extend(_table_rates(facts))
    out.extend(_listed_rows(facts, qs))
    out.sort(key=lambda r: r.start)
    return out


def _part_shares(facts: Facts, qs, role) -> list:
    """"Xã có 2.315 hộ; trong đó hộ nghèo 95 hộ, chiếm 4,1%": a share right after a part of a breakdown is
    the part over the breakdown's total."""

    text = facts.text
    starts = [q.start for q in qs]
    out = []
    for b in facts.get("breakdowns"):
        for p in b.parts:
            k = bisect_right(starts, p.start)
            if k >= len(qs) or not qs[k].percent:
                continue
            gap = " ".join(text[p.end:qs[k].start].lower().replace(",", " ").split())
            if gap != "chiếm" or (role.get(k) is not None and role[k].direction == "plan"):
                continue
            pct = qs[k]
            whole = Part(b.start, b.end, b.value, "tổng", None, b.text.split()[0], b.unit)
            out.append(Relation("share", pct.start, pct.end, pct.text, pct.value, _figure(text, pct),
                                [Part(p.start, p.end, p.value, "phần", None, p.written, p.unit), whole]))
    return out


_RATE_NAME_RE = regex.compile(r"(?:tỷ|tỉ)[ \t]+lệ[ \t]+(?P<name>[\p{L} \t]{3,80}?)[ \t]*(?:đạt|là|bằng|:)[ \t]*$", regex.I)
#: words a rate's name may add to its part's name and noun ("tỷ lệ số hồ sơ được tiếp nhận trực tuyến")
_RATE_FILLER = frozenset({"số", "của", "được", "đã"})


def _named_part_rates(facts: Facts, qs, role) -> list:
    """"… tiếp nhận 1.286 hồ sơ, trong đó tiếp nhận trực tuyến 842 hồ sơ, tiếp nhận trực tiếp 431 hồ sơ. Tỷ lệ hồ
    sơ tiếp nhận trực tuyến đạt 65,47%.": a rate named by one part of the partition just before it (on its line
    or the line above) and by the partition's noun, nothing else, is that part over the total."""

    text = facts.text
    bds = [b for b in facts.get("breakdowns") if b.kind == "partition" and b.unit and b.parts]
    if not bds:
        return []
    ends = [b.parts[-1].end for b in bds]
    out = []
    for q in qs:
        if not q.percent:
            continue
        ls = facts.line_starts[facts.line_index(q.start)]
        m = _RATE_NAME_RE.search(text, max(ls, q.start - 100), q.start)
        if m is None:
            continue
        j = bisect_right(ends, q.start) - 1
        if j < 0:
            continue
        b = bds[j]
        between = text[b.parts[-1].end:m.start()]
        if between.count("\n") > 1 or any(ch.isdigit() for ch in between):
            continue  # the partition on the rate's line or the line above, no other figure between
        name = " ".join(m.group("name").lower().split())
        noun = b.unit.lower()
        if not (" " + name + " ").count(" " + noun + " "):
            continue
        hits = []
        for p in b.parts:
            label = " ".join(_words_of(p.label))
            if label and (" " + label + " ") in (" " + name + " "):
                hits.append((p, label))
        if len(hits) != 1:
            continue
        p, label = hits[0]
        rest = (" " + name + " ").replace(" " + label + " ", " ", 1).replace(" " + noun + " ", " ", 1).split()
        if any(w not in _RATE_FILLER for w in rest):
            continue  # "tỷ lệ hồ sơ trực tuyến cả quý", "… toàn trình": another figure than this part's share
        whole = Part(b.start, b.end, b.value, "tổng", None, _figure(text, b), b.unit)
        out.append(Relation("share", q.start, q.end, q.text, q.value, _figure(text, q),
                            [Part(p.start, p.end, p.value, "phần", None, p.written, p.unit), whole]))
    return out


#: tables read for rate columns: at most this many columns, the pair of columns found on this many rows
_RATE_MAX_COLS = 16
_RATE_SAMPLE = 40


def _table_rates(facts: Facts) -> list:
    """A rate column of a table ("Tỷ lệ (%)") is one figure column over another, row by row: the pair of columns
    is the one that gives the written rate in most rows (at least two, and more than half of the rows with all
    three figures); each row then states a rate computed from its own two cells."""

    out = []
    for t in facts.get("tables"):
        ncol = len(t.columns)
        if ncol < 3 or ncol > _RATE_MAX_COLS or len(t.rows) < 3:
            continue
        for c in range(ncol):
            title = " ".join(t.columns[c].lower().split())
            if not ("tỷ lệ" in title or "tỉ lệ" in title or "%" in title) or any(
                    w in title for w in ("tăng", "giảm", "chênh")):
                continue
            rows = [r for r in t.rows if r.kind not in ("header", "index") and c < len(r.cells)
                    and r.cells[c].value is not None and r.cells[c].text not in ("-", "–", "—")]
            if len(rows) < 3:
                continue
            sample = rows[:_RATE_SAMPLE]  # the pair is found on the first rows (bounded: columns² × rows)
            best = None
            for a in range(ncol):
                for b in range(ncol):
                    if a == b or c in (a, b) or not t.summable[a] or not t.summable[b]:
                        continue
                    n = hit = 0
                    for r in sample:
                        if max(a, b) >= len(r.cells):
                            continue
                        x, y = r.cells[a].value, r.cells[b].value
                        if x is None or y is None or not y:
                            continue
                        n += 1
                        hit += _rate_fits(x, y, r.cells[c])
                    if hit >= 2 and 2 * hit > n and (best is None or hit > best[0]):
                        best = (hit, a, b, n)
                    elif best is not None and hit == best[0] and 2 * hit > n:
                        best = (hit, -1, -1, n)  # two pairs fit as well: which one is meant is not known
            if best is None or best[1] < 0:
                continue
            _hit, a, b, _n = best
            for r in rows:
                if max(a, b) >= len(r.cells):
                    continue
                x, y, z = r.cells[a], r.cells[b], r.cells[c]
                if x.value is None or y.value is None or not y.value:
                    continue
                out.append(Relation("rate", z.start, z.end, z.text, z.value, z.text.rstrip("% "),
                                    [Part(x.start, x.end, x.value, t.column_title(a) or "tử số", None, x.text),
                                     Part(y.start, y.end, y.value, t.column_title(b) or "mẫu số", None, y.text)]))
    return out


#: how many lines a "danh sách N …" title may stand above its table (blank lines and a header row between)
_LIST_TITLE_GAP = 4


def _listed_rows(facts: Facts, qs) -> list:
    """"DANH SÁCH 15 HỘ ĐƯỢC HỖ TRỢ …" (or "… theo danh sách 15 hộ:") right above a table whose rows are
    numbered 1, 2, 3 … one per thing counted: the rows must be as many as the count (a total row is no item)."""
    tables = facts.get("tables")
    if not tables:
        return []
    text = facts.text
    out = []
    for q in qs:
        if q.percent or q.of is not None or not q.unit or not isinstance(q.value, int):
            continue
        before = text[max(0, q.start - 12):q.start].lower().split()
        if before[-2:] != ["danh", "sách"]:
            continue
        k = facts.line_index(q.start)
        t = next((t for t in tables if t.start > q.end
                  and facts.line_index(t.start) - k <= _LIST_TITLE_GAP), None)
        if t is None or any(facts.text[facts.line_starts[j]:facts.line_bounds(j)[1]].strip()
                            and not facts.is_table(facts.line_starts[j]) and j != k
                            for j in range(k + 1, facts.line_index(t.start))):
            continue  # only blank lines between the title and its table
        rows, ok = _numbered_rows(t)
        if not ok or len(rows) < 2 or len(rows) == q.value:
            continue
        if any(_first_number(u) == len(rows) + 1 for u in tables if u.start > t.end):
            continue  # the numbering goes on in a later table (a table cut by a page break)
        out.append(Relation("events", q.start, q.end, q.text, q.value, _figure(text, q),
                            [Part(r.start, r.end, 1, "dòng", None, r.label or r.cells[0].text) for r in rows]))
    return out


def _numbered_rows(t) -> tuple[list, bool]:
    """The rows of ``t`` numbered 1, 2, 3 … in their first cell (a row of names only is read as a header row by
    the table facts, so the numbers are read here), and whether they are all its body: before them only titles
    (or the columns' numbers), after them at most a total row."""
    rows: list = []
    for r in t.rows:
        first = r.cells[0].text.strip(" .") if r.cells else ""
        if rows and r.kind == "total":
            continue
        if first.isdigit() and r.kind != "index" and len(r.cells) > 1:
            if int(first) != len(rows) + 1:
                return rows, False
            rows.append(r)
        elif rows or r.kind not in ("header", "index"):
            return rows, False  # a group row ("I", "Thôn Đông"), or a line after the numbered rows
    return rows, bool(rows)


def _first_number(t) -> int | None:
    """The number in the first cell of a table's first numbered row ("4" of "4⇥Phạm Thị Dung⇥…")."""
    for r in t.rows:
        first = r.cells[0].text.strip(" .") if r.cells else ""
        if first.isdigit() and r.kind != "index" and len(r.cells) > 1:
            return int(first)
    return None


def _rate_fits(x, y, cell) -> bool:
    """``cell`` holds x / y × 100 at the precision it is written with (one unit of its last place)."""
    from decimal import Decimal

    w = cell.text.rstrip("% ")
    places = len(w.split(",", 1)[1]) if "," in w else 0
    exact = Decimal(x) * 100 / Decimal(y)
    return abs(exact - Decimal(cell.value)) <= Decimal(1) / (Decimal(10) ** places)


def _words_of(label: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in label.lower()).split()


def _alone_in_brackets(text: str, f) -> bool:
    """The fraction is all the bracket holds ("(43/46 đơn)"), not one of several ("(4/15 sở và 38/124 xã)")."""
    close = text.find(")", f.end, f.end + 30)
    return close >= 0 and not any(ch.isdigit() or ch in "/;," for ch in text[f.end:close])


def _denominator(text: str, q) -> str:
    t = text[q.start:q.end]
    k = t.find("/")
    return t[k + 1:].strip().split()[0] if k >= 0 and t[k + 1:].strip() else str(q.of)


#: how far (characters) a sentence is followed from a figure on a long line
_SENTENCE_REACH = 400


def _sentence_quantities(facts: Facts, qs, i: int) -> list[int]:
    """Indexes of the quantities in the sentence of quantity ``i`` (its line, cut at full stops)."""
    text = facts.text
    q = qs[i]
    ls, le = facts.line_bounds(facts.line_index(q.start))
    ls, le = max(ls, q.start - _SENTENCE_REACH), min(le, q.end + _SENTENCE_REACH)  # bounded on a long line
    s = text.rfind(". ", ls, q.start)
    s = ls if s < 0 else s + 1
    e = text.find(". ", q.end, le)
    e = le if e < 0 else e
    out = []
    k = i
    while k > 0 and qs[k - 1].start >= s:
        k -= 1
    while k < len(qs) and qs[k].start < e:
        out.append(k)
        k += 1
    return out


def _plan_rate(facts: Facts, qs, role, i: int, q):

    text = facts.text
    same = _sentence_quantities(facts, qs, i)
    achieved = None
    plan = None
    for k in same:
        x = qs[k]
        if k == i or x.percent or x.of is not None or not x.unit:
            continue
        rk = role.get(k)
        if rk is not None and rk.role == "target":
            plan = plan if plan is not None else k
        elif k < i and rk is not None and rk.role in ("count", "total", "estimate"):
            achieved = k
    if achieved is None or plan is None or qs[achieved].unit != qs[plan].unit:
        return None
    return Relation("plan_rate", q.start, q.end, q.text, q.value, _figure(text, q),
                    [_part(text, qs[achieved], "thực hiện"), _part(text, qs[plan], "kế hoạch")])


def _change(facts: Facts, qs, role, i: int, q, r):

    text = facts.text
    # "giảm 312 vụ (734/1046)": the pair in brackets right after the change
    if i + 1 < len(qs):
        p = qs[i + 1]
        gap = text[q.end:p.start]
        # "(734/1046)" right after it, or after its comparison: "giảm 07 vụ so với cùng kỳ (26/35)"
        plain = gap.strip() == "(" and len(gap) <= 3
        compared = len(gap) <= 40 and gap.rstrip().endswith("(") and facts.in_comparison(q.end + 1, window=0) \
            and not any(ch.isdigit() or ch in ".;\n" for ch in gap)
        if p.of is not None and not p.percent and (plain or compared):
            return Relation("change", q.start, q.end, q.text, q.value, _figure(text, q),
                            [_part(text, p, "kỳ này"), _pair_second(text, p)], r.direction)
    bracket = _bracketed_previous(facts, qs, role, i, q)
    if bracket is not None:
        return bracket
    rel = _year_change(facts, qs, role, i, q, r) if r.year is not None else None
    if rel is None and not q.percent:
        # "giảm 06 vụ so với cùng kỳ năm trước (22 vụ)": the earlier figure in brackets after the comparison
        rel = _bracketed_previous(facts, qs, role, i, q, compared=True)
    if rel is None and not q.percent:
        rel = _leading_comparison(facts, qs, role, i, q, r)
    return rel


#: verbs too common to pair an earlier figure with the current one by ("có 12 …", "là 12 …")
_WEAK_VERBS = frozenset({"có", "là", "được", "gồm", "với", "và"})


def _leading_comparison(facts: Facts, qs, role, i: int, q, r):
    """"So với năm 2023 (đạt 16 tiêu chí), năm 2024 xã tăng thêm 02 tiêu chí.": the sentence opens with the
    comparison and the earlier figure in brackets, named by its verb; the current figure is the nearest earlier
    one of the same noun after the same verb ("… xã tự đánh giá đạt 17 tiêu chí")."""

    text = facts.text
    s = _sentence_start_of(facts, q.start)
    if not text[s:q.start].lstrip(" \t*-+").lower().startswith("so với"):
        return None
    prev = None
    for k in range(i - 1, -1, -1):
        if qs[k].start < s:
            break
        if qs[k].unit == q.unit and not qs[k].percent and qs[k].of is None:
            prev = k
            break
    if prev is None:
        return None
    p = qs[prev]
    opn = text.rfind("(", s, p.start)
    if opn < 0 or text[p.end:p.end + 2].strip()[:1] != ")" or ")" in text[opn:p.start]:
        return None
    verb = text[opn + 1:p.start].split()
    if not 1 <= len(verb) <= 2 or any(not w.isalpha() for w in verb) or verb[-1].lower() in _WEAK_VERBS:
        return None
    verb_l = " ".join(w.lower() for w in verb)
    found: dict = {}
    for k in range(i - 1, -1, -1):
        x = qs[k]
        if q.start - x.start > _CURRENT_REACH:
            break
        if x.start >= s or x.unit != q.unit or x.percent or x.of is not None:
            continue
        rk = role.get(k)
        if rk is None or rk.role not in ("count", "total", "part"):
            continue
        before = " ".join(text[max(0, x.start - 30):x.start].lower().split())
        if before == verb_l or before.endswith(" " + verb_l):
            found.setdefault(x.value, k)
    if len(found) != 1:
        return None  # none, or two figures after the same verb ("xã đạt 15 …; thôn A đạt 12 …"): which one?
    cur = next(iter(found.values()))
    return Relation("change", q.start, q.end, q.text, q.value, _figure(text, q),
                    [_part(text, qs[cur], "kỳ này"), _part(text, p, "kỳ so sánh")], r.direction)


def _year_change(facts: Facts, qs, role, i: int, q, r):

    text = facts.text
    # "năm 2024 có 17 cá nhân …, tăng 05 cá nhân so với năm 2023 (12 cá nhân)": the current figure before the
    # change in its sentence, the previous one named with its year in the same sentence
    same = _sentence_quantities(facts, qs, i)
    cur = None
    for k in same:
        if k < i and (qs[k].unit == q.unit or q.percent and qs[k].unit) and not qs[k].percent and \
                qs[k].of is None and role.get(k) is not None and role[k].role in ("count", "total", "part"):
            cur = k
    if cur is None:
        return None
    unit = qs[cur].unit
    prev = None
    for k in same:
        if k <= i or qs[k].unit != unit or qs[k].percent:
            continue
        # "(năm 2023: 12 cá nhân)", "so với năm 2023 (12 cá nhân)", "năm 2023 là 12 cá nhân": the year right
        # before the figure, nothing but a colon, a bracket or "là / có / đạt" between them
        words = text[max(0, qs[k].start - 30):qs[k].start].replace(":", " ").replace("(", " ").split()
        while words and words[-1].lower() in ("là", "có", "đạt", "được"):
            words.pop()
        if words and words[-1] == str(r.year):
            prev = k
            break
    if prev is None:
        return None
    kind = "change" if not q.percent else ("ratio_pct" if r.direction == "same" else "change_pct")
    return Relation(kind, q.start, q.end, q.text, q.value, _figure(text, q),
                    [_part(text, qs[cur], "kỳ này"), _part(text, qs[prev], f"năm {r.year}")],
                    None if r.direction == "same" else r.direction)


#: how far back (characters) the current figure of a change may be stated
_CURRENT_REACH = 800


def _bracketed_previous(facts: Facts, qs, role, i: int, q, compared: bool = False):
    """"số hồ sơ tiếp nhận tăng 152 hồ sơ (Quý II năm 2024 tiếp nhận 1.143 hồ sơ)": the earlier figure in
    brackets right after the change, the current one stated before it. Which earlier figure of the same noun is
    the current one is not said: the relation keeps up to six of them (nearest first) and the rule accepts any
    that fits."""

    text = facts.text
    if i + 1 >= len(qs):
        return None
    p = qs[i + 1]
    gap = text[q.end:p.start]
    if p.unit != q.unit or p.percent or p.of is not None or len(gap) > 60:
        return None
    # "giảm 17 ca so với cùng kỳ (cùng kỳ 41 ca)": the comparison between the change and its bracket
    if compared != (not gap.lstrip().startswith("(")) or compared and _compared_in_brackets(facts, qs, i) is None:
        return None
    if ")" in gap or any(ch in ".;\n" for ch in gap) or text[p.end:p.end + 2].strip()[:1] != ")":
        return None
    if any(ch.isdigit() for ch in gap) and not _only_periods(gap):
        return None
    # after a comparison the current figure is stated in the change's own sentence ("Số ca mắc 26 ca, giảm 17
    # ca so với cùng kỳ (cùng kỳ 41 ca)"); a figure further back may be of something else
    lo = _sentence_start_of(facts, q.start) if compared else q.start - _CURRENT_REACH
    cands: list[Any] = []
    k = i - 1
    while k >= 0 and len(cands) < 6 and qs[k].start >= lo:
        x = qs[k]
        rk = role.get(k)
        if x.unit == q.unit and not x.percent and x.of is None and rk is not None and rk.role in (
                "count", "total", "part", "estimate"):
            cands.append(_part(text, x, "kỳ này"))
        k -= 1
    if not cands:
        return None
    return Relation("change_any", q.start, q.end, q.text, q.value, _figure(text, q),
                    [_part(text, p, "kỳ trước")] + cands, role[i].direction if role.get(i) else None)


def _sentence_start_of(facts: Facts, pos: int) -> int:
    """Start of the sentence holding ``pos``: its line's start, or just after the last full stop before it on the
    line (at most ``_SENTENCE_REACH`` characters back)."""
    ls = max(facts.line_starts[facts.line_index(pos)], pos - _SENTENCE_REACH)
    s = facts.text.rfind(". ", ls, pos)
    return ls if s < 0 else s + 1


def _only_periods(gap: str) -> bool:
    """The digits in ``gap`` are years or quarter / month numbers of a period label ("Quý II năm 2024")."""
    toks = gap.replace("(", " ").replace(":", " ").replace("/", " ").split()
    for t in toks:
        if any(ch.isdigit() for ch in t) and not (len(t) == 4 and t[:2] in ("19", "20") or len(t) <= 2):
            return False
    return True


def _pct_direction(text: str, q) -> str | None:
    """"up", "down" or "same" (a ratio) for a percentage after "tăng", "giảm" or "bằng"."""
    roles = _roles()
    words = text[max(0, q.start - 16):q.start].lower().split()
    if not words:
        return None
    if words[-1] in roles["change_up"]:
        return "up"
    if words[-1] in roles["change_down"]:
        return "down"
    return "same" if words[-1] == "bằng" else None


def _pct_change(facts: Facts, q) -> NumberFact | None:
    """A percentage that states a change ("tăng 6,3%") or a ratio ("bằng 105%") against a named year: a
    stand-in number fact with the direction ("up", "down", "same" for a ratio) and the year."""
    direction = _pct_direction(facts.text, q)
    if direction is None:
        return None
    year = None
    for m in _comparisons_after(facts, q.end):
        year = m.year
    if year is None:
        return None
    return NumberFact(q.start, q.end, q.text, "rate", q.value, q.unit, None, None, direction, year)


def _compared_in_brackets(facts: Facts, qs, i: int) -> int | None:
    """"… so với vụ Đông Xuân năm trước (4.812 tấn)": the index of the figure alone in the bracket right after
    the comparison that follows quantity ``i`` (period words may open the bracket: "(cùng kỳ 41 ca)"), or None."""
    if i + 1 >= len(qs):
        return None
    text = facts.text
    q, p = qs[i], qs[i + 1]
    if p.start - q.end > 70:
        return None
    gap = text[q.end:p.start]
    lead = gap.lstrip()
    if len(gap) > 70 or p.percent or p.of is not None or not p.unit or not lead.lower().startswith("so với"):
        return None
    if not facts.in_comparison(q.end + len(gap) - len(lead) + 1) or gap.count("(") != 1 or ")" in gap:
        return None
    if any(ch in ".;\n" for ch in gap) or text[p.end:p.end + 2].strip()[:1] != ")":
        return None
    if any(ch.isdigit() for ch in gap) and not _only_periods(gap):
        return None
    return i + 1


def _pct_bracket(facts: Facts, qs, role, i: int, q):
    """"đạt 4.980,7 tấn, bằng 104,3% so với vụ Đông Xuân năm trước (4.812 tấn)": a change or a ratio in per cent
    against the earlier figure in brackets after its comparison, the current figure the nearest one of the same
    unit before it in the sentence."""

    k = _compared_in_brackets(facts, qs, i)
    direction = _pct_direction(facts.text, q) if k is not None else None
    if k is None or direction is None:
        return None
    prev = qs[k]
    cur = None
    for j in _sentence_quantities(facts, qs, i):
        x = qs[j]
        if j < i and x.unit == prev.unit and not x.percent and x.of is None and role.get(j) is not None \
                and role[j].role in ("count", "total", "part"):
            cur = j
    if cur is None:
        return None
    kind = "ratio_pct" if direction == "same" else "change_pct"
    return Relation(kind, q.start, q.end, q.text, q.value, _figure(facts.text, q),
                    [_part(facts.text, qs[cur], "kỳ này"), _part(facts.text, prev, "kỳ trước")],
                    None if direction == "same" else direction)


def _pair_second(text: str, p):

    d = _denominator(text, p)
    s = text.find(d, p.start, p.end)
    return Part(s, s + len(d), p.of, "kỳ trước", None, d, p.unit)


#: counted occasions followed by their dates ("điều chỉnh 04 lần (ngày …, ngày …)")
_EVENT_UNITS = frozenset({"lần", "đợt", "cuộc", "buổi", "kỳ họp", "phiên", "lớp", "hội nghị"})
#: counted documents followed by their citations ("ban hành 03 kế hoạch (Kế hoạch số …)")
_DOC_UNITS = {"kế hoạch": "kế hoạch", "quyết định": "quyết định", "văn bản": "", "báo cáo": "báo cáo",
              "công văn": "công văn", "nghị quyết": "nghị quyết", "thông báo": "thông báo",
              "hướng dẫn": "hướng dẫn", "chỉ thị": "chỉ thị"}


def _events(facts: Facts, doc, i: int, q):
    """The dates (for occasions) or citations (for documents) listed right after a count: in brackets after
    it, or after a colon in the same sentence, or on the list lines after a closing colon."""

    text = facts.text
    k = facts.line_index(q.start)
    _ls, le = facts.line_bounds(k)
    j = q.end
    while j < le and j - q.end < 100 and (text[j] in " \t," or text[j].isalpha()):
        j += 1  # "03 lớp tập huấn nghiệp vụ cho lực lượng … (ngày …; ngày …)": a few words before the bracket
    lines = False
    if text[j:j + 1] == "(":
        close = text.find(")", j, min(le, j + 600))
        if close < 0:
            return None
        lo, hi = j + 1, close
    elif q.unit in _EVENT_UNITS and text[max(q.end, j - 12):j].lower().rstrip().endswith("các ngày"):
        # "tổ chức 04 cuộc kiểm tra tại các thôn vào các ngày 15/4/2024, 12/7/2024 và 18/10/2024."
        e = text.find(". ", j, min(le, j + 300))
        lo, hi = j, min(le, j + 300) if e < 0 else e
    else:
        colon = text.find(":", q.end, min(le, q.end + 40))
        if colon < 0:
            return None
        between = text[q.end:colon]
        if any(ch.isdigit() for ch in between) or "." in between:
            return None
        lo = colon + 1
        if not text[lo:le].strip():
            hi = _list_end(facts, k)  # "ban hành 03 kế hoạch:" then one per line
            lines = True
        else:
            e = text.find(". ", lo, min(le, lo + 600))
            hi = min(le, lo + 600) if e < 0 else e
    if q.unit in _EVENT_UNITS:
        # an occasion is dated by a day or by the days it ran ("đợt 1 từ ngày 01/02 đến ngày 29/02/2024")
        items = [d for d in doc.dates if lo <= d.start < hi and d.kind in ("date", "range") and not d.in_citation]
    else:
        want = _DOC_UNITS[q.unit]
        items = [c for c in doc.citations if lo <= c.start < hi
                 and (not want or (c.doc_type or "").lower().startswith(want))]
        if want and len(items) != len([c for c in doc.citations if lo <= c.start < hi]):
            return None  # documents of other kinds among them: the count is of some of them
    if len(items) < 2 or not (_one_per_line(facts, lo, hi, items) if lines else _one_each(text, lo, hi, items)):
        return None
    return Relation("events", q.start, q.end, q.text, q.value, _figure(text, q),
                    [Part(x.start, x.end, 1, "mục được đếm", None, x.text) for x in items])


def _one_each(text: str, lo: int, hi: int, items) -> bool:
    """Every item of text[lo:hi] (split at ",", ";", "và" and line breaks, outside the items themselves) holds one
    of ``items``: "(ngày 10/3/2024, ngày 15/6/2024 và 20/9)" lists three occasions, two of them dated in full."""
    cuts = []
    spans = sorted((x.start, x.end) for x in items)
    pos = lo
    for a, b in spans:
        cuts.append(text[pos:a])
        pos = b
    cuts.append(text[pos:hi])
    # between two items exactly one separator; before the first and after the last no other item
    for gap in cuts[1:-1]:
        if "\n" in gap:
            if any(ch.isalnum() for ch in gap):
                return False  # ";⏎- " between two lines of a list; a word there is an item of its own
            continue
        g = gap.lower()
        if sum(g.count(c) for c in ",;") + g.split().count("và") != 1:
            return False
    tail = cuts[-1].lower()
    k = sum(tail.count(c) for c in ",;") + tail.split().count("và")
    return k == 0 or not any(ch.isdigit() for ch in tail)


#: what opens the whole list of the things counted ("… 03 trường … là Trường A, Trường B và Trường C"); "trong
#: đó", "như", "tiêu biểu" name only some of them
_NAMING_RE = regex.compile(r"(?<![\p{L}])(?:là|gồm(?:[ \t]+có)?|bao[ \t]+gồm|cụ[ \t]+thể(?:[ \t]+là)?)(?![\p{L}])[ \t]*:?|:",
                           regex.I)
_ITEM_SEP_RE = regex.compile(r"[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)")
#: how far after the count the list may open
_NAMING_REACH = 90


def _named_items(facts: Facts, doc, i: int, q):
    """"Ra mắt 03 mô hình tự quản: mô hình “A” tại thôn 1 và mô hình “B” tại thôn 4": after a count, in the same
    sentence, ":" or "là" / "gồm" opens a list whose every item (split at ",", ";", "và" outside quotes and
    brackets) starts with the counted noun and holds no figure of its own — the items are the things counted."""

    text = facts.text
    w = text[q.end:q.end + _NAMING_REACH + 40].lower()
    noun = q.unit.lower()
    if noun not in w or ":" not in w and "là" not in w and "gồm" not in w and "cụ thể" not in w:
        return None  # (a look with str.find first: most counts open no list naming them)
    _ls, le = facts.line_bounds(facts.line_index(q.start))
    m = _NAMING_RE.search(text, q.end, min(le, q.end + _NAMING_REACH))
    if m is None or any(ch.isdigit() or ch in ".;()\"“”" for ch in text[q.end:m.start()]):
        return None
    lo = m.end()
    e = text.find(". ", lo, min(le, lo + 400))
    hi = (min(le, lo + 400) if e < 0 else e)
    body = text[lo:hi].rstrip(" \t.;")
    if not body or any(lo <= x.start < lo + len(body) for x in doc.quantities[i + 1:i + 40]):
        return None
    items: list[tuple[int, int]] = []
    depth = 0
    start = 0
    k = 0
    while k < len(body):
        ch = body[k]
        if ch in "(“":
            depth += 1
        elif ch in ")”" and depth:
            depth -= 1
        elif depth == 0:
            sm = _ITEM_SEP_RE.match(body, k)
            if sm and sm.end() > k:
                items.append((start, k))
                start = k = sm.end()
                continue
        k += 1
    items.append((start, len(body)))
    if len(items) < 2 or depth:
        return None
    parts = []
    for a, b in items:
        raw = body[a:b]
        a += len(raw) - len(raw.lstrip())
        w = body[a:b].rstrip()
        # the noun, then a name: "mô hình “Camera an ninh”", "Trường Mầm non Hoa Sen" (not "hộ nghèo": a kind)
        name = w[len(noun) + 1:len(noun) + 2]
        if not w.lower().startswith(noun + " ") or not (name.isupper() or name in "“\"") or not name:
            return None
        parts.append(Part(lo + a, lo + a + len(w), 1, "mục được đếm", None, w))
    return Relation("events", q.start, q.end, q.text, q.value, _figure(text, q), parts)


def _one_per_line(facts: Facts, lo: int, hi: int, items) -> bool:
    """Every list line of text[lo:hi] holds exactly one of ``items`` ("- Kế hoạch số 21/KH-UBND ngày … về …;")."""
    k = facts.line_index(lo) if lo < len(facts.text) else len(facts.line_starts) - 1
    pos = sorted(x.start for x in items)
    j = 0
    seen = 0
    while k < len(facts.line_starts):
        a, e = facts.line_bounds(k)
        if a >= hi:
            break
        if a >= lo and facts.text[a:e].strip():
            n = 0
            while j < len(pos) and pos[j] < e:
                n += pos[j] >= a
                j += 1
            if n != 1:
                return False
            seen += 1
        k += 1
    return seen == len(items)


def _list_end(facts: Facts, k: int) -> int:
    """End of the bulleted lines right after line ``k``."""
    n = len(facts.line_starts)
    kk = k + 1
    end = facts.line_bounds(k)[1]
    while kk < n and kk - k <= 40:
        a, e = facts.line_bounds(kk)
        t = facts.text[a:e].strip()
        if not t.startswith(("-", "+", "•", "–")):
            break
        end = e
        kk += 1
    return end


_WHOLE_AFTER = ("tổng số", "tổng", "số", "dân số", "toàn")


def _share(facts: Facts, doc, qs, role, i: int, p):
    """A share stated right after its part ("45 hộ nghèo, chiếm 3,6% tổng số hộ") whose whole is the one total of
    the same noun in the same section ("Toàn xã có 1.250 hộ")."""

    text = facts.text
    q = qs[i - 1]
    if p.start - q.end > 16:
        return None  # "45 hộ nghèo, chiếm 3,6%": the share right after its part
    gap = " ".join(text[q.end:p.start].lower().replace(",", " ").split())
    if gap not in ("chiếm", "bằng") or q.percent or q.of is not None or not q.unit or (
            role.get(i - 1) and role[i - 1].role not in ("count", "part", "total")):
        return None
    after = " ".join(text[p.end:p.end + 40].lower().split())
    if not after.startswith(_WHOLE_AFTER) or gap == "bằng" and not after.startswith("tổng"):
        return None
    head = q.unit.split()[0] if q.unit.split()[0] in _HEAD_UNITS else q.unit
    lo, hi = _section_bounds(facts, p.start)
    wholes = {qs[k].value: k for k, n in role.items() if n.role == "total" and lo <= qs[k].start < hi
              and qs[k].unit == head and qs[k].value > q.value and not qs[k].percent and qs[k].of is None}
    if len(wholes) != 1:
        wholes = _named_wholes(facts, qs, i - 1, head, after)
    if len(wholes) != 1:
        return None
    k = next(iter(wholes.values()))
    w = qs[k]
    return Relation("share", p.start, p.end, p.text, p.value, _figure(text, p),
                    [_part(text, q, "phần"), Part(w.start, w.end, w.value, "tổng", None, _figure(text, w), w.unit)])


#: how far back (characters) a whole named after a share is looked for ("… chiếm 61,1% dân số")
_WHOLE_REACH = 4000


def _named_wholes(facts: Facts, qs, j: int, unit: str, after: str) -> dict:
    """value -> index of the figures before quantity ``j`` that the words after a share name as its whole:
    "chiếm 61,1% dân số" and "dân số toàn xã 18.642 người", "bằng 80% tổng số đại biểu" and "Tổng số đại biểu
    Hội đồng nhân dân xã: 25 đại biểu" — a figure of the part's noun whose own words (on its line, back to a
    full stop or ";") hold the whole's name."""
    name = after
    for ch in ".;,:()\n":
        name = name.split(ch, 1)[0]
    words = name.split()[:6]
    if not words or words[0] not in ("dân", "tổng"):
        return {}
    name = " ".join(words[:2] if words[:2] == ["dân", "số"] else words)
    if name in ("tổng", "tổng số", "tổng cộng"):
        return {}
    # "chiếm 64,82% tổng số lượt khen thưởng" and "huyện đã khen thưởng … 998 lượt": the whole's noun, then what
    # it counts, said before the figure of that noun
    noun = unit.lower()
    tail = ""
    if name.startswith("tổng số " + noun + " "):
        tail = name[len("tổng số " + noun) + 1:]
    text = facts.text
    part = qs[j]
    out: dict = {}
    k = j - 1
    while k >= 0 and part.start - qs[k].start <= _WHOLE_REACH:
        x = qs[k]
        k -= 1
        if x.unit != unit or x.percent or x.of is not None or x.value <= part.value:
            continue
        ls = facts.line_starts[facts.line_index(x.start)]
        before = text[max(ls, x.start - 80):x.start].lower()
        before = before[max(before.rfind("."), before.rfind(";")) + 1:]
        said = " " + " ".join(before.replace(":", " ").replace(",", " ").split()) + " "
        if (" " + name + " ") in said or tail and (" " + tail + " ") in said:
            out.setdefault(x.value, k + 1)
    return out


#: the head noun of a counted unit ("hộ nghèo" is counted among "hộ")
_HEAD_UNITS = frozenset({"hộ", "người", "lao động", "học sinh", "trẻ", "xã", "thôn", "hồ sơ", "đảng viên"})


def _section_bounds(facts: Facts, pos: int) -> tuple[int, int]:
    """(start, end) of the deepest section holding ``pos`` (the whole text when none does): the sections are
    nested, so the last one starting at or before ``pos`` that still holds it is the deepest."""
    spans = _leaf_spans(facts)
    k = bisect_right(spans[0], pos) - 1
    while k >= 0:
        s, e = spans[1][k]
        if s <= pos < e:
            return s, e
        k -= 1
        if pos - s > 200_000:
            break  # bounded: no walk back over the whole document
    return 0, len(facts.text)


def _leaf_spans(facts: Facts) -> tuple[list[int], list[tuple[int, int]]]:
    """Section (start, end) spans in order of their starts, built once per document."""
    cached = getattr(facts, "_figures_sections", None)
    if cached is None:
        spans = sorted((s.start, s.end) for s in facts.document.iter_sections())
        cached = ([a for a, _ in spans], spans)
        facts._figures_sections = cached  # type: ignore[attr-defined]
    return cached
