"""VB4xx: citations and số/ký hiệu — form, type vs symbol, state vs Party form, completeness, series."""
from __future__ import annotations

from bisect import bisect_left

import regex

from .. import lexicon
from ..util import fold, format_doc_number
from .base import Hit, rule


def ident(c) -> str:
    """The number and symbol of a citation as its text writes them ("221-KL/TW", "13/2023/NĐ-CP"), line breaks
    and spaces removed; composed from the fields when the text does not hold them."""
    if c.number:
        # the symbol's groups may be broken over a line after a "-" or "/" ("19/NQ-" / "HĐND")
        m = regex.search(rf"(?<![\d.]){regex.escape(c.number)}\s*[/-](?:[^\s,;:()/-]*[/-]\s*)*[^\s,;:()]*", c.text)
        if m:
            return regex.sub(r"\s+", "", m.group())
    return format_doc_number(c.number, c.year, c.symbol, c.system) or f"{c.number}/{c.symbol or ''}"


@rule("VB401", "symbol-malformed", "warning",
      vi="Số, ký hiệu văn bản viết sai cấu trúc.",
      en="A document number/symbol is malformed.",
      rationale="NĐ 30/2020 Phụ lục I: số and ký hiệu are joined by “/”, groups of the ký hiệu by “-”, no spaces; "
                "Party form NN-TYPE/BODY (HD 36); VBQPPL NN/YYYY/TYPE-BODY.",
      bad=["Căn cứ Quyết định số 18/20202QĐ-UBND ngày 10/01/2023 của UBND tỉnh."],
      good=["Căn cứ Quyết định số 18/2020/QĐ-UBND ngày 10/01/2020 của UBND tỉnh."])
def symbol_malformed(lc):
    doc = lc.doc
    for m in lc.facts.get("malformed_symbols"):
        t = m.text
        yield Hit(m.start, m.end, f"Số, ký hiệu “{t}” sai cấu trúc (thiếu dấu “/” hoặc “-”, thừa chữ số).",
                  f"Number/symbol “{t}” is malformed (missing “/” or “-”, or extra digits).")
    for c in doc.citations:
        if "unexpected slash inside the symbol" in c.symbol_problems and c.system == "state":
            head = (c.symbol or "").split("/")[0]
            tail = (c.symbol or "").split("/")[-1]
            if head in lexicon.all_type_codes():
                sugg = f"{c.number}-{head}/{tail}" if tail in lexicon.party_issuer_codes() else f"{c.number}/{head}-{tail}"
                yield Hit(c.start, c.end, f"Ký hiệu “{c.number}/{c.symbol}” dùng dấu “/” giữa các nhóm chữ; đúng thể thức là “{sugg}”.",
                          f"Symbol “{c.number}/{c.symbol}” uses “/” between groups; the correct form is “{sugg}”.", suggestion=sugg)


@rule("VB402", "symbol-spacing", "info",
      vi="Ký hiệu văn bản có khoảng trắng thừa (ví dụ “157/QĐ- UBND”, “31- HD/BTCTW”).",
      en="Stray spaces inside the symbol (e.g. “157/QĐ- UBND”).",
      rationale="NĐ 30/2020 Phụ lục I: the groups of the ký hiệu are written together without spaces. A gap next "
                "to the number itself (“Số: 157 /QĐ-UBND”) is not reported: the number is filled into the printed "
                "blank or stamped by the signing system at issue, so the gap is not the drafter's; nor is a number "
                "line that the text extraction split over several lines.",
      bad=["Số: 157/QĐ- UBND-TL\nSa Đéc, ngày 31 tháng 12 năm 2025", "Số: 31-HD /BTCTW\nHà Nội, ngày 02 tháng 6 năm 2025"],
      good=["Số: 157/QĐ-UBND-TL\nSa Đéc, ngày 31 tháng 12 năm 2025", "Số: 157 /QĐ-UBND-TL\nSa Đéc, ngày 31 tháng 12 năm 2025"])
