"""The original .docx/.doc/.pdf files of the real corpus: header fields and heading labels compared with what
careful readers verified (tests/data/real/NNNN.json). Skips when ../shared is absent.

Today's per-document results are pinned in tests/data/originals_status.json: a document that passes must
keep passing. After an improvement: ``python tests/test_originals.py --update``.
"""
import json
import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
EXPECT = ROOT / "tests" / "data" / "real"
STATUS = ROOT / "tests" / "data" / "originals_status.json"
HEADER_FIELDS = ("number", "symbol", "type_code", "date", "place")

pytestmark = pytest.mark.skipif(not (REAL / "originals").is_dir(), reason="../shared corpus not available")


def _originals():
    if not (REAL / "originals").is_dir():
        return []
    out = []
    for p in sorted((REAL / "originals").iterdir()):
        doc_id = p.name.split(".")[0]
        if (EXPECT / f"{doc_id}.json").is_file():
            out.append((doc_id, p))
    return out


@lru_cache(maxsize=None)
def _result(doc_id: str, path: str) -> dict:
    import vanban
    from vanban.errors import ReadError

    exp = json.loads((EXPECT / f"{doc_id}.json").read_text(encoding="utf-8"))
    try:
        doc = vanban.load(path)
    except ReadError as e:
        return {"error": e.code}
    h = doc.header
    got_header = {f: getattr(h, f) for f in HEADER_FIELDS}
    if got_header["date"] is not None:
        got_header["date"] = got_header["date"].isoformat()  # the expectations write it as the JSON does
    bad = sorted(f for f in HEADER_FIELDS if f in exp["header"] and got_header[f] != exp["header"][f])
    want = [x["label"] for x in exp["headings"]]
    got = [s.label for s in doc.iter_sections()]
    return {"header": "pass" if not bad else "fail", "header_fails": bad,
            "headings": "pass" if want == got else "fail", "headings_found": len(got), "headings_expected": len(want)}


def _status() -> dict:
    return json.loads(STATUS.read_text(encoding="utf-8")) if STATUS.is_file() else {}


@pytest.mark.parametrize("doc_id,path", _originals(), ids=[d for d, _ in _originals()])
def test_original_matches_what_was_verified(doc_id, path):
    pinned = _status().get(doc_id)
    got = _result(doc_id, str(path))
    if got.get("error") == "needs_converter" and (pinned or {}).get("error") != "needs_converter":
        pytest.skip(f"{path.name}: a .doc needs LibreOffice or antiword, neither is installed here")
    assert "error" not in got or (pinned and pinned.get("error") == got["error"]), got
    if pinned is None:
        pytest.skip("not pinned yet: run python tests/test_originals.py --update")
    if pinned.get("header") == "pass":
        assert got["header"] == "pass", f"header fields now wrong: {got['header_fails']}"
    if pinned.get("headings") == "pass":
        assert got["headings"] == "pass", f"heading labels differ ({got['headings_found']} found, {got['headings_expected']} expected)"


def test_most_originals_agree():
    st = _status()
    header_ok = sum(1 for v in st.values() if v.get("header") == "pass")
    heads_ok = sum(1 for v in st.values() if v.get("headings") == "pass")
    assert header_ok >= 0.9 * len(st) and heads_ok >= 0.7 * len(st), (header_ok, heads_ok, len(st))


def test_auto_numbered_docx_show_their_labels():
    import vanban

    for name, first in (("0014.docx", "I"), ("0081.docx", "I")):
        p = REAL / "originals" / name
        if not p.is_file():
            pytest.skip(f"{name} missing")
        doc = vanban.load(p)
        labels = [s.label for s in doc.iter_sections()]
        assert first in labels and len(labels) >= 10, (name, labels[:12])


if __name__ == "__main__":
    if "--update" in sys.argv:
        STATUS.write_text(json.dumps({d: _result(d, str(p)) for d, p in _originals()}, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
        print(f"wrote {STATUS}")
