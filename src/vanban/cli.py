"""Command line: ``vanban`` (parse, rule, rules, convert, schema) and ``vanban-lint``.

Exit codes of ``vanban-lint``: 0 no findings at or above the threshold, 1 findings, 2 usage or I/O error.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from pathlib import Path

from . import __version__

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
TEXT_EXTS = {".txt", ".docx", ".doc", ".pdf", ".md"}


def _out(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as e:
            print(f"vanban: {output}: không ghi được kết quả / cannot write the output ({e.strerror or e})",
                  file=sys.stderr)
            raise SystemExit(2) from None
    else:
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")


# --------------------------------------------------------------------------------------------------
# configuration
# --------------------------------------------------------------------------------------------------


def load_config(start: Path | None = None, explicit: str | None = None) -> dict:
    """Read ``[tool.vanban]`` from pyproject.toml or the whole vanban.toml (nearest to ``start``)."""
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    if explicit:
        p = Path(explicit)
        data = tomllib.loads(p.read_text("utf-8"))
        return data.get("tool", {}).get("vanban", data) if p.name == "pyproject.toml" else data
    d = (start or Path.cwd()).resolve()
    for folder in [d, *d.parents]:
        vt = folder / "vanban.toml"
        if vt.is_file():
            return tomllib.loads(vt.read_text("utf-8"))
        pp = folder / "pyproject.toml"
        if pp.is_file():
            data = tomllib.loads(pp.read_text("utf-8"))
            if "vanban" in data.get("tool", {}):
                return data["tool"]["vanban"]
    return {}


def _size_mb(v: str) -> int:
    """``--max-size``: a whole number of megabytes, 0 for no limit."""
    n = int(v)
    if n < 0:
        raise argparse.ArgumentTypeError("cần số MB ≥ 0 (0 = không giới hạn) / a number of MB ≥ 0 (0 = no limit)")
    return n


def _split(v: str | None) -> list[str]:
    return [x.strip() for x in (v or "").split(",") if x.strip()]


def _norm_sel(items) -> list[str]:
    """Rule selectors as the registry spells them: codes in upper case ("vb103" -> "VB103"), names as given; a
    blank one is kept as "" so that the configuration check names it."""
    return [x.upper() if x[:2].lower() == "vb" and x[2:].isdigit() else x for x in (str(i).strip() for i in items)]


_SEVERITIES = ("error", "warning", "info")


def check_config(config) -> str | None:
    """A bilingual message naming the first selector, severity key or value that matches no rule, or None.

    A selector is a code or the start of one (``VB1``) or a rule's whole name; a part of a name would select
    nothing and turn a run into a false "no problems"."""
    from .compare import RULES as CROSS_RULES
    from .rules import iter_rules

    rules = list(iter_rules())
    codes = [r.code for r in rules] + list(CROSS_RULES)
    names = {r.name for r in rules} | {v[0] for v in CROSS_RULES.values()}

    def known(sel: str, exact: bool = False) -> bool:
        if exact:  # a severity is set for one rule: its code or its name
            return sel in names or sel in codes
        return sel in names or any(c.startswith(sel) for c in codes) and sel[:2] == "VB"

    groups = [("select", config.select), ("ignore", config.ignore), ("enable", config.enable),
              ("severity", list(config.severity))]
    groups += [(f"per-file-ignores “{pat}”", codes_) for pat, codes_ in config.per_file_ignores.items()]
    for where, sels in groups:
        for sel in sels:
            if not sel or not known(sel, exact=where == "severity"):
                if where == "severity":
                    return (f"không có quy tắc “{sel}” ({where}); mức được đặt cho từng quy tắc: dùng đủ mã (VB103) "
                            f"hoặc đủ tên (year-mismatch) / unknown rule “{sel}” ({where}); a severity is set per "
                            f"rule: use a whole code (VB103) or name (year-mismatch)")
                return (f"không có quy tắc “{sel}” ({where}); dùng mã (VB103, VB1) hoặc đủ tên (year-mismatch) / "
                        f"unknown rule “{sel}” ({where}); use a code (VB103, VB1) or a whole name (year-mismatch)")
    for key, val in config.severity.items():
        if val not in _SEVERITIES:
            return (f"mức “{val}” của {key} không hợp lệ (error, warning, info) / "
                    f"invalid severity “{val}” for {key} (error, warning, info)")
    return None


def make_lint_config(args, cfg: dict):
    from .rules import LintConfig

    pfi = dict(cfg.get("per-file-ignores", cfg.get("per_file_ignores", {})))
    return LintConfig(
        select=_norm_sel(_split(getattr(args, "select", None)) or list(cfg.get("select", []))),
        ignore=_norm_sel(_split(getattr(args, "ignore", None)) + list(cfg.get("ignore", []))),
        severity={_norm_sel([k])[0]: v for k, v in dict(cfg.get("severity", {})).items()},  # "" is refused below
        report_year=getattr(args, "report_year", None) or cfg.get("report_year"),
        cstd_cap_percent=cfg.get("cstd_cap_percent"),
        per_file_ignores={k: _norm_sel(v) for k, v in pfi.items()},
        enable=_norm_sel(_split(getattr(args, "enable", None)) + list(cfg.get("enable", []))),
    )


# --------------------------------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------------------------------


def _skipped_in_folder(name: str) -> bool:
    """Files a folder walk leaves alone: hidden files, Word's lock files ("~$bao_cao.docx") and macOS
    resource forks ("._bao_cao.docx"). Named explicitly, they are read like any file."""
    return name.startswith((".", "~$"))


def collect_inputs(paths: list[str], exclude: str | None = None) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Files from files, directories (recursive) and globs, each once, in folder then name order; and the
    inputs that gave no file, as ``(path, error code, detail)`` (see :data:`vanban.errors.READ_ERROR_MESSAGES`):
    a pattern that matched nothing, a folder with no document or one that cannot be opened. ``exclude``: a
    path never to read (the report being written)."""
    out: list[str] = []
    problems: list[tuple[str, str, str]] = []
    for p in paths:
        pp = Path(p)
        if pp.is_dir():
            found = 0
            unreadable: list[str] = []
            for root, dirs, files in os.walk(pp, onerror=lambda e, _u=unreadable: _u.append(e.filename)):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if Path(f).suffix.lower() in TEXT_EXTS and not _skipped_in_folder(f):
                        out.append(str(Path(root) / f))
                        found += 1
            problems.extend((u, "dir_unreadable", "") for u in unreadable)
            if not found and not unreadable:
                problems.append((str(pp), "empty_dir", ""))
        elif any(c in p for c in "*?["):
            hits = [h for h in sorted(glob.glob(p, recursive=True)) if Path(h).is_file()]
            out.extend(hits)
            if not hits:
                problems.append((p, "no_match", ""))
        else:
            out.append(str(pp))  # a missing file becomes a read error record for that file
    seen: set[str] = set()
    if exclude:
        seen.add(os.path.realpath(exclude))
    unique = []
    for f in out:
        key = os.path.realpath(f)  # "a.txt", "./a.txt" and "/abs/a.txt" are one file
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return sorted(unique, key=lambda s: (str(Path(s).parent), s)), problems


