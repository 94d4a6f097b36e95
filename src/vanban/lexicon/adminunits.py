"""Administrative units of Viet Nam before and after 01/7/2025, indexed from underthesea's address data.

underthesea (>= 9.5) ships ``underthesea/address/data/mapping.json``: 63 old provinces, 34 new ones, and
10 602 rows that map each old (province, district, commune) to its new (province, commune). The file is
read here directly — its location is found with :func:`importlib.util.find_spec`, which does not import
underthesea itself (that import costs about half a second) — and folded into a compact name index once
per process.

Names are compared by a *key*: lower case, no diacritics, no spaces or punctuation, numbers without
leading zeros ("Hòa Bình", "Hoà Bình", "HOÀ BÌNH" -> ``hoabinh``; "Phường 05" -> ``5``). The unit's type
word (xã, phường, thị trấn, huyện, thị xã …) is not part of the key, because types change over time
(xã Tịnh Hà became a thị trấn; many huyện became thị xã) while the name stays.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

REFORM_DATE = date(2025, 7, 1)  # two-level local government (no districts, 34 provinces)

_COMMUNE_TYPES = ("thị trấn", "phường", "đặc khu", "xã")
_DISTRICT_TYPES = ("thành phố", "thị xã", "huyện", "quận")

# Province names in use before the current 63 (still met in historical passages) and common spellings the
# data does not carry. They count as existing provinces; they are not used for belonging checks.
HISTORICAL_PROVINCES = (
    "Hà Tây", "Hà Sơn Bình", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh", "Cửu Long", "Sông Bé",
    "Minh Hải", "Hà Bắc", "Hải Hưng", "Nam Hà", "Hà Nam Ninh", "Vĩnh Phú", "Hoàng Liên Sơn", "Gia Lai - Kon Tum",
    "Quảng Nam - Đà Nẵng", "Bắc Thái", "Cao Lạng", "Thuận Hải", "Đồng Nai Thượng", "Hà Tuyên", "Lai Châu",
)
# Provinces (data keys) whose communes were moved between districts that still exist, and from when: before
# that date the data's districts (drawn afterwards) cannot judge a commune-district pair.
REORGANISED = {"hue": date(2025, 1, 1), "hochiminh": date(2021, 1, 1)}
# alias key -> province key of the data
PROVINCE_ALIASES = {
    "thuathienhue": "hue", "hcm": "hochiminh", "tphcm": "hochiminh", "saigon": "hochiminh",
    "brvt": "bariavungtau", "daclac": "daklak", "daclak": "daklak", "daklac": "daklak", "kontum": "kontum",
    "dacnong": "daknong",
}


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Fold a unit name to its comparison key (see the module docstring)."""
    t = unicodedata.normalize("NFKD", name.lower().replace("đ", "d").replace("Đ", "d"))
    t = "".join(c for c in t if c.isascii() and c.isalnum())
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", t)


#: an administrative level named in a body or grantor ("UBND huyện", "ĐẢNG ỦY XÃ …", "Chủ tịch UBND thị xã")
LEVEL_RE = re.compile(r"\b(xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\b", re.I)
#: the level word -> the level of local government it stands for; "thành phố" is left out: a centrally-run city
#: (Cần Thơ, Hà Nội …) is province level, a provincial city was district level — the word alone does not say
LEVEL_OF_TYPE = {"xã": "xã", "phường": "xã", "thị trấn": "xã", "đặc khu": "xã", "huyện": "huyện", "quận": "huyện",
                 "thị xã": "huyện", "tỉnh": "tỉnh"}


def level_of(name: str | None) -> str | None:
    """The level of local government ("xã", "huyện", "tỉnh") the first level word of a body's or grantor's name
    stands for ("Chủ tịch UBND phường" -> "xã"); None when it names none or says "thành phố"."""
    m = LEVEL_RE.search(unicodedata.normalize("NFC", name or ""))
    return LEVEL_OF_TYPE.get(" ".join(m.group(1).lower().split())) if m else None


def marks(name: str) -> str:
    """A name with its marks and without case, blanks or dashes, both tone placements counted as one:
    "Khánh Hoà" and "Khánh Hòa" agree, "Khánh Hóa" does not (a wrong mark, VB801)."""
    from ..normalize import fold

    return re.sub(r"[\s\-–]+", "", fold(name))


def strip_type(name: str, types: tuple[str, ...]) -> str:
    """'Huyện Ba Tơ' -> 'Ba Tơ' (case-insensitive on the type word)."""
    low = name.lower()
    for t in types:
        if low.startswith(t + " "):
            return name[len(t) + 1:].strip()
    return name.strip()


