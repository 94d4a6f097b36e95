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
from .util import safe_text, shown_path  # noqa: F401  (the display helpers; callers import them from here too)

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
TEXT_EXTS = {".txt", ".docx", ".doc", ".pdf", ".md"}


def _t(lang: str | None, vi: str, en: str) -> str:
    """The message in the user's language (Vietnamese unless ``lang`` is English)."""
    return en if (lang or "vi").startswith("en") else vi


_ERRNO_VI = {
    "ENOENT": ("không có tệp hoặc thư mục này", "no such file or folder"),
    "EACCES": ("không có quyền truy cập", "permission denied"),
    "EPERM": ("không được phép", "operation not permitted"),
    "EISDIR": ("là một thư mục, cần tên tệp", "is a folder, a file name is needed"),
    "ENOTDIR": ("một phần của đường dẫn không phải thư mục", "a part of the path is not a folder"),
    "ENOSPC": ("hết chỗ trống trên ổ đĩa", "no space left on the device"),
    "EROFS": ("ổ đĩa chỉ cho đọc", "read-only file system"),
    "EEXIST": ("đã có tệp này", "the file exists"),
    "ENAMETOOLONG": ("tên tệp quá dài", "file name too long"),
    "ELOOP": ("liên kết tượng trưng vòng lặp", "symbolic link loop"),
    "EMFILE": ("mở quá nhiều tệp", "too many open files"),
    "EIO": ("lỗi đọc/ghi thiết bị", "input/output error"),
}


def os_error_message(e: OSError, path=None, lang: str = "vi") -> str:
    """An ``OSError`` as one line naming the file (never Python's ``[Errno 13] …`` form)."""
    import errno as _errno

    name = _errno.errorcode.get(e.errno or 0, "")
    vi, en = _ERRNO_VI.get(name, (e.strerror or type(e).__name__, e.strerror or type(e).__name__))
    where = path if path is not None else (e.filename if e.filename is not None else "")
    text = _t(lang, vi, en)
    return f"{shown_path(where)}: {text}" if where != "" else text


def _umask() -> int:
    old = os.umask(0)
    os.umask(old)
    return old


