"""VB7xx: spelling of fixed phrases, impossible syllables, abbreviations used before they are defined."""
from __future__ import annotations

from rapidfuzz import fuzz, process

from .. import lexicon
from ..util import fold
from .base import Hit, LintContext, rule


@rule("VB701", "typo", "info",
      vi="Cụm từ cố định (kể cả tên danh hiệu thi đua, hình thức khen thưởng) bị viết sai chính tả.",
      en="A fixed administrative phrase (an award title or form included) is misspelled.",
      rationale="Fixed phrases (Trang thông tin điện tử, thi đua, khen thưởng, cải cách hành chính…) and the names of "
                "danh hiệu thi đua and hình thức khen thưởng (Luật Thi đua, khen thưởng 2022) have one correct form.",
      bad=["Tiếp tục duy trì hoạt động Trang thôn tin điện tử xã.",
           "Năm 2023 có 41 cá nhân đạt danh hiệu Lao đông tiên tiến."],
      good=["Tiếp tục duy trì hoạt động Trang thông tin điện tử xã.",
            "Năm 2023 có 41 cá nhân đạt danh hiệu Lao động tiên tiến, 3 cá nhân đạt danh hiệu Chiến sỹ thi đua cơ sở."])
def typo(lc: LintContext):
    text = lc.doc.text
    for m in lc.facts.get("phrase_typos"):
        yield Hit(m.start, m.end, f"“{text[m.start:m.end]}” viết sai, đúng là “{m.value}”.",
                  f"“{text[m.start:m.end]}” is misspelled; write “{m.value}”.", suggestion=m.value)
    # award names recognised despite a typo (the awards extractor matched them with rapidfuzz)
    for a in lc.doc.awards:
        if not lexicon.is_exact_award_name(a.name_text):
            yield Hit(a.start, a.end, f"Tên danh hiệu, hình thức khen thưởng “{a.name_text}” viết sai, đúng là “{a.name}”.",
                      f"The award name “{a.name_text}” is misspelled; write “{a.name}”.", suggestion=a.name)


@rule("VB702", "impossible-syllable", "info",
      vi="Âm tiết không thể có trong tiếng Việt (thanh huyền/hỏi/ngã với phụ âm cuối p, t, c, ch).",
      en="A syllable that cannot exist in Vietnamese (grave/hook/tilde tone with a final p, t, c, ch).",
      rationale="Vietnamese phonotactics: checked syllables (-p, -t, -c, -ch) take only the sắc or nặng tone; anything else is a typo.",
      bad=["Công tác thi đua đạt kết quả tốt, hoàn thành xuất xắc nhiệm vụ, cán bộ tíchc cực và nổ lực hết mình trong côngg "
           "việc ở thờì điểm này; kết quả đạt đuợc là rất tôt, chúng tôì ghi nhận sự cố gắng vượt bậc, đạt kêt quả cao, hoàn "
           "thành vượt bậc, xuất sắc, tẩt cả chỉ tiêu."],
      good=["Công tác thi đua đạt kết quả tốt."])
def impossible_syllable(lc: LintContext):
    for m in lc.facts.get("bad_syllables"):
        yield Hit(m.start, m.end, f"“{m.text}” không phải âm tiết tiếng Việt hợp lệ: kiểm tra dấu thanh.",
                  f"“{m.text}” is not a valid Vietnamese syllable: check the tone mark.")


@rule("VB703", "undefined-abbreviation", "info",
      vi="Từ viết tắt được dùng trước khi được giải thích (viết đầy đủ kèm viết tắt trong ngoặc).",
      en="An abbreviation is used before it is defined (full form followed by the abbreviation in parentheses).",
      rationale="Drafting practice (and HD 05 for Party texts): write the full form first, abbreviation in parentheses "
                "(“(sau đây viết tắt là CCHC)” and “(gọi tắt là TTHC)” count as definitions). Only the body is "
                "checked: Nơi nhận and “Lưu: VT, CCHC&VTLT” use unit abbreviations by convention.",
      bad=["Kết quả công tác CCHC năm 2023 đạt khá."],
      good=["Kết quả công tác cải cách hành chính (CCHC) năm 2023 đạt khá.",
            "Đẩy mạnh cải cách hành chính (sau đây viết tắt là CCHC); kết quả công tác CCHC đạt khá."])
