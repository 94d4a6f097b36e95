"""The seed report against its gold annotation (skips when ../shared is absent)."""
import datetime as dt

import vanban


def _json(v):
    """A model value in the gold's notation: a date as its ISO text, as the JSON writes it."""
    return v.isoformat() if isinstance(v, dt.date) else v


def _flat(sections, depth=0):
    for s in sections:
        yield depth, s.label, s.line
        yield from _flat(s.children, depth + 1)


def _gold_flat(sections, depth=0):
    for s in sections:
        yield depth, s["label"].replace("PHẦN", "Phần"), s["line"]
        yield from _gold_flat(s.get("children", []), depth + 1)


def test_headings(seed_text, seed_gold):
    doc = vanban.parse(seed_text)
    assert list(_flat(doc.sections)) == list(_gold_flat(seed_gold["sections"]))
    lines = {s.line for s in doc.iter_sections()}
    assert not lines & set(seed_gold["list_items_not_headings"])


def test_header_signature_recipients(seed_text, seed_gold):
    doc = vanban.parse(seed_text)
    for k, v in seed_gold["header"].items():
        assert _json(getattr(doc.header, k)) == v, k
    for k, v in seed_gold["signature"].items():
        assert getattr(doc.signature, k) == v, k
    assert len(doc.recipients) == seed_gold["recipients_count"]
    assert doc.recipients[0].text == seed_gold["recipients_first"]
    assert doc.recipients[-1].text == seed_gold["recipients_last"]


def test_citations(seed_text, seed_gold):
    doc = vanban.parse(seed_text)
    assert len(doc.citations) == len(seed_gold["citations"])
    for c, g in zip(doc.citations, seed_gold["citations"]):
        assert c.text == g["text"]
        for f in ("line", "doc_type", "type_code", "number", "symbol", "issuer_code", "date", "date_valid", "system"):
            assert _json(getattr(c, f)) == g[f], (g["text"], f)
    issuers = {c.number: c.issuer for c in doc.citations}
    assert issuers["2329"] == "UBND huyện Ba Tơ" and issuers["34"] == "Bộ Chính trị" and issuers["31"] in ("Ban Thường vụ Tỉnh ủy", None)


def test_quantities(seed_text, seed_gold):
    doc = vanban.parse(seed_text)
    got = {(q.text, float(q.value), q.unit) for q in doc.quantities}
    for g in seed_gold["quantities"]:
        assert (g["text"], float(g["value"]), g["unit"]) in got, g
    four = [q for q in doc.quantities if q.text == "04 mô hình"][0]
    assert four.breakdown == [1, 2, 1]
    ratio = [q for q in doc.quantities if q.text == "04/04 thôn"][0]
    assert ratio.of == 4


def test_awards(seed_text, seed_gold):
    doc = vanban.parse(seed_text)
    reg = [a for a in doc.awards if a.status == "registered"]
    want = seed_gold["emulation_registration_2023"]
    assert len(reg) == len(want)
    for a, g in zip(reg, want):
        assert g.get("title", g.get("form")) in (a.name, a.name_text)
        if "count" in g:
            assert a.count == g["count"] and a.recipient == g["recipient"]
        if "grantor" in g:
            assert a.grantor == g["grantor"]
        if "share_percent" in g:
            assert a.share_percent == g["share_percent"] and a.of == g["of"]
    given = [a for a in doc.awards if a.status == "awarded" and a.decision_symbol]
    by_decision = {}
    for a in given:
        by_decision.setdefault(a.decision_symbol, a)
    for g in seed_gold["awards_given"]:
        a = by_decision[g["decision"]]
        assert a.decision_date == dt.date.fromisoformat(g["decision_date"])
        if "year" in g:
            assert a.year == g["year"]
        if "individuals" in g:
            assert a.individuals == g["individuals"]
        if "collectives" in g:
            assert a.collectives == g["collectives"]


def test_findings(seed_text, seed_gold):
    doc = vanban.parse(seed_text)
    findings = vanban.lint(doc)
    by_line = {}
    for f in findings:
        by_line.setdefault(f.line, []).append(f)
    for g in seed_gold["expected_findings"]:
        if g.get("required", True):
            assert any(f.name == g["kind"] or g["kind"] in ("missing-national-title",) for f in by_line.get(g["line"], [])), g
            assert any(f.name == g["kind"] for f in by_line.get(g["line"], [])), g
    gold_lines = {g["line"] for g in seed_gold["expected_findings"]}
    extra = [f for f in findings if f.severity in ("error", "warning") and f.line not in gold_lines]
    assert extra == []
    assert not any(f.name == "year-mismatch" and f.line in (23, 51, 92, 128, 130, 132) for f in findings)
