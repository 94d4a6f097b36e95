"""Emulation titles (danh hiệu thi đua) and forms of award (hình thức khen thưởng).

Registrations (đăng ký thi đua) and awards given (tặng, khen thưởng) with recipients, counts, shares,
grantor, year of achievement and the deciding quyết định. Names are matched from the lexicon, with
abbreviations expanded (LĐTT, CSTĐCS, TTLĐTT, GK, BK), spelling variants (Chiến sỹ) and typos in names of three
words or more (rapidfuzz; ``name_text`` keeps what was written, VB701 reports the typo).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import Literal

import regex

from .. import lexicon
from ..lexicon import adminunits
from ..model import Award, AwardFacts, Document, Facts
from ..normalize import fold, strip_diacritics
from ..segment.lines import Context

_aw = lexicon.load("awards")
_NAMES: dict[str, tuple[Literal["title", "form"], str]] = {}  # folded variant or abbreviation -> (kind, canonical)
for t in _aw["titles"]:
    for v in t["variants"] + [t["name"]]:
        _NAMES[fold(v)] = ("title", t["name"])
    for a in t["abbr"]:
        _NAMES[a.lower()] = ("title", t["name"])
for f in _aw["forms"]:
    for v in f["variants"] + [f["name"]]:
        _NAMES[fold(v)] = ("form", f["name"])
    for a in f["abbr"]:
        _NAMES[a.lower()] = ("form", f["name"])
# Searched on the lower-cased normalized text with a plain `re` alternation of literals (fast); the original
# case is checked afterwards (abbreviations must be upper case in the text, full names any case).
# (a name may wrap onto the next line: "Chiến sĩ thi đua\ncơ sở", as a PDF or a hard wrap leaves it)
_RE_ALT = "|".join(re.escape(k).replace(r"\ ", r"(?:[ \t]+|[ \t]*\n[ \t]*)").replace(",", ",?")
                   for k in sorted(_NAMES, key=len, reverse=True))
AWARD_RE = re.compile(rf"(?<![^\W\d_])(?P<name>{_RE_ALT})(?![^\W\d_])")
_FIRST_WORDS = sorted({k.split()[0].rstrip(",") for k in _NAMES})


class _Found:
    """An award name found in the text: ``start()``/``end()`` like a match, ``key`` the lexicon key when the
    name was recognised despite a typo (None: the text itself is a lexicon key)."""

    __slots__ = ("s", "e", "key")

    def __init__(self, s: int, e: int, key: str | None = None):
        self.s, self.e, self.key = s, e, key

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


# Names of three words or more, by first word, for matching typos and variants ("Lao đông tiên tiến",
# "Chiến sỹ thi đua cơ sở", "Tập thể lao động tiên tiên"): same words without diacritics, or rapidfuzz ratio
# ≥ 90 over the same number of words. Short names (Giấy khen) and abbreviations must be exact.
# (first word, second and third words without marks) -> names
_FUZZY: dict[tuple[str, str, str], list[tuple[str, int, str]]] = {}
_SECOND: dict[str, set[str]] = {}  # first word -> second words without marks (the gate before any full match)
for _k in _NAMES:
    _ws = _k.replace(",", "").split()
    if len(_ws) >= 2:
        _SECOND.setdefault(_ws[0], set()).add(strip_diacritics(_ws[1]))
    if len(_ws) >= 3:
        _FUZZY.setdefault((_ws[0], strip_diacritics(_ws[1]), strip_diacritics(_ws[2])), []).append(
            (_k, len(_ws), strip_diacritics(" ".join(_ws))))
_FUZZY_MIN = 90
_ONE_WORD = {k for k in _NAMES if " " not in k.strip()}  # abbreviations and one-word names: no gate
_NEXT_WORD_RE = re.compile(r",?(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_]+)")
_WORD_RE = re.compile(r"[^\W\d_]+")
_NEXT_WORDS_RE = re.compile(r",?(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_]+),?(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_]+)")


@lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    return strip_diacritics(word)


def _fuzzy_at(low: str, i: int, first: str) -> _Found | None:
    # cheap gate: the next two words, without their marks, must be those of a name ("tham gia các …",
    # "05 tập thể và …" stop here); typos further on, and of marks anywhere, are what is matched
    nw = _NEXT_WORDS_RE.match(low, i + len(first))
    if nw is None:
        return None
    cands = _FUZZY.get((first, _plain(nw.group(1)), _plain(nw.group(2))))
    if not cands:
        return None
    spans: list[tuple[int, int]] = []
    pos = i
    for w in _WORD_RE.finditer(low, i, i + 120):
        gap = low[pos:w.start()]
        if spans and (gap.strip(" \t,\n") or gap.count("\n") > 1):
            break
        spans.append((w.start(), w.end()))
        pos = w.end()
        if len(spans) == 7:
            break
    best = None
    for key, n, plain in cands:
        if len(spans) < n:
            continue
        phrase = " ".join(low[a:b] for a, b in spans[:n])
        if _plain(phrase) == plain:
            score = 100.0
        else:
            from rapidfuzz import fuzz

            score = fuzz.ratio(phrase, key.replace(",", ""))
        if score >= _FUZZY_MIN and (best is None or score > best[0]):
            best = (score, key, spans[n - 1][1])
    return _Found(i, best[2], best[1]) if best else None


def _name_key(found: _Found, raw: str) -> str | None:
    """The lexicon key of a name found in the text: its typo-matched key, its folded form, or an abbreviation
    written in capitals ("LĐTT"); None when it is none of them."""
    key = found.key or fold(raw)
    if key in _NAMES:
        return key
    key = raw.lower()
    return key if key in _NAMES and raw.isupper() else None


def award_name_in(text: str) -> str | None:
    """The canonical name of the first award named in ``text`` (typos allowed as in the extractor), or None."""
    for m in _find_awards(text.lower()):
        key = _name_key(m, text[m.start():m.end()])
        if key is not None:
            return _NAMES[key][1]
    return None


def award_total(a: Award) -> int | None:
    """How many recipients an award mention counts: ``count``, else individuals + collectives + households."""
    if a.count is not None:
        return a.count
    parts = [x for x in (a.individuals, a.collectives, a.households) if x is not None]
    return sum(parts) if parts else None


def is_exact_name(name_text: str) -> bool:
    """Is this award name, as written, one of the lexicon's names, variants or abbreviations (no typo)?"""
    return fold(name_text) in _NAMES or name_text.lower() in _NAMES