class AtomicOutput:
    """Files written whole or not at all: each goes to a temporary file in its own folder and is renamed over
    the target only when :meth:`commit` is called, so a crash or an interruption never leaves a half-written
    report nor destroys the previous one."""

    def __init__(self) -> None:
        self.pending: list[tuple[str, Path]] = []  # (temporary name, target)

    def open(self, target, mode: str = "w", **kw):
        import tempfile

        target = Path(target)
        if target.is_symlink():  # write where the link points, and keep the link
            target = Path(os.path.realpath(target))
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=str(target.parent or "."))
        try:
            mode_bits = os.stat(target).st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode_bits)
        except OSError:
            pass
        self.pending.append((tmp, target))
        return os.fdopen(fd, mode, **kw)

    def temp_path(self, target) -> Path:
        """A temporary path for a writer that opens files by name (openpyxl)."""
        f = self.open(target, "wb")
        f.close()
        return Path(self.pending[-1][0])

    def commit(self) -> list[Path]:
        done = []
        for tmp, target in self.pending:
            os.replace(tmp, target)
            done.append(target)
        self.pending = []
        return done

    def discard(self) -> None:
        for tmp, _target in self.pending:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self.pending = []

    def __enter__(self) -> AtomicOutput:
        return self

    def __exit__(self, exc_type, *_exc) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def write_atomic(path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and a rename."""
    with AtomicOutput() as out, out.open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as f:
        f.write(text)


def _out(text: str, output: str | None, lang: str = "vi", prog: str = "vanban") -> None:
    if output:
        try:
            write_atomic(output, text)
        except OSError as e:
            print(f"{prog}: {_t(lang, 'không ghi được kết quả', 'cannot write the output')}: "
                  f"{os_error_message(e, output, lang)}", file=sys.stderr)
            raise SystemExit(2) from None
    else:
        try:
            sys.stdout.write(text)
            if text and not text.endswith("\n"):
                sys.stdout.write("\n")
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # `| head`: the command ends quietly (run_cli)
        except OSError as e:  # a full disk behind "> report.txt": one line, not a traceback
            print(f"{prog}: {_t(lang, 'không ghi được kết quả', 'cannot write the output')}: "
                  f"{os_error_message(e, None, lang)}", file=sys.stderr)
            raise SystemExit(2) from None


def check_writable(output: str, lang: str = "vi") -> str | None:
    """Why the file ``output`` cannot be created (a one-line message), or None: tried with a temporary file
    in its folder before any work, so a long batch never ends in a lost report."""
    import tempfile

    folder = Path(output).parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=".vanban-check.", dir=str(folder or "."))
        os.close(fd)
        os.unlink(tmp)
    except OSError as e:
        return os_error_message(e, folder if str(folder) else ".", lang)
    return None


class Interrupted(BaseException):
    """SIGTERM arrived: the run stops like on Ctrl-C (a BaseException, so no ``except Exception`` holds it)."""


#: the signal that asked the run to stop: a handler's exception can be swallowed (raised inside an at-fork
#: callback while the worker pool starts), so loops also check this flag
_STOP: dict = {"signal": None}


def _on_sigterm(_signo, _frame):
    _STOP["signal"] = "SIGTERM"
    raise Interrupted()


def _on_sigint(_signo, _frame):
    _STOP["signal"] = "SIGINT"
    raise KeyboardInterrupt()


def check_stop() -> None:
    """Raise the interruption that a swallowed signal handler could not deliver."""
    if _STOP["signal"] == "SIGTERM":
        raise Interrupted()
    if _STOP["signal"] == "SIGINT":
        raise KeyboardInterrupt()


def run_cli(func, argv, prog: str) -> int:
    """Run a command with the ways a terminal user stops it handled: Ctrl-C and SIGTERM give one line (what
    was written: nothing, since every output is renamed into place only when complete), a closed pipe
    (``| head``) ends quietly."""
    import signal

    _STOP["signal"] = None
    try:
        old = signal.signal(signal.SIGTERM, _on_sigterm)
        old_int = signal.getsignal(signal.SIGINT)
        if old_int is signal.default_int_handler:  # not when the caller ignores Ctrl-C (SIG_IGN)
            signal.signal(signal.SIGINT, _on_sigint)
    except (ValueError, OSError):  # not the main thread
        old = old_int = None
    lang = "en" if _argv_lang(argv) == "en" else "vi"
    try:
        return func(argv)
    except (KeyboardInterrupt, Interrupted) as e:
        for ex in list(_POOLS):  # the interruption may have landed outside the pool's own frame
            _stop_pool(ex)
        what = "SIGTERM" if isinstance(e, Interrupted) else "Ctrl-C"
        try:
            msg = _t(lang, f"đã dừng ({what}); chưa ghi tệp kết quả nào, tệp cũ (nếu có) giữ nguyên",
                     f"interrupted ({what}); no output file was written, an earlier one is kept as it was")
            print(f"{prog}: {msg}", file=sys.stderr)
        except Exception:  # noqa: BLE001
            pass
        return _leave(130 if what == "Ctrl-C" else 143, argv)
    except BrokenPipeError:
        for ex in list(_POOLS):
            _stop_pool(ex)
        # the reader went away (`| head`): say nothing, and keep Python from complaining at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return _leave(141, argv)
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)
            if old_int is not None:
                signal.signal(signal.SIGINT, old_int)


def _leave(code: int, argv) -> int:
    """The exit code of a stopped command. Run as the program itself (``argv`` None: the console script), the
    process ends here: a worker pool's manager thread left behind by the interruption would otherwise keep the
    interpreter waiting at exit, and a supervisor's SIGTERM must end the run (seen: one stop in forty hung
    after printing its line). Called from Python (a notebook, a test) it returns the code."""
    if argv is not None:
        return code
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _argv_lang(argv) -> str:
    argv = list(sys.argv[1:] if argv is None else argv)
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return "vi"


# argparse's own texts ("usage:", "error:", "the following arguments are required") in Vietnamese
_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
}


#: English help of the options (``--lang en``), by the start of their Vietnamese help
_HELP_EN = {
    "Kiểm tra thể thức và nội dung": "Check the format and content of administrative documents (NĐ 30/2020, HD 36/VPTW).",
    "Đọc và phân tích văn bản hành chính": "Read and analyse Vietnamese administrative documents.",
    "bảng mã của tệp nguồn": "encoding of the input (default: auto, detected)",
    "bảng mã đích": "encoding of the output (default: utf-8)",
    "bật các kiểm tra đang thử nghiệm": "turn on checks in preview (also: preview = true)",
    "bật các quy tắc mặc định tắt": "turn on rules that are off by default (VB603)",
    "bỏ qua các quy tắc này": "leave these rules out",
    "chuyển bảng mã cũ": "convert a legacy encoding (TCVN3, VNI, VISCII) to Unicode",
    "chuyển cả khi": "convert even when the file does not look like --from or the target loses letters",
    "chỉ báo các phát hiện": "report findings of this level and above only",
    "chỉ chạy các quy tắc này": "run only these rules (codes, code prefixes or names): VB1,year-mismatch",
    "ghi kết quả ra tệp": "write the result to a file",
    "ghi ra tệp": "write to a file",
    "giải thích một quy tắc": "explain a rule",
    "giới hạn kích thước tệp": "file size limit (MB); 0 = no limit",
    "in JSON Schema": "print the JSON Schema of Document",
    "không chạy các quy tắc": "do not run the rules (faster; no finding counts)",
    "không hiện thanh tiến độ": "no progress bar",
    "không đọc và không ghi tệp lịch sử": "neither read nor write the history",
    "liệt kê các quy tắc": "list the rules",
    "luôn trả mã 0": "always exit 0",
    "mã (VB103, E000)": "code (VB103, E000) or name of a rule",
    "ngôn ngữ tiêu đề cột": "language of the column headers and messages",
    "ngôn ngữ": "language",
    "năm báo cáo khi": "reporting year when the document does not say",
    "phân tích hết cả văn bản bất thường": "analyse pathological documents to their end, however long; see VB001",
    "phân tích một văn bản": "parse a document and print the result",
    "so sánh các báo cáo với nhau": "compare the reports with each other and with earlier periods (history in the "
                                    "user's data folder, see --history)",
    "số tiến trình": "number of processes ≥ 1 (default: the CPU cores)",
    "thống kê số phát hiện": "counts of findings per rule (text format)",
    "trích xuất số liệu": "extract the figures of many documents into tables (csv, xlsx, jsonl)",
    "tệp (xlsx) hoặc tiền tố": "file (xlsx) or file name prefix (csv, jsonl: OUT_documents.csv …)",
    "tệp cấu hình cho mọi tệp": "configuration file for every checked file (default: each file's nearest "
                                "vanban.toml or pyproject.toml, searched from its own folder upward, as ruff does)",
    "tệp cấu hình (vanban.toml": "configuration file (vanban.toml or pyproject.toml), as vanban-lint",
    "tệp lịch sử SQLite": "SQLite history file (default: one per user, ~/.local/share/vanban/history.sqlite or "
                          "%%LOCALAPPDATA%%\\vanban; or history = \"…\" in vanban.toml)",
    "tệp nguồn": "input file",
    "tệp văn bản": "document file (.txt, .docx, .doc, .pdf, .md)",
    "tệp đích": "output file",
    "tệp, thư mục": "files, folders (recursive) or glob patterns",
    "định dạng (mặc định: csv)": "format (default: csv)",
    "định dạng (mặc định: json)": "format (default: json)",
    "định dạng kết quả": "output format (default: from the suffix of -o — .html, .json, .jsonl, .sarif, .csv — "
                         "else text)",
    "đọc cả liên kết": "also read symbolic links leading out of the checked folder",
    "đọc lịch sử nhưng": "read the history but do not record this run",
    "độ giống tối thiểu (0–100)": "minimum similarity (0–100) of a copied paragraph (VB901)",
    "độ giống tối thiểu của": "minimum similarity of a duplicate report (VB903)",
    "so sánh giữa các báo cáo": "cross-report checks (VB901–VB904)",
    "lệnh": "commands",
}


def _english_help(parser: argparse.ArgumentParser) -> None:
    """Give ``parser`` (and its sub-commands) the English help of :data:`_HELP_EN`."""
    def en(text):
        if not text or text is argparse.SUPPRESS:
            return text
        for vi in sorted(_HELP_EN, key=len, reverse=True):
            if text.startswith(vi):
                return _HELP_EN[vi]
        return text

    parser.description = en(parser.description)
    for group in parser._action_groups:
        group.title = en(group.title)
    for action in parser._actions:
        action.help = en(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = en(choice.help)
            for sub in action.choices.values():
                _english_help(sub)


#: the language of the parser being run (for the messages of argument types)
_ARG_LANG = ["vi"]


class _ArgparseLanguage:
    """Translate argparse's frame while the CLI builds and runs its parser (restored afterwards, so a program
    that imports vanban keeps its own argparse texts)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __enter__(self):
        _ARG_LANG[0] = self.lang
        self.saved = (argparse._, argparse.ngettext)
        self.saved_str = argparse.ArgumentError.__str__
        if self.lang != "en":
            argparse._ = lambda s: _ARGPARSE_VI.get(s, s)
            argparse.ngettext = lambda s, p, n: _ARGPARSE_VI.get(s if n == 1 else p, s if n == 1 else p)
            # Python 3.10 writes "argument …: …" without passing it through gettext
            plain = self.saved_str

            def vi_str(err) -> str:
                text = plain(err)
                return "tham số " + text[len("argument "):] if text.startswith("argument ") else text

            argparse.ArgumentError.__str__ = vi_str  # __enter__ is untyped, so mypy does not check this body
        return self

    def __exit__(self, *_exc) -> None:
        argparse._, argparse.ngettext = self.saved  # type: ignore[attr-defined]  # not in argparse's stubs
        argparse.ArgumentError.__str__ = self.saved_str  # type: ignore[method-assign]


def _positive_jobs(v: str) -> int:
    """``--jobs``: a whole number of processes ≥ 1."""
    try:
        n = int(v)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(_t(_ARG_LANG[0], "cần số tiến trình ≥ 1", "a number of processes ≥ 1"))
    return n


# --------------------------------------------------------------------------------------------------
# configuration
# --------------------------------------------------------------------------------------------------


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


