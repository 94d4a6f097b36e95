"""Linear time on every pathological input (issue 17): parse + lint of each input of ``bench/hostile_inputs.py``
at four sizes, each twice the one before, without work limits (so that no cut hides the growth).

A quadratic pattern quadruples its time when the input doubles; a linear one doubles it. The test fails when
doubling costs more than 2.5 times as much, on the best of three runs, in CPU time of the process (the wall
time on a shared machine follows its load), with an absolute slack so that noise on a few milliseconds cannot
fail it. The speed figures themselves live in
``bench/bench_hostile.py`` and docs/reliability.md.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from hostile_inputs import HOSTILE, make  # noqa: E402

import vanban  # noqa: E402
from vanban.limits import Limits  # noqa: E402

SIZES = (8_000, 16_000, 32_000, 64_000)
RATIO = 2.5
#: seconds of noise forgiven at each step
SLACK = 0.03
NONE = Limits.none()


def _best(text: str, repeat: int = 3) -> float:
    ts = []
    for _ in range(repeat):
        t0 = time.process_time()
        vanban.lint(vanban.parse(text, limits=NONE))
        ts.append(time.process_time() - t0)
    return min(ts)


@pytest.fixture(scope="module", autouse=True)
def _warm():
    vanban.lint(vanban.parse("Số: 1/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\nUBND xã Ba Vì.\n"))


@pytest.mark.parametrize("name", list(HOSTILE))
def test_doubling_the_input_at_most_doubles_the_time(name):
    ts = [_best(make(name, n)) for n in SIZES]
    for (n, a), b in zip(zip(SIZES, ts, strict=True), ts[1:], strict=False):
        if b > RATIO * a + SLACK:
            # one more look before failing: a busy machine can slow one measurement down
            a, b = _best(make(name, n), 5), _best(make(name, 2 * n), 5)
        assert b <= RATIO * a + SLACK, f"{name}: {n} -> {2 * n} chars took {a:.3f} s -> {b:.3f} s ({ts})"


def test_there_are_enough_inputs():
    assert len(HOSTILE) >= 30
    assert all(len(make(name, 1000)) == 1000 for name in HOSTILE)
