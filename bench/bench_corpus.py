"""Throughput, scaling and hostile-input benchmarks (issue 6). Prints a Markdown report.

    python bench/bench_corpus.py            # corpora/ and ../shared/corpus/real when present

Measures: files/s and MB/s of text with 1 and 2 processes (parse + all rules), peak memory (ru_maxrss of the
process and its children), linear scaling of the seed repeated 1x/10x/100x, and 1 MB hostile inputs.
"""
from __future__ import annotations

import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from vanban.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _lint_text(text: str) -> int:
    import vanban

    return len(vanban.lint(vanban.parse(text)))


def _texts() -> list[str]:
    paths = sorted((ROOT / "corpora").rglob("*.txt"))
    real = SHARED / "corpus" / "real"
    if real.is_dir():
        paths += sorted(real.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def throughput(texts: list[str], jobs: int) -> tuple[float, float, float]:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t0 = time.perf_counter()
    if jobs == 1:
        for t in texts:
            _lint_text(t)
    else:
        with ProcessPoolExecutor(jobs) as ex:
            list(ex.map(_lint_text, texts, chunksize=4))
    dt = time.perf_counter() - t0
    return len(texts) / dt, mb / dt, dt


def scaling(seed: str) -> list[tuple[int, float]]:
    import vanban

    out = []
    for k in (1, 10, 100):
        text = seed * k
        ts = []
        for _ in range(3 if k < 100 else 1):
            t0 = time.perf_counter()
            vanban.lint(vanban.parse(text, limits=NO_LIMITS))  # the full analysis must scale linearly
            ts.append(time.perf_counter() - t0)
        out.append((k, statistics.median(ts)))
    return out


NO_LIMITS = Limits.none()  # scaling and the "without limits" column measure the full analysis

HOSTILE = {
    "one long line": lambda: "Quyết định số 12/QĐ-UBND ngày 01/01/2023 của UBND xã " * 20000,
    "100,000 'Số:' lines": lambda: "Số: 12/QĐ-UBND\n" * 70000,
    "digits and slashes only": lambda: ("12/34/5678/" * 100000)[:1_000_000],
    "deeply repeated headings": lambda: "".join(f"{i % 9 + 1}. Tiêu đề\na) Mục\n" for i in range(60000))[:1_000_000],
    "award sentences on one line": lambda: ("Tặng danh hiệu Lao động tiên tiến cho 05 cá nhân; " * 20000)[:1_000_000],
    "1 MB of ordinary prose": lambda: ("Tình hình kinh tế - xã hội năm 2022 của xã ổn định, đạt 100% chỉ tiêu. " * 15000)[:1_000_000],
    "award lists": lambda: ("DANH SÁCH KHEN THƯỞNG\n(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2024)\n"
                            "Danh hiệu “Lao động tiên tiến” (02 cá nhân):\n1. Ông A\n2. Bà B\n" * 8000)[:1_000_000],
    "pipes": lambda: "|" * 1_000_000,
    "table rows with a total": lambda: ("TT\tThôn\tSố hộ\n" + "".join(f"{i}\tThôn {i}\t{i % 97}\n" for i in range(1, 70000))
                                        + "\tTổng cộng\t5\n")[:1_000_000],
    "empty lines": lambda: "\n" * 1_000_000,
}


def hostile() -> list[tuple[str, float, float, str, float]]:
    """(name, parse s, lint s, where the default limits stopped it, parse + lint s without limits)."""
    import vanban

    vanban.lint(vanban.parse("Số: 1/QĐ-UBND\nBa Vì, ngày 03 tháng 11 năm 2023\nQUYẾT ĐỊNH\nUBND xã Ba Vì, huyện Ba Tơ.\n"))  # warm up
    out = []
    for name, make in HOSTILE.items():
        text = make()
        t0 = time.perf_counter()
        doc = vanban.parse(text)
        t1 = time.perf_counter()
        vanban.lint(doc)
        t2 = time.perf_counter()
        cut = doc.truncated
        where = f"line {cut.line}: > {cut.limit} {cut.kind}" if cut else "whole text"
        t3 = time.perf_counter()
        vanban.lint(vanban.parse(text, limits=NO_LIMITS))
        out.append((name, t1 - t0, t2 - t1, where, time.perf_counter() - t3))
    return out


def main() -> int:
    texts = _texts()
    print(f"## Throughput ({len(texts)} documents, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB of text)\n")
    print("| processes | files/s | MB/s | seconds |\n|---|---|---|---|")
    _lint_text(texts[0])
    for jobs in (1, 2):
        fps, mbs, dt = throughput(texts, jobs)
        print(f"| {jobs} | {fps:.1f} | {mbs:.2f} | {dt:.1f} |")
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"\nPeak resident memory of one process: {peak / 1024:.0f} MB\n")
    seed_path = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"
    seed = seed_path.read_text(encoding="utf-8") if seed_path.is_file() else texts[0]
    print("## Scaling (seed repeated, parse + lint)\n\n| copies | seconds | per copy (ms) |\n|---|---|---|")
    for k, dt in scaling(seed):
        print(f"| {k} | {dt:.3f} | {dt / k * 1000:.1f} |")
    print("\n## Hostile inputs (about 1 MB each)\n\n| input | parse (s) | lint (s) | analysed | without limits (s) |\n"
          "|---|---|---|---|---|")
    for name, p, l, where, full in hostile():
        print(f"| {name} | {p:.2f} | {l:.2f} | {where} | {full:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
