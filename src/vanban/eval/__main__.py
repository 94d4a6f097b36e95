"""``python -m vanban.eval``: score against the gold files, inject errors, check against a baseline.

Usage::

    python -m vanban.eval                          # extractor and rule tables for corpora/
    python -m vanban.eval --inject                 # + error injection on the clean corpora documents
    python -m vanban.eval --inject --real          # + the real documents in ../shared/corpus/real
    python -m vanban.eval --json out.json          # all metrics and counts as JSON
    python -m vanban.eval --details                # every mismatch, one per line
    python -m vanban.eval --check eval/baseline.json        # exit 1 if a metric dropped by > 0.005
    python -m vanban.eval --write-baseline eval/baseline.json
    python -m vanban.eval --inject --write-docs    # rewrite docs/accuracy.md
    python -m vanban.eval ecosystem ../shared/corpus/bulk ../shared/corpus/real [--jobs 2] [--write-baseline]
                                                   # every rule on real documents vs eval/ecosystem_baseline.json
    python -m vanban.eval precision                # per-rule precision from eval/reviews (and the baseline)

The baseline and the check use the corpora only (scores and injection), so they work without ../shared.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = REPO / "corpora"
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_DOCS = REPO / "docs" / "accuracy.md"
DEFAULT_EXPECT = REPO / "tests" / "data" / "real"


def run(corpus: Path, *, inject: bool, real: bool, shared: Path, seed: int):
    """Score the corpus, and inject errors when asked; returns (score, reports, metrics)."""
    from .inject import corpora_clean_docs, evaluate, inject_metrics, real_docs
    from .score import metrics, score_corpus

    cs = score_corpus(corpus)
    m = metrics(cs)
    reps = []
    if inject:
        rep = evaluate(corpora_clean_docs(corpus), "corpora (clean gold documents)", seed=seed)
        reps.append(rep)
        m.update(inject_metrics(rep, "inject"))
    if real:
        real_dir = shared / "corpus" / "real"
        if real_dir.is_dir():
            rep = evaluate(real_docs(real_dir, DEFAULT_EXPECT), "real documents (../shared/corpus/real)", seed=seed)
            reps.append(rep)
            m.update(inject_metrics(rep, "inject_real"))
        else:
            print(f"note: {real_dir} not found; --real skipped", file=sys.stderr)
    return cs, reps, dict(sorted(m.items()))


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else list(argv)
    if args_in[:1] == ["ecosystem"]:
        from .ecosystem import main as ecosystem_main

        return ecosystem_main(args_in[1:])
    if args_in[:1] == ["precision"]:
        from .precision import main as precision_main

        return precision_main(args_in[1:])
    from .inject import DEFAULT_SEED
    from .report import compare, failure_patterns, improvements, render_docs, render_plain
    from .score import counts

    ap = argparse.ArgumentParser(prog="python -m vanban.eval", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with *.gold.json (default corpora/)")
    ap.add_argument("--inject", action="store_true", help="also plant errors in the clean documents")
    ap.add_argument("--real", action="store_true", help="also inject into ../shared/corpus/real (implies --inject)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--json", type=Path, help="write metrics, counts and mismatches as JSON")
    ap.add_argument("--details", action="store_true", help="print every mismatch")
    ap.add_argument("--write-docs", nargs="?", const=DEFAULT_DOCS, type=Path, metavar="PATH",
                    help="rewrite docs/accuracy.md (or PATH)")
    ap.add_argument("--check", type=Path, metavar="BASELINE", help="exit 1 if a metric dropped by more than 0.005")
    ap.add_argument("--write-baseline", type=Path, metavar="PATH", help="write the corpora metrics as a baseline")
    args = ap.parse_args(args_in)

    baseline = None
    if args.check:
        baseline = json.loads(args.check.read_text(encoding="utf-8"))["metrics"]
    want_inject = args.inject or args.real or args.write_baseline is not None or (
        baseline is not None and any(k.startswith("inject.") for k in baseline))
    cs, reps, m = run(args.corpus, inject=want_inject, real=args.real, shared=args.shared, seed=args.seed)

    print(render_plain(cs, reps), end="")
    patterns = failure_patterns(cs, reps)
    if patterns:
        print("\nLargest failure patterns")
        for p in patterns:
            print(f"  {p}")
    if args.details:
        print("\nMismatches")
        for p in cs.problems:
            print("  " + json.dumps(p, ensure_ascii=False, default=str))
        for rep in reps:
            for r in rep.results:
                if not r.detected:
                    i = r.injection
                    print(f"  missed {i.kind} ({i.rule}) {i.doc}:{i.line} {i.old!r} -> {i.new!r}; on the line: {r.got}")

    if args.json:
        payload = {
            "metrics": m, "counts": counts(cs), "problems": cs.problems,
            "injection": [
                {"label": rep.label, "clean_docs": rep.clean_docs, "clean_findings": rep.clean_blocking,
                 "clean_by_rule": rep.clean_by_rule,
                 "results": [{"doc": r.injection.doc, "kind": r.injection.kind, "rule": r.injection.rule,
                              "line": r.injection.line, "old": r.injection.old, "new": r.injection.new,
                              "detected": r.detected, "rules_on_line": r.got, "new_findings": r.new_findings}
                             for r in rep.results]}
                for rep in reps
            ],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    if args.write_baseline:
        keep = {k: v for k, v in m.items() if not k.startswith("inject_real.")}
        args.write_baseline.parent.mkdir(parents=True, exist_ok=True)
        args.write_baseline.write_text(json.dumps(
            {"about": "vanban.eval metrics on corpora/ (scores and error injection); "
                      "python -m vanban.eval --check fails when one drops by more than 0.005. "
                      "Regenerate with --write-baseline after an intended change.",
             "seed": args.seed, "metrics": keep}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nbaseline written: {args.write_baseline} ({len(keep)} metrics)")
    if args.write_docs:
        from .precision import accuracy_section, measure, splice_section

        # the precision section comes from the review data, not from this run: keep it current in the file
        args.write_docs.write_text(splice_section(
            render_docs(cs, reps, real=args.real, extra=failure_patterns(cs, reps[:1])), accuracy_section(measure())),
            encoding="utf-8")
        print(f"\nwritten: {args.write_docs}")
    if baseline is not None:
        drops = compare(m, baseline)
        better = improvements(m, baseline)
        if better:
            print(f"\n{len(better)} metric(s) improved beyond the baseline (consider --write-baseline):")
            for b in better:
                print(f"  {b}")
        if drops:
            print(f"\nREGRESSION: {len(drops)} metric(s) dropped by more than 0.005 vs {args.check}:")
            for d in drops:
                print(f"  {d}")
            return 1
        print(f"\nno regression vs {args.check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
