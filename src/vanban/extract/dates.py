"""Dates and periods mentioned in the text, each with its kind; invalid dates are kept with the reason.

Numbers that only look like dates (a document number ``2329/UBND``, a ratio ``04/04``, a fraction ``2/3``)
are not dates: a numeric date needs a four-digit year, or the word "ngày" before a day/month pair.

Speed: instead of one large alternation scanned at every character, each kind has its own small pattern
that starts with a literal or a digit, so the engines can skip ahead; overlapping matches are then resolved
by priority (a full date beats the "năm 2023" inside it).
"""
from __future__ import annotations

import bisect
import re

import regex

from ..model import DateKind, DateMention, Document
from ..segment.lines import Context
from ..util import check_date

_Y = r"(?:19|20|21)\d{2}"
_S = r"[ \t\n]+"
# priority order: earlier patterns win overlaps
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("words", re.compile(rf"(?:ngày|Ngày|NGÀY){_S}(?P<d>\d{{1,2}}){_S}(?:tháng|THÁNG){_S}(?P<m>\d{{1,2}}){_S}(?:năm|NĂM){_S}(?P<y>{_Y})")),
    ("numeric", regex.compile(
        rf"(?<![\d/.-])(?P<d>\d{{1,2}})[ \t]*(?P<s>[/.-])[ \t]*(?P<m>\d{{1,2}})[ \t]*(?P=s)[ \t]*(?P<y>{_Y})(?![\d/])"
        rf"(?:[ \t]*(?:-|đến)[ \t]*(?:ngày[ \t]+)?"
        rf"(?P<d2>\d{{1,2}})[ \t]*(?P<s2>[/.-])[ \t]*(?P<m2>\d{{1,2}})[ \t]*(?P=s2)[ \t]*(?P<y2>{_Y})(?![\d/]))?")),
    # a pair of years; what precedes decides the kind (giai đoạn / nhiệm kỳ / năm học … or a plain range)
    ("period", regex.compile(rf"(?<![\d/.])(?P<y>{_Y})[ \t]*[-/–][ \t]*(?P<y2>{_Y}|\d{{2}})(?![\d/])")),
    ("quarter", re.compile(rf"(?:[Qq]uý|QUÝ)[ \t]+(?P<q>IV|I{{1,3}}|[1-4])(?![^\W\d_])(?:[ \t]*(?:/|năm|NĂM)[ \t]*(?P<y>{_Y}))?")),
    ("months", re.compile(rf"(?:tháng|THÁNG)(?:[ \t]+(?:đầu|cuối|ĐẦU|CUỐI))?[ \t]+(?:năm|NĂM)[ \t]+(?P<y>{_Y})")),
    ("month_year", re.compile(rf"(?:tháng|Tháng|THÁNG)[ \t]+(?P<m>\d{{1,2}})[ \t]*(?:/|[ \t](?:năm|NĂM)[ \t])[ \t]*(?P<y>{_Y})(?!\d)")),
    ("year", re.compile(rf"(?:năm|Năm|NĂM)[ \t]+(?P<y>{_Y})(?!\d)(?:[ \t]*[-–][ \t]*(?P<y2>{_Y}))?")),
    ("daymonth", re.compile(r"(?<=ngày )(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})(?![\d/])")),
]
PERIOD_PREFIX_RE = re.compile(
    r"(?P<pk>giai[ \t]+đoạn|nhiệm[ \t]+kỳ|năm[ \t]+học|thời[ \t]+kỳ|niên[ \t]+khóa|khóa|năm)[ \t]+$", re.IGNORECASE)
MONTHS_PREFIX_RE = re.compile(r"(?<![\w.,/])(?P<n>0?6|0?9|0?3|sáu|chín|ba)[ \t]+$", re.IGNORECASE)
ASOF_RE = re.compile(r"(?:tính[ \t]+(?:đến|tới)|tính[ \t]+từ|đến[ \t]+hết|đến)[ \t]+ngày[ \t]+$", re.IGNORECASE)
ASOF_WORDS_RE = re.compile(r"(?:tính[ \t]+(?:đến|tới)|tính[ \t]+từ|đến[ \t]+hết|đến)[ \t]+$", re.IGNORECASE)
_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HN = {"06": 6, "6": 6, "sáu": 6, "09": 9, "9": 9, "chín": 9, "03": 3, "3": 3, "ba": 3}


# "Kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025)", "chào mừng 51 năm Ngày giải phóng quê
# hương (1975 - 2026)": a range in brackets after "N năm …" is the span of an anniversary
# (not "kế hoạch 5 năm (2021 - 2025)": the years must be those of an event — "Kỷ niệm" before, or "Ngày …",
# "chiến thắng", "thành lập" … after "N năm")
_ANNIV_BEFORE_RE = regex.compile(
    r"(?r)(?:(?P<kn>(?i:kỷ|kỉ)[ \t]+niệm)[ \t]+)?(?<![\d.,])(?P<n>\d{1,3})[ \t]+năm"
    r"(?P<what>[ \t]+(?:(?i:ngày)|chiến[ \t]+thắng|thành[ \t]+lập|truyền[ \t]+thống|giải[ \t]+phóng|khởi[ \t]+nghĩa)"
    r"(?![\p{L}]))?[^()\n]{0,200}?\([ \t]*\Z")
