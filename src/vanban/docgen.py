"""Generate docs/rules.md and docs/schema/document.json from the code (run: python -m vanban.docgen)."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _measured(root: Path | None):
    """Per-rule precision and fire rates from ``eval/reviews`` and ``eval/ecosystem_baseline.json`` under
    ``root`` (the repository), or None when that data is not there (an installed package)."""
    from .eval.precision import load_reviews, measure

    root = root or Path(__file__).resolve().parents[2]
    baseline = root / "eval" / "ecosystem_baseline.json"
    if not baseline.is_file():
        return None
    return measure(load_reviews(root / "eval" / "reviews"), baseline)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f} %"


def _measure_cells(m) -> tuple[str, str]:
    """(precision cell, fire-rate cell) of the summary table."""
    if m is None:
        return "—", "0 · 0"
    prec = f"{_pct(m.precision)} ({m.reviewed})" if m.reviewed else "—"
    return prec, f"{m.fires.get('bulk', 0.0):g} · {m.fires.get('real', 0.0):g}"


def _measure_line(m, severity: str) -> str:
    if m is None or (not m.findings and not m.reviewed):
        return "**Measured:** never fires on the real documents (bulk, real)."
    fires = f"fires {m.fires.get('bulk', 0.0):g} times per 100 bulk documents and {m.fires.get('real', 0.0):g} per 100 real ones"
    if not m.reviewed:
        return f"**Measured:** {fires}; not reviewed{' (info)' if severity == 'info' else ''}."
    ext = f", {m.extraction} of them caused by extraction" if m.extraction else ""
    return (f"**Measured:** precision {_pct(m.precision)} on {m.reviewed} findings reviewed by hand "
            f"({m.true} true, {m.false} false, {m.doubtful} doubtful{ext}); {fires}.")


def rules_markdown(root: Path | None = None) -> str:
    from .rules import iter_rules
    from .rules.base import example_display

    rules = list(iter_rules())
    measured = _measured(root)
    out = ["# Quy tắc kiểm tra / Rule reference", "",
           "Generated from the rule registry by `python -m vanban.docgen` — do not edit by hand.", ""]
    if measured is not None:
        out += ["Precision and fire rates are measured on real documents nobody tuned the rules to "
                "(`../shared/corpus/bulk`, 376 documents, and `../shared/corpus/real`, 88): *Precision* is "
                "true / reviewed findings (doubtful ones count against the rule) with the number reviewed in "
                "brackets, from the verdicts in `eval/reviews/`; *Fires* is findings per 100 documents "
                "(bulk · real) from `eval/ecosystem_baseline.json` (`python -m vanban.eval ecosystem`, "
                "`python -m vanban.eval precision`). A default error/warning rule must reach 90 %.", ""]
    out += ["| Code | Name | Severity | Default | Precision | Fires /100 | Summary |", "|---|---|---|---|---|---|---|"]
    for r in rules:
        prec, fires = _measure_cells(measured.get(r.code) if measured is not None else None)
        if measured is None:
            prec = fires = "—"
        out.append(f"| {r.code} | `{r.name}` | {r.severity} | {'on' if r.enabled_by_default else 'off'} | {prec} "
                   f"| {fires} | {r.summary_vi} |")
    out.append("")
    for r in rules:
        out += [f"## {r.code} `{r.name}` ({r.severity})", "", f"**VI:** {r.summary_vi}", "", f"**EN:** {r.summary_en}", "",
                f"**Why:** {r.rationale}", ""]
        if measured is not None:
            out += [_measure_line(measured.get(r.code), r.severity), ""]
        for title, exs in (("Bad (fires)", r.bad), ("Good (silent)", r.good)):
            out.append(f"{title}:")
            out.append("")
            for e in exs:
                out.append("```text")
                out.append(example_display(e))
                out.append("```")
            out.append("")
    return "\n".join(out)


def schema_json() -> str:
    from .model import Document

    return json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(root: str | None = None) -> int:
    base = Path(root) if root else Path(__file__).resolve().parents[2]
    (base / "docs" / "schema").mkdir(parents=True, exist_ok=True)
    (base / "docs" / "rules.md").write_text(rules_markdown(base), encoding="utf-8")
    (base / "docs" / "schema" / "document.json").write_text(schema_json(), encoding="utf-8")
    print("wrote docs/rules.md and docs/schema/document.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
