DOC = dict(
    description="Nghị quyết of Đảng ủy xã Cẩm Bình on leading the tasks of 2024; plants heading-sequence (I-, II-, II-) and a year-mismatch in its review of 2023",
    level="đảng ủy xã",
    report_year=2024,
    habits=["Party nghị quyết", "I-/II- headings with a duplicate", "targets with percentages", "nhiệm kỳ 2020 - 2025"],
    header=dict(subject="về lãnh đạo thực hiện nhiệm vụ chính trị năm 2024"),
    signature=("T/M", "ĐẢNG ỦY", "BÍ THƯ", "Lê Hồng Quân"),
    findings=[
        F("heading-sequence", "II- CÁC CHỈ TIÊU CHỦ YẾU", "two consecutive headings are both numbered II- (the second should be III-)"),
        F("year-mismatch", "hoàn thành 18/20 chỉ tiêu Nghị quyết năm 2022", "the review of 2023 reports the 2022 resolution's targets (text copied from the previous year)"),
    ],
    non_findings=[
        ("term nhiệm kỳ 2020 - 2025 is multi-year", "nhiệm kỳ 2020 - 2025"),
    ],
    text="""\
ĐẢNG BỘ HUYỆN CẨM XUYÊN NAM
ĐẢNG ỦY XÃ CẨM BÌNH
*
Số 15-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Cẩm Bình, ngày 10 tháng 01 năm 2024

NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ chính trị năm 2024
-----

Ngày ⟨05-01-2024|date⟩, Ban Chấp hành Đảng bộ xã họp đánh giá kết quả năm 2023, thảo luận và thống nhất quyết nghị như sau:

I- ĐÁNH GIÁ KẾT QUẢ NĂM 2023

Năm 2023, Đảng bộ đã lãnh đạo hoàn thành 18/20 chỉ tiêu Nghị quyết năm 2022; tổng giá trị sản xuất tăng ⟪7,9%⟫; thu nhập bình quân đầu người đạt ⟪52,4 triệu đồng⟫; kết nạp ⟪09 đảng viên⟫ mới.

II- MỤC TIÊU NĂM 2024

Tiếp tục thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã ⟨nhiệm kỳ 2020 - 2025|term⟩; chuẩn bị tốt các điều kiện tiến tới Đại hội Đảng bộ xã ⟨nhiệm kỳ 2025 - 2030|term⟩.

II- CÁC CHỈ TIÊU CHỦ YẾU

1. Tổng giá trị sản xuất tăng từ ⟪8%⟫ trở lên.

2. Tỷ lệ hộ nghèo giảm còn dưới ⟪2,5%⟫.

3. Kết nạp từ ⟪08 đảng viên⟫ trở lên; ⟪100%⟫ chi bộ hoàn thành nhiệm vụ trở lên.

IV- NHIỆM VỤ, GIẢI PHÁP

1. Tập trung lãnh đạo phát triển kinh tế, xây dựng nông thôn mới nâng cao.

2. Đẩy mạnh thực hiện ⟦Chỉ thị số 05-CT/TW, ngày 15-5-2016|iss=Bộ Chính trị⟧ của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

3. Thực hiện tốt công tác thi đua, khen thưởng; sơ kết ⟨6 tháng đầu năm 2024|half_year⟩ đúng thời gian.

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
BÍ THƯ

Lê Hồng Quân
""",
)
