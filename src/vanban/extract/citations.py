"""Cited documents (viện dẫn): state, Party and legal forms, sloppy forms, lists and later mentions.

Output fields are documented in docs/api.md. ``symbol`` is everything after the number's separator without
the VBQPPL year group ("QĐ-UBND", "KH/ĐU", "UBND", "NĐ-CP", "QH15"); the year group is in ``year``.
"""
from __future__ import annotations

import datetime as dt
import unicodedata

import regex

from .. import lexicon
from ..limits import LimitExceeded
from ..model import Citation, Document
from ..normalize import fold
from ..segment.header import join_symbol, parse_symbol
from ..segment.lines import Context
from ..util import Cover, check_date

_TYPES = sorted(lexicon.load("doc_types")["type_words"], key=len, reverse=True)
_TYPE_ALT = "|".join(regex.escape(t).replace(r"\ ", r"(?:[ \t]+|[ \t]*\n[ \t]*)") for t in _TYPES)
_TYPE_ABBR = {k: v for k, v in lexicon.load("doc_types")["type_abbreviations"].items() if not k.startswith("_")}
# case-sensitive, whole word: "theo NĐ 30/2020/NĐ-CP"
_ABBR_ALT = "|".join(regex.escape(a) for a in sorted(_TYPE_ABBR, key=len, reverse=True))
# the abbreviation is not part of the citation's span (as "QĐ" in "QĐ số 93/QĐ-UBND"): the type comes from the
# symbol and must agree with it
_ABBR_BEFORE = rf"(?<=(?<![\p{{L}}\d])(?P<abbr>{_ABBR_ALT})[ \t]{{1,3}})"
_LEGAL_NAMED = r"Luật|Bộ[ \t]+luật|Pháp[ \t]+lệnh"
_GROUP = r"\p{Lu}[\p{Lu}\d&]*(?:\p{Ll}[\p{Lu}\d]*)?(?![\p{L}\d])"
_SYMBOL = rf"(?:(?P<yr>\d{{4}})[ \t]*/[ \t]*|\d{{4,5}}(?=\p{{Lu}}))?{_GROUP}(?:[ \t]?(?:/[ \t]?|-(?:[ \t]?|[ \t]*\n[ \t]*)){_GROUP}){{0,6}}"
_DATE = (
    r"(?P<dd>\d{1,2})[ \t]*(?P<ds>[/.-])[ \t]*(?P<dm>\d{1,2})(?:[ \t]*(?P=ds)[ \t]*(?P<dy>\d{4}|\d{2}(?![\d/])))?(?!\d)"
    r"|(?P<td>\d{1,2})[ \t\n]+tháng[ \t\n]+(?P<tm>\d{1,2})[ \t\n]+năm[ \t\n]+(?P<ty>\d{4})"
)
_WS = r"[ \t]*\n?[ \t]*"
# a law's name may end with its year before the number: "Luật Các tổ chức tín dụng 2024 số 32/2024/QH15"
_LAW_YEAR = r"(?:[ \t]+(?:năm[ \t]+)?(?:19|20)\d{2})?"
# one to three lower-case words between the type and "số" say which one it is: "Báo cáo thẩm tra số 118/BC-BPC",
# "Đơn đề nghị hợp nhất số 258/ĐĐN-ĐLS" (the type must then agree with the symbol, see extract())
_DESC_BODY = r"(?:[ \t]+(?!(?:số|các|của|do|và|tại|theo)(?![\p{L}]))\p{Ll}+){1,3}(?=[ \t]+(?i:số)[ \t:])"
_DESC = rf"(?P<desc>{_DESC_BODY})??"
_DESC_R = rf"(?:{_DESC_BODY})??"
# a sub-numbered legal document: "Nghị quyết số 66.7/2025/NQ-CP" (only before a VBQPPL year group, where a dot
# cannot be a thousands separator or a heading label)
_SUBNUM = r"(?:\.\d{1,2}(?=[ \t]*/[ \t]*\d{4}[ \t]*/))?"
# the date right after the symbol with "ngày" left out ("Tờ trình số 2753/TTr-STP 28/9/2022"): only a full
# day/month/year, so that a list ("12/QĐ-UBND, 13/QĐ-UBND") or a bare number is never read as one
_BARE_DATE_AHEAD = r"[ \t]+(?=\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)\d{4}(?!\d))"

