"""VB1xx: dates — invalid, future, year contradicting the reporting period, date-line form, anniversaries."""
from __future__ import annotations

from bisect import bisect_left

import regex

from .. import lexicon
from ..model import DateMention
from ..util import fold
from .base import Hit, LintContext, rule

_REASON_VI = {
    "does not exist": "không tồn tại",
}


def _reason_vi(reason: str) -> str:
    if reason.startswith("day "):
        return f"ngày {reason.split()[1]} không tồn tại"
    if reason.startswith("month ") and "only" in reason:
        parts = reason.split()
        return f"tháng {parts[1]} chỉ có {parts[4]} ngày"
    if reason.startswith("month "):
        return f"tháng {reason.split()[1]} không tồn tại"
    if reason.startswith("29/02"):
        return f"năm {reason.split()[1]} không nhuận, không có ngày 29/02"
    return reason


@rule("VB101", "invalid-date", "error",
      vi="Ngày tháng không hợp lệ (ngày hoặc tháng vượt giới hạn, 29/02 năm không nhuận, 31/04…).",
      en="Invalid date (day or month out of range, 29/02 of a non-leap year, 31/04…).",
      rationale="A date that does not exist makes the cited document or event impossible to identify.",
      bad=["Đảng ủy xã ban hành kế hoạch số 02-KH/ĐU, ngày 80/02/2023 về việc triển khai mô hình."],
      good=["Đảng ủy xã ban hành kế hoạch số 02-KH/ĐU, ngày 08/02/2023 về việc triển khai mô hình."])
def invalid_date(lc):
    for d in lc.doc.dates:
        if not d.valid and d.reason:
            yield Hit(d.start, d.end, f"Ngày tháng không hợp lệ “{d.text}”: {_reason_vi(d.reason)}.",
                      f"Invalid date “{d.text}”: {d.reason}.")


@rule("VB102", "future-date", "warning",
      vi="Văn bản được dẫn chiếu có ngày sau ngày ban hành của chính văn bản này.",
      en="A cited document is dated after the document's own date.",
      rationale="A document cannot cite another issued after it; usually a typo in the day, month or year.",
      bad=["Số: 10/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nThực hiện Quyết định số 15/QĐ-UBND ngày 20/12/2023 của UBND huyện."],
      good=["Số: 10/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\n"
            "Thực hiện Quyết định số 15/QĐ-UBND ngày 20/10/2023 của UBND huyện."])
def future_date(lc):
    own = lc.doc.header.date
    if not own:
        return
    for c in lc.doc.citations:
        if c.date and c.date > own:
            yield Hit(c.start, c.end, f"Văn bản được dẫn chiếu đề ngày {c.date_text}, sau ngày ban hành của văn bản này ({own:%d/%m/%Y}).",
                      f"The cited document is dated {c.date_text}, after this document's own date ({own.isoformat()}).")


# --- year mismatch ---------------------------------------------------------------------------------------------
# Patterns over a section title (a fact's own short text), never over the body.
PLAN_SECTION_RE = regex.compile(
    r"""phương\s+hướng | dự\s+kiến | đề\s+xuất | kiến\s+nghị      # the part about what comes next
      | kế\s+hoạch\s+năm\s+(?P<y>\d{4})                       # "Kế hoạch năm 2025"
      | nhiệm\s+vụ[^\n]*năm\s+(?P<y2>\d{4})                   # "Nhiệm vụ trọng tâm năm 2025"
    """, regex.I | regex.X)
_RESULTS_TITLE_RE = regex.compile(r"(?i:kết\s+quả|đánh\s+giá|tình\s+hình)[^\n]*?(?i:năm)\s+(\d{4})(?![\d-])")
#: on the folded text before a year: a law's name ends in its year ("Luật Đất đai năm 2024")
_NAME_YEAR_RE = regex.compile(r"(?:" + "|".join(sorted(lexicon.load("context")["year_name_heads"], key=len, reverse=True))
                              + r")\s[^,;.()]{1,60}?(?:\snăm)?\s*$")
#: the date kinds VB103 compares with the reporting year
_PERIOD_KINDS = ("year", "half_year", "months", "quarter", "month_year")


def _plan_spans(doc, year: int) -> list[tuple[int, int]]:
    """Spans of sections about the next period (phương hướng, kế hoạch/nhiệm vụ năm Y+1, kiến nghị)."""
    out = []
    for s in doc.iter_sections():
        if s.level in ("phan", "roman", "chuong"):
            m = PLAN_SECTION_RE.search(s.title)
            if m and not (m.group("y") or m.group("y2")) or m and int(m.group("y") or m.group("y2")) > year:
                out.append((s.start, s.body_end))
    return out


