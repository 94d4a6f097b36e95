DOC = dict(
    description="Báo cáo of Đảng ủy xã Yên Thành Đông on the first half of 2025 (dated 18/6/2025, still under a Huyện ủy); clean, prepares the commune merger",
    level="đảng ủy xã",
    report_year=2025,
    habits=["6 tháng đầu năm 2025", "Huyện ủy still exists (before 01/7/2025)", "I- / 1. / '-' bullets", "T/M ĐẢNG ỦY / PHÓ BÍ THƯ"],
    header=dict(subject="sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025"),
    signature=("T/M", "ĐẢNG ỦY", "PHÓ BÍ THƯ", "Nguyễn Thị Huệ"),
    non_findings=[
        ("Huyện ủy in a document dated 18/6/2025 (before the reform) is correct", "Ban Thường vụ Huyện ủy (b/c)"),
        ("12 + 3 = 15 chi bộ", "15 chi bộ"),
    ],
    text="""\
ĐẢNG BỘ HUYỆN YÊN THÀNH
ĐẢNG ỦY XÃ YÊN THÀNH ĐÔNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
Số 87-BC/ĐU
Yên Thành Đông, ngày 18 tháng 6 năm 2025

BÁO CÁO
sơ kết công tác 6 tháng đầu năm,
phương hướng nhiệm vụ 6 tháng cuối năm 2025
-----

I- KẾT QUẢ LÃNH ĐẠO ⟨6 THÁNG ĐẦU NĂM 2025|half_year⟩

1. Công tác xây dựng Đảng

- Đảng bộ có ⟪15 chi bộ|b=12,3⟫ trực thuộc, gồm:
+ Chi bộ thôn: 12;
+ Chi bộ nhà trường, trạm y tế: 03.
- Kết nạp ⟪05 đảng viên⟫ mới; tổ chức ⟪100%⟫ chi bộ sinh hoạt chuyên đề theo ⟦Hướng dẫn số 08-HD/BTGHU, ngày 10-01-2025|iss=Ban Tuyên giáo Huyện ủy⟧.

2. Lãnh đạo phát triển kinh tế - xã hội

Gieo cấy ⟪1.086 ha⟫ lúa Xuân, năng suất ⟪65,2 tạ/ha⟫; hoàn thành xóa ⟪11 nhà⟫ tạm cho hộ nghèo.

3. Chuẩn bị sắp xếp đơn vị hành chính

Thực hiện chủ trương sắp xếp đơn vị hành chính cấp xã, chính quyền địa phương hai cấp từ ngày ⟨01/7/2025|date⟩; Đảng ủy đã bàn giao hồ sơ, tài liệu theo hướng dẫn của Ban Thường vụ Huyện ủy.

II- PHƯƠNG HƯỚNG ⟨6 THÁNG CUỐI NĂM 2025|half_year⟩

1. Ổn định tổ chức bộ máy sau sắp xếp.

2. Chuẩn bị Đại hội Đảng bộ xã ⟨nhiệm kỳ 2025 - 2030|term⟩.

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ

Nguyễn Thị Huệ
""",
)