def _find_awards(low: str):
    """Award names in the lower-cased text: each distinct first word is located with str.find, the full
    alternation is matched only there (a scan of it at every character costs far more); where it does not
    match, a name of three words or more is looked for with its typos."""
    starts = []
    for w in _FIRST_WORDS:
        i = low.find(w)
        n = len(w)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalpha()) and not (i + n < len(low) and low[i + n].isalpha() and " " not in w):
                starts.append((i, w))
            i = low.find(w, i + n)
    last = 0
    for i, w in sorted(set(starts)):
        if i < last:
            continue
        if w not in _ONE_WORD:
            # cheap gate: the next word, without its marks, must be the second word of some name
            # ("tham gia các …", "huyện", "05 tập thể và …" stop here before any full match is tried)
            nw = _NEXT_WORD_RE.match(low, i + len(w))
            if nw is None or _plain(nw.group(1)) not in _SECOND.get(w, ()):
                continue
        m = AWARD_RE.match(low, i)
        if m:
            last = m.end()
            yield _Found(m.start(), m.end())
            continue
        f = _fuzzy_at(low, i, w)
        if f is not None:
            last = f.e
            yield f


GRANTOR_RE = regex.compile(
    r"^\s*(?:của|do)?\s*(?P<g>(?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+trưởng|Giám\s+đốc|Chính\s+phủ)"
    r"(?:\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|quận|thị\s+xã))?(?:\s+[\p{Lu}][\p{L}]*){0,3})",
)
_PEOPLES_COMMITTEE_RE = regex.compile(r"^(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)(?=\s|$)")
GRANTOR_BEFORE_RE = regex.compile(
    r"(?P<g>(?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân)(?:\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|quận|thị\s+xã)"
    r"(?:\s+\p{Lu}\p{Ll}*){0,3})?"  # "Chủ tịch UBND huyện Can Lộc tặng …"
    r"|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+trưởng(?:\s+\p{L}+){0,3}|Chủ\s+tịch\s+nước)"
    r"\s+(?:đã\s+)?(?:tặng|công\s+nhận|khen\s+thưởng|trao\s+tặng)(?:\s+danh\s+hiệu)?\s+(?:\d[\d.]*\s+)?\"?$")
COUNT_RE = regex.compile(
    r"(?<![\d.,/])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})(?:/\d[\d.]*)?\s+(?:lượt\s+)?"
    r"(?P<who>cá\s+nhân|tập\s+thể|hộ\s+gia\s+đình|hộ|gia\s+đình|đơn\s+vị|chi\s+bộ|đảng\s+viên|người|trường\s+hợp|thôn)(?![\p{L}])")
_WHO = {"cá nhân": "cá nhân", "đảng viên": "cá nhân", "người": "cá nhân", "trường hợp": None, "tập thể": "tập thể",
        "đơn vị": "tập thể", "chi bộ": "tập thể", "thôn": "tập thể", "hộ gia đình": "hộ gia đình", "hộ": "hộ gia đình",
        "gia đình": "hộ gia đình"}
