"""Word-level facts: misspelled fixed phrases, impossible syllables, abbreviations and whether they are
defined where first used, doubled words. Each is one scan of the normalized text, built on first use; the
language rules (VB701–VB705) only judge and report them."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from heapq import merge
from itertools import compress
from operator import eq

import regex

from .. import lexicon
from ..model import Facts, LineKind, Mention

# --- the words of the text, split once -----------------------------------------------------------------------------
_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’…–—«»·•"
_LETTERS = re.compile(r"[^\W\d_]+")


def tokens(facts: Facts) -> list[str]:
    """The whitespace-separated tokens of the lower-cased normalized text (one C-level split, shared by the word
    facts below)."""
    return facts.lower.split()


def word_set(facts: Facts) -> frozenset[str]:
    """Every distinct word (a run of letters) of the lower-cased normalized text: a word fact asks it whether
    the words it looks for occur at all before it scans the text for where."""
    out: set[str] = set()
    for t in set(facts.get("tokens")):
        w = t.strip(_PUNCT)
        if w.isalpha():
            out.add(w)
        elif w:
            out.update(_LETTERS.findall(w))  # "xã/phường", "kinh tế-xã hội", "2023-2024"
    return frozenset(out)


# --- misspelled fixed phrases (VB701) -------------------------------------------------------------------------
def _phrase_pattern(phrases) -> str:
    """One alternative per first word, its continuations inside it (longest first): a plain `re` scan then
    tries each first word once per position instead of every phrase."""
    groups: dict[str, list[list[str]]] = {}
    for w in phrases:
        first, *rest = w.split()
        groups.setdefault(first, []).append(rest)
    alts = []
    for first in sorted(groups, key=len, reverse=True):
        tails = sorted((r"\s+".join(map(re.escape, r)) for r in groups[first]), key=len, reverse=True)
        alts.append(re.escape(first) + "(?:" + "|".join(r"\s+" + t if t else "" for t in tails) + ")")
    return "|".join(alts)


@lru_cache(maxsize=1)
def _wrong() -> dict[str, str]:
    ph = lexicon.load("phrases")["phrases"]
    return {w.lower(): p["correct"] for p in ph for w in p["wrong"]}


@lru_cache(maxsize=1)
def _wrong_words() -> list[tuple[frozenset[str], str]]:
    """(the words of a misspelled phrase, the phrase): a phrase can occur only where all its words do."""
    return [(frozenset(_LETTERS.findall(w)), w) for w in _wrong()]


@lru_cache(maxsize=64)
def _phrase_re(phrases: frozenset[str]) -> re.Pattern:
    return re.compile(_phrase_pattern(sorted(phrases)))


def phrase_typos(facts: Facts) -> list[Mention]:
    """Misspelled fixed phrases ("Trang thôn tin điện tử"), ``value`` = the correct form. Only the phrases whose
    words all occur in the text are looked for (in most documents: none, and the text is not scanned)."""
    wrong = _wrong()
    words = facts.get("word_set")
    present = frozenset(w for need, w in _wrong_words() if need <= words)
    if not present:
        return []
    pattern = _phrase_re(present)
    out = []
    text = facts.text
    for m in pattern.finditer(facts.lower):
        correct = wrong.get(" ".join(m.group(0).split()))
        if correct is None or " ".join(m.group(0).split()) == correct.lower():
            continue
        s, e = facts.norm_span(m.start(), m.end())
        out.append(Mention("typo", s, e, text[s:e], value=correct))
    return out


# --- impossible syllables (VB702) -------------------------------------------------------------------------------
#: a syllable ending in p, t, c, ch can only carry the sắc or nặng tone
_BAD_SYLLABLE = re.compile(r"[àằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹ](?:ch|p|t|c)(?![^\W\d_])")


def bad_syllables(facts: Facts) -> list[Mention]:
    low = facts.lower
    out = []
    for m in _BAD_SYLLABLE.finditer(low):
        s = m.start()
        while s > 0 and low[s - 1].isalpha():
            s -= 1
        os_, oe = facts.norm_span(s, m.end())
        out.append(Mention("syllable", os_, oe, facts.text[os_:oe]))
    return out


# --- abbreviations (VB703) ----------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], frozenset[str], list[tuple[frozenset[str], str]]]:
    """(full forms, well-known abbreviations, (the lower-case words of an abbreviation, the abbreviation))."""
    ab = lexicon.load("abbreviations")
    words = [(frozenset(_LETTERS.findall(a.lower())), a) for a in ab["abbreviations"]]
    return ab["abbreviations"], frozenset(ab["well_known"]), words


@lru_cache(maxsize=64)
def _abbreviation_re(present: frozenset[str]) -> regex.Pattern:
    alt = "|".join(regex.escape(a) for a in sorted(present, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\d-])({alt})(?![\p{{L}}\d])")


# "(sau đây viết tắt là CCHC)", "(gọi tắt là TTHC)", "(sau đây gọi tắt tiếng Việt là Chỉ số CCHC, …)", "(viết tắt:
# CCHC)": the abbreviation defined where it first appears; "CCHC (cải cách hành chính)": defined right after it
# ("(sau đây gọi là DVCTT)" and "(gọi chung là NSNN)" define too)
_DEFINED_BEFORE = regex.compile(
    r"""(?:viết|gọi) (?:[ \t]+(?:tắt|chung))? (?:[ \t]+tiếng[ \t]+Việt)?   # viết tắt / gọi chung (tiếng Việt)
        (?:[ \t]+là|[ \t]*:)                                               # là / :
        [^()\n;]{0,30}\Z                                                   # then the abbreviation, close by
    """, regex.I | regex.X)
_DEFINED_AFTER = regex.compile(r"[ \t]*\([ \t]*\p{L}")


def _defined_here(text: str, m, full: str) -> bool:
    if _DEFINED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return True
    after = _DEFINED_AFTER.match(text, m.end())
    if after:
        inside = text[after.end() - 1:text.find(")", after.end(), after.end() + 120)].lower()
        return bool(inside) and inside.split()[0] == full.lower().split()[0]
    return False


def abbreviations(facts: Facts) -> list[Mention]:
    """The first use of each known abbreviation in the body (Nơi nhận and "Lưu: VT, CCHC&VTLT" use unit
    abbreviations by convention): ``value`` its full form; kind ``abbreviation`` when it is not defined
    there or before, ``abbreviation-defined`` when it is."""
    full_forms, known, words = _abbreviations()
    seen_words = facts.get("word_set")
    present = frozenset(a for need, a in words if a not in known and need <= seen_words)
    if not present:
        return []
    pattern = _abbreviation_re(present)
    norm = facts.norm_text
    body = [k for k, kind in enumerate(facts.kinds) if not kind & (LineKind.HEADER | LineKind.TAIL)]
    if not body:
        return []
    start = facts.line_starts[body[0]]
    end = facts.line_bounds(body[-1])[1]
    seen: set[str] = set()
    out = []
    # read on the normalized text (decomposed Unicode and Markdown read as they look), mapped back after
    for m in pattern.finditer(norm):
        a = m.group(1)
        if a in known or a in seen:
            continue
        s, e = facts.norm_span(m.start(), m.end())
        if not start <= s < end:
            continue
        seen.add(a)
        defined = (norm.find(f"({a})", 0, m.start()) >= 0 or norm[m.start() - 1:m.start()] == "("
                   or _defined_here(norm, m, full_forms[a]))
        out.append(Mention("abbreviation-defined" if defined else "abbreviation", s, e, facts.text[s:e],
                           value=full_forms[a]))
    return out


# --- doubled words (VB705) -------------------------------------------------------------------------------------------
_ALPHA = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _repeats() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    rep = lexicon.load("phrases")["repeats"]
    return (frozenset(rep["words"]), frozenset(rep["phrases_ok"]), frozenset(rep["body_words"]),
            frozenset(rep["compounds_ok"]))


@lru_cache(maxsize=1)
def _compound_tails() -> frozenset[str]:
    """The last words of the good compounds ("theo" of "tiếp theo"): only a doubled word among them needs the
    word before it read."""
    return frozenset(c.split()[-1] for c in _repeats()[3])


_WORD = re.compile(r"[^\W\d_]+")


def _doubled(low: str, tokens: list[str] | None = None) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, start of the second, phrase) of words doubled on one line of the lower-cased text: a function
    word ("để để") or a two-word phrase ("kế hoạch kế hoạch"), the copies separated by spaces only.

    Candidates come from C-level comparisons of the whitespace tokens (a word equal to the next one, or to the
    one after it); a few distinct candidates are then located with one search each, many (a hostile text) by
    one walk over the words — never one search of the whole text per candidate."""
    words_ok, phrases_ok, _, _ = _repeats()
    ws = low.split() if tokens is None else tokens
    one = set(compress(ws, map(eq, ws, ws[1:]))) & words_ok
    two = set()
    # a token equal to the one after next (C-level), then a word at all first: a line of "# ## # ##" has such
    # a repeat at every token, and none is a word
    for i in compress(range(len(ws)), map(eq, ws, ws[2:])):
        if ws[i].isalnum() and i + 3 < len(ws) and ws[i + 3].startswith(ws[i + 1]) and ws[i] != ws[i + 1] \
                and _ALPHA.fullmatch(ws[i]) and _ALPHA.fullmatch(ws[i + 1]):
            two.add(f"{ws[i]} {ws[i + 1]}")
    cands = sorted(one | (two - phrases_ok))
    if len(cands) <= 16:
        # one search per phrase, merged in text order (a reader that stops early stops at a place in the text)
        def found(phrase: str) -> Iterator[tuple[int, int, int, str]]:
            body = r"[ \t]+".join(map(re.escape, phrase.split()))
            for m in re.finditer(rf"(?<![^\W\d_]){body}[ \t]+({body})(?![^\W\d_])", low):
                yield m.start(), m.end(), m.start(1), phrase

        yield from merge(*map(found, cands))
        return
    yield from _doubled_walk(low, words_ok, phrases_ok)


