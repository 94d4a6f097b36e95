DOC = dict(
    description="Party công văn of the Ban Thường vụ Huyện ủy Hương Sơn Hạ (CV/HU, 2020) with 'về việc …' under the number instead of 'V/v'; clean",
    level="huyện ủy",
    report_year=2020,
    habits=["Party công văn 'Số 357-CV/HU'", "trích yếu 'về việc …' in lower case", "Kính gửi list", "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG"],
    header=dict(subject="về việc chuẩn bị báo cáo tổng kết công tác thi đua, khen thưởng nhiệm kỳ 2015 - 2020"),
    signature=("T/L", "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Nguyễn Đình Phú"),
    non_findings=[
        ("'CV' type code is correct in a Party công văn", "357-CV/HU"),
    ],
    text="""\
HUYỆN ỦY HƯƠNG SƠN HẠ
*
Số 357-CV/HU
về việc chuẩn bị báo cáo tổng kết công tác
thi đua, khen thưởng nhiệm kỳ 2015 - 2020
ĐẢNG CỘNG SẢN VIỆT NAM
Hương Sơn Hạ, ngày 06 tháng 4 năm 2020

Kính gửi:
- Các đảng ủy, chi bộ cơ sở trực thuộc,
- Ban cán sự đảng UBND huyện.

Để chuẩn bị nội dung trình Đại hội Đảng bộ huyện lần thứ XXIX, ⟨nhiệm kỳ 2020 - 2025|term⟩, thực hiện ⟦Công văn số 1426-CV/VPTU, ngày 24/3/2020|iss=Văn phòng Tỉnh ủy⟧ của Văn phòng Tỉnh ủy, Ban Thường vụ Huyện ủy đề nghị các đảng ủy, chi bộ cơ sở và Ban cán sự đảng UBND huyện:

«L»1. Báo cáo tổng kết công tác thi đua, khen thưởng ⟨nhiệm kỳ 2015 - 2020|term⟩, trong đó nêu rõ kết quả thực hiện ⟦Chỉ thị số 34-CT/TW, ngày 07/4/2014|iss=Bộ Chính trị⟧ của Bộ Chính trị.

«L»2. Thống kê số tập thể, cá nhân được khen thưởng trong nhiệm kỳ theo ⟪02 biểu mẫu⟫ gửi kèm.

«L»3. Gửi báo cáo về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) trước ngày ⟨30/4/2020|date⟩.

Nơi nhận:
- Như trên,
- Lưu Văn phòng Huyện ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Nguyễn Đình Phú
""",
)
