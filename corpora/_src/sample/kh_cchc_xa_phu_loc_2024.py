DOC = dict(
    description="Commune kế hoạch cải cách hành chính năm 2024 (xã Phú Lộc); clean plan with Căn cứ paragraph, I./1./'-' bullets and a quarterly timetable",
    level="xã",
    report_year=2024,
    habits=["header lines alternating left/right", "trích yếu over 2 lines", "Căn cứ in one paragraph", "'-' and '+' bullets", "Quý I / 6 tháng đầu năm dates", "ratio 05/05 thôn"],
    header=dict(subject="Cải cách hành chính nhà nước năm 2024 trên địa bàn xã Phú Lộc"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "KT.", "PHÓ CHỦ TỊCH", "Trần Thị Mỹ Lệ"),
    non_findings=[
        ("KT. CHỦ TỊCH followed by PHÓ CHỦ TỊCH is the correct deputy form", "KT. CHỦ TỊCH"),
        ("the province plan for the period (giai đoạn 2021 - 2030) is older and multi-year", "giai đoạn 2021 - 2030"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ LỘC
Độc lập - Tự do - Hạnh phúc
Số: 08/KH-UBND
Phú Lộc, ngày 12 tháng 01 năm 2024

KẾ HOẠCH
Cải cách hành chính nhà nước năm 2024
trên địa bàn xã Phú Lộc

Căn cứ ⟦Nghị quyết số 76/NQ-CP ngày 15/7/2021|iss=Chính phủ⟧ của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước ⟨giai đoạn 2021 - 2030|period⟩; ⟦Kế hoạch số 212/KH-UBND ngày 20/12/2023|iss=UBND huyện Sông Trà⟧ của UBND huyện Sông Trà về cải cách hành chính năm 2024, UBND xã Phú Lộc ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Xác định cụ thể nhiệm vụ, giải pháp, thời gian hoàn thành và trách nhiệm của từng bộ phận, công chức trong thực hiện cải cách hành chính.
- Nâng cao chỉ số cải cách hành chính của xã, phấn đấu xếp loại Tốt trở lên.

2. Yêu cầu

- Bám sát nhiệm vụ của huyện giao; gắn cải cách hành chính với chuyển đổi số và xây dựng chính quyền điện tử.
- Phân công nhiệm vụ rõ người, rõ việc, rõ thời gian hoàn thành.

II. NHIỆM VỤ TRỌNG TÂM

1. Cải cách thể chế

- Rà soát, hệ thống hóa văn bản do HĐND, UBND xã ban hành; hoàn thành trong ⟨Quý I năm 2024|quarter⟩.
- Tổ chức ⟪02 hội nghị⟫ phổ biến pháp luật cho cán bộ, công chức và Nhân dân.

2. Cải cách thủ tục hành chính

- Công khai đầy đủ ⟪112 thủ tục hành chính⟫ thuộc thẩm quyền giải quyết của UBND xã tại Bộ phận Một cửa.
- Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt từ ⟪98%⟫ trở lên; tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất ⟪50%⟫.

3. Cải cách tổ chức bộ máy

- Rà soát vị trí việc làm của cán bộ, công chức xã.
- Thực hiện nghiêm quy chế làm việc của UBND xã.

4. Cải cách chế độ công vụ

- Tổ chức cho ⟪100%⟫ cán bộ, công chức ký cam kết thực hiện văn hóa công sở.
- Đánh giá, xếp loại cán bộ, công chức hằng quý, cụ thể:
+ Quý I: hoàn thành trước ngày 25/3/2024;
+ Quý II: hoàn thành trước ngày 25/6/2024;
+ Quý III: hoàn thành trước ngày 25/9/2024.

5. Cải cách tài chính công

- Thực hiện công khai dự toán, quyết toán ngân sách xã theo quy định.

6. Xây dựng chính quyền điện tử, chính quyền số

- Duy trì ⟪05/05 thôn⟫ có tổ công nghệ số cộng đồng hoạt động hiệu quả.
- Tổ chức sơ kết ⟨6 tháng đầu năm 2024|half_year⟩ việc thực hiện Đề án 06 trên địa bàn xã.

III. TỔ CHỨC THỰC HIỆN

1. Văn phòng - Thống kê xã chủ trì, theo dõi, đôn đốc, tổng hợp báo cáo UBND huyện theo định kỳ quý, 6 tháng và năm.

2. Các công chức chuyên môn căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, triển khai thực hiện.

3. Đề nghị UBMTTQVN xã và các đoàn thể phối hợp tuyên truyền, giám sát việc thực hiện.

Trên đây là Kế hoạch cải cách hành chính năm 2024 của UBND xã Phú Lộc, yêu cầu các bộ phận, công chức nghiêm túc triển khai thực hiện./.

Nơi nhận:
- Phòng Nội vụ huyện;
- TT Đảng ủy, TT HĐND xã;
- CT, PCT UBND xã;
- Công chức chuyên môn xã;
- Trưởng các thôn;
- Lưu: VT, VP.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Mỹ Lệ
""",
)