def _doubled_walk(low: str, words_ok: frozenset[str], phrases_ok: frozenset[str]) -> Iterator[tuple[int, int, int, str]]:
    """The same as :func:`_doubled`, by one walk over the words (for texts with many distinct doubles)."""
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    n = len(toks)

    def gap(i: int) -> bool:  # only spaces or tabs between word i and word i + 1
        return not low[toks[i][1]:toks[i + 1][0]].strip(" \t")

    i = 0
    while i < n - 1:
        s1, _, w1 = toks[i]
        w2 = toks[i + 1][2]
        if w1 == w2:
            if w1 in words_ok and gap(i):
                yield s1, toks[i + 1][1], toks[i + 1][0], w1
                i += 2
                continue
        elif i + 3 < n and w1 == toks[i + 2][2] and w2 == toks[i + 3][2] and gap(i) and gap(i + 1) and gap(i + 2):
            phrase = f"{w1} {w2}"
            if phrase not in phrases_ok:
                yield s1, toks[i + 3][1], toks[i + 2][0], phrase
                i += 4
                continue
        i += 1


#: at most this many doubled words are read (real reports have a handful); past it the list ends with a
#: ``doubled-cut`` mention where reading stopped, so that a rule can say the rest was not looked at
DOUBLED_LIMIT = 2_000