CITE_RE = regex.compile(
    rf"""
    (?:
      (?<!(?i:pháp)[ \t])(?P<type>(?i:(?:các[ \t]+)?(?:{_TYPE_ALT})))(?![\p{{L}}])
      (?P<lname>(?<=(?i:{_LEGAL_NAMED}))[ \t]+\p{{Lu}}(?:[^\n;:()0-9]|\n(?![ \t]*\n)){{1,150}}?{_LAW_YEAR})??
      (?(lname)|{_DESC})
      {_WS}(?:(?P<so>(?i:số))[ \t]*:?{_WS})?
    | (?<![\p{{L}}])(?<!(?i:mẫu|mau|biểu|phụ[ \t]+lục|bảng|trang|tờ)[ \t])(?P<so2>(?i:số))[ \t]*:?{_WS}
    | {_ABBR_BEFORE}
    )
    (?P<num>\d{{1,6}}{_SUBNUM})(?:[ \t]*\n[ \t]*(?=/))?[ \t]*(?P<sep>[/-])[ \t]*(?P<rest>{_SYMBOL})
    (?:(?:{_WS},?{_WS}(?:ban[ \t]+hành[ \t]+)?(?i:ngày){_WS}|{_BARE_DATE_AHEAD})(?P<date>{_DATE}))?
    """,
    regex.VERBOSE,
)

# Fast path: every citation has a "number / symbol" core; find those first (one cheap pass), then look
# backwards from each for the type word or "số" with a reverse-searching pattern anchored at the core.
# a line may break between the number and "/" ("số 97\n/KH-UBND"), never before "-" (a bullet)
# A run of seven digits or more holds no number (six at most, and none starts inside a run): it is stepped over
# in one move ((*SKIP)) instead of being tried at each of its digits (1 MB of digits: 0.09 s -> 4 ms).
ANCHOR_RE = regex.compile(r"(?<![\d.,/])(?:\d{7,}(*SKIP)(*FAIL)|\d{1,6}" + _SUBNUM
                          + r"(?:[ \t]*\n[ \t]*(?=/))?[ \t]*[/-][ \t]*(?:\d{4}[ \t]*/[ \t]*|\d{4,5}(?=\p{Lu}))?\p{Lu})")
PREFIX_RE = regex.compile(
    rf"""(?r)(?:
      (?<!(?i:pháp)[ \t])(?i:(?:các[ \t]+)?(?:{_TYPE_ALT}))(?![\p{{L}}])
      (?:(?<=(?i:{_LEGAL_NAMED}))[ \t]+\p{{Lu}}(?:[^\n;:()0-9]|\n(?![ \t]*\n)){{1,150}}?{_LAW_YEAR})??
      {_DESC_R}
      {_WS}(?:(?i:số)[ \t]*:?{_WS})?
    | (?<![\p{{L}}])(?<!(?i:mẫu|mau|biểu|phụ[ \t]+lục|bảng|trang|tờ)[ \t])(?i:số)[ \t]*:?{_WS}
    | {_ABBR_BEFORE}
    )\Z""",
    regex.VERBOSE,
)

# A law cited by name and date, without a number: "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"
LAW_BY_DATE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?P<type>Luật(?![ \t]+sư)|Bộ[ \t]+luật|Pháp[ \t]+lệnh|Hiến[ \t]+pháp)(?![ \t]+(?:này|đó|trên|nêu)(?![\p{{L}}]))"
    rf"(?P<lname>[ \t]+\p{{L}}(?:[^\n;:()0-9]|\n(?![ \t]*\n)){{1,150}}?)"
    rf"{_WS},?[ \t]*(?:được[ \t]+Quốc[ \t]+hội[ \t]+thông[ \t]+qua[ \t]+)?(?i:ngày){_WS}(?P<date>{_DATE})"
)

_DEADLINE_RE = regex.compile(
    r"(?<![\p{L}])(?:hoàn\s+thành|chậm\s+nhất|trước|kể\s+từ|có\s+hiệu\s+lực|thi\s+hành|đến|từ|trong|xong)(?![\p{L}])", regex.I)

# Documents cited by name only in a "Căn cứ" line: "Căn cứ Hiến pháp …;", "Căn cứ Điều lệ Đảng;",
# "Căn cứ Luật Tổ chức chính quyền địa phương;" (no number, no date)
# A document cited by its name alone after "Căn cứ" / "Thực hiện" or a ";": "Căn cứ Luật Tổ chức chính quyền địa
# phương;", "Căn cứ Hiến pháp … đã được sửa đổi, bổ sung … theo Nghị quyết số 203/2025/QH15;" (the name ends where
# the amendment begins), "Căn cứ Luật A và Luật B ngày …;" (A ends at "và Luật"), and the Party's congress
# resolution "Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;". A name may wrap onto a line
# that goes on in lower case.
BY_NAME_RE = regex.compile(
    r"(?:(?<=(?i:căn[ \t]+cứ|thực[ \t]+hiện)[ \t]+)|(?<=;[ \t]*))"
    r"(?P<type>Hiến[ \t]+pháp|Điều[ \t]+lệ[ \t]+Đảng|Luật|Bộ[ \t]+luật|Pháp[ \t]+lệnh|Nghị[ \t]+quyết(?=[ \t]+Đại[ \t]+hội))"
    r"(?P<lname>[ \t]+\p{L}(?:[^\n;:()0-9]|\n(?=[ \t]*\p{Ll})){1,150}?)??"
    r"(?=[ \t]*(?:;|\.[ \t]*$)|[ \t]+(?:đã[ \t]+được[ \t]+|được[ \t]+)sửa[ \t]+đổi"
    r"|[ \t]+và[ \t]+(?:Luật|Bộ[ \t]+luật|Pháp[ \t]+lệnh)(?![\p{L}]))",
    regex.MULTILINE,
)

