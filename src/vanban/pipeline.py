"""The pipeline: text -> normalize -> segment -> extract -> Document.

Each stage is a module of its own (``normalize``, ``segment.*``, ``extract.*``); this module only wires them.
"""
from __future__ import annotations

from .model import Document, SourceInfo
from .segment.header import parse_header
from .segment.headings import parse_sections
from .segment.lines import Context
from .segment.signature import find_tail_start, parse_tail


def build_document(text: str, path: str | None = None, source: SourceInfo | None = None) -> Document:
    """Parse text into a :class:`Document` (all extractors run)."""
    ctx = Context(text)
    header, body_idx = parse_header(ctx)
    tail_idx = find_tail_start(ctx, body_idx)
    signature, recipients, _appendix = parse_tail(ctx, tail_idx) if tail_idx < len(ctx.lines) else (None, [], tail_idx)
    sections, blocks = parse_sections(ctx, body_idx, tail_idx)
    doc = Document(
        path=path, text=text, source=source or SourceInfo(), header=header, sections=sections, blocks=blocks,
        signature=signature, recipients=recipients,
        body_start=header.end,
        body_end=ctx.norm.to_orig(ctx.lines[tail_idx].start) if tail_idx < len(ctx.lines) else len(text),
    )
    from .extract import run_extractors

    run_extractors(ctx, doc)
    return doc
