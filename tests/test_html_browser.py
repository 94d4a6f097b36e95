"""The HTML report in a real browser: Debian's Chromium driven by Playwright.

Skipped when Playwright or a Chromium binary is missing (CI installs them with ``apt-get install chromium``
and ``pip install playwright``; ``playwright install`` is never needed, the system Chromium is used).
Saves a screenshot to tests/artifacts/html_report.png.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import vanban
from vanban.model import Finding
from vanban.report import FileResult, render

sync_api = pytest.importorskip("playwright.sync_api")


def _chromium() -> str | None:
    env = os.environ.get("VANBAN_CHROMIUM")
    candidates = [env] if env else []
    candidates += ["/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

TEXT = """UBND XÃ AN BÌNH
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 03 tháng 11 năm 2023

BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2023

Thực hiện Công văn số 2329/UBND ngày 16/10/2023 của UBND huyện về việc báo cáo <tổng kết> & "đánh giá".
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác khen thưởng
Tặng danh hiệu Lao động tiên tiến cho 41 cá nhân; tặng Giấy khen cho 5 tập thể.
2. Hạn chế
Một số chỉ tiêu chưa đạt.
II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện.
"""

SEVS = ("error", "warning", "info")
CODES = ("ND30-001", "ND30-004", "TDKT-002", "ND30-020")


def _results() -> list[FileResult]:
    """12 documents, 10 findings each on words of the text (4 rule codes, 3 severities), one bad file."""
    doc = vanban.parse(TEXT)
    words = [(i, w) for i, w in enumerate(TEXT.split(" "))]
    offsets = []
    pos = 0
    for _i, w in words:
        offsets.append((pos, pos + len(w)))
        pos += len(w) + 1
    out = []
    for k in range(12):
        fs = []
        for j in range(10):
            s, e = offsets[(k * 5 + j * 3) % len(offsets)]
            line, col = doc.line_col(s)
            end_line, end_col = doc.line_col(e)
            fs.append(Finding(code=CODES[j % 4], name=f"rule-{j % 4}", severity=SEVS[j % 3],
                              message=f'Văn bản {k}, lỗi {j}: <sai> & "cần sửa"', line=line, column=col,
                              end_line=end_line, end_column=end_col, start=s, end=e, text=TEXT[s:e],
                              suggestion="sửa thế này" if j % 2 else None))
        out.append(FileResult(f"van_ban_{k:02d}.txt", doc, fs))
    out.append(FileResult("hong.docx", None, [], error="tệp bị hỏng", error_code="corrupt"))
    return out


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render(_results(), "html"), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _visible_rows(page, table: str) -> int:
    return page.evaluate(f"document.querySelectorAll('#{table} tbody tr:not([hidden])').length")


def test_report_in_chromium(browser, page_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_url)
    page.wait_for_load_state("load")

    total = 12 * 10 + 1
    assert _visible_rows(page, "finding-table") == total
    assert page.text_content("#f-count") == f"Đang hiển thị {total}/{total} phát hiện"

    # severity filter: unchecking "warning" hides exactly the warning rows
    warnings = page.evaluate("document.querySelectorAll('#finding-table tr[data-sev=warning]').length")
    assert warnings == 12 * 3
    page.uncheck("input.f-sev[value=warning]")
    assert _visible_rows(page, "finding-table") == total - warnings
    assert page.evaluate("document.querySelectorAll("
                         "'#finding-table tr[data-sev=warning]:not([hidden])').length") == 0
    assert page.evaluate("Array.from(document.querySelectorAll('#doc-table td[data-n=warning]'))"
                         ".every(td => td.textContent === '0')")
    assert page.evaluate("document.querySelectorAll('li[data-f]:not([hidden])').length") == 12 * 7
    # a highlight covering only warnings is switched off
    assert page.evaluate("Array.from(document.querySelectorAll('mark[data-f]'))"
                         ".filter(m => !m.classList.contains('off')).every(m => !m.classList.contains('s-warning'))")

    # rule filter (with warnings back on): only that code remains; documents without it disappear
    page.check("input.f-sev[value=warning]")
    page.select_option("#f-code", "TDKT-002")
    n_code = page.evaluate("document.querySelectorAll('#finding-table tr[data-code=\"TDKT-002\"]').length")
    assert n_code == 12 * 2
    assert _visible_rows(page, "finding-table") == n_code
    assert page.evaluate("Array.from(document.querySelectorAll('#finding-table tbody tr:not([hidden])'))"
                         ".every(tr => tr.dataset.code === 'TDKT-002')")
    assert _visible_rows(page, "doc-table") == 12  # the unreadable file has no TDKT-002
    page.select_option("#f-code", "")
    assert _visible_rows(page, "finding-table") == total
    assert _visible_rows(page, "doc-table") == 13

    # sorting: clicking "Mã" sorts the findings by code, a second click reverses
    page.click("#finding-table thead th:nth-child(5) button")
    codes = page.evaluate("Array.from(document.querySelectorAll('#finding-table tbody tr'), "
                          "tr => tr.dataset.code)")
    assert codes == sorted(codes)
    page.click("#finding-table thead th:nth-child(5) button")
    codes = page.evaluate("Array.from(document.querySelectorAll('#finding-table tbody tr'), "
                          "tr => tr.dataset.code)")
    assert codes == sorted(codes, reverse=True)
    assert page.get_attribute("#finding-table thead th:nth-child(5)", "aria-sort") == "descending"

    # following a finding opens its document and flashes its highlight; clicking it shows the note
    page.click("#finding-table tbody tr[data-f='5'] a")
    assert page.evaluate("document.getElementById('doc-0').open") is True
    assert page.evaluate("document.querySelector('mark.flash') !== null")
    page.click("mark.flash >> nth=0")
    assert page.is_visible("#note")
    assert 'Văn bản 0, lỗi 5: <sai> & "cần sửa"' in page.text_content("#note-body")
    assert "Gợi ý: sửa thế này" in page.text_content("#note-body")
    page.keyboard.press("Escape")
    assert not page.is_visible("#note")

    # the escaped document text is shown as text, not markup
    assert '<tổng kết> & "đánh giá"' in page.text_content("#doc-0 pre.doctext")

    ARTIFACTS.mkdir(exist_ok=True)
    page.click("#finding-table tbody tr[data-f='5'] a")
    page.screenshot(path=str(ARTIFACTS / "html_report.png"), full_page=False)
    assert (ARTIFACTS / "html_report.png").stat().st_size > 10_000

    assert problems == []
    assert all(u.startswith("file://") for u in requests), requests
    page.close()
