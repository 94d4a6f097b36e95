DOC = dict(
    description="Hướng dẫn of UBND xã Kim Sơn on assessing Gia đình văn hóa and thôn văn hóa 2023, with decimal headings 2.1./2.1.1.; clean",
    level="xã",
    report_year=2023,
    habits=["decimal headings down to 2.1.1.", "criteria with '-' and '+'", "timetable with dates", "NĐ 122/2018 cited"],
    header=dict(subject="Bình xét danh hiệu “Gia đình văn hóa”, “Thôn văn hóa” năm 2023"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "KT.", "PHÓ CHỦ TỊCH", "Đào Thị Thu"),
    awards=[
        A("title", "Gia đình văn hóa", "registered", "hộ gia đình", None, grantor="Chủ tịch UBND xã", year=2023),
    ],
    non_findings=[
        ("decimal sequence 2.1.1, 2.1.2, 2.2 is complete", "2.1.2. Tiêu chuẩn"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ KIM SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 03/HD-UBND
Kim Sơn, ngày 06 tháng 10 năm 2023

HƯỚNG DẪN
Bình xét danh hiệu “Gia đình văn hóa”, “Thôn văn hóa” năm 2023

Căn cứ ⟦Nghị định số 122/2018/NĐ-CP ngày 17/9/2018|iss=Chính phủ⟧ của Chính phủ; ⟦Kế hoạch số 162/KH-UBND ngày 21/9/2023|iss=UBND huyện⟧ của UBND huyện, UBND xã hướng dẫn bình xét như sau:

1. Mục đích, yêu cầu

Việc bình xét phải dân chủ, công khai, đúng tiêu chuẩn; kết quả công bố tại hội nghị thôn.

2. Tiêu chuẩn và trình tự

2.1. Danh hiệu “Gia đình văn hóa”

2.1.1. Đối tượng

Hộ gia đình cư trú trên địa bàn xã, có đăng ký thi đua từ đầu năm.

2.1.2. Tiêu chuẩn

- Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước;
- Gia đình hòa thuận, ấm no, tiến bộ:
+ Không có người mắc tệ nạn xã hội;
+ Trẻ em trong độ tuổi đi học được đến trường.
- Đoàn kết, tương trợ trong cộng đồng.

2.2. Danh hiệu “Thôn văn hóa”

Thôn có từ ⟪70%⟫ hộ gia đình trở lên đạt danh hiệu “Gia đình văn hóa”; không có điểm nóng về an ninh trật tự.

3. Thời gian thực hiện

- Thôn tổ chức họp bình xét trước ngày ⟨31/10/2023|date⟩;
- Hội đồng Thi đua - Khen thưởng xã thẩm định trước ngày ⟨15/11/2023|date⟩;
- Chủ tịch UBND xã quyết định công nhận trong ⟨tháng 11/2023|month⟩.

Trong quá trình thực hiện nếu có vướng mắc, các thôn phản ánh về UBND xã (qua công chức Văn hóa - Xã hội) để được hướng dẫn./.

Nơi nhận:
- Các thôn;
- TT Đảng ủy, HĐND xã;
- UBMTTQVN xã;
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đào Thị Thu
""",
)
