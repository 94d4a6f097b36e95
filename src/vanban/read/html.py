"""Read an HTML page into :class:`~vanban.read.base.SourceText`.

Offices export documents as "Web pages" and e-office systems hand out Word's HTML saved under a ``.doc``
name; read as plain text, such a file is markup, and every finding would be about tags. The page is parsed
with lxml: ``<script>``, ``<style>``, ``<head>`` and comments are dropped, every block element (paragraph,
heading, list item, table row, ``<br>``) ends a line, and the cells of a table row are separated by a tab,
as the Word reader does. Anchors carry the 1-based number of each output line (``part="body"``).
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
_HTML_START = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|body|head|meta)\b",
                         re.I | re.S)
_SPACES = re.compile(r"[\s\u00a0]+")  # in a text node: a source line break or tab is only a space


def looks_like_html(text: str) -> bool:
    """True when decoded text is an HTML page (it starts with a doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    return bool(_HTML_START.match(text[:4096]))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page, one block per line."""
    import lxml.html  # noqa: PLC0415 - only for the rare HTML input
    from lxml import etree  # noqa: PLC0415

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"HTML không đọc được / unreadable HTML: {exc}") from None
    out: list[str] = []

    def put(t: str | None) -> None:
        if t:
            out.append(_SPACES.sub(" ", t))

    def walk(el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _DROP:  # comments, processing instructions, Office's <xml> islands
            put(el.tail)
            return
        if tag == "br":
            out.append("\n")
        elif tag in ("td", "th") and el.getprevious() is not None:
            out.append("\t")
        put(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            out.append("\n")
        put(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    lines = [raw.strip() for raw in "".join(out).split("\n")]
    # (a cell's last paragraph ends its line, so the next cell's separator starts a line: strip() drops it)
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
