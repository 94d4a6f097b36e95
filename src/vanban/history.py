"""What cross-report checks remember about a document, and a small SQLite store for it.

:func:`digest` reduces a parsed :class:`~vanban.model.Document` to a :class:`DocRecord`: the issuer and its
place, the reporting period, the paragraphs (hash + text + position), the citations with the scope their
number lives in, the figures the text calls cumulative, the key award figures, and a sampled set of word
shingles of the body for near-duplicate search. Records are small, so a batch can drop its Documents.

:class:`HistoryStore` keeps records in one SQLite file (stdlib :mod:`sqlite3`), by default one per user in
the platform's data folder (:func:`default_history_path`: ``$XDG_DATA_HOME/vanban/history.sqlite`` on Linux),
or the ``history`` a district's ``vanban.toml`` names, so next quarter's run — in whatever folder — compares
against this quarter's reports without reading the old files again::

    with HistoryStore("bao_cao/.vanban-history.sqlite") as store:
        store.put(digest(doc))
        for rec in store.records():
            ...
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document

__all__ = [
    "DEFAULT_HISTORY_NAME",
    "SCHEMA_VERSION",
    "Anchor",
    "Paragraph",
    "CitationRecord",
    "Figure",
    "DocRecord",
    "digest",
    "normalize_text",
    "HistoryStore",
    "default_history_path",
    "folder_history_path",
    "user_data_dir",
]

DEFAULT_HISTORY_NAME = ".vanban-history.sqlite"
SCHEMA_VERSION = 1

#: Paragraphs shorter than this are not stored (they are never compared).
MIN_STORED_PARAGRAPH = 40
#: Keep one shingle in SAMPLE_MOD (by hash): a stable sample, so two copies keep the same shingles.
SHINGLE_SIZE = 5
SAMPLE_MOD = 4


@dataclass
class Anchor:
    """A place in a document: offsets, 1-based line/column (end exclusive) and the exact text."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass
class Paragraph(Anchor):
    norm: str = ""
    hash: str = ""
    numbers: str = ""  # the non-year numbers of the paragraph, in order (a changed figure = an updated text)


@dataclass
class CitationRecord(Anchor):
    key: str = ""  # scope|number|symbol|year: equal keys name the same document
    reference: str = ""
    date: Date | None = None
    subject: str | None = None


@dataclass
class Figure(Anchor):
    kind: str = "cumulative"  # "cumulative" (text says lũy kế / tính đến / đến nay) or "award"
    unit: str | None = None
    value: float = 0.0
    context: str = ""


@dataclass
class DocRecord:
    """Everything cross-report checks need from one document."""

    path: str
    abspath: str
    content_hash: str
    issuer: str | None = None
    issuer_key: str | None = None
    commune: str | None = None
    district: str | None = None
    province: str | None = None
    doc_type: str | None = None
    subject: str | None = None
    period_kind: str | None = None
    period_text: str | None = None
    period_end: int | None = None  # yyyymm of the end of the reporting period (for ordering)
    date: Date | None = None
    anchor: Anchor | None = None  # where a whole-document finding points (the title)
    body: str | None = None  # normalised body text (lazy for stored records)
    shingles: frozenset = frozenset()
    paragraphs: list[Paragraph] | None = None  # lazy for stored records
    citations: list[CitationRecord] = field(default_factory=list)
    figures: list[Figure] | None = None  # lazy for stored records
    id: int | None = None  # row id in a HistoryStore
    stored: bool = False  # True when read back from a HistoryStore


# --------------------------------------------------------------------------------------------------
# normalisation helpers
# --------------------------------------------------------------------------------------------------


def _iso(d: Date | None) -> str | None:
    """A date as the history stores it: ISO text ("2024-03-15"), as every version has written it."""
    return d.isoformat() if d is not None else None


def _date(s: str | None) -> Date | None:
    """A stored date read back (None for a missing or unreadable one)."""
    try:
        return Date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None

