"""Breakdowns: a total and its parts, and whether the parts are meant to add up.

Sources: a total announced before list lines (``Quantity.breakdown``, read by the quantities extractor);
"N X, trong đó …", "N X, gồm …", "N X (a … và b …)" in one sentence; "Tổng số: N" after listed lines; the
attendance of a meeting (present + absent = members), votes (for + against + abstaining = present), criteria
(met + not met = all).

A breakdown is a **partition** when its parts are complementary values of one dimension (nam / nữ; xã /
phường / thị trấn; trực tuyến / trực tiếp; the former communes of a merged one — ``dimensions.json``) or a
closed list ("gồm", "cụ thể", a parenthesis, "còn lại", "khác"); a **subset** otherwise: traits that may
overlap (nữ, đảng viên: ``overlapping``) or some parts of many ("trong đó", "trong đó có").
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from .. import lexicon
from ..model import Breakdown, Facts, Part

# (compiled once: ``regex.split(pattern, …)`` looks the pattern up in the module's cache on every call)
_CATEGORY_SEP_RE = regex.compile(r",|;|[ \t]+và[ \t]+")
_LIST_INTRO_RE = regex.compile(r"trong\s+đó(?:\s+có)?|trong\s+số\s+đó|bao\s+gồm|gồm|cụ\s+thể")
_BARE_VALUE_RE = regex.compile(r":\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*(?:\([^()\n]{0,200}\))?\s*[;.,]?\s*$")
_NUMBERED_RE = regex.compile(r"\d{1,2}[.)]\s")
_JOINT_SEP_RE = regex.compile(r"[,/]|[ \t]+và[ \t]+|^và[ \t]+")
_SEP_RE = regex.compile(r"[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+|[ \t]+với[ \t]+)")
_INTRO_RE = regex.compile(
    r"""[ \t]*[,;]?[ \t]*(?P<intro>trong[ \t]+đó(?:[ \t]+có)?|trong[ \t]+số[ \t]+đó|bao[ \t]+gồm|gồm(?:[ \t]+có)?|cụ[ \t]+thể)
        [ \t]*:?[ \t]*""", regex.X | regex.I)
_MAX_REGION = 400
_COLON_RE = regex.compile(r"(?P<intro>:)[ \t]*")
_INTRO_SEARCH_RE = regex.compile(r"[,;][ \t]*(?:trong[ \t]+đó|trong[ \t]+số[ \t]+đó|bao[ \t]+gồm|gồm|cụ[ \t]+thể)"
                                 r"(?![\p{L}])|(?P<colon>:)", regex.I)


@lru_cache(maxsize=1)
def _lex() -> dict:
    d = lexicon.load("dimensions")
    # surface word -> (dimension, value), longest first, so "không tán thành" wins over "tán thành"
    surf: list[tuple[str, str, str]] = []
    for dim, spec in d["dimensions"].items():
        if spec.get("unit_only"):
            continue  # "xã", "phường": a value only as the part's noun ("15 xã"), not as a word of its label
        for val, words in spec["values"].items():
            for w in words:
                surf.append((" ".join(w.lower().split()), dim, val))
    surf.sort(key=lambda x: -len(x[0]))
    units = {" ".join(w.lower().split()): (dim, val) for dim, spec in d["dimensions"].items() if spec.get("unit_only")
             for val, words in spec["values"].items() for w in words}
    closed = {dim for dim, spec in d["dimensions"].items() if spec["closed_by_values"]}
    of = {dim: {u.lower() for u in spec.get("of", [])} for dim, spec in d["dimensions"].items()}
    by_surface: dict[str, tuple[str, str]] = {}
    for w, dim, val in surf:
        by_surface.setdefault(w, (dim, val))
    return {"surf": surf, "units": units, "by_surface": by_surface,
            "trait_set": frozenset(" ".join(_words(t)) for t in d["traits"]), "closed": closed, "of": of,
            "traits": sorted(d["traits"], key=len, reverse=True),
            "former": d["former_markers"], "closing": d["closing_words"], "partial": d["partial_intros"],
            "list_totals": d["list_totals"],
            "people_nouns": frozenset(d["people_nouns"]), "people_units": frozenset(d["people_units"]),
            "measures": frozenset(u.lower() for u in lexicon.load("units")["measure"])}


def _has_word(hay: str, w: str) -> bool:
    i = hay.find(w)
    while i >= 0:
        a = i == 0 or not hay[i - 1].isalpha()
        b = i + len(w) >= len(hay) or not hay[i + len(w)].isalpha()
        if a and b:
            return True
        i = hay.find(w, i + 1)
    return False


_MAX_GRAM = 5


@lru_cache(maxsize=4096)
def dim_values(label: str) -> tuple[tuple[str, str], ...]:
    """The (dimension, value) pairs a part's label names: its words looked up as 1- to 5-word phrases, longest
    first, without overlaps ("không tán thành" before "tán thành")."""
    words = _words(label)
    table = _lex()["by_surface"]
    found: list[tuple[str, str]] = []
    k = 0
    while k < len(words):
        for n in range(min(_MAX_GRAM, len(words) - k), 0, -1):
            hit = table.get(" ".join(words[k:k + n]))
            if hit is not None:
                found.append(hit)
                k += n
                break
        else:
            k += 1
    if _former_commune(label, words):
        return (("former_commune", " ".join(label.split())),)
    return tuple(found)


def _words(label: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in label.lower()).split()


_PLACE_RE = regex.compile(r"(?<![\p{L}])(?:thôn|xã|phường|thị[ \t]+trấn|tổ[ \t]+dân[ \t]+phố|khu[ \t]+phố|ấp|bản|làng|"
                          r"khu[ \t]+dân[ \t]+cư)[ \t]+(?:\p{Lu}|\d)")


def _names_place(label: str) -> bool:
    """The label names a place ("ở thôn Đông", "tại xã Hòa An", "thôn 3")."""
    return _PLACE_RE.search(label[:120]) is not None


def _former_commune(label: str, words: list[str]) -> bool:
    """"thuộc xã Tân Lập cũ": a commune named with a marker of the time before the merger."""
    if not any(m in words or m in " ".join(words) for m in _lex()["former"]):
        return False
    raw = label.split()
    for k, w in enumerate(raw[:-1]):
        if w.lower() in ("xã", "phường") and raw[k + 1][:1].isupper():
            return True
        if w.lower() == "trấn" and k and raw[k - 1].lower() == "thị" and raw[k + 1][:1].isupper():
            return True
    return False


@lru_cache(maxsize=4096)
def is_trait(label: str) -> bool:
    words = _words(label)
    traits = _lex()["trait_set"]
    return any(" ".join(words[k:k + n]) in traits for k in range(len(words)) for n in range(1, _MAX_GRAM + 1)
               if k + n <= len(words))


def compatible(part_unit: str | None, total_unit: str | None) -> bool:
    """Parts counted in the total's noun: "40 hộ nghèo" of "120 hộ", people as người or cá nhân, "15 xã" of
    "17 đơn vị hành chính", "09 tập thể" of "19 lượt tập thể"."""
    if part_unit is None or total_unit is None:
        return False
    p, t = part_unit.lower(), total_unit.lower()
    if t.startswith("lượt "):
        t = t[5:]
    if p.startswith("lượt "):
        p = p[5:]
    if t == "lượt" and p in ("tập thể", "cá nhân", "hộ gia đình", "người"):
        return True  # "19 lượt" of tập thể and cá nhân
    if p == t or t.startswith(p + " ") or p.startswith(t + " "):
        return True
    people = _lex()["people_units"]
    if t in people and (p in people or p in _lex()["people_nouns"]):
        return True  # "22 người, trong đó 20 đảng viên"
    for dim, nouns in _lex()["of"].items():
        if t in nouns and (_lex()["units"].get(p, ("",))[0] == dim
                           or any(val == p for _w, d, val in _lex()["surf"] if d == dim)):
            return True
    return False


def _names_categories(head: str, parts: list[Part]) -> bool:
    """The total's own words name the categories its parts are, one each and in the same order: "Tổng số cán
    bộ, công chức, người lao động hợp đồng là 40 người, trong đó: cán bộ 12 người, công chức 20 người, người lao
    động hợp đồng 08 người" — the parts are all of the total, whatever word introduces them. Each part's label
    (no dimension value: those have their own reading) is a whole phrase of its comma-separated segment of the
    head, so a trait ("nữ 8 người") the head does not name never qualifies."""
    if len(parts) < 2 or len(head) > 200:
        return False
    segs = [" ".join(_words(s)) for s in _CATEGORY_SEP_RE.split(head)]
    segs = [s for s in segs if s]
    if len(segs) != len(parts):
        return False
    for seg, p in zip(segs, parts, strict=True):
        label = " ".join(_words(p.label))
        if not label or dim_values(p.label) or not _has_word(" " + seg + " ", label):
            return False
    return True


def _classify(b: Breakdown, intro: str, closed: bool, resolved_total: bool = False,
              unknown_overlap: bool = True, head: str = "") -> None:
    """Set ``kind``, ``dimension`` and ``overlapping`` of ``b`` from its parts' labels and how it was introduced
    (``intro``: "trong đó", "gồm", "list", "paren", ""), ``closed``: a closing word or "và" before the last;
    ``head``: the words of the total's sentence before it (the categories it names)."""
    units = _lex()["units"]
    dims = [[units[(p.unit or '').lower()]] if (p.unit or '').lower() in units else dim_values(p.label) for p in b.parts]
    for p, d in zip(b.parts, dims, strict=True):
        p.dim_value = d[0][1] if len(d) == 1 else (" / ".join(v for _, v in d) if d else None)
    named = [d for d in dims if d]
    one_dim = None
    if len(named) == len(b.parts) and named:
        ds = {dim for d in named for dim, _ in d}
        vals = {v for d in named for _, v in d}
        if len(ds) == 1 and len(vals) >= 2:
            one_dim = ds.pop()
    lx = _lex()
    last = " ".join(b.parts[-1].label.lower().split()) if b.parts else ""
    closing = any(_has_word(" " + last + " ", w) for w in lx["closing"])
    unit = (b.unit or "").lower()
    # "Đảng viên dự bị" of "41 đảng viên": the total's own noun is no trait of its parts
    traits = sum(1 for p in b.parts if is_trait(p.label.lower().replace(unit, " ") if unit else p.label)
                 or (p.unit or "").lower() not in ("", unit) and is_trait(p.unit or ""))
    partial_intro = intro.lower().replace("\t", " ").startswith(("trong đó có", "trong số đó"))
    if one_dim is not None:
        b.dimension = one_dim
        vals = {p.dim_value for p in b.parts}
        # resolved files split by time (trước / đúng / quá hạn) add up to the resolved total; with the pending ones
        # ("đang giải quyết") to everything received
        timely = one_dim == "timeliness" and ("đang giải quyết" in vals or resolved_total)
        b.kind = "partition" if (one_dim in lx["closed"] or timely or closing or intro in ("gồm", "list", "paren")) \
            and not partial_intro else "subset"
        return
    if not partial_intro and head and _names_categories(head, b.parts):
        b.kind = "partition"  # "cán bộ, công chức … là 86 người, trong đó: cán bộ 21 người, công chức …"
        return
    if traits or (named and len({dim for d in named for dim, _ in d}) > 1):
        b.kind, b.overlapping = "subset", True
        return
    if closing or intro in ("gồm", "bao gồm", "cụ thể", "list") or intro == "paren" and closed:
        b.kind = "partition"
        return
    if b.source == "inline" and closed and intro.startswith("trong") and not partial_intro \
            and unit not in _lex()["measures"]:
        # "trong đó 60 đơn kiến nghị, 20 đơn khiếu nại và 05 đơn tố cáo": "và" before the last closes the list
        # (not for money and measures, whose "trong đó" names some sources only)
        b.kind = "partition"
        return
    b.kind = "subset"
    # after "trong đó" parts named by words the lexicon does not know may be traits that overlap; parts named by
    # places ("80 hộ ở thôn Đông, 60 hộ ở thôn Tây") cannot
    b.overlapping = unknown_overlap and intro.startswith("trong") and not all(_names_place(p.label) for p in b.parts)


