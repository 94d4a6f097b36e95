"""The document model: the public contract of vanban.

Every extracted object carries ``start``/``end`` offsets into :attr:`Document.text` (the text exactly as the
user gave it, decoded), its 1-based ``line`` and its exact source ``text``, so that
``doc.text[obj.start:obj.end] == obj.text`` always holds. Field names are stable: tools and tests rely on
them, and ``docs/schema/document.json`` is generated from these classes.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PrivateAttr

from .normalize import unreadable_digits
from .util import Cover

System = Literal["state", "party", "legal"]
Severity = Literal["error", "warning", "info"]


def _num_out(v: Any) -> Any:
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return int(v)
        try:
            f = float(v)
        except OverflowError:  # pragma: no cover - float() gives inf, not an error, on CPython
            return str(v)
        # a float when it says exactly the same number; otherwise the exact digits as a string (a figure of more
        # than 15 significant digits, or too large for a float), which reads back as the same Decimal
        return f if f not in (float("inf"), float("-inf")) and Decimal(repr(f)) == v else str(v)
    return v


#: A number as written in Vietnamese (1.317; 4.352,63): kept exact as int or Decimal, written to JSON as a
#: JSON number.
Number = Annotated[int | Decimal, PlainSerializer(_num_out, when_used="json")]


def _date_of(iso: str | None) -> dt.date | None:
    """``datetime.date`` of an ISO date string ("2024-03-15"), None when absent or not a whole valid date."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _number_of(number: str | None, year: int | None, symbol: str | None, system: str | None) -> str | None:
    """Number and symbol in the form their system writes them: "05/QĐ-UBND", "98/2023/NĐ-CP" (state and legal
    documents), "68-NQ/TW", "36-HD/VPTW" (Party documents, HD 36)."""
    if not (number or symbol):
        return None
    if not symbol:
        return number
    if not number:
        return symbol
    if system == "party":
        return f"{number}-{symbol}"
    return f"{number}/{year}/{symbol}" if year else f"{number}/{symbol}"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Model):
    """A piece of the source text: ``text == document.text[start:end]``; ``line`` is 1-based."""

    text: str
    start: int
    end: int
    line: int


# --------------------------------------------------------------------------------------------------
# Header (thể thức)
# --------------------------------------------------------------------------------------------------


class Period(Span):
    """The period a document reports on or plans for."""

    kind: Literal["year", "quarter", "half_year", "months", "multi_year", "term", "school_year", "month"]
    year: int | None = None
    end_year: int | None = None
    quarter: int | None = None
    months: int | None = None
    month: int | None = None
    #: for a half-year: 1 ("6 tháng đầu năm") or 2 ("6 tháng cuối năm")
    half: int | None = None


class _Numbered:
    """What a document's own header and a cited document share: a number written in its system's form (the
    fields ``number``, ``year``, ``symbol``, ``system``, ``date`` are theirs)."""

    if TYPE_CHECKING:  # the models' fields (declared here for the type checker only, not as pydantic fields)
        number: str | None
        year: int | None
        symbol: str | None
        system: Any
        date: dt.date | None

    @property
    def doc_number(self) -> str | None:
        """Number and symbol as the document's system writes them ("15/QĐ-UBND", "05/2020/NĐ-CP", "68-NQ/TW")."""
        return _number_of(self.number, self.year, self.symbol, self.system)

    @property
    def date_value(self) -> dt.date | None:
        """Deprecated: :attr:`date` itself is a ``datetime.date`` now (None when absent or impossible); this
        alias returns it, for code written when ``date`` was an ISO string."""
        warnings.warn("date_value is deprecated: `date` is a datetime.date itself", DeprecationWarning,
                      stacklevel=2)
        return self.date


