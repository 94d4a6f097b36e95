DOC = dict(
    kind="decision",
    description="Quyết định of UBND xã Tân Lộc awarding year-2024 titles; plants award-grantor (Chủ tịch UBND xã grants Chiến sĩ thi đua cơ sở) and signature-authority (KT. followed by CHỦ TỊCH)",
    level="xã",
    report_year=2024,
    habits=["Căn cứ lines", "Điều 1 with khoản 1./2. and điểm a)/b)", "attached list with '1. Ông/Bà' rows", "header alternating lines"],
    header=dict(subject="Về việc công nhận danh hiệu thi đua năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "Ngô Thanh Bình"),
    awards=[
        A("title", "Chiến sĩ thi đua cơ sở", "awarded", "cá nhân", 2, grantor="Chủ tịch UBND xã", year=2024, decision="214/QĐ-UBND"),
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 6, grantor="Chủ tịch UBND xã", year=2024, decision="214/QĐ-UBND"),
    ],
    findings=[
        F("award-grantor", "Công nhận danh hiệu “Chiến sĩ thi đua cơ sở”", "under Luật TĐKT 2022 Điều 80 the commune chairman may grant Lao động tiên tiến, Giấy khen and Gia đình văn hóa, not Chiến sĩ thi đua cơ sở"),
        F("signature-authority", "CHỦ TỊCH", "after 'KT. CHỦ TỊCH' the position line must be 'PHÓ CHỦ TỊCH', not 'CHỦ TỊCH'", nth=2),
    ],
    non_findings=[
        ("Lao động tiên tiến by the commune chairman is allowed", "Công nhận danh hiệu “Lao động tiên tiến”"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LỘC
Độc lập - Tự do - Hạnh phúc
Số: 214/QĐ-UBND
Tân Lộc, ngày 16 tháng 12 năm 2024

QUYẾT ĐỊNH
Về việc công nhận danh hiệu thi đua năm 2024

ỦY BAN NHÂN DÂN XÃ TÂN LỘC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ ⟦Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022|iss=Quốc hội⟧;
Căn cứ ⟦Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023|iss=Chính phủ⟧ của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã tại ⟦Tờ trình số 09/TTr-HĐTĐKT ngày 12 tháng 12 năm 2024|iss=Hội đồng Thi đua - Khen thưởng xã⟧.

QUYẾT ĐỊNH:

Điều 1. Công nhận danh hiệu thi đua năm 2024 cho các cá nhân có tên trong danh sách kèm theo, gồm:
«N»1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho ⟪02 cá nhân⟫;
«N»2. Công nhận danh hiệu “Lao động tiên tiến” cho ⟪06 cá nhân⟫.

Điều 2. Mức tiền thưởng thực hiện theo quy định hiện hành, cụ thể:
«N»a) Chiến sĩ thi đua cơ sở: 1,0 lần mức lương cơ sở;
«N»b) Lao động tiên tiến: 0,3 lần mức lương cơ sở.

Điều 3. Văn phòng - Thống kê, Tài chính - Kế toán xã và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Phòng Nội vụ huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
CHỦ TỊCH

Ngô Thanh Bình

DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA NĂM 2024
(Kèm theo ⟦Quyết định số 214/QĐ-UBND ngày 16/12/2024|iss=UBND xã Tân Lộc|note=self-reference of the attachment⟧ của UBND xã Tân Lộc)

Danh hiệu “Chiến sĩ thi đua cơ sở” (02 cá nhân):
«N»1. Bà Lê Thị Thanh Tâm, Công chức Văn phòng - Thống kê;
«N»2. Ông Phạm Minh Đức, Công chức Địa chính - Nông nghiệp.
Danh hiệu “Lao động tiên tiến” (06 cá nhân):
«N»1. Ông Trịnh Văn Hùng, Chỉ huy trưởng Ban CHQS xã;
«N»2. Bà Nguyễn Thị Mai, Công chức Tư pháp - Hộ tịch;
«N»3. Ông Hà Văn Toàn, Công chức Tài chính - Kế toán;
«N»4. Bà Đinh Thị Hương, Công chức Văn hóa - Xã hội;
«N»5. Ông Lò Văn Phúc, Phó Chủ tịch Hội Nông dân xã;
«N»6. Bà Vũ Thị Lý, Người hoạt động không chuyên trách xã.
""",
)
