"""Extractors: one module per kind of thing (citations, dates, quantities, awards)."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Document
from ..segment.lines import Context


def run_extractors(ctx: Context, doc: Document) -> None:
    """Fill ``doc.citations``, ``doc.dates``, ``doc.awards``, ``doc.award_lists`` and ``doc.quantities``."""
    from . import award_lists, awards, citations, dates, quantities

    doc.citations = citations.extract(ctx, doc)
    doc.dates = dates.extract(ctx, doc)
    # awards read citations (the deciding document) but not quantities; run before the quantities so that a
    # page of award sentences stops at the award limit without first reading every number on it
    doc.awards = awards.extract(ctx, doc)
    doc.award_lists = award_lists.extract(ctx, doc)
    if ctx.award_list_zones:  # an award named in a list's title or group heading is the list's, not another award
        zones = sorted(ctx.award_list_zones)
        zs = [z[0] for z in zones]

        def in_zone(pos: int) -> bool:
            k = bisect_right(zs, pos) - 1
            return k >= 0 and pos < zones[k][1]

        doc.awards = [a for a in doc.awards if not in_zone(a.start)]
    doc.quantities = quantities.extract(ctx, doc)
