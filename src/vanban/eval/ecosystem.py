"""The ecosystem check: lint folders of real documents nobody tuned the rules to, and show what changed.

As a linter is run on real projects before a release, ``python -m vanban.eval ecosystem DIR [DIR ...]`` lints
every document in each folder with **every** rule (info, off-by-default and preview rules too, so that their
noise can be seen before they are switched on), and prints

* per rule: its default severity and state, and its findings per 100 documents in each folder;
* every finding that appeared or disappeared against a committed baseline of ``(file, line, code)`` keys
  (``eval/ecosystem_baseline.json``), so that a change that adds findings shows them for review;
* the default error/warning findings per document on each folder (the issue's acceptance: at most 0.15 on
  the bulk corpus).

Files are named relative to their folder's parent (``bulk/B0001.md``, ``real/0001.txt``). The baseline holds
keys and counts only, never any text of the documents. ``--write-baseline`` rewrites it.

A "default" finding is one the linter shows with its default configuration: the rule is on by default, not a
preview rule, and its severity is error or warning.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_BASELINE = REPO / "eval" / "ecosystem_baseline.json"
#: the document files a corpus folder holds (its README and MANIFEST are not documents)
DOC_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf", ".html", ".htm")
NOT_DOCUMENTS = {"readme.md", "readme.txt", "manifest.tsv"}
BLOCKING = ("error", "warning")
#: the issue's acceptance on the bulk corpus
MAX_BLOCKING_PER_DOC = 0.15


@dataclass(frozen=True)
class Row:
    """One finding, as the ecosystem check keeps it: where, which rule, and how loud (no document text)."""

    file: str
    line: int
    code: str
    severity: str
    message: str = ""

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.file, self.line, self.code)


def rule_state(code: str) -> str:
    """``on``, ``off`` (opt-in) or ``preview`` for a rule code, from the registry."""
    from ..rules import REGISTRY, load_all

    load_all()
    r = REGISTRY.get(code)
    if r is None:
        return "gone"
    if getattr(r, "preview", False):
        return "preview"
    return "on" if r.enabled_by_default else "off"


def is_default_blocking(row: Row) -> bool:
    """Would the linter, in its default configuration, show this finding as an error or a warning?"""
    return row.severity in BLOCKING and rule_state(row.code) == "on"


def corpus_files(folder: Path) -> list[Path]:
    """The documents directly inside ``folder`` (not its sub-folders such as ``originals/``), sorted."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in DOC_SUFFIXES and p.name.lower() not in NOT_DOCUMENTS)


def _lint_one(job: tuple[str, str]) -> list[Row]:
    path, name = job
    import vanban

    from ..rules import LintConfig, run_rules

    try:
        doc = vanban.load(path)
    except Exception as exc:  # a reader failure is itself worth seeing, but must not stop the run
        return [Row(name, 0, "READ", "error", f"{type(exc).__name__}: {exc}")]
    # select every rule: info, off-by-default and preview ones too
    config = LintConfig(select=["VB"])
    if hasattr(config, "preview"):
        config.preview = True
    findings = run_rules(doc, config=config, lang="en")
    return [Row(name, f.line, f.code, f.severity, f.message) for f in findings]


def lint_corpora(folders: Iterable[Path], jobs: int = 1) -> tuple[dict[str, int], list[Row]]:
    """Lint every document of every folder; returns (documents per folder name, all findings in file order)."""
    jobs_list: list[tuple[str, str]] = []
    counts: dict[str, int] = {}
    for folder in folders:
        files = corpus_files(folder)
        counts[folder.name] = len(files)
        jobs_list += [(str(p), f"{folder.name}/{p.name}") for p in files]
    if jobs > 1 and len(jobs_list) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as ex:
            results = list(ex.map(_lint_one, jobs_list, chunksize=4))
    else:
        results = [_lint_one(j) for j in jobs_list]
    return counts, [row for rows in results for row in rows]


# --------------------------------------------------------------------------------------------------
# baseline and differences
# --------------------------------------------------------------------------------------------------


def key_str(key: tuple[str, int, str]) -> str:
    return f"{key[0]}:{key[1]}:{key[2]}"


def parse_key(s: str) -> tuple[str, int, str]:
    file, line, code = s.rsplit(":", 2)
    return (file, int(line), code)


