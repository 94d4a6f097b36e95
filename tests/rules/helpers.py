"""Shared by the rule tests: lint a text with one rule selected, and a realistic commune report."""
import vanban
from vanban.rules import LintConfig, iter_rules, run_rules

RULES = list(iter_rules())


def _lint(text, sel, **kw):
    return run_rules(vanban.parse(text), config=LintConfig(select=[sel], **kw))


REPORT = """Số: 15/BC-UBND
Tịnh Hà, ngày 20 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác năm 2024
Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2024 của UBND huyện.
I. KẾT QUẢ NĂM 2024
1. Kinh tế
Tổng giá trị sản xuất năm 2024 tăng 6% so với năm 2023.
Tình hình an ninh năm 2023 trên địa bàn ổn định.
Dân số tính đến ngày 31/12/2023 là 8.120 khẩu.
Tặng danh hiệu Lao động tiên tiến năm 2023 tại Quyết định số 02/QĐ-UBND ngày 05/01/2024.
II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu vượt chỉ tiêu năm 2023 đã đề ra.
"""

QD_AWARD = (
    "ỦY BAN NHÂN DÂN\nXÃ MINH QUANG\nSố: 31/QĐ-UBND\nMinh Quang, ngày 08 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Về việc tặng danh hiệu Lao động tiên tiến năm 2023\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MINH QUANG\n\n"
    "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Khen thưởng năm 2023, gồm:\n1. Tặng danh hiệu “Lao động tiên tiến” cho 09 cá nhân;\n"
    "2. Tặng {form} cho 02 tập thể.\n"
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"
)

REPORT_AWARDS = (
    "ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO\nSố: 88/BC-UBND\nHưng Đạo, ngày 20 tháng 12 năm 2024\n\nBÁO CÁO\n"
    "Tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
    "Tại Quyết định số 150/QĐ-UBND ngày 10/12/2024, Chủ tịch UBND huyện công nhận danh hiệu Tập thể lao động "
    "tiên tiến cho 04 tập thể, Chiến sĩ thi đua cơ sở cho 03 cá nhân và Lao động tiên tiến cho 41 cá nhân; "
    "tại Quyết định số 151/QĐ-UBND ngày 10/12/2024 tặng Giấy khen cho 12 trường hợp, gồm:\n"
    "- Tập thể: 05;\n- Cá nhân: 07.\n"
    "- Công nhận 1.215 hộ đạt danh hiệu Gia đình văn hóa năm 2024 tại Quyết định số 160/QĐ-UBND ngày 15/12/2024.\n"
    "Đề nghị tặng Bằng khen cho 02 cá nhân.\n"
    "- Giấy khen của Chủ tịch UBND xã: 25% LĐTT\n"
)

PROPOSAL = (
    "ỦY BAN NHÂN DÂN\nXÃ AN LẠC\nSố: 41/TTr-UBND\nAn Lạc, ngày 20 tháng 11 năm 2024\n\nTỜ TRÌNH\n"
    "Về việc đề nghị khen thưởng năm 2024\n\nKính gửi: Chủ tịch Ủy ban nhân dân huyện Tân Phước.\n\n"
    "UBND xã An Lạc kính trình Chủ tịch UBND huyện xem xét, khen thưởng năm 2024 như sau:\n\n"
    "1. Danh hiệu thi đua\n- Chiến sĩ thi đua cơ sở: 02 cá nhân;\n- Tập thể lao động tiên tiến: 01 tập thể.\n\n"
    "2. Giấy khen\nĐề nghị tặng Giấy khen cho 06 trường hợp:\n+ Tập thể: 02;\n+ Cá nhân: 04.\n\n"
    "II. ĐĂNG KÝ THI ĐUA NĂM 2025\n- Lao động tiên tiến: 40 cá nhân.\n"
)
