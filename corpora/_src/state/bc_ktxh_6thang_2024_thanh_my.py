DOC = dict(
    description="Commune báo cáo kinh tế - xã hội 6 tháng đầu năm 2024 (xã Thanh Mỹ) with decimal headings 1.1./1.1.1.; plants a total-mismatch and a ratio-exceeds",
    level="xã",
    report_year=2024,
    habits=["decimal headings 1.1. and 1.1.1.", "announced totals with '-' breakdown", "ratios 06/06", "dates 6 tháng đầu năm / tính đến ngày", "header rows joined by tabs"],
    header=dict(subject="Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024; phương hướng, nhiệm vụ 6 tháng cuối năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lương Văn Dũng"),
    findings=[
        F("total-mismatch", "Tổng diện tích gieo trồng vụ Đông Xuân 1.250 ha", "the breakdown 820 + 310 + 100 sums to 1.230 ha, not 1.250 ha"),
        F("ratio-exceeds", "07/06 thôn", "seven of six villages: the numerator exceeds the number of villages in the commune"),
    ],
    non_findings=[
        ("42 + 15 + 9 = 66 vụ việc: total matches its breakdown", "66 vụ việc"),
        ("population 'tính đến ngày 15/6/2024' is before the report date 20/6/2024", "tính đến ngày 15/6/2024"),
    ],
    text="""\
ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ THANH MỸ	Độc lập - Tự do - Hạnh phúc
Số: 97/BC-UBND	Thanh Mỹ, ngày 20 tháng 6 năm 2024

BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024;
phương hướng, nhiệm vụ 6 tháng cuối năm 2024

Thực hiện ⟦Nghị quyết số 25/NQ-HĐND ngày 22/12/2023|iss=HĐND xã⟧ của HĐND xã về kế hoạch phát triển kinh tế - xã hội năm 2024, UBND xã báo cáo tình hình ⟨6 tháng đầu năm 2024|half_year⟩ như sau:

I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024

1. Lĩnh vực kinh tế

1.1. Sản xuất nông nghiệp

1.1.1. Trồng trọt

Tổng diện tích gieo trồng vụ Đông Xuân 1.250 ha, đạt ⟪101,6%⟫ kế hoạch, trong đó:
- Lúa: 820 ha;
- Ngô: 310 ha;
- Rau màu các loại: 100 ha.

Năng suất lúa bình quân ước đạt ⟪62,4 tạ/ha⟫, sản lượng ước ⟪5.117 tấn⟫.

1.1.2. Chăn nuôi

Tổng đàn trâu ⟪412 con⟫, đàn bò ⟪1.935 con⟫, đàn lợn ⟪8.460 con⟫; công tác tiêm phòng đợt 1 đạt ⟪96%⟫. Không để xảy ra dịch bệnh lớn.

1.2. Xây dựng nông thôn mới

Có ⟪07/06 thôn⟫ đăng ký xây dựng khu dân cư nông thôn mới kiểu mẫu năm 2024; đã hoàn thành nâng cấp ⟪2,7 km⟫ đường bê tông nội đồng.

1.3. Tài chính - ngân sách

Tổng thu ngân sách trên địa bàn ước đạt ⟪3.426.500.000 đồng⟫, bằng ⟪58,2%⟫ dự toán năm.

2. Lĩnh vực văn hóa - xã hội

2.1. Giáo dục

Kết thúc ⟨năm học 2023 - 2024|school_year⟩, ⟪3/3 trường|u=trường⟫ hoàn thành kế hoạch; tỷ lệ học sinh lên lớp đạt ⟪99,2%⟫.

2.2. Y tế, dân số

Tổ chức tiêm chủng mở rộng cho ⟪186 trẻ⟫; dân số ⟨tính đến ngày 15/6/2024|as_of⟩ là ⟪9.874 người⟫.

3. Quốc phòng - an ninh

Tiếp nhận và giải quyết ⟪66 vụ việc|b=42,15,9⟫, gồm:
- Tranh chấp đất đai: 42 vụ việc;
- Mâu thuẫn trong Nhân dân: 15 vụ việc;
- Vi phạm trật tự công cộng: 9 vụ việc.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024

1. Chỉ đạo sản xuất vụ Hè Thu đúng lịch thời vụ; phòng chống thiên tai mùa mưa bão.

2. Đẩy nhanh tiến độ thu ngân sách, phấn đấu đạt 100% dự toán trong ⟨6 tháng cuối năm 2024|half_year⟩.

3. Chuẩn bị tốt các điều kiện cho ⟨năm học 2024 - 2025|school_year⟩.

4. Giữ vững an ninh chính trị, trật tự an toàn xã hội; hoàn thành chỉ tiêu tuyển quân năm 2025.

Nơi nhận:
- UBND huyện;
- Phòng Tài chính - Kế hoạch huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lương Văn Dũng
""",
)
