DOC = dict(
    description="Giấy mời of UBND xã Thạch Bằng to the mid-year review conference; short and clean",
    level="xã",
    report_year=2024,
    habits=["giấy mời GM-UBND", "time '07 giờ 30 phút, ngày 10/7/2024 (thứ Tư)'", "Kính mời list", "6 tháng đầu năm 2024"],
    header=dict(subject="Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Thị Hải Yến"),
    non_findings=[
        ("a meeting date after the letter date is not a future-dated citation", "ngày 10/7/2024"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ THẠCH BẰNG
Số: 18/GM-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Bằng, ngày 04 tháng 7 năm 2024

GIẤY MỜI
Hội nghị sơ kết công tác 6 tháng đầu năm,
triển khai nhiệm vụ 6 tháng cuối năm 2024

Ủy ban nhân dân xã Thạch Bằng trân trọng kính mời:
- Đại diện lãnh đạo Phòng Nội vụ huyện;
- Thường trực Đảng ủy, Thường trực HĐND xã;
- Chủ tịch UBMTTQVN và người đứng đầu các đoàn thể xã;
- Công chức chuyên môn xã;
- Bí thư chi bộ, Trưởng ⟪08 thôn⟫.

Đến dự Hội nghị sơ kết công tác ⟨6 tháng đầu năm 2024|half_year⟩, triển khai nhiệm vụ ⟨6 tháng cuối năm 2024|half_year⟩.

Thời gian: 07 giờ 30 phút, ⟨ngày 10/7/2024|date⟩ (thứ Tư).
Địa điểm: Hội trường UBND xã.

Văn phòng - Thống kê xã chuẩn bị tài liệu, hội trường. Rất mong các đồng chí đến dự đúng thời gian./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phan Thị Hải Yến
""",
)
