DOC = dict(
    description="District report on administrative procedures, 6 tháng đầu năm 2025 (huyện Đăk Rơn, before the reform): the district one-stop office's files and a Word table of the communes' files with a total row; also written as .docx",
    level="huyện",
    report_year=2025,
    docx=True,
    habits=["Word table per commune with a column 'Trong đó trực tuyến' and a total row",
            "trực tuyến / trực tiếp và qua bưu chính", "trước hạn / đúng hạn / quá hạn in brackets",
            "counted events with their dates", "overlapping traits of the staff"],
    header=dict(subject="Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2025"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Y Bhim Niê"),
    findings=[
        F("count-mismatch", "điều chỉnh danh mục thủ tục hành chính 04 lần",
          "04 lần announced, three dates follow"),
        F("total-mismatch", "tiếp nhận 8.742 hồ sơ, trong đó tiếp nhận trực tuyến 5.318 hồ sơ",
          "5.318 + 3.442 = 8.760, not 8.742 (trực tuyến / trực tiếp và qua bưu chính is a partition)"),
        F("ratio-exceeds", "8.651/8.605 hồ sơ",
          "more files digitised than the 8.605 files resolved"),
        F("change-mismatch", "tăng 1.236 hồ sơ",
          "5.318 − 4.128 = 1.190, not 1.236"),
        F("table-total-mismatch", "\tTổng cộng\t6.027\t4.000\t5.912\t11",
          "column 'Đã giải quyết': 2.102 + 921 + 1.187 + 680 + 1.031 = 5.921, the total row says 5.912", docx="5.912"),
    ],
    non_findings=[
        ("2.114 + 6.428 + 63 = 8.605 resolved, 8.605 + 137 = 8.742 received", "đã giải quyết 8.605 hồ sơ (trước hạn 2.114 hồ sơ"),
        ("(2.114 + 6.428) / 8.605 = 99,27 %", "đạt 99,27%"),
        ("overlapping traits (women, Party members) of the same 14 people", "14 người, trong đó nữ 9 người, đảng viên 11 người"),
        ("4.000 / 6.027 = 66,37 %", "trong đó trực tuyến 4.000 hồ sơ, đạt 66,37%"),
        ("a correct column of the table (online files): 1.508 + 611 + 784 + 402 + 695 = 4.000", "1\tThị trấn Đăk Rơn\t2.146\t1.508", "1.508"),
        ("a date is no count", "cho các xã mới từ ngày 01/7/2025"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐĂK RƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 236/BC-UBND\tĐăk Rơn, ngày 18 tháng 6 năm 2025

BÁO CÁO
Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2025

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Trong kỳ báo cáo (từ ngày 15/12/2024 đến ngày 14/6/2025), Chủ tịch Ủy ban nhân dân huyện đã điều chỉnh danh mục thủ tục hành chính 04 lần (ngày 15/01/2025, ngày 10/3/2025 và ngày 28/5/2025) để phù hợp với các quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh.
Bộ phận Một cửa huyện hiện có 14 người, trong đó nữ 9 người, đảng viên 11 người.

II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Tại Bộ phận Một cửa huyện
Trong 6 tháng đầu năm 2025, Bộ phận Một cửa huyện tiếp nhận 8.742 hồ sơ, trong đó tiếp nhận trực tuyến 5.318 hồ sơ, tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 3.442 hồ sơ.
Kết quả: đã giải quyết 8.605 hồ sơ (trước hạn 2.114 hồ sơ, đúng hạn 6.428 hồ sơ, quá hạn 63 hồ sơ); đang giải quyết 137 hồ sơ.
Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 99,27%.
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 8.651/8.605 hồ sơ.
So với cùng kỳ năm 2024, số hồ sơ tiếp nhận trực tuyến tăng 1.236 hồ sơ (6 tháng đầu năm 2024 tiếp nhận trực tuyến 4.128 hồ sơ).
2. Tại các xã, thị trấn
Tổng số hồ sơ tiếp nhận tại Bộ phận Một cửa các xã, thị trấn là 6.027 hồ sơ, trong đó trực tuyến 4.000 hồ sơ, đạt 66,37%. Chi tiết như sau:
STT\tĐơn vị\tTổng số hồ sơ tiếp nhận\tTrong đó trực tuyến\tĐã giải quyết\tQuá hạn
1\tThị trấn Đăk Rơn\t2.146\t1.508\t2.102\t3
2\tXã Ia Pết\t934\t611\t921\t0
3\tXã Đăk Sơ\t1.208\t784\t1.187\t5
4\tXã Kon Tiêng\t687\t402\t680\t1
5\tXã Ia Blứ\t1.052\t695\t1.031\t2
\tTổng cộng\t6.027\t4.000\t5.912\t11

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
Chuẩn bị bàn giao hồ sơ, dữ liệu thủ tục hành chính của cấp huyện cho các xã mới từ ngày 01/7/2025.

Nơi nhận:
- UBND tỉnh;
- Văn phòng UBND tỉnh;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Y Bhim Niê
""",
)
