"""vanban: read Vietnamese administrative documents the way a văn thư clerk does, and say what is wrong.

>>> import vanban
>>> doc = vanban.parse("Số: 15/QĐ-UBND\\nBa Vì, ngày 03 tháng 11 năm 2023\\n")
>>> doc.header.symbol
'QĐ-UBND'

Public API: :func:`parse`, :func:`load`, :func:`lint`; models in :mod:`vanban.model`.
"""
from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .limits import Limits
    from .model import Document, Finding

__all__ = ["parse", "load", "lint", "extract_table", "Document", "Finding", "LintConfig", "Limits", "ReadError",
           "__version__"]

# the classes a notebook needs, importable from the top (``vanban.Document.model_validate_json(...)``) without
# making ``import vanban`` pay for pydantic models it may not use
_LAZY = {"Document": "model", "Finding": "model", "LintConfig": "rules.base", "Limits": "limits",
         "ReadError": "errors"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'vanban' has no attribute {name!r}")


def load(path: str | PathLike, *, max_bytes: int | None = 50_000_000, limits: "Limits | None" = None) -> "Document":
    """Read a file (.txt in any Vietnamese encoding, .docx, .pdf, .doc) and parse it.

    ``limits``: work limits for pathological inputs (:class:`vanban.limits.Limits`; the defaults are far above
    real documents)."""
    from .model import SourceInfo
    from .pipeline import build_document
    from .read import read_source

    src = read_source(Path(path), max_bytes=max_bytes)
    info = SourceInfo(format=src.format, encoding=src.encoding, notes=list(src.notes))
    return build_document(src.text, path=str(path), source=info, limits=limits)


def parse(text_or_path: "str | PathLike", *, path: str | None = None, limits: "Limits | None" = None) -> "Document":
    """Parse text (a ``str``) or, given a ``Path``/``PathLike``, the file at that path."""
    if not isinstance(text_or_path, str):
        return load(text_or_path, limits=limits)
    from .pipeline import build_document

    return build_document(text_or_path, path=path, limits=limits)


def lint(doc_or_text: "Document | str | PathLike", **options) -> "list[Finding]":
    """Run the rules on a document (or text, or a path) and return the findings."""
    from .model import Document
    from .rules import run_rules

    doc = doc_or_text if isinstance(doc_or_text, Document) else parse(doc_or_text)
    return run_rules(doc, **options)


def extract_table(paths, **kw):
    """Tables (documents, citations, awards, findings) over many files; DataFrames when pandas is installed."""
    from .table import extract_table as _extract_table

    return _extract_table(paths, **kw)
