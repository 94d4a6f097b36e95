DOC = dict(
    description="Commune self-assessment against the advanced new-rural criteria, 2024 (xã Vĩnh Hòa): criteria met / not met out of all, indicators, a Word table of indicators whose results are written as fractions with their rate, funds by source; also written as .docx",
    level="xã",
    report_year=2024,
    docx=True,
    habits=["Word table whose cells hold 'a/b hộ (x%)'", "criteria met + not met vs all criteria",
            "funds by source after 'trong đó:' that add up", "inspection visits counted and dated"],
    header=dict(subject="Kết quả tự đánh giá mức độ đạt chuẩn xã nông thôn mới nâng cao năm 2024"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lâm Quốc Việt"),
    findings=[
        F("total-mismatch", "xã tự đánh giá đạt 17 tiêu chí, còn 01 tiêu chí chưa đạt",
          "17 đạt + 01 chưa đạt = 18, but there are 19 tiêu chí (on the same line)"),
        F("change-mismatch", "tăng thêm 02 tiêu chí",
          "17 − 16 = 1 tiêu chí, not 02"),
        F("rate-mismatch", "10.128/10.544 người (96,35%)",
          "10.128 / 10.544 = 96,05 %, not 96,35 % (in a Word table cell)"),
        F("ratio-exceeds", "2.016/1.986 hộ",
          "more households served than the 1.986 households of the commune"),
        F("count-mismatch", "tổ chức 04 cuộc kiểm tra",
          "04 cuộc announced, three dates follow"),
    ],
    non_findings=[
        ("1.842 / 1.986 = 92,75 %: the rate rounds as written", "1.842/1.986 hộ (92,75%)"),
        ("612 / 705 = 86,81 %", "612/705 ha (86,81%)"),
        ("4.215 / 5.318 = 79,26 %", "4.215/5.318 người (79,26%)"),
        ("a requirement written as a fraction", "≥ 2/3 số trường"),
        ("54 + 03 = 57 chỉ tiêu", "đạt 54/57 chỉ tiêu, chưa đạt 03 chỉ tiêu"),
        ("funds by source add up to 186.420", "ngân sách Trung ương 42.150 triệu đồng"),
        ("98.750 / 186.420 = 52,97 %", "chiếm 52,97% tổng nguồn vốn"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ VĨNH HÒA\tĐộc lập - Tự do - Hạnh phúc
Số: 176/BC-UBND\tVĩnh Hòa, ngày 22 tháng 11 năm 2024

BÁO CÁO
Kết quả tự đánh giá mức độ đạt chuẩn xã nông thôn mới nâng cao năm 2024

I. KẾT QUẢ CHUNG
Bộ tiêu chí xã nông thôn mới nâng cao gồm 19 tiêu chí với 57 chỉ tiêu; đến nay xã tự đánh giá đạt 17 tiêu chí, còn 01 tiêu chí chưa đạt là tiêu chí số 13 về tổ chức sản xuất.
So với năm 2023 (đạt 16 tiêu chí), năm 2024 xã tăng thêm 02 tiêu chí.
Về chỉ tiêu: đạt 54/57 chỉ tiêu, chưa đạt 03 chỉ tiêu.
Trong năm, Ban Chỉ đạo xã đã tổ chức 04 cuộc kiểm tra tại các thôn vào các ngày 15/4/2024, 12/7/2024 và 18/10/2024.

II. KẾT QUẢ MỘT SỐ CHỈ TIÊU
STT\tTiêu chí\tChỉ tiêu\tYêu cầu\tKết quả thực hiện\tTự đánh giá
1\tGiao thông\tTỷ lệ đường xã được nhựa hóa hoặc bê tông hóa\t100%\t18,6/18,6 km (100%)\tĐạt
2\tThủy lợi\tTỷ lệ diện tích đất sản xuất được tưới, tiêu chủ động\t≥ 80%\t612/705 ha (86,81%)\tĐạt
3\tGiáo dục\tTrường học đạt chuẩn cơ sở vật chất mức độ 2\t≥ 2/3 số trường\t3/3 trường\tĐạt
4\tLao động\tTỷ lệ lao động có việc làm qua đào tạo\t≥ 75%\t4.215/5.318 người (79,26%)\tĐạt
5\tY tế\tTỷ lệ người dân tham gia bảo hiểm y tế\t≥ 95%\t10.128/10.544 người (96,35%)\tĐạt
6\tMôi trường\tTỷ lệ hộ sử dụng nước sạch theo quy chuẩn\t≥ 60%\t1.842/1.986 hộ (92,75%)\tĐạt
7\tMôi trường\tTỷ lệ hộ được thu gom chất thải rắn sinh hoạt\t≥ 90%\t2.016/1.986 hộ\tĐạt
8\tTổ chức sản xuất\tCó hợp tác xã hoạt động hiệu quả\tĐạt\tChưa có\tChưa đạt

III. NGUỒN LỰC THỰC HIỆN
Tổng kinh phí huy động năm 2024 là 186.420 triệu đồng, trong đó:
- ngân sách Trung ương 42.150 triệu đồng;
- ngân sách tỉnh 58.300 triệu đồng;
- ngân sách huyện 36.720 triệu đồng;
- ngân sách xã 12.450 triệu đồng;
- vốn tín dụng 18.600 triệu đồng;
- doanh nghiệp 6.200 triệu đồng;
- cộng đồng dân cư đóng góp 12.000 triệu đồng.
Vốn lồng ghép các chương trình, dự án 98.750 triệu đồng, chiếm 52,97% tổng nguồn vốn.

IV. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân huyện hỗ trợ xã thành lập hợp tác xã để hoàn thành tiêu chí số 13.

Nơi nhận:
- UBND huyện;
- Văn phòng Điều phối nông thôn mới huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lâm Quốc Việt
""",
)