class Header(_Numbered, Model):
    """The heading block of a document: issuing body, national title, number, dateline, type, subject."""

    system: System = "state"
    parent_body: Span | None = None
    issuing_body: Span | None = None
    issuing_body_present: bool = False
    #: the issuing body on one line as a person reads it ("ỦY BAN NHÂN DÂN XÃ QUANG LỊCH"), without the Quốc
    #: hiệu that a side-by-side layout puts on the same lines (the ``issuing_body`` span covers what lies between)
    issuing_body_name: str | None = None
    national_title: Span | None = None
    motto: Span | None = None
    national_title_present: bool = False
    party_title: Span | None = None
    number_line: Span | None = None
    number: str | None = None
    year: int | None = None
    symbol: str | None = None
    type_code: str | None = None
    issuer_code: str | None = None
    dateline: Span | None = None
    place: str | None = None
    #: the dateline's date (ISO "YYYY-MM-DD" in JSON); None when absent or impossible ("31/02/2023": then
    #: ``date_text`` keeps it as written, ``date_valid`` is False and ``date_problems`` says why)
    date: dt.date | None = None
    date_text: str | None = None
    date_valid: bool | None = None
    date_problems: list[str] = Field(default_factory=list)
    title: Span | None = None
    doc_type: str | None = None
    subject: str | None = None
    subject_span: Span | None = None
    recipients_to: list[Span] = Field(default_factory=list)
    report_year: int | None = None
    period: Period | None = None
    end: int = 0



# --------------------------------------------------------------------------------------------------
# Body structure
# --------------------------------------------------------------------------------------------------

HeadingLevel = Literal["phan", "chuong", "muc", "tieu_muc", "dieu", "roman", "arabic", "decimal", "letter"]


class Block(Span):
    """A paragraph of body text: ``kind`` is paragraph, list_item (numbered inside a section) or bullet."""

    kind: Literal["paragraph", "list_item", "bullet"] = "paragraph"
    label: str | None = None


class Section(Span):
    """A heading and everything under it.

    ``text`` is the heading line(s) itself; ``body_start``/``body_end`` delimit the whole section
    (heading included) in the document text.
    """

    label: str
    style: str
    level: HeadingLevel
    depth: int = 0
    number: int | None = None
    title: str = ""
    inline_text: str | None = None
    body_end: int = 0
    paragraphs: list[Block] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)


class Signature(Span):
    """The signature block (ô số 7): authority prefix, body, position and signer."""

    authority: str | None = None
    body: str | None = None
    second_authority: str | None = None
    position: str | None = None
    signer: str | None = None
    style: System | None = None
    #: the other people who sign beside the main signer: a biên bản's secretary ("THƯ KÝ" / name) next to its
    #: chair, each with its own span (their ``co_signers`` are empty)
    co_signers: list[Signature] = Field(default_factory=list)


class Recipient(Span):
    """One item of the ``Nơi nhận`` list (``text`` is the item without its bullet and final ';')."""

    is_archive: bool = False


# --------------------------------------------------------------------------------------------------
# Extracted things
# --------------------------------------------------------------------------------------------------


class Citation(_Numbered, Span):
    """A cited document (viện dẫn)."""

    doc_type: str | None = None
    type_code: str | None = None
    type_inferred: bool = False
    number: str | None = None
    year: int | None = None
    symbol: str | None = None
    issuer_code: str | None = None
    issuer: str | None = None
    #: the cited document's date (ISO "YYYY-MM-DD" in JSON); None when absent or impossible (``date_text``
    #: keeps it as written, ``date_valid`` and ``date_problem`` say what is wrong)
    date: dt.date | None = None
    date_text: str | None = None
    date_valid: bool | None = None
    date_problem: str | None = None
    subject: str | None = None
    system: System | None = None
    has_so: bool = True
    symbol_problems: list[str] = Field(default_factory=list)
    first_mention: int | None = None
    short: bool = False



DateKind = Literal[
    "date", "month_year", "year", "quarter", "half_year", "months", "period", "term", "school_year",
    "range", "as_of", "anniversary",
]


class DateMention(Span):
    """A date or period mentioned in the text."""

    kind: DateKind
    value: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_year: int | None = None
    quarter: int | None = None
    months: int | None = None
    valid: bool = True
    reason: str | None = None
    in_citation: bool = False

    @property
    def date_value(self):
        """:attr:`value` as a ``datetime.date`` for a whole valid date (kind ``date``), else None."""
        return _date_of(self.value) if self.kind == "date" and self.valid else None


class Quantity(Span):
    """A number with what it counts (or measures)."""

    value: Number
    unit: str | None = None
    qualifier: str | None = None
    of: Number | None = None
    percent: bool = False
    spelled: bool = False
    label: str | None = None
    breakdown: list[Number] = Field(default_factory=list)
    #: indexes into ``Document.quantities`` of the breakdown's parts that are quantities themselves ("- Lĩnh vực
    #: kinh tế: 01 mô hình"); a bare part ("+ Cá nhân: 03") has its value in ``breakdown`` and no index here
    parts: list[int] = Field(default_factory=list)
    #: the number of list items under an announced count ("05 phong trào … :" followed by a), b), c))
    announces: int | None = None