class ConfigFinder:
    """The nearest configuration of a folder, searched upward as ruff does — a ``vanban.toml``, or a
    ``pyproject.toml`` with a ``[tool.vanban]`` table — with every folder's answer kept, so a batch of a
    thousand files in a few folders looks at each folder once."""

    def __init__(self) -> None:
        self._by_folder: dict[str, Path | None] = {}

    def nearest(self, start) -> Path | None:
        """The configuration file for ``start`` (a checked file or folder)."""
        d = Path(start) if start is not None else Path.cwd()
        if not d.is_dir():
            d = d.parent
        key = os.path.abspath(d)
        if key in self._by_folder:
            return self._by_folder[key]
        try:
            real = d.resolve()
        except (OSError, RuntimeError):
            real = Path(key)
        visited = [key]
        found: Path | None = None
        for folder in [real, *real.parents]:
            fk = str(folder)
            if fk in self._by_folder:
                found = self._by_folder[fk]
                break
            visited.append(fk)
            hit = self._config_in(folder)
            if hit is not None:
                found = hit
                break
        for fk in visited:
            self._by_folder[fk] = found
        return found

    @staticmethod
    def _config_in(folder: Path) -> Path | None:
        vt = folder / "vanban.toml"
        if vt.is_file():
            return vt
        pp = folder / "pyproject.toml"
        if pp.is_file():
            try:
                data = _toml().loads(pp.read_text("utf-8"))
            except Exception:  # noqa: BLE001 - a broken pyproject of another tool: not ours
                return None
            if "vanban" in data.get("tool", {}):
                return pp
        return None


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file nearest to ``start`` (a checked file or folder), searching upward as ruff does:
    a ``vanban.toml``, or a ``pyproject.toml`` with a ``[tool.vanban]`` table."""
    return ConfigFinder().nearest(start)


def read_config(p: Path) -> dict:
    data = _toml().loads(Path(p).read_text("utf-8"))
    return data.get("tool", {}).get("vanban", data) if Path(p).name == "pyproject.toml" else data


def load_config(start: Path | None = None, explicit: str | None = None) -> dict:
    """Read ``[tool.vanban]`` from pyproject.toml or the whole vanban.toml (nearest to ``start``)."""
    if explicit:
        return read_config(Path(explicit))
    found = find_config(start)
    return read_config(found) if found else {}


def _search_start(p: str) -> str:
    """Where the configuration of a checked path is searched from: a glob's fixed part, a folder itself, a
    file's folder (the file need not exist)."""
    if any(c in p for c in "*?["):
        p = p.split("*")[0].split("?")[0].split("[")[0] or "."
    pp = Path(os.path.abspath(p))
    return str(pp if pp.is_dir() else pp.parent)


def config_label(where: Path | None, lang: str = "vi") -> str:
    """A configuration file as a report names it: relative to the current folder when it lies below it,
    else absolute; the defaults (no file) in words."""
    if where is None:
        return _t(lang, "mặc định (không có tệp cấu hình)", "defaults (no configuration file)")
    return _place(where)


def _place(path) -> str:
    """A path as a message shows it: relative to the current folder when it lies below it, else absolute."""
    p = Path(os.path.abspath(path))
    try:
        return shown_path(str(p.relative_to(Path.cwd().resolve())))
    except (ValueError, OSError):
        return shown_path(str(p))


def command_line_refused(args, lang: str, prog: str) -> bool:
    """Check the command line's own selectors before any configuration file: a wrong one is the user's typing,
    not a file's. Says why on stderr and returns True when the run must stop (exit 2)."""
    try:
        problem = check_config(make_lint_config(args, {}), lang)
    except Exception as e:  # noqa: BLE001 - a list where a table was expected
        problem = f"{type(e).__name__}: {e}"
    if problem:
        print(f"{prog}: {_t(lang, 'cấu hình không hợp lệ', 'invalid configuration')}: {problem}", file=sys.stderr)
    return bool(problem)


class ConfigError(Exception):
    """A configuration that cannot be used: the message (one language) names the file."""


class ConfigSource:
    """One configuration of a run: the file (None for the defaults), its table, the :class:`LintConfig` made
    from it with the command line's options on top, and the ``--compare`` history it names (absolute, or
    None)."""

    def __init__(self, where: Path | None, data: dict, config, history: Path | None, label: str) -> None:
        self.where = where
        self.data = data
        self.config = config
        self.history = history
        self.label = label


class RunConfigs:
    """The configurations of one ``vanban-lint`` run, as ruff finds them: each checked file uses the nearest
    ``vanban.toml`` (or ``pyproject.toml`` with ``[tool.vanban]``) from its own folder upward, or the
    ``--config`` file for every file; the command line's options override the file's. Folders and files are
    each looked at and read once (:class:`ConfigFinder`)."""

    def __init__(self, args, lang: str = "vi") -> None:
        self.args = args
        self.lang = lang
        self.explicit = Path(args.config) if getattr(args, "config", None) else None
        self.finder = ConfigFinder()
        self.sources: dict[str | None, ConfigSource] = {}

    def _source(self, where: Path | None) -> ConfigSource:
        key = None if where is None else os.path.abspath(where)
        if key in self.sources:
            return self.sources[key]
        lang = self.lang
        bad = _t(lang, "cấu hình không hợp lệ", "invalid configuration")
        shown = shown_path(str(self.explicit)) if where is not None and where == self.explicit else \
            config_label(where, lang)
        try:
            data = read_config(where) if where is not None else {}
        except OSError as e:
            raise ConfigError(f"{bad}: {os_error_message(e, shown, lang)}") from None
        except Exception as e:  # noqa: BLE001 - TOML syntax
            raise ConfigError(f"{bad} ({shown}): {e}") from None
        problem = config_problems(data, lang)
        if problem is None:
            try:
                config = make_lint_config(self.args, data)
                problem = check_config(config, lang)
            except (TypeError, ValueError, AttributeError) as e:  # a list where a table was expected …
                problem = f"{type(e).__name__}: {e}"
        if problem:
            raise ConfigError(f"{bad} ({shown}): {problem}")
        history = None
        if data.get("history"):  # a district's shared --compare history, relative to its vanban.toml
            hist = Path(str(data["history"])).expanduser()
            history = hist if hist.is_absolute() or where is None else Path(os.path.abspath(where.parent / hist))
        src = ConfigSource(where, data, config, history, shown)
        self.sources[key] = src
        return src

    def for_path(self, path: str) -> ConfigSource:
        """The configuration of a checked file (or of an input that gave no file: a folder, a glob)."""
        if self.explicit is not None:
            return self._source(self.explicit)
        return self._source(self.finder.nearest(_search_start(path)))


def config_problems(cfg: dict, lang: str = "vi") -> str | None:
    """A value of the wrong shape in the configuration (``ignore = "VB703"`` where a list is expected)."""
    for key in ("select", "ignore", "enable"):
        if key in cfg and not isinstance(cfg[key], list):
            v = cfg[key]
            return _t(lang, f"“{key}” phải là một danh sách: {key} = [{json.dumps(v, ensure_ascii=False)}]",
                      f"“{key}” must be a list: {key} = [{json.dumps(v, ensure_ascii=False)}]")
    for key in ("severity", "per-file-ignores", "per_file_ignores"):
        if key in cfg and not isinstance(cfg[key], dict):
            return _t(lang, f"“{key}” phải là một bảng ([{key}])", f"“{key}” must be a table ([{key}])")
    for pat, codes in dict(cfg.get("per-file-ignores", cfg.get("per_file_ignores", {})) or {}).items():
        if not isinstance(codes, list):
            return _t(lang, f"per-file-ignores “{pat}” phải là một danh sách mã", f"per-file-ignores “{pat}” must be a list of codes")
    if "preview" in cfg and not isinstance(cfg["preview"], bool):
        return _t(lang, "“preview” phải là true hoặc false", "“preview” must be true or false")
    return None


def _size_mb(v: str) -> int:
    """``--max-size``: a whole number of megabytes, 0 for no limit."""
    n = int(v)
    if n < 0:
        raise argparse.ArgumentTypeError(_t(_ARG_LANG[0], "cần số MB ≥ 0 (0 = không giới hạn)",
                                            "a number of MB ≥ 0 (0 = no limit)"))
    return n


def _split(v: str | None) -> list[str]:
    return [x.strip() for x in (v or "").split(",") if x.strip()]


def _norm_sel(items) -> list[str]:
    """Rule selectors as the registry spells them: codes in upper case ("vb103" -> "VB103"), names as given; a
    blank one is kept as "" so that the configuration check names it."""
    return [x.upper() if x[:2].lower() == "vb" and x[2:].isdigit() else x for x in (str(i).strip() for i in items)]


_SEVERITIES = ("error", "warning", "info")


