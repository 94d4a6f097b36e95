DOC = dict(
    description="Commune report on security and order 2024 (xã Tân Hội): crimes and cases compared with 2023, mediation, conscription, the commune police's composition, commitments signed by households",
    level="xã",
    report_year=2024,
    habits=["'vụ/đối tượng' pairs", "changes with the pair in brackets '(31/42)'", "'còn lại' / 'còn' closing a partition",
            "a rate with its fraction in brackets"],
    header=dict(subject="Kết quả công tác bảo đảm an ninh, trật tự năm 2024; phương hướng, nhiệm vụ năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Văn Sáu"),
    findings=[
        F("total-mismatch", "Hòa giải thành 28/31 vụ việc, còn 04 vụ việc",
          "28 hòa giải thành + 04 còn lại = 32, not 31"),
        F("ratio-exceeds", "2.415/2.409 hộ",
          "more households signed than the 2.409 households of the commune"),
        F("rate-mismatch", "đạt 95,6% (43/46 đơn)",
          "43 / 46 = 93,48 %, not 95,6 %"),
        F("change-mismatch", "giảm 09 vụ việc (31/42)",
          "42 − 31 = 11, not 09"),
        F("count-mismatch", "Ra mắt 03 mô hình tự quản về an ninh, trật tự",
          "03 mô hình announced, two are named"),
        F("total-mismatch", "gọi 18 công dân nhập ngũ",
          "15 + 02 = 17, not 18"),
    ],
    non_findings=[
        ("19 − 14 = 05 vụ: the change agrees with last year's figure", "giảm 05 vụ so với năm 2023 (năm 2023 xảy ra 19 vụ)"),
        ("changes without previous figures", "giảm 02 vụ, giảm 01 người chết, tăng 03 người bị thương"),
        ("36 / 37 = 97,3 %", "đã giải quyết 36/37 tin, đạt 97,3%"),
        ("one person may commit several violations: 47 vụ / 39 đối tượng is no fraction", "47 vụ/39 đối tượng"),
        ("01 + 02 + 09 = 12: a correct partition of the commune police", "gồm 12 đồng chí (01 Trưởng Công an xã"),
        ("women among the police are a subset", "trong đó có 03 đồng chí nữ"),
        ("13 / 14 = 92,86 %", "đạt 92,86% (13/14 vụ)"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HỘI\tĐộc lập - Tự do - Hạnh phúc
Số: 205/BC-UBND\tTân Hội, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm an ninh, trật tự năm 2024; phương hướng, nhiệm vụ năm 2025

I. TÌNH HÌNH AN NINH, TRẬT TỰ
1. Tình hình tội phạm
Trong năm, trên địa bàn xã xảy ra 14 vụ phạm tội về trật tự xã hội, giảm 05 vụ so với năm 2023 (năm 2023 xảy ra 19 vụ).
Đã điều tra làm rõ 13 vụ, đạt 92,86% (13/14 vụ).
2. Tai nạn giao thông
Xảy ra 06 vụ tai nạn giao thông, làm chết 02 người, bị thương 07 người.
So với năm 2023: giảm 02 vụ, giảm 01 người chết, tăng 03 người bị thương.
3. Tin báo, đơn thư
Tiếp nhận 37 tin báo, tố giác tội phạm, đã giải quyết 36/37 tin, đạt 97,3%.
Tiếp nhận 46 đơn thư khiếu nại, tố cáo, kiến nghị; tỷ lệ giải quyết đạt 95,6% (43/46 đơn).
4. Mâu thuẫn, tranh chấp trong Nhân dân
Số vụ việc mâu thuẫn, tranh chấp phát sinh giảm 09 vụ việc (31/42) so với năm 2023.
Hòa giải thành 28/31 vụ việc, còn 04 vụ việc đã hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết.
5. Xử lý vi phạm hành chính
Lập biên bản, xử lý 47 vụ/39 đối tượng vi phạm hành chính, phạt tiền 86.500.000 đồng.

II. KẾT QUẢ THỰC HIỆN CÁC MẶT CÔNG TÁC
1. Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc
Vận động 2.415/2.409 hộ ký cam kết không sản xuất, tàng trữ, sử dụng pháo trái phép.
Ra mắt 03 mô hình tự quản về an ninh, trật tự: mô hình “Camera an ninh” tại thôn 1 và mô hình “Tổ liên gia tự quản” tại thôn 4.
2. Xây dựng lực lượng
Công an xã hiện gồm 12 đồng chí (01 Trưởng Công an xã, 02 Phó Trưởng Công an xã và 09 công an viên).
Trong số cán bộ, chiến sĩ Công an xã, trong đó có 03 đồng chí nữ.
3. Công tác tuyển quân
Năm 2024, xã gọi 18 công dân nhập ngũ (nhập ngũ Quân đội nhân dân 15 công dân, thực hiện nghĩa vụ tham gia Công an nhân dân 02 công dân), đạt 100% chỉ tiêu.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Kiềm chế, kéo giảm tội phạm; phấn đấu hòa giải thành trên 85% số vụ việc mâu thuẫn, tranh chấp.

Nơi nhận:
- Công an huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Bùi Văn Sáu
""",
)
