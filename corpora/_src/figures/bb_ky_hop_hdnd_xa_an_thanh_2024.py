DOC = dict(
    description="Biên bản of the commune people's council's year-end session (xã An Thạnh): attendance of delegates and guests, votes for / against / abstaining on each resolution, resolutions counted",
    level="xã",
    report_year=2024,
    habits=["attendance 'Tổng số … có mặt … vắng mặt …'", "votes 'tán thành / không tán thành / không biểu quyết'",
            "shares of the delegates in brackets", "a dash list of resolutions after a count", "two signers: THƯ KÝ and CHỦ TỌA"],
    header=dict(subject="Kỳ họp thứ Mười, Hội đồng nhân dân xã An Thạnh khóa XIII, nhiệm kỳ 2021 - 2026"),
    signature=(None, None, "CHỦ TỌA", "Trần Quốc Bảo"),
    findings=[
        F("total-mismatch", "Đại biểu khách mời: 18 đồng chí; có mặt 16 đồng chí, vắng 03 đồng chí",
          "16 present + 03 absent = 19 guests, not 18"),
        F("total-mismatch", "tán thành 21 đại biểu, không tán thành 01 đại biểu, không biểu quyết 02 đại biểu",
          "21 + 01 + 02 = 24 votes, but 23 delegates are present"),
        F("rate-mismatch", "tán thành 20 đại biểu, bằng 86,96% tổng số đại biểu",
          "20 / 25 delegates = 80,00 %; 86,96 % is 20 / 23, the share of those present"),
        F("count-mismatch", "thông qua 05 nghị quyết",
          "05 nghị quyết announced, four are listed"),
    ],
    non_findings=[
        ("23 present + 02 absent = 25 delegates", "Tổng số đại biểu Hội đồng nhân dân xã: 25 đại biểu; có mặt 23 đại biểu"),
        ("23 / 23 present voted for; 23 / 25 = 92 %", "23/23 đại biểu có mặt tán thành (bằng 92% tổng số đại biểu)"),
        ("22 + 0 + 01 = 23 present; 22 / 25 = 88 %", "tán thành 22 đại biểu (bằng 88% tổng số đại biểu)"),
        ("questions and delegates are different things counted", "07 lượt ý kiến của 05 đại biểu"),
        ("a term (nhiệm kỳ) and a session number are no counts", "nhiệm kỳ 2021 - 2026"),
    ],
    text="""\
HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN THẠNH\tĐộc lập - Tự do - Hạnh phúc
Số: 12/BB-HĐND\tAn Thạnh, ngày 18 tháng 12 năm 2024

BIÊN BẢN
Kỳ họp thứ Mười, Hội đồng nhân dân xã An Thạnh khóa XIII, nhiệm kỳ 2021 - 2026

I. THỜI GIAN, ĐỊA ĐIỂM
Kỳ họp khai mạc lúc 07 giờ 30 phút ngày 18/12/2024 tại Hội trường Ủy ban nhân dân xã.

II. THÀNH PHẦN
Tổng số đại biểu Hội đồng nhân dân xã: 25 đại biểu; có mặt 23 đại biểu, vắng mặt 02 đại biểu (có lý do).
Đại biểu khách mời: 18 đồng chí; có mặt 16 đồng chí, vắng 03 đồng chí.
Chủ tọa kỳ họp: Ông Trần Quốc Bảo, Chủ tịch Hội đồng nhân dân xã. Thư ký kỳ họp: Bà Huỳnh Thị Lan.

III. NỘI DUNG
1. Kỳ họp nghe các báo cáo của Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã và các Ban của Hội đồng nhân dân xã.
2. Thảo luận, chất vấn: có 07 lượt ý kiến của 05 đại biểu; Chủ tịch Ủy ban nhân dân xã đã trả lời, làm rõ các nội dung.
3. Kết quả biểu quyết:
a) Nghị quyết về dự toán ngân sách xã năm 2025: 23/23 đại biểu có mặt tán thành (bằng 92% tổng số đại biểu).
b) Nghị quyết về kế hoạch đầu tư công năm 2025: tán thành 21 đại biểu, không tán thành 01 đại biểu, không biểu quyết 02 đại biểu.
c) Nghị quyết về phân bổ dự toán ngân sách năm 2025: tán thành 22 đại biểu (bằng 88% tổng số đại biểu), không tán thành 0 đại biểu, không biểu quyết 01 đại biểu.
d) Nghị quyết về chương trình giám sát năm 2025: tán thành 20 đại biểu, bằng 86,96% tổng số đại biểu; không tán thành 01 đại biểu; không biểu quyết 02 đại biểu.

IV. KẾT LUẬN
Kỳ họp đã xem xét, thông qua 05 nghị quyết:
- Nghị quyết về dự toán ngân sách xã năm 2025;
- Nghị quyết về kế hoạch đầu tư công năm 2025;
- Nghị quyết về phân bổ dự toán ngân sách năm 2025;
- Nghị quyết về chương trình giám sát năm 2025.
Kỳ họp bế mạc lúc 11 giờ 15 phút cùng ngày./.

THƯ KÝ KỲ HỌP

Huỳnh Thị Lan

CHỦ TỌA

Trần Quốc Bảo

Nơi nhận:
- Thường trực HĐND huyện;
- Đại biểu HĐND xã;
- Lưu: VT.
""",
)
