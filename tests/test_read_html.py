"""HTML pages: "Web page" exports and Word's HTML saved under a .doc name by e-office systems."""
from __future__ import annotations

import datetime

import vanban
from vanban.read.dispatch import read_source
from vanban.read.html import html_to_text, looks_like_html

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style>p {margin:0}</style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=VI>
<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ AN PHÚ</p><p>Số: 186/BC-UBND</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p>An Phú, ngày 15 tháng 11 năm 2023</p></td></tr></table>
<p align=center><b>BÁO CÁO</b></p>
<p align=center><b>Kết quả công tác thi đua, khen thưởng
năm 2023</b></p>
<p><b>I. KẾT QUẢ</b></p>
<p>Tổ chức hội nghị ngày 80/02/2023 và triển khai 05 phong trào thi đua:</p>
<p>a) Phong trào thứ nhất;</p><p>b) Phong trào thứ hai;</p><p>c) Phong trào thứ ba.</p>
<p><b>II. PHƯƠNG HƯỚNG</b></p><p>Tiếp tục thực hiện.<script>var x = "<p>80/02/2023</p>";</script></p>
<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- UBND huyện;</p><p>- Lưu: VT.</p></td>
<td><p><b>TM. ỦY BAN NHÂN DÂN</b></p><p><b>CHỦ TỊCH</b></p><p>Nguyễn Văn An</p></td></tr></table>
</body></html>
"""


def test_word_html_under_a_doc_name_is_read_as_its_text(tmp_path):
    p = tmp_path / "bao_cao.doc"
    p.write_text(WORD_HTML, encoding="utf-8")
    src = read_source(p)
    assert src.format == "html" and "<p>" not in src.text and "WordDocument" not in src.text
    assert "Kết quả công tác thi đua, khen thưởng năm 2023" in src.text.split("\n")  # a source break is a space
    assert any("nội dung là trang HTML" in n for n in src.notes)
    doc = vanban.load(p)
    h = doc.header
    assert (h.number, h.symbol, h.date, h.doc_type) == ("186", "BC-UBND", datetime.date(2023, 11, 15), "Báo cáo")
    assert [s.label for s in doc.iter_sections()] == ["I", "II"]
    assert doc.signature.signer == "Nguyễn Văn An" and len(doc.recipients) == 2
    # the findings are the document's, not the markup's (the script's date is not read)
    assert [(f.code, f.text) for f in vanban.lint(doc) if f.severity != "info"] == [
        ("VB101", "80/02/2023"), ("VB301", "05 phong trào thi đua")]


def test_what_counts_as_html():
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("\ufeff  <html>") and looks_like_html("<?xml version='1.0'?>\n<html>")
    assert not looks_like_html("Căn cứ <b>Luật</b> Thi đua, khen thưởng")  # a tag inside text is not a page
    assert html_to_text("<html><body><table><tr><td>1</td><td>Nguyễn Văn A</td></tr></table>"
                        "<p>a<br>b</p></body></html>") == "1\tNguyễn Văn A\n\na\nb\n"


def test_xhtml_comments_and_a_word_table_of_figures(tmp_path):
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><html><body><p>Nội dung</p></body></html>') == "Nội dung\n"
    # many comments before the text are read in one pass (no backtracking over them)
    assert not looks_like_html("<!---->" * 5000 + "X") and not looks_like_html("<!-- -->" * 2000)
    page = ("<html><body><p>Bảng 1. Kinh phí</p><table>"
            "<tr><td><p>STT</p></td><td><p>Nội dung</p></td><td><p>Số tiền (triệu đồng)</p></td></tr>"
            "<tr><td><p>1</p></td><td><p>Chi A</p></td><td><p>10</p></td></tr>"
            "<tr><td><p>2</p></td><td><p>Chi B</p></td><td><p>20</p></td></tr>"
            "<tr><td><p>3</p></td><td><p>Chi C</p></td><td><p>10</p></td></tr>"
            "<tr><td><p></p></td><td><p>Tổng cộng</p></td><td><p>50</p></td></tr></table></body></html>")
    p = tmp_path / "bang.doc"
    p.write_text(page, encoding="utf-8")
    assert "1\tChi A\t10" in read_source(p).text.split("\n")
    assert [(f.code, f.text) for f in vanban.lint(vanban.load(p)) if f.code == "VB305"] == [("VB305", "50")]


def test_page_is_read_as_a_stream_with_the_same_text(monkeypatch):
    """The page is fed to the parser in slices and body's blocks are dropped once walked; the text is the
    same whatever the slice size (here every 7 characters, cutting tags, entities and words)."""
    import vanban.read.html as html_mod

    whole = html_to_text(WORD_HTML)
    monkeypatch.setattr(html_mod, "_FEED", 7)
    assert html_to_text(WORD_HTML) == whole
    assert html_to_text("<p>Ba &amp; Vì</p>tail<br>x <b>y</b>") == "Ba & Vì\ntail\nx y\n"


def test_walked_blocks_are_dropped(monkeypatch):
    """Memory follows the largest block: between two slices body holds at most the block still open."""
    from lxml import etree

    import vanban.read.html as html_mod

    real_parser = etree.HTMLPullParser
    sizes: list[int] = []

    class Spy:
        def __init__(self, *a, **kw):
            self.inner = real_parser(*a, **kw)
            self.body = None

        def feed(self, data):
            if self.body is not None:
                sizes.append(len(self.body))
            self.inner.feed(data)

        def read_events(self):
            for ev in self.inner.read_events():
                self.body = ev[1]
                yield ev

        def close(self):
            return self.inner.close()

    monkeypatch.setattr(etree, "HTMLPullParser", Spy)
    monkeypatch.setattr(html_mod, "_FEED", 200)
    page = "<html><body>" + "".join(f"<p>Đoạn {i} của báo cáo.</p>" for i in range(300)) + "</body></html>"
    assert html_to_text(page).count("\n") == 300
    assert len(sizes) > 20 and max(sizes) <= 1
