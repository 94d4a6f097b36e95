"""Property tests: parse never raises, spans are exact, sections nest, parse is deterministic."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vanban
from vanban.normalize import Normalized

from .test_model_contract import _spans

PIECES = [
    "Số: 15/QĐ-UBND", "Số: /BC-UBND", "Số 02-KH/ĐU", "BÁO CÁO", "QUYẾT ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Ba Vì, ngày 03 tháng 11 năm 2023", "Phần I", "I. ", "II- ", "1. ", "2.1. ", "a) ",
    "b/ ", "- ", "+ ", "Điều 1. ", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A",
    "Quyết định số 93/QĐ-UBND ngày 24/01/2022 của UBND tỉnh", "80/02/2023", "năm 2022", "04/04 thôn", "**", "*",
    "“", "”", "–", "\u00a0", "\u200b", "\r\n", "|", "hoà", "thuỷ", "quý", "e\u0301", "05 phong trào", "25% LĐTT",
    "DANH SÁCH KHEN THƯỞNG", "DANH SÁCH", "|1|Nguyễn Văn A|", "2\tBà B\t", "Danh hiệu “Lao động tiên tiến” (02 cá nhân):",
    "Lao đông tiên tiến", "__Nơi nhận__:", "\n\n\n\n\n", "||||", "1.", "trong đó:", "1.245,5 ha",
]
text_st = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠáàảãạ0123456789 .,;:/-()\n", max_size=30)),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_st)
def test_parse_never_raises_and_spans_exact(text):
    doc = vanban.parse(text, path="văn bản")
    for o in _spans(doc):
        assert 0 <= o.start <= o.end <= len(text)
        assert text[o.start:o.end] == o.text
        assert o.line == text.count("\n", 0, o.start) + 1
    vanban.lint(doc)


@settings(max_examples=100, deadline=None)
@given(text_st)
def test_sections_nest_and_do_not_overlap(text):
    doc = vanban.parse(text, path="văn bản")

    def check(secs, lo, hi):
        prev_end = lo
        for s in secs:
            assert lo <= s.start and s.body_end <= hi
            assert s.start >= prev_end
            prev_end = s.body_end
            check(s.children, s.start, s.body_end)

    check(doc.sections, 0, len(text))


@settings(max_examples=60, deadline=None)
@given(text_st)
def test_parse_is_deterministic_and_round_trips(text):
    a, b = vanban.parse(text, path="văn bản"), vanban.parse(text, path="văn bản")
    assert a.model_dump_json() == b.model_dump_json()
    assert type(a).model_validate_json(a.model_dump_json()) == a


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_normalized_map_is_monotonic_and_in_range(text):
    n = Normalized(text)
    last = 0
    for i in range(len(n.text) + 1):
        o = n.to_orig(i)
        assert 0 <= o <= len(text)
        assert o >= last
        last = o


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 25)), max_size=12), st.integers(-2, 90))
def test_interval_cover_matches_brute_force(pairs, pos):
    """The O(log n) 'inside any span' test used by the citation extractor agrees with the obvious loop."""
    from vanban.util import Cover as _Cover

    intervals = [(a, a + w) for a, w in pairs]
    assert _Cover(intervals)(pos) == any(a <= pos < b for a, b in intervals)


def test_many_citations_and_short_mentions_all_linked():
    """4,000 citations with later short mentions: every citation and mention is found, and each short mention
    links back to its full citation (this used to be an O(n^2) scan of covered spans)."""
    parts = [f"Quyết định số {i}/QĐ-UBND ngày 01/02/2023 của UBND xã.\n" for i in range(1, 2001)]
    parts += [f"Thực hiện Quyết định {i} nêu trên.\n" for i in range(1, 2001)]
    doc = vanban.parse("".join(parts), path="văn bản")
    full = [c for c in doc.citations if not c.short]
    short = [c for c in doc.citations if c.short]
    assert len(full) == 2000 and len(short) == 2000
    assert all(doc.citations[c.first_mention].number == c.number for c in short)
