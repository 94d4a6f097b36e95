"""Less work on pages of figures (issue 17): what the speed-ups of the quantities extractor rely on.

* A pass stopped at the quantities limit builds no Quantity object: the objects are built once the scan is over,
  so the first pass over a page of figures (which is parsed again up to the cut) does not build the ones it drops.
* The unit after a number is read with as few words as the longest unit starting with its first word: the same
  unit as reading the most words any unit has, for every unit of the lexicon and what may follow it.
"""
from __future__ import annotations

import regex

import vanban
from vanban.extract import quantities
from vanban.limits import Limits

FIGURES = "Xã có 120 hộ, trong đó: hộ nghèo 45 hộ, trong đó: 12 hộ, trong đó 5 hộ; đạt 100%, tăng 5,5%; " \
          "một trăm hai mươi ba hộ, "


def test_a_pass_stopped_at_the_quantities_limit_builds_no_quantity(monkeypatch):
    built = []
    real = quantities.Quantity

    def counting(**kw):
        built.append(kw["start"])
        return real(**kw)

    monkeypatch.setattr(quantities, "Quantity", counting)
    doc = vanban.parse(FIGURES * 40, limits=Limits(quantities=50))
    assert doc.truncated is not None and doc.truncated.kind == "quantities"
    assert len(doc.quantities) == 50
    assert any(q.spelled for q in doc.quantities) and any(q.percent for q in doc.quantities)
    # only the pass up to the cut built objects (the first pass, stopped at the 51st, built none)
    assert sorted(built) == [q.start for q in doc.quantities]


def test_the_cut_and_the_quantities_are_those_of_a_parse_of_the_part_before_it():
    text = FIGURES * 40
    doc = vanban.parse(text, limits=Limits(quantities=50))
    part = vanban.parse(text[:doc.truncated.start], limits=Limits(quantities=1 << 40))
    assert [q.model_dump() for q in doc.quantities] == [q.model_dump() for q in part.quantities]


_W1 = r"([^\W\d_]+[²³]?,?)"
_ALL_WORDS = regex.compile(r"(?:[ \t]*" + _W1 + ")" + (r"(?:[ \t]+" + _W1 + ")?") * (quantities._MAX_UNIT_WORDS - 1))


def _unit_after_all_words(text: str, pos: int) -> tuple[str | None, int]:
    """The unit look-up as it was: the most words any unit has, every key from the longest down."""
    m = _ALL_WORDS.match(text, pos)
    if not m:
        return None, pos
    words = [w for w in m.groups() if w]
    if words[0].lower() not in quantities._UNIT_FIRST:
        return None, pos
    for k in range(len(words), 0, -1):
        key = " ".join(words[:k]).lower()
        end = m.end(k)
        if key.endswith(","):
            key, end = key[:-1], end - 1
        if key in quantities._UNITS:
            per = quantities._PER_UNIT.match(text, end)
            if per:
                return key + per.group(), per.end()
            return key, end
    return None, pos


def test_the_unit_read_with_fewer_words_is_the_same():
    units = sorted(quantities._UNITS)
    tails = ["", ".", ", gồm", " nghèo", " gia đình thuộc diện", ", phường, thị trấn và", "/người/năm",
             " và 3 xã", "\tTổ", " trong đó", ",,", "² đất"]
    assert "người" in units and any(" " in u for u in units)
    n = 0
    for u in units:
        for written in (u, u.upper(), u.capitalize(), u.replace(" ", "  ")):
            for tail in tails:
                text = "12 " + written + tail
                assert quantities._unit_after(text, 2) == _unit_after_all_words(text, 2), text
                n += 1
    for text in ("12 tháng", "12 trong đó", "12", "12 ", "12 x", "12 hộ,", "12 hộ, trong đó"):
        assert quantities._unit_after(text, 2) == _unit_after_all_words(text, 2), text
    assert n > 1000


def test_parse_pauses_the_collector_and_restores_it(monkeypatch):
    import gc

    from vanban import pipeline

    seen = []
    real = pipeline._build

    def spy(*a, **kw):
        seen.append(gc.isenabled())
        return real(*a, **kw)

    monkeypatch.setattr(pipeline, "_build", spy)
    assert gc.isenabled()
    doc = vanban.parse(FIGURES * 40, limits=Limits(quantities=50))
    assert gc.isenabled() and seen == [False, False]  # both passes (the first one stopped at the limit)
    assert len(doc.quantities) == 50
    gc.disable()
    try:
        vanban.parse(FIGURES)
        assert not gc.isenabled()  # a collector the caller had disabled stays disabled
    finally:
        gc.enable()
