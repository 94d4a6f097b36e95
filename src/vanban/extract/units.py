"""Administrative units named in the text — the one extractor for every reader (VB801/VB802/VB602, the table).

A *mention* is a type word (xã, phường, thị trấn, đặc khu, huyện, quận, thị xã, thành phố, tỉnh, Thủ đô, TP.)
followed by a capitalised name ("xã Ba Vì", "UBND huyện Sơn Tịnh", "ĐẢNG ỦY XÃ BA VÌ"), resolved against
underthesea's unit list (:mod:`vanban.lexicon.adminunits`): the longest leading run of name words the list
knows at one of the type's levels. Mentions written one after the other with only a comma, a dash or "thuộc"
between them, going up in level, form a *chain* ("xã Ba Vì, huyện Ba Tơ, tỉnh Quảng Ngãi"): each link points
to its parent (:attr:`UnitMention.up`).

A *district reference* (VB602) is anything that names the district level, abolished from 01/7/2025: a
district's people's committee or party committee, "cấp huyện", "thị trấn", a named district and its bodies.
Each carries whether its context lets it be the district acting now (see :func:`district_refs`).

Both are built once per document on first use (the ``units`` and ``district_refs`` facts, see
:mod:`vanban.analysis`): the rare type words are found first with a plain literal scan of the lower-cased
text, and the full patterns run only there. underthesea itself is never imported: its data file is read on
the first document that has a mention.

:func:`find_units` serves callers outside the analysis layer (the table's issuing-body columns): the mentions
of a short plain string.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

import regex

from ..lexicon.adminunits import index, key
from ..model import DistrictRef, Facts, LineKind, UnitMention

COMMUNE, DISTRICT, PROVINCE = 1, 2, 3

#: folded type word -> the levels it may name ("thành phố": a province-level city or a provincial city)
TYPE_LEVELS: dict[str, frozenset[int]] = {
    "xã": frozenset({COMMUNE}), "phường": frozenset({COMMUNE}), "thị trấn": frozenset({COMMUNE}),
    "đặc khu": frozenset({COMMUNE}), "huyện": frozenset({DISTRICT}), "quận": frozenset({DISTRICT}),
    "thị xã": frozenset({DISTRICT}), "thành phố": frozenset({DISTRICT, PROVINCE}),
    "tỉnh": frozenset({PROVINCE}), "thủ đô": frozenset({PROVINCE}),
}
#: the type words as written in running text (first letter either case) and in capitals (header, titles)
_TYPES = ("xã", "phường", "thị trấn", "thị xã", "đặc khu", "huyện", "quận", "thành phố", "tỉnh")


# --- the mention pattern, built from small parts ---------------------------------------------------------------

def _spaced(word: str) -> str:
    return r"[ \t]+".join(regex.escape(w) for w in word.split())


def _type_mixed() -> str:
    """A type word in running text: "xã", "Xã", "thành phố", "Thủ đô", "TP.", "Tp.", "T.P."."""
    alts = [f"[{w[0]}{w[0].upper()}]{_spaced(w)[len(regex.escape(w[0])):]}" for w in _TYPES + ("thủ đô",)]
    return "(?:" + "|".join(alts) + r"|TP\.?|Tp\.?|T\.P\.?)"


def _type_caps() -> str:
    """A type word in capitals: "XÃ", "THỊ TRẤN", "THÀNH PHỐ"."""
    return "(?:" + "|".join(_spaced(w.upper()) for w in _TYPES) + ")"


def _not_type() -> str:
    """A name word is never itself a type word ("xã Ba Vì Huyện Ba Tơ" is two mentions)."""
    alts = [_spaced(w[0].upper() + w[1:]) for w in _TYPES] + [_spaced(w.upper()) for w in _TYPES] + ["TP"]
    return r"(?!(?:" + "|".join(alts) + r")(?![\p{L}\d]))"


#: a name word: a capitalised word, or a number (wards and urban districts: "phường 5", "Quận 1")
_WORD_MIXED = _not_type() + r"(?:\p{Lu}(?:[\p{L}'’]*\p{Ll}[\p{L}'’]*)?(?![\p{L}'’])|\d+(?![\d/.,]\d))"
_WORD_CAPS = _not_type() + r"(?:[\p{Lu}'’]+(?![\p{Ll}])|\d+(?![\d/.,]\d))"
#: between two name words: blanks, a dash, or a line break (a name may wrap onto the next line)
_JOIN = r"(?:[ \t]+|[ \t]*-[ \t]*|[ \t]*\n[ \t]*)"


def _mention_re() -> regex.Pattern:
    return regex.compile(
        rf"""(?=[xXpPtTđĐhHqQ])(?<![\p{{L}}\d])
        (?:
            (?P<hcm>TP\.?[ \t]*HCM|TPHCM)(?![\p{{L}}])                     # TP.HCM
          | (?P<type>{_type_mixed()})
            (?![ \t]+[ỦU][yỷỶY](?![\p{{L}}]))                               # not "Huyện ủy", "Tỉnh ủy"
            [ \t]+ (?P<name>{_WORD_MIXED}(?:{_JOIN}{_WORD_MIXED}){{0,5}})
          | (?<!H(?:ÒA|OÀ)\s+)                                              # not "CỘNG HÒA XÃ HỘI …"
            (?P<ctype>{_type_caps()})
            (?!\s+(?:HỘI\s+CHỦ|[ỦU][YỶ](?![\p{{L}}])))
            [ \t]+ (?P<cname>{_WORD_CAPS}(?:[ \t]+{_WORD_CAPS}){{0,5}})
        )(?![\p{{L}}\d])""",
        regex.X,
    )


MENTION_RE = _mention_re()
_WORD_SPLIT = regex.compile(r"[\p{L}\d'’]+")
#: what may stand between the parts of one chain
_LINK_RE = regex.compile(r"[ \t]*(?:[,\-(]|thuộc|trực[ \t]+thuộc)?[ \t]*(?:thuộc[ \t]+)?", regex.I)
#: a capitalised word followed by a lower-case word or "/" is the start of a phrase glued to the name
#: ("tỉnh Bình Phước Cho phép …", "tỉnh Hậu Giang V/v …"), not a name word
_GLUED_AFTER_RE = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)\p{Ll}|/")
#: in capitals, "XÃ HỘI" is society, never a commune
_CAPS_NOT_NAME = {"hội"}


# --- context words ---------------------------------------------------------------------------------------------

#: a mention said of an earlier state, not a claim about today's units
_HISTORY_WORDS = (r"\(cũ\)", r"\bcũ\b", r"trước[ \t]+đây", r"trước[ \t]+(?:khi[ \t]+)?(?:sáp[ \t]+nhập|sắp[ \t]+xếp|hợp[ \t]+nhất)",
                  r"nay[ \t]+là", r"đổi[ \t]+tên")
_HISTORY_RE = regex.compile("|".join(_HISTORY_WORDS), regex.I)
#: another country: its provinces are not in the list
_FOREIGN_WORDS = (r"Lào", r"Campuchia", r"Cam[- ]pu[- ]chia", r"Căm[- ]pu[- ]chia", r"Trung[ \t]+Quốc", r"Thái[ \t]+Lan",
                  r"Mi[- ]an[- ]ma", r"Myanmar", r"Hàn[ \t]+Quốc", r"Nhật[ \t]+Bản", r"Hoa[ \t]+Kỳ", r"CHDCND",
                  r"Vương[ \t]+quốc", r"nước[ \t]+bạn", r"kết[ \t]+nghĩa", r"quốc[ \t]+tế")
_FOREIGN_RE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(_FOREIGN_WORDS) + r")(?![\p{L}])")
#: words that may follow a unit's name on the same line without being part of it (a person, a title, a date)
AFTER_NAME = frozenset({
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương",
    "lý", "đinh", "đoàn", "trương", "lương", "tô", "trịnh", "kiều", "chu", "tạ", "phùng", "tăng", "lã", "lò",
    "quách", "triệu", "vi", "hứa", "khổng", "nông", "đàm", "doãn", "lục", "lưu", "tống", "âu", "mạc", "diệp",
    "thân", "nghiêm", "giáp", "khúc", "ông", "đào", "lại", "từ", "vương",
    "ủy", "uỷ", "hội", "đội", "đảng", "ban", "sở", "phòng", "ubnd", "hđnd", "mttq", "quân", "bộ",
    "trường", "bệnh", "chi", "liên", "tổ", "cục", "kho", "bạc", "viện", "đài", "báo", "ngân",
    "miền", "vùng", "khu",
    "chủ", "phó", "bí", "trưởng", "năm", "tháng", "quý", "về", "tại", "và", "với", "cùng", "theo", "gồm"})


# --- finding mentions ------------------------------------------------------------------------------------------

def _type_of(raw: str) -> str:
    t = " ".join(raw.lower().split()).rstrip(".")
    return {"tp": "thành phố", "t.p": "thành phố"}.get(t, t)


def _iter_matches(text: str, anchors: list[int] | None = None):
    """Matches of :data:`MENTION_RE`, tried only where a type word stands before a capital or a digit. The
    type words' first words are located with ``str.find`` on the lower-cased text (a regex scan of every
    character costs ~1 ms on a 23 KB report; the finds cost a few microseconds)."""
    low = text.lower()
    if len(low) != len(text):  # pragma: no cover - exotic case mappings
        yield from MENTION_RE.finditer(text)
        return
    last = 0
    for i in (anchors if anchors is not None else _anchors(low, text)):
        if i < last:
            continue
        mm = MENTION_RE.match(text, i)
        if mm:
            last = mm.end()
            yield mm


#: the first word of every type word, and the type word it must start (checked where the first word is found)
_FIRST_WORDS = ("xã", "phường", "huyện", "quận", "tỉnh", "thị", "thành", "đặc", "thủ", "tp", "t.p")
_TYPE_AT_RE = re.compile(r"(?:xã|phường|huyện|quận|tỉnh|thị[ \t]+(?:trấn|xã)|thành[ \t]+phố|đặc[ \t]+khu|thủ[ \t]+đô"
                         r"|tp\.?[ \t]*hcm|tphcm|tp\.?|t\.p\.?)(?![^\W\d_])[ \t]*")


def _anchors(low: str, text: str) -> list[int]:
    """Where a type word stands as a word, followed by a capital or a digit (a name), in text order."""
    out: list[int] = []
    n = len(low)
    for w in _FIRST_WORDS:
        k = len(w)
        single = w in _SINGLE
        i = low.find(w)
        while i >= 0:
            j = i + k
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and j < n:
                if single:  # the common case: "xã Ba Vì", "UBND huyện", one blank then the name
                    c = low[j]
                    if c == " " or c == "\t":
                        while j < n and (low[j] == " " or low[j] == "\t"):
                            j += 1
                        if j < n and (text[j].isupper() or text[j].isdigit()):
                            out.append(i)
                elif not low[j].isalpha() or low.startswith("tphcm", i):
                    m = _TYPE_AT_RE.match(low, i)
                    if m is not None and (m.end() < n and (text[m.end()].isupper() or text[m.end()].isdigit())
                                          or low.endswith("hcm", i, m.end()) or "hcm" in low[i:m.end()]):
                        out.append(i)
            i = low.find(w, j)
    out.sort()
    return out


_SINGLE = frozenset({"xã", "phường", "huyện", "quận", "tỉnh"})


def _caps_line(text: str, s: int, e: int) -> bool:
    """Is the line around text[s:e] all capitals? (bounded: a header line is short, and unbounded searches are
    quadratic on one huge line)"""
    line_s = max(text.rfind("\n", max(0, s - 300), s) + 1, s - 300, 0)
    line_e = text.find("\n", e, e + 300)
    if line_e < 0:
        line_e = min(len(text), e + 300)
    line = text[line_s:line_e]
    # str.isupper() is False as soon as one character is lower case: when it is True, no character is (a line
    # without any cased letter, digits only, is read character by character)
    return line.isupper() or not any(map(str.islower, line))


def find_mentions(text: str, ix, column_break: Callable[[int, int], bool] | None = None,
                  anchors: list[int] | None = None) -> list[UnitMention]:
    """Unit mentions in ``text``, resolved against the index ``ix``; offsets are offsets of ``text`` (both the
    original and the normalized pair). ``column_break(a, b)`` says whether the gap ``text[a:b]`` between two
    name words was a column break (a tab, a run of spaces) in the original. ``anchors``: where the type words
    stand, when already known."""
    out: list[UnitMention] = []
    for mm in _iter_matches(text, anchors):
        if mm.group("hcm"):
            out.append(UnitMention(mm.start(), mm.end(), mm.start(), mm.end(), "thành phố", "Hồ Chí Minh",
                                   ("Hồ Chí Minh",), frozenset({PROVINCE}), PROVINCE, True, "hochiminh",
                                   "hochiminh"))
            continue
        caps = mm.group("type") is None
        name_g = "cname" if caps else "name"
        if caps and not _caps_line(text, mm.start(), mm.end()):
            continue  # capitals only count on an all-capitals line (a header, a title)
        t = _type_of(mm.group("ctype") if caps else mm.group("type"))
        words, starts = [], []
        for w in _WORD_SPLIT.finditer(mm.group(name_g)):
            words.append(w.group())
            starts.append(mm.start(name_g) + w.start())
        if column_break is not None:
            for i in range(1, len(words)):
                if column_break(starts[i - 1] + len(words[i - 1]), starts[i]):
                    words, starts = words[:i], starts[:i]
                    break
        if not words or words[0].isdigit() and t not in ("phường", "quận"):
            continue  # only wards and urban districts have numbers for names ("phường 5", "Quận 1")
        if caps and t == "xã" and words[0].lower() in _CAPS_NOT_NAME:
            continue
        m = UnitMention(mm.start(), mm.end(), mm.start(), mm.end(), t, "", tuple(words), TYPE_LEVELS.get(t, frozenset()),
                        caps=caps)
        _resolve(m, ix, text, words, starts)
        out.append(m)
    return out


def _glued(text: str, end: int) -> bool:
    return _GLUED_AFTER_RE.match(text, end) is not None


def _resolve(m: UnitMention, ix, text: str, words: list[str], starts: list[int]) -> None:
    """Pick the longest leading run of name words that the data knows at one of the mention's levels."""
    for n in range(len(words), 0, -1):
        name = text[starts[0]:starts[n - 1] + len(words[n - 1])]
        k = key(name)
        if not k:
            continue
        found = _level_known(m, k, name, ix)
        if found and n < len(words) and "\n" not in text[starts[n - 1]:starts[n]] \
                and words[n].lower() not in AFTER_NAME \
                and not (found == PROVINCE and n == len(words) - 1 and _glued(text, starts[n] + len(words[n]))):
            # (a province's name is a closed list: "tỉnh Bình Phước Cho phép …" is the province and a phrase)
            break  # "Yên Thành Đông": a longer name the data does not know, not "Yên Thành" + a word
        if found:
            m.level, m.known, m.key, m.name = found, True, k, name
            m.words = tuple(words[:n])
            m.end = m.nend = starts[n - 1] + len(words[n - 1])
            if found == PROVINCE:
                m.province = ix.province(name)
            return
    # unknown: keep the words on the first line, take the most specific level
    n = 1
    while n < len(words) and "\n" not in text[starts[n - 1]:starts[n]]:
        n += 1
    m.wrapped = n < len(words)
    m.words = tuple(words[:n])
    m.name = text[starts[0]:starts[n - 1] + len(words[n - 1])]
    m.key = key(m.name)
    m.level = min(m.levels) if m.type != "thành phố" else DISTRICT
    m.end = m.nend = starts[n - 1] + len(words[n - 1])


