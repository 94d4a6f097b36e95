"""Legacy Vietnamese encodings: code charts, round trips, known samples and detection."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.read import legacy as L

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"

ALL_LETTERS = L.ALL_LOWER + L.ALL_UPPER
TONED_CAPITALS = [c for c in L.ALL_UPPER if c.lower() not in "aăâeêioôơuưyđ"]


def _seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("shared seed not available")
    return SEED.read_text(encoding="utf-8")


# --- the charts ------------------------------------------------------------------------------------------

def test_letter_inventory():
    assert len(L.ALL_LOWER) == 73  # 12 vowels x 6 tones + đ
    assert len(set(ALL_LETTERS)) == 146
    assert all(unicodedata.is_normalized("NFC", c) and len(c) == 1 for c in ALL_LETTERS)
    assert len(TONED_CAPITALS) == 60


def test_viscii_chart_covers_all_134_precomposed_letters_once():
    assert len(L._VISCII_BYTES) == 134
    assert set(L._VISCII_BYTES.values()) == set(ALL_LETTERS) - set("aeiouyAEIOUY")
    assert L._VISCII_BYTES[0x02] == "Ẳ" and L._VISCII_BYTES[0x1E] == "Ỵ"
    assert L._VISCII_BYTES[0x80] == "Ạ" and L._VISCII_BYTES[0xAE] == "ệ"
    assert L._VISCII_BYTES[0xD0] == "Đ" and L._VISCII_BYTES[0xF0] == "đ" and L._VISCII_BYTES[0xFF] == "Ữ"


def test_tcvn3_chart_positions():
    m = L._TCVN3_BYTES
    assert len(m) == 74  # 67 lower-case letters above ASCII + the 7 capitals Ă Â Ê Ô Ơ Ư Đ
    assert [m[b] for b in range(0xA1, 0xA8)] == list("ĂÂÊÔƠƯĐ")
    assert [m[b] for b in range(0xA8, 0xAF)] == list("ăâêôơưđ")
    assert [m[b] for b in (0xB5, 0xB6, 0xB7, 0xB8, 0xB9)] == list("àảãáạ")
    assert [m[b] for b in (0xC7, 0xC8, 0xC9, 0xCA, 0xCB)] == list("ầẩẫấậ")
    assert [m[b] for b in (0xFA, 0xFB, 0xFC, 0xFD, 0xFE)] == list("ỳỷỹýỵ")
    assert set(m.values()) == set(L.ALL_LOWER) - set("aeiouy") | set("ĂÂÊÔƠƯĐ")


def test_vni_codes():
    enc = L._VNI_ENCODE
    assert enc["á"] == "aù" and enc["Á"] == "AÙ"
    assert enc["ă"] == "aê" and enc["ắ"] == "aé" and enc["ặ"] == "aë"
    assert enc["â"] == "aâ" and enc["ấ"] == "aá" and enc["ẩ"] == "aå"
    assert enc["ơ"] == "ô" and enc["ờ"] == "ôø" and enc["ư"] == "ö" and enc["Ư"] == "Ö"
    assert enc["đ"] == "ñ" and enc["Đ"] == "Ñ"
    assert [enc[c] for c in "ìíỉĩị"] == ["ì", "í", "æ", "ó", "ò"]
    assert enc["ỵ"] == "î" and enc["ý"] == "yù"
    assert len(enc) == 146 - 12  # every letter but the six plain vowels in both cases


def test_canonical_encoding():
    assert L.canonical_encoding("ABC") == "tcvn3"
    assert L.canonical_encoding(" VNI-Windows ") == "vni"
    assert L.canonical_encoding("windows-1258") == "cp1258"
    assert L.canonical_encoding("VISCII") == "viscii"
    with pytest.raises(ValueError):
        L.canonical_encoding("koi8-r")


# --- known samples ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("legacy", "encoding", "expected"),
    [
        ("Uû ban nh©n d©n", "tcvn3", "Uỷ ban nhân dân"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
        ("¡n uèng, ¤ng ¥n, ¦u tiªn", "tcvn3", "Ăn uống, Ông Ơn, Ưu tiên"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "vni", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
        ("UÛy ban nhaân daân tænh", "vni", "Ủy ban nhân dân tỉnh"),
        ("Tröôøng, thuôû, quyù, kyõ, möôïn, ngaén, Ñaûng", "vni", "Trường, thuở, quý, kỹ, mượn, ngắn, Đảng"),
        ("Vi\u00aet Nam", "viscii", "Việt Nam"),
        ("\u00d0\u00b5c l\u00a7p", "viscii", "Độc lập"),
        ("Vi\u00ea\u00f2t Nam", "cp1258", "Việt Nam"),  # ê + combining dot below
        ("Qu\u00d5c h\u00f4\u00ecng", "cp1258", "QuƠc hống"),
    ],
)
def test_known_samples(legacy, encoding, expected):
    assert L.to_unicode(legacy, encoding) == expected


def test_viscii_bytes_in_either_glyph_form():
    # byte 0x9C is Ủ: cp1252 shows it as "œ", Latin-1 as the C1 control U+009C
    assert L.to_unicode("\u0153y ban", "viscii") == "Ủy ban"
    assert L.to_unicode("\u009cy ban", "viscii") == "Ủy ban"
    assert L.decode_bytes(b"\x9cy ban", "viscii") == "Ủy ban"
    # the C0 code points of VISCII
    assert L.decode_bytes(b"\x02 \x05 \x06 \x14 \x19 \x1e", "viscii") == "Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ"


def test_c1_form_of_typography_is_normalised():
    assert L.to_unicode("a \u0096 b \u0093c\u0094", "tcvn3") == "a – b “c”"
    assert L.to_unicode("a \u0096 b", "vni") == "a – b"


def test_decode_bytes_all_encodings():
    assert L.decode_bytes(b"U\xfb ban nh\xa9n d\xa9n", "tcvn3") == "Uỷ ban nhân dân"
    assert L.decode_bytes("Vieät Nam".encode("cp1252"), "vni") == "Việt Nam"
    assert L.decode_bytes(b"Vi\xea\xf2t Nam", "cp1258") == "Việt Nam"


def test_output_is_nfc_and_tone_placement_preserved():
    for enc in L.ENCODINGS:
        for word in ("hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe"):
            assert L.to_unicode(L.from_unicode(word, enc), enc) == word
    out = L.to_unicode("Vi\u00ea\u00f2t", "cp1258")
    assert unicodedata.is_normalized("NFC", out) and out == "Việt"
    # decomposed input is accepted by the encoder
    assert L.from_unicode(unicodedata.normalize("NFD", "Việt"), "tcvn3") == "ViÖt"


# --- exhaustive letter x tone round trips ----------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["vni", "viscii", "cp1258"])
def test_every_letter_round_trips(encoding):
    for letter in ALL_LETTERS:
        glyphs = L.from_unicode(letter, encoding)
        assert L.to_unicode(glyphs, encoding) == letter, (encoding, letter, glyphs)
        raw = L.encode_bytes(letter, encoding, errors="strict")
        assert L.decode_bytes(raw, encoding) == letter
    # all letters in one string too (VNI sequences must not run into each other)
    text = "".join(ALL_LETTERS)
    assert L.to_unicode(L.from_unicode(text, encoding), encoding) == text


def test_every_tcvn3_letter_round_trips_honestly():
    for letter in L.ALL_LOWER + tuple("ĂÂÊÔƠƯĐ"):
        assert L.to_unicode(L.from_unicode(letter, "tcvn3", errors="strict"), "tcvn3") == letter
    for letter in TONED_CAPITALS:
        # no code point: the default writes the lower-case glyph (lossy) ...
        assert L.to_unicode(L.from_unicode(letter, "tcvn3"), "tcvn3") == letter.lower()
        # ... strict refuses ...
        with pytest.raises(ValueError):
            L.from_unicode(letter, "tcvn3", errors="strict")
        # ... and the .VnTimeH capitals mode is exact
        assert L.to_unicode(L.from_unicode(letter, "tcvn3", capitals=True), "tcvn3", capitals=True) == letter
    assert L.from_unicode("Ủ", "tcvn3") == "ñ"
    assert L.from_unicode("BÁO CÁO", "tcvn3", capitals=True) == "b¸o c¸o"


# --- hypothesis round trips ------------------------------------------------------------------------------

_ALPHABET = "".join(ALL_LETTERS) + "bcdghklmnpqrstvxfjwzBCDGHKLMNPQRSTVXFJWZ0123456789 \n.,;:!?()-/\"'%"
vietnamese_text = st.text(alphabet=_ALPHABET, max_size=200)


@settings(max_examples=150, deadline=None)
@given(vietnamese_text)
def test_random_text_round_trips_exactly(text):
    for enc in ("vni", "viscii", "cp1258"):
        assert L.to_unicode(L.from_unicode(text, enc, errors="strict"), enc) == text
        assert L.decode_bytes(L.encode_bytes(text, enc, errors="strict"), enc) == text


@settings(max_examples=150, deadline=None)
@given(vietnamese_text)
def test_random_text_round_trips_tcvn3(text):
    # lower case is exact; capitals mode is exact for the upper-cased text; mixed case keeps the letters
    assert L.to_unicode(L.from_unicode(text.lower(), "tcvn3", errors="strict"), "tcvn3") == text.lower()
    caps = L.from_unicode(text, "tcvn3", capitals=True)
    assert L.to_unicode(caps, "tcvn3", capitals=True) == text.upper()
    assert L.to_unicode(L.from_unicode(text, "tcvn3"), "tcvn3").lower() == text.lower()


# --- TCVN3 capitals heuristic ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("legacy", "expected"),
    [
        ("B¸O C¸O", "BÁO CÁO"),
        ("UBND X· BA V×", "UBND XÃ BA VÌ"),
        ("Sè: /BC-UBND", "Số: /BC-UBND"),
        ("NHIÖM Vô C¤NG T¸C", "NHIỆM VỤ CÔNG TÁC"),
        ("TR¦êNG §¹I HäC ë Hµ NéI", "TRƯỜNG ĐẠI HỌC Ở HÀ NỘI"),
        ("Uû ban nh©n d©n tØnh", "Uỷ ban nhân dân tỉnh"),
        ("UBND tØnh vµ H§ND", "UBND tỉnh và HĐND"),
    ],
)
def test_tcvn3_auto_capitals(legacy, expected):
    assert L.to_unicode(legacy, "tcvn3", capitals="auto") == expected


def test_tcvn3_capitals_true_uppercases_everything():
    assert L.to_unicode("céng hoµ", "tcvn3", capitals=True) == "CỘNG HOÀ"


# --- unrepresentable characters --------------------------------------------------------------------------

def test_errors_modes():
    assert L.from_unicode("a – b “c” …", "viscii") == 'a - b "c" ...'
    assert L.from_unicode("x € y", "viscii") == "x ? y"
    assert L.from_unicode("x € y", "viscii", errors="ignore") == "x  y"
    with pytest.raises(ValueError):
        L.from_unicode("a – b", "viscii", errors="strict")
    # TCVN3 and VNI keep Windows typography (bytes 0x80-0x9F are free there)
    assert L.from_unicode("a – b “c”", "tcvn3", errors="strict") == "a – b “c”"
    assert L.from_unicode("a – b “c”", "vni", errors="strict") == "a – b “c”"
    # a Latin-1 letter that is a VNI code cannot stand for itself
    assert L.from_unicode("ö", "vni") == "?"
    with pytest.raises(ValueError):
        L.from_unicode("x", "vni", errors="bogus")  # type: ignore[arg-type]


def test_glyph_bytes_round_trip():
    data = bytes(range(256))
    assert L.glyphs_to_bytes(L.bytes_to_glyphs(data)) == data
    assert L.bytes_to_glyphs(b"\x96\x81") == "–\x81"
    with pytest.raises(ValueError):
        L.glyphs_to_bytes("Ủ")


# --- syllables and detection -----------------------------------------------------------------------------

def test_is_vietnamese_syllable():
    for word in ("nguyễn", "quốc", "Trường", "gì", "khuya", "oái", "giữ", "đồng", "thuở"):
        assert L.is_vietnamese_syllable(word), word
    for word in ("ộlốve", "nh©n", "cafộ", "stress", "hóà", "xyz", "viẠn", "tRường", ""):
        assert not L.is_vietnamese_syllable(word), word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uû ban nh©n d©n x· Ba V×", "tcvn3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni"),
        (L.from_unicode("Cộng hòa xã hội chủ nghĩa Việt Nam", "viscii"), "viscii"),
        (L.from_unicode("Cộng hòa xã hội chủ nghĩa Việt Nam", "cp1258"), "cp1258"),
    ],
)
def test_detect_samples(text, expected):
    enc, conf = L.detect(text)
    assert enc == expected
    assert 0.5 < conf < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân xã Ba Vì báo cáo công tác thi đua, khen thưởng năm 2023.",
        "Tôi là ai",
        "Hello world, this is plain English.",
        "Café au lait © 2023 – “quoted” text, it’s naïve façade déjà vu.",
        "Straße, Größe, über, Ärger — ein ganz normaler deutscher Satz.",
        "",
        "12345 !!! ---",
    ],
)
def test_detect_does_not_fire_on_unicode_or_english(text):
    enc, conf = L.detect(text)
    assert enc is None
    assert 0.0 <= conf <= 1.0


def test_detect_ignores_ocr_noise_with_euro_signs():
    # bad OCR layers write "€" for "ê"; VISCII would read it as "Ạ" (byte 0x80) inside lower-case words
    text = "Bi€n b6n hgp: vi€c tr€n li€n Hi€p, huy€n ch€ di€m vi€t n€u phi€n ti€ng thi€u."
    assert L.detect(text)[0] is None


def test_detect_unicode_vietnamese_is_confident():
    enc, conf = L.detect("Ủy ban nhân dân xã Ba Vì báo cáo công tác thi đua, khen thưởng năm 2023.")
    assert enc is None and conf > 0.8


@pytest.mark.parametrize("encoding", L.ENCODINGS)
def test_seed_in_each_encoding_is_detected_and_converted_back(encoding):
    seed = _seed_text()
    assert L.detect(seed)[0] is None
    glyphs = L.from_unicode(seed, encoding)
    enc, conf = L.detect(glyphs)
    assert enc == encoding
    assert conf > 0.85
    back = L.to_unicode(glyphs, encoding, capitals="auto" if encoding == "tcvn3" else False)
    if encoding == "viscii":
        # VISCII has no en dash or curly quotes: the encoder wrote ASCII look-alikes
        expected = seed.translate(str.maketrans({"–": "-", "“": '"', "”": '"'}))
        assert sum(1 for a, b in zip(back, seed) if a != b) == 39
    else:
        expected = seed
    assert back == expected
    # the Latin-1 glyph form (C1 controls) is detected too
    latin1_form = L.glyphs_to_bytes(glyphs).decode("latin-1")
    assert L.detect(latin1_form)[0] == encoding
    assert L.decode_bytes(L.glyphs_to_bytes(glyphs), encoding, capitals="auto") == expected


def test_seed_tcvn3_without_auto_loses_only_capital_tones():
    seed = _seed_text()
    back = L.to_unicode(L.from_unicode(seed, "tcvn3"), "tcvn3")
    assert back != seed
    assert back.lower() == seed.lower()
    assert "BáO CáO" in back


def test_looks_legacy_for_short_runs_of_a_known_font():
    assert L.looks_legacy("Uû", "tcvn3")
    assert L.looks_legacy("B¸O C¸O", "tcvn3")
    assert L.looks_legacy("Vieät", "VNI-Windows")
    assert not L.looks_legacy("Ủy ban", "tcvn3")  # already Unicode
    assert not L.looks_legacy("Ban", "tcvn3")  # ASCII: nothing to convert
    assert not L.looks_legacy("café crème", "tcvn3")
    assert L.detect("Uû")[0] is None  # one word is too little for detection without a font
    assert L.has_unicode_vietnamese("thưởng") and not L.has_unicode_vietnamese("th­ëng")


def test_toned_capitals_tcvn3_could_not_write_come_back_where_a_capital_is_due():
    from vanban.read.legacy import from_unicode, glyphs_to_bytes, decode_bytes

    text = ("Kính gửi: Ủy ban nhân dân huyện Bảo Lâm.\nỦy ban nhân dân xã Tân Lập báo cáo như sau. Ấp Bình An "
            "đã hoàn thành.\n- Ấp Tân Hòa;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Thị Ngọc Ánh\n")
    legacy = glyphs_to_bytes(from_unicode(text, "tcvn3"))
    back = decode_bytes(legacy, "tcvn3", capitals="auto")
    assert back.split("\n") == text.split("\n")
    # a toned vowel inside a sentence stays as written
    assert decode_bytes(glyphs_to_bytes(from_unicode("Xã có ấp mới.", "tcvn3")), "tcvn3", capitals="auto") == "Xã có ấp mới."
