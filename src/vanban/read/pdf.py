"""Read the text layer of PDF files into :class:`~vanban.read.base.SourceText` (with PDFium or pypdf).

The text runs come from PDFium (pypdfium2) when it is installed — six times faster — or from pypdf
(``VANBAN_PDF_BACKEND=pypdf`` or :data:`BACKEND`); the passes below work on either. Digital-signature stamps
are always read with pypdf.

pypdf's default extraction keeps reading order and word spacing well on the signed PDFs of the corpus
(its "layout" mode spreads justified lines with runs of spaces and was 30x slower). On top of it:

* the two-column header (issuing body | Quốc hiệu, Tiêu ngữ, dateline) and the two-column signature
  block (Nơi nhận | TM. … / CHỦ TỊCH) are split where the text jumps to the right half of the page and
  emitted column by column, left block first, like poppler's ``pdftotext``;
* running headers/footers (the same line at the top or bottom of most pages) and bare page numbers
  are dropped — unless the repeated lines are a Quốc hiệu, a "Số:" or a signature (a PDF bundling several
  letters);
* a page 1 that draws its header block after the body, above it, is read header first;
* words hyphenated across a line end are joined.

Every output line gets ``Anchor(offset, page=p, line=l)`` (``l`` is the line's number on its page before
cleaning). A PDF without a text layer raises ``needs_ocr``; a password-protected one ``encrypted``.
"""
from __future__ import annotations

import importlib.util
import io
import logging
import os
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdf

from ..errors import ReadError
from .base import Anchor, SourceText

#: Fewer non-space characters than this per page on average means "no text layer" (a scan).
MIN_CHARS_PER_PAGE = 16
#: Most pages read (a bound against hostile files; the longest real original has 43 pages).
MAX_PAGES = 2_000
#: Most bytes the compressed streams one page draws from (its content streams and the forms they call) may
#: inflate to. The largest page of the 28 real PDF originals inflates to 166 875 bytes; this is about a
#: hundred times that. A page past it is refused before PDFium (which inflates a stream whole, in memory:
#: a 1 MB FlateDecode stream of blanks took 2.1 GB) ever sees it.
MAX_PAGE_INFLATED = 16_000_000
#: Most bytes one font program, CMap or other non-image stream may inflate to (a whole embedded Unicode
#: font is 1-25 MB; images are not checked: text extraction never decodes them).
MAX_STREAM_INFLATED = 32_000_000
#: Most bytes all checked streams of one PDF may inflate to together.
MAX_DOC_INFLATED = 256_000_000
#: Most characters read on one page (a dense A4 page has 3 000-6 000); a page past it is left out, with a note.
MAX_PAGE_CHARS = 200_000
#: Where the text chunks come from: "pdfium" (pypdfium2, fast) or "pypdf" (pure Python, slow).
BACKEND = os.environ.get("VANBAN_PDF_BACKEND") or ("pdfium" if importlib.util.find_spec("pypdfium2") else "pypdf")

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.I
)
_HEADER_START = re.compile(r"Nơi\s*nhận", re.I)
_VV = re.compile(r"^\s*(?:V/v|Về\s+việc)\b", re.I)
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {8,}|\t+)(?=\S)")
_SIGN_RIGHT = re.compile(
    r"^\s*(?:TM|KT|TL|TUQ|Q|T/M|K/T)\s*\.|CHỦ\s*TỊCH|GIÁM\s*ĐỐC|BÍ\s*THƯ|TRƯỞNG|THỦ\s*TƯỚNG|"
    r"CỘNG\s*HO[ÀÁA]|Độc\s*lập|ngày\s.*tháng"
)


@dataclass
class _Line:
    text: str
    page: int
    line: int
    #: text of the right-hand column when the line was split into two columns
    right: str | None = None
    #: the line as pypdf gave it (used when the split is not kept)
    whole: str | None = None
    #: estimated horizontal extent of the line (points), for column membership
    x0: float = 0.0
    x1: float = 0.0
    #: height of the line's first text on the page (points from the bottom); None for a blank line
    y: float | None = None


