"""VB2xx: heading structure — numbering gaps, duplicates, order; mixed label styles at one level."""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter

from ..util import VI_LETTERS, int_to_roman
from .base import Hit, rule


def _label(level: str, n: int) -> str:
    if level == "roman":
        return int_to_roman(n)
    if level == "letter":
        return VI_LETTERS[n - 1] if 0 < n <= len(VI_LETTERS) else str(n)
    return str(n)


def _sibling_groups(doc):
    yield doc.sections
    for s in doc.iter_sections():
        if s.children:
            yield s.children


@rule("VB201", "heading-sequence", "info",
      vi="Số thứ tự đề mục bị nhảy, trùng hoặc sai thứ tự (I, II, IV; 1, 2, 2; a, c; e sau d thiếu đ).",
      en="Heading numbering has a gap, a duplicate or the wrong order (I, II, IV; 1, 2, 2; a, c; e after d without đ).",
      rationale="NĐ 30/2020 Phụ lục I: mục, khoản, điểm are numbered in order; điểm use the Vietnamese alphabet "
                "(a, b, c, d, đ, e, …). Also checked for numbered points that are list items, not headings "
                "(khoản and điểm inside an Điều, points ending with “;”).",
      bad=["I. KẾT QUẢ\n1. Ưu điểm\nNội dung.\n3. Hạn chế\nNội dung."],
      good=["I. KẾT QUẢ\n1. Ưu điểm\nNội dung.\n2. Hạn chế\nNội dung."])
def heading_sequence(lc):
    subject = unicodedata.normalize("NFC", lc.doc.header.subject or "").lower()  # the original may be NFD
    # an amending document quotes the Điều, khoản and điểm it amends ("Điều 22. …", "điểm a, c"); "Kế hoạch bổ sung",
    # "dự toán bổ sung" amend nothing
    amending = "sửa đổi" in subject or ("bổ sung" in subject and any(
        w in subject for w in ("điều", "khoản", "điểm", "quy định", "quy chế", "danh mục", "nghị quyết", "quyết định")))
    # articles are numbered through the whole text, across its chapters and sections (an attached regulation
    # starts again at Điều 1); the other levels among their siblings
    groups = list(_sibling_groups(lc.doc))
    groups.append([s for s in lc.doc.iter_sections() if s.level == "dieu"])
    # a model form or an annexed document with its own header starts its own numbering
    starts = lc.facts.get("embedded_starts")
    glued = _Glued(lc.facts)  # labels joined to the line above: read only when a gap is found
    chains = _ancestor_runs(lc.doc)
    numbered: dict[str, list[tuple[int, int]]] = {}  # built on the first backwards heading of a level
    for gi, group in enumerate(groups):
        last = gi == len(groups) - 1
        by_level: dict[str, list] = {}
        for s in group:
            if s.number is not None and s.level in ("roman", "arabic", "letter", "decimal", "phan", "chuong", "muc", "dieu") \
                    and (s.level == "dieu") == last:
                by_level.setdefault(s.level, []).append(s)
        for level, secs in by_level.items():
            if amending and level == "dieu":
                continue
            prev = None
            dup_of = None  # after "II, II" the next "IV" is the consequence of the duplicate, not a new gap
            for s in secs:
                n = s.number
                if prev is not None and starts and bisect_right(starts, s.start) != bisect_right(starts, prev.start):
                    prev = None  # another document began between the two
                if prev is not None:
                    p = prev.number
                    if n == p:
                        dup_of = p
                        yield Hit(s.start, s.end, f"Đề mục “{s.label}” bị trùng số thứ tự với đề mục trước.",
                                  f"Heading “{s.label}” repeats the previous number.",
                                  related=[(prev.start, prev.end, ("đề mục trước", "previous heading"))])
                    elif n == 1 or (level == "dieu" and n < p):
                        pass  # a new sequence (an attached document, a new part)
                    elif n < p:
                        if level not in numbered:
                            numbered[level] = _numbered(lc.doc, level)
                        if _resumes_outer_list(numbered[level], n, chains.get(id(s), [])):
                            prev = s
                            continue
                        yield Hit(s.start, s.end, f"Đề mục “{s.label}” đứng sau “{prev.label}”: sai thứ tự.",
                                  f"Heading “{s.label}” comes after “{prev.label}”: wrong order.",
                                  related=[(prev.start, prev.end, ("đề mục trước", "previous heading"))])
                    elif n > p + 1 and not (dup_of == p and n == p + 2):
                        key = f"items:{level}"  # a missing heading read as a list line (a wrapped sibling)
                        if key not in numbered:
                            numbered[key] = _numbered(lc.doc, level, headings=False)
                        if _there_after_all(level, p, n, prev.start, s.start, numbered[key], glued):
                            prev = s
                            continue
                        missing = ", ".join(_label(level, k) for k in range(p + 1, min(n, p + 4)))
                        if level == "letter" and prev.label == "d" and s.label == "e":
                            vi = "Sau điểm “d” là “e” mà thiếu “đ” (thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e…)."
                            en = "“e” follows “d” without “đ” (Vietnamese letter order: a, b, c, d, đ, e…)."
                        else:
                            vi = f"Đề mục nhảy từ “{prev.label}” sang “{s.label}”: thiếu {missing}."
                            en = f"Headings jump from “{prev.label}” to “{s.label}”: {missing} missing."
                        yield Hit(s.start, s.end, vi, en, related=[(prev.start, prev.end, ("đề mục trước", "previous heading"))])
                    if n != p:
                        dup_of = None if n != p + 2 else dup_of
                prev = s
    if not amending:  # an amending document quotes only the points it amends ("điểm a, c": a), then c))
        yield from _list_item_gaps(lc.doc, glued, numbered)


