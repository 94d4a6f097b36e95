"""Read legacy Word 97-2003 (.doc, OLE compound) files through an external converter.

Preferred: LibreOffice (``soffice --headless --convert-to docx``) into a temporary directory that is
removed afterwards, then the .docx reader (numbering, header/signature tables and all). Fallback:
``antiword -w 0`` (UTF-8 output), whose ``|cell|cell|`` table rows are split back into lines — the
two-column header and signature tables column by column, left first, like the .docx reader. Without
either tool: ``ReadError("needs_converter")`` saying what to install.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ReadError
from .base import Anchor, SourceText

SOFFICE_TIMEOUT = 180
ANTIWORD_TIMEOUT = 60

_INSTALL_HINT = (
    "cài LibreOffice (apt-get install libreoffice-writer) hoặc antiword (apt-get install antiword) / "
    "install LibreOffice or antiword"
)
_HEADER_MARK = re.compile(r"CỘNG\s*HO[ÀÁA]|Độc\s*lập|ĐẢNG\s*CỘNG\s*SẢN|\bSố\s*:|ngày\s.*tháng", re.I)
_SIGN_MARK = re.compile(
    r"Nơi\s*nhận|(?:^|\|)\s*(?:TM|KT|TL|TUQ|Q|T/M|K/T)\s*\.|CHỦ\s*TỊCH|GIÁM\s*ĐỐC|BÍ\s*THƯ|BỘ\s*TRƯỞNG|THỦ\s*TƯỚNG",
    re.M,
)


def find_converter() -> tuple[str, str] | None:
    """("soffice"|"antiword", executable path) of the first converter found on PATH."""
    for name in ("soffice", "libreoffice"):
        exe = shutil.which(name)
        if exe:
            return "soffice", exe
    exe = shutil.which("antiword")
    if exe:
        return "antiword", exe
    return None


def _via_soffice(path: Path, data: bytes, exe: str) -> SourceText:
    from .docx import read_docx  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="vanban-doc-") as tmp:
        src = Path(tmp) / "input.doc"
        src.write_bytes(data)  # convert a private copy: LibreOffice may drop lock files beside its input
        profile = Path(tmp) / "profile"
        cmd = [
            exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
            "--convert-to", "docx", "--outdir", str(Path(tmp) / "out"), str(src),
        ]
        try:
            proc = subprocess.run(
                cmd, capture_output=True, timeout=SOFFICE_TIMEOUT, check=False,
                env={**os.environ, "HOME": tmp},
            )
        except subprocess.TimeoutExpired:
            raise ReadError(path, "timeout", f"soffice > {SOFFICE_TIMEOUT}s") from None
        except OSError as exc:
            raise ReadError(path, "needs_converter", f"soffice: {exc}") from None
        out = Path(tmp) / "out" / "input.docx"
        if not out.exists():
            err = proc.stderr.decode("utf-8", "replace").strip()[:300]
            raise ReadError(path, "corrupt", f"soffice không chuyển được / could not convert: {err}")
        result = read_docx(path, data=out.read_bytes())
    result.format = "doc"
    result.notes.insert(0, "đã chuyển .doc sang .docx bằng LibreOffice")
    return result


def _split_row(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def antiword_to_source(raw: str) -> SourceText:
    """Turn ``antiword -w 0`` output into a SourceText (tables split into lines)."""
    lines = raw.replace("\r\n", "\n").replace("\f", "\n").split("\n")
    out: list[str] = []
    anchors: list[Anchor] = []
    regions: dict[str, tuple[int, int]] = {}
    offset = 0
    para = 0

    def emit(text: str, part: str, src_line: int) -> tuple[int, int]:
        nonlocal offset
        start = offset
        anchors.append(Anchor(start, paragraph=src_line, part=part))
        out.append(text)
        offset += len(text) + 1
        return start, start + len(text)

    i = 0
    seen_header = False
    while i < len(lines):
        line = lines[i]
        if not line.lstrip().startswith("|"):
            para += 1
            emit(line.strip(), "body", i + 1)
            i += 1
            continue
        j = i
        rows: list[tuple[int, list[str]]] = []
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            cells = _split_row(lines[j])
            if rows and len(cells) != len(rows[-1][1]):
                break  # a new table starts where the column count changes
            rows.append((j + 1, cells))
            j += 1
        two_col = all(len(cells) == 2 for _, cells in rows)
        joined = "\n".join("|".join(c) for _, c in rows)
        kind = None
        if two_col and not seen_header and len(out) < 12 and _HEADER_MARK.search(joined):
            kind = "header"
        elif two_col and _SIGN_MARK.search(joined):
            kind = "signature"
        if kind:
            seen_header = seen_header or kind == "header"
            part = f"{kind}-table"
            spans: list[tuple[int, int] | None] = []
            for col in (0, 1):
                span: tuple[int, int] | None = None  # from the first cell's start to the last one's end
                for src, cells in rows:
                    if cells[col]:
                        s = emit(cells[col], part, src)
                        span = (s[0] if span is None else span[0], s[1])
                spans.append(span)
            left, right = spans
            if kind == "header":
                if left:
                    regions["header_left"] = left
                if right:
                    regions["header_right"] = right
            else:
                if left:
                    regions["signature_left"] = left
                    if re.search(r"Nơi\s*nhận", "\n".join(out)[left[0]:left[1]]):
                        regions["recipients"] = left
                if right:
                    regions["signature_right"] = right
                    regions["signature"] = right
        else:
            for src, cells in rows:
                for cell in cells:
                    if cell:
                        emit(cell, "table", src)
        i = j
    while out and not out[-1].strip():
        out.pop()
        anchors.pop()
    return SourceText(text="\n".join(out), format="doc", encoding=None, anchors=anchors, regions=regions)


def _via_antiword(path: Path, data: bytes, exe: str) -> SourceText:
    with tempfile.TemporaryDirectory(prefix="vanban-doc-") as tmp:
        src = Path(tmp) / "input.doc"
        src.write_bytes(data)
        try:
            proc = subprocess.run(
                [exe, "-m", "UTF-8.txt", "-w", "0", str(src)],
                capture_output=True, timeout=ANTIWORD_TIMEOUT, check=False,
            )
        except subprocess.TimeoutExpired:
            raise ReadError(path, "timeout", f"antiword > {ANTIWORD_TIMEOUT}s") from None
        except OSError as exc:
            raise ReadError(path, "needs_converter", f"antiword: {exc}") from None
    # the message names the user's file, not the temporary copy antiword read (a random path on every run)
    err = proc.stderr.decode("utf-8", "replace").replace(str(src), path.name).strip()
    if proc.returncode != 0 or not proc.stdout.strip():
        low = err.lower()
        if "encrypt" in low or "password" in low:
            raise ReadError(path, "encrypted", err[:300])
        raise ReadError(path, "corrupt", f"antiword: {err[:300] or proc.returncode}")
    # undecodable bytes stay as lone surrogates here; read_source replaces and counts them in a note
    result = antiword_to_source(proc.stdout.decode("utf-8", "surrogateescape"))
    result.notes.append("đọc .doc bằng antiword (không có đánh số tự động của Word)")
    return result


def read_doc(path: str | Path, *, data: bytes | None = None) -> SourceText:
    """Read a legacy .doc file; ``data`` is its content when the caller already has it."""
    p = Path(path)
    if data is None:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ReadError(p, "unreadable", str(exc)) from None
    found = find_converter()
    if found is None:
        raise ReadError(p, "needs_converter", _INSTALL_HINT)
    kind, exe = found
    if kind == "soffice":
        return _via_soffice(p, data, exe)
    return _via_antiword(p, data, exe)
