DOC = dict(
    description="Báo cáo of the Ban Thường vụ Huyện ủy Đông Hưng Hạ: 5-year review of Chỉ thị 34-CT/TW (2014-2019); Party style with I-/II-, dash dates; clean",
    level="huyện ủy",
    report_year=2019,
    habits=["Huyện ủy (HU) report", "dates written dd-mm-yyyy", "I- / 1. / a)", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", "award counts for 5 years"],
    header=dict(subject="sơ kết 5 năm thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng"),
    signature=("T/M", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Bùi Văn Tài"),
    awards=[
        A("form", "Bằng khen", "awarded", "tập thể", 41, grantor="Chủ tịch UBND tỉnh", year=None),
        A("form", "Bằng khen", "awarded", "cá nhân", 97, grantor="Chủ tịch UBND tỉnh", year=None),
        A("title", "Chiến sĩ thi đua cơ sở", "awarded", "cá nhân", 312, grantor="Chủ tịch UBND huyện", year=None),
    ],
    non_findings=[
        ("Chỉ thị 34-CT/TW ngày 07-4-2014 cited with dashes is valid", "07-4-2014"),
        ("41 + 97 = 138 Bằng khen", "138 Bằng khen"),
    ],
    text="""\
HUYỆN ỦY ĐÔNG HƯNG HẠ	ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 218-BC/HU	Đông Hưng Hạ, ngày 12 tháng 6 năm 2019

BÁO CÁO
sơ kết 5 năm thực hiện ⟦Chỉ thị số 34-CT/TW|iss=Bộ Chính trị|note=in the trích yếu⟧ của Bộ Chính trị
về tiếp tục đổi mới công tác thi đua, khen thưởng
-----

Thực hiện ⟦Kế hoạch số 102-KH/TU, ngày 22-4-2019|iss=Ban Thường vụ Tỉnh ủy⟧ của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo sơ kết 5 năm thực hiện ⟦Chỉ thị số 34-CT/TW, ngày 07-4-2014|iss=Bộ Chính trị⟧ của Bộ Chính trị như sau:

I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

Ban Thường vụ Huyện ủy ban hành ⟦Kế hoạch số 47-KH/HU, ngày 18-6-2014|iss=Ban Thường vụ Huyện ủy⟧ triển khai Chỉ thị; tổ chức quán triệt cho ⟪100%⟫ tổ chức cơ sở đảng với ⟪4.815 lượt⟫ cán bộ, đảng viên tham gia.

II- KẾT QUẢ THỰC HIỆN

1. Đổi mới nội dung, hình thức các phong trào thi đua

a) Phong trào “Cả nước chung sức xây dựng nông thôn mới”: đến nay có ⟪24/31 xã|u=xã⟫ đạt chuẩn nông thôn mới.

b) Phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” được triển khai từ năm 2019 tại ⟪100%⟫ cơ quan, đơn vị.

2. Công tác khen thưởng

Trong 5 năm (⟨2014 - 2019|period⟩), Chủ tịch UBND tỉnh tặng ⟪138 Bằng khen|b=41,97⟫, gồm:
- Tập thể: 41;
- Cá nhân: 97.
Chủ tịch UBND huyện công nhận danh hiệu Chiến sĩ thi đua cơ sở cho ⟪312 lượt⟫ cá nhân.

III- ĐÁNH GIÁ CHUNG

1. Ưu điểm: Nhận thức của cấp ủy, chính quyền về công tác thi đua, khen thưởng có chuyển biến rõ nét.

2. Hạn chế: Khen thưởng cho công nhân, nông dân, người lao động trực tiếp mới chiếm ⟪26,7%⟫.

IV- PHƯƠNG HƯỚNG THỜI GIAN TỚI

Tiếp tục thực hiện nghiêm ⟦Chỉ thị số 34-CT/TW|iss=null|note=repeat mention⟧; gắn phong trào thi đua với thực hiện Nghị quyết Đại hội Đảng bộ huyện ⟨nhiệm kỳ 2015 - 2020|term⟩.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Ban Thi đua - Khen thưởng tỉnh,
- Các đồng chí Huyện ủy viên,
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Bùi Văn Tài
""",
)