def _level_known(m: UnitMention, k: str, name: str, ix) -> int:
    if m.type == "thành phố":
        from ..lexicon.adminunits import _CENTRAL

        pk = ix.province(name)
        if pk in _CENTRAL:
            return PROVINCE
        if k in ix.districts:
            return DISTRICT
        return 0
    if COMMUNE in m.levels and (k in ix.old_communes or k in ix.new_communes):
        return COMMUNE
    if DISTRICT in m.levels and k in ix.districts:
        return DISTRICT
    if PROVINCE in m.levels and (ix.province(name) or k in ix.historical):
        return PROVINCE
    return 0


def link_chains(text: str, ms: list[UnitMention]) -> None:
    """Set :attr:`UnitMention.up` for mentions written as one chain ("xã A, huyện B, tỉnh C")."""
    for i in range(1, len(ms)):
        prev, m = ms[i - 1], ms[i]
        gap = text[prev.nend:m.nstart]
        if prev.level and m.level and m.level > prev.level and "\n" not in gap and _LINK_RE.fullmatch(gap):
            prev.up = i


def find_units(text: str) -> list[UnitMention]:
    """The unit mentions of a short plain string (offsets in ``text``), with their chains; [] without the
    unit list. For callers outside the analysis layer (e.g. the table's issuing-body columns)."""
    if not _anchors(text.lower(), text):
        return []
    ix = index()
    if ix is None:
        return []
    ms = find_mentions(text, ix)
    link_chains(text, ms)
    return ms


