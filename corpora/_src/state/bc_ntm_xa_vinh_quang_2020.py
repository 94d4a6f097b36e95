DOC = dict(
    description="Commune báo cáo tổng kết 10 năm xây dựng nông thôn mới giai đoạn 2011-2020 (xã Vĩnh Quang), no blank lines between paragraphs (docx extraction style); clean",
    level="xã",
    report_year=2020,
    habits=["no blank lines (docx paragraphs)", "giai đoạn 2011-2020 / 2016-2020 / 2021-2025", "19/19 tiêu chí", "'-' and '+' bullets", "money in đồng and tỷ đồng"],
    header=dict(subject="Tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2011 - 2020"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Công Tráng"),
    non_findings=[
        ("ngân sách + doanh nghiệp + Nhân dân = 86,4 tỷ đồng (52,1 + 9,8 + 24,5)", "86,4 tỷ đồng"),
        ("the phase plan for 2021-2025 is a future period, not a future-dated citation", "GIAI ĐOẠN 2021 - 2025"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ VĨNH QUANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 64/BC-UBND
Vĩnh Quang, ngày 24 tháng 7 năm 2020
BÁO CÁO
Tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia
xây dựng nông thôn mới giai đoạn 2011 - 2020

Thực hiện ⟦Kế hoạch số 96/KH-UBND ngày 02/6/2020|iss=UBND huyện Tiên Yên Hạ⟧ của UBND huyện Tiên Yên Hạ về tổng kết 10 năm xây dựng nông thôn mới, UBND xã Vĩnh Quang báo cáo như sau:
I. ĐẶC ĐIỂM TÌNH HÌNH
Xã Vĩnh Quang có diện tích tự nhiên ⟪1.587,2 ha⟫, gồm ⟪08 thôn⟫ với ⟪2.311 hộ⟫. Khi bắt đầu triển khai Chương trình (năm 2011), xã mới đạt ⟪05/19 tiêu chí|u=tiêu chí⟫; thu nhập bình quân đầu người ⟪9,6 triệu đồng/người/năm⟫.
II. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, tuyên truyền
- Thành lập Ban Quản lý xây dựng nông thôn mới xã và ⟪08/08 Ban phát triển thôn|u=Ban phát triển thôn⟫.
- Tổ chức ⟪146 buổi⟫ tuyên truyền tại các thôn, lồng ghép trong sinh hoạt chi bộ và đoàn thể.
2. Kết quả huy động nguồn lực
Tổng nguồn lực huy động ⟨giai đoạn 2011-2020|period⟩ là ⟪86,4 tỷ đồng|b=52.1,9.8,24.5⟫, trong đó:
- Ngân sách nhà nước: 52,1 tỷ đồng;
- Doanh nghiệp, tổ chức: 9,8 tỷ đồng;
- Nhân dân đóng góp: 24,5 tỷ đồng.
3. Kết quả thực hiện các tiêu chí
- Xã đạt chuẩn nông thôn mới năm 2016 theo ⟦Quyết định số 3125/QĐ-UBND ngày 28/12/2016|iss=UBND tỉnh⟧ của UBND tỉnh.
- ⟨Giai đoạn 2016 - 2020|period⟩, xã duy trì và nâng chất các tiêu chí; đến nay đạt ⟪19/19 tiêu chí|u=tiêu chí⟫, trong đó:
+ Giao thông: cứng hóa ⟪42,6 km⟫ đường trục thôn, đường ngõ xóm;
+ Thủy lợi: kiên cố hóa ⟪18,3 km⟫ kênh mương;
+ Thu nhập bình quân đầu người năm 2019 đạt ⟪46,2 triệu đồng/người/năm⟫;
+ Tỷ lệ hộ nghèo còn ⟪1,9%⟫.
4. Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”
Có ⟪27 tập thể⟫ và ⟪64 cá nhân⟫ được các cấp khen thưởng; Nhân dân hiến ⟪21.450 m²⟫ đất để mở rộng đường giao thông.
III. ĐÁNH GIÁ CHUNG
1. Kết quả nổi bật
Diện mạo nông thôn thay đổi rõ rệt; đời sống vật chất, tinh thần của Nhân dân được nâng lên.
2. Tồn tại, hạn chế
Một số tiêu chí chưa bền vững như môi trường, thu nhập; sản xuất nông nghiệp còn nhỏ lẻ.
IV. PHƯƠNG HƯỚNG ⟨GIAI ĐOẠN 2021 - 2025|period⟩
1. Phấn đấu đạt chuẩn xã nông thôn mới nâng cao vào năm 2023.
2. Xây dựng ít nhất ⟪02 thôn⟫ đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.
3. Phát triển sản phẩm OCOP, phấn đấu có thêm ⟪03 sản phẩm⟫ đạt 3 sao trở lên.
Trên đây là báo cáo tổng kết 10 năm xây dựng nông thôn mới của UBND xã Vĩnh Quang./.
Nơi nhận:
- Văn phòng Điều phối NTM huyện;
- TT Đảng ủy, HĐND xã;
- Các thành viên BQL xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Công Tráng
""",
)
