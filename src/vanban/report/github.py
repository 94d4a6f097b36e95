"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request diff::

    ::error file=docs/bc.txt,line=12,col=68,endLine=12,endColumn=78,title=VB101::Ngày tháng không hợp lệ ...

``error`` findings use ``::error``, ``warning`` ``::warning`` and ``info`` ``::notice``. Property values
escape ``%``, CR, LF, ``:`` and ``,``; the message escapes ``%``, CR and LF (GitHub's own rules), so
messages can span lines: a suggestion is appended on a second line. GitHub only accepts column bounds on
single-line annotations, so ``col``/``endColumn`` are left out when a finding spans lines.
"""
from __future__ import annotations

from ..util import shown_path
from . import FileResult, finding_path, iter_findings, place_text

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}

_SUGGESTION = {"vi": "Gợi ý", "en": "Suggestion"}


def escape_data(s: str) -> str:
    """Escape a command's message (the part after ``::``)."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """Escape a command property value (``file=``, ``title=``...)."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(results: list[FileResult], *, lang: str = "vi") -> str:
    out: list[str] = []
    for r, f in iter_findings(results, lang):
        path = shown_path(finding_path(r, f, raw=True).replace("\\", "/"))  # separators, then escapes
        if path.startswith("./"):
            path = path[2:]
        line = max(1, f.line)
        end_line = max(line, f.end_line)
        props = [f"file={escape_property(path)}", f"line={line}"]
        if end_line == line:
            col = max(1, f.column)
            props += [f"col={col}", f"endLine={end_line}", f"endColumn={max(col, f.end_column)}"]
        else:
            props.append(f"endLine={end_line}")
        props.append(f"title={escape_property(f.code)}")
        message = f.message
        place = place_text(f, lang)
        if place:
            message = f"({place}) {message}"
        if f.suggestion:
            message += f"\n{_SUGGESTION['en' if lang == 'en' else 'vi']}: {f.suggestion}"
        out.append(f"::{COMMANDS.get(f.severity, 'warning')} {','.join(props)}::{escape_data(message)}\n")
    return "".join(out)