# --- the facts -------------------------------------------------------------------------------------------------

def units(facts: Facts) -> list[UnitMention]:
    """The ``units`` fact: every unit mention of the document with its chain and context flags."""
    text = facts.norm_text
    anchors = _anchors(facts.lower, text) if len(facts.lower) == len(text) else None
    if anchors == []:
        return []
    ix = index()
    if ix is None:
        return []
    orig, to_o, to_oe = facts.text, facts.to_orig, facts.to_orig_end

    def column_break(a: int, b: int) -> bool:
        gap = orig[to_oe(a):to_o(b)]
        return "\t" in gap or "   " in gap

    # a column break is a tab or a run of three blanks of the original: a text without any has none
    ms = find_mentions(text, ix, column_break if "\t" in orig or "   " in orig else None, anchors)
    if not ms:
        return ms
    link_chains(text, ms)
    for m in ms:
        m.start, m.end = facts.norm_span(m.nstart, m.nend)
        m.title = bool(facts.kind_at(m.start) & LineKind.TITLE)
        m.example = facts.in_example(m.start)
        m.quoted = facts.in_quote(m.start)
        m.history = _history(text, m.nstart, m.nend)
        # (only an unknown province name is judged by whether its paragraph speaks of another country)
        m.foreign = m.type == "tỉnh" and not m.known and _foreign(text, m.nstart, m.nend)
    return ms


