"""vanban: read Vietnamese administrative documents the way a văn thư clerk does, and say what is wrong.

>>> import vanban
>>> doc = vanban.parse("Số: 15/QĐ-UBND\\nBa Vì, ngày 03 tháng 11 năm 2023\\n")
>>> doc.header.symbol
'QĐ-UBND'

Public API: :func:`parse`, :func:`load`, :func:`lint`; models in :mod:`vanban.model`.
"""
from __future__ import annotations

import os
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .limits import Limits
    from .model import Document, Finding
    from .rules.base import LintConfig

__all__ = ["parse", "load", "lint", "extract_table", "Document", "Finding", "LintConfig", "Limits", "ReadError",
           "__version__"]

# the classes a notebook needs, importable from the top (``vanban.Document.model_validate_json(...)``) without
# making ``import vanban`` pay for pydantic models it may not use
_LAZY = {"Document": "model", "Finding": "model", "LintConfig": "rules.base", "Limits": "limits",
         "ReadError": "errors"}


def __dir__() -> list[str]:  # the lazy classes are part of what a notebook's completion shows
    return sorted(set(globals()) | set(_LAZY) | set(__all__))


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'vanban' has no attribute {name!r}")


#: suffixes of the files :func:`load` reads; a one-line ``str`` ending in one of them is taken as a path
DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf", ".html", ".htm", ".xhtml")


def _compact_anchors(src) -> list:
    """The reader's anchors that name a page or a paragraph, as ``(offset, page, paragraph, part, table, row,
    cell)``; runs of the same place are merged (a PDF page gives one entry, not one per line)."""
    out: list = []
    for a in src.anchors or ():
        if a.page is None and a.paragraph is None:
            continue
        item = (a.offset, a.page, a.paragraph, a.part or "body", getattr(a, "table", None), getattr(a, "row", None),
                getattr(a, "cell", None))
        if out and out[-1][1:] == item[1:]:
            continue
        out.append(item)
    return out


def load(path: str | PathLike, *, max_bytes: int | None = 50_000_000, limits: Limits | None = None) -> Document:
    """Read a file (.txt in any Vietnamese encoding, .docx, .pdf, .doc) and parse it.

    ``limits``: work limits for pathological inputs (:class:`vanban.limits.Limits`; the defaults are far above
    real documents). ``Document.path`` is the path as given, with any byte of the name that is not UTF-8
    written as a ``\xff`` escape (so the document always serialises to JSON)."""
    from .model import SourceInfo
    from .pipeline import build_document
    from .read import read_source
    from .util import shown_path

    src = read_source(Path(path), max_bytes=max_bytes)
    info = SourceInfo(format=src.format, encoding=src.encoding, notes=list(src.notes),
                      anchors=_compact_anchors(src))
    return build_document(src.text, path=shown_path(os.fspath(path)), source=info, limits=limits)


def _as_path(obj) -> Path | None:
    """A path the caller means, or None for text: any ``PathLike``, or a one-line ``str`` ending in a document
    suffix (``"bao_cao.txt"``, ``"du_thao.docx"``). A ``str`` that looks like a path but names no file raises
    ``FileNotFoundError`` (rather than parsing the name as a document and finding nothing wrong)."""
    if isinstance(obj, PathLike):
        return Path(obj)
    if isinstance(obj, bytes):
        raise TypeError("vanban.parse/lint: bytes are not accepted; decode the text (or pass a path)")
    if not isinstance(obj, str):
        raise TypeError(f"vanban.parse/lint: expected text (str), a path (str or PathLike) or a Document, "
                        f"got {type(obj).__name__}")
    s = obj.strip()
    if "\n" in s or len(s) > 4096 or Path(s).suffix.lower() not in DOCUMENT_SUFFIXES:
        return None
    p = Path(s).expanduser()
    if p.is_file():
        return p
    raise FileNotFoundError(f"vanban: không có tệp “{s}” / no such file (to parse a text that looks like a file "
                            f"name, name it: vanban.parse(text, path=\"văn bản\"))")


def parse(text_or_path: str | PathLike, *, path: str | None = None, limits: Limits | None = None) -> Document:
    """Parse a document given as text, or read and parse a file.

    A ``Path``/``PathLike``, or a one-line ``str`` ending in a document suffix (``.txt``, ``.docx``, ``.doc``,
    ``.pdf``, ``.md``, ``.html``), is a file: it is read with :func:`load` (``FileNotFoundError`` when it does
    not exist). Any other ``str`` is the text of a document; ``path`` then only names it in reports."""
    as_path = None if path is not None else _as_path(text_or_path)
    if as_path is not None:
        return load(as_path, limits=limits)
    if not isinstance(text_or_path, str):
        raise TypeError(f"vanban.parse: expected text (str) or a path, got {type(text_or_path).__name__}")
    from .pipeline import build_document

    return build_document(text_or_path, path=path, limits=limits)


def lint(doc_or_text: Document | str | PathLike, *, config: LintConfig | None = None, lang: str = "vi",
         **options) -> list[Finding]:
    """Run the rules on a document (or its text, or a file: see :func:`parse`) and return the findings.

    ``options`` are :class:`LintConfig` fields (``select=["VB1"]``, ``ignore=[...]``, ``enable=[...]``,
    ``severity={...}``, ``report_year=2024``, ``preview=True``); a selector that names no rule raises
    ``ValueError``, as ``vanban-lint --select`` refuses it. Findings of a document read from a .pdf or .docx
    carry its ``page`` or ``paragraph``."""
    from .cli import check_config, set_preview
    from .model import Document
    from .report import localize_notes, locate_findings
    from .rules import LintConfig, run_rules

    preview = options.pop("preview", None)
    if config is None:
        for key in ("select", "ignore", "enable"):
            if isinstance(options.get(key), str):
                raise TypeError(f"vanban.lint: {key} must be a list of codes or names, e.g. {key}=[{options[key]!r}]")
        try:
            config = LintConfig(**options)
        except TypeError as e:
            raise TypeError(f"vanban.lint: {e}") from None
    elif options:
        raise TypeError("vanban.lint: give either config= or LintConfig options, not both")
    if preview:
        import dataclasses

        config = dataclasses.replace(config)  # the caller's configuration is not changed
        set_preview(config)
    problem = check_config(config, lang)
    if problem:
        raise ValueError(f"vanban.lint: {problem}")
    doc = doc_or_text if isinstance(doc_or_text, Document) else parse(doc_or_text)
    return localize_notes(locate_findings(doc, run_rules(doc, config=config, lang=lang)), lang)


def extract_table(paths, **kw):
    """Tables (documents, citations, awards, findings) over many files; DataFrames when pandas is installed."""
    from .table import extract_table as _extract_table

    return _extract_table(paths, **kw)
