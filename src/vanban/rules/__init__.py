"""Rules: one small unit per rule, registered with a stable code (see docs/rules.md).

Codes: VB0xx the input itself (limits), VB1xx dates, VB2xx structure, VB3xx counts and numbers, VB4xx citations and số/ký hiệu,
VB5xx mandatory format parts, VB6xx awards law, VB7xx spelling and phrasing.
"""
from __future__ import annotations

from .base import REGISTRY, Hit, LintConfig, LintContext, Rule, iter_rules, rule, run_rules

__all__ = ["REGISTRY", "Hit", "LintConfig", "LintContext", "Rule", "iter_rules", "rule", "run_rules", "load_all"]

_LOADED = False


def load_all() -> None:
    """Import every rule module (they register themselves)."""
    global _LOADED
    if _LOADED:
        return
    from . import awards, citations, counts, dates, format, input, language, structure, units  # noqa: F401

    _LOADED = True