def check_config(config, lang: str | None = None) -> str | None:
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
                    return _side(f"không có quy tắc “{sel}” ({where}); mức được đặt cho từng quy tắc: dùng đủ mã (VB103) "
                            f"hoặc đủ tên (year-mismatch) / unknown rule “{sel}” ({where}); a severity is set per "
                            f"rule: use a whole code (VB103) or name (year-mismatch)", lang)
                return _side(f"không có quy tắc “{sel}” ({where}); dùng mã (VB103, VB1) hoặc đủ tên (year-mismatch) / "
                             f"unknown rule “{sel}” ({where}); use a code (VB103, VB1) or a whole name (year-mismatch)", lang)
    for key, val in config.severity.items():
        if val not in _SEVERITIES:
            return _side(f"mức “{val}” của {key} không hợp lệ (error, warning, info) / "
                         f"invalid severity “{val}” for {key} (error, warning, info)", lang)
    return None


def _side(bilingual: str, lang: str | None) -> str:
    """One language of a "vi / en" message (both when ``lang`` is None)."""
    if lang is None or bilingual.count(" / ") != 1:
        return bilingual
    vi, en = bilingual.split(" / ")
    return _t(lang, vi, en)


def make_lint_config(args, cfg: dict):
    from .rules import LintConfig

    pfi = dict(cfg.get("per-file-ignores", cfg.get("per_file_ignores", {})))
    config = LintConfig(
        select=_norm_sel(_split(getattr(args, "select", None)) or list(cfg.get("select", []))),
        ignore=_norm_sel(_split(getattr(args, "ignore", None)) + list(cfg.get("ignore", []))),
        severity={_norm_sel([k])[0]: v for k, v in dict(cfg.get("severity", {})).items()},  # "" is refused below
        report_year=getattr(args, "report_year", None) or cfg.get("report_year"),
        cstd_cap_percent=cfg.get("cstd_cap_percent"),
        per_file_ignores={k: _norm_sel(v) for k, v in pfi.items()},
        enable=_norm_sel(_split(getattr(args, "enable", None)) + list(cfg.get("enable", []))),
    )
    if getattr(args, "preview", False) or cfg.get("preview") is True:
        set_preview(config)
    return config


def set_preview(config) -> None:
    """Turn on the rules' preview behaviour (``--preview``, ``preview = true``) where this version has it."""
    try:
        object.__setattr__(config, "preview", True)
    except (AttributeError, TypeError):  # pragma: no cover - a frozen config without the field
        pass


# --------------------------------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------------------------------


def _skipped_in_folder(name: str) -> bool:
    """Files a folder walk leaves alone: hidden files, Word's lock files ("~$bao_cao.docx") and macOS
    resource forks ("._bao_cao.docx"). Named explicitly, they are read like any file."""
    return name.startswith((".", "~$"))


def _realpath(p: str) -> str | None:
    """The real path, or None for a symlink loop (Python < 3.13 raises or returns a half-resolved path)."""
    try:
        return os.path.realpath(p, strict=True)
    except (OSError, RuntimeError):
        return None


def _inside(real: str, roots: list[str]) -> bool:
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def collect_inputs(paths: list[str], exclude: str | None = None, follow_links: bool = False
                   ) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Files from files, directories (recursive) and globs, each once, in folder then name order; and the
    inputs that gave no file, as ``(path, error code, detail)`` (see :data:`vanban.errors.READ_ERROR_MESSAGES`):
    a pattern that matched nothing, a folder with no document or one that cannot be opened, and the symbolic
    links a folder walk did not follow (``symlink_loop``; ``symlink_outside``: a link that leads out of the
    checked folders, followed only with ``follow_links``). ``exclude``: a path never to read (the report
    being written)."""
    out: list[str] = []
    problems: list[tuple[str, str, str]] = []
    for p in paths:
        pp = Path(p)
        if pp.is_dir():
            found = 0
            unreadable: list[str] = []
            roots = [r for r in (_realpath(p),) if r]
            def _unreadable(e: OSError, _u: list[str] = unreadable) -> None:
                _u.append(e.filename)

            for root, dirs, files in os.walk(pp, onerror=_unreadable, followlinks=follow_links):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                if follow_links:  # a linked folder leading back up would walk forever
                    keep = []
                    for d in dirs:
                        full = os.path.join(root, d)
                        real = _realpath(full)
                        if real is None or (os.path.islink(full) and _inside(os.path.realpath(root), [real])):
                            problems.append((full, "symlink_loop", ""))
                        else:
                            keep.append(d)
                    dirs[:] = keep
                else:  # say which linked folders were left out
                    for d in dirs:
                        full = os.path.join(root, d)
                        if os.path.islink(full):
                            real = _realpath(full)
                            if real is None:
                                problems.append((full, "symlink_loop", ""))
                            elif not _inside(real, roots):
                                problems.append((full, "symlink_outside", ""))
                for f in sorted(files):
                    if not (Path(f).suffix.lower() in TEXT_EXTS and not _skipped_in_folder(f)):
                        continue
                    full = os.path.join(root, f)
                    if os.path.islink(full):
                        real = _realpath(full)
                        if real is None:
                            problems.append((full, "symlink_loop", ""))
                            continue
                        if not follow_links and not _inside(real, roots):
                            problems.append((full, "symlink_outside", ""))
                            continue
                    out.append(str(Path(root) / f))
                    found += 1
            problems.extend((u, "dir_unreadable", "") for u in unreadable)
            if not found and not unreadable and not any(pr[0].startswith(str(pp)) for pr in problems):
                problems.append((str(pp), "empty_dir", ""))
        elif any(c in p for c in "*?["):
            hits = []
            # the pattern's fixed part is the checked folder: a link leading out of it is left out, as in a walk
            fixed = p[:min(p.index(c) for c in "*?[" if c in p)]
            base = _realpath(os.path.dirname(fixed) or ".")
            for h in sorted(glob.glob(p, recursive=True)):
                if os.path.islink(h) and _realpath(h) is None:
                    problems.append((h, "symlink_loop", ""))
                elif Path(h).is_file():
                    real = _realpath(h)
                    if os.path.islink(h) and not follow_links and base and real and not _inside(real, [base]):
                        problems.append((h, "symlink_outside", ""))
                        continue
                    hits.append(h)
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
        key = _realpath(f) or os.path.abspath(f)  # "a.txt", "./a.txt" and "/abs/a.txt" are one file
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return sorted(unique, key=lambda s: (str(Path(s).parent), s)), problems


#: messages of the input records that are not read errors of vanban.errors
_INPUT_MESSAGES = {
    "symlink_loop": ("liên kết tượng trưng trỏ vòng (vòng lặp), bỏ qua", "symbolic link loop; skipped"),
    "symlink_outside": ("liên kết tượng trưng trỏ ra ngoài thư mục được kiểm tra, không đọc (dùng --follow-links "
                        "để đọc)", "symbolic link leading out of the checked folder; not read (use --follow-links "
                        "to read it)"),
}


def expand_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files from files, directories (recursive) and globs; second list: inputs that gave no file."""
    files, problems = collect_inputs(paths)
    return files, [p for p, _code, _detail in problems]


def _problem_result(path: str, code: str, detail: str, lang: str):
    from .errors import ReadError
    from .report import FileResult

    if code in _INPUT_MESSAGES:
        vi, en = _INPUT_MESSAGES[code]
        msg = f"{shown_path(path)}: {_t(lang, vi, en)}" + (f" ({shown_path(detail)})" if detail else "")
        return FileResult(path=path, document=None, findings=[], error=msg, error_code=code)
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
        try:
            same = same_file(o, Path(f))
        except (OSError, RuntimeError):  # a symlink loop among the inputs is not the output
            same = False
        if same:  # the path itself, a symlink or a hard link to an input
            return (f"{output}: là một tệp đầu vào, không ghi đè (đặt tên khác cho tệp kết quả)",
                    f"{output}: is one of the input files; not overwriting it (give the report another name)")
    if o.is_dir():
        return (f"{output}: là một thư mục, cần tên tệp", f"{output}: is a folder; give a file name")
    if not o.parent.is_dir():
        return (f"{output}: thư mục chứa không tồn tại", f"{output}: its folder does not exist")
    return None