def undefined_abbreviation(lc: LintContext):
    for m in lc.facts.get("abbreviations"):
        if m.kind != "abbreviation":
            continue
        a, full = m.text, m.value
        yield Hit(m.start, m.end, f"“{a}” được dùng mà chưa giải thích; lần đầu nên viết “{full} ({a})”.",
                  f"“{a}” is used before it is defined; write “{full} ({a})” the first time.", suggestion=f"{full} ({a})")


_MOVEMENTS = lexicon.load("campaigns")["movements"]


def _fold_name(s: str) -> str:
    return fold(s).replace("–", "-").replace(" - ", " ").replace("-", " ").strip(" .,;*\"'“”")


@rule("VB704", "movement-name", "info",
      vi="Tên phong trào thi đua được trích dẫn sai so với tên chính thức.",
      en="A named emulation movement is quoted differently from its official name.",
      rationale="Movements launched by the Prime Minister have fixed names (e.g. “Cả nước chung tay vì người nghèo - "
                "Không để ai bị bỏ lại phía sau”); a misquoted name reads as a different movement.",
      bad=['Thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau lưng”.'],
      good=['Thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.'])
def movement_name(lc: LintContext):
    names = {_fold_name(m): m for m in _MOVEMENTS}
    keys = list(names)
    text = lc.doc.text
    for r in lc.facts.regions:
        if r.kind != "quote" or not 8 <= r.end - r.start <= 164:
            continue
        q = _fold_name(text[r.start:r.end])
        if q in names or len(q) < 10:
            continue
        best = process.extractOne(q, keys, scorer=fuzz.ratio, score_cutoff=88)
        if best is None:
            continue
        official = names[best[0]]
        s, e = r.start + 1, r.end - 1
        while s < e and text[s] in " *_":
            s += 1
        while e > s and text[e - 1] in " *_":
            e -= 1
        yield Hit(s, e, f"Tên phong trào “{text[s:e]}” khác tên chính thức “{official}”.",
                  f"The movement “{text[s:e]}” differs from its official name “{official}”.", suggestion=official)


@rule("VB705", "repeated-word", "info",
      vi="Từ hoặc cụm từ bị lặp liền nhau (“để để”, “kế hoạch kế hoạch”).",
      en="A word or phrase is doubled (“để để”, “kế hoạch kế hoạch”).",
      rationale="A doubled word is a typing slip that a reader stumbles on (real reports: “bị bị trừ điểm”, “Chỉ thị "
                "số số 46”, “Hội đồng Hội đồng Thi đua”). Only function words and two-word phrases are checked: a "
                "doubled content word is often correct Vietnamese (“chung chung”, “Luật Luật sư”, “tổng kết kết "
                "quả”), and a body's name followed by the same verb (“Ban Chỉ đạo chỉ đạo”) is left alone. A text with more "
                "than 2 000 doubles is no report: reading stops there and the last finding says so.",
      bad=["Đề nghị các xã gửi hồ sơ về Phòng Nội vụ để để tổng hợp.",
           "Đồng thời đề nghị Hội đồng Hội đồng Thi đua - Khen thưởng huyện xem xét."],
      good=["Trưởng Ban Chỉ đạo chỉ đạo các thành viên; công tác tổng kết kết quả phong trào còn chung chung.",
            "Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006; hai tuyến đường song song với quốc lộ."])
def repeated_word(lc: LintContext):
    said: dict[tuple[str, str | None], tuple[str, str, str]] = {}  # the messages of each wording, made once
    for m in lc.facts.get("doubled_words"):
        if m.kind == "doubled-cut":  # the fact stopped reading here: say so, and that more may follow
            yield Hit(m.start, m.end, "Quá nhiều từ lặp: phần sau của văn bản không được kiểm tra từ lặp nữa.",
                      "Too many doubled words: the rest of the text was not checked for them.", more=True)
            return
        msg = said.get((m.text, m.value))
        if msg is None:
            words = m.text.split()
            shown = " ".join(words)
            once = " ".join(words[:len((m.value or "").split())])
            msg = said[(m.text, m.value)] = (f"“{shown}”: “{m.value}” bị lặp.", f"“{shown}”: “{m.value}” is doubled.",
                                             once)
        yield Hit(m.start, m.end, msg[0], msg[1], suggestion=msg[2])