# A later short mention without the symbol: "Quyết định 93", "Nghị quyết số 101". Found from the numbers
# of earlier full citations (a small literal alternation), then the type word is read backwards.
SHORT_PREFIX_RE = regex.compile(rf"(?r)(?P<type>(?i:{_TYPE_ALT}))[ \t]+(?:(?i:số)[ \t]+)?\Z")

# List continuation after a citation: ", 02/QĐ-UBND" / "và số 03/QĐ-UBND"
CONT_RE = regex.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]*;[ \t]*)(?:(?i:số)[ \t]*)?(?P<num>\d{{1,6}})[ \t]*(?P<sep>[/-])[ \t]*(?P<rest>{_SYMBOL})"
    rf"(?:{_WS},?{_WS}(?i:ngày){_WS}(?P<date>{_DATE}))?"
)

# words that end an issuer's name ("… của UBND tỉnh về việc …", "… của Chính phủ quy định …"); a line may break
# between the two syllables of a stop word ("Chính phủ quy" / "định chi tiết")
_ISSUER_STOPS = (
    "Về|V/v|Ban hành|Quy định|Thông báo|Kết luận|Phê duyệt|Hướng dẫn|Triển khai|Phát động|Theo|Căn cứ|về|v/v|quy định|"
    "hướng dẫn|ban hành|phát động|triển khai|tại|nhằm|đã|thì|để|với|cho|trong|theo|sửa đổi|thực hiện|tổ chức|"
    "chỉ đạo|là|được|gồm|có|và|kế hoạch|năm|giai đoạn|đến|từ|đối với|như|nêu|số|phê duyệt|công bố|ký|kết luận|"
    "thông báo|giao|quyết định|hợp nhất|thành lập|ngày"
).replace(" ", r"[ \t]*\n?[ \t]*")
# "của Chính phủ và Quyết định số …", "của Bộ Công an và Dự án …", "… và Chương II của …": after "và" another
# document or a part of one begins, not a second issuer ("Bộ Khoa học và Công nghệ" goes on)
_NOT_AN_ISSUER = rf"(?i:{_TYPE_ALT}|chương|điều|mục|phần|khoản|phụ[ \t]+lục)(?![\p{{L}}])"
ISSUER_RE = regex.compile(
    r"""[ \t]*\n?[ \t]*,?[ \t]*(?:của|do)[ \t\n]+(?P<issuer>
        (?:[^\s,;.()"“”]+)
        (?:[ \t\n]+(?:và[ \t]+(?=\p{Lu})(?!""" + _NOT_AN_ISSUER + r"""))?"""
    r"""(?!(?:""" + _ISSUER_STOPS + r""")(?![\p{L}]))[^\s,;.()"“”]+){0,13})""",
    regex.VERBOSE,
)
SUBJECT_RE = regex.compile(r"[ \t]*,?[ \t]*(?:(?:quy[ \t]*\n?[ \t]*định[ \t]+)?(?:về[ \t]+việc|v/v|V/v|về)[ \t]+)"
                           r"(?P<subject>[^;:\n]{3,220}?)(?=[;:]|\.(?!\d)|\n\n|\n[-+•]|$)")


def _date_of(m: regex.Match) -> tuple[dt.date | None, str | None, bool | None, str | None]:
    """(date, text, valid, problem) of the date groups of a match (date None when impossible)."""
    if not m.group("date"):
        return None, None, None, None
    text = m.group("date")
    if m.group("dd"):
        d, mo, y = int(m.group("dd")), int(m.group("dm")), m.group("dy")
    else:
        d, mo, y = int(m.group("td")), int(m.group("tm")), m.group("ty")
    if y is None:
        if not (1 <= mo <= 12) or not (1 <= d <= 31):
            return None, text, False, "day or month out of range"
        return None, text, None, "date without a year"
    yi = int(y)
    if len(y) == 2:
        yi += 2000 if yi < 70 else 1900  # "14/02/23"
    iso, why = check_date(d, mo, yi)
    return (dt.date.fromisoformat(iso) if iso else None), text, iso is not None, why