def symbol_spacing(lc):
    h = lc.doc.header
    if h.number_line is not None and h.number:
        t = h.number_line.text
        if "\n" in t:
            return
        m = regex.search(r"[/-][ \t]+\p{Lu}|\p{Lu}[ \t]+[/-]", t)
        if m:
            yield Hit(h.number_line.start, h.number_line.end, f"Số, ký hiệu “{' '.join(t.split())}” có khoảng trắng thừa.",
                      f"Number/symbol “{' '.join(t.split())}” has stray spaces.",
                      suggestion=regex.sub(r"[ \t]*([/-])[ \t]*", r"\1", " ".join(t.split())))


@rule("VB403", "type-symbol-mismatch", "warning",
      vi="Tên loại văn bản mâu thuẫn với ký hiệu (ví dụ “Kế hoạch số 12/QĐ-UBND”).",
      en="The type word contradicts the symbol (e.g. “Kế hoạch số 12/QĐ-UBND”).",
      rationale="The type abbreviation in the ký hiệu (NĐ 30 Phụ lục III) must be that of the type named.",
      bad=["Thực hiện Kế hoạch số 12/QĐ-UBND ngày 25/01/2023 của UBND xã."],
      good=["Thực hiện Kế hoạch số 12/KH-UBND ngày 25/01/2023 của UBND xã."])
def type_symbol_mismatch(lc):
    for c in lc.doc.citations:
        if "type word contradicts the symbol" in c.symbol_problems and not _before_1997(c):
            code_type = lexicon.all_type_codes().get(c.type_code or "", "?")
            yield Hit(c.start, c.end, f"“{c.text.split(' số')[0]}” nhưng ký hiệu “{c.symbol}” là của {code_type}.",
                      f"Named “{c.doc_type}” but the symbol “{c.symbol}” belongs to a {code_type}.")


@rule("VB404", "own-title-symbol-mismatch", "warning",
      vi="Tên loại của văn bản không khớp với ký hiệu của chính nó (ví dụ BÁO CÁO mà ký hiệu KH-UBND).",
      en="The document's own type name does not match its own symbol (e.g. BÁO CÁO with KH-UBND).",
      rationale="NĐ 30/2020 Phụ lục I: the ký hiệu starts with the abbreviation of the document's own type.",
      bad=["Số: 10/KH-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"],
      good=["Số: 10/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"])
def own_title_symbol(lc):
    h = lc.doc.header
    if not (h.title and h.doc_type and h.type_code and h.number_line):
        return
    allowed = set(lexicon.type_name_to_codes().get(h.doc_type, set()))
    if h.doc_type == "Quy định" and h.system == "party":
        allowed.add("QĐ")
    if allowed and h.type_code not in allowed and h.system != "legal":
        yield Hit(h.number_line.start, h.number_line.end,
                  f"Văn bản là {h.doc_type} ({'/'.join(sorted(allowed))}) nhưng ký hiệu “{h.symbol}” bắt đầu bằng “{h.type_code}”.",
                  f"The document is a {h.doc_type} ({'/'.join(sorted(allowed))}) but its symbol “{h.symbol}” starts with “{h.type_code}”.",
                  related=[(h.title.start, h.title.end, ("tên loại văn bản", "title"))])


@rule("VB405", "system-style-mismatch", "warning",
      vi="Văn bản hành chính nhà nước dùng thể thức của văn bản Đảng (T/M, số dạng 02-KH/ĐU) hoặc ngược lại.",
      en="A state document uses the Party form (T/M, numbers like 02-KH/ĐU), or the reverse.",
      rationale="NĐ 30/2020 (state: TM., KT., “Số: NN/TYPE-BODY”) and HD 36/HD 05 (Party: T/M, K/T, “Số NN-TYPE/BODY”) "
                "are different rule sets.",
      bad=["ỦY BAN NHÂN DÂN XÃ BA VÌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Số: 02-KH/UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nKẾ HOẠCH\nThi đua năm 2024\nNội dung.\n"
           "T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn A"],
      good=["ỦY BAN NHÂN DÂN XÃ BA VÌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 02/KH-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nKẾ HOẠCH\nThi đua năm 2024\nNội dung.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn A"])
