"""The garbage collector is paused while a document is linted, and left as the caller had it."""
import gc

import pytest

import vanban
from vanban.util import gc_paused

TEXT = "Xã có 120 hộ, trong đó: hộ nghèo 45 hộ, hộ cận nghèo 80 hộ.\n"


def test_lint_pauses_the_collector_and_restores_it():
    seen = []
    from vanban.rules import base

    real = base._run_rules

    def spy(*a, **kw):
        seen.append(gc.isenabled())
        return real(*a, **kw)

    base._run_rules = spy
    try:
        assert gc.isenabled()
        findings = vanban.lint(TEXT)
        assert gc.isenabled()
    finally:
        base._run_rules = real
    assert seen == [False]
    assert any(f.code == "VB302" for f in findings)  # 45 + 80 is not 120: the run itself still works


def test_a_collector_the_caller_disabled_stays_disabled_even_after_an_error():
    gc.disable()
    try:
        with pytest.raises(RuntimeError):
            with gc_paused():
                raise RuntimeError("boom")
        assert not gc.isenabled()
        vanban.lint(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        with gc_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()
