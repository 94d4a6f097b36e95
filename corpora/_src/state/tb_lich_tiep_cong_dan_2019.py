DOC = dict(
    description="Thông báo lịch tiếp công dân năm 2019 of UBND xã Yên Lạc; plants national-title-misspelled ('Độqc lập') and a typo in the Quốc hiệu ('chũ nghĩa')",
    level="xã",
    report_year=2019,
    habits=["Quốc hiệu with typing errors", "weekday schedule with '-' bullets", "dates in 'ngày 05 tháng 3 năm 2019' form in running text", "TM. / CHỦ TỊCH"],
    header=dict(subject="Lịch tiếp công dân định kỳ năm 2019", national_title_present=True),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Mạc Văn Hưng"),
    findings=[
        F("national-title-misspelled", "Độqc lập - Tự do - Hạnh phúc", "the Tiêu ngữ reads 'Độqc lập' instead of 'Độc lập'"),
        F("typo", "XÃ HỘI CHŨ NGHĨA", "'CHŨ' for 'CHỦ' in the Quốc hiệu"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ YÊN LẠC
Số: 09/TB-UBND
CỘNG HÒA XÃ HỘI CHŨ NGHĨA VIỆT NAM
Độqc lập - Tự do - Hạnh phúc
Yên Lạc, ngày 14 tháng 01 năm 2019

THÔNG BÁO
Lịch tiếp công dân định kỳ năm 2019

Căn cứ ⟦Luật Tiếp công dân số 42/2013/QH13|iss=Quốc hội⟧; ⟦Nghị định số 64/2014/NĐ-CP ngày 26/6/2014|iss=Chính phủ⟧ của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân, UBND xã Yên Lạc thông báo lịch tiếp công dân ⟨năm 2019|year⟩ như sau:

1. Chủ tịch UBND xã tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng.

2. Phó Chủ tịch UBND xã tiếp công dân thường xuyên vào các ngày thứ Ba hằng tuần.

3. Địa điểm: Phòng tiếp công dân, trụ sở UBND xã.

4. Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ 00; buổi chiều từ 13 giờ 30 đến 17 giờ 00.

5. Lịch tiếp công dân trong dịp Tết Nguyên đán Kỷ Hợi:
- Sáng ⟨ngày 31 tháng 01 năm 2019|date⟩: Chủ tịch UBND xã tiếp;
- Sáng ⟨ngày 14 tháng 02 năm 2019|date⟩: Phó Chủ tịch UBND xã tiếp.

Công dân đến liên hệ mang theo giấy tờ tùy thân và tài liệu liên quan. Thông báo này được niêm yết tại trụ sở UBND xã và ⟪05/05 nhà văn hóa⟫ thôn./.

Nơi nhận:
- UBND huyện;
- TT Đảng ủy, HĐND xã;
- UBMTTQVN xã;
- Các thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Mạc Văn Hưng
""",
)
