"""Read Word 2007+ (.docx) files into :class:`~vanban.read.base.SourceText`.

The package is opened with :mod:`zipfile` and the parts are parsed with lxml directly (python-docx
builds a full object model and was ~4x slower on the corpus originals while not covering numbering,
fields or tracked changes; we only need a fast, faithful text walk).

What the reader renders, in document order:

* body paragraphs, each on its own line (``w:br`` and page breaks become ``"\\n"``), with the label
  Word draws for automatic numbering ("I. ", "1. ", "a) ", "Phần II ", bullets as "- ");
* the header table (issuing body | Quốc hiệu, Tiêu ngữ, dateline): left cell, then right cell, recorded
  in ``regions["header_left"]`` / ``regions["header_right"]``;
* the signature table (Nơi nhận | TM. … / CHỦ TỊCH / name): left, then right, recorded in
  ``regions["recipients"]`` and ``regions["signature"]`` (also ``signature_left`` / ``signature_right``);
* other tables row by row (``part="table"``): a row of short cells (figures, labels: one paragraph of at most
  :data:`MAX_JOINED_CELL` characters each) on one line, cells separated by tabs, like the HTML reader, so
  that table checks work on Word files; any other row (and every row of a two-column table holding a
  header or a signature) one cell paragraph per line. Anchors name the table, row and cell;
* text boxes once, right after the paragraph that anchors them; tracked insertions kept, deletions and
  hidden text dropped; fields show their result, not their instruction;
* footnotes and endnotes after the body under a ``"---"`` line (``part="footnotes"``/``"endnotes"``,
  ``regions["footnotes"]``).

Runs typed in legacy Vietnamese fonts (TCVN3 ``.Vn*``, VNI ``VNI-*``) are converted to Unicode when their
characters really are legacy mojibake (many files declare the font but hold Unicode text).

Safety: entry count and decompressed size are bounded (``zip_bomb``; one XML part at most :data:`MAX_PART`,
about ten times the largest real one), the main part is parsed as a stream (memory follows the largest
paragraph or table, not the part), XML with a DTD or entity
declarations is refused (``xml_entities``), and every parse uses lxml with entity resolution, DTD loading
and network access off.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import overload

from lxml import etree

from ..errors import ReadError
from .base import Anchor, SourceText

# --- limits -----------------------------------------------------------------------------------------

#: Most entries a .docx may have (real ones have 10-60; embedded media add a few hundred at most).
MAX_ENTRIES = 5_000
#: Largest decompressed XML part (``word/document.xml``, styles, numbering, notes) we read. The largest of the
#: 31 real .docx originals is 1 284 273 bytes (a ``word/document.xml`` full of tables; the next is
#: 1 132 159, a ``styles.xml``); this is about ten times that. A part past it is refused as a bomb, before
#: anything is parsed when its declared size says so, else as soon as the stream passes it.
MAX_PART = 13_000_000
#: A main part up to this size is parsed whole (one parse for both passes, the tree ~10x its size); a larger
#: one is streamed twice, holding one block at a time.
STREAM_ABOVE = 2_000_000
#: Most bytes we decompress from one package, over all parts we read (the main part is read twice).
MAX_UNZIPPED = 8 * MAX_PART
#: A part larger than this whose compression ratio exceeds MAX_RATIO is treated as a bomb.
RATIO_FLOOR = 8 * 1024 * 1024
MAX_RATIO = 300
#: Longest cell text (characters) of a table row written as one tab-separated line; a row with a longer
#: cell keeps one line per cell paragraph (long text reads as prose, not as a figure or a label).
MAX_JOINED_CELL = 200

# --- namespaces -------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC_REL = "/officeDocument"

_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=True,
    remove_comments=True, remove_pis=True,
)

_FALSE = {"0", "false", "off", "none"}

_HEADER_MARK = re.compile(
    r"CỘNG\s*HO[ÀÁA]|Độc\s*lập|ĐẢNG\s*CỘNG\s*SẢN|\bSố\s*:|\bSố\b\s*\d|ngày\s*\.*\s*\d*\s*tháng", re.I
)
_SIGN_MARK = re.compile(
    r"Nơi\s*nhận|^\s*(?:TM|KT|TL|TUQ|Q|T/M|K/T)\s*\.|CHỦ\s*TỊCH|GIÁM\s*ĐỐC|BÍ\s*THƯ|TRƯỞNG\s*BAN|"
    r"THỦ\s*TRƯỞNG|BỘ\s*TRƯỞNG|THỦ\s*TƯỚNG|CHÁNH\s*VĂN\s*PHÒNG",
    re.M,
)


def _ns(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W = {name: _ns(name) for name in (
    "body", "p", "r", "t", "tab", "ptab", "br", "cr", "sym", "noBreakHyphen", "softHyphen", "delText",
    "instrText", "fldChar", "fldSimple", "hyperlink", "smartTag", "sdt", "sdtContent", "customXml", "ins",
    "del", "moveFrom", "moveTo", "dir", "bdo", "tbl", "tr", "tc", "pPr", "rPr", "pStyle", "rStyle",
    "numPr", "numId", "ilvl", "vanish", "specVanish", "rFonts", "drawing", "pict", "object",
    "txbxContent", "footnote", "endnote", "style", "basedOn", "docDefaults", "rPrDefault", "abstractNum",
    "abstractNumId", "num", "lvl", "start", "numFmt", "lvlText", "lvlRestart", "suff", "isLgl",
    "lvlOverride", "startOverride", "footnoteReference", "endnoteReference", "rubyBase", "ruby", "rt",
    "gridSpan", "tcPr", "vMerge", "numStyleLink", "styleLink", "altChunk", "footnotes", "endnotes",
    "separator", "continuationSeparator", "lastRenderedPageBreak",
)}
MC_ALT = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
M_T = f"{{{M_NS}}}t"
M_OMATH = f"{{{M_NS}}}oMath"
M_OMATHPARA = f"{{{M_NS}}}oMathPara"
#: Elements that may stand directly in w:body (the streamed parse stops at these only).
_BODY_CHILD_TAGS = [W[t] for t in ("p", "tbl", "sdt", "customXml", "ins", "moveTo", "sdtContent")] + [MC_ALT]


def _attr(el, name: str, default: str | None = None) -> str | None:
    if el is None:
        return default
    return el.get(_ns(name), default)


@overload
def _int(value: str | None, *, signed: bool = False, default: int) -> int: ...
@overload
def _int(value: str | None, *, signed: bool = False, default: None = None) -> int | None: ...
def _int(value: str | None, *, signed: bool = False, default: int | None = None) -> int | None:
    """An XML attribute's integer: ASCII digits only (``"²"`` or ``"①"`` pass ``str.isdigit`` but not
    ``int``), at most 9 of them; ``default`` otherwise."""
    if not value:
        return default
    digits = value[1:] if signed and value[0] == "-" else value
    if digits and len(digits) <= 9 and digits.isascii() and digits.isdecimal():
        return int(value)
    return default


def _on(el) -> bool:
    """A toggle property (w:vanish, w:b …) is on when present without val=false."""
    if el is None:
        return False
    return (_attr(el, "val") or "true").lower() not in _FALSE


# --- safe package access ----------------------------------------------------------------------------


class _Package:
    """A .docx opened defensively: bounded decompression and entity-free XML parsing."""

    def __init__(self, path: str | Path, data: bytes) -> None:
        self.path = path
        self.read_total = 0
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
            raise ReadError(path, "corrupt", f"không mở được gói ZIP / not a valid ZIP: {exc}") from None
        if len(infos) > MAX_ENTRIES:
            raise ReadError(path, "zip_bomb", f"{len(infos)} mục / entries")
        declared = sum(i.file_size for i in infos)
        if declared > 4 * MAX_UNZIPPED:
            raise ReadError(path, "zip_bomb", f"khai báo {declared} byte / declares {declared} bytes")
        self.infos = {i.filename: i for i in infos}
        # Case-insensitive lookup: some producers write "Word/Document.xml".
        self.lower = {name.lower(): name for name in self.infos}

    def has(self, name: str) -> bool:
        return name.lower() in self.lower

    def _info(self, name: str):
        real = self.lower.get(name.lower())
        if real is None:
            return None, None
        info = self.infos[real]
        if info.flag_bits & 0x1:
            raise ReadError(self.path, "encrypted", f"mục ZIP được mã hóa / encrypted ZIP entry {real}")
        if info.file_size > MAX_PART:
            raise ReadError(self.path, "zip_bomb", _too_big(real, info.file_size))
        return real, info

    def stream(self, name: str) -> _PartStream | None:
        """A file-like reader of one part for lxml's ``iterparse`` (bounded, DTD-free, Strict mapped)."""
        real, info = self._info(name)
        if real is None:
            return None
        try:
            fh = self.zf.open(info)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise ReadError(self.path, "corrupt", f"{real}: {exc}") from None
        except RuntimeError as exc:  # e.g. "File is encrypted, password required"
            raise ReadError(self.path, "encrypted", f"{real}: {exc}") from None
        return _PartStream(self, real, info, fh)

    def count(self, real: str, info, got: int, n: int) -> None:
        """Account ``n`` more bytes of part ``real`` (``got`` bytes of it so far, ``n`` included)."""
        self.read_total += n
        if got > MAX_PART:
            raise ReadError(self.path, "zip_bomb", _too_big(real, got, more=True))
        if self.read_total > MAX_UNZIPPED or (got > RATIO_FLOOR and got > MAX_RATIO * max(info.compress_size, 1)):
            raise ReadError(
                self.path, "zip_bomb",
                f"{real}: hơn {got} byte từ {info.compress_size} byte nén / "
                f"over {got} bytes from {info.compress_size} compressed",
            )

    def read(self, name: str) -> bytes | None:
        stream = self.stream(name)
        if stream is None:
            return None
        return stream.read_all()

    def xml(self, name: str):
        raw = self.read(name)
        if raw is None:
            return None
        return parse_xml_safely(raw, self.path, name)

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of ``part``: id -> (type, resolved target)."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(f"{{{REL_NS}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            resolved = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
        return out


_DTD_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)


def _too_big(part: str, size: int, more: bool = False) -> str:
    mb, limit = size / 1e6, MAX_PART / 1e6
    return (f"{part} giải nén ra {'hơn ' if more else ''}{mb:.0f} MB, vượt giới hạn {limit:.0f} MB cho một phần XML "
            f"(gấp 10 lần văn bản thật lớn nhất) / {part} expands to {'over ' if more else ''}{mb:.0f} MB, past the "
            f"{limit:.0f} MB limit for one XML part (ten times the largest real document)")


class _PartStream:
    """One ZIP entry read chunk by chunk for lxml: every chunk is counted against the limits, searched for
    DTD/entity declarations, and has the Strict OOXML namespace mapped to the transitional one. The last
    ``_KEEP`` bytes of each chunk wait for the next one, so a declaration or a namespace cut by a chunk
    boundary is still seen whole."""

    _KEEP = 96

    def __init__(self, pkg: _Package, real: str, info, fh) -> None:
        self.pkg, self.real, self.info, self.fh = pkg, real, info, fh
        self.got = 0
        self.carry = b""
        self.pending = b""
        self.first = True
        self.strict = False
        self.scan = True
        self.done = False

    def _next(self) -> bytes:
        """The next piece of cleaned bytes (b"" at the end)."""
        while not self.done:
            try:
                chunk = self.fh.read(1 << 16)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
                raise ReadError(self.pkg.path, "corrupt", f"{self.real}: {exc}") from None
            except RuntimeError as exc:
                raise ReadError(self.pkg.path, "encrypted", f"{self.real}: {exc}") from None
            if not chunk:
                self.done = True
                self.fh.close()
                out, self.carry = self.carry, b""
                return out
            self.got += len(chunk)
            self.pkg.count(self.real, self.info, self.got, len(chunk))
            buf = self.carry + chunk
            if self.first:
                self.first = False
                if buf.startswith((b"\xff\xfe", b"\xfe\xff")):
                    self.scan = False  # UTF-16: parse_xml_safely checks the decoded text
                self.strict = W_STRICT_NS.encode() in buf[:4096]
            if self.scan and _DTD_RE.search(buf):
                raise ReadError(self.pkg.path, "xml_entities", self.real)
            if self.strict:
                buf = _strict_to_transitional(buf)
            out, self.carry = buf[: -self._KEEP], buf[-self._KEEP:]
            if out:
                return out
        return b""

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            return self.read_all()
        while len(self.pending) < n and not self.done:
            piece = self._next()
            if not piece:
                break
            self.pending += piece
        if not self.pending and not self.done:
            self.pending = self._next()
        out, self.pending = self.pending[:n], self.pending[n:]
        return out

    def read_all(self) -> bytes:
        parts = [self.pending]
        self.pending = b""
        while True:
            piece = self._next()
            if not piece:
                break
            parts.append(piece)
        return b"".join(parts)

    @property
    def utf16(self) -> bool:
        return not self.scan
_DTD_RE16 = re.compile("<!\\s*(DOCTYPE|ENTITY)", re.I)


def parse_xml_safely(raw: bytes, path, part: str = ""):
    """Parse one XML part, refusing DTDs/entities (billion laughs, external entities)."""
    head = raw[:4096]
    if _DTD_RE.search(raw) or (
        head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and _DTD_RE16.search(raw.decode("utf-16", "ignore"))
    ):
        raise ReadError(path, "xml_entities", part)
    try:
        root = etree.fromstring(raw, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise ReadError(path, "corrupt", f"{part}: XML lỗi / bad XML: {exc}") from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise ReadError(path, "xml_entities", part)
    return root


def _strict_to_transitional(raw: bytes) -> bytes:
    return raw.replace(W_STRICT_NS.encode(), W_NS.encode())


# --- styles -----------------------------------------------------------------------------------------


@dataclass
class _Style:
    based_on: str | None = None
    font: str | None = None
    vanish: bool | None = None
    num_id: str | None = None
    ilvl: int | None = None


class _Styles:
    def __init__(self, root) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_font: str | None = None
        self.default_para: str | None = None
        if root is None:
            return
        defaults = root.find(f"{W['docDefaults']}/{W['rPrDefault']}/{W['rPr']}")
        if defaults is not None:
            self.default_font = _font_of(defaults)
        for st in root.iter(W["style"]):
            sid = _attr(st, "styleId")
            if not sid:
                continue
            s = _Style()
            based = st.find(W["basedOn"])
            s.based_on = _attr(based, "val")
            rpr = st.find(W["rPr"])
            if rpr is not None:
                s.font = _font_of(rpr)
                v = rpr.find(W["vanish"])
                if v is not None:
                    s.vanish = _on(v)
            ppr = st.find(W["pPr"])
            if ppr is not None:
                num = ppr.find(W["numPr"])
                if num is not None:
                    s.num_id = _attr(num.find(W["numId"]), "val")
                    lvl = _attr(num.find(W["ilvl"]), "val")
                    s.ilvl = _int(lvl)
            self.styles[sid] = s
            if _attr(st, "type") == "paragraph" and (_attr(st, "default") or "").lower() in ("1", "true", "on"):
                self.default_para = sid

    def _chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            yield sid, self.styles[sid]
            sid = self.styles[sid].based_on

    def font(self, sid: str | None) -> str | None:
        for _, s in self._chain(sid):
            if s.font:
                return s.font
        return None

    def vanish(self, sid: str | None) -> bool:
        for _, s in self._chain(sid):
            if s.vanish is not None:
                return s.vanish
        return False

    def numbering(self, sid: str | None) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, styleId carrying it) from a paragraph style chain."""
        for name, s in self._chain(sid):
            if s.num_id is not None:
                return s.num_id, s.ilvl, name
        return None, None, None


def _font_of(rpr) -> str | None:
    rf = rpr.find(W["rFonts"])
    if rf is None:
        return None
    return _attr(rf, "ascii") or _attr(rf, "hAnsi") or _attr(rf, "cs") or _attr(rf, "eastAsia")


# --- numbering --------------------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    suff: str = "tab"
    is_lgl: bool = False
    pstyle: str | None = None


def _parse_level(lvl) -> _Level:
    out = _Level()
    fmt = lvl.find(W["numFmt"])
    if fmt is not None:
        out.fmt = _attr(fmt, "val") or "decimal"
    text = lvl.find(W["lvlText"])
    out.text = _attr(text, "val") or "" if text is not None else ""
    start = _attr(lvl.find(W["start"]), "val")
    out.start = _int(start, signed=True, default=1)
    rs = _attr(lvl.find(W["lvlRestart"]), "val")
    out.restart = _int(rs)
    out.suff = _attr(lvl.find(W["suff"]), "val") or "tab"
    out.is_lgl = _on(lvl.find(W["isLgl"]))
    out.pstyle = _attr(lvl.find(W["pStyle"]), "val")
    return out


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def to_letter(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa… (it has no Vietnamese đ)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word numFmt ``fmt``."""
    if fmt == "upperRoman":
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "lowerLetter":
        return to_letter(n)
    if fmt == "upperLetter":
        return to_letter(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("bullet",):
        return "-"
    if fmt == "none":
        return ""
    if fmt == "ordinal":
        return f"{n}."
    return str(n)


class _Numbering:
    """numbering.xml: abstract definitions, instances with overrides, and live counters."""

    def __init__(self, root) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.abstract_link: dict[str, str] = {}  # numStyleLink name of an abstractNum
        self.style_link: dict[str, str] = {}  # styleLink name -> abstractNumId defining it
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for an in root.iter(W["abstractNum"]):
            aid = _attr(an, "abstractNumId") or ""
            levels = {}
            for lvl in an.iter(W["lvl"]):
                il = _int(_attr(lvl, "ilvl"))
                if il is not None:
                    levels[il] = _parse_level(lvl)
            self.abstract[aid] = levels
            link = _attr(an.find(W["numStyleLink"]), "val")
            if link:
                self.abstract_link[aid] = link
            slink = _attr(an.find(W["styleLink"]), "val")
            if slink:
                self.style_link[slink] = aid
        for num in root.iter(W["num"]):
            nid = _attr(num, "numId") or ""
            aid = _attr(num.find(W["abstractNumId"]), "val") or ""
            starts: dict[int, int] = {}
            lvls: dict[int, _Level] = {}
            for ov in num.iter(W["lvlOverride"]):
                il = _int(_attr(ov, "ilvl"))
                if il is None:
                    continue
                so = _int(_attr(ov.find(W["startOverride"]), "val"), signed=True)
                if so is not None:
                    starts[il] = so
                lv = ov.find(W["lvl"])
                if lv is not None:
                    lvls[il] = _parse_level(lv)
                    if il not in starts:
                        starts[il] = lvls[il].start
            self.nums[nid] = (aid, starts, lvls)

    def _abstract_id(self, num_id: str) -> str | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid = entry[0]
        # An abstractNum that only links to a numbering style: follow to the one defining it.
        for _ in range(3):
            link = self.abstract_link.get(aid)
            if link and link in self.style_link:
                aid = self.style_link[link]
            else:
                break
        return aid

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        aid = self._abstract_id(num_id)
        for il, lvl in (self.abstract.get(aid or "") or {}).items():
            if lvl.pstyle == style_id:
                return il
        return None

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counters for one numbered paragraph and return the label Word draws."""
        if num_id in ("", "0") or num_id not in self.nums:
            return None
        aid = self._abstract_id(num_id)
        if aid is None:
            return None
        _, starts, override_lvls = self.nums[num_id]
        levels = dict(self.abstract.get(aid, {}))
        levels.update(override_lvls)
        if ilvl not in levels:
            return None
        key = aid
        counters = self.counters.setdefault(key, {})
        if num_id not in self.started:
            self.started.add(num_id)
            # A num with startOverride restarts the shared list at the overridden levels.
            for il, start in starts.items():
                counters[il] = start - 1
                for deeper in [k for k in counters if k > il]:
                    del counters[deeper]
        lvl = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and restart - 1 <= ilvl):
                del counters[deeper]

        def render(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k, _Level())
            value = counters.get(k, lv.start)
            fmt = lv.fmt
            if lvl.is_lgl and k < ilvl and fmt not in ("bullet", "none"):
                fmt = "decimal"
            return format_number(value, fmt)

        if lvl.fmt == "bullet":
            text = "-"
        elif lvl.fmt == "none":
            text = re.sub(r"%[1-9]", "", lvl.text)
        else:
            text = re.sub(r"%([1-9])", render, lvl.text)
        text = text.strip()
        if not text:
            return ""
        if lvl.suff == "nothing":
            return text
        return text + " "


# --- legacy fonts -----------------------------------------------------------------------------------


def legacy_encoding_of_font(font: str | None) -> str | None:
    """"tcvn3" for .Vn* fonts, "vni" for VNI-* fonts, else None."""
    if not font:
        return None
    f = font.strip()
    if f.startswith(".Vn") or f.startswith(".vn"):
        return "tcvn3"
    if f.upper().startswith("VNI-") or f.upper().startswith("VNI "):
        return "vni"
    return None


_UNICODE_VI = re.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111\u0300-\u0323]")
_HIGH_LATIN1 = re.compile("[\u00a1-\u00ff]")


def _looks_legacy(text: str, encoding: str) -> bool:
    """Does ``text`` (in a legacy-font run) hold legacy bytes-as-Latin-1 rather than real Unicode?"""
    if not _HIGH_LATIN1.search(text):
        return False  # plain ASCII: nothing to convert either way
    if _UNICODE_VI.search(text):
        return False
    legacy: ModuleType | None
    try:
        from . import legacy  # noqa: PLC0415 - written in parallel; optional until present
    except ImportError:
        legacy = None
    looks = getattr(legacy, "looks_legacy", None) if legacy else None
    if looks is not None:  # made for short runs whose encoding the font already tells
        try:
            return bool(looks(text, encoding))
        except Exception:  # noqa: BLE001 - a detector failure must not stop reading
            pass
    detect = getattr(legacy, "detect", None) if legacy else None
    if detect is not None:
        try:
            found = detect(text)
        except Exception:  # noqa: BLE001 - a detector failure must not stop reading
            found = None
        if isinstance(found, tuple):
            found = found[0] if found else None
        if found is not None and not isinstance(found, bool):
            return str(found).lower() == encoding
        if isinstance(found, bool):
            return found
    # Without a detector, Latin-1 letters in a legacy-font run without any Vietnamese Unicode letter
    # are mojibake: real Vietnamese Unicode text always has some of ư, ơ, đ or precomposed letters.
    return True


def _convert_legacy(text: str, encoding: str, capitals: bool) -> str | None:
    try:
        from . import legacy  # noqa: PLC0415
    except ImportError:
        return None
    try:
        return legacy.to_unicode(text, encoding, capitals=capitals)
    except TypeError:
        return legacy.to_unicode(text, encoding)


# --- the reader ---------------------------------------------------------------------------------------


@dataclass
class _Out:
    lines: list[str] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    offset: int = 0

    def emit(self, text: str, *, paragraph: int | None, part: str, where: tuple | None = None) -> tuple[int, int]:
        start = self.offset
        table, row, cell = where or (None, None, None)
        self.anchors.append(Anchor(start, paragraph=paragraph, part=part, table=table, row=row, cell=cell))
        self.lines.append(text)
        self.offset += len(text) + 1
        return start, start + len(text)

    def emit_row(self, cells: list[tuple[str, int | None, int]], *, part: str, table: int, row: int) -> None:
        """One table row on one line, its cells separated by tabs; an anchor at each cell's text.
        ``cells``: (text, paragraph number, 1-based cell number)."""
        start = self.offset
        pos = start
        for k, (text, paragraph, cell) in enumerate(cells):
            if k:
                pos += 1  # the tab
            if paragraph is not None:
                self.anchors.append(Anchor(pos, paragraph=paragraph, part=part, table=table, row=row, cell=cell))
            pos += len(text)
        line = "\t".join(text for text, _, _ in cells)
        self.lines.append(line)
        self.offset += len(line) + 1


class _DocxReader:
    def __init__(self, pkg: _Package, path) -> None:
        self.pkg = pkg
        self.path = path
        self.notes: list[str] = []
        self.out = _Out()
        self.paragraph_no = 0
        self.table_no = 0
        self.field_stack: list[str] = []
        self.legacy_runs = 0
        self.legacy_missing = False
        self.main_part = self._find_main_part()
        self.rels = pkg.rels(self.main_part)
        self.styles = _Styles(self._related_xml("/styles", "word/styles.xml"))
        self.numbering = _Numbering(self._related_xml("/numbering", "word/numbering.xml"))

    # package navigation
    def _find_main_part(self) -> str:
        rels = self.pkg.rels("")
        for typ, target in rels.values():
            if typ.endswith(OFFICE_DOC_REL):
                if self.pkg.has(target):
                    return target
        if self.pkg.has("word/document.xml"):
            return "word/document.xml"
        raise ReadError(self.path, "corrupt", "không có word/document.xml / no word/document.xml")

    def _related_xml(self, suffix: str, fallback: str):
        for typ, target in self.rels.values():
            if typ.endswith(suffix) and self.pkg.has(target):
                return self._xml(target)
        return self._xml(fallback) if self.pkg.has(fallback) else None

    def _xml(self, name: str):
        raw = self.pkg.read(name)
        if raw is None:
            return None
        if W_STRICT_NS.encode() in raw[:4096]:
            raw = _strict_to_transitional(raw)
        return parse_xml_safely(raw, self.path, name)

    # block level
    def _blocks(self, container):
        for child in container:
            tag = child.tag
            if tag in (W["p"], W["tbl"]):
                yield child
            elif tag == W["sdt"]:
                content = child.find(W["sdtContent"])
                if content is not None:
                    yield from self._blocks(content)
            elif tag in (W["customXml"], W["ins"], W["moveTo"], W["sdtContent"]):
                yield from self._blocks(child)
            elif tag == MC_ALT:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    yield from self._blocks(choice)

    def _rows(self, tbl):
        for child in tbl:
            if child.tag == W["tr"]:
                yield child
            elif child.tag in (W["sdt"], W["customXml"], W["ins"]):
                inner = child.find(W["sdtContent"]) if child.tag == W["sdt"] else child
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr):
        for child in tr:
            if child.tag == W["tc"]:
                yield child
            elif child.tag in (W["sdt"], W["customXml"]):
                inner = child.find(W["sdtContent"]) if child.tag == W["sdt"] else child
                if inner is not None:
                    yield from self._cells(inner)

    def _table_grid(self, tbl) -> list[list]:
        return [list(self._cells(tr)) for tr in self._rows(tbl)]

    # paragraph level
    def _paragraph_text(self, p) -> tuple[str, list]:
        """Rendered text of one paragraph (numbering label included) and its text boxes."""
        parts: list[str] = []
        boxes: list = []
        ppr = p.find(W["pPr"])
        pstyle = _attr(ppr.find(W["pStyle"]), "val") if ppr is not None else None
        if pstyle is None:
            pstyle = self.styles.default_para
        self._inline(p, parts, boxes, pstyle)
        text = "".join(parts)
        label = self._label(ppr, pstyle)
        if label:
            text = label + text if text.strip() else label.rstrip()
        return text, boxes

    def _label(self, ppr, pstyle: str | None) -> str | None:
        num_id = ilvl = None
        if ppr is not None:
            numpr = ppr.find(W["numPr"])
            if numpr is not None:
                num_id = _attr(numpr.find(W["numId"]), "val")
                lv = _attr(numpr.find(W["ilvl"]), "val")
                ilvl = _int(lv)
        if num_id is None:
            sid_num, sid_lvl, carrier = self.styles.numbering(pstyle)
            if sid_num is None:
                return None
            num_id = sid_num
            if ilvl is None:
                ilvl = sid_lvl
                if ilvl is None and carrier:
                    ilvl = self.numbering.level_for_style(num_id, carrier)
        if ilvl is None:
            ilvl = 0
        return self.numbering.label(num_id, ilvl)

    def _inline(self, el, parts: list[str], boxes: list, pstyle: str | None) -> None:
        for child in el:
            tag = child.tag
            if tag == W["r"]:
                self._run(child, parts, boxes, pstyle)
            elif tag in (W["ins"], W["moveTo"], W["hyperlink"], W["smartTag"], W["fldSimple"],
                         W["customXml"], W["dir"], W["bdo"], W["sdtContent"]):
                self._inline(child, parts, boxes, pstyle)
            elif tag == W["sdt"]:
                content = child.find(W["sdtContent"])
                if content is not None:
                    self._inline(content, parts, boxes, pstyle)
            elif tag == MC_ALT:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    self._inline(choice, parts, boxes, pstyle)
            elif tag in (M_OMATH, M_OMATHPARA):
                parts.append("".join(t.text or "" for t in child.iter(M_T)))
            elif tag == W["ruby"]:
                base = child.find(W["rubyBase"])
                if base is not None:
                    self._inline(base, parts, boxes, pstyle)
            # w:del, w:moveFrom, w:pPr, bookmarks, proofErr …: nothing to show

    def _run(self, r, parts: list[str], boxes: list, pstyle: str | None) -> None:
        rpr = r.find(W["rPr"])
        rstyle = None
        hidden = False
        font = None
        if rpr is not None:
            rstyle = _attr(rpr.find(W["rStyle"]), "val")
            v = rpr.find(W["vanish"])
            if v is not None:
                hidden = _on(v)
            elif rstyle:
                hidden = self.styles.vanish(rstyle)
            font = _font_of(rpr)
        elif pstyle:
            hidden = False
        if font is None:
            font = self.styles.font(rstyle) or self.styles.font(pstyle) or self.styles.default_font
        buf: list[str] = []
        for child in r:
            tag = child.tag
            if tag == W["fldChar"]:
                kind = _attr(child, "fldCharType")
                if kind == "begin":
                    self.field_stack.append("instr")
                elif kind == "separate" and self.field_stack:
                    self.field_stack[-1] = "result"
                elif kind == "end" and self.field_stack:
                    self.field_stack.pop()
                continue
            if "instr" in self.field_stack:
                continue
            if tag == W["t"]:
                buf.append(child.text or "")
            elif tag in (W["tab"], W["ptab"]):
                buf.append("\t")
            elif tag in (W["br"], W["cr"]):
                buf.append("\n")
            elif tag == W["noBreakHyphen"]:
                buf.append("-")
            elif tag == W["sym"]:
                code = _attr(child, "char") or ""
                try:
                    cp = int(code, 16)
                except ValueError:
                    continue
                if cp >= 0xF000:
                    cp -= 0xF000
                if 0 < cp < 0x110000:
                    buf.append(chr(cp))
            elif tag in (W["drawing"], W["pict"], W["object"], MC_ALT):
                boxes.extend(self._text_boxes(child))
        if hidden:
            return
        text = "".join(buf)
        enc = legacy_encoding_of_font(font)
        if enc and text and _looks_legacy(text, enc):
            converted = _convert_legacy(text, enc, capitals=(font or "").rstrip().endswith("H"))
            if converted is None:
                self.legacy_missing = True
            else:
                text = converted
                self.legacy_runs += 1
        parts.append(text)

    def _text_boxes(self, el) -> list:
        """w:txbxContent under a drawing, once: mc:Fallback copies are skipped."""
        found = []

        def walk(node):
            for child in node:
                if child.tag == MC_FALLBACK:
                    continue
                if child.tag == W["txbxContent"]:
                    found.append(child)
                    continue  # nested boxes are reached when the box itself is read
                walk(child)

        if el.tag == MC_ALT:
            choice = el.find(MC_CHOICE)
            if choice is not None:
                walk(choice)
        else:
            walk(el)
        return found

    # emission
    def _emit_paragraph(self, p, part: str, where: tuple | None = None) -> tuple[int, int]:
        self.paragraph_no += 1
        text, boxes = self._paragraph_text(p)
        span = self.out.emit(text, paragraph=self.paragraph_no, part=part, where=where)
        for box in boxes:
            for blk in self._blocks(box):
                self._emit_block(blk, "textbox")
        return span

    def _emit_block(self, blk, part: str) -> None:
        if blk.tag == W["p"]:
            self._emit_paragraph(blk, part)
        else:
            self._emit_table(blk)

    def _is_layout_table(self, tbl, grid) -> bool:
        """A two-column table holding a header or a signature (a second letter's, an appendix's): its rows
        are never joined, whatever the length of their cells."""
        if max((len(r) for r in grid), default=0) > 2:
            return False
        text = "\n".join(self._plain_text(p) for p in tbl.iter(W["p"]))
        return bool(_HEADER_MARK.search(text) or _SIGN_MARK.search(text))

    def _short_cell(self, blocks) -> bool:
        """A cell of figures or labels: no nested table, at most one paragraph with text, no line break or
        text box, at most :data:`MAX_JOINED_CELL` characters."""
        filled = 0
        for blk in blocks:
            if blk.tag != W["p"]:
                return False
            text = self._plain_text(blk)
            if text.strip():
                filled += 1
                if filled > 1 or len(text.strip()) > MAX_JOINED_CELL:
                    return False
            for el in blk.iter(W["br"], W["cr"], W["txbxContent"]):
                if el.tag != W["br"] or _attr(el, "type") in (None, "textWrapping"):
                    return False
        return True

    def _emit_table(self, tbl, part: str = "table") -> None:
        """A table row by row: a row of short cells (figures, labels) as one line with its cells separated
        by tabs (a cell spanning n grid columns is followed by n-1 empty cells, so columns stay aligned), any
        other row (a layout row: paragraphs, nested tables, long text) one cell paragraph per line."""
        self.table_no += 1
        table = self.table_no
        grid = self._table_grid(tbl)
        layout = self._is_layout_table(tbl, grid)
        for r, row in enumerate(grid, 1):
            blocks = [list(self._blocks(cell)) for cell in row]
            if not layout and len(row) >= 2 and all(self._short_cell(b) for b in blocks):
                cells: list[tuple[str, int | None, int]] = []
                for c, (cell, cell_blocks) in enumerate(zip(row, blocks, strict=True), 1):
                    texts = []
                    first_no = None
                    for blk in cell_blocks:
                        self.paragraph_no += 1
                        first_no = first_no or self.paragraph_no
                        text, _ = self._paragraph_text(blk)
                        if text.strip():
                            texts.append(" ".join(text.split()))
                    cells.append((" ".join(texts), first_no, c))
                    extra = (_int(_attr(cell.find(f"{W['tcPr']}/{W['gridSpan']}"), "val")) or 1) - 1
                    cells.extend(("", None, c) for _ in range(min(max(extra, 0), 60)))
                self.out.emit_row(cells, part=part, table=table, row=r)
                continue
            for c, cell_blocks in enumerate(blocks, 1):
                for blk in cell_blocks:
                    if blk.tag == W["tbl"]:
                        self._emit_table(blk, part)
                    else:
                        self._emit_paragraph(blk, part, (table, r, c))

    def _emit_columns(self, tbl, part: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """Left column (all rows) then the other columns; returns the two offset spans."""
        self.table_no += 1
        table = self.table_no
        grid = self._table_grid(tbl)
        left_cells = [(r, 1, row[0]) for r, row in enumerate(grid, 1) if row]
        right_cells = [(r, c, cell) for r, row in enumerate(grid, 1) for c, cell in enumerate(row[1:], 2)]
        spans: list[tuple[int, int] | None] = []
        for cells in (left_cells, right_cells):
            span: tuple[int, int] | None = None  # from the first block's start to the last one's end
            for r, c, cell in cells:
                for blk in self._blocks(cell):
                    if blk.tag == W["tbl"]:
                        s0 = self.out.offset
                        self._emit_table(blk, part)
                        s = (s0, max(s0, self.out.offset - 1))
                    else:
                        s = self._emit_paragraph(blk, part, (table, r, c))
                    span = (s[0] if span is None else span[0], s[1])
            spans.append(span)
        return spans[0], spans[1]

    def _plain_text(self, el) -> str:
        return "".join(t.text or "" for t in el.iter(W["t"]))

    def _is_two_column(self, tbl) -> bool:
        grid = self._table_grid(tbl)
        return bool(grid) and max(len(r) for r in grid) >= 2

    def _body_blocks(self):
        """The body's blocks (paragraphs and tables, wrappers opened), streamed: each top-level element of
        ``w:body`` is parsed, yielded, then dropped, so memory follows the largest block, not the part."""
        stream = self.pkg.stream(self.main_part)
        if stream is None:
            raise ReadError(self.path, "corrupt", "không có phần văn bản chính / no main document part")
        part = self.main_part
        if stream.utf16:  # rare: check the decoded text whole (the part is bounded by MAX_PART)
            yield from self._blocks(self._body_of(parse_xml_safely(stream.read_all(), self.path, part)))
            return
        # "end" events of the elements that can be children of w:body (and of those only: a Python step per
        # run or property would double the time); the ones nested deeper are skipped by their parent's tag
        events = etree.iterparse(
            stream, events=("end",), tag=_BODY_CHILD_TAGS, resolve_entities=False, no_network=True,
            load_dtd=False, huge_tree=True, remove_comments=True, remove_pis=True,
        )
        saw_body = False
        body_tag = W["body"]
        try:
            for _event, el in events:
                parent = el.getparent()
                if parent is None or parent.tag != body_tag:
                    continue
                saw_body = True
                yield from self._blocks((el,))
                el.clear()
                while el.getprevious() is not None:
                    del parent[0]
            root = events.root
        except etree.XMLSyntaxError as exc:
            raise ReadError(self.path, "corrupt", f"{part}: XML lỗi / bad XML: {exc}") from None
        if not saw_body and (root is None or root.find(body_tag) is None):
            raise ReadError(self.path, "corrupt", "document.xml không có w:body / no w:body")

    def _body_of(self, root):
        body = root.find(W["body"])
        if body is None:
            raise ReadError(self.path, "corrupt", "document.xml không có w:body / no w:body")
        return body

    def _all_body_blocks(self):
        """Both passes' blocks: a list from one parse when the part is small (faster: one parse, not two),
        else a fresh stream for each pass."""
        _real, info = self.pkg._info(self.main_part)
        if info is not None and info.file_size <= STREAM_ABOVE:
            stream = self.pkg.stream(self.main_part)
            root = parse_xml_safely(stream.read_all(), self.path, self.main_part)
            blocks = list(self._blocks(self._body_of(root)))
            return blocks, blocks
        return self._body_blocks(), self._body_blocks()

    def _summary(self, blk) -> tuple:
        """What the header and signature searches need of one block: ("p", text length) or
        ("tbl", two columns?, header marks?, signature marks?)."""
        if blk.tag == W["tbl"]:
            sign_text = "\n".join(self._plain_text(p) for p in blk.iter(W["p"]))
            return ("tbl", self._is_two_column(blk), bool(_HEADER_MARK.search(self._plain_text(blk))),
                    bool(_SIGN_MARK.search(sign_text)))
        return ("p", len(self._plain_text(blk).strip()))

    def read(self) -> SourceText:
        # two streamed passes over the main part: the first finds the header and signature tables (which
        # need what follows them), the second renders
        first, second = self._all_body_blocks()
        summaries = [self._summary(blk) for blk in first]
        header_idx = self._find_header(summaries)
        sign_idx = self._find_signature(summaries, header_idx)
        regions: dict[str, tuple[int, int]] = {}
        for i, blk in enumerate(second):
            if i == header_idx:
                left, right = self._emit_columns(blk, "header-table")
                if left:
                    regions["header_left"] = left
                if right:
                    regions["header_right"] = right
            elif i == sign_idx:
                left, right = self._emit_columns(blk, "signature-table")
                if left:
                    regions["signature_left"] = left
                    s, e = left
                    if re.search(r"Nơi\s*nhận", self.out_text_slice(s, e), re.I):
                        regions["recipients"] = left
                if right:
                    regions["signature_right"] = right
                    regions["signature"] = right
            else:
                self._emit_block(blk, "body")
        self._emit_notes("footnotes", "/footnotes", "word/footnotes.xml", W["footnote"], regions)
        self._emit_notes("endnotes", "/endnotes", "word/endnotes.xml", W["endnote"], regions)
        notes = list(self.notes)
        if self.legacy_runs:
            notes.append(
                f"đã chuyển {self.legacy_runs} đoạn chữ phông TCVN3/VNI sang Unicode"
            )
        if self.legacy_missing:
            notes.append("có chữ phông TCVN3/VNI nhưng chưa chuyển được sang Unicode (thiếu bộ chuyển mã)")
        return SourceText(
            text="\n".join(self.out.lines), format="docx", encoding=None,
            anchors=self.out.anchors, notes=notes, regions=regions,
        )

    def out_text_slice(self, start: int, end: int) -> str:
        return "\n".join(self.out.lines)[start:end]

    @staticmethod
    def _find_header(summaries) -> int | None:
        seen_text = 0
        for i, s in enumerate(summaries[:8]):
            if s[0] == "tbl":
                return i if s[1] and s[2] else None
            if s[1]:
                seen_text += 1
                if seen_text > 3 or s[1] > 120:
                    return None
        return None

    @staticmethod
    def _find_signature(summaries, header_idx: int | None) -> int | None:
        n = len(summaries)
        trailing_after = [0] * (n + 1)  # text after block i in paragraphs
        tables_after = [False] * (n + 1)  # any table after block i
        for i in range(n - 1, -1, -1):
            s = summaries[i]
            trailing_after[i] = trailing_after[i + 1] + (s[1] if s[0] == "p" else 0)
            tables_after[i] = tables_after[i + 1] or s[0] == "tbl"
        tables = [i for i, s in enumerate(summaries) if s[0] == "tbl" and i != header_idx]
        for i in reversed(tables):
            trailing = trailing_after[i + 1]
            later_tables = tables_after[i + 1]
            _, two_column, _, signs = summaries[i]
            if two_column and signs:
                # Appendix tables may follow the signature; accept when it sits in the last part.
                if trailing < 600 or not later_tables:
                    return i
            if trailing > 3000:
                break
        return None

    def _emit_notes(self, kind: str, rel_suffix: str, fallback: str, tag: str, regions) -> None:
        root = self._related_xml(rel_suffix, fallback)
        if root is None:
            return
        notes = []
        for note in root.iter(tag):
            if _attr(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            if not self._plain_text(note).strip():
                continue
            notes.append(note)
        if not notes:
            return
        start = None
        if "footnotes" not in regions and "endnotes" not in regions:
            start, _ = self.out.emit("---", paragraph=None, part=kind)
        else:
            start = regions.get("footnotes", (self.out.offset, 0))[0]
        for n, note in enumerate(notes, 1):
            first = True
            for blk in self._blocks(note):
                if blk.tag == W["tbl"]:
                    self._emit_table(blk, kind)
                    continue
                self.paragraph_no += 1
                text, _ = self._paragraph_text(blk)
                if first:
                    text = f"[{n}] {text.strip()}"
                    first = False
                self.out.emit(text, paragraph=None, part=kind)
        regions["footnotes"] = (start, self.out.offset - 1)


def read_docx(path: str | Path, *, data: bytes | None = None) -> SourceText:
    """Read a .docx file (``data``: its bytes when the caller already has them)."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ReadError(path, "unreadable", str(exc)) from None
    pkg = _Package(path, data)
    reader = _DocxReader(pkg, path)
    try:
        return reader.read()
    except RecursionError:
        raise ReadError(path, "corrupt", "cấu trúc lồng quá sâu / nesting too deep") from None