AwardKind = Literal["title", "form"]


class Award(Span):
    """An emulation title (danh hiệu thi đua) or a form of award (hình thức khen thưởng)."""

    kind: AwardKind
    name: str
    name_text: str
    grantor: str | None = None
    recipient: str | None = None
    count: int | None = None
    individuals: int | None = None
    collectives: int | None = None
    households: int | None = None
    share_percent: Number | None = None
    of: str | None = None
    year: int | None = None
    status: Literal["registered", "awarded", "proposed", "mentioned"] = "mentioned"
    decision: int | None = None
    decision_symbol: str | None = None
    #: the deciding document's date (ISO "YYYY-MM-DD" in JSON)
    decision_date: dt.date | None = None


class AwardList(Span):
    """One run of numbered rows in a list attached to an award decision ("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG …"): the
    span runs from the run's heading (or the list's title) to its last row."""

    title: str
    award: str | None = None
    heading: str | None = None
    announced: int | None = None
    rows: int = 0
    first_row_line: int | None = None
    decision: int | None = None
    #: the first cell of each row: the name of the person or unit awarded, as written
    entries: list[Span] = Field(default_factory=list)


class Location(Model):
    """A related place in a document."""

    start: int
    end: int
    line: int
    column: int
    text: str = ""
    note: str | None = None
    path: str | None = None
    #: where it is in the original file when that was a PDF (page) or a Word document (paragraph)
    page: int | None = None
    paragraph: int | None = None


class Finding(Model):
    """One problem reported by a rule. ``line``/``column`` are 1-based; ``end_column`` is exclusive."""

    code: str
    name: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    suggestion: str | None = None
    related: list[Location] = Field(default_factory=list)
    path: str | None = None
    #: where the finding is in the original file, when it was read from one: the 1-based page of a PDF, the
    #: 1-based paragraph of a Word document (table cells counted paragraph by paragraph), and the part when it
    #: is not the body ("table", "header-table", "footnotes" …). None for plain text, where ``line`` is the place.
    page: int | None = None
    paragraph: int | None = None
    part: str | None = None
    #: in a Word table: the table's 1-based number in the document, and the row and cell in it
    table: int | None = None
    row: int | None = None
    cell: int | None = None


class SourceInfo(Model):
    """Where the text came from and how it was read."""

    format: str = "txt"
    encoding: str | None = None
    notes: list[str] = Field(default_factory=list)
    #: the reader's map back to the original file, compact: ``(offset, page, paragraph, part, table, row,
    #: cell)`` from which offset of :attr:`Document.text` a run of a PDF page, a Word paragraph or a Word
    #: table cell starts (empty for plain text)
    anchors: list[tuple[int, int | None, int | None, str | None, int | None, int | None, int | None]] = (
        Field(default_factory=list))


class Truncation(Model):
    """Where the analysis stopped because the input went past a work limit (see :mod:`vanban.limits`).

    ``start`` is the offset in :attr:`Document.text` from which nothing was parsed or checked, ``line`` its
    1-based line; ``kind`` is what went past its limit (``lines``, ``citations``, ``dates``, ``quantities``,
    ``awards``) and ``limit`` the limit."""

    start: int
    line: int
    kind: str
    limit: int


class TextQuality(Model):
    """How readable the text is as Vietnamese (see :mod:`vanban.quality`), measured on its first words.

    ``vietnamese`` is the share of words with a Vietnamese letter or tone mark, ``broken`` the share with a
    digit or symbol between letters ("D6ng"); ``verdict`` is None for readable text, ``"garbled"`` for a
    broken OCR or font layer, ``"no-diacritics"`` for Vietnamese typed without its marks (or not Vietnamese),
    ``"legacy-font"`` for text still in a legacy font's code (TCVN3/ABC, VNI, VISCII: "Uû ban nh©n d©n"),
    whose encoding is then in ``encoding``."""

    words: int
    vietnamese: float
    broken: float
    verdict: Literal["garbled", "no-diacritics", "legacy-font"] | None = None
    encoding: str | None = None


