"""VB0xx: what the input itself keeps vanban from checking."""
from __future__ import annotations

from ..limits import KIND_EN, KIND_VI
from .base import Hit, rule


@rule("VB001", "analysis-truncated", "warning",
      vi="Văn bản vượt giới hạn xử lý: chỉ phần đầu được phân tích và kiểm tra.",
      en="The document goes past a work limit: only its first part was parsed and checked.",
      rationale="A pathological input (hundreds of thousands of numbered lines, megabytes of citations) must not "
                "stall a batch; the limits (vanban.limits) are far above real documents, and the cut is reported "
                "instead of dropping the rest silently. Parse with Limits.none() (CLI: --no-limits) to check it all.",
      bad=["Số: 12/QĐ-UBND\n" * 20001],
      good=["Số: 12/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\n"])
def analysis_truncated(lc):
    cut = lc.doc.truncated
    if cut is None:
        return
    text = lc.doc.text  # the analysed part: it ends at the cut
    e = len(text.rstrip())
    s = max(text.rfind("\n", 0, e) + 1, e - 40)
    n = f"{cut.limit:,}".replace(",", ".")
    yield Hit(s, e,
              f"Văn bản có hơn {n} {KIND_VI.get(cut.kind, cut.kind)}: phần từ dòng {cut.line} trở đi (kể cả phần ký, "
              f"nơi nhận) không được phân tích và kiểm tra.",
              f"The document has more than {cut.limit:,} {KIND_EN.get(cut.kind, cut.kind)}: from line {cut.line} on "
              f"(signature and recipients included) it was not parsed or checked.",
              suggestion="vanban-lint --no-limits")
