"""Peak memory and time of loading hostile files (and the real originals), each in its own process.

    python bench/bench_memory.py               # all hostile files, then ../shared/corpus/real/originals
    python bench/bench_memory.py --timeout 60  # give up on one file after 60 s (default 180)
    python bench/bench_memory.py --only pdf    # only the cases whose name contains "pdf"

The hostile files are built in a temporary directory (removed at the end):

* ``docx-xml-200mb``: a .docx (about 3 MB) whose ``word/document.xml`` inflates to 200 MB of ordinary
  paragraphs (compression ratio about 75, under the ratio that marks a zip bomb);
* ``docx-paragraph-200mb``: a .docx whose body is one paragraph of 200 MB of text;
* ``pdf-bomb-1mb`` / ``pdf-bomb-2mb``: a one-page PDF whose FlateDecode content stream (1 MB / 2 MB on disk)
  inflates to about 1 GB / 2 GB of blanks after a line of text;
* ``html-45mb`` / ``txt-45mb``: 45 MB of ordinary lines as an HTML page and as plain text (the file limit is 50 MB);
* the same kinds just under the readers' limits (a 12.9 MB ``document.xml``, one 12.9 MB paragraph, a page
  inflating to 15 MB): the most a file that is not refused costs.

Each file is loaded (``vanban.load`` + ``vanban.lint``) in a child process; a measuring process waits for it
and reports ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` (the child's peak resident set size) and the
wall time. The last row loads every real original (.docx, .doc, .pdf) in one child, so its peak is the most
any one of them needed (plus the interpreter and vanban themselves).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORIGINALS = ROOT.parent / "shared" / "corpus" / "real" / "originals"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MB = 1024 * 1024

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_WORDS = ("xã hội thôn bản nhân dân kết quả thực hiện kế hoạch năm công tác cán bộ đảng viên phong trào "
          "thi đua khen thưởng tổ chức hoạt động kinh tế văn hóa giáo dục y tế").split()


def _blocks(n: int, size: int, seed: int) -> list[bytes]:
    """``n`` different blocks of about ``size`` bytes of Vietnamese words: a random sequence of a few blocks
    that fit in deflate's 32 KB window compresses well but not absurdly (ratio about 75)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = []
        length = 0
        while length < size:
            w = rnd.choice(_WORDS) + (f" {rnd.randint(1, 999)}" if rnd.random() < 0.1 else "")
            words.append(w)
            length += len(w.encode()) + 1
        out.append(" ".join(words).encode())
    return out


def _write_docx(path: Path, pieces) -> None:
    """A .docx whose document.xml is the concatenation of ``pieces`` (bytes), streamed into the ZIP."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for piece in pieces:
                fh.write(piece)


def build_docx_xml(path: Path, size: int = 200 * MB) -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
            "<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>").encode()
    tail = b"</w:body></w:document>"
    blocks = [b"<w:p><w:r><w:t>" + b + b"</w:t></w:r></w:p>" for b in _blocks(8, 300, 1)]
    rnd = random.Random(2)

    def pieces():
        yield head
        done = len(head)
        while done < size:
            chunk = b"".join(rnd.choice(blocks) for _ in range(256))
            done += len(chunk)
            yield chunk
        yield tail

    _write_docx(path, pieces())


def build_docx_paragraph(path: Path, size: int = 200 * MB) -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
            "<w:p><w:r><w:t>").encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    blocks = _blocks(8, 2000, 3)
    rnd = random.Random(4)

    def pieces():
        yield head
        done = len(head)
        while done < size:
            chunk = b" ".join(rnd.choice(blocks) for _ in range(64)) + b" "
            done += len(chunk)
            yield chunk
        yield tail

    _write_docx(path, pieces())


def _write_pdf(path: Path, stream: bytes) -> None:
    """A valid one-page PDF whose content stream is ``stream`` (FlateDecode-compressed bytes)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.helpers_docs import one_page_pdf

    path.write_bytes(one_page_pdf(stream))


_LINE = b"BT /F1 12 Tf 72 720 Td (Bao cao ket qua cong tac) Tj ET\n"


def build_pdf_bomb(path: Path, compressed: int) -> None:
    """A line of text, then blanks whose FlateDecode stream is ``compressed`` bytes on disk."""
    z = zlib.compressobj(9)
    parts = [z.compress(_LINE)]
    blank = b" " * MB
    size = 0
    while size < compressed:
        c = z.compress(blank)
        parts.append(c)
        size += len(c)
        if not c:  # zlib buffers: flush now and then to see the real size
            c = z.flush(zlib.Z_FULL_FLUSH)
            parts.append(c)
            size += len(c)
    parts.append(z.flush())
    _write_pdf(path, b"".join(parts))


