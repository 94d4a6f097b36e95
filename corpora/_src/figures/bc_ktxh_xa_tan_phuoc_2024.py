DOC = dict(
    description="Commune báo cáo kinh tế - xã hội năm 2024 (xã Tân Phước, before the reform): crops, livestock, budget, schools, population, poverty, security; the figures a district officer adds up by hand",
    level="xã",
    report_year=2024,
    habits=["header rows joined by tabs", "a) b) c) inside 1. 2. 3.", "inline 'gồm' and parenthesised partitions",
            "plan figure in brackets after the rate", "previous year's figure in brackets after the change"],
    header=dict(subject="Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024; mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Văn Thạnh"),
    findings=[
        F("total-mismatch", "Tổng diện tích gieo trồng cả năm 1.486,5 ha",
          "gồm lúa 1.120 + ngô 214,5 + rau màu và cây khác 142 = 1.476,5 ha, not 1.486,5 (a closed list: 'gồm', 'khác')"),
        F("rate-mismatch", "bằng 103,2% kế hoạch",
          "7.412 / 7.250 = 102,23 %: written 103,2 % instead of 102,2 %"),
        F("change-mismatch", "tăng 520 con so với năm 2023",
          "6.840 − 6.230 = 610 con, not 520 (the previous figure is in the same sentence)"),
        F("percent-over-100", "tỷ lệ bao phủ bảo hiểm y tế đạt 100,6%",
          "a share of the population covered cannot exceed 100 % (people insured elsewhere counted in)"),
        F("rate-mismatch", "Hộ cận nghèo 104 hộ, chiếm 3,15%",
          "104 / 2.968 hộ (given two paragraphs above, same section) = 3,50 %, not 3,15 %"),
        F("count-mismatch", "Tổ chức 03 đợt cao điểm tấn công, trấn áp tội phạm",
          "03 đợt announced, two are named (đợt 1, đợt 2)"),
    ],
    non_findings=[
        ("a change with no previous figure in the text", "tăng 1,3 tạ/ha so với năm 2023"),
        ("an estimate ('ước khoảng', 'trên') is not checked", "ước khoảng 48.000 con"),
        ("326 − 308 = 18: the change agrees with the previous figure", "tăng 18 hộ so với năm 2023"),
        ("8.236 / 7.327 = 112,41 %: the rate rounds correctly", "đạt 112,4% dự toán huyện giao"),
        ("one named part of a total (investment spending) is no partition", "trong đó chi đầu tư phát triển 3.150 triệu đồng"),
        ("ratios within their totals", "có 7/9 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu"),
        ("01 + 02 + 01 = 04 trường: a correct parenthesised partition", "04 trường (01 trường mầm non"),
        ("women are a subset of the population", "trong đó nữ 5.706 người"),
        ("workers sent abroad are a subset of those given jobs", "trong đó đi làm việc ở nước ngoài theo hợp đồng 27 người"),
        ("58 / 2.968 = 1,95 % and 79 − 58 = 21: rate and change both right", "chiếm 1,95% tổng số hộ"),
        ("a change with no previous figure", "giảm 03 vụ so với năm 2023"),
        ("17 đạt + 01 chưa đạt = 18 chỉ tiêu", "đạt và vượt 17/18 chỉ tiêu"),
        ("a range of targets", "từ 1.480 ha đến 1.500 ha"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN PHƯỚC\tĐộc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND\tTân Phước, ngày 12 tháng 12 năm 2024

BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024; mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2025

Thực hiện ⟦Nghị quyết số 18/NQ-HĐND ngày 20/12/2023|iss=Hội đồng nhân dân xã⟧ của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2024, Ủy ban nhân dân xã báo cáo kết quả thực hiện như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

1. Lĩnh vực kinh tế
a) Sản xuất nông nghiệp
Tổng diện tích gieo trồng cả năm 1.486,5 ha, gồm: lúa 2 vụ 1.120 ha, ngô 214,5 ha, rau màu và cây trồng khác 142 ha.
Sản lượng lương thực có hạt đạt 7.412 tấn, bằng 103,2% kế hoạch (kế hoạch 7.250 tấn).
Năng suất lúa bình quân cả năm đạt 61,8 tạ/ha, tăng 1,3 tạ/ha so với năm 2023.
b) Chăn nuôi
Tổng đàn lợn hiện có 6.840 con, tăng 520 con so với năm 2023 (năm 2023 là 6.230 con); đàn trâu, bò 1.215 con.
Đàn gia cầm ước khoảng 48.000 con, tăng trên 5.000 con so với cùng kỳ; tiêm phòng vắc xin lở mồm long móng đợt 1 và đợt 2 đạt yêu cầu.
c) Thương mại, dịch vụ, tiểu thủ công nghiệp
Toàn xã có 326 hộ kinh doanh cá thể, tăng 18 hộ so với năm 2023 (năm 2023 có 308 hộ); 14 doanh nghiệp và 02 hợp tác xã đang hoạt động ổn định.
d) Tài chính - ngân sách
Tổng thu ngân sách nhà nước trên địa bàn 8.236 triệu đồng, đạt 112,4% dự toán huyện giao (7.327 triệu đồng).
Tổng chi ngân sách xã 10.412 triệu đồng, trong đó chi đầu tư phát triển 3.150 triệu đồng.
đ) Xây dựng nông thôn mới
Xã tiếp tục duy trì 19/19 tiêu chí xã nông thôn mới nâng cao; đến nay có 7/9 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.

