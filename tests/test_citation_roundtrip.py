"""Round trips (issue 3): build a citation from random valid fields, embed it in prose, read the same fields back.

Each system has its own generator: state (NN/TYPE-BODY[-UNIT]), công văn (NN/BODY[-UNIT]), Party
(NN-TYPE/BODY), legal (NN/YYYY/TYPE-BODY) and laws/resolutions of the Quốc hội (NN/YYYY/QHk, UBTVQHk). Dates
come in numeric ("5/3/2020", "05/03/2020", Party "05-3-2020") and word ("ngày 05 tháng 3 năm 2020") forms, or
are left out; "của <issuer>" and a "về …" subject are optional. The citation's span must be exact: from the
type word (or "số") to the end of the date, or of the symbol when there is no date.

Runs are derandomized so the suite is stable; raise ``max_examples`` locally to search harder.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vanban

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# ----------------------------------------------------------------------------------------- vocabulary
STATE_TYPES = [  # (type word, code) — NĐ 30 Phụ lục III
    ("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Báo cáo", "BC"), ("Thông báo", "TB"), ("Hướng dẫn", "HD"),
    ("Tờ trình", "TTr"), ("Chương trình", "CTr"), ("Quy định", "QyĐ"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"),
    ("Quy chế", "QC"), ("Giấy mời", "GM"), ("Đề án", "ĐA"), ("Phương án", "PA"), ("Công điện", "CĐ"),
    ("Biên bản", "BB"),
]
STATE_BODIES = ["UBND", "HĐND", "SNV", "SGDĐT", "BNV", "BCĐ", "HĐTĐKT", "SLĐTBXH", "CTUBND", "TTg", "BTĐKT"]
UNITS = ["VP", "TL", "KT", "NC", "CCHC", "TCCB", "VX", "CCHC&VTLT"]
STATE_ISSUERS = ["UBND tỉnh Quảng Ngãi", "UBND huyện Ba Tơ", "Ủy ban nhân dân xã Ba Động", "Chủ tịch UBND tỉnh",
                 "Sở Nội vụ", "Bộ Nội vụ", "Thủ tướng Chính phủ", "HĐND tỉnh", "Ban Chỉ đạo huyện"]

PARTY_TYPES = [  # HD 36-HD/VPTW
    ("Chỉ thị", "CT"), ("Kế hoạch", "KH"), ("Nghị quyết", "NQ"), ("Kết luận", "KL"), ("Hướng dẫn", "HD"),
    ("Thông tri", "TT"), ("Quy định", "QĐi"), ("Báo cáo", "BC"), ("Công văn", "CV"), ("Quyết định", "QĐ"),
    ("Chương trình", "CTr"), ("Thông báo", "TB"), ("Tờ trình", "TTr"), ("Quy chế", "QC"),
]
PARTY_BODIES = ["TW", "TU", "HU", "ĐU", "CB", "BTCTU", "VPTW", "BCSĐ", "UBKTTU", "ĐUK", "BTGTU", "BDVTU"]
PARTY_ISSUERS = ["Bộ Chính trị", "Ban Bí thư", "Ban Thường vụ Tỉnh ủy", "Đảng ủy xã", "Ban Chấp hành Trung ương",
                 "Văn phòng Trung ương Đảng", "Ban Tổ chức Tỉnh ủy"]

LEGAL_TYPES = [  # (type word, TYPE-BODY) — VBQPPL
    ("Nghị định", "NĐ-CP"), ("Nghị quyết", "NQ-CP"), ("Quyết định", "QĐ-TTg"), ("Thông tư", "TT-BNV"),
    ("Thông tư", "TT-BTC"), ("Thông tư", "TT-BGDĐT"), ("Quyết định", "QĐ-UBND"), ("Nghị quyết", "NQ-HĐND"),
    ("Thông tư liên tịch", "TTLT-BNV-BTC"),
]
LEGAL_ISSUERS = ["Chính phủ", "Thủ tướng Chính phủ", "Bộ Nội vụ", "Bộ Tài chính", "UBND tỉnh", "HĐND tỉnh"]
LAW_NAMES = ["Đất đai", "Thi đua, khen thưởng", "Cán bộ, công chức", "Viên chức", "Tổ chức chính quyền địa phương",
             "Ngân sách nhà nước", "Đầu tư công", "Tiếp cận thông tin"]
QH_ISSUERS = ["Quốc hội", "Ủy ban Thường vụ Quốc hội"]

LEADS = ["Căn cứ ", "Thực hiện ", "Theo ", "Triển khai ", "Quán triệt ", "Đã khen thưởng theo "]
BEFORE = ["", "Năm qua, tình hình kinh tế - xã hội trên địa bàn ổn định. ", "Về công tác chỉ đạo: ",
          "Trong kỳ, các thôn thực hiện tốt nhiệm vụ được giao.\n"]
SUBJECTS = ["tăng cường công tác thi đua, khen thưởng", "tổ chức Hội nghị điển hình tiên tiến",
            "triển khai công tác cải cách hành chính", "phòng, chống thiên tai"]
ENDINGS = [";", ".", ", các đơn vị đã triển khai thực hiện.", " đến toàn thể cán bộ, đảng viên."]


@dataclass
class Case:
    text: str
    start: int
    end: int
    want: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------------------- pieces
@st.composite
def numbers(draw, pad_small: bool | None = None):
    n = draw(st.integers(1, 9999))
    pad = draw(st.booleans()) if pad_small is None else pad_small
    return f"{n:02d}" if pad else str(n)


@st.composite
def dates(draw, party: bool = False, year: int | None = None):
    """(text after "ngày", the datetime.date it names) or None."""
    if draw(st.integers(0, 3)) == 0:
        return None
    lo, hi = (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else (dt.date(1990, 1, 1), dt.date(2030, 12, 31))
    d = draw(st.dates(lo, hi))
    day = f"{d.day:02d}" if draw(st.booleans()) else str(d.day)
    month = f"{d.month:02d}" if draw(st.booleans()) else str(d.month)
    if draw(st.booleans()):
        text = f"{day} tháng {month} năm {d.year}"
    else:
        sep = draw(st.sampled_from(["/", "-"] if party else ["/", "/", "-", "."]))
        text = f"{day}{sep}{month}{sep}{d.year}"
    return text, d


@st.composite
def embed(draw, core: str, core_end: int, date, issuers, want: dict, subject: bool = True) -> Case:
    """Wrap "<core>[ ngày <date>][ của <issuer>][ về <subject>]<ending>" in prose."""
    before = draw(st.sampled_from(BEFORE)) + draw(st.sampled_from(LEADS))
    body = core
    want = dict(want)
    if date:
        comma = "," if want["system"] == "party" and draw(st.booleans()) else ""
        gap = draw(st.sampled_from([" ", " ", " ", "\n"]))  # a line break before "ngày" stays in the span
        body += f"{comma}{gap}ngày {date[0]}"
        want.update(date=date[1], date_valid=True)
    else:
        want.update(date=None, date_valid=None)
    end = len(body)
    issuer = draw(st.one_of(st.none(), st.sampled_from(issuers)))
    if issuer:
        body += f" của {issuer}"
    want["issuer"] = issuer
    if subject and draw(st.booleans()):
        subj = draw(st.sampled_from(SUBJECTS))
        body += draw(st.sampled_from([" về việc ", " về "])) + subj
        want.setdefault("subject", subj)
        ending = draw(st.sampled_from([";", "."]))
    else:
        ending = draw(st.sampled_from(ENDINGS))
    text = before + body + ending
    return Case(text=text, start=len(before), end=len(before) + end, want=want)


def _so(draw) -> tuple[str, bool]:
    """What joins the type word and the number: " số ", " số: ", a line break around "số", or no "số"."""
    k = draw(st.integers(0, 9))
    if k == 0:
        return " ", False
    return {1: (" số: ", True), 2: ("\nsố ", True), 3: (" số\n", True)}.get(k, (" số ", True))


def _case(draw, word: str) -> str:
    """Type words are also written in lower case ("quyết định số …")."""
    return word.lower() if draw(st.integers(0, 3)) == 0 else word


# ----------------------------------------------------------------------------------------- systems
@st.composite
def state_citations(draw) -> Case:
    word, code = draw(st.sampled_from(STATE_TYPES))
    body = draw(st.sampled_from(STATE_BODIES))
    unit = draw(st.one_of(st.none(), st.sampled_from(UNITS)))
    symbol = f"{code}-{body}" + (f"-{unit}" if unit else "")
    num = draw(numbers())
    so, has_so = _so(draw)
    core = f"{_case(draw, word)}{so}{num}/{symbol}"
    want = dict(doc_type=word, type_code=code, number=num, year=None, symbol=symbol,
                issuer_code=symbol.split("-", 1)[1], system="state", has_so=has_so, type_inferred=False)
    return draw(embed(core, len(core), draw(dates()), STATE_ISSUERS, want))


@st.composite
def cong_van_citations(draw) -> Case:
    body = draw(st.sampled_from(["UBND", "SNV", "BNV", "SGDĐT", "PGDĐT", "BTĐKT", "UBMTTQ"]))
    unit = draw(st.one_of(st.none(), st.sampled_from(UNITS)))
    symbol = body + (f"-{unit}" if unit else "")
    num = draw(numbers())
    word = draw(st.sampled_from(["Công văn", "công văn", "Văn bản", "văn bản"]))
    so, has_so = _so(draw)
    core = f"{word}{so}{num}/{symbol}"
    want = dict(doc_type="Công văn", type_code=None, number=num, year=None, symbol=symbol, issuer_code=body,
                system="state", has_so=has_so, type_inferred=False)
    return draw(embed(core, len(core), draw(dates()), STATE_ISSUERS, want))


@st.composite
def party_citations(draw) -> Case:
    word, code = draw(st.sampled_from(PARTY_TYPES))
    body = draw(st.sampled_from(PARTY_BODIES))
    joint = draw(st.one_of(st.none(), st.sampled_from([b for b in PARTY_BODIES if b != body])))
    symbol = f"{code}/{body}" + (f"-{joint}" if joint else "")
    num = draw(numbers(pad_small=True))  # Party numbers below 10 take a leading 0
    so, has_so = _so(draw)
    core = f"{_case(draw, word)}{so}{num}-{symbol}"
    want = dict(doc_type=word, type_code=code, number=num, year=None, symbol=symbol, issuer_code=body,
                system="party", has_so=has_so, type_inferred=False)
    return draw(embed(core, len(core), draw(dates(party=True)), PARTY_ISSUERS, want))


@st.composite
def legal_citations(draw) -> Case:
    word, symbol = draw(st.sampled_from(LEGAL_TYPES))
    year = draw(st.integers(1995, 2030))
    num = draw(numbers())
    so, has_so = _so(draw)
    core = f"{_case(draw, word)}{so}{num}/{year}/{symbol}"
    code, issuer_code = symbol.split("-", 1)
    want = dict(doc_type=word, type_code=code, number=num, year=year, symbol=symbol, issuer_code=issuer_code,
                system="legal", has_so=has_so, type_inferred=False)
    return draw(embed(core, len(core), draw(dates(year=year)), LEGAL_ISSUERS, want))


@st.composite
def qh_citations(draw) -> Case:
    """Laws (optionally named), Quốc hội and UBTVQH resolutions: NN/YYYY/QHk, NN/YYYY/UBTVQHk."""
    kind = draw(st.sampled_from(["law", "law", "nq-qh", "nq-ubtvqh"]))
    term = draw(st.integers(11, 16))
    year = draw(st.integers(2002, 2030))
    num = draw(numbers())
    want = dict(type_code=None, number=num, year=year, system="legal", has_so=True, type_inferred=False)
    if kind == "law":
        name = draw(st.one_of(st.none(), st.sampled_from(LAW_NAMES)))
        word = "Luật" + (f" {name}" if name else "")
        symbol = f"QH{term}"
        want.update(doc_type="Luật", subject=name)
    else:
        word = "Nghị quyết"
        symbol = f"QH{term}" if kind == "nq-qh" else f"UBTVQH{term}"
        want.update(doc_type="Nghị quyết")
    core = f"{word} số {num}/{year}/{symbol}"
    want.update(symbol=symbol, issuer_code=symbol)
    return draw(embed(core, len(core), draw(dates(year=year)), QH_ISSUERS, want, subject=kind != "law"))


# ----------------------------------------------------------------------------------------- checks
def _check(case: Case) -> None:
    doc = vanban.parse(case.text)
    cites = doc.citations
    assert len(cites) == 1, (case.text, [c.text for c in cites])
    c = cites[0]
    got = {k: getattr(c, k) for k in case.want}
    assert got == case.want, case.text
    assert (c.start, c.end) == (case.start, case.end), (case.text, c.text)
    assert c.text == case.text[case.start:case.end]
    assert c.first_mention is None and c.short is False


@SETTINGS
@given(state_citations())
def test_state_round_trip(case):
    _check(case)


@SETTINGS
@given(cong_van_citations())
def test_cong_van_round_trip(case):
    _check(case)


@SETTINGS
@given(party_citations())
def test_party_round_trip(case):
    _check(case)


@SETTINGS
@given(legal_citations())
def test_legal_round_trip(case):
    _check(case)


@SETTINGS
@given(qh_citations())
def test_qh_round_trip(case):
    _check(case)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(1, 31), st.integers(1, 12), st.integers(1990, 2030), st.booleans())
def test_impossible_dates_are_flagged(day, month, year, words):
    """Any day 1–31 of any month: a real date gives its datetime.date, an impossible one date=None,
    date_valid=False."""
    try:
        want: dt.date | None = dt.date(year, month, day)
    except ValueError:
        want = None
    date = f"{day:02d} tháng {month} năm {year}" if words else f"{day:02d}/{month:02d}/{year}"
    text = f"Căn cứ Quyết định số 15/QĐ-UBND ngày {date} của UBND xã;"
    (c,) = vanban.parse(text).citations
    assert (c.date, c.date_valid) == (want, want is not None), text
    assert c.text == f"Quyết định số 15/QĐ-UBND ngày {date}"


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.one_of(state_citations(), party_citations(), legal_citations()), min_size=2, max_size=4))
def test_several_citations_in_one_paragraph(cases):
    """Citations one after another in one paragraph keep their own fields and spans."""
    text, spans = "", []
    for case in cases:
        offset = len(text)
        spans.append((offset + case.start, offset + case.end, case.want))
        text += case.text.replace("\n", " ") + " "
    doc = vanban.parse(text)
    assert [(c.start, c.end) for c in doc.citations] == [(s, e) for s, e, _ in spans], text
    for c, (_, _, want) in zip(doc.citations, spans):
        core = {k: want[k] for k in ("doc_type", "number", "symbol", "year", "system", "date")}
        assert {k: getattr(c, k) for k in core} == core, text
