DOC = dict(
    description="Biên bản of the commune's emulation council (xã Đông Phú) voting the 2024 titles: attendance line, a tab-separated vote table with a 'Tổng cộng' row, points a)–e) ending with ';', signed by the secretary and the chair; plants an attendance that does not add up, a table total that does not add up and a missing đ)",
    level="xã",
    report_year=2024,
    habits=["biên bản BB-HĐTĐKT", "attendance 'Tổng số … có mặt … vắng …'", "tab-separated table with STT and a total row",
            "points a)–e) ending with ';'", "two signers: THƯ KÝ and CHỦ TỌA"],
    header=dict(subject="Họp Hội đồng Thi đua - Khen thưởng xã bình xét danh hiệu thi đua năm 2024"),
    signature=(None, None, "CHỦ TỌA", "Trần Văn Nghĩa"),
    awards=[
        A("title", "Lao động tiên tiến", "registered", "cá nhân", 15, grantor="Chủ tịch Ủy ban nhân dân xã", year=2024),
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 2, grantor="Chủ tịch Ủy ban nhân dân huyện", year=2024),
        A("title", "Tập thể lao động tiên tiến", "registered", "tập thể", 4, grantor="Chủ tịch Ủy ban nhân dân huyện", year=2024),
    ],
    findings=[
        F("total-mismatch", "Tổng số 09 người; có mặt 08 người, vắng 02 người", "08 present and 02 absent make 10, not 09"),
        F("table-total-mismatch", "\tTổng cộng\t41\t", "the votes column adds up to 43 (15 + 12 + 16), the total row says 41", severity="warning"),
        F("heading-sequence", "e) Giao Văn phòng", "the points run a), b), c), d), e): đ) is missing"),
    ],
    non_findings=[
        ("the chairman of the huyện, not of the xã, is asked for the titles he alone may grant", "Chiến sĩ thi đua cơ sở"),
        ("the rate column of the table is not added up", "100"),
        ("a meeting held before the record's date is no future date", "ngày 05/12/2024"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ ĐÔNG PHÚ
HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
Số: 04/BB-HĐTĐKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Phú, ngày 06 tháng 12 năm 2024

BIÊN BẢN
Họp Hội đồng Thi đua - Khen thưởng xã bình xét danh hiệu thi đua năm 2024

Thời gian: 14 giờ 00 phút, ⟨ngày 05/12/2024|date⟩.
Địa điểm: Hội trường Ủy ban nhân dân xã Đông Phú.

I. THÀNH PHẦN
1. Chủ tọa: Ông Trần Văn Nghĩa, Chủ tịch Ủy ban nhân dân xã, Chủ tịch Hội đồng.
2. Thư ký: Bà Lê Thị Thu, công chức Văn phòng - Thống kê.
3. Thành viên Hội đồng: Tổng số 09 người; có mặt 08 người, vắng 02 người (có lý do).

II. NỘI DUNG
1. Hội đồng nghe Văn phòng - Thống kê báo cáo tổng hợp hồ sơ đề nghị xét tặng danh hiệu thi đua năm 2024 của các bộ phận.
2. Kết quả bỏ phiếu kín:
STT\tDanh hiệu\tSố phiếu đồng ý\tTỷ lệ (%)
1\tLao động tiên tiến\t15\t100
2\tChiến sĩ thi đua cơ sở\t12\t100
3\tTập thể lao động tiên tiến\t16\t100
\tTổng cộng\t41\t

III. KẾT LUẬN
Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân xã:
«L»a) Tặng danh hiệu “Lao động tiên tiến” năm 2024 cho 15 cá nhân;
«L»b) Đề nghị Chủ tịch Ủy ban nhân dân huyện tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 02 cá nhân;
«L»c) Đề nghị Chủ tịch Ủy ban nhân dân huyện tặng danh hiệu “Tập thể lao động tiên tiến” cho 04 tập thể;
«L»d) Niêm yết công khai kết quả bình xét tại trụ sở Ủy ban nhân dân xã;
«L»e) Giao Văn phòng - Thống kê hoàn thiện hồ sơ trước ngày 15/12/2024.

Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày./.

THƯ KÝ

Lê Thị Thu

CHỦ TỌA

Trần Văn Nghĩa

Nơi nhận:
- Thường trực Đảng ủy xã;
- Các thành viên Hội đồng;
- Lưu: VT, hồ sơ.
""",
)