_WS_RE = regex.compile(r"\s+")
_BULLET_RE = regex.compile(r"^\s*(?:[-+•*–]+|\(?[0-9a-zđ]{1,3}[.)/]|[IVXLC]+\.)\s*")
_NUM_RE = regex.compile(r"\d+(?:[.,]\d+)*")
_YEAR_RE = regex.compile(r"^(?:19[5-9]\d|20\d\d|21\d\d)$")


def normalize_text(s: str) -> str:
    """NFC, lower case, no markdown emphasis, single spaces: the form paragraphs are compared in."""
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("_", " ")
    return _WS_RE.sub(" ", s).strip()


def _numbers(s: str) -> str:
    return " ".join(n for n in _NUM_RE.findall(s) if not _YEAR_RE.match(n))


def _lc(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _anchor_args(text: str, start: int, end: int) -> dict:
    line, col = _lc(text, start)
    eline, ecol = _lc(text, end)
    return {"start": start, "end": end, "line": line, "column": col, "end_line": eline, "end_column": ecol,
            "text": text[start:end]}


def _stable_hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingles_of(body_norm: str) -> frozenset:
    """A stable sample of hashed word 5-grams of a normalised body (for near-duplicate candidates)."""
    words = regex.findall(r"\p{L}+|\d+", body_norm)
    out = set()
    for i in range(max(0, len(words) - SHINGLE_SIZE + 1)):
        h = _stable_hash(" ".join(words[i: i + SHINGLE_SIZE]))
        if h % SAMPLE_MOD == 0:
            out.add(h)
    return frozenset(out)


# --------------------------------------------------------------------------------------------------
# period
# --------------------------------------------------------------------------------------------------


def period_end(doc: Document) -> int | None:
    """yyyymm of the end of the period a document reports on (falls back to the report year); None when the
    document names no period (its date alone does not say which period it covers)."""
    h = doc.header
    p = h.period
    if p is not None and p.year:
        y = p.end_year or p.year
        if p.kind == "quarter" and p.quarter:
            return p.year * 100 + 3 * p.quarter
        if p.kind == "half_year":
            return p.year * 100 + 6
        if p.kind == "months" and p.months:
            return p.year * 100 + min(12, p.months)
        if p.kind == "month" and p.month:
            return p.year * 100 + p.month
        return y * 100 + 12
    if h.report_year:
        return h.report_year * 100 + 12
    return None


# --------------------------------------------------------------------------------------------------
# paragraphs, citations, figures
# --------------------------------------------------------------------------------------------------

_LEGAL_BASIS_RE = regex.compile(r"^\s*[-+•*]?\s*(?:căn cứ|thực hiện|theo)\b[^.\n]{0,80}\bsố\b", regex.IGNORECASE)


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    spans = [(b.start, b.end) for b in doc.blocks]
    for s in doc.iter_sections():
        if s.inline_text and s.end - s.start >= MIN_STORED_PARAGRAPH:
            spans.append((s.start, s.end))
    return sorted(set(spans))


def _is_legal_basis(doc: Document, start: int, end: int, text: str) -> bool:
    """Citation preambles (Căn cứ / Thực hiện … số …) repeat from year to year by design."""
    if _LEGAL_BASIS_RE.match(text):
        return True
    covered = sum(max(0, min(end, c.end) - max(start, c.start)) for c in doc.citations)
    return covered > 0.5 * (end - start)


def _paragraphs(doc: Document) -> list[Paragraph]:
    out = []
    for start, end in _paragraph_spans(doc):
        raw = doc.text[start:end]
        if len(raw.strip()) < MIN_STORED_PARAGRAPH or _is_legal_basis(doc, start, end, raw):
            continue
        norm = normalize_text(_BULLET_RE.sub("", raw))
        out.append(Paragraph(**_anchor_args(doc.text, start, end), norm=norm,
                             hash=hashlib.sha1(norm.encode("utf-8")).hexdigest(), numbers=_numbers(norm)))
    return out


_NATIONAL_CODES = {"TW", "VPTW", "BCT", "BBT", "QH", "UBTVQH", "CP", "TTG", "VPCP", "CTN", "TANDTC", "VKSNDTC",
                   "KTNN", "MTTW", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW", "UBKTTW"}
_NATIONAL_WORDS = regex.compile(r"(?i)trung ương|chính phủ|thủ tướng|bộ chính trị|ban bí thư|quốc hội|^bộ\s|\bbộ\s\p{Lu}")
_PROVINCE_CODES = {"TU", "ThU"}
_DISTRICT_CODES = {"HU", "QU"}
_NAMED_RE = regex.compile(r"(?i)(?<!\p{L})(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)"
                          r"(?:\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}))?")


def citation_scope(c, own_key: str | None, district: str | None, province: str | None) -> str:
    """In which body's numbering a citation's number lives: national, a province, a district or the citing
    body itself (a commune's ``01/QĐ-UBND`` is not another commune's ``01/QĐ-UBND``)."""
    code = (c.issuer_code or "").strip()
    if c.year or code.upper() in _NATIONAL_CODES or (code.upper().startswith("B") and len(code) >= 3 and code.isupper()
                                                       and code.upper() not in ("BCĐ", "BTV", "BTT", "BQL", "BCH")):
        return "national"
    issuer = c.issuer or ""
    if issuer and _NATIONAL_WORDS.search(issuer):
        return "national"
    m = _NAMED_RE.search(issuer) if issuer else None
    level = m.group(1).lower() if m else None
    name = (m.group(2) or "").lower() if m else ""
    if level == "tỉnh" or code in _PROVINCE_CODES or (level == "thành phố" and "tỉnh ủy" in issuer.lower()):
        return "province:" + (name or (province or "").lower() or "?")
    if level in ("huyện", "quận", "thị xã", "thành phố") or code in _DISTRICT_CODES:
        return "district:" + (name or (district or "").lower() or "?")
    if level in ("xã", "phường", "thị trấn") and name:
        return "commune:" + name
    return "own:" + (own_key or "?")


def _citations(doc: Document, own_key, district, province) -> list[CitationRecord]:
    out = []
    for c in doc.citations:
        if not c.number or not c.symbol or c.short:
            continue
        year = c.year or (c.date.year if c.date else None)
        if year is None:
            continue  # numbering restarts every year: without a year the number names nothing for sure
        symbol = regex.sub(r"\s+", "", c.symbol).upper()
        number = c.number.lstrip("0") or "0"
        scope = citation_scope(c, own_key, district, province)
        ref = c.doc_number or ""  # in its system's form: 68-NQ/TW, 05/2020/NĐ-CP
        out.append(CitationRecord(**_anchor_args(doc.text, c.start, c.end), key=f"{scope}|{number}|{symbol}|{year}",
                                  reference=ref, date=c.date, subject=c.subject))
    return out


_CUMULATIVE_RE = regex.compile(r"(?i)lũy kế|luỹ kế|tính đến|tính tới|đến nay|tới nay|đến thời điểm (?:này|hiện tại|báo cáo)")
_PER_PERIOD_RE = regex.compile(r"(?i)từ đầu (?:năm|quý|tháng|kỳ)|trong (?:năm|quý|tháng|kỳ)\b|6 tháng|9 tháng")
_SENT_END_RE = regex.compile(r"[.;!?](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = 0
    for m in _SENT_END_RE.finditer(text, max(0, start - 400), start):
        s = m.end()
    m = _SENT_END_RE.search(text, end, min(len(text), end + 400))
    return s, (m.start() if m else min(len(text), end + 400))


def _context(text: str, s: int, e: int, q_start: int, q_end: int) -> str:
    before = regex.findall(r"\p{L}+", normalize_text(_CUMULATIVE_RE.sub(" ", text[s:q_start])))[-8:]
    after = regex.findall(r"\p{L}+", normalize_text(text[q_end:e]))[:6]
    return " ".join(before + ["#"] + after)


def _figures(doc: Document) -> list[Figure]:
    out = []
    text = doc.text
    for q in doc.quantities:
        if q.percent or q.start < doc.body_start:
            continue
        s, e = _sentence(text, q.start, q.end)
        sent = text[s:e]
        if not _CUMULATIVE_RE.search(sent) or _PER_PERIOD_RE.search(sent):
            continue
        try:
            value = float(q.value)
        except (TypeError, ValueError):  # pragma: no cover - Number is int or Decimal
            continue
        ctx = (normalize_text(q.label) + " # ") if q.label else ""
        out.append(Figure(**_anchor_args(text, q.start, q.end), kind="cumulative", unit=q.unit, value=value,
                          context=ctx + _context(text, s, e, q.start, q.end)))
    return out


def _award_figures(doc: Document) -> list[Figure]:
    from .table import award_total

    out = []
    for a in doc.awards:
        n = award_total(a)
        if n is None:
            continue
        out.append(Figure(**_anchor_args(doc.text, a.start, a.end), kind="award", unit=a.status, value=float(n),
                          context=f"{a.name} # {a.status} # {a.year or ''}"))
    return out


def _title_anchor(doc: Document) -> Anchor:
    h = doc.header
    span = h.title or h.number_line or h.issuing_body
    if span is not None:
        return Anchor(**_anchor_args(doc.text, span.start, span.end))
    m = regex.search(r"\S[^\n]*", doc.text)
    s, e = (m.start(), m.end()) if m else (0, 0)
    return Anchor(**_anchor_args(doc.text, s, e))


def digest(doc: Document, path: str | None = None) -> DocRecord:
    """Reduce a Document to the :class:`DocRecord` that cross-report checks and the history store use."""
    from .table import locality

    path = path or doc.path or "<text>"
    loc = locality(doc)
    key = loc.key
    h = doc.header
    body = normalize_text(doc.text[doc.body_start: doc.body_end or len(doc.text)])
    figures = _figures(doc) + _award_figures(doc)
    return DocRecord(
        path=path,
        abspath=path if path.startswith("<") else str(Path(path).resolve()),
        content_hash=hashlib.sha1(doc.text.encode("utf-8")).hexdigest(),
        issuer=loc.issuer, issuer_key=key, commune=loc.commune, district=loc.district, province=loc.province,
        doc_type=h.doc_type, subject=h.subject,
        period_kind=h.period.kind if h.period else ("year" if h.report_year else None),
        period_text=h.period.text.replace("\n", " ") if h.period else None,
        period_end=period_end(doc), date=h.date, anchor=_title_anchor(doc), body=body,
        shingles=shingles_of(body), paragraphs=_paragraphs(doc),
        citations=_citations(doc, key, loc.district, loc.province), figures=figures,
    )


# --------------------------------------------------------------------------------------------------
# the store
# --------------------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    abspath TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    issuer TEXT, issuer_key TEXT, commune TEXT, district TEXT, province TEXT,
    doc_type TEXT, subject TEXT, period_kind TEXT, period_text TEXT, period_end INTEGER, date TEXT,
    anchor TEXT, body BLOB, shingles BLOB, checked_at TEXT
);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents (issuer_key);
CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, hash TEXT NOT NULL, start INTEGER, "end" INTEGER, line INTEGER, col INTEGER,
    end_line INTEGER, end_col INTEGER, text TEXT NOT NULL, numbers TEXT
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs (doc_id);
CREATE INDEX IF NOT EXISTS paragraphs_hash ON paragraphs (hash);
CREATE TABLE IF NOT EXISTS citations (
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    key TEXT NOT NULL, reference TEXT, date TEXT, subject TEXT, start INTEGER, "end" INTEGER, line INTEGER,
    col INTEGER, end_line INTEGER, end_col INTEGER, text TEXT
);
CREATE INDEX IF NOT EXISTS citations_key ON citations (key);
CREATE TABLE IF NOT EXISTS figures (
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind TEXT NOT NULL, unit TEXT, value REAL, context TEXT, start INTEGER, "end" INTEGER, line INTEGER,
    col INTEGER, end_line INTEGER, end_col INTEGER, text TEXT
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc_id);
"""


def folder_history_path(files: Iterable[str]) -> Path:
    """``.vanban-history.sqlite`` in the deepest folder that holds all the given reports (the place older
    versions used; a district can still choose it with ``--history``)."""
    parents = [str(Path(os.path.abspath(f)).parent) for f in files]
    base = Path(os.path.commonpath(parents)) if parents else Path.cwd()
    return base / DEFAULT_HISTORY_NAME


def user_data_dir() -> Path:
    """The platform's folder for a user's application data: ``%LOCALAPPDATA%\\vanban`` on Windows,
    ``~/Library/Application Support/vanban`` on macOS, ``$XDG_DATA_HOME/vanban`` (default
    ``~/.local/share/vanban``) elsewhere."""
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "vanban"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "vanban"
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / "vanban"


def default_history_path(files: Iterable[str] = ()) -> Path:
    """The one history of this user (``user_data_dir()/history.sqlite``), so that checking
    ``bao_cao/quy_2/`` after ``bao_cao/quy_1/`` compares the two quarters. ``files`` is accepted for
    compatibility and not used; a district sets a shared history with ``history = "…"`` in its vanban.toml
    or ``--history``."""
    return user_data_dir() / "history.sqlite"


class HistoryStore:
    """A SQLite file of :class:`DocRecord` rows, one per checked file (keyed by absolute path)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # two batches may share one history: readers never block the writer (WAL), and a writer waits for
        # the other's transaction to end instead of failing at once
        self.conn = sqlite3.connect(str(self.path), timeout=60.0)
        self.conn.execute("PRAGMA busy_timeout = 60000")
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:  # a file system without shared memory: keep the rollback journal
            pass
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.executescript(_SCHEMA)
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.conn.commit()
        elif int(row[0]) > SCHEMA_VERSION:
            self.conn.close()
            raise ValueError(f"{self.path}: history schema {row[0]} is newer than this vanban ({SCHEMA_VERSION})")

    # -- context manager ---------------------------------------------------------------------------

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def __len__(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    # -- writing -----------------------------------------------------------------------------------

    def put(self, rec: DocRecord, *, commit: bool = True) -> int:
        """Store (or replace, by absolute path) one record; returns its row id."""
        if rec.paragraphs is None or rec.figures is None or rec.body is None:
            raise ValueError("put() needs a full record from digest(), not a lazily loaded one")
        c = self.conn
        c.execute("DELETE FROM documents WHERE abspath = ?", (rec.abspath,))
        anchor = json.dumps(rec.anchor.__dict__, ensure_ascii=False) if rec.anchor else None
        sh = array("q", sorted(rec.shingles)).tobytes()
        cur = c.execute(
            "INSERT INTO documents (path, abspath, content_hash, issuer, issuer_key, commune, district, province, "
            "doc_type, subject, period_kind, period_text, period_end, date, anchor, body, shingles, checked_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rec.path, rec.abspath, rec.content_hash, rec.issuer, rec.issuer_key, rec.commune, rec.district,
             rec.province, rec.doc_type, rec.subject, rec.period_kind, rec.period_text, rec.period_end, _iso(rec.date),
             anchor, zlib.compress(rec.body.encode("utf-8")), sh,
             datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
        assert cur.lastrowid is not None  # set by every successful INSERT
        doc_id = cur.lastrowid
        c.executemany(
            'INSERT INTO paragraphs (doc_id, idx, hash, start, "end", line, col, end_line, end_col, text, numbers) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, i, p.hash, p.start, p.end, p.line, p.column, p.end_line, p.end_column, p.text, p.numbers)
             for i, p in enumerate(rec.paragraphs)],
        )
        c.executemany(
            'INSERT INTO citations (doc_id, key, reference, date, subject, start, "end", line, col, end_line, end_col, '
            "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, x.key, x.reference, _iso(x.date), x.subject, x.start, x.end, x.line, x.column, x.end_line,
              x.end_column, x.text) for x in rec.citations],
        )
        c.executemany(
            'INSERT INTO figures (doc_id, kind, unit, value, context, start, "end", line, col, end_line, end_col, text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, f.kind, f.unit, f.value, f.context, f.start, f.end, f.line, f.column, f.end_line,
              f.end_column, f.text) for f in rec.figures],
        )
        if commit:
            c.commit()
        rec.id = doc_id
        return doc_id

    def put_many(self, recs: Iterable[DocRecord]) -> None:
        for r in recs:
            self.put(r, commit=False)
        self.conn.commit()

    def remove(self, abspath: str) -> None:
        self.conn.execute("DELETE FROM documents WHERE abspath = ?", (abspath,))
        self.conn.commit()

    # -- reading -----------------------------------------------------------------------------------

    _DOC_COLS = ("id, path, abspath, content_hash, issuer, issuer_key, commune, district, province, doc_type, subject, "
                 "period_kind, period_text, period_end, date, anchor, shingles")

    def _record(self, row) -> DocRecord:
        (id_, path, abspath, chash, issuer, ikey, commune, district, province, doc_type, subject, pkind, ptext,
         pend, date, anchor, sh) = row
        rec = DocRecord(path=path, abspath=abspath, content_hash=chash, issuer=issuer, issuer_key=ikey,
                        commune=commune, district=district, province=province, doc_type=doc_type, subject=subject,
                        period_kind=pkind, period_text=ptext, period_end=pend, date=_date(date),
                        anchor=Anchor(**json.loads(anchor)) if anchor else None, id=id_, stored=True)
        a = array("q")
        a.frombytes(sh or b"")
        rec.shingles = frozenset(a)
        rec.citations = [
            CitationRecord(start=r[0], end=r[1], line=r[2], column=r[3], end_line=r[4], end_column=r[5], text=r[6],
                           key=r[7], reference=r[8], date=_date(r[9]), subject=r[10])
            for r in self.conn.execute(
                'SELECT start, "end", line, col, end_line, end_col, text, key, reference, date, subject FROM citations '
                "WHERE doc_id = ? ORDER BY start", (id_,))
        ]
        return rec

    def records(self, *, exclude: Iterable[str] = ()) -> Iterator[DocRecord]:
        """Every stored record (without paragraphs, figures and body: see :meth:`fill`), skipping the
        absolute paths in ``exclude``."""
        skip = set(exclude)
        rows = self.conn.execute(f"SELECT {self._DOC_COLS} FROM documents ORDER BY id").fetchall()
        for row in rows:
            if row[2] in skip:
                continue
            yield self._record(row)

    def get(self, abspath: str) -> DocRecord | None:
        row = self.conn.execute(f"SELECT {self._DOC_COLS} FROM documents WHERE abspath = ?", (abspath,)).fetchone()
        return self._record(row) if row else None

    def fill(self, rec: DocRecord) -> DocRecord:
        """Load the paragraphs, figures and body of a stored record (in place) and return it."""
        if rec.id is None or not rec.stored:
            return rec
        if rec.paragraphs is None:
            rec.paragraphs = [
                Paragraph(start=r[0], end=r[1], line=r[2], column=r[3], end_line=r[4], end_column=r[5], text=r[6],
                          norm=normalize_text(_BULLET_RE.sub("", r[6])), hash=r[7], numbers=r[8] or "")
                for r in self.conn.execute(
                    'SELECT start, "end", line, col, end_line, end_col, text, hash, numbers FROM paragraphs '
                    "WHERE doc_id = ? ORDER BY idx", (rec.id,))
            ]
        if rec.figures is None:
            rec.figures = [
                Figure(start=r[0], end=r[1], line=r[2], column=r[3], end_line=r[4], end_column=r[5], text=r[6],
                       kind=r[7], unit=r[8], value=r[9], context=r[10])
                for r in self.conn.execute(
                    'SELECT start, "end", line, col, end_line, end_col, text, kind, unit, value, context FROM figures '
                    "WHERE doc_id = ? ORDER BY start", (rec.id,))
            ]
        if rec.body is None:
            row = self.conn.execute("SELECT body FROM documents WHERE id = ?", (rec.id,)).fetchone()
            rec.body = zlib.decompress(row[0]).decode("utf-8") if row and row[0] else ""
        return rec
