DOC = dict(
    description="Công văn of UBND xã Hòa Phong (tỉnh Đắk Lắk, after the two-level reform) asking units to register for thi đua 2026; clean, Kính gửi with several recipients",
    level="xã (after 01/7/2025)",
    report_year=2026,
    habits=["công văn number 412/UBND-VP", "V/v over 2 lines", "Kính gửi list with '-'", "numbered requests 1.–3.", "cites NĐ 152/2025 and Luật 06/2022/QH15", "deadline date 25/12/2025"],
    header=dict(subject="đăng ký danh hiệu thi đua và hình thức khen thưởng năm 2026"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Y Thuôn Niê"),
    non_findings=[
        ("historical mention of the district period is not an abolished-district finding", "khi còn cấp huyện"),
        ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH correct", "KT. CHỦ TỊCH"),
    ],
    text="""\
ỦY BAN NHÂN DÂN XÃ HÒA PHONG
Số: 412/UBND-VP
V/v đăng ký danh hiệu thi đua và
hình thức khen thưởng năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Phong, ngày 10 tháng 12 năm 2025

Kính gửi:
- Các cơ quan, đơn vị thuộc UBND xã;
- Ủy ban Mặt trận Tổ quốc Việt Nam xã;
- Trường Mầm non, Tiểu học, THCS trên địa bàn xã;
- Trạm Y tế xã;
- Trưởng các thôn, buôn.

Căn cứ ⟦Luật Thi đua, khen thưởng số 06/2022/QH15|iss=Quốc hội⟧; ⟦Nghị định số 152/2025/NĐ-CP ngày 14/6/2025|iss=Chính phủ⟧ của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; thực hiện ⟦Công văn số 5127/SNV-TĐKT ngày 28/11/2025|iss=Sở Nội vụ tỉnh Đắk Lắk⟧ của Sở Nội vụ tỉnh Đắk Lắk về việc đăng ký thi đua năm 2026, UBND xã đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:

«L»1. Tổ chức cho tập thể, cá nhân đăng ký danh hiệu thi đua năm 2026; mẫu đăng ký thực hiện theo hướng dẫn kèm theo công văn này. Các đơn vị trước đây thực hiện theo hướng dẫn của huyện (khi còn cấp huyện) nay thống nhất gửi về UBND xã.

«L»2. Danh hiệu “Chiến sĩ thi đua cơ sở” chỉ đăng ký cho cá nhân có sáng kiến được công nhận; danh hiệu “Lao động tiên tiến” đăng ký cho cá nhân hoàn thành tốt nhiệm vụ trở lên.

«L»3. Các thôn, buôn đăng ký danh hiệu “Thôn, tổ dân phố văn hóa” và tổ chức cho hộ gia đình đăng ký “Gia đình văn hóa”.

Bản đăng ký gửi về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày ⟨25/12/2025|date⟩ để tổng hợp, báo cáo Sở Nội vụ tỉnh./.

Nơi nhận:
- Như trên;
- Sở Nội vụ tỉnh (để b/c);
- TT Đảng ủy, HĐND xã;
- CT, PCT UBND xã;
- Lưu: VT, VP.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Y Thuôn Niê
""",
)
