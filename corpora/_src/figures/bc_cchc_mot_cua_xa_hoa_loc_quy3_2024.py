DOC = dict(
    description="Commune quarterly CCHC / một cửa report (xã Hòa Lộc, Quý III năm 2024): files received online / direct / by post, resolved early / on time / late, pending; a Markdown table per field with a total row",
    level="xã",
    report_year=2024,
    habits=["Markdown '|' table with a bold total row", "online / direct / postal partition", "early / on time / late / pending",
            "rates with two decimals", "a dash list after an announced count"],
    header=dict(subject="Kết quả thực hiện công tác cải cách hành chính Quý III năm 2024"),
    signature=("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Minh Đức"),
    findings=[
        F("total-mismatch", "tiếp nhận 1.286 hồ sơ, trong đó tiếp nhận trực tuyến 842 hồ sơ",
          "842 + 431 + 23 = 1.296 across the three channels, not 1.286"),
        F("rate-mismatch", "tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 65,84%",
          "842 / 1.286 = 65,47 %, not 65,84 %"),
        F("change-mismatch", "tăng 152 hồ sơ",
          "1.286 − 1.143 = 143, not 152"),
        F("text-table-mismatch", "đang giải quyết 12 hồ sơ",
          "the table's row 'Đất đai' gives 21 hồ sơ đang giải quyết"),
        F("percent-over-100", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 101,2%",
          "a share of the files digitised cannot exceed 100 %"),
        F("count-mismatch", "đề xuất đơn giản hóa 05 thủ tục hành chính",
          "05 thủ tục announced, four are listed"),
    ],
    non_findings=[
        ("326 + 915 + 7 = 1.248 resolved, and 1.248 + 38 = 1.286 received", "trước hạn 326 hồ sơ, đúng hạn 915 hồ sơ, quá hạn 7 hồ sơ"),
        ("(326 + 915) / 1.248 = 99,44 %", "đạt 99,44%"),
        ("518 / 842 = 61,52 % of the online files", "chiếm 61,52% số hồ sơ trực tuyến"),
        ("a correct Markdown total row", "| **Tổng cộng** | **1.286** |"),
        ("a ratio within its total", "đã gửi thư xin lỗi đối với 7/7 hồ sơ quá hạn"),
        ("an estimate", "trên 95% người dân được khảo sát"),
        ("a plan's number and year next to a count are no counts", "Kế hoạch số 09/KH-UBND ngày 12/01/2024"),
    ],
    text="""\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA LỘC\tĐộc lập - Tự do - Hạnh phúc
Số: 168/BC-UBND\tHòa Lộc, ngày 16 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính Quý III năm 2024

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Ủy ban nhân dân xã tiếp tục thực hiện ⟦Kế hoạch số 09/KH-UBND ngày 12/01/2024|iss=Ủy ban nhân dân xã⟧ về cải cách hành chính năm 2024; niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa.

II. KẾT QUẢ THỰC HIỆN
1. Cải cách thủ tục hành chính
Trong kỳ, rà soát và đề xuất đơn giản hóa 05 thủ tục hành chính:
- Đăng ký khai sinh;
- Đăng ký kết hôn;
- Chứng thực bản sao từ bản chính;
- Xác nhận hộ gia đình làm nông nghiệp có mức sống trung bình.
2. Kết quả tiếp nhận, giải quyết hồ sơ
Quý III năm 2024, Bộ phận Một cửa xã tiếp nhận 1.286 hồ sơ, trong đó tiếp nhận trực tuyến 842 hồ sơ, tiếp nhận trực tiếp 431 hồ sơ, qua dịch vụ bưu chính công ích 23 hồ sơ.
Tính chung, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 65,84%.
So với Quý II năm 2024, số hồ sơ tiếp nhận tăng 152 hồ sơ (Quý II năm 2024 tiếp nhận 1.143 hồ sơ).
Đã giải quyết 1.248 hồ sơ (trước hạn 326 hồ sơ, đúng hạn 915 hồ sơ, quá hạn 7 hồ sơ); đang giải quyết trong hạn 38 hồ sơ.
Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99,44%; đã gửi thư xin lỗi đối với 7/7 hồ sơ quá hạn.
Thanh toán trực tuyến phí, lệ phí 518 hồ sơ, chiếm 61,52% số hồ sơ trực tuyến.
Kết quả theo lĩnh vực:

| STT | Lĩnh vực | Tiếp nhận | Đã giải quyết | Đang giải quyết |
|---|---|---|---|---|
| 1 | Hộ tịch | 612 | 598 | 14 |
| 2 | Chứng thực | 415 | 415 | 0 |
| 3 | Đất đai | 118 | 97 | 21 |
| 4 | Lao động - Thương binh và Xã hội | 96 | 93 | 3 |
| 5 | Lĩnh vực khác | 45 | 45 | 0 |
| | **Tổng cộng** | **1.286** | **1.248** | **38** |

Riêng lĩnh vực đất đai tiếp nhận 118 hồ sơ, đã giải quyết 97 hồ sơ, đang giải quyết 12 hồ sơ do phải xác minh nguồn gốc đất.
3. Chuyển đổi số
Trong kỳ, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 101,2%.
Qua khảo sát, trên 95% người dân được khảo sát hài lòng với thái độ phục vụ của công chức.

III. NHIỆM VỤ QUÝ IV NĂM 2024
Tiếp tục nâng tỷ lệ hồ sơ trực tuyến toàn trình; không để phát sinh hồ sơ quá hạn.

Nơi nhận:
- UBND huyện;
- Phòng Nội vụ huyện;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trương Minh Đức
""",
)
