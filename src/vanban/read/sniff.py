"""Guess what a file really is from its bytes, not from its name.

Office users rename files freely (a ``.doc`` that is really a ``.docx``, a ``.txt`` saved from a PDF viewer
that is really a PDF), so the readers are chosen from the content. :func:`sniff_bytes` needs the whole file
for ZIP and OLE containers (their directories are at the end / spread through the file); for plain
detection of text vs binary the first few kilobytes are enough.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

PDF_MAGIC = b"%PDF-"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"

#: Stream names inside an OLE compound file, as they appear (UTF-16LE) in its directory sectors.
_OLE_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_OLE_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_OLE_WORD_DOCUMENT = "WordDocument".encode("utf-16-le")

#: Kinds returned by :func:`sniff_bytes`.
KINDS = ("empty", "text", "pdf", "docx", "doc", "ooxml_encrypted", "rtf", "zip", "ole", "binary")


@dataclass(frozen=True)
class Sniffed:
    """Result of sniffing: ``kind`` is one of :data:`KINDS`; ``detail`` says more (e.g. "xlsx")."""

    kind: str
    detail: str = ""


def _zip_kind(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        # Starts like a ZIP but the central directory is missing or broken: truncated/damaged.
        return Sniffed("zip", "damaged")
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return Sniffed("docx")
    if "[Content_Types].xml" in names:
        if any(n.startswith("xl/") for n in names):
            return Sniffed("zip", "xlsx")
        if any(n.startswith("ppt/") for n in names):
            return Sniffed("zip", "pptx")
        # An OOXML package whose main part is not under word/: let the docx reader follow the rels.
        return Sniffed("docx", "nonstandard")
    if "mimetype" in names:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                with zf.open("mimetype") as fh:  # the first bytes only: the entry may be a bomb
                    mime = fh.read(100).decode("ascii", "replace")
        except Exception:  # noqa: BLE001 - any failure just means "some zip"
            mime = ""
        return Sniffed("zip", mime or "odf")
    return Sniffed("zip")


def _ole_kind(data: bytes) -> Sniffed:
    if _OLE_ENCRYPTED_PACKAGE in data or _OLE_ENCRYPTION_INFO in data:
        return Sniffed("ooxml_encrypted")
    if _OLE_WORD_DOCUMENT in data:
        return Sniffed("doc")
    return Sniffed("ole")


def looks_binary(head: bytes) -> bool:
    """True when ``head`` (the first KBs of a file) is not plausibly text in any encoding we read.

    UTF-16/32 text with a BOM is text. Otherwise NUL bytes or many C0 control characters mean binary.
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    sample = head[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        # UTF-16 without BOM: NULs in every other byte and nothing else odd.
        even, odd = sample[0::2], sample[1::2]
        if len(sample) >= 4 and (even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)):
            if even.count(0) == 0 or odd.count(0) == 0:
                return False
        return True
    allowed = {9, 10, 12, 13, 27}
    controls = sum(1 for b in sample if b < 32 and b not in allowed)
    if controls > max(2, len(sample) // 100):
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a multi-byte char cut by the sample boundary
            return False
    # Legacy 8-bit encodings (TCVN3, VNI, Windows-1258) use bytes >= 0x80 freely; DEL and most of
    # 0x80-0x9F are rare in real text but common in compressed/random data.
    c1 = sum(1 for b in sample if 0x7F <= b <= 0x9F)
    return c1 > len(sample) // 8


def sniff_bytes(data: bytes) -> Sniffed:
    """Classify a file's content (the whole file for containers; see module docstring)."""
    if not data:
        return Sniffed("empty")
    head = data[:1024]
    stripped = head.lstrip(b"\xef\xbb\xbf\r\n\t \x00")
    if PDF_MAGIC in head:
        return Sniffed("pdf")
    if data.startswith(ZIP_MAGICS):
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if stripped.startswith(RTF_MAGIC):
        return Sniffed("rtf")
    if not data.strip(b" \t\r\n\x0b\x0c"):
        return Sniffed("empty", "whitespace")
    if looks_binary(data[:8192]):
        return Sniffed("binary")
    return Sniffed("text")