def _key_from_data_key(k: str, types: tuple[str, ...]) -> str:
    """Some rows lack a display name and carry an accented key ('xãtamđàn'): strip the glued type word."""
    k = k.lower()
    for t in types:
        tt = t.replace(" ", "")
        if k.startswith(tt):
            return key(k[len(tt):])
        if k.startswith(key(tt)):
            return key(k[len(key(tt)):])
    return key(k)


@dataclass(eq=False)
class AdminIndex:
    """Name index over the old (province/district/commune) and new (province/commune) units."""

    # province key -> display short name ("Lâm Đồng"); old covers 63, new 34 (every new name is also an old one)
    old_provinces: dict[str, str] = field(default_factory=dict)
    new_provinces: dict[str, str] = field(default_factory=dict)
    new_of_old_province: dict[str, str] = field(default_factory=dict)
    historical: set[str] = field(default_factory=set)
    # district key -> {old province key}
    districts: dict[str, set[str]] = field(default_factory=dict)
    # (old province key, district key) -> display name with type ("Huyện Ba Tơ")
    district_names: dict[tuple[str, str], str] = field(default_factory=dict)
    # commune key -> {(old province key, district key)}
    old_communes: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    # commune key -> {new province key}
    new_communes: dict[str, set[str]] = field(default_factory=dict)
    # new (province key, commune key) -> {(old province key, district key)} it was formed from
    new_commune_origin: dict[tuple[str, str], set[tuple[str, str]]] = field(default_factory=dict)
    # display names: (old prov, district, commune) / (new prov, commune) -> "Xã Ba Vì"
    old_commune_names: dict[tuple[str, str, str], str] = field(default_factory=dict)
    new_commune_names: dict[tuple[str, str], str] = field(default_factory=dict)

    # --- provinces -------------------------------------------------------------------------------------
    def province(self, name: str) -> str | None:
        """The data key of a province name (old, new or alias), or None."""
        k = key(name)
        k = PROVINCE_ALIASES.get(k, k)
        if k in self.old_provinces or k in self.new_provinces:
            return k
        return None

    def province_exists(self, name: str) -> bool:
        k = key(name)
        return self.province(name) is not None or k in self.historical

    def province_name(self, pk: str) -> str:
        return self.new_provinces.get(pk) or self.old_provinces.get(pk) or pk

    def province_group(self, pk: str) -> set[str]:
        """Old provinces that are, or were merged into, the province ``pk`` (taken as a new province)."""
        out = {pk} if pk in self.old_provinces else set()
        if pk in self.new_provinces:
            out |= {o for o, n in self.new_of_old_province.items() if n == pk}
        return out

    # --- belonging -------------------------------------------------------------------------------------
    def district_in_province(self, dk: str, pk: str, *, loose: bool) -> bool:
        provs = self.districts.get(dk, set())
        return bool(provs & (self.province_group(pk) if loose else {pk}))

    def commune_in_province(self, ck: str, pk: str, *, loose: bool) -> bool:
        if not loose:
            return any(p == pk for p, _ in self.old_communes.get(ck, ()))
        group = self.province_group(pk)
        if any(p in group for p, _ in self.old_communes.get(ck, ())):
            return True
        return bool(self.new_communes.get(ck, set()) & {self.new_of_old_province.get(p, p) for p in group | {pk}})

    def commune_in_district(self, ck: str, dk: str, pk: str | None, *, loose: bool) -> bool:
        provs = None if pk is None else (self.province_group(pk) if loose else {pk})
        if any(d == dk and (provs is None or p in provs) for p, d in self.old_communes.get(ck, ())):
            return True
        if loose:  # a new commune formed (partly) from communes of that district
            for np_ in self.new_communes.get(ck, ()):
                if any(d == dk and (provs is None or p in provs) for p, d in self.new_commune_origin.get((np_, ck), ())):
                    return True
        return False

    # --- where a name is ---------------------------------------------------------------------------------
    def district_parents(self, dk: str) -> list[str]:
        """Display names of the provinces that have a district of this name."""
        return sorted(self.old_provinces[p] for p in self.districts.get(dk, ()))

    def commune_parents(self, ck: str, *, loose: bool, level: str) -> list[str]:
        """Where a commune of this name is: 'huyện Ba Tơ, tỉnh Quảng Ngãi' (old) or 'tỉnh Lâm Đồng' (new)."""
        out: list[str] = []
        for p, d in sorted(self.old_communes.get(ck, ())):
            if level == "province":
                s = _with_type(self.old_provinces[p], p)
            else:
                s = f"{_lower_type(self.district_names.get((p, d), d))}, {_with_type(self.old_provinces[p], p)}"
            if s not in out:
                out.append(s)
        if loose:
            for np_ in sorted(self.new_communes.get(ck, ())):
                s = _with_type(self.new_provinces[np_], np_) + (" (từ 01/7/2025)" if level == "province" else "")
                if level == "province" and s not in out and _with_type(self.new_provinces[np_], np_) not in out:
                    out.append(s)
        return out

    def district_children_names(self, dk: str, pk: str | None) -> list[str]:
        return sorted({n for (p, d, _c), n in self.old_commune_names.items()
                       if d == dk and (pk is None or p == pk)})

    def province_children_names(self, pk: str, *, loose: bool) -> list[str]:
        names = {n for (p, _d, _c), n in self.old_commune_names.items() if p in (self.province_group(pk) if loose else {pk})}
        if loose:
            names |= {n for (p, _c), n in self.new_commune_names.items() if p == self.new_of_old_province.get(pk, pk)}
        return sorted(names)

    def province_district_names(self, pk: str, *, loose: bool) -> list[str]:
        group = self.province_group(pk) if loose else {pk}
        return sorted({n for (p, _d), n in self.district_names.items() if p in group})