def _history(text: str, s: int, e: int) -> bool:
    """History words on the mention's line, at most 80 characters before and 60 after it."""
    line_s = text.rfind("\n", max(0, s - 80), s) + 1
    line_e = text.find("\n", e, e + 60)
    ctx = text[max(line_s, s - 80):min(e + 60, line_e if line_e >= 0 else len(text))]
    return _HISTORY_RE.search(ctx) is not None


def _foreign(text: str, s: int, e: int) -> bool:
    """Does the mention's line (at most 2 000 characters either side) speak of another country?"""
    ps = max(text.rfind("\n", max(0, s - 2000), s) + 1, s - 2000, 0)
    pe = text.find("\n", e, e + 2000)
    return _FOREIGN_RE.search(text, ps, pe if pe >= 0 else min(len(text), e + 2000)) is not None


# --- district-level references (VB602) ------------------------------------------------------------------------

#: the district-level words, as literals on the lower-cased text: every reference is anchored on one of them
_DISTRICT_WORDS = ("huyện", "quận", "thị xã", "thị trấn")


def _district_anchors(low: str) -> list[tuple[int, int]]:
    """(start, end) of every district-level word standing as a word, in text order (``str.find``: a regex scan
    of every character costs ~1 ms on a 23 KB report)."""
    out = []
    n = len(low)
    for w in _DISTRICT_WORDS:
        k = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + k
            if (i == 0 or not low[i - 1].isalnum()) and (j >= n or not low[j].isalnum()):
                out.append((i, j))
            i = low.find(w, j)
    out.sort()
    return out

