"""VB8xx: administrative units — names that do not exist, or do not belong to the unit they are put under.

Mentions are a type word (xã, phường, thị trấn, đặc khu, huyện, quận, thị xã, thành phố, tỉnh, Thủ đô, TP.)
followed by a capitalised name ("xã Ba Vì", "UBND huyện Sơn Tịnh", "ĐẢNG ỦY XÃ BA VÌ"). Mentions written
one after the other with only a comma, a dash or "thuộc" between them, going up in level, form a *chain*
("xã Ba Vì, huyện Ba Tơ, tỉnh Quảng Ngãi"); the header's parent line and issuing-body line form one too.
Each link of a chain is checked against underthesea's data (see :mod:`vanban.lexicon.adminunits`):

* before 01/7/2025 against the old units (63 provinces, districts, communes);
* from 01/7/2025, or with no date, against either list — a later document may name an old unit
  historically, and a new commune against an old district is accepted when it was formed from it.

A commune name alone is never flagged (there are thousands, many shared). Flagged are: a link whose child
exists elsewhere but not under the stated parent (with the right parent as suggestion when the data knows
it), a child unknown under a known parent when the list is current for the document's date or a close
spelling exists, a commune or district whose name is the document's own province where that province has
no such unit ("xã Quảng Ninh" for "tỉnh Quảng Ninh"), and a province name that does not exist (VB802, info;
VB801 when it is one letter away from a real one).

underthesea is never imported: its data file is located and read on the first document that has a
mention, then kept for the process.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..lexicon.adminunits import REFORM_DATE, REORGANISED, _lower_type, _with_type, index, key, marks
from ..model import UnitMention as Mention
from .base import Hit, rule

COMMUNE, DISTRICT, PROVINCE = 1, 2, 3
#: the unit list is drawn as of 2025: for a document dated from then on a name missing from it is not one merged
#: away before the document was written
_Y2025 = date(2025, 1, 1)

# surnames and words that start a person's or body's name after "UBND tỉnh …", never a province (applied to a
# mention's own name words)
_NOT_PLACE_FIRST = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "đinh", "đoàn", "trương", "mai", "lương", "tô", "trịnh", "hà", "cao", "lâm", "kiều", "chu", "tạ",
    "phùng", "thái", "tăng", "lã", "lò", "quách", "triệu", "vi", "hứa", "khổng", "nông", "đàm", "doãn", "lục", "lưu",
    "tống", "âu", "mạc", "châu", "diệp", "thân", "nghiêm", "la", "giáp", "khúc", "ông", "đào", "lại", "từ", "vương",
    "ủy", "uỷ", "hội", "đội", "đảng", "ban", "sở", "phòng", "ubnd", "hđnd", "mttq", "công", "quân", "bộ",
    "trung", "văn", "trường", "bệnh", "chi", "liên", "tổ", "cục", "kho", "bạc", "viện", "đài", "báo", "ngân",
    "tây", "đông", "nam", "bắc", "miền", "vùng", "khu",
}
_REGIONS = {"taynguyen", "taybac", "dongbac", "namtrungbo", "bactrungbo", "duyenhaimientrung", "dongnambo",
            "taynambo", "nambo", "bacbo", "trungbo", "dongbangsongcuulong", "dongbangsonghong", "mientrung",
            "mienbac", "miennam", "mientay"}


def _shown(m: Mention) -> str:
    """'xã Ba Vì' for a mention, whatever its case in the text."""
    name = _lw(m.name)
    return f"{m.type} {name.title() if m.caps else name}"


def _checked(m: Mention) -> bool:
    """May this mention be judged? Not in a worked example or template ("Đảng bộ Phường A"), not in a quotation,
    and in capitals (a title line, a header) only when the list knows its name: "… CẤP XÃ TRÊN ĐỊA BÀN TỈNH X",
    "CÁC ĐẢNG ỦY XÃ, PHƯỜNG THUỘC ĐẢNG BỘ …" speak of the level, they name no commune."""
    if m.example or m.quoted:
        return False
    return m.known or not (m.caps or m.title)


def _chains(ms: list[Mention]) -> list[list[Mention]]:
    """The chains of two mentions or more ("xã A, huyện B, tỉnh C"), from the links the extractor found."""
    out: list[list[Mention]] = []
    inner = {m.up for m in ms if m.up >= 0}
    for i, m in enumerate(ms):
        if i in inner or m.up < 0:
            continue
        ch = [m]
        while ch[-1].up >= 0:
            ch.append(ms[ch[-1].up])
        out.append(ch)
    return out


def _near(name: str, candidates: list[str]) -> str | None:
    """A candidate written almost like ``name`` (one slip), or None."""
    if not candidates:
        return None
    from rapidfuzz import fuzz, process

    from ..lexicon.adminunits import _COMMUNE_TYPES, _DISTRICT_TYPES, strip_type

    plain = {strip_type(c, _COMMUNE_TYPES + _DISTRICT_TYPES): c for c in candidates}
    best = process.extractOne(name.lower(), {k: k.lower() for k in plain}, scorer=fuzz.ratio, score_cutoff=85)
    if not best:
        return None
    return best[2]


def _lw(t: str) -> str:
    return " ".join(t.split())


class _Checker:
    def __init__(self, lc, ix):
        self.lc = lc
        self.ix = ix
        self.date = lc.doc.header.date
        self.loose = self.date is None or self.date >= REFORM_DATE
        self.text = lc.norm_text

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Normalized (start, end) -> original."""
        return self.lc.norm_span(s, e)

    def written(self, m: Mention) -> str:
        """The mention as written; a header's capitals are shown in ordinary case ("xã Ba Vì")."""
        return _shown(m) if m.caps else _lw(self.text[m.nstart:m.nend])

    # --- one link: child under parent ---------------------------------------------------------------------
    def link(self, child: Mention, parent: Mention, province: Mention | None) -> Hit | None:
        """Check that ``child`` lies in ``parent`` (``province``: a province further up the same chain)."""
        ix = self.ix
        if not (parent.known and parent.level > child.level):
            return None
        pk = parent.province if parent.level == PROVINCE else None
        if parent.level == PROVINCE and pk is None:
            return None  # a historical province: nothing to check against
        ppk = province.province if province is not None and province.known else None
        s, e = min(child.nstart, parent.nstart), max(
            province.nend if province is not None and child.level == COMMUNE and parent.level == DISTRICT else parent.nend,
            child.nend)
        if child.level == DISTRICT:
            if ix.district_in_province(child.key, pk, loose=self.loose):
                return None
            provs = sorted(ix.districts.get(child.key, ()))
            if len(provs) == 1:  # the only district of that name is in another province
                return self.misplaced(child, parent, [_with_type(ix.old_provinces[provs[0]], provs[0])], s, e)
            return self.unknown(child, parent, ix.province_district_names(pk, loose=self.loose), s, e,
                                current=self.date is not None and self.date >= _Y2025)
        places = sorted(ix.old_communes.get(child.key, ()))
        if parent.level == DISTRICT:
            if ix.commune_in_district(child.key, parent.key, ppk, loose=self.loose):
                return None
            if any(self.date is not None and self.date < since and p in ix.districts.get(parent.key, ())
                   for p, since in REORGANISED.items()):
                return None  # the data has the districts as they were drawn afterwards
            if ppk is not None and not ix.district_in_province(parent.key, ppk, loose=self.loose) \
                    and ix.commune_in_district(child.key, parent.key, None, loose=self.loose):
                return None  # the district is the misplaced part (its own link says so)
            # evidence that the commune lies elsewhere: in another district of the same province, or in one
            # single place in the country that is not a district of the same name
            around = (ix.province_group(ppk) if self.loose else {ppk}) if ppk else set(ix.districts.get(parent.key, ()))
            near_by = [(p, d) for p, d in places if p in around and d != parent.key]
            alone = [(p, d) for p, d in places if d != parent.key] if len(places) == 1 else []
            ev = near_by or alone
            if ev:
                return self.misplaced(child, parent, [self.district_place(p, d) for p, d in ev], s, e)
            return self.unknown(child, parent, ix.district_children_names(parent.key, ppk), s, e,
                                current=self.date is not None and _Y2025 <= self.date < REFORM_DATE)
        if ix.commune_in_province(child.key, pk, loose=self.loose):
            return None
        groups = {ix.new_of_old_province.get(p, p) for p, _ in places}
        if self.loose:
            groups |= ix.new_communes.get(child.key, set())
        if len(places) == 1 and len(groups) == 1:
            return self.misplaced(child, parent, [self.district_place(*places[0])], s, e)
        if self.loose and len(groups) == 1:
            g = next(iter(groups))
            return self.misplaced(child, parent, [_with_type(ix.new_provinces.get(g, g), g)], s, e)
        return self.unknown(child, parent, ix.province_children_names(pk, loose=self.loose), s, e,
                            current=self.date is not None and self.date >= _Y2025)

    def district_place(self, p: str, d: str) -> str:
        ix = self.ix
        return f"{_lower_type(ix.district_names.get((p, d), d))}, {_with_type(ix.old_provinces[p], p)}"

    def where(self, child: Mention, parent: Mention, s: int, e: int) -> str:
        if child.caps or parent.caps:  # header lines: name the two units, not the lines
            return f"“{self.written(child)}” (cấp trên: “{self.written(parent)}”)"
        return f"“{_lw(self.text[s:e])}”"

    def misplaced(self, child: Mention, parent: Mention, places: list[str], s: int, e: int) -> Hit:
        where = self.where(child, parent, s, e)
        cname = _shown(child)
        sugg = f"{self.written(child)}, {places[0]}" if len(places) == 1 and not (child.caps or parent.caps) else None
        shown = "; ".join(places[:4]) + (f"; … ({len(places)} nơi)" if len(places) > 4 else "")
        return Hit(*self.span(s, e),
                   f"{where}: {cname} không thuộc {self.written(parent)} "
                   f"(theo danh mục đơn vị hành chính, {cname} thuộc {shown}).",
                   f"{where}: {cname} is not in {self.written(parent)} "
                   f"(the administrative-unit list puts it in {shown}).", suggestion=sugg)

    def unknown(self, child: Mention, parent: Mention, siblings: list[str], s: int, e: int, *,
                current: bool) -> Hit | None:
        """A child name the parent does not have. Reported when the parent has a name one slip away, or when
        the list is current for the document's date (otherwise the unit may have been merged away before)."""
        near = _near(_lw(child.name), siblings)
        if near is None and not current:
            return None
        where = self.where(child, parent, s, e)
        cname = _shown(child)
        if near is not None:
            sugg = _lower_type(near)
            return Hit(*self.span(s, e),
                       f"{where}: {self.written(parent)} không có {cname}; có phải “{sugg}”?",
                       f"{where}: {self.written(parent)} has no {cname}; did you mean “{sugg}”?", suggestion=sugg)
        return Hit(*self.span(s, e),
                   f"{where}: không tìm thấy {cname} thuộc {self.written(parent)} trong danh mục đơn vị hành chính "
                   f"(trước và sau 01/7/2025).",
                   f"{where}: no {cname} in {self.written(parent)} in the administrative-unit list "
                   f"(before or after 01/07/2025).")


