DOC = dict(
    description="District báo cáo tổng kết thi đua, khen thưởng năm 2021 (UBND huyện Cam Lộ Tây) with a. b. letters, award counts and Bằng khen of the provincial chairman; clean",
    level="huyện",
    report_year=2021,
    habits=["letters written 'a.' consistently", "award counts by title and form", "Bằng khen của Chủ tịch UBND tỉnh", "Covid-19 period", "dates dd-mm-yyyy in one paragraph"],
    header=dict(subject="Tổng kết công tác thi đua, khen thưởng năm 2021; phương hướng, nhiệm vụ năm 2022"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Đình Phong"),
    awards=[
        A("form", "Bằng khen", "awarded", "tập thể", 3, grantor="Chủ tịch UBND tỉnh", year=2021, decision="2871/QĐ-UBND"),
        A("form", "Bằng khen", "awarded", "cá nhân", 7, grantor="Chủ tịch UBND tỉnh", year=2021, decision="2871/QĐ-UBND"),
        A("title", "Tập thể lao động tiên tiến", "awarded", "tập thể", 24, grantor="Chủ tịch UBND huyện", year=2021, decision="1904/QĐ-UBND"),
        A("title", "Chiến sĩ thi đua cơ sở", "awarded", "cá nhân", 18, grantor="Chủ tịch UBND huyện", year=2021, decision="1904/QĐ-UBND"),
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 265, grantor="Chủ tịch UBND huyện", year=2021, decision="1904/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "tập thể", 31, grantor="Chủ tịch UBND huyện", year=2021, decision="1905/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 74, grantor="Chủ tịch UBND huyện", year=2021, decision="1905/QĐ-UBND"),
    ],
    non_findings=[
        ("24 + 18 + 265 = 307 and 31 + 74 = 105: totals match", "tổng cộng 307"),
        ("Chủ tịch UBND huyện may grant Chiến sĩ thi đua cơ sở (before 01/7/2025)", "Chiến sĩ thi đua cơ sở cho 18 cá nhân"),
        ("dash dates 14-5-2021 are valid", "14-5-2021"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
HUYỆN CAM LỘ TÂY
Số: 298/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cam Lộ Tây, ngày 17 tháng 12 năm 2021

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2021;
phương hướng, nhiệm vụ năm 2022

Thực hiện ⟦Hướng dẫn số 42/HD-BTĐKT ngày 15/11/2021|iss=Ban Thi đua - Khen thưởng tỉnh⟧ của Ban Thi đua - Khen thưởng tỉnh về tổng kết công tác thi đua, khen thưởng năm 2021, UBND huyện báo cáo như sau:

I. TÌNH HÌNH CHUNG

Năm 2021, huyện Cam Lộ Tây vừa thực hiện nhiệm vụ phát triển kinh tế - xã hội, vừa phòng, chống dịch Covid-19. Được sự quan tâm của Tỉnh ủy, UBND tỉnh, sự lãnh đạo của Huyện ủy, các phong trào thi đua đã góp phần hoàn thành ⟪17/20 chỉ tiêu|u=chỉ tiêu⟫ chủ yếu năm 2021.

II. KẾT QUẢ THỰC HIỆN

1. Công tác chỉ đạo

UBND huyện ban hành ⟦Kế hoạch số 18/KH-UBND ngày 22/01/2021|iss=UBND huyện⟧ về phát động phong trào thi đua năm 2021; Hội đồng Thi đua - Khen thưởng huyện được kiện toàn tại ⟦Quyết định số 615/QĐ-UBND ngày 08/4/2021|iss=UBND huyện⟧.

2. Các phong trào thi đua

a. Phong trào thi đua phòng, chống dịch Covid-19: Thành lập ⟪22 tổ⟫ Covid cộng đồng; tiêm vắc xin mũi 1 cho ⟪97,8%⟫ người từ 18 tuổi trở lên.

b. Phong trào thi đua bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp ⟨nhiệm kỳ 2021 - 2026|term⟩: Cuộc bầu cử ngày ⟨23-5-2021|date⟩ diễn ra an toàn; các tổ bầu cử được thành lập theo quyết định ngày ⟨14-5-2021|date⟩ của UBND huyện; tỷ lệ cử tri đi bầu đạt ⟪99,6%⟫.

c. Phong trào "Cả nước chung sức xây dựng nông thôn mới": Có thêm ⟪02 xã⟫ đạt chuẩn nông thôn mới nâng cao.

3. Công tác khen thưởng

a. Khen thưởng cấp tỉnh: Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể và 07 cá nhân tại ⟦Quyết định số 2871/QĐ-UBND ngày 06/12/2021|iss=UBND tỉnh⟧.

b. Khen thưởng cấp huyện: Tại ⟦Quyết định số 1904/QĐ-UBND ngày 10/12/2021|iss=UBND huyện⟧, Chủ tịch UBND huyện công nhận danh hiệu Tập thể lao động tiên tiến cho 24 tập thể, Chiến sĩ thi đua cơ sở cho 18 cá nhân và Lao động tiên tiến cho 265 cá nhân (tổng cộng 307 danh hiệu); tại ⟦Quyết định số 1905/QĐ-UBND ngày 10/12/2021|iss=UBND huyện⟧ tặng Giấy khen cho ⟪105 trường hợp|b=31,74⟫, gồm:
- Tập thể: 31;
- Cá nhân: 74.

III. ĐÁNH GIÁ CHUNG

a. Ưu điểm: Khen thưởng kịp thời các tập thể, cá nhân có thành tích trong phòng, chống dịch.

b. Hạn chế: Tỷ lệ khen thưởng cho người lao động trực tiếp mới đạt ⟪21,4%⟫ tổng số khen thưởng.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022

1. Tổ chức tốt các phong trào thi đua gắn với kỷ niệm các ngày lễ lớn ⟨năm 2022|year⟩.

2. Chuẩn bị nội dung sơ kết 05 năm thực hiện phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”.

3. Kiện toàn đội ngũ làm công tác thi đua, khen thưởng ở cấp xã.

Nơi nhận:
- Ban Thi đua - Khen thưởng tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Chủ tịch, các PCT UBND huyện;
- Thành viên HĐTĐKT huyện;
- Lưu: VT, NV.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Đình Phong
""",
)
