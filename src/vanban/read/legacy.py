"""Legacy Vietnamese 8-bit encodings: TCVN3 (ABC), VNI-Windows, VISCII and Windows-1258.

Documents typed before Unicode was common use 8-bit fonts whose glyph at each byte is a Vietnamese letter.
Once such text reaches Python it is usually a ``str`` whose characters are the Windows-1252 (or Latin-1)
glyphs of the legacy bytes — the "glyph form": ``"Uû ban nh©n d©n"`` is TCVN3 for ``"Uỷ ban nhân dân"``.
Both glyph forms are accepted on input: bytes 0x80–0x9F may appear as their cp1252 characters (``"–"``) or
as the C1 control characters Latin-1 gives them (``"\\x96"``). The encoder (:func:`from_unicode`) always
produces the cp1252 glyph form, the form Word and most extractors hand over.

The code charts (written here from the published tables, not copied from any converter):

* **TCVN3** (TCVN 5712:1993, VN3 — the ``.VnTime`` fonts). One byte per letter, but only the lower-case
  letters carry tones; the capitals Ă Â Ê Ô Ơ Ư Đ exist (0xA1–0xA7) and the toned capitals do not. Headings
  were typed with the capitals-only ``.VnTimeH`` fonts, which draw capitals at the lower-case code points.
* **VNI** (VNI-Windows fonts). An ASCII base letter followed by one modifier byte (``"a" + "ù" = "á"``,
  ``"a" + "ê" = "ă"``, ``"a" + "á" = "ấ"``); ơ ư đ and the toned i letters and ỵ are single bytes.
  Capitals use the upper-case modifier bytes (``"AÙ" = "Á"``).
* **VISCII** 1.1 (RFC 1456). One byte per precomposed letter, all 134 of them, six of them in the C0
  control range (0x02 0x05 0x06 0x14 0x19 0x1E).
* **cp1258** (Windows Vietnamese): precomposed ă â ê ô ơ ư đ plus *combining* tone marks; decoded text is
  normalised to NFC. Python ships this codec; only the glyph-form handling is here.

Tone placement (``hoà``/``hòa``, ``uỷ``/``ủy``) is preserved exactly as the legacy text has it; output is NFC.

Public API: :func:`to_unicode`, :func:`from_unicode`, :func:`decode_bytes`, :func:`encode_bytes`,
:func:`detect` (is a text legacy mojibake, and which?), :func:`looks_legacy` (is this short run, whose
encoding a font already names, really mojibake?), :func:`has_unicode_vietnamese`,
:func:`is_vietnamese_syllable`, :func:`canonical_encoding`, :data:`ENCODINGS`.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Literal

__all__ = [
    "ENCODINGS",
    "LEGACY_ENCODINGS",
    "canonical_encoding",
    "to_unicode",
    "from_unicode",
    "decode_bytes",
    "encode_bytes",
    "glyphs_to_bytes",
    "bytes_to_glyphs",
    "detect",
    "score_encodings",
    "is_vietnamese_syllable",
    "has_unicode_vietnamese",
    "looks_legacy",
]

#: Encodings this module converts (canonical names).
ENCODINGS: tuple[str, ...] = ("tcvn3", "vni", "viscii", "cp1258")
#: The font/byte encodings that :func:`detect` looks for by default.
LEGACY_ENCODINGS: tuple[str, ...] = ("tcvn3", "vni", "viscii", "cp1258")

_ALIASES = {
    "tcvn3": "tcvn3", "tcvn": "tcvn3", "abc": "tcvn3", "vn3": "tcvn3", "tcvn5712": "tcvn3",
    "tcvn-5712": "tcvn3", "tcvn_5712": "tcvn3", "vntime": "tcvn3", ".vntime": "tcvn3", "vscii": "tcvn3",
    "vni": "vni", "vni-windows": "vni", "vni-win": "vni", "vniwin": "vni", "vni_windows": "vni",
    "viscii": "viscii", "viscii1.1": "viscii", "viscii-1.1": "viscii",
    "cp1258": "cp1258", "windows-1258": "cp1258", "windows1258": "cp1258", "win1258": "cp1258",
}


def canonical_encoding(name: str) -> str:
    """Return the canonical name (``"tcvn3"``, ``"vni"``, ``"viscii"``, ``"cp1258"``) of ``name``.

    Raises :class:`ValueError` for a name this module does not handle.
    """
    key = name.strip().lower().replace(" ", "")
    try:
        return _ALIASES[key]
    except KeyError:
        raise ValueError(f"bảng mã không hỗ trợ: {name!r} (hỗ trợ: {', '.join(ENCODINGS)})") from None


# --------------------------------------------------------------------------------------------------------
# Letters and tones
# --------------------------------------------------------------------------------------------------------
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
#: Tone marks in the order used by the tables below: none, grave, acute, hook, tilde, dot below.
TONE_MARKS: tuple[str, ...] = ("", _GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)
#: The twelve Vietnamese vowel letters without tone.
VOWELS: tuple[str, ...] = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


#: Every lower-case Vietnamese letter (12 vowels x 6 tones, plus đ); 73 letters.
ALL_LOWER: tuple[str, ...] = tuple(_toned(v, t) for v in VOWELS for t in TONE_MARKS) + ("đ",)
ALL_UPPER: tuple[str, ...] = tuple(c.upper() for c in ALL_LOWER)

# --------------------------------------------------------------------------------------------------------
# Glyph form <-> bytes
# --------------------------------------------------------------------------------------------------------


def _cp1252_char(b: int) -> str | None:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return None


#: byte -> the character a cp1252 reader shows for it (Latin-1 C1 control where cp1252 has none).
_BYTE_GLYPH: tuple[str, ...] = tuple(_cp1252_char(b) or chr(b) for b in range(256))
#: glyph (cp1252 or Latin-1) -> byte
_GLYPH_BYTE: dict[str, int] = {}
for _b in range(256):
    _GLYPH_BYTE[chr(_b)] = _b  # Latin-1 form (C1 controls for 0x80-0x9F)
for _b in range(256):
    _GLYPH_BYTE[_BYTE_GLYPH[_b]] = _b  # cp1252 form
del _b


def bytes_to_glyphs(data: bytes) -> str:
    """Decode bytes to the glyph form: cp1252 where it defines the byte, Latin-1 elsewhere (lossless)."""
    return data.decode("latin-1").translate(_C1_TO_CP1252)


_C1_TO_CP1252 = {b: _BYTE_GLYPH[b] for b in range(0x80, 0xA0)}


def glyphs_to_bytes(text: str) -> bytes:
    """Inverse of :func:`bytes_to_glyphs`; raises :class:`ValueError` on a character with no byte."""
    try:
        return bytes(_GLYPH_BYTE[c] for c in text)
    except KeyError as exc:
        raise ValueError(f"ký tự {exc.args[0]!r} không có trong bảng mã 8 bit") from None


# --------------------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993 VN3)
# --------------------------------------------------------------------------------------------------------
# Lower-case letters in tone order (grave, hook, tilde, acute, dot below) as the chart lays them out.
_TCVN3_ROWS: dict[str, tuple[int, int, int, int, int, int]] = {
    # base: (untoned, grave, hook, tilde, acute, dot)
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_CHART_TONES = ("", _GRAVE, _HOOK, _TILDE, _ACUTE, _DOT)
_TCVN3_OTHER = {0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ"}


def _tcvn3_byte_map() -> dict[int, str]:
    out: dict[int, str] = {}
    for base, row in _TCVN3_ROWS.items():
        for code, tone in zip(row, _TCVN3_CHART_TONES, strict=True):
            if code >= 0x80:
                out[code] = _toned(base, tone)
    out.update(_TCVN3_OTHER)
    return out


# --------------------------------------------------------------------------------------------------------
# VISCII 1.1
# --------------------------------------------------------------------------------------------------------
_VISCII_C0 = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
_VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"  # 0x80
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"  # 0x90
    "Õắằặấầẩậẽẹếềểễệố"  # 0xA0
    "ồổỗỠƠộờởịỰỨỪỬơớƯ"  # 0xB0
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"  # 0xC0
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"  # 0xD0
    "àáâãảăữẫèéêẻìíĩỉ"  # 0xE0
    "đựòóôõỏọụùúũủýợỮ"  # 0xF0
)


def _viscii_byte_map() -> dict[int, str]:
    assert len(_VISCII_HIGH) == 128
    out = dict(_VISCII_C0)
    out.update({0x80 + i: ch for i, ch in enumerate(_VISCII_HIGH)})
    return out


# --------------------------------------------------------------------------------------------------------
# VNI-Windows
# --------------------------------------------------------------------------------------------------------
# Lower-case modifier bytes (as cp1252 glyphs), by tone in TONE_MARKS order (none, grave, acute, hook,
# tilde, dot). Capitals use the upper-case glyph of the same modifier.
_VNI_TONE = ("", "ø", "ù", "û", "õ", "ï")  # after a e o u y ơ ư
_VNI_BREVE = ("ê", "è", "é", "ú", "ü", "ë")  # ă: "a" + one of these
_VNI_CIRC = ("â", "à", "á", "å", "ã", "ä")  # â ê ô: base + one of these
_VNI_I = ("i", "ì", "í", "æ", "ó", "ò")  # i with tones are single bytes
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ"}
_VNI_Y_DOT = "î"  # ỵ is a single byte


def _vni_encode_lower(base: str, tone_index: int) -> str:
    if base == "i":
        return _VNI_I[tone_index]
    if base == "y" and tone_index == 5:
        return _VNI_Y_DOT
    if base == "ă":
        return "a" + _VNI_BREVE[tone_index]
    if base in ("â", "ê", "ô"):
        plain = {"â": "a", "ê": "e", "ô": "o"}[base]
        return plain + _VNI_CIRC[tone_index]
    if base in ("ơ", "ư"):
        return _VNI_SINGLE[base] + _VNI_TONE[tone_index]
    return base + _VNI_TONE[tone_index]


def _vni_encode_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for base in VOWELS:
        for i, tone in enumerate(TONE_MARKS):
            letter = _toned(base, tone)
            code = _vni_encode_lower(base, i)
            if i or base not in "aeiouy":  # every letter but the six plain ASCII vowels
                out[letter] = code
                out[letter.upper()] = code.upper()
    out["đ"] = "ñ"
    out["Đ"] = "Ñ"
    return out


# --------------------------------------------------------------------------------------------------------
# Tables built once at import
# --------------------------------------------------------------------------------------------------------
_TCVN3_BYTES = _tcvn3_byte_map()
_VISCII_BYTES = _viscii_byte_map()


def _decode_table(byte_map: dict[int, str]) -> dict[int, str]:
    """str.translate table: every glyph-form character of a mapped byte -> its letter; and C1 -> cp1252."""
    table: dict[int, str] = {}
    for b in range(0x80, 0xA0):  # normalise the Latin-1 form of 0x80-0x9F to cp1252 glyphs
        if _BYTE_GLYPH[b] != chr(b):
            table[b] = _BYTE_GLYPH[b]
    for b, letter in byte_map.items():
        table[b] = letter  # Latin-1 / C0 form
        table[ord(_BYTE_GLYPH[b])] = letter  # cp1252 form
    return table


def _encode_table(byte_map: dict[int, str]) -> dict[str, str]:
    return {letter: _BYTE_GLYPH[b] for b, letter in byte_map.items()}


_TCVN3_DECODE = _decode_table(_TCVN3_BYTES)
_TCVN3_ENCODE = _encode_table(_TCVN3_BYTES)
_VISCII_DECODE = _decode_table(_VISCII_BYTES)
_VISCII_ENCODE = _encode_table(_VISCII_BYTES)

_VNI_ENCODE = _vni_encode_map()
_VNI_DECODE = {code: letter for letter, code in _VNI_ENCODE.items()}
# Every code is one character (ơ ư đ, toned i, ỵ) or a base plus one modifier. No modifier is itself a
# one-character code, so "base + modifier, else a one-character code" reads the text left to right.
_VNI_MODIFIERS = "".join(sorted({code[1] for code in _VNI_DECODE if len(code) == 2}))
_VNI_BASES = "".join(sorted({code[0] for code in _VNI_DECODE if len(code) == 2}))
_VNI_SINGLES = "".join(sorted(code for code in _VNI_DECODE if len(code) == 1))
_VNI_RE = re.compile(f"[{re.escape(_VNI_BASES)}][{re.escape(_VNI_MODIFIERS)}]|[{re.escape(_VNI_SINGLES)}]")
_VNI_C1 = _decode_table({})
#: characters that are part of some VNI code (cannot pass through the encoder unchanged)
_VNI_CODE_CHARS = frozenset("".join(_VNI_DECODE)) - frozenset("aeouyAEOUY")

# cp1258: byte -> character via Python's codec; the decoder works on the glyph form.
_CP1258_BYTES: dict[int, str] = {}
for _b in range(0x80, 0x100):
    try:
        _ch = bytes([_b]).decode("cp1258")
    except UnicodeDecodeError:
        continue
    if _ch != _BYTE_GLYPH[_b]:
        _CP1258_BYTES[_b] = _ch
del _b
_CP1258_DECODE = _decode_table(_CP1258_BYTES)

_TONE_SET = frozenset(TONE_MARKS[1:])

# The ASCII replacements used by from_unicode(errors="replace") for typography a legacy table lacks.
_ASCII_FALLBACK = {
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2026": "...", "\u2022": "*", "\u00a0": " ",
    "\u00b0": "o", "\u00d7": "x", "\u00ad": "",
}


# --------------------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------------------
_TCVN3_CAPITAL_CODES = "".join(_BYTE_GLYPH[b] for b in range(0xA1, 0xA8))
# a "word" for the .VnTimeH heuristic: ASCII letters and any glyph-form character of the upper half
_TCVN3_WORD_RE = re.compile(r"[A-Za-z\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]+")
_UPPER_RE = re.compile("[A-Z" + re.escape(_TCVN3_CAPITAL_CODES) + "]")
_ASCII_LOWER_RE = re.compile("[a-z]")


def _tcvn3_word_kind(word: str) -> str:
    """Classify a TCVN3 glyph-form word for the ``.VnTimeH`` heuristic.

    ``"lower"``: has an ASCII lower-case letter (normal text). ``"caps"``: no ASCII lower-case letter, at
    least two capitals, and either a TCVN3 letter code or a well-spelled syllable (so ``"B¸O"``, ``"BA"``
    but not the abbreviation ``"UBND"``). ``"ambiguous"``: a word with TCVN3 letter codes and at most one
    capital (``"X·"``, ``"Sè"``): its case cannot be read from the word. ``"neutral"``: anything else.
    """
    if _ASCII_LOWER_RE.search(word):
        return "lower"
    has_code = not word.isascii()
    capitals = len(_UPPER_RE.findall(word))
    if capitals >= 2:
        if has_code or is_vietnamese_syllable(word):
            return "caps"
        return "neutral"
    return "ambiguous" if has_code else "neutral"


def _tcvn3_auto_caps(original: str, decoded: str) -> str:
    """Upper-case the words that were typed in a capitals-only ``.VnTimeH`` font.

    Words are classified by :func:`_tcvn3_word_kind`; "caps" words are upper-cased, and an "ambiguous" word
    follows its nearest non-neutral neighbour on the same line (the one before it, else the one after), so
    ``"UBND X· BA V×"`` reads "UBND XÃ BA VÌ" while ``"Sè: /BC-UBND"`` stays "Số: /BC-UBND". ``decoded``
    must be the 1:1 translation of ``original`` (same length).
    """
    pieces: list[str] = []
    pos = 0
    line_start = 0
    for line in original.splitlines(keepends=True):
        words = [(m.start(), m.end(), _tcvn3_word_kind(m.group())) for m in _TCVN3_WORD_RE.finditer(line)]
        if any(kind != "neutral" for _s, _e, kind in words):
            kinds = [kind for _s, _e, kind in words]
            for i, (start, end, kind) in enumerate(words):
                if kind == "ambiguous":
                    before = next((k for k in reversed(kinds[:i]) if k in ("caps", "lower")), None)
                    after = next((k for k in kinds[i + 1:] if k in ("caps", "lower")), None)
                    kind = before or after or "lower"
                if kind == "caps":
                    s, e = line_start + start, line_start + end
                    pieces.append(decoded[pos:s])
                    pieces.append(decoded[s:e].upper())
                    pos = e
        line_start += len(line)
    pieces.append(decoded[pos:])
    return "".join(pieces)


# lower-case letters whose capital TCVN3 cannot write in a body font (toned vowels): "Ánh", "Ủy" come out "ánh",
# "ủy" wherever the typist could not switch to a capitals font
_NO_TCVN3_CAPITAL = "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
# a word starting where a capital is due: the start of a line (after a bullet or a label "1."), or of a sentence
_SENTENCE_START_RE = re.compile(r"(?:^|(?<=[.:!?] )|(?<=^[-+•] )|(?<=^\d\. ))([" + _NO_TCVN3_CAPITAL + r"])", re.M)
# the last word of a name line ("Đỗ Thị Ngọc ánh"): every other word capitalised, two to five words
_NAME_LINE_RE = re.compile(r"^((?:[A-ZĐĂÂÊÔƠƯ][^\W\d_]*[ \t]+){1,4})([" + _NO_TCVN3_CAPITAL + r"])([^\W\d_]*)[ \t]*$", re.M)
_UY_BAN_RE = re.compile(r"\bủy ban(?= (?:nhân dân|Mặt trận|MTTQ|Thường vụ|Kiểm tra|kiểm tra|bầu cử))")


def _tcvn3_toned_capitals(text: str) -> str:
    """Capitalise the toned vowels TCVN3 could only write in lower case where a capital is due: at the start of
    a line or a sentence, the last word of a name ("Đỗ Thị Ngọc ánh"), and "ủy ban nhân dân"."""
    text = _SENTENCE_START_RE.sub(lambda m: m.group(1).upper(), text)
    text = _NAME_LINE_RE.sub(lambda m: m.group(1) + m.group(2).upper() + m.group(3), text)
    return _UY_BAN_RE.sub("Ủy ban", text)


def _vni_sub(m: re.Match[str]) -> str:
    code = m.group()
    letter = _VNI_DECODE.get(code)
    if letter is not None:
        return letter
    # a base with a modifier that does not belong to it ("eê", "Aø"): decode the base, keep the modifier
    return _VNI_DECODE.get(code[0], code[0]) + code[1]


def to_unicode(text: str, encoding: str, *, capitals: bool | Literal["auto"] = False) -> str:
    """Convert legacy text in glyph form (see the module docs) to NFC Unicode.

    ``encoding`` is ``"tcvn3"``, ``"vni"``, ``"viscii"`` or ``"cp1258"`` (aliases accepted, see
    :func:`canonical_encoding`). ``capitals`` only matters for TCVN3: ``True`` means the whole text was set in
    a capitals-only ``.VnTimeH`` font (everything is upper-cased); ``"auto"`` upper-cases the words that
    look typed in such a font, judged word by word and from their neighbours (:func:`_tcvn3_auto_caps`);
    ``False`` (default) decodes the code points as they are. Characters that are not code points of the encoding pass through unchanged.
    """
    enc = canonical_encoding(encoding)
    if enc == "tcvn3":
        out = text.translate(_TCVN3_DECODE)
        if capitals == "auto":
            out = _tcvn3_toned_capitals(_tcvn3_auto_caps(text, out))
        elif capitals:
            out = out.upper()
    elif enc == "viscii":
        out = text.translate(_VISCII_DECODE)
    elif enc == "vni":
        out = _VNI_RE.sub(_vni_sub, text.translate(_VNI_C1))
    else:  # cp1258
        out = text.translate(_CP1258_DECODE)
    return unicodedata.normalize("NFC", out)


def decode_bytes(data: bytes, encoding: str, *, capitals: bool | Literal["auto"] = False) -> str:
    """Decode legacy-encoded bytes to NFC Unicode (see :func:`to_unicode`)."""
    return to_unicode(data.decode("latin-1"), encoding, capitals=capitals)


# --------------------------------------------------------------------------------------------------------
# Encoding
# --------------------------------------------------------------------------------------------------------


def _passthrough(ch: str, used: dict[int, str] | None) -> bool:
    """Can ``ch`` stand for itself in a glyph form (it has a byte, and that byte is no letter)?

    ``used`` is the byte map of a single-byte encoding, or None for VNI (whose codes are characters).
    """
    b = _GLYPH_BYTE.get(ch)
    if b is None:
        return False
    if used is None:
        return ch not in _VNI_CODE_CHARS
    return b not in used


def _unrepresentable(ch: str, enc: str, errors: str) -> str:
    if errors == "strict":
        raise ValueError(f"ký tự {ch!r} (U+{ord(ch):04X}) không biểu diễn được trong bảng mã {enc}")
    if errors == "ignore":
        return ""
    return _ASCII_FALLBACK.get(ch, "?")


#: (encoding, errors) -> {character: code}, filled lazily by :func:`from_unicode` (ASCII pre-seeded).
_ENCODE_CACHE: dict[tuple[str, str], dict[str, str]] = {}


def _encode_char(ch: str, enc: str, errors: str) -> str:
    if enc == "tcvn3":
        code = _TCVN3_ENCODE.get(ch)
        if code is not None:
            return code
        lower = ch.lower()
        if lower != ch and lower in _TCVN3_ENCODE:
            # A toned capital: TCVN3 has no code point for it.
            if errors == "strict":
                raise ValueError(
                    f"chữ hoa có dấu {ch!r} không có trong TCVN3 (dùng capitals=True cho phông .VnTimeH)"
                )
            return _TCVN3_ENCODE[lower]
        if _passthrough(ch, _TCVN3_BYTES):
            return ch
        return _unrepresentable(ch, enc, errors)
    if enc == "viscii":
        code = _VISCII_ENCODE.get(ch)
        if code is not None:
            return code
        if _passthrough(ch, _VISCII_BYTES):
            return ch
        return _unrepresentable(ch, enc, errors)
    if enc == "vni":
        code = _VNI_ENCODE.get(ch)
        if code is not None:
            return code
        if _passthrough(ch, None):
            return ch
        return _unrepresentable(ch, enc, errors)
    # cp1258: split the tone off as a combining mark, keep the other marks precomposed
    decomposed = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in decomposed if c in _TONE_SET)
    rest = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
    out = []
    for part in (rest + tones) if rest else ch:  # one character at a time
        try:
            out.append(_BYTE_GLYPH[part.encode("cp1258")[0]])
        except UnicodeEncodeError:
            out.append(_unrepresentable(part, enc, errors))
    return "".join(out)


def from_unicode(
    text: str,
    encoding: str,
    *,
    capitals: bool = False,
    errors: Literal["replace", "strict", "ignore"] = "replace",
) -> str:
    """Encode Unicode text into the glyph form of a legacy encoding (the inverse of :func:`to_unicode`).

    The input is NFC-normalised first. Characters without a code point are handled by ``errors``:
    ``"replace"`` (default) substitutes an ASCII look-alike for common typography (– → -, “ ” → ",
    … → ...) and ``?`` otherwise; ``"strict"`` raises :class:`ValueError`; ``"ignore"`` drops them.

    TCVN3 has no toned capitals (Á, Ủ, Ệ ...). By default they are written with the lower-case code point
    (lossy: decoding gives the lower-case letter, except that ``to_unicode(..., capitals="auto")`` restores
    words typed all in capitals). With ``capitals=True`` the text is encoded as for a capitals-only
    ``.VnTimeH`` run: every letter goes to its lower-case code point, and ``to_unicode(..., capitals=True)``
    gives back ``text.upper()``. ``capitals`` is ignored for the other encodings, which have every capital.
    With ``errors="strict"`` a toned capital raises in TCVN3.
    """
    enc = canonical_encoding(encoding)
    if errors not in ("replace", "strict", "ignore"):
        raise ValueError(f"errors must be 'replace', 'strict' or 'ignore', not {errors!r}")
    text = unicodedata.normalize("NFC", text)
    if enc == "tcvn3" and capitals:
        text = text.lower()
    cache = _ENCODE_CACHE.get((enc, errors))
    if cache is None:
        cache = _ENCODE_CACHE[(enc, errors)] = {}
    missing = set(text).difference(cache)
    for ch in missing:
        cache[ch] = _encode_char(ch, enc, errors)  # raises for errors="strict"
    return "".join([cache[ch] for ch in text])


def encode_bytes(text: str, encoding: str, *, capitals: bool = False,
                 errors: Literal["replace", "strict", "ignore"] = "replace") -> bytes:
    """Encode Unicode text to legacy bytes (see :func:`from_unicode`)."""
    return glyphs_to_bytes(from_unicode(text, encoding, capitals=capitals, errors=errors))


# --------------------------------------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------------------------------------
_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?"
_NUCLEI = (
    "iêu yêu uyê oai oao oay oeo uây uôi ươi ươu uya uyu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_FINAL = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE_RE = re.compile(f"^{_ONSET}(?:{'|'.join(_NUCLEI)}){_FINAL}$")


def is_vietnamese_syllable(word: str) -> bool:
    """Is ``word`` spelled like one Vietnamese syllable (onset, vowel cluster, final; at most one tone)?

    A spelling check for detection, not a dictionary: ``"nguyễn"`` and ``"quốc"`` pass, ``"ộlốve"`` and
    ``"nh©n"`` do not. The case must be regular (``"việt"``, ``"Việt"``, ``"VIỆT"``; not ``"viỆt"``).
    """
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_SET)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
    return _SYLLABLE_RE.match(bare) is not None


# Characters that exist only in Unicode Vietnamese (never in a cp1252/Latin-1 glyph form).
_UNICODE_VI_RE = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# Tokens: runs without white space, ASCII digits or ASCII punctuation.
_TOKEN_RE = re.compile(r"[^\s0-9!-/:-@\[-`{-~]+")
_DETECT_MAX_TOKENS = 4000


def _strip_nonalpha(word: str) -> str:
    start, end = 0, len(word)
    while start < end and not word[start].isalpha():
        start += 1
    while end > start and not word[end - 1].isalpha():
        end -= 1
    return word[start:end]


def _token_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    seen = 0
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok.isascii():
            continue
        counts[tok] += 1
        seen += 1
        if seen >= _DETECT_MAX_TOKENS:
            break
    return counts


def _score(counts: Counter[str], enc: str) -> tuple[int, int]:
    """(good, bad): tokens that decode to a valid syllable they were not before, and tokens that do not."""
    good = bad = 0
    for tok, n in counts.items():
        if _UNICODE_VI_RE.search(tok):
            bad += n  # a glyph form never holds Unicode-only Vietnamese letters
            continue
        dec = to_unicode(tok, enc)
        core = _strip_nonalpha(dec)
        if not core:
            continue  # punctuation only
        if enc == "tcvn3" and not _ASCII_LOWER_RE.search(tok) and _UPPER_RE.search(tok):
            core = core.upper()  # a .VnTimeH word: its toned letters have only lower-case code points
        valid = core.isalpha() and is_vietnamese_syllable(core)
        if not valid and core.isupper() and core.isalpha() and len(core) > 1:
            continue  # an abbreviation (HĐND, QĐ): no evidence either way
        if dec != tok and valid:
            good += n
        elif not valid:
            bad += n
        # unchanged and valid: no evidence either way (VISCII shares à á â ... with Latin-1)
    return good, bad


def score_encodings(text: str, candidates: tuple[str, ...] = LEGACY_ENCODINGS) -> dict[str, tuple[int, int]]:
    """Evidence per candidate encoding and for plain Unicode: ``{name: (good, bad)}``.

    ``good`` counts the words (with a non-ASCII character) that the encoding turns into well-spelled
    Vietnamese syllables, ``bad`` those it leaves malformed. The ``"unicode"`` entry counts words already
    written with Unicode-only Vietnamese letters. At most the first few thousand such words are looked at.
    """
    counts = _token_counts(text)
    result = {enc: _score(counts, canonical_encoding(enc)) for enc in candidates}
    uni_good = uni_bad = 0
    for tok, n in counts.items():
        if _UNICODE_VI_RE.search(tok):
            core = _strip_nonalpha(tok)
            if core.isalpha() and is_vietnamese_syllable(core):
                uni_good += n
            else:
                uni_bad += n
    result["unicode"] = (uni_good, uni_bad)
    return result


def detect(text: str, candidates: tuple[str, ...] = LEGACY_ENCODINGS) -> tuple[str | None, float]:
    """Guess whether ``text`` is legacy Vietnamese in glyph form.

    Returns ``(encoding, confidence)`` with ``encoding`` one of ``candidates`` (default: ``"tcvn3"``,
    ``"vni"``, ``"viscii"``, ``"cp1258"``) when the text reads as that encoding's mojibake, else
    ``(None, confidence)`` — Unicode Vietnamese, English, or too little evidence — with the confidence that
    it is *not* legacy text. Each candidate decodes every word that has a non-ASCII character; the winner
    must turn at least two words into well-spelled Vietnamese syllables, leave at most a quarter malformed,
    and beat the words already written in Unicode Vietnamese.
    """
    scores = score_encodings(text, candidates)
    uni_good, _uni_bad = scores.pop("unicode")
    weight = {enc: (good * good / (good + bad) if good else 0.0) for enc, (good, bad) in scores.items()}
    ranked = sorted(weight, key=lambda e: (weight[e], scores[e][0]), reverse=True)
    best = ranked[0] if ranked and weight[ranked[0]] > 0 else None
    if best is not None:
        good, bad = scores[best]
        ratio = good / (good + bad)
        runner_up = weight[ranked[1]] if len(ranked) > 1 else 0.0
        margin = 1 - runner_up / weight[best]
        if good >= 2 and ratio >= 0.75 and margin > 0.2 and good > 2 * uni_good:
            conf = ratio * good / (good + 1) * (0.75 + 0.25 * margin)
            return best, round(min(conf, 0.999), 3)
    if uni_good:
        return None, round(min(0.999, 0.5 + uni_good / (2 * (uni_good + 2))), 3)
    if best is None:
        return None, 0.9
    good, bad = scores[best]
    return None, round(max(0.5, 1 - good / (good + bad + 2)), 3)


def has_unicode_vietnamese(text: str) -> bool:
    """Does ``text`` hold a letter or tone mark that only Unicode Vietnamese has (ă đ ơ ư ạ ... ỹ)?

    Such text cannot be in a legacy glyph form, whose characters all come from cp1252/Latin-1.
    """
    return _UNICODE_VI_RE.search(text) is not None


def looks_legacy(text: str, encoding: str) -> bool:
    """Is ``text`` (e.g. one Word run in a ``.VnTime`` or ``VNI-Times`` font) really legacy mojibake?

    For short texts whose encoding is already known from elsewhere (the font): unlike :func:`detect`, one
    word is enough. True when decoding with ``encoding`` turns at least one word into a well-spelled
    Vietnamese syllable and breaks no more words than it fixes, and the text holds no Unicode-only
    Vietnamese letter. ASCII-only text gives False (nothing to convert).
    """
    if text.isascii() or has_unicode_vietnamese(text):
        return False
    good, bad = _score(_token_counts(text), canonical_encoding(encoding))
    return good >= 1 and good >= bad