class _Glued:
    """The labels joined to the line above by a hard wrap (the ``glued_labels`` fact), asked for only when a
    numbering gap is found: most documents have none, and the fact is not built for them."""

    def __init__(self, facts) -> None:
        self.facts = facts
        self.labels: list[tuple[int, str]] | None = None
        self.starts: list[int] = []

    def between(self, start: int, end: int) -> set[str]:
        if self.labels is None:
            self.labels = self.facts.get("glued_labels")
            self.starts = [g[0] for g in self.labels]
        lo, hi = bisect_right(self.starts, start), bisect_right(self.starts, end)
        return {lab for _, lab in self.labels[lo:hi]}


def _there_after_all(level: str, p: int, n: int, start: int, end: int, numbered: list[tuple[int, int]],
                     glued: _Glued) -> bool:
    """Are the numbers between ``p`` and ``n`` there after all, between offsets ``start`` and ``end``: as list
    lines of the same style (a wrapped item read as a list line while its siblings stay headings, or the
    reverse), or as labels joined to the line above by a hard wrap ("… hằng năm b. Địa điểm")?"""
    i, j = bisect_right(numbered, (start, 1 << 30)), bisect_left(numbered, (end, -1))
    seen = {num for _, num in numbered[i:j]}
    labels = glued.between(start, end)
    return all(k in seen or _label(level, k) in labels for k in range(p + 1, n))


def _ancestor_runs(doc) -> dict[int, list[tuple[int, int]]]:
    """id(section) -> for each of its ancestors, root first: (the ancestor's start, the start of the numbering
    run the ancestor belongs to — its nearest earlier sibling numbered 1, or the first sibling)."""
    out: dict[int, list[tuple[int, int]]] = {}

    def walk(siblings, chain):
        run = siblings[0].start if siblings else 0
        for x in siblings:
            if x.number == 1:
                run = x.start
            out[id(x)] = chain
            if x.children:
                walk(x.children, [*chain, (x.start, run)])

    walk(doc.sections, [])
    return out


def _resumes_outer_list(numbered: list[tuple[int, int]], n: int, chain: list[tuple[int, int]]) -> bool:
    """Does a heading numbered ``n`` (lower than the heading before it) continue an outer list that a nested
    run of headings interrupted? "1. Trình tự thực hiện:" (a list line), then "I) …", "1. … 4. …" nested
    under it, then "2. Cơ quan thực hiện:": the "1." that "2." follows stands before the nested run began,
    after the start of the ancestor holding that run. ``numbered``: (start, number) of the headings and list
    lines of the heading's style, in text order."""
    for k in range(len(chain) - 1, -1, -1):
        run_start = chain[k][1]
        lo = chain[k - 1][0] if k > 0 else 0
        i, j = bisect_left(numbered, (lo, -1)), bisect_left(numbered, (run_start, -1))
        if any(num == n - 1 for _, num in numbered[i:j]):
            return True
    return False


def _numbered(doc, level: str, headings: bool = True, items: bool = True) -> list[tuple[int, int]]:
    """(start, number) of every heading of ``level`` and (or) every list line labelled in its style."""
    from ..util import LETTER_INDEX

    out = [(x.start, x.number) for x in doc.iter_sections()
           if headings and x.level == level and x.number is not None]
    for b in doc.blocks if items else ():
        if b.kind == "list_item" and b.label:
            if level == "arabic" and b.label.isdecimal():
                out.append((b.start, int(b.label)))
            elif level == "letter" and b.label in LETTER_INDEX:
                out.append((b.start, LETTER_INDEX[b.label]))
    out.sort()
    return out