class Document(Model):
    """A parsed document."""

    path: str | None = None
    text: str
    source: SourceInfo = Field(default_factory=SourceInfo)
    header: Header = Field(default_factory=Header)
    sections: list[Section] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    signature: Signature | None = None
    recipients: list[Recipient] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    award_lists: list[AwardList] = Field(default_factory=list)
    body_start: int = 0
    body_end: int = 0
    truncated: Truncation | None = None
    quality: TextQuality | None = None
    #: the analysis facts (:class:`Facts`), built once on first use; derived, never serialized
    _facts: Facts | None = PrivateAttr(default=None)

    # -- helpers ------------------------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        """Equal when every field is equal (the derived facts do not count)."""
        if not isinstance(other, Document):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Document:
        """A copy; its analysis facts are built anew on first use (they describe this document, not the
        original)."""
        copy = super().model_copy(update=update, deep=deep)
        copy._facts = None
        return copy

    @property
    def facts(self) -> Facts:
        """What the analysis layer knows about the text (line kinds, regions, sentences, tables, mentions).

        Built once, on first use (the pipeline builds it while the normalized text is at hand); rules read
        these facts instead of re-reading the text."""
        if self._facts is None or self._facts.source is not self.text or self._facts.document is not self:
            from .analysis import analyse

            self._facts = analyse(self)
        return self._facts

    def iter_sections(self):
        """Yield every section depth-first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.children))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in :attr:`text`."""
        return self.facts.line_col(offset)

    def __repr__(self) -> str:  # compact, for notebooks and the REPL
        h = self.header
        ident = h.doc_number or h.symbol or "?"
        return (
            f"<Document {self.path or '<text>'}: {h.doc_type or 'văn bản'} {ident} {h.date or ''} "
            f"sections={sum(1 for _ in self.iter_sections())} citations={len(self.citations)} "
            f"dates={len(self.dates)} quantities={len(self.quantities)} awards={len(self.awards)}>"
        )

    __str__ = __repr__

    def _repr_html_(self) -> str:  # Jupyter: the text with findings highlighted
        from .notebook import document_html

        return document_html(self, lint=True)


Section.model_rebuild()


# --------------------------------------------------------------------------------------------------
# Analysis facts: what the analysis layer (vanban.analysis) derives from a parsed document, once, for the rules.
# Plain classes, not pydantic models: they are derived from the Document, never serialized, and built by the
# thousand, so they cost no validation. All offsets are in Document.text (the original text).
# --------------------------------------------------------------------------------------------------


