DOC = dict(
    description="Chỉ thị of the Ban Thường vụ Tỉnh ủy Thanh Hóa on emulation greeting Party congresses 2025-2030 (dated 2024); numbered points 1.–4. as the body; clean",
    level="tỉnh ủy",
    report_year=2024,
    habits=["Party chỉ thị CT/TU", "numbered points without roman headings", "citations with comma before ngày", "T/M BAN THƯỜNG VỤ / BÍ THƯ"],
    header=dict(subject="về đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
    signature=("T/M", "BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Trọng Hưng"),
    non_findings=[
        ("Chỉ thị 35-CT/TW ngày 14/6/2024 is before this directive (02/8/2024)", "35-CT/TW"),
    ],
    text="""\
TỈNH ỦY THANH HÓA
*
Số 29-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Hóa, ngày 02 tháng 8 năm 2024

CHỈ THỊ
về đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng
đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
-----

Thực hiện ⟦Chỉ thị số 35-CT/TW, ngày 14/6/2024|iss=Bộ Chính trị⟧ của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:

1. Phát động đợt thi đua cao điểm từ nay đến khi kết thúc đại hội đảng bộ các cấp ⟨nhiệm kỳ 2025 - 2030|term⟩; mỗi địa phương, đơn vị đăng ký ít nhất ⟪01 công trình⟫ chào mừng đại hội.

2. Gắn phong trào thi đua với thực hiện ⟦Chỉ thị số 34-CT/TW, ngày 07/4/2014|iss=Bộ Chính trị⟧ của Bộ Chính trị và ⟦Kế hoạch số 135-KH/TU, ngày 18/3/2024|iss=Ban Thường vụ Tỉnh ủy⟧ của Ban Thường vụ Tỉnh ủy về xóa nhà tạm, nhà dột nát.

3. Khen thưởng kịp thời các tập thể, cá nhân tiêu biểu; chú trọng người lao động trực tiếp, phấn đấu chiếm từ ⟪40%⟫ tổng số khen thưởng trở lên.

4. Ban Tuyên giáo Tỉnh ủy hướng dẫn, theo dõi; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.

Chỉ thị này được phổ biến đến chi bộ.

Nơi nhận:
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,
- Các ban đảng, Văn phòng Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Đỗ Trọng Hưng
""",
)