_TEMP_DOC_RE = None


def scrub_message(msg: str, path: str, lang: str = "vi") -> str:
    """A reader's message without the random temporary path a converter saw (antiword names its temporary
    copy ``/tmp/vanban-doc-XXXX/input.doc``): the file's own name instead, so messages are stable."""
    global _TEMP_DOC_RE
    if _TEMP_DOC_RE is None:
        import re

        _TEMP_DOC_RE = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s'\"]*?vanban-doc-[^\s/\\'\"]+[/\\]input\.docx?")
    msg = _TEMP_DOC_RE.sub(lambda _m: Path(path).name, msg)
    if "[Errno" in msg:  # Python's "[Errno 13] Permission denied: '/x/y.txt'" inside a reader's detail
        msg = _ERRNO_RE.sub(lambda m: _errno_text(int(m.group(1)), m.group(2), lang), msg)
    if lang != "en":  # the system's own words for it ("(Too many levels of symbolic links)")
        for english, vi in _strerror_vi().items():
            if f"({english})" in msg:
                msg = msg.replace(f"({english})", f"({vi})")
    return safe_text(msg)


def _strerror_vi() -> dict[str, str]:
    import errno as _errno

    return {os.strerror(getattr(_errno, name)): vi for name, (vi, _en) in _ERRNO_VI.items() if hasattr(_errno, name)}


_ERRNO_RE = __import__("re").compile(r"\[Errno (\d+)\] ([^:()]+?)(?:: '[^']*')?(?=$|[)\n;])")


def _errno_text(num: int, english: str, lang: str) -> str:
    import errno as _errno

    vi, en = _ERRNO_VI.get(_errno.errorcode.get(num, ""), (english, english))
    return _t(lang, vi, en)


def _lint_one(job):
    """Worker: read, parse and lint one file; never raises."""
    path, config, lang, max_bytes, keep, limits = job
    import vanban

    from .errors import ReadError
    from .report import FileResult

    try:
        doc = vanban.load(path, max_bytes=max_bytes, limits=limits)
        result = _lint_doc(path, doc, config, lang)
        if not keep:
            result.document = None  # text formats need only the findings: memory stays bounded
            result.lean = True
        elif _IN_WORKER[0]:
            # a kept document goes back to the main process (--compare, html): its analysis facts hold the
            # providers' closures, which cannot be pickled; they are derived, and rebuilt there on first use
            doc._facts = None
        return result
    except ReadError as e:
        return FileResult(path=path, document=None, findings=[], error=scrub_message(e.message(lang), path, lang),
                          error_code=e.code)
    except Exception as e:  # a parser bug must not stop a batch: report it for this file
        what = scrub_message(f"{type(e).__name__}: {e}", path)
        msg = _t(lang, f"{shown_path(path)}: lỗi nội bộ khi phân tích ({what})",
                 f"{shown_path(path)}: internal error while parsing ({what})")
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
    from .report import localize_notes, locate_findings

    localize_notes(locate_findings(doc, findings), lang)
    return FileResult(path=path, document=doc, findings=findings)


def _progress(iterable, total: int, enabled: bool):
    if not enabled:
        return iterable
    try:
        from tqdm import tqdm
    except ImportError:
        return iterable
    return tqdm(iterable, total=total, unit="tệp", file=sys.stderr, leave=False)


#: set in a ``--jobs`` worker process (its results are pickled back to the main process)
_IN_WORKER = [False]


def _worker_init(parent: int) -> None:
    """Set up a ``--jobs`` worker: it dies with the process that started it (SIGTERM or SIGKILL to the main
    process must not leave workers holding the caller's pipes), and leaves Ctrl-C to the main process."""
    import signal
    import threading

    _IN_WORKER[0] = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # the pool was started with them blocked (see pool_map)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except Exception:  # noqa: BLE001 - the watchdog below still works
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watchdog() -> None:  # other systems, and a parent that died in between
        import time

        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watchdog, daemon=True, name="vanban-parent-watchdog").start()


def pool_map(func, items: list, jobs: int, chunksize: int = 4):
    """``map`` over worker processes, in order; on Ctrl-C, SIGTERM or any error the workers are stopped at
    once instead of finishing the queue."""
    import signal
    from concurrent.futures import ProcessPoolExecutor

    ex = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))
    # the workers are forked while the jobs are submitted: a Ctrl-C or SIGTERM arriving then would be raised
    # inside a fork callback, where Python swallows it; hold the signals until the pool stands
    mask = getattr(signal, "pthread_sigmask", None)
    old_mask = mask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM}) if mask else None
    _POOLS.add(ex)
    try:
        results = ex.map(func, items, chunksize=chunksize)
    finally:
        if mask:
            mask(signal.SIG_SETMASK, old_mask)
    try:
        for result in results:
            check_stop()
            yield result
        check_stop()
    except BaseException:
        _stop_pool(ex)
        raise
    else:
        ex.shutdown(wait=True)
    finally:
        _POOLS.discard(ex)


#: pools of a running command, stopped by :func:`run_cli` whatever frame the interruption reached
_POOLS: set = set()


def _stop_pool(ex) -> None:
    """Stop a worker pool now: cancel what is queued and terminate the workers (they do not finish the queue)."""
    import threading

    # the executor's manager thread may then try to fail futures that were just cancelled (a CPython race
    # that prints a traceback of InvalidStateError): the run is ending, keep the terminal clean
    previous_hook = threading.excepthook

    def quiet(hook_args, _prev=previous_hook):
        if hook_args.exc_type.__name__ not in ("InvalidStateError", "BrokenProcessPool"):
            _prev(hook_args)

    threading.excepthook = quiet
    procs = list((getattr(ex, "_processes", None) or {}).values())
    try:
        ex.shutdown(wait=False, cancel_futures=True)
    except Exception:  # noqa: BLE001
        pass
    for proc in procs:
        try:
            proc.terminate()
        except Exception:  # noqa: BLE001
            pass
    _POOLS.discard(ex)


def lint_files(files: list[str], config, lang: str = "vi", jobs: int | None = None, max_bytes: int | None = 50_000_000,
               progress: bool = False, keep_documents: bool = True, limits=None, configs: dict | None = None):
    """Lint files, in parallel when ``jobs`` > 1; results in input order.

    ``configs`` maps a file to its own :class:`~vanban.rules.LintConfig` (``config`` for a file it does not
    name): each job carries its file's configuration to the worker process, so ``--jobs`` workers check every
    file with the configuration of its folder.

    With ``keep_documents=False`` each result carries only its findings (the parsed document is dropped in the
    worker), so a run over thousands of files holds findings, not documents, in memory.
    """
    if configs is not None:  # each file's own configuration (vanban-lint's per-folder lookup)
        from .rules import LintConfig

        default = config if config is not None else LintConfig()
        jobs_list = [(f, configs.get(f, default), lang, max_bytes, keep_documents, limits) for f in files]
    else:
        jobs_list = [(f, config, lang, max_bytes, keep_documents, limits) for f in files]
    n = jobs or os.cpu_count() or 1
    if n <= 1 or len(files) < 4:
        out = []
        for r in _progress(map(_lint_one, jobs_list), len(files), progress):
            check_stop()
            out.append(r)
        return out
    return list(_progress(pool_map(_lint_one, jobs_list, n), len(files), progress))


