DOC = dict(
    description="Draft commune báo cáo Quý I năm 2026 extracted without its header table: no Quốc hiệu, no issuing body, blank number; also an anniversary whose years disagree with the count",
    level="xã (after 01/7/2025)",
    report_year=2026,
    habits=["header table lost in extraction", "blank 'Số:      /BC-UBND'", "Quý I năm 2026", "Kỷ niệm anniversaries"],
    header=dict(subject="Tình hình kinh tế - xã hội Quý I năm 2026; nhiệm vụ trọng tâm Quý II năm 2026", issuing_body_present=False),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Khoa"),
    findings=[
        F("missing-number", "Số:      /BC-UBND", "the document number is blank"),
        F("missing-national-title", "Số:      /BC-UBND", "no Quốc hiệu/Tiêu ngữ and no issuing-body name before the number line"),
        F("anniversary-mismatch", "Kỷ niệm 50 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2026)", "1931 to 2026 is 95 years, not 50"),
    ],
    non_findings=[
        ("Kỷ niệm 51 năm Ngày giải phóng quê hương (1975 - 2026) is consistent", "51 năm Ngày giải phóng"),
    ],
    text="""\
Số:      /BC-UBND
Sơn Hà, ngày 20 tháng 3 năm 2026

BÁO CÁO
Tình hình kinh tế - xã hội Quý I năm 2026;
nhiệm vụ trọng tâm Quý II năm 2026

I. KẾT QUẢ THỰC HIỆN ⟨QUÝ I NĂM 2026|quarter⟩

1. Kinh tế

Gieo trồng vụ Đông Xuân ⟪1.420 ha⟫, đạt ⟪100,7%⟫ kế hoạch; thu ngân sách ước đạt ⟪27,3%⟫ dự toán tỉnh giao.

2. Văn hóa - xã hội

a) Tổ chức Tết Nguyên đán Bính Ngọ an toàn; thăm, tặng ⟪1.204 suất quà⟫ cho người có công, hộ nghèo.

b) Tổ chức các hoạt động chào mừng Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026) và ⟨Kỷ niệm 50 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2026)|anniversary⟩.

c) Chuẩn bị Kỷ niệm ⟨51 năm Ngày giải phóng quê hương (1975 - 2026)|anniversary⟩.

3. Quốc phòng - an ninh

Giao ⟪19/19 công dân|u=công dân⟫ nhập ngũ đạt ⟪100%⟫ chỉ tiêu tỉnh giao; bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ngày ⟨15/3/2026|date⟩ diễn ra an toàn, tỷ lệ cử tri đi bầu ⟪99,3%⟫.

II. NHIỆM VỤ TRỌNG TÂM ⟨QUÝ II NĂM 2026|quarter⟩

1. Chỉ đạo thu hoạch vụ Đông Xuân, chuẩn bị vụ Hè Thu.

2. Sơ kết ⟨6 tháng đầu năm 2026|half_year⟩ việc thực hiện Nghị quyết HĐND xã.

Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đinh Văn Khoa
""",
)
