"""Is the text readable as Vietnamese at all? (the step between reading and segmenting)

A scanned PDF whose text layer came from OCR without Vietnamese ("cgNG HoA x.A. Hor cHU NGHIA", "Ldm D6ng,
ngdy 22 thdng 9 ndm 2025"), or a file typed without diacritics, cannot be checked: every rule would read
noise and report it. A clerk sees it at a glance; we measure it on the words of the text:

* ``vietnamese``: the share of words that carry a Vietnamese letter or tone mark (â, ư, đ, á, ệ …). Written
  Vietnamese has them on well over half its words (at least 0.63 on every document of the real corpus);
  the two garbled OCR layers in it have 0.01 and 0.02.
* ``broken``: the share of words with a digit or a symbol between letters ("D6ng", "l$p", "vi€n"): at most
  0.004 on real text, 0.17 and 0.22 on the garbled layers.

Only the beginning is read (a garbled layer is garbled from its first page), and the words are counted only
when a first look at the bytes finds few Vietnamese letters: in Vietnamese text the characters outside ASCII
add at least 0.12 extra UTF-8 bytes per character (every real document), in the garbled layers under 0.01.
Readable text therefore costs a few microseconds and gets no measurement (``Document.quality`` is None).
"""
from __future__ import annotations

import regex

from .model import TextQuality

#: the digits and symbols OCR puts inside words, and a character of such a word
_INNER = r"[\d$@€£¢]"
_W = r"[\p{L}\d$@€£¢]"
#: words that are read: a whole run of letters, digits and symbols with a letter in it. The pattern starts only
#: where a run starts (the look-behind) and looks for the letter inside the run once, so a megabyte of digits or
#: "$" costs one pass (written as ``_W*\p{L}_W*`` it tried every position of a letterless run and scanned the
#: rest of the run from each: 40 KB of "1" took 18 s)
_WORD_RE = regex.compile(rf"(?<!{_W})(?={_W}*?\p{{L}}){_W}++")
#: a letter, then a digit or symbol, then a lower-case letter: "D6ng", "l$p", "t1i" (not "F0", "COVID-19")
_BROKEN = rf"\p{{L}}{_INNER}+\p{{Ll}}"
_BROKEN_RE = regex.compile(_BROKEN)
SAMPLE_WORDS = 3000
#: characters read at most to find them (3 000 words of prose are about 20 000 characters; a text of figures
#: and symbols without words is not read to its end)
MAX_SAMPLE_CHARS = 200_000
#: characters looked at by the first check, and the extra UTF-8 bytes per character under which words are counted
SAMPLE_CHARS = 12000
MIN_EXTRA_BYTES = 0.06
#: fewer words than this say nothing either way (a cover page, a short notice)
MIN_WORDS = 80
#: a legacy font's code is named from this many words on (its decoder has checked them syllable by syllable)
MIN_LEGACY_WORDS = 10
#: below this share of words with Vietnamese letters the text is not readable Vietnamese
MIN_VIETNAMESE = 0.25
#: at or above this share of broken words an unreadable text is a garbled OCR layer, below it unaccented typing
MIN_BROKEN = 0.05


def measure(text: str) -> TextQuality | None:
    """None when the beginning of ``text`` plainly reads as Vietnamese; otherwise the measurement of its first
    :data:`SAMPLE_WORDS` words with a verdict (itself None when the words turn out readable or too few). Text
    still in a legacy font's code (TCVN3/ABC, VNI, VISCII — :func:`vanban.read.legacy.detect`) gets the verdict
    ``"legacy-font"`` and its ``encoding``: files are converted when read (:func:`vanban.load`), but a string
    pasted from an old document reaches :func:`vanban.parse` as it is."""
    head = text[:SAMPLE_CHARS]
    if not head:
        return None
    # lone surrogates (a string cut from UTF-16, "\ud800") have no UTF-8 form: count them as they would be stored
    if (len(head.encode("utf-8", "surrogatepass")) - len(head)) / len(head) >= MIN_EXTRA_BYTES:
        # many characters outside ASCII: Unicode Vietnamese — or a legacy font's code, whose characters all
        # come from Latin-1 ("Uû ban nh©n d©n" in TCVN3, "Soá" in VNI), which has no ă, đ, ơ, ư or ạ…ỹ
        from .read.legacy import detect, has_unicode_vietnamese

        if has_unicode_vietnamese(head):
            return None
        enc, _conf = detect(head)
        if enc is None:
            return None
        q = _count(head)
        if q.words < MIN_LEGACY_WORDS:
            return None
        return q.model_copy(update={"verdict": "legacy-font", "encoding": enc})
    return _verdict(_count(text[:MAX_SAMPLE_CHARS]))


def _count(text: str) -> TextQuality:
    words = 0
    marked = 0
    broken = 0
    for m in _WORD_RE.finditer(text):
        w = m.group()
        words += 1
        if not w.isascii():
            marked += 1
        if _BROKEN_RE.search(w):
            broken += 1
        if words >= SAMPLE_WORDS:
            break
    vi = marked / words if words else 1.0
    br = broken / words if words else 0.0
    return TextQuality(words=words, vietnamese=round(vi, 3), broken=round(br, 3))


def _verdict(q: TextQuality) -> TextQuality:
    if q.words >= MIN_WORDS and q.vietnamese < MIN_VIETNAMESE:
        q.verdict = "garbled" if q.broken >= MIN_BROKEN else "no-diacritics"
    return q


#: a whole word with a digit or symbol between letters, for pointing at an example (linear like :data:`_WORD_RE`:
#: the look-ahead tries the broken shape only from letters of the run, each reading its own digits once)
BROKEN_WORD_RE = regex.compile(rf"(?<!{_W})(?={_W}*?{_BROKEN}){_W}++")
