"""Where a document embedded in the body begins: a model form or an annexed document with its own national
title ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" again, after the document's own header), a form label standing
alone ("Mẫu số 01", "Mẫu 02"), or the "(Kèm theo Quyết định số …)" line under an annex's title. Numbering
starts again in each (VB201 does not compare "I." of one form with "I." of the next)."""
from __future__ import annotations

import regex

from ..model import Facts, LineKind

_START_RE = regex.compile(
    r"""^[ \t]*(?:
        C[OÔỘ]NG\s+H[OÒ]A\s+X[AÃ]\s+H[OỘ]I                        # a national title of its own
      | (?:Mẫu|MẪU)(?:\s+(?:số|SỐ))?\s*:?\s*\d{1,3}[a-z]?\s*$        # a form label alone on its line
      | \(\s*(?:Ban\s+hành\s+)?(?i:kèm\s+theo)\s+(?i:Quyết\s+định|Nghị\s+quyết|Thông\s+tư|Kế\s+hoạch
          |Công\s+văn|Hướng\s+dẫn|Tờ\s+trình|Báo\s+cáo|văn\s+bản)   # under an annex's title
    )""",
    regex.X | regex.M,
)


def embedded_starts(facts: Facts) -> list[int]:
    """Original offsets of the lines where an embedded document begins, in text order."""
    out: list[int] = []
    for m in _START_RE.finditer(facts.norm_text):
        o = facts.to_orig(m.start())
        if not facts.kind_at(o) & LineKind.HEADER:  # the document's own header is no embedded one
            out.append(o)
    return out
