DOC = dict(
    description="Công văn of UBND xã Đông Sơn on reconciling award figures; plants system-style-mismatch (Party 'T/M' in a state document) and citation-conflict (the same decision cited with two dates)",
    level="xã",
    report_year=2023,  # it reconciles the 2023 figures
    awards=[
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 27, grantor="Chủ tịch UBND xã", year=2023, decision="07/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 7, grantor="Chủ tịch UBND xã", year=2023, decision="07/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "tập thể", 2, grantor="Chủ tịch UBND xã", year=2023, decision="07/QĐ-UBND"),
    ],
    habits=["công văn 125/UBND-VP", "V/v one line", "Kính gửi one recipient", "bullets '-' with figures", "T/M in a UBND document"],
    header=dict(subject="đối chiếu số liệu khen thưởng năm 2023"),
    signature=("T/M", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lã Văn Thắng"),
    findings=[
        F("citation-conflict", "Quyết định số 07/QĐ-UBND ngày 15/01/2024", "the same Quyết định 07/QĐ-UBND is cited as of 12/01/2024 earlier in the letter"),
        F("system-style-mismatch", "T/M ỦY BAN NHÂN DÂN", "'T/M' is the Party form; a UBND document uses 'TM.'"),
    ],
    non_findings=[
        ("07 + 02 = 09 trường hợp", "09 trường hợp"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ ĐÔNG SƠN
Số: 125/UBND-VP
V/v đối chiếu số liệu khen thưởng năm 2023
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 22 tháng 02 năm 2024

Kính gửi: Phòng Nội vụ huyện Yên Định Nam.

Phúc đáp ⟦Công văn số 96/PNV ngày 08/02/2024|iss=Phòng Nội vụ huyện⟧ của Phòng Nội vụ huyện về việc đối chiếu số liệu khen thưởng năm 2023, UBND xã Đông Sơn báo cáo như sau:

Tại ⟦Quyết định số 07/QĐ-UBND ngày 12/01/2024|iss=UBND xã⟧, Chủ tịch UBND xã đã tặng danh hiệu Lao động tiên tiến năm 2023 cho ⟪27 cá nhân⟫ và tặng Giấy khen cho ⟪09 trường hợp|b=7,2⟫, gồm:
- Cá nhân: 07 trường hợp;
- Tập thể: 02 trường hợp.

Số liệu trên khác với biểu tổng hợp của huyện (ghi 25 cá nhân Lao động tiên tiến) do biểu của huyện chưa cập nhật ⟪02 cá nhân⟫ được bổ sung sau khi Hội đồng Thi đua - Khen thưởng xã họp lại ngày ⟨10/01/2024|date⟩.

Đề nghị Phòng Nội vụ huyện điều chỉnh số liệu theo ⟦Quyết định số 07/QĐ-UBND ngày 15/01/2024|iss=UBND xã|note=same decision, different date⟧ nêu trên (gửi kèm bản sao).

UBND xã Đông Sơn trân trọng báo cáo./.

Nơi nhận:
- Như trên;
- Lưu: VT.

T/M ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lã Văn Thắng
""",
)
