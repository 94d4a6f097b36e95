DOC = dict(
    description="Commune báo cáo thi đua, khen thưởng năm 2022 (xã An Phú) under the old law (NĐ 91/2017); Phần thứ nhất/thứ hai, a/ letters, Markdown bold; plants a year-mismatch and a count-mismatch",
    level="xã",
    report_year=2022,
    habits=["**BÁO CÁO** Markdown bold", "Phần thứ nhất / Phần thứ hai", "a/ letters used consistently", "*italic* quotes", "old-law citations NĐ 91/2017, TT 12/2019"],
    header=dict(subject="Kết quả công tác thi đua, khen thưởng năm 2022 và phương hướng, nhiệm vụ năm 2023"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Huỳnh Tấn Lực"),
    awards=[
        A("title", "Lao động tiên tiến", "registered", "cá nhân", 29, year=2022),
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 1, year=2022),
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 26, grantor="Chủ tịch UBND xã", year=2021, decision="02/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 9, grantor="Chủ tịch UBND xã", year=2021, decision="02/QĐ-UBND"),
        A("title", "Gia đình văn hóa", "awarded", "hộ gia đình", 1402, grantor="Chủ tịch UBND xã", year=2022, decision="141/QĐ-UBND"),
    ],
    findings=[
        F("year-mismatch", "tình hình kinh tế - xã hội năm 2021", "the results section of the 2022 report describes 2021 (sentence copied from last year's report)"),
        F("count-mismatch", "triển khai 04 phong trào thi đua", "announces 04 movements but lists three (a/, b/, c/)"),
    ],
    non_findings=[
        ("'Dân vận khéo' plan of the Tỉnh ủy for giai đoạn 2021-2025 is multi-year", "giai đoạn 2021-2025"),
        ("awards for 2021 decided in January 2022", "năm 2021 cho 26 cá nhân"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ AN PHÚ

Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Phú, ngày 15 tháng 11 năm 2022

**BÁO CÁO**
**Kết quả công tác thi đua, khen thưởng năm 2022
và phương hướng, nhiệm vụ năm 2023**

Thực hiện ⟦Công văn số 1544/UBND-NV ngày 21/10/2022|iss=UBND huyện Tây Sơn Hạ⟧ của UBND huyện Tây Sơn Hạ về việc tổng kết công tác thi đua, khen thưởng năm 2022; UBND xã An Phú báo cáo như sau:

Phần thứ nhất
KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2022

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

Thực hiện Luật Thi đua, khen thưởng; ⟦Nghị định số 91/2017/NĐ-CP ngày 31/7/2017|iss=Chính phủ⟧ của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và ⟦Thông tư số 12/2019/TT-BNV ngày 04/11/2019|iss=Bộ Nội vụ⟧ của Bộ Nội vụ, UBND xã đã ban hành ⟦Kế hoạch số 11/KH-UBND ngày 20/01/2022|iss=UBND xã⟧ phát động phong trào thi đua năm 2022 đến toàn thể cán bộ, công chức và Nhân dân.

Trong năm 2022, dưới sự lãnh đạo của Đảng ủy, sự giám sát của HĐND xã, tình hình kinh tế - xã hội năm 2021 của xã tiếp tục ổn định, tổng thu ngân sách trên địa bàn đạt ⟪112,5%⟫ dự toán huyện giao.

II. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA

1. Các phong trào thi đua thường xuyên

Năm 2022, UBND xã triển khai 04 phong trào thi đua trọng tâm, cụ thể:

a/ Phong trào *“Cả nước chung sức xây dựng nông thôn mới”*: Xã giữ vững ⟪19/19 tiêu chí|u=tiêu chí⟫ xã nông thôn mới; Nhân dân đóng góp ⟪356.000.000 đồng⟫ và ⟪1.240 ngày công⟫ làm đường giao thông.

b/ Phong trào *“Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”*: Giảm ⟪23 hộ nghèo⟫, tỷ lệ hộ nghèo còn ⟪3,12%⟫.

c/ Phong trào *“Dân vận khéo”*: Thực hiện theo ⟦Kế hoạch số 45-KH/TU ngày 09/4/2021|iss=Ban Thường vụ Tỉnh ủy⟧ của Ban Thường vụ Tỉnh ủy về phong trào thi đua “Dân vận khéo” ⟨giai đoạn 2021-2025|period⟩; xã có ⟪02 mô hình⟫ được huyện công nhận.

2. Công tác đăng ký thi đua

Có ⟪100%⟫ tập thể, cá nhân đăng ký thi đua; trong đó đăng ký danh hiệu Lao động tiên tiến 29 cá nhân, Chiến sĩ thi đua cơ sở 01 cá nhân.

III. CÔNG TÁC KHEN THƯỞNG

- Tặng danh hiệu Lao động tiên tiến năm 2021 cho 26 cá nhân và Giấy khen cho 09 cá nhân tại ⟦Quyết định số 02/QĐ-UBND ngày 07/01/2022|iss=UBND xã⟧.
- Công nhận ⟪1.402 hộ⟫ đạt danh hiệu Gia đình văn hóa năm 2022 tại ⟦Quyết định số 141/QĐ-UBND ngày 02/11/2022|iss=UBND xã⟧.

IV. ĐÁNH GIÁ CHUNG

a/ Ưu điểm: Phong trào thi đua được triển khai sâu rộng, gắn với nhiệm vụ chính trị của địa phương.

b/ Hạn chế: Việc sơ kết, tổng kết một số phong trào chưa kịp thời; khen thưởng người lao động trực tiếp còn ít.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023

1. Tiếp tục quán triệt các văn bản về thi đua, khen thưởng; chuẩn bị triển khai Luật Thi đua, khen thưởng năm 2022 khi có hiệu lực.

2. Phát động thi đua ngay từ đầu ⟨năm 2023|year⟩; tổ chức ký kết giao ước thi đua giữa các thôn.

3. Nâng cao chất lượng bình xét, bảo đảm khen thưởng đúng người, đúng thành tích.

Trên đây là báo cáo kết quả công tác thi đua, khen thưởng năm 2022 của UBND xã An Phú./.

Nơi nhận:
- UBND huyện (Phòng Nội vụ);
- TT Đảng ủy xã;
- TT HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Huỳnh Tấn Lực
""",
)
