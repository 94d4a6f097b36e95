DOC = dict(
    description="Commune report after the merger (xã Phú Thịnh, formed on 01/7/2025 from the former xã Phú An, Thịnh Lộc and Đồng Tâm): villages, households and people per former commune in a Word table, staff, Party cells, first month of the one-stop office; also written as .docx",
    level="xã (after 01/7/2025)",
    report_year=2025,
    docx=True,
    habits=["a commune formed from three former communes", "Word table per former commune with a total row",
            "cán bộ / công chức / không chuyên trách partition", "overlapping traits after 'có'", "citations of the first decisions"],
    header=dict(subject="Tình hình tổ chức, hoạt động của chính quyền địa phương xã Phú Thịnh sau sắp xếp đơn vị hành chính"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thị Kim Oanh"),
    findings=[
        F("total-mismatch", "Toàn xã có 26 thôn, gồm 10 thôn của xã Phú An (cũ)",
          "10 + 7 + 8 = 25 thôn from the three former communes, not 26"),
        F("text-table-mismatch", "xã Thịnh Lộc (cũ) có 1.904 hộ với 7.051 nhân khẩu",
          "the table's row 'Xã Thịnh Lộc (cũ)' gives 7.015 nhân khẩu"),
        F("total-mismatch", "là 86 người, trong đó: cán bộ 21 người",
          "cán bộ 21 + công chức 28 + không chuyên trách 36 = 85, not 86 (complementary categories)"),
        F("rate-mismatch", "đảng viên nữ 412/1.126 đồng chí, chiếm 36,95%",
          "412 / 1.126 = 36,59 %: digits swapped"),
        F("ratio-exceeds", "6.472/6.458 hộ",
          "more households updated than the 6.458 households of the commune"),
        F("count-mismatch", "đã ban hành 04 quyết định về kiện toàn tổ chức bộ máy",
          "04 quyết định announced, three are cited"),
    ],
    non_findings=[
        ("a correct total row (columns of area, households, people)", "\tTổng cộng\t68,42\t6.458\t24.186"),
        ("the area column with decimals adds up: 24,15 + 19,87 + 24,40 = 68,42", "diện tích tự nhiên 68,42 km2"),
        ("overlapping traits of the same 86 people", "có 29 nữ, 61 đảng viên và 07 người dân tộc thiểu số"),
        ("108 − 86 = 22: the change agrees with the figure before the merger", "giảm 22 người so với trước sắp xếp"),
        ("24 + 17 = 41 chi bộ: a correct partition", "41 chi bộ trực thuộc (24 chi bộ thôn"),
        ("868 + 386 = 1.254 and 868 / 1.254 = 69,22 %", "trực tuyến 868 hồ sơ (đạt 69,22%)"),
        ("a text figure that agrees with its table row", "xã Đồng Tâm (cũ) có 2.236 hộ"),
        ("dates and decision numbers next to counts are no counts", "Từ ngày 01/7/2025 đến ngày 31/7/2025"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ THỊNH\tĐộc lập - Tự do - Hạnh phúc
Số: 35/BC-UBND\tPhú Thịnh, ngày 08 tháng 8 năm 2025

BÁO CÁO
Tình hình tổ chức, hoạt động của chính quyền địa phương xã Phú Thịnh sau sắp xếp đơn vị hành chính

Thực hiện ⟦Công văn số 1126/SNV-XDCQ ngày 15/7/2025|iss=Sở Nội vụ⟧ của Sở Nội vụ, Ủy ban nhân dân xã Phú Thịnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Quy mô đơn vị hành chính
Xã Phú Thịnh được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của xã Phú An, xã Thịnh Lộc và xã Đồng Tâm; có diện tích tự nhiên 68,42 km2, quy mô dân số 24.186 người.
Toàn xã có 26 thôn, gồm 10 thôn của xã Phú An (cũ), 7 thôn của xã Thịnh Lộc (cũ) và 8 thôn của xã Đồng Tâm (cũ).
Bảng 1. Diện tích, số hộ, nhân khẩu theo đơn vị hành chính cũ
STT\tĐơn vị (cũ)\tDiện tích (km2)\tSố hộ\tSố nhân khẩu
1\tXã Phú An\t24,15\t2.318\t8.642
2\tXã Thịnh Lộc\t19,87\t1.904\t7.015
3\tXã Đồng Tâm\t24,40\t2.236\t8.529
\tTổng cộng\t68,42\t6.458\t24.186
Trong đó, xã Thịnh Lộc (cũ) có 1.904 hộ với 7.051 nhân khẩu, là đơn vị có quy mô nhỏ nhất.
Khu vực xã Đồng Tâm (cũ) có 2.236 hộ, mật độ dân cư cao nhất xã.
2. Tổ chức bộ máy
Ngay sau khi thành lập, Ủy ban nhân dân xã đã ban hành 04 quyết định về kiện toàn tổ chức bộ máy: ⟦Quyết định số 01/QĐ-UBND ngày 01/7/2025⟧, ⟦Quyết định số 02/QĐ-UBND ngày 01/7/2025⟧ và ⟦Quyết định số 05/QĐ-UBND ngày 03/7/2025⟧.
Tổng số cán bộ, công chức, người hoạt động không chuyên trách của xã sau sắp xếp là 86 người, trong đó: cán bộ 21 người, công chức 28 người, người hoạt động không chuyên trách 36 người.
Trong tổng số 86 người có 29 nữ, 61 đảng viên và 07 người dân tộc thiểu số.
So với tổng số của 03 xã cũ, biên chế giảm 22 người so với trước sắp xếp (108 người).
3. Tổ chức đảng
Đảng bộ xã có 41 chi bộ trực thuộc (24 chi bộ thôn và 17 chi bộ cơ quan, trường học, lực lượng vũ trang) với 1.126 đảng viên.
Số đảng viên nữ 412/1.126 đồng chí, chiếm 36,95%.

II. KẾT QUẢ HOẠT ĐỘNG THÁNG ĐẦU TIÊN
1. Trung tâm Phục vụ hành chính công xã
Từ ngày 01/7/2025 đến ngày 31/7/2025, Trung tâm tiếp nhận 1.254 hồ sơ, trong đó trực tuyến 868 hồ sơ (đạt 69,22%), trực tiếp 386 hồ sơ.
2. Cơ sở dữ liệu
Đã cập nhật thông tin 6.472/6.458 hộ vào cơ sở dữ liệu dân cư của xã.

III. KIẾN NGHỊ
Đề nghị Sở Nội vụ sớm hướng dẫn việc bố trí, sắp xếp số người hoạt động không chuyên trách dôi dư.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Võ Thị Kim Oanh
""",
)