class LineKind:
    """What a line of the document is: bit flags, combined with ``|`` (a line can be a title and inside the
    header). Plain ``int`` constants rather than an ``enum.IntFlag``: the analysis tests them tens of thousands
    of times per document, and an enum's operators run in Python."""

    TEXT = 0
    BLANK = 1
    #: (almost) all letters upper case: a title, a header line, a heading in capitals
    TITLE = 2
    #: a table row: cells separated by tabs or Markdown pipes
    TABLE = 4
    #: the first line of a section heading (Phần / I / 1 / 1.1 / a)
    HEADING = 8
    #: a numbered item inside a section (khoản, điểm, a numbered request), not a heading
    LIST_ITEM = 16
    #: a bulleted item ("-", "+", "•")
    BULLET = 32
    #: above the body: issuing body, Quốc hiệu, số, dateline, title, trích yếu, Kính gửi
    HEADER = 64
    #: below the body: signature block, Nơi nhận, appendices
    TAIL = 128
    #: page furniture: a page number, a running header or footer
    FURNITURE = 256
    #: the Markdown rule line of a table ("|---|---|")
    RULE = 512

    @classmethod
    def names(cls, kind: int) -> list[str]:
        """The names of the flags set in ``kind`` (for reading and debugging)."""
        return [k for k, v in vars(cls).items() if isinstance(v, int) and v and kind & v]


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of text that is not the document speaking in its own voice now.

    ``kind``: ``quote`` (text in quotation marks), ``amendment`` (clauses quoted by an amending article),
    ``attachment`` (a regulation attached with its own header), ``example`` (a worked example or template:
    "Phường A", "Nguyễn Văn A", "…/QĐ-UBND")."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A short typed phrase found by the analysis layer (a comparison with an earlier period, …).

    ``kind`` says what it is (``comparison``), ``year`` the year it names, when it names one."""

    kind: str
    start: int
    end: int
    text: str
    year: int | None = None
    #: what the phrase stands for, by kind: the correct form of a misspelled phrase, the full form of an
    #: abbreviation, the doubled word or phrase
    value: str | None = None
    #: a second position the phrase points at (the start of the second word of a doubled pair)
    ref: int | None = None


#: a carriage return that ends a line on its own (not the CR of a CRLF)
_LONE_CR = re.compile(r"\r(?!\n)")


class Facts:
    """The analysis facts of one document: built once (``Document.facts``), read by every rule.

    Line facts (``kinds``, ``line_starts``) and regions are built eagerly (one pass over the lines); the
    rest — sentences, comparisons, tables, number mentions, administrative units — is built on first
    access by the provider registered for it in :mod:`vanban.analysis`, so a rule set that does not read a
    fact does not pay for it."""

    def __init__(self, text: str, norm_text: str, to_orig: Callable[[int], int],
                 to_orig_end: Callable[[int], int], line_starts: list[int], kinds: list[int],
                 regions: list[Region], providers: dict[str, Callable[[Facts], Any]], context: Any = None,
                 norm_span: Callable[[int, int], tuple[int, int]] | None = None):
        #: the original text (``Document.text``) and its normalized view (same as the parser saw). Old Mac line
        #: ends (a lone CR) read as LF in ``text`` (same length, same offsets), so that a fact looking for the end
        #: of a line finds it, and a digit Python's int() cannot read is U+FFFD there (see
        #: :func:`vanban.normalize.unreadable_digits`); ``source`` is ``Document.text`` itself
        self.source = text
        self.text = unreadable_digits(text if "\r" not in text else _LONE_CR.sub("\n", text))
        self.norm_text = norm_text
        self.to_orig = to_orig
        self.to_orig_end = to_orig_end
        #: offset of the first character of every line of ``text``; line ``k`` (0-based) is 1-based ``k + 1``
        self.line_starts = line_starts
        self.kinds = kinds
        self.regions = regions
        self._covers: dict[str, Cover] = {}
        self._providers = providers
        self._cache: dict[str, Any] = {}
        #: the parser's working context (normalized lines), for providers only
        self.context = context
        #: the document these facts describe (set by :func:`vanban.analysis.analyse`), for providers only
        self.document: Any = None
        self._norm_span = norm_span
        self._lower: str | None = None

    # -- the normalized text ----------------------------------------------------------------------------
    @property
    def lower(self) -> str:
        """The normalized text in lower case, same length as ``norm_text`` (for literal look-ups)."""
        if self._lower is None:
            low = self.norm_text.lower()
            self._lower = low if len(low) == len(self.norm_text) else self.norm_text
        return self._lower

    def norm_span(self, s: int, e: int) -> tuple[int, int]:
        """A normalized (start, end) mapped to the original text, surrounding white space trimmed."""
        if self._norm_span is not None:
            return self._norm_span(s, e)
        a, b = self.to_orig(s), max(self.to_orig_end(e), self.to_orig(s))
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return a, b

    # -- lines ----------------------------------------------------------------------------------------
    def line_index(self, pos: int) -> int:
        """0-based index of the line holding offset ``pos``."""
        return max(bisect_right(self.line_starts, pos) - 1, 0)

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        k = self.line_index(pos)
        return k + 1, pos - self.line_starts[k] + 1

    def line_bounds(self, k: int) -> tuple[int, int]:
        """(start, end) of 0-based line ``k`` without its line break (LF, CRLF or a lone CR)."""
        s = self.line_starts[k]
        e = self.line_starts[k + 1] - 1 if k + 1 < len(self.line_starts) else len(self.text)
        if e > s and self.source[e - 1] == "\r":
            e -= 1  # the CR of a CRLF
        return s, e

    def line_text(self, k: int) -> str:
        s, e = self.line_bounds(k)
        return self.text[s:e]

    def kind_at(self, pos: int) -> int:
        """The kind flags of the line holding ``pos``."""
        return self.kinds[self.line_index(pos)]

    def is_title(self, pos: int) -> bool:
        return bool(self.kind_at(pos) & LineKind.TITLE)

    def is_table(self, pos: int) -> bool:
        return bool(self.kind_at(pos) & LineKind.TABLE)

    def is_header(self, pos: int) -> bool:
        return bool(self.kind_at(pos) & LineKind.HEADER)

    def is_tail(self, pos: int) -> bool:
        return bool(self.kind_at(pos) & LineKind.TAIL)

    # -- regions --------------------------------------------------------------------------------------
    def in_region(self, pos: int, *kinds: str) -> bool:
        """Is ``pos`` inside a region of one of ``kinds`` (any region when none is given)?"""
        for k in kinds or ("quote", "amendment", "attachment", "example"):
            cov = self._covers.get(k)
            if cov is None:
                cov = self._covers[k] = Cover([(r.start, r.end) for r in self.regions if r.kind == k])
            if cov(pos):
                return True
        return False

    def in_quote(self, pos: int) -> bool:
        return self.in_region(pos, "quote", "amendment")

    def in_example(self, pos: int) -> bool:
        return self.in_region(pos, "example")

    def in_attachment(self, pos: int) -> bool:
        return self.in_region(pos, "attachment")

    def in_citation(self, pos: int) -> bool:
        """Is ``pos`` inside a cited document's reference or its subject (see :mod:`vanban.analysis.cited`)?"""
        return bool(self.get("cited_spans")(pos))

    # -- built on first use ---------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        """The fact ``name``, built by its provider on first use."""
        try:
            return self._cache[name]
        except KeyError:
            value = self._cache[name] = self._providers[name](self)
            return value

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence or clause-ending stretch of the text, in order (see
        :mod:`vanban.analysis.sentences`)."""
        return self.get("sentences")

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos`` (the whole line when none is found)."""
        sents = self.sentences
        starts = self.get("sentence_starts")
        i = bisect_right(starts, pos) - 1
        if i >= 0 and sents[i][0] <= pos < max(sents[i][1], sents[i][0] + 1):
            return sents[i]
        return self.line_bounds(self.line_index(pos))

    def sentence_text(self, pos: int) -> str:
        s, e = self.sentence_at(pos)
        return self.text[s:e]

    @property
    def enumerations(self) -> list[Enumeration]:
        """Announcing phrases with the items listed under them (see :mod:`vanban.analysis.enumerations`)."""
        return self.get("enumerations")

    @property
    def comparisons(self) -> list[Mention]:
        """Phrases comparing with an earlier period ("so với năm 2023", "cùng kỳ năm trước")."""
        return self.get("comparisons")

    def in_comparison(self, pos: int, window: int = 0) -> bool:
        """Does a comparison phrase cover ``pos`` (or end at most ``window`` characters before it)?"""
        key = f"~comparison{window}"
        cov = self._covers.get(key)
        if cov is None:
            cov = self._covers[key] = Cover([(m.start, m.end + window) for m in self.comparisons])
        return cov(pos)


