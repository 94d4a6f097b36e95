DOC = dict(
    description="Kế hoạch of Đảng ủy xã Vân Du (tỉnh Nghệ An) dated November 2025, after districts were abolished, still taking direction from a 'Ban Thường vụ Huyện ủy'; also announces 04 tasks and lists 3; plants abolished-district and count-mismatch",
    level="đảng ủy xã (after 01/7/2025)",
    report_year=2025,
    habits=["header ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ …", "I- headings", "tasks numbered 1.–3.", "T/M ĐẢNG ỦY / PHÓ BÍ THƯ"],
    header=dict(subject="tổ chức các hoạt động chào mừng thành công Đại hội Đảng bộ xã lần thứ I"),
    signature=("T/M", "ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hồ Thị Thanh"),
    findings=[
        F("abolished-district", "Ban Thường vụ Huyện ủy Quỳnh Lưu Tây", "a commune Party committee cites a Huyện ủy's direction in November 2025; district Party committees no longer exist after 01/7/2025"),
        F("count-mismatch", "gồm 04 nhiệm vụ trọng tâm", "announces 04 tasks but lists three (1.–3.)"),
    ],
    text="""\
ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ VÂN DU
*
Số 41-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Vân Du, ngày 14 tháng 11 năm 2025

KẾ HOẠCH
tổ chức các hoạt động chào mừng thành công Đại hội Đảng bộ xã lần thứ I
-----

Thực hiện chỉ đạo của Ban Thường vụ Huyện ủy Quỳnh Lưu Tây và ⟦Kết luận số 03-KL/ĐU, ngày 28/10/2025|iss=Ban Thường vụ Đảng ủy xã⟧ của Ban Thường vụ Đảng ủy xã, Đảng ủy xây dựng kế hoạch như sau:

I- MỤC ĐÍCH, YÊU CẦU

Tạo không khí phấn khởi trong cán bộ, đảng viên và Nhân dân sau Đại hội Đảng bộ xã lần thứ I, ⟨nhiệm kỳ 2025 - 2030|term⟩.

II- NỘI DUNG

Kế hoạch gồm 04 nhiệm vụ trọng tâm:

«L»1. Tuyên truyền kết quả Đại hội trên hệ thống loa truyền thanh của ⟪16 thôn⟫.

«L»2. Tổ chức giải bóng đá thanh niên chào mừng Đại hội trong ⟨tháng 12/2025|month⟩.

«L»3. Hoàn thành gắn biển ⟪03 công trình⟫ chào mừng Đại hội.

III- TỔ CHỨC THỰC HIỆN

Ban Tuyên giáo và Dân vận Đảng ủy chủ trì; báo cáo kết quả trước ngày ⟨25/12/2025|date⟩.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ

Hồ Thị Thanh
""",
)
