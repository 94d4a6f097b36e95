"""Pathological inputs of any size, for the hostile-input bench (``bench/bench_hostile.py``) and the
linear-time test (``tests/test_linear.py``).

Every generator takes a size in characters and returns a text of exactly that length, built by repeating a
short unit (or padding a short frame). All texts are invented; none is copied from a real document.

    from hostile_inputs import HOSTILE, make
    text = make("digits", 1_000_000)
"""
from __future__ import annotations

import random
from collections.abc import Callable

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ VÂN HÒA\nSố: 15/BC-UBND\nVân Hòa, ngày 03 tháng 11 năm 2023\n"
        "BÁO CÁO\nKết quả công tác năm 2023\n")
TAIL = "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"

#: a whole small document, for splices and repeats
SMALL_DOC = (HEAD + "I. TÌNH HÌNH CHUNG\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND huyện, "
             "xã có 1.245 hộ, trong đó: hộ nghèo 45 hộ, hộ cận nghèo 30 hộ.\n"
             "II. KẾT QUẢ\n1. Kinh tế\nTổng thu ngân sách đạt 105% kế hoạch.\n"
             "Tặng Giấy khen cho 05 tập thể và 12 cá nhân.\n" + TAIL)


def rep(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    if not unit:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def framed(before: str, fill: str, after: str, size: int) -> str:
    """``before`` + ``fill`` repeated + ``after``, ``size`` characters in all."""
    return before + rep(fill, max(size - len(before) - len(after), 0)) + after


def _table(size: int) -> str:
    """70 000 numbered rows of a tab-separated table (at 1 MB), then a total row."""
    head, total = "TT\tThôn\tSố hộ\tTỷ lệ\n", "\tTổng cộng\t5\t100%\n"
    out, n, i = [head], len(head) + len(total), 1
    while n < size:
        row = f"{i}\tThôn {i}\t{i % 97}\n"
        out.append(row)
        n += len(row)
        i += 1
    body = "".join(out)[:max(size - len(total), 0)]
    return (body + total)[:size]


def _random_mix(alphabet: str, seed: int) -> Callable[[int], str]:
    def make(size: int) -> str:
        rnd = random.Random(seed)
        return "".join(rnd.choice(alphabet) for _ in range(size))
    return make


_PROSE = "Tình hình kinh tế - xã hội năm 2022 của xã ổn định, đạt 100% chỉ tiêu. "
_CONTROL = "".join(chr(c) for c in range(32) if c not in (10,)) + "\x7f\x85"
_COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"

#: name -> generator(size in characters)
HOSTILE: dict[str, Callable[[int], str]] = {
    # --- letterless runs and symbols -------------------------------------------------------------------
    "digits": lambda n: rep("1", n),
    "dollars": lambda n: rep("$", n),
    "euros": lambda n: rep("€", n),
    "slashes": lambda n: rep("/", n),
    "digits and slashes": lambda n: rep("12/34/5678/", n),
    "digit runs in prose": lambda n: rep("Xã có " + "1" * 3000 + " hộ nghèo và " + "$€" * 200 + " đồng. ", n),
    "one giant number": lambda n: framed("Tổng thu: ", "1.000", " đồng.", n),
    "dots and leaders": lambda n: rep("…….....", n),
    "underscores": lambda n: rep("_", n),
    "stars": lambda n: rep("*", n),
    "a * b on one line": lambda n: rep("a * b ", n),
    "hashes": lambda n: rep("# ## ", n),
    "pipes": lambda n: rep("|", n),
    "dashes": lambda n: rep("- – — ", n),
    "spaces": lambda n: rep(" ", n),
    "empty lines": lambda n: rep("\n", n),
    "crlf lines": lambda n: rep("Dòng một.\r\n\r", n),
    # --- numbering, dates, headers ---------------------------------------------------------------------
    "roman numerals": lambda n: rep("XVIII. MCMXCIV IV. ", n),
    "roman numeral run": lambda n: rep("IVXLCDM", n),
    "Số: lines": lambda n: rep("Số: 12/QĐ-UBND\n", n),
    "impossible dates": lambda n: rep("ngày 31/02/2023, ngày 45 tháng 13 năm 2023; ngày 00/00/0000 ", n),
    "dateline then spaces": lambda n: framed("Hà Nội, ngày", " ", "", n),
    "dateline then blanks": lambda n: framed("Hà Nội, ngày", " \t\n", "", n),
    "datelines": lambda n: rep("Hà Nội, ngày 12 tháng ", n),
    "repeated headings": lambda n: rep("".join(f"{i % 9 + 1}. Tiêu đề\na) Mục\n" for i in range(9)), n),
    "Điều lines": lambda n: rep("Điều 1. Phạm vi điều chỉnh\n", n),
    "upper-case lines": lambda n: rep("QUYẾT ĐỊNH\nỦY BAN NHÂN DÂN XÃ VÂN HÒA\n", n),
    # --- citations, quantities, awards ---------------------------------------------------------------
    "citation lines": lambda n: rep("Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ; "
                                    "Luật Quản lý thuế;\n", n),
    "citations on one line": lambda n: rep("Quyết định số 12/QĐ-UBND ngày 01/01/2023 của UBND xã ", n),
    "bare numbers on one line": lambda n: rep("Số 12/QĐ-UBND; ", n),
    "trong đó chains": lambda n: rep("Xã có 120 hộ, trong đó: hộ nghèo 45 hộ, trong đó: 12 hộ, trong đó 5 hộ; ", n),
    "trong đó lines": lambda n: rep("Tổng số 45 cá nhân, trong đó: cán bộ 12 người, công chức 14 người, "
                                    "người lao động 19 người.\n", n),
    "percentages": lambda n: rep("đạt 100%, tăng 5,5% so với cùng kỳ, 12/15 chỉ tiêu (80%); ", n),
    "table rows": _table,
    "award lines": lambda n: rep("Tặng danh hiệu Lao động tiên tiến cho 05 cá nhân; ", n),
    "award lists": lambda n: rep("DANH SÁCH KHEN THƯỞNG\n(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2024)\n"
                                 "Danh hiệu “Lao động tiên tiến” (02 cá nhân):\n1. Ông A\n2. Bà B\n", n),
    "spelled numbers": lambda n: rep("một trăm hai mươi ba hộ, ", n),
    "long words before numbers": lambda n: rep("Kếtquảthựchiệnnhiệmvụ 12 hộ, ", n),
    # --- prose and structure -------------------------------------------------------------------------
    "ordinary prose": lambda n: rep(_PROSE, n),
    "one long prose line": lambda n: rep(_PROSE.replace("\n", " "), n),
    "repeated words": lambda n: rep("Xã các các xã xã đã đã triển khai. ", n),
    "nested parentheses": lambda n: rep("(", n // 2) + rep(")", n - n // 2),
    "parentheses in prose": lambda n: rep("(theo (Kế hoạch (số 12 (năm 2023 ", n),
    "quotes": lambda n: rep("\"“”'‘’«» ", n),
    "Nơi nhận runs": lambda n: rep("Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n", n),
    "signature blocks": lambda n: rep("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n", n),
    "spliced documents": lambda n: rep(SMALL_DOC, n),
    "splice of two documents": lambda n: rep(SMALL_DOC[:200] + SMALL_DOC[100:], n),
    # --- characters -----------------------------------------------------------------------------------
    "control characters": _random_mix(_CONTROL + "ab đ1\n", 7),
    "combining marks": lambda n: rep("a" + _COMBINING, n),
    "combining run": lambda n: framed("a", "\u0301", "", n),
    "decomposed Vietnamese": lambda n: rep("Vie\u0302\u0323t Nam ho\u0300a bi\u0300nh ", n),
    "RTL marks": lambda n: rep("\u200f\u202eXã Vân Hòa\u202c\u200e ", n),
    "zero-width": lambda n: rep("\u200b\u200d\ufeff\u00ad", n),
    "lone surrogates": lambda n: rep("Xã\ud800 Vân\udfff Hòa ", n),
}


def make(name: str, size: int) -> str:
    """The input ``name`` at ``size`` characters."""
    text = HOSTILE[name](size)
    assert len(text) == size, (name, len(text), size)
    return text
