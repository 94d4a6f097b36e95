DOC = dict(
    description="Commune báo cáo thi đua, khen thưởng năm 2024 (xã Hòa Bình Nam) listing its own award decisions; plants number-series (QĐ number falls while the date rises), citation-missing-type and citation-style",
    level="xã",
    report_year=2024,
    habits=["award decisions listed with '-'", "'*Cá nhân:*' Markdown captions", "Phần I / Phần II", "citations with and without 'số' / type word"],
    header=dict(subject="Công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thành Trung"),
    awards=[
        A("title", "Chiến sĩ thi đua cơ sở", "registered", "cá nhân", 1, year=2024),
        A("title", "Lao động tiên tiến", "registered", "cá nhân", 34, year=2024),
        A("title", "Tập thể lao động tiên tiến", "registered", "tập thể", 1, year=2024),
        A("title", "Lao động tiên tiến", "awarded", "cá nhân", 30, grantor="Chủ tịch UBND xã", year=2023, decision="04/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "tập thể", 4, grantor="Chủ tịch UBND xã", year=2023, decision="05/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 11, grantor="Chủ tịch UBND xã", year=2023, decision="05/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "cá nhân", 6, grantor="Chủ tịch UBND xã", year=2024, decision="148/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "tập thể", 2, grantor="Chủ tịch UBND xã", year=2024, decision="131/QĐ-UBND"),
        A("title", "Gia đình văn hóa", "awarded", "hộ gia đình", 1378, grantor="Chủ tịch UBND xã", year=2024, decision="197/QĐ-UBND"),
        A("form", "Giấy khen", "awarded", "hộ gia đình", None, grantor="Chủ tịch UBND xã", year=2024, decision="160/QĐ-UBND"),
    ],
    findings=[
        F("number-series", "Quyết định số 131/QĐ-UBND ngày 02/10/2024", "in the commune's QĐ-UBND series number 131 is dated 02/10/2024, after number 148 of 20/8/2024"),
        F("citation-missing-type", "tại số 160/QĐ-UBND", "cites 'số 160/QĐ-UBND' without the type name"),
        F("citation-style", "Quyết định 197/QĐ-UBND", "cited without 'số'", required=False),
    ],
    non_findings=[
        ("04 and 05 of 05/01/2024 then 148 of 20/8/2024 rise with their dates", "Quyết định số 148/QĐ-UBND"),
    ],
    text="""\
ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH NAM
Số: 205/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình Nam, ngày 12 tháng 11 năm 2024

BÁO CÁO
Công tác thi đua, khen thưởng năm 2024
và phương hướng, nhiệm vụ năm 2025

Phần I
KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024

I. CÔNG TÁC CHỈ ĐẠO

Năm 2024 là năm đầu thực hiện ⟦Luật Thi đua, khen thưởng số 06/2022/QH15|iss=Quốc hội⟧ và ⟦Nghị định số 98/2023/NĐ-CP ngày 31/12/2023|iss=Chính phủ⟧. UBND xã đã tổ chức ⟪01 hội nghị⟫ quán triệt cho ⟪100%⟫ cán bộ, công chức và người hoạt động không chuyên trách.

II. ĐĂNG KÝ THI ĐUA

**Cá nhân:*
- Chiến sĩ thi đua cơ sở: 01 cá nhân;
- Lao động tiên tiến: 34 cá nhân.
**Tập thể:*
- Tập thể lao động tiên tiến: 01 tập thể.

III. CÔNG TÁC KHEN THƯỞNG

- Tặng danh hiệu Lao động tiên tiến năm 2023 cho ⟪30 cá nhân⟫ tại ⟦Quyết định số 04/QĐ-UBND ngày 05/01/2024|iss=UBND xã⟧.
- Tặng Giấy khen năm 2023 cho 04 tập thể và 11 cá nhân tại ⟦Quyết định số 05/QĐ-UBND ngày 05/01/2024|iss=UBND xã⟧.
- Tặng Giấy khen cho 06 cá nhân có thành tích trong phòng, chống cơn bão số 3 (Yagi) tại ⟦Quyết định số 148/QĐ-UBND ngày 20/8/2024|iss=UBND xã⟧.
- Tặng Giấy khen cho 02 tập thể có thành tích trong Hội thao quốc phòng tại ⟦Quyết định số 131/QĐ-UBND ngày 02/10/2024|iss=UBND xã⟧.
- Tặng Giấy khen cho các hộ hiến đất làm đường giao thông tại ⟦số 160/QĐ-UBND ngày 15/10/2024|iss=UBND xã|type=Quyết định|note=type word missing⟧ của UBND xã.
- Công nhận ⟪1.378 hộ⟫ đạt danh hiệu Gia đình văn hóa năm 2024 tại ⟦Quyết định 197/QĐ-UBND ngày 05/11/2024|iss=UBND xã|note=written without 'số'⟧.

IV. ĐÁNH GIÁ

Công tác khen thưởng kịp thời; tuy nhiên tỷ lệ khen thưởng người lao động trực tiếp chỉ đạt ⟪18%⟫.

Phần II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025

1. Thi đua lập thành tích chào mừng Đại hội Đảng bộ xã ⟨nhiệm kỳ 2025 - 2030|term⟩.

2. Tổ chức sơ kết ⟨6 tháng đầu năm 2025|half_year⟩; hướng dẫn đăng ký thi đua từ ⟨tháng 01/2025|month⟩.

3. Tăng tỷ lệ khen thưởng người lao động trực tiếp lên ít nhất ⟪30%⟫.

Nơi nhận:
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Võ Thành Trung
""",
)
