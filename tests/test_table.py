"""Batch extraction to tables (vanban.table): rows, CSV/XLSX/JSONL files, the CLI entry point."""
from __future__ import annotations

import argparse
import csv
import datetime
import json
from pathlib import Path

import pytest

import vanban
from vanban.table import (
    COLUMNS,
    add_extract_parser,
    document_rows,
    extract_table,
    headers,
    issuer_key,
    locality,
    write_csv,
    write_xlsx,
)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seeds" / "000_44e8fb1d2ab52291.txt"
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="shared seed not available")

COMMUNE_REPORT = """ỦY BAN NHÂN DÂN
XÃ HÒA LẠC

Số: 12/BC-UBND

Hòa Lạc, ngày 05 tháng 12 năm 2023

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2023

I. KẾT QUẢ

Năm 2023 các tập thể và cá nhân đăng ký thi đua như sau:

- Lao động tiên tiến: 35 cá nhân.
- Chiến sĩ thi đua cơ sở: 03 cá nhân.

Tặng danh hiệu Lao động tiên tiến năm 2022 cho 30 cá nhân tại Quyết định số 05/QĐ-UBND ngày 06/01/2023 của UBND xã.

Thực hiện Công văn số 150/UBND ngày 10/11/2023 của UBND huyện Thạch Thất về việc báo cáo công tác thi đua.
"""


def _parser():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd")
    add_extract_parser(sub)
    return p


def _read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# -- locality -----------------------------------------------------------------------------------------


def test_locality_from_header_and_parent():
    doc = vanban.parse("ĐẢNG BỘ HUYỆN YÊN THÀNH\nĐẢNG ỦY XÃ YÊN THÀNH ĐÔNG\n*\nSố 87-BC/ĐU\n\nBÁO CÁO\nSơ kết 6 tháng\n")
    loc = locality(doc)
    assert loc.issuer == "Đảng ủy xã Yên Thành Đông"
    assert loc.parent_body == "Đảng bộ huyện Yên Thành"
    assert (loc.commune, loc.district, loc.province) == ("Yên Thành Đông", "Yên Thành", None)
    assert loc.key == "đảng ủy xã yên thành đông < đảng bộ huyện yên thành"


def test_locality_ignores_national_title_and_province_level():
    doc = vanban.parse("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 329/BC-UBND\tLâm Đồng, ngày 02 tháng 12 năm 2025\n\nBÁO CÁO\nCông tác năm 2025\n")
    loc = locality(doc)
    assert loc.commune is None  # "CỘNG HÒA XÃ HỘI" is not a commune called "Hội"
    assert loc.province == "Lâm Đồng"
    assert loc.key == "ubnd tỉnh lâm đồng"


def test_issuer_key_normalises_spelling_variants():
    assert issuer_key("UỶ BAN NHÂN DÂN XÃ HOÀ BÌNH") == issuer_key("UBND xã Hòa Bình") == "ubnd xã hòa bình"
    assert issuer_key("ĐẢNG BỘ XÃ ĐÔNG HOÀNG") == "đảng bộ xã đông hoàng"  # "hoàng" is not old-style "hoà"+ng
    assert issuer_key(None) is None


# -- rows ----------------------------------------------------------------------------------------------


def test_document_rows_written_report():
    doc = vanban.parse(COMMUNE_REPORT, path="hoa_lac.txt")
    rows = document_rows(doc, vanban.lint(doc))
    d = rows["documents"][0]
    assert d["file"] == "hoa_lac.txt"
    assert d["issuer"] == "Ủy ban nhân dân xã Hòa Lạc"
    assert d["commune"] == "Hòa Lạc"
    assert (d["number"], d["symbol"], d["date"], d["doc_type"]) == ("12", "BC-UBND", datetime.date(2023, 12, 5), "Báo cáo")
    assert d["report_year"] == 2023 and d["period"] == "năm 2023"
    assert d["ldtt_registered"] == 35 and d["cstdcs_registered"] == 3 and d["ldtt_awarded"] == 30
    assert d["ttldtt_registered"] is None  # not mentioned: empty, not 0
    assert d["errors"] + d["warnings"] + d["infos"] == len(rows["findings"])
    refs = {c["reference"]: c for c in rows["citations"]}
    assert refs["150/UBND"]["date"] == datetime.date(2023, 11, 10)
    assert refs["150/UBND"]["file"] == "hoa_lac.txt"
    awarded = [a for a in rows["awards"] if a["status"] == "được tặng"]
    assert awarded[0]["decision"] == "05/QĐ-UBND" and awarded[0]["count"] == 30 and awarded[0]["year"] == 2022