_CENTRAL_SHORT = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def _header_chain(lc, ms: list[Mention]) -> tuple[Mention, Mention] | None:
    """(child, parent) from the header's parent line and issuing-body line ("ĐẢNG BỘ TỈNH X / ĐẢNG ỦY XÃ Y")."""
    h = lc.doc.header
    if h.issuing_body is None:
        return None

    def inside(sp):
        return [m for m in ms if sp.start <= m.start < sp.end and m.known]

    body = inside(h.issuing_body)
    upper = inside(h.parent_body) if h.parent_body is not None else []
    if h.parent_body is None and len(body) >= 2:
        upper, body = body[:-1], body[-1:]
    if not body or not upper:
        return None
    child, parent = body[-1], upper[-1]
    if parent.level > child.level:
        return child, parent
    return None


def _home_province(lc, ix, ms: list[Mention]) -> set[str]:
    """Province(s) the document may come from (new-province keys): a province named in its header, else the
    provinces that have a commune or district of its issuing body's name (at most four), else the dateline
    place when it names a province."""
    h = lc.doc.header
    if ix is None:
        return set()
    if h.issuing_body is not None:
        sp = [h.issuing_body] + ([h.parent_body] if h.parent_body is not None else [])
        head = [m for m in ms if m.known and any(s.start <= m.start < s.end for s in sp)]
        provs = {ix.new_of_old_province.get(m.province, m.province) for m in head if m.level == PROVINCE and m.province}
        if provs:
            return provs
        for m in sorted(head, key=lambda m: m.level):
            if m.level == COMMUNE:
                groups = {ix.new_of_old_province.get(p, p) for p, _ in ix.old_communes.get(m.key, ())}
                groups |= ix.new_communes.get(m.key, set())
            elif m.level == DISTRICT:
                groups = {ix.new_of_old_province.get(p, p) for p in ix.districts.get(m.key, ())}
            else:
                continue
            if 0 < len(groups) <= 4:
                return groups
    if h.place:
        pk = ix.province(h.place)
        if pk:
            return {ix.new_of_old_province.get(pk, pk)}
    return set()


