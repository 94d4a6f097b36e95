DOC = dict(
    description="Commune báo cáo thi đua, khen thưởng năm 2024 (xã Bình An): titles and forms of award listed line by line and closed by 'Tổng số:' / 'Tổng cộng:', registrations compared with 2023, village titles",
    level="xã",
    report_year=2024,
    habits=["award lines closed by 'Tổng số:' and 'Tổng cộng:'", "tập thể / cá nhân / hộ gia đình on one line",
            "previous year's figure in brackets", "an announced count before a dash list"],
    header=dict(subject="Tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tám"),
    findings=[
        F("count-mismatch", "phát động 03 phong trào thi đua theo chuyên đề",
          "03 phong trào announced, two are listed"),
        F("change-mismatch", "tăng 05 cá nhân so với năm 2023",
          "27 − 23 = 4 cá nhân, not 05"),
        F("total-mismatch", "Tổng cộng: 08 tập thể, 15 cá nhân và 08 hộ gia đình",
          "the lines above give 05 + 03 + 01 = 09 tập thể"),
        F("ratio-exceeds", "05/04 tổ chức chính trị - xã hội",
          "five of four organisations"),
        F("rate-mismatch", "10/11 thôn đạt danh hiệu Thôn văn hóa, đạt 91,9%",
          "10 / 11 = 90,9 %, not 91,9 %"),
    ],
    non_findings=[
        ("the registration count is no breakdown: 27 of 31 reached the title", "27/31 cá nhân đăng ký đạt danh hiệu"),
        ("06 + 02 + 01 = 09 tập thể and 18 + 05 + 01 = 24 cá nhân: a correct list total", "Tổng số: 09 lượt tập thể, 24 lượt cá nhân"),
        ("04 / 27 = 14,81 %", "chiếm 14,81%"),
        ("2.134 / 2.386 = 89,44 %", "2.134/2.386 hộ gia đình đạt danh hiệu Gia đình văn hóa, đạt 89,44%"),
        ("the women among the awarded are a subset", "trong đó có 12 nữ"),
        ("a change without a previous figure", "tăng 02 tập thể so với năm trước"),
        ("a plan's target is no result", "phấn đấu có từ 85% đến 90% hộ gia đình"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ BÌNH AN\tĐộc lập - Tự do - Hạnh phúc
Số: 189/BC-UBND\tBình An, ngày 25 tháng 11 năm 2024

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025

Phần I
KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024

I. TỔ CHỨC CÁC PHONG TRÀO THI ĐUA
Ngoài phong trào thi đua thường xuyên, Ủy ban nhân dân xã đã phát động 03 phong trào thi đua theo chuyên đề, gồm:
- Phong trào thi đua “Chung tay xây dựng nông thôn mới nâng cao”;
- Phong trào thi đua “Chuyển đổi số trong cải cách hành chính”.
Kết quả thực hiện các phong trào được đánh giá cao; 05/04 tổ chức chính trị - xã hội được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Có 10/11 thôn đạt danh hiệu Thôn văn hóa, đạt 91,9%.
Toàn xã có 2.134/2.386 hộ gia đình đạt danh hiệu Gia đình văn hóa, đạt 89,44%.

II. CÔNG TÁC KHEN THƯỞNG
1. Danh hiệu thi đua
Năm 2024 có 31 cá nhân đăng ký danh hiệu “Lao động tiên tiến”, kết quả có 27/31 cá nhân đăng ký đạt danh hiệu.
Số cá nhân đạt danh hiệu “Lao động tiên tiến” tăng 05 cá nhân so với năm 2023 (năm 2023 có 23 cá nhân).
Có 04 cá nhân được đề nghị công nhận danh hiệu “Chiến sĩ thi đua cơ sở”, chiếm 14,81% số cá nhân đạt danh hiệu “Lao động tiên tiến”.
Có 03 tập thể đạt danh hiệu “Tập thể lao động tiên tiến”, tăng 02 tập thể so với năm trước.
2. Hình thức khen thưởng
a) Khen thưởng tổng kết năm:
- Giấy khen của Chủ tịch Ủy ban nhân dân xã: 06 tập thể, 18 cá nhân;
- Giấy khen của Chủ tịch Ủy ban nhân dân huyện: 02 tập thể, 05 cá nhân;
- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 01 tập thể, 01 cá nhân.
Tổng số: 09 lượt tập thể, 24 lượt cá nhân (trong đó có 12 nữ).
b) Khen thưởng theo chuyên đề, đột xuất:
- Thành tích trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”: 05 tập thể, 08 hộ gia đình;
- Thành tích trong phòng, chống, khắc phục hậu quả cơn bão số 3: 03 tập thể, 11 cá nhân;
- Thành tích xuất sắc trong tấn công, trấn áp tội phạm: 01 tập thể, 04 cá nhân.
Tổng cộng: 08 tập thể, 15 cá nhân và 08 hộ gia đình.

Phần II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua; phấn đấu có từ 85% đến 90% hộ gia đình đạt danh hiệu Gia đình văn hóa.

Nơi nhận:
- UBND huyện;
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Tám
""",
)
