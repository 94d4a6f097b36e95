"""Hostile inputs: parse and parse + lint time of pathological 1 MB texts, with the default limits and with
``Limits.none()``, and how the time grows from 100 to 800 KB. Prints a Markdown table.

    python bench/bench_hostile.py                 # every input (several minutes)
    python bench/bench_hostile.py digits stars    # some inputs, by name (see bench/hostile_inputs.py)
    python bench/bench_hostile.py --size 200000   # another size than 1 MB for the first columns
    python bench/bench_hostile.py --best 3        # the first columns as the best of three runs (a busy machine)
    python bench/bench_hostile.py --best 3 --default-only  # only parse and parse + lint with the default limits

Times are CPU seconds of this process (``time.process_time``): on a shared machine the wall time of the same run
varies threefold with the load, the CPU time hardly. On an idle machine the two agree.

Targets (issue 17): parse + lint <= 0.5 s per MB with the default limits; without limits, doubling the input
at most doubles the time (ratios about 2; the linear-time test fails at 2.5).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_inputs import HOSTILE, make  # noqa: E402

import vanban  # noqa: E402
from vanban.limits import Limits  # noqa: E402

NONE = Limits.none()
GROWTH = (100_000, 200_000, 400_000, 800_000)


def timed(text: str, limits: Limits | None, runs: int = 1) -> tuple[float, float, vanban.Document]:
    """(parse s, parse + lint s, document), of the fastest of ``runs`` runs."""
    out: tuple[float, float, vanban.Document] | None = None
    for _ in range(runs):
        t0 = time.process_time()
        doc = vanban.parse(text, limits=limits)
        t1 = time.process_time()
        vanban.lint(doc)
        t = (t1 - t0, time.process_time() - t0, doc)
        if out is None or t[1] < out[1]:
            out = t
    assert out is not None
    return out


def best(text: str, limits: Limits | None, repeat: int) -> float:
    return min(timed(text, limits)[1] for _ in range(repeat))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="inputs to run (default: all)")
    ap.add_argument("--size", type=int, default=1_000_000, help="size of the first columns, in characters")
    ap.add_argument("--repeat", type=int, default=3, help="runs per growth size (the minimum is kept)")
    ap.add_argument("--no-growth", action="store_true", help="skip the 100-800 KB growth ratios")
    ap.add_argument("--best", type=int, default=1, help="runs of the first columns (the fastest is kept)")
    ap.add_argument("--default-only", action="store_true",
                    help="only the default limits' columns (no 'no limits' columns, no growth ratios)")
    args = ap.parse_args(argv)
    names = args.names or list(HOSTILE)
    vanban.lint(vanban.parse("Số: 1/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\nUBND xã Ba Vì.\n"))
    kb = args.size // 1000
    print(f"| input | parse (s) | parse + lint (s) | analysed | parse, no limits (s) | parse + lint, no limits (s) "
          f"| growth ×2 (no limits: {'/'.join(str(g // 1000) for g in GROWTH)} KB) |")
    print("|---|---|---|---|---|---|---|")
    worst = 0.0
    over = 0
    for name in names:
        text = make(name, args.size)
        p, pl, doc = timed(text, None, args.best)
        cut = doc.truncated
        where = f"to line {cut.line} (> {cut.limit} {cut.kind})" if cut else "whole text"
        np_, npl = timed(text, NONE, args.best)[:2] if not args.default_only else (float("nan"), float("nan"))
        worst = max(worst, pl)
        if args.no_growth or args.default_only:
            growth = ""
        else:
            ts = [best(make(name, n), NONE, args.repeat) for n in GROWTH]
            growth = " ".join(f"{b / max(a, 1e-4):.1f}" for a, b in zip(ts, ts[1:], strict=False))
        flag = "" if pl <= 0.5 else " ✗"
        over += pl > 0.5
        nl = "— | —" if args.default_only else f"{np_:.2f} | {npl:.2f}"
        print(f"| {name} ({kb} KB) | {p:.2f} | {pl:.2f}{flag} | {where} | {nl} | {growth} |", flush=True)
    print(f"\nWorst parse + lint with the default limits: {worst:.2f} s; over 0.5 s: {over} of {len(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
