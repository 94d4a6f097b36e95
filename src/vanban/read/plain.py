"""Read a plain-text file into a ``str``, whatever encoding an office machine saved it in.

The order of the checks:

1. a byte-order mark (UTF-32, UTF-8, UTF-16);
2. UTF-16 without a BOM (NUL in every other byte), otherwise NUL bytes mean binary data;
3. valid UTF-8 — and inside it, text that was already mojibake when saved (a TCVN3/VNI document pasted as
   cp1252 glyphs, or UTF-8 decoded as cp1252 and saved again as UTF-8: ``"Viá»‡t"``);
4. an 8-bit file: its bytes as cp1252 glyphs go to :func:`vanban.read.legacy.detect`, which recognises
   TCVN3, VNI, VISCII and Windows-1258 (combining tone marks, normalised to NFC); otherwise Windows-1252.

A file with a byte-order mark and a few damaged bytes (at most one per 200 characters) is read with
U+FFFD for each damaged sequence and a note counting them; more mean the mark lies (``encoding``).

The input file is only read, never written. Errors are :class:`vanban.errors.ReadError` with the codes
``not_found``, ``unreadable``, ``empty``, ``binary``, ``too_large`` and ``encoding``.

Line endings and (for Unicode input) the normalisation form are kept as in the file, so offsets stay true
to it; a note says when the text is not NFC. Text converted from an 8-bit encoding is NFC.
"""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from vanban.errors import ReadError, VanbanError

from . import legacy

__all__ = ["PlainText", "read_text_file", "decode_text", "convert_file", "ConvertError", "ENCODING_LABELS"]

#: Human names (Vietnamese) of the encodings reported in :attr:`PlainText.encoding`.
ENCODING_LABELS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (có BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
    "cp1258": "Windows-1258 (tiếng Việt)",
    "cp1252": "Windows-1252",
    "tcvn3": "TCVN3 (ABC, phông .VnTime)",
    "vni": "VNI-Windows",
    "viscii": "VISCII",
}

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (BOM, codec used to decode the rest, reported name); UTF-32 before UTF-16: FF FE 00 00 starts with FF FE
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

#: C0 controls that plain text may hold: TAB LF VT FF CR, SUB (DOS end-of-file) and ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1a\x1b")
#: C0 positions that VISCII uses for the capitals Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ.
_VISCII_CONTROLS = frozenset(b"\x02\x05\x06\x14\x19\x1e")


@dataclass
class PlainText:
    """A decoded text file: ``text``, the ``encoding`` it was read with, and ``notes`` for the user."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


class ConvertError(VanbanError):
    """:func:`convert_file` refused or failed (``code``: ``"same_file"`` or ``"unencodable"``)."""

    _MESSAGES = {
        "same_file": ("tệp đích trùng với tệp nguồn; không ghi đè tệp nguồn",
                      "the output is the input file; the input is never overwritten"),
        "unencodable": ("văn bản có ký tự không biểu diễn được trong bảng mã đích",
                        "the text has characters the target encoding cannot represent"),
        "unknown_encoding": ("bảng mã không được hỗ trợ", "unsupported encoding"),
    }

    def __init__(self, path: str | Path | None, code: str, detail: str = "") -> None:
        self.path = str(path) if path is not None else None
        self.code = code
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        vi, en = self._MESSAGES.get(self.code, (self.code, self.code))
        text = en if lang == "en" else vi
        if self.detail:
            text = f"{text} ({self.detail})"
        return f"{self.path}: {text}" if self.path else text


# --------------------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------------------


def read_text_file(path: str | Path, *, max_bytes: int | None = 20_000_000) -> PlainText:
    """Read the text file at ``path`` (see the module docs for how the encoding is found).

    ``max_bytes=None`` lifts the size limit. Raises :class:`~vanban.errors.ReadError`.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError(p, "not_found") from None
    except OSError as exc:
        raise ReadError(p, "unreadable", str(exc.strerror or exc)) from None
    if p.is_dir():
        raise ReadError(p, "unreadable", "là thư mục / is a directory")
    if max_bytes is not None and size > max_bytes:
        raise ReadError(p, "too_large", f"{size} > {max_bytes} byte")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1 if max_bytes is not None else -1)
    except OSError as exc:
        raise ReadError(p, "unreadable", str(exc.strerror or exc)) from None
    if max_bytes is not None and len(data) > max_bytes:  # the file grew while we looked
        raise ReadError(p, "too_large", f"> {max_bytes} byte")
    return decode_text(data, path=p)