def _type_name(word: str | None) -> str | None:
    if not word:
        return None
    w = fold(word)
    if w.startswith("các "):
        w = w[4:]
    return lexicon.type_words().get(w)


#: the capitalized words before a citation in its sentence ("Cục Thuế có công văn số 3316/CT-CS")
_CAPITAL_WORD_RE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}*")


def _issuer_initials(ctx: Context, tname: str | None, code: str, start: int) -> bool:
    """Is the first group of a công văn's ký hiệu the initials of the body that issued it rather than a type
    ("Cục Thuế có công văn số 3316/CT-CS": CT = Cục Thuế, not Chỉ thị)? A công văn's ký hiệu is BODY-UNIT, so
    when a run of capitalized words before it in the sentence (or the document's own issuer) has these
    initials, the reading is ambiguous and no contradiction is claimed."""
    if tname != "Công văn":
        return False
    text = ctx.text
    lo = max(0, start - 160)  # bounded: never a search back to the start of the text
    a = max(text.rfind(".", lo, start), text.rfind("\n\n", lo, start), lo - 1)
    words = [w.group() for w in _CAPITAL_WORD_RE.finditer(text, a + 1, start)]
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            if "".join(w[0] for w in words[i:j]) == code:
                return True
    return False


def _build(ctx: Context, m: regex.Match, start: int, end: int, type_word: str | None, has_so: bool) -> Citation:
    info = parse_symbol(m.group("sep"), m.group("rest"))
    system = info["system"]
    tname = _type_name(type_word)
    inferred = False
    code = info["type_code"]
    if system == "state" and code is None and tname and tname != "Công văn":
        # "Kế hoạch số 31/UBND": a state body-unit symbol with a type word
        pass
    codes = lexicon.type_code_map()
    if tname is None:
        if code:
            tname = codes[system].get(code) or lexicon.all_type_codes().get(code)
            inferred = True
        elif system == "state":
            tname = "Công văn"
            inferred = True
    if tname == "Công văn" and code == "CV" and info["system"] == "party":
        system = "party"
    if type_word and fold(type_word).endswith("văn bản") and code and code in lexicon.all_type_codes():
        tname = (codes[system].get(code) if system in codes else None) or lexicon.all_type_codes()[code]
        inferred = True
    problems = list(info["problems"])
    if type_word and code:
        allowed = set(lexicon.type_name_to_codes().get(tname or "", set()))
        if tname == "Quy định":
            allowed.add("QĐ")  # Party quy định are numbered QĐ (205-QĐ/TW, 399-QĐ/TW) as well as QĐi
        if tname == "Thông tư":
            allowed.add("TT")
        if allowed and code not in allowed and code in lexicon.all_type_codes() \
                and not _issuer_initials(ctx, tname, code, m.start()):
            problems.append("type word contradicts the symbol")
    if system == "legal" and code is None and tname is None and info["issuer_code"]:
        tname = "Luật" if info["issuer_code"].startswith("QH") else "Nghị quyết"
        inferred = True
    iso, dtext, valid, why = _date_of(m)
    span = ctx.span(start, end)
    return Citation(
        doc_type=tname, type_code=code, type_inferred=inferred, number=m.group("num"), year=info["year"],
        symbol=info["symbol"] if info["year"] is None else info["symbol"], issuer_code=info["issuer_code"],
        date=iso, date_text=dtext, date_valid=valid, date_problem=why, system=system, has_so=has_so,
        symbol_problems=problems, **span,
    )


_SO_RE = regex.compile(r"(?i:số)")
_LAW_YEAR_END_RE = regex.compile(r" (?:năm )?(?:19|20)\d{2}$")
# a line that holds only "Số …" numbers: a sample in a guidance ("Ví dụ:" / "Số 268-CV/VPTU"), a table cell of a
# form, an attached document's own number line — no document is cited there
_SO = r"Số[ \t]*:?[ \t]*"
# what may stand before a bare "Số …" on its line: a "Ví dụ:" and other bare numbers ("Số 127-QĐ/TW; Số …")
_BARE_LEAD = rf"[ \t|*]*(?:Ví[ \t]+dụ[^:\n]{{0,12}}:[ \t]*)?(?:{_SO}\d[^\s;]*[ \t]*;[ \t]*)*"
_BARE_BEFORE_RE = regex.compile(_BARE_LEAD + r"\Z")
_BARE_AFTER_RE = regex.compile(rf"[ \t|*.]*(?:;[ \t]*{_SO}\d[^\s;]*[ \t]*)*[ \t|*.]*(?:\n|\Z)")
_BARE_LINE_HEAD_RE = regex.compile(_BARE_LEAD + _SO + r"\Z")
_TOKEN_RE = regex.compile(r"[^\s;]*")