def _plan_citation_hits(lc: LintContext, y: int):
    """A plan or programme dated in year Y whose subject (the clause after the citation) names year Y-1."""
    doc, facts = lc.doc, lc.facts
    excludes = lexicon.phrase_re("plan_subject_excludes")
    cites = doc.citations
    years = [d for d in doc.dates if d.kind == "year" and d.year == y - 1]
    year_starts = [d.start for d in years]
    for i, c in enumerate(cites):
        if c.doc_type not in ("Kế hoạch", "Chương trình", "Phương án", "Đề án"):
            continue
        cy = c.date.year if c.date else (
            int(c.date_text[-4:]) if c.date_text and c.date_text[-4:].isdecimal() and c.date_text[-4:].isascii() else None)
        if cy != y:
            continue
        k = bisect_left(year_starts, c.end)
        if k == len(years):
            continue
        clause_end = facts.sentence_at(c.end - 1)[1]
        if i + 1 < len(cites):
            clause_end = min(clause_end, cites[i + 1].start)
        if years[k].start >= clause_end or excludes.search(fold(doc.text[c.end:clause_end])):
            continue
        for d in years[k:bisect_left(year_starts, clause_end)]:
            yield d, Hit(d.start, d.end,
                         f"{c.doc_type} ban hành năm {cy} nhưng nội dung ghi “{d.text}”: kiểm tra lại năm (kỳ báo cáo là năm {y}).",
                         f"A {c.doc_type} issued in {cy} says “{d.text}”: check the year (the reporting year is {y}).",
                         related=[(c.start, c.end, ("văn bản được dẫn chiếu", "cited document"))])


def _speaks_of_earlier_period(lc: LintContext, d: DateMention, cur: int) -> bool:
    """Is the year in a comparison, a baseline, a name, a quotation or an example, or in a sentence that also
    names the current year as the end of a span ("cuối năm 2023 và Tết … năm 2024")?"""
    facts, text = lc.facts, lc.doc.text
    if d.in_citation or facts.in_citation(d.start) or facts.in_region(d.start, "quote", "amendment", "attachment",
                                                                        "example"):
        return True
    if facts.in_comparison(d.start) or facts.is_table(d.start):
        return True  # a table row's year is a column title or a row of a series ("Năm 2023 | Năm 2024")
    s, e = facts.sentence_at(d.start)
    if any(s <= a.start < e for a in lc.doc.awards):
        return True  # an award for the achievements of a year names that year ("Tặng Giấy khen … năm 2022")
    # windows of 80 characters before and 30 after, counted on the folded text (decomposed Unicode spends two
    # characters on a toned letter: the raw text would hold less)
    before = fold(text[max(s, d.start - 240):d.start])[-80:]
    own = fold(d.text)
    window = before + " " + fold(text[d.start:min(e, d.end + 90)])[:len(own) + 30]
    if lexicon.phrase_re("year_exempt_phrases").search(window) or _NAME_YEAR_RE.search(before):
        return True
    sent = fold(text[s:e])
    return f"năm {cur}" in sent and f"năm {cur - 1}" in sent and any(w in sent.split() for w in ("và", "đến", "từ"))


@rule("VB103", "year-mismatch", "warning",
      vi="Năm được nhắc không khớp với kỳ báo cáo (dấu hiệu sao chép báo cáo năm trước).",
      en="A year contradicts the reporting period (a sign of last year's report copied forward).",
      rationale="Reports are often drafted from last year's file; a year left unchanged in a sentence about the "
                "current period misstates the facts. Older documents cited, multi-year periods, baselines "
                "('tính đến'), awards for last year and comparisons ('so với') are not flagged.",
      bad=["BÁO CÁO\nCông tác thi đua, khen thưởng năm 2023\nI. KẾT QUẢ\n"
           "Nhìn chung tình hình kinh tế - xã hội năm 2022 của xã còn khó khăn."],
      good=["BÁO CÁO\nCông tác thi đua, khen thưởng năm 2023\nI. KẾT QUẢ\nTình hình kinh tế - xã hội năm 2023 tăng 5% so với năm 2022."])
def year_mismatch(lc: LintContext):
    doc = lc.doc
    y = lc.report_year
    h = doc.header
    if not y or (h.period is not None and h.period.kind in ("multi_year", "term", "school_year")):
        return
    flagged: set[int] = set()
    for d, hit in _plan_citation_hits(lc, y):
        flagged.add(d.start)
        yield hit
    is_report = h.doc_type in ("Báo cáo", None) and h.period is not None
    results = _results_sections(doc)
    if not is_report and not results:
        return
    plan_spans = _plan_spans(doc, y)
    # sentences about the current period that name the year before it. The current period is the year of the
    # enclosing results section ("I- ĐÁNH GIÁ KẾT QUẢ NĂM 2023") or, in a report, the reporting year.
    for d in doc.dates:
        if d.kind not in _PERIOD_KINDS or d.year is None or d.start in flagged \
                or d.start < doc.body_start or d.start >= doc.body_end:
            continue
        cur = _section_year(results, d.start)
        if cur is None:
            if not is_report or any(a <= d.start < b for a, b in plan_spans):
                continue
            cur = y
        if d.year != cur - 1 or _speaks_of_earlier_period(lc, d, cur):
            continue
        yield Hit(d.start, d.end,
                  f"“{d.text}” trong phần nói về kỳ năm {cur}: có phải năm {cur}? (dấu hiệu sao chép từ văn bản năm trước)",
                  f"“{d.text}” in a passage about {cur}: should it be {cur}? (looks copied from last year's document)",
                  suggestion=d.text.replace(str(cur - 1), str(cur)) if d.kind != "year" else f"năm {cur}")


