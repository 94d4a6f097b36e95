DOC = dict(
    description="Commune báo cáo cải cách hành chính Quý I năm 2024 (xã Hồng Thái); plants an invalid-date (31/04/2024) and a heading-sequence gap (I, II, IV)",
    level="xã",
    report_year=2024,
    habits=["Quý I năm 2024", "roman headings with gap", "a) letters", "deadline dates in running text", "header as pipe table rows"],
    header=dict(subject="Kết quả thực hiện công tác cải cách hành chính Quý I năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "KT.", "PHÓ CHỦ TỊCH", "Vi Thị Hằng"),
    findings=[
        F("invalid-date", "31/04/2024", "April has 30 days", severity="error"),
        F("heading-sequence", "IV. PHƯƠNG HƯỚNG", "roman headings jump from II to IV (III missing)"),
    ],
    non_findings=[
        ("own KH-UBND numbers rise with dates (05 on 10/01, 14 on 25/01)", "Kế hoạch số 14/KH-UBND"),
    ],
    text="""\
|ỦY BAN NHÂN DÂN |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|XÃ HỒNG THÁI |Độc lập - Tự do - Hạnh phúc |
|Số: 41/BC-UBND |Hồng Thái, ngày 18 tháng 3 năm 2024 |

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính Quý I năm 2024

Thực hiện ⟦Kế hoạch số 05/KH-UBND ngày 10/01/2024|iss=UBND xã⟧ của UBND xã về cải cách hành chính năm 2024 và ⟦Kế hoạch số 14/KH-UBND ngày 25/01/2024|iss=UBND xã⟧ về tuyên truyền cải cách hành chính năm 2024, UBND xã Hồng Thái báo cáo kết quả thực hiện ⟨Quý I năm 2024|quarter⟩ như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

UBND xã đã ban hành ⟪04 văn bản⟫ chỉ đạo, điều hành công tác cải cách hành chính; tổ chức ⟪01 hội nghị⟫ quán triệt kế hoạch năm 2024 cho cán bộ, công chức.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Rà soát ⟪12 văn bản⟫ do HĐND, UBND xã ban hành; không phát hiện văn bản trái pháp luật.

2. Cải cách thủ tục hành chính

a) Tiếp nhận ⟪486 hồ sơ⟫, giải quyết đúng hạn ⟪481 hồ sơ⟫, đạt ⟪98,97%⟫; 05 hồ sơ đang trong thời hạn giải quyết.

b) Tỷ lệ hồ sơ nộp trực tuyến đạt ⟪46,3%⟫; tiếp tục hướng dẫn Nhân dân sử dụng dịch vụ công trực tuyến.

c) Niêm yết công khai ⟪109 thủ tục hành chính⟫ tại Bộ phận Một cửa.

3. Hiện đại hóa hành chính

a) ⟪100%⟫ văn bản đi, đến được xử lý trên hệ thống quản lý văn bản và điều hành.

b) Việc số hóa kết quả giải quyết thủ tục hành chính phải hoàn thành trước ngày ⟨31/04/2024|date⟩ theo yêu cầu của huyện; đến nay đạt ⟪64%⟫.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2024

1. Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn.

2. Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân về cải cách hành chính trong ⟨Quý II năm 2024|quarter⟩.

3. Tiếp tục nâng tỷ lệ hồ sơ trực tuyến.

Trên đây là báo cáo kết quả cải cách hành chính Quý I năm 2024 của UBND xã Hồng Thái./.

Nơi nhận:
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT, VP.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vi Thị Hằng
""",
)
