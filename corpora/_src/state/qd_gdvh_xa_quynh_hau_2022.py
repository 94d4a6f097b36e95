DOC = dict(
    kind="decision",
    description="Quyết định công nhận Gia đình văn hóa năm 2022 (xã Quỳnh Hậu); plants a symbol-malformed citation (18/20202QĐ-UBND) and a future-date citation (cited plan dated after the decision)",
    level="xã",
    report_year=2022,
    habits=["Căn cứ lines", "counts by thôn with a total", "Gia đình văn hóa title", "KT. / PHÓ CHỦ TỊCH"],
    header=dict(subject="Về việc công nhận danh hiệu “Gia đình văn hóa” năm 2022"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Cù Thị Nhàn"),
    awards=[
        A("title", "Gia đình văn hóa", "awarded", "hộ gia đình", 1215, grantor="Chủ tịch UBND xã", year=2022, decision="176/QĐ-UBND"),
    ],
    findings=[
        F("symbol-malformed", "18/20202QĐ-UBND", "the year group and separator are garbled ('20202QĐ' for a QĐ-UBND symbol)"),
        F("future-date", "ngày 14/12/2022", "the cited plan is dated 14/12/2022, after this decision (28/11/2022)"),
    ],
    non_findings=[
        ("per-village counts 215 + 198 + 241 + 187 + 204 + 170 = 1.215 hộ", "1.215 hộ"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ QUỲNH HẬU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 176/QĐ-UBND
Quỳnh Hậu, ngày 28 tháng 11 năm 2022

QUYẾT ĐỊNH
Về việc công nhận danh hiệu “Gia đình văn hóa” năm 2022

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUỲNH HẬU

Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;
Căn cứ ⟦Nghị định số 122/2018/NĐ-CP ngày 17/9/2018|iss=Chính phủ⟧ của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”;
Căn cứ ⟦Quyết định số 18/20202QĐ-UBND ngày 03/7/2020|iss=UBND tỉnh|num=18|sym=QĐ-UBND|tc=QĐ|ic=UBND|yr=2020|type=Quyết định|sys=legal|note=malformed symbol, read as intended (18/2020/QĐ-UBND)⟧ của UBND tỉnh ban hành Quy định về xét tặng danh hiệu văn hóa trên địa bàn tỉnh;
Căn cứ ⟦Kế hoạch số 205/KH-UBND ngày 14/12/2022|iss=UBND huyện⟧ của UBND huyện về bình xét danh hiệu văn hóa năm 2022;
Xét đề nghị của công chức Văn hóa - Xã hội xã.

QUYẾT ĐỊNH:

Điều 1. Công nhận danh hiệu “Gia đình văn hóa” năm 2022 cho ⟪1.215 hộ gia đình|b=215,198,241,187,204,170⟫ trên địa bàn xã, cụ thể:
- Thôn 1: 215 hộ;
- Thôn 2: 198 hộ;
- Thôn 3: 241 hộ;
- Thôn 4: 187 hộ;
- Thôn 5: 204 hộ;
- Thôn 6: 170 hộ.
(Có danh sách chi tiết từng thôn kèm theo)

Điều 2. Hộ gia đình được công nhận được cấp Giấy công nhận theo quy định.

Điều 3. Công chức Văn hóa - Xã hội, Trưởng các thôn và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Phòng Văn hóa và Thông tin huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT, VHXH.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Cù Thị Nhàn
""",
)