_ANNIV_AFTER_RE = re.compile(r"[ \t]*\)")


def _anniversary(ctx: Context, text: str, s: int, e: int, dm: DateMention) -> DateMention | None:
    am = _ANNIV_BEFORE_RE.search(text, max(0, s - 240), s)
    cm = _ANNIV_AFTER_RE.match(text, e)
    if am is None or cm is None or not (am.group("kn") or am.group("what")):
        return None
    return DateMention(kind="anniversary", year=dm.year, end_year=dm.end_year, months=None,
                       value=str(int(am.group("n"))), **ctx.span(am.start(), cm.end()))


def _build(kind: str, m, ctx: Context, text: str) -> DateMention | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    if kind in ("words", "numeric"):
        d, mo, y = int(g["d"]), int(g["m"]), int(g["y"])
        iso, why = check_date(d, mo, y)
        asof = (ASOF_RE if kind == "numeric" else ASOF_WORDS_RE).search(text, max(0, start - 30), start)
        if asof:
            start = asof.start()
        k: DateKind = "as_of" if asof else ("range" if g.get("d2") else "date")
        dm = DateMention(kind=k, value=iso, day=d, month=mo, year=y, valid=iso is not None, reason=why, **ctx.span(start, end))
        if g.get("d2"):
            _iso2, why2 = check_date(int(g["d2"]), int(g["m2"]), int(g["y2"]))
            dm.end_year = int(g["y2"])
            if why2 and not why:
                dm.valid, dm.reason = False, why2
        return dm
    if kind == "period":
        y1 = int(g["y"])
        y2 = g["y2"]
        pm = PERIOD_PREFIX_RE.search(text, max(0, start - 16), start)
        if pm is None and len(y2) != 4:
            return None
        if pm is not None:
            start = pm.start()
        pk = " ".join(pm.group("pk").lower().split()) if pm else ""
        kinds: dict[str, DateKind] = {"nhiệm kỳ": "term", "năm học": "school_year", "niên khóa": "school_year"}
        k = kinds.get(pk, "period")
        return DateMention(kind=k, year=y1, end_year=int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2),
                           **ctx.span(start, end))
    if kind == "months":
        pm = MONTHS_PREFIX_RE.search(text, max(0, start - 6), start)
        if pm is None:
            return None
        n = _HN[pm.group("n").lower()]
        y = int(g["y"])
        # "6 tháng đầu năm" / "6 tháng năm" is the first half, "6 tháng cuối năm" the second
        half = (2 if "cuối" in text[start:end].lower() else 1) if n == 6 else None
        return DateMention(kind="half_year" if n == 6 else "months", months=n, year=y,
                           value=f"{y}-H{half}" if half else None, **ctx.span(pm.start(), end))
    span = ctx.span(start, end)
    if kind == "quarter":
        q, qy = _Q[g["q"].upper()], int(g["y"]) if g["y"] else None
        return DateMention(kind="quarter", quarter=q, year=qy, value=f"{qy}-Q{q}" if qy else None, **span)
    if kind == "month_year":
        mo = int(g["m"])
        ok = 1 <= mo <= 12
        y = int(g["y"])
        return DateMention(kind="month_year", month=mo, year=y, valid=ok, value=f"{y}-{mo:02d}" if ok else None,
                           reason=None if ok else f"month {mo} does not exist", **span)
    if kind == "year":
        if g["y2"]:
            return DateMention(kind="period", year=int(g["y"]), end_year=int(g["y2"]), **span)
        return DateMention(kind="year", year=int(g["y"]), **span)
    d, mo = int(g["d"]), int(g["m"])
    ok = 1 <= mo <= 12 and 1 <= d <= 31
    return DateMention(kind="date", day=d, month=mo, valid=ok, reason=None if ok else "day or month out of range", **span)


_PRIORITY = {kind: k for k, (kind, _rx) in enumerate(PATTERNS)}
_BY_KIND = dict(PATTERNS)
# Two cheap passes find every place a date can start: the words "ngày", "tháng", "năm", "quý" (on the
# lower-cased text, a plain literal alternation) and digits; the specific patterns are then matched only there.
# (only digits where the numeric or the period pattern can start: a day or month and its separator, or a year
# (19xx, 20xx, 21xx) and a dash or slash — the other numbers of a text full of figures are passed over by the
# engine, not in Python. The digit comes first and the look-behind after it, so that the engine can skip to the
# next digit: a leading look-behind is tried at every character, twice the time of the old scan on the seed)
_DIGIT_ANCHOR = regex.compile(r"\d(?<![\d/.-]\d)(?=\d?[ \t]*[/.-]|(?<=1)9\d\d[ \t]*[-/–]|(?<=2)[01]\d\d[ \t]*[-/–])")
_WORDS = ("ngày", "tháng", "năm", "quý")


