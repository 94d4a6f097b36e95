DOC = dict(
    description="District report closing five years of emulation (huyện Đức Lâm, 2019–2023): a Markdown table of awards per year with a 'Cộng' column and a total row, shares and changes in the text, the directing documents listed",
    level="huyện",
    report_year=2023,
    habits=["Markdown table with a row-total column 'Cộng' and a column-total row", "years in the first column",
            "giai đoạn compared with the previous one", "a dash list of cited documents after a count"],
    header=dict(subject="Tổng kết công tác thi đua, khen thưởng giai đoạn 2019 - 2023"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Lực"),
    findings=[
        F("count-mismatch", "đã ban hành 05 văn bản chỉ đạo",
          "05 văn bản announced, four are listed"),
        F("table-total-mismatch", "| **Tổng cộng** | | **8** | **68** | **932** | **998** |",
          "column 'Giấy khen': 164 + 141 + 188 + 203 + 226 = 922, the total row says 932 (and 8 + 68 + 932 ≠ 998)"),
        F("rate-mismatch", "641 lượt, chiếm 64,82%",
          "641 / 998 = 64,23 %, not 64,82 %"),
        F("change-mismatch", "tăng 168 lượt",
          "998 − 812 = 186, not 168 (digits swapped)"),
    ],
    non_findings=[
        ("the years in the first column are no figures to add", "| 1 | 2019 | 1 | 12 | 164 | 177 |"),
        ("a correct row total: 1 + 15 + 188 = 204", "| 3 | 2021 | 1 | 15 | 188 | 204 |"),
        ("the text agrees with the table's column: 68 Bằng khen", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh 68 lượt"),
        ("overlapping traits of the individuals honoured", "trong đó có 41 người là nữ, 37 người dân tộc thiểu số"),
        ("a correct row: 2 + 18 + 226 = 246", "| 5 | 2023 | 2 | 18 | 226 | 246 |"),
        ("an estimate", "hơn 1.500 lượt tập thể, cá nhân"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC LÂM\tĐộc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND\tĐức Lâm, ngày 28 tháng 11 năm 2023

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng giai đoạn 2019 - 2023

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Giai đoạn 2019 - 2023, Ủy ban nhân dân huyện đã ban hành 05 văn bản chỉ đạo:
- ⟦Kế hoạch số 21/KH-UBND ngày 15/02/2019⟧ về tổ chức các phong trào thi đua giai đoạn 2019 - 2023;
- ⟦Quyết định số 1520/QĐ-UBND ngày 10/7/2019⟧ ban hành Quy chế thi đua, khen thưởng của huyện;
- ⟦Kế hoạch số 86/KH-UBND ngày 08/4/2020⟧ về thi đua phòng, chống dịch Covid-19;
- ⟦Hướng dẫn số 05/HD-UBND ngày 20/3/2023⟧ về bình xét thi đua, khen thưởng năm 2023.
Các phong trào thi đua thu hút hơn 1.500 lượt tập thể, cá nhân đăng ký tham gia mỗi năm.

II. KẾT QUẢ KHEN THƯỞNG
Giai đoạn 2019 - 2023, huyện đã khen thưởng và đề nghị cấp trên khen thưởng 998 lượt tập thể, cá nhân; kết quả từng năm như sau:

| STT | Năm | Cờ thi đua của UBND tỉnh | Bằng khen của Chủ tịch UBND tỉnh | Giấy khen của Chủ tịch UBND huyện | Cộng |
|---|---|---|---|---|---|
| 1 | 2019 | 1 | 12 | 164 | 177 |
| 2 | 2020 | 2 | 9 | 141 | 152 |
| 3 | 2021 | 1 | 15 | 188 | 204 |
| 4 | 2022 | 2 | 14 | 203 | 219 |
| 5 | 2023 | 2 | 18 | 226 | 246 |
| **Tổng cộng** | | **8** | **68** | **932** | **998** |

Trong đó, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh 68 lượt, chủ yếu cho các tập thể, cá nhân có thành tích xuất sắc trong phòng, chống dịch Covid-19.
Khen thưởng cho người lao động trực tiếp, công nhân, nông dân 641 lượt, chiếm 64,82% tổng số lượt khen thưởng.
So với giai đoạn 2014 - 2018 là 812 lượt, số lượt khen thưởng giai đoạn này tăng 168 lượt.
Huyện đã biểu dương 112 cá nhân điển hình tiên tiến, trong đó có 41 người là nữ, 37 người dân tộc thiểu số.

III. PHƯƠNG HƯỚNG GIAI ĐOẠN 2024 - 2028
Tiếp tục nâng cao chất lượng các phong trào thi đua; tăng tỷ lệ khen thưởng cho người lao động trực tiếp.

Nơi nhận:
- UBND tỉnh;
- Ban Thi đua - Khen thưởng tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NV.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hoàng Văn Lực
""",
)