#: how far after a total its intro word may come ("45 cá nhân đạt danh hiệu “…”, gồm: …")
_INTRO_WINDOW = 100


def _in_change_bracket(text: str, q) -> bool:
    """Is the figure inside a bracket that states a change or a comparison ("1.012 học sinh (tăng 2 lớp, 86 học
    sinh so với năm học trước)"): every figure there is a difference, none a total."""
    lo = max(0, q.start - 80)
    k = text.rfind("(", lo, q.start)
    if k < 0 or text.find(")", k, q.start) >= 0:
        return False
    end = text.find(")", q.end, q.end + 120)
    inside = text[k:end if end >= 0 else q.end + 60].lower()
    return any(w in inside for w in ("tăng", "giảm", "so với", "so cùng kỳ"))


def _intro_after(text: str, pos: int):
    """The intro ("trong đó", "gồm", "cụ thể") of the parts of the figure ending at ``pos``: right after it, or
    after a few words that hold no other figure, bracket or clause end."""
    m = _INTRO_RE.match(text, pos)
    if m:
        return m
    hi = min(len(text), pos + _INTRO_WINDOW)
    m = _INTRO_SEARCH_RE.search(text, pos, hi)
    if m is None:
        return None
    lead = text[pos:m.start()]
    if any(ch.isdigit() or ch in "().;:\n" for ch in lead):
        return None
    if m.group("colon"):
        # "Phân loại 212 hộ nghèo theo nguyên nhân chính: thiếu vốn 84 hộ; …": the parts follow on the line
        return _COLON_RE.match(text, m.start()) if text[m.end():m.end() + 3].strip() else None
    return _INTRO_RE.match(text, m.start())


