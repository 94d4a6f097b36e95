"""The common result of every reader: text plus a map back to the source file."""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` without lone surrogates, and a note saying how many were replaced (none: no note).

    A ``str`` can hold code points U+D800-U+DFFF (text decoded with ``errors="surrogateescape"`` keeps each
    undecodable byte as one; a UTF-16 half pair read code unit by code unit), which UTF-8 cannot encode:
    ``str.encode``, JSON output and the quality check fail on them. Each becomes U+FFFD "�", one
    character for one, so every offset into the text stays true. Readers call it on everything they
    return; the API should call it on text it is given.
    """
    if text.isascii():
        return text, []
    n = len(_SURROGATE.findall(text))
    if not n:
        return text, []
    return _SURROGATE.sub("\ufffd", text), [
        f"đã thay {n} ký tự không hợp lệ (byte không giải mã được, nửa cặp UTF-16) bằng \u201c\ufffd\u201d / "
        f"{n} invalid characters (undecodable bytes, lone UTF-16 surrogates) replaced by U+FFFD"
    ]


@dataclass(frozen=True)
class Anchor:
    """Where a run of extracted text came from in the source file.

    ``offset`` is the position in the extracted text where this run starts; the run lasts until the next
    anchor. ``paragraph`` (Word: 1-based body paragraph index, tables counted cell-paragraph by
    cell-paragraph), ``page`` (PDF: 1-based page), ``line`` (1-based line inside that page or paragraph),
    ``part`` (e.g. "body", "header-table", "signature-table", "footnotes", "table"). In a Word table,
    ``table`` is the table's 1-based number in the document (every table counts, nested ones too), ``row``
    and ``cell`` the 1-based row and cell; a row written as one tab-separated line has one anchor per cell.
    """

    offset: int
    paragraph: int | None = None
    page: int | None = None
    line: int | None = None
    part: str = "body"
    table: int | None = None
    row: int | None = None
    cell: int | None = None


@dataclass
class SourceText:
    """Text extracted from a file, with anchors to map offsets back to the original."""

    text: str
    format: str  # "txt", "docx", "doc", "pdf"
    encoding: str | None = None
    #: a list, or for plain text and HTML a :class:`LineAnchors` (a read-only sequence of the same Anchors)
    anchors: Sequence[Anchor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Optional structured parts recognised by the reader (e.g. "header_left", "header_right",
    #: "signature_left", "signature_right" for Word two-column tables): (start, end) offsets in ``text``.
    regions: dict[str, tuple[int, int]] = field(default_factory=dict)

    def locate(self, offset: int) -> Anchor | None:
        """Return the anchor of the run containing ``offset`` (None without anchors)."""
        if not self.anchors:
            return None
        keys = getattr(self.anchors, "offsets", None)
        if keys is None:
            keys = [a.offset for a in self.anchors]
        i = bisect_right(keys, offset) - 1
        return self.anchors[max(i, 0)]


class LineAnchors(Sequence):
    """The anchors of a plain text, one per line (1-based line numbers, part "body"), built on demand from
    an array of line starts: 8 bytes a line instead of an object (a 45 MB text has 750 000 lines)."""

    def __init__(self, starts: array) -> None:
        self.offsets = starts

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.offsets)
        return Anchor(self.offsets[i], line=i + 1, part="body")

    def __eq__(self, other) -> bool:
        if isinstance(other, LineAnchors):
            return self.offsets == other.offsets
        return isinstance(other, Sequence) and len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LineAnchors({len(self)} lines)"


def line_anchors(text: str) -> LineAnchors:
    """One ``Anchor`` per line of ``text`` (1-based line numbers, part "body"): the map of a plain text."""
    starts = array("q", [0])
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return LineAnchors(starts)
