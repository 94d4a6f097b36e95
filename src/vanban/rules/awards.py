"""VB6xx: thi đua, khen thưởng law — who may grant what, abolished district level, optional quotas."""
from __future__ import annotations

from .. import lexicon
from ..lexicon.adminunits import REFORM_DATE
from ..model import AwardFacts
from ..util import Cover
from .base import Hit, rule

_POW = lexicon.load("awards")["grantor_powers"]


@rule("VB601", "award-grantor", "warning",
      vi="Cấp khen thưởng không có thẩm quyền tặng danh hiệu hoặc hình thức này.",
      en="The granting authority cannot grant this title or form.",
      rationale="Luật Thi đua, khen thưởng 2022 Điều 80: Chủ tịch UBND cấp xã tặng “Lao động tiên tiến”, giấy khen, "
                "“Gia đình văn hóa”; Bằng khen and Chiến sĩ thi đua cơ sở belong to higher levels.",
      bad=["- Bằng khen của Chủ tịch UBND xã: 02 cá nhân"], good=["- Giấy khen của Chủ tịch UBND xã: 02 cá nhân"])
def award_grantor(lc):
    af: AwardFacts = lc.facts.get("award_facts")
    for a, own, level in zip(lc.doc.awards, af.own_decided, af.grantor_levels, strict=True):
        if not a.grantor or own:
            if af.decided_from is None or a.start < af.decided_from:
                continue
            # a decision of the body itself awarding the title ("Công nhận danh hiệu … cho 02 cá nhân")
            if af.own_body and a.status == "awarded" and af.own_level and af.own_level != "tỉnh" \
                    and a.name not in _POW.get(af.own_level, []):
                yield Hit(a.start, a.end, f"Quyết định của {af.own_body} không có thẩm quyền công nhận/tặng “{a.name}” "
                          f"(Luật Thi đua, khen thưởng 2022, Điều 80).",
                          f"A decision of {af.own_body} cannot grant “{a.name}” (Law on Emulation and Commendation 2022, "
                          f"art. 80).")
            continue
        if level and a.name not in _POW.get(level, []) and level != "tỉnh":
            yield Hit(a.start, a.end, f"{a.grantor} không có thẩm quyền tặng “{a.name}” (Luật Thi đua, khen thưởng 2022, Điều 80).",
                      f"{a.grantor} may not grant “{a.name}” (Law on Emulation and Commendation 2022, art. 80).")


@rule("VB602", "abolished-district", "info",
      vi="Văn bản ban hành từ 01/7/2025 vẫn nhắc cấp huyện (đã bỏ theo mô hình chính quyền địa phương 2 cấp).",
      en="A document dated on or after 01/07/2025 still names the district level (abolished by two-level local government).",
      rationale="From 01/7/2025 local government has two levels (province and commune): no UBND huyện, no district awards. "
                "A district body, the district level or a town named where the document speaks in its own voice is "
                "reported; not the term quoted or amended, a worked example or a form's blanks, a list of what is "
                "repealed, nor a sentence about an earlier time, a transitional or cited legal provision, a birthplace "
                "or a document of the old district.",
      bad=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nCông tác năm 2025\n- Giấy khen của Chủ tịch UBND huyện: 01 cá nhân"],
      good=["Số: 12/BC-UBND\nBa Vì, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nCông tác năm 2025\n- Giấy khen của Chủ tịch UBND xã: 01 cá nhân"])
