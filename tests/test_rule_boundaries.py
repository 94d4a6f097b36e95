"""The rules read facts; they do not parse. Two structural checks on ``src/vanban/rules``:

* imports: a rule module may import from vanban only ``vanban.model``, ``vanban.lexicon``, ``vanban.util`` and
  the rule engine itself (``vanban.rules.*``); everything it needs from the text comes from the Document and
  its facts (``Document.facts``, built by ``vanban.analysis``).
* patterns: every regular expression compiled at module level in ``rules/`` is listed here with what it is
  applied to. A new pattern fails this test until it is listed — and a pattern over the body text belongs in
  an extractor or the analysis layer, not in a rule. Patterns that match a fact's own short text (a citation's
  symbol, a heading's title, a dateline) are fine.
"""
from __future__ import annotations

import ast
from pathlib import Path

RULES = Path(__file__).resolve().parents[1] / "src" / "vanban" / "rules"
ALLOWED = {"vanban.model", "vanban.lexicon", "vanban.util", "vanban.rules"}

#: imports of other vanban modules still to be replaced by facts, (module, imported module) — must shrink to empty
NOT_YET: set[tuple[str, str]] = set()


def _vanban_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                if node.module and node.module.split(".")[0] == "vanban":
                    out.add(node.module)
                continue
            # relative: level 1 is vanban.rules, level 2 is vanban
            base = ["vanban", "rules"][: 3 - node.level] if node.level <= 2 else []
            mod = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:
                out.update(f"{mod}.{a.name}" for a in node.names)
            else:
                out.add(mod)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "vanban")
    return out


def _allowed(mod: str) -> bool:
    return any(mod == a or mod.startswith(a + ".") for a in ALLOWED)


def test_rules_import_only_model_lexicon_util():
    bad = {(p.name, m) for p in sorted(RULES.glob("*.py")) for m in _vanban_imports(p) if not _allowed(m)}
    new = bad - NOT_YET
    assert not new, f"rules must read facts, not import parsers: {sorted(new)}"
    gone = NOT_YET - bad
    assert not gone, f"remove from NOT_YET (done, thank you): {sorted(gone)}"


def test_import_reader_sees_relative_imports(tmp_path):
    f = tmp_path / "x.py"
    f.write_text("from ..extract.awards import a\nfrom .. import lexicon\nfrom .base import rule\n"
                 "def f():\n    from ..segment.header import X\n", encoding="utf-8")
    assert _vanban_imports(f) == {"vanban.extract.awards", "vanban.lexicon", "vanban.rules.base",
                                  "vanban.segment.header"}


def _module_patterns(path: Path) -> list[str]:
    """Names bound at module level to ``re.compile``/``regex.compile`` calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call):
            fn = node.value.func
            if isinstance(fn, ast.Attribute) and fn.attr == "compile" and getattr(fn.value, "id", "") in ("re", "regex"):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                out += [t.id for t in targets if isinstance(t, ast.Name)]
    return out


#: module-level patterns in rules/, (file, name): what each is applied to — always a fact's own short text (a title,
#: a unit, a line or sentence given by the facts, the gap between two citations), never the body as a whole.
PATTERNS: dict[tuple[str, str], str] = {
    ("citations.py", "_NAMED_ISSUER_RE"): "a citation's issuer",
    ("citations.py", "_JOINED_RE"): "the gap between two citations",
    ("format.py", "NATIONAL_TITLE_RE"): "the header's national title",
    ("format.py", "MOTTO_RE"): "the header's motto",
    ("counts.py", "ANNOUNCE_RE"): "a section title",
    ("counts.py", "_PLACE_NOUN_RE"): "a quantity's unit",
    ("counts.py", "_NAME_ITEM_RE"): "one item line of the line facts (Facts.line_text)",
    ("counts.py", "_RECIPIENT_NOUN_RE"): "a quantity's unit",
    ("counts.py", "ANNOUNCE_NOUN_RE"): "a quantity's unit",
    ("dates.py", "PLAN_SECTION_RE"): "a section title",
    ("dates.py", "_RESULTS_TITLE_RE"): "a section title",
    ("dates.py", "DATELINE_PARTS"): "the dateline's own text",
    ("dates.py", "_NAME_YEAR_RE"): "the folded words before a year, in its sentence",
}


def test_no_listed_pattern_reads_the_body():
    assert not [k for k, v in PATTERNS.items() if v == "body"]


def test_module_level_patterns_are_listed():
    found = {(p.name, n) for p in sorted(RULES.glob("*.py")) for n in _module_patterns(p)}
    new = found - set(PATTERNS)
    assert not new, f"new module-level patterns in rules/ (parse in an extractor or the analysis layer): {sorted(new)}"
    gone = set(PATTERNS) - found
    assert not gone, f"remove from PATTERNS: {sorted(gone)}"
