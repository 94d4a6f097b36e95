"""Signature block (ô số 7) and ``Nơi nhận`` (ô số 9b), also when extracted from a two-column table."""
from __future__ import annotations

from typing import Literal

import regex

from ..model import Recipient, Signature
from ..util import is_upper_line
from .lines import Context, Line

_LUU_BULLET_RE = regex.compile(r"^[-+•–]\s*Lưu\b")
_LUU_RE = regex.compile(r"^Lưu\b")
NOI_NHAN_RE = regex.compile(r"^(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?\s*(?P<rest>.*)$")
#: the label wrapped after its first word by a hard line break ("*Nơi" / "nhận:*" from a converted page)
_NOI_RE = regex.compile(r"^(?:Nơi|NƠI)$")
_NHAN_RE = regex.compile(r"^(?:nhận|NHẬN)\s*:?\s*(?P<rest>.*)$")


def _recipients_label(lines: list[Line], k: int) -> bool:
    """Does line ``k`` start the "Nơi nhận" label, on one line or wrapped over two?"""
    t = lines[k].text
    if not t.startswith(("Nơi", "NƠI")):
        return False
    if NOI_NHAN_RE.match(t):
        return True
    return bool(_NOI_RE.match(t) and k + 1 < len(lines) and _NHAN_RE.match(lines[k + 1].text))
AUTH_RE = regex.compile(r"^(?P<auth>TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)(?:(?P<dot>\.)\s*|\s+)(?P<rest>\p{Lu}.*)$")
POSITION_RE = regex.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|CHÁNH\s+VĂN\s+PHÒNG|BỘ\s+TRƯỞNG|"
    r"THỦ\s+TRƯỞNG|THỦ\s+TƯỚNG|TỔNG\s+GIÁM\s+ĐỐC|HIỆU\s+TRƯỞNG|VIỆN\s+TRƯỞNG|CHÁNH\s+ÁN|TRƯỞNG\s+ĐOÀN|"
    r"CHỦ\s+NHIỆM|TỔ\s+TRƯỞNG|THỨ\s+TRƯỞNG|THỨ$|TRƯỞNG|PHÓ|CHỦ\s+TỌA|THƯ\s+KÝ|ỦY\s+VIÊN|TM|KT)\b"
)
NAME_RE = regex.compile(r"^(?:(?:Đồng\s+chí|Ông|Bà|Đ/c)\s+)?(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$")
SIGNED_RE = regex.compile(r"^[(\[]?\s*(?:Đã\s+ký|ĐÃ\s+KÝ|Ký\s+tên|đã\s+ký|Chữ\s+ký|Signature)", regex.I)
CLOSING_RE = regex.compile(r"(?:kính\s+báo\s+cáo|\./\.|báo\s+cáo\s+để|trân\s+trọng|xin\s+trân\s+trọng)", regex.I)


