DOC = dict(
    description="Tờ trình of UBND xã Mỹ Thạnh asking the district chairman to award Giấy khen and Chiến sĩ thi đua cơ sở; clean (the commune proposes, the district grants)",
    level="xã",
    report_year=2023,
    habits=["Kính gửi a superior", "proposal list with '+' sub-bullets", "ratio 08/08 ấp", "grantor is Chủ tịch UBND huyện (correct)"],
    header=dict(subject="Về việc đề nghị khen thưởng năm 2023"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Thạch Sô Phia"),
    awards=[
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 1, grantor="Chủ tịch UBND huyện", year=2023),
        A("title", "Tập thể lao động tiên tiến", "registered", "tập thể", 1, grantor="Chủ tịch UBND huyện", year=2023),
        A("form", "Giấy khen", "registered", "tập thể", 2, grantor="Chủ tịch UBND huyện", year=2023),
        A("form", "Giấy khen", "registered", "cá nhân", 3, grantor="Chủ tịch UBND huyện", year=2023),
    ],
    non_findings=[
        ("the commune proposes Chiến sĩ thi đua cơ sở to the district chairman: not an award-grantor error", "Chiến sĩ thi đua cơ sở: 01 cá nhân"),
        ("02 + 03 = 05 Giấy khen", "05 trường hợp"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ MỸ THẠNH
Số: 88/TTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mỹ Thạnh, ngày 27 tháng 11 năm 2023

TỜ TRÌNH
Về việc đề nghị khen thưởng năm 2023

Kính gửi: Chủ tịch Ủy ban nhân dân huyện Cù Lao Dung Tây.

Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các Luật sửa đổi, bổ sung;
Căn cứ ⟦Nghị định số 91/2017/NĐ-CP ngày 31/7/2017|iss=Chính phủ⟧ của Chính phủ;
Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng xã ngày ⟨20/11/2023|date⟩,

UBND xã Mỹ Thạnh kính trình Chủ tịch UBND huyện xem xét, khen thưởng năm 2023 như sau:

1. Danh hiệu thi đua

- Chiến sĩ thi đua cơ sở: 01 cá nhân (bà Thạch Thị Sa Rây, công chức Văn hóa - Xã hội, có sáng kiến được Hội đồng sáng kiến huyện công nhận);
- Tập thể lao động tiên tiến: 01 tập thể (Ban Chỉ huy Quân sự xã).

2. Giấy khen của Chủ tịch UBND huyện

Đề nghị tặng Giấy khen cho ⟪05 trường hợp|b=2,3⟫:
+ Tập thể: 02 (Ấp Bưng Sa, Ấp Phước Hòa);
+ Cá nhân: 03.

3. Thành tích nổi bật

Năm 2023, xã có ⟪08/08 ấp|u=ấp⟫ đạt danh hiệu “Ấp văn hóa”; thu ngân sách đạt ⟪118,6%⟫ dự toán; tỷ lệ hộ nghèo giảm còn ⟪4,07%⟫.

(Kèm theo Tờ trình: báo cáo thành tích, biên bản họp Hội đồng Thi đua - Khen thưởng xã.)

Kính trình Chủ tịch UBND huyện xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Phòng Nội vụ huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Thạch Sô Phia
""",
)
