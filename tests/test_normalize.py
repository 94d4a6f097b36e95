"""Normalization: what the parser matches on, and the map back to the text the user gave."""
from __future__ import annotations

import datetime
import unicodedata

import pytest

import vanban
from vanban.normalize import Normalized


@pytest.mark.parametrize("given,matched", [
    ("**Nơi nhận:**", "Nơi nhận:"),
    ("\\*Nơi nhận:\\*", "Nơi nhận:"),
    ("__Nơi nhận__:", "Nơi nhận:"),
    ("Ghi chú: __Lưu ý__ và __Kiến nghị__.", "Ghi chú: Lưu ý và Kiến nghị."),
    ("## I. TÌNH HÌNH", "I. TÌNH HÌNH"),
    ("Số: ______/QĐ-UBND", "Số: ______/QĐ-UBND"),  # a fill-in blank is not emphasis
    ("ten_bien__khac", "ten_bien__khac"),
    ("Ủy ban\u00a0nhân dân – xã", "Ủy ban nhân dân - xã"),
    ("“Ngày hội” ‘đại đoàn kết’", "\"Ngày hội\" 'đại đoàn kết'"),
    ("Ðảng ủy xã", "Đảng ủy xã"),  # the Icelandic eth some converters give for Đ
    ("thuỷ lợi, hoà giải", "thủy lợi, hòa giải"),
    ("quà tặng", "quà tặng"),  # "uà" after q is not a misplaced tone
])
def test_normalized_text(given, matched):
    assert Normalized(given).text == matched


def test_underscore_bold_does_not_hide_noi_nhan():
    text = ("Nội dung báo cáo.\n\n__Nơi nhận__:\n- UBND huyện;\n- Lưu: VT.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    doc = vanban.parse(text)
    assert [r.text for r in doc.recipients] == ["UBND huyện", "Lưu: VT."]
    assert doc.recipients[-1].is_archive


def test_spans_point_into_the_given_text_around_removed_markers():
    text = "**Căn cứ** __Quyết định số 12/QĐ-UBND__ ngày 05/3/2023"
    doc = vanban.parse(text)
    (c,) = doc.citations
    # the span is the original text: the closing "__" inside it stays, the opening one is outside
    assert (c.start, c.text) == (13, "Quyết định số 12/QĐ-UBND__ ngày 05/3/2023")
    assert text[c.start:c.end] == c.text and c.number == "12" and c.date == datetime.date(2023, 3, 5)


def test_a_blank_line_in_crlf_is_one_blank_line():
    """A CRLF is one line break: "a\\r\\n\\r\\nb" holds one blank line, as "a\\n\\nb" does (it was read as four
    breaks and folded as a long gap, which lost a biên bản's signature)."""
    from vanban.normalize import Normalized

    assert Normalized("a\r\n\r\nb").text == Normalized("a\n\nb").text == "a\n\nb"
    assert Normalized("a\r\n\r\n\r\n\r\n\r\n\r\nb").text == "a\n\n\nb"
    assert Normalized("a\r\rb").text == "a\n\nb"


def test_decomposed_text_is_composed_and_every_word_maps_back_to_its_own_letters():
    given = "Vie\u0302\u0323t Nam\r\nho\u0300a bi\u0300nh, thu\u0309y lo\u031b\u0323i — Ba\u0301o ca\u0301o"
    n = Normalized(given)
    assert n.text == "Việt Nam\nhòa bình, thủy lợi - Báo cáo"
    for word in ("Việt", "Nam", "hòa", "bình", "thủy", "lợi", "Báo", "cáo"):
        s = n.text.index(word)
        os_, oe = n.span(s, s + len(word))
        assert unicodedata.normalize("NFC", given[os_:oe]) == word
    # a composed and a decomposed copy of one text give the same normalized text
    assert Normalized(unicodedata.normalize("NFC", given)).text == n.text


def test_a_decomposed_text_with_edits_of_every_kind_keeps_its_pieces_in_order():
    given = "**Nơ\u0301i** |a|\n\n\n\n\n# Tie\u0302\u0301u\u200b đê\u0300\r\nhoà"
    n = Normalized(given)
    assert n.text == "Nới \na\n\n\nTiếu đề\nhòa"
    assert n.to_orig(n.text.index("đề")) == given.index("đ")
    assert n.to_orig_end(len(n.text)) == len(given)
