"""Step 1: bytes → text (.txt in UTF-8/BOM/GB18030/GBK/Big5, .md, .docx, .pdf, .xlsx, .csv,
and web pages: .html/.htm, or a .txt whose text is a page's source).

The decoded text is what a plan keeps as its source text: every span the
importer reports indexes into it, so it is returned exactly as decoded.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.functional import lazy
from django.utils.translation import gettext as _

from commitments.importer.errors import PlanImportError
from commitments.importer.readers.docx import read_docx
from commitments.importer.readers.html import looks_like_html, read_html
from commitments.importer.readers.limits import (
    MAX_TEXT_BYTES,
    check_size,
    check_text,
    clean_controls,
)
from commitments.importer.readers.pdf import read_pdf
from commitments.importer.readers.spreadsheet import read_csv, read_xlsx
from commitments.wording import listed

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
#: The kind of text a file's name makes it (``Extracted.kind``) when its contents are not
#: at hand: a stored plan's excerpt (``commitments.excerpt``) cleans its text as it was read.
#: A name outside these reads as text (``.txt`` holding a page's source included).
SUFFIX_KINDS = {
    **{suffix: "markdown" for suffix in (".md", ".markdown")},
    **{suffix: "docx" for suffix in DOCX_SUFFIXES},
    **{suffix: "xlsx" for suffix in XLSX_SUFFIXES},
    **{suffix: "csv" for suffix in CSV_SUFFIXES},
    **{suffix: "html" for suffix in HTML_SUFFIXES},
    ".pdf": "pdf",
}
#: The formats named to users (upload forms, the command's help, errors): the one list.
FORMATS = (".txt", ".md", ".docx", ".pdf", ".xlsx", ".csv", ".html")


def _supported() -> str:
    """``.txt、.md、…`` in Chinese, ``.txt, .md, …`` in English: the list separator is
    the catalog's ``、``, as everywhere the pages join names."""
    return listed(FORMATS)


#: :data:`FORMATS` as shown, joined in the language active where it is read (lazy).
SUPPORTED = lazy(_supported, str)()
#: A page's declared charset (``<meta charset="gbk">``, ``content="text/html; charset=gb2312"``,
#: ``<?xml … encoding="gbk"?>``).
DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Characters frequent in government prose, in both scripts: a decoding that
# yields many of them is the right one (GB18030 decodes Big5 bytes into noise).
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
    "重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
    "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质镇村务推进"
    "們發動會來對與學國經產種過後現實說問題點體關機時開應當動於進區務將書記鎮鄉設總"
)


OLD_OFFICE = {
    ".doc": ".docx",
    ".wps": ".docx",
    ".dot": ".docx",
    ".rtf": ".docx",
    ".xls": ".xlsx",
    ".et": ".xlsx",
}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc/.xls/.wps (Office 97–2003, WPS)
#: A password-protected .docx/.xlsx is an OLE2 file holding this stream.
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
WORKBOOK_STREAM = "Workbook".encode("utf-16-le")  # an old .xls names its main stream so


@dataclass(frozen=True)
class Extracted:
    text: str
    kind: str  # "text" | "markdown" | "docx" | "xlsx" | "csv" | "pdf" | "html"
    warnings: tuple[str, ...] = ()


def extract(data: bytes, filename: str) -> Extracted:
    """Decode ``data`` according to its name and content; refuse what cannot be read."""
    name = clean_controls(PurePath(filename).name).strip() or "?"
    suffix = PurePath(name).suffix.lower()
    if not data or not data.strip():
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    check_size(data, name)
    if data.startswith(OLE2_MAGIC) and ENCRYPTED_PACKAGE in data:
        raise PlanImportError(
            _("文件设置了打开密码，请在 Word/WPS/Excel 中取消密码后再导入：%(name)s")
            % {"name": name}
        )
    if suffix in OLD_OFFICE or data.startswith(OLE2_MAGIC):
        fix = OLD_OFFICE.get(suffix, ".xlsx" if WORKBOOK_STREAM in data[:65536] else ".docx")
        raise PlanImportError(
            _(
                "不支持旧版 Office/WPS 格式（%(suffix)s）：%(name)s，"
                "请用 Word/WPS/Excel 打开后另存为 %(fix)s 再导入"
            )
            % {"suffix": suffix or _("旧版二进制格式"), "name": name, "fix": fix}
        )
    if suffix == ".pdf" or (suffix not in TEXT_SUFFIXES and data[:5] == b"%PDF-"):
        return _extracted(*read_pdf(data, name), "pdf", name)
    if suffix in XLSX_SUFFIXES:
        return _extracted(*read_xlsx(data, name), "xlsx", name)
    sniffed = suffix not in TEXT_SUFFIXES | CSV_SUFFIXES
    if suffix in DOCX_SUFFIXES or (sniffed and data[:2] == b"PK"):
        if suffix not in DOCX_SUFFIXES and _is_workbook(data):
            return _extracted(*read_xlsx(data, name), "xlsx", name)
        return _extracted(*read_docx(data, name), "docx", name)
    if suffix in HTML_SUFFIXES:
        return _extracted(read_html(decode_page(data, name), name), (), "html", name)
    if suffix not in TEXT_SUFFIXES | CSV_SUFFIXES:
        raise PlanImportError(
            _("不支持的文件类型：%(name)s（支持 %(formats)s）")
            % {"name": name, "formats": SUPPORTED}
        )
    check_size(data, name, MAX_TEXT_BYTES)
    text = decode_text(data, name)
    if not text.strip():
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    if suffix in CSV_SUFFIXES:
        return _extracted(*read_csv(check_text(text, name), name), "csv", name)
    if looks_like_html(text):  # a page's source saved as text
        return _extracted(read_html(decode_page(data, name), name), (), "html", name)
    kind = SUFFIX_KINDS.get(suffix, "text")  # markdown or text here
    return _extracted(text, (), kind, name)


def _extracted(text: str, warnings, kind: str, name: str) -> Extracted:
    text = check_text(text, name)
    if not text.strip():
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    return Extracted(text, kind, tuple(warnings))


def _is_workbook(data: bytes) -> bool:
    try:
        return "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file: BOMs first, then strict UTF-8, then the best of GB18030/Big5."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data.decode("utf-8-sig", errors="replace"), name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16", errors="replace"), name)
    if b"\x00" in data:
        raise _binary(name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise _binary(name)
    return _checked(max(candidates, key=_score), name)


def decode_page(data: bytes, name: str) -> str:
    """Decode a web page: its BOM, else UTF-8 when the bytes are UTF-8 (a page saved again by
    an editor keeps the charset it was served in), else the charset its head declares, else
    as a text file (:func:`decode_text`)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    declared = DECLARED_CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        if encoding in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936"):
            encoding = "gb18030"  # what pages labelled GB2312/GBK hold
        try:
            codecs.lookup(encoding)
            return _checked(data.decode(encoding), name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def _score(text: str) -> float:
    return sum(ch in _COMMON for ch in text) / max(1, len(text))


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters or replacement marks."""
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or ch == "\ufffd")
    if bad > max(3, len(text) // 50):
        raise _binary(name)
    return text


def _binary(name: str) -> PlanImportError:
    return PlanImportError(_("无法识别文件内容（可能是二进制文件）：%(name)s") % {"name": name})