def expand_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files from files, directories (recursive) and globs; second list: inputs that gave no file."""
    files, problems = collect_inputs(paths)
    return files, [p for p, _code, _detail in problems]


def _problem_result(path: str, code: str, detail: str, lang: str):
    from .errors import ReadError
    from .report import FileResult

    return FileResult(path=path, document=None, findings=[], error=ReadError(path, code, detail).message(lang),
                      error_code=code)


def check_output(output: str | None, inputs: list[str]) -> tuple[str, str] | None:
    """Why ``--output`` cannot be written, as (Vietnamese, English), or None. Checked before any work, so a
    long batch never ends in a lost report; an input file is never overwritten."""
    if not output:
        return None
    from .read.plain import same_file

    o = Path(output)
    for f in inputs:
        if same_file(o, Path(f)):  # the path itself, a symlink or a hard link to an input
            return (f"{output}: là một tệp đầu vào, không ghi đè (đặt tên khác cho tệp kết quả)",
                    f"{output}: is one of the input files; not overwriting it (give the report another name)")
    if o.is_dir():
        return (f"{output}: là một thư mục, cần tên tệp", f"{output}: is a folder; give a file name")
    if not o.parent.is_dir():
        return (f"{output}: thư mục chứa không tồn tại", f"{output}: its folder does not exist")
    return None


def _lint_one(job):
    """Worker: read, parse and lint one file; never raises."""
    path, config, lang, max_bytes, keep, limits = job
    from .errors import ReadError
    from .report import FileResult
    from .rules import run_rules

    import vanban

    try:
        doc = vanban.load(path, max_bytes=max_bytes, limits=limits)
        result = _lint_doc(path, doc, config, lang)
        if not keep:
            result.document = None  # text formats need only the findings: memory stays bounded
            result.lean = True
        return result
    except ReadError as e:
        return FileResult(path=path, document=None, findings=[], error=e.message(lang), error_code=e.code)
    except Exception as e:  # a parser bug must not stop a batch: report it for this file
        msg = f"{path}: lỗi nội bộ khi phân tích ({type(e).__name__}: {e})" if lang != "en" else f"{path}: internal error while parsing ({type(e).__name__}: {e})"
        return FileResult(path=path, document=None, findings=[], error=msg, error_code="internal")


def _lint_doc(path, doc, config, lang):
    from .report import FileResult
    from .rules import run_rules

    ignores = []
    for pattern, codes in (config.per_file_ignores or {}).items():
        if Path(path).match(pattern):
            ignores.extend(codes)
    if ignores:
        from dataclasses import replace

        config = replace(config, ignore=list(config.ignore) + list(ignores))
    findings = run_rules(doc, config=config, lang=lang)
    return FileResult(path=path, document=doc, findings=findings)


def _progress(iterable, total: int, enabled: bool):
    if not enabled:
        return iterable
    try:
        from tqdm import tqdm
    except ImportError:
        return iterable
    return tqdm(iterable, total=total, unit="tệp", file=sys.stderr, leave=False)


def lint_files(files: list[str], config, lang: str = "vi", jobs: int | None = None, max_bytes: int | None = 50_000_000,
               progress: bool = False, keep_documents: bool = True, limits=None):
    """Lint files, in parallel when ``jobs`` > 1; results in input order.

    With ``keep_documents=False`` each result carries only its findings (the parsed document is dropped in the
    worker), so a run over thousands of files holds findings, not documents, in memory.
    """
    jobs_list = [(f, config, lang, max_bytes, keep_documents, limits) for f in files]
    n = jobs or os.cpu_count() or 1
    if n <= 1 or len(files) < 4:
        return [r for r in _progress(map(_lint_one, jobs_list), len(files), progress)]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n) as ex:
        return list(_progress(ex.map(_lint_one, jobs_list, chunksize=4), len(files), progress))


# --------------------------------------------------------------------------------------------------
# vanban-lint
# --------------------------------------------------------------------------------------------------


def lint_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vanban-lint", description="Kiểm tra thể thức và nội dung văn bản hành chính (NĐ 30/2020, HD 36/VPTW).")
    p.add_argument("paths", nargs="+", help="tệp, thư mục (đệ quy) hoặc mẫu glob")
    p.add_argument("--format", default="text", choices=["text", "json", "jsonl", "sarif", "github", "csv", "html"])
    p.add_argument("--select", help="chỉ chạy các quy tắc này (mã hoặc tiền tố mã, tên): VB1,year-mismatch")
    p.add_argument("--ignore", help="bỏ qua các quy tắc này")
    p.add_argument("--enable", help="bật các quy tắc mặc định tắt (VB603)")
    p.add_argument("--min-severity", default="info", choices=["info", "warning", "error"])
    p.add_argument("--lang", default="vi", choices=["vi", "en"])
    p.add_argument("--statistics", action="store_true", help="thống kê số phát hiện theo quy tắc")
    p.add_argument("--output", "-o", help="ghi kết quả ra tệp")
    p.add_argument("--jobs", "-j", type=int, default=None, help="số tiến trình (mặc định: số lõi CPU)")
    p.add_argument("--exit-zero", action="store_true", help="luôn trả mã 0")
    p.add_argument("--report-year", type=int, help="năm báo cáo khi không suy ra được từ văn bản")
    p.add_argument("--config", help="tệp cấu hình (vanban.toml hoặc pyproject.toml)")
    p.add_argument("--max-size", type=_size_mb, default=50, help="giới hạn kích thước tệp (MB); 0 = không giới hạn")
    p.add_argument("--no-limits", action="store_true",
                   help="phân tích hết cả văn bản bất thường (quá nhiều dòng, trích dẫn…), dù lâu; xem VB001")
    p.add_argument("--no-progress", action="store_true")
    p.add_argument("--version", action="version", version=f"vanban {__version__}")
    from .compare import add_compare_arguments

    add_compare_arguments(p)
    return p


def lint_main(argv: list[str] | None = None) -> int:
    parser = lint_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if e.code in (0, None) else 2
    from .report import render
    from .rules import iter_rules

    try:
        cfg = load_config(explicit=args.config)
    except Exception as e:
        print(f"vanban-lint: cấu hình không hợp lệ / invalid configuration: {e}", file=sys.stderr)
        return 2
    try:
        config = make_lint_config(args, cfg)
        problem = check_config(config)
    except (TypeError, ValueError, AttributeError) as e:  # a list where a table was expected, and the like
        problem = f"{type(e).__name__}: {e}"
    if problem:
        print(f"vanban-lint: cấu hình không hợp lệ / invalid configuration: {problem}", file=sys.stderr)
        return 2
    files, problems = collect_inputs(args.paths)
    # any file about to be read is refused as the output — named, matched by a glob or met in a folder (a
    # report left there by an earlier run included: it would be read as a document and then overwritten)
    bad_output = check_output(args.output, files)
    if bad_output:
        print(f"vanban-lint: {bad_output[1] if args.lang == 'en' else bad_output[0]}", file=sys.stderr)
        return 2
    for path, code, detail in problems:
        print(f"vanban-lint: {_problem_result(path, code, detail, args.lang).error}", file=sys.stderr)
    if not files and not problems:
        return 2
    max_bytes = args.max_size * 1_000_000 if args.max_size else None
    progress = sys.stderr.isatty() and not args.no_progress and len(files) > 1
    keep = args.format == "html" or bool(getattr(args, "compare", False))
    from .limits import Limits

    limits = Limits.none() if args.no_limits else None
    results = lint_files(files, config, args.lang, args.jobs, max_bytes, progress, keep_documents=keep, limits=limits)
    # inputs that gave no file (a folder with no document, a pattern that matched nothing) are records too
    results += [_problem_result(path, code, detail, args.lang) for path, code, detail in problems]
    from .compare import compare_results

    results = compare_results(results, args)
    threshold = SEVERITY_ORDER[args.min_severity]
    for r in results:
        r.findings = [f for f in r.findings if SEVERITY_ORDER[f.severity] >= threshold]
    rules_meta = {r.code: {"name": r.name, "severity": r.severity, "summary": r.summary_en if args.lang == "en" else r.summary_vi,
                           "rationale": r.rationale} for r in iter_rules()}
    _out(render(results, args.format, lang=args.lang, statistics=args.statistics, rules=rules_meta), args.output)
    if args.exit_zero:
        return 0
    if results and all(r.error for r in results):
        return 2  # nothing could be read at all: an I/O error, not a verdict on documents
    # an unreadable file among readable ones is a finding (E000, an error) like any other
    return 1 if any(r.findings or r.error for r in results) else 0


# --------------------------------------------------------------------------------------------------
# vanban
# --------------------------------------------------------------------------------------------------


def _doc_text(doc) -> str:
    h = doc.header
    from .extract.awards import doc_number

    ident = (doc_number(h.number, h.year, h.symbol, h.system) or f"{h.number}/-") if h.number else f"(trống)/{h.symbol or '-'}"
    out = [f"Tệp: {doc.path or '-'}", f"Loại: {h.doc_type or '-'}   Số/ký hiệu: {ident}   "
           f"Ngày: {h.date or '-'}   Địa danh: {h.place or '-'}", f"Trích yếu: {h.subject or '-'}",
           f"Kỳ báo cáo: {h.report_year or '-'}", "", "Đề mục:"]
    for s in doc.iter_sections():
        out.append(f"  {'  ' * s.depth}{s.label}  {s.title[:80]}  (dòng {s.line})")
    out.append("")
    out.append(f"Văn bản được dẫn chiếu ({len(doc.citations)}):")
    for c in doc.citations:
        out.append(f"  dòng {c.line}: {c.doc_type or '?'} {c.number or ''}/{c.symbol or ''} {c.date or c.date_text or ''} {c.issuer or ''}")
    if doc.awards:
        out.append("")
        out.append(f"Danh hiệu, hình thức khen thưởng ({len(doc.awards)}):")
        status = {"registered": "đăng ký", "awarded": "đã tặng", "proposed": "đề nghị", "mentioned": "nhắc đến"}
        for a in doc.awards:
            who = ", ".join(f"{n} {w}" for n, w in ((a.individuals, "cá nhân"), (a.collectives, "tập thể"),
                                                      (a.households, "hộ")) if n) or (f"{a.count}" if a.count else "")
            out.append(f"  dòng {a.line}: {a.name} [{status.get(a.status, a.status)}] {who} {a.grantor or ''} "
                       f"{a.decision_symbol or ''}".rstrip())
    for g in doc.award_lists:
        out.append(f"  danh sách (dòng {g.line}): {g.award or g.title[:60]}: {g.rows} dòng"
                   + (f", ghi {g.announced}" if g.announced is not None else ""))
    if doc.signature:
        s = doc.signature
        out.append("")
        out.append(f"Ký: {s.authority or ''} {s.body or ''} {s.second_authority or ''} / {s.position or ''} / "
                   f"{s.signer or ''}".replace("  ", " "))
    out.append(f"Nơi nhận: {len(doc.recipients)} mục")
    if doc.truncated is not None:
        t = doc.truncated
        from .limits import KIND_VI

        out.append(f"Chỉ phân tích đến trước dòng {t.line}: văn bản có hơn {t.limit} {KIND_VI.get(t.kind, t.kind)}.")
    q = doc.quality
    if q is not None and q.verdict is not None:
        why = {"garbled": "lớp chữ hỏng (OCR sai)", "no-diacritics": "không có dấu tiếng Việt",
               "legacy-font": f"bảng mã cũ {q.encoding or ''} chưa chuyển sang Unicode"}[q.verdict]
        out.insert(1, f"KHÔNG ĐỌC ĐƯỢC: {why} — {q.vietnamese:.0%} số từ có dấu; các mục dưới đây không đáng tin.")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="vanban", description="Đọc và phân tích văn bản hành chính tiếng Việt.")
    p.add_argument("--version", action="version", version=f"vanban {__version__}")
    sub = p.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("parse", help="phân tích một văn bản và in kết quả")
    pp.add_argument("file")
    pp.add_argument("--format", default="json", choices=["json", "text"])
    pp.add_argument("--output", "-o")
    pp.add_argument("--lang", default="vi", choices=["vi", "en"])
    pp.add_argument("--max-size", type=_size_mb, default=50, help="giới hạn kích thước tệp (MB); 0 = không giới hạn")
    pr = sub.add_parser("rule", help="giải thích một quy tắc")
    pr.add_argument("code")
    pr.add_argument("--lang", default="vi", choices=["vi", "en"])
    sub.add_parser("rules", help="liệt kê các quy tắc")
    pc = sub.add_parser("convert", help="chuyển bảng mã cũ (TCVN3, VNI, VISCII) sang Unicode")
    pc.add_argument("--from", dest="src_enc", required=True, choices=["tcvn3", "vni", "viscii", "cp1258", "utf-8"])
    pc.add_argument("--to", dest="dst_enc", default="utf-8")
    pc.add_argument("input")
    pc.add_argument("output")
    ps = sub.add_parser("schema", help="in JSON Schema của Document")
    ps.add_argument("--output", "-o")
    from .table import add_extract_parser

    add_extract_parser(sub)
    args = p.parse_args(argv)
    from .errors import ReadError, VanbanError

    if args.cmd == "extract":
        return args.func(args)
    if args.cmd == "parse":
        import vanban

        bad_output = check_output(args.output, [args.file])
        if bad_output:
            print(f"vanban: {bad_output[1] if args.lang == 'en' else bad_output[0]}", file=sys.stderr)
            return 2
        try:
            doc = vanban.load(args.file, max_bytes=args.max_size * 1_000_000 if args.max_size else None)
        except ReadError as e:
            print(e.message(args.lang), file=sys.stderr)
            return 2
        if args.format == "json":
            _out(doc.model_dump_json(indent=2), args.output)
        else:
            _out(_doc_text(doc), args.output)
        return 0
    if args.cmd in ("rule", "rules"):
        from .rules import iter_rules
        from .rules.base import example_display

        from .compare import RULES as CROSS_RULES

        rules = list(iter_rules())
        if args.cmd == "rules":
            for r in rules:
                print(f"{r.code}  {r.name:28s} {r.severity:8s} {r.summary_vi}")
            for code, (name, sev, vi, _en) in CROSS_RULES.items():
                print(f"{code}  {name:28s} {sev:8s} {vi} (--compare)")
            return 0
        hit = [r for r in rules if r.code == args.code.upper() or r.name == args.code]
        cross = [c for c, v in CROSS_RULES.items() if c == args.code.upper() or v[0] == args.code]
        if cross:
            name, sev, vi, en_text = CROSS_RULES[cross[0]]
            en = args.lang == "en"
            print(f"{cross[0]} {name} [{sev}]\n")
            print((en_text if en else vi) + "\n")
            print("Compares reports with each other: runs with `vanban-lint FOLDER --compare` (docs/district.md)."
                  if en else "So sánh các báo cáo với nhau: chạy bằng `vanban-lint THƯ_MỤC --compare` (docs/district.md).")
            return 0
        if not hit:
            print(f"vanban: không có quy tắc “{args.code}” / unknown rule", file=sys.stderr)
            return 2
        r = hit[0]
        en = args.lang == "en"
        print(f"{r.code} {r.name} [{r.severity}]{'' if r.enabled_by_default else ' (off by default)'}\n")
        print((r.summary_en if en else r.summary_vi) + "\n")
        print(("Why: " if en else "Căn cứ: ") + r.rationale + "\n")
        print(("Bad:" if en else "Ví dụ sai:"))
        for b in r.bad:
            print("    " + example_display(b).replace("\n", "\n    "))
        print(("Good:" if en else "Ví dụ đúng:"))
        for g in r.good:
            print("    " + example_display(g).replace("\n", "\n    "))
        return 0
    if args.cmd == "convert":
        src, dst = Path(args.input), Path(args.output)
        try:
            if src.resolve() == dst.resolve():
                print("vanban: không ghi đè tệp gốc / refusing to overwrite the input file", file=sys.stderr)
                return 2
            from .read.plain import convert_file

            convert_file(src, dst, args.src_enc, args.dst_enc)
        except VanbanError as e:  # ReadError, ConvertError (a hard link to the input, an unknown encoding …)
            print(f"vanban: {e.message() if hasattr(e, 'message') else e}", file=sys.stderr)
            return 2
        except (OSError, ValueError) as e:
            print(f"vanban: {src}: {e}", file=sys.stderr)
            return 2
        return 0
    if args.cmd == "schema":
        from .model import Document

        _out(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2), args.output)
        return 0
    return 2  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