# --------------------------------------------------------------------------------------------------
# vanban-lint
# --------------------------------------------------------------------------------------------------


def lint_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vanban-lint",
                                description="Kiểm tra thể thức và nội dung văn bản hành chính (NĐ 30/2020, HD 36/VPTW).")
    p.add_argument("paths", nargs="+", help="tệp, thư mục (đệ quy) hoặc mẫu glob")
    p.add_argument("--format", default=None, choices=["text", "json", "jsonl", "sarif", "github", "csv", "html"],
                   help="định dạng kết quả (mặc định: theo đuôi tệp -o — .html, .json, .jsonl, .sarif, .csv — "
                        "nếu không thì text)")
    p.add_argument("--select", help="chỉ chạy các quy tắc này (mã hoặc tiền tố mã, tên): VB1,year-mismatch")
    p.add_argument("--ignore", help="bỏ qua các quy tắc này")
    p.add_argument("--enable", help="bật các quy tắc mặc định tắt (VB603)")
    p.add_argument("--preview", action="store_true", help="bật các kiểm tra đang thử nghiệm (cũng: preview = true)")
    p.add_argument("--min-severity", default="info", choices=["info", "warning", "error"],
                   help="chỉ báo các phát hiện từ mức này trở lên")
    p.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ thông báo (mặc định: vi)")
    p.add_argument("--statistics", action="store_true", help="thống kê số phát hiện theo quy tắc (định dạng text)")
    p.add_argument("--output", "-o", help="ghi kết quả ra tệp")
    p.add_argument("--jobs", "-j", type=_positive_jobs, default=None, help="số tiến trình ≥ 1 (mặc định: số lõi CPU)")
    p.add_argument("--exit-zero", action="store_true", help="luôn trả mã 0")
    p.add_argument("--report-year", type=int, help="năm báo cáo khi không suy ra được từ văn bản")
    p.add_argument("--config", help="tệp cấu hình cho mọi tệp được kiểm tra (mặc định: với mỗi tệp, vanban.toml "
                                    "hoặc pyproject.toml gần nhất, tìm từ thư mục của tệp trở lên)")
    p.add_argument("--follow-links", action="store_true",
                   help="đọc cả liên kết tượng trưng trỏ ra ngoài thư mục được kiểm tra")
    p.add_argument("--max-size", type=_size_mb, default=50, help="giới hạn kích thước tệp (MB); 0 = không giới hạn")
    p.add_argument("--no-limits", action="store_true",
                   help="phân tích hết cả văn bản bất thường (quá nhiều dòng, trích dẫn…), dù lâu; xem VB001")
    p.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")
    p.add_argument("--version", action="version", version=f"vanban {__version__}")
    from .compare import add_compare_arguments

    add_compare_arguments(p)
    return p


_FORMAT_BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".sarif": "sarif",
                     ".csv": "csv"}


def _configs_used(sources: list) -> list[tuple[ConfigSource, int]]:
    """The distinct configurations among ``sources`` (one per checked file), with how many files each
    checks, in the order of the files."""
    counts: dict[int, list] = {}
    for src in sources:
        counts.setdefault(id(src), [src, 0])[1] += 1
    return [(src, n) for src, n in counts.values()]


def _history_in_use(args, src: ConfigSource | None) -> Path:
    """The ``--compare`` history of a file checked with ``src``: ``--history``, else its configuration's
    ``history``, else the user's."""
    from .history import default_history_path

    if getattr(args, "history", None):
        return Path(args.history)
    if src is not None and src.history is not None:
        return src.history
    return default_history_path()


def _compare_by_history(results: list, args, sources: dict, lang: str) -> None:
    """Run ``--compare`` once per history: the files of a district whose vanban.toml names its ``history``
    are compared with each other and with that history, and recorded in it; the files of another district go
    to theirs. ``--history`` and ``--no-history`` put every file in one group. Then each file's own
    configuration decides which of VB901–VB904 it keeps (``select``, ``ignore``) and their severity."""
    import copy

    from .compare import compare_results

    groups: dict[str, list] = {}
    for r in results:
        src = sources.get(r.path)
        key = "" if getattr(args, "no_history", False) else os.path.abspath(_history_in_use(args, src))
        groups.setdefault(key, []).append(r)
    said: set[str] = set()
    for key, rs in groups.items():
        group_args = copy.copy(args)
        if key:
            group_args.history = key
            _legacy_history_hint(rs, args, Path(key), lang, said)
        compare_results(rs, group_args)
    for r in results:
        src = sources.get(r.path)
        if src is not None:
            r.findings = [f for f in r.findings if _cross_kept(f, src.config)]


def _cross_kept(f, config) -> bool:
    """Whether a file's configuration keeps the finding ``f``: a cross-report one (VB901–VB904) is dropped
    when the file's ``select`` leaves it out or its ``ignore`` names it, and takes its ``[severity]``; the
    other findings were already made with that configuration."""
    from .compare import RULES as CROSS_RULES

    if f.code not in CROSS_RULES:
        return True
    name = CROSS_RULES[f.code][0]
    if config.select and not any(f.code.startswith(s) or s == name for s in config.select):
        return False
    if any(f.code.startswith(s) or s == name for s in config.ignore):
        return False
    sev = config.severity.get(f.code) or config.severity.get(name)
    if sev:
        f.severity = sev
    return True


def _legacy_history_hint(results: list, args, in_use: Path, lang: str, said: set[str]) -> None:
    """One line for each history file of the versions before 0.2 (``.vanban-history.sqlite``, kept in the
    checked folder) found in a folder of this run that is not the history in use: it is neither read nor
    migrated (it may be another district's), and the line says how to keep using it."""
    from .history import DEFAULT_HISTORY_NAME

    mine = [os.path.abspath(r.path) for r in results]
    folders: list[str] = []
    for p in args.paths:  # a folder named on the command line that holds files of this group
        top = os.path.abspath(p)
        if os.path.isdir(p) and any(m == top or m.startswith(top.rstrip(os.sep) + os.sep) for m in mine):
            folders.append(top)
    for m in mine:  # and the folder of each file (an empty folder's record is the folder itself)
        folders.append(m if os.path.isdir(m) else os.path.dirname(m))
    try:
        real_in_use = os.path.realpath(in_use)
    except (OSError, ValueError):
        real_in_use = str(in_use)
    for folder in dict.fromkeys(folders):
        old = os.path.join(folder, DEFAULT_HISTORY_NAME)
        if not os.path.isfile(old):
            continue
        real = os.path.realpath(old)
        if real == real_in_use or real in said:
            continue
        said.add(real)
        shown = _place(old)
        print("vanban-lint: " + _t(
            lang,
            f"{shown}: tệp lịch sử của phiên bản cũ (trước 0.2), lần chạy này không đọc và không ghi vào nó "
            f"(đang dùng {_place(in_use)}); để so sánh với nó: --history {shown}, hoặc ghi "
            f"history = \"{DEFAULT_HISTORY_NAME}\" vào vanban.toml của thư mục đó",
            f"{shown}: a history file of versions before 0.2, neither read nor written by this run (the history "
            f"in use is {_place(in_use)}); to compare with it: --history {shown}, or put "
            f"history = \"{DEFAULT_HISTORY_NAME}\" in that folder's vanban.toml"), file=sys.stderr)


def lint_main(argv: list[str] | None = None) -> int:
    return run_cli(_lint_main, argv, "vanban-lint")


