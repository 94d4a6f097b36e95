"""Invariance: what vanban reports must not depend on how the same text was typed or wrapped.

* NFD: the same text in decomposed Unicode (as typed with "Unicode tổ hợp") gives the same findings, on the
  same lines.
* Re-wrapping: joining two lines of a paragraph (a hard wrap undone) or splitting a long line at a space does
  not change which findings fire.
* Markdown emphasis around a word (``**…**``, ``*…*``) does not change which findings fire.

The documents are the project's own corpus (corpora/), so the properties run everywhere.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vanban

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
DOCS = sorted(p for p in CORPORA.glob("*/*.txt") if p.parent.name != "_src")
TEXTS = {p.relative_to(CORPORA).as_posix(): p.read_text(encoding="utf-8") for p in DOCS}


def _codes(text: str) -> Counter:
    """Codes that fired, the figure rules apart (their known gap, as for NFD) and VB705 (a join can make a pair)."""
    return Counter(f.code for f in vanban.lint(vanban.parse(text))
                   if f.code != "VB705" and not f.code.startswith(FIGURES))


#: the figure rules (VB301–VB308) read words of the original text in places and still lose findings on
#: decomposed text: known, pinned by test_figure_rules_on_nfd_text_are_not_yet_invariant below
FIGURES = ("VB30",)


def _lines(text: str, figures: bool = False) -> Counter:
    return Counter((f.code, f.line) for f in vanban.lint(vanban.parse(text))
                   if f.code.startswith(FIGURES) == figures)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_nfd_gives_the_same_findings_on_the_same_lines(name):
    text = TEXTS[name]
    assert _lines(unicodedata.normalize("NFD", text)) == _lines(text)


@pytest.mark.xfail(strict=True, reason="known gap: the figure facts (analysis/numbers, breakdowns, tables) match "
                   "Vietnamese words on the original text; on NFD input 16 own-corpus documents lose figure findings")
def test_figure_rules_on_nfd_text_are_not_yet_invariant():
    diff = [n for n, t in TEXTS.items() if _lines(unicodedata.normalize("NFD", t), True) != _lines(t, True)]
    assert diff == []


def _wrap_points(text: str) -> list[int]:
    """Offsets of line breaks inside a paragraph: the line before has no final punctuation and is long, the
    line after starts in lower case — a hard wrap a PDF or Markdown converter could have made or undone."""
    out = []
    pos = text.find("\n")
    while pos > 0:
        before = text[text.rfind("\n", 0, pos) + 1:pos]
        after = text[pos + 1:pos + 2]
        if len(before) > 30 and before[-1:].isalpha() and after.islower():
            out.append(pos)
        pos = text.find("\n", pos + 1)
    return out


def _spaces(text: str) -> list[int]:
    """Spaces in the middle of long body lines (a place to break a line)."""
    out = []
    start = 0
    for line in text.split("\n"):
        if len(line) > 60 and not line.lstrip().startswith(("|", "-", "+")) and "\t" not in line:
            k = line.find(" ", 40)
            if 0 < k < len(line) - 10 and line[k + 1:k + 2].islower():
                out.append(start + k)
        start += len(line) + 1
    return out


SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
def test_joining_a_wrapped_line_does_not_change_the_findings(data):
    name = data.draw(st.sampled_from(sorted(n for n in TEXTS if _wrap_points(TEXTS[n]))))
    text = TEXTS[name]
    k = data.draw(st.sampled_from(_wrap_points(text)))
    joined = text[:k] + " " + text[k + 1:]
    assert _codes(joined) == _codes(text), (name, text[max(0, k - 60):k + 40])


@SETTINGS
@given(st.data())
def test_breaking_a_long_line_does_not_change_the_findings(data):
    name = data.draw(st.sampled_from(sorted(n for n in TEXTS if _spaces(TEXTS[n]))))
    text = TEXTS[name]
    k = data.draw(st.sampled_from(_spaces(text)))
    broken = text[:k] + "\n" + text[k + 1:]
    assert _codes(broken) == _codes(text), (name, text[max(0, k - 60):k + 40])


@SETTINGS
@given(st.data())
def test_markdown_emphasis_around_a_word_does_not_change_the_findings(data):
    name = data.draw(st.sampled_from(sorted(TEXTS)))
    text = TEXTS[name]
    words = [i for i in range(1, len(text) - 1) if text[i - 1] in " \n" and text[i].isalpha()]
    i = data.draw(st.sampled_from(words))
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    mark = data.draw(st.sampled_from(["**", "*"]))
    emphasised = text[:i] + mark + text[i:j] + mark + text[j:]
    assert _codes(emphasised) == _codes(text), (name, text[max(0, i - 40):j + 40])


@pytest.mark.parametrize("sep", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_windows_and_old_mac_line_ends_give_the_same_findings(sep):
    """A file saved with CRLF (Windows) or lone CRs (old Mac) reads like the same file with LF: every finding of
    every own-corpus document at the same line and column with the same message (the figure rules included)."""
    def found(text: str) -> Counter:
        return Counter((f.code, f.line, f.column, f.message) for f in vanban.lint(vanban.parse(text)))

    differ = [name for name, text in sorted(TEXTS.items()) if found(text.replace("\n", sep)) != found(text)]
    assert differ == []
