"""VB7xx: spelling of fixed phrases, impossible syllables, abbreviations used before they are defined."""
from __future__ import annotations

import re

import regex

from .. import lexicon
from .base import Hit, rule

_PH = lexicon.load("phrases")["phrases"]
_WRONG = {w.lower(): p["correct"] for p in _PH for w in p["wrong"]}


def _phrase_pattern(phrases) -> str:
    """One alternative per first word, its continuations inside it (longest first): a plain `re` scan then
    tries each first word once per position instead of every phrase."""
    groups: dict[str, list[list[str]]] = {}
    for w in phrases:
        first, *rest = w.split()
        groups.setdefault(first, []).append(rest)
    alts = []
    for first in sorted(groups, key=len, reverse=True):
        tails = sorted((r"\s+".join(map(re.escape, r)) for r in groups[first]), key=len, reverse=True)
        alts.append(re.escape(first) + "(?:" + "|".join(r"\s+" + t if t else "" for t in tails) + ")")
    return "|".join(alts)


# searched on the lower-cased normalized text
WRONG_RE = re.compile(_phrase_pattern(_WRONG))


@rule("VB701", "typo", "info",
      vi="Cụm từ cố định (kể cả tên danh hiệu thi đua, hình thức khen thưởng) bị viết sai chính tả.",
      en="A fixed administrative phrase (an award title or form included) is misspelled.",
      rationale="Fixed phrases (Trang thông tin điện tử, thi đua, khen thưởng, cải cách hành chính…) and the names of "
                "danh hiệu thi đua and hình thức khen thưởng (Luật Thi đua, khen thưởng 2022) have one correct form.",
      bad=["Tiếp tục duy trì hoạt động Trang thôn tin điện tử xã.",
           "Năm 2023 có 41 cá nhân đạt danh hiệu Lao đông tiên tiến."],
      good=["Tiếp tục duy trì hoạt động Trang thông tin điện tử xã.",
            "Năm 2023 có 41 cá nhân đạt danh hiệu Lao động tiên tiến, 3 cá nhân đạt danh hiệu Chiến sỹ thi đua cơ sở."])
def typo(lc):
    norm = lc.norm
    for m in WRONG_RE.finditer(lc.lower):
        s, e = norm.span(m.start(), m.end())
        correct = _WRONG.get(" ".join(m.group(0).lower().split()))
        if correct is None or " ".join(m.group(0).split()).lower() == correct.lower():
            continue
        yield Hit(s, e, f"“{lc.doc.text[s:e]}” viết sai, đúng là “{correct}”.", f"“{lc.doc.text[s:e]}” is misspelled; write “{correct}”.",
                  suggestion=correct)
    # award names recognised despite a typo (the awards extractor matched them with rapidfuzz)
    from ..extract.awards import is_exact_name

    for a in lc.doc.awards:
        if not is_exact_name(a.name_text):
            yield Hit(a.start, a.end, f"Tên danh hiệu, hình thức khen thưởng “{a.name_text}” viết sai, đúng là “{a.name}”.",
                      f"The award name “{a.name_text}” is misspelled; write “{a.name}”.", suggestion=a.name)


# A syllable ending in p, t, c, ch can only carry the sắc or nặng tone.
BAD_SYL_RE = re.compile(r"[àằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹ](?:ch|p|t|c)(?![^\W\d_])")


@rule("VB702", "impossible-syllable", "info",
      vi="Âm tiết không thể có trong tiếng Việt (thanh huyền/hỏi/ngã với phụ âm cuối p, t, c, ch).",
      en="A syllable that cannot exist in Vietnamese (grave/hook/tilde tone with a final p, t, c, ch).",
      rationale="Vietnamese phonotactics: checked syllables (-p, -t, -c, -ch) take only the sắc or nặng tone; anything else is a typo.",
      bad=["Công tác thi đua đạt kết quả tốt, hoàn thành xuất xắc nhiệm vụ, cán bộ tíchc cực và nổ lực hết mình trong côngg việc ở thờì điểm này; kết quả đạt đuợc là rất tôt, chúng tôì ghi nhận sự cố gắng vượt bậc, đạt kêt quả cao, hoàn thành vượt bậc, xuất sắc, tẩt cả chỉ tiêu."],
      good=["Công tác thi đua đạt kết quả tốt."])
def impossible_syllable(lc):
    low = lc.lower
    for m in BAD_SYL_RE.finditer(low):
        s = m.start()
        while s > 0 and low[s - 1].isalpha():
            s -= 1
        os_, oe = lc.norm.span(s, m.end())
        word = lc.doc.text[os_:oe]
        yield Hit(os_, oe, f"“{word}” không phải âm tiết tiếng Việt hợp lệ: kiểm tra dấu thanh.",
                  f"“{word}” is not a valid Vietnamese syllable: check the tone mark.")