#: a people's committee (or its chairman) just before the anchor: "UBND huyện", "Chủ tịch Ủy ban nhân dân các huyện"
_COMMITTEE_BEFORE_RE = regex.compile(
    r"""(?:Chủ[ \t]+tịch[ \t]+)?(?:UBND|[ỦU][yỷ][ \t]+ban[ \t]+nhân[ \t]+dân|[ỦU][YỶ][ \t]+BAN[ \t]+NHÂN[ \t]+DÂN)
        [ \t\n]+(?:các[ \t]+)?$""", regex.X)
#: another body of the district level named by its head: "Công an huyện", "Phòng Nội vụ huyện", "HĐND huyện"
_BODY_BEFORE_RE = regex.compile(
    r"""(?:(?<![\p{L}])(?:Công[ \t]+an|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân|HĐND|Huyện[ \t]+đoàn|Tòa[ \t]+án[ \t]+nhân[ \t]+dân
          |Viện[ \t]+kiểm[ \t]+sát[ \t]+nhân[ \t]+dân|Ban[ \t]+Chỉ[ \t]+huy[ \t]+Quân[ \t]+sự
          |(?:Phòng|Trung[ \t]+tâm)(?:[ \t]+[\p{L}\-]+){1,8}?))               # "Phòng Văn hóa và Thông tin"
        [ \t]+(?:các[ \t]+)?$""", regex.X)