@rule("VB801", "unknown-admin-unit", "warning",
      vi="Đơn vị hành chính không tồn tại hoặc không thuộc đơn vị cấp trên được ghi (xã không thuộc huyện/tỉnh, "
         "huyện không thuộc tỉnh, tên tỉnh sai).",
      en="An administrative unit that does not exist or does not belong to the unit it is said to be in (a commune "
         "outside the stated district or province, a district in the wrong province, a misspelt province).",
      rationale="Checked against the list of administrative units in underthesea's address data: before 01/7/2025 "
                "the old units (63 provinces, districts, communes); from 01/7/2025 either list, since later documents "
                "still name old units. A commune name alone is not judged (thousands of names, many shared); "
                "in a title line in capitals only names the list knows are, and worked examples (“Phường A”) "
                "and quotations are not.",
      bad=["UBND xã Ba Vì, huyện Sơn Tịnh, tỉnh Quảng Ngãi báo cáo như sau:",
           "Số: 12/BC-UBND\nQuảng Ngãi, ngày 03 tháng 11 năm 2023\nBÁO CÁO\nTrụ sở tại huyện Ba Tơ, tỉnh Lâm Đồng."],
      good=["UBND xã Ba Vì, huyện Ba Tơ, tỉnh Quảng Ngãi báo cáo như sau:",
            "Số: 12/BC-UBND\nLâm Đồng, ngày 03 tháng 11 năm 2025\nBÁO CÁO\nTrụ sở tại phường Sa Đéc, tỉnh Đồng Tháp."])
