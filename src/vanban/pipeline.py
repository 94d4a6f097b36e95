"""The pipeline: text -> normalize -> segment -> extract -> Document.

Each stage is a module of its own (``normalize``, ``segment.*``, ``extract.*``); this module only wires them.
"""
from __future__ import annotations

from .model import Document, SourceInfo
from .normalize import remember_normalized
from .segment.header import parse_header
from .segment.headings import parse_sections
from .segment.lines import Context
from .segment.signature import find_attachment, find_tail_start, parse_tail


def build_document(text: str, path: str | None = None, source: SourceInfo | None = None) -> Document:
    """Parse text into a :class:`Document` (all extractors run)."""
    ctx = Context(text)
    header, body_idx = parse_header(ctx)
    tail_idx = find_tail_start(ctx, body_idx)
    signature, recipients, _appendix = parse_tail(ctx, tail_idx) if tail_idx < len(ctx.lines) else (None, [], tail_idx)
    sections, blocks = parse_sections(ctx, body_idx, tail_idx, letter_body=header.doc_type == "Công văn")
    # an attached regulation after the signature (QUY ĐỊNH / QUY CHẾ / ĐIỀU LỆ … "ban hành kèm theo") is part of
    # the document; appendices (PHỤ LỤC, Mẫu số, Biểu mẫu) are not parsed as headings
    att = find_attachment(ctx, _appendix)
    if att is not None:
        a_start, a_end = att
        more, more_blocks = parse_sections(ctx, a_start, a_end)
        sections += more
        blocks += more_blocks
    doc = Document(
        path=path, text=text, source=source or SourceInfo(), header=header, sections=sections, blocks=blocks,
        signature=signature, recipients=recipients,
        body_start=header.end,
        body_end=ctx.norm.to_orig(ctx.lines[tail_idx].start) if tail_idx < len(ctx.lines) else len(text),
    )
    from .extract import run_extractors

    run_extractors(ctx, doc)
    remember_normalized(ctx.norm)
    return doc
