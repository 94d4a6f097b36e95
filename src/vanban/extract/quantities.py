"""Numbers and quantities in Vietnamese formats, labelled counts, totals with breakdowns, announced counts.

Thousands ``.`` and decimal ``,`` (1.317; 4.352,63), leading zeros (01 cá nhân), percentages, ratios
(04/04 thôn), qualifiers (hơn, trên, gần, khoảng), spelled-out numbers (see :mod:`vanban.extract.numwords`).
Identifiers are not quantities: road numbers, heading labels, document numbers, years, dates, Điều/khoản.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

import regex

from .. import lexicon
from ..model import Document, Quantity
from ..segment.lines import Context
from .numwords import find_spelled, words_to_int

_units = lexicon.load("units")
# "thị trấn", "đặc khu", "lượt tập thể": nouns the figures checks count (dimension values of a total)
_COUNTED = sorted(_units["counted"] + lexicon.load("dimensions")["counted_extra"]
                  + [u for u in _units["measure"] if u != "%"], key=len, reverse=True)
_UNIT_ALT = "|".join(regex.escape(u).replace(r"\ ", r"[ \t]+") for u in _COUNTED)

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+"
# Numbers are found with one cheap pattern; what follows (%, /N, a unit of up to four words) and precedes
# (a qualifier) is read with dictionary look-ups instead of one large alternation scanned everywhere.
# (not after a digit or a capital and "/": "JHDPC/2025/276" is a code; "1.317 hộ/5.042 khẩu" counts both)
NUM_RE = regex.compile(rf"(?<![\p{{L}}\d.,-])(?<![\d\p{{Lu}}]/)(?:{NUM})(?!\d)")
_UNITS = {" ".join(u.lower().split()): " ".join(u.split()) for u in _COUNTED}
_MAX_UNIT_WORDS = max(len(u.split()) for u in _UNITS)
_W1 = r"([^\W\d_]+[²³]?,?)"
_PER_UNIT = regex.compile(r"(?:/[^\W\d_]{1,10}){1,3}(?![\p{L}\d])")  # "triệu đồng/người/năm", "tạ/ha"
# "04/04 thôn", "1.126/1.964 hộ": the whole is a count, thousands separators allowed
# (plain `re`: `regex` first looks for the required "/" anywhere ahead, which on a long line without one costs a
# scan to its end for every number)
_RATIO = re.compile(r"[ \t]*/[ \t]*(\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d/]|[.,]\d)")
_PCT = regex.compile(r"[ \t]?%")
_DOC_NUMBER_AFTER_RE = regex.compile(r"[ \t]?/[ \t]?(?:\d{4}/)?\p{Lu}|-\p{Lu}{1,6}/\p{Lu}")
_QUALS = {" ".join(q.split()) for q in _units["qualifiers"]}
_QUAL_LAST = {q.split()[-1].lower() for q in _QUALS}


def _last_word(text: str, pos: int) -> str:
    """The lower-cased word that ends right before the blank at ``pos - 1`` (a cheap first test), or its last
    15 characters when it is longer (no qualifier or identifier word is that long)."""
    lo = max(0, pos - 16)
    # (lo - 1 when no blank is found: -1 would copy the whole text before the number, at every number)
    i = max(text.rfind(" ", lo, pos - 1), text.rfind("\t", lo, pos - 1), text.rfind("\n", lo, pos - 1), lo - 1)
    return text[i + 1:pos - 1].lower()


def _qual_before(text: str, pos: int, last: str | None = None) -> int | None:
    """Start offset of a qualifier (hơn, khoảng, gần như …) right before ``pos``, or None. ``last``: the
    :func:`_last_word` at ``pos`` when the caller has it."""
    if pos == 0 or text[pos - 1] not in " \t":
        return None
    if (_last_word(text, pos) if last is None else last) not in _QUAL_LAST:
        return None  # most numbers follow a verb or a noun: one set look-up instead of splitting a window
    before = text[max(0, pos - 16):pos]
    words = before.split()
    for k in (2, 1):
        if len(words) >= k and " ".join(words[-k:]).lower() in _QUALS:
            cand = " ".join(words[-k:])
            i = before.rfind(words[-k])
            if i > 0 and before[i - 1].isalpha():
                continue
            return pos - len(before) + i if cand else None
    return None


class _Q:
    """A quantity candidate (the fields QTY_RE's groups used to give)."""

    __slots__ = ("s", "e", "num_start", "num", "qual", "pct", "of", "unit")
    s: int
    e: int
    num_start: int
    num: str
    qual: str | None
    pct: str | None
    of: str | None
    unit: str | None


#: the most words a unit starting with a given first word has (keys: the first words, with and without a comma
#: after them)
_UNIT_MAX_WORDS: dict[str, int] = {}
for _u in _UNITS:
    _f, _n = _u.split(" ")[0], len(_u.split(" "))
    _UNIT_MAX_WORDS[_f] = max(_UNIT_MAX_WORDS.get(_f, 1), _n)
    _UNIT_MAX_WORDS.setdefault(_f + ",", 1)  # "hộ, gồm": "hộ" alone
#: the first words of the units (with and without a comma after them): most words after a number are none
_UNIT_FIRST = frozenset(_UNIT_MAX_WORDS)
#: the words after a number, one to ``_MAX_UNIT_WORDS`` of them (index: how many are read)
_WORDS_AFTER_K = {k: regex.compile(r"(?:[ \t]*" + _W1 + ")" + (r"(?:[ \t]+" + _W1 + ")?") * (k - 1))
                  for k in range(1, _MAX_UNIT_WORDS + 1)}


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    # the first word alone first ("tháng", "trong", "so" after a number are no unit's first word); then only as
    # many words as the longest unit starting with it has ("hộ" starts 3-word units, "người" none longer)
    m = _WORDS_AFTER_K[1].match(text, pos)
    if not m:
        return None, pos
    most = _UNIT_MAX_WORDS.get(m.group(1).lower())
    if most is None:
        return None, pos
    if most > 1:
        m = _WORDS_AFTER_K[most].match(text, pos)
        assert m is not None
    words = [w for w in m.groups() if w]
    for k in range(len(words), 0, -1):
        key = " ".join(words[:k]).lower()
        end = m.end(k)
        if key.endswith(","):  # "khẩu, gồm": the comma ends the unit ("tin, bài" keeps it inside)
            key, end = key[:-1], end - 1
        if key in _UNITS:
            per = _PER_UNIT.match(text, end)
            if per:  # a rate: "49,5 triệu đồng/người/năm"
                return key + per.group(), per.end()
            return key, end
    return None, pos


# A long line without a single letter (digits, slashes, table rules) can hold no unit, so only a percentage can
# be a quantity there: such lines are scanned for "N%" alone instead of reading every number they hold.
# (plain `re`, twice as fast here: a digit, an underscore or a non-word character that is not a line break)
_LETTERLESS_RE = re.compile(r"(?m)^(?:[\d\W_](?<!\n)){200,}$")
_NUM_PCT_RE = regex.compile(rf"(?<![\p{{L}}\d.,-])(?<![\d\p{{Lu}}]/)(?:{NUM})(?!\d)(?=[ \t]?%)")


def _numbers(text: str):
    pos = 0
    for lm in _LETTERLESS_RE.finditer(text):
        yield from NUM_RE.finditer(text, pos, lm.start())
        if text.find("%", lm.start(), lm.end()) >= 0:  # most such lines have none: skip them whole
            yield from _NUM_PCT_RE.finditer(text, lm.start(), lm.end())
        pos = lm.end()
    yield from NUM_RE.finditer(text, pos)


def _scan(text: str, claimed: Sequence[tuple[int, int]] = ()):
    last_end = 0
    starts = [a for a, _ in claimed]
    for m in _numbers(text):
        if m.start() < last_end:
            continue  # the denominator of a ratio already read
        if starts:
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and claimed[k][0] <= m.start() < claimed[k][1]:
                continue  # inside a citation or a date found before
        ns, e = m.span()
        if text[e:e + 1] in ".)" and (ns == 0 or text[ns - 1] == "\n" or text[max(0, ns - 8):ns].isspace()):
            continue  # a heading or list label "1." / "2)" at the start of a line
        if text[e:e + 1] in "/-" and _DOC_NUMBER_AFTER_RE.match(text, e):
            continue  # a document's number ("Số: 12/QĐ-UBND", "02-KH/ĐU") that no citation claimed
        last = _last_word(text, ns) if ns and text[ns - 1] in " \t" else None
        if _ident_before(text, ns, last):
            # an identifier ("Điều 8", "ngày 12", "quốc lộ 24"): rejected before its unit and qualifier are read
            # (a line of "ngày 12 tháng" repeated has nothing else); what it would have read after it — a
            # percent sign or a ratio's denominator, the only places a number could start — is skipped as before
            pm = _PCT.match(text, e)
            rm = None if pm else _RATIO.match(text, e)
            last_end = pm.end() if pm else rm.end() if rm else e
            continue
        q = _Q()
        q.num_start = ns
        q.num = m.group()
        q.pct = q.of = q.unit = None
        pm = _PCT.match(text, e)
        if pm:
            q.pct, e = pm.group(), pm.end()
        else:
            rm = _RATIO.match(text, e)
            if rm:
                q.of = rm.group(1)
                e = rm.end()
                u, ue = _unit_after(text, e)
                if u:
                    q.unit, e = u, ue
            else:
                u, ue = _unit_after(text, e)
                if u:
                    q.unit, e = u, ue
        qs = _qual_before(text, q.num_start, last)
        q.qual = text[qs:q.num_start].strip() if qs is not None else None
        q.s = qs if qs is not None else q.num_start
        q.e = last_end = e
        yield q


_INTRO_WORDS = ("cụ thể", "gồm", "như sau", "trong đó")
# "+ Cá nhân: 03." / "+ Tập thể: 02 (Ấp Bưng Sa, Ấp Phước Hòa);" — a bare part, names in brackets allowed
_BARE_PART_RE = regex.compile(r":\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*(?:\([^()\n]{0,200}\))?\s*[;.,]?\s*$")
LABELLED_RE = regex.compile(r"^[-+•]?\s*(?P<label>[^:\n]{3,80}?)\s*:\s*(?P<rest>.+)$")


_IDENT_WORDS = {"quốc lộ", "tỉnh lộ", "huyện lộ", "đường số", "điều", "khoản", "điểm", "mục", "phần", "chương", "số",
                "lần thứ", "khóa", "khoá", "phòng", "tổ", "ấp", "năm", "tháng", "ngày", "quý", "giờ", "nghị định",
                "thông tư", "luật", "đơn vị bầu cử số", "bầu cử số", "phụ lục", "biểu", "mẫu", "tiểu mục", "covid",
                "kỳ họp", "lần", "thôn", "khu phố", "kỳ", "đợt", "nhóm", "khu", "lô", "thửa", "tờ", "bảng"}
_IDENT_MAX = max(len(w.split()) for w in _IDENT_WORDS)
_IDENT_LAST = {w.split()[-1] for w in _IDENT_WORDS}
#: the one-word identifiers that make one whatever precedes them ("số" does not: "Tổng số 45 cá nhân")
_IDENT_ONE = {w for w in _IDENT_WORDS if " " not in w} - {"số"}


def _ident_before(text: str, pos: int, last: str | None = None) -> bool:
    """True when the words just before ``pos`` make the number an identifier (Điều 8, quốc lộ 24). ``last``:
    the :func:`_last_word` at ``pos`` when the caller has it."""
    prev = text[pos - 1:pos] if pos else ""
    if prev and not prev.isspace() and prev != "-":
        return False
    if prev in (" ", "\t"):
        lw = (_last_word(text, pos) if last is None else last).replace("-", " ").split()
        if lw and lw[-1] not in _IDENT_LAST:
            return False  # the word before is no last word of an identifier phrase ("quốc lộ", "Điều")
        if lw and lw[-1] in _IDENT_ONE:
            return True  # "ngày 12", "Điều 8": decided by that word alone
    words = text[max(0, pos - 25):pos].lower().replace("-", " ").split()[-_IDENT_MAX:]
    if not words or words[-1] not in _IDENT_LAST:
        return False  # (after a line break: the last word of the line before)
    if len(words) >= 2 and words[-1] == "số" and words[-2] in _COUNT_BEFORE_SO:
        return False  # "Tổng số 45 cá nhân", "với số 12 hộ": a count, not "số 12" as a number plate
    for k in range(1, len(words) + 1):
        if " ".join(words[-k:]) in _IDENT_WORDS:
            return True
    return False


_COUNT_BEFORE_SO = {"tổng", "với", "có", "toàn", "dân"}  # "Dân số 8.450 người": a count


def _char_at(text: str, pos: int) -> str:
    """The character at ``pos`` ('' past the end) without copying the rest of the text."""
    return text[pos:pos + 1]


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
    out: list[tuple] = []  # what the quantities are built from, in the scan's order
    # skip spans that are citations, dates and headings' labels
    blocked = sorted([(c.start, c.end) for c in doc.citations] + [(d.start, d.end) for d in doc.dates])
    heading_label_ends = {s.start for s in doc.iter_sections()}
    import bisect

    bstarts = [a for a, _ in blocked]

    def is_blocked(o: int, oe: int) -> bool:
        k = bisect.bisect_right(bstarts, o) - 1
        if k >= 0 and blocked[k][0] <= o < blocked[k][1]:
            return True  # starts inside a citation or a date
        nxt = blocked[k + 1] if k + 1 < len(blocked) else None
        return nxt is not None and o <= nxt[0] < oe and o < nxt[1]  # or one starts inside it

    prose_cache: dict[int, bool] = {}
    tabs = "\t" in ctx.original
    # spelled-out counts ("một trăm hai mươi hộ") are kept in the text's order among the figures, so that the
    # quantities limit counts them too and stops the scan at the first quantity over it
    spelled = find_spelled(text)
    nxt = next(spelled, None)
    for m in _scan(text, sorted(ctx.claimed)):
        while nxt is not None and nxt[0] < m.num_start:
            _add_spelled(ctx, out, *nxt)
            nxt = next(spelled, None)
        s, e = m.s, m.e
        if m.unit and tabs and _char_at(ctx.original, ctx.norm.to_orig(m.num_start + len(m.num))) == "\t":
            # "1⇥Tổ dân phố số 3": a row number, then the next cell; the words across a tab are not its unit
            m.unit, e = None, m.num_start + len(m.num)
            m.e = e
        if not m.unit and not m.pct and m.of is None and len(m.num) == 1:
            continue  # stray small numbers without a unit are noise (decided before any costly look-up)
        if not m.unit and not m.pct:
            # numbers without a unit on a line that is not prose (a flattened table, digits and slashes) are
            # not counted: there is nothing to tell what they measure, and such lines can be huge
            ln0 = ctx.line_of_norm(s)
            ok = prose_cache.get(ln0.i)
            if ok is None:
                sample = ln0.text[:300]
                letters = sum(map(str.isalpha, sample))
                ok = prose_cache[ln0.i] = letters >= 0.3 * max(1, len(sample))
            if not ok:
                continue
        os_, oe = ctx.norm.span(s, e)
        if is_blocked(os_, oe) or os_ in heading_label_ends:
            continue
        num = m.num
        # a bare 4-digit number that looks like a year is not a quantity
        if len(num) == 4 and num[:2] in ("19", "20") and not (m.unit or m.pct):
            continue
        # heading or list labels "1." / "2.1." at line start
        if not m.unit and text[e:e + 1] in (".", ")") and s == ctx.line_of_norm(s).s:
            continue
        try:
            value = parse_number(num)
        except Exception:  # pragma: no cover - defensive
            continue
        ctx.check_limit("quantities", len(out), m.num_start)
        out.append((_build_quantity, m, value, os_, oe))
    while nxt is not None:
        _add_spelled(ctx, out, *nxt)
        nxt = next(spelled, None)
    # the objects are built once the scan is over: a pass stopped at the quantities limit (the first pass of a
    # page of figures, see :func:`vanban.pipeline.build_document`) builds none of the 10 000 it would drop
    qs = [k[0](ctx, *k[1:]) for k in out]
    qs.sort(key=lambda q: q.start)
    _labels_and_breakdowns(ctx, doc, qs)
    return qs


def _build_quantity(ctx: Context, m: _Q, value: int | Decimal, os_: int, oe: int) -> Quantity:
    span: dict
    if m.s == m.num_start:  # no qualifier: the span is the one already mapped (what ctx.span would give)
        span = {"text": ctx.original[os_:oe], "start": os_, "end": oe, "line": ctx.orig_line(os_)}
    else:
        span = ctx.span(m.num_start, m.e)
    # (not ``model_construct``: with default factories it inspects their signature on every call, 10× slower)
    return Quantity(value=value, unit="%" if m.pct else m.unit,
                    qualifier=" ".join(m.qual.split()).lower() if m.qual else None, percent=bool(m.pct),
                    of=int(m.of.replace(".", "")) if m.of else None, **span)


def _build_spelled(ctx: Context, ws: int, we: int, unit: str, v: int) -> Quantity:
    return Quantity(value=v, unit=" ".join(unit.split()).lower(), spelled=True, **ctx.span(ws, we))


def _add_spelled(ctx: Context, out: list[tuple], ws: int, we: int, words: str, unit: str) -> None:
    v = words_to_int(words)
    if v is None:
        return
    ctx.check_limit("quantities", len(out), ws)
    out.append((_build_spelled, ws, we, unit, v))




def _labels_and_breakdowns(ctx: Context, doc: Document, qs: list[Quantity]) -> None:
    """Mark labelled counts ("Lao động tiên tiến: 41 cá nhân") and link totals to breakdown lines."""
    by_line: dict[int, list[Quantity]] = {}
    index_of = {id(q): i for i, q in enumerate(qs)}
    for q in qs:
        by_line.setdefault(q.line, []).append(q)
    lines = ctx.orig_lines
    label_of: dict[int, regex.Match[str] | None] = {}  # one look per line, and only at lines of a reasonable length
    for q in qs:
        if q.line not in label_of:
            raw = lines[q.line - 1] if q.line - 1 < len(lines) else ""
            label_of[q.line] = LABELLED_RE.match(raw.strip().strip("*")) if len(raw) <= 400 else None
        lm = label_of[q.line]
        if lm and q.text in lm.group("rest")[:40]:
            q.label = lm.group("label").strip(" -+*")
    # a count followed by ':' or "cụ thể" and then list lines: "- …: NN unit" with the same unit gives a
    # breakdown; otherwise the number of listed items is recorded in ``announces``
    for q in qs:
        if q.unit is None or q.percent:
            continue
        raw = lines[q.line - 1]
        if q.label is not None and not raw.rstrip(" *\t").endswith(":"):
            continue  # "Lao động tiên tiến: 41 cá nhân." counts; "Tổng thu …: 18.650 triệu đồng, gồm:" announces
        if len(raw) > 2000:
            continue  # not a sentence introducing a list
        col = q.start - _line_start(ctx, q.line)
        after = raw[col + len(q.text):]
        tail = after.rstrip(" *\t")
        # "1. Tập thể (04 tập thể)" / "- Cá nhân (05 người):": a count in brackets that closes a list's title
        bracketed = tail.rstrip(":").strip() == ")" and raw[:col].rstrip().endswith("(") and len(raw) < 120
        if not (tail.endswith(":") or tail.endswith(_INTRO_WORDS) or bracketed):
            _inline_breakdown(q, raw[:col], after, by_line.get(q.line, []))
            continue
        later = [x for x in by_line.get(q.line, []) if x.start > q.start]
        if any(x.unit == q.unit for x in later):
            continue  # only the last count of its kind before the ":" announces the list
        allow_bare = not later
        parts = []
        part_idx = []  # the parts that are quantities themselves, as indexes into ``qs``
        items = 0
        same_unit = True
        marker = None
        last_n = 0
        inline = 0  # "(1) …; (2) …" inside the items: the items are groups of what was counted
        grouped = True
        k = q.line + 1
        missing = False  # the item under way has no part on its own line (yet: it may be on its wrapped line)
        counted = False  # an item gives a figure in the total's noun: the list breaks the total down
        prev_t = ""
        while k <= len(lines) and items < 60:
            t = lines[k - 1].strip().strip("*").strip()
            if not t or (t.isdigit() and items):
                k += 1  # a blank, or a page number between two items ("- Thôn Nam;" / "2" / "- Thôn Bắc;")
                if k - q.line > 3 and not items:
                    break
                continue
            if not _LIST_ITEM_RE.match(t):
                if items and (t[:1].islower() or t[:1].isdigit()) and prev_t[-1:] not in (";", ".", ":", "!", "?"):
                    # the item above wrapped onto this line ("2. Việc xây dựng … xây dựng" / "trên đất nông
                    # nghiệp;"): still that item; its part may stand here
                    found = [x for x in by_line.get(k, []) if _same_noun(x.unit, q.unit)]
                    if missing and len(found) == 1:
                        parts.append(found[0].value)
                        part_idx.append(index_of[id(found[0])])
                        missing = False
                    prev_t = t
                    k += 1
                    continue
                break
            if missing:
                same_unit = False
            prev_t = t
            # each bullet character is its own kind: "+" items under a "-" line end at the next "-" line
            kind = ("-" if t[0] == "–" else t[0]) if t[0] in "-+•–" else ("number" if t[0].isdigit() else "letter")
            if marker is None:
                marker = kind
            elif kind != marker:
                break  # "1. Kết quả" after a bullet list is the next heading, not an item
            if kind == "number":
                n = int(_LEAD_NUM_RE.match(t).group())
                if items and n != last_n + 1:
                    break  # the numbering restarts or jumps: the list is over
                last_n = n
            items += 1
            n_inline = len(_INLINE_ENUM_RE.findall(t))
            inline += n_inline
            grouped = grouped and n_inline >= 1
            found = [x for x in by_line.get(k, []) if _same_noun(x.unit, q.unit)]
            counted = counted or bool(found)
            if len(found) > 1:
                # "- Hội … trong tỉnh: 90 hội (bao gồm 16 Hội …)": what the brackets add is a part of the part
                ls = _line_start(ctx, k)
                found = [x for x in found if lines[k - 1][:x.start - ls].count("(") <= lines[k - 1][:x.start - ls].count(")")]
            bare = _BARE_PART_RE.search(t) if not found and allow_bare else None
            missing = False
            if len(found) == 1 and same_unit:
                parts.append(found[0].value)  # an int, or a Decimal ("1.000,5 ha")
                part_idx.append(index_of[id(found[0])])
            elif bare and same_unit:
                parts.append(int(bare.group(1).replace(".", "")))  # "+ Đảng viên chính thức: 38;"
            elif found or bare or t[-1:] in (";", ".", "!", "?"):
                same_unit = False
            else:
                missing = True  # decided by the wrapped line below, or by the next item
            k += 1
        if missing:
            same_unit = False
        if same_unit and len(parts) >= 2:
            q.breakdown = parts
            q.parts = part_idx
        elif items >= 2 and not counted:
            # (items with figures in the total's noun break it down — "7 lĩnh vực, 43 tiêu chí và 95 tiêu chí
            # thành phần, cụ thể là:" / "- …: 8 tiêu chí và 6 tiêu chí thành phần;" — they are no count of lines)
            # "19 nhiệm vụ trọng tâm:" / "- Đã triển khai: (1) …; (2) …" / "- Đang triển khai: (1) …": the
            # numbered entries inside the groups are what was announced
            q.announces = inline if grouped and inline > items else items


# "gồm" / "cụ thể" announce the whole; the parts after "trong đó" may overlap (nữ, đảng viên, …) and are not read
_INLINE_PARTS_RE = regex.compile(r"^[^.;:\n]{0,80}?,?\s*(?:gồm|bao\s+gồm|cụ\s+thể)\s*:?\s*(?P<parts>[^.;\n]+)", regex.I)
_PEOPLE = {"người", "cá nhân"}
_RANGE_END_RE = regex.compile(r"(?:đến|tới|-|–)\s*$")


def _inline_breakdown(q: Quantity, before: str, after: str, on_line: list[Quantity]) -> None:
    """A total broken down on its own line: "có 45 cá nhân …, trong đó: cán bộ 12 người, công chức 14 người,
    người hoạt động không chuyên trách 21 người." — two or more parts counted in the same noun (people counted
    as "người" or "cá nhân") after "trong đó" / "gồm" in the same sentence."""
    m = _INLINE_PARTS_RE.match(after)
    if not m or q.qualifier or _RANGE_END_RE.search(before):
        return  # ("từ 05 đến 15 thành viên, gồm …" is a range, "khoảng 40 người, gồm …" an estimate)
    lead = after[:m.start("parts")]
    if "(" in lead or any(ch.isdigit() for ch in lead):
        return  # "95 hộ, so với năm 2023 là 120 hộ (gồm …)": the "gồm" breaks down another figure
    lo = q.end + m.start("parts")
    hi = q.end + m.end("parts")
    parts = [x for x in on_line if lo <= x.start < hi and x.unit and not x.percent and x.of is None
             and (_same_noun(x.unit, q.unit) or {x.unit, q.unit} <= _PEOPLE)]
    if len(parts) >= 2:
        q.breakdown = [x.value for x in parts]


_LEAD_NUM_RE = regex.compile(r"\d+")
_INLINE_ENUM_RE = regex.compile(r"(?<![\p{L}\d])\(\d{1,2}\)")


def _same_noun(part: str | None, total: str | None) -> bool:
    """Parts counted in the total's noun: "36 hộ cận nghèo" is broken down into "20 hộ", "14 hộ"."""
    return part is not None and total is not None and (part == total or total.startswith(part + " "))
_LIST_ITEM_RE = regex.compile(r"^(?:[-+•–]|\d{1,2}\s*[.)/]|[a-zđ]\s*[)/])\s*\S")


def _line_start(ctx: Context, line: int) -> int:
    return ctx.orig_starts[line - 1] if line > 1 else 0
