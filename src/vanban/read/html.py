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
_LINE_ENDS = re.compile(r"^ +| +$", re.M)
#: characters of markup fed to the parser at a time
_FEED = 1 << 20


def looks_like_html(text: str) -> bool:
    """True when decoded text is an HTML page (it starts with a doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    return bool(_HTML_START.match(text[:4096]))


def _paragraphs(cell) -> int:
    """How many paragraphs (or lines broken with <br>) a table cell holds."""
    return sum(1 for x in cell.iter() if isinstance(x.tag, str) and x.tag.lower() in ("p", "div", "br", "li"))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page, one block per line.

    The page is parsed as a stream (lxml's pull parser fed 1 MB at a time): each element standing directly
    in ``<body>`` is walked once its tail is known, then dropped, so memory follows the largest block (a
    table), not the page (a 45 MB page took 750 MB as one tree)."""
    from lxml import etree  # noqa: PLC0415 - only for the rare HTML input

    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses a str that declares its encoding (XHTML)
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

    parser = etree.HTMLPullParser(events=("start",), tag="body")
    body = None  # the <body> element once seen
    body_text_put = False

    pieces: list[str] = []  # the text of the walked blocks, one string per drain (not millions of bits)

    def drain(final: bool) -> None:
        """Walk body's finished children whose tails are known (all at the end), then drop them."""
        nonlocal body_text_put
        if body is None:
            return
        children = list(body)  # (lxml's len() and indexing walk the children: take them once)
        if not body_text_put and (children or final):
            put(body.text)
            body_text_put = True
        if not final:
            children = children[:-1]  # the last child's tail may still grow
        for child in children:
            walk(child)
        for child in children:
            body.remove(child)
        pieces.append("".join(out))
        out.clear()

    try:
        for pos in range(0, len(markup), _FEED):
            parser.feed(markup[pos: pos + _FEED])
            for _event, el in parser.read_events():
                if body is None:
                    body = el
            # walking only complete children: a child is complete when a later sibling has started
            drain(False)
        root = parser.close()
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ValueError(f"HTML không đọc được / unreadable HTML: {exc}") from None
    if body is None:
        found = root.find("body") if root is not None else None
        if found is not None:
            body = found
        elif root is not None:
            walk(root)
    drain(True)
    pieces.append("".join(out))
    # cells joined by one tab, no blank at either end of a line (tabs at the ends stay: an empty first cell,
    # as in a "Tổng cộng" row, is a cell); whole-text substitutions, not a list of millions of lines
    text = _LINE_ENDS.sub("", _CELL_GAP.sub("\t", "".join(pieces)))
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