def _resolved(text: str, q) -> bool:
    """The total counts resolved files ("đã giải quyết 120 hồ sơ"), not files received."""
    before = text[max(0, q.start - 30):q.start].lower()
    return "giải quyết" in before and "đang giải quyết" not in before and "tiếp nhận" not in before


def _norm_intro(s: str) -> str:
    s = " ".join(s.lower().split())
    if s == ":":
        return "gồm"  # a colon closing the sentence that announces the parts lists them all
    if s.startswith("trong"):
        return s
    if s.startswith(("gồm", "bao gồm")):
        return "gồm"
    if s.startswith("cụ thể"):
        return "cụ thể"
    return s


def _region_parts(facts: Facts, qs, starts: list[int], roles, lo: int, hi: int, total,
                  skip_with: bool = False) -> tuple[list[Part], bool]:
    """The parts in text[lo:hi]: chunks split at ",", ";", "và"; each chunk with one quantity counted in the
    total's noun is a part, its words the part's label. Stops at a chunk whose figure is counted in another
    noun. Returns (parts, "và" before the last part)."""
    text = facts.text
    parts: list[Part] = []
    pos = lo
    va_last = False
    j = 0
    chunks = []
    with_ = False
    for m in _SEP_RE.finditer(text, lo, hi):
        chunks.append((pos, m.start(), "và" in m.group(), with_))
        with_ = "với" in m.group()
        pos = m.end()
    chunks.append((pos, hi, False, with_))
    prev_va = False
    for idx, (cs, ce, sep_va, after_with) in enumerate(chunks):
        inside = list(range(bisect_left(starts, cs), bisect_left(starts, ce)))
        cand = [k for k in inside if roles.get(k) in ("count", "part", "total", None)
                and not qs[k].percent and qs[k].of is None]
        if not inside or not cand and all(qs[k].percent for k in inside):
            # nothing counted here ("trước hạn và đúng hạn 293 hồ sơ": the "và" is inside a label), or only the
            # part's share ("95 hộ, chiếm 4,1% và 120 hộ …": the "và" still closes the list)
            prev_va = sep_va and bool(inside)
            continue
        if len(cand) != 1:
            break
        q = qs[cand[0]]
        if skip_with and after_with and idx == 1 and q.unit and not compatible(q.unit, total.unit):
            # "19 tiêu chí với 57 chỉ tiêu; … đạt 17 tiêu chí, còn 01 tiêu chí chưa đạt": what the total has
            # right after it ("với …") is no part
            continue
        if q.unit is None:
            # "trong đó 12 nữ", "(trước hạn 50, đúng hạn 175)": a figure named by a trait or a dimension value
            # right after it or right before it
            word = text[q.end:ce].strip() or text[cs:q.start].strip(" :")
            if not word or not (is_trait(word) or dim_values(word)):
                break
        elif not (compatible(q.unit, total.unit) or _value_unit(q.unit)):
            break
        label = (text[cs:q.start] + " " + _extra_unit(q.unit, total.unit) + " " + text[q.end:ce]).strip(" :-+")
        parts.append(Part(q.start, q.end, q.value, " ".join(label.split()), None, _figure(text, q), q.unit))
        va_last = prev_va
        if prev_va:
            break  # "a, b và c": the list is closed ("…; trong đó có 79 xã, …" after it is another breakdown)
        prev_va = sep_va
        j += 1
    return parts, va_last


