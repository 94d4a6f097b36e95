DOC = dict(
    kind="decision",
    description="Quyết định of Đảng ủy xã Quảng Tiến praising model Party cells for 2021, Điều 1–3 with Party Căn cứ bullets; the Nơi nhận block is missing",
    level="đảng ủy xã",
    report_year=2021,
    habits=["Party quyết định QĐ/ĐU", "Căn cứ with '-' and final ','", "Điều 1/2/3", "list of chi bộ with '-'"],
    header=dict(subject="về khen thưởng tổ chức cơ sở đảng, đảng viên năm 2021"),
    signature=("T/M", "BAN THƯỜNG VỤ", "BÍ THƯ", "Hoàng Minh Tuấn"),
    recipients_count=0,
    awards=[
        A("form", "Giấy khen", "awarded", "chi bộ", 3, grantor="Đảng ủy xã", year=2021, decision="46-QĐ/ĐU"),
        A("form", "Giấy khen", "awarded", "đảng viên", 5, grantor="Đảng ủy xã", year=2021, decision="46-QĐ/ĐU"),
    ],
    findings=[
        F("missing-recipients", "Hoàng Minh Tuấn", "the decision ends with the signature and has no 'Nơi nhận'"),
    ],
    text="""\
ĐẢNG BỘ HUYỆN QUẢNG XƯƠNG BẮC	ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ QUẢNG TIẾN
*
Số 46-QĐ/ĐU	Quảng Tiến, ngày 21 tháng 01 năm 2022

QUYẾT ĐỊNH
về khen thưởng tổ chức cơ sở đảng, đảng viên năm 2021
-----

- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ ⟦Hướng dẫn số 21-HD/BTCTW, ngày 25/10/2019|iss=Ban Tổ chức Trung ương⟧ của Ban Tổ chức Trung ương;
- Xét đề nghị của Ủy ban Kiểm tra Đảng ủy,
BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:

Điều 1. Tặng Giấy khen cho ⟪03 chi bộ⟫ đạt “trong sạch, vững mạnh” tiêu biểu năm 2021 và ⟪05 đảng viên⟫ hoàn thành xuất sắc nhiệm vụ năm 2021:
- Chi bộ thôn Tiến Thành;
- Chi bộ thôn Tiến Lợi;
- Chi bộ Trường Tiểu học Quảng Tiến.

Điều 2. Kèm theo Giấy khen, mỗi tập thể được thưởng ⟪500.000 đồng⟫, mỗi đảng viên được thưởng ⟪300.000 đồng⟫.

Điều 3. Văn phòng Đảng ủy, các chi bộ và đảng viên có tên tại Điều 1 thi hành Quyết định này.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Hoàng Minh Tuấn
""",
)
