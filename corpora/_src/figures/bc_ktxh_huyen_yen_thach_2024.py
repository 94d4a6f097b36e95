DOC = dict(
    description="District báo cáo kinh tế - xã hội năm 2024 (huyện Yên Thạch, before the reform) with two Word tables: production value by sector with a rate column, and public investment by source with group rows I/II and a total; also written as .docx",
    level="huyện",
    report_year=2024,
    docx=True,
    habits=["Word tables: a total row, group rows I/II with sub-totals, a rate column",
            "figures quoted in the text from the table", "district before 01/7/2025", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"],
    header=dict(subject="Tình hình kinh tế - xã hội năm 2024 và kế hoạch phát triển kinh tế - xã hội năm 2025"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Quang Hưng"),
    findings=[
        F("total-mismatch", "Toàn huyện có 19 đơn vị hành chính cấp xã (17 xã và 01 thị trấn)",
          "17 xã + 01 thị trấn = 18, not 19"),
        F("table-total-mismatch", "\tTổng cộng\t5.404,2\t",
          "column 'Năm 2023': 1.245,6 + 2.318,2 + 1.876,4 = 5.440,2, the total row says 5.404,2 (digits swapped)",
          docx="5.404,2"),
        F("text-table-mismatch", "bằng 109,78% so với năm 2023",
          "the table's row 'Công nghiệp - xây dựng' gives 109,87 % (2.546,9 / 2.318,2)"),
        F("table-total-mismatch", "II\tVốn ngân sách huyện\t62.300\t55.128",
          "group row II: 33.512 + 21.706 = 55.218, the sub-total says 55.128", docx="55.128"),
        F("change-mismatch", "tăng 4,8 triệu đồng so với năm 2023",
          "52,4 − 47,9 = 4,5 triệu đồng, not 4,8"),
        F("count-mismatch", "đã ban hành 03 kế hoạch",
          "03 kế hoạch announced, two are cited"),
    ],
    non_findings=[
        ("5.901,0 / 5.440,2 = 108,47 %: text and table agree", "tăng 8,47% so với năm 2023"),
        ("a correct total row", "\tTổng cộng\t110.800\t96.444"),
        ("96.444 / 110.800 = 87,04 %", "đạt 96.444/110.800 triệu đồng, bằng 87,04% kế hoạch"),
        ("ethnic minorities are a subset; 12.410 / 142.516 = 8,71 %", "trong đó đồng bào dân tộc thiểu số 12.410 người"),
        ("a ratio within its total", "có 08/18 xã đạt chuẩn nông thôn mới nâng cao"),
        ("an estimate", "ước đạt trên 2.300 lao động"),
        ("a range", "từ 8,5% đến 9%"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN YÊN THẠCH\tĐộc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND\tYên Thạch, ngày 05 tháng 12 năm 2024

BÁO CÁO
Tình hình kinh tế - xã hội năm 2024 và kế hoạch phát triển kinh tế - xã hội năm 2025

I. ĐẶC ĐIỂM TÌNH HÌNH
Toàn huyện có 19 đơn vị hành chính cấp xã (17 xã và 01 thị trấn) với 168 thôn, tổ dân phố.
Dân số trung bình năm 2024 là 142.516 người, trong đó đồng bào dân tộc thiểu số 12.410 người (chiếm 8,71%).

II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024
1. Tăng trưởng kinh tế
Tổng giá trị sản xuất (giá so sánh 2010) năm 2024 ước đạt 5.901 tỷ đồng, tăng 8,47% so với năm 2023. Giá trị sản xuất các ngành như sau:
Bảng 1. Giá trị sản xuất theo ngành kinh tế (tỷ đồng)
STT\tNgành\tNăm 2023\tNăm 2024\tSo sánh (%)
1\tNông, lâm nghiệp và thủy sản\t1.245,6\t1.302,4\t104,56
2\tCông nghiệp - xây dựng\t2.318,2\t2.546,9\t109,87
3\tThương mại - dịch vụ\t1.876,4\t2.051,7\t109,34
\tTổng cộng\t5.404,2\t5.901,0\t108,47
Trong đó, giá trị sản xuất ngành công nghiệp - xây dựng đạt 2.546,9 tỷ đồng, bằng 109,78% so với năm 2023; là ngành đóng góp lớn nhất vào tăng trưởng.
Thu nhập bình quân đầu người đạt 52,4 triệu đồng, tăng 4,8 triệu đồng so với năm 2023 (năm 2023 đạt 47,9 triệu đồng).
2. Đầu tư phát triển
Tổng kế hoạch vốn đầu tư công năm 2024 do huyện quản lý là 110.800 triệu đồng; đến ngày 30/11/2024 đã giải ngân đạt 96.444/110.800 triệu đồng, bằng 87,04% kế hoạch. Chi tiết như sau:
Bảng 2. Tình hình giải ngân vốn đầu tư công năm 2024 (triệu đồng)
STT\tNguồn vốn\tKế hoạch vốn\tĐã giải ngân
I\tVốn ngân sách tỉnh\t48.500\t41.226
1\tVốn đầu tư tập trung\t30.000\t26.400
2\tVốn chương trình mục tiêu quốc gia\t18.500\t14.826
II\tVốn ngân sách huyện\t62.300\t55.128
1\tVốn xây dựng cơ bản tập trung\t35.800\t33.512
2\tVốn từ nguồn thu tiền sử dụng đất\t26.500\t21.706
\tTổng cộng\t110.800\t96.444
3. Xây dựng nông thôn mới
Đến nay toàn huyện có 18/18 xã đạt chuẩn nông thôn mới, trong đó có 08/18 xã đạt chuẩn nông thôn mới nâng cao.
Để triển khai nhiệm vụ, Ủy ban nhân dân huyện đã ban hành 03 kế hoạch: ⟦Kế hoạch số 45/KH-UBND ngày 12/3/2024⟧ về xây dựng xã nông thôn mới kiểu mẫu và ⟦Kế hoạch số 118/KH-UBND ngày 20/6/2024⟧ về phát triển sản phẩm OCOP.
4. Văn hóa - xã hội
Giải quyết việc làm mới ước đạt trên 2.300 lao động; tỷ lệ lao động qua đào tạo đạt 71,5%.

III. KẾ HOẠCH NĂM 2025
Phấn đấu tốc độ tăng giá trị sản xuất từ 8,5% đến 9%; thu nhập bình quân đầu người trên 56 triệu đồng; giải ngân vốn đầu tư công đạt 100% kế hoạch.

Nơi nhận:
- UBND tỉnh;
- Sở Tài chính;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đinh Quang Hưng
""",
)
