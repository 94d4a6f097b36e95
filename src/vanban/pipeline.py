"""The pipeline: text -> normalize -> segment -> extract -> Document.

Each stage is a module of its own (``normalize``, ``segment.*``, ``extract.*``); this module only wires them.
"""
from __future__ import annotations

from .extract.citations import extract as citations_extract
from .extract.dates import extract as dates_extract
from .limits import DEFAULT, LimitExceeded, Limits
from .model import Document, SourceInfo, Truncation
from .normalize import remember_normalized
from .quality import measure
from .segment.header import parse_header
from .segment.headings import add_blocks, parse_sections
from .segment.lines import Context
from .segment.signature import find_attachment, find_tail_start, parse_tail


def build_document(text: str, path: str | None = None, source: SourceInfo | None = None,
                   limits: Limits | None = None) -> Document:
    """Parse text into a :class:`Document` (all extractors run).

    When the text goes past a work limit (:mod:`vanban.limits`), the text before the first object over the
    limit is parsed again on its own and ``Document.truncated`` records the cut."""
    limits = limits or DEFAULT
    part = text
    cut: LimitExceeded | None = None
    while True:
        try:
            doc = _build(part, text, path, source, limits, truncated=cut is not None)
            break
        except LimitExceeded as ex:
            # each retry is on a strictly shorter prefix, so this ends
            pos = min(ex.pos, len(part) - 1)
            cut = ex
            cut.pos = max(pos, 0)
            part = text[:cut.pos]
    doc.quality = measure(text)
    if cut is not None:
        doc.truncated = Truncation(start=cut.pos, line=text.count("\n", 0, cut.pos) + 1, kind=cut.kind,
                                   limit=cut.limit)
        doc.body_end = min(doc.body_end, cut.pos)
        doc.source.notes.append(f"more than {cut.limit} {cut.kind}: not analysed from line {doc.truncated.line} on")
    return doc


def _build(text: str, full_text: str, path: str | None, source: SourceInfo | None, limits: Limits,
           truncated: bool) -> Document:
    ctx = Context(text, limits)
    header, body_idx = parse_header(ctx)
    # citations and dates need only the header: read them before the heading tree, so that an input stopped by
    # their limits does not first pay for a tree of every line
    early = Document(text=full_text, header=header)
    early.citations = citations_extract(ctx, early)
    early.dates = dates_extract(ctx, early)
    # a cut document has no tail: the signature and Nơi nhận are in the part that was not analysed
    tail_idx = len(ctx.lines) if truncated else find_tail_start(ctx, body_idx)
    signature, recipients, _appendix = parse_tail(ctx, tail_idx) if tail_idx < len(ctx.lines) else (None, [], tail_idx)
    sections, pending = parse_sections(ctx, body_idx, tail_idx, letter_body=header.doc_type == "Công văn",
                                       with_blocks=False)
    trees = [(sections, pending)]
    # an attached regulation after the signature (QUY ĐỊNH / QUY CHẾ / ĐIỀU LỆ … "ban hành kèm theo") is part of
    # the document; appendices (PHỤ LỤC, Mẫu số, Biểu mẫu) are not parsed as headings
    att = find_attachment(ctx, _appendix)
    ctx.attachment_lines = att
    if att is not None:
        a_start, a_end = att
        more, more_pending = parse_sections(ctx, a_start, a_end, with_blocks=False)
        trees.append((more, more_pending))
        sections = sections + more
    doc = Document(
        path=path, text=full_text, source=source.model_copy(deep=True) if source else SourceInfo(), header=header, sections=sections,
        signature=signature, recipients=recipients,
        body_start=header.end,
        body_end=ctx.norm.to_orig(ctx.lines[tail_idx].start) if tail_idx < len(ctx.lines) else len(text),
    )
    from .extract import run_extractors

    doc.citations, doc.dates = early.citations, early.dates
    run_extractors(ctx, doc, skip=("citations", "dates"))
    doc.blocks = [b for roots, pending in trees for b in add_blocks(ctx, roots, pending)]
    remember_normalized(ctx.norm)
    from .analysis import analyse

    doc._facts = analyse(doc, ctx)
    return doc