def decode_text(data: bytes, *, path: str | Path | None = None) -> PlainText:
    """Decode the bytes of a text file (the work of :func:`read_text_file`); ``path`` is for messages."""
    if not data.strip(b" \t\r\n\x0b\x0c\x1a"):
        raise ReadError(path, "empty")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                # a few damaged bytes in a file that says what it is: U+FFFD for each, counted in a note;
                # many mean the BOM lies
                text = data[len(bom):].decode(codec, "replace")
                bad = text.count("\ufffd") - data[len(bom):].decode(codec, "ignore").count("\ufffd")
                if bad > max(3, len(text) // 200):
                    raise ReadError(path, "encoding", f"{name}: byte lỗi ở vị trí {exc.start + len(bom)}") from None
                note = (f"{bad} chỗ byte lỗi (không đúng {ENCODING_LABELS.get(name, name)}) đã thay bằng \u201c\ufffd\u201d, "
                        f"chỗ đầu tiên ở byte {exc.start + len(bom)}")
                return _finish_unicode(text, name, [note], path)
            return _finish_unicode(text, name, [], path)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ReadError(path, "binary", "có byte NUL")
        codec = utf16
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise ReadError(path, "binary", "có byte NUL") from None
        if not _mostly_latin(text):
            raise ReadError(path, "binary", "có byte NUL")
        return _finish_unicode(text, codec, ["tệp UTF-16 không có BOM"], path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_8bit(data, path)
    return _finish_unicode(text, "utf-8", [], path)


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when NULs sit in every other byte (mostly-Latin UTF-16), else None."""
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    z_even, z_odd = even.count(0), odd.count(0)
    if z_odd >= 0.25 * len(odd) and z_even <= 0.02 * len(even):
        return "utf-16-le"
    if z_even >= 0.25 * len(even) and z_odd <= 0.02 * len(odd):
        return "utf-16-be"
    return None


def _mostly_latin(text: str) -> bool:
    """Guessed (BOM-less) UTF-16 must read as Latin-script text: 90% of it Latin, Vietnamese or punctuation."""
    latin = sum(1 for c in text if c < "\u0250" or "\u1e00" <= c <= "\u1eff" or "\u2000" <= c <= "\u206f")
    return latin >= 0.9 * len(text)


@lru_cache(maxsize=4)
def _controls_re(allowed: frozenset[int]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x20) if c not in allowed) + "\x7f]")


def _control_count(text: str, allowed: frozenset[int] = _TEXT_CONTROLS) -> int:
    # one regex pass (a Python step per character took 0.35 s a megabyte)
    return sum(1 for _ in _controls_re(allowed).finditer(text))


def _too_many_controls(count: int, length: int) -> bool:
    return count > max(2, length // 100)


def _finish_unicode(text: str, encoding: str, notes: list[str], path: str | Path | None) -> PlainText:
    if "\x00" in text or _too_many_controls(_control_count(text), len(text)):
        raise ReadError(path, "binary", "nhiều ký tự điều khiển")
    if not text.strip(" \t\r\n\x0b\x0c\x1a\ufeff"):
        raise ReadError(path, "empty")
    if encoding.startswith("utf-8"):
        fixed = _undo_double_utf8(text)
        if fixed is not None:
            notes.append("tệp UTF-8 bị mã hoá hai lần (kiểu \"Viá»‡t\"); đã khôi phục chữ tiếng Việt")
            return PlainText(fixed, encoding, notes)
        if not text.isascii() and not legacy.has_unicode_vietnamese(text):
            enc, conf = legacy.detect(text)
            if enc is not None and conf >= 0.6:
                notes.append(
                    f"tệp {ENCODING_LABELS.get(encoding, encoding)} chứa chữ gõ bằng bảng mã "
                    f"{ENCODING_LABELS[enc]} (độ tin cậy {conf:.2f}); đã chuyển sang Unicode"
                )
                return PlainText(legacy.to_unicode(text, enc, capitals="auto"), enc, notes)
    if not unicodedata.is_normalized("NFC", text):
        notes.append("văn bản dùng dấu tổ hợp (không ở dạng NFC)")
    return PlainText(text, encoding, notes)


# lead bytes of the UTF-8 forms of Vietnamese letters, as cp1252 shows them: Ã (U+00C0-00FF), Ä (ă đ ĩ),
# Å (ũ), Æ (ơ ư), á» / áº (U+1E80-1EFF)
_DOUBLE_UTF8_MARKS = ("\u00c3", "\u00c4", "\u00c5", "\u00c6", "\u00e1\u00ba", "\u00e1\u00bb")


def _undo_double_utf8(text: str) -> str | None:
    """Undo UTF-8 that was read as cp1252 and saved again as UTF-8 ("Viá»‡t" -> "Việt"), or None."""
    if legacy.has_unicode_vietnamese(text) or not any(m in text for m in _DOUBLE_UTF8_MARKS):
        return None
    try:
        fixed = legacy.glyphs_to_bytes(text).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    scores = legacy.score_encodings(fixed, ())
    good, bad = scores["unicode"]
    return fixed if good >= 2 and good > bad else None


def _decode_8bit(data: bytes, path: str | Path | None) -> PlainText:
    glyphs = legacy.bytes_to_glyphs(data)
    controls = _control_count(glyphs, _TEXT_CONTROLS | _VISCII_CONTROLS)
    viscii_controls = sum(1 for b in data if b in _VISCII_CONTROLS)
    if _too_many_controls(controls, len(data)) or viscii_controls > max(2, len(data) // 50):
        raise ReadError(path, "binary", "nhiều ký tự điều khiển")
    enc, conf = legacy.detect(glyphs)
    if enc is None:
        if _too_many_controls(controls + viscii_controls, len(data)):
            raise ReadError(path, "binary", "nhiều ký tự điều khiển")
        return PlainText(glyphs, "cp1252", [
            "không nhận ra bảng mã tiếng Việt (không phải UTF-8, TCVN3, VNI, VISCII, Windows-1258); "
            "đã đọc theo Windows-1252"
        ])
    notes = [f"bảng mã {ENCODING_LABELS[enc]} (độ tin cậy {conf:.2f}); đã chuyển sang Unicode NFC"]
    if enc == "tcvn3":
        text = legacy.to_unicode(glyphs, enc, capitals="auto")
    else:
        text = legacy.to_unicode(glyphs, enc)
    return PlainText(text, enc, notes)


# --------------------------------------------------------------------------------------------------------
# converting
# --------------------------------------------------------------------------------------------------------
_UNICODE_CODECS = {
    "utf-8": "utf-8", "utf8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf-32": "utf-32", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be",
    "cp1252": "cp1252", "windows-1252": "cp1252", "latin-1": "latin-1", "latin1": "latin-1",
}


def _legacy_name(name: str) -> str | None:
    try:
        return legacy.canonical_encoding(name)
    except ValueError:
        return None


def same_file(a: Path, b: Path) -> bool:
    """The two paths name one file (the same inode when both exist: symlinks and hard links included)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def convert_file(
    src: str | Path,
    dst: str | Path,
    from_enc: str | None = None,
    to_enc: str = "utf-8",
    *,
    errors: str = "replace",
    capitals: bool = False,
    max_bytes: int | None = 20_000_000,
) -> PlainText:
    """Re-encode the text file ``src`` into ``dst`` (``vanban convert``). ``src`` is never written.

    ``from_enc`` ``None`` or ``"auto"`` detects the encoding as :func:`read_text_file` does; otherwise it is
    a legacy name (``"tcvn3"``, ``"vni"``, ``"viscii"``, ``"cp1258"`` and aliases) or a Unicode codec name.
    ``to_enc`` likewise (default UTF-8). For a legacy target, ``errors`` and ``capitals`` go to
    :func:`vanban.read.legacy.from_unicode` (``"replace"`` writes ASCII look-alikes or ``?``; ``"strict"``
    raises :class:`ConvertError` ``"unencodable"``). ``dst`` is replaced atomically; it may not be ``src``
    (:class:`ConvertError` ``"same_file"``, checked before anything is read).

    Returns the decoded source as :class:`PlainText`, with a note when characters had to be replaced.
    """
    src_p, dst_p = Path(src), Path(dst)
    if same_file(src_p, dst_p):
        raise ConvertError(dst_p, "same_file")
    target_legacy = _legacy_name(to_enc)
    target_codec = None if target_legacy else _UNICODE_CODECS.get(to_enc.strip().lower())
    if target_legacy is None and target_codec is None:
        raise ConvertError(None, "unknown_encoding", to_enc)

    if from_enc is None or from_enc.strip().lower() == "auto":
        source = read_text_file(src_p, max_bytes=max_bytes)
    else:
        source = _read_as(src_p, from_enc, max_bytes)

    notes = list(source.notes)
    if target_legacy is not None:
        try:
            glyphs = legacy.from_unicode(source.text, target_legacy, capitals=capitals, errors=errors)  # type: ignore[arg-type]
        except ValueError as exc:
            raise ConvertError(src_p, "unencodable", str(exc)) from None
        payload = legacy.glyphs_to_bytes(glyphs)
        back = legacy.to_unicode(glyphs, target_legacy, capitals=capitals)
        if back != unicodedata.normalize("NFC", source.text):
            notes.append(f"một số ký tự không có trong bảng mã {ENCODING_LABELS.get(target_legacy, target_legacy)} "
                         "đã được thay thế")
    else:
        assert target_codec is not None
        try:
            payload = source.text.encode(target_codec, errors="strict" if errors == "strict" else "replace")
        except UnicodeEncodeError as exc:
            raise ConvertError(src_p, "unencodable", str(exc)) from None
    _write_atomic(dst_p, payload)
    return PlainText(source.text, source.encoding, notes)


def _read_as(path: Path, encoding: str, max_bytes: int | None) -> PlainText:
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ReadError(path, "too_large", f"{size} > {max_bytes} byte")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "not_found") from None
    except IsADirectoryError:
        raise ReadError(path, "unreadable", "là thư mục / is a directory") from None
    except OSError as exc:
        raise ReadError(path, "unreadable", str(exc.strerror or exc)) from None
    from .sniff import looks_binary  # noqa: PLC0415

    if looks_binary(data[:8192]):
        raise ReadError(path, "binary")  # a picture or an archive named .txt: nothing to convert
    name = _legacy_name(encoding)
    if name is not None:
        text = legacy.decode_bytes(data, name, capitals="auto" if name == "tcvn3" else False)
        return PlainText(text, name, [])
    codec = _UNICODE_CODECS.get(encoding.strip().lower())
    if codec is None:
        raise ConvertError(None, "unknown_encoding", encoding)
    try:
        return PlainText(data.decode(codec), codec, [])
    except UnicodeDecodeError as exc:
        raise ReadError(path, "encoding", f"{codec}: byte lỗi ở vị trí {exc.start}") from None


def _write_atomic(dst: Path, payload: bytes) -> None:
    directory = dst.parent if str(dst.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        # mkstemp makes the file private (0600); give it the mode a new file gets here, or the old one's
        try:
            mode = os.stat(dst).st_mode & 0o777
        except OSError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        os.replace(tmp, dst)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