_CENTRAL = {"hanoi", "hochiminh", "haiphong", "danang", "cantho", "hue"}


def _with_type(short: str, pk: str) -> str:
    return ("thành phố " if pk in _CENTRAL else "tỉnh ") + short


def _lower_type(display: str) -> str:
    for t in _DISTRICT_TYPES + _COMMUNE_TYPES:
        if display.lower().startswith(t + " "):
            return t + display[len(t):]
    return display


def data_path() -> Path | None:
    """Where underthesea keeps ``address/data/mapping.json`` (None when underthesea or the file is missing)."""
    try:
        spec = find_spec("underthesea")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        p = Path(base) / "address" / "data" / "mapping.json"
        if p.is_file():
            return p
    return None


def build_index(data: dict) -> AdminIndex:
    """Fold underthesea's mapping.json into an :class:`AdminIndex`."""
    ix = AdminIndex()
    pk_of_data: dict[str, str] = {}
    for dk_, info in data["old_province_names"].items():
        pk = key(info["short"])
        pk_of_data[dk_] = pk
        ix.old_provinces[pk] = info["short"]
    for dk_, info in data["province_names"].items():
        pk = key(info["short"])
        pk_of_data[dk_] = pk
        ix.new_provinces[pk] = info["short"]
    for old, new in data["province_mapping"].items():
        ix.new_of_old_province[pk_of_data[old]] = pk_of_data[new]
    ix.historical = {key(n) for n in HISTORICAL_PROVINCES}
    for r in data["ward_mapping"]:
        op = pk_of_data.get(r["old_province_key"])
        np_ = pk_of_data.get(r["new_province_key"])
        if op is None or np_ is None:
            continue
        dname = r["old_district"]
        dk = key(strip_type(dname, _DISTRICT_TYPES)) if dname else ""
        if dk:
            ix.districts.setdefault(dk, set()).add(op)
            ix.district_names.setdefault((op, dk), dname)
        oname = r["old_ward"]
        ock = key(strip_type(oname, _COMMUNE_TYPES)) if oname else (
            _key_from_data_key(r["old_ward_key"], _COMMUNE_TYPES) if r["old_ward_key"] else "")
        if ock and dk:
            ix.old_communes.setdefault(ock, set()).add((op, dk))
            if oname:
                ix.old_commune_names.setdefault((op, dk, ock), oname)
        nname = r["new_ward"]
        nck = key(strip_type(nname, _COMMUNE_TYPES)) if nname else (
            _key_from_data_key(r["new_ward_key"], _COMMUNE_TYPES) if r["new_ward_key"] else "")
        if nck:
            ix.new_communes.setdefault(nck, set()).add(np_)
            if dk:
                ix.new_commune_origin.setdefault((np_, nck), set()).add((op, dk))
            if nname:
                ix.new_commune_names.setdefault((np_, nck), nname)
    return ix


@lru_cache(maxsize=1)
def index() -> AdminIndex | None:
    """The index, built once per process; None when underthesea's address data is not installed."""
    p = data_path()
    if p is None:
        return None
    try:
        data = json.loads(p.read_text("utf-8"))
        return build_index(data)
    except (OSError, ValueError, KeyError):
        return None
