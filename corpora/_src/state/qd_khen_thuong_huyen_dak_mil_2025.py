DOC = dict(
    kind="decision",
    description="Quyết định dated September 2025 in which 'UBND huyện' still grants Giấy khen (district abolished from 01/7/2025); also has no Nơi nhận block",
    level="huyện (abolished)",
    report_year=2025,
    habits=["decision after 01/7/2025 still under a district header", "Căn cứ with NĐ 152/2025", "list rows separated by tabs"],
    header=dict(subject="Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào xóa nhà tạm, nhà dột nát"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Hiếu"),
    recipients_count=0,
    awards=[
        A("form", "Giấy khen", "awarded", "tập thể", 3, grantor="Chủ tịch UBND huyện", year=2025, decision="1187/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 5, grantor="Chủ tịch UBND huyện", year=2025, decision="1187/QĐ-UBND"),
    ],
    findings=[
        F("abolished-district", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẮK MIL THƯỢNG", "a district chairman issues an award on 12/9/2025, after district-level government ended on 01/7/2025"),
        F("missing-recipients", "Phan Văn Hiếu", "the decision has no 'Nơi nhận' block"),
    ],
    text="""\
ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐẮK MIL THƯỢNG	Độc lập - Tự do - Hạnh phúc
Số: 1187/QĐ-UBND	Đắk Mil Thượng, ngày 12 tháng 9 năm 2025

QUYẾT ĐỊNH
Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc
trong phong trào xóa nhà tạm, nhà dột nát

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẮK MIL THƯỢNG

Căn cứ ⟦Luật Thi đua, khen thưởng số 06/2022/QH15|iss=Quốc hội⟧;
Căn cứ ⟦Nghị định số 152/2025/NĐ-CP ngày 14/6/2025|iss=Chính phủ⟧ của Chính phủ;
Xét đề nghị của Trưởng phòng Nội vụ tại ⟦Tờ trình số 214/TTr-PNV ngày 05/9/2025|iss=Phòng Nội vụ⟧.

QUYẾT ĐỊNH:

Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho ⟪03 tập thể⟫ và ⟪05 cá nhân⟫ đã có thành tích xuất sắc trong phong trào thi đua “Xóa nhà tạm, nhà dột nát” ⟨năm 2025|year⟩ (có danh sách kèm theo).

Điều 2. Mỗi tập thể được thưởng ⟪1.872.000 đồng⟫, mỗi cá nhân được thưởng ⟪936.000 đồng⟫ từ Quỹ thi đua, khen thưởng.

Điều 3. Chánh Văn phòng HĐND và UBND, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phan Văn Hiếu

DANH SÁCH KHEN THƯỞNG
TT	Tên tập thể, cá nhân	Đơn vị
1	Ban Chỉ đạo xóa nhà tạm xã Đức Minh Hạ	Tập thể
2	Ủy ban MTTQ Việt Nam xã Thuận An Tây	Tập thể
3	Đoàn Thanh niên xã Đắk Sắk Nam	Tập thể
4	Ông Nguyễn Văn Lực	Công chức xã Đức Minh Hạ
5	Bà H'Linh Niê	Chủ tịch Hội LHPN xã Đắk Sắk Nam
6	Ông Trần Đức Thịnh	Trưởng thôn 4, xã Thuận An Tây
7	Ông Y Bhin Êban	Bí thư Chi đoàn buôn Buôr
8	Bà Lê Thị Nguyệt	Cán bộ Phòng Nội vụ
""",
)