def _figure(text: str, q) -> str:
    """A quantity's figure as written ("01" of "01 thị trấn", "khoảng 40" of "khoảng 40 người")."""
    t = text[q.start:q.end]
    for tok in t.split():
        if tok[:1].isdigit():
            return tok
    return t


def _value_unit(unit: str | None) -> bool:
    """A unit that is itself a dimension value ("15 xã và 01 thị trấn")."""
    if unit is None:
        return False
    u = unit.lower()
    return u in _lex()["units"] or any(u == w for w, _d, _v in _lex()["surf"])


def _extra_unit(part_unit: str | None, total_unit: str | None) -> str:
    """The words a part's unit adds to the total's ("hộ nghèo" of "hộ": "nghèo"), or the part's unit when it is
    a dimension value ("thị trấn")."""
    if not part_unit:
        return ""
    if total_unit and part_unit.lower().startswith(total_unit.lower() + " "):
        return part_unit[len(total_unit) + 1:]
    if not total_unit or part_unit.lower() != total_unit.lower():
        return part_unit  # "thị trấn" of "đơn vị hành chính", "đảng viên" of "người"
    return ""


def _sentence_start(facts: Facts, pos: int) -> int:
    """Start of the sentence holding ``pos`` on its line (after a full stop and a blank)."""
    ls = max(facts.line_starts[facts.line_index(pos)], pos - _MAX_REGION)  # bounded: no scan back to the line start
    text = facts.text
    k = pos
    while True:
        d = text.rfind(".", ls, k)
        if d < 0:
            return ls
        if d + 1 < len(text) and text[d + 1] in " \t":
            return d + 1
        k = d