2. Lĩnh vực văn hóa - xã hội
a) Giáo dục
Toàn xã có 04 trường (01 trường mầm non, 02 trường tiểu học và 01 trường trung học cơ sở) với 1.932 học sinh; 100% học sinh lớp 5 hoàn thành chương trình tiểu học.
b) Y tế - dân số
Dân số toàn xã 11.245 người với 2.968 hộ, trong đó nữ 5.706 người.
Số người tham gia bảo hiểm y tế 11.312 người, tỷ lệ bao phủ bảo hiểm y tế đạt 100,6% dân số.
c) Lao động - việc làm
Giải quyết việc làm mới cho 236 lao động, trong đó đi làm việc ở nước ngoài theo hợp đồng 27 người.
d) Giảm nghèo, an sinh xã hội
Hộ nghèo cuối năm còn 58 hộ, chiếm 1,95% tổng số hộ, giảm 21 hộ so với đầu năm (đầu năm có 79 hộ).
Hộ cận nghèo 104 hộ, chiếm 3,15%; đã cấp thẻ bảo hiểm y tế cho toàn bộ người thuộc hộ nghèo, hộ cận nghèo.

3. Quốc phòng - an ninh
Giao đủ 16/16 thanh niên nhập ngũ, đạt 100% chỉ tiêu huyện giao.
Tổ chức 03 đợt cao điểm tấn công, trấn áp tội phạm (đợt 1 từ ngày 01/02/2024 đến ngày 29/02/2024, đợt 2 từ ngày 15/8/2024 đến ngày 15/9/2024).
Trong năm xảy ra 07 vụ vi phạm trật tự an toàn xã hội, giảm 03 vụ so với năm 2023; đã giải quyết dứt điểm 07/07 vụ.

II. ĐÁNH GIÁ CHUNG
Năm 2024, xã đạt và vượt 17/18 chỉ tiêu Nghị quyết Hội đồng nhân dân xã giao; 01 chỉ tiêu chưa đạt là thu nhập bình quân đầu người.

III. MỤC TIÊU, NHIỆM VỤ NĂM 2025
1. Phấn đấu tổng diện tích gieo trồng cả năm từ 1.480 ha đến 1.500 ha; sản lượng lương thực trên 7.300 tấn.
2. Giảm tỷ lệ hộ nghèo xuống dưới 1,5%; giải quyết việc làm mới cho khoảng 240 lao động.
3. Giữ vững an ninh chính trị, trật tự an toàn xã hội; hoàn thành 100% chỉ tiêu giao quân năm 2025.

Nơi nhận:
- UBND huyện;
- Phòng Tài chính - Kế hoạch huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phan Văn Thạnh
""",
)
