DOC = dict(
    description="Ward (phường Nam Giang, tỉnh Quảng Ngãi) báo cáo thi đua, khen thưởng năm 2025 after the two-level reform; first half of the year under the old district mentioned historically; clean",
    level="phường (after 01/7/2025)",
    report_year=2025,
    habits=["phường after the reform", "historical district mention (before 01/7/2025)", "NĐ 98/2023 until 30/6/2025 then NĐ 152/2025", "xã, phường, đặc khu tiêu biểu", "decimal 1.1."],
    header=dict(subject="Tổng kết công tác thi đua, khen thưởng năm 2025; phương hướng, nhiệm vụ năm 2026"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Minh"),
    awards=[
        A("form", "Giấy khen", "awarded", "tập thể", 9, grantor="Chủ tịch UBND phường", year=2025, decision="412/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 23, grantor="Chủ tịch UBND phường", year=2025, decision="412/QĐ-UBND"),
        A("form", "Bằng khen", "awarded", "tập thể", 1, grantor="Chủ tịch UBND tỉnh", year=2025, decision="1875/QĐ-UBND"),
    ],
    non_findings=[
        ("the district is mentioned as history ('trước ngày 01/7/2025') — not an abolished-district finding", "Trước ngày 01/7/2025"),
        ("NĐ 98/2023 is named for the period it was in force", "98/2023/NĐ-CP"),
        ("09 + 23 = 32 trường hợp", "32 trường hợp"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
PHƯỜNG NAM GIANG
Số: 389/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Giang, ngày 08 tháng 12 năm 2025

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2025;
phương hướng, nhiệm vụ năm 2026

Kính gửi: Sở Nội vụ tỉnh Quảng Ngãi.

Thực hiện ⟦Công văn số 3914/SNV-TĐKT ngày 14/11/2025|iss=Sở Nội vụ tỉnh Quảng Ngãi⟧ của Sở Nội vụ tỉnh Quảng Ngãi, UBND phường Nam Giang báo cáo như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH

Phường Nam Giang được thành lập trên cơ sở sắp xếp ⟪03 đơn vị hành chính⟫ cấp xã cũ, hoạt động từ ngày 01/7/2025, có ⟪18 tổ dân phố⟫ với ⟪31.246 người⟫. Trước ngày 01/7/2025, công tác thi đua, khen thưởng của các xã cũ do UBND huyện cũ hướng dẫn theo ⟦Nghị định số 98/2023/NĐ-CP|iss=Chính phủ⟧; từ ngày 01/7/2025 thực hiện theo ⟦Nghị định số 152/2025/NĐ-CP ngày 14/6/2025|iss=Chính phủ⟧.

II. KẾT QUẢ THỰC HIỆN

1. Phong trào thi đua

1.1. Phong trào “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”: ⟪100%⟫ hồ sơ thủ tục hành chính được tiếp nhận, trả kết quả qua hệ thống; ⟪87,5%⟫ hồ sơ nộp trực tuyến.

1.2. Phong trào “Xóa nhà tạm, nhà dột nát”: hoàn thành xóa ⟪21 nhà⟫ tạm trước ngày ⟨31/8/2025|date⟩.

1.3. Phong trào thi đua chào mừng Đại hội Đảng bộ phường lần thứ I, ⟨nhiệm kỳ 2025 - 2030|term⟩: các tổ dân phố đăng ký ⟪18 công trình⟫, phần việc.

2. Công tác khen thưởng

Chủ tịch UBND phường tặng Giấy khen cho ⟪32 trường hợp|b=9,23⟫ tại ⟦Quyết định số 412/QĐ-UBND ngày 28/11/2025|iss=UBND phường⟧, gồm:
- Tập thể: 09;
- Cá nhân: 23.

Đề nghị và được Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể tại ⟦Quyết định số 1875/QĐ-UBND ngày 19/9/2025|iss=UBND tỉnh⟧.

III. PHƯƠNG HƯỚNG NĂM 2026

1. Phấn đấu đạt danh hiệu “xã, phường, đặc khu tiêu biểu” của tỉnh năm 2026.

2. Thi đua chào mừng bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ⟨nhiệm kỳ 2026 - 2031|term⟩.

Nơi nhận:
- Như trên;
- TT Đảng ủy, HĐND phường;
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Minh
""",
)
