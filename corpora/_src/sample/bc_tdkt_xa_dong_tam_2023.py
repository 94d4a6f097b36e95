DOC = dict(
    description="Commune báo cáo on thi đua, khen thưởng 2023 (xã Đồng Tâm, huyện Minh Hà); typical clean report with Phần I/II, a) letters, registration list and award decisions",
    level="xã",
    report_year=2023,
    habits=["header left cell then right cell", "Phần I / Phần II", "I. / 1. / a) / 2.1.", "registration list with '-' bullets", "numbered list items 1.–5. under a heading", "./. ending"],
    header=dict(subject="Tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng, nhiệm vụ năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Văn Thuận"),
    awards=[
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 2, year=2023),
        A("title", "Lao động tiên tiến", "registered", "cá nhân", 36, year=2023),
        A("title", "Tập thể lao động tiên tiến", "registered", "tập thể", 2, year=2023),
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 31, grantor="Chủ tịch UBND xã", year=2022, decision="03/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "tập thể", 5, grantor="Chủ tịch UBND xã", year=2022, decision="04/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 14, grantor="Chủ tịch UBND xã", year=2022, decision="04/QĐ-UBND"),
        A("title", "Gia đình văn hóa", "awarded", "hộ gia đình", 1126, grantor="Chủ tịch UBND xã", year=2023, decision="187/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "tập thể", 1, grantor="Chủ tịch UBND huyện", year=2023, decision="2145/QĐ-UBND"),
    ],
    non_findings=[
        ("'tính đến ngày 31/12/2022' population figure in a 2023 report is normal", "tính đến ngày 31/12/2022"),
        ("awards for 2022 decided in January 2023 are not a year mismatch", "năm 2022 cho"),
        ("own QĐ-UBND numbers rise with their dates (03, 04, 96, 187)", "Quyết định số 187/QĐ-UBND"),
        ("the list 1.–5. under Phần II / 2. are list items, not headings", "1. Tiếp tục quán triệt"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ ĐỒNG TÂM
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tâm, ngày 20 tháng 11 năm 2023

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2023
và phương hướng, nhiệm vụ năm 2024

Thực hiện ⟦Công văn số 1876/UBND-NV ngày 25/10/2023|iss=UBND huyện Minh Hà⟧ của UBND huyện Minh Hà về việc tổng kết công tác thi đua, khen thưởng năm 2023, UBND xã Đồng Tâm báo cáo kết quả như sau:

Phần I
KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023

I. ĐẶC ĐIỂM TÌNH HÌNH

1. Đặc điểm chung

Xã Đồng Tâm nằm ở phía Đông Nam huyện Minh Hà, có diện tích tự nhiên ⟪2.816,45 ha⟫; dân số ⟨tính đến ngày 31/12/2022|as_of⟩ là ⟪1.964 hộ⟫ với ⟪7.318 khẩu⟫, phân bố trên ⟪06 thôn⟫. Kinh tế chủ yếu là sản xuất nông nghiệp, chăn nuôi và dịch vụ nhỏ lẻ dọc tuyến tỉnh lộ 624.

2. Thuận lợi, khó khăn

a) Thuận lợi: Được sự quan tâm lãnh đạo, chỉ đạo của Huyện ủy, UBND huyện, Hội đồng Thi đua - Khen thưởng huyện; sự lãnh đạo trực tiếp của Đảng ủy xã và sự đồng thuận của Nhân dân, tình hình kinh tế - xã hội năm 2023 của xã tiếp tục ổn định và có bước phát triển.

b) Khó khăn: Thời tiết diễn biến bất thường, giá vật tư nông nghiệp tăng cao; một bộ phận cán bộ, công chức chưa nhận thức đầy đủ vai trò của công tác thi đua, khen thưởng.

II. KẾT QUẢ THỰC HIỆN

1. Công tác lãnh đạo, chỉ đạo

Tiếp tục quán triệt ⟦Chỉ thị số 34-CT/TW ngày 07/4/2014|iss=Bộ Chính trị⟧ của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng và ⟦Luật Thi đua, khen thưởng số 06/2022/QH15|iss=Quốc hội⟧ có hiệu lực từ ngày 01/01/2024. Ngay từ đầu năm, UBND xã ban hành ⟦Kế hoạch số 09/KH-UBND ngày 16/01/2023|iss=UBND xã⟧ về phát động phong trào thi đua yêu nước năm 2023.

2. Kết quả tổ chức các phong trào thi đua

2.1. Phong trào thi đua do Thủ tướng Chính phủ phát động

