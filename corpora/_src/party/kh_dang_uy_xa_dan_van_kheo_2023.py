DOC = dict(
    description="Kế hoạch 02-KH/ĐU of Đảng ủy xã Tịnh Hà (2023) on the 'Dân vận khéo' movement: Party header, I-/II- headings, T/M ĐẢNG ỦY; clean",
    level="đảng ủy xã",
    report_year=2023,
    habits=["ĐẢNG CỘNG SẢN VIỆT NAM header", "'Số 02-KH/ĐU' without colon", "'*' under the issuing body", "I-/II- headings", "Căn cứ with '-' bullets ending ','", "Party citations with comma before 'ngày'", "Nơi nhận with ',' and 'Lưu Văn phòng Đảng ủy.'"],
    header=dict(subject="thực hiện phong trào thi đua “Dân vận khéo” năm 2023"),
    signature=("T/M", "ĐẢNG ỦY", "BÍ THƯ", "Võ Văn Tường"),
    non_findings=[
        ("T/M ĐẢNG ỦY is correct in a Party document", "T/M ĐẢNG ỦY"),
        ("04 mô hình = 01 + 02 + 01", "04 mô hình"),
    ],
    text="""\
ĐẢNG BỘ HUYỆN SƠN TỊNH THƯỢNG
ĐẢNG ỦY XÃ TỊNH HÀ
*
Số 02-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tịnh Hà, ngày 08 tháng 02 năm 2023

KẾ HOẠCH
thực hiện phong trào thi đua “Dân vận khéo” năm 2023
-----

- Căn cứ ⟦Kết luận số 114-KL/TW, ngày 14/7/2015|iss=Ban Bí thư⟧ của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp,
- Căn cứ ⟦Kế hoạch số 45-KH/TU, ngày 09/4/2021|iss=Ban Thường vụ Tỉnh ủy⟧ của Ban Thường vụ Tỉnh ủy về thực hiện phong trào thi đua “Dân vận khéo” ⟨giai đoạn 2021 - 2025|period⟩,
Ban Chấp hành Đảng bộ xã xây dựng kế hoạch thực hiện năm 2023 như sau:

I- MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của cấp ủy, chính quyền, Mặt trận và các đoàn thể về vị trí, vai trò của công tác dân vận.

2. Mỗi chi bộ, đoàn thể xây dựng ít nhất ⟪01 mô hình⟫ “Dân vận khéo” gắn với nhiệm vụ chính trị của địa phương.

II- NỘI DUNG

1. Đăng ký mô hình

Năm 2023, toàn Đảng bộ đăng ký ⟪04 mô hình|b=1,2,1⟫ “Dân vận khéo”, cụ thể:
- Lĩnh vực kinh tế: 01 mô hình;
- Lĩnh vực văn hóa - xã hội: 02 mô hình;
- Lĩnh vực quốc phòng - an ninh: 01 mô hình.

2. Tuyên truyền, nhân rộng

Giới thiệu các điển hình trên hệ thống truyền thanh xã; mỗi quý ít nhất ⟪02 tin, bài⟫.

III- TỔ CHỨC THỰC HIỆN

1. Ban Dân vận Đảng ủy chủ trì, hướng dẫn, theo dõi; sơ kết ⟨6 tháng đầu năm 2023|half_year⟩ trước ngày ⟨30/6/2023|date⟩.

2. Các chi bộ xây dựng kế hoạch cụ thể, báo cáo kết quả về Đảng ủy (qua Ban Dân vận) trước ngày ⟨15/11/2023|date⟩.

Nơi nhận:
- Ban Dân vận Huyện ủy (b/c),
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

T/M ĐẢNG ỦY
BÍ THƯ

Võ Văn Tường
""",
)
