"""Read an HTML page into :class:`~vanban.read.base.SourceText`.

Offices export documents as "Web pages" and e-office systems hand out Word's HTML saved under a ``.doc``
name; read as plain text, such a file is markup, and every finding would be about tags. The page is parsed
with lxml: ``<script>``, ``<style>``, ``<head>`` and comments are dropped, every block element (paragraph,
heading, list item, table row, ``<br>``) ends a line. A row of figures (one paragraph per cell) comes out on
one line with its cells separated by tabs, so that its totals can be checked; a layout row whose cells hold
several paragraphs (the header's two columns, the signature beside Nơi nhận) gives each cell's paragraphs
as lines, the left cell first. Anchors carry the 1-based number of each output line (``part="body"``).
"""
from __future__ import annotations

import re

from ..errors import ReadError
from .base import SourceText, line_anchors

#: elements after which a line ends
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr table ul ol dl dt dd blockquote pre section article header footer "
    "center address form fieldset hr title".split()
)
_DROP = frozenset({"script", "style", "head", "noscript", "template", "xml"})
# (a comment is matched up to its first "-->" only, so the comments before the page cannot be split two ways)
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html|body|head|meta)\b",
                         re.I | re.S)
_CELL_GAP = re.compile(r" *\t *")
_XML_DECL = re.compile(r"\A\ufeff?\s*<\?xml[^>]*>")
_SPACES = re.compile(r"[\s\u00a0]+")  # in a text node: a source line break or tab is only a space


def looks_like_html(text: str) -> bool:
    """True when decoded text is an HTML page (it starts with a doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    return bool(_HTML_START.match(text[:4096]))


def _paragraphs(cell) -> int:
    """How many paragraphs (or lines broken with <br>) a table cell holds."""
    return sum(1 for x in cell.iter() if isinstance(x.tag, str) and x.tag.lower() in ("p", "div", "br", "li"))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page, one block per line."""
    import lxml.html  # noqa: PLC0415 - only for the rare HTML input
    from lxml import etree  # noqa: PLC0415

    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses a str that declares its encoding (XHTML)
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"HTML không đọc được / unreadable HTML: {exc}") from None
    out: list[str] = []

    def put(t: str | None) -> None:
        if t:
            out.append(_SPACES.sub(" ", t))

    def walk(el, in_cell: bool = False) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _DROP:  # comments, processing instructions, Office's <xml> islands
            put(el.tail)
            return
        if tag == "tr":
            cells = [c for c in el if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if any(_paragraphs(c) > 1 for c in cells):
                # a layout row (the header's two columns, the signature beside Nơi nhận): each cell's paragraphs
                # are lines of their own, the left cell first
                for c in cells:
                    walk_children(c, False)
                    out.append("\n")
            else:
                # a row of figures: its cells on one line, separated by tabs
                for k, c in enumerate(cells):
                    if k:
                        out.append("\t")
                    walk_children(c, True)
                out.append("\n")
            put(el.tail)
            return
        if tag == "br":
            out.append(" " if in_cell else "\n")
        walk_children(el, in_cell)
        if tag in _BLOCKS:
            out.append(" " if in_cell else "\n")
        put(el.tail)

    def walk_children(el, in_cell: bool) -> None:
        put(el.text)
        for child in el:
            walk(child, in_cell)

    body = root.find("body")
    walk(body if body is not None else root)
    # (tabs at the ends stay: an empty first cell, as in a "Tổng cộng" row, is a cell)
    lines = [_CELL_GAP.sub("\t", raw).strip(" ") for raw in "".join(out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def read_html(path, markup: str, encoding: str | None, notes: list[str]) -> SourceText:
    """A SourceText from decoded HTML (``notes`` from decoding are kept)."""
    try:
        text = html_to_text(markup)
    except ValueError as exc:
        raise ReadError(path, "corrupt", str(exc)) from None
    if not text.strip():
        raise ReadError(path, "empty")
    anchors = line_anchors(text)
    notes = list(notes) + ["trang HTML: đã bỏ thẻ, đọc phần chữ / an HTML page: tags removed, text read"]
    return SourceText(text=text, format="html", encoding=encoding, anchors=anchors, notes=notes)