_AB = lexicon.load("abbreviations")
_KNOWN = set(_AB["well_known"])
ABBR_RE = regex.compile(r"(?<![\p{L}\d-])(" + "|".join(regex.escape(a) for a in sorted(_AB["abbreviations"], key=len, reverse=True)) + r")(?![\p{L}\d])")


# "(sau đây viết tắt là CCHC)", "(gọi tắt là TTHC)", "(sau đây gọi tắt tiếng Việt là Chỉ số CCHC, …)", "(viết tắt:
# CCHC)": the abbreviation defined where it first appears; "CCHC (cải cách hành chính)": defined right after it
# ("(sau đây gọi là DVCTT)" and "(gọi chung là NSNN)" define too)
_DEFINED_BEFORE_RE = regex.compile(r"(?:viết|gọi)(?:[ \t]+(?:tắt|chung))?(?:[ \t]+tiếng[ \t]+Việt)?(?:[ \t]+là|[ \t]*:)"
                                   r"[^()\n;]{0,30}\Z", regex.I)
_DEFINED_AFTER_RE = regex.compile(r"[ \t]*\([ \t]*\p{L}")


def _defined_here(text: str, m) -> bool:
    if _DEFINED_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()):
        return True
    after = _DEFINED_AFTER_RE.match(text, m.end())
    if after:
        inside = text[after.end() - 1:text.find(")", after.end(), after.end() + 120)].lower()
        full = _AB["abbreviations"][m.group(1)].lower()
        return bool(inside) and inside.split()[0] == full.split()[0]
    return False


@rule("VB703", "undefined-abbreviation", "info",
      vi="Từ viết tắt được dùng trước khi được giải thích (viết đầy đủ kèm viết tắt trong ngoặc).",
      en="An abbreviation is used before it is defined (full form followed by the abbreviation in parentheses).",
      rationale="Drafting practice (and HD 05 for Party texts): write the full form first, abbreviation in parentheses "
                "(“(sau đây viết tắt là CCHC)” and “(gọi tắt là TTHC)” count as definitions). Only the body is "
                "checked: Nơi nhận and “Lưu: VT, CCHC&VTLT” use unit abbreviations by convention.",
      bad=["Kết quả công tác CCHC năm 2023 đạt khá."],
      good=["Kết quả công tác cải cách hành chính (CCHC) năm 2023 đạt khá.",
            "Đẩy mạnh cải cách hành chính (sau đây viết tắt là CCHC); kết quả công tác CCHC đạt khá."])
def undefined_abbreviation(lc):
    text = lc.doc.text
    start = lc.doc.body_start
    # the body only: Nơi nhận and "Lưu: VT, CCHC&VTLT" use unit abbreviations by convention
    end = lc.doc.body_end if lc.doc.body_end > start else len(text)
    seen = set()
    for m in ABBR_RE.finditer(text, start, end):
        a = m.group(1)
        if a in _KNOWN or a in seen:
            continue
        seen.add(a)
        if f"({a})" in text[:m.start()] or text[m.start() - 1:m.start()] == "(" or _defined_here(text, m):
            continue
        full = _AB["abbreviations"][a]
        yield Hit(m.start(), m.end(), f"“{a}” được dùng mà chưa giải thích; lần đầu nên viết “{full} ({a})”.",
                  f"“{a}” is used before it is defined; write “{full} ({a})” the first time.", suggestion=f"{full} ({a})")


_MOVEMENTS = lexicon.load("campaigns")["movements"]
QUOTED_RE = re.compile(r'"\s*([^"\n]{6,160}?)\s*"')


def _fold_name(s: str) -> str:
    from ..normalize import fold

    return fold(s).replace("–", "-").replace(" - ", " ").replace("-", " ").strip(" .,;*")


@rule("VB704", "movement-name", "info",
      vi="Tên phong trào thi đua được trích dẫn sai so với tên chính thức.",
      en="A named emulation movement is quoted differently from its official name.",
      rationale="Movements launched by the Prime Minister have fixed names (e.g. “Cả nước chung tay vì người nghèo - "
                "Không để ai bị bỏ lại phía sau”); a misquoted name reads as a different movement.",
      bad=['Thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau lưng”.'],
      good=['Thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.'])
