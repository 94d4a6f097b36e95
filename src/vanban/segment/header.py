"""The header block (thể thức): NĐ 30/2020 Điều 8 ô số 1–5, and the Party form of HD 36/HD 05.

Works on interleaved lines (two-column tables extracted cell by cell or row by row), joined lines, blank
numbers and dates, and the VBQPPL and Party number forms.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, cast

import regex

from .. import lexicon
from ..model import Header, Period, Span
from ..util import check_date, is_upper_line
from .lines import Context, Line

_I = regex.IGNORECASE | regex.VERSION1 ^ regex.VERSION1  # plain flags

NATIONAL_RE = regex.compile(
    r"C[OÔỘ]NG\s+H[OÒ]A\s+X[AÃ]\s+H[OỘ]I\s+CH[UỦŨ]\s+NGH[IĨ]A\s+VI[EỆ]T\s+NAM", regex.IGNORECASE
)
# Tolerant form, to find misspelled national titles: any line with both CỘNG and NAM-ish words
NATIONAL_LOOSE_RE = regex.compile(r"(?:C\w{1,3}NG\s+H\w{1,2}A|X\w\s+H\w{1,3}I\s+CH\w{1,2}\s+NGH\w{1,2}A)", regex.IGNORECASE)
MOTTO_RE = regex.compile(r"Đ\w{0,3}c\s+l\w{1,3}p\s*-\s*T\w{1,2}\s+do\s*-\s*H\w{1,3}nh\s+ph\w{1,3}c", regex.IGNORECASE)
MOTTO_EXACT_RE = regex.compile(r"Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc")
PARTY_RE = regex.compile(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", regex.IGNORECASE)

NUMBER_RE = regex.compile(
    r"""(?:^|(?<=\n)|(?<=[-_]{3}))[ \t]*     # at a line start, or after the rule under the issuing body
                                              # ("CHÍNH PHỦ_____ Số: 170/2025/NĐ-CP": a header flattened to a line)
    (?P<label>(?:Luật|Bộ\s+luật|Nghị\s+quyết|Pháp\s+lệnh|Lệnh|Nghị\s+định|Quyết\s+định|Thông\s+tư)\s+(?:số|Số|SỐ)(?=[ \t]*:)
      |Số|SỐ|số
      |(?:Sô|SÔ)(?=[ \t]*:))                  # misspelled ("Sô:"): still the number line (VB504 says so)
    [ \t]*(?P<colon>:)?[ \t]*(?:\n[ \t]*)?
    (?P<num>\d{1,6})?[ \t.…_]*
    (?:\n[ \t]*){0,2}
    (?P<sep>[/-])[ \t]*
    (?P<rest>(?:\d{4}[ \t]*/[ \t]*)?[^\W\d_][\w&]*(?:[ \t]*[/-][ \t]*[\w&]+){0,5})
    """,
    regex.VERBOSE,
)

# Every repetition is bounded and possessive, and no two adjacent ones can share a character: a line of
# thousands of blanks after "ngày" made the three blank runs around the day backtrack into each other
# ("Hà Nội, ngày" + 12 000 spaces took 3.8 s), and a match could start at every blank of a run.
DATELINE_RE = regex.compile(
    r"""(?:^|(?<=[\n \t]))
    (?P<place>(?:(?<![^\n])\p{Lu}\p{Ll}{0,20}+[ \t]{0,20}+\n[ \t]{0,20}+(?=\p{Lu}[^\n,]{0,30},[ \t]{0,20}+(?i:ngày)))?
              \p{Lu}[\p{Ll}.][\p{L} .'-]{0,40}?(?:[ \t]\d{1,3})?)[ \t]{0,20}+,[ \t]{0,20}+
    (?i:ngày)[ \t\n]{0,20}+(?P<d>\d{1,2}|[.…_][ \t.…_]{0,80}+|)[ \t\n]{0,20}+
    (?i:tháng)[ \t\n]{0,20}+(?P<m>\d{1,2}|[.…_][ \t.…_]{0,80}+|)[ \t\n]{0,20}+
    (?i:năm)[ \t\n]{0,20}+(?P<y>\d{4})""",
    regex.VERBOSE,
)

DATE_ONLY_RE = regex.compile(
    r"""(?:^|(?<=\n))[ \t*]{0,20}+(?P<pre>(?:\p{Lu}\p{Ll}{0,20}+[ \t]{1,20}+){0,4}?)
    (?P<ngay>(?i:ngày))[ \t]{0,20}+(?P<d>\d{1,2}|[.…_][ \t.…_]{0,80}+|)[ \t]{0,20}+
    (?i:tháng)[ \t]{0,20}+(?P<m>\d{1,2}|[.…_][ \t.…_]{0,80}+|)[ \t]{0,20}+(?i:năm)[ \t]{0,20}+(?P<y>\d{4})
    [ \t*]{0,20}+(?=\n|$)""",
    regex.VERBOSE,
)

BODY_START_RE = regex.compile(
    r"^(?:Căn\s+cứ|Thực\s+hiện|Kính\s+gửi|Kính\s+trình|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị|Theo\s+chỉ\s+đạo|Nhằm|Để\s|Ngày\s+\d|Hôm\s+nay|Trong\s+(?:năm|thời)|Phần\s+(?:thứ|[IVX\d])|PHẦN\s|Chương\s|CHƯƠNG\s|Điều\s+\d|[IVX]{1,5}\s*[.-]\s|\d{1,2}\.\s|(?:\d{1,2}|[IVX]{1,5})[.)]$)",
)
RULE_LINE_RE = regex.compile(r"^[-_=*.~ ]{3,}$|^\*$")
VV_RE = regex.compile(r"^(?:V/v|V/V|v/v|Về\s+việc)\s*:?\s*(?P<rest>.*)$")
_VE_VIEC_RE = regex.compile(r"^về\s+việc\s+(?P<rest>\S.*)$")
PLACE_WORDS_RE = regex.compile(
    r"\b(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|THÀNH\s+PHỐ|QUẬN|THỊ\s+XÃ|THỊ\s+TRẤN|ĐẶC\s+KHU|TRUNG\s+ƯƠNG|TP\.?)\s+\S|TRUNG\s+ƯƠNG$")
# "QH15", and "QH" with its term number left out ("202/2025/QH"): the body, not a type
_QH_RE = regex.compile(r"(?:QH|UBTVQH)\d{0,2}")
_YEAR_GROUP_RE = regex.compile(r"(\d{4})/(.+)$")
SYMBOL_SPLIT_RE = regex.compile(r"[ \t]*([/-])[ \t]*")


_WRAP_RE = regex.compile(r"[ \t]*\n[ \t]*")
_GLUED_RE = regex.compile(r"(\d{4,5})(?=\p{Lu})")


def join_symbol(s: str) -> str:
    """Drop spaces and tabs around the slashes and hyphens of a symbol (no template compile per call)."""
    return SYMBOL_SPLIT_RE.sub(_group1, s) if (" " in s or "\t" in s) else s


def _group1(m) -> str:
    return m.group(1)

PERIOD_RES = [
    ("multi_year", regex.compile(r"(?:giai\s+đoạn|thời\s+kỳ)\s+(?P<y>\d{4})\s*-\s*(?P<y2>\d{4})", regex.I)),
    ("term", regex.compile(r"nhiệm\s+kỳ\s+(?P<y>\d{4})\s*-\s*(?P<y2>\d{4})", regex.I)),
    ("school_year", regex.compile(r"năm\s+học\s+(?P<y>\d{4})\s*-\s*(?P<y2>\d{4})", regex.I)),
    ("quarter", regex.compile(r"quý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:năm\s+|/\s*)(?P<y>\d{4})", regex.I)),
    ("half_year", regex.compile(r"(?P<n>06|6|sáu)\s+tháng\s+(?:(?P<h>đầu|cuối)\s+)?năm\s+(?P<y>\d{4})", regex.I)),
    ("months", regex.compile(r"(?P<n>0?9|chín|0?3|ba)\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>\d{4})", regex.I)),
    ("month", regex.compile(r"tháng\s+(?P<mo>\d{1,2})\s*(?:năm\s+|/\s*)(?P<y>\d{4})", regex.I)),
    ("year", regex.compile(r"năm\s+(?P<y>(?:19|20)\d{2})(?!\s*-\s*\d{4})", regex.I)),
]
_FIRST_HALF_RE = regex.compile(r"(?:06|6|sáu)\s+tháng\s+đầu\s+năm", regex.I)
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def find_period(text: str, base: int, ctx: Context) -> Period | None:
    """The first period expression in ``text`` (which starts at normalized offset ``base``)."""
    best = None
    for kind, rx in PERIOD_RES:
        m = rx.search(text)
        while m and kind == "year" and regex.search(r"(?:đến|tới|trước)\s+$", text[max(0, m.start() - 8):m.start()], regex.I):
            m = rx.search(text, m.end())
        if m and kind == "half_year" and (m.group("h") or "").lower() == "cuối" and _FIRST_HALF_RE.search(text, 0, m.start()):
            m = None  # "sơ kết 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2025": the report is on the first half
        if m and kind in ("multi_year", "term"):
            best = (kind, m)
            break
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if not best:
        return None
    kind, m = best
    gd = m.groupdict()
    y = int(gd["y"])
    p = Period(kind=cast(Any, kind), year=y, **ctx.span(base + m.start(), base + m.end()))  # a kind of PERIOD_RES
    if gd.get("y2"):
        p.end_year = int(gd["y2"])
    if gd.get("q"):
        p.quarter = _QUARTERS[gd["q"].upper()]
    if gd.get("n"):
        p.months = 6 if kind == "half_year" else (9 if gd["n"] in ("09", "9", "chín") else 3)
    if kind == "half_year":
        p.half = 2 if (gd.get("h") or "").lower() == "cuối" else 1  # "6 tháng năm 2024" is the first half
    if gd.get("mo"):
        p.month = int(gd["mo"])
    return p


_SO_ALONE_RE = regex.compile(r"(?:^|(?<=\n))[ \t]*(?P<label>Số|SỐ)[ \t]*:?[ \t]*(?P<num>\d{1,6})?[ \t]*(?=\n)")
_SYMBOL_LINE_RE = regex.compile(
    r"(?<=\n)[ \t]*(?P<sep>/)[ \t]*(?P<rest>(?:\d{4}[ \t]*/[ \t]*)?[^\W\d_][\w&]*(?:[ \t]*[/-][ \t]*[\w&]+){0,5})")


class _SplitNumber:
    """A match-like object for "Số: 95" and "/TTr-HĐTĐ" standing a few lines apart (PDF columns interleaved)."""

    def __init__(self, so, sym):
        self._so, self._sym = so, sym

    def group(self, name):
        return (self._so if name in ("label", "num") else self._sym).group(name)

    def start(self, name=None):
        return self._so.start("label")

    def end(self, name=None):
        return self._sym.end()


def _split_number(ctx: Context, a: int, b: int):
    so = _SO_ALONE_RE.search(ctx.text, a, b)
    if not so:
        return None
    ln = ctx.line_of_norm(so.start("label"))
    stop = ctx.lines[min(len(ctx.lines) - 1, ln.i + 8)].end  # the Quốc hiệu block may stand between (0046)
    sym = _SYMBOL_LINE_RE.search(ctx.text, so.end(), min(b, stop))
    return _SplitNumber(so, sym) if sym else None


def parse_symbol(sep: str, rest: str) -> dict:
    """Split what follows the number into year, symbol, type code and issuer code.

    ``sep`` is the separator after the number ("/" state and legal, "-" Party). Returns a dict with
    ``year``, ``symbol``, ``type_code``, ``issuer_code``, ``system`` and ``problems``.
    """
    problems: list[str] = []
    if "\n" in rest:  # a symbol wrapped at its hyphen by the layout ("QĐ-\nUBND"): a line break is not a space
        rest = _WRAP_RE.sub("", rest)
    raw = rest
    rest = join_symbol(rest.strip())
    if rest != raw.strip():
        problems.append("spaces inside the symbol")
    year = None
    system = "state"
    codes_all = lexicon.all_type_codes()
    if sep == "/":
        m = _YEAR_GROUP_RE.match(rest)
        if m:
            year = int(m.group(1))
            rest = m.group(2)
            system = "legal"
        gm = _GLUED_RE.match(rest)
        if gm:  # "18/20202QĐ-UBND": the year group typed with a digit for its "/" ("2020" + "2")
            problems.append("digits glued to the symbol")
            digits = gm.group(1)
            if year is None and len(digits) == 5 and 1945 <= int(digits[:4]) <= 2100:
                year, rest, system = int(digits[:4]), rest[len(digits):], "legal"  # read as intended
            else:
                return {"year": year, "symbol": rest, "type_code": None, "issuer_code": None, "system": system,
                        "problems": problems}
        parts = rest.split("-")
        head = parts[0]
        if "/" in head:  # Party form written with a slash first: 02/KH/ĐU? keep as is
            problems.append("unexpected slash inside the symbol")
        type_code = None
        issuer_code = None
        if system == "legal":
            if _QH_RE.fullmatch(head):
                type_code = None  # "06/2022/QH15": the symbol names the body and term, not the type
                issuer_code = head
            else:
                type_code = head
                issuer_code = "-".join(parts[1:]) if len(parts) > 1 else None
        elif head in codes_all and len(parts) > 1:
            type_code = head
            issuer_code = "-".join(parts[1:])
        else:
            issuer_code = head  # công văn: BODY-UNIT
        return {"year": year, "symbol": rest, "type_code": type_code, "issuer_code": issuer_code,
                "system": system, "problems": problems}
    # Party: NN-TYPE/BODY
    system = "party"
    if "/" in rest:
        type_code, _, body = rest.partition("/")
        issuer_code = body.split("-")[0] if body else None
    else:
        type_code, issuer_code = rest, None
        problems.append("no issuing body after the type code")
    return {"year": None, "symbol": rest, "type_code": type_code, "issuer_code": issuer_code,
            "system": system, "problems": problems}


_KINH_GUI_RE = regex.compile(r"^Kính\s+gửi\s*:?\s*(?P<rest>.*)$", regex.I)
_ADDRESSEE_ITEM_RE = regex.compile(r"^[-+•]\s*(?P<item>\S.*)$")
_ADDRESSEE_TRIM = " \t.;,:"


def _addressees(ctx: Context, start: int) -> list[Span]:
    """The "Kính gửi" block right after the header: one span per addressee ("Kính gửi: Chủ tịch UBND huyện";
    "Kính gửi:" followed by "- Các phòng, ban…;" lines). The block stays part of the body."""
    lines = ctx.lines
    m = None
    k = start
    while k < len(lines) and k < start + 6:  # a few short lines (a trích yếu the header left) may come first
        t = lines[k].text
        m = _KINH_GUI_RE.match(t) if t else None
        if m or len(t) > 150:
            break
        k += 1
    if m is None:
        return []
    out: list[Span] = []

    def add(ln, s_in_line: int, text: str) -> None:
        t = text.rstrip(_ADDRESSEE_TRIM)
        if t:
            s = ln.s + s_in_line
            out.append(ctx.make_span(s, s + len(t)))

    first = lines[k]
    if m.group("rest").strip(_ADDRESSEE_TRIM):
        add(first, m.start("rest"), m.group("rest"))
    j = k + 1
    while j < len(lines) and j <= k + 15:
        t = lines[j].text
        if not t:
            if j + 1 < len(lines) and _ADDRESSEE_ITEM_RE.match(lines[j + 1].text or " "):
                j += 1  # a blank line between "Kính gửi:" and its items, or between items
                continue
            break
        im = _ADDRESSEE_ITEM_RE.match(t)
        if im is None:
            if t and not out and len(t) <= 150 and not t.endswith(":"):  # "Kính gửi:" then the addressee alone
                add(lines[j], 0, t)
                j += 1
                continue
            break
        add(lines[j], im.start("item"), im.group("item"))
        j += 1
    return out


#: type names a Party office writes with what the notice is of ("THÔNG BÁO KẾT LUẬN" of a leader's working visit)
_COMPOUND_TITLES = {"THÔNG BÁO KẾT LUẬN": "THÔNG BÁO"}


def _title_of(line: str) -> str | None:
    t = line.strip().strip(":").strip()
    if not is_upper_line(t, 0.99):
        return None
    t = " ".join(t.upper().split())
    return lexicon.titles_to_type().get(_COMPOUND_TITLES.get(t, t))


_PROBE_CHARS = 30_000
_ZONE_CHARS = 12_000


def _title_line(ctx: Context, m, max_len: int = 0) -> bool:
    """The match stands as a title: at the start of its line, or on a line in capitals (a two-column layout may
    put the issuing body before it on the same line). ``max_len``: the line may be no longer (0: any length)."""
    ln = ctx.line_of_norm(m.start())
    if max_len and len(ln.text) > max_len:
        return False
    return m.start() - ln.s <= 2 or is_upper_line(ln.text)


class _Zone:
    """Where the header is looked for: lines [first, limit) and the character ranges of the header zone."""

    __slots__ = ("first", "limit", "start", "end", "wide_end")

    def __init__(self, first: int, limit: int, start: int, end: int, wide_end: int):
        self.first, self.limit, self.start, self.end, self.wide_end = first, limit, start, end, wide_end


def parse_header(ctx: Context) -> tuple[Header, int]:
    """Parse the header; return it and the index of the first body line.

    Steps: find the header zone; the national title, motto and Party title; the number line; the dateline;
    the type name (title) and the subject; the type from the codes; the issuing body; the addressees (Kính
    gửi); the period reported on."""
    lines = ctx.lines
    h = Header()
    n = len(lines)
    zone = _header_zone(ctx)
    reserved = _titles(ctx, h, zone)
    num_line_idx, label, label_at = _number_line(ctx, h, zone)
    if num_line_idx is not None and label_at > ctx.lines[num_line_idx].s:
        # "CHÍNH PHỦ_____ Số: 170/2025/NĐ-CP": the issuing body stands before the number on its line
        reserved.append((label_at, ctx.lines[num_line_idx].e))
    _dateline(ctx, h, zone, reserved)
    title_idx, subj_lines = _title_and_subject(ctx, h, zone, num_line_idx)
    last_header_idx = max(
        [i for i in (num_line_idx, title_idx) if i is not None]
        + [ctx.line_of_norm(r[1] - 1).i for r in reserved]
        + [subj_lines[-1].i if subj_lines else -1]
    )
    _type_from_codes(h, label)
    stop = (num_line_idx + (label_at > ctx.lines[num_line_idx].s) if num_line_idx is not None
            else title_idx if title_idx is not None else zone.limit)
    _issuing_body(ctx, h, zone.first, stop, reserved)
    body_idx = last_header_idx + 1
    h.recipients_to = _addressees(ctx, body_idx)
    _period(ctx, h, subj_lines)
    h.end = ctx.norm.to_orig(lines[body_idx].start) if body_idx < n else len(ctx.original)
    return h, body_idx


def _header_zone(ctx: Context) -> _Zone:
    """The header zone: from the national title (web-page chrome before it skipped) to the first body line."""
    lines = ctx.lines
    n = len(lines)
    first = 0
    # (character caps too: a header is never megabytes long, even when a converter joined everything into one line)
    probe_end = min(lines[min(n, 150) - 1].end, _PROBE_CHARS) if n else 0
    pm0 = NATIONAL_RE.search(ctx.text, 0, probe_end) or PARTY_RE.search(ctx.text, 0, probe_end)
    if pm0 is not None:
        k = ctx.line_of_norm(pm0.start()).i
        if k > 20:
            first = k - 10
    limit = min(n, first + 80)
    seen_nonempty = 0
    for ln in lines[first:limit]:
        if not ln.text:
            continue
        seen_nonempty += 1
        if seen_nonempty > 1 and BODY_START_RE.match(ln.text) and not _title_of(ln.text):
            limit = ln.i
            break
    start = lines[first].start if n else 0
    end = min(lines[limit - 1].end, start + _ZONE_CHARS) if limit > 0 else 0
    # the national title and motto may sit after a "Kính gửi" block in PDF column order
    wide_end = min(lines[min(n, max(limit, first + 40)) - 1].end, start + _ZONE_CHARS) if n else 0
    return _Zone(first, limit, start, end, wide_end)


def _titles(ctx: Context, h: Header, zone: _Zone) -> list[tuple[int, int]]:
    """The national title, motto and Party title; returns the character ranges they take."""
    m = next((x for x in NATIONAL_RE.finditer(ctx.text, zone.start, zone.wide_end) if _title_line(ctx, x)), None)
    if m:
        h.national_title = ctx.make_span(m.start(), m.end())
    else:
        # a misspelled Quốc hiệu is a short line of its own, in capitals or starting with it ("CỘNG HOÀ XÃ HỘI CHỦ
        # NGHĨA VỆT NAM"); "… dân công hỏa tuyến …" or "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam" in a
        # sentence or a trích yếu is no title
        for m2 in NATIONAL_LOOSE_RE.finditer(ctx.text, zone.start, zone.wide_end):
            if _title_line(ctx, m2, 60):
                ln = ctx.line_of_norm(m2.start())
                h.national_title = ctx.make_span(ln.s, ln.e)
                break
    mm = MOTTO_RE.search(ctx.text, zone.start, zone.wide_end)
    if mm:
        h.motto = ctx.make_span(mm.start(), mm.end())
    pm = PARTY_RE.search(ctx.text, zone.start, zone.end)
    if pm:
        h.party_title = ctx.make_span(pm.start(), pm.end())
        h.system = "party"
    h.national_title_present = h.national_title is not None and h.motto is not None
    return [(mt.start(), mt.end()) for mt in (m, mm, pm) if mt]


def _number_line(ctx: Context, h: Header, zone: _Zone) -> tuple[int | None, str | None, int]:
    """The number line ("Số: 12/BC-UBND"); returns its line index, its label ("Số", "Luật số" …) and where the
    label starts (normalized)."""
    nm = NUMBER_RE.search(ctx.text, zone.start, zone.end) or _split_number(ctx, zone.start, zone.end)
    if not nm:
        return None, None, -1
    h.number_line = ctx.make_span(nm.start("label"), nm.end())
    h.number = nm.group("num")
    info = parse_symbol(nm.group("sep"), nm.group("rest"))
    h.symbol = info["symbol"]
    h.year = info["year"]
    h.type_code = info["type_code"]
    h.issuer_code = info["issuer_code"]
    if info["system"] == "party" or (h.system == "party" and nm.group("sep") == "-"):
        h.system = "party"
    elif info["system"] == "legal":
        h.system = "legal"
    return ctx.line_of_norm(nm.start("label")).i, nm.group("label"), nm.start("label")


def _read_date(h: Header, d: str, mo: str, y: int) -> None:
    if d.isdecimal() and mo.isdecimal():
        iso, why = check_date(int(d), int(mo), y)
        h.date = dt.date.fromisoformat(iso) if iso else None
        h.date_valid = iso is not None
        if why:
            h.date_problems.append(why)


def _dateline(ctx: Context, h: Header, zone: _Zone, reserved: list[tuple[int, int]]) -> None:
    """The place and date line; a date line without a place or without the comma after it is read too."""
    dm = DATELINE_RE.search(ctx.text, zone.start, zone.end)
    if dm:
        h.dateline = ctx.make_span(dm.start("place"), dm.end())
        h.place = " ".join(dm.group("place").split())
        h.date_text = h.dateline.text
        d, mo = dm.group("d").strip(), dm.group("m").strip()
        if d.isdecimal() and mo.isdecimal():
            _read_date(h, d, mo, int(dm.group("y")))
        else:
            h.date_valid = None
            h.date_problems.append("blank day or month")
        reserved.append((dm.start(), dm.end()))
        return
    if _wrapped_dateline(ctx, h, zone, reserved):
        return
    # a date line without a place, or without the comma after the place ("Hà Nội ngày 05 tháng …")
    dm2 = DATE_ONLY_RE.search(ctx.text, zone.start, zone.end)
    if dm2:
        pre = dm2.group("pre").strip(" ,*")
        h.dateline = ctx.make_span(dm2.start("pre") if pre else dm2.start("ngay"), dm2.end())
        h.place = pre or None
        h.date_text = h.dateline.text
        h.date_problems.append("no place name" if not pre else "no comma after the place name")
        _read_date(h, dm2.group("d").strip(), dm2.group("m").strip(), int(dm2.group("y")))
        reserved.append((dm2.start(), dm2.end()))


#: a place alone on its line, with its comma: "Hà Nội," (the date wrapped onto the next lines)
_PLACE_LINE_RE = regex.compile(r"\p{Lu}[\p{Ll}.][\p{L} .'-]{0,40}?[ \t]*,")
#: the date of a wrapped dateline, read on its lines joined by one space: "ngày" / "02 tháng 12 năm 2025"
_WRAPPED_DATE_RE = regex.compile(
    r"(?i:ngày)[ ]?(?P<d>\d{1,2}|[.…_]+)[ ]?(?i:tháng)[ ]?(?P<m>\d{1,2}|[.…_]+)[ ]?(?i:năm)[ ]?(?P<y>\d{4})")


def _wrapped_dateline(ctx: Context, h: Header, zone: _Zone, reserved: list[tuple[int, int]]) -> bool:
    """A dateline broken after the place's comma by a converter ("*Hà Nội,*" / "ngày 25 tháng 11 năm 2025", or
    over three lines "Hà Nội," / "ngày" / "02 tháng 12 năm 2025"): the place is the line's, the date the lines
    below it. Returns whether one was found."""
    lines = ctx.lines
    for ln in lines[zone.first:zone.limit]:
        if not (ln.text.endswith(",") and len(ln.text) <= 45 and _PLACE_LINE_RE.fullmatch(ln.text)):
            continue
        nxt = [x for x in lines[ln.i + 1:ln.i + 4] if x.text][:3]
        if not nxt or not nxt[0].text.lower().startswith("ngày"):
            continue
        joined, ends = "", []
        for x in nxt:
            joined = (joined + " " + x.text).strip()
            ends.append((len(joined), x))
        m = _WRAPPED_DATE_RE.match(joined)
        if not m:
            continue
        last = next(x for n, x in ends if n >= m.end())
        end = last.s + len(last.text) - (next(n for n, x in ends if x is last) - m.end())
        h.dateline = ctx.make_span(ln.s, end)
        h.place = ln.text[:-1].strip()
        h.date_text = h.dateline.text
        d, mo = m.group("d"), m.group("m")
        if d.isdecimal() and mo.isdecimal():
            _read_date(h, d, mo, int(m.group("y")))
        else:
            h.date_valid = None
            h.date_problems.append("blank day or month")
        reserved.append((ln.s, end))
        return True
    return False


def _title_and_subject(ctx: Context, h: Header, zone: _Zone, num_line_idx: int | None) -> tuple[int | None, list[Line]]:
    """The type name line (tên loại) and the subject (trích yếu) under it, or a công văn's "V/v" lines."""
    lines = ctx.lines
    title_idx = None
    for ln in lines[zone.first:zone.limit]:
        if ln.text and _title_of(ln.text):
            title_idx = ln.i
            h.title = ctx.line_span(ln)
            h.doc_type = _title_of(ln.text)
            break
        nxt = lines[ln.i + 1] if ln.i + 1 < len(lines) else None
        if nxt is not None and ln.text and len(ln.text) <= 12 and " " not in ln.text and ln.text.isupper() \
                and nxt.text and _title_of(ln.text + " " + nxt.text):
            # "**QUYẾT" / "ĐỊNH**": a type name broken inside by a hard line break
            title_idx = nxt.i
            h.title = ctx.make_span(ln.s, nxt.e)
            h.doc_type = _title_of(ln.text + " " + nxt.text)
            break
    subj_lines: list[Line] = []
    if title_idx is not None:
        subj_lines = _subject_after(lines, title_idx + 1, zone.limit)
    else:
        # công văn: V/v line(s) in the zone
        for ln in lines[zone.first:zone.limit]:
            vm = VV_RE.match(ln.text) or _VE_VIEC_RE.match(ln.text)
            # "V/v …" anywhere in the zone; "về việc …" only right under the number (a Party công văn)
            if vm and (ln.text[:3].lower() == "v/v"
                       or num_line_idx is not None and 0 < ln.i - num_line_idx <= 2):
                subj_lines = [ln] + _continuation(lines, ln.i + 1, zone.limit)
                h.doc_type = "Công văn" if h.type_code in (None, "CV") else None
                break
    if subj_lines:
        s_first, last = subj_lines[0], subj_lines[-1]
        h.subject_span = ctx.make_span(s_first.s, last.e)
        words = " ".join(ctx.original[ctx.norm.to_orig(x.s):ctx.norm.to_orig_end(x.e)].replace("*", "") for x in subj_lines)
        vm = VV_RE.match(words)
        if vm and words[:3].lower() == "v/v":
            words = vm.group("rest")
        h.subject = " ".join(words.split())
    return title_idx, subj_lines


#: the label of a legal document's number line names its type ("Luật số: 60/2024/QH15")
_LABEL_TYPES = {"luật": "Luật", "bộ luật": "Bộ luật", "nghị quyết": "Nghị quyết", "pháp lệnh": "Pháp lệnh",
                "lệnh": "Lệnh", "nghị định": "Nghị định", "quyết định": "Quyết định", "thông tư": "Thông tư"}


def _type_from_codes(h: Header, label: str | None) -> None:
    """The type when no type name line says it: from the number line's label, then from the type code; a
    number without a type code is a công văn's — but not a law's or a National Assembly resolution's
    ("Luật số: 60/2024/QH15", "… /2025/QH15": the symbol names the body and term, not the type)."""
    if h.doc_type is None and label:
        head = " ".join(label.lower().split()[:-1])
        h.doc_type = _LABEL_TYPES.get(head)
    if h.doc_type is None and h.type_code:
        codes = lexicon.type_code_map()[h.system if h.system in ("state", "party", "legal") else "state"]
        h.doc_type = codes.get(h.type_code) or lexicon.all_type_codes().get(h.type_code)
    if h.doc_type is None and h.number_line is not None and h.type_code is None \
            and not (h.system == "legal" and (h.issuer_code or "").startswith("QH")):
        h.doc_type = "Công văn"


def _issuing_body(ctx: Context, h: Header, first: int, stop: int, reserved: list[tuple[int, int]]) -> None:
    """The issuing body: the upper-case lines of the left block above the number line (or the title)."""
    body_lines: list[tuple[int, int]] = []
    for ln in ctx.lines[first:stop]:
        if not ln.text or RULE_LINE_RE.match(ln.text):
            continue
        s, e = ln.s, ln.e
        for rs, re_ in reserved:
            if rs <= s < re_ or rs < e <= re_ or (s <= rs and re_ <= e):
                # keep only what comes before the reserved part on this line (joined columns)
                e = min(e, rs) if rs > s else s
        seg = ctx.text[s:e].strip(" -_|")
        if not seg or not is_upper_line(seg):
            continue
        if _title_of(seg):
            continue
        s2 = ctx.text.find(seg, s)
        body_lines.append((s2, s2 + len(seg)))
    if body_lines:
        texts = [ctx.text[a:b] for a, b in body_lines]
        if len(texts) >= 2 and PLACE_WORDS_RE.search(texts[0]) or (len(texts) >= 2 and texts[0].startswith("UBND ")):
            h.parent_body = ctx.make_span(*body_lines[0])
            rest = body_lines[1:]
        else:
            rest = body_lines
        if rest:
            h.issuing_body = ctx.make_span(rest[0][0], rest[-1][1])
    h.issuing_body_present = h.issuing_body is not None or h.parent_body is not None
    h.issuing_body_name = body_name(h) or None


def _period(ctx: Context, h: Header, subj_lines: list[Line]) -> None:
    """The period reported on (from the subject, else the title) and the year the document speaks from."""
    if h.subject_span is not None:
        joined_text = ctx.text[subj_lines[0].s: subj_lines[-1].e]
        per = find_period(joined_text, subj_lines[0].s, ctx)
        if per:
            h.period = per
            h.report_year = _period_year(per, h.date)
    if h.report_year is None and h.title is not None:
        per = find_period(h.title.text, ctx.text.find(h.title.text), ctx) if h.title.text in ctx.text else None
        if per:
            h.period, h.report_year = per, _period_year(per, h.date)
    if h.report_year is None and h.date:
        h.report_year = h.date.year  # no period in the subject: the year the document is dated (no `period`)


def _period_year(per, date: dt.date | None) -> int | None:
    """The year a document speaks from for a period in its subject: the period's last year ("tổng kết giai
    đoạn 2011-2020" reports up to 2020) — unless the document is dated inside a multi-year period before its
    last year, when it speaks from its own year (a resolution or plan "giai đoạn 2021 - 2025" issued in 2021),
    or before the period starts: a plan of 2024 "tiến tới Đại hội … nhiệm kỳ 2025 - 2030", or of 2025 for the
    elections of the term 2026 - 2031, prepares that term and speaks from its own year."""
    if per.end_year and per.year and date:
        y = date.year
        if per.year <= y < per.end_year or (per.kind in ("term", "multi_year") and y < per.year):
            return y
    return per.end_year or per.year


_TAIL_RE = regex.compile(r"^(?:Nơi\s+nhận|NƠI\s+NHẬN|TM\.|KT\.|TL\.|T/M|K/T)")


def _is_stop(text: str) -> bool:
    return bool(BODY_START_RE.match(text) or RULE_LINE_RE.match(text) or _TAIL_RE.match(text) or len(text) > 300)


# "KẾ HOẠCH" / "Thực hiện chuyển đổi số năm 2025 trên địa bàn xã" is a trích yếu, although "Thực hiện Kế hoạch số
# 126/KH-UBND …, UBND xã ban hành …:" opens a body: right under the title, a short line that cites nothing and
# neither ends a sentence nor announces one is the subject
_SUBJECT_MAX = 160  # longer lines are never a trích yếu (and are not tried against the pattern)
_SUBJECT_THUC_HIEN_RE = regex.compile(r"^Thực\s+hiện\s(?![^\n]*(?:\d+\s*/|[:;.,]\s*$))[^\n]{5,150}$")


def _subject_after(lines: list[Line], i: int, limit: int) -> list[Line]:
    out: list[Line] = []
    n = len(lines)
    j = i
    while j < n and j < limit + 3:
        ln = lines[j]
        if not ln.text:
            if out:
                # a blank line ends the subject unless an upper-case subject goes on after it
                k = j + 1
                while k < n and not lines[k].text:
                    k += 1
                if k < n and is_upper_line(out[-1].text) and is_upper_line(lines[k].text) and not _is_stop(lines[k].text) \
                        and not _authority_line(lines[k].text) and k - j < 3:
                    j = k
                    continue
                break
            j += 1
            continue
        if (_is_stop(ln.text) and not (not out and len(ln.text) <= _SUBJECT_MAX and _SUBJECT_THUC_HIEN_RE.match(ln.text))) \
                or DATELINE_RE.match(ln.text) or NUMBER_RE.match(ln.text):
            break
        if out and not is_upper_line(out[-1].text) and is_upper_line(ln.text):
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." after a mixed-case subject
        if out and _authority_line(ln.text) and is_upper_line(ln.text) and len(out) >= 1:
            break
        out.append(ln)
        if len(out) >= 6:
            break
        j += 1
    return out


_AUTH_RE = regex.compile(r"^(?:CHỦ\s+TỊCH|ỦY\s+BAN|UỶ\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|"
                         r"CHÍNH\s+PHỦ|QUỐC\s+HỘI|HỘI\s+ĐỒNG|TRƯỞNG\s+BAN)\b")


def _authority_line(text: str) -> bool:
    return bool(_AUTH_RE.match(text))


def _continuation(lines: list[Line], i: int, limit: int) -> list[Line]:
    out = []
    for ln in lines[i:limit + 3]:
        if not ln.text or _is_stop(ln.text) or DATELINE_RE.match(ln.text) or NUMBER_RE.match(ln.text):
            break
        if MOTTO_RE.search(ln.text) or NATIONAL_RE.search(ln.text) or PARTY_RE.search(ln.text):
            break
        out.append(ln)
        if len(out) >= 4:
            break
    return out


# the right column's own words, whole: "XÃ CỘNG HÒA" and "XÃ ĐỘC LẬP" are communes
_RIGHT_COLUMN_RE = regex.compile(r"(?:^|\s)(?:(?i:CỘNG\s+H[OÒ][ÀA]\s+XÃ\s+H[OỘ]I)|(?i:Độc\s+lập\s*-\s*Tự)|ĐẢNG\s+CỘNG\s+SẢN)")


def body_name(h: Header) -> str:
    """The issuing body on one line, without the national title a two-column layout interleaves into it."""
    if h.issuing_body is None:
        return ""
    skip = {" ".join(x.split()) for x in (h.national_title.text if h.national_title else "", h.motto.text if h.motto else "")
            for x in x.splitlines()}
    keep = []
    for x in h.issuing_body.text.splitlines():  # LF, CRLF or a lone CR
        # side by side on one line ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI …", as pdftotext -layout writes it,
        # or with a tab): the left column is what comes before the right one's national title or motto
        cut = _RIGHT_COLUMN_RE.search(x)
        keep.append(" ".join((x[:cut.start()] if cut else x).split()))
    return " ".join(x for x in keep if x and x not in skip)