@dataclass(frozen=True, slots=True)
class Enumeration:
    """An announcing phrase and the items listed under it ("… gồm 05 phong trào:" then "a) …", "b) …").

    ``head`` is the announcing line's (start, end); ``count`` the number it announces, when it names one, at
    ``count_span``; ``items`` the (start, end) of each item, its wrapped lines included; ``mark`` the family of
    the items' marks: ``letter`` (a), b)), ``number`` (1., 2)), ``roman`` (I., II.), ``dash`` (-), ``plus`` (+),
    ``bullet`` (•)."""

    start: int
    end: int
    head: tuple[int, int]
    count: int | None
    count_span: tuple[int, int] | None
    items: tuple[tuple[int, int], ...]
    mark: str


# --- place facts (administrative units) -----------------------------------------------------------------------


@dataclass(slots=True)
class UnitMention:
    """An administrative unit named in the text ("xã Ba Vì", "UBND huyện Sơn Tịnh", "ĐẢNG ỦY XÃ BA VÌ"), found by
    :mod:`vanban.extract.units` and resolved against the unit list (:mod:`vanban.lexicon.adminunits`).

    ``start``/``end`` are original offsets, ``nstart``/``nend`` the same span in the normalized text.
    ``level``: 1 commune, 2 district, 3 province, 0 unknown; ``known``: the name is in the list at that level;
    ``key``: the name's comparison key; ``province``: the data key when the level is province. ``up`` is the
    index of the next mention of its chain ("xã A, huyện B, tỉnh C": A's ``up`` is B), -1 when none.
    The ``units`` fact is the list of them, in text order."""

    start: int
    end: int
    nstart: int
    nend: int
    type: str  #: folded type word ("xã", "thành phố")
    name: str  #: the name as written (normalized; a wrapped name keeps its line break)
    words: tuple[str, ...]
    levels: frozenset[int]  #: the levels the type word allows ("thành phố": district or province)
    level: int = 0
    known: bool = False
    key: str = ""
    province: str | None = None
    caps: bool = False  #: written in capitals (a header or title line)
    wrapped: bool = False  #: an unknown name whose words go on past a line break: its end is uncertain
    up: int = -1
    #: context: on a title line in capitals, in a worked example / template, in a quotation or amended
    #: provision, said of an earlier state ("(cũ)", "trước khi sáp nhập", "nay là"), in a paragraph about
    #: another country
    title: bool = False
    example: bool = False
    quoted: bool = False
    history: bool = False
    foreign: bool = False


