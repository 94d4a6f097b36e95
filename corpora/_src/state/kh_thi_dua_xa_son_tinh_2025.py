DOC = dict(
    description="Commune kế hoạch phát động thi đua năm 2025 (xã Sơn Tịnh, still under a district, January 2025); plants heading-style-mixed (a) and a/) and a type-symbol-mismatch (Kế hoạch số 12/QĐ-UBND)",
    level="xã",
    report_year=2025,
    habits=["a) and a/ mixed", "'+' sub-bullets", "announced 05 nội dung with 5 items", "Kỷ niệm anniversaries (correct)", "Căn cứ as separate lines"],
    header=dict(subject="Phát động phong trào thi đua yêu nước năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trương Minh Sang"),
    awards=[
        A("title", "Lao động tiên tiến", "registered", "cá nhân", 32, year=2025),
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 2, year=2025),
        A("form", "Giấy khen", "registered", "tập thể", 4, grantor="Chủ tịch UBND xã", year=2025),
    ],
    findings=[
        F("heading-style-mixed", "a/ Thi đua thực hiện", "letter headings use 'a)' in section II.1 and 'a/' in section II.2"),
        F("type-symbol-mismatch", "Kế hoạch số 12/QĐ-UBND", "a Kế hoạch cited with a QĐ (Quyết định) symbol"),
    ],
    non_findings=[
        ("Kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025) is consistent", "(30/4/1975 - 30/4/2025)"),
        ("Kỷ niệm 80 năm Cách mạng tháng Tám (1945 - 2025) is consistent", "80 năm Cách mạng tháng Tám"),
        ("05 nội dung announced and 5 items (1.–5.) given", "05 nội dung trọng tâm"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ SƠN TỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
Sơn Tịnh, ngày 20 tháng 01 năm 2025

KẾ HOẠCH
Phát động phong trào thi đua yêu nước năm 2025

Căn cứ ⟦Luật Thi đua, khen thưởng số 06/2022/QH15|iss=Quốc hội⟧;
Căn cứ ⟦Nghị định số 98/2023/NĐ-CP ngày 31/12/2023|iss=Chính phủ⟧ của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
Căn cứ ⟦Kế hoạch số 12/QĐ-UBND ngày 08/01/2025|iss=UBND huyện Trà Lĩnh Đông|type=Kế hoạch|tc=QĐ|note=type word Kế hoạch but QĐ symbol⟧ của UBND huyện Trà Lĩnh Đông về phát động phong trào thi đua năm 2025.
UBND xã Sơn Tịnh xây dựng Kế hoạch phát động phong trào thi đua yêu nước năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Phong trào thi đua phải gắn với thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội ⟨năm 2025|year⟩ và Nghị quyết Đại hội Đảng bộ xã ⟨nhiệm kỳ 2020 - 2025|term⟩.

2. Thi đua lập thành tích chào mừng Đại hội Đảng bộ xã lần thứ XVI, ⟨nhiệm kỳ 2025 - 2030|term⟩ và các ngày lễ lớn trong năm.

II. NỘI DUNG THI ĐUA

1. Thi đua thực hiện nhiệm vụ chính trị

Tập trung vào 05 nội dung trọng tâm:

«L»1. Hoàn thành các chỉ tiêu kinh tế - xã hội HĐND xã giao.
«L»2. Thu ngân sách đạt và vượt dự toán.
«L»3. Giữ vững ⟪06/06 thôn|u=thôn⟫ đạt danh hiệu thôn văn hóa.
«L»4. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt ⟪100%⟫.
«L»5. Hoàn thành chỉ tiêu tuyển quân năm 2025.

2. Các đợt thi đua cao điểm

a) Thi đua chào mừng Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025).

b) Thi đua chào mừng Kỷ niệm ⟨50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)|anniversary⟩.

c) Thi đua chào mừng Kỷ niệm 80 năm Cách mạng tháng Tám (1945 - 2025) và Quốc khánh 02/9.

3. Các phong trào thi đua do Thủ tướng Chính phủ phát động

a/ Thi đua thực hiện phong trào “Cả nước chung tay xóa nhà tạm, nhà dột nát”, phấn đấu xóa ⟪14 nhà⟫ tạm trong năm 2025.

b/ Thi đua thực hiện phong trào “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”.

III. ĐĂNG KÝ THI ĐUA VÀ KHEN THƯỞNG

1. Đăng ký thi đua

Dự kiến đăng ký: Lao động tiên tiến 32 cá nhân; Chiến sĩ thi đua cơ sở 02 cá nhân; Giấy khen của Chủ tịch UBND xã 04 tập thể, trong đó:
+ Tập thể thôn: 03;
+ Tập thể đoàn thể: 01.

2. Thời gian

Sơ kết ⟨6 tháng đầu năm 2025|half_year⟩ trước ngày ⟨20/6/2025|date⟩; tổng kết trước ngày ⟨15/11/2025|date⟩.

IV. TỔ CHỨC THỰC HIỆN

1. Văn phòng - Thống kê xã là thường trực Hội đồng Thi đua - Khen thưởng xã, theo dõi, tổng hợp.

2. Đề nghị UBMTTQVN và các đoàn thể xã phối hợp phát động thi đua trong hội viên, đoàn viên.

Nơi nhận:
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- UBMTTQVN và các đoàn thể xã;
- Các thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trương Minh Sang
""",
)
