"""The analysis layer: facts about a parsed document, computed once, read by every rule.

Pipeline: read → normalize → segment → extract → **analysis** → rules. The extractors parse; this layer
derives what the rules need to know about the context of a span — is it in a title line, a table row, a
quotation, an amended provision, an attached regulation, a worked example? which sentence holds it? does a
comparison with an earlier period govern it? — so that no rule re-reads the text to guess.

:func:`analyse` builds :class:`vanban.model.Facts`: the line kinds and regions at once (one pass over the
lines), everything else on first use through :data:`PROVIDERS` (one function per fact, each in its own
module of this package).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Document, Facts
from ..normalize import normalized_for
from .lines import document_kinds
from .regions import find_regions

#: fact name -> "module:function" of this package that builds it from the Facts (imported on first use)
PROVIDERS: dict[str, str] = {
    "sentences": "sentences:sentences",
    "sentence_starts": "sentences:sentence_starts",
    "comparisons": "comparisons:comparisons",
    "tables": "tables:tables",
    "table_refs": "tables:table_refs",
    "numbers": "numbers:numbers",
    "relations": "numbers:relations",
    "breakdowns": "breakdowns:breakdowns",
    "malformed_symbols": "symbols:malformed_symbols",
    # labels glued into the middle of a line by a hard wrap ("… hàng năm b. Địa điểm"): VB201
    "glued_labels": "lines:glued_labels",
    "embedded_starts": "embedded:embedded_starts",
    # the words of the text, split once: tokens and the set of distinct words (gates for the word facts)
    "tokens": "words:tokens",
    "word_set": "words:word_set",
    "phrase_typos": "words:phrase_typos",
    "bad_syllables": "words:bad_syllables",
    "abbreviations": "words:abbreviations",
    "doubled_words": "words:doubled_words",
    "broken_word": "words:broken_word",
    "cited_spans": "cited:cited_spans",
    # administrative units: mentions with their chains and context, district-level references (VB801/802/602)
    "units": ".extract.units:units",
    "district_refs": ".extract.units:district_refs",
    # awards: the document's own decision, grantor levels, totals, list groups and rows (VB601/VB604/VB605)
    "award_facts": ".extract.awards:award_facts",
    # issuing-body mentions with their level ("UBND tỉnh", "Sở Nội vụ", "của huyện"): VB411
    "bodies": "bodies:bodies",
    "enumerations": "enumerations:enumerations",
}


def _provider(spec: str) -> Callable[[Facts], Any]:
    mod, fn = spec.split(":")
    resolved: list[Callable[[Facts], Any]] = []

    def build(facts: Facts) -> Any:
        if not resolved:
            from importlib import import_module

            resolved.append(getattr(import_module(f".{mod}", __name__), fn))
        return resolved[0](facts)

    return build


_BUILT = {name: _provider(spec) for name, spec in PROVIDERS.items()}


def analyse(doc: Document, ctx: Any = None) -> Facts:
    """The facts of ``doc``. ``ctx`` is the parser's :class:`vanban.segment.lines.Context` when the pipeline
    calls this (its normalized text is reused); without it the text is normalized again."""
    norm = ctx.norm if ctx is not None and ctx.original is doc.text else normalized_for(doc.text)
    starts, kinds = document_kinds(doc)
    facts = Facts(doc.text, norm.text, norm.to_orig, norm.to_orig_end, starts, kinds, [], _BUILT, context=ctx,
                  norm_span=norm.span)
    facts.document = doc
    facts.regions.extend(find_regions(doc, facts))
    return facts
