DOC = dict(
    description="Commune kế hoạch thi đua, khen thưởng năm 2026 of xã Nghi Lộc Đông (tỉnh Nghệ An) after the two-level reform; cites NĐ 152/2025, movements of 2025-2026; clean",
    level="xã (after 01/7/2025)",
    report_year=2026,
    habits=["two-level government (xã + tỉnh)", "Căn cứ with laws by name and by number", "xã, phường, đặc khu tiêu biểu", "movements launched 24/4/2025 and 09/02/2026", "decimal 2.1."],
    header=dict(subject="Tổ chức phong trào thi đua và công tác khen thưởng năm 2026"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "KT.", "PHÓ CHỦ TỊCH", "Hoàng Văn Chương"),
    awards=[
        A("title", "Lao động tiên tiến", "registered", "cá nhân", 58, year=2026),
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 4, year=2026),
        A("title", "Thôn, tổ dân phố văn hóa", "registered", "thôn", 12, year=2026),
    ],
    non_findings=[
        ("NĐ 152/2025 dated 14/6/2025 and Kế hoạch 318 of 12/01/2026 are before the plan's date 26/02/2026", "Kế hoạch số 318/KH-UBND"),
        ("'UBND tỉnh' and 'xã' only; no district authority after the reform", "Chủ tịch UBND tỉnh"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ NGHI LỘC ĐÔNG
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghi Lộc Đông, ngày 26 tháng 02 năm 2026

KẾ HOẠCH
Tổ chức phong trào thi đua và công tác khen thưởng năm 2026

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ ⟦Luật Thi đua, khen thưởng số 06/2022/QH15|iss=Quốc hội⟧;
Căn cứ ⟦Nghị định số 152/2025/NĐ-CP ngày 14/6/2025|iss=Chính phủ⟧ của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng;
Căn cứ ⟦Kế hoạch số 318/KH-UBND ngày 12/01/2026|iss=UBND tỉnh Nghệ An⟧ của UBND tỉnh Nghệ An về tổ chức phong trào thi đua năm 2026.

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Động viên cán bộ, công chức, viên chức và Nhân dân thi đua thực hiện thắng lợi nhiệm vụ năm 2026, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, ⟨nhiệm kỳ 2025 - 2030|term⟩.

2. Yêu cầu

Phong trào thi đua phải thiết thực, tránh hình thức; khen thưởng kịp thời, chính xác, công khai.

II. NỘI DUNG

1. Các phong trào thi đua do Thủ tướng Chính phủ phát động

1.1. Phong trào “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (phát động ngày 24/4/2025): phấn đấu ⟪70%⟫ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.

1.2. Phong trào “Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh” (phát động ngày 09/02/2026): mỗi thôn xây dựng ít nhất ⟪01 mô hình⟫ ứng dụng công nghệ số.

1.3. Phong trào “Phát triển mạnh doanh nghiệp tư nhân, nâng cao hiệu quả doanh nghiệp nhà nước”: hỗ trợ thành lập mới ⟪08 doanh nghiệp⟫ và ⟪02 hợp tác xã⟫.

2. Phong trào thi đua của xã

2.1. Thi đua xây dựng xã đạt danh hiệu “xã, phường, đặc khu tiêu biểu” của tỉnh.

2.2. Thi đua xây dựng “Thôn, tổ dân phố văn hóa”: ⟪12/12 thôn|u=thôn⟫ đăng ký.

III. ĐĂNG KÝ DANH HIỆU

Tổng số cá nhân đăng ký ⟪62 cá nhân|b=58,4⟫, gồm:
- Lao động tiên tiến: 58 cá nhân;
- Chiến sĩ thi đua cơ sở: 04 cá nhân.

IV. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa - Xã hội xã tham mưu Hội đồng Thi đua - Khen thưởng xã tổ chức thực hiện; trình Chủ tịch UBND tỉnh khen thưởng các trường hợp thuộc thẩm quyền của tỉnh.

2. Sơ kết ⟨6 tháng đầu năm 2026|half_year⟩ trước ngày ⟨15/6/2026|date⟩; tổng kết năm trước ngày ⟨30/11/2026|date⟩.

Nơi nhận:
- Sở Nội vụ tỉnh Nghệ An;
- TT Đảng ủy, HĐND xã;
- Các phòng, đơn vị thuộc UBND xã;
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Văn Chương
""",
)