def build_pdf_blank_page(path: Path, inflated: int) -> None:
    """A bomb's small sibling: a line of text, then blanks, inflating to ``inflated`` bytes in all."""
    _write_pdf(path, zlib.compress(_LINE + b" " * (inflated - len(_LINE)), 9))


def build_big_text(path: Path, html: bool, size: int = 45 * MB) -> None:
    """A 45 MB page of ordinary lines (under the 50 MB file limit): plain text, or one <p> per line."""
    lines = [b" ".join(_blocks(1, 60, k)[0].split()[:12]) for k in range(2000)]
    block = b"".join(b"<p>" + ln + b"</p>" for ln in lines) if html else b"\n".join(lines) + b"\n"
    with open(path, "wb") as fh:
        fh.write(b"<html><body>" if html else b"")
        done = 0
        while done < size:
            fh.write(block)
            done += len(block)
        fh.write(b"</body></html>" if html else b"")


CASES = {
    "docx-xml-200mb": ("xml200.docx", build_docx_xml),
    "docx-paragraph-200mb": ("para200.docx", build_docx_paragraph),
    "pdf-bomb-1mb": ("bomb1.pdf", lambda p: build_pdf_bomb(p, 1 * MB)),
    "pdf-bomb-2mb": ("bomb2.pdf", lambda p: build_pdf_bomb(p, 2 * MB)),
    # just under the limits: read and analysed, the worst a file that is not refused costs
    "docx-xml-12.9mb (under the limit)": ("xml13.docx", lambda p: build_docx_xml(p, 12_900_000)),
    "docx-paragraph-12.9mb (under the limit)": ("para13.docx", lambda p: build_docx_paragraph(p, 12_900_000)),
    "pdf-page-15mb (under the limit)": ("page15.pdf", lambda p: build_pdf_blank_page(p, 15_000_000)),
    "html-45mb": ("big.html", lambda p: build_big_text(p, True)),
    "txt-45mb": ("big.txt", lambda p: build_big_text(p, False)),
}

# --- the child: load and lint, print one line -------------------------------------------------------------


def _load(paths: list[str]) -> None:
    import vanban
    from vanban.errors import ReadError

    for p in paths:
        try:
            doc = vanban.load(p)
            n = len(vanban.lint(doc))
            print(f"ok: {len(doc.text)} chars, {n} findings" + (f", truncated: {doc.truncated}" if getattr(doc, "truncated", None) else ""))
        except ReadError as exc:
            print(f"refused: {exc.message('en')}")


# --- the measurer: one child, its peak RSS ----------------------------------------------------------------


def _measure(paths: list[str], timeout: float) -> None:
    t0 = time.perf_counter()
    cmd = [sys.executable, __file__, "--load", *paths]
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        outcome = (res.stdout.strip().splitlines() or [f"exit {res.returncode}: {res.stderr.strip()[-300:]}"])
        outcome = outcome[-1] if len(paths) == 1 else f"{len(outcome)} files, {sum(o.startswith('ok') for o in outcome)} ok"
        if res.returncode:
            outcome = f"exit {res.returncode}: " + (res.stderr.strip().splitlines() or [""])[-1]
    except subprocess.TimeoutExpired:
        outcome = f"not finished after {timeout:.0f} s (killed)"
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    print(f"{wall:.2f}\t{peak_mb:.0f}\t{outcome}")


def _run_measurer(paths: list[str], timeout: float) -> tuple[str, str, str]:
    res = subprocess.run([sys.executable, __file__, "--measure", "--timeout", str(timeout), *paths],
                         capture_output=True, text=True)
    line = (res.stdout.strip().splitlines() or ["?\t?\t" + res.stderr.strip()[-200:]])[-1]
    wall, peak, outcome = (line.split("\t", 2) + ["", ""])[:3]
    return wall, peak, outcome


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=180.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--load", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.load:
        _load(args.paths)
        return
    if args.measure:
        _measure(args.paths, args.timeout)
        return
    print("| input | size on disk | time (s) | peak RSS (MB) | outcome |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="vanban-bench-mem-") as tmp:
        for name, (fname, build) in CASES.items():
            if args.only not in name:
                continue
            path = Path(tmp) / fname
            build(path)
            wall, peak, outcome = _run_measurer([str(path)], args.timeout)
            print(f"| {name} | {path.stat().st_size / MB:.1f} MB | {wall} | {peak} | {outcome} |", flush=True)
            path.unlink()
    if ORIGINALS.is_dir() and args.only in "originals":
        paths = sorted(str(p) for p in ORIGINALS.iterdir() if p.suffix.lower() in (".docx", ".doc", ".pdf"))
        wall, peak, outcome = _run_measurer(paths, args.timeout * 4)
        size = sum(os.path.getsize(p) for p in paths) / MB
        print(f"| {len(paths)} real originals, one process | {size:.1f} MB in all | {wall} | {peak} | {outcome} |")


if __name__ == "__main__":
    main()
