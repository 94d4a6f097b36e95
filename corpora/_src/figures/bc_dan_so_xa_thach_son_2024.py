DOC = dict(
    description="Commune population report 2024 (xã Thạch Sơn): households, people, men and women per village in a Word table with a total row, an age-structure table with a share column, births and family planning; also written as .docx",
    level="xã",
    report_year=2024,
    docx=True,
    habits=["Word table: hộ / nhân khẩu / nam / nữ per thôn with a total row", "a share column that adds up to 100",
            "sex ratio at birth written 'N trẻ trai/100 trẻ gái'", "villages named after an announced count"],
    header=dict(subject="Kết quả công tác dân số năm 2024"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hằng"),
    findings=[
        F("total-mismatch", "nam 3.482 người, nữ 3.573 người",
          "3.482 + 3.573 = 7.055, not the 7.019 nhân khẩu on the same line (nữ is 3.537 in the table)"),
        F("change-mismatch", "dân số tăng 86 người",
          "7.019 − 6.943 = 76, not 86"),
        F("table-total-mismatch", "\tTổng cộng\t1.832\t7.019\t3.428\t3.537",
          "column 'Nam': 782 + 736 + 601 + 866 + 497 = 3.482, the total row says 3.428 (and 3.428 + 3.537 ≠ 7.019)", docx="3.428"),
        F("text-table-mismatch", "Số người từ 60 tuổi trở lên là 997 người",
          "the age table's row 'Từ 60 tuổi trở lên' gives 979"),
        F("ratio-exceeds", "1.036/1.028 người",
          "more women using contraception than the 1.028 women in the group"),
        F("count-mismatch", "tổ chức 05 buổi nói chuyện chuyên đề",
          "05 buổi announced, four villages named"),
    ],
    non_findings=[
        ("a sex ratio at birth is no fraction of a whole: 52 / 46 = 113 trai / 100 gái", "113 trẻ trai/100 trẻ gái"),
        ("52 + 46 = 98 trẻ: a correct parenthesised partition", "98 trẻ (52 trẻ trai, 46 trẻ gái)"),
        ("a share column that adds up to 100 (23,39 + 62,66 + 13,95)", "Từ 15 đến 59 tuổi\t4.398\t62,66", "62,66"),
        ("a text figure that agrees with the table", "Thôn Bắc đông dân nhất với 1.742 nhân khẩu"),
        ("a change without a previous figure", "số hộ tăng 41 hộ"),
        ("age bands written as ranges are no figures", "Từ 15 đến 59 tuổi\t4.398"),
        ("an estimate", "khoảng 85% cặp vợ chồng"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ THẠCH SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 201/BC-UBND\tThạch Sơn, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác dân số năm 2024

I. QUY MÔ, CƠ CẤU DÂN SỐ
1. Quy mô dân số
Tính đến ngày 30/11/2024, toàn xã có 1.832 hộ với 7.019 nhân khẩu, trong đó nam 3.482 người, nữ 3.573 người.
So với cùng thời điểm năm 2023, số hộ tăng 41 hộ.
Cũng so với năm 2023, dân số tăng 86 người (năm 2023 là 6.943 người).
Bảng 1. Dân số theo thôn
STT\tThôn\tSố hộ\tSố nhân khẩu\tNam\tNữ
1\tThôn Đông\t412\t1.596\t782\t814
2\tThôn Tây\t388\t1.473\t736\t737
3\tThôn Nam\t305\t1.190\t601\t589
4\tThôn Bắc\t451\t1.742\t866\t876
5\tThôn Trung\t276\t1.018\t497\t521
\tTổng cộng\t1.832\t7.019\t3.428\t3.537
Thôn Bắc đông dân nhất với 1.742 nhân khẩu; Thôn Trung ít dân nhất.
2. Cơ cấu dân số theo độ tuổi
Bảng 2. Cơ cấu dân số theo nhóm tuổi
Nhóm tuổi\tSố người\tTỷ lệ (%)
Dưới 15 tuổi\t1.642\t23,39
Từ 15 đến 59 tuổi\t4.398\t62,66
Từ 60 tuổi trở lên\t979\t13,95
Tổng cộng\t7.019\t100
Số người từ 60 tuổi trở lên là 997 người, xã đang bước vào giai đoạn già hóa dân số.

II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
Trong năm có 98 trẻ (52 trẻ trai, 46 trẻ gái) được sinh ra.
Tỷ số giới tính khi sinh là 113 trẻ trai/100 trẻ gái, cao hơn mức bình thường.
Số phụ nữ trong độ tuổi sinh đẻ có chồng áp dụng biện pháp tránh thai hiện đại: 1.036/1.028 người.
Cộng tác viên dân số đã tổ chức 05 buổi nói chuyện chuyên đề tại Thôn Đông, Thôn Tây, Thôn Nam và Thôn Bắc.
Có khoảng 85% cặp vợ chồng trong độ tuổi sinh đẻ được tư vấn, khám sức khỏe trước khi kết hôn.

III. NHIỆM VỤ NĂM 2025
Duy trì mức sinh thay thế; giảm tỷ số giới tính khi sinh; chăm sóc sức khỏe người cao tuổi.

Nơi nhận:
- Trung tâm Y tế huyện;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Thị Hằng
""",
)