def _bare_line_at(text: str, a: int) -> bool:
    """Is the number at ``a`` the only thing on a "Số …" line (see :func:`_bare_number_line`)? A cheap test
    made before the citation patterns run."""
    ls = text.rfind("\n", max(0, a - 120), a) + 1
    if ls == 0 and a > 120 or not _BARE_LINE_HEAD_RE.match(text, ls, a):
        return False
    return bool(_BARE_AFTER_RE.match(text, _TOKEN_RE.match(text, a).end()))


#: the longest stretch of bare numbers on one line before or after a citation: a line of samples or a form's
#: cell is short, and each citation of a megabyte line of "Số 12/QĐ-UBND; " read the whole line (47 s for 200 KB)
_BARE_LINE_MAX = 500


def _bare_number_line(text: str, s: int, end: int) -> bool:
    """Is the citation at [s, end) "Số …" (capital S, no date) standing alone on its line, or among other bare
    numbers (at most :data:`_BARE_LINE_MAX` characters of them on each side)? (A table cell that lists "Số
    12/QĐ-UBND ngày 05/3/2024" cites that document and is kept.)"""
    if not text.startswith("Số", s):
        return False
    ls = text.rfind("\n", max(0, s - _BARE_LINE_MAX), s) + 1
    if ls == 0 and s > _BARE_LINE_MAX:
        return False
    if text.find("\n", end, end + _BARE_LINE_MAX) < 0 and len(text) - end > _BARE_LINE_MAX:
        return False
    return bool(_BARE_BEFORE_RE.match(text, ls, s) and _BARE_AFTER_RE.match(text, end))


def _so_start(text: str, m: regex.Match) -> int:
    """Where "số" begins after a type word and its descriptor."""
    sm = _SO_RE.search(text, m.end("desc"), m.start("num"))
    return sm.start() if sm else m.start("num")


