"""Parse + lint (default limits) of every 1 MB hostile input with two checkouts of vanban, alternating per
input so that a shared host's drift hits both alike: each side runs twice in turn, in a fresh process, best of
``--best`` runs each time. Prints a Markdown table (CPU seconds) and the count over 0.5 s.

    git worktree add /tmp/before <commit>
    python bench/compare_hostile.py /tmp/before/src src [--best 2] [NAME ...]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from hostile_inputs import HOSTILE  # noqa: E402

CHILD = r"""
import sys, time, json
sys.path.insert(0, sys.argv[3])
from hostile_inputs import make
import vanban
vanban.lint(vanban.parse("Số: 1/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\nUBND xã Ba Vì.\n"))
t = make(sys.argv[1], 1_000_000)
best = 9e9
for _ in range(int(sys.argv[2])):
    a = time.process_time()
    vanban.lint(vanban.parse(t))
    best = min(best, time.process_time() - a)
print(json.dumps(best))
"""


def run(src: str, name: str, best: int) -> float:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(src)}
    out = subprocess.run([sys.executable, "-c", CHILD, name, str(best), str(BENCH)], capture_output=True,
                         text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", help="the src folder of the first checkout")
    ap.add_argument("after", help="the src folder of the second checkout")
    ap.add_argument("names", nargs="*", help="inputs (default: all)")
    ap.add_argument("--best", type=int, default=2)
    args = ap.parse_args()
    rows = []
    print("| input (1 MB) | before (s) | after (s) |\n|---|---|---|")
    for name in args.names or list(HOSTILE):
        b = run(args.before, name, args.best)  # before, after, before, after
        a = run(args.after, name, args.best)
        b = min(b, run(args.before, name, args.best))
        a = min(a, run(args.after, name, args.best))
        rows.append((b, a))
        print(f"| {name} | {b:.2f} | {a:.2f}{' ✗' if a > 0.5 else ''} |", flush=True)
    print(f"\nOver 0.5 s: before {sum(b > 0.5 for b, _ in rows)}, after {sum(a > 0.5 for _, a in rows)} of "
          f"{len(rows)}; worst before {max(b for b, _ in rows):.2f} s, after {max(a for _, a in rows):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
