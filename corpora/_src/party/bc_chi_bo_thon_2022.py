DOC = dict(
    description="Báo cáo of Chi bộ thôn Đông Tiến (03-BC/CB) on its 2022 work and self-assessment; T/M CHI BỘ / BÍ THƯ without seal; clean",
    level="chi bộ",
    report_year=2022,
    habits=["chi bộ code CB", "I-/II- headings and '+' bullets", "ratios 38/41 đảng viên", "T/M CHI BỘ"],
    header=dict(subject="kết quả lãnh đạo thực hiện nhiệm vụ năm 2022 và kiểm điểm, đánh giá chất lượng chi bộ"),
    signature=("T/M", "CHI BỘ", "BÍ THƯ", "Trịnh Văn Sáu"),
    non_findings=[
        ("38/41 đảng viên: numerator below denominator", "38/41"),
        ("38 + 3 = 41 đảng viên", "41 đảng viên"),
    ],
    text="""\
ĐẢNG BỘ XÃ ĐÔNG HOÀNG
CHI BỘ THÔN ĐÔNG TIẾN
*
Số 03-BC/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Hoàng, ngày 09 tháng 12 năm 2022

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2022
và kiểm điểm, đánh giá chất lượng chi bộ
-----

I- ĐẶC ĐIỂM TÌNH HÌNH

Chi bộ có ⟪41 đảng viên|b=38,3⟫, trong đó:
+ Đảng viên chính thức: 38;
+ Đảng viên dự bị: 03.
Thôn có ⟪286 hộ⟫, ⟪1.104 nhân khẩu⟫.

II- KẾT QUẢ LÃNH ĐẠO NĂM 2022

1. Kinh tế: Thu nhập bình quân đạt ⟪49,5 triệu đồng/người/năm⟫; làm mới ⟪0,8 km⟫ đường bê tông.

2. Văn hóa - xã hội: ⟪262/286 hộ|u=hộ⟫ đạt danh hiệu “Gia đình văn hóa”.

3. Xây dựng Đảng: ⟪38/41 đảng viên|u=đảng viên⟫ được đánh giá hoàn thành tốt nhiệm vụ trở lên; kết nạp ⟪01 đảng viên⟫ mới.

III- TỰ ĐÁNH GIÁ

Chi bộ tự xếp loại: Hoàn thành tốt nhiệm vụ.

IV- PHƯƠNG HƯỚNG ⟨NĂM 2023|year⟩

Phấn đấu thôn giữ vững danh hiệu “Thôn văn hóa”; chi bộ hoàn thành tốt nhiệm vụ.

Nơi nhận:
- Đảng ủy xã (b/c),
- Lưu Chi bộ.

T/M CHI BỘ
BÍ THƯ

Trịnh Văn Sáu
""",
)