def find_tail_start(ctx: Context, body_start: int) -> int:
    """Index of the first line of the closing zone (Nơi nhận or signature), or len(lines).

    The last "Nơi nhận" of the document anchors the zone (appendices may follow it); the signature
    authority line is looked for near it.
    """
    lines = ctx.lines
    n = len(lines)
    nn = None
    # the label, on one line or wrapped; or, from a page that flattened the closing table, the list without its
    # label run into one line (a form annexed later may have a labelled Nơi nhận of its own)
    nn_all = [ln.i for ln in lines[body_start:]
              if (ln.text.startswith(("Nơi", "NƠI")) and _recipients_label(lines, ln.i))
              or (ln.text[:1] in "-+•" and _flat_list(ln.text))]
    if nn_all:
        nn = nn_all[-1]
        # forms attached after the signature (Mẫu số …, PHỤ LỤC) have their own "Nơi nhận": take the last one
        # before the first appendix heading
        first_app = next((ln.i for ln in lines[nn_all[0]:] if ln.text and len(ln.text) < 60 and APPENDIX_HEAD_RE.match(ln.text)), None)
        if first_app is not None:
            before = [i for i in nn_all if i < first_app]
            if before:
                nn = before[-1]
    auth = None
    if nn is not None:
        lo, hi = max(body_start, nn - 60), min(n, nn + 30)
    else:
        # no "Nơi nhận" (a page that lost it): the signature stands before a regulation or form attached after it
        hi = next((ln.i for ln in lines[body_start:] if ln.text[:1] in "(Kk" and _ATTACHED_BY_RE.match(ln.text)), n)
        lo = max(body_start, hi - 120)
    for ln in reversed(lines[lo:hi]):
        am = AUTH_RE.match(ln.text)
        if am and is_upper_line(am.group("rest")):
            auth = ln.i
            # keep looking upwards for a first authority line of a combined block (TM. … / KT. …)
            k = ln.i - 1
            while k >= lo and (not lines[k].text or (AUTH_RE.match(lines[k].text) and is_upper_line(lines[k].text))):
                if lines[k].text:
                    auth = k
                k -= 1
            if nn is None or auth <= nn + 30:
                break
    cands = [i for i in (nn, auth) if i is not None]
    if nn is not None and auth is None:
        for ln in reversed(lines[max(body_start, nn - 4):nn]):
            if ln.text and POSITION_RE.match(ln.text) and is_upper_line(ln.text) and len(ln.text) < 60:
                cands.append(_earlier_blocks(lines, ln.i, body_start))  # "CHỦ TỊCH" above "Nơi nhận:"
                break
    if not cands:
        # signature without prefix: an upper-case position followed by a name in the last lines
        # before the first attached form or appendix when there is one, else at the end
        first_app = next((ln.i for ln in lines[body_start:] if ln.text and len(ln.text) < 60 and APPENDIX_HEAD_RE.match(ln.text)), n)
        for ln in reversed(lines[max(body_start, first_app - 60):first_app]):
            if POSITION_RE.match(ln.text) and is_upper_line(ln.text) and len(ln.text) < 60:
                return ln.i
        return n
    return min(cands)


def _earlier_blocks(lines, i: int, body_start: int) -> int:
    """The first of several signature blocks signed one after the other without a prefix (a biên bản:
    "THƯ KÝ" / name, then "CHỦ TỌA" / name): from the position line ``i``, go up over blocks of an upper-case
    position followed by a name."""
    for _ in range(3):
        k = i - 1
        while k > body_start and not lines[k].text:
            k -= 1
        if k <= body_start or not NAME_RE.match(lines[k].text) or is_upper_line(lines[k].text):
            break
        j = k - 1
        while j > body_start and not lines[j].text:
            j -= 1
        t = lines[j].text
        if not (POSITION_RE.match(t) and is_upper_line(t) and len(t) < 60):
            break
        i = j
    return i


def parse_tail(ctx: Context, tail_start: int) -> tuple[Signature | None, list[Recipient], int]:
    """Parse the closing zone; return the signature, the recipients and the index where appendices start."""
    lines = ctx.lines
    n = len(lines)
    recipients: list[Recipient] = []
    in_recipients = False
    sig_lines: list[Line] = []
    end_idx = n
    wrapped_label = False  # "Nơi" seen alone: the next line holds "nhận:"
    for ln in _split_columns(ctx, lines[tail_start:]):
        t = ln.text
        if not t:
            continue
        if not in_recipients and _flat_list(t):
            for im in _FLAT_ITEM_RE.finditer(t):
                _add_recipient(ctx, recipients, Line(ln.i, ln.start, ln.end, ln.s + im.start(), ln.s + im.end(),
                                                     im.group()), im.group())
            continue
        m = NOI_NHAN_RE.match(t) or (_NHAN_RE.match(t) if wrapped_label else None)
        wrapped_label = False
        if m is None and _NOI_RE.match(t) and ln.i + 1 < n and _NHAN_RE.match(lines[ln.i + 1].text):
            wrapped_label = True
            continue
        if m:
            in_recipients = True
            rest = m.group("rest").strip()
            if rest:
                _add_recipient(ctx, recipients, ln, rest)
            continue
        if in_recipients and t[0] in "-+•–":
            _add_recipient(ctx, recipients, ln, t)
            if _LUU_BULLET_RE.match(t):
                in_recipients = False
                if sig_lines and _sig_complete(sig_lines):
                    end_idx = ln.i + 1
                    break
            continue
        if in_recipients and _LUU_RE.match(t):  # Party: "Lưu Văn phòng ..." without a bullet
            _add_recipient(ctx, recipients, ln, t)
            in_recipients = False
            continue
        if in_recipients and not is_upper_line(t):
            if ";" in t and not AUTH_RE.match(t):
                # an item whose bullet a converter dropped (Word list numbering): "<tab>UBND tỉnh;"
                _add_recipient(ctx, recipients, ln, t)
                continue
            if t[0].islower():
                continue  # the wrapped end of an item ("… báo cáo)" in a second column)
        if (t.startswith(("PHỤ LỤC", "Phụ lục", "DANH SÁCH", "BIỂU", "Biểu")) or ATTACH_TITLE_RE.match(t)) and (sig_lines or recipients):
            end_idx = ln.i
            break
        if len(sig_lines) < 8:
            sig_lines.append(ln)
        elif recipients and not in_recipients:
            end_idx = ln.i
            break
        elif ln.i - tail_start > 80:
            end_idx = ln.i
            break
    return _signature(ctx, sig_lines), recipients, end_idx