#: the level itself: "cấp huyện", "cấp\nhuyện" (on the lower-cased text)
_LEVEL_BEFORE_RE = re.compile(r"(?<![^\W\d_])[cC]ấp[ \t\n]+$")
#: a named district: "huyện Lục Ngạn", "HUYỆN LỤC NGẠN"
_DISTRICT_NAME_AFTER_RE = regex.compile(r"[ \t]+(?:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}|\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,3})")
#: the district named as it was: "huyện Cư Jút (cũ)"
_OLD_AFTER_RE = regex.compile(r"[ \t]+(?:cũ|\(cũ\))", regex.I)
#: a party committee of the district: "Huyện ủy", "HUYỆN ỦY", and "Huyện" / "ủy" split by a hard wrap
_PARTY_AFTER_RE = regex.compile(r"(?:[ \t]+(?:ủy|uỷ|ỦY|UỶ)|[ \t]*\n[ \t]*(?:ủy|uỷ))(?![\p{L}])")
#: inside a list of unit types in brackets, a form's address format: "xã (phường, thị trấn)"
_TYPE_LIST_RE = regex.compile(r"\((?:[ \t]*(?:xã|phường|thị[ \t]+trấn|đặc[ \t]+khu|huyện|quận|thị[ \t]+xã|thành[ \t]+phố"
                              r"|tỉnh)[ \t]*[,/]?)+\)", regex.I)

