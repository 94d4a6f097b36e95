"""VB5xx: mandatory parts of the format (NĐ 30/2020 Điều 8) and the signature authority."""
from __future__ import annotations

import unicodedata
from bisect import bisect_left

import regex

from .. import lexicon
from .base import Hit, rule

# The national title and motto as NĐ 30/2020 Phụ lục I writes them. Applied to the header's own national
# title / motto text only (normalized), never to the body. The national title tolerates the vowels a PDF
# without its font drops (CÔNG/CONG, HOA, XA …): such text is damaged, not misspelled by its author.
NATIONAL_TITLE_RE = regex.compile(
    r"C[OÔỘ]NG\s+H(?:[OÒ]A|OÀ)\s+X[AÃ]\s+H[OỘ]I\s+CH[UỦŨ]\s+NGH[IĨ]A\s+VI[EỆ]T\s+NAM", regex.IGNORECASE)
MOTTO_RE = regex.compile(r"Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc")
NATIONAL_FULL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

_TYPES = lexicon.load("doc_types")["types"]
_INTERNAL = {t["name"] for t in _TYPES if t.get("internal")}
#: a law, a code and a resolution of the National Assembly carry their date in the closing sentence ("Luật này
#: được Quốc hội … thông qua ngày …"), not in a dateline, and go out without a Nơi nhận
_LAWS = {"Luật", "Bộ luật", "Pháp lệnh"}
#: a record (biên bản) is signed by those present and filed, not sent: it has no Nơi nhận by its nature
_NO_RECIPIENTS = {"Biên bản"}


def _norm(lc, s: int, e: int) -> str:
    """The normalized text (NFC, one tone placement, no emphasis marks) of the original span [s, e)."""
    f = lc.facts
    n = len(f.norm_text)
    a = bisect_left(range(n), s, key=f.to_orig)
    b = bisect_left(range(n), e, key=f.to_orig)
    return f.norm_text[a:b]


def _anchor(lc):
    """Where to report a missing header part: the number line, else the first non-empty line."""
    h = lc.doc.header
    if h.number_line is not None:
        return h.number_line.start, h.number_line.end
    f = lc.facts
    for k in range(len(f.kinds)):
        s, e = f.line_bounds(k)
        if f.text[s:e].strip():
            return s + (len(f.text[s:e]) - len(f.text[s:e].lstrip())), e
    return 0, 0


def _attached(lc) -> bool:
    """Is the text a regulation issued with another document (a Quy định / Quy chế / Điều lệ standing on its
    own, "(Ban hành kèm theo Quyết định số …)" under its title)? It has no số, dateline, signature or Nơi nhận
    of its own by design: the document that issues it has them."""
    h = lc.doc.header
    if h.number_line is not None or h.title is None:
        return False
    return lc.facts.in_attachment(h.title.start) or "kèm theo" in _norm(lc, h.title.end, h.title.end + 300).lower()


def _law(lc) -> bool:
    """A law or a resolution of the National Assembly ("Luật số: 60/2024/QH15", "… /2025/QH15")."""
    h = lc.doc.header
    return h.doc_type in _LAWS or (h.system == "legal" and (h.issuer_code or "").startswith("QH"))


def _is_party(lc) -> bool:
    return lc.doc.header.party_title is not None or lc.doc.header.system == "party"


@rule("VB501", "missing-national-title", "warning",
      vi="Thiếu Quốc hiệu và Tiêu ngữ (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc).",
      en="The national title and motto are missing.",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm a: Quốc hiệu và Tiêu ngữ is the first mandatory component (ô số 1).",
      bad=["Số: /BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"],
      good=["ỦY BAN NHÂN DÂN XÃ BA VÌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"])
def missing_national_title(lc):
    h = lc.doc.header
    if _is_party(lc) or (h.number_line is None and h.title is None) or _attached(lc):
        return
    if h.national_title is None or h.motto is None:
        s, e = _anchor(lc)
        both = h.national_title is None and h.motto is None
        what_vi = "Quốc hiệu và Tiêu ngữ" if both else ("Quốc hiệu" if h.national_title is None else "Tiêu ngữ")
        what_en = "national title and motto" if both else ("national title" if h.national_title is None else "motto")
        yield Hit(s, e, f"Văn bản thiếu {what_vi} ở đầu trang.", f"The document has no {what_en} at the top.")