def _lint_main(argv: list[str] | None = None) -> int:
    with _ArgparseLanguage(_argv_lang(argv)):
        parser = lint_parser()
        if _argv_lang(argv) == "en":
            _english_help(parser)
        try:
            args = parser.parse_args(argv)
        except SystemExit as e:
            return int(e.code or 0) if e.code in (0, None) else 2
    lang = args.lang
    if args.format is None:  # `-o bao_cao.html` means an HTML report
        args.format = _FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower(), "text") if args.output else "text"
    from .report import render
    from .rules import iter_rules

    if command_line_refused(args, lang, "vanban-lint"):
        return 2
    files, problems = collect_inputs(args.paths, follow_links=args.follow_links)
    # each file's own configuration, from its folder upward (ruff's hierarchy), checked before any work
    run = RunConfigs(args, lang)
    try:
        per_file = {f: run.for_path(f) for f in files}
        per_problem = {path: run.for_path(path) for path, _code, _detail in problems}
    except ConfigError as e:
        print(f"vanban-lint: {e}", file=sys.stderr)
        return 2
    used = _configs_used(list(per_file.values()) + list(per_problem.values()))
    if len(used) == 1:
        only = used[0][0]
        if only.where is not None and only.data:  # an empty [tool.vanban] means the defaults: nothing to say
            print(f"vanban-lint: {_t(lang, 'dùng cấu hình', 'configuration')} {only.label}", file=sys.stderr)
    # options that would silently do nothing
    if not getattr(args, "compare", False) and any(c.startswith("VB9") for src, _n in used for c in src.config.select):
        print("vanban-lint: " + _t(lang, "các quy tắc VB9xx so sánh nhiều báo cáo, chỉ chạy với --compare",
                                   "the VB9xx rules compare reports with each other: they run only with --compare"),
              file=sys.stderr)
    if args.statistics and args.format != "text":
        print("vanban-lint: " + _t(lang, f"--statistics chỉ dùng với --format text, bỏ qua với {args.format}",
                                   f"--statistics applies to --format text only; ignored with {args.format}"),
              file=sys.stderr)
    # any file about to be read is refused as the output — named, matched by a glob or met in a folder (a
    # report left there by an earlier run included: it would be read as a document and then overwritten)
    bad_output = check_output(args.output, files)
    if bad_output:
        print(f"vanban-lint: {bad_output[1] if args.lang == 'en' else bad_output[0]}", file=sys.stderr)
        return 2
    if args.output:
        cannot = check_writable(args.output, lang)
        if cannot:
            print(f"vanban-lint: {_t(lang, 'không ghi được kết quả', 'cannot write the output')}: {cannot}",
                  file=sys.stderr)
            return 2
    for path, code, detail in problems:
        print(f"vanban-lint: {safe_text(_problem_result(path, code, detail, args.lang).error or '')}", file=sys.stderr)
    if not files and not problems:
        return 2
    max_bytes = args.max_size * 1_000_000 if args.max_size else None
    progress = sys.stderr.isatty() and not args.no_progress and len(files) > 1
    keep = args.format == "html" or bool(getattr(args, "compare", False))
    from .limits import Limits

    limits = Limits.none() if args.no_limits else None
    results = lint_files(files, None, args.lang, args.jobs, max_bytes, progress, keep_documents=keep, limits=limits,
                         configs={f: src.config for f, src in per_file.items()})
    # inputs that gave no file (a folder with no document, a pattern that matched nothing) are records too
    results += [_problem_result(path, code, detail, args.lang) for path, code, detail in problems]
    for r in results:  # each record names the configuration it was checked with (JSON "config", SARIF)
        src = per_file.get(r.path) or per_problem.get(r.path)
        r.config = src.label if src is not None and src.where is not None else None
    if getattr(args, "compare", False):
        _compare_by_history(results, args, {**per_problem, **per_file}, lang)
    threshold = SEVERITY_ORDER[args.min_severity]
    for r in results:
        r.findings = [f for f in r.findings if SEVERITY_ORDER[f.severity] >= threshold]
    from .rules.explain import rationale

    rules_meta = {r.code: {"name": r.name, "severity": r.severity, "summary": r.summary_en if args.lang == "en" else r.summary_vi,
                           "rationale": rationale(r, args.lang)} for r in iter_rules()}
    _out(render(results, args.format, lang=args.lang, statistics=args.statistics, rules=rules_meta), args.output,
         lang, "vanban-lint")
    if args.output:  # the report went to a file: say so, with the summary a terminal user would have seen
        from .report.text import summary_for

        print(f"vanban-lint: {_t(lang, 'đã ghi', 'wrote')} {shown_path(args.output)} — {summary_for(results, lang)}",
              file=sys.stderr)
    if len(used) > 1 and (args.format != "text" or args.output):
        # the text report on the terminal names them itself, after its summary line
        from .report.text import config_lines

        for line in config_lines(results, lang):
            print(f"vanban-lint: {line}", file=sys.stderr)
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
    ident = (h.doc_number if h.symbol else f"{h.number}/-") if h.number else f"(trống)/{h.symbol or '-'}"
    out = [f"Tệp: {shown_path(doc.path or '-')}", f"Loại: {h.doc_type or '-'}   Số/ký hiệu: {ident}   "
           f"Ngày: {h.date or '-'}   Địa danh: {h.place or '-'}", f"Trích yếu: {h.subject or '-'}",
           f"Kỳ báo cáo: {h.report_year or '-'}", "", "Đề mục:"]
    for s in doc.iter_sections():
        out.append(f"  {'  ' * s.depth}{s.label}  {s.title[:80]}  (dòng {s.line})")
    out.append("")
    out.append(f"Văn bản được dẫn chiếu ({len(doc.citations)}):")
    for c in doc.citations:
        out.append(f"  dòng {c.line}: {c.doc_type or '?'} {c.doc_number or ''} {c.date or c.date_text or ''} {c.issuer or ''}")
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
    return run_cli(_main, argv, "vanban")


def _main(argv: list[str] | None = None) -> int:
    with _ArgparseLanguage(_argv_lang(argv)):
        p = argparse.ArgumentParser(prog="vanban", description="Đọc và phân tích văn bản hành chính tiếng Việt.")
        p.add_argument("--version", action="version", version=f"vanban {__version__}")
        sub = p.add_subparsers(dest="cmd", required=True, title="lệnh",
                               metavar="COMMAND" if _argv_lang(argv) == "en" else "LỆNH")
        pp = sub.add_parser("parse", help="phân tích một văn bản và in kết quả")
        pp.add_argument("file", help="tệp văn bản (.txt, .docx, .doc, .pdf, .md)")
        pp.add_argument("--format", default="json", choices=["json", "text"], help="định dạng (mặc định: json)")
        pp.add_argument("--output", "-o", help="ghi kết quả ra tệp")
        pp.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ thông báo")
        pp.add_argument("--max-size", type=_size_mb, default=50, help="giới hạn kích thước tệp (MB); 0 = không giới hạn")
        pr = sub.add_parser("rule", help="giải thích một quy tắc")
        pr.add_argument("code", help="mã (VB103, E000) hoặc tên quy tắc")
        pr.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ")
        prs = sub.add_parser("rules", help="liệt kê các quy tắc")
        prs.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ")
        pc = sub.add_parser("convert", help="chuyển bảng mã cũ (TCVN3, VNI, VISCII) sang Unicode")
        pc.add_argument("--from", dest="src_enc", default="auto",
                        choices=["auto", "tcvn3", "vni", "viscii", "cp1258", "utf-8"],
                        help="bảng mã của tệp nguồn (mặc định: auto, tự nhận biết)")
        pc.add_argument("--to", dest="dst_enc", default="utf-8", help="bảng mã đích (mặc định: utf-8)")
        pc.add_argument("--force", action="store_true",
                        help="chuyển cả khi tệp không giống bảng mã --from hoặc bảng mã đích làm mất chữ")
        pc.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ thông báo")
        pc.add_argument("input", help="tệp nguồn")
        pc.add_argument("output", help="tệp đích")
        ps = sub.add_parser("schema", help="in JSON Schema của Document")
        ps.add_argument("--output", "-o", help="ghi ra tệp")
        from .table import add_extract_parser

        add_extract_parser(sub)
        if _argv_lang(argv) == "en":
            _english_help(p)
        try:
            args = p.parse_args(argv)
        except SystemExit as e:
            return int(e.code or 0) if e.code in (0, None) else 2
    from .errors import ReadError

    lang = getattr(args, "lang", "vi")
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
            print(scrub_message(e.message(args.lang), args.file, args.lang), file=sys.stderr)
            return 2
        if args.format == "json":
            _out(doc.model_dump_json(indent=2), args.output, lang)
        else:
            _out(_doc_text(doc), args.output, lang)
        return 0
    if args.cmd in ("rule", "rules"):
        return _rule_command(args)
    if args.cmd == "convert":
        return _convert_command(args)
    if args.cmd == "schema":
        from .model import Document

        _out(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2), args.output)
        return 0
    return 2  # pragma: no cover


