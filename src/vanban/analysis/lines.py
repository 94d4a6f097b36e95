"""Line kinds of a parsed document: the layout of every line (:mod:`vanban.segment.layout`) plus what the
parser found there (header, heading, list item, bullet, signature and Nơi nhận)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import lexicon
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
_GLUED_LABEL = re.compile(r"[ \t](?P<label>[a-zđ]|\d{1,2}|[IVX]{1,4})[.)][ \t]+(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _reference_words() -> tuple[frozenset[str], int]:
    """Words after which a lone number or letter is what they refer to ("tháng 3.", "tại điểm c.", "lần thứ
    III.") — no label — and how many words the longest of them has."""
    words = [" ".join(w.lower().split()) for w in lexicon.load("context")["label_reference_words"]]
    return frozenset(words), max(len(w.split()) for w in words)


def glued_labels(facts: Facts) -> list[tuple[int, str]]:
    """(original offset, label) of every label standing inside a line instead of at its start: the heading it
    opens was joined to the line above. Numbering rules ask it before calling a label missing."""
    refs, most = _reference_words()
    norm = facts.norm_text
    out = []
    for m in _GLUED_LABEL.finditer(norm):  # (the standard re module scans this several times faster)
        after = norm[m.end()]
        prev = norm[max(0, m.start() - 8):m.start()].rstrip(" \t")[-1:]
        if not after.isupper() or not prev or not (prev.islower() or prev.isdigit() or prev in ".,;:)"):
            continue  # a label follows a lower-case word or a sentence end, and a capital follows it
        before = norm[max(0, m.start("label") - 40):m.start("label")].lower().split()
        if any(" ".join(before[-k:]).strip(".,;:()") in refs for k in range(1, most + 1)):
            continue  # "trước ngày 15 tháng 3. Sau đó", "theo mẫu tại điểm c. Thời gian": a reference
        s, _ = facts.norm_span(m.start("label"), m.end("label"))
        out.append((s, m.group("label")))
    return out