def test_text_layer_column_names_what_keeps_a_file_from_being_checked():
    from vanban.read.legacy import from_unicode

    ok = vanban.parse(COMMUNE_REPORT, path="hoa_lac.txt")
    assert document_rows(ok, vanban.lint(ok))["documents"][0]["text_layer"] is None
    legacy = vanban.parse(from_unicode(COMMUNE_REPORT, "vni"), path="hoa_lac_vni.txt")
    row = document_rows(legacy, vanban.lint(legacy))["documents"][0]
    assert row["text_layer"] == "legacy-font:vni" and row["errors"] == 1 and row["warnings"] == 0
    assert headers("documents", "vi")[-2:] == ["Lớp chữ", "Lỗi đọc tệp"]


def test_unreadable_file_gives_a_row_with_the_error(tmp_path):
    empty = tmp_path / "trong.txt"
    empty.write_bytes(b"")
    t = extract_table([empty], as_pandas=False)
    assert len(t["documents"]) == 1
    assert t["documents"][0]["read_error"]
    assert t["findings"][0]["code"] == "E000"


def test_extract_table_lists_without_pandas(tmp_path):
    (tmp_path / "a.txt").write_text(COMMUNE_REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(COMMUNE_REPORT.replace("HÒA LẠC", "BÌNH YÊN").replace("Hòa Lạc", "Bình Yên"),
                                    encoding="utf-8")
    t = extract_table([tmp_path], as_pandas=False, lint=False)
    assert [Path(r["file"]).name for r in t["documents"]] == ["a.txt", "b.txt"]
    assert [r["commune"] for r in t["documents"]] == ["Hòa Lạc", "Bình Yên"]
    assert t["findings"] == []  # lint=False
    assert {r["file"] for r in t["citations"]} == {str(tmp_path / "a.txt"), str(tmp_path / "b.txt")}


def test_extract_table_dataframes(tmp_path):
    pd = pytest.importorskip("pandas")
    (tmp_path / "a.txt").write_text(COMMUNE_REPORT, encoding="utf-8")
    t = extract_table([tmp_path / "a.txt"], headers="vi")
    assert isinstance(t["documents"], pd.DataFrame)
    assert list(t["documents"].columns) == headers("documents", "vi")
    assert int(t["documents"].loc[0, "LĐTT đăng ký"]) == 35


# -- files ---------------------------------------------------------------------------------------------


def test_csv_guards_formulas(tmp_path):
    bundle = {"documents": [{"file": "=HYPERLINK(1)", "subject": "- gạch đầu dòng", "ldtt_registered": 5}],
              "citations": [], "awards": [], "findings": []}
    paths = write_csv([bundle], str(tmp_path / "out"))
    rows = _read_csv(paths["documents"])
    assert rows[0]["Tệp"] == "'=HYPERLINK(1)"
    assert rows[0]["Trích yếu"] == "'- gạch đầu dòng"
    assert rows[0]["LĐTT đăng ký"] == "5"


def test_xlsx_strings_are_never_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    bundle = {"documents": [{"file": "=1+2", "ldtt_registered": 7}], "citations": [], "awards": [], "findings": []}
    path = write_xlsx([bundle], str(tmp_path / "out"))
    assert path.name == "out.xlsx"
    ws = openpyxl.load_workbook(path)["Văn bản"]
    assert ws["A2"].value == "=1+2" and ws["A2"].data_type == "s"
    col = headers("documents", "vi").index("LĐTT đăng ký") + 1
    assert ws.cell(row=2, column=col).value == 7


@needs_seed
def test_seed_csv_contains_gold_figures(tmp_path):
    args = _parser().parse_args(["extract", str(SEED), "--format", "csv", "--output", str(tmp_path / "tk"),
                                 "--no-progress", "-j", "1"])
    assert args.func(args) == 0
    docs = _read_csv(tmp_path / "tk_documents.csv")
    assert len(docs) == 1
    d = docs[0]
    assert d["Tệp"] == str(SEED)
    assert d["Cơ quan ban hành"] == "UBND xã Ba Vì" and d["Xã/phường"] == "Ba Vì"
    assert (d["Ký hiệu"], d["Ngày ban hành"], d["Loại văn bản"], d["Năm báo cáo"]) == ("BC-UBND", "2023-11-03", "Báo cáo", "2023")
    assert (d["LĐTT đăng ký"], d["CSTĐCS đăng ký"], d["TTLĐTT đăng ký"]) == ("41", "1", "1")
    assert d["LĐTT được tặng"] == "28"
    assert d["Bằng khen đăng ký"] == "1"
    awards = _read_csv(tmp_path / "tk_awards.csv")
    ldtt = [a for a in awards if a["Danh hiệu/hình thức"] == "Lao động tiên tiến" and a["Tình trạng"] == "được tặng"]
    assert len(ldtt) == 1
    assert (ldtt[0]["Số lượng"], ldtt[0]["Năm"], ldtt[0]["Quyết định"], ldtt[0]["Ngày quyết định"]) == (
        "28", "2022", "01/QĐ-UBND", "2023-01-04")
    gk = [a for a in awards if a["Quyết định"] == "02/QĐ-UBND"][0]
    assert (gk["Tập thể"], gk["Cá nhân"], gk["Số lượng"]) == ("6", "12", "18")
    cits = _read_csv(tmp_path / "tk_citations.csv")
    c = [r for r in cits if r["Số, ký hiệu"] == "2329/UBND"][0]
    assert c["Ngày"] == "2023-10-16" and c["Cơ quan ban hành"] == "UBND huyện Ba Tơ"
    findings = _read_csv(tmp_path / "tk_findings.csv")
    assert int(d["Lỗi"]) + int(d["Cảnh báo"]) + int(d["Thông tin"]) == len(findings)
    assert all(f["Tệp"] == str(SEED) for f in findings)


@needs_seed
def test_seed_xlsx_layout_and_gold_figures(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "tong_hop.xlsx"
    args = _parser().parse_args(["extract", str(SEED), "--format", "xlsx", "-o", str(out), "--no-progress", "-j", "1"])
    assert args.func(args) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Văn bản", "Viện dẫn", "Khen thưởng", "Phát hiện"]
    ws = wb["Văn bản"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(COLUMNS['documents']))}2"
    assert ws.column_dimensions["A"].width == 36
    assert ws["A1"].font.bold
    head = [c.value for c in ws[1]]
    row = dict(zip(head, [c.value for c in ws[2]]))
    assert (row["LĐTT đăng ký"], row["CSTĐCS đăng ký"], row["TTLĐTT đăng ký"], row["LĐTT được tặng"]) == (41, 1, 1, 28)
    aw = wb["Khen thưởng"]
    ah = [c.value for c in aw[1]]
    arows = [dict(zip(ah, [c.value for c in r])) for r in aw.iter_rows(min_row=2)]
    assert any(r["Quyết định"] == "01/QĐ-UBND" and r["Số lượng"] == 28 and r["Năm"] == 2022 for r in arows)
    assert wb["Khen thưởng"].auto_filter.ref.endswith(str(len(arows) + 1))


@needs_seed
def test_seed_jsonl_files(tmp_path):
    args = _parser().parse_args(["extract", str(SEED), "--format", "jsonl", "-o", str(tmp_path / "x"), "--no-progress"])
    assert args.func(args) == 0
    docs = [json.loads(line) for line in (tmp_path / "x_documents.jsonl").read_text("utf-8").splitlines()]
    assert docs[0]["ldtt_registered"] == 41 and docs[0]["ldtt_awarded"] == 28


def test_cli_needs_output_for_csv(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(COMMUNE_REPORT, encoding="utf-8")
    args = _parser().parse_args(["extract", str(tmp_path / "a.txt"), "--format", "csv"])
    assert args.func(args) == 2
    assert "--output" in capsys.readouterr().err


def test_cli_jsonl_to_stdout(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(COMMUNE_REPORT, encoding="utf-8")
    args = _parser().parse_args(["extract", str(tmp_path / "a.txt"), "--format", "jsonl", "--no-lint"])
    assert args.func(args) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[0]["table"] == "documents" and lines[0]["commune"] == "Hòa Lạc"
    assert {x["table"] for x in lines} == {"documents", "citations", "awards"}


def test_parallel_rows_come_in_path_order(tmp_path):
    names = ["d.txt", "a.txt", "c.txt", "b.txt", "e.txt"]
    for i, n in enumerate(names):
        (tmp_path / n).write_text(COMMUNE_REPORT.replace("Số: 12/BC-UBND", f"Số: {i + 1}/BC-UBND"), encoding="utf-8")
    t = extract_table([tmp_path / n for n in names], jobs=2, as_pandas=False, lint=False)
    # like vanban-lint, files are sorted by folder and name; worker processes do not reorder them
    assert [Path(r["file"]).name for r in t["documents"]] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    assert [r["number"] for r in t["documents"]] == ["2", "4", "3", "1", "5"]
    assert list(dict.fromkeys(Path(r["file"]).name for r in t["citations"])) == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]


def test_awards_table_shows_the_rows_of_the_attached_list(tmp_path):
    from vanban.table import document_rows

    text = ("Số: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc tặng Giấy khen\n"
            "Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 01 tập thể và 02 cá nhân có thành tích.\n"
            "Điều 2. Văn phòng xã thi hành Quyết định này./.\n\nDANH SÁCH KHEN THƯỞNG\n"
            "1\tĐoàn Thanh niên xã\tTập thể\n2\tÔng Nguyễn Văn Lực\tCông chức\n")
    rows = document_rows(vanban.parse(text), file="qd.txt")["awards"]
    assert [(r["name"], r["count"], r["listed"]) for r in rows] == [("Giấy khen", 3, 2)]