def _list_item_gaps(doc, glued: _Glued, numbered: dict[str, list[tuple[int, int]]]):
    """Gaps in numbered list items (khoản and điểm inside an Điều, points ending with ";"), which are paragraphs,
    not headings: "a) …; b) …; c) …; d) …; e) …" without "đ)", "1. … 2. … 4. …"."""
    from bisect import bisect_right

    from ..util import LETTER_INDEX

    heads = sorted(s.line for s in doc.iter_sections())
    prev = None
    for b in doc.blocks:
        if b.kind == "paragraph" and prev is not None and b.text[:1].islower():
            continue  # the item before, wrapped onto this line ("d) Niêm yết … tại" / "trụ sở Ủy ban …;")
        if b.kind != "list_item" or not b.label:
            prev = None if b.kind != "list_item" else prev
            continue
        lab = b.label
        n = int(lab) if lab.isdecimal() else LETTER_INDEX.get(lab)
        kind = "arabic" if lab.isdecimal() else "letter"
        if n is None:
            prev = None
            continue
        if prev is not None and prev[0] == kind:
            p, plab, pb = prev[1], prev[2], prev[3]
            same_section = bisect_right(heads, b.line) == bisect_right(heads, pb.line)
            if n > p + 1 and n <= p + 3 and b.line - pb.line <= 12 and same_section:
                key = f"headings:{kind}"  # a missing point read as a heading
                if key not in numbered:
                    numbered[key] = _numbered(doc, kind, items=False)
                if _there_after_all(kind, p, n, pb.start, b.start, numbered[key], glued):
                    prev = (kind, n, lab, b)
                    continue  # "… qua đời. b) Ủy ban …" (wrapped), or the point read as a heading
                if kind == "letter" and plab == "d" and lab == "e":
                    vi = "Sau điểm “d” là “e” mà thiếu “đ” (thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e…)."
                    en = "“e” follows “d” without “đ” (Vietnamese letter order: a, b, c, d, đ, e…)."
                else:
                    missing = ", ".join(_label(kind, k) for k in range(p + 1, n))
                    vi = f"Các mục liệt kê nhảy từ “{plab}” sang “{lab}”: thiếu {missing}."
                    en = f"The listed items jump from “{plab}” to “{lab}”: {missing} missing."
                end = b.start + len(lab) + 1
                yield Hit(b.start, min(end, b.end), vi, en, related=[(pb.start, pb.end, ("mục trước", "previous item"))])
        prev = (kind, n, lab, b)


@rule("VB202", "heading-style-mixed", "info",
      vi="Cùng một cấp đề mục dùng nhiều kiểu ký hiệu khác nhau (a/ và a); 1. và 1)).",
      en="One heading level uses several label styles (a/ and a); 1. and 1)).",
      rationale="NĐ 30/2020 Phụ lục I: điểm are written a), b), c); one style per level keeps the structure readable.",
      bad=["1. Thuận lợi, khó khăn\na/ Thuận lợi: tốt.\nb) Khó khăn: nhiều."],
      good=["1. Thuận lợi, khó khăn\na) Thuận lợi: tốt.\nb) Khó khăn: nhiều."])
def heading_style_mixed(lc):
    by_level: dict[str, list] = {}
    for s in lc.doc.iter_sections():
        if s.level in ("letter", "arabic", "roman"):
            # capital letters (A., B. — parts above the roman numerals) are a level of their own, not a style
            # of the lower-case điểm a), b)
            by_level.setdefault("letter_upper" if s.style == "letter_upper" else s.level, []).append(s)
    for secs in by_level.values():
        styles = Counter(s.style for s in secs)
        if len(styles) < 2:
            continue
        main = styles.most_common(1)[0][0]
        for s in secs:
            if s.style != main:
                yield Hit(s.start, s.start + len(s.label) + 1,
                          f"Ký hiệu đề mục “{s.text[:len(s.label) + 1]}” khác kiểu chung của cấp này (đa số dùng kiểu “{_sample(main)}”).",
                          f"Label “{s.text[:len(s.label) + 1]}” differs from this level's usual style (“{_sample(main)}”).",
                          suggestion=_sample(main))


def _sample(style: str) -> str:
    return {"letter_paren": "a)", "letter_slash": "a/", "letter_dot": "a.", "letter_upper": "A.", "arabic_dot": "1.",
            "arabic_paren": "1)", "arabic_slash": "1/", "arabic_dash": "1-", "letter_dash": "a-", "roman_dot": "I.", "roman_dash": "I-",
            "roman_colon": "I:", "roman_paren": "I)"}.get(style, style)