def _bare(t: str) -> str:
    """Letters without their diacritics, to compare a word with its misspelled form."""
    return "".join(c for c in unicodedata.normalize("NFD", t.replace("Đ", "D").replace("đ", "d"))
                   if not unicodedata.combining(c))


def _split_national_title(lc, end: int, head: str) -> tuple[bool, tuple[int, int] | None]:
    """The rest of a national title split by the two header columns of a PDF read line by line: (found as it
    should be, the span of a line that holds it misspelled — "VIÊT NAM" — or None), looked for on the next three
    lines."""
    rest = NATIONAL_FULL[len(head):].strip() if NATIONAL_FULL.startswith(head.replace("HOÀ", "HÒA")) else ""
    if not rest:
        return False, None
    f = lc.facts
    k = f.line_index(end)
    for j in range(k + 1, min(k + 4, len(f.kinds))):
        s, e = f.line_bounds(j)
        t = " ".join(_norm(lc, s, e).split())
        if t == rest:
            return True, None
        if t and _bare(t) == _bare(rest):
            line = f.text[s:e]
            return False, (s + len(line) - len(line.lstrip()), s + len(line.rstrip()))
    return False, None


@rule("VB502", "national-title-misspelled", "warning",
      vi="Quốc hiệu hoặc Tiêu ngữ viết sai (ví dụ “Độqc lập”).",
      en="The national title or motto is misspelled (e.g. “Độqc lập”).",
      rationale="NĐ 30/2020 Phụ lục I fixes the exact wording: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, “Độc lập - Tự do - Hạnh phúc”.",
      bad=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộqc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND"],
      good=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND"])
def national_title_misspelled(lc):
    h = lc.doc.header
    if h.national_title is not None:
        t = " ".join(h.national_title.text.replace("*", "").split())
        tn = " ".join(_norm(lc, h.national_title.start, h.national_title.end).split())
        ok = bool(NATIONAL_TITLE_RE.fullmatch(tn)) and tn.isupper()
        if not ok and tn.isupper():
            whole, wrong = _split_national_title(lc, h.national_title.end, tn)
            if whole:
                return  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "Số: 95" / "VIỆT NAM": a PDF's columns interleaved, nothing misspelled
            if wrong is not None:  # "… CHỦ NGHĨA" / "Số: 95" / "VIÊT NAM": the misspelling is on the line of the rest
                w = lc.doc.text[wrong[0]:wrong[1]]
                yield Hit(wrong[0], wrong[1], f"Quốc hiệu viết chưa đúng: “{t} {w}”.",
                          f"The national title is not written correctly: “{t} {w}”.", suggestion=NATIONAL_FULL)
                ok = True
        if not ok:
            yield Hit(h.national_title.start, h.national_title.end, f"Quốc hiệu viết chưa đúng: “{t}”.",
                      f"The national title is not written correctly: “{t}”.", suggestion=NATIONAL_FULL)
    if h.motto is not None:
        t = " ".join(_norm(lc, h.motto.start, h.motto.end).split())
        if not MOTTO_RE.fullmatch(t):
            yield Hit(h.motto.start, h.motto.end, f"Tiêu ngữ viết chưa đúng: “{h.motto.text}”.",
                      f"The motto is not written correctly: “{h.motto.text}”.", suggestion="Độc lập - Tự do - Hạnh phúc")


@rule("VB503", "missing-issuing-body", "info",
      vi="Thiếu tên cơ quan, tổ chức ban hành văn bản.",
      en="The issuing body's name is missing.",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm b (ô số 2).",
      bad=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"],
      good=["ỦY BAN NHÂN DÂN\nXÃ BA VÌ\nSố: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"])
def missing_issuing_body(lc):
    h = lc.doc.header
    if _attached(lc):
        return
    if (h.number_line is not None or h.title is not None) and not h.issuing_body_present:
        s, e = _anchor(lc)
        yield Hit(s, e, "Văn bản thiếu tên cơ quan, tổ chức ban hành (góc trên bên trái).",
                  "The issuing body's name (top left) is missing.")


@rule("VB504", "missing-number", "warning",
      vi="Số văn bản để trống (dự thảo chưa lấy số) hoặc thiếu dòng số, ký hiệu.",
      en="The document number is blank (a draft not yet numbered) or the number line is missing.",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm c and Điều 15: every issued document carries its number.",
      bad=["Số: /BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"],
      good=["Số: 125/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"])
def missing_number(lc):
    h = lc.doc.header
    if h.number_line is not None and _norm(lc, h.number_line.start, h.number_line.end)[:2] in ("Sô", "SÔ"):
        w = h.number_line.text.split(":")[0].strip()
        yield Hit(h.number_line.start, h.number_line.end, f"Dòng số, ký hiệu viết sai chữ “Số” (“{w}:”).",
                  f"The number line misspells “Số” (“{w}:”).", suggestion="Số:")
    if h.number_line is not None and not h.number:
        yield Hit(h.number_line.start, h.number_line.end, "Số văn bản đang để trống: cần lấy số tại Văn thư trước khi ban hành.",
                  "The document number is blank: it must be numbered by the records office before issue.")
    elif h.number_line is None and h.title is not None and h.doc_type not in _LAWS and not _attached(lc):
        s, e = h.title.start, h.title.end
        yield Hit(s, e, "Không tìm thấy dòng số, ký hiệu (Số: …/…) của văn bản.", "No number/symbol line (Số: …/…) was found.")


@rule("VB505", "missing-dateline", "info",
      vi="Thiếu địa danh và thời gian ban hành văn bản.",
      en="The place and date of issue are missing.",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm d (ô số 4). Not reported for a law or a National Assembly resolution "
                "(dated in its closing sentence) nor for a regulation issued with another document (“Ban hành kèm theo”).",
      bad=["Số: 12/BC-UBND\nBÁO CÁO\nCông tác năm 2023"],
      good=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023"])
def missing_dateline(lc):
    h = lc.doc.header
    if (h.dateline is None and (h.number_line is not None or h.title is not None) and h.doc_type not in _INTERNAL
            and not _law(lc) and not _attached(lc)):
        s, e = _anchor(lc)
        yield Hit(s, e, "Văn bản thiếu dòng địa danh, ngày … tháng … năm ….", "The document has no “<place>, ngày … tháng … năm …” line.")


@rule("VB506", "missing-title", "warning",
      vi="Thiếu tên loại văn bản (và không phải công văn có “V/v”).",
      en="The document type name is missing (and it is not a công văn with “V/v”).",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm đ (ô số 5a/5b).",
      bad=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nCông tác năm 2023\nNội dung."],
      good=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\nNội dung."])
def missing_title(lc):
    h = lc.doc.header
    if (h.number_line is not None and h.title is None and h.type_code and h.type_code != "CV" and h.subject is None
            and h.system != "legal" and h.doc_type != "Công văn"):
        yield Hit(h.number_line.start, h.number_line.end,
                  f"Ký hiệu “{h.symbol}” cho thấy văn bản có tên loại nhưng không tìm thấy dòng tên loại.",
                  f"The symbol “{h.symbol}” implies a type name, but no type-name line was found.")


def _has_body(lc) -> bool:
    """An issued document with a body (internal forms such as a phiếu trình have their own sign-off rows)."""
    return lc.doc.header.number_line is not None and len(lc.doc.text) > 400 and lc.doc.header.doc_type not in _INTERNAL


@rule("VB507", "missing-signature", "info", needs_whole=True,
      vi="Thiếu phần chức vụ, họ tên người ký.",
      en="The signature block (position and name of the signer) is missing.",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm g (ô số 7).",
      bad=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\n" + "Nội dung báo cáo. " * 30],
      good=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\n" + "Nội dung báo cáo. " * 30
            + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An"])
def missing_signature(lc):
    doc = lc.doc
    if _has_body(lc) and doc.signature is None:
        if doc.recipients:  # where the signature should stand: by the Nơi nhận, not after the annexes
            r = doc.recipients[-1]
            s, e = r.start, r.end
        else:
            t = doc.text.rstrip()
            s, e = t.rfind("\n") + 1, len(t)
        yield Hit(s, e, "Không tìm thấy phần ký (quyền hạn, chức vụ, họ tên người ký) ở cuối văn bản.",
                  "No signature block (authority, position, signer) at the end of the document.")


@rule("VB508", "missing-recipients", "info", needs_whole=True,
      vi="Thiếu phần “Nơi nhận” (hoặc thiếu dòng “Lưu: VT”).",
      en="The “Nơi nhận” list (or its “Lưu: VT” line) is missing.",
      rationale="NĐ 30/2020 Điều 8 khoản 2 điểm i (ô số 9b); the last item is “Lưu: VT, …”. Not reported for a law, a "
                "National Assembly resolution or a biên bản, which are not sent out with a Nơi nhận; the list is also "
                "recognised when a converter wrapped its label (“Nơi” / “nhận:”) or ran it into one line without it.",
      bad=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\n" + "Nội dung báo cáo. " * 30
           + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An"],
      good=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nCông tác năm 2023\n" + "Nội dung báo cáo. " * 30
            + "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An"])
def missing_recipients(lc):
    doc = lc.doc
    if not _has_body(lc) or _law(lc) or doc.header.doc_type in _NO_RECIPIENTS \
            or doc.header.doc_type == "Nghị quyết" and doc.header.system == "legal":
        return
    if not doc.recipients:
        t = doc.text.rstrip()
        s = doc.signature.start if doc.signature else t.rfind("\n") + 1
        e = doc.signature.end if doc.signature else len(t)
        yield Hit(s, e, "Không tìm thấy phần “Nơi nhận”.", "No “Nơi nhận” (recipients) list was found.")
    elif not any(r.is_archive for r in doc.recipients) and doc.header.party_title is None:
        r = doc.recipients[-1]
        yield Hit(r.start, r.end, "“Nơi nhận” thiếu dòng lưu văn bản (“- Lưu: VT, …”).",
                  "“Nơi nhận” lacks the archive line (“- Lưu: VT, …”).")


@rule("VB509", "signature-authority", "warning",
      vi="Quyền hạn ký không phù hợp với chức vụ (KT. phải đi với cấp phó; TM. dùng cho tập thể).",
      en="The signing authority does not fit the position (KT. needs a deputy; TM. is for a collective body).",
      rationale="NĐ 30/2020 Điều 13 and Phụ lục I: KT. (ký thay) is signed by a deputy; TM. on behalf of a collective. "
                "Party documents (HD 36, HD 05): K/T only for the head of a staff body (ban, văn phòng), never for a "
                "cấp ủy, whose deputy secretary signs T/M. A KT. block needs the deputy's own position above the name. "
                "A title wrapped over lines (“KT. TRƯỞNG BAN CHÍNH SÁCH,” / “THUẾ QUỐC TẾ”) is read whole first.",
      bad=["Nội dung.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nCHỦ TỊCH\nLê Văn An"],
      good=["Nội dung.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An"])
def signature_authority(lc):
    sig = lc.doc.signature
    if sig is None or not sig.authority:
        return
    pos = (sig.position or "").upper()
    kt = sig.second_authority if sig.second_authority in ("KT.", "K/T") else sig.authority
    if kt in ("KT.", "K/T"):
        if not pos and sig.signer:
            # "KT. TRƯỞNG BAN …" then the name: the deputy's own position is left out
            yield Hit(sig.start, sig.end, f"Ký thay ({kt}) nhưng không ghi chức vụ của người ký (cấp phó) trên họ tên.",
                      f"Signed {kt} but the signer's own (deputy) position is missing above the name.")
        # "THỨ TRỬỞNG" misspelled is still a deputy's title (a spelling slip, not an authority one)
        elif pos and not pos.startswith(("PHÓ", "THỨ")) and "PHÓ" not in pos.split()[:3]:
            yield Hit(sig.start, sig.end, f"Ký thay ({kt}) nhưng chức vụ ghi “{sig.position}”: người ký thay phải là cấp phó.",
                      f"Signed {kt} (on behalf of the head) but the position is “{sig.position}”: must be a deputy.")
        elif kt == "K/T" and sig.authority == "K/T" and regex.match(r"BÍ\s+THƯ\b", (sig.body or "").upper()):
            # HD 36 / HD 05: K/T is for the head of a staff body (ban, văn phòng); a cấp ủy is a collective
            yield Hit(sig.start, sig.end, f"“K/T {sig.body}”: cấp ủy không ký thay (K/T); phó bí thư ký "
                      f"“T/M [cấp ủy]” / “{sig.position or 'PHÓ BÍ THƯ'}”.",
                      f"“K/T {sig.body}”: a Party committee does not sign K/T; a deputy secretary signs "
                      f"“T/M [committee]” / “{sig.position or 'PHÓ BÍ THƯ'}”.")
    if sig.authority in ("TM.", "T/M") and sig.body and regex.match(r"^(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BỘ TRƯỞNG)\b", sig.body.upper()):
        yield Hit(sig.start, sig.end, f"“{sig.authority} {sig.body}”: TM. (thay mặt) dùng cho tập thể, không dùng cho một chức danh.",
                  f"“{sig.authority} {sig.body}”: TM. is for a collective body, not for a single office.")
