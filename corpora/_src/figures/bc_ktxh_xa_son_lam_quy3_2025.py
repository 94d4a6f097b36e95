DOC = dict(
    description="Commune báo cáo kinh tế - xã hội Quý III năm 2025 (xã Sơn Lâm, the first quarter after the reform): budget against the yearly estimate, population shares, Markdown tables of the public service centre's files per month and of businesses with a 'Trong đó' sub-row, works listed with a total, intake of pupils closed by 'Tổng cộng:'; also written as .docx",
    level="xã (after 01/7/2025)",
    report_year=2025,
    docx=True,
    habits=["Markdown tables: months in the first column, a 'Cộng Quý III' row; a 'Trong đó:' sub-row not to be added",
            "a share of a total given earlier in the section", "a money list closed by 'Tổng mức đầu tư:'",
            "comparison pair '(8.450/7.290)'", "villages and tổ dân phố of the former thị trấn"],
    header=dict(subject="Tình hình kinh tế - xã hội Quý III, nhiệm vụ trọng tâm Quý IV năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Cao Xuân Trường"),
    findings=[
        F("rate-mismatch", "đạt 101,4% dự toán năm (dự toán 12.240 triệu đồng)",
          "12.375 / 12.240 = 101,1 %, not 101,4 %"),
        F("rate-mismatch", "chiếm 61,1% dân số",
          "11.205 / 18.642 (the population given at the start of the section) = 60,1 %"),
        F("table-total-mismatch", "| **Cộng Quý III** | **4.552** | **3.389** | **4.442** | **74,45** |",
          "column 'Đã giải quyết': 1.358 + 1.497 + 1.569 = 4.424, the total row says 4.442", docx="4.442"),
        F("total-mismatch", "Hỗ trợ 45 hộ bị thiệt hại do mưa lũ, trong đó 28 hộ nghèo và 21 hộ cận nghèo",
          "the parts exceed the total: 28 + 21 = 49 > 45, and a household cannot be both poor and near-poor"),
        F("change-mismatch", "tăng 1.260 lượt (8.450/7.290)",
          "8.450 − 7.290 = 1.160, not 1.260"),
        F("count-mismatch", "tổ chức 02 hội nghị đối thoại với Nhân dân",
          "02 hội nghị announced, three dates and places follow"),
        F("total-mismatch", "Tổng cộng: 963 cháu, em.",
          "312 + 328 + 296 = 936, not 963"),
    ],
    non_findings=[
        ("22 + 09 = 31", "31 thôn, tổ dân phố (22 thôn và 09 tổ dân phố"),
        ("a correct monthly row: 1.016 / 1.412 = 71,95 %; a month in the first column is no figure", "| Tháng 7/2025 | 1.412 | 1.016 | 1.358 | 71,95 |", "71,95"),
        ("the text agrees with the table's total rate", "tỷ lệ hồ sơ trực tuyến cả quý đạt 74,45%"),
        ("a 'Trong đó' sub-row is part of the row above, not a term of the total (46 + 5 + 1.136 = 1.187)", "| | Trong đó: doanh nghiệp thành lập mới | 7 | 64 |", "Trong đó: doanh nghiệp thành lập mới"),
        ("the table's total without the sub-row", "| | **Tổng cộng** | **1.187** | **3.807** |", "1.187"),
        ("3.200 + 1.450 + 980 = 5.630: a correct money list total", "Tổng mức đầu tư: 5.630 triệu đồng."),
        ("one named part (poor households) of those supported", "Hỗ trợ gạo cho 62 hộ, trong đó 15 hộ nghèo"),
        ("an estimate", "khoảng 70% diện tích lúa"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ SƠN LÂM\tĐộc lập - Tự do - Hạnh phúc
Số: 58/BC-UBND\tSơn Lâm, ngày 26 tháng 9 năm 2025

BÁO CÁO
Tình hình kinh tế - xã hội Quý III, nhiệm vụ trọng tâm Quý IV năm 2025

I. TÌNH HÌNH CHUNG
Xã Sơn Lâm có 31 thôn, tổ dân phố (22 thôn và 09 tổ dân phố của thị trấn Sơn Lâm cũ); dân số toàn xã 18.642 người.
Số người trong độ tuổi lao động 11.205 người, chiếm 61,1% dân số.

II. KẾT QUẢ THỰC HIỆN QUÝ III NĂM 2025
1. Kinh tế
Sản xuất vụ Hè Thu thuận lợi, khoảng 70% diện tích lúa đã thu hoạch với năng suất ước đạt 58 tạ/ha.
Thu ngân sách trên địa bàn Quý III ước đạt 4.862 triệu đồng; lũy kế 9 tháng 12.375 triệu đồng, đạt 101,4% dự toán năm (dự toán 12.240 triệu đồng).
Trong quý khởi công mới các công trình:
- Đường giao thông thôn Đông Hà: 3.200 triệu đồng;
- Nhà văn hóa tổ dân phố 3: 1.450 triệu đồng;
- Kênh mương nội đồng thôn Khe Nước: 980 triệu đồng.
Tổng mức đầu tư: 5.630 triệu đồng.
Số lượt khách du lịch đến thác Khe Nước tăng 1.260 lượt (8.450/7.290) so với cùng kỳ.
Các cơ sở sản xuất, kinh doanh trên địa bàn:

| STT | Loại hình | Số cơ sở | Số lao động |
|---|---|---|---|
| 1 | Doanh nghiệp | 46 | 1.285 |
| | Trong đó: doanh nghiệp thành lập mới | 7 | 64 |
| 2 | Hợp tác xã | 5 | 112 |
| 3 | Hộ kinh doanh cá thể | 1.136 | 2.410 |
| | **Tổng cộng** | **1.187** | **3.807** |

2. Trung tâm Phục vụ hành chính công xã

| Tháng | Tiếp nhận | Trực tuyến | Đã giải quyết | Tỷ lệ trực tuyến (%) |
|---|---|---|---|---|
| Tháng 7/2025 | 1.412 | 1.016 | 1.358 | 71,95 |
| Tháng 8/2025 | 1.536 | 1.142 | 1.497 | 74,35 |
| Tháng 9/2025 | 1.604 | 1.231 | 1.569 | 76,75 |
| **Cộng Quý III** | **4.552** | **3.389** | **4.442** | **74,45** |

Như vậy, tỷ lệ hồ sơ trực tuyến cả quý đạt 74,45%, cao hơn mục tiêu tỉnh giao.
3. Văn hóa - xã hội
Kết quả tuyển sinh đầu cấp năm học 2025 - 2026:
- Mầm non 5 tuổi: 312 cháu;
- Lớp 1: 328 em;
- Lớp 6: 296 em.
Tổng cộng: 963 cháu, em.
Hỗ trợ 45 hộ bị thiệt hại do mưa lũ, trong đó 28 hộ nghèo và 21 hộ cận nghèo.
Hỗ trợ gạo cho 62 hộ, trong đó 15 hộ nghèo.
Ủy ban nhân dân xã đã tổ chức 02 hội nghị đối thoại với Nhân dân (ngày 12/8/2025 tại thôn Đông Hà, ngày 20/8/2025 tại tổ dân phố 3 và ngày 05/9/2025 tại thôn Khe Nước).

III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025
Phấn đấu thu ngân sách vượt dự toán; hoàn thành các công trình khởi công mới trước ngày 31/12/2025.

Nơi nhận:
- UBND tỉnh;
- Sở Tài chính;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Cao Xuân Trường
""",
)