# Why a reference is not the district acting now, tried on its sentence (facts.sentence_text), in this order
# (True: also in the clauses the sentence shares by ";")
_NOT_NOW: tuple[tuple[str, regex.Pattern, bool], ...] = (
    ("history", regex.compile(
        r"""trước\s+(?:khi\s+)?(?:thực\s+hiện\s+)?(?:việc\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất|tổ\s+chức\s+lại)
          |trước\s+đây|\(cũ\)|\bcũ\b|khi\s+còn|\bnguyên\s+(?:Chủ|Phó|Bí|Trưởng|Giám|Chánh)
          |(?:giai\s+đoạn|nhiệm\s+kỳ)\s+20\d\d\s*[-–]\s*2025
          # the reform itself, and what came from the old district
          |không\s+tổ\s+chức\s+cấp\s+huyện|chính\s+quyền\s+địa\s+phương\s+(?:2|hai)\s+cấp|bàn\s+giao
          |trên\s+cơ\s+sở\s+(?:nhập|sáp\s+nhập|hợp\s+nhất)|kết\s+thúc\s+hoạt\s+động
          |sắp\s+xếp\s+(?:lại\s+)?(?:các\s+)?đơn\s+vị\s+hành\s+chính""",
        regex.I | regex.X), False),
    # a time before the reform, in the sentence or a clause it shares by ";": "năm 2024", "trước (thời
    # điểm) ngày 01/7/2025", "sau ngày 30/4/1975"
    ("earlier", regex.compile(
        r"""\bnăm\s+(?:19\d\d|20(?:[01]\d|2[0-4]))\b|\b\d{1,2}/\d{1,2}/(?:19\d\d|20(?:[01]\d|2[0-4]))\b
          |trước\s+(?:thời\s+điểm\s+)?(?:ngày\s+)?0?1(?:/0?7/|\s+tháng\s+0?7\s+năm\s+)2025""",
        regex.I | regex.X), True),
    # a transitional provision: what was begun under the district goes on
    ("transitional", regex.compile(r"chuyển\s+tiếp|đang\s+(?:giải\s+quyết|thực\s+hiện)\s+dở\s+dang",
                                   regex.I), False),
    # a legal provision cited: the law's own words ("… cấp huyện (Điểm h khoản 1 Điều 27 Luật Nhà ở)")
    ("legal", regex.compile(r"(?:khoản|điểm)\s+\w+\s+(?:khoản\s+\d+\s+)?Điều\s+\d+"
                            r"|Điều\s+\d+\s+(?:của\s+)?(?:Luật|Bộ\s+luật|Nghị\s+định|Thông\s+tư)", regex.I), False),
    # a person's birthplace as registered
    ("birthplace", regex.compile(r"quê\s+quán|nguyên\s+quán|nơi\s+sinh|nơi\s+đăng\s+ký\s+khai\s+sinh",
                                 regex.I), False),
)
#: a document of the old district named before the reference: "Quyết định số 12/QĐ-UBND ngày 05/3/2024 về …
#: của UBND huyện Yên Sơn", "các hạng mục theo Quyết định của UBND huyện Yên Sơn"
_CITED_BEFORE_RE = regex.compile(r"(?:quyết\s+định|kế\s+hoạch|nghị\s+quyết|công\s+văn|chỉ\s+thị|thông\s+báo|hướng\s+dẫn)"
                                 r"[^.;\n]{0,160}?\bcủa\s+[^.;,\n]{0,60}$", regex.I)


def district_refs(facts: Facts) -> list[DistrictRef]:
    """The ``district_refs`` fact: every reference to the district level, in text order, each judged by its
    context: not current in a quotation or amended provision (the term is spoken of), a worked example or a
    form's address format ("xã (phường, thị trấn)"), or when its sentence narrates an earlier time, a
    transitional or legal provision, or a birthplace, or a document of the old district is cited before it."""
    text, low = facts.norm_text, facts.lower
    out: list[DistrictRef] = []
    lists = None
    last = 0
    for s, e in _district_anchors(low):
        if s < last:
            continue
        ref = _district_ref(text, low, s, e)
        if ref is None:
            continue
        kind, rs, re_ = ref
        last = re_
        os_, oe = facts.norm_span(rs, re_)
        r = DistrictRef(kind, os_, oe, facts.text[os_:oe])
        r.why = _not_now(facts, text, rs, re_, os_)
        if not r.why:
            if lists is None:
                lists = _lists(low)
            i = bisect_left(lists, (rs,)) - 1
            if i >= 0 and lists[i][1]:
                r.why = "repealed"  # in a list of what is repealed ("Danh mục thủ tục hành chính bị bãi bỏ")
        r.current = not r.why
        out.append(r)
    return out


def _district_ref(text: str, low: str, s: int, e: int) -> tuple[str, int, int] | None:
    """(kind, start, end) of the reference anchored on the district word at text[s:e], or None."""
    word = low[s:e]
    if word == "huyện":
        lv = _LEVEL_BEFORE_RE.search(text, max(0, s - 8), s)
        if lv is not None:
            if text[s] != "h":
                return None  # "CẤP HUYỆN" in a title names the level of a list or a procedure, not a body acting
            return "level", lv.start(), e
    if word == "thị trấn":
        return "town", s, e
    if word == "huyện" and _PARTY_AFTER_RE.match(text, e):
        return "body", s, _PARTY_AFTER_RE.match(text, e).end()
    old = _OLD_AFTER_RE.match(text, e) is not None
    before = text[max(0, s - 80):s]
    cm = _COMMITTEE_BEFORE_RE.search(before)
    if cm is not None and not old:
        return "body", s - len(before) + cm.start(), e
    if word in ("huyện",) and not old:
        nm = _DISTRICT_NAME_AFTER_RE.match(text, e)
        if nm is not None and not _OLD_AFTER_RE.match(text, nm.end()) and (
                not nm.group().strip().isupper() or _known_district(nm.group())):
            # (in capitals only a district the list knows: "CẤP HUYỆN TRƯỚC THỜI ĐIỂM …" names none)
            return "name", s, nm.end()
        bm = _BODY_BEFORE_RE.search(before)
        if bm is not None:
            return "body", s - len(before) + bm.start(), e
    return None