def extract(ctx: Context, doc: Document) -> list[Citation]:
    text = ctx.text
    out: list[Citation] = []
    header = doc.header
    skip = (header.number_line.start, header.number_line.end) if header.number_line else None
    taken: list[tuple[int, int]] = []
    limit = ctx.limits.citations
    # the start of the first numbered citation over the limit: the scans of laws by name stop there too, and the
    # cut goes where the first citation over the limit is among all of them (see _over_limit)
    over: int | None = None
    for am in ANCHOR_RE.finditer(text):
        a = am.start()
        if taken and a < taken[-1][1]:
            continue
        if text[a - 1:a] in " :\t" and _bare_line_at(text, a):
            continue  # cheap early test of _bare_number_line: a sample or form line is no citation
        pm = PREFIX_RE.search(text, max(0, a - 200), a)
        if not pm:
            continue
        m = CITE_RE.match(text, pm.start())
        if not m or m.start("num") != a:
            continue
        s = m.start()
        os_ = ctx.norm.to_orig(s)
        if skip and skip[0] <= os_ < skip[1] + 1:
            continue
        type_word = m.group("type")
        has_so = bool(m.group("so") or m.group("so2"))
        abbr = m.group("abbr")
        if type_word is None and not has_so and abbr is None:
            continue
        end = m.end()
        if m.group("sep") == "-" and type_word is None:
            head = join_symbol(m.group("rest")).split("/")[0]
            if head not in lexicon.all_type_codes():
                continue  # "căn hộ số 12-A", "phòng số 3-B": not a Party number
        if type_word is None and abbr is None and not m.group("date") and _bare_number_line(text, s, end):
            continue
        c = _build(ctx, m, s, end, type_word, has_so)
        if m.group("desc") and "type word contradicts the symbol" in c.symbol_problems:
            # "Kế hoạch triển khai số 12/QĐ-UBND": the words before "số" were no descriptor of this document;
            # read it from "số" as a citation without a type word
            m2 = CITE_RE.match(text, _so_start(text, m))
            if not m2 or m2.start("num") != a:
                continue
            m, s, type_word = m2, m2.start(), None
            end = m.end()
            c = _build(ctx, m, s, end, None, True)
        if abbr is not None and not has_so and c.doc_type != _TYPE_ABBR[abbr]:
            continue  # "CT 05/KH-UBND": an abbreviation the symbol does not confirm does not make a citation
        if m.group("lname"):
            c.subject = _LAW_YEAR_END_RE.sub("", " ".join(m.group("lname").split()))
        if len(out) >= limit:
            over = s
            break
        _attach_tail(ctx, c, end)
        ctx.check_limit("citations", len(out), s)
        out.append(c)
        taken.append((s, end))
        # list continuation sharing the type (and the date when only the last item has one)
        pos = end
        group = [c]
        while True:
            cm = CONT_RE.match(text, pos)
            if not cm:
                break
            c2 = _build(ctx, cm, cm.start("num"), cm.end(), type_word, has_so)
            generic = type_word is not None and fold(type_word).endswith("văn bản")  # "các văn bản số 01/KH-…, 02/QĐ-…"
            if c2.doc_type is None or (c.type_code and c2.type_code and c2.type_code != c.type_code and not generic):
                break
            if len(out) >= limit:
                over = cm.start("num")
                break
            ctx.check_limit("citations", len(out), cm.start("num"))
            out.append(c2)
            group.append(c2)
            pos = cm.end()
        taken[-1] = (s, pos)
        if len(group) > 1 and group[-1].date and not any(g.date_text for g in group[:-1]):
            for g in group[:-1]:
                g.date, g.date_text, g.date_valid = group[-1].date, group[-1].date_text, group[-1].date_valid
        if len(group) > 1:
            # "các Quyết định số 01/QĐ-UBND, 02/QĐ-UBND ngày 04/01/2023 của UBND xã": the issuer (and subject)
            # after the last item belongs to every item
            _attach_tail(ctx, group[-1], pos)
            for g in group[:-1]:
                if g.issuer is None:
                    g.issuer = group[-1].issuer
                if g.subject is None:
                    g.subject = group[-1].subject
        if over is not None:
            break
    # laws by name and date
    in_taken = Cover(taken)
    for m in LAW_BY_DATE_RE.finditer(text):
        s = m.start()
        if over is not None and s >= over:
            break
        if in_taken(s):
            continue
        if _DEADLINE_RE.search(m.group("lname")):
            continue  # "Luật … hoàn thành chậm nhất ngày …": a deadline, not the law's date
        iso, dtext, valid, why = _date_of(m)
        c = Citation(doc_type=_type_name(m.group("type")) or "Luật", system="legal", date=iso, date_text=dtext,
                     date_valid=valid, date_problem=why, has_so=False, subject=" ".join(m.group("lname").split()),
                     **ctx.span(s, m.end()))
        _attach_tail(ctx, c, m.end())
        if over is None:
            _check_limit(ctx, out, c.start)
        out.append(c)
    in_out = Cover([(c.start, c.end) for c in out])
    for m in BY_NAME_RE.finditer(text):
        s = m.start()
        if over is not None and s >= over:
            break
        if in_taken(s) or in_out(ctx.norm.to_orig(s)):
            continue
        tname = "Điều lệ" if m.group("type").startswith("Điều") else (_type_name(m.group("type")) or "Luật")
        party = tname == "Điều lệ" or tname == "Nghị quyết"  # the Party's charter, a Party congress resolution
        c = Citation(doc_type=tname, system="party" if party else "legal", has_so=False,
                     subject=" ".join((m.group("lname") or "").split()) or None, **ctx.span(s, m.end()))
        if over is None:
            _check_limit(ctx, out, c.start)
        out.append(c)
    if over is not None:
        # the numbered citations stopped at their first over the limit; with the laws by name before it, the
        # first over the limit in the text's order may lie earlier: cut there, so that the next pass reads
        # exactly the part to keep (not once more up to the numbered one, then again up to the exact cut)
        starts = sorted([c.start for c in out] + [ctx.norm.to_orig(over)])
        raise LimitExceeded("citations", limit, starts[limit])
    ctx.claimed.extend(taken)
    out.sort(key=lambda c: c.start)
    _share_issuer(ctx, out)
    _issuer_before(ctx, out)
    _short_mentions(ctx, out)
    _trim_subjects(out)
    _link_mentions(out, ctx.original)
    return out


def _check_limit(ctx: Context, out: list[Citation], start: int) -> None:
    """The citation limit for the passes that run after the main one (laws cited by name): their citations lie
    anywhere in the text, so the cut goes where the first citation over the limit is in the text's order,
    not at the one that happened to be found last."""
    limit = ctx.limits.citations
    if len(out) >= limit:
        starts = sorted([c.start for c in out] + [start])
        raise LimitExceeded("citations", limit, starts[limit])


_JOINER_RE = regex.compile(r"[ \t]*(?:;|,?[ \t]*và|,)[ \t]*")