def _sentence_end(text: str, pos: int) -> int:
    """End of the clause holding ``pos`` (a line break, or a full stop before a blank), at most
    ``_MAX_REGION`` characters on."""
    hi = min(len(text), pos + _MAX_REGION)
    nl = text.find("\n", pos, hi)
    if nl >= 0:
        hi = nl
    k = pos
    while True:
        d = text.find(".", k, hi)
        if d < 0:
            return hi
        if d + 1 >= len(text) or text[d + 1] in " \t\n\r":
            return d
        k = d + 1


def breakdowns(facts: Facts) -> list[Breakdown]:
    doc = facts.document
    qs = doc.quantities
    text = facts.text
    nums = facts.get("numbers")
    roles = {n.quantity: n.role for n in nums if n.quantity is not None}
    out: list[Breakdown] = []
    taken: set[int] = set()
    # quantities by line, in order (indexes)
    starts = [q.start for q in qs]

    part_starts: set[int] = set()
    for i, q in enumerate(qs):
        if q.start in part_starts:
            continue  # "tán thành 23 đại biểu, không tán thành 01 …": a part is no total of the parts after it
        if out and out[-1].parts and out[-1].parts[-1].start >= q.start:
            part_starts.update(p.start for p in out[-1].parts)
            if q.start in part_starts:
                continue
        if roles.get(i) in ("change", "comparison", "rate", "fraction", "range", "estimate", "target",
                            "threshold") or q.percent or _in_change_bracket(facts.text, q):
            continue
        # (1) list lines under an announced total (the extractor linked them)
        if q.breakdown and len(q.breakdown) >= 2:
            b = _list_breakdown(facts, doc, i, q)
            if b is not None:
                out.append(b)
                taken.add(i)
                continue
        if not q.unit:
            continue
        # (2) one sentence: "N X, trong đó …" / "N X, gồm …" / "N X (a … và b …)"
        m = _intro_after(text, q.end)
        if m:
            intro = _norm_intro(m.group("intro"))
            hi = _sentence_end(text, m.end())
            parts, va = _region_parts(facts, qs, starts, roles, m.end(), hi, q)
            if len(parts) >= 2:
                b = Breakdown(q.start, q.end, q.text, q.value, parts, "subset", "inline", unit=q.unit)
                _classify(b, intro, va, _resolved(text, q), head=text[_sentence_start(facts, q.start):q.start])
                out.append(b)
                taken.add(i)
            continue
        j = q.end
        while j < len(text) and j - q.end < 40 and (text[j] in " \t" or text[j].isalpha()):
            j += 1  # "17 đơn vị hành chính cấp xã (15 xã và 01 thị trấn)": a few words before the bracket
        if text[j:j + 1] == "(":
            close = text.find(")", j, j + 300)
            if close > 0 and "(" not in text[j + 1:close]:
                parts, va = _region_parts(facts, qs, starts, roles, j + 1, close, q)
                if len(parts) >= 2:
                    b = Breakdown(q.start, q.end, q.text, q.value, parts, "subset", "inline", unit=q.unit)
                    _classify(b, "paren", va or len(parts) >= 2, _resolved(text, q))
                    out.append(b)
                    taken.add(i)
                continue
        # (3) dimension values counted after the total in the same clause, no intro word: "Tổng số 09 người;
        # có mặt 08 người, vắng 01 người" / "19 tiêu chí, đạt 15 tiêu chí, chưa đạt 04 tiêu chí"
        hi = _sentence_end(text, q.end)
        cs = _sentence_start(facts, q.start)
        if i > 0 and qs[i - 1].start >= cs:
            continue  # a figure after another one in its sentence is not the total of what follows
        parts, va = _region_parts(facts, qs, starts, roles, q.end, hi, q, skip_with=True)
        if len(parts) >= 2:
            b = Breakdown(q.start, q.end, q.text, q.value, parts, "subset", "inline", unit=q.unit)
            _classify(b, "", va, _resolved(text, q))
            if b.dimension in ("attendance", "vote", "criteria") and b.kind == "partition":
                b.source = b.dimension
                if b.dimension == "attendance" and "miễn" in text[cs:hi].lower():
                    continue  # members excused (miễn sinh hoạt) count in the total, neither present nor absent
                out.append(b)
                taken.add(i)
    out.extend(_bracketed_list_totals(facts, doc, roles, taken, starts))
    out.extend(_list_totals(facts, doc, roles, taken, starts))
    out.extend(_fraction_attendance(facts, doc))
    out.sort(key=lambda b: b.start)
    return out


