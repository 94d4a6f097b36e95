DOC = dict(
    kind="decision",
    description="Quyết định of the Chủ tịch UBND xã Bình Minh establishing a steering committee on chuyển đổi số with Điều 1–4, khoản and điểm inside Điều; clean",
    level="xã",
    report_year=2024,
    habits=["Căn cứ lines with italic-style ';' and final '.'", "khoản 1./2. and điểm a)/b)/c)/d)/đ) inside Điều (not headings)", "members listed with '-'", "Điều 4 enforcement clause"],
    header=dict(subject="Về việc thành lập Ban Chỉ đạo chuyển đổi số xã Bình Minh năm 2024"),
    signature=(None, None, "CHỦ TỊCH", "Tạ Quang Vinh"),
    non_findings=[
        ("điểm a) … đ) inside Điều 2 is a complete sequence including đ", "đ) Thực hiện các nhiệm vụ khác"),
        ("Quyết định 06/QĐ-TTg ngày 06/01/2022 is before the decision date", "06/QĐ-TTg"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ BÌNH MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 42/QĐ-UBND
Bình Minh, ngày 04 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo chuyển đổi số
xã Bình Minh năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH MINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ ⟦Quyết định số 06/QĐ-TTg ngày 06/01/2022|iss=Thủ tướng Chính phủ⟧ của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia ⟨giai đoạn 2022 - 2025, tầm nhìn đến năm 2030|period⟩;
Căn cứ ⟦Kế hoạch số 37/KH-UBND ngày 20/02/2024|iss=UBND huyện⟧ của UBND huyện về chuyển đổi số năm 2024;
Theo đề nghị của công chức Văn phòng - Thống kê xã.

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số xã Bình Minh năm 2024 (sau đây gọi tắt là Ban Chỉ đạo), gồm các ông, bà có tên sau:
- Ông Tạ Quang Vinh, Chủ tịch UBND xã, Trưởng ban;
- Bà Lưu Thị Ngân, Phó Chủ tịch UBND xã, Phó Trưởng ban;
- Ông Đoàn Văn Sơn, Trưởng Công an xã, Phó Trưởng ban;
- Ông Mai Xuân Trường, công chức Văn phòng - Thống kê, Ủy viên thường trực;
- Trưởng ⟪07 thôn⟫, Ủy viên.

Điều 2. Nhiệm vụ của Ban Chỉ đạo
«N»1. Giúp Chủ tịch UBND xã chỉ đạo, điều phối việc thực hiện chuyển đổi số trên địa bàn xã, cụ thể:
«N»a) Xây dựng kế hoạch chuyển đổi số hằng năm;
«N»b) Chỉ đạo hoạt động của ⟪07/07 tổ⟫ công nghệ số cộng đồng;
«N»c) Đôn đốc triển khai Đề án 06 trên địa bàn;
«N»d) Kiểm tra, sơ kết ⟨6 tháng đầu năm 2024|half_year⟩ và tổng kết năm;
«N»đ) Thực hiện các nhiệm vụ khác do Chủ tịch UBND xã giao.
«N»2. Trưởng ban phân công nhiệm vụ cụ thể cho các thành viên.

Điều 3. Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 4. Văn phòng HĐND và UBND xã, các thành viên Ban Chỉ đạo và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- UBND huyện (b/c);
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

CHỦ TỊCH

Tạ Quang Vinh
""",
)