# "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số …": the one who wrote the cited document, named before it
_ISSUER_BEFORE_RE = regex.compile(
    r"(?:đề\s+nghị|ý\s+kiến|báo\s+cáo|văn\s+bản)\s+của\s+(?P<iss>\p{Lu}[^,;:()\n]{2,100}?)\s+tại\s+(?:các\s+)?$")


def _issuer_before(ctx: Context, cites: list[Citation]) -> None:
    text = ctx.original
    for c in cites:
        if c.issuer is None and c.number:
            m = _ISSUER_BEFORE_RE.search(text[max(0, c.start - 130):c.start])
            if m:
                c.issuer = " ".join(m.group("iss").split())


def _share_issuer(ctx: Context, cites: list[Citation]) -> None:
    """ "Kết luận số 05-KL/TW ngày 15/7/2016, Kết luận số 13-KL/TW ngày 16/8/2021 của Ban Bí thư": the issuer
    after the last of a run of citations of one type joined by "," / "và" belongs to each with the same issuer
    code. Different types ("Quyết định số 01/QĐ-UBND … và Kế hoạch số 02/KH-UBND … của UBND xã") are left alone:
    the issuer may name only the last."""
    text = ctx.original
    for k in range(len(cites) - 1, 0, -1):
        cur, prev = cites[k], cites[k - 1]
        if (prev.issuer is None and cur.issuer and prev.issuer_code and prev.issuer_code == cur.issuer_code
                and prev.system == cur.system and prev.doc_type == cur.doc_type
                and _JOINER_RE.fullmatch(text, prev.end, cur.start)):
            prev.issuer = cur.issuer


def _attach_tail(ctx: Context, c: Citation, end: int) -> int:
    text = ctx.text
    im = ISSUER_RE.match(text, end)
    pos = end
    if im:
        c.issuer = " ".join(im.group("issuer").split())
        pos = im.end()
    sm = SUBJECT_RE.match(text, pos)
    if sm and c.subject is None:
        c.subject = _cut_subject(" ".join(sm.group("subject").split()))
        pos = sm.end()
    elif sm is None and c.subject is None:
        # no "về": the description follows the issuer directly ("… của Chính phủ quy định chi tiết …", "… của
        # UBND tỉnh ban hành Quy chế …")
        dm = SUBJECT_VERB_RE.match(text, pos)
        if dm:
            c.subject = _cut_subject(" ".join(dm.group("subject").split()))
            pos = dm.end()
    return pos


# the description of a cited document after its issuer, when it starts with what the document does
SUBJECT_VERB_RE = regex.compile(
    r"[ 	]*,?[ 	]*(?P<subject>(?:quy[ 	]+định|ban[ 	]+hành|hướng[ 	]+dẫn|sửa[ 	]+đổi|phê[ 	]+duyệt|"
    r"thành[ 	]+lập|công[ 	]+nhận|bãi[ 	]+bỏ|kiện[ 	]+toàn|giao[ 	]+chỉ[ 	]+tiêu)[ 	]"
    r"[^;:\n]{3,220}?)(?=[;:]|\.(?!\d)|\n\n|\n[-+•]|$)")
# where the sentence that cites goes on after the subject: "… năm 2026, Sở Nội vụ đề nghị …", "… năm 2024, UBND
# xã Hồng Vũ báo cáo như sau", "…, căn cứ tình hình thực tế …"
_SUBJECT_END_RE = regex.compile(
    r",[ 	]+(?:(?:căn[ 	]+cứ|để|nhằm|trên[ 	]+cơ[ 	]+sở)\b|\p{Lu}[\p{L}.]*[ \t]+(?:[\p{L}.]+[ \t]+){0,6}?"
    r"(?:đề[ \t]+nghị|báo[ \t]+cáo|ban[ \t]+hành|xây[ \t]+dựng|thông[ \t]+báo|hướng[ \t]+dẫn|triển[ \t]+khai|"
    r"kính[ \t]+(?:gửi|trình|báo)|yêu[ \t]+cầu|tổ[ \t]+chức|đã|sẽ)\b)")


def _cut_subject(subject: str) -> str:
    m = _SUBJECT_END_RE.search(subject)
    if m and m.start() >= 3:
        subject = subject[:m.start()]
    subject = _AS_FOLLOWS_RE.sub("", subject)  # "… thi hành Luật Dữ liệu như sau" (the list follows)
    if subject.endswith(")") and subject.count(")") > subject.count("("):
        subject = subject[:-1].rstrip()  # the bracket that held the citation closes after its subject
    return subject


_AS_FOLLOWS_RE = regex.compile(r"[ \t,]+(?:cụ[ \t]+thể[ \t]+)?(?:như[ \t]+sau|sau[ \t]+đây)$")