@dataclass(slots=True)
class DistrictRef:
    """A reference to the district level, abolished from 01/7/2025: a district body ("UBND huyện", "Huyện
    ủy", "Công an huyện Yên Sơn"), the level itself ("cấp huyện"), a town ("thị trấn"), a named district.

    The ``district_refs`` fact (a list, in text order). ``kind``: ``body``, ``level``, ``town`` or ``name``.
    ``current`` is False when its context says it is not the district acting now: a quotation or amended
    provision, a worked example or form format, history or a transitional provision, a legal provision cited,
    a document of the old district cited."""

    kind: str
    start: int
    end: int
    text: str
    current: bool = True
    why: str = ""  #: why it is not current (for tests and notes)


@dataclass(slots=True)
class AwardFacts:
    """The ``award_facts`` fact: what the award rules (VB601, VB604, VB605) read beyond ``Document.awards`` and
    ``Document.award_lists``, derived once by :mod:`vanban.extract.awards`. Lists run parallel to
    ``Document.awards`` (``own_decided``, ``grantor_levels``, ``totals``, ``list_groups``) or to
    ``Document.award_lists`` (``group_kinds``, ``row_keys``)."""

    #: the issuing body of a Quyết định when it names its level ("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"), and that level
    #: ("xã", "huyện" or "tỉnh"; a "thành phố" may be either and gives None)
    own_body: str | None = None
    own_level: str | None = None
    #: start of the first Điều (None: the document has no articles)
    decided_from: int | None = None
    #: per award: decided by the document itself (its own number, in its Điều 1)
    own_decided: list[bool] = field(default_factory=list)
    #: per award: the level its grantor names ("Chủ tịch UBND xã" -> "xã")
    grantor_levels: list[str | None] = field(default_factory=list)
    #: per award: how many recipients it counts (count, else individuals + collectives + households)
    totals: list[int | None] = field(default_factory=list)
    #: per award: indices of the list groups naming its recipients (awards the document itself decides)
    list_groups: list[list[int]] = field(default_factory=list)
    #: per list group: the kind of recipient its heading names alone ("tập thể", "cá nhân", "hộ gia đình")
    group_kinds: list[str | None] = field(default_factory=list)
    #: per list group, per entry: the whole row (name and position or unit) folded, to find repeats
    row_keys: list[list[str]] = field(default_factory=list)


# --- figures facts (numbers, tables, breakdowns) -------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    """One cell of a table row: its text (blanks and Markdown bold trimmed), original span and value."""

    start: int
    end: int
    text: str
    #: the number the cell holds (1.250 → 1250, 45,5 → Decimal("45.5"), "-" → 0), None for words or blanks
    value: int | Decimal | None = None


@dataclass(slots=True)
class TableRow:
    """A row of a table. ``kind``: ``header`` (column titles), ``index`` (column numbers "(1) (2) (3)", "A B 1
    2"), ``data``, ``group`` (I, II, A, B: a group whose rows follow; its figures are the group's sub-totals),
    ``subtotal`` ("Cộng" closing a group), ``total`` ("Tổng cộng", "Tổng số", "Toàn xã"), ``part`` ("Trong
    đó", "- …": a part of the row above, not a term of any sum), ``child`` ("1.1" under "1")."""

    line: int
    start: int
    end: int
    cells: list[Cell]
    kind: str = "data"
    #: the row's label: its first cell with letters ("Thôn Đông", "Tổng cộng")
    label: str = ""