COUNT_BEFORE_RE = regex.compile(r"(?<![\d.,/])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+$")
PART_LINE_RE = regex.compile(r"^[-+•]\s*(?P<who>Tập\s+thể|Cá\s+nhân|Hộ\s+gia\s+đình|tập\s+thể|cá\s+nhân)\s*:\s*(?P<n>\d{1,5})\b")
SHARE_RE = regex.compile(r"(?P<p>\d{1,3}(?:,\d+)?)\s*%\s*(?P<of>[\p{Lu}]{2,8}|\p{L}+(?:\s+\p{L}+){0,3})")
YEAR_RE = regex.compile(r"năm\s+(?P<y>(?:19|20)\d{2})")
_ZONE_YEAR_RE = regex.compile(r"năm\s+(?P<y>(?:19|20)\d{2})", regex.I)
REGISTER_RE = regex.compile(r"đăng\s+ký|giao\s+ước", regex.I)
_LIST_ITEM_LINE_RE = regex.compile(r"^(?:[-+•–]|[a-zđ][)/]|\d{1,2}[.)])\s")
_PROPOSES_RE = regex.compile(r"\b(?:đề\s+nghị|đề\s+xuất|kính\s+trình|trình)\b[^:]*:\s*$", regex.I)


def _proposed_list(lines, i: int) -> str | None:
    """The line that introduces the list holding line ``i`` when it is a proposal ("Hội đồng thống nhất đề nghị
    Chủ tịch UBND xã:" / "a) Tặng danh hiệu … cho 15 cá nhân;" / "b) …"), else None."""
    if not _LIST_ITEM_LINE_RE.match(lines[i].text):
        return None
    k = i - 1
    while k >= 0 and i - k <= 12 and (not lines[k].text or _LIST_ITEM_LINE_RE.match(lines[k].text)):
        k -= 1
    if k >= 0 and i - k <= 12 and _PROPOSES_RE.search(lines[k].text):
        return lines[k].text
    return None


# the one a proposal asks to grant: "… đề nghị Chủ tịch Ủy ban nhân dân xã:"
_ASKED_RE = regex.compile(r"(?i:đề\s+nghị|đề\s+xuất|trình)\s+(?P<g>(?i:Chủ\s+tịch\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+"
                          r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh))(?:\s+\p{Lu}\p{Ll}*){0,3})")


# what a body may do, said after the award: "… công nhận danh hiệu “Gia đình văn hóa” cho hộ gia đình theo thẩm quyền"
_POWER_AFTER_RE = regex.compile(r"theo\s+thẩm\s+quyền|trở\s+lên", regex.I)
_BREAKDOWN_AFTER_RE = regex.compile(r"^[\"”'»\s]*(?:năm\s+\d{4}\s*)?,?\s*(?:trong\s+đó|gồm|bao\s+gồm)\b(?P<rest>)", regex.I)
_SENTENCE_END_RE = regex.compile(r"\.[ \t]+(?=\p{Lu})")
COUNT_WHO_BEFORE_RE = regex.compile(
    r"(?<![\d.,/])(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,5})\s+(?P<who>hộ\s+gia\s+đình|hộ|gia\s+đình|cá\s+nhân|tập\s+thể|thôn|"
    r"đơn\s+vị|chi\s+bộ|đảng\s+viên)\s+(?:(?:được\s+công\s+nhận\s+|được\s+tặng\s+)?đạt"
    # "2.918 hộ được Chủ tịch Ủy ban nhân dân xã công nhận danh hiệu “Gia đình văn hóa”"
    r"|được\s+(?:[^.;:\n\d]{0,60}?\s)?(?:công\s+nhận|tặng))(?:\s+danh\s+hiệu)?\s*[\"“]?\s*$", regex.I)
# a proposal, not an award yet ("Đề nghị tặng Giấy khen …", "đề xuất khen thưởng …"); "theo đề nghị của …" is not one
PROPOSED_RE = regex.compile(r"(?<!theo\s)(?<!xét\s)\b(?:đề\s+nghị|đề\s+xuất|trình)\s+"
                            # the one asked to grant may stand between: "Đề nghị Chủ tịch UBND xã tặng …"
                            r"(?:(?:Chủ\s+tịch|Thủ\s+tướng|Bộ\s+trưởng|Giám\s+đốc)\s[^.;:,\n]{0,50}?\s)?"
                            r"(?:xem\s+xét,?\s+)?(?:xét\s+)?(?:tặng|khen\s+thưởng|công\s+nhận)", regex.I)
