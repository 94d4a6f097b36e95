"""Numbers and quantities in Vietnamese formats, labelled counts, totals with breakdowns, announced counts.

Thousands ``.`` and decimal ``,`` (1.317; 4.352,63), leading zeros (01 cá nhân), percentages, ratios
(04/04 thôn), qualifiers (hơn, trên, gần, khoảng), spelled-out numbers (see :mod:`vanban.extract.numwords`).
Identifiers are not quantities: road numbers, heading labels, document numbers, years, dates, Điều/khoản.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from .. import lexicon
from ..model import Document, Quantity
from ..segment.lines import Context
from .numwords import NUMWORD_RE, words_to_int

_units = lexicon.load("units")
_COUNTED = sorted(_units["counted"] + [u for u in _units["measure"] if u != "%"], key=len, reverse=True)
_UNIT_ALT = "|".join(regex.escape(u).replace(r"\ ", r"[ \t]+") for u in _COUNTED)
_QUAL_ALT = "|".join(regex.escape(q).replace(r"\ ", r"[ \t]+") for q in sorted(_units["qualifiers"], key=len, reverse=True))

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+"
_QFIRST = "".join(sorted({q[0] for q in _units["qualifiers"]} | {q[0].upper() for q in _units["qualifiers"]}))
QTY_RE = regex.compile(
    rf"""(?=[\d{_QFIRST}])(?<![\p{{L}}\d.,-])
    (?:(?P<qual>(?i:{_QUAL_ALT}))[ \t]+)?
    (?P<num>{NUM})
    (?:
        (?P<pct>[ \t]?%)
      | [ \t]*/[ \t]*(?P<of>\d{{1,6}})(?![\d/])(?:[ \t]+(?P<ofunit>(?i:{_UNIT_ALT}))(?![\p{{L}}]))?
      | [ \t]*(?P<unit>(?i:{_UNIT_ALT}))(?![\p{{L}}])
    )?
    (?![\d])""",
    regex.VERBOSE,
)
# Words before a number that make it an identifier, not a quantity
IDENT_BEFORE_RE = regex.compile(
    r"(?i:quốc\s+lộ|tỉnh\s+lộ|huyện\s+lộ|đường\s+số|điều|khoản|điểm|mục|phần|chương|số|lần\s+thứ|khóa|khoá|phòng|tổ|ấp|năm|tháng|ngày|quý|giờ|nghị\s+định|thông\s+tư|luật|đơn\s+vị\s+bầu\s+cử\s+số|phụ\s+lục|biểu|mẫu|tiểu\s+mục|covid|kỳ\s+họp|lần)\s*$"
)
LABELLED_RE = regex.compile(r"^[-+•]?\s*(?P<label>[^:\n]{3,80}?)\s*:\s*(?P<rest>.+)$")


def parse_number(s: str) -> int | Decimal:
    """Vietnamese number text to int or Decimal: "1.317" -> 1317, "4.352,63" -> Decimal("4352.63")."""
    s = s.strip()
    if "," in s:
        return Decimal(s.replace(".", "").replace(",", "."))
    if "." in s:
        return int(s.replace(".", ""))
    return int(s)


def extract(ctx: Context, doc: Document) -> list[Quantity]:
    text = ctx.text
    out: list[Quantity] = []
    # skip spans that are citations, dates and headings' labels
    blocked = sorted([(c.start, c.end) for c in doc.citations] + [(d.start, d.end) for d in doc.dates])
    heading_label_ends = {s.start for s in doc.iter_sections()}
    import bisect

    bstarts = [a for a, _ in blocked]

    def is_blocked(o: int, oe: int) -> bool:
        k = bisect.bisect_right(bstarts, o) - 1
        return k >= 0 and blocked[k][0] <= o < blocked[k][1] or (k + 1 < len(blocked) and blocked[k + 1][0] < oe and o < blocked[k + 1][1] and blocked[k + 1][0] >= o)

    for m in QTY_RE.finditer(text):
        s, e = m.span()
        os_, oe = ctx.norm.span(s, e)
        if is_blocked(os_, oe) or os_ in heading_label_ends:
            continue
        before = text[max(0, s - 25):s]
        if IDENT_BEFORE_RE.search(before):
            continue
        num = m.group("num")
        # a bare 4-digit number that looks like a year is not a quantity
        if regex.fullmatch(r"(?:19|20)\d\d", num) and not (m.group("unit") or m.group("pct")):
            continue
        # heading or list labels "1." / "2.1." at line start
        ln = ctx.line_of_norm(s)
        if s == ln.s and text[e:e + 1] in (".", ")") and not m.group("unit"):
            continue
        try:
            value = parse_number(num)
        except Exception:  # pragma: no cover - defensive
            continue
        unit = m.group("unit") or m.group("ofunit")
        q = Quantity(value=value, unit=" ".join(unit.split()).lower() if unit else None,
                     qualifier=" ".join(m.group("qual").split()).lower() if m.group("qual") else None,
                     percent=bool(m.group("pct")), **ctx.span(m.start("num"), e))
        if m.group("of"):
            q.of = int(m.group("of"))
        if q.percent:
            q.unit = "%"
        if q.unit is None and not q.percent and q.of is None and not isinstance(value, Decimal) and value < 10 and len(num) == 1:
            continue  # stray small numbers without a unit are noise
        out.append(q)
    for m in NUMWORD_RE.finditer(text):
        v = words_to_int(m.group("words"))
        if v is None:
            continue
        q = Quantity(value=v, unit=" ".join(m.group("unit").split()).lower(), spelled=True, **ctx.span(m.start(), m.end()))
        out.append(q)
    out.sort(key=lambda q: q.start)
    _labels_and_breakdowns(ctx, doc, out)
    return out


ANNOUNCE_RE = regex.compile(r"(?P<n>\d{1,3})\s+(?P<noun>phong\s+trào|mô\s+hình|nội\s+dung|nhiệm\s+vụ|giải\s+pháp|chỉ\s+tiêu|tiêu\s+chí|lĩnh\s+vực|nhóm|chương\s+trình|đợt|khâu|hoạt\s+động)\b")


def _labels_and_breakdowns(ctx: Context, doc: Document, qs: list[Quantity]) -> None:
    """Mark labelled counts ("Lao động tiên tiến: 41 cá nhân") and link totals to breakdown lines."""
    by_line: dict[int, list[Quantity]] = {}
    for q in qs:
        by_line.setdefault(q.line, []).append(q)
    lines = ctx.original.split("\n")
    for q in qs:
        raw = lines[q.line - 1] if q.line - 1 < len(lines) else ""
        lm = LABELLED_RE.match(raw.strip().strip("*"))
        if lm and q.text in lm.group("rest")[:40]:
            q.label = lm.group("label").strip(" -+*")
    # a count followed by ':' or "cụ thể" and then lines "- …: NN unit" with the same unit
    for q in qs:
        if q.unit is None or q.label is not None or isinstance(q.value, Decimal):
            continue
        raw = lines[q.line - 1]
        after = raw[q.start - _line_start(ctx, q.line) + len(q.text):]
        if not regex.search(r"(?:cụ\s+thể|gồm|như\s+sau|sau\s*:|:)\s*\**\s*$", after):
            continue
        parts = []
        k = q.line + 1
        while k <= len(lines) and len(parts) < 30:
            t = lines[k - 1].strip()
            if not t:
                if parts:
                    break
                k += 1
                continue
            if not t.startswith(("-", "+", "•")):
                break
            items = [x for x in by_line.get(k, []) if x.unit == q.unit]
            if len(items) != 1:
                break
            parts.append(int(items[0].value))
            k += 1
        if len(parts) >= 2:
            q.breakdown = parts


def _line_start(ctx: Context, line: int) -> int:
    if line <= 1:
        return 0
    return ctx._orig_nl[line - 2] + 1