def _chunks_to_lines(chunks, page_width: float) -> list[tuple[str, str | None, str, float, float, float | None]]:
    """Rebuild pypdf's lines from visitor chunks ``(x, font size, text, y)``, splitting at jumps into the right
    half of the page; each line comes with the height of its first text."""
    lines: list[list] = [[]]
    for x, fs, text, y in chunks:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append([])
            if part:
                lines[-1].append((x, fs, part, y))
    out: list[tuple[str, str | None, str, float, float, float | None]] = []
    for ln in lines:
        left: list[str] = []
        right: list[str] = []
        start = end = None
        y0 = next((y for _x, _fs, t, y in ln if t.strip()), None)
        for x, fs, t, _y in ln:
            size = fs if fs and fs > 2 else 12.0
            width = len(t) * 0.5 * size
            if start is None:
                start, end = x, x + width
                left.append(t)
                continue
            if not right and x - end > 2.5 * size and x > 0.38 * page_width and start < 0.5 * page_width:
                right.append(t)
                end = x + width
                continue
            (right if right else left).append(t)
            end = max(end, x) + width
        ltext = "".join(left)
        rtext = "".join(right) if right else None
        whole = (ltext + rtext) if rtext is not None else ltext
        if rtext is not None and not rtext.strip():
            ltext, rtext = ltext + rtext, None
        if rtext is not None and not ltext.strip():
            ltext, rtext = rtext, None
        if rtext is None:
            gaps = list(_COLUMN_GAP.finditer(ltext))
            if gaps:
                m = max(gaps, key=lambda g: len(g.group(0)))
                if _SIGN_RIGHT.search(ltext[m.end():]):
                    ltext, rtext = ltext[: m.start()], ltext[m.end():]
        out.append((ltext, rtext, whole.rstrip(), start or 0.0, end or 0.0, y0))
    return out


# lines that are parts of a document's own form, never running headers: a PDF that bundles several letters
# has the Quốc hiệu, the Tiêu ngữ and "Số:" at the top of most pages, and they must stay in each letter
_NEVER_RUNNING = re.compile(
    r"CỘNG\s*H[OÒ][ÀÁA]?\s*X[ÃA]\s*H[ỘO]I|Độc\s*lập\s*-|ĐẢNG\s*CỘNG\s*SẢN|^\s*Số\s*:?|^\s*(?:TM|KT|TL|TUQ|T/M|K/T)\s*\.|Nơi\s*nhận",
    re.I)


def _header_drawn_last(lines: list[_Line]) -> list[_Line]:
    """Put first a header that page 1 draws after the body although it stands above it.

    Some signing systems write the page's content stream body first and the header block (issuing body,
    Quốc hiệu, "Số:", dateline) last, so the text comes out "BÁO CÁO / … / CỘNG HÒA … / Số: …". A run of lines
    drawn after the first line but standing above it on the page, holding a Quốc hiệu or a "Số:", is moved to
    the front and the lines are numbered again in reading order (anchors then name the line a reader sees)."""
    filled = [i for i, ln in enumerate(lines) if ln.y is not None and (ln.text.strip() or ln.right)]
    if len(filled) < 4:
        return lines
    top = lines[filled[0]].y
    assert top is not None  # filled lines have a y
    start = next((i for i in filled[1:] if (y := lines[i].y) is not None and y > top + 4), None)
    if start is None:
        return lines
    end = start
    while end < len(lines) and ((y := lines[end].y) is None or y > top + 4 or not lines[end].text.strip()):
        end += 1
    run = lines[start:end]
    if not any(_NEVER_RUNNING.search(ln.text + " " + (ln.right or "")) for ln in run):
        return lines
    moved = run + lines[:start] + lines[end:]
    return [_Line(ln.text, ln.page, k + 1, ln.right, ln.whole, ln.x0, ln.x1, ln.y) for k, ln in enumerate(moved)]


