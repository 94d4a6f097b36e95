DOC = dict(
    description="Tờ trình of UBND xã Hợp Thành asking for funds for a village cultural house; plants dateline-format (day 5 without leading zero) and missing-signature (no signer block)",
    level="xã",
    report_year=2024,
    habits=["Kính gửi with two recipients", "money figures", "period giai đoạn 2021 - 2025", "signature block missing"],
    header=dict(subject="Về việc đề nghị hỗ trợ kinh phí xây dựng nhà văn hóa thôn Đồng Bãi"),
    signature=None,
    findings=[
        F("dateline-format", "ngày 5 tháng 3 năm 2024", "a day below 10 in the date line takes a leading zero (ngày 05)"),
        F("missing-signature", "Lưu: VT.", "the document ends after 'Nơi nhận' with no authority, position or signer"),
    ],
    non_findings=[
        ("1.850 = 1.200 + 450 + 200 triệu đồng", "1.850 triệu đồng"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ HỢP THÀNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/TTr-UBND
Hợp Thành, ngày 5 tháng 3 năm 2024

TỜ TRÌNH
Về việc đề nghị hỗ trợ kinh phí xây dựng
nhà văn hóa thôn Đồng Bãi

Kính gửi:
- Ủy ban nhân dân huyện Phú Lương Bắc;
- Phòng Tài chính - Kế hoạch huyện.

Thực hiện ⟦Nghị quyết số 14/NQ-HĐND ngày 21/12/2023|iss=HĐND xã⟧ của HĐND xã về dự toán ngân sách năm 2024 và chương trình xây dựng nông thôn mới ⟨giai đoạn 2021 - 2025|period⟩, UBND xã Hợp Thành kính trình UBND huyện như sau:

1. Sự cần thiết

Nhà văn hóa thôn Đồng Bãi được xây dựng năm 1998, diện tích ⟪64 m²⟫, đã xuống cấp nghiêm trọng, không đáp ứng nhu cầu sinh hoạt cộng đồng của ⟪312 hộ dân⟫.

2. Quy mô, kinh phí

Xây mới nhà văn hóa diện tích ⟪150 m²⟫; tổng kinh phí dự kiến ⟪1.850 triệu đồng|b=1200,450,200⟫, gồm:
- Ngân sách huyện hỗ trợ: 1.200 triệu đồng;
- Ngân sách xã: 450 triệu đồng;
- Nhân dân đóng góp: 200 triệu đồng.

3. Đề nghị

UBND xã kính đề nghị UBND huyện xem xét hỗ trợ ⟪1.200 triệu đồng⟫ để khởi công trong ⟨Quý II năm 2024|quarter⟩.

Kính trình UBND huyện xem xét, quyết định./.

Nơi nhận:
- Như trên;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.
""",
)
