DOC = dict(
    kind="decision",
    description="Quyết định of the Chủ tịch UBND xã Tân Hưng awarding Lao động tiên tiến 2023 with an attached list rendered as a pipe table; clean",
    level="xã",
    report_year=2023,
    habits=["Căn cứ lines ending ';' and '.'", "Điều 1/2/3 with khoản not headings", "attached list as |cell| rows", "signature CHỦ TỊCH without TM."],
    header=dict(subject="Về việc tặng danh hiệu “Lao động tiên tiến” năm 2023"),
    signature=(None, None, "CHỦ TỊCH", "Đỗ Văn Khải"),
    awards=[
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 12, grantor="Chủ tịch UBND xã", year=2023, decision="05/QĐ-UBND"),
    ],
    non_findings=[
        ("NĐ 98/2023 dated 31/12/2023 is before the decision date 05/01/2024", "98/2023/NĐ-CP"),
        ("Chủ tịch UBND xã may grant Lao động tiên tiến (Luật 2022 Điều 80)", "Điều 1. Tặng danh hiệu"),
        ("12 persons announced and 12 rows listed", "gồm 12 cá nhân"),
    ],
    text="""\
ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HƯNG	Độc lập - Tự do - Hạnh phúc
Số: 05/QĐ-UBND	Tân Hưng, ngày 05 tháng 01 năm 2024

QUYẾT ĐỊNH
Về việc tặng danh hiệu “Lao động tiên tiến” năm 2023

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HƯNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ ⟦Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022|iss=Quốc hội⟧;
Căn cứ ⟦Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023|iss=Chính phủ⟧ của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
Căn cứ ⟦Quyết định số 1520/QĐ-UBND ngày 18 tháng 8 năm 2023|iss=UBND huyện Đức Thọ Nam⟧ của UBND huyện Đức Thọ Nam ban hành Quy chế thi đua, khen thưởng huyện;
Theo đề nghị của Hội đồng Thi đua - Khen thưởng xã tại ⟦Tờ trình số 01/TTr-HĐTĐKT ngày 03 tháng 01 năm 2024|iss=Hội đồng Thi đua - Khen thưởng xã⟧.

QUYẾT ĐỊNH:

Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho ⟪12 cá nhân⟫ thuộc UBND xã Tân Hưng đã có thành tích hoàn thành tốt nhiệm vụ năm 2023 (có danh sách kèm theo).

Điều 2. Kèm theo danh hiệu được hưởng tiền thưởng theo quy định tại ⟦Nghị định số 98/2023/NĐ-CP|iss=Chính phủ|note=repeat mention⟧. Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của xã năm 2024.

Điều 3. Các ông (bà): Văn phòng - Thống kê xã, Kế toán ngân sách xã, Hội đồng Thi đua - Khen thưởng xã và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

CHỦ TỊCH

Đỗ Văn Khải


DANH SÁCH
CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2023
(Kèm theo ⟦Quyết định số 05/QĐ-UBND ngày 05/01/2024|iss=Chủ tịch UBND xã Tân Hưng|note=self-reference of the attachment⟧ của Chủ tịch UBND xã Tân Hưng)

Danh hiệu “Lao động tiên tiến”: gồm 12 cá nhân
|TT|Họ và tên|Chức vụ, đơn vị|
|1|Nguyễn Thị Hòa|Công chức Văn phòng - Thống kê|
|2|Lê Văn Bình|Công chức Tài chính - Kế toán|
|3|Trần Quốc Việt|Công chức Địa chính - Xây dựng|
|4|Phan Thị Thu Hà|Công chức Tư pháp - Hộ tịch|
|5|Võ Đình Nam|Công chức Văn hóa - Xã hội|
|6|Hồ Thị Lan|Công chức Văn hóa - Xã hội|
|7|Đặng Văn Tùng|Chỉ huy trưởng Ban CHQS xã|
|8|Nguyễn Hữu Phước|Phó Chủ tịch UBMTTQVN xã|
|9|Bùi Thị Ngọc|Chủ tịch Hội Liên hiệp Phụ nữ xã|
|10|Lê Minh Tâm|Bí thư Đoàn xã|
|11|Cao Văn Sáu|Chủ tịch Hội Nông dân xã|
|12|Trương Thị Kim|Người hoạt động không chuyên trách xã|
""",
)
