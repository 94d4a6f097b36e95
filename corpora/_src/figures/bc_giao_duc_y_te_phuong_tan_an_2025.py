DOC = dict(
    description="Ward report on education and health (phường Tân An, after the reform, September 2025): schools, classes and pupils per level in a Markdown table with a 'Trong đó nữ' column, staff, a vaccination table with a rate column, dengue cases compared with the same period",
    level="phường (after 01/7/2025)",
    report_year=2025,
    habits=["Markdown tables with bold total row; a subset column 'Trong đó nữ'", "two partitions of the same schools",
            "a rate column per vaccine (no total row)", "schools named after an announced count"],
    header=dict(subject="Kết quả công tác giáo dục, y tế năm học 2024 - 2025 và 9 tháng đầu năm 2025"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Ngọc Dung"),
    findings=[
        F("text-table-mismatch", "Cấp tiểu học có 62 lớp với 2.178 học sinh",
          "the table's row 'Tiểu học' gives 2.187 học sinh"),
        F("total-mismatch", "356 người, gồm 22 cán bộ quản lý, 281 giáo viên và 51 nhân viên",
          "22 + 281 + 51 = 354, not 356"),
        F("percent-over-100", "chiếm 101,3% tổng số học sinh",
          "a share of the pupils examined cannot exceed 100 %"),
        F("rate-mismatch", "| 4 | Sởi mũi 1 | 325 | 318 | 97,58 |",
          "318 / 325 = 97,85 %, the table says 97,58 % (digits swapped)"),
        F("change-mismatch", "giảm 17 ca so với cùng kỳ",
          "41 − 26 = 15 ca, not 17"),
        F("count-mismatch", "có thêm 03 trường được công nhận đạt chuẩn quốc gia",
          "03 trường announced, two are named"),
    ],
    non_findings=[
        ("4 + 3 + 2 = 9 and 7 + 2 = 9: two correct partitions of the schools", "9 trường (4 trường mầm non, 3 trường tiểu học, 2 trường trung học cơ sở)"),
        ("4.885 − 4.753 = 132", "tăng 132 em so với năm học trước (4.753 em)"),
        ("a correct table whose 'Trong đó nữ' column also adds up", "| | **Tổng cộng** | **9** | **141** | **4.885** | **2.381** |"),
        ("2.182 / 2.187 = 99,77 %", "đạt 99,77% (2.182/2.187 em)"),
        ("overlapping traits of the teachers", "có 247 nữ, 96 đảng viên"),
        ("visits insured are a subset of all visits", "trong đó khám bảo hiểm y tế 6.932 lượt"),
        ("a correct rate in the vaccination table: 309 / 312 = 99,04 %", "| 1 | BCG | 312 | 309 | 99,04 |"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TÂN AN\tĐộc lập - Tự do - Hạnh phúc
Số: 96/BC-UBND\tTân An, ngày 25 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác giáo dục, y tế năm học 2024 - 2025 và 9 tháng đầu năm 2025

I. GIÁO DỤC
1. Quy mô trường, lớp
Năm học 2024 - 2025, toàn phường có 9 trường (4 trường mầm non, 3 trường tiểu học, 2 trường trung học cơ sở), trong đó 7 trường công lập và 2 trường tư thục.
Tổng số học sinh 4.885 em, tăng 132 em so với năm học trước (4.753 em).

| STT | Cấp học | Số trường | Số lớp | Số học sinh | Trong đó nữ |
|---|---|---|---|---|---|
| 1 | Mầm non | 4 | 38 | 1.046 | 512 |
| 2 | Tiểu học | 3 | 62 | 2.187 | 1.063 |
| 3 | Trung học cơ sở | 2 | 41 | 1.652 | 806 |
| | **Tổng cộng** | **9** | **141** | **4.885** | **2.381** |

Cấp tiểu học có 62 lớp với 2.178 học sinh.
Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học đạt 99,77% (2.182/2.187 em).
Trong năm học có thêm 03 trường được công nhận đạt chuẩn quốc gia là Trường Mầm non Hoa Sen và Trường Tiểu học Lê Lợi.
2. Đội ngũ
Đội ngũ cán bộ quản lý, giáo viên, nhân viên toàn phường có 356 người, gồm 22 cán bộ quản lý, 281 giáo viên và 51 nhân viên.
Trong số giáo viên có 247 nữ, 96 đảng viên.
3. Y tế trường học
Số học sinh được khám sức khỏe đầu năm học 4.948 em, chiếm 101,3% tổng số học sinh.

II. Y TẾ
1. Khám, chữa bệnh
Trạm Y tế phường khám, chữa bệnh cho 8.416 lượt người, trong đó khám bảo hiểm y tế 6.932 lượt.
2. Tiêm chủng mở rộng

| STT | Vắc xin | Số đối tượng | Số được tiêm | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | BCG | 312 | 309 | 99,04 |
| 2 | Viêm gan B sơ sinh | 312 | 301 | 96,47 |
| 3 | DPT-VGB-Hib mũi 3 | 318 | 312 | 98,11 |
| 4 | Sởi mũi 1 | 325 | 318 | 97,58 |

3. Phòng, chống dịch bệnh
Số ca mắc sốt xuất huyết 26 ca, giảm 17 ca so với cùng kỳ (cùng kỳ 41 ca); không có ca tử vong.

Nơi nhận:
- UBND tỉnh;
- Sở Giáo dục và Đào tạo;
- Sở Y tế;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phạm Thị Ngọc Dung
""",
)
