"""Dates and periods mentioned in the text, each with its kind; invalid dates are kept with the reason.

Numbers that only look like dates (a document number ``2329/UBND``, a ratio ``04/04``, a fraction ``2/3``)
are not dates: a numeric date needs a four-digit year, or the word "ngày" before a day/month pair.
"""
from __future__ import annotations

import regex

from ..model import DateMention, Document
from ..segment.lines import Context
from ..util import check_date

_Y = r"(?:19|20|21)\d{2}"
DATE_RE = regex.compile(
    rf"""
      (?=[\dtTđĐnNqQgGsScCbBkK])
      (?P<asof>(?i:tính[ \t]+(?:đến|tới)|tính[ \t]+từ|đến[ \t]+hết|đến)[ \t]+(?i:ngày)[ \t]+)?
      (?:
        (?P<nd>(?<![\d/.-])(?P<d>\d{{1,2}})[ \t]*(?P<s>[/.-])[ \t]*(?P<m>\d{{1,2}})[ \t]*(?P=s)[ \t]*(?P<y>{_Y})(?![\d/]))
        (?:[ \t]*(?:-|đến)[ \t]*(?:ngày[ \t]+)?(?P<nd2>(?P<d2>\d{{1,2}})[ \t]*(?P<s2>[/.-])[ \t]*(?P<m2>\d{{1,2}})[ \t]*(?P=s2)[ \t]*(?P<y2>{_Y})(?![\d/])))?
      | (?P<wd>(?i:ngày)[ \t\n]+(?P<wdd>\d{{1,2}})[ \t\n]+(?i:tháng)[ \t\n]+(?P<wdm>\d{{1,2}})[ \t\n]+(?i:năm)[ \t\n]+(?P<wdy>{_Y}))
      | (?P<q>(?i:quý)[ \t]+(?P<qn>IV|I{{1,3}}|[1-4])(?![\p{{L}}])(?:[ \t]*(?:/|(?i:năm))[ \t]*(?P<qy>{_Y}))?)
      | (?P<hm>(?P<hn>0?6|0?9|0?3|sáu|chín|ba)[ \t]+(?i:tháng)(?:[ \t]+(?P<hpos>đầu|cuối))?[ \t]+(?i:năm)[ \t]+(?P<hy>{_Y}))
      | (?P<per>(?P<pk>(?i:giai[ \t]+đoạn|nhiệm[ \t]+kỳ|năm[ \t]+học|thời[ \t]+kỳ|niên[ \t]+khóa|khóa))[ \t]+(?P<py>{_Y})[ \t]*[-/][ \t]*(?P<py2>{_Y}|\d{{2}})(?!\d))
      | (?P<my>(?i:tháng)[ \t]+(?P<mm>\d{{1,2}})[ \t]*(?:/|[ \t](?i:năm)[ \t])[ \t]*(?P<myy>{_Y})(?!\d))
      | (?P<yr>(?i:năm)[ \t]+(?P<yy>{_Y})(?!\d)(?:[ \t]*[-–][ \t]*(?P<yy2>{_Y}))?)
      | (?P<rng>(?<![\d/.])(?P<ry>{_Y})[ \t]*[-–][ \t]*(?P<ry2>{_Y})(?![\d/]))
      | (?P<dm>(?<=(?i:ngày)[ \t]+)(?P<dmd>\d{{1,2}})[ \t]*/[ \t]*(?P<dmm>\d{{1,2}})(?![\d/]))
    )
    """,
    regex.VERBOSE,
)
_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HN = {"06": 6, "6": 6, "sáu": 6, "09": 9, "9": 9, "chín": 9, "03": 3, "3": 3, "ba": 3}


def extract(ctx: Context, doc: Document) -> list[DateMention]:
    text = ctx.text
    out: list[DateMention] = []
    cite_spans = [(c.start, c.end) for c in doc.citations]
    import bisect

    cite_starts = [a for a, _ in cite_spans]

    def in_cite(o: int) -> bool:
        k = bisect.bisect_right(cite_starts, o) - 1
        return k >= 0 and cite_spans[k][0] <= o < cite_spans[k][1]

    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        span = ctx.span(m.start(), m.end())
        if g["nd"] is not None or g["wd"] is not None:
            if g["nd"] is not None:
                d, mo, y = int(g["d"]), int(g["m"]), int(g["y"])
            else:
                d, mo, y = int(g["wdd"]), int(g["wdm"]), int(g["wdy"])
            iso, why = check_date(d, mo, y)
            kind = "as_of" if g["asof"] else ("range" if g["nd2"] else "date")
            dm = DateMention(kind=kind, value=iso, day=d, month=mo, year=y, valid=iso is None and False or iso is not None,
                             reason=why, **span)
            if g["nd2"]:
                iso2, why2 = check_date(int(g["d2"]), int(g["m2"]), int(g["y2"]))
                dm.end_year = int(g["y2"])
                if why2 and not why:
                    dm.valid, dm.reason = False, why2
        elif g["q"] is not None:
            dm = DateMention(kind="quarter", quarter=_Q[g["qn"].upper()], year=int(g["qy"]) if g["qy"] else None, **span)
        elif g["hm"] is not None:
            n = _HN[g["hn"].lower()]
            dm = DateMention(kind="half_year" if n == 6 else "months", months=n, year=int(g["hy"]), **span)
        elif g["per"] is not None:
            pk = " ".join(g["pk"].lower().split())
            kind = {"nhiệm kỳ": "term", "năm học": "school_year", "niên khóa": "school_year"}.get(pk, "period")
            y1 = int(g["py"])
            y2 = g["py2"]
            y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
            dm = DateMention(kind=kind, year=y1, end_year=y2i, **span)
        elif g["my"] is not None:
            mo = int(g["mm"])
            dm = DateMention(kind="month_year", month=mo, year=int(g["myy"]), valid=1 <= mo <= 12,
                             reason=None if 1 <= mo <= 12 else f"month {mo} does not exist", **span)
        elif g["yr"] is not None:
            if g["yy2"]:
                dm = DateMention(kind="period", year=int(g["yy"]), end_year=int(g["yy2"]), **span)
            else:
                dm = DateMention(kind="year", year=int(g["yy"]), **span)
        elif g["rng"] is not None:
            dm = DateMention(kind="period", year=int(g["ry"]), end_year=int(g["ry2"]), **span)
        else:  # "ngày 16/8" without a year
            d, mo = int(g["dmd"]), int(g["dmm"])
            ok = 1 <= mo <= 12 and 1 <= d <= 31
            dm = DateMention(kind="date", day=d, month=mo, valid=ok, reason=None if ok else "day or month out of range", **span)
        dm.in_citation = in_cite(dm.start)
        out.append(dm)
    return out
