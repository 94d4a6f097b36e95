"""Lexicons: data tables (document types, issuing bodies, awards, campaigns, units, phrases, abbreviations).

The tables live as JSON files in ``vanban/lexicon/data`` so they can be read, reviewed and extended without
touching code. They are loaded once, on first use.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from ..normalize import fold


@cache
def load(name: str) -> dict:
    """Load ``data/<name>.json``."""
    return json.loads(resources.files(__package__).joinpath("data").joinpath(f"{name}.json").read_text("utf-8"))


@cache
def type_code_map() -> dict[str, dict[str, str]]:
    """system -> {type code -> full type name}."""
    out: dict[str, dict[str, str]] = {"state": {}, "party": {}, "legal": {}}
    for t in load("doc_types")["types"]:
        if not t["code"]:
            continue
        for sysname in t["systems"]:
            out[sysname].setdefault(t["code"], t["name"])
            for alias in t.get("aliases_codes", []):
                out[sysname].setdefault(alias, t["name"])
    out["party"].setdefault("QĐi", "Quy định")
    return out


@cache
def all_type_codes() -> dict[str, str]:
    """Any system: type code -> type name (administrative meaning wins for shared codes)."""
    m = type_code_map()
    out: dict[str, str] = {}
    for sysname in ("legal", "party", "state"):
        out.update(m[sysname])
    return out


@cache
def type_words() -> dict[str, str]:
    """Folded type word ("quyết định") -> canonical type name ("Quyết định")."""
    return {fold(k): v for k, v in load("doc_types")["type_words"].items()}


@cache
def type_name_to_codes() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for t in load("doc_types")["types"]:
        if t["code"]:
            out.setdefault(t["name"], set()).add(t["code"])
            out[t["name"]].update(t.get("aliases_codes", []))
    return out


@cache
def titles_to_type() -> dict[str, str]:
    """Upper-case title line ("BÁO CÁO") -> type name."""
    out = {}
    for t in load("doc_types")["types"]:
        if t.get("title"):
            out[t["title"]] = t["name"]
    return out


@cache
def issuer_codes() -> dict[str, str]:
    d = load("issuers")
    return {**d["state"], **d["party"]}


@cache
def party_issuer_codes() -> frozenset[str]:
    return frozenset(load("issuers")["party"])


@cache
def award_name_forms() -> frozenset[str]:
    """Every way the awards table writes an award name: folded names and variants, lower-cased abbreviations."""
    aw = load("awards")
    out: set[str] = set()
    for entry in aw["titles"] + aw["forms"]:
        out.update(fold(v) for v in entry["variants"] + [entry["name"]])
        out.update(a.lower() for a in entry["abbr"])
    return frozenset(out)


def is_exact_award_name(name_text: str) -> bool:
    """Is this award name, as written, one of the table's names, variants or abbreviations (no typo)?"""
    forms = award_name_forms()
    return fold(name_text) in forms or name_text.lower() in forms


@cache
def phrase_re(key: str):
    """A pattern matching any phrase of the list ``context.json[key]`` as whole words, on folded text (lower
    case, single spaces: :func:`vanban.normalize.fold`). Built once per list."""
    import regex

    phrases = sorted(load("context")[key], key=len, reverse=True)
    alt = "|".join(regex.escape(p).replace(r"\ ", " ") for p in phrases)
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alt})(?![\p{{L}}\d])")
