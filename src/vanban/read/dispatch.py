"""One entry point for every input file: :func:`read_source`.

The reader is chosen from the file's content (see :mod:`vanban.read.sniff`), never from its extension.
Every failure is a :class:`~vanban.errors.ReadError` that names the file. The text returned never holds a lone
surrogate: each (an undecodable byte kept by ``surrogateescape``, half a UTF-16 pair) becomes U+FFFD, one
for one so offsets stay true, and a note says how many (:func:`vanban.read.base.clean_text`). The input file is only ever
opened for reading; converters that need scratch space (.doc) use a temporary directory that is removed.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from types import ModuleType

from ..errors import ReadError
from .base import SourceText, clean_text, line_anchors
from .sniff import Sniffed, sniff_bytes

DEFAULT_MAX_BYTES = 50_000_000

_OFFICE_EXTS = {".docx", ".docm", ".dotx", ".doc", ".dot", ".pdf", ".rtf", ".odt"}
_KIND_NAMES = {"pdf": "PDF", "docx": "Word .docx", "doc": "Word .doc", "text": "văn bản thuần / plain text",
               "html": "trang HTML / an HTML page"}
_EXT_KIND = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".doc": "doc", ".txt": "text", ".md": "text"}


def _read_bytes(p: Path, max_bytes: int | None) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError(p, "not_found") from None
    except PermissionError as exc:
        raise ReadError(p, "unreadable", str(exc.strerror or exc)) from None
    except OSError as exc:
        raise ReadError(p, "unreadable", str(exc.strerror or exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(p, "unreadable", "đây là thư mục, không phải tệp / this is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(p, "unsupported", "không phải tệp thông thường / not a regular file")
    if max_bytes is not None and st.st_size > max_bytes:
        raise ReadError(p, "too_large", f"{st.st_size} > {max_bytes} byte")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1 if max_bytes is not None else -1)
    except PermissionError as exc:
        raise ReadError(p, "unreadable", str(exc.strerror or exc)) from None
    except OSError as exc:
        raise ReadError(p, "unreadable", str(exc.strerror or exc)) from None
    if max_bytes is not None and len(data) > max_bytes:  # grew while we looked
        raise ReadError(p, "too_large", f"> {max_bytes} byte")
    return data


def _read_plain(p: Path, data: bytes, max_bytes: int | None) -> SourceText:
    plain_mod: ModuleType | None
    try:
        from . import plain as plain_mod  # noqa: PLC0415 - sibling module, optional at import time
    except ImportError:
        plain_mod = None
    if plain_mod is not None:
        decode = getattr(plain_mod, "decode_text", None)
        # decode the bytes already read (no second read of a file that may have changed)
        plain = decode(data, path=p) if decode else plain_mod.read_text_file(p, max_bytes=max_bytes)
        text, encoding, notes = plain.text, plain.encoding, list(plain.notes)
        from .html import looks_like_html, read_html  # noqa: PLC0415

        if looks_like_html(text):
            # a "Web page" export, or Word's HTML saved under a .doc name by e-office systems
            return read_html(p, text, encoding, notes)
    else:  # minimal fallback until the plain-text reader is available
        for enc in ("utf-8-sig", "utf-16", "cp1258"):
            try:
                text = data.decode(enc)
                encoding = enc
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ReadError(p, "encoding")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes = []
    if not text.strip():
        raise ReadError(p, "empty")
    anchors = line_anchors(text)
    return SourceText(text=text, format="txt", encoding=encoding, anchors=anchors, notes=notes)


def _mismatch_note(p: Path, kind: str) -> str | None:
    ext = p.suffix.lower()
    expected = _EXT_KIND.get(ext)
    if expected is None or expected == kind:
        return None
    return (
        f"tệp có đuôi {ext} nhưng nội dung là {_KIND_NAMES.get(kind, kind)}; đã đọc theo nội dung"
    )


def read_source(path: str | os.PathLike, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> SourceText:
    """Read any supported file (text, .docx, .doc, .pdf) into a :class:`SourceText`.

    ``max_bytes`` bounds the file size (None: no bound). Raises :class:`ReadError` with one of the codes
    of :data:`vanban.errors.READ_ERROR_MESSAGES`.
    """
    p = Path(path)
    data = _read_bytes(p, max_bytes)
    sniffed: Sniffed = sniff_bytes(data)
    kind = sniffed.kind
    try:
        if kind == "empty":
            raise ReadError(p, "empty", "chỉ có khoảng trắng / whitespace only" if sniffed.detail else "")
        if kind == "text":
            result = _read_plain(p, data, max_bytes)
        elif kind == "pdf":
            from .pdf import read_pdf  # noqa: PLC0415

            result = read_pdf(p, data=data)
        elif kind == "docx":
            from .docx import read_docx  # noqa: PLC0415

            result = read_docx(p, data=data)
        elif kind == "doc":
            from .doc import read_doc  # noqa: PLC0415

            result = read_doc(p, data=data)
        elif kind == "ooxml_encrypted":
            raise ReadError(p, "encrypted", "tệp Office được bảo vệ bằng mật khẩu / password-protected Office file")
        elif kind == "zip":
            if sniffed.detail == "damaged":
                raise ReadError(p, "corrupt", "tệp ZIP/.docx bị cắt cụt hoặc hỏng / truncated or damaged ZIP")
            raise ReadError(p, "unsupported", sniffed.detail or "zip")
        elif kind == "rtf":
            raise ReadError(p, "unsupported", "RTF: hãy lưu lại dưới dạng .docx / save it as .docx")
        elif kind == "ole":
            raise ReadError(p, "unsupported", "tệp OLE không phải Word / OLE file that is not a Word document")
        elif kind == "binary":
            if p.suffix.lower() in _OFFICE_EXTS:
                raise ReadError(p, "corrupt", f"nội dung không phải {p.suffix.lower()} / content is not {p.suffix.lower()}")
            raise ReadError(p, "binary")
        else:  # pragma: no cover - sniff_bytes only returns the kinds above
            raise ReadError(p, "unsupported", kind)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(p, "too_large", "hết bộ nhớ / out of memory") from None
    except RecursionError:
        raise ReadError(p, "corrupt", "cấu trúc lồng quá sâu / nesting too deep") from None
    except Exception as exc:  # noqa: BLE001 - any reader crash becomes a ReadError naming the file
        raise ReadError(p, "corrupt", f"{type(exc).__name__}: {exc}") from exc
    result.text, cleaned = clean_text(result.text)  # same length: anchors and regions stay true
    result.notes.extend(cleaned)
    note = _mismatch_note(p, "text" if result.format == "txt" else result.format)
    if note:
        result.notes.insert(0, note)
    if not result.text or result.text.isspace():  # (no stripped copy of a large text)
        raise ReadError(p, "empty")
    return result
