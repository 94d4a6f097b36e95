"""VB0xx: what the input itself keeps vanban from checking."""
from __future__ import annotations

from .. import lexicon
from .base import Hit, LintContext, rule


@rule("VB001", "analysis-truncated", "warning",
      vi="Văn bản vượt giới hạn xử lý: chỉ phần đầu được phân tích và kiểm tra.",
      en="The document goes past a work limit: only its first part was parsed and checked.",
      rationale="A pathological input (hundreds of thousands of numbered lines, megabytes of citations) must not "
                "stall a batch; the limits (vanban.limits) are far above real documents, and the cut is reported "
                "instead of dropping the rest silently. Parse with Limits.none() (CLI: --no-limits) to check it all.",
      bad=["Số: 12/QĐ-UBND\n" * 20001],
      good=["Số: 12/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\n"])
def analysis_truncated(lc: LintContext):
    cut = lc.doc.truncated
    if cut is None:
        return
    kind_vi, kind_en = lexicon.load("context")["limit_kinds"].get(cut.kind, [cut.kind, cut.kind])
    text = lc.doc.text  # the analysed part: it ends at the cut
    e = len(text.rstrip())
    s = max(lc.facts.line_bounds(lc.facts.line_index(max(e - 1, 0)))[0], e - 40) if e else 0
    n = f"{cut.limit:,}".replace(",", ".")
    if cut.kind == "time":
        yield Hit(s, e,
                  f"Phân tích văn bản quá thời gian cho phép ({n} giây): phần từ dòng {cut.line} trở đi (kể cả phần "
                  f"ký, nơi nhận) không được phân tích và kiểm tra.",
                  f"Parsing took longer than its budget ({cut.limit} s): from line {cut.line} on (signature and "
                  f"recipients included) it was not parsed or checked.",
                  suggestion="vanban-lint --no-limits")
        return
    yield Hit(s, e,
              f"Văn bản có hơn {n} {kind_vi}: phần từ dòng {cut.line} trở đi (kể cả phần ký, "
              f"nơi nhận) không được phân tích và kiểm tra.",
              f"The document has more than {cut.limit:,} {kind_en}: from line {cut.line} on "
              f"(signature and recipients included) it was not parsed or checked.",
              suggestion="vanban-lint --no-limits")


_GARBLED_BAD = ("UY BAN NHAN DAN\ncgNG HoA x.A. Hor cHU NGHIA vrpr NAM\nDQc l$p - Tq do - H4nh phric\n"
                + "Ldm D6ng, ngdy 22 thdng 9 ndm 2025 cho ph6p hqp nh6t HQi C6ng chri'ng vi6n tinh. " * 12)


@rule("VB002", "unreadable-text", "error",
      vi="Không đọc được văn bản như tiếng Việt (lớp chữ OCR hỏng, bảng mã cũ TCVN3/VNI chưa chuyển, hoặc viết không dấu).",
      en="The text does not read as Vietnamese (a broken OCR layer, a legacy TCVN3/VNI code, or typed without marks).",
      rationale="A scanned PDF whose text layer came from OCR without Vietnamese, or a text typed without "
                "diacritics, cannot be checked: every other rule would read noise. Văn bản hành chính dùng phông "
                "chữ tiếng Việt Unicode TCVN 6909:2001 (Nghị định 30/2020/NĐ-CP, Phụ lục I). When this rule "
                "fires the other rules stand down, so the report names the real problem once.",
      bad=[_GARBLED_BAD, "UY BAN NHAN DAN XA AN PHU\n" + "Bao cao ket qua thuc hien nhiem vu nam 2023 cua xa. " * 12,
           "Uû ban nh©n d©n x· An Phó\nSè: 12/BC-UBND\n" + "B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2023 cña x·. " * 6],
      good=["ỦY BAN NHÂN DÂN XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Báo cáo kết quả thực hiện nhiệm vụ năm 2023 của xã; COVID-19 và F0 không phải lỗi. " * 12])
def unreadable_text(lc: LintContext):
    q = lc.doc.quality
    if q is None or q.verdict is None:
        return
    text = lc.doc.text
    vi, br = f"{q.vietnamese:.0%}", f"{q.broken:.0%}"
    if q.verdict == "legacy-font":
        enc = {"tcvn3": "TCVN3 (ABC, phông .VnTime)", "vni": "VNI (phông VNI-Times)", "viscii": "VISCII",
               "cp1258": "Windows-1258"}.get(q.encoding or "", q.encoding or "?")
        s, e = _first_line(text)
        yield Hit(s, e,
                  f"Văn bản còn ở bảng mã cũ {enc}, chưa chuyển sang Unicode: không kiểm tra được nội dung. Hãy mở "
                  f"tệp bằng vanban (tự chuyển mã) hoặc chuyển bằng “vanban convert --from {q.encoding} TỆP TỆP_MỚI”.",
                  f"The text is still in the legacy {enc} code, not Unicode: nothing else was checked. Load the "
                  f"file with vanban (it converts) or convert it with “vanban convert --from {q.encoding} IN OUT”.",
                  suggestion=f"vanban convert --from {q.encoding}")
    elif q.verdict == "garbled":
        broken = lc.facts.get("broken_word")
        s, e = broken if broken else (0, len(text[:80].split("\n")[0]))
        yield Hit(s, e,
                  f"Lớp chữ của văn bản bị hỏng (nhận dạng OCR sai hoặc phông chưa chuyển mã): chỉ {vi} số từ có "
                  f"dấu tiếng Việt, {br} số từ lẫn chữ số hoặc ký hiệu (như “{text[s:e]}”). Không kiểm tra được "
                  f"nội dung; hãy dùng tệp gốc (.docx) hoặc nhận dạng lại bằng OCR tiếng Việt.",
                  f"The text layer is broken (OCR without Vietnamese, or an unconverted font): only {vi} of the "
                  f"words carry Vietnamese marks and {br} have digits or symbols inside (like “{text[s:e]}”). "
                  f"Nothing else was checked; use the original file (.docx) or OCR it again with Vietnamese.",
                  suggestion=None)
    else:
        s, e = _first_line(text)
        yield Hit(s, e,
                  f"Văn bản không có dấu tiếng Việt (chỉ {vi} số từ có dấu): văn bản hành chính phải viết bằng chữ "
                  f"Việt có dấu, phông Unicode TCVN 6909:2001. Không kiểm tra được nội dung.",
                  f"The text has no Vietnamese marks (only {vi} of the words carry them): administrative documents "
                  f"are written in accented Vietnamese, Unicode TCVN 6909:2001. Nothing else was checked.",
                  suggestion=None)


def _first_line(text: str) -> tuple[int, int]:
    """The span of the first non-blank line: where a finding about the whole text is shown."""
    s = len(text) - len(text.lstrip())
    e = text.find("\n", s)
    return s, len(text) if e < 0 else e
