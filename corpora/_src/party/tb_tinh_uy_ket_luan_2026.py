DOC = dict(
    description="Thông báo of the Ban Thường vụ Tỉnh ủy Hà Tĩnh with conclusions on thi đua, khen thưởng 2025 and tasks 2026 (after the reform: tỉnh and xã only); signed T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG; clean",
    level="tỉnh ủy",
    report_year=2025,  # it concludes on 2025; 2026 is the next-year part
    habits=["Tỉnh ủy TB/TU", "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG", "Party citations with comma", "Nơi nhận with ';' (HD 05 style, 2026)"],
    header=dict(subject="kết luận của Ban Thường vụ Tỉnh ủy về công tác thi đua, khen thưởng năm 2025 và nhiệm vụ năm 2026"),
    signature=("T/L", "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Thái Văn Hùng"),
    non_findings=[
        ("Kết luận 114-KL/TW of 2015 is an old, valid citation", "114-KL/TW"),
        ("'xã, phường' only; no district bodies after the reform", "các đảng ủy xã, phường"),
    ],
    text="""\
TỈNH ỦY HÀ TĨNH
*
Số 312-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tĩnh, ngày 06 tháng 02 năm 2026

THÔNG BÁO
kết luận của Ban Thường vụ Tỉnh ủy về công tác thi đua, khen thưởng năm 2025
và nhiệm vụ năm 2026
-----

Ngày ⟨03-02-2026|date⟩, Ban Thường vụ Tỉnh ủy nghe Ban cán sự đảng UBND tỉnh báo cáo kết quả công tác thi đua, khen thưởng năm 2025. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:

1. Năm 2025, các phong trào thi đua được triển khai sâu rộng, nhất là phong trào “Xóa nhà tạm, nhà dột nát” (hoàn thành ⟪4.312 nhà⟫) và phong trào “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”. Việc sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025 được thực hiện đồng bộ.

2. Năm 2026, đề nghị Ban cán sự đảng UBND tỉnh, các đảng ủy xã, phường lãnh đạo thực hiện tốt các nội dung sau:

a) Quán triệt ⟦Chỉ thị số 34-CT/TW, ngày 07/4/2014|iss=Bộ Chính trị⟧ của Bộ Chính trị và ⟦Kết luận số 114-KL/TW, ngày 14/7/2015|iss=Ban Bí thư⟧ của Ban Bí thư gắn với triển khai Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng.

b) Tổ chức phong trào thi đua “Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh” ngay sau khi Thủ tướng Chính phủ phát động.

c) Phấn đấu có ít nhất ⟪10 xã, phường⟫ đạt danh hiệu “xã, phường, đặc khu tiêu biểu”.

Văn phòng Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện.

Nơi nhận:
- Ban cán sự đảng UBND tỉnh;
- Các đảng ủy trực thuộc Tỉnh ủy;
- Sở Nội vụ;
- Lưu Văn phòng Tỉnh ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Thái Văn Hùng
""",
)
