"""The pipeline: text -> normalize -> segment -> extract -> Document.

Each stage is a module of its own (``normalize``, ``segment.*``, ``extract.*``); this module only wires them,
and applies the work limits and the time budget (:mod:`vanban.limits`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from time import monotonic

from .extract.citations import extract as citations_extract
from .extract.dates import extract as dates_extract
from .limits import DEFAULT, LimitExceeded, Limits
from .limits import deadline as _deadline
from .model import Document, SourceInfo, Truncation
from .normalize import remember_normalized
from .quality import measure
from .segment.header import parse_header
from .segment.headings import add_blocks, parse_sections
from .segment.lines import Context
from .segment.signature import find_attachment, find_tail_start, parse_tail
from .util import gc_paused, line_starts

_BIG = 1 << 62
#: the object lists of a Document, by the name of the limit that counts them
_LISTS = ("citations", "dates", "quantities", "awards")


def build_document(text: str, path: str | None = None, source: SourceInfo | None = None,
                   limits: Limits | None = None) -> Document:
    """Parse text into a :class:`Document` (all extractors run).

    When the text goes past a work limit (:mod:`vanban.limits`), the analysis stops at the first object over
    the limit, in the text's order, and ``Document.truncated`` records the cut. How, in few passes whatever the
    input: a pass that meets an object over a limit stops there (an upper bound of the cut: at least that many
    objects lie before it); the text before it is parsed once more with that kind's limit lifted, so that the
    pass sees every object of the kind in it, and the cut goes where the first one over the limit lies. Only
    when that pass finds more than the limit (a kind read by several scans, as citations are: numbered ones,
    then laws by name) is the text parsed once more, up to the exact cut. A pass stopped by another kind
    adds that kind to the lifted ones, so there are at most two passes per kind plus one, never a loop over
    the objects (a retry per object took 100 s on 222 KB of citation lines).

    When the time budget (``Limits.seconds``) runs out, the parse stops where it is: the stages done are kept
    up to the cut, the stage under way and the later ones are not, and ``Document.truncated.kind`` is "time".

    The cyclic garbage collector is paused during the parse and restored as the caller had it
    (:func:`vanban.util.gc_paused`, as for the lint): a megabyte of figures keeps tens of thousands of objects
    alive to the end, and each collection walked them again for nothing to free."""
    with gc_paused():
        return _build_document(text, path, source, limits)


def _build_document(text: str, path: str | None, source: SourceInfo | None, limits: Limits | None) -> Document:
    limits = limits or DEFAULT
    # a str may hold lone surrogates (text decoded with errors="surrogateescape", a UTF-16 half pair), which no
    # file or JSON can hold: each becomes U+FFFD, one for one (offsets stay true), and a note says how many
    from .read.base import clean_text

    text, cleaned = clean_text(text)
    if cleaned:
        source = source.model_copy(deep=True) if source else SourceInfo()
        source.notes.extend(cleaned)
    deadline = _deadline(limits) if limits.seconds < _BIG else None
    part = text
    cut: tuple[str, int, int] | None = None  # kind, limit, offset in text
    lifted: set[str] = set()
    exact_pass = False
    box: list = []  # the Document of the pass under way, then its Context once the pass is done
    while True:
        box.clear()
        pass_limits = replace(limits, **{k: _BIG for k in lifted}) if lifted else limits
        try:
            doc = _build(part, text, path, source, pass_limits, cut is not None, deadline, box)
        except LimitExceeded as ex:
            pos = max(min(ex.pos, len(part) - 1), 0)
            if ex.kind == "time":
                doc = box[0] if box else _empty(text, path, source)
                cut = ("time", ex.limit, min(ex.pos, len(part)))
                _drop_from(doc, cut[2])
                break
            # the first pass over a limit stops at its first object over it (in the order the pass found them)
            cut = (ex.kind, ex.limit, pos)
            lifted.add(ex.kind)
            part = text[:pos]
            continue
        over = _first_over(doc, limits, lifted)
        if over is None:
            break
        kind, pos = over
        cut = (kind, getattr(limits, kind), pos)
        if exact_pass:
            # a text read again up to the exact cut still holds more (an object read differently at the edge):
            # drop the extra ones instead of parsing once more
            _drop_from(doc, pos)
            break
        exact_pass = True
        part = text[:pos]
    if cut is None and len(box) > 1:
        ctx = box[1]
        if ctx.deadline is None or monotonic() <= ctx.deadline:
            # the analysis facts, while the normalized text is at hand. A cut document gets none here: the rules
            # see its analysed part only, and build the facts of that part when they first ask
            from .analysis import analyse

            doc._facts = analyse(doc, ctx)
    doc.quality = measure(text)
    if cut is not None:
        kind, limit, pos = cut
        line = bisect_right(line_starts(text), pos) if pos > 0 else 1  # LF, CRLF or a lone CR end a line
        doc.truncated = Truncation(start=pos, line=line, kind=kind, limit=limit)
        doc.body_end = min(doc.body_end, pos)
        what = f"{limit} s of processing" if kind == "time" else f"{limit} {kind}"
        doc.source.notes.append(f"more than {what}: not analysed from line {doc.truncated.line} on")
    return doc


def _first_over(doc: Document, limits: Limits, lifted: set[str]) -> tuple[str, int] | None:
    """The first object over its limit, in the text's order, among the kinds read without a limit."""
    best: tuple[str, int] | None = None
    for kind in lifted:
        if kind not in _LISTS:
            continue
        limit = getattr(limits, kind)
        objs = getattr(doc, kind)
        if len(objs) > limit:
            pos = sorted(o.start for o in objs)[limit]
            if best is None or pos < best[1]:
                best = (kind, pos)
    return best