def system_style(lc):
    doc = lc.doc
    h = doc.header
    is_state = h.national_title is not None and h.party_title is None
    is_party = h.party_title is not None
    sig = doc.signature
    if is_state and sig and sig.style == "party":
        yield Hit(sig.start, sig.end,
                  f"Văn bản nhà nước nhưng ký “{sig.authority}” theo kiểu văn bản Đảng; đúng là “{sig.authority.replace('/', '')}.”.",
                  f"A state document signed “{sig.authority}” in the Party style; write “{sig.authority.replace('/', '')}.”.")
    if is_party and sig and sig.style == "state" and sig.authority in ("TM.", "KT.", "TL."):
        a = {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L"}[sig.authority]
        yield Hit(sig.start, sig.end, f"Văn bản Đảng nhưng ký “{sig.authority}” theo kiểu văn bản nhà nước; đúng là “{a}”.",
                  f"A Party document signed “{sig.authority}” in the state style; write “{a}”.")
    if is_state and h.number_line is not None and h.number and h.symbol and regex.match(r"^\p{Lu}+/\p{Lu}", h.symbol) \
            and "-" not in h.number_line.text.split(h.number)[0][-2:]:
        pass
    if is_party and h.number_line is not None and h.number and h.symbol \
            and regex.search(r"\d\s*/\s*\p{Lu}+\s*-", h.number_line.text) \
            and h.symbol.split("-")[-1].split("/")[0] in lexicon.party_issuer_codes():
        yield Hit(h.number_line.start, h.number_line.end,
                  f"Văn bản Đảng nhưng số, ký hiệu “{h.number}/{h.symbol}” viết theo kiểu văn bản nhà nước; "
                  f"đúng là “{h.number}-{h.symbol.replace('-', '/', 1)}”.",
                  f"A Party document with a state-style number “{h.number}/{h.symbol}”; "
                  f"write “{h.number}-{h.symbol.replace('-', '/', 1)}”.")
    if is_state and h.number_line is not None and regex.search(r"\d\s*-\s*\p{Lu}+\s*/", h.number_line.text):
        yield Hit(h.number_line.start, h.number_line.end, "Văn bản nhà nước nhưng số, ký hiệu viết theo kiểu văn bản Đảng (NN-TYPE/BODY).",
                  "A state document with a Party-style number (NN-TYPE/BODY).")


_NAMED_ISSUER_RE = regex.compile(r"(?:tỉnh|huyện|xã|phường|thành\s+phố|quận|thị\s+xã|Sở|Bộ)\s+\p{Lu}")


def _norm_at(lc, pos: int) -> int:
    """The normalized offset of the original offset ``pos`` (the first normalized character at or after it)."""
    f = lc.facts
    return bisect_left(range(len(f.norm_text)), pos, key=f.to_orig)


#: the levels of a body whose documents are in another series than a commune's own
_OTHER_LEVELS = frozenset({"central", "province", "city", "district"})


def _other_body_before(lc, pos: int) -> bool:
    """Does the citation's own sentence (at most 160 characters before ``pos``) name a body of another level
    ("được Chủ tịch UBND tỉnh tặng … tại Quyết định số …", "Sở Nội vụ", "của huyện")? Read from the
    issuing-body facts."""
    s, _ = lc.facts.sentence_at(pos)
    lo = max(s, pos - 160)
    bodies = lc.facts.get("bodies")
    k = bisect_left(bodies, lo, key=lambda b: b.start)
    return any(b.value in _OTHER_LEVELS for b in bodies[k:] if b.start < pos)


def _before_1997(c) -> bool:
    """A document numbered before the year group and today's type codes were prescribed (Luật Ban hành VBQPPL
    1996): "Nghị định số 50/CP ngày 26/7/1995", "Thông tư số 89-TC/TCT ngày 09/11/1993" (TC = Bộ Tài chính)
    are right as they stand. Undated: the bare government form "NN/CP" belongs to that time too."""
    if c.date:
        return c.date.year < 1997
    return c.symbol == "CP"


LEGAL_NEEDS_YEAR = {"Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết liên tịch"}


@rule("VB406", "legal-without-year", "warning",
      vi="Văn bản quy phạm pháp luật được dẫn mà thiếu năm ban hành trong số, ký hiệu.",
      en="A legal normative document is cited without the year group in its number.",
      rationale="Luật Ban hành VBQPPL: số, ký hiệu of a nghị định or thông tư is NN/YYYY/TYPE-BODY.",
      bad=["Căn cứ Nghị định số 30/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ."],
      good=["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ."])
def legal_without_year(lc):
    for c in lc.doc.citations:
        if c.doc_type in LEGAL_NEEDS_YEAR and c.number and c.year is None and c.system == "state" \
                and not _before_1997(c) and "digits glued to the symbol" not in c.symbol_problems:
            yield Hit(c.start, c.end, f"{c.doc_type} “{ident(c)}” thiếu năm ban hành (dạng NN/YYYY/{c.symbol}).",
                      f"{c.doc_type} “{ident(c)}” lacks the year group (NN/YYYY/{c.symbol}).")


@rule("VB407", "citation-missing-type", "info",
      vi="Dẫn chiếu văn bản mà không ghi tên loại (ví dụ “tại số 120/QĐ-UBND”).",
      en="A document is cited without its type name (e.g. “tại số 120/QĐ-UBND”).",
      rationale="NĐ 30/2020 Phụ lục I (viện dẫn): the first citation gives type, number and symbol, date, issuer and subject.",
      bad=["Tặng Giấy khen tại số 120/QĐ-UBND ngày 16/8/2023 của UBND xã."],
      good=["Tặng Giấy khen tại Quyết định số 120/QĐ-UBND ngày 16/8/2023 của UBND xã."])
def citation_missing_type(lc):
    for c in lc.doc.citations:
        if c.type_inferred and c.number and c.first_mention is None and not _named_for_the_group(lc, c):
            yield Hit(c.start, c.end, f"Dẫn chiếu “{c.text}” thiếu tên loại văn bản ({c.doc_type}).",
                      f"Citation “{c.text}” lacks the type name ({c.doc_type}).", suggestion=f"{c.doc_type} {c.text}")


def _named_for_the_group(lc, c) -> bool:
    """Is the type named once for a list of citations earlier in the sentence ("Căn cứ các Nghị định của Chính
    phủ: số 63/2010/NĐ-CP …; số 48/2013/NĐ-CP …", "tại các Quyết định: số 36/QĐ-TTg …")? The list's items are
    clauses ending in ";" that start with "số": walk back over them to the clause that names the type."""
    if not c.doc_type:
        return False
    facts, text = lc.facts, lc.doc.text
    sents = facts.sentences
    group = f"các {fold(c.doc_type)}"
    i = max(bisect_left(facts.get("sentence_starts"), c.start + 1) - 1, 0)
    end = c.start
    for _ in range(20):
        s = sents[i][0] if sents and sents[i][0] <= end else end
        if group in fold(text[s:end]):
            return True
        if i == 0 or not fold(text[s:s + 4]).startswith("số") or text[sents[i - 1][1] - 1] not in ";:,":
            return False
        i, end = i - 1, s
    return False


@rule("VB408", "citation-style", "info",
      vi="Dẫn chiếu văn bản thiếu chữ “số” trước số, ký hiệu.",
      en="A citation omits the word “số” before the number.",
      rationale="Citation practice under NĐ 30/2020: “<Tên loại> số NN/TYPE-BODY ngày …”.",
      bad=["Tặng Giấy khen tại Quyết định 213/QĐ-UBND ngày 03/11/2023 của UBND xã."],
      good=["Tặng Giấy khen tại Quyết định số 213/QĐ-UBND ngày 03/11/2023 của UBND xã."])
def citation_style(lc):
    for c in lc.doc.citations:
        if not c.has_so and c.number and c.doc_type and not c.type_inferred and c.system != "legal":
            sugg = f"{c.doc_type} số {ident(c)}"
            yield Hit(c.start, c.end, f"“{c.text}”: nên viết “{sugg}”.", f"“{c.text}”: write “{sugg}”.", suggestion=sugg)


_JOINED_RE = regex.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:\p{L}+(?:\s+\p{L}+)?\s+)?(?:số\s*)?", regex.I)


