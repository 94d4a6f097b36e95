"""Line kinds of a parsed document: the layout of every line (:mod:`vanban.segment.layout`) plus what the
parser found there (header, heading, list item, bullet, signature and Nơi nhận)."""
from __future__ import annotations

from bisect import bisect_right

import regex

from ..model import Document, Facts, LineKind
from ..segment.layout import line_kinds


def document_kinds(doc: Document) -> tuple[list[int], list[int]]:
    """(line starts, kinds) of ``doc.text`` with the parser's structure marked."""
    starts, kinds = line_kinds(doc.text)
    n = len(starts)

    def idx(pos: int) -> int:
        return max(bisect_right(starts, pos) - 1, 0)

    if doc.body_start > 0:
        for k in range(0, idx(max(doc.body_start - 1, 0)) + 1):
            kinds[k] |= LineKind.HEADER
    if 0 < doc.body_end < len(doc.text):
        for k in range(idx(doc.body_end), n):
            kinds[k] |= LineKind.TAIL
    for s in doc.iter_sections():
        kinds[idx(s.start)] |= LineKind.HEADING
    for b in doc.blocks:
        if b.kind == "list_item":
            kinds[idx(b.start)] |= LineKind.LIST_ITEM
        elif b.kind == "bullet":
            kinds[idx(b.start)] |= LineKind.BULLET
    return starts, kinds


#: a point or section label glued into the middle of a line by a hard wrap ("… đến tháng 11 hàng năm b. Địa
#: điểm, số điểm quan trắc", "… người qua đời. b) Ủy ban …"): after a lower-case word or a sentence end, a lone
#: letter, number or Roman numeral, a full stop or a bracket, then a capital
_GLUED_LABEL = regex.compile(r"(?<=[\p{Ll}\d.,;:)][ \t]+)(?P<label>[a-zđ]|\d{1,2}|[IVX]{1,4})[.)][ \t]+(?=\p{Lu})")


def glued_labels(facts: Facts) -> list[tuple[int, str]]:
    """(original offset, label) of every label standing inside a line instead of at its start: the heading it
    opens was joined to the line above. Numbering rules ask it before calling a label missing."""
    out = []
    for m in _GLUED_LABEL.finditer(facts.norm_text):
        s, _ = facts.norm_span(m.start("label"), m.end("label"))
        out.append((s, m.group("label")))
    return out