def _drop_from(doc: Document, pos: int) -> None:
    """Drop what starts at or after ``pos`` (the cut) from a Document."""
    for name in (*_LISTS, "award_lists", "blocks", "recipients"):
        setattr(doc, name, [o for o in getattr(doc, name) if o.start < pos])
    doc.sections = _sections_before(doc.sections, pos)
    if doc.signature is not None and doc.signature.start >= pos:
        doc.signature = None
    doc.body_end = min(doc.body_end, pos)


def _sections_before(sections: list, pos: int) -> list:
    out = []
    for s in sections:
        if s.start >= pos:
            break
        s.children = _sections_before(s.children, pos)
        s.paragraphs = [b for b in s.paragraphs if b.start < pos]
        s.body_end = min(s.body_end, pos)
        out.append(s)
    return out


def _empty(text: str, path: str | None, source: SourceInfo | None) -> Document:
    return Document(path=path, text=text, source=source.model_copy(deep=True) if source else SourceInfo())


def _build(text: str, full_text: str, path: str | None, source: SourceInfo | None, limits: Limits,
           truncated: bool, deadline: float | None = None, box: list | None = None) -> Document:
    """One pass over ``text`` (``full_text`` or a prefix of it). The Document is put in ``box`` as soon as it
    exists and filled stage by stage, so that a pass stopped by the time budget leaves the stages it did."""
    ctx = Context(text, limits, deadline)
    header, body_idx = parse_header(ctx)
    doc = Document(path=path, text=full_text, source=source.model_copy(deep=True) if source else SourceInfo(),
                   header=header, body_start=header.end, body_end=len(text))
    if box is not None:
        box.append(doc)
    # where a stage that did not run leaves the analysis: the start of the body
    body = ctx.lines[body_idx].start if body_idx < len(ctx.lines) else len(ctx.text)
    ctx.check_time(body)
    # citations and dates need only the header: read them before the heading tree, so that an input stopped by
    # their limits does not first pay for a tree of every line
    doc.citations = citations_extract(ctx, doc)
    doc.dates = dates_extract(ctx, doc)
    ctx.check_time(body)
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
    doc.sections, doc.signature, doc.recipients = sections, signature, recipients
    doc.body_end = ctx.norm.to_orig(ctx.lines[tail_idx].start) if tail_idx < len(ctx.lines) else len(text)
    ctx.check_time(body)
    from .extract import run_extractors

    run_extractors(ctx, doc, skip=("citations", "dates"))
    ctx.check_time(body)
    doc.blocks = [b for roots, pending in trees for b in add_blocks(ctx, roots, pending)]
    remember_normalized(ctx.norm)
    if box is not None:
        box.append(ctx)
    return doc