def _rule_command(args) -> int:
    from .compare import RULES as CROSS_RULES
    from .rules import iter_rules
    from .rules.base import example_display
    from .rules.explain import READ_ERROR_DOC, rationale

    lang = getattr(args, "lang", "vi")
    en = lang == "en"
    rules = list(iter_rules())
    if args.cmd == "rules":
        off = _t(lang, " (mặc định tắt: --enable)", " (off by default: --enable)")
        prev = _t(lang, " (thử nghiệm: --preview)", " (preview: --preview)")
        print(f"{'E000':6s}{'read-error':28s} {'error':8s} {READ_ERROR_DOC['summary_en' if en else 'summary_vi']}")
        for r in rules:
            print(f"{r.code}  {r.name:28s} {r.severity:8s} {r.summary_en if en else r.summary_vi}"
                  f"{'' if r.enabled_by_default else off}{prev if getattr(r, 'preview', False) else ''}")
        for code, (name, sev, vi, en_text) in CROSS_RULES.items():
            print(f"{code}  {name:28s} {sev:8s} {en_text if en else vi} (--compare)")
        return 0
    code = args.code.strip()
    if code.upper() == "E000" or code == "read-error":
        d = READ_ERROR_DOC
        print("E000 read-error [error]\n")
        print(d["summary_en" if en else "summary_vi"] + "\n")
        print(d["en" if en else "vi"])
        return 0
    hit = [r for r in rules if r.code == code.upper() or r.name == code]
    cross = [c for c, v in CROSS_RULES.items() if c == code.upper() or v[0] == code]
    if cross:
        name, sev, vi, en_text = CROSS_RULES[cross[0]]
        print(f"{cross[0]} {name} [{sev}]\n")
        print((en_text if en else vi) + "\n")
        print("Compares reports with each other: runs with `vanban-lint FOLDER --compare` (docs/district.md)."
              if en else "So sánh các báo cáo với nhau: chạy bằng `vanban-lint THƯ_MỤC --compare` (docs/district.md).")
        return 0
    if not hit:
        print(f"vanban: {_t(lang, f'không có quy tắc “{code}” (xem: vanban rules)', f'unknown rule “{code}” (see: vanban rules)')}",
              file=sys.stderr)
        return 2
    r = hit[0]
    off = _t(lang, " (mặc định tắt: bật bằng --enable)", " (off by default: turn on with --enable)")
    prev = _t(lang, " (thử nghiệm: chạy với --preview)", " (preview: runs with --preview)")
    print(f"{r.code} {r.name} [{r.severity}]{'' if r.enabled_by_default else off}"
          f"{prev if getattr(r, 'preview', False) else ''}\n")
    print((r.summary_en if en else r.summary_vi) + "\n")
    print(("Why: " if en else "Căn cứ: ") + rationale(r, lang) + "\n")
    print("Bad:" if en else "Ví dụ sai:")
    for b in r.bad:
        print("    " + example_display(b).replace("\n", "\n    "))
    print("Good:" if en else "Ví dụ đúng:")
    for g in r.good:
        print("    " + example_display(g).replace("\n", "\n    "))
    return 0


def _convert_command(args) -> int:
    """``vanban convert``: detect the source encoding (or check the one given) and refuse a conversion that
    would destroy text (an input that is not in the named encoding, a target that cannot hold Vietnamese)."""
    from .errors import VanbanError
    from .read.plain import convert_file

    lang = getattr(args, "lang", "vi")
    src, dst = Path(args.input), Path(args.output)
    try:
        try:
            same = src.resolve() == dst.resolve()
        except RuntimeError:
            same = False
        if same:
            print("vanban: " + _t(lang, "không ghi đè tệp gốc", "refusing to overwrite the input file"), file=sys.stderr)
            return 2
        if args.src_enc != "auto" and not args.force:
            wrong = _wrong_source_encoding(src, args.src_enc, lang)
            if wrong:
                print(f"vanban: {shown_path(src)}: {wrong}", file=sys.stderr)
                return 2
        convert_file(src, dst, args.src_enc, args.dst_enc, errors="replace" if args.force else "strict")
    except VanbanError as e:  # ReadError, ConvertError (a hard link to the input, an unknown encoding …)
        msg = e.message(lang) if hasattr(e, "message") else str(e)
        if getattr(e, "code", "") == "unencodable":
            msg += _t(lang, "; không chuyển (dùng --force để chấp nhận mất chữ, chữ bị thay bằng “?”)",
                      "; not converted (--force accepts the loss: letters become “?”)")
        print(f"vanban: {safe_text(msg)}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"vanban: {os_error_message(e, None, lang)}", file=sys.stderr)
        return 2
    except ValueError as e:
        print(f"vanban: {shown_path(src)}: {safe_text(str(e))}", file=sys.stderr)
        return 2
    print(f"vanban: {_t(lang, 'đã ghi', 'wrote')} {shown_path(dst)}", file=sys.stderr)
    return 0


_ENC_LABEL = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI", "viscii": "VISCII", "cp1258": "Windows-1258", "utf-8": "UTF-8"}


def _wrong_source_encoding(src: Path, enc: str, lang: str) -> str | None:
    """Why ``src`` is not text in the legacy encoding ``enc`` (None when it may well be)."""
    from .read import legacy

    try:
        with open(src, "rb") as f:
            data = f.read(2_000_000)
    except OSError:
        return None  # convert_file says what is wrong with the file itself
    try:
        as_utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = None
    if enc == "utf-8":
        if as_utf8 is None:
            return _t(lang, "tệp không phải UTF-8 (bỏ --from để tự nhận biết bảng mã)",
                      "the file is not UTF-8 (leave out --from to detect the encoding)")
        return None
    if as_utf8 is not None and legacy.has_unicode_vietnamese(as_utf8):
        return _t(lang, f"tệp đã là Unicode (UTF-8), không phải {_ENC_LABEL.get(enc, enc)}: chuyển nữa sẽ làm hỏng chữ",
                  f"the file is already Unicode (UTF-8), not {_ENC_LABEL.get(enc, enc)}: converting it would garble it")
    glyphs = legacy.bytes_to_glyphs(data)
    found, confidence = legacy.detect(glyphs)
    canon = legacy.canonical_encoding(enc) if enc not in ("cp1258",) else enc
    if found is not None and found != canon and confidence >= 0.5:
        return _t(lang, f"tệp giống bảng mã {_ENC_LABEL.get(found, found)} hơn {_ENC_LABEL.get(enc, enc)} "
                        f"(độ tin cậy {confidence:.0%}); bỏ --from để tự nhận biết, hoặc thêm --force",
                  f"the file looks like {_ENC_LABEL.get(found, found)}, not {_ENC_LABEL.get(enc, enc)} "
                  f"(confidence {confidence:.0%}); leave out --from to detect it, or add --force")
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
