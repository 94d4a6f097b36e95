"""Plant known errors at known places in clean documents and measure whether the rules find them.

Sites are found with this module's own patterns (not with vanban's parser, so a parser miss cannot hide a
site), and every injection replaces a few characters inside one line, so line numbers never move. Each
:class:`Injection` records the error kind, the rule expected to report it and the line.

Kinds (error kind -> expected rule):

=======================  ========================  =============================================================
kind                     rule                      change
=======================  ========================  =============================================================
citation-date-31-04      invalid-date              a cited document's date becomes 31/04 (or 31 tháng 4)
citation-date-day-80     invalid-date              a cited document's day becomes 80
dateline-invalid         invalid-date              the date line becomes ngày 31 tháng 02
citation-future          future-date               a cited document is dated 30 days after the date line
type-swapped             type-symbol-mismatch      the type word no longer fits the symbol (Quyết định số 12/KH-…)
year-shift               year-mismatch             a "năm Y" about the reporting year Y becomes Y-1
heading-gap              heading-sequence          the last heading of a numbered run skips a number
heading-duplicate        heading-sequence          a heading repeats the previous heading's number
count-changed            count-mismatch            "05 phong trào:" announced over 3 listed items
breakdown-broken         total-mismatch            a total no longer equals its "- …: N" lines
award-list-count         award-list-count          Điều 1 awards one more than the attached list names
=======================  ========================  =============================================================

When the listed items of a changed count themselves count the same noun ("03 mô hình, gồm: - …: 01 mô hình"),
the error is a total that does not add up, and ``total-mismatch`` reporting it counts as detected
(:data:`ALSO_DETECTS`).

Clean documents: the corpora gold files without expected findings and, with ``real=True``, the real
documents in ``../shared/corpus/real`` (headings for those come from ``tests/data/real/NNNN.json``).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from ..util import VI_LETTERS, int_to_roman, roman_to_int

KINDS: dict[str, str] = {
    "citation-date-31-04": "invalid-date",
    "citation-date-day-80": "invalid-date",
    "dateline-invalid": "invalid-date",
    "citation-future": "future-date",
    "type-swapped": "type-symbol-mismatch",
    "year-shift": "year-mismatch",
    "heading-gap": "heading-sequence",
    "heading-duplicate": "heading-sequence",
    "count-changed": "count-mismatch",
    "breakdown-broken": "total-mismatch",
    "award-list-count": "award-list-count",
}
#: Other rules that report the same planted error in other words (see the module docstring).
ALSO_DETECTS: dict[str, tuple[str, ...]] = {"count-changed": ("total-mismatch",)}
BLOCKING = ("error", "warning")
DEFAULT_SEED = 20240611


@dataclass
class Site:
    """One place where an error can be planted: replace ``text[start:end]`` (``old``) by ``new``."""

    start: int
    end: int
    old: str
    new: str
    note: str = ""


@dataclass
class Injection:
    """A planted error: which document, what kind, the rule expected to report it, where, and the result."""

    doc: str
    kind: str
    rule: str
    line: int
    old: str
    new: str
    start: int
    text: str = field(repr=False)
    note: str = ""


@dataclass
class CleanDoc:
    """A document with no known error, and the headings a reader sees in it."""

    name: str
    text: str
    headings: list[dict]  # {"line", "label", "level", "depth"} in document order
    date: dt.date | None = None


# --------------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------------


def _line_bounds(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append((a, i))
            a = i + 1
    out.append((a, len(text)))
    return out


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _pad(template: str, n: int) -> str:
    """``n`` written with the zero padding of ``template`` ("05" -> "07", "5" -> "7")."""
    return str(n).zfill(len(template)) if template.startswith("0") and len(template) > 1 else str(n)


def _same_case(template: str, word: str) -> str:
    return word[0].upper() + word[1:] if template[:1].isupper() else word[0].lower() + word[1:]


# --------------------------------------------------------------------------------------------------
# Patterns (independent of the parser)
# --------------------------------------------------------------------------------------------------

TYPE_CODES = {
    "quyết định": "QĐ", "kế hoạch": "KH", "nghị quyết": "NQ", "chỉ thị": "CT", "thông báo": "TB",
    "hướng dẫn": "HD", "báo cáo": "BC", "tờ trình": "TTr", "chương trình": "CTr", "kết luận": "KL",
    "nghị định": "NĐ", "thông tư": "TT", "công văn": "CV",
}
SWAP = {
    "quyết định": "kế hoạch", "kế hoạch": "quyết định", "nghị quyết": "quyết định", "chỉ thị": "kế hoạch",
    "thông báo": "kế hoạch", "hướng dẫn": "quyết định", "báo cáo": "kế hoạch", "tờ trình": "báo cáo",
    "chương trình": "quyết định", "kết luận": "nghị quyết", "nghị định": "thông tư", "thông tư": "nghị định",
    "công văn": "quyết định",
}
_TYPES = "|".join(sorted(TYPE_CODES, key=len, reverse=True))
_DATE_NUM = r"(?P<d>\d{1,2})(?P<s1>[/.-])(?P<m>\d{1,2})(?P=s1)(?P<y>\d{4})"
_DATE_WORDS = r"(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>\d{4})"
CITATION_RE = re.compile(
    rf"(?P<type>(?i:{_TYPES}))\s+số\s+(?P<num>\d{{1,5}})(?P<sep>[/-])(?P<sym>[\wĐđ]+(?:[/-][\wĐđ]+)*)"
    rf"(?:\s*,?\s+ngày\s+(?:{_DATE_NUM}|{_DATE_WORDS}))?"
)
DATELINE_RE = re.compile(r",\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")


def _symbol_code(num_sep: str, sym: str) -> str | None:
    """The type code a symbol carries: 12/KH-UBND -> KH, 02-KH/ĐU -> KH, 98/2023/NĐ-CP -> NĐ."""
    parts = sym.split("/")
    if num_sep == "-":  # Party form NN-TYPE/BODY
        return parts[0].split("-")[0]
    if parts[0].isdigit() and len(parts) > 1:  # legal NN/YYYY/TYPE-BODY
        return parts[1].split("-")[0]
    head = parts[0].split("-")
    return head[0] if len(head) > 1 else None


def citations(text: str) -> Iterator[re.Match]:
    yield from CITATION_RE.finditer(text)


def dateline(text: str, max_line: int = 15) -> re.Match | None:
    """The place-and-date line within the first lines."""
    for a, b in _line_bounds(text)[:max_line]:
        m = DATELINE_RE.search(text, a, b)
        if m and m.start() > a:
            return m
    return None


def dateline_date(text: str) -> dt.date | None:
    m = dateline(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# Site finders: one per kind, each returning every possible site in a document
# --------------------------------------------------------------------------------------------------


def _citation_date_sites(doc: CleanDoc, make: Callable[[re.Match, bool], str | None]) -> list[Site]:
    out = []
    for m in citations(doc.text):
        if m.group("d"):
            a, b, words = m.start("d"), m.end("y"), False
        elif m.group("wd"):
            a, b, words = m.start("wd"), m.end("wy"), True
        else:
            continue
        new = make(m, words)
        if new is not None:
            out.append(Site(a, b, doc.text[a:b], new, note=m.group(0)))
    return out


def sites_citation_date_31_04(doc: CleanDoc) -> list[Site]:
    def make(m, words):
        if words:
            return f"31 tháng 4 năm {m.group('wy')}"
        s = m.group("s1")
        return f"31{s}04{s}{m.group('y')}"

    return _citation_date_sites(doc, make)


def sites_citation_date_day_80(doc: CleanDoc) -> list[Site]:
    def make(m, words):
        if words:
            return f"80 tháng {m.group('wm')} năm {m.group('wy')}"
        s = m.group("s1")
        return f"80{s}{m.group('m')}{s}{m.group('y')}"

    return _citation_date_sites(doc, make)


def sites_citation_future(doc: CleanDoc) -> list[Site]:
    own = doc.date or dateline_date(doc.text)
    if own is None:
        return []
    fut = own + dt.timedelta(days=30)

    def make(m, words):
        if words:
            return f"{fut.day:02d} tháng {fut.month} năm {fut.year}"
        s = m.group("s1")
        return f"{_pad(m.group('d'), fut.day)}{s}{_pad(m.group('m'), fut.month)}{s}{fut.year}"

    return _citation_date_sites(doc, make)


def sites_dateline_invalid(doc: CleanDoc) -> list[Site]:
    m = dateline(doc.text)
    if not m or (m.group("d"), m.group("m").lstrip("0")) == ("31", "2"):
        return []
    a, b = m.start("d"), m.end("y")
    return [Site(a, b, doc.text[a:b], f"31 tháng 02 năm {m.group('y')}", note="date line")]


def sites_type_swapped(doc: CleanDoc) -> list[Site]:
    out = []
    for m in citations(doc.text):
        word = m.group("type")
        key = word.lower()
        code = _symbol_code(m.group("sep"), m.group("sym"))
        if code is None or TYPE_CODES.get(key) != code:
            continue
        new = _same_case(word, SWAP[key])
        if word.isupper():
            new = SWAP[key].upper()
        out.append(Site(m.start("type"), m.end("type"), word, new, note=m.group(0)))
    return out


# --- years in the reporting period ----------------------------------------------------------------

TITLE_RE = re.compile(r"^\W*BÁO\s+CÁO\W*$")
YEAR_RE = re.compile(r"(?i:năm)\s+(?P<y>\d{4})\b")
END_RESULTS_RE = re.compile(
    r"(?i:phương\s+hướng|kiến\s+nghị|đề\s+xuất|nhiệm\s+vụ[^\n]{0,40}năm\s+\d{4}|phần\s+(?:ii|thứ\s+hai)|"
    r"mục\s+tiêu[^\n]{0,40}năm\s+\d{4})"
)
#: A sentence where year Y-1 would be legitimate: comparisons, baselines, ranges, awards, citations.
YEAR_SAFE_RE = re.compile(
    r"(?i:so\s+với|cùng\s+kỳ|tính\s+đến|từ\s+năm|đến\s+năm|giai\s+đoạn|nhiệm\s+kỳ|khen|tặng|danh\s+hiệu|"
    r"năm\s+học|kỷ\s+niệm|trước|sau|số\s+\d+\s*[/-]|tháng\s+\d|/\d{4}|\d{4}\s*[-–]\s*\d{4}|quý|tháng|"
    r"chỉ\s+số|các\s+năm|kế\s+hoạch|chương\s+trình|dự\s+kiến|mục\s+tiêu|phương\s+hướng)"
)


def report_year(text: str) -> int | None:
    """Y of a báo cáo about year Y (or a part of it): the first "năm Y" in the lines after the title."""
    lines = text.split("\n")
    for i, ln in enumerate(lines[:30]):
        if TITLE_RE.match(ln.strip().strip("*#")):
            for nxt in lines[i + 1:i + 4]:
                m = YEAR_RE.search(nxt)
                if m:
                    return int(m.group("y"))
            return None
    return None


def _is_heading_line(s: str) -> bool:
    core = s.strip().strip("*#|").strip()
    letters = [c for c in core if c.isalpha()]
    return bool(letters) and (sum(c.isupper() for c in letters) / len(letters) > 0.8 or len(core) < 40)


def sites_year_shift(doc: CleanDoc) -> list[Site]:
    y = report_year(doc.text)
    if y is None:
        return []
    bounds = _line_bounds(doc.text)
    heading_lines = {h["line"] for h in doc.headings}
    first_heading = min(heading_lines) if heading_lines else None
    if first_heading is None:
        return []
    out = []
    for ln in range(first_heading, len(bounds) + 1):
        a, b = bounds[ln - 1]
        line = doc.text[a:b]
        if ln in heading_lines or _is_heading_line(line):
            if END_RESULTS_RE.search(line) and ln > first_heading:
                break
            continue
        if line.lstrip().startswith(("Nơi nhận", "TM.", "T/M", "KT.")):
            break
        for sent in re.finditer(r"[^.;:!?]+", line):
            s = sent.group(0)
            if len(s.strip()) < 30 or YEAR_SAFE_RE.search(s):
                continue
            for m in YEAR_RE.finditer(s):
                if int(m.group("y")) == y and not re.search(r"\d{4}", s.replace(m.group(0), "", 1)):
                    ya = a + sent.start() + m.start("y")
                    out.append(Site(ya, ya + 4, str(y), str(y - 1), note=s.strip()[:80]))
    return out


# --- headings --------------------------------------------------------------------------------------


def _sibling_runs(headings: list[dict]) -> list[list[dict]]:
    """Groups of consecutive siblings (same parent, same level), in order."""
    groups: dict[tuple, list[dict]] = {}
    stack: list[dict] = []
    for h in sorted(headings, key=lambda h: h["line"]):
        while stack and stack[-1]["depth"] >= h["depth"]:
            stack.pop()
        parent = stack[-1]["line"] if stack else 0
        groups.setdefault((parent, h["depth"], h["level"]), []).append(h)
        stack.append(h)
    return list(groups.values())


_LEAD = r"^[\s*#>_|]*"


def _heading_label_site(text: str, line_range: tuple[int, int], h: dict, new_number: int) -> Site | None:
    a, b = line_range
    line = text[a:b]
    level, label = h["level"], h["label"].strip()
    if level == "dieu":
        m = re.search(r"(?i:điều)\s+(\d+)", line)
        if not m:
            return None
        return Site(a + m.start(1), a + m.end(1), m.group(1), _pad(m.group(1), new_number))
    if level == "phan":
        m = re.search(r"(?i:phần)\s+([IVXLC]+)\b", line)
        if not m:
            return None
        return Site(a + m.start(1), a + m.end(1), m.group(1), int_to_roman(new_number))
    if level == "roman":
        new = int_to_roman(new_number)
    elif level == "letter":
        if not 0 < new_number <= len(VI_LETTERS):
            return None
        new = VI_LETTERS[new_number - 1]
    elif level not in ("arabic", "decimal"):  # those two take the width of the label found below
        return None
    core = label.rstrip(".)/:-– ")
    m = re.match(_LEAD + "(" + re.escape(core) + r")(?=[.)/:\-–\s])", line, re.IGNORECASE)
    if not m:
        return None
    old = m.group(1)
    if level == "arabic":
        new = _pad(old, new_number)
    elif level == "decimal":
        head, _, tail = old.rpartition(".")
        new = f"{head}.{_pad(tail, new_number)}"
    elif old.isupper() is False and level == "roman":
        new = new.lower()
    return Site(a + m.start(1), a + m.end(1), old, new)


def _number(h: dict) -> int | None:
    label = h["label"].strip().rstrip(".)/:-– ")
    lv = h["level"]
    if lv in ("dieu",):
        m = re.search(r"\d+", label)
        return int(m.group(0)) if m else None
    if lv == "phan":
        m = re.search(r"\b([IVXLC]+)$", label.upper())
        return roman_to_int(m.group(1)) if m else None
    if lv == "roman":
        return roman_to_int(label.upper())
    if lv == "letter":
        return VI_LETTERS.index(label.lower()) + 1 if label.lower() in VI_LETTERS and len(label) == 1 else None
    if lv == "arabic":
        return int(label) if label.isdecimal() else None
    if lv == "decimal":
        tail = label.rpartition(".")[2]
        return int(tail) if tail.isdecimal() else None
    return None


def _runs_in_order(doc: CleanDoc) -> list[list[dict]]:
    """Sibling runs numbered 1, 2, 3, … without a gap (only those can take a planted error)."""
    out = []
    for run in _sibling_runs(doc.headings):
        nums = [_number(h) for h in run]
        first = nums[0]
        if len(run) >= 2 and first is not None and None not in nums and nums == list(range(first, first + len(nums))):
            out.append(run)
    return out


def sites_heading_gap(doc: CleanDoc) -> list[Site]:
    bounds = _line_bounds(doc.text)
    out = []
    for run in _runs_in_order(doc):
        last = run[-1]
        n = _number(last)
        assert n is not None  # runs in order are numbered throughout
        site = _heading_label_site(doc.text, bounds[last["line"] - 1], last, n + 1)
        if site:
            site.note = f"{run[-2]['label']} then {site.new}"
            out.append(site)
    return out


def sites_heading_duplicate(doc: CleanDoc) -> list[Site]:
    bounds = _line_bounds(doc.text)
    out = []
    for run in _runs_in_order(doc):
        for prev, h in pairwise(run):
            n = _number(prev)
            assert n is not None  # runs in order are numbered throughout
            site = _heading_label_site(doc.text, bounds[h["line"] - 1], h, n)
            if site:
                site.note = f"{prev['label']} then {site.new}"
                out.append(site)
    return out


# --- announced counts and breakdowns ---------------------------------------------------------------

ANNOUNCE_RE = re.compile(
    r"(?<![\d.,/])(?P<n>\d{1,2})\s+(?P<noun>phong\s+trào|nội\s+dung|nhiệm\s+vụ|nhóm\s+giải\s+pháp|giải\s+pháp|"
    r"chỉ\s+tiêu|mục\s+tiêu|tiêu\s+chí|lĩnh\s+vực|chương\s+trình|đợt|hoạt\s+động|mô\s+hình|yêu\s+cầu|bước|khâu|"
    r"nhóm)\b"
)
_MARKERS = [
    ("bullet-", re.compile(r"^\s*[-–]\s+")),
    ("bullet+", re.compile(r"^\s*\+\s+")),
    ("bullet*", re.compile(r"^\s*\*\s+(?!\*)")),
    ("decimal", re.compile(r"^[\s*#]*(\d+\.\d+)[.)]?\s")),
    ("arabic", re.compile(r"^[\s*#]*(\d{1,2})[.)/]\s")),
    ("letter", re.compile(r"^[\s*#]*([a-zđ])[.)/]\s")),
    ("roman", re.compile(r"^[\s*#]*([IVX]+)[.\-/]\s")),
]
_BULLETS = ("bullet-", "bullet+", "bullet*")


def _marker(line: str) -> tuple[str | None, str | None]:
    for name, rx in _MARKERS:
        m = rx.match(line)
        if m:
            return name, (m.group(1) if m.groups() else None)
    return None, None


def _seq_next(kind: str, prev: str | None, cur: str | None) -> bool:
    if kind in _BULLETS:
        return True
    assert prev is not None and cur is not None  # every numbered marker captures its number
    if kind == "letter":
        return prev in VI_LETTERS and cur in VI_LETTERS and VI_LETTERS.index(cur) == VI_LETTERS.index(prev) + 1
    if kind == "arabic":
        return int(cur) == int(prev) + 1
    if kind == "decimal":
        return int(cur.split(".")[-1]) == int(prev.split(".")[-1]) + 1
    if kind == "roman":
        return (roman_to_int(cur) or 0) == (roman_to_int(prev) or -1) + 1
    return False


def list_after(lines: list[str], i: int) -> tuple[str | None, list[int]]:
    """The list that follows line ``i``: its marker kind and the indices of its items."""
    kind, items, prev_label = None, [], None
    for j in range(i + 1, len(lines)):
        s = lines[j]
        if not s.strip():
            continue
        k, lab = _marker(s)
        if kind is None:
            if k is None:
                return None, []
            kind, prev_label = k, lab
            items.append(j)
            continue
        if k == kind:
            if not _seq_next(kind, prev_label, lab):
                break
            items.append(j)
            prev_label = lab
        elif kind not in _BULLETS and (k in _BULLETS or k is None):
            continue  # text or bullets under an enumerated item
        else:
            break
    return kind, items


def _children(headings: list[dict], h: dict) -> list[dict]:
    """The headings directly under ``h``."""
    hs = sorted(headings, key=lambda x: x["line"])
    i = hs.index(h)
    out = []
    for x in hs[i + 1:]:
        if x["depth"] <= h["depth"]:
            break
        if x["depth"] == h["depth"] + 1:
            out.append(x)
    return out


def sites_count_changed(doc: CleanDoc) -> list[Site]:
    """An announced count ("03 nội dung") equal to the sub-headings or list items that follow, made n + 2."""
    bounds = _line_bounds(doc.text)
    lines = doc.text.split("\n")
    heads = {h["line"]: h for h in doc.headings}
    out = []
    for i, line in enumerate(lines):
        h = heads.get(i + 1)
        core = line.rstrip().rstrip("*").rstrip()
        for m in ANNOUNCE_RE.finditer(line.split(":")[0] if h else line):
            n = int(m.group("n"))
            items: Sequence[object]  # sub-headings or list lines: only counted
            if h is not None:
                items, how = _children(doc.headings, h), "sub-headings"
            elif core.endswith(":"):
                kind, items = list_after(lines, i)
                how = kind or ""
            else:
                continue
            if n < 2 or len(items) != n:
                continue
            a = bounds[i][0] + m.start("n")
            out.append(Site(a, a + len(m.group("n")), m.group("n"), _pad(m.group("n"), n + 2),
                            note=f"{m.group(0)} over {len(items)} {how}"))
    return out


_INT_RE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|,\d|\s*%)")


def _ints(s: str) -> list[tuple[int, re.Match]]:
    out = []
    for m in _INT_RE.finditer(s):
        out.append((int(m.group(1).replace(".", "")), m))
    return out


def sites_breakdown_broken(doc: CleanDoc) -> list[Site]:
    """A line ending with ':' whose number equals the sum of the single numbers of the '-' lines below."""
    bounds = _line_bounds(doc.text)
    lines = doc.text.split("\n")
    out = []
    for i, line in enumerate(lines):
        core = line.rstrip().rstrip("*").rstrip()
        if not core.endswith(":") or YEAR_RE.search(line) and len(_ints(line)) <= 1:
            continue
        kind, items = list_after(lines, i)
        if kind not in _BULLETS or len(items) < 2:
            continue
        parts: list[int] = []
        for j in items:
            nums = [n for n, m in _ints(lines[j]) if not 1900 <= n <= 2100]
            if len(nums) != 1:
                parts = []
                break
            parts.append(nums[0])
        if not parts or all(p == 1 for p in parts):
            continue  # "03 mô hình: - 01 …; - 01 …; - 01 …" is a count, not a breakdown
        total = sum(parts)
        for n, m in _ints(line):
            if n == total and n > 1:
                a = bounds[i][0] + m.start(1)
                old = m.group(1)
                # smaller than its parts: an error whether the list is all of the whole ("cụ thể", "gồm") or,
                # after "trong đó" or for money, possibly only some of it (there a larger total is legitimate)
                new_total = total - 2 if total > 2 else total + 2
                new = f"{new_total:,}".replace(",", ".") if "." in old else _pad(old, new_total)
                out.append(Site(a, a + len(old), old, new, note=f"{old} = {' + '.join(map(str, parts))}"))
                break
    return out


_LIST_TITLE_RE = re.compile(r"^[ \t*]*DANH SÁCH\b.*(?:KHEN THƯỞNG|DANH HIỆU|ĐƯỢC TẶNG|ĐƯỢC CÔNG NHẬN)")
_LIST_ROW_RE = re.compile(r"^[ \t]*\|?[ \t]*(\d{1,4})[ \t]*[.)|\t]")
_DIEU1_COUNT_RE = re.compile(r"(?<![\d.,/])(\d{1,3})\s+(?:cá nhân|tập thể|hộ gia đình)\b")


def sites_award_list_count(doc: CleanDoc) -> list[Site]:
    """An award decision whose Điều 1 counts (in total) exactly the rows of the list attached after it: the
    last count is made one more, so Điều 1 and the list no longer agree."""
    lines = doc.text.split("\n")
    title = next((k for k, ln in enumerate(lines) if _LIST_TITLE_RE.match(ln)
                  or ln.strip() == "DANH SÁCH" and k + 1 < len(lines) and _LIST_TITLE_RE.match("DANH SÁCH " + lines[k + 1])),
                 None)
    if title is None:
        return []
    rows, expect = 0, 1
    for ln in lines[title + 1:]:
        m = _LIST_ROW_RE.match(ln)
        if m:
            n = int(m.group(1))
            if n == expect:
                rows += 1
                expect += 1
            elif n == 1:
                expect = 2
                rows += 1
    bounds = _line_bounds(doc.text)
    for i, ln in enumerate(lines[:title]):
        if not ln.lstrip().startswith("Điều 1"):
            continue
        counts = list(_DIEU1_COUNT_RE.finditer(ln))
        if counts and sum(int(m.group(1)) for m in counts) == rows:
            m = counts[-1]
            old = m.group(1)
            a = bounds[i][0] + m.start(1)
            return [Site(a, a + len(old), old, _pad(old, int(old) + 1), note=f"Điều 1 {rows} = {rows} rows listed")]
    return []


FINDERS: dict[str, Callable[[CleanDoc], list[Site]]] = {
    "citation-date-31-04": sites_citation_date_31_04,
    "citation-date-day-80": sites_citation_date_day_80,
    "dateline-invalid": sites_dateline_invalid,
    "citation-future": sites_citation_future,
    "type-swapped": sites_type_swapped,
    "year-shift": sites_year_shift,
    "heading-gap": sites_heading_gap,
    "heading-duplicate": sites_heading_duplicate,
    "count-changed": sites_count_changed,
    "breakdown-broken": sites_breakdown_broken,
    "award-list-count": sites_award_list_count,
}


# --------------------------------------------------------------------------------------------------
# Injecting
# --------------------------------------------------------------------------------------------------


def apply(doc: CleanDoc, kind: str, site: Site) -> Injection:
    """The document with one site changed (never across a line break)."""
    if "\n" in site.old or "\n" in site.new or doc.text[site.start:site.end] != site.old:
        raise ValueError(f"bad site for {kind} in {doc.name}: {site}")
    text = doc.text[:site.start] + site.new + doc.text[site.end:]
    return Injection(doc=doc.name, kind=kind, rule=KINDS[kind], line=line_of(doc.text, site.start), old=site.old,
                     new=site.new, start=site.start, text=text, note=site.note)


def inject(doc: CleanDoc, kinds: Iterable[str] | None = None, *, seed: int = DEFAULT_SEED,
           per_kind: int = 2) -> list[Injection]:
    """Up to ``per_kind`` injections of each kind in ``doc``, sites drawn with a seeded RNG."""
    out = []
    for kind in kinds or KINDS:
        sites = [x for x in FINDERS[kind](doc) if "\n" not in x.old]  # one-line changes only
        if not sites:
            continue
        rng = random.Random(f"{seed}:{doc.name}:{kind}")
        for site in rng.sample(sites, min(per_kind, len(sites))):
            out.append(apply(doc, kind, site))
    return out


# --------------------------------------------------------------------------------------------------
# Clean documents
# --------------------------------------------------------------------------------------------------


def _gold_headings(sections: list[dict], depth: int = 0) -> Iterator[dict]:
    for s in sections:
        yield {"line": s["line"], "label": s["label"], "level": s["level"], "depth": depth}
        yield from _gold_headings(s.get("children", []), depth + 1)


def corpora_clean_docs(corpus: Path) -> list[CleanDoc]:
    """Gold files with no expected findings, with their gold headings and header date."""
    from .score import gold_files, load_gold

    out = []
    for gp in gold_files(Path(corpus)):
        gold, text = load_gold(gp)
        if gold.get("expected_findings"):
            continue
        d = gold.get("header", {}).get("date")
        out.append(CleanDoc(
            name=gp.with_name(gold["file"]).relative_to(Path(corpus)).as_posix(), text=text,
            headings=sorted(_gold_headings(gold.get("sections", [])), key=lambda h: h["line"]),
            date=dt.date.fromisoformat(d) if d else None,
        ))
    return out


def real_docs(real_dir: Path, expect_dir: Path) -> list[CleanDoc]:
    """The real documents (headings from the verified expectations when there is one)."""
    out = []
    for p in sorted(Path(real_dir).glob("*.txt")):
        heads = []
        ep = Path(expect_dir) / f"{p.stem}.json"
        if ep.is_file():
            heads = json.loads(ep.read_text(encoding="utf-8")).get("headings", [])
        text = p.read_text(encoding="utf-8")
        out.append(CleanDoc(name=f"real/{p.name}", text=text, headings=heads, date=None))
    return out


# --------------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------------


@dataclass
class InjectionResult:
    injection: Injection
    detected: bool
    got: list[str]  # rule names reported on the injected line
    new_findings: int  # error/warning findings not present before (any line)


@dataclass
class InjectionReport:
    label: str
    results: list[InjectionResult] = field(default_factory=list)
    clean_docs: int = 0
    clean_blocking: int = 0  # error/warning findings on the untouched documents
    clean_by_rule: dict[str, int] = field(default_factory=dict)

    def recall(self, kind: str | None = None) -> float:
        rs = [r for r in self.results if kind is None or r.injection.kind == kind]
        return sum(r.detected for r in rs) / len(rs) if rs else 1.0

    def count(self, kind: str | None = None) -> int:
        return sum(1 for r in self.results if kind is None or r.injection.kind == kind)

    @property
    def false_alarms_per_doc(self) -> float:
        return self.clean_blocking / self.clean_docs if self.clean_docs else 0.0


def _blocking_keys(findings) -> set[tuple[str, int]]:
    return {(f.name, f.line) for f in findings if f.severity in BLOCKING}


def evaluate(docs: list[CleanDoc], label: str, *, seed: int = DEFAULT_SEED, per_kind: int = 2) -> InjectionReport:
    """Lint every document untouched (false alarms) and with each injection (recall per kind)."""
    import vanban

    from .score import finding_lines

    rep = InjectionReport(label)
    by_rule: dict[str, int] = {}
    for doc in docs:
        base = vanban.lint(vanban.parse(doc.text, path=doc.name))
        base_keys = _blocking_keys(base)
        rep.clean_docs += 1
        for f in base:
            if f.severity in BLOCKING:
                rep.clean_blocking += 1
                by_rule[f.name] = by_rule.get(f.name, 0) + 1
        for inj in inject(doc, seed=seed, per_kind=per_kind):
            found = vanban.lint(vanban.parse(inj.text, path=doc.name))
            on_line = sorted({f.name for f in found if inj.line in finding_lines(f)})
            new = len(_blocking_keys(found) - base_keys)
            hit = inj.rule in on_line or any(r in on_line for r in ALSO_DETECTS.get(inj.kind, ()))
            rep.results.append(InjectionResult(inj, hit, on_line, new))
    rep.clean_by_rule = dict(sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])))
    return rep


def inject_metrics(rep: InjectionReport, prefix: str = "inject") -> dict[str, float]:
    """``{prefix}.<kind>.recall``, ``{prefix}.all.recall`` and ``{prefix}.false_alarms_per_doc`` (lower is better)."""
    out = {}
    for kind in KINDS:
        if rep.count(kind):
            out[f"{prefix}.{kind}.recall"] = round(rep.recall(kind), 4)
    out[f"{prefix}.all.recall"] = round(rep.recall(), 4)
    out[f"{prefix}.false_alarms_per_doc"] = round(rep.false_alarms_per_doc, 4)
    return out
