DOC = dict(
    kind="decision",
    description="Quyết định khen thưởng đột xuất (xã Đại Đồng, 2021) whose articles jump from Điều 2 to Điều 4; plants heading-sequence",
    level="xã",
    report_year=2021,
    habits=["decision with Điều 1, 2, 4", "Căn cứ lines with the old law", "money per person"],
    header=dict(subject="Về việc khen thưởng đột xuất cho cá nhân có hành động dũng cảm cứu người"),
    signature=(None, None, "CHỦ TỊCH", "Lâm Quốc Tuấn"),
    awards=[
        A("form", "Giấy khen", "awarded", "cá nhân", 2, grantor="Chủ tịch UBND xã", year=2021, decision="63/QĐ-UBND"),
    ],
    findings=[
        F("heading-sequence", "Điều 4. Văn phòng", "articles go Điều 1, Điều 2, Điều 4: Điều 3 is missing"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ ĐẠI ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 63/QĐ-UBND
Đại Đồng, ngày 19 tháng 7 năm 2021

QUYẾT ĐỊNH
Về việc khen thưởng đột xuất cho cá nhân
có hành động dũng cảm cứu người

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐẠI ĐỒNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;
Căn cứ ⟦Nghị định số 91/2017/NĐ-CP ngày 31/7/2017|iss=Chính phủ⟧ của Chính phủ;
Xét đề nghị của công chức Văn phòng - Thống kê xã.

QUYẾT ĐỊNH:

Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho ⟪02 cá nhân⟫ đã có hành động dũng cảm cứu ⟪03 em⟫ học sinh bị đuối nước tại đập Khe Su ngày ⟨11/7/2021|date⟩:
«N»1. Ông Nguyễn Văn Thạch, thôn Đông Tiến;
«N»2. Anh Phùng Minh Hải, thôn Đại Hữu.

Điều 2. Mỗi cá nhân được thưởng ⟪447.000 đồng⟫ từ Quỹ thi đua, khen thưởng của xã.

Điều 4. Văn phòng - Thống kê, Tài chính - Kế toán xã và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Phòng Nội vụ huyện;
- Lưu: VT.

CHỦ TỊCH

Lâm Quốc Tuấn
""",
)