def unknown_admin_unit(lc):
    yield from _run(lc, provinces=False)


@rule("VB802", "unknown-province", "info",
      vi="Tên tỉnh, thành phố trực thuộc trung ương không có trong danh mục (cả 63 tỉnh cũ và 34 tỉnh từ 01/7/2025).",
      en="A province name that is in neither the 63 old nor the 34 current provinces.",
      rationale="“tỉnh …” followed by a name that is no province, old, new or historical; reported as information "
                "since the name may be a region or a body rather than a place.",
      bad=["Đoàn công tác của tỉnh Phù Sa Lâm đã đến thăm và làm việc."],
      good=["Đoàn công tác của tỉnh Lâm Đồng đã đến thăm và làm việc."])
def unknown_province(lc):
    yield from _run(lc, provinces=True)


def _mentions(lc):
    """The unit list and the document's unit mentions (the ``units`` fact, shared by VB801 and VB802)."""
    ms = lc.facts.get("units")
    return (index() if ms else None), ms


def _run(lc, *, provinces: bool):
    ix, ms = _mentions(lc)
    if ix is None or not ms:
        return
    ck = _Checker(lc, ix)
    if provinces:
        yield from _provinces(ck, ms)
        return
    done: set[tuple[int, int]] = set()
    links: list[tuple[Mention, Mention, Mention | None]] = []
    for ch in _chains(ms):
        prov = next((m for m in ch if m.level == PROVINCE), None)
        for i in range(len(ch) - 1):
            child, parent = ch[i], ch[i + 1]
            links.append((child, parent, prov if prov is not parent else None))
    hc = _header_chain(lc, ms)
    if hc:
        links.append((hc[0], hc[1], None))
    for child, parent, prov in links:
        if child.history or not (_checked(child) and _checked(parent)):
            continue
        hit = ck.link(child, parent, prov)
        if hit and (hit.start, hit.end) not in done:
            done.add((hit.start, hit.end))
            yield hit
    yield from _misspelt_provinces(ck, ms)
    # a commune or district named after a province where no such unit exists: nowhere at all ("huyện Lâm
    # Đồng"), or not in the document's own province ("xã Quảng Ninh" in a document from Quảng Ninh)
    home = _home_province(lc, ix, ms)
    for m in ms:
        if m.level not in (COMMUNE, DISTRICT) or m.type == "thành phố" or m.history or not _checked(m):
            continue
        pk = ix.province(m.name) if m.name else None
        if pk is None:
            continue
        if m.known:
            if ix.new_of_old_province.get(pk, pk) not in home:
                continue
            if m.level == COMMUNE and any(ix.commune_in_province(m.key, h, loose=True) for h in home):
                continue
            if m.level == DISTRICT and any(ix.district_in_province(m.key, h, loose=True) for h in home):
                continue
        s, e = ck.span(m.nstart, m.nend)
        if (s, e) in done:
            continue
        done.add((s, e))
        prov_word = "thành phố" if ix.province_name(pk) in _CENTRAL_SHORT else "tỉnh"
        pname = f"{prov_word} {ix.province_name(pk)}"
        cname = _shown(m)
        if not m.known:
            yield Hit(s, e, f"“{ck.written(m)}”: không có {cname} trong danh mục đơn vị hành chính; "
                            f"{_lw(m.name)} là tên tỉnh — có phải “{pname}”?",
                      f"“{ck.written(m)}”: there is no {cname} in the administrative-unit list; {_lw(m.name)} is a "
                      f"province — did you mean “{pname}”?", suggestion=None if m.caps else pname)
            continue
        if m.level == COMMUNE:
            elsewhere = ix.commune_parents(m.key, loose=True, level="province")
        else:
            elsewhere = [_with_type(ix.old_provinces[p], p) for p in sorted(ix.districts.get(m.key, ()))]
        where_vi = f" ({cname} ở {', '.join(elsewhere[:4])})" if elsewhere else ""
        where_en = f" ({cname} is in {', '.join(elsewhere[:4])})" if elsewhere else ""
        yield Hit(s, e,
                  f"“{ck.written(m)}”: văn bản của một đơn vị thuộc {pname} nhưng {pname} không có {cname}"
                  f"{where_vi}; có phải “{pname}”?",
                  f"“{ck.written(m)}”: the document comes from {pname}, which has no {cname}{where_en}; "
                  f"did you mean “{pname}”?", suggestion=None if m.caps else pname)