def _results_sections(doc) -> list[tuple[int, int, int]]:
    """(start, end, year) of top sections titled as results of a single year."""
    out = []
    for s in doc.iter_sections():
        if s.level in ("phan", "roman", "chuong"):
            m = _RESULTS_TITLE_RE.search(s.title)
            if m and not PLAN_SECTION_RE.search(s.title.split(m.group(0))[0]):
                out.append((s.start, s.body_end, int(m.group(1))))
    return out


def _section_year(results, pos: int) -> int | None:
    for a, b, yr in results:
        if a <= pos < b:
            return yr
    return None


DATELINE_PARTS = regex.compile(r"(?i:ngày)\s+(?P<d>\d{1,2})\s+(?i:tháng)\s+(?P<m>\d{1,2})\s+(?i:năm)\s+\d{4}")


@rule("VB104", "dateline-format", "warning",
      vi="Dòng địa danh, ngày tháng chưa đúng thể thức (thiếu số 0 ở ngày dưới 10 hoặc tháng 1, 2, thừa số 0 ở tháng 3–9; thiếu địa danh).",
      en="The date line is not in the prescribed form (missing leading zero for day < 10 or months 1–2, a zero before months 3–9; "
         "no place name).",
      rationale="NĐ 30/2020 Phụ lục I (and HD 36/HD 05 for Party documents): day < 10 and months 1 and 2 take a "
                "leading zero; the place name comes first, followed by a comma.",
      bad=["Số: 10/BC-UBND\nBa Vì, ngày 5 tháng 3 năm 2024\nBÁO CÁO", "Số: 10/BC-UBND\nngày 05 tháng 3 năm 2024\nBÁO CÁO",
           "Số: 10/BC-UBND\nBa Vì, ngày 09 tháng 03 năm 2026\nBÁO CÁO",
           "Số: 10/BC-UBND\nBa Vì ngày 05 tháng 3 năm 2024\nBÁO CÁO"],
      good=["Số: 10/BC-UBND\nBa Vì, ngày 05 tháng 3 năm 2024\nBÁO CÁO"])
def dateline_format(lc):
    h = lc.doc.header
    if not h.dateline:
        return
    problems_vi, problems_en = [], []
    if "no place name" in h.date_problems:
        problems_vi.append("thiếu địa danh trước ngày tháng")
        problems_en.append("the place name is missing")
    if "no comma after the place name" in h.date_problems:
        problems_vi.append(f"thiếu dấu phẩy sau địa danh “{h.place}”")
        problems_en.append(f"no comma after the place name “{h.place}”")
    m = DATELINE_PARTS.search(fold(h.dateline.text))
    d, mo = (m.group("d"), m.group("m")) if m else ("00", "00")
    if len(d) == 1:
        problems_vi.append(f"ngày “{d}” cần viết “0{d}”")
        problems_en.append(f"day “{d}” should be “0{d}”")
    if len(mo) == 1 and int(mo) in (1, 2):
        problems_vi.append(f"tháng “{mo}” cần viết “0{mo}”")
        problems_en.append(f"month “{mo}” should be “0{mo}”")
    elif len(mo) == 2 and mo[0] == "0" and mo[1] in "3456789":
        # only day < 10 and months 1–2 take the zero: "tháng 03" is written "tháng 3"
        problems_vi.append(f"tháng “{mo}” nên viết không có số 0: “{mo[1]}”")
        problems_en.append(f"month “{mo}” should be written without the zero: “{mo[1]}”")
    if problems_vi:
        yield Hit(h.dateline.start, h.dateline.end, "Dòng ngày tháng: " + "; ".join(problems_vi) + ".",
                  "Date line: " + "; ".join(problems_en) + ".")


@rule("VB105", "anniversary-mismatch", "warning",
      vi="Số năm kỷ niệm không khớp với khoảng năm ghi trong ngoặc.",
      en="The anniversary count does not match the years in parentheses.",
      rationale="“Kỷ niệm 50 năm … (1974 – 2024)”: the two years must differ by the number of years celebrated.",
      bad=["Chào mừng Kỷ niệm 50 năm chiến thắng Giá Vực (1975 – 2024)."],
      good=["Chào mừng Kỷ niệm 50 năm chiến thắng Giá Vực (20/9/1974 – 20/9/2024)."])
def anniversary(lc: LintContext):
    for d in lc.doc.dates:
        if d.kind != "anniversary" or d.year is None or d.end_year is None or not (d.value or "").isdecimal():
            continue
        n, y1, y2 = int(d.value or 0), d.year, d.end_year
        if y2 - y1 != n:
            yield Hit(d.start, d.end, f"Kỷ niệm {n} năm nhưng khoảng năm {y1} - {y2} là {y2 - y1} năm.",
                      f"Celebrates {n} years but {y1}-{y2} is {y2 - y1} years.")