@dataclass(slots=True)
class Table:
    """A run of table rows (tab-separated or Markdown ``|`` lines), with its header rows, the title of every
    column (header cells joined) and which columns are added up (figures, not rates, shares, ranks or years)."""

    start: int
    end: int
    rows: list[TableRow]
    #: column titles, one per column (the header rows' cells at that column, joined by a space)
    columns: list[str]
    #: columns whose figures add up (not %, tỷ lệ, bình quân, năm, STT …)
    summable: list[bool]

    def column_title(self, col: int) -> str:
        return self.columns[col] if col < len(self.columns) else ""


@dataclass(slots=True)
class NumberFact:
    """A number mention with its role in the sentence.

    ``role``: ``total`` (a labelled or broken-down total), ``part`` (a part of a total, see ``total``),
    ``change`` ("tăng 05 cá nhân", "giảm 356 vụ"), ``comparison`` (the figure of an earlier period, "so với
    120 hộ năm 2023"), ``rate`` (a percentage), ``fraction`` ("1.842/1.986 hộ"), ``target`` (a plan,
    "kế hoạch 10.200 triệu đồng"), ``estimate`` ("khoảng 40 người"), ``range`` ("từ 10 đến 15"), ``threshold``
    ("từ 14 ngày trở lên", "đủ 15 năm"),
    ``identifier`` (a document number, a phone number, a code), ``date`` (a year or a date), ``count`` (any
    other count or measure)."""

    start: int
    end: int
    text: str
    role: str
    value: int | Decimal | None = None
    unit: str | None = None
    #: index into ``Document.quantities`` (None for dates and identifiers)
    quantity: int | None = None
    #: for a part: index (into ``Document.quantities``) of its total
    total: int | None = None
    #: for a change: "up" or "down"; for a comparison: the year compared with, when named
    direction: str | None = None
    year: int | None = None


@dataclass(slots=True)
class Part:
    """One part of a breakdown: its value, original span and the words that name it."""

    start: int
    end: int
    value: int | Decimal
    label: str = ""
    #: the dimension value the label names ("nam", "trực tuyến"), when it names one
    dim_value: str | None = None
    #: the part's figure as written ("01"), for messages
    written: str = ""
    #: the noun the part counts ("thị trấn"), when it has one
    unit: str | None = None


@dataclass(slots=True)
class Breakdown:
    """A total and its parts. ``kind``: ``partition`` (the parts are meant to add up to the total: the values
    of one dimension, or a closed list) or ``subset`` (traits that may overlap, or some parts of many).
    ``source``: ``list`` (lines under an announced total), ``inline`` ("N X, trong đó …", "N X (a và b)"),
    ``list_total`` ("Tổng số: N" after the lines), ``attendance``, ``votes``, ``criteria``.
    ``overlapping``: the parts are traits of different dimensions (nữ, đảng viên): their sum may pass the total."""

    start: int
    end: int
    text: str
    value: int | Decimal
    parts: list[Part]
    kind: str
    source: str
    dimension: str | None = None
    overlapping: bool = False
    #: the text of the total's unit ("hồ sơ"), for messages
    unit: str | None = None
    #: what the parts must make: "equal" (a partition), "at_most" (a subset: the sum, or each part for
    #: overlapping traits, may not pass the total)
    reason: str = ""


@dataclass(slots=True)
class Relation:
    """A figure the text states as computed from others, with those others: a rate from a fraction ("1.842/1.986
    hộ, đạt 92,75 %": ``rate``), the excess over a plan ("12.375,3/10.200 triệu đồng, vượt 21,3 %": ``excess``),
    completion of a plan whose figure is in the text ("đạt 101,4 % kế hoạch": ``plan_rate``), a change between two
    figures ("giảm 312 vụ (734/1046)", "tăng 05 cá nhân so với năm 2023" with the 2023 figure in the text:
    ``change``; a percentage change: ``change_pct``). ``operands``: (numerator, denominator) or (current,
    previous)."""

    kind: str
    start: int
    end: int
    text: str
    stated: int | Decimal
    written: str
    operands: list[Part]
    direction: str | None = None
