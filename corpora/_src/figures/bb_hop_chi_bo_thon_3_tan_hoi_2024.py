DOC = dict(
    description="Biên bản of a village Party cell's meeting reviewing and grading its members for 2024 (Chi bộ thôn 3, Đảng bộ xã Tân Hội): members by status, exempted members, attendance, grading lines closed by a total, votes on admitting a new member",
    level="chi bộ",
    report_year=2024,
    habits=["Party biên bản 'Số 05-BB/CB'", "members exempt from meetings (miễn sinh hoạt) outside the attendance",
            "grading lines closed by 'Tổng số đảng viên được phân loại'", "votes 'tán thành / không tán thành'",
            "a dash list after 'nội dung'"],
    header=dict(subject="Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2024"),
    signature=(None, None, "CHỦ TRÌ HỘI NGHỊ", "Lương Văn Phú"),
    findings=[
        F("total-mismatch", "Tổng số đảng viên được phân loại: 34 đồng chí",
          "the grading lines give 06 + 27 + 02 + 0 = 35, not 34"),
        F("total-mismatch", "29 đồng chí tán thành, 01 đồng chí không tán thành, 0 đồng chí không biểu quyết",
          "29 + 01 + 0 = 30 votes, but 31 members are present"),
        F("ratio-exceeds", "39/38 đảng viên",
          "39 of the cell's 38 members"),
        F("count-mismatch", "thống nhất 04 nội dung trọng tâm",
          "04 nội dung announced, three are listed"),
    ],
    non_findings=[
        ("35 chính thức + 03 dự bị = 38", "đảng viên chính thức 35 đồng chí, dự bị 03 đồng chí"),
        ("04 exempt + 31 present + 03 absent = 38 (exempt members are neither present nor absent)", "có mặt 31 đồng chí, vắng 03 đồng chí"),
        ("31 / (38 − 04 miễn sinh hoạt) = 91,18 %: the attendance rate excludes exempt members", "tỷ lệ đảng viên dự họp đạt 91,18%"),
        ("30 + 01 = 31 present; 30 / 31 = 96,77 %", "30/31 đồng chí tán thành, đạt 96,77%"),
        ("women among the members are a subset", "trong đó có 11 đồng chí nữ"),
    ],
    text="""\
ĐẢNG BỘ XÃ TÂN HỘI\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN 3\t
*\tTân Hội, ngày 20 tháng 12 năm 2024
Số 05-BB/CB\t

BIÊN BẢN
Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2024

I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
Thời gian: 19 giờ 00 phút, ngày 19/12/2024; địa điểm: Nhà văn hóa thôn 3.
Chi bộ có 38 đảng viên (đảng viên chính thức 35 đồng chí, dự bị 03 đồng chí), trong đó có 11 đồng chí nữ.
Miễn sinh hoạt 04 đồng chí; có mặt 31 đồng chí, vắng 03 đồng chí (có lý do).
Như vậy, tỷ lệ đảng viên dự họp đạt 91,18%.
Chủ trì hội nghị: đồng chí Lương Văn Phú, Bí thư Chi bộ; thư ký: đồng chí Đỗ Thị Mai.

II. NỘI DUNG
1. Các đảng viên trình bày bản kiểm điểm cá nhân; chi bộ góp ý, nhận xét từng đồng chí.
2. Trong năm, 39/38 đảng viên tham gia đầy đủ các buổi học tập, quán triệt nghị quyết.
3. Kết quả biểu quyết xếp loại chất lượng đảng viên:
- Hoàn thành xuất sắc nhiệm vụ: 06 đồng chí;
- Hoàn thành tốt nhiệm vụ: 27 đồng chí;
- Hoàn thành nhiệm vụ: 02 đồng chí;
- Không hoàn thành nhiệm vụ: 0 đồng chí.
Tổng số đảng viên được phân loại: 34 đồng chí.
4. Biểu quyết đề nghị xếp loại chi bộ “Hoàn thành tốt nhiệm vụ”: 30/31 đồng chí tán thành, đạt 96,77%; 01 đồng chí không tán thành.
5. Biểu quyết đề nghị kết nạp quần chúng Lê Thị Hoa vào Đảng: 29 đồng chí tán thành, 01 đồng chí không tán thành, 0 đồng chí không biểu quyết.
6. Chi bộ thống nhất 04 nội dung trọng tâm tháng 01/2025:
- Tổ chức Tết Nguyên đán vui tươi, an toàn;
- Ra quân làm giao thông nông thôn đầu xuân;
- Thu đảng phí năm 2025.
Hội nghị kết thúc lúc 21 giờ 30 phút cùng ngày.

THƯ KÝ

Đỗ Thị Mai

CHỦ TRÌ HỘI NGHỊ

Lương Văn Phú
""",
)
