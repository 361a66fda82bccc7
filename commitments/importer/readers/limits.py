"""What the importer agrees to read, checked before any parsing.

A small upload can expand to a huge document: a ``.docx``/``.xlsx`` is a zip
whose ``document.xml`` may be compressed a thousandfold (a zip bomb), and a
PDF may have thousands of pages. Sizes, entry counts and compression ratios
are checked from the zip directory before a parser sees the file, and the
file is refused with one clear line; nothing is written.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from django.utils.translation import gettext as _

from commitments.importer.errors import PlanImportError

MAX_FILE_BYTES = 20 * 1024 * 1024  # any upload
MAX_TEXT_BYTES = 2 * 1024 * 1024  # .txt/.md/.csv
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_TOTAL = 60 * 1024 * 1024  # all entries, uncompressed
MAX_ZIP_ENTRY = 20 * 1024 * 1024  # one entry, uncompressed
MAX_ZIP_RATIO = 100  # uncompressed / compressed, for entries over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_PDF_PAGES = 200
MAX_PDF_INFLATED = 100 * 1024 * 1024  # all compressed PDF streams, decompressed
MAX_TEXT_CHARS = 2 * 1024 * 1024  # text a reader may produce from one file
MAX_SHEET_CELLS = 500_000

#: Control characters no document text needs (tab, line breaks kept).
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
PAGE_OR_LINE_BREAK = re.compile("[\x0b\x0c]")


def too_large(name: str, what: str) -> PlanImportError:
    return PlanImportError(
        _("文件过大或内容异常，已拒绝导入：%(name)s（%(what)s）") % {"name": name, "what": what}
    )


def check_size(data: bytes, name: str, limit: int = MAX_FILE_BYTES) -> None:
    if len(data) > limit:
        raise too_large(name, _("超过 %(mb)d MB") % {"mb": limit // (1024 * 1024)})


def check_zip(data: bytes, name: str, broken: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking its directory against the limits.

    ``broken`` is the error line for a file that is not a zip at all.
    """
    check_size(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise PlanImportError(broken) from exc
    if len(entries) > MAX_ZIP_ENTRIES:
        raise too_large(name, _("压缩包内文件过多（%(n)d 个）") % {"n": len(entries)})
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_ZIP_ENTRY or total > MAX_ZIP_TOTAL:
            limit = MAX_ZIP_ENTRY if entry.file_size > MAX_ZIP_ENTRY else MAX_ZIP_TOTAL
            raise too_large(name, _("解压后超过 %(mb)d MB") % {"mb": limit // 2**20})
        ratio = entry.file_size / max(1, entry.compress_size)
        if entry.file_size > RATIO_FLOOR and ratio > MAX_ZIP_RATIO:
            raise too_large(name, _("压缩比异常（%(ratio)d 倍），疑似压缩炸弹") % {"ratio": ratio})
    return archive


PDF_STREAM = re.compile(rb"(?<!end)stream\r?\n")


def check_pdf_streams(data: bytes, name: str) -> None:
    """Refuse a PDF whose compressed streams expand beyond the limit (a PDF bomb).

    Each Flate stream is inflated in bounded chunks and only counted, so the
    check itself never holds more than a chunk; streams in other encodings
    are left to the parser (they do not expand).
    """
    total = 0
    for m in PDF_STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            break
        inflater = zlib.decompressobj()
        chunk = data[m.end() : end]
        try:
            while chunk and total <= MAX_PDF_INFLATED:
                total += len(inflater.decompress(chunk, 1024 * 1024))
                chunk = inflater.unconsumed_tail
        except zlib.error:
            continue
        if total > MAX_PDF_INFLATED:
            raise too_large(name, _("解压后超过 %(mb)d MB") % {"mb": MAX_PDF_INFLATED // 2**20})


def check_text(text: str, name: str) -> str:
    """Refuse text beyond the limit; clean control characters out of the rest."""
    if len(text) > MAX_TEXT_CHARS:
        raise too_large(name, _("文字超过 %(n)d 万字") % {"n": MAX_TEXT_CHARS // 10000})
    return clean_controls(text)


def clean_controls(text: str) -> str:
    """Drop control characters (U+0000–U+0008, U+000E–U+001F, U+007F); U+000B/U+000C break lines."""
    if not CONTROL.search(text) and not PAGE_OR_LINE_BREAK.search(text):
        return text
    return CONTROL.sub("", PAGE_OR_LINE_BREAK.sub("\n", text))
