DOC = dict(
    description="Commune report on the Đông Xuân 2024 - 2025 crop (xã Phước Hưng): a tab-separated table of plan and result per crop with rate, yield and output columns, livestock, comparisons with the previous crop",
    level="xã",
    report_year=2025,
    habits=["tab-separated table with plan / result / rate / yield (tạ/ha) / output columns and a total row",
            "'gồm … và …' closed lists", "comparisons with 'cùng kỳ' in brackets", "crop season named 'vụ Đông Xuân 2024 - 2025'"],
    header=dict(subject="Kết quả sản xuất vụ Đông Xuân 2024 - 2025; kế hoạch sản xuất vụ Hè Thu năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Công Minh"),
    findings=[
        F("text-table-mismatch", "Diện tích lúa gieo cấy 662,5 ha, đạt 101,29% kế hoạch",
          "the table's row 'Lúa' gives 101,92 % (662,5 / 650)"),
        F("change-mismatch", "Diện tích ngô tăng 12 ha so với cùng kỳ",
          "114 − 106 = 8 ha, not 12"),
        F("rate-mismatch", "bằng 104,3% so với vụ Đông Xuân năm trước",
          "4.980,7 / 4.812 = 103,5 %, not 104,3 %"),
        F("total-mismatch", "Tổng đàn gia súc 3.330 con",
          "trâu 286 + bò 1.148 + lợn 1.896 + dê 164 = 3.494 con: the goats were left out of the total"),
        F("percent-over-100", "chiếm 103,4% diện tích gieo cấy",
          "a share of the sown area cannot exceed 100 %"),
        F("count-mismatch", "Xây dựng 02 cánh đồng mẫu lớn",
          "02 fields announced, three villages named"),
    ],
    non_findings=[
        ("a correct table with rate and yield columns (rates, yields and outputs are not added)", "1\tLúa\t650\t662,5\t101,92\t65,2\t4.319,5"),
        ("the total row of the table: 650 + 120 + 45 + 85 = 900; 662,5 + 114 + 48,3 + 91,2 = 916", "\tTổng cộng\t900\t916,0\t101,78"),
        ("776,5 + 139,5 = 916: a correct partition into two groups", "trong đó cây lương thực 776,5 ha, cây công nghiệp ngắn ngày và rau màu 139,5 ha"),
        ("686 − 662,5 = 23,5 ha", "giảm 23,5 ha so với vụ Đông Xuân 2023 - 2024 (686 ha)"),
        ("an estimate", "ước đạt trên 65 tạ/ha"),
        ("a ratio within its total", "đã có 6/8 thôn hoàn thành thu hoạch"),
        ("a range of days", "từ 5 đến 7 ngày"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHƯỚC HƯNG\tĐộc lập - Tự do - Hạnh phúc
Số: 74/BC-UBND\tPhước Hưng, ngày 15 tháng 5 năm 2025

BÁO CÁO
Kết quả sản xuất vụ Đông Xuân 2024 - 2025; kế hoạch sản xuất vụ Hè Thu năm 2025

I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG XUÂN 2024 - 2025
1. Trồng trọt
Tổng diện tích gieo trồng 916 ha, trong đó cây lương thực 776,5 ha, cây công nghiệp ngắn ngày và rau màu 139,5 ha.
Kết quả cụ thể như sau:
STT\tCây trồng\tKế hoạch (ha)\tThực hiện (ha)\tTỷ lệ (%)\tNăng suất (tạ/ha)\tSản lượng (tấn)
1\tLúa\t650\t662,5\t101,92\t65,2\t4.319,5
2\tNgô\t120\t114\t95,00\t58,0\t661,2
3\tLạc\t45\t48,3\t107,33\t24,5\t118,3
4\tRau các loại\t85\t91,2\t107,29\t180,0\t1.641,6
\tTổng cộng\t900\t916,0\t101,78\t\t
Diện tích lúa gieo cấy 662,5 ha, đạt 101,29% kế hoạch.
So sánh, diện tích lúa giảm 23,5 ha so với vụ Đông Xuân 2023 - 2024 (686 ha) do chuyển đổi sang trồng rau.
Diện tích ngô tăng 12 ha so với cùng kỳ (cùng kỳ 106 ha).
Năng suất lúa ước đạt trên 65 tạ/ha; đến ngày báo cáo đã có 6/8 thôn hoàn thành thu hoạch.
Sản lượng lương thực có hạt (lúa, ngô) đạt 4.980,7 tấn, bằng 104,3% so với vụ Đông Xuân năm trước (4.812 tấn).
Diện tích lúa sử dụng giống xác nhận 685 ha, chiếm 103,4% diện tích gieo cấy.
Xây dựng 02 cánh đồng mẫu lớn tại thôn Phước Lộc, thôn Phước Hòa và thôn An Xuân.
2. Chăn nuôi
Tổng đàn gia súc 3.330 con, gồm: trâu 286 con, bò 1.148 con, lợn 1.896 con và dê 164 con.

II. KẾ HOẠCH VỤ HÈ THU NĂM 2025
Gieo sạ tập trung, dứt điểm trong thời gian từ 5 đến 7 ngày theo lịch thời vụ; diện tích lúa kế hoạch 640 ha.

Nơi nhận:
- Phòng Nông nghiệp và Môi trường huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đặng Công Minh
""",
)