def abolished_district(lc):
    doc = lc.doc
    own = doc.header.date
    if own is None or own < REFORM_DATE:
        return
    refs = [r for r in lc.facts.get("district_refs") if r.current]
    if not refs:
        return
    # a document of a district dated before 01/7/2025, cited by its issuer's name, is history
    old_issuer = Cover([(c.start, c.end + 12 + len(c.issuer)) for c in doc.citations
                        if c.issuer and c.date and c.date < REFORM_DATE])
    # the bodies and the level first, then the districts named (a place more often than a body acting)
    hits = sorted((r for r in refs if not old_issuer(r.start)), key=lambda r: r.kind == "name")
    if not hits:
        return
    first = hits[0]
    shown = " ".join(first.text.split())
    others = [(r.start, r.end, "also mentioned") for r in hits[1:6]]
    yield Hit(first.start, first.end,
              f"“{shown}”: từ 01/7/2025 không còn cấp huyện (chính quyền địa phương 2 cấp); văn bản đề ngày "
              f"{own:%d/%m/%Y} vẫn nhắc cấp huyện"
              + (f" ({len(hits)} lần)." if len(hits) > 1 else "."),
              f"“{shown}”: the district level no longer exists from 01/07/2025; this document, dated "
              f"{own.isoformat()}, still names it" + (f" ({len(hits)} times)." if len(hits) > 1 else "."),
              related=others)


@rule("VB603", "cstd-share-cap", "warning", default=False,
      vi="Số Chiến sĩ thi đua cơ sở vượt tỷ lệ tối đa so với số Lao động tiên tiến (quy định địa phương).",
      en="Chiến sĩ thi đua cơ sở exceed the configured share of Lao động tiên tiến (a local rule).",
      rationale="The 15 % cap comes from NĐ 91/2017 (old regime); no cap was found in the 2022 Law or NĐ 98/152, so "
                "the rule is off by default and the cap is configurable (cstd_cap_percent).",
      bad=["- Chiến sĩ thi đua cấp cơ sở: 10 cá nhân.\n- Lao động tiên tiến: 41 cá nhân."],
      good=["- Chiến sĩ thi đua cấp cơ sở: 05 cá nhân.\n- Lao động tiên tiến: 41 cá nhân."])
def cstd_share(lc):
    cap = lc.config.cstd_cap_percent or 15.0
    cs = [a for a in lc.doc.awards if a.name == "Chiến sĩ thi đua cơ sở" and a.count]
    lt = [a for a in lc.doc.awards if a.name == "Lao động tiên tiến" and a.count]
    for c in cs:
        same = [x for x in lt if x.status == c.status]
        if same and c.count > same[0].count * cap / 100:
            yield Hit(c.start, c.end, f"{c.count} Chiến sĩ thi đua cơ sở vượt {cap:g}% của {same[0].count} Lao động tiên tiến.",
                      f"{c.count} Chiến sĩ thi đua cơ sở exceed {cap:g}% of {same[0].count} Lao động tiên tiến.")


@rule("VB604", "award-list-count", "warning",
      vi="Số tập thể, cá nhân được khen thưởng không khớp với danh sách kèm theo.",
      en="The number awarded does not match the attached list.",
      rationale="An award decision names its recipients in Điều 1 or in the list attached to it (“có danh sách kèm "
                "theo”); the count in Điều 1, the count a list group announces and the rows listed must agree, "
                "or someone is awarded who is not decided, or decided and left out.",
      bad=["Số: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc tặng danh hiệu “Lao động tiên tiến”\n"
           "Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho 03 cá nhân (có danh sách kèm theo).\n"
           "Điều 2. Văn phòng xã thi hành Quyết định này./.\n\nDANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”\n"
           "1. Nguyễn Thị Hòa, công chức Văn phòng - Thống kê;\n2. Lê Văn Bình, công chức Tài chính - Kế toán."],
      good=["Số: 05/QĐ-UBND\nTân Hưng, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc tặng danh hiệu “Lao động tiên tiến”\n"
            "Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho 02 cá nhân (có danh sách kèm theo).\n"
            "Điều 2. Văn phòng xã thi hành Quyết định này./.\n\nDANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”\n"
            "1. Nguyễn Thị Hòa, công chức Văn phòng - Thống kê;\n2. Lê Văn Bình, công chức Tài chính - Kế toán."])
