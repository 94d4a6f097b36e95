"""Rule explanations in both languages: why a rule exists (``vanban rule``, the HTML report, docs).

Every registered rule carries its English ``rationale``; the Vietnamese one lives in
``vanban/lexicon/data/rule_docs.json`` (``{code: {"vi": …}}``), next to the other Vietnamese data, so a
translator edits one file. :func:`rationale` gives either; a test checks that every rule has both.

Related-location notes ("previous heading", "first citation" …) are written by the rules in English today;
:func:`note_text` turns the known ones into Vietnamese until the rules pass both languages themselves.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["rationale", "rule_docs", "note_text", "READ_ERROR_DOC", "NOTES_VI"]


@lru_cache(maxsize=1)
def rule_docs() -> dict[str, dict[str, str]]:
    """``{code: {"vi": …, …}}`` from ``rule_docs.json``."""
    data = resources.files("vanban.lexicon").joinpath("data/rule_docs.json").read_text("utf-8")
    return json.loads(data)


def rationale(rule: Any, lang: str = "vi") -> str:
    """Why ``rule`` (a :class:`~vanban.rules.base.Rule` or a code) exists, in ``lang`` ("vi" or "en").

    English is the rule's own ``rationale``; Vietnamese comes from ``rule_docs.json`` (falling back to the
    English text if a new rule has no translation yet, which the test suite refuses)."""
    code = rule if isinstance(rule, str) else rule.code
    english = getattr(rule, "rationale", None) if not isinstance(rule, str) else None
    doc = rule_docs().get(code, {})
    if (lang or "vi").startswith("en"):
        return english or doc.get("en", "")
    return doc.get("vi") or english or doc.get("en", "")


#: E000 (a file that could not be read) is no rule of the registry, but `vanban rule E000` explains it.
READ_ERROR_DOC: dict[str, str] = {k: v for k, v in rule_docs().get("E000", {}).items()}

#: the related-location notes the rules write in English, in Vietnamese
NOTES_VI: dict[str, str] = {
    "previous heading": "đề mục trước",
    "previous item": "mục trước",
    "listed item": "mục được liệt kê",
    "title": "tên loại văn bản",
    "first citation": "lần dẫn đầu tiên",
    "earlier document": "văn bản ban hành trước",
    "cited document": "văn bản được dẫn",
    "also mentioned": "còn nhắc ở đây",
    "danh sách kèm theo": "danh sách kèm theo",
    "lần đầu / first": "lần đầu",
    "tổng": "tổng",
}
NOTES_EN: dict[str, str] = {
    "danh sách kèm theo": "attached list",
    "lần đầu / first": "first",
    "văn bản được dẫn chiếu": "cited document",
    "văn bản ban hành trước": "earlier document",
    "mục được liệt kê": "listed item",
    "đề mục trước": "previous heading",
    "đoạn tương ứng trong báo cáo kỳ trước": "paragraph in the previous report",
    "số liệu tương ứng trong báo cáo kỳ trước": "the same figure in the previous report",
    "cùng số, ký hiệu trong báo cáo khác": "the same number and symbol in another report",
    "báo cáo gần như trùng": "the other report",
}


def note_text(note: str | None, lang: str = "vi") -> str | None:
    """A related location's note in ``lang`` (known notes translated, others as written)."""
    if not note:
        return note
    if (lang or "vi").startswith("en"):
        return NOTES_EN.get(note, note)
    return NOTES_VI.get(note, note)