PROPOSAL_SUBJECT_RE = regex.compile(r"đề\s+nghị.*(?:khen|tặng|công\s+nhận|danh\s+hiệu)", regex.I)
ADDRESSEE_RE = regex.compile(  # on one addressee of the header's Kính gửi block
    r"Chủ\s+tịch\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+(?P<lvl>thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|huyện|xã|phường|quận)",
    regex.I)
_FOR_HOUSEHOLDS_RE = regex.compile(r"^[^;:]{0,20}?\bcho\s+(?:các\s+|những\s+)?hộ(?:\s+dân)?\b")
_PRESCRIPTIVE = {"Công văn", "Hướng dẫn", "Công điện"}  # documents that tell others what to do
_BEFORE_MAX = 400  # how far back on its line an award looks for its verb, grantor and count
AWARDED_RE = regex.compile(r"(?:^|\s)(?:tặng|khen\s+thưởng|công\s+nhận|đã\s+tặng|được\s+tặng|trao)\b", regex.I)
# words of a procedure or a criterion, not of an act: "xem xét, tặng Bằng khen", "Hồ sơ đề nghị … tặng Bằng khen",
# "tiêu chuẩn xét tặng Cờ thi đua", "thủ tục xét trình … tặng" — guidance in a kế hoạch, hướng dẫn or quy chế
GUIDANCE_RE = regex.compile(
    r"\b(?:xem\s+xét|xét\s+tặng|hồ\s+sơ|thủ\s+tục|tiêu\s+chuẩn|tiêu\s+chí|điều\s+kiện|được\s+đề\s+xuất|"
    r"xứng\s+đáng|có\s+thể|tham\s+mưu|hình\s+thức|sẽ\s+(?:được\s+)?(?:tặng|khen)|"
    # a target or a power, not an act: "Có từ 90% số hộ trở lên được công nhận …", "phấn đấu …", "… theo thẩm quyền"
    r"trở\s+lên|phấn\s+đấu|chỉ\s+tiêu|mục\s+tiêu|theo\s+thẩm\s+quyền|có\s+thẩm\s+quyền)\b", regex.I)


class _Scan:
    """What one pass over a document's award names shares: the text, its lines and the document-level context
    (registration zones, citations by line, the proposal's addressee, the award lists' titles)."""

    def __init__(self, ctx: Context, doc: Document):
        self.ctx, self.doc = ctx, doc
        self.text = ctx.text
        self.lines = ctx.lines
        low = self.text.lower()
        self.low = low if len(low) == len(self.text) else self.text  # exotic case mappings: search as written
        self.register_lines, self.register_year = _registration_zones(ctx, doc)
        self.cites_by_line: dict[int, list[int]] = {}
        for idx, c in enumerate(doc.citations):
            self.cites_by_line.setdefault(c.line, []).append(idx)
        h = doc.header
        self.proposal_doc = h.doc_type == "Tờ trình" and bool(h.subject and PROPOSAL_SUBJECT_RE.search(h.subject))
        self.prescriptive = h.doc_type in _PRESCRIPTIVE
        # a proposal asks its addressee to grant: "Kính gửi: Chủ tịch Ủy ban nhân dân huyện …"
        km = next(filter(None, (ADDRESSEE_RE.match(r.text) for r in h.recipients_to)), None) if self.proposal_doc else None
        self.addressee = f"Chủ tịch UBND {' '.join(km.group('lvl').lower().split())}" if km else None
        self.zones = sorted(ctx.award_list_zones)  # titles and group headings of award lists
        self.zone_starts = [z[0] for z in self.zones]

    def in_list_title(self, pos: int) -> bool:
        """Is the normalized ``pos`` in an award list's title or group heading ("DANH SÁCH … ĐƯỢC TẶNG DANH HIỆU
        “LAO ĐỘNG TIÊN TIẾN”" names the list, it is no award)?"""
        if not self.zones:
            return False
        o = self.ctx.norm.to_orig(pos)
        kz = bisect.bisect_right(self.zone_starts, o) - 1
        return kz >= 0 and o < self.zones[kz][1]