def movement_name(lc):
    from rapidfuzz import fuzz, process

    names = {_fold_name(m): m for m in _MOVEMENTS}
    keys = list(names)
    norm = lc.norm
    for m in QUOTED_RE.finditer(norm.text):
        q = _fold_name(m.group(1))
        if q in names or len(q) < 10:
            continue
        best = process.extractOne(q, keys, scorer=fuzz.ratio, score_cutoff=88)
        if best is None:
            continue
        official = names[best[0]]
        s, e = norm.span(m.start(1), m.end(1))
        yield Hit(s, e, f"Tên phong trào “{lc.doc.text[s:e]}” khác tên chính thức “{official}”.",
                  f"The movement “{lc.doc.text[s:e]}” differs from its official name “{official}”.", suggestion=official)


_REP = lexicon.load("phrases")["repeats"]
_REP_WORDS = frozenset(_REP["words"])
_REP_OK = frozenset(_REP["phrases_ok"])
_BODY_WORDS = frozenset(_REP["body_words"])
_COMPOUND_OK = frozenset(_REP["compounds_ok"])
_ALPHA_RE = re.compile(r"[^\W\d_]+")


def _doubled(low: str):
    """(start, end, start of the second, phrase) of words doubled on one line of the lower-cased text: a function
    word ("để để") or a two-word phrase ("kế hoạch kế hoạch"). Candidates come from comparing the text's tokens
    with C-level maps (a word equal to the next one; for phrases, the second word may carry the punctuation
    that ends the repeat) instead of a pattern with a back-reference tried at every word; each candidate is then
    located on its line."""
    from itertools import compress
    from operator import eq

    ws = low.split()
    one = set(compress(ws, map(eq, ws, ws[1:]))) & _REP_WORDS
    eq2 = list(map(eq, ws, ws[2:]))
    two = set()
    for i in compress(range(len(eq2)), eq2):
        if i + 3 < len(ws) and ws[i + 3].startswith(ws[i + 1]) and ws[i] != ws[i + 1] \
                and _ALPHA_RE.fullmatch(ws[i]) and _ALPHA_RE.fullmatch(ws[i + 1]):
            two.add(f"{ws[i]} {ws[i + 1]}")
    for phrase in sorted(one | (two - _REP_OK)):
        body = r"[ \t]+".join(map(re.escape, phrase.split()))
        for m in re.finditer(rf"(?<![^\W\d_]){body}[ \t]+({body})(?![^\W\d_])", low):
            yield m.start(), m.end(), m.start(1), phrase


@rule("VB705", "repeated-word", "info",
      vi="Từ hoặc cụm từ bị lặp liền nhau (“để để”, “kế hoạch kế hoạch”).",
      en="A word or phrase is doubled (“để để”, “kế hoạch kế hoạch”).",
      rationale="A doubled word is a typing slip that a reader stumbles on (real reports: “bị bị trừ điểm”, “Chỉ thị "
                "số số 46”, “Hội đồng Hội đồng Thi đua”). Only function words and two-word phrases are checked: a "
                "doubled content word is often correct Vietnamese (“chung chung”, “Luật Luật sư”, “tổng kết kết "
                "quả”), and a body's name followed by the same verb (“Ban Chỉ đạo chỉ đạo”) is left alone.",
      bad=["Đề nghị các xã gửi hồ sơ về Phòng Nội vụ để để tổng hợp.",
           "Đồng thời đề nghị Hội đồng Hội đồng Thi đua - Khen thưởng huyện xem xét."],
      good=["Trưởng Ban Chỉ đạo chỉ đạo các thành viên; công tác tổng kết kết quả phong trào còn chung chung.",
            "Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006; hai tuyến đường song song với quốc lộ."])
def repeated_word(lc):
    low = lc.lower
    text = lc.doc.text
    norm = lc.norm
    for s, e, s2, phrase in _doubled(low):
        prev = low[max(0, s - 12):s].split()[-1:]
        if " " not in phrase and prev and f"{prev[0]} {phrase}" in _COMPOUND_OK:
            continue  # "năm tiếp theo theo quy định": the first "theo" ends "tiếp theo"
        if " " in phrase and prev and prev[0] in _BODY_WORDS and norm.text[s].isupper() and norm.text[s2].islower():
            continue  # "Ban Tổ chức tổ chức …": a body's name (capitalised, after a body word), then the verb
        os_, oe = norm.span(s, e)
        shown = text[os_:oe]
        if "\t" in shown:
            continue  # a tab separates the cells of a table row: "Số hộ⇥Số hộ đạt …" are two column titles
        once = " ".join(shown.split()[:len(phrase.split())])
        yield Hit(os_, oe, f"“{' '.join(shown.split())}”: “{phrase}” bị lặp.", f"“{' '.join(shown.split())}”: “{phrase}” is doubled.",
                  suggestion=once)