@rule("VB409", "citation-incomplete", "info",
      vi="Lần dẫn chiếu đầu tiên thiếu ngày ban hành.",
      en="The first citation of a document gives no date.",
      rationale="NĐ 30/2020 Phụ lục I: the first citation gives the date and issuer; later ones may be short.",
      bad=["Thực hiện Kế hoạch số 31/KH-UBND của UBND xã về cải cách hành chính."],
      good=["Thực hiện Kế hoạch số 31/KH-UBND ngày 07/3/2023 của UBND xã về cải cách hành chính."])
def citation_incomplete(lc):
    cites = lc.doc.citations
    text = lc.facts.norm_text  # normalized: "và" is one letter sequence whatever the input's Unicode form
    for k, c in enumerate(cites):
        if c.first_mention is None and c.number and not c.date_text and c.system != "legal":
            nxt = cites[k + 1] if k + 1 < len(cites) else None
            if (nxt is not None and nxt.date_text and nxt.doc_type == c.doc_type and nxt.issuer_code == c.issuer_code
                    and _JOINED_RE.fullmatch(text, _norm_at(lc, c.end), _norm_at(lc, nxt.start))):
                continue  # "Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ": one date for both
            if c.issuer:
                yield Hit(c.start, c.end, f"“{c.text}”: lần dẫn đầu tiên nên ghi ngày ban hành.",
                          f"“{c.text}”: the first citation should give the date.")
            else:
                yield Hit(c.start, c.end, f"“{c.text}”: lần dẫn đầu tiên nên ghi ngày ban hành và cơ quan ban hành.",
                          f"“{c.text}”: the first citation should give the date and the issuer.")