def _province_candidate(m: Mention, ix) -> bool:
    """An unknown "tỉnh X" that looks like a place name (not a person, a body or a region)."""
    if not _checked(m) or m.type != "tỉnh" or m.known or m.caps or m.wrapped:
        return False
    # every province name has two syllables or more ("tỉnh Quy định" is a capitalised phrase)
    if len(m.words) < 2 or m.words[0].isdigit():
        return False
    first = m.words[0].lower()
    if first in _NOT_PLACE_FIRST or m.key in _REGIONS:
        return False
    # a known district or commune name: a wrong level, not a made-up place
    if m.key in ix.districts or m.key in ix.old_communes or m.key in ix.new_communes:
        return False
    return not any(key(" ".join(m.words[:n])) in ix.districts for n in range(1, len(m.words)))


@lru_cache(maxsize=1)
def _province_names(ix) -> tuple[str, ...]:
    return tuple(sorted(set(ix.old_provinces.values()) | set(ix.new_provinces.values())))


def _misspelt_provinces(ck: _Checker, ms: list[Mention]):
    """VB801's share of province names: a name one slip from a real province ("tỉnh Lâm Đông", "tỉnh Quảng
    Ngải"), and a district's name called a province ("tỉnh Lâm Hà")."""
    ix = ck.ix
    for m in ms:
        if not _checked(m):
            continue
        if m.level == PROVINCE and m.known and m.province and m.type in ("tỉnh", "thành phố") \
                and m.province not in _VARIANT_OK:
            # same letters, other marks: compare with the marks (both tone placements count as one)
            right = ix.province_name(m.province)
            alias = {key(a) for a in _ALIAS_NAMES}
            if marks(m.name) != marks(right) and m.key not in alias and not m.history:
                s, e = ck.span(m.nstart, m.nend)
                word = "thành phố" if right in _CENTRAL_SHORT else "tỉnh"
                yield Hit(s, e, f"“{ck.written(m)}”: tên tỉnh viết sai dấu; có phải “{word} {right}”?",
                          f"“{ck.written(m)}”: the province name has wrong diacritics; did you mean “{word} {right}”?",
                          suggestion=f"{m.type} {right}")
            continue
        if m.type != "tỉnh" or m.known or m.caps or m.wrapped or m.foreign or len(m.words) < 2:
            continue
        if m.key in ix.districts and not m.history:
            provs = ix.district_parents(m.key)
            s, e = ck.span(m.nstart, m.nend)
            yield Hit(s, e, f"“{ck.written(m)}”: {_lw(m.name)} không phải tên tỉnh (là huyện/thị xã/thành phố thuộc "
                            f"{', '.join(provs[:4])}).",
                      f"“{ck.written(m)}”: {_lw(m.name)} is not a province (it is a district of {', '.join(provs[:4])}).")
            continue
        if m.words[0].lower() in _NOT_PLACE_FIRST or m.key in _REGIONS or not _province_candidate(m, ix):
            continue
        near = _near_province(_lw(m.name), _province_names(ix))
        if near:
            s, e = ck.span(m.nstart, m.nend)
            yield Hit(s, e, f"“{ck.written(m)}”: không có tỉnh {_lw(m.name)}; có phải “tỉnh {near}”?",
                      f"“{ck.written(m)}”: there is no province {_lw(m.name)}; did you mean “tỉnh {near}”?",
                      suggestion=f"tỉnh {near}")


# provinces whose names are commonly written with other marks (Đăk/Đắk, Lăk/Lắk) or other names
_VARIANT_OK = {"daklak", "daknong", "kontum"}
_ALIAS_NAMES = ("Thừa Thiên Huế", "Thừa Thiên - Huế")


def _provinces(ck: _Checker, ms: list[Mention]):
    for m in ms:
        if not _province_candidate(m, ck.ix) or m.foreign or _near_province(m.name, _province_names(ck.ix)):
            continue
        s, e = ck.span(m.nstart, m.nend)
        yield Hit(s, e, f"“{ck.written(m)}”: không có tỉnh {m.name} trong danh mục 63 tỉnh, thành phố (trước "
                        f"01/7/2025) và 34 tỉnh, thành phố (từ 01/7/2025).",
                  f"“{ck.written(m)}”: there is no province {m.name} among the 63 (before 01/07/2025) and 34 "
                  f"(from 01/07/2025) provinces.")


def _near_province(name: str, names: tuple[str, ...]) -> str | None:
    from rapidfuzz import fuzz, process

    best = process.extractOne(name.lower(), {n: n.lower() for n in names}, scorer=fuzz.ratio, score_cutoff=80)
    return best[2] if best else None