class _Clause:
    """The stretch of text an award name is read in: its line, the text before it on the line (bounded), the
    clause before it (from the last ";") and what follows it up to the next award, ";" or sentence."""

    def __init__(self, sc: _Scan, found: list, k: int):
        m = found[k]
        text = sc.text
        self.ln = ln = sc.ctx.line_of_norm(m.start())
        # the award's own clause: from the last ";" before it to the next ";" or the next award on the line
        # ("… Tập thể lao động tiên tiến cho 24 tập thể, Chiến sĩ thi đua cơ sở cho 18 cá nhân …"); a name
        # wrapped onto the next line goes on there
        seg_end = ln.e if m.end() <= ln.e else sc.ctx.line_of_norm(m.end()).e
        for j in range(k + 1, len(found)):  # no slicing: the tail of a long list is not copied per award
            nxt = found[j]
            if nxt.start() >= seg_end:
                break
            if not _after_share(text, nxt.start()):  # "25% LĐTT" is a share
                seg_end = nxt.start()
                break
        semi = text.find(";", m.end(), seg_end)
        if semi >= 0:
            seg_end = semi
        stop = _SENTENCE_END_RE.search(text, m.end(), seg_end)
        if stop:
            seg_end = stop.start()  # "… “Gia đình văn hóa”, đạt 89,9%. Qua bình xét, có 03 thôn …": the next sentence
        self.seg_end = seg_end
        # a line that goes on from a wrapped one (the line above ends without punctuation, this one starts in
        # lower case) reads its start there: "… Chủ tịch UBND tỉnh" / "tặng Bằng khen cho …"
        first = ln
        lines = sc.ctx.lines
        while first.i > 0 and first.text[:1].islower() and m.start() - lines[first.i - 1].s < _BEFORE_MAX:
            above = lines[first.i - 1]
            if not above.text or above.text[-1:] in ".;:!?":
                break
            first = above
        lo = max(first.s, m.start() - _BEFORE_MAX)
        self.start = max(lo, text.rfind(";", lo, m.start()) + 1)
        self.after = text[m.end():seg_end]
        self.before = text[lo:m.start()]  # bounded: a 1 MB line is not copied per award
        self.clause_before = text[self.start:m.start()]


def _after_share(text: str, pos: int) -> bool:
    """Does a "%" stand just before ``pos`` ("25% LĐTT": the group a share is taken of, not an award)?"""
    return text[max(0, pos - 3):pos].rstrip().endswith("%")


def extract(ctx: Context, doc: Document) -> list[Award]:
    """Every award named in the document, read in its clause: counts, share, year, status, grantor, decision."""
    sc = _Scan(ctx, doc)
    out: list[Award] = []
    found = list(_find_awards(sc.low))
    for k, m in enumerate(found):
        if sc.in_list_title(m.start()):
            continue
        raw = sc.text[m.start():m.end()]
        key = _name_key(m, raw)
        if key is None or _after_share(sc.text, m.start()):
            continue
        kind, name = _NAMES[key]
        cl = _Clause(sc, found, k)
        a = Award(kind=kind, name=name, name_text=raw, **ctx.span(m.start(), m.end()))
        gm = GRANTOR_RE.match(cl.after)
        if gm and kind == "form":
            a.grantor = " ".join(gm.group("g").split())
        counts = _read_counts(sc, cl, m, a)
        _read_status(sc, cl, a, counts)
        prev = out[-1] if out and out[-1].line == a.line and out[-1].status == a.status else None
        if prev is not None and a.year is None and a.status == "awarded":
            a.year = prev.year  # "… Lao động tiên tiến năm 2021 cho 26 cá nhân và Giấy khen cho 09 cá nhân"
        _read_decision(sc, cl, a)
        if a.grantor is None:
            _read_grantor(sc, cl, a, prev)
        if a.year is None and a.status in ("registered", "proposed"):
            a.year = doc.header.report_year  # registrations are for the year the document plans or reports
        line_text = cl.ln.text
        if (sc.prescriptive and a.status != "mentioned" and not counts and a.count is None and a.decision is None
                and not line_text.startswith(("-", "+", "•"))):
            # a letter or guidance telling others what to register or propose ("Danh hiệu “Lao động tiên
            # tiến” đăng ký cho cá nhân …", "các xã đề nghị xét tặng …"): no award of its own without a count
            a.status = "mentioned"
        # inside a labelled line "- Lao động tiên tiến: 41 cá nhân" the award is what the line counts
        if a.status == "mentioned" and not (counts or a.share_percent):
            # a passing mention ("phong trào ... Lao động tiên tiến") is kept only when it is a list item
            if not line_text.startswith(("-", "+", "•")):
                continue
        ctx.check_limit("awards", len(out), m.start())
        out.append(a)
    _own_decision(doc, out)
    return out