def _list_breakdown(facts: Facts, doc, i: int, q) -> Breakdown | None:
    text = facts.text
    qs = doc.quantities
    k = facts.line_index(q.start)
    ls, le = facts.line_bounds(k)
    after = text[q.end:min(le, q.end + _MAX_REGION)].lower()
    intro = "list"
    im = _LIST_INTRO_RE.search(after)
    if im:
        intro = _norm_intro(im.group())
        if intro in ("gồm", "cụ thể"):
            intro = "list"
    parts: list[Part] = []
    idx = list(q.parts)
    if len(idx) == len(q.breakdown):
        for p in idx:
            pq = qs[p]
            pk = facts.line_index(pq.start)
            a, _e = facts.line_bounds(pk)
            label = text[a:pq.start].strip(" \t-+•–*:")
            parts.append(Part(pq.start, pq.end, pq.value, " ".join(label.split()) + " " + _extra_unit(pq.unit, q.unit),
                              None, _figure(text, pq), pq.unit))
    else:
        # bare parts ("+ Cá nhân: 03"): find each value at the end of the lines below
        want = list(q.breakdown)
        kk = k + 1
        n = len(facts.line_starts)
        while want and kk < n and kk - k < 80:
            a, e = facts.line_bounds(kk)
            line = text[a:e]
            m = _BARE_VALUE_RE.search(line)
            if m and int(m.group(1).replace(".", "")) == want[0]:
                parts.append(Part(a + m.start(1), a + m.end(1), want.pop(0), line[:m.start()].strip(" \t-+•–*"),
                                  None, m.group(1)))
            kk += 1
        if want:
            return None  # the extractor's inline breakdown ("…, gồm: cán bộ 12 người, …"): read as one sentence
    b = Breakdown(q.start, q.end, q.text, q.value, parts, "subset", "list", unit=q.unit)
    _classify(b, intro, True, _resolved(text, q), unknown_overlap=False)
    if q.label is not None and intro.startswith("trong"):
        b.overlapping = True  # "Tổng số cán bộ: 22 người, trong đó: - Nữ …; - Đảng viên …": traits
    return b


