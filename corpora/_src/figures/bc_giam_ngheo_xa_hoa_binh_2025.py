DOC = dict(
    description="Commune report on poverty reduction 2025 (xã Hòa Bình, formed on 01/7/2025): poor and near-poor households with shares and changes, overlapping traits of poor households, causes of poverty with 'khác', preferential loans, housing support against a plan",
    level="xã (after 01/7/2025)",
    report_year=2025,
    habits=["shares of the households given on the first line of the section", "a flow: start − out + new = end",
            "overlapping traits after 'có'", "causes with 'nguyên nhân khác' (a closed list)", "a dash list of projects after a count"],
    header=dict(subject="Kết quả thực hiện công tác giảm nghèo năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đoàn Văn Khải"),
    findings=[
        F("change-mismatch", "hộ cận nghèo giảm 45 hộ",
          "423 − 387 = 36, not 45"),
        F("total-mismatch", "Phân loại 212 hộ nghèo theo nguyên nhân chính",
          "84 + 41 + 52 + 29 + 11 = 217, not 212 (a closed list ending in 'nguyên nhân khác')"),
        F("rate-mismatch", "đạt 108,3% kế hoạch (kế hoạch 25 nhà)",
          "26 / 25 = 104,0 %, not 108,3 %"),
        F("ratio-exceeds", "214/212 hộ nghèo",
          "more households supported than the 212 poor households"),
        F("count-mismatch", "triển khai 05 dự án thành phần",
          "05 dự án announced, four are listed"),
    ],
    non_findings=[
        ("212 / 9.416 = 2,25 % and 387 / 9.416 = 4,11 %", "hộ nghèo 212 hộ, chiếm 2,25%; hộ cận nghèo 387 hộ, chiếm 4,11%"),
        ("308 − 212 = 96", "hộ nghèo giảm 96 hộ (đầu năm 308 hộ)"),
        ("overlapping traits: 118 + 64 + 37 > 212 is no error", "có 118 hộ dân tộc thiểu số, 64 hộ có thành viên là người có công"),
        ("a flow: 308 − 104 + 08 = 212, no partition of anything", "có 104 hộ thoát nghèo, 08 hộ nghèo phát sinh mới"),
        ("74 + 68 + 44 = 186 lượt", "trong đó hộ nghèo 74 lượt, hộ cận nghèo 68 lượt, hộ mới thoát nghèo 44 lượt"),
        ("a target range", "từ 0,8% đến 1%"),
        ("the number of former communes is no part of a total", "03 xã cũ"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 142/BC-UBND\tHòa Bình, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện công tác giảm nghèo năm 2025

I. KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO
1. Kết quả chung
Số liệu đầu năm được tổng hợp từ 03 xã cũ trước sắp xếp.
Cuối năm 2025 toàn xã có 9.416 hộ; hộ nghèo 212 hộ, chiếm 2,25%; hộ cận nghèo 387 hộ, chiếm 4,11%.
So với đầu năm, hộ nghèo giảm 96 hộ (đầu năm 308 hộ).
So với đầu năm, hộ cận nghèo giảm 45 hộ (đầu năm 423 hộ).
Trong năm có 104 hộ thoát nghèo, 08 hộ nghèo phát sinh mới.
2. Đặc điểm hộ nghèo
Trong tổng số 212 hộ nghèo có 118 hộ dân tộc thiểu số, 64 hộ có thành viên là người có công, 37 hộ người cao tuổi sống một mình.
Phân loại 212 hộ nghèo theo nguyên nhân chính: thiếu vốn sản xuất 84 hộ; thiếu đất sản xuất 41 hộ; không có lao động 52 hộ; ốm đau, bệnh nặng 29 hộ; nguyên nhân khác 11 hộ.

II. KẾT QUẢ THỰC HIỆN CÁC CHÍNH SÁCH
1. Chương trình mục tiêu quốc gia giảm nghèo bền vững
Năm 2025, xã triển khai 05 dự án thành phần:
- Dự án hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng;
- Dự án phát triển giáo dục nghề nghiệp, việc làm bền vững;
- Dự án hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo;
- Dự án truyền thông và giảm nghèo về thông tin.
2. Tín dụng ưu đãi
Có 186 lượt hộ được vay vốn ưu đãi với tổng dư nợ 9.740 triệu đồng, trong đó hộ nghèo 74 lượt, hộ cận nghèo 68 lượt, hộ mới thoát nghèo 44 lượt.
3. Hỗ trợ nhà ở, tiền điện
Hỗ trợ xây mới, sửa chữa 26 nhà ở cho hộ nghèo, đạt 108,3% kế hoạch (kế hoạch 25 nhà).
Hỗ trợ tiền điện cho 214/212 hộ nghèo theo quy định.

III. MỤC TIÊU NĂM 2026
Phấn đấu giảm tỷ lệ hộ nghèo từ 0,8% đến 1%; không để hộ đã thoát nghèo tái nghèo.

Nơi nhận:
- Sở Nông nghiệp và Môi trường;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đoàn Văn Khải
""",
)
