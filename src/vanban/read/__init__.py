"""Readers: bytes of a file -> text with a map back to the source (``SourceText``)."""
from __future__ import annotations

from pathlib import Path

from .base import Anchor, SourceText, clean_text

__all__ = ["read_source", "SourceText", "Anchor", "clean_text"]


def read_source(path: Path, *, max_bytes: int | None = 50_000_000) -> SourceText:
    """Read any supported file into :class:`SourceText` (sniffs the real format)."""
    try:
        from .dispatch import read_source as _dispatch
    except ImportError:  # readers not installed yet: plain text only
        from .plain import read_text_file

        pt = read_text_file(path, max_bytes=max_bytes)
        text, cleaned = clean_text(pt.text)
        return SourceText(text=text, format="txt", encoding=pt.encoding, notes=list(pt.notes) + cleaned)
    return _dispatch(path, max_bytes=max_bytes)
