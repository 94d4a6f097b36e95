DOC = dict(
    description="Commune báo cáo quốc phòng - an ninh năm 2022 pasted from a chat tool: Markdown headings and bold, bullets '*'; clean",
    level="xã",
    report_year=2022,
    habits=["Markdown '##' and '**' around headings", "*italic* emphasis", "bullets '-' and '+'", "counts with breakdown", "đợt 1/đợt 2"],
    header=dict(subject="Kết quả thực hiện nhiệm vụ quốc phòng, an ninh năm 2022"),
    signature=("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Kiều Văn Long"),
    non_findings=[
        ("38 + 11 = 49 dân quân", "49 đồng chí"),
        ("Markdown '## **I.' is still a roman heading", "## **I. CÔNG TÁC QUỐC PHÒNG**"),
    ],
    text="""\
**ỦY BAN NHÂN DÂN**
**XÃ PHÚ CƯỜNG**
Số: 171/BC-UBND
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Phú Cường, ngày 25 tháng 11 năm 2022*

**BÁO CÁO**
**Kết quả thực hiện nhiệm vụ quốc phòng, an ninh năm 2022**

Thực hiện ⟦Chỉ thị số 12/CT-UBND ngày 10/01/2022|iss=UBND huyện⟧ của UBND huyện về nhiệm vụ quốc phòng, quân sự địa phương năm 2022, UBND xã báo cáo như sau:

## **I. CÔNG TÁC QUỐC PHÒNG**

**1. Xây dựng lực lượng**

Tổ chức lực lượng dân quân ⟪49 đồng chí|b=38,11⟫, trong đó:
- Dân quân cơ động: 38 đồng chí;
- Dân quân tại chỗ: 11 đồng chí.

Tỷ lệ đảng viên trong dân quân đạt ⟪22,4%⟫.

**2. Huấn luyện, giáo dục quốc phòng**

Huấn luyện dân quân năm thứ nhất đạt ⟪100%⟫ quân số; bồi dưỡng kiến thức quốc phòng, an ninh cho ⟪18 đối tượng⟫ 4.

**3. Tuyển quân**

Giao ⟪12/12 công dân|u=công dân⟫ nhập ngũ ⟨năm 2022|year⟩ đạt ⟪100%⟫ chỉ tiêu; không có trường hợp trốn tránh khám tuyển.

## **II. CÔNG TÁC AN NINH, TRẬT TỰ**

**1. Tình hình an ninh chính trị**

Ổn định; không để xảy ra điểm nóng. *Phong trào toàn dân bảo vệ an ninh Tổ quốc* được duy trì ở ⟪07/07 thôn|u=thôn⟫.

**2. Trật tự an toàn xã hội**

Xảy ra ⟪04 vụ⟫ trộm cắp tài sản, đã điều tra làm rõ ⟪03 vụ⟫; xử lý vi phạm hành chính ⟪27 trường hợp⟫ với số tiền ⟪41.500.000 đồng⟫.

## **III. PHƯƠNG HƯỚNG NĂM 2023**

1. Hoàn thành chỉ tiêu tuyển quân năm 2023: giao quân đợt 1 trong ⟨tháng 02/2023|month⟩.
2. Kiện toàn lực lượng dân quân theo Luật Dân quân tự vệ.
3. Giữ vững ổn định an ninh chính trị, trật tự an toàn xã hội.

Nơi nhận:
- Ban CHQS huyện;
- Công an huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Kiều Văn Long**
""",
)