def _word_anchors(low: str) -> list[int]:
    """Where the date words start, found with str.find (far cheaper than a pattern scan), each as
    ``offset * 8 + index of the word in _WORDS`` (one int: a million of them sort in C)."""
    out = []
    for code, w in enumerate(_WORDS):
        i = low.find(w)
        n = len(w)
        while i >= 0:
            before = low[i - 1] if i else " "
            after = low[i + n] if i + n < len(low) else " "
            if not (before.isalpha() or after.isalpha()):
                out.append(i * 8 + code)
            i = low.find(w, i + n)
    return out
_AT_WORD = {"ngày": ("words",), "tháng": ("months", "month_year"), "năm": ("year",), "quý": ("quarter",)}
_DIGIT = len(_WORDS)  # the code of a digit anchor
#: the patterns tried at an anchor, by its code (the index of its word in _WORDS, or _DIGIT)
_AT_CODE = [tuple((kind, _BY_KIND[kind].match) for kind in _AT_WORD[w]) for w in _WORDS] + [
    tuple((kind, _BY_KIND[kind].match) for kind in ("numeric", "period"))]


def _candidates(text: str):
    """(kind, match) of every place a date pattern matches, in the order of the anchors: the start offsets of
    the matches never decrease (a day/month pair after "ngày" starts at its digits, where the digit anchor
    that comes next starts too). Lazy: the caller stops reading at the date limit."""
    m: re.Match[str] | None
    low = text.lower()
    if len(low) != len(text):  # pragma: no cover - exotic case mappings: scan as before, then order by start
        found = [(kind, m) for kind, rx in PATTERNS for m in rx.finditer(text)]
        yield from sorted(found, key=lambda km: km[1].start())
        return
    anchors = _word_anchors(low)
    anchors += [d.start() * 8 + _DIGIT for d in _DIGIT_ANCHOR.finditer(low)]
    anchors.sort()
    daymonth = _BY_KIND["daymonth"].match
    for a in anchors:
        start, code = a >> 3, a & 7
        for kind, match in _AT_CODE[code]:
            m = match(text, start)
            if m:
                yield kind, m
        if code == 0 and text[start + 4:start + 5] == " ":  # "ngày 12/5": a day and month without a year
            m = daymonth(text, start + 5)
            if m:
                yield "daymonth", m


def _resolve(cluster: list[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """The matches kept of a run of overlapping ones: by priority (a full date beats the "năm 2023" inside it),
    then by position, each kept when it overlaps none kept before; in the text's order."""
    taken: list[tuple[int, int]] = []
    kept: list[tuple[int, str, re.Match[str]]] = []
    for kind, m in sorted(cluster, key=lambda km: (_PRIORITY[km[0]], km[1].start())):
        s, e = m.span()
        k = bisect.bisect_right(taken, (s, 1 << 60))
        if (k > 0 and taken[k - 1][1] > s) or (k < len(taken) and taken[k][0] < e):
            continue
        taken.insert(k, (s, e))
        kept.append((s, kind, m))
    kept.sort(key=lambda x: x[0])
    return [(kind, m) for _s, kind, m in kept]


def _kept(text: str):
    """The matches that are dates, in the text's order. Overlaps are resolved within each run of matches that
    overlap one another (matches that overlap nothing before them start a new run), so the result is the one of
    resolving all of them at once, but read as the text goes: the date limit stops the scan, not only the
    building of dates after every candidate of the text was found and sorted."""
    cluster: list[tuple[str, re.Match[str]]] = []
    cluster_end = -1
    for km in _candidates(text):
        m = km[1]
        if m.start() >= cluster_end and cluster:
            if len(cluster) == 1:
                yield cluster[0]
            else:
                yield from _resolve(cluster)
            cluster = []
        cluster.append(km)
        if m.end() > cluster_end:
            cluster_end = m.end()
    if cluster:
        yield from _resolve(cluster)


def extract(ctx: Context, doc: Document) -> list[DateMention]:
    text = ctx.text
    cite_spans = [(c.start, c.end) for c in doc.citations]
    cite_starts = [a for a, _ in cite_spans]
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # normalized spans later extractors can skip without mapping offsets
    for kind, m in _kept(text):
        s = m.start()
        taken.append(m.span())
        dm = _build(kind, m, ctx, text)
        if dm is None:
            continue
        if kind in ("numeric", "period") and (dm.kind in ("range", "period")) and dm.end_year:
            an = _anniversary(ctx, text, m.start(), m.end(), dm)
            if an is not None:
                dm = an
        ctx.check_limit("dates", len(out), s)
        k = bisect.bisect_right(cite_starts, dm.start) - 1
        dm.in_citation = k >= 0 and cite_spans[k][0] <= dm.start < cite_spans[k][1]
        out.append(dm)
    ctx.claimed.extend(taken)
    return out