@rule("VB410", "citation-conflict", "warning",
      vi="Cùng một số, ký hiệu được dẫn với hai ngày khác nhau.",
      en="The same number and symbol are cited with two different dates.",
      rationale="Số + ký hiệu identify one document (NĐ 30/2020 Điều 15); two dates mean one of them is wrong.",
      bad=["Theo Kế hoạch số 05/KH-UBND ngày 14/01/2023.\nThực hiện Kế hoạch số 05/KH-UBND ngày 15/02/2023."],
      good=["Theo Kế hoạch số 05/KH-UBND ngày 14/01/2023.\nThực hiện Kế hoạch số 05/KH-UBND ngày 14/01/2023."])
def citation_conflict(lc):
    cites = lc.doc.citations
    for c in cites:
        if c.first_mention is not None and c.date and cites[c.first_mention].date and c.date != cites[c.first_mention].date:
            f = cites[c.first_mention]
            if (c.issuer or f.issuer) and c.issuer and f.issuer and c.issuer != f.issuer:
                continue
            yield Hit(c.start, c.end, f"“{ident(c)}” được dẫn với ngày {c.date_text}, trước đó là {f.date_text}.",
                      f"“{ident(c)}” is cited dated {c.date_text}, earlier {f.date_text}.",
                      related=[(f.start, f.end, ("lần dẫn đầu tiên", "first citation"))])


