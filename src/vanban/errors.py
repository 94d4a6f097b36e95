"""Errors raised by vanban, with bilingual user-facing messages.

Every error that reaches a user names the file and says what is wrong, in Vietnamese by default and in
English on request (``message("en")``).
"""
from __future__ import annotations

from pathlib import Path

#: code -> (Vietnamese, English) message templates; ``{detail}`` is appended when given.
READ_ERROR_MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("không tìm thấy tệp", "file not found"),
    "unreadable": ("không đọc được tệp (quyền truy cập hoặc lỗi thiết bị)", "cannot read the file (permission or I/O error)"),
    "empty": ("tệp rỗng, không có nội dung văn bản", "the file is empty: no text"),
    "binary": ("tệp không phải văn bản (dữ liệu nhị phân)", "the file is not text (binary data)"),
    "too_large": ("tệp quá lớn so với giới hạn (dùng --max-size để nới giới hạn)",
                "the file is larger than the limit (use --max-size to lift it)"),
    "encoding": ("không xác định được bảng mã của văn bản", "cannot determine the text encoding"),
    "unsupported": ("định dạng tệp không được hỗ trợ", "unsupported file format"),
    "corrupt": ("tệp bị hỏng hoặc không đúng định dạng", "the file is damaged or not in the format it claims"),
    "zip_bomb": ("tệp nén giải ra dung lượng bất thường (nghi zip bomb), đã dừng đọc",
               "the archive expands to an abnormal size (possible zip bomb); reading stopped"),
    "xml_entities": ("tệp chứa khai báo DTD/thực thể XML không an toàn, không xử lý",
                   "the file contains unsafe XML DTD/entity declarations; not processed"),
    "encrypted": ("tệp được đặt mật khẩu hoặc mã hóa", "the file is password-protected or encrypted"),
    "needs_ocr": ("tệp PDF là bản quét, không có lớp văn bản: cần nhận dạng ký tự (OCR) trước",
                "the PDF is a scan without a text layer: it needs OCR first"),
    "needs_converter": ("cần cài LibreOffice (soffice) hoặc antiword để đọc tệp .doc",
                      "LibreOffice (soffice) or antiword is needed to read .doc files"),
    "no_match": ("mẫu không khớp tệp nào", "the pattern matched no file"),
    "empty_dir": ("thư mục không có tệp văn bản nào (.txt, .docx, .doc, .pdf, .md)",
                  "the folder holds no document file (.txt, .docx, .doc, .pdf, .md)"),
    "dir_unreadable": ("không mở được thư mục (quyền truy cập hoặc lỗi thiết bị)",
                       "cannot open the folder (permission or I/O error)"),
    "timeout": ("xử lý tệp quá thời gian cho phép", "processing the file took too long"),
}


def _one_language(detail: str, lang: str) -> str:
    """The side of a bilingual detail ("tệp ZIP bị hỏng / truncated ZIP") in ``lang``. A technical tail after
    the English side's colon ("không mở được gói ZIP / not a valid ZIP: Bad magic number") is kept in both."""
    if detail.count(" / ") != 1:
        return detail
    vi, en = detail.split(" / ")
    if lang == "en":
        return en
    if ": " in en:
        tail = en.split(": ", 1)[1]
        if tail not in vi:
            return f"{vi}: {tail}"
    return vi


class VanbanError(Exception):
    """Base class of all vanban errors."""


class ReadError(VanbanError):
    """A file could not be read into text.

    ``code`` is a stable machine-readable key (see :data:`READ_ERROR_MESSAGES`); ``detail`` is free text.
    """

    def __init__(self, path: str | Path | None, code: str, detail: str = "") -> None:
        self.path = str(path) if path is not None else None
        self.code = code
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        vi, en = READ_ERROR_MESSAGES.get(self.code, (self.code, self.code))
        text = en if lang == "en" else vi
        detail = _one_language(self.detail, lang) if self.detail else ""
        if detail:
            text = f"{text} ({detail})"
        return f"{self.path}: {text}" if self.path else text


class ConfigError(VanbanError):
    """Invalid configuration (pyproject.toml [tool.vanban] or vanban.toml)."""
