DOC = dict(
    description="Công văn of UBND huyện Lương Sơn Đông asking communes for their 2023 thi đua, khen thưởng reports (the kind of letter the seed report answers); clean",
    level="huyện",
    report_year=2023,
    habits=["công văn symbol UBND-NV", "V/v over 2 lines", "Kính gửi on one line", "numbered requests 1.–4. as list", "deadline 10/11/2023", "TL. / CHÁNH VĂN PHÒNG"],
    header=dict(subject="báo cáo tổng kết công tác thi đua, khen thưởng năm 2023"),
    signature=("TL.", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Bùi Anh Tuấn"),
    non_findings=[
        ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG is a valid thừa lệnh signature", "TL. CHỦ TỊCH"),
        ("the deadline 10/11/2023 is after the letter date (not a cited document)", "10/11/2023"),
    ],
    text="""\
ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LƯƠNG SƠN ĐÔNG	Độc lập - Tự do - Hạnh phúc
Số: 2318/UBND-NV	Lương Sơn Đông, ngày 16 tháng 10 năm 2023
V/v báo cáo tổng kết công tác thi đua,
khen thưởng năm 2023

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện ⟦Hướng dẫn số 58/HD-BTĐKT ngày 02/10/2023|iss=Ban Thi đua - Khen thưởng tỉnh⟧ của Ban Thi đua - Khen thưởng tỉnh về tổng kết công tác thi đua, khen thưởng năm 2023, UBND huyện đề nghị UBND các xã, thị trấn thực hiện một số nội dung sau:

«L»1. Xây dựng báo cáo tổng kết công tác thi đua, khen thưởng ⟨năm 2023|year⟩ và phương hướng, nhiệm vụ năm 2024 theo đề cương gửi kèm. Báo cáo cần nêu rõ kết quả thực hiện các phong trào thi đua do Thủ tướng Chính phủ phát động, phong trào “Dân vận khéo” và phong trào thi đua đặc thù của địa phương.

«L»2. Thống kê số lượng tập thể, cá nhân đã được khen thưởng trong năm theo biểu mẫu số 01, số 02; ghi rõ số, ngày quyết định khen thưởng.

«L»3. Đối với các xã đề nghị xét tặng danh hiệu “Tập thể lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”: hồ sơ gửi kèm biên bản họp Hội đồng Thi đua - Khen thưởng xã và kết quả bỏ phiếu kín.

«L»4. Thời gian gửi báo cáo: trước ngày ⟨10/11/2023|date⟩, bản giấy gửi về Phòng Nội vụ huyện, bản điện tử gửi qua hệ thống quản lý văn bản và điều hành.

Nhận được công văn này, đề nghị UBND các xã, thị trấn khẩn trương triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT UBND huyện;
- Phòng Nội vụ;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Bùi Anh Tuấn
""",
)