def _list_totals(facts: Facts, doc, roles, taken: set[int], starts: list[int]):
    """"Tổng số: 19 lượt tập thể." closing the list lines above it, each with one figure in the same noun."""
    text = facts.text
    qs = doc.quantities
    heads = tuple(_lex()["list_totals"])
    for i, q in enumerate(qs):
        if i in taken or roles.get(i) not in ("count", "total"):
            continue
        k = facts.line_index(q.start)
        ls, le = facts.line_bounds(k)
        if q.start - ls > 40:
            continue  # "Tổng số: N" opens its line
        head = text[ls:q.start].strip(" \t-+•–*").lower().rstrip(":").strip()
        if head not in heads and not (head.startswith(tuple(h + " " for h in heads)) and text[ls:q.start].rstrip()
                                      .endswith(":")):
            continue  # "Tổng số: 19", "Tổng số đảng viên được phân loại: 34 đồng chí"
        # a labelled total ("Tổng số cán bộ, giáo viên, nhân viên: 58 người") closes only lines counted in its own
        # noun: the classes' pupils listed above it are not its parts
        labelled = head not in heads
        nouns = _joint_units(text, q, le)
        parts: list[Part] = []
        kk = k - 1
        first_idx = None
        while kk >= 0 and k - kk <= 60:
            a, e = facts.line_bounds(kk)
            line = text[a:e].strip()
            if not line:
                kk -= 1
                continue
            if not line.startswith(("-", "+", "•", "–")) and not _NUMBERED_RE.match(line):
                break
            on = [j for j in _qs_in(starts, a, e) if not qs[j].percent and qs[j].of is None]
            # a part in the total's noun, or a bare figure closing a "label: N" line ("- Giấy khen …: 09;")
            good = [j for j in on if (qs[j].unit == q.unit if labelled and q.unit else
                                      any(compatible(qs[j].unit, u) for u in nouns))
                    or q.unit is None and qs[j].unit
                    or qs[j].unit is None and text[a:qs[j].start].rstrip().endswith(":")
                    and not text[qs[j].end:e].strip(" ;.,")]
            if len(good) != 1:
                break
            pq = qs[good[0]]
            parts.append(Part(pq.start, pq.end, pq.value, text[a:pq.start].strip(" \t-+•–*:"), None,
                              _figure(text, pq), pq.unit))
            first_idx = good[0]
            kk -= 1
        if len(parts) >= 2 and first_idx is not None:
            parts.reverse()
            units = {qs[j].unit for j in _qs_in(starts, parts[0].start, parts[-1].end)}
            if q.unit is None and len(units) > 1:
                continue
            yield Breakdown(q.start, q.end, q.text, q.value, parts, "partition", "list_total", unit=q.unit)


_LIST_MARK_RE = regex.compile(r"[ \t]*(?:[-+•–]|\d{1,2}[.)])[ \t]")


def _bracketed_list_totals(facts: Facts, doc, roles, taken: set[int], starts: list[int]):
    """"… có 20 lớp với 812 học sinh (tăng 1 lớp, 45 học sinh so với năm học trước), cụ thể:" and one line per
    part below: the total is the figure before the bracket — the figures inside it state a change, none of them
    announces the list (the extractor takes the last count of the noun before the colon, here the change)."""
    text = facts.text
    qs = doc.quantities
    for i, q in enumerate(qs):
        if i in taken or q.breakdown or not q.unit or q.percent or q.of is not None \
                or roles.get(i) not in ("count", "total"):
            continue
        k = facts.line_index(q.start)
        _ls, le = facts.line_bounds(k)
        if le - q.end > 250:
            continue  # (bounded: the colon closes the line within a few words)
        tail = text[q.end:le].rstrip(" \t*")
        if not tail.endswith(":") or "(" not in tail:
            continue
        later = list(_qs_in(starts, q.end, le))
        same = [j for j in later if qs[j].unit == q.unit]
        if not same or not all(_in_change_bracket(text, qs[j]) for j in later):
            continue  # another count of the noun outside the change bracket may be what the lines break down
        if any(ch.isdigit() for ch in text[q.end:text.find("(", q.end, le)]):
            continue
        parts: list[Part] = []
        kk = k + 1
        n = len(facts.line_starts)
        while kk < n and kk - k <= 60:
            a, e = facts.line_bounds(kk)
            if not _LIST_MARK_RE.match(text, a, e):
                break
            good = [j for j in _qs_in(starts, a, e) if qs[j].unit == q.unit and not qs[j].percent
                    and qs[j].of is None]
            if len(good) != 1:
                break
            pq = qs[good[0]]
            label = " ".join(text[a:pq.start].strip(" \t-+•–*:").split())
            parts.append(Part(pq.start, pq.end, pq.value, label, None, _figure(text, pq), pq.unit))
            kk += 1
        if len(parts) < 2:
            continue
        if kk < n and _LIST_MARK_RE.match(text, *facts.line_bounds(kk)):
            continue  # the list goes on with lines of another kind: these may be some of its parts
        b = Breakdown(q.start, q.end, q.text, q.value, parts, "subset", "list", unit=q.unit)
        _classify(b, "list", True, unknown_overlap=False)
        taken.add(i)
        yield b


