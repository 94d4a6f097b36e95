"""The heading tree: Phần / Chương / Mục / Điều / I. / 1. / 1.1. / a), and the paragraphs under them.

Scheme A (legal texts, decisions with Điều) and scheme B (reports, plans) of NĐ 30 Phụ lục I, plus the Party
``I-`` form. Bullets (``-``, ``+``, ``•``) are never headings. A numbered run that restarts at 1 inside a
section (a list of tasks) is a list of that section, not a new heading level.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Literal

import regex

from ..model import Block, Section
from ..util import LATIN_LETTER_INDEX, LETTER_INDEX, ORDINALS, is_upper_line, roman_to_int
from .lines import Context, Line  # noqa: F401

HEADING_RE = regex.compile(
    r"""^(?:
      (?P<phan>(?:PHẦN|Phần)\s+(?P<phan_n>THỨ\s+\w+|thứ\s+\w+|[IVXL]{1,6}|\d{1,2}))(?=$|[\s.:\-])
    | (?P<buoc>BƯỚC\s+(?P<buoc_n>MỘT|HAI|BA|BỐN|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI|\d{1,2}))(?=$|[\s.:\-])
    | (?P<chuong>(?:CHƯƠNG|Chương)\s+(?P<chuong_n>[IVXL]{1,6}|\d{1,3}))(?=$|[\s.:\-])
    | (?P<tieumuc>(?:TIỂU\s+MỤC|Tiểu\s+mục)\s+(?P<tieumuc_n>\d{1,3}))(?=$|[\s.:\-])
    | (?P<muc>(?:MỤC|Mục)\s+(?P<muc_n>\d{1,3}|[IVXL]{1,6}))(?=$|[\s.:\-])
    | (?P<dieu>(?:Điều|ĐIỀU)\s+(?P<dieu_n>\d{1,3}))\s*[.:](?=$|\s)
    | (?P<roman>(?P<roman_n>[IVXL]{1,6})\s*(?P<roman_p>[.\-:)]|\s-))(?=\s*\S)
    | (?P<uletter>(?P<uletter_n>[A-HK-PR-UY])\s*\.)(?=\s+\p{Lu})
    | (?P<decimal>(?P<decimal_n>\d{1,2}(?:\.\d{1,2}){1,3})\.?)(?=\s+\S)
    | (?P<arabic>(?P<arabic_n>\d{1,2})\s*(?P<arabic_p>[.)/]|-(?=[ \t])))(?=\s+\S)
    | (?P<letter>(?P<letter_n>[a-zđ])\s*(?P<letter_p>[)/.]|-(?=[ \t])))(?=\s+\S)
    )""",
    regex.VERBOSE,
)

_BARE_LABEL_RE = regex.compile(r"^(?:\d{1,2}|[IVXL]{1,6}|[a-zđ])[.)]$|^\d{1,2}(?:\.\d{1,2}){1,3}\.$")
_ITEM_RE = regex.compile(r"^(\d{1,2}|[a-zđ])\s*(?:[.)/]|-(?=[ \t]))\s")
_DIEU_LINE = regex.compile(r"^(?:Điều|ĐIỀU)(?:\s+\d{1,3}\s*[.:]|$)")
RANK = {"phan": 0, "chuong": 1, "muc": 2, "tieu_muc": 3, "roman": 4, "dieu": 5, "arabic": 6, "decimal": 7, "letter": 9}


def _number(level: str, raw: str) -> int | None:
    raw = raw.strip()
    if level in ("phan", "chuong", "muc"):
        if raw[:3].lower() == "thứ":
            return ORDINALS.get(raw.split()[-1].lower())
        return int(raw) if raw.isdecimal() else roman_to_int(raw)
    if level == "roman":
        return roman_to_int(raw)
    if level == "letter":
        return LETTER_INDEX.get(raw)
    if level == "decimal":
        return int(raw.rstrip(".").split(".")[-1])
    return int(raw) if raw.isdecimal() else None


class _Cand:
    __slots__ = ("line", "level", "label", "style", "number", "title", "rank", "end_line", "inline", "enum")

    def __init__(self, line, level, label, style, number, title, rank):
        self.line = line
        self.level = level
        self.label = label
        self.style = style
        self.number = number
        self.title = title
        self.rank = rank
        self.end_line = line
        self.inline = None
        self.enum = False


_LEVEL_OF = {"tieumuc": "tieu_muc", "uletter": "letter", "buoc": "phan"}
#: the group of an alternative's number
_NUMBER_GROUP = {k: f"{k}_n" for k in HEADING_RE.groupindex if f"{k}_n" in HEADING_RE.groupindex}
#: a label's style by the punctuation after it
_ROMAN_STYLE = {"-": "roman_dash", ".": "roman_dot", ":": "roman_colon", ")": "roman_paren"}
_ARABIC_STYLE = {".": "arabic_dot", ")": "arabic_paren", "/": "arabic_slash", "-": "arabic_dash"}
_LETTER_STYLE = {")": "letter_paren", "/": "letter_slash", ".": "letter_dot", "-": "letter_dash"}


def _match(ln: Line, has_dieu: bool) -> _Cand | None:
    t = ln.text
    if not t or t[0] in "-+•–*":
        return None
    m = HEADING_RE.match(t)
    if not m:
        return None
    # each alternative is one named group around its inner groups, so the group that closed last is the
    # alternative that matched (checked on every heading line of both corpora)
    kind = m.lastgroup
    level = _LEVEL_OF.get(kind, kind)
    rest = t[m.end():].strip()
    n_raw = m.group(_NUMBER_GROUP[kind])
    if kind == "roman":
        if roman_to_int(n_raw) is None:
            return None
        p = m.group("roman_p").strip()
        # "V/v" is never a heading; "I-" is the Party form
        style = _ROMAN_STYLE.get(p, "roman_dot")
        label = n_raw
    elif kind == "arabic":
        p = m.group("arabic_p")
        style = _ARABIC_STYLE[p]  # "1-": Party
        label = n_raw
        if p == "/" and rest[:1].isdigit():
            return None  # a date or ratio
    elif kind == "letter":
        p = m.group("letter_p")
        style = _LETTER_STYLE[p]
        label = n_raw
        if p == "." and not rest[:1].isupper():
            return None  # "a. b" inside a sentence; headings with a dot start with a capital
    elif kind == "uletter":
        style = "letter_upper"
        label = n_raw
        if not is_upper_line(rest) and (len(rest.split()) > 8 or rest.endswith((".", ";", ","))):
            return None  # "A. Phân công nhiệm vụ:" is a part's title; "A. Nguyễn Văn B là …" a sentence
    elif kind == "decimal":
        style = "decimal"
        label = n_raw.rstrip(".")
        if not rest[:1].isalpha() and rest[:1] not in '"(':
            return None
    else:
        style = kind
        label = m.group(kind).strip()
        label = " ".join(label.split())
        if kind == "phan":
            label = "Phần " + " ".join(label.split()[1:])
            if label.split()[1].upper() == "THỨ":
                label = "Phần thứ " + label.split()[-1].lower()
        elif kind == "chuong":
            label = "Chương " + label.split()[-1]
        elif kind == "muc":
            label = "Mục " + label.split()[-1]
        elif kind == "tieumuc":
            label = "Tiểu mục " + label.split()[-1]
        elif kind == "buoc":
            style = "buoc"  # "BƯỚC MỘT" … steps of a procedure, the top level of a guidance
        elif kind == "dieu":
            label = "Điều " + label.split()[-1]
    if has_dieu and level in ("arabic", "letter", "decimal"):
        return None  # khoản and điểm inside Điều are not headings
    if level in ("arabic", "letter", "roman") and not rest:
        return None
    if level in ("arabic", "letter") and rest[:1].islower() and level == "arabic":
        return None  # "1. tiếp tục ..." lower-case: a list item, not a heading
    enum = level in ("arabic", "letter", "decimal", "roman") and t.rstrip()[-1:] in ";!"
    if kind == "buoc":
        number = int(n_raw) if n_raw.isdecimal() else ORDINALS.get(n_raw.lower())
    else:
        number = _number(level, n_raw) if kind != "uletter" else ord(n_raw) - 64
    if level == "letter" and number is None:
        return None
    rank = RANK[level] if kind != "uletter" else 3.5
    if level == "decimal":
        # 1.1 → 7, 1.1.1 → 8, 1.1.1.1 → 8.5, 1.1.1.1.1 → 8.75: each deeper level under the one above, above the letters
        dots = label.count(".")
        rank = RANK["decimal"] + (dots - 1 if dots <= 2 else 2 - 0.5 ** (dots - 2))
    title = rest.lstrip(".:-) ").strip()
    c = _Cand(ln, level, label, style, number, title, rank)
    c.enum = enum  # an item of an enumeration ("…;"), a slogan ("…!"): takes part in list logic, never a heading
    return c


_QUOTED_PROVISION_RE = regex.compile(r'^"\s*(?:Điều\s+\d|Chương\s|Mục\s|\d{1,2}\s*[.)]\s|\d{1,2}(?:\.\d{1,2})+\.?\s|[a-zđ]\)\s)')
#: a quotation left open longer than this is a stray quote mark, not an amended provision
_MAX_QUOTED_LINES = 400


def _quoted_provisions(body: list[Line]) -> set[int]:
    """Line numbers inside a provision quoted over several lines by an amending text.

    '6. Sửa đổi, bổ sung Điều 21 và Điều 22 như sau:' / '"Điều 21. …' / … / 'Điều 22. …' / … / '… ."."': the
    articles between the opening and the closing quote are the amended law's, not this document's headings.
    Only a quotation that opens with a quoted article, chapter or clause and is closed again counts.
    """
    out: set[int] = set()
    k = 0
    while k < len(body):
        t = body[k].text
        if t.count('"') % 2 == 1 and _QUOTED_PROVISION_RE.match(t):
            for j in range(k + 1, min(len(body), k + _MAX_QUOTED_LINES)):
                if body[j].text.count('"') % 2 == 1:
                    out.update(body[x].i for x in range(k + 1, j + 1))
                    k = j
                    break
        k += 1
    return out


def parse_sections(ctx: Context, start_idx: int, end_idx: int, *, letter_body: bool = False,
                   with_blocks: bool = True) -> tuple[list[Section], Any]:
    """Build the heading tree over lines [start_idx, end_idx); returns the roots and their paragraph blocks, or
    (``with_blocks=False``) what :func:`add_blocks` needs to build them later.

    ``letter_body``: the document is a công văn, whose numbered points after "… như sau:" are requests, not
    headings, even at the top level.

    Steps: find the candidate heading lines (:func:`_candidates`); drop those that are list or enumeration
    items (:func:`_keep_headings`); nest them by rank (:func:`_tree`); set each section's extent.
    """
    lines = ctx.lines
    body = lines[start_idx:end_idx]
    cands = _candidates(ctx, body)
    pos = {ln.i: k for k, ln in enumerate(body)}  # a line's place in the body, shared by the passes below
    cands = _keep_headings(cands, body, pos, letter_body)
    roots, heading_lines = _tree(ctx, cands)
    end_char = lines[end_idx - 1].e if end_idx > 0 else 0
    _set_extents(roots, ctx.norm.to_orig_end(end_char) if end_char else 0)
    if not with_blocks:
        return roots, (body, heading_lines)
    return roots, add_blocks(ctx, roots, (body, heading_lines))


def _in_table_row(ctx: Context, ln: Line) -> bool:
    """Is the line a cell of a table row of the original text (a price-index table's groups "I" … "XI", score
    rows "III.1", numbered rows)? Read on the original, where a Markdown row is one line — normalization turns
    its pipes into line breaks. Asked only of lines that read as headings."""
    line = ctx.orig_lines[ctx.orig_line(ctx.norm.to_orig(ln.s)) - 1].strip()  # LF, CRLF or a lone CR ends it
    if line.count("|") >= 2:
        return True
    # three tab-separated cells or more; two are a heading with a tab after its label ("1.<tab>Tên đề mục", as
    # Word exports a numbered heading) or a label and its value aligned with a tab ("a) Số biên chế:<tab>326")
    return "\t" in line and sum(1 for c in line.split("\t") if c.strip()) >= 3


#: a heading that names its level ("Điều 5.", "Chương II") is one even after a line that stops mid-phrase
_NAMED_LEVEL_RE = regex.compile(r"^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s")
#: words a phrase cannot stop at: a line that ends with one was cut by a line break, and the next line goes on
#: with it ("… theo quy định tại điểm" / "3.7 Hướng dẫn …")
_OPEN_WORDS = frozenset("và của theo tại điểm khoản số các những với cho về trong là để từ đến hoặc mục "
                        "điều như bằng do thuộc gồm".split())


def _wrapped_into(prev: Line | None) -> bool:
    """Does the paragraph line ``prev`` (no heading) stop in the middle of a phrase — after a comma, a word a
    phrase cannot end with, or inside an open bracket — so that the line below goes on with it?"""
    if prev is None:
        return False
    t = prev.text
    if len(t) < 20 or is_upper_line(t):
        return False
    last = t.rsplit(None, 1)[-1].lower()
    return t[-1] == "," or last in _OPEN_WORDS or t.count("(") > t.count(")")


def _candidates(ctx: Context, body: list[Line]) -> list[_Cand]:
    """Every line that reads as a heading, with its title (continued over the next lines where it wraps)."""
    # two "Điều" lines are enough to know: the scan stops at the second
    dieu = 0
    for ln in body:
        if ln.text.startswith(("Điều", "ĐIỀU")) and _DIEU_LINE.match(ln.text):
            dieu += 1
            if dieu == 2:
                break
    has_dieu = dieu >= 2
    skip = _quoted_provisions(body)
    tables = "|" in ctx.original or "\t" in ctx.original
    bold = "**" in ctx.original or "__" in ctx.original  # else no line has a bold marker (_has_bold, _bold_ends)
    cands: list[_Cand] = []
    i = 0
    prev: Line | None = None  # the line above when it is a paragraph line (not blank, not a heading's)
    while i < len(body):
        ln = body[i]
        if ln.i in skip or not ln.text:
            prev = ln if ln.text else None
            i += 1
            continue
        above, prev = prev, ln
        c, whole = _label_alone(body, i, has_dieu)
        if c is None:
            c = _match(ln, has_dieu)
        if c is None or (tables and _in_table_row(ctx, ln)) \
                or (above is not None and _wrapped_into(above) and not _NAMED_LEVEL_RE.match(ln.text)):
            i += 1
            continue
        if whole:
            cands.append(c)
            prev = None
            i += 2
            continue
        j = _continue_title(ctx, c, body, (c.end_line.i - ln.i) + i + 1, bold)
        if ":" in c.title and c.level in ("letter", "arabic", "decimal", "roman"):
            head, _, tail = c.title.partition(":")
            if tail.strip() and len(head) < 120:
                c.inline = tail.strip()
        cands.append(c)
        prev = None
        i = j if c.end_line is not ln else i + 1
    return cands


def _label_alone(body: list[Line], i: int, has_dieu: bool) -> tuple[_Cand | None, bool]:
    """A label alone on its line, its title on the next ("**1.**" then "**Các cơ quan …**" from a web page; "2.3."
    then "Sở Nội vụ"). Returns (candidate, complete): complete when the title was on the next line; a
    "Chương" / "I" whose title is in capitals below comes back incomplete, read further as for "Chương I"."""
    ln = body[i]
    if i + 1 >= len(body) or len(ln.text) > 12:  # the longest bare label is "12.34.56.78."
        return None, False
    if not (ln.text in ("Điều", "ĐIỀU", "Chương", "CHƯƠNG", "Mục", "MỤC", "Phần", "PHẦN")
            or _BARE_LABEL_RE.match(ln.text) and body[i + 1].text[:1].isupper()):
        return None, False
    nxt = body[i + 1]
    joined = Line(ln.i, ln.start, nxt.end, ln.s, nxt.e, ln.text + " " + nxt.text)
    c = _match(joined, has_dieu)
    if c is None:
        return None, False
    c.end_line = nxt
    return c, bool(c.title)


def _continue_title(ctx: Context, c: _Cand, body: list[Line], j: int, bold: bool = True) -> int:
    """Read the rest of a heading's title from the lines below it; return the index of the line after it.

    Phần/Chương/Mục with the title on the next upper-case lines; upper-case titles wrapped onto the next line;
    an article's title on the line below its label, or its first sentence wrapped right after it; a bold
    title broken by a hard line break."""
    if c.level in ("phan", "chuong", "muc", "tieu_muc") or (c.title and is_upper_line(c.title)):
        return _upper_title(c, body, j)
    if (c.level == "dieu" and c.title and len(c.title.split()) <= 2 and not c.title.endswith((".", ":", ";"))
            and j < len(body) and body[j].text[:1].islower()):
        # "**Điều 1. **Ban" / "hành kèm theo Quyết định này Quy định …": an article without a title whose
        # first sentence was wrapped right after its label; the sentence (up to two more lines) stands for it
        for k in range(2):
            if j >= len(body) or not body[j].text or HEADING_RE.match(body[j].text) \
                    or (k and body[j].text[:1].isupper()):
                break  # a new sentence after a wrapped title ("… Hiệu" / "lực thi hành" / "Thông tư này …")
            c.title, c.end_line = c.title + " " + body[j].text, body[j]
            j += 1
            if c.title.endswith((".", ";", ":")) or bold and _bold_ends(ctx, body[j - 1]):
                break
        return j
    if (c.level in _LIST_LEVELS + ("roman",) and c.title and len(c.title.split()) <= 3
            and not c.title.endswith((".", ":", ";")) and j < len(body) and body[j].text[:1].islower()
            and bold and _has_bold(ctx, body[j])):
        # "**1. Đối tượng" / "thi đua**": a bold title broken by a hard line break
        c.title, c.end_line = c.title + " " + body[j].text, body[j]
        return j + 1
    if (c.level in _LIST_LEVELS and c.title[-1:].isalnum() and len(c.line.text) >= _WRAP_SHORT and j < len(body)
            and body[j].text[:1].islower() and body[j].text.endswith((".", ";")) and len(body[j].text) < 120
            and not HEADING_RE.match(body[j].text) and _item_ends_here(body, j)):
        # "4. Tỷ lệ hồ sơ thủ tục hành chính giải quyết" / "đúng hạn đạt 100%.": an item wrapped mid-phrase,
        # closed on the next line (lower case: no new sentence; the item ends there) — one item, judged by how
        # it ends
        c.title, c.end_line = c.title + " " + body[j].text, body[j]
        if body[j].text.endswith(";"):
            c.enum = True
        return j + 1
    if c.level == "dieu" and not c.title and j < len(body) and body[j].text and not HEADING_RE.match(body[j].text):
        # "Điều 4." alone on its line, the article's title on the next ("Đối tượng, tiêu chuẩn …" wrapped
        # onto a second line that ends it)
        c.title, c.end_line = body[j].text, body[j]
        j += 1
        if (j < len(body) and body[j].text and not body[j].text.endswith((".", ";", ":"))
                and not c.title.endswith((".", ";", ":")) and not HEADING_RE.match(body[j].text)
                and len(c.title) + len(body[j].text) < 200 and j + 1 < len(body) and not body[j + 1].text):
            c.title, c.end_line = c.title + " " + body[j].text, body[j]
            j += 1
    return j


def _item_ends_here(body: list[Line], j: int) -> bool:
    """Does the wrapped line ``body[j]`` end its item? Ending with ";", when what follows is no more of it (a
    blank, a bullet, the next numbered line); ending with ".", when the next line is the next item of a list of
    sentences ("5. Hoàn thành chỉ tiêu …."), not a heading that opens sub-points ("2. Chỉ đạo Sở Nội vụ:")."""
    nxt = body[j + 1].text if j + 1 < len(body) else ""
    if body[j].text.endswith(";"):
        return not nxt or nxt[:1] in "-+•" or bool(HEADING_RE.match(nxt))
    return bool(nxt) and bool(HEADING_RE.match(nxt)) and nxt.endswith((".", ";"))


def _upper_title(c: _Cand, body: list[Line], j: int) -> int:
    """A title in capitals going on over the next lines (at most three, after at most two blank lines), or a
    Phần/Chương/Mục title in ordinary case on the line below its label."""
    blanks = added = 0
    while j < len(body) and added < 3 and blanks <= 2:
        nxt = body[j]
        if not nxt.text:
            if c.title:
                break
            blanks += 1
            j += 1
            continue
        if is_upper_line(nxt.text, 0.95) and not HEADING_RE.match(nxt.text) and len(nxt.text) < 160:
            c.title = (c.title + " " + nxt.text).strip()
            c.end_line = nxt
            added += 1
            j += 1
            continue
        break
    if not c.title and c.level in ("phan", "chuong", "muc", "tieu_muc"):
        # a title in ordinary case ("Chương III" / "Hồ sơ, trình tự, thủ tục về dữ liệu cá nhân")
        k = j
        while k < len(body) and not body[k].text and k - j < 2:
            k += 1
        t = body[k].text if k < len(body) else ""
        if t and len(t) < 160 and not t.endswith((".", ";", ":")) and not HEADING_RE.match(t):
            c.title, c.end_line, j = t, body[k], k + 1
    return j


def _keep_headings(cands: list[_Cand], body: list[Line], pos: dict[int, int], letter_body: bool) -> list[_Cand]:
    """Drop the candidates that are items of a list or an enumeration, or rows of a table flattened into lines."""
    _wrapped_enums(cands, body, pos)
    _only_runs_of_enums(cands)
    _last_list_items(cands, body, pos)
    cands = _demote_sentence_runs(cands, body, pos, top_level_too=letter_body)
    return [c for c in _demote_inner_roman_runs(_demote_lists(cands, body, pos)) if not c.enum]


def _tree(ctx: Context, cands: list[_Cand]) -> tuple[list[Section], set[int]]:
    """Nest the headings by rank; returns the roots and the lines the headings take."""
    roots: list[Section] = []
    stack: list[tuple[_Cand, Section]] = []
    heading_lines: set[int] = set()
    for c in cands:
        while stack and stack[-1][0].rank >= c.rank:
            stack.pop()
        sec = Section(
            label=c.label, style=c.style, level=c.level, depth=len(stack), number=c.number, title=c.title,
            inline_text=c.inline, **ctx.span(c.line.s, c.end_line.e),
        )
        if stack:
            stack[-1][1].children.append(sec)
        else:
            roots.append(sec)
        stack.append((c, sec))
        heading_lines.update(range(c.line.i, c.end_line.i + 1))
    return roots, heading_lines


def add_blocks(ctx: Context, roots: list[Section], pending) -> list[Block]:
    """Build the paragraph blocks of a tree made with ``with_blocks=False`` and attach them to its sections
    (the pipeline builds blocks after extraction, so that an input stopped by a work limit does not first pay
    for a paragraph object per line)."""
    body, heading_lines = pending
    blocks = _blocks(ctx, body, heading_lines)
    _attach_blocks(roots, blocks)
    return blocks


def _demote_lists(cands: list[_Cand], body: list[Line], pos: dict[int, int]) -> list[_Cand]:
    """Drop candidates that are items of a numbered list inside a section.

    A run of same-style numbers that restarts at 1 while a same-style sibling with a higher number is open
    (the seed's "2. Giải pháp" followed by "1. … 8.") is a list of that section — unless an unnumbered
    upper-case heading stands between them ("3. …" / "NỘI DUNG, TRÌNH TỰ, THỦ TỤC:" / "1. Họp ban lãnh đạo …"):
    that heading starts a new numbering.
    """
    out: list[_Cand] = []
    open_by_rank: dict[int, _Cand] = {}
    demoting: tuple[int, str] | None = None
    for c in cands:
        if demoting is not None:
            if c.rank == demoting[0] and c.style == demoting[1]:
                continue
            if c.rank < demoting[0]:
                demoting = None
            elif c.rank > demoting[0]:
                continue  # sub-items of list items
        prev = open_by_rank.get(c.rank)
        if (
            prev is not None
            and c.level in ("arabic", "letter")
            and c.number == 1
            and prev.style == c.style
            and (prev.number or 0) >= 2
            and not any(r < c.rank and o.line.i > prev.line.i for r, o in open_by_rank.items())
            and not _unnumbered_heading_between(body, pos, prev, c)
        ):
            demoting = (c.rank, c.style)
            continue
        for r in [r for r in open_by_rank if r > c.rank]:
            del open_by_rank[r]
        open_by_rank[c.rank] = c
        out.append(c)
    return out


_LIST_LEVELS = ("arabic", "letter", "decimal")
#: a line at least this long that stops in the middle of a phrase was wrapped at the page edge; a shorter one
#: is a heading with its body text below ("3. Kết quả hoạt động" / "Trong năm, …")
_WRAP_MIN = 50
#: a list item this long that stops mid-phrase and goes on in lower case on the next line was wrapped there
_WRAP_SHORT = 35


def _wrapped_enums(cands: list[_Cand], body: list[Line], pos: dict[int, int]) -> None:
    """An item whose text wraps onto the next line ("13. Hội Bảo trợ … tỉnh Lâm" / "Đồng;") is an enumeration
    item when the wrapped line ends with ";" — judged like one written on a single line."""
    starts = {c.line.i for c in cands}
    for c in cands:
        if c.enum or c.level not in _LIST_LEVELS or c.end_line is not c.line:
            continue
        t = c.line.text
        if len(t) < _WRAP_MIN or not t[-1:].isalnum() or is_upper_line(c.title):
            continue  # a short line, one that ends a sentence or a clause, or an upper-case heading: no wrap
        k = pos[c.line.i] + 1
        if k < len(body) and body[k].text and body[k].i not in starts and body[k].text.endswith(";") \
                and len(body[k].text) < 120 and (k + 1 >= len(body) or not body[k + 1].text or body[k + 1].i in starts):
            c.enum = True


def _last_list_items(cands: list[_Cand], body: list[Line], pos: dict[int, int]) -> None:
    """The last item of a list whose items end with ";" ends with "." ("13. …;" then "14. Hội Kiến trúc sư
    tỉnh Lâm Đồng."): it belongs to the list, not to the headings. Between the two items there may be only
    blank lines, a page number, or the wrapped tail of the item before."""
    for k in range(1, len(cands)):
        c, p = cands[k], cands[k - 1]
        if c.enum or not p.enum or c.style != p.style or c.rank != p.rank or c.inline \
                or c.number is None or p.number is None or c.number not in (p.number + 1, p.number + 2):
            continue
        gap = [ln.text for ln in body[pos[p.end_line.i] + 1:pos[c.line.i]] if ln.text and not ln.text.isdigit()]
        if c.number == p.number + 2 and (gap or pos[c.line.i] != pos[p.end_line.i] + 1):
            continue  # "d) …;" / "e) … ." right below it: the list's last item with a point missing (VB201 says so)
        if len(gap) > 1 or (gap and not gap[0].endswith(";")):
            continue
        # its own text: the line, or the line and one wrapped line, ends the list with "."
        j = pos[c.end_line.i] + 1
        tail = c.end_line.text
        if j < len(body) and body[j].text and not tail.endswith(".") and tail[-1:].isalnum() and len(tail) >= _WRAP_MIN:
            tail = body[j].text
        if tail.endswith(".") and not tail.endswith(".."):
            c.enum = True


def _demote_inner_roman_runs(cands: list[_Cand]) -> list[_Cand]:
    """Drop a run of roman numerals that restarts at I inside an arabic section and is written in another case
    than the roman heading above it: a table flattened into lines ("3. Diễn biến chỉ số giá" then "I. Hàng ăn
    và dịch vụ ăn uống", "1. Lương thực", … "XI. Hàng hóa và dịch vụ khác" under "I. TÌNH HÌNH …"). Its
    sub-items go with it; the run ends at an upper-case roman heading, at the next number of the arabic
    sequence it interrupted ("4. Thống kê …"), or at a higher level."""
    out: list[_Cand] = []
    last_roman: _Cand | None = None
    last_arabic: _Cand | None = None  # the last arabic heading kept under last_roman
    demoting = False
    expect = 0
    for c in cands:
        if demoting:
            ends = (c.rank < RANK["roman"]
                    or (c.level == "roman" and (is_upper_line(c.title) or c.number != expect))
                    or (last_arabic is not None and c.level == "arabic" and c.style == last_arabic.style
                        and c.number == (last_arabic.number or 0) + 1))
            if not ends:
                if c.level == "roman":
                    expect += 1
                continue
            demoting = False
        if (c.level == "roman" and c.number == 1 and last_roman is not None and last_arabic is not None
                and is_upper_line(last_roman.title) and not is_upper_line(c.title)):
            demoting, expect = True, 2
            continue
        if c.level == "roman":
            last_roman, last_arabic = c, None
        elif c.level == "arabic" and last_roman is not None:
            last_arabic = c
        out.append(c)
    return out


def _bold_ends(ctx: Context, ln: Line) -> bool:
    """Does bold type ("**…**", "__…__" from a converter) close right after this line in the original text?"""
    o = ctx.norm.to_orig_end(ln.e)
    return ctx.original.startswith(("**", "__"), o)


def _has_bold(ctx: Context, ln: Line) -> bool:
    """Does the original text of this line hold a bold marker ("**", "__") that normalization removed?"""
    a, b = ctx.norm.span(ln.s, ln.e)
    return "**" in ctx.original[a:b + 2] or "__" in ctx.original[a:b + 2]


def _unnumbered_heading_between(body, pos, prev: _Cand, c: _Cand) -> bool:
    """Is there an upper-case line without a number (a heading of its own) between two candidates?"""
    if not body or prev.end_line.i not in pos or c.line.i not in pos:
        return False
    for ln in body[pos[prev.end_line.i] + 1:pos[c.line.i]]:
        t = ln.text.rstrip(":").strip("* ")
        if 8 <= len(t) < 120 and is_upper_line(t) and not HEADING_RE.match(ln.text):
            return True
    return False


def _only_runs_of_enums(cands: list[_Cand]) -> None:
    """An item ending with ";" or "!" is an enumeration item only when a same-style neighbour ends so too;
    a lone heading whose title happens to end with ";" stays a heading."""
    for k, c in enumerate(cands):
        if not c.enum:
            continue
        neighbours = [cands[j] for j in (k - 1, k + 1) if 0 <= j < len(cands) and cands[j].style == c.style]
        if not any(n.enum for n in neighbours):
            c.enum = False


def _demote_sentence_runs(cands: list[_Cand], body: list[Line], pos: dict[int, int],
                          top_level_too: bool = False) -> list[_Cand]:
    """Mark numbered runs that are enumerations, not headings.

    A run is two or more same-style items with only blank lines between them (no body text under any item
    but the last). It is an enumeration when a paragraph ending with ":" introduces it ("… như sau:",
    "… gồm 05 nội dung:"). Only runs inside a section are demoted (a
    top-level numbered run is the document's own structure); letters after a lead-in stay điểm headings;
    inline headings ("a) Label: text") are never demoted.
    """
    heading_lines = {c.line.i for c in cands}
    # lowest rank among the earlier candidates (parse_sections makes one per line, in line order)
    min_before: list[float] = []
    best = float("inf")
    for o in cands:
        min_before.append(best)
        best = min(best, o.rank)
    k = 0
    while k < len(cands):
        c = cands[k]
        if c.level not in ("arabic", "letter", "decimal") or c.inline:
            k += 1
            continue
        run = [c]
        j = k + 1
        while j < len(cands):
            prev, nxt = run[-1], cands[j]
            if nxt.style != c.style or nxt.rank != c.rank or (nxt.inline and c.level == "letter") \
                    or nxt.number != (prev.number or 0) + 1:
                break
            gap = body[pos[prev.end_line.i] + 1:pos[nxt.line.i]]
            if any(ln.text for ln in gap):
                break
            run.append(nxt)
            j += 1
        if len(run) >= 2:
            p = pos[c.line.i] - 1
            while p >= 0 and not body[p].text:
                p -= 1
            lead_in = p >= 0 and body[p].i not in heading_lines and body[p].text.rstrip("* ").endswith(":")
            if lead_in and c.level != "letter" and (top_level_too or min_before[k] < c.rank):
                for x in run:
                    x.enum = True
        k = j if len(run) > 1 else k + 1
    return cands


def _set_extents(secs: list[Section], end: int) -> None:
    for k, s in enumerate(secs):
        nxt = secs[k + 1].start if k + 1 < len(secs) else end
        s.body_end = max(nxt, s.end)
        _set_extents(s.children, s.body_end)


def _blocks(ctx: Context, body: list[Line], heading_lines: set[int]) -> list[Block]:
    out: list[Block] = []
    for ln in body:
        if not ln.text or ln.i in heading_lines:
            continue
        t = ln.text
        kind: Literal["paragraph", "list_item", "bullet"] = "paragraph"
        label: str | None = None
        if t[0] in "-+•–":
            kind, label = "bullet", t[0]
        elif m := _ITEM_RE.match(t):
            kind, label = "list_item", m.group(1)
        out.append(Block(kind=kind, label=label, **ctx.span(ln.s, ln.e)))
    return out


def _attach_blocks(roots: list[Section], blocks: list[Block]) -> None:
    flat: list[Section] = []

    def walk(ss):
        for s in ss:
            flat.append(s)
            walk(s.children)

    walk(roots)
    if not flat:
        return
    starts = [s.start for s in flat]
    for b in blocks:
        k = bisect_right(starts, b.start) - 1
        # the deepest section starting before the block that still contains it
        while k >= 0 and not (flat[k].start <= b.start < flat[k].body_end):
            k -= 1
        if k >= 0:
            flat[k].paragraphs.append(b)


__all__ = ["parse_sections", "add_blocks", "HEADING_RE", "LATIN_LETTER_INDEX"]