def award_list_count(lc):
    doc = lc.doc
    lists = doc.award_lists
    if not lists:
        return
    # a group that announces its count
    for g in lists:
        if g.announced is not None and g.announced != g.rows:
            what = f"Nhóm “{g.award}”" if g.award else "Danh sách"
            yield Hit(g.start, g.start + len(g.text.split("\n")[0]),
                      f"{what} ghi {g.announced} nhưng liệt kê {g.rows} dòng.",
                      f"The group “{g.award}” announces {g.announced} but lists {g.rows} rows." if g.award
                      else f"The list announces {g.announced} but lists {g.rows} rows.")
    # what the decision itself awards (Điều 1) against the rows listed for that award
    af: AwardFacts = lc.facts.get("award_facts")
    for a, idx, total in zip(doc.awards, af.list_groups, af.totals, strict=True):
        # (one award decided: its list may be "DANH SÁCH KHEN THƯỞNG")
        groups = [lists[k] for k in idx]
        if not groups or total is None:
            continue
        rows = sum(g.rows for g in groups)
        if rows != total:
            who = a.recipient if a.recipient and total == a.count else "tập thể, cá nhân"
            yield Hit(a.start, a.end,
                      f"Quyết định tặng “{a.name}” cho {total} {who} nhưng danh sách kèm theo liệt kê {rows}.",
                      f"The decision grants “{a.name}” to {total} but the attached list has {rows}.",
                      related=[(g.start, g.end, "danh sách kèm theo") for g in groups])
            continue
        # the same total, split differently: "02 tập thể và 05 cá nhân" against groups "I. TẬP THỂ" / "II. CÁ NHÂN"
        vi, en, rel = [], [], []
        # a group's kind is its heading's, or that of the kind heading above it ("II. CÁ NHÂN" / "a) Khối cơ quan")
        kinds, current = [], None
        for k_ in idx:
            current = af.group_kinds[k_] or current
            kinds.append(current)
        for who, decided_n, en_who in (("tập thể", a.collectives, "collectives"), ("cá nhân", a.individuals, "individuals")):
            kind = [g for g, k in zip(groups, kinds, strict=True) if k == who]
            if decided_n is None or not kind:
                continue
            listed = sum(g.rows for g in kind)
            if listed != decided_n:
                vi.append(f"{decided_n} {who} nhưng nhóm “{who.upper()}” liệt kê {listed}")
                en.append(f"{decided_n} {en_who} but the group lists {listed}")
                rel += [(g.start, g.end, "danh sách kèm theo") for g in kind]
        if vi:
            yield Hit(a.start, a.end, f"Quyết định tặng “{a.name}” cho " + "; ".join(vi) + " (danh sách kèm theo).",
                      f"The decision grants “{a.name}” to " + "; ".join(en) + " (attached list).", related=rel)


@rule("VB605", "award-list-duplicate", "warning",
      vi="Một người hoặc tập thể được ghi hai lần trong danh sách khen thưởng.",
      en="The same person or unit is listed twice in an award list.",
      rationale="A row repeated in the list attached to an award decision (same name, same position or unit) "
                "awards the same person twice or hides someone who was left out; namesakes with different "
                "positions are not repeats.",
      bad=["DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”\n1. Bà Lê Thị Hoa, công chức Tư pháp;\n"
           "2. Ông Phạm Văn Đức, công chức Địa chính;\n3. Bà Lê Thị Hoa, công chức Tư pháp."],
      good=["DANH SÁCH\nCÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”\n1. Bà Lê Thị Hoa, công chức Tư pháp;\n"
            "2. Ông Phạm Văn Đức, công chức Địa chính;\n3. Bà Lê Thị Hoa, giáo viên Trường Tiểu học."])
def award_list_duplicate(lc):
    doc = lc.doc
    if not doc.award_lists:
        return
    af: AwardFacts = lc.facts.get("award_facts")
    seen: dict[tuple[str | None, str], tuple[int, int]] = {}
    for g, keys in zip(doc.award_lists, af.row_keys, strict=True):
        for e, row in zip(g.entries, keys, strict=True):
            key = (g.award, row)
            if key in seen:
                fs, fe = seen[key]
                first = lc.facts.line_index(fs) + 1
                yield Hit(e.start, e.end, f"“{e.text}” được ghi hai lần trong danh sách (lần đầu ở dòng {first}).",
                          f"“{e.text}” is listed twice (first on line {first}).", related=[(fs, fe, "lần đầu / first")])
            else:
                seen[key] = (e.start, e.end)