#: the line under an attached regulation's title: "(Ban hành kèm theo Quyết định số … )"
_ATTACHED_BY_RE = regex.compile(r"^\(?(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Thông\s+tư)")
#: an item of a recipient list run into one line ("- Chính phủ; - Ban Tổ chức Trung ương; … - Lưu: VT, TCCV")
_FLAT_ITEM_RE = regex.compile(r"(?:^|(?<=;\s*))[-+•]\s*[^;]+")
#: where a flattened signature block glued its lines: before an authority, a position or "(Đã ký)" that follows a
#: capital letter directly ("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Văn A"), and after "(Đã ký)"
_GLUED_SIG_RE = regex.compile(
    r"(?<=\p{Lu})(?=(?:KT|TM|TL)\.|PHÓ\s|THỨ\s+TRƯỞNG|CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|\(\s*Đã\s+ký)|(?<=\(\s*Đã\s+ký\s*\))")


def _flat_list(t: str) -> bool:
    """A recipient list run into one line: three items or more, the last the archive ("- Lưu: VT")."""
    return t[:1] in "-+•" and t.count(";") >= 2 and bool(regex.search(r";\s*[-+•]\s*Lưu\b", t))


def _unglue(ln: Line):
    """The parts of a signature block flattened into one line, as lines of their own."""
    t = ln.text
    if "Đã ký" not in t and not AUTH_RE.match(t):
        yield ln
        return
    cuts = [0] + [m.start() for m in _GLUED_SIG_RE.finditer(t)] + [len(t)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        part = t[a:b]
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        if part:
            yield Line(ln.i, ln.start, ln.end, ln.s + a + lead, ln.s + a + lead + len(part), part)


APPENDIX_HEAD_RE = regex.compile(r"^(?:PHỤ\s+LỤC|Phụ\s+lục\s+[IVX\d]|Mẫu\s+số\s+\d|MẪU\s+SỐ|BIỂU\s+MẪU|Biểu\s+mẫu\s+số)")
_COLUMN_GAP_RE = regex.compile(r"\s{6,}")


def _split_columns(ctx: Context, lines: list[Line]):
    """Lines of the closing zone, with a line holding two table columns joined by a run of tabs or spaces
    ("Nơi nhận:<tabs>KT. CHỦ TỊCH", "- Bộ Công an;<tabs>PHÓ CHỦ TỊCH") given as its left then its right part."""
    for ln in lines:
        t = ln.text
        m = _COLUMN_GAP_RE.search(t) if t else None
        if not m:
            yield from _unglue(ln) if t else (ln,)
            continue
        left, right = t[:m.start()], t[m.end():]
        ls = ln.s
        rs = ln.s + m.end()
        yield Line(ln.i, ln.start, ln.end, ls, ls + len(left), left)
        yield Line(ln.i, ln.start, ln.end, rs, rs + len(right), right)


def _sig_complete(sig_lines: list[Line]) -> bool:
    return any(NAME_RE.match(x.text) and not is_upper_line(x.text) for x in sig_lines)


def _add_recipient(ctx: Context, out: list[Recipient], ln: Line, text: str) -> None:
    t = ln.text
    s = ln.s + (len(t) - len(t.lstrip("-+•– ")))
    e = ln.e
    while e > s and ctx.text[e - 1] in ";,. ":
        if ctx.text[e - 1] == "." and ctx.text[s:e].rstrip(".").endswith(("VT", "Lưu")):
            # keep "Lưu: VT." whole, as the gold and users write it
            break
        e -= 1
    if e <= s:
        return
    span = ctx.span(s, e)
    # read on the normalized text: the original may be decomposed (NFD) or carry emphasis marks
    out.append(Recipient(is_archive=ctx.text[s:e].lower().startswith("lưu"), **span))


# who signs a record beside its chair: the secretary, the note-taker
_SECONDARY_RE = regex.compile(r"^(?:THƯ\s+KÝ|NGƯỜI\s+GHI\s+BIÊN\s+BẢN|NGƯỜI\s+GHI|THƯ\s+KÝ\s+HỘI\s+NGHỊ)\b")


def _signature(ctx: Context, sig_lines: list[Line]) -> Signature | None:
    if not sig_lines:
        return None
    first_auth = next((k for k, ln in enumerate(sig_lines)
                       if AUTH_RE.match(ln.text) and is_upper_line(AUTH_RE.match(ln.text).group("rest"))), None)
    if first_auth:
        sig_lines = sig_lines[first_auth:]  # what stands before the authority (a wrapped recipient) is not the signature
    found: list[Signature] = []
    k = 0
    while k < len(sig_lines) and len(found) < 4:
        sig, k = _one_signature(ctx, sig_lines, k)
        if sig is None:
            break
        found.append(sig)
        if sig.signer is None:
            break
    if not found:
        return None
    # several blocks signed one after the other (a biên bản: "THƯ KÝ" / name, then "CHỦ TỌA" / name): the main
    # signature is the one that is not the secretary's
    main = next((s for s in found if s.authority or not (s.position and _SECONDARY_RE.match(s.position))), found[0])
    if len(found) > 1 and all(s.signer for s in found):
        main.co_signers = [s for s in found if s is not main]
    return main


#: a title never ends with one of these words: cut there, it goes on on the next line ("KT. BỘ" / "TRƯỞNG"; the
#: deputy title "THỨ" / "TRƯỞNG"); nor with a comma ("KT. TRƯỞNG BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ")
_INCOMPLETE = frozenset({"CHÁNH", "PHÓ", "TỔNG", "THỨ"})
#: … nor with one of these alone ("KT. BỘ" / "TRƯỞNG"), which end a longer title well ("BAN THƯỜNG VỤ", "CHI BỘ")
_INCOMPLETE_ALONE = frozenset({"BỘ", "CỤC", "SỞ", "VỤ", "CHI"})
#: a title may end with these, or go on ("TRƯỞNG BAN" / "TUYÊN GIÁO"): it goes on when the next line is no position
_MAY_GO_ON = frozenset({"BAN"})
_DEPUTY_INSIDE_RE = regex.compile(r"\s(?=(?:PHÓ|THỨ\s+TRƯỞNG)\b)")


def _dangling(title: str) -> bool:
    words = title.split() or [""]
    return title.endswith(",") or words[-1] in _INCOMPLETE or (len(words) == 1 and words[0] in _INCOMPLETE_ALONE)


def _goes_on(title: str, line: str, kt: bool) -> bool:
    """Does the authority line's title ``title`` continue on ``line`` (a line in capitals)?"""
    if _dangling(title):
        return True
    return (kt or (title.split() or [""])[-1] in _MAY_GO_ON) and not POSITION_RE.match(line)


def _one_signature(ctx: Context, sig_lines: list[Line], start: int) -> tuple[Signature | None, int]:
    """The signature block starting at ``sig_lines[start]`` and the index after its signer's name.

    The authority line's title may wrap: a line in capitals that is no position continues it ("KT. TRƯỞNG
    THUẾ" / "TỈNH"), and so does any line after a title cut at a dangling word ("KT. BỘ" / "TRƯỞNG"). With two
    authorities ("TL. CỤC TRƯỞNG" / "KT. TRƯỞNG BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ" / "PHÓ TRƯỞNG BAN") the second
    one's title wraps the same way; the position is the line after the titles."""
    auth: str | None = None
    body: str | None = None
    second: str | None = None
    position: str | None = None
    signer: str | None = None
    signed = False  # "(Đã ký)" seen: the name below it signs even without a position (a flattened page)
    second_title = ""
    used: list[Line] = []
    style: Literal["state", "party"] | None = None
    k = start
    for k in range(start, len(sig_lines)):
        ln = sig_lines[k]
        t = ln.text
        if SIGNED_RE.match(t) or CLOSING_RE.search(t) and not is_upper_line(t):
            signed = signed or bool(SIGNED_RE.match(t))
            continue
        am = AUTH_RE.match(t)
        if am and is_upper_line(am.group("rest")) and position is None:
            a = am.group("auth")
            a_norm = a.replace(".", "/") if "/" in a or "." in a[:-1] else a
            if "/" in a_norm:
                style = "party"
                a_out = a_norm
            else:
                style = style or "state"
                a_out = a + "."
            rest = am.group("rest").strip()
            glued = _DEPUTY_INSIDE_RE.search(rest) if a_out in ("KT.", "K/T") else None
            if glued:  # "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ PHÓ TRƯỞNG BAN": the position run into the title's line
                rest, position = rest[:glued.start()].strip(), rest[glued.end():].strip()
            if auth is None:
                auth, body = a_out, rest
            else:
                # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the position is the line after
                second, second_title = a_out, rest
            used.append(ln)
            continue
        if is_upper_line(t) and len(t) < 80 and signer is None:
            if position is None and auth is not None:
                title = (second_title if second else body) or ""
                kt = (second or auth) in ("KT.", "K/T")
                if _goes_on(title, t, kt):
                    cut = _DEPUTY_INSIDE_RE.search(t) if not _dangling(title) else None
                    more, rest = (t[:cut.start()], t[cut.end():]) if cut else (t, "")
                    joined = (title.rstrip(",") + (", " if title.endswith(",") else " ") + more).strip()
                    if second:
                        second_title = joined
                    else:
                        body = joined
                    position = rest or None  # "VỀ HQ PHÓ TRƯỞNG BAN": the title's end and the position
                    used.append(ln)
                    continue
            if position is None:
                position = t
            elif position.split()[-1] in ("THỨ", "PHÓ") or (
                    auth is not None and second is None and len(position) < 25 and not POSITION_RE.match(t)):
                position = position + " " + t  # "THỨ" / "TRƯỞNG"
            used.append(ln)
            continue
        if NAME_RE.match(t) and signer is None and (position or auth or signed):
            signer = t
            used.append(ln)
            break
    if not used:
        return None, len(sig_lines)
    first, last = used[0], used[-1]
    return Signature(authority=auth, body=body, second_authority=second, position=position, signer=signer,
                     style=style, **ctx.span(first.s, last.e)), k + 1


ATTACH_TITLE_RE = regex.compile(
    r"^(?:QUY\s+ĐỊNH|QUY\s+CHẾ|ĐIỀU\s+LỆ|ĐỀ\s+ÁN|KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|HƯỚNG\s+DẪN)(?:\s*$|\s*\(|\s+\p{Lu}[\p{Lu}\s,]*$)"
    r"|^\(?(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Thông\s+tư)")
APPENDIX_RE = regex.compile(r"^(?:PHỤ\s+LỤC|Phụ\s+lục|Mẫu\s+số|MẪU\s+SỐ|Biểu\s+mẫu|BIỂU\s+MẪU|Biểu\s+số|BIỂU\s+SỐ|DANH\s+SÁCH|DANH\s+MỤC)")


def find_attachment(ctx: Context, after: int) -> tuple[int, int] | None:
    """Line range of a regulation attached after the signature, up to the first appendix, or None."""
    lines = ctx.lines
    n = len(lines)
    for ln in lines[after:min(n, after + 40)]:
        if APPENDIX_RE.match(ln.text):
            return None
        if ATTACH_TITLE_RE.match(ln.text):
            end = n
            for k in range(ln.i + 1, n):
                if APPENDIX_RE.match(lines[k].text):
                    end = k
                    break
            return ln.i + 1, end
    return None