def _registration_zones(ctx: Context, doc: Document) -> tuple[set[int], dict[int, int]]:
    """Lines in a registration context (after a line speaking of đăng ký thi đua, until the next heading), and
    the year a zone's lead-in names."""
    zone_lines: set[int] = set()
    zone_years: dict[int, int] = {}
    zone_year = None
    active = False
    # a zone can only open at a line that speaks of registering: start there (most documents have none, and
    # need not list their headings)
    first_reg = REGISTER_RE.search(ctx.text)
    heading_lines = {s.line for s in doc.iter_sections()} if first_reg else set()
    lines = ctx.lines
    for ln in lines[ctx.line_of_norm(first_reg.start()).i if first_reg else len(lines):]:
        oline = ctx.orig_line(ctx.norm.to_orig(ln.s)) if ln.text else None
        if oline in heading_lines:
            active = False
        # a lead-in "… đăng ký thi đua như sau:" or a heading "II. ĐĂNG KÝ THI ĐUA" opens a registration zone
        if ln.text and REGISTER_RE.search(ln.text) and (ln.text.rstrip().endswith(":") or oline in heading_lines):
            active = True
            ym = _ZONE_YEAR_RE.search(ln.text)  # "II. ĐĂNG KÝ THI ĐUA NĂM 2025" is upper case
            zone_year = int(ym.group("y")) if ym else None
            continue
        if active and oline:
            zone_lines.add(ln.i)
            if zone_year:
                zone_years[ln.i] = zone_year
    return zone_lines, zone_years


def _read_counts(sc: _Scan, cl: _Clause, m, a: Award) -> list[tuple[int, str | None]]:
    """Counts, share and year of the award from its clause; returns the counts read ((number, recipient))."""
    after, clause_before, before = cl.after, cl.clause_before, cl.before
    # counts on the same line ("cho 05 tập thể và 14 cá nhân", "cho 1.126/1.964 hộ", "312 lượt cá nhân")
    # "45 cá nhân đạt danh hiệu “…”, trong đó: cán bộ 12 người, …": what follows breaks down the count before
    bd = _BREAKDOWN_AFTER_RE.match(after)
    count_after = after[:bd.start("rest")] if bd and COUNT_WHO_BEFORE_RE.search(clause_before[-140:]) else after[:200]
    counts = [(int(n.replace(".", "")), _WHO.get(" ".join(w.split()).lower())) for n, w in COUNT_RE.findall(count_after)]
    for v, who in counts:
        if who == "cá nhân":
            a.individuals = (a.individuals or 0) + v
        elif who == "tập thể":
            a.collectives = (a.collectives or 0) + v
        elif who == "hộ gia đình":
            a.households = (a.households or 0) + v
    if len(counts) == 1:
        a.count, a.recipient = counts[0]
    wb = COUNT_WHO_BEFORE_RE.search(clause_before[-140:]) if not counts else None
    if wb:  # "Công nhận 1.402 hộ đạt danh hiệu Gia đình văn hóa"
        v, who = int(wb.group("n").replace(".", "")), _WHO.get(" ".join(wb.group("who").split()).lower())
        a.count, a.recipient = v, who
        counts = [(v, who)]
    cb = COUNT_BEFORE_RE.search(before[-12:]) if not counts else None
    if cb and not sc.text[cl.ln.s:m.start() - len(cb.group())].strip():
        cb = None  # "1\tGiấy khen của Chủ tịch UBND xã\t05\t16": the row's number, not a count
    if cb:  # "tặng 138 Bằng khen, gồm: - Tập thể: 41; - Cá nhân: 97."
        a.count = int(cb.group("n").replace(".", ""))
        counts = [(a.count, None)]
        _parts_below(sc.ctx, cl.ln.i, a)
    elif not counts:
        low_after = after.lower()
        for noun, rec in (("hộ gia đình", "hộ gia đình"), ("tập thể", "tập thể"), ("cá nhân", "cá nhân")):
            if noun in low_after:
                a.recipient = rec
                break
        else:
            if _FOR_HOUSEHOLDS_RE.search(low_after):
                a.recipient = "hộ gia đình"  # "Tặng Giấy khen cho các hộ hiến đất làm đường"
    sm = SHARE_RE.search(after)
    if sm and a.count is None:
        a.share_percent = int(sm.group("p")) if sm.group("p").isdecimal() else None
        a.of = sm.group("of")
    ym = YEAR_RE.search(after)
    if ym:
        a.year = int(ym.group("y"))
    if len(counts) == 1 and counts[0][1] is None and after.rstrip(" *").endswith(":"):
        # "tặng Giấy khen cho 105 trường hợp, gồm:" followed by "- Tập thể: 31;" / "- Cá nhân: 74."
        _parts_below(sc.ctx, cl.ln.i, a)
    return counts