_NUMBER_TOKEN_RE = regex.compile(r"(?<![\d/.,-])\d+")
_SHORT_NOT_AFTER = regex.compile(r"[/-]|[.,]\d|[ \t]*[/-]")


def _short_mentions(ctx: Context, cites: list[Citation]) -> None:
    """Link "Quyết định 93" / "Nghị quyết số 101" to an earlier full citation of the same type and number."""
    full: dict[tuple[str, str], Citation] = {}
    for c in cites:
        if c.number and c.doc_type and c.symbol:
            full.setdefault((c.doc_type, c.number.lstrip("0")), c)
    if not full:
        return
    covered = Cover([(c.start, c.end) for c in cites])
    added = []
    nums = {c.number for c in full.values()}
    text = ctx.text
    for nm in _NUMBER_TOKEN_RE.finditer(text):
        if nm.group() not in nums or _SHORT_NOT_AFTER.match(text, nm.end()):
            continue
        pm = SHORT_PREFIX_RE.search(text, max(0, nm.start() - 40), nm.start())
        if pm is None:
            continue
        tname = _type_name(pm.group("type"))
        first = full.get((tname, nm.group().lstrip("0"))) if tname else None
        if first is None:
            continue
        span = ctx.span(pm.start(), nm.end())
        if span["start"] <= first.start or covered(span["start"]):
            continue
        added.append(Citation(doc_type=first.doc_type, type_code=first.type_code, number=nm.group(), year=first.year,
                              symbol=None, issuer_code=first.issuer_code, system=first.system, has_so="số" in pm.group(0).lower(),
                              short=True, **span))
    if added:
        cites.extend(added)
        cites.sort(key=lambda c: c.start)
        index = {id(c): i for i, c in enumerate(cites)}
        for c in cites:
            if c.short and c.symbol is None and c.doc_type and c.number:
                f = full[(c.doc_type, c.number.lstrip("0"))]
                c.first_mention = index[id(f)]


_TRAILING_JOIN_RE = regex.compile(r"(?:[\s,;]|(?<![\p{L}])và)+$")


def _trim_subjects(cites: list[Citation]) -> None:
    """A subject or issuer never runs into the next citation ("… và Kế hoạch số 70/KH-UBND …")."""
    for a, b in zip(cites, cites[1:], strict=False):
        if a.subject and b.text and b.line == a.line:
            k = a.subject.find(b.text.split()[0] + " " + b.text.split()[1]) if len(b.text.split()) > 1 else -1
            if k > 0:
                sub = _TRAILING_JOIN_RE.sub("", a.subject[:k])
                if sub.count("(") > sub.count(")"):
                    # "… quản lý hội (viết tắt là Nghị định số 126/2024/NĐ-CP)": the bracket names the citation
                    sub = _TRAILING_JOIN_RE.sub("", sub[:sub.rfind("(")])
                a.subject = sub


def _link_mentions(cites: list[Citation], original: str) -> None:
    first: dict[tuple[str | None, str | None, int | None], int] = {}
    for i, c in enumerate(cites):
        if c.number is None:
            continue
        key = (c.number.lstrip("0"), c.symbol, c.year)
        f = cites[first[key]] if key in first else None
        if f is not None and c.year is None and c.date and f.date and c.date.year != f.date.year \
                and not _same_description(original, f, c):
            # numbers start again each year: "12/QĐ-UBND" of 2023 and of 2024 are two documents — unless both
            # mentions describe the same one (then one of the dates is wrong, VB410 says so)
            first[key] = i
            continue
        if key in first:
            c.first_mention = first[key]
            c.short = c.date is None and c.date_text is None
        else:
            first[key] = i


_WORD_RE = regex.compile(r"\p{L}+|\d{4}")


def _description(original: str, c: Citation) -> list[str]:
    """The words after a citation up to the end of its clause (its issuer and subject), NFC, lower case."""
    tail = original[c.end:c.end + 220]
    cut = min((k for k in (tail.find(";"), tail.find(". "), tail.find(", Quyết"), tail.find(" và Quyết")) if k >= 0),
              default=len(tail))
    return _WORD_RE.findall(unicodedata.normalize("NFC", tail[:cut]).lower())


def _same_description(original: str, a: Citation, b: Citation) -> bool:
    """Do two mentions of one number and symbol describe the same document: a long description (issuer and
    subject) mostly the same words, and no year in one that the other lacks ("… năm 2023" / "… năm 2024")?"""
    wa, wb = _description(original, a), _description(original, b)
    if len(wa) < 10 or len(wb) < 10:
        return False
    sa, sb = set(wa), set(wb)
    if {w for w in sa ^ sb if w.isdecimal()}:
        return False
    return len(sa & sb) / len(sa | sb) >= 0.6
