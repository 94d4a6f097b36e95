DOC = dict(
    description="District report on security and order, 6 tháng đầu năm 2025 (huyện Lộc Bình, before the reform): changes written with their pair '(87/108)', a Markdown table per commune with a rate column, a Markdown table of administrative fines with group rows I/II",
    level="huyện",
    report_year=2025,
    habits=["'giảm N vụ (a/b)' pairs", "Markdown tables: rate column; group rows I / II with sub-totals and a total",
            "decimal money in triệu đồng", "a commune's figure quoted from the table"],
    header=dict(subject="Kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2025"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Chung"),
    findings=[
        F("change-mismatch", "giảm 07 vụ so với cùng kỳ (26/35)",
          "35 − 26 = 9, not 07"),
        F("text-table-mismatch", "Xã Lộc Thủy xảy ra 19 vụ, đã điều tra làm rõ 17 vụ",
          "the table's row 'Xã Lộc Thủy' gives 18 vụ điều tra làm rõ"),
        F("table-total-mismatch", "| I | Trật tự xã hội | 85 | 93 | 352,5 |",
          "group row I: 18 + 21 + 19 = 58 vụ, the sub-total says 85 (digits swapped)"),
        F("percent-over-100", "chiếm 100,6% tổng số thôn, tổ dân phố",
          "a share of the villages cannot exceed 100 %"),
        F("count-mismatch", "mở 03 lớp tập huấn nghiệp vụ",
          "03 lớp announced, two dates and places follow"),
    ],
    non_findings=[
        ("108 − 87 = 21 and 21 / 108 = 19,44 %", "giảm 21 vụ (87/108), tỷ lệ giảm 19,44%"),
        ("a comparison pair where this year's figure is larger: 19 − 16 = 03, no fraction", "tăng 03 người (19/16)"),
        ("a correct table with a rate column", "| 3 | Xã Lộc Sơn | 17 | 15 | 88,24 |"),
        ("the table's total row: 87 and 80, 80 / 87 = 91,95 %", "| | **Tổng cộng** | **87** | **80** | **91,95** |"),
        ("a correct group row II: 1.108 + 137 = 1.245; 1.236,8 + 625,5 = 1.862,3", "| II | Trật tự an toàn giao thông | 1.245 | 1.245 | 1.862,3 |"),
        ("estimates", "trên 1.200 lượt người"),
        ("women and ethnic minorities among the trainees overlap", "trong đó 46 nữ, 58 người dân tộc thiểu số"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LỘC BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND\tLộc Bình, ngày 17 tháng 6 năm 2025

BÁO CÁO
Kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2025

I. TÌNH HÌNH AN NINH, TRẬT TỰ
1. Tội phạm về trật tự xã hội
Trên địa bàn huyện xảy ra 87 vụ, giảm 21 vụ (87/108), tỷ lệ giảm 19,44% so với cùng kỳ năm 2024. Kết quả điều tra theo địa bàn:

| STT | Đơn vị | Số vụ | Đã điều tra làm rõ | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | Thị trấn Lộc Bình | 24 | 22 | 91,67 |
| 2 | Xã Lộc An | 13 | 12 | 92,31 |
| 3 | Xã Lộc Sơn | 17 | 15 | 88,24 |
| 4 | Xã Lộc Thủy | 19 | 18 | 94,74 |
| 5 | Xã Lộc Điền | 14 | 13 | 92,86 |
| | **Tổng cộng** | **87** | **80** | **91,95** |

Xã Lộc Thủy xảy ra 19 vụ, đã điều tra làm rõ 17 vụ, là địa bàn phức tạp nhất.
2. Tai nạn giao thông
Tai nạn giao thông xảy ra 26 vụ, làm chết 11 người; giảm 07 vụ so với cùng kỳ (26/35).
Số người bị thương do tai nạn giao thông 19 người, tăng 03 người (19/16).
3. Xử lý vi phạm hành chính

| STT | Lĩnh vực | Số vụ | Số đối tượng | Số tiền phạt (triệu đồng) |
|---|---|---|---|---|
| I | Trật tự xã hội | 85 | 93 | 352,5 |
| 1 | Đánh bạc | 18 | 47 | 94,0 |
| 2 | Gây rối trật tự công cộng | 21 | 27 | 158,5 |
| 3 | Vi phạm quy định về cư trú | 19 | 19 | 100,0 |
| II | Trật tự an toàn giao thông | 1.245 | 1.245 | 1.862,3 |
| 1 | Xe mô tô, xe gắn máy | 1.108 | 1.108 | 1.236,8 |
| 2 | Xe ô tô | 137 | 137 | 625,5 |
| | **Tổng cộng** | **1.303** | **1.338** | **2.214,8** |

II. KẾT QUẢ CÔNG TÁC
Công an huyện đã mở 03 lớp tập huấn nghiệp vụ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở (ngày 12/3/2025 tại thị trấn Lộc Bình; ngày 20/5/2025 tại xã Lộc Sơn).
Tổng số học viên 214 người, trong đó 46 nữ, 58 người dân tộc thiểu số.
Tổ chức tuyên truyền pháp luật cho trên 1.200 lượt người tham dự.
Tỷ lệ thôn, tổ dân phố được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự” chiếm 100,6% tổng số thôn, tổ dân phố.

Nơi nhận:
- UBND tỉnh;
- Công an tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hà Văn Chung
""",
)
