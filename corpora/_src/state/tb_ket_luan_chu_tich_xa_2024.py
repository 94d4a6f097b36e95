DOC = dict(
    description="Thông báo kết luận of the Chủ tịch UBND xã Quảng Phú at the monthly meeting; clean, with 1./2. sections and a)–d) tasks, signed TM. by the chairman",
    level="xã",
    report_year=2024,
    habits=["thông báo kết luận", "meeting time '14 giờ 00'", "tasks a)–d) with deadlines in dd/mm/yyyy", "month tháng 8/2024"],
    header=dict(subject="Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 8 năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hữu Lộc"),
    non_findings=[
        ("deadlines later than the notice date are not future-date findings (they are not cited documents)", "trước ngày 15/9/2024"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ QUẢNG PHÚ
Số: 76/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Phú, ngày 03 tháng 9 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 8 năm 2024

Ngày ⟨30/8/2024|date⟩, vào lúc 14 giờ 00, Chủ tịch UBND xã chủ trì cuộc họp giao ban đánh giá kết quả thực hiện nhiệm vụ ⟨tháng 8/2024|month⟩, triển khai nhiệm vụ tháng 9/2024. Tham dự có các Phó Chủ tịch UBND xã, công chức chuyên môn và Trưởng ⟪09 thôn⟫. Sau khi nghe báo cáo và ý kiến thảo luận, Chủ tịch UBND xã kết luận như sau:

1. Đánh giá chung

Tháng 8/2024, các bộ phận đã hoàn thành cơ bản nhiệm vụ được giao; thu ngân sách lũy kế đạt ⟪71,4%⟫ dự toán; tiếp nhận ⟪214 hồ sơ⟫ thủ tục hành chính, ⟪100%⟫ giải quyết đúng hạn. Tuy nhiên, tiến độ giải phóng mặt bằng tuyến đường liên thôn còn chậm.

2. Nhiệm vụ trọng tâm tháng 9/2024

a) Công chức Địa chính - Xây dựng hoàn thành kiểm đếm, áp giá bồi thường tuyến đường liên thôn trước ngày 15/9/2024.

b) Công chức Văn hóa - Xã hội phối hợp Trường Tiểu học, THCS chuẩn bị khai giảng ⟨năm học 2024 - 2025|school_year⟩.

c) Ban Chỉ huy Quân sự xã rà soát nguồn công dân trong độ tuổi sẵn sàng nhập ngũ năm 2025.

d) Văn phòng - Thống kê tổng hợp báo cáo kinh tế - xã hội ⟨9 tháng năm 2024|year⟩ trước ngày ⟨20/9/2024|date⟩.

UBND xã thông báo để các bộ phận, cá nhân liên quan biết, thực hiện./.

Nơi nhận:
- CT, các PCT UBND xã;
- Công chức chuyên môn xã;
- Trưởng các thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Hữu Lộc
""",
)