def _norm_running(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _drop_running(pages: list[list[_Line]]) -> int:
    """Remove running headers/footers and bare page numbers in place; return how many lines went."""
    removed = 0
    n = len(pages)
    edge: Counter[str] = Counter()
    for lines in pages:
        body = [ln for ln in lines if ln.text.strip()]
        seen = set()
        k = 2 if len(body) >= 6 else 1
        for ln in body[:k] + body[-k:]:
            key = _norm_running(ln.text + (" " + ln.right if ln.right else ""))
            if key not in seen:
                seen.add(key)
                edge[key] += 1
    repeated = {k for k, c in edge.items() if n >= 3 and c >= max(3, int(0.6 * n)) and len(k) < 120}
    if any(_NEVER_RUNNING.search(k) for k in repeated):
        # the "running header" is a Quốc hiệu, a Tiêu ngữ, a "Số:" or a signature: the PDF bundles several
        # documents, each with its own header and signature; none of those lines is a running header
        repeated = set()
    for lines in pages:
        body_idx = [i for i, ln in enumerate(lines) if ln.text.strip()]
        k = 2 if len(body_idx) >= 6 else 1
        candidates = set(body_idx[:k] + body_idx[-k:])
        keep = []
        for i, ln in enumerate(lines):
            if i in candidates and ln.right is None:
                key = _norm_running(ln.text)
                first_or_last = body_idx and i in (body_idx[0], body_idx[-1])
                if key in repeated or (first_or_last and _PAGE_NUMBER.match(ln.text)):
                    removed += 1
                    continue
            keep.append(ln)
        lines[:] = keep
    return removed


def _columnize(lines: list[_Line], width: float = 595.0) -> list[_Line]:
    """Emit two-column zones (header, signature) as the left block, then the right block.

    A zone starts at a line split into two columns (near the top of page 1, or with "Nơi nhận" /
    signature words) and goes on through split lines, blank lines, and lines that sit wholly in the left
    or right half (the longer column of the pair); a line spanning the middle of the page ends it.
    """
    out: list[_Line] = []
    mid = width / 2
    i = 0
    while i < len(lines):
        first = lines[i]
        if first.right is None:
            out.append(first)
            i += 1
            continue
        is_block = (first.page == 1 and first.line <= 15) or bool(
            _HEADER_START.search(first.text) or _SIGN_RIGHT.search(first.right or "")
        )
        if not is_block:
            out.append(_Line(first.whole if first.whole is not None else first.text, first.page, first.line))
            i += 1
            continue
        left: list[_Line] = []
        right: list[_Line] = []
        signature_zone = not (first.page == 1 and first.line <= 15) or bool(_HEADER_START.search(first.text))
        vv_open = False  # inside a "V/v …" trích yếu, whose lines go on until a blank line
        j = i
        while j < len(lines):
            ln = lines[j]
            if ln.right is not None:
                if ln.text.strip():
                    left.append(ln)
                right.append(_Line(ln.right, ln.page, ln.line))
            elif not ln.text.strip():
                vv_open = False
            elif ln.x1 <= mid + 0.05 * width and ln.x0 < 0.4 * width:
                # a left-only line: recipients under "Nơi nhận", or a V/v trích yếu under "Số:" (all its lines)
                vv_open = vv_open or bool(_VV.match(ln.text))
                if not (signature_zone or vv_open):
                    break
                left.append(ln)
            elif ln.x0 >= 0.4 * width:
                right.append(ln)
            else:
                break
            j += 1
        out.extend(_Line(ln.text, ln.page, ln.line) for ln in left)
        out.extend(_Line(ln.text, ln.page, ln.line) for ln in right)
        i = j
    return out


_HYPHEN_END = re.compile(r"([^\W\d_])[-\u00ad]$")


def _join_hyphens(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    for ln in lines:
        if out and out[-1].text.rstrip() and _HYPHEN_END.search(out[-1].text.rstrip()):
            nxt = ln.text.lstrip()
            prev = out[-1].text.rstrip()
            if nxt[:1].islower():
                out[-1] = _Line(prev[:-1] + nxt, out[-1].page, out[-1].line)
                continue
            if prev.endswith("\u00ad") and nxt:
                out[-1] = _Line(prev[:-1] + nxt, out[-1].page, out[-1].line)
                continue
        out.append(ln)
    return out


class _Inflation:
    """Measures, without keeping them, how many bytes compressed streams inflate to (1 MB at a time)."""

    def __init__(self, path) -> None:
        self.path = path
        self.total = 0
        self.seen: dict[int, int] = {}

    @staticmethod
    def inflated_size(raw: bytes, cap: int) -> int:
        """Bytes zlib data ``raw`` inflates to, counting stops a little past ``cap``; -1 if not zlib data."""
        d = zlib.decompressobj()
        total = 0
        buf = raw
        try:
            while buf:
                out = d.decompress(buf, 1 << 20)
                total += len(out)
                if total > cap:
                    return total
                buf = d.unconsumed_tail
                if not out and not buf:
                    break
        except zlib.error:
            return -1 if total == 0 else total
        return total

    def stream_size(self, obj, cap: int) -> int:
        """Inflated size of one stream object (its raw size when it is not FlateDecode-compressed)."""
        from pypdf.generic import ArrayObject  # noqa: PLC0415

        key = id(obj)
        if key in self.seen:
            return 0
        raw = getattr(obj, "_data", b"") or b""
        filters = obj.get("/Filter")
        filters = [str(f) for f in filters] if isinstance(filters, ArrayObject) else ([str(filters)] if filters else [])
        size = len(raw)
        if filters and filters[0] in ("/FlateDecode", "/Fl"):
            got = self.inflated_size(raw, cap)
            size = got if got >= 0 else len(raw)
        elif filters and filters[0] in ("/ASCII85Decode", "/A85", "/ASCIIHexDecode", "/AHx") and len(filters) > 1 \
                and filters[1] in ("/FlateDecode", "/Fl"):
            from pypdf.filters import ASCII85Decode, ASCIIHexDecode  # noqa: PLC0415

            dec = ASCII85Decode if "85" in filters[0] else ASCIIHexDecode
            got = self.inflated_size(dec.decode(raw), cap)
            size = got if got >= 0 else len(raw)
        self.seen[key] = size
        self.total += size
        if self.total > MAX_DOC_INFLATED:
            raise ReadError(self.path, "zip_bomb",
                            _bomb_detail("dữ liệu nén của PDF", "the PDF's compressed data", self.total, MAX_DOC_INFLATED))
        return size


def _bomb_detail(vi: str, en: str, size: int, limit: int) -> str:
    return (f"{vi} giải nén ra hơn {size / 1e6:.0f} MB, vượt giới hạn {limit / 1e6:.0f} MB; không đọc tệp / "
            f"{en} inflates to over {size / 1e6:.0f} MB, past the {limit / 1e6:.0f} MB limit; the file is not read")


def _resolve(obj):
    return obj.get_object() if obj is not None and hasattr(obj, "get_object") else obj


def _page_budget(meter: _Inflation, page, p: int) -> None:
    """Refuse page ``p`` (1-based) when its content streams, the forms they call, and its fonts inflate
    past the limits."""
    from pypdf.generic import ArrayObject, DictionaryObject, StreamObject  # noqa: PLC0415

    used = 0

    def budget(n: int) -> None:
        nonlocal used
        used += n
        if used > MAX_PAGE_INFLATED:
            raise ReadError(meter.path, "zip_bomb",
                            _bomb_detail(f"nội dung trang {p}", f"the content of page {p}", used, MAX_PAGE_INFLATED))

    def fonts(resources, depth: int) -> None:
        font_dict = _resolve(resources.get("/Font")) if resources is not None else None
        if not isinstance(font_dict, DictionaryObject):
            return
        for ref in list(font_dict.values())[:200]:
            font = _resolve(ref)
            if not isinstance(font, DictionaryObject):
                continue
            descendants = _resolve(font.get("/DescendantFonts"))
            for f in [font] + ([_resolve(d) for d in descendants[:4]] if isinstance(descendants, ArrayObject) else []):
                if not isinstance(f, DictionaryObject):
                    continue
                streams = [_resolve(f.get("/ToUnicode"))]
                desc = _resolve(f.get("/FontDescriptor"))
                if isinstance(desc, DictionaryObject):
                    streams += [_resolve(desc.get(k)) for k in ("/FontFile", "/FontFile2", "/FontFile3")]
                for st in streams:
                    if isinstance(st, StreamObject):
                        size = meter.stream_size(st, MAX_STREAM_INFLATED)
                        if size > MAX_STREAM_INFLATED:
                            raise ReadError(meter.path, "zip_bomb", _bomb_detail(
                                f"phông chữ trên trang {p}", f"a font on page {p}", size, MAX_STREAM_INFLATED))

    def walk(contents, resources, depth: int) -> None:
        items = contents if isinstance(contents, ArrayObject) else [contents]
        for item in items[:1000]:
            st = _resolve(item)
            if isinstance(st, StreamObject):
                budget(meter.stream_size(st, MAX_PAGE_INFLATED))
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject) or depth > 8:
            return
        fonts(resources, depth)
        xobjects = _resolve(resources.get("/XObject"))
        if not isinstance(xobjects, DictionaryObject):
            return
        for ref in list(xobjects.values())[:500]:
            xo = _resolve(ref)
            if isinstance(xo, StreamObject) and xo.get("/Subtype") == "/Form":
                walk(xo, xo.get("/Resources"), depth + 1)

    contents = _resolve(page.get("/Contents"))
    if contents is not None:
        walk(contents, page.get("/Resources"), 0)


_STREAM_KW = re.compile(rb"stream(?:\r\n|\n|\r)")


def _scan_streams(path, data: bytes) -> None:
    """Fallback when pypdf cannot walk the pages: every stream in the bytes that is not an image, inflated
    (counted, not kept) up to the per-page limit."""
    meter = _Inflation(path)
    for m in _STREAM_KW.finditer(data):
        head = data[max(0, m.start() - 2048): m.start()]
        head = head[head.rfind(b"obj") + 3:] if b"obj" in head else head
        if b"/Image" in head or b"endstream" in head[-12:]:
            continue
        size = meter.inflated_size(data[m.end(): m.end() + MAX_PAGE_INFLATED], MAX_PAGE_INFLATED)
        if size > MAX_PAGE_INFLATED:
            raise ReadError(path, "zip_bomb", _bomb_detail("dữ liệu nén của PDF", "the PDF's compressed data", size, MAX_PAGE_INFLATED))
        meter.total += max(size, 0)
        if meter.total > MAX_DOC_INFLATED:
            raise ReadError(path, "zip_bomb",
                            _bomb_detail("dữ liệu nén của PDF", "the PDF's compressed data", meter.total, MAX_DOC_INFLATED))


def check_inflation(path, data: bytes) -> None:
    """Refuse a PDF whose compressed streams inflate past the limits, before any backend inflates them.

    pypdf's lazy parser walks the pages (at most :data:`MAX_PAGES`): each page's content streams and the
    forms they call must inflate to at most :data:`MAX_PAGE_INFLATED` bytes, each font program to
    :data:`MAX_STREAM_INFLATED`, everything to :data:`MAX_DOC_INFLATED`. Sizes are counted 1 MB at a time,
    never held. About 10 ms a real PDF. When pypdf cannot walk the file, the raw bytes are scanned instead.
    """
    from pypdf import PdfReader  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return  # no one reads it without the password: the backends say so
        meter = _Inflation(path)
        for p, page in enumerate(reader.pages):
            if p >= MAX_PAGES:
                break
            _page_budget(meter, page, p + 1)
    except ReadError:
        raise
    except RecursionError:
        _scan_streams(path, data)
    except Exception:  # noqa: BLE001 - pypdf gives up on some broken files that PDFium still reads
        _scan_streams(path, data)


def _open(path, data: bytes):
    from pypdf import PdfReader  # noqa: PLC0415 - keep import cost off the CLI start-up
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except PdfReadError as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise ReadError(path, "encrypted", str(exc)) from None
        raise ReadError(path, "corrupt", str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken files
        raise ReadError(path, "corrupt", f"{type(exc).__name__}: {exc}") from None
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except Exception as exc:  # noqa: BLE001 - e.g. missing AES backend
            raise ReadError(path, "encrypted", f"{type(exc).__name__}: {exc}") from None
        if not ok:
            raise ReadError(path, "encrypted", "cần mật khẩu / a password is required")
    return reader


def _open_pdfium(path, data: bytes):
    import pypdfium2 as pdfium  # noqa: PLC0415 - keep import cost off the CLI start-up

    try:
        return pdfium.PdfDocument(data)
    except Exception as exc:  # noqa: BLE001 - PdfiumError mostly
        msg = f"{type(exc).__name__}: {exc}"
        if "password" in msg.lower() or "security" in msg.lower():
            raise ReadError(path, "encrypted", "cần mật khẩu / a password is required") from None
        raise ReadError(path, "corrupt", msg) from None


def _pdfium_text_objects(page, raw, depth: int = 0, form=None):
    """The page's text objects in content-stream order (into form XObjects too), with their nesting depth."""
    count = raw.FPDFFormObj_CountObjects(form) if form is not None else raw.FPDFPage_CountObjects(page.raw)
    for j in range(count):
        obj = raw.FPDFFormObj_GetObject(form, j) if form is not None else raw.FPDFPage_GetObject(page.raw, j)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            yield obj, depth
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 32:
            yield from _pdfium_text_objects(page, raw, depth + 1, obj)


def _pdfium_chunks(pdf, p: int) -> tuple[list[tuple[float, float, str, float]], float]:
    """Chunks ``(x, font size, text, y)`` of page ``p`` read with PDFium, like pypdf's visitor chunks, and the
    page width.

    PDFium decodes the characters (its text page: Unicode, origin, font size in points, the text object each
    comes from); the chunks are one per text object in content-stream order, and lines are broken the way
    pypdf breaks them: where a text object's baseline leaves the band of baselines of the current line by more
    than 0.8 of the font size. A text object holding only spaces (which PDFium leaves out of its text page)
    still counts for the line breaks, so that an empty paragraph gives an empty line as with pypdf. Words are
    separated where the gap between two text objects is wider than a fifth of the font size."""
    import ctypes  # noqa: PLC0415

    import pypdfium2.raw as raw  # noqa: PLC0415

    page = pdf[p]
    try:
        left, _bottom, right, _top = page.get_mediabox()
        width = float(right - left) or 595.0  # unrotated, like pypdf's mediabox width
        tp = page.get_textpage()
        try:
            h = tp.raw
            n = tp.count_chars()
            if n > MAX_PAGE_CHARS:
                raise _PageTooLong(n)
            get_obj = raw.FPDFText_GetTextObject
            get_uni = raw.FPDFText_GetUnicode
            addr = ctypes.addressof
            # the characters of each text object (PDFium's generated spaces inside one object kept)
            texts: dict[int, list[str]] = {}
            first: dict[int, int] = {}
            last: dict[int, int] = {}
            spaced: set[int] = set()  # objects PDFium put a space before (it sees a word gap)
            # all characters in one call when PDFium's text is one UTF-16 unit per character (nearly always)
            buf = ctypes.create_string_buffer(2 * (n + 1))
            got = raw.FPDFText_GetText(h, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
            # half pairs: replaced and counted by read_source
            page_text = buf.raw[: 2 * max(got - 1, 0)].decode("utf-16-le", errors="surrogatepass")
            if len(page_text) != n:
                page_text = "".join(chr(get_uni(h, i)) for i in range(n))
            prev = None
            gap = False
            for i in range(n):
                obj = get_obj(h, i)
                if not obj:
                    gap = gap or page_text[i] == " "
                    continue
                a = addr(obj.contents)
                c = page_text[i]
                if c in "\x02\ufffe":  # PDFium's marks for a hyphen that ends a line
                    c = "-"
                lst = texts.get(a)
                if lst is None:
                    texts[a] = [c]
                    first[a] = i
                    if gap:
                        spaced.add(a)
                else:
                    if gap and prev == a and lst[-1] != " " and c != " ":
                        lst.append(" ")
                    lst.append(c)
                last[a] = i
                prev = a
                gap = False
            cx, cy = ctypes.c_double(), ctypes.c_double()
            box = raw.FS_RECTF()
            mat = raw.FS_MATRIX()
            size = ctypes.c_float()
            chunks: list[list] = []  # [x, font size, text, y]
            lo = hi = None  # the band of baselines of the current line
            prev_fs = prev_end = prev_y = 0.0
            line_has_text = False
            visited: set[int] = set()
            for obj, depth in _pdfium_text_objects(page, raw):
                a = addr(obj.contents)
                lst = texts.get(a)
                if lst is not None:
                    visited.add(a)
                    i = first[a]
                    raw.FPDFText_GetCharOrigin(h, i, cx, cy)
                    x, y = cx.value, cy.value
                    # the font size PDFium gives is the Tf operand; the text matrix may scale it
                    raw.FPDFText_GetMatrix(h, i, mat)
                    if abs(mat.b) > 0.5 * abs(mat.a):
                        raise _UsePypdf  # rotated text: its lines are not told apart by their height
                    fs = raw.FPDFText_GetFontSize(h, i) * ((mat.c ** 2 + mat.d ** 2) ** 0.5 or 1.0)
                    raw.FPDFText_GetLooseCharBox(h, last[a], box)
                    end = max(box.right, x)
                    text = "".join(lst)
                else:
                    # only spaces (or a copy PDFium merged into another object): a position, no text
                    if depth or not raw.FPDFPageObj_GetMatrix(obj, mat) or not raw.FPDFTextObj_GetFontSize(obj, size):
                        continue
                    x, y = mat.e, mat.f
                    fs = size.value * ((mat.c ** 2 + mat.d ** 2) ** 0.5 or 1.0)
                    end = x
                    text = ""
                if fs <= 0:
                    fs = 12.0
                if lo is None or hi is None:  # both are set together
                    lo = hi = y
                else:
                    dist = 0.0 if lo <= y <= hi else min(abs(y - lo), abs(y - hi))
                    if dist > 0.8 * min(prev_fs, fs):
                        if line_has_text and chunks and not chunks[-1][2].endswith("\n"):
                            chunks[-1][2] += "\n"
                        line_has_text = False
                        lo = hi = y
                    else:
                        if (text and chunks and line_has_text and not text[0].isspace()
                                and not chunks[-1][2][-1:].isspace()
                                and (a in spaced or x - prev_end > 0.2 * min(fs, prev_fs)
                                     or abs(y - prev_y) > 0.8 * min(fs, prev_fs))):
                            chunks[-1][2] += " "
                        lo, hi = min(lo, y), max(hi, y)
                line_has_text = True
                prev_fs, prev_end, prev_y = fs, end, y
                if text:
                    chunks.append([x, fs, text, y])
                elif chunks and not chunks[-1][2].endswith("\n"):
                    chunks[-1][2] += " " if not chunks[-1][2].endswith(" ") else ""
                else:
                    chunks.append([x, fs, " ", y])
            if len(visited) < len(texts):
                raise _UsePypdf  # text in forms nested deeper than the walk goes: pypdf reads it
            return [tuple(c) for c in chunks], width
        finally:
            tp.close()
    finally:
        page.close()


class _UsePypdf(Exception):
    """This page is read with pypdf instead of PDFium."""


class _PageTooLong(Exception):
    """This page holds more than :data:`MAX_PAGE_CHARS` characters: it is left out, with a note."""


def _pypdf_chunks(page) -> tuple[list[tuple[float, float, str, float]], float]:
    """Chunks ``(x, font size, text, y)`` of a pypdf page (its text visitor) and the page width."""
    chunks: list[tuple[float, float, str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        chunks.append((x, font_size * scale if scale else font_size, text, y))

    width = float(page.mediabox.width) or 595.0
    page.extract_text(visitor_text=visit)
    n = sum(len(c[2]) for c in chunks)
    if n > MAX_PAGE_CHARS:
        raise _PageTooLong(n)
    return chunks, width


def _pdfium_has_widgets(pdf) -> bool:
    """Whether page 1 has form widgets (digital-signature stamps), which only pypdf reads for now."""
    import pypdfium2.raw as raw  # noqa: PLC0415

    page = pdf[0]
    try:
        for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, i)
            try:
                if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET:
                    return True
            finally:
                raw.FPDFPage_CloseAnnot(annot)
        return False
    finally:
        page.close()


_BLANK_NUMBER = re.compile(r"(Số\s*:?)\s*(?=/|$)")
_DATE_SLOTS = re.compile(r"ngày(?P<d>\s+\d{1,2}\b|\s*)\s*tháng(?P<m>\s+\d{1,2}\b|\s*)\s*năm(?P<y>\s+\d{4}\b|\s*)")


def _widget_texts(reader, page) -> list[tuple[float, str]]:
    """(x of the left edge, text) of the signature widgets' appearance streams on a page.

    Signed PDFs from the Vietnamese e-office systems stamp the document number and the day onto page 1
    as signature widgets; the page's own text layer leaves blanks there.
    """
    from pypdf.generic import ContentStream, DictionaryObject, NameObject

    out = []
    for annot in page.get("/Annots") or []:
        a = annot.get_object()
        if a.get("/Subtype") != "/Widget" or "/AP" not in a:
            continue
        ap = a["/AP"].get("/N")
        if ap is None:
            continue
        xobj = ap.get_object()
        blank = pypdf.PageObject.create_blank_page(width=600, height=800)
        blank[NameObject("/Resources")] = xobj.get("/Resources") or DictionaryObject()
        blank.replace_contents(ContentStream(xobj, reader))
        text = " ".join(blank.extract_text().split())
        if text:
            out.append((float(a["/Rect"][0]), text))
    return out


def _fill_signature_stamps(reader, page_lines) -> int:
    """Put stamped digits into the blanks of page 1: the number after "Số:" (left half of the page) and the
    day / month / year slots of the date line (right half, in the order the stamps stand)."""
    if not page_lines or not page_lines[0]:
        return 0
    page = reader.pages[0]
    width = float(page.mediabox.width) or 595.0
    stamps = [(x, t) for x, t in _widget_texts(reader, page) if t.isascii() and t.isdecimal() and len(t) <= 6]
    left = [t for x, t in stamps if x < 0.5 * width]
    right = [t for x, t in sorted(stamps) if x >= 0.5 * width]
    filled = 0
    head = page_lines[0][:40]

    def fields(ln):
        return [a for a in ("text", "right") if getattr(ln, a)]

    if left:
        done = False
        for ln in head:
            for attr in fields(ln):
                val = getattr(ln, attr)
                if _BLANK_NUMBER.search(val):
                    setattr(ln, attr, _BLANK_NUMBER.sub(lambda m: f"{m.group(1)} {left[0]} ", val, count=1))
                    filled += 1
                    done = True
                    break
            if done:
                break
    if right:
        for ln in head:
            for attr in fields(ln):
                val = getattr(ln, attr)
                m = _DATE_SLOTS.search(val)
                if not m:
                    continue
                queue = list(right)
                parts = []
                for slot, word in (("d", "ngày"), ("m", "tháng"), ("y", "năm")):
                    cur = m.group(slot)
                    if cur.strip() or not queue:
                        parts.append(f"{word}{cur if cur.startswith(' ') else ' ' + cur.strip()}".rstrip())
                    else:
                        parts.append(f"{word} {queue.pop(0)}")
                        filled += 1
                setattr(ln, attr, val[:m.start()] + " ".join(parts) + val[m.end():])
                return filled
    return filled


def read_pdf(path: str | Path, *, data: bytes | None = None) -> SourceText:
    """Read a PDF's text layer (``data``: its bytes when the caller already has them)."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ReadError(path, "unreadable", str(exc)) from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    check_inflation(path, data)
    pdf = reader = None
    if BACKEND == "pdfium":
        try:
            pdf = _open_pdfium(path, data)
            n_pages = len(pdf)
        except ReadError as exc:
            if exc.code != "corrupt":
                raise
            pdf = None  # pypdf is more lenient with some broken files: let it try
    if pdf is None:
        reader = _open(path, data)
        try:
            n_pages = len(reader.pages)
        except Exception as exc:  # noqa: BLE001
            raise ReadError(path, "corrupt", f"{type(exc).__name__}: {exc}") from None
    if n_pages == 0:
        raise ReadError(path, "empty", "PDF không có trang nào / the PDF has no pages")
    if n_pages > MAX_PAGES:
        raise ReadError(path, "too_large", f"{n_pages} trang / pages")
    notes: list[str] = []
    page_lines: list[list[_Line]] = []
    empty_pages = []
    failed_pages = []
    widths: list[float] = []
    try:
        for p in range(n_pages):
            try:
                try:
                    if pdf is None:
                        raise _UsePypdf
                    chunks, width = _pdfium_chunks(pdf, p)
                except _UsePypdf:
                    # no PDFium, or a page PDFium reads worse (rotated text, text in forms nested too deep)
                    if reader is None:
                        reader = _open(path, data)
                    chunks, width = _pypdf_chunks(reader.pages[p])
            except _PageTooLong as exc:
                notes.append(f"trang {p + 1} có {exc.args[0]} ký tự, quá giới hạn {MAX_PAGE_CHARS} một trang: "
                             "không phân tích trang này")
                page_lines.append([])
                widths.append(595.0)
                continue
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
                failed_pages.append(p + 1)
                notes.append(f"không đọc được trang {p + 1} ({type(exc).__name__})")
                page_lines.append([])
                widths.append(595.0)
                continue
            split = _chunks_to_lines(chunks, width)
            widths.append(width)
            lines = [
                _Line(lt.rstrip(), p + 1, k + 1, rt.strip() if rt else None, whole, x0, x1, y)
                for k, (lt, rt, whole, x0, x1, y) in enumerate(split)
            ]
            if p == 0:
                lines = _header_drawn_last(lines)
            if not any(ln.text.strip() or ln.right for ln in lines):
                empty_pages.append(p + 1)
            page_lines.append(lines)
        widgets = False
        if pdf is not None:
            try:
                widgets = _pdfium_has_widgets(pdf)
            except Exception:  # noqa: BLE001 - then no stamps, as when pypdf cannot read them
                widgets = False
    finally:
        if pdf is not None:
            pdf.close()
    total = sum(len(ln.text.strip()) + len(ln.right or "") for lines in page_lines for ln in lines)
    if failed_pages and len(failed_pages) == n_pages:
        raise ReadError(path, "corrupt", "không đọc được trang nào / no page could be read")
    if total < MIN_CHARS_PER_PAGE * n_pages and total < 200:
        raise ReadError(path, "needs_ocr", f"{n_pages} trang, {total} ký tự / {n_pages} pages, {total} chars")
    if empty_pages:
        notes.append(
            "các trang không có lớp văn bản (bản quét?): " + ", ".join(map(str, empty_pages[:20]))
        )
    try:
        if reader is None and widgets:  # the stamps are read with pypdf (10 ms a file, only when page 1 has widgets)
            reader = _open(path, data)
        stamped = _fill_signature_stamps(reader, page_lines) if reader is not None else 0
    except Exception:  # noqa: BLE001 - a stamp we cannot read must not lose the document
        stamped = 0
    if stamped:
        notes.append("số và/hoặc ngày lấy từ dấu chữ ký số trên trang 1 / number or day taken from the digital-signature stamp")
    removed = _drop_running(page_lines)
    if removed:
        notes.append(f"đã bỏ {removed} dòng đầu/chân trang và số trang")
    all_lines: list[_Line] = []
    for p, lines in enumerate(page_lines):
        # the header block: only column-split near the top of page 1 or around "Nơi nhận"
        all_lines.extend(_columnize(lines, widths[p]))
    all_lines = _join_hyphens(all_lines)
    texts: list[str] = []
    anchors: list[Anchor] = []
    offset = 0
    for ln in all_lines:
        anchors.append(Anchor(offset, page=ln.page, line=ln.line, part="body"))
        texts.append(ln.text)
        offset += len(ln.text) + 1
    return SourceText(text="\n".join(texts), format="pdf", encoding=None, anchors=anchors, notes=notes)