def _joint_units(text: str, q, le: int) -> tuple[str | None, ...]:
    """The nouns a total is counted in: its unit, and the nouns written after it as one ("Tổng cộng: 963 cháu,
    em." closes lines counted in "cháu" and in "em")."""
    if not q.unit:
        return (q.unit,)
    rest = text[q.end:le].strip(" \t.;")
    if not rest or len(rest) > 30 or any(ch.isdigit() for ch in rest) or not rest.startswith((",", "/", "và ")):
        return (q.unit,)
    more = [w for w in (" ".join(x.split()) for x in _JOINT_SEP_RE.split(rest)) if w]
    if not more or any(len(w.split()) > 2 for w in more):
        return (q.unit,)
    return (q.unit, *more)


def _qs_in(starts: list[int], a: int, e: int) -> range:
    """Indexes of the quantities starting in [a, e)."""
    return range(bisect_left(starts, a), bisect_left(starts, e))


_ABSENT_RE = regex.compile(r"[ \t]*(?:thành[ \t]+viên|đại[ \t]+biểu|người|đồng[ \t]+chí)?[ \t]*[,;][ \t]*vắng"
                           r"(?:[ \t]+mặt)?[ \t:]+(\d{1,4})(?!\d)", regex.I)
#: "Hòa giải thành 28/31 vụ việc, còn 03 vụ việc …": the rest of a fraction's whole
_REST_RE = regex.compile(r"[ \t]*[,;][ \t]*(?:còn[ \t]+lại|còn|chưa[ \t]+\p{L}+)[ \t:]+(\d{1,3}(?:\.\d{3})*|\d+)(?!\d)"
                         r"[ \t]+(\p{L}+(?:[ \t]+\p{L}+)?)", regex.I)


def _fraction_attendance(facts: Facts, doc):
    """"có mặt 11/13 thành viên, vắng 02": present + absent = members."""
    text = facts.text
    for q in doc.quantities:
        if q.of is None:
            continue
        before = text[max(0, q.start - 12):q.start].lower()
        if "có mặt" not in before:
            rest = _REST_RE.match(text, q.end)
            if rest and q.unit and rest.group(2).lower().startswith(q.unit.split()[0].lower()):
                slash = text.find("/", q.start, q.end)
                num_end = slash if slash > 0 else q.end
                r = int(rest.group(1).replace(".", ""))
                parts = [Part(q.start, num_end, q.value, "đã", None, text[q.start:num_end]),
                         Part(rest.start(1), rest.end(1), r, "còn lại", None, rest.group(1))]
                yield Breakdown(q.start, q.end, text[slash + 1:q.end] if slash > 0 else q.text, q.of, parts,
                                "partition", "rest", unit=q.unit)
            continue
        m = _ABSENT_RE.match(text, q.end)
        if not m:
            continue
        absent = int(m.group(1))
        slash = text.find("/", q.start, q.end)
        num_end = slash if slash > 0 else q.end
        parts = [Part(q.start, num_end, q.value, "có mặt", "có mặt", text[q.start:num_end]),
                 Part(m.start(1), m.end(1), absent, "vắng", "vắng", m.group(1))]
        yield Breakdown(q.start, q.end, text[slash + 1:q.end] if slash > 0 else q.text, q.of, parts, "partition",
                        "attendance", dimension="attendance", unit=q.unit)