def baseline_payload(counts: dict[str, int], rows: list[Row]) -> dict:
    """The baseline as JSON data: document counts and the sorted multiset of finding keys (no text)."""
    keys = sorted((r.key for r in rows), key=lambda k: (k[0], k[1], k[2]))
    return {
        "about": "vanban ecosystem check: (file:line:code) of every finding of every rule (info, off-by-default "
                 "and preview too) on the real-document folders, named relative to their folder. No document "
                 "text. Rewrite with: python -m vanban.eval ecosystem ../shared/corpus/bulk "
                 "../shared/corpus/real --write-baseline",
        "documents": dict(sorted(counts.items())),
        "findings": [key_str(k) for k in keys],
    }


def load_baseline(path: Path) -> tuple[dict[str, int], Counter]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("documents", {})), Counter(parse_key(s) for s in data.get("findings", []))


def write_baseline(path: Path, counts: dict[str, int], rows: list[Row]) -> None:
    payload = baseline_payload(counts, rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join("  " + json.dumps(k, ensure_ascii=False) for k in payload["findings"])
    text = ("{\n"
            f' "about": {json.dumps(payload["about"], ensure_ascii=False)},\n'
            f' "documents": {json.dumps(payload["documents"], ensure_ascii=False)},\n'
            ' "findings": [\n' + body + ("\n" if body else "") + " ]\n}\n")
    path.write_text(text, encoding="utf-8")


def diff(rows: list[Row], baseline: Counter, folders: set[str] | None = None
         ) -> tuple[list[Row], list[tuple[str, int, str]]]:
    """Findings that appeared (rows, with their messages) and keys that disappeared, against ``baseline``.

    Keys are a multiset: two findings of one rule on one line are two keys. With ``folders``, only baseline keys
    of those folders can disappear (a run over one folder does not report the other folder's findings gone)."""
    current = Counter(r.key for r in rows)
    base = Counter({k: n for k, n in baseline.items() if folders is None or k[0].split("/", 1)[0] in folders})
    extra = current - base
    gone = base - current
    appeared: list[Row] = []
    left = Counter(extra)
    for r in rows:
        if left[r.key] > 0:
            appeared.append(r)
            left[r.key] -= 1
    disappeared = sorted(gone.elements(), key=lambda k: (k[0], k[1], k[2]))
    return appeared, disappeared


# --------------------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------------------


def per_rule(counts: dict[str, int], rows: list[Row]) -> list[dict]:
    """Per rule: code, name, severity, state, and per folder its findings and fires per 100 documents."""
    from ..rules import REGISTRY, load_all

    load_all()
    by = Counter((r.code, r.file.split("/", 1)[0]) for r in rows)
    sev: dict[str, str] = {}
    for r in rows:
        sev.setdefault(r.code, r.severity)
    out = []
    for code in sorted({c for c, _ in by}):
        rule = REGISTRY.get(code)
        folders: dict[str, dict] = {}
        for folder, n in counts.items():
            k = by[(code, folder)]
            folders[folder] = {"findings": k, "per_100": round(100 * k / n, 1) if n else 0.0}
        out.append({"code": code, "name": rule.name if rule else "", "severity": sev.get(code, ""),
                    "state": rule_state(code), "folders": folders})
    return out


def blocking_per_doc(counts: dict[str, int], rows: list[Row]) -> dict[str, tuple[int, float]]:
    """Per folder: default error/warning findings, and per document."""
    by = Counter(r.file.split("/", 1)[0] for r in rows if is_default_blocking(r))
    return {f: (by[f], by[f] / n if n else 0.0) for f, n in counts.items()}


def unreviewed(rows: list[Row], reviews: list[dict]) -> list[Row]:
    """Default error/warning findings without a verdict in ``reviews`` (``eval/reviews``): what to read next."""
    left = Counter((r["file"], int(r["line"]), r["code"]) for r in reviews)
    out = []
    for r in rows:
        if not is_default_blocking(r):
            continue
        if left[r.key] > 0:
            left[r.key] -= 1
        else:
            out.append(r)
    return out


def render(counts: dict[str, int], rows: list[Row], appeared: list[Row] | None,
           disappeared: list[tuple[str, int, str]] | None, baseline_path: Path | None = None,
           todo: list[Row] | None = None) -> str:
    folders = list(counts)
    out = ["Ecosystem check: " + ", ".join(f"{f} {n} documents" for f, n in counts.items()), ""]
    head = f"{'code':7} {'name':28} {'severity':8} {'state':7} " + " ".join(
        f"{f + ' n':>9} {'/100':>6}" for f in folders)
    out += ["Findings per rule (state: on = default, off = opt-in, preview)", head, "-" * len(head)]
    for e in per_rule(counts, rows):
        flag = "*" if e["severity"] in BLOCKING and e["state"] == "on" else " "
        out.append(f"{e['code']:7} {e['name'][:28]:28} {e['severity']:8} {e['state']:7} " + " ".join(
            f"{e['folders'][f]['findings']:>9} {e['folders'][f]['per_100']:>6.1f}" for f in folders) + f" {flag}")
    out.append("(* = shown as error/warning by default)")
    out.append("")
    by_sev = Counter((r.file.split("/", 1)[0], r.severity, rule_state(r.code) == "on") for r in rows)
    out.append("By severity (default rules / opt-in and preview rules), per 100 documents:")
    for f in folders:
        n = counts[f] or 1
        parts = []
        for s in ("error", "warning", "info"):
            on, off = by_sev[(f, s, True)], by_sev[(f, s, False)]
            parts.append(f"{s} {on} ({100 * on / n:.1f}) / {off} ({100 * off / n:.1f})")
        out.append(f"  {f}: " + "; ".join(parts))
    out.append("")
    if appeared is not None and disappeared is not None:
        where = f" vs {baseline_path}" if baseline_path else ""
        out.append(f"Appeared{where}: {len(appeared)} "
                   f"({sum(1 for r in appeared if is_default_blocking(r))} default error/warning)")
        for r in appeared:
            mark = "!" if is_default_blocking(r) else " "
            out.append(f" {mark} + {r.file}:{r.line} {r.code} [{r.severity}] {r.message}")
        out.append(f"Disappeared{where}: {len(disappeared)}")
        for k in disappeared:
            out.append(f"   - {key_str(k)}")
        out.append("")
    if todo is not None:
        out.append(f"Default error/warning findings without a verdict in eval/reviews: {len(todo)}")
        for r in todo:
            out.append(f"   ? {r.file}:{r.line} {r.code} {r.message}")
        out.append("")
    for f, (n, per) in blocking_per_doc(counts, rows).items():
        verdict = ""
        if f == "bulk":
            ok = "OK" if per <= MAX_BLOCKING_PER_DOC else "NOT MET"
            verdict = f"  (acceptance: <= {MAX_BLOCKING_PER_DOC:.2f}) {ok}"
        out.append(f"Default error/warning findings on {f}: {n} in {counts[f]} documents = {per:.3f} per document"
                   + verdict)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m vanban.eval ecosystem",
                                 description="Lint folders of real documents with every rule and compare the "
                                             "findings with a committed baseline of (file, line, code) keys.")
    ap.add_argument("folders", nargs="+", type=Path, help="corpus folders (e.g. ../shared/corpus/bulk)")
    ap.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="default eval/ecosystem_baseline.json")
    ap.add_argument("--write-baseline", action="store_true", help="rewrite the baseline from this run")
    ap.add_argument("--reviews", type=Path, default=REPO / "eval" / "reviews",
                    help="verdicts (default eval/reviews): list the default error/warning findings without one")
    ap.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--json", type=Path, help="also write the per-rule table and the differences as JSON")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when a default error/warning finding appeared against the baseline")
    args = ap.parse_args(argv)

    missing = [f for f in args.folders if not f.is_dir()]
    if missing:
        print("not a folder: " + ", ".join(map(str, missing)), file=sys.stderr)
        return 2
    counts, rows = lint_corpora(args.folders, jobs=max(1, args.jobs))
    appeared = disappeared = None
    if args.baseline.is_file() and not args.write_baseline:
        _, base = load_baseline(args.baseline)
        appeared, disappeared = diff(rows, base, folders=set(counts))
    elif not args.write_baseline:
        print(f"note: no baseline at {args.baseline} (write one with --write-baseline)", file=sys.stderr)
    todo = None
    if args.reviews.is_dir():
        from .precision import load_reviews

        todo = unreviewed(rows, load_reviews(args.reviews))
    print(render(counts, rows, appeared, disappeared, args.baseline, todo), end="")
    if args.json:
        args.json.write_text(json.dumps({
            "documents": counts, "rules": per_rule(counts, rows),
            "blocking_per_doc": {f: {"findings": k, "per_doc": round(p, 4)}
                                 for f, (k, p) in blocking_per_doc(counts, rows).items()},
            "appeared": [r.__dict__ for r in appeared or []],
            "disappeared": [key_str(k) for k in disappeared or []],
            "unreviewed": [r.__dict__ for r in todo or []],
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.write_baseline:
        write_baseline(args.baseline, counts, rows)
        print(f"\nbaseline written: {args.baseline} ({len(rows)} findings)")
    if args.strict and appeared and any(is_default_blocking(r) for r in appeared):
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