def _read_status(sc: _Scan, cl: _Clause, a: Award, counts: list) -> None:
    """Proposed, awarded, registered or mentioned, from the verbs around the award and the document's kind."""
    clause_before, before, after, ln = cl.clause_before, cl.before, cl.after, cl.ln
    intro = _proposed_list(sc.lines, ln.i) if counts and not PROPOSED_RE.search(clause_before) else None
    if PROPOSED_RE.search(clause_before) or intro:
        # "Hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen gồm 02 bộ": a procedure, not a proposal
        a.status = "mentioned" if not counts and GUIDANCE_RE.search(clause_before) else "proposed"
        am = _ASKED_RE.search(intro) if intro and a.grantor is None else None
        if am and not GRANTOR_BEFORE_RE.search(before[-80:]):
            a.grantor = " ".join(am.group("g").split())
    elif AWARDED_RE.search(" " + clause_before):
        # with no count, a procedure or criterion around the verb makes it guidance, not an award given;
        # a line that starts in lower case goes on from the one before, so look there too
        lead = clause_before
        if cl.start == ln.s and ln.text[:1].islower() and ln.i > 0:
            lead = sc.lines[ln.i - 1].text[-120:] + " " + lead
        a.status = ("mentioned" if not counts and (GUIDANCE_RE.search(lead) or _POWER_AFTER_RE.search(after))
                    else "awarded")
    elif ln.i in sc.register_lines or REGISTER_RE.search(before):
        a.status = "registered"
        if a.year is None:
            a.year = sc.register_year.get(ln.i)
    elif sc.proposal_doc and (counts or a.count):
        a.status = "proposed"  # a tờ trình đề nghị khen thưởng: what it lists with a count is proposed
    elif (counts or a.count) and REGISTER_RE.search(after):
        a.status = "registered"  # "Thi đua xây dựng “Thôn văn hóa”: 12/12 thôn đăng ký."
    if a.status == "proposed" and sc.proposal_doc and a.grantor is None:
        a.grantor = sc.addressee


def _read_decision(sc: _Scan, cl: _Clause, a: Award) -> None:
    """The deciding citation: in the award's clause after it, else the nearest one before it in the clause
    ("Tại Quyết định số 1904/QĐ-UBND …, Chủ tịch UBND huyện công nhận …"), else the next on the line."""
    doc = sc.doc
    o_seg_end, o_clause = sc.ctx.norm.to_orig(cl.seg_end), sc.ctx.norm.to_orig(cl.start)
    on_line = [i for i in sc.cites_by_line.get(a.line, ()) if doc.citations[i].doc_type == "Quyết định"]
    inside = [i for i in on_line if a.start < doc.citations[i].start < o_seg_end]
    prior = [i for i in on_line if o_clause <= doc.citations[i].start < a.start]
    later = [i for i in on_line if doc.citations[i].start > a.start]
    for idx in (inside[:1] or prior[-1:] or later[:1]):
        c = doc.citations[idx]
        a.decision = idx
        a.decision_symbol = doc_number(c.number, c.year, c.symbol, c.system)
        a.decision_date = c.date
        if a.status == "mentioned":
            a.status = "awarded"
        if a.grantor is None and c.issuer and _PEOPLES_COMMITTEE_RE.match(c.issuer):
            # award decisions of a people's committee are signed by its chairman
            a.grantor = "Chủ tịch " + _PEOPLES_COMMITTEE_RE.sub("UBND", c.issuer, count=1)
        if a.year is None and c.date and a.status == "awarded":
            a.year = c.date.year


def _read_grantor(sc: _Scan, cl: _Clause, a: Award, prev: Award | None) -> None:
    """Who grants, when the award's own words did not say: named before the verb, the award before it on the
    line, or the document itself for a bare "…/QĐ-UBND" of a people's committee."""
    doc = sc.doc
    gm2 = GRANTOR_BEFORE_RE.search(cl.before[-80:])
    if gm2:  # "Chủ tịch UBND tỉnh tặng 138 Bằng khen"
        a.grantor = " ".join(gm2.group("g").split())
    elif prev is not None:  # "Chủ tịch UBND huyện công nhận … cho 24 tập thể, Chiến sĩ thi đua cơ sở cho …"
        a.grantor = prev.grantor
    elif a.decision is not None:
        c = doc.citations[a.decision]
        if c.issuer is None and c.issuer_code == "UBND" == doc.header.issuer_code:
            a.grantor = own_grantor(doc)  # a bare "…/QĐ-UBND" in a people's committee's report is its own


def _parts_below(ctx: Context, i: int, a: Award) -> None:
    """Read "- Tập thể: 31;" / "- Cá nhân: 74." lines under an award line into its parts."""
    lines = ctx.lines
    k = i + 1
    while k < len(lines) and k <= i + 6:
        pm = PART_LINE_RE.match(lines[k].text)
        if not pm:
            break
        who = _WHO.get(" ".join(pm.group("who").split()).lower())
        if who == "cá nhân":
            a.individuals = int(pm.group("n"))
        elif who == "tập thể":
            a.collectives = int(pm.group("n"))
        k += 1


#: administrative levels named in a body or grantor ("UBND huyện", "ĐẢNG ỦY XÃ …")
LEVEL_RE = adminunits.LEVEL_RE