def doubled_words(facts: Facts) -> list[Mention]:
    """Words or two-word phrases doubled by a typing slip, ``value`` the phrase. Good doubles are left out: a
    compound ending in the word ("tiếp theo theo"), a body's name followed by the same verb ("Ban Tổ chức tổ
    chức"), two cells of a table row. After :data:`DOUBLED_LIMIT` of them the list ends with one mention of
    kind ``doubled-cut`` at the next double (a text of a hundred thousand doubles is not a report; reading them
    all cost a second a megabyte)."""
    _, _, body_words, compounds_ok = _repeats()
    tails = _compound_tails()
    low = facts.lower
    norm = facts.norm_text
    text = facts.text
    norm_span = facts.norm_span
    to_orig = facts.to_orig
    same = norm == text  # nothing was normalized: offsets need no mapping (a double never starts with a blank)
    out: list[Mention] = []
    # the word before a double is read only where a rule below can use it (a compound's last word doubled, a
    # capitalised phrase after a body word): a text of a hundred thousand doubles pays for the mapping only
    for s, e, s2, phrase in _doubled(low, facts.get("tokens")):
        if " " not in phrase:
            if phrase in tails:
                prev = low[max(0, s - 12):s].split()[-1:]
                if prev and f"{prev[0]} {phrase}" in compounds_ok:
                    continue  # "năm tiếp theo theo quy định": the first "theo" ends "tiếp theo"
        elif norm[s].isupper() and norm[s2].islower():
            prev = low[max(0, s - 12):s].split()[-1:]
            if prev and prev[0] in body_words:
                continue  # "Ban Tổ chức tổ chức …": a body's name (capitalised, after a body word), then the verb
        os_, oe = (s, e) if same else norm_span(s, e)
        shown = text[os_:oe]
        if "\t" in shown or "|" in shown:
            continue  # a tab or pipe separates the cells of a table row: two column titles
        if len(out) >= DOUBLED_LIMIT:
            out.append(Mention("doubled-cut", os_, oe, shown, value=phrase))
            break
        out.append(Mention("doubled", os_, oe, shown, value=phrase, ref=s2 if same else to_orig(s2)))
    return out


# --- unreadable text (VB002) -------------------------------------------------------------------------------------------
def broken_word(facts: Facts) -> tuple[int, int] | None:
    """(start, end) of the first word with a digit or symbol between its letters ("D6ng") in the sample that
    :mod:`vanban.quality` measures, or None."""
    from ..quality import BROKEN_WORD_RE, SAMPLE_CHARS

    m = BROKEN_WORD_RE.search(facts.text, 0, SAMPLE_CHARS)
    return (m.start(), m.end()) if m else None