a) Phong trào "Cả nước chung sức xây dựng nông thôn mới": Nhân dân hiến ⟪3.450 m²⟫ đất để mở rộng đường giao thông nông thôn; ⟪06/06 thôn|u=thôn⟫ duy trì đạt chuẩn thôn nông thôn mới.

b) Phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau": Vận động Quỹ "Vì người nghèo" được ⟪48.600.000 đồng⟫; hỗ trợ xây mới ⟪02 nhà⟫ cho hộ nghèo. Tỷ lệ hộ nghèo giảm còn ⟪2,84%⟫.

c) Phong trào "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở": 100% cán bộ, công chức xã thực hiện nghiêm quy định về trang phục, giờ giấc làm việc và giao tiếp với Nhân dân.

2.2. Phong trào thi đua do địa phương phát động

Phong trào thi đua "Dân vận khéo" tiếp tục được duy trì; năm 2023 toàn xã đăng ký và thực hiện ⟪03 mô hình|b=1,1,1⟫ "Dân vận khéo", gồm:

- Lĩnh vực kinh tế: 01 mô hình;
- Lĩnh vực văn hóa - xã hội: 01 mô hình;
- Lĩnh vực quốc phòng - an ninh: 01 mô hình.

3. Công tác đăng ký thi đua

Qua phát động, 100% tập thể, cá nhân đăng ký thi đua năm 2023, cụ thể:

- Chiến sĩ thi đua cơ sở: 02 cá nhân;
- Lao động tiên tiến: 36 cá nhân;
- Tập thể lao động tiên tiến: 02 tập thể.

4. Công tác khen thưởng

- Tặng danh hiệu Lao động tiên tiến năm 2022 cho ⟪31 cá nhân⟫ tại ⟦Quyết định số 03/QĐ-UBND ngày 06/01/2023|iss=UBND xã⟧ của UBND xã.
- Tặng Giấy khen của Chủ tịch UBND xã năm 2022 cho 05 tập thể và 14 cá nhân tại ⟦Quyết định số 04/QĐ-UBND ngày 06/01/2023|iss=UBND xã⟧ của UBND xã.
- Khen thưởng đột xuất 03 cá nhân có hành động dũng cảm cứu người bị nạn tại ⟦Quyết định số 96/QĐ-UBND ngày 14/6/2023|iss=UBND xã⟧ của UBND xã.
- Công nhận danh hiệu Gia đình văn hóa năm 2023 cho ⟪1.126/1.964 hộ|u=hộ⟫, đạt ⟪57,3%⟫, tại ⟦Quyết định số 187/QĐ-UBND ngày 10/11/2023|iss=UBND xã⟧ của UBND xã.
- Đề nghị và được Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể tại ⟦Quyết định số 2145/QĐ-UBND ngày 28/9/2023|iss=UBND huyện⟧ của UBND huyện.

III. ĐÁNH GIÁ CHUNG

1. Ưu điểm

Công tác thi đua, khen thưởng được cấp ủy, chính quyền quan tâm; việc bình xét khen thưởng cơ bản đảm bảo công khai, dân chủ, đúng đối tượng.

2. Hạn chế

Một số phong trào còn mang tính hình thức; việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến chưa thường xuyên.

Phần II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024

1. Phương hướng

Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua, gắn với thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội ⟨năm 2024|year⟩ và Nghị quyết Đại hội Đảng bộ xã ⟨nhiệm kỳ 2020 - 2025|term⟩.

2. Nhiệm vụ, giải pháp

«L»1. Tiếp tục quán triệt, triển khai Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành đến toàn thể cán bộ, công chức và Nhân dân.

«L»2. Kiện toàn Hội đồng Thi đua - Khen thưởng xã; phân công thành viên theo dõi từng lĩnh vực.

«L»3. Tổ chức ký kết giao ước thi đua ngay từ đầu năm; sơ kết ⟨6 tháng đầu năm 2024|half_year⟩ và tổng kết cuối năm đúng thời gian.

«L»4. Đẩy mạnh tuyên truyền gương người tốt, việc tốt trên Đài truyền thanh và Trang thông tin điện tử xã.

«L»5. Thực hiện khen thưởng kịp thời, chú trọng khen thưởng người lao động trực tiếp sản xuất.

Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng, nhiệm vụ năm 2024 của UBND xã Đồng Tâm./.

Nơi nhận:
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- CT, các PCT UBND xã;
- UBMTTQVN xã và các đoàn thể;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phạm Văn Thuận
""",
)
