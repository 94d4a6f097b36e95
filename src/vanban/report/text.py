"""Plain-text report, one finding per line in the style of ruff and compilers::

    bao_cao.txt:12:68: VB101 [error] Ngày tháng không hợp lệ “34/01/2024”: ngày 34 không tồn tại.
    du_thao.pdf:40:1: VB703 [warning] (trang 3) Từ viết tắt “CCHC” được dùng trước khi được giải thích.
    Tìm thấy 2 phát hiện trong 2 tệp: 1 lỗi, 1 cảnh báo.

A finding in a PDF or Word file names its page or paragraph in parentheses before the message. File names
are shown with control characters and undecodable bytes escaped (``\\n``, ``\\xff``), so a name cannot
forge a line.

Editors and CI log parsers recognise ``path:line:col:``. The severity keyword stays English
(error/warning/info) so that grep patterns work whatever the language; the summary line is localized.
"""
from __future__ import annotations

from collections import Counter

from . import SEVERITIES, SEVERITY_RANK, FileResult, finding_path, iter_findings, place_text, severity_label


def _one_line(s: str) -> str:
    return " ".join(s.split()) if any(c in s for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else s


def summary_line(total: int, files_with: int, files_checked: int, by_severity: Counter, lang: str) -> str:
    """The closing line: how many problems, in how many files, split by severity."""
    if lang == "en":
        if total == 0:
            noun = "file" if files_checked == 1 else "files"
            return f"No findings ({files_checked} {noun} checked)."
        pnoun = "finding" if total == 1 else "findings"
        fnoun = "file" if files_with == 1 else "files"
        parts = [f"{by_severity[s]} {severity_label(s, 'en')}{'' if by_severity[s] == 1 else 's'}"
                 for s in SEVERITIES if by_severity[s]]
        line = f"Found {total} {pnoun} in {files_with} {fnoun}: {', '.join(parts)}."
        if files_checked != files_with:
            line = line[:-1] + f" ({files_checked} files checked)."
        return line
    if total == 0:
        return f"Không có phát hiện nào (đã kiểm tra {files_checked} tệp)."
    parts = [f"{by_severity[s]} {severity_label(s, 'vi')}" for s in SEVERITIES if by_severity[s]]
    line = f"Tìm thấy {total} phát hiện trong {files_with} tệp: {', '.join(parts)}."
    if files_checked != files_with:
        line = line[:-1] + f" (đã kiểm tra {files_checked} tệp)."
    return line


def summary_for(results: list[FileResult], lang: str = "vi") -> str:
    """The summary line of a run's results (what the text report ends with)."""
    by_sev: Counter = Counter()
    files_with: set[int] = set()
    for r, f in iter_findings(results, lang):
        by_sev[f.severity] += 1
        files_with.add(id(r))
    return summary_line(sum(by_sev.values()), len(files_with), len(results), by_sev, lang)


def statistics_table(results: list[FileResult], lang: str = "vi") -> list[str]:
    """Per-code counts, most frequent first: ``count  code  [severity]  name``."""
    counts: Counter = Counter()
    meta: dict[str, tuple[str, str]] = {}
    for _r, f in iter_findings(results, lang):
        counts[f.code] += 1
        old = meta.get(f.code)
        # a code normally has one severity; if configured differently per file, show the most severe
        if old is None or SEVERITY_RANK.get(f.severity, 9) < SEVERITY_RANK.get(old[1], 9):
            meta[f.code] = (f.name, f.severity)
    if not counts:
        return []
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    wn = max(len(str(n)) for _c, n in rows)
    wc = max(len(c) for c, _n in rows)
    ws = max(len(meta[c][1]) for c, _n in rows) + 2
    head = ("Thống kê theo mã quy tắc:" if lang != "en" else "Statistics by rule code:")
    out = [head]
    for code, n in rows:
        name, sev = meta[code]
        out.append(f"{n:>{wn}}  {code:<{wc}}  {('[' + sev + ']'):<{ws}}  {name}".rstrip())
    return out


def config_lines(results: list[FileResult], lang: str = "vi") -> list[str]:
    """One line per configuration of a run, with how many files it checked ("Cấu hình: huyen_a/vanban.toml
    (12 tệp)"), in the order of the files; the files checked without a configuration file are counted under
    the defaults."""
    counts: dict[str | None, int] = {}
    for r in results:
        counts[r.config] = counts.get(r.config, 0) + 1
    out = []
    for cfg, n in counts.items():
        if lang == "en":
            what = cfg if cfg is not None else "defaults (no configuration file)"
            out.append(f"Configuration: {what} ({n} {'file' if n == 1 else 'files'})")
        else:
            what = cfg if cfg is not None else "mặc định (không có tệp cấu hình)"
            out.append(f"Cấu hình: {what} ({n} tệp)")
    return out


def render_text(results: list[FileResult], *, lang: str = "vi", statistics: bool = False) -> str:
    lines: list[str] = []
    by_sev: Counter = Counter()
    files_with: set[int] = set()
    for r, f in iter_findings(results, lang):
        place = place_text(f, lang)
        lines.append(
            f"{finding_path(r, f)}:{f.line}:{f.column}: {f.code} [{f.severity}] "
            + (f"({place}) " if place else "") + _one_line(f.message)
        )
        by_sev[f.severity] += 1
        files_with.add(id(r))
    if statistics:
        table = statistics_table(results, lang)
        if table:
            if lines:
                lines.append("")
            lines.extend(table)
            lines.append("")
    lines.append(summary_line(sum(by_sev.values()), len(files_with), len(results), by_sev, lang))
    if len({r.config for r in results}) > 1:  # a run over folders with their own configurations names each
        lines.extend(config_lines(results, lang))
    return "\n".join(lines) + "\n"
