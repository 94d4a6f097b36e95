DOC = dict(
    description="District (UBND huyện Kỳ Sơn Bắc) báo cáo kinh tế - xã hội năm 2023 with uppercase PHẦN I/PHẦN II and roman headings; clean",
    level="huyện",
    report_year=2023,
    habits=["PHẦN I / PHẦN II in capitals", "Kính gửi a superior body", "percentages with decimal comma", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "numbers with dot thousands"],
    header=dict(subject="Tình hình kinh tế - xã hội năm 2023 và kế hoạch phát triển kinh tế - xã hội năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "KT.", "PHÓ CHỦ TỊCH", "Nguyễn Quang Huy"),
    non_findings=[
        ("'năm 2022' as the comparison base ('so với năm 2022') is not a year mismatch", "so với năm 2022"),
        ("15 + 11 + 4 = 30 dự án", "30 dự án"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
HUYỆN KỲ SƠN BẮC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Kỳ Sơn Bắc, ngày 08 tháng 12 năm 2023

BÁO CÁO
Tình hình kinh tế - xã hội năm 2023 và kế hoạch
phát triển kinh tế - xã hội năm 2024

Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.

Thực hiện ⟦Công văn số 8974/UBND-TH ngày 06/11/2023|iss=UBND tỉnh⟧ của UBND tỉnh về việc báo cáo tình hình kinh tế - xã hội năm 2023, UBND huyện Kỳ Sơn Bắc báo cáo như sau:

PHẦN I
TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023

I. VỀ KINH TẾ

1. Tốc độ tăng trưởng

Tổng giá trị sản xuất ước đạt ⟪4.865,2 tỷ đồng⟫, tăng ⟪8,7%⟫ so với năm 2022. Cơ cấu kinh tế: nông, lâm nghiệp ⟪34,6%⟫; công nghiệp - xây dựng ⟪29,1%⟫; dịch vụ ⟪36,3%⟫.

2. Đầu tư xây dựng

Toàn huyện triển khai ⟪30 dự án|b=15,11,4⟫ đầu tư công, trong đó:
- Chuyển tiếp: 15 dự án;
- Khởi công mới: 11 dự án;
- Chuẩn bị đầu tư: 4 dự án.

Giải ngân vốn đầu tư công ⟨tính đến ngày 30/11/2023|as_of⟩ đạt ⟪87,4%⟫ kế hoạch.

3. Xây dựng nông thôn mới

Có thêm 02 xã đạt chuẩn nông thôn mới, nâng tổng số lên ⟪14/21 xã|u=xã⟫; bình quân đạt ⟪16,8 tiêu chí/xã⟫.

II. VỀ VĂN HÓA - XÃ HỘI

1. Giáo dục và đào tạo

Tỷ lệ trường đạt chuẩn quốc gia ⟪72,5%⟫; tỷ lệ tốt nghiệp trung học phổ thông ⟪98,9%⟫.

2. Lao động, việc làm và giảm nghèo

Giải quyết việc làm cho ⟪2.140 lao động⟫; tỷ lệ hộ nghèo giảm còn ⟪11,26%⟫ theo chuẩn nghèo ⟨giai đoạn 2022 - 2025|period⟩.

III. VỀ QUỐC PHÒNG - AN NINH

Hoàn thành ⟪100%⟫ chỉ tiêu giao quân; tổ chức thành công diễn tập khu vực phòng thủ huyện.

IV. ĐÁNH GIÁ CHUNG

Năm 2023, có ⟪19/22 chỉ tiêu|u=chỉ tiêu⟫ đạt và vượt kế hoạch; 03 chỉ tiêu chưa đạt gồm thu ngân sách, tỷ lệ đô thị hóa và tỷ lệ lao động qua đào tạo có bằng cấp.

PHẦN II
KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024

I. MỤC TIÊU TỔNG QUÁT

Tập trung phát triển kinh tế nhanh, bền vững; hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ huyện ⟨nhiệm kỳ 2020 - 2025|term⟩.

II. CÁC CHỈ TIÊU CHỦ YẾU

1. Tốc độ tăng giá trị sản xuất từ ⟪8,5%⟫ trở lên.

2. Có thêm 02 xã đạt chuẩn nông thôn mới.

3. Tỷ lệ hộ nghèo giảm ⟪2,5%⟫ trở lên.

III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

«L»1. Đẩy nhanh giải ngân vốn đầu tư công ngay từ ⟨Quý I năm 2024|quarter⟩.
«L»2. Tập trung cải cách hành chính, cải thiện môi trường đầu tư.
«L»3. Giữ vững quốc phòng - an ninh, trật tự an toàn xã hội.

UBND huyện Kỳ Sơn Bắc kính báo cáo UBND tỉnh./.

Nơi nhận:
- Như trên;
- Sở Kế hoạch và Đầu tư;
- TT Huyện ủy, TT HĐND huyện;
- Chủ tịch, các PCT UBND huyện;
- Lưu: VT, TCKH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Quang Huy
""",
)