#: a list's title: "Danh mục thủ tục hành chính …"; repealed: "… bị bãi bỏ", "… hết hiệu lực"
_LIST_TITLE = "danh mục"
_REPEALED_RE = re.compile(r"bãi bỏ|hết hiệu lực")


def _lists(low: str) -> list[tuple[int, bool]]:
    """(start, repealed) of every list title ("danh mục …") of the lower-cased text, the title read over its
    line and the next (titles wrap)."""
    out: list[tuple[int, bool]] = []
    i = low.find(_LIST_TITLE)
    while i >= 0:
        e = low.find("\n", i)
        e = low.find("\n", e + 1) if e >= 0 else -1
        out.append((i, _REPEALED_RE.search(low, i, e if e >= 0 else len(low)) is not None))
        i = low.find(_LIST_TITLE, i + 1)
    return out


def _known_district(name: str) -> bool:
    """Does the list know a district named by the first words of ``name``?"""
    ix = index()
    words = name.split()
    return ix is not None and any(key(" ".join(words[:n])) in ix.districts for n in range(len(words), 0, -1))


def _not_now(facts: Facts, text: str, s: int, e: int, orig_start: int) -> str:
    """Why the reference at normalized text[s:e] is not the district acting now ("" when it is)."""
    if facts.in_quote(orig_start):
        return "quoted"
    if facts.in_example(orig_start):
        return "example"
    for f in _TYPE_LIST_RE.finditer(text, max(0, s - 40), min(len(text), e + 40)):
        if f.start() < s and e <= f.end():
            return "format"
    if _BLANK_NAME_RE.search(text, max(0, s - 6), s):
        return "format"  # a form's blank: "……(tên cấp huyện)……"
    ss, se = facts.sentence_at(orig_start)
    ws, we = _clauses(facts, ss, se)
    # (the sentence as the original gives it, composed: the words are looked up in NFC even in an NFD text)
    sent = _nfc(facts.text[ss:se])
    wide = _nfc(facts.text[ws:we]) if (ws, we) != (ss, se) else sent
    for why, pat, in_clauses in _NOT_NOW:
        if pat.search(wide if in_clauses else sent):
            return why
    if _CITED_BEFORE_RE.search(_nfc(facts.text[max(ss, orig_start - 200):orig_start])):
        return "cited"
    return ""


def _nfc(s: str) -> str:
    return s if s.isascii() else unicodedata.normalize("NFC", s)


#: "tên" just before the level: the blank of a form ("(tên cấp huyện)")
_BLANK_NAME_RE = regex.compile(r"(?<![\p{L}])tên\s+$", regex.I)
#: clauses of one sentence joined by ";" read together, at most this many on either side
_CLAUSES = 3


def _clauses(facts: Facts, s: int, e: int) -> tuple[int, int]:
    """The sentence text[s:e] with the clauses it shares by ";" ("… cán bộ xã, phường, thị trấn; công an xã;
    … sau ngày 30/4/1975"): a list of clauses is one statement about one time."""
    sents = facts.sentences
    starts = facts.get("sentence_starts")
    i = bisect_left(starts, s)
    if i >= len(sents) or sents[i][0] != s:
        return s, e
    k = i
    while k > 0 and i - k < _CLAUSES and facts.text[sents[k - 1][0]:sents[k - 1][1]].rstrip().endswith(";"):
        k -= 1
    j = i
    while j + 1 < len(sents) and j - i < _CLAUSES and facts.text[sents[j][0]:sents[j][1]].rstrip().endswith(";"):
        j += 1
    return sents[k][0], sents[j][1]
