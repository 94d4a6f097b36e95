DOC = dict(
    description="Giấy mời to a commune thi đua, khen thưởng review whose date line was dropped, and which cites a plan dated 29/02/2023; plants missing-dateline and invalid-date",
    level="xã",
    report_year=2023,
    habits=["header without place/date line", "meeting 'vào lúc 14 giờ 00'", "Kính mời one line"],
    header=dict(subject="Dự Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lục Văn Sình"),
    findings=[
        F("missing-dateline", "Số: 26/GM-UBND", "no '<place>, ngày … tháng … năm …' line under the number"),
        F("invalid-date", "29/02/2023", "2023 is not a leap year", severity="error"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ NA SẦM
Số: 26/GM-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

GIẤY MỜI
Dự Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023

Thực hiện ⟦Kế hoạch số 19/KH-UBND ngày 29/02/2023|iss=UBND xã|note=29 February 2023 does not exist⟧ của UBND xã về phát động phong trào thi đua năm 2023, UBND xã Na Sầm tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng ⟨năm 2023|year⟩.

Kính mời: Đồng chí Bí thư, Trưởng thôn và đại diện ⟪02 hộ gia đình⟫ tiêu biểu của mỗi thôn.

Thời gian: Vào lúc 14 giờ 00, ⟨ngày 22/12/2023|date⟩.
Địa điểm: Hội trường UBND xã Na Sầm.

Đề nghị các thôn báo cáo danh sách đại biểu về Văn phòng UBND xã trước ngày ⟨18/12/2023|date⟩./.

Nơi nhận:
- Như trên;
- TT Đảng ủy xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lục Văn Sình
""",
)