def doc_number(number: str | None, year: int | None, symbol: str | None, system: str | None) -> str | None:
    """The full number of a document as written: "05/QĐ-UBND", "46-QĐ/ĐU", "98/2023/NĐ-CP"."""
    if not number or not symbol:
        return None
    if system == "party":
        return f"{number}-{symbol}"
    return f"{number}/{year}/{symbol}" if year else f"{number}/{symbol}"


def issuing_body_name(doc: Document) -> str:
    """The issuing body on one line, without the national title a two-column layout interleaves into it."""
    from ..segment.header import body_name

    return doc.header.issuing_body_name or body_name(doc.header)


def own_grantor(doc: Document) -> str | None:
    """Who decides when this document is itself the award decision: "Chủ tịch UBND xã", "Đảng ủy xã"."""
    h = doc.header
    body = issuing_body_name(doc).upper()
    lm = LEVEL_RE.search(body)
    if not lm:
        return None
    level = " ".join(lm.group(1).split()).lower()
    if h.issuer_code == "UBND" or body.startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND")):
        return f"Chủ tịch UBND {level}"
    if h.system == "party" and body.startswith("ĐẢNG ỦY"):
        return f"Đảng ủy {level}"
    return None


def _own_decision(doc: Document, awards: list[Award]) -> None:
    """In a quyết định, what Điều 1 awards is decided by the document itself: its number, date and signer's
    authority are the award's decision, date and grantor; the year is the one the decision is for. The
    trích yếu ("Về việc tặng danh hiệu …") names the award but is not one."""
    h = doc.header
    if h.doc_type != "Quyết định":
        return
    first = next((s for s in doc.iter_sections() if s.level == "dieu"), None)
    own = doc_number(h.number, h.year, h.symbol, h.system)
    if first is None:
        return
    grantor = own_grantor(doc)
    year = h.report_year or (h.date.year if h.date else None)
    awards[:] = [a for a in awards if a.start >= h.end]  # the trích yếu: a passing mention, not a list item
    for a in awards:
        if not (first.start <= a.start < first.body_end) or a.decision_symbol or a.status == "registered":
            continue
        a.status = "awarded"
        if own:
            a.decision_symbol = own
            a.decision_date = h.date
        if a.grantor is None:
            a.grantor = grantor
        if a.year is None:
            a.year = year


# --- the award_facts fact ---------------------------------------------------------------------------------------

#: the next row's number at the end of a row's text ("…, công chức Tư pháp;\n2. ")
_NEXT_ROW_RE = regex.compile(r"\n[ \t]*\|?[ \t]*\d{1,4}[ \t]*[.)|\t]?[ \t]*$")
_ROW_PUNCT_RE = regex.compile(r"[\t|;,.]+")


def award_facts(facts: Facts) -> AwardFacts:
    """The ``award_facts`` fact of ``facts.document`` (see :class:`vanban.model.AwardFacts`)."""
    from .award_lists import group_kind, list_groups_for

    doc = facts.document
    af = AwardFacts()
    if doc is None:
        return af
    h = doc.header
    if h.doc_type == "Quyết định":
        body = issuing_body_name(doc)
        if body and LEVEL_RE.search(unicodedata.normalize("NFC", body)):  # (an NFD header composed first)
            af.own_body, af.own_level = body, adminunits.level_of(body)
    af.decided_from = next((s.start for s in doc.iter_sections() if s.level == "dieu"), None)
    af.own_decided = [a.decision is None and a.decision_symbol is not None for a in doc.awards]
    af.grantor_levels = [adminunits.level_of(a.grantor) for a in doc.awards]
    af.totals = [award_total(a) for a in doc.awards]
    lists = doc.award_lists
    af.list_groups = [[] for _ in doc.awards]
    if lists:
        index = {id(g): k for k, g in enumerate(lists)}
        decided = [a for a, own, t in zip(doc.awards, af.own_decided, af.totals, strict=True)
                   if own and a.status == "awarded" and t is not None and a.start < lists[0].start]
        for i, a in enumerate(doc.awards):
            if any(a is d for d in decided):
                af.list_groups[i] = [index[id(g)] for g in list_groups_for(doc, a, decided)]
    af.group_kinds = [group_kind(g.heading) if g.heading else None for g in lists]
    af.row_keys = [_row_keys(doc.text, g) for g in lists]
    return af


def _row_keys(text: str, g) -> list[str]:
    """Each row of a list group from its name to the next row (in a Word table read a cell per line, the cells
    after the name are the lines that follow), folded: name and position or unit."""
    out = []
    for k, e in enumerate(g.entries):
        stop = g.entries[k + 1].start if k + 1 < len(g.entries) else g.end
        row = _NEXT_ROW_RE.sub("", text[e.start:max(stop, e.end)])
        out.append(" ".join(_ROW_PUNCT_RE.sub(" ", row).lower().split()))
    return out