@rule("VB411", "number-series", "warning",
      vi="Trong cùng một sổ văn bản, số sau nhỏ hơn số trước trong khi ngày ban hành lại muộn hơn.",
      en="In one numbering series a later date carries a smaller number.",
      rationale="NĐ 30/2020 Điều 15: numbers follow the order of issue within the year.",
      bad=["Kế hoạch số 12/KH-UBND ngày 25/01/2023 của UBND xã Ba Vì; Kế hoạch số 05/KH-UBND ngày 14/02/2023 của UBND xã Ba Vì."],
      good=["Kế hoạch số 05/KH-UBND ngày 14/01/2023 của UBND xã Ba Vì; Kế hoạch số 12/KH-UBND ngày 25/01/2023 của UBND xã Ba Vì."])
def number_series(lc):
    # One series = one issuer: an explicit "của <issuer>" shared by both citations, or — in a commune or ward
    # document — citations without an issuer or naming the commune itself ("của UBND xã"), which are the
    # commune's own documents, in one series with the document's own number.
    h = lc.doc.header
    body = (h.issuing_body.text if h.issuing_body else "") + " " + (h.parent_body.text if h.parent_body else "")
    own_level = bool(regex.search(r"\b(?:xã|phường|thị trấn|đặc khu)\b", fold(body)))
    own_name = fold(h.issuing_body_name or "")
    groups: dict[tuple, list] = {}
    for c in lc.doc.citations:
        if c.system != "state" or not c.date or not c.number or not c.number.isdecimal() or c.first_mention is not None:
            continue
        if not c.issuer and not own_level:
            continue
        if c.issuer and not own_level and not _NAMED_ISSUER_RE.search(c.issuer):
            continue  # "của UBND tỉnh" names no particular province: several bodies may share it
        if not c.issuer and _other_body_before(lc, c.start):
            continue  # "được Chủ tịch UBND tỉnh tặng … tại Quyết định số …": another body's series
        issuer = fold(c.issuer or "")
        if own_level and _own_issuer(issuer, own_name):
            issuer = ""
        groups.setdefault((c.symbol, c.date.year, issuer), []).append(c)
    if own_level and h.number and h.number.isdecimal() and h.date and h.number_line is not None:
        g = groups.get((h.symbol, h.date.year, ""))
        if g:
            g.append(_OwnNumber(h))
    for g in groups.values():
        g = sorted(g, key=lambda c: (c.date, int(c.number)))
        for a, b in zip(g, g[1:], strict=False):
            if b.date > a.date and int(b.number) < int(a.number):
                yield Hit(b.start, b.end, f"Số {ident(b)} ngày {b.date_text} nhỏ hơn số {a.number} ban hành trước đó ({a.date_text}).",
                          f"Number {ident(b)} dated {b.date_text} is lower than {a.number}, issued earlier ({a.date_text}).",
                          related=[(a.start, a.end, ("văn bản ban hành trước", "earlier document"))])


def _own_issuer(issuer: str, own_name: str) -> bool:
    """Does a cited issuer name the commune or ward that issues this document ("UBND xã", "Ủy ban nhân dân xã
    An Phú" in a document of ỦY BAN NHÂN DÂN XÃ AN PHÚ)?"""
    if not issuer:
        return True
    for head in ("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân "):
        if issuer.startswith(head):
            rest = issuer[len(head):]
            return rest in ("xã", "phường", "thị trấn") or (bool(own_name) and own_name.endswith(rest))
    return False


class _OwnNumber:
    """The document's own number as a member of its issuer's series (VB411)."""

    def __init__(self, h):
        self.number, self.symbol, self.date, self.date_text = h.number, h.symbol, h.date, h.date_text
        self.start, self.end, self.text, self.system, self.year = h.number_line.start, h.number_line.end, \
            h.number_line.text, h.system, h.year
