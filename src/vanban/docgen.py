"""Generate docs/rules.md and docs/schema/document.json from the code (run: python -m vanban.docgen)."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def rules_markdown() -> str:
    from .rules import iter_rules
    from .rules.base import example_display

    rules = list(iter_rules())
    out = ["# Quy tắc kiểm tra / Rule reference", "",
           "Generated from the rule registry by `python -m vanban.docgen` — do not edit by hand.", "",
           "| Code | Name | Severity | Default | Summary |", "|---|---|---|---|---|"]
    for r in rules:
        out.append(f"| {r.code} | `{r.name}` | {r.severity} | {'on' if r.enabled_by_default else 'off'} | {r.summary_vi} |")
    out.append("")
    for r in rules:
        out += [f"## {r.code} `{r.name}` ({r.severity})", "", f"**VI:** {r.summary_vi}", "", f"**EN:** {r.summary_en}", "",
                f"**Why:** {r.rationale}", ""]
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
    (base / "docs" / "rules.md").write_text(rules_markdown(), encoding="utf-8")
    (base / "docs" / "schema" / "document.json").write_text(schema_json(), encoding="utf-8")
    print("wrote docs/rules.md and docs/schema/document.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
