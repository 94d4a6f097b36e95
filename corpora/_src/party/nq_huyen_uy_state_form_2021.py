DOC = dict(
    description="Nghị quyết chuyên đề of the Huyện ủy Tân Kỳ Nam (2021) whose number is written in the state form 'Số: 15/NQ-HU' and whose signature uses 'TM.'; plants system-style-mismatch twice",
    level="huyện ủy",
    report_year=2021,
    habits=["Party document with state-style number and TM.", "nhiệm kỳ 2020 - 2025", "targets to 2025", "I-/II- headings"],
    header=dict(subject="về phát triển nông nghiệp hàng hóa giai đoạn 2021 - 2025"),
    signature=("TM.", "BAN CHẤP HÀNH", "BÍ THƯ", "Phạm Thành Chung"),
    findings=[
        F("system-style-mismatch", "Số: 15/NQ-HU", "a Party document uses the state number form 'Số: 15/NQ-HU' instead of 'Số 15-NQ/HU'"),
        F("system-style-mismatch", "TM. BAN CHẤP HÀNH", "a Party document signs 'TM.' (state form) instead of 'T/M'"),
    ],
    text="""\
ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY TÂN KỲ NAM
*
Số: 15/NQ-HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Kỳ Nam, ngày 26 tháng 8 năm 2021

NGHỊ QUYẾT
về phát triển nông nghiệp hàng hóa giai đoạn 2021 - 2025
-----

Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIX, ⟨nhiệm kỳ 2020 - 2025|term⟩, Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết về phát triển nông nghiệp hàng hóa ⟨giai đoạn 2021 - 2025|period⟩ như sau:

I- MỤC TIÊU ĐẾN NĂM 2025

1. Giá trị sản xuất nông nghiệp tăng bình quân ⟪4,5%⟫/năm.

2. Hình thành ⟪12 vùng⟫ sản xuất hàng hóa tập trung; có ⟪20 sản phẩm OCOP⟫ đạt 3 sao trở lên.

II- NHIỆM VỤ, GIẢI PHÁP

1. Quy hoạch vùng sản xuất cam, chè, bò thịt.

2. Thu hút doanh nghiệp liên kết tiêu thụ sản phẩm.

III- TỔ CHỨC THỰC HIỆN

Ban Thường vụ Huyện ủy chỉ đạo xây dựng chương trình hành động; sơ kết giữa kỳ vào ⟨Quý IV năm 2023|quarter⟩.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các đồng chí Huyện ủy viên,
- Các tổ chức cơ sở đảng,
- Lưu Văn phòng Huyện ủy.

TM. BAN CHẤP HÀNH
BÍ THƯ

Phạm Thành Chung
""",
)
