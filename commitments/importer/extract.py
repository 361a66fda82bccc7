"""Step 1: bytes → text (.txt in UTF-8/BOM/GB18030/GBK/Big5, .docx, .md).

The decoded text is what a plan keeps as its source text: every span the
importer reports indexes into it, so it is returned exactly as decoded.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _

from commitments.importer.docx_numbering import Numbering
from commitments.importer.errors import PlanImportError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
DOCX_SUFFIXES = {".docx"}

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


@dataclass(frozen=True)
class Extracted:
    text: str
    kind: str  # "text" | "markdown" | "docx"


def extract(data: bytes, filename: str) -> Extracted:
    """Decode ``data`` according to its name and content."""
    name = PurePath(filename).name or "?"
    suffix = PurePath(name).suffix.lower()
    if not data or not data.strip():
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    if suffix == ".doc":
        raise PlanImportError(
            _("不支持旧版 Word 格式（.doc）：%(name)s，请另存为 .docx") % {"name": name}
        )
    if suffix in DOCX_SUFFIXES or (suffix not in TEXT_SUFFIXES and data[:2] == b"PK"):
        return Extracted(read_docx(data, name), "docx")
    if suffix not in TEXT_SUFFIXES:
        raise PlanImportError(
            _("不支持的文件类型：%(name)s（支持 .txt、.docx、.md）") % {"name": name}
        )
    text = decode_text(data, name)
    if not text.strip():
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    kind = "markdown" if suffix in {".md", ".markdown"} else "text"
    return Extracted(text, kind)


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


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs and tables of a .docx in document order, one line each.

    Automatic list numbers (``List Number`` style, ``w:numPr``) are written in
    front of their paragraphs, as Word shows them (see :mod:`docx_numbering`).

    A table whose header names the usual columns (工作任务, 责任单位, …)
    becomes labelled items (``1、任务\\n责任单位：…``) so that the same
    labelled-item rules apply as in text files.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise PlanImportError(_("不是有效的 Word 文档（.docx）：%(name)s") % {"name": name})
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise PlanImportError(
            _("不是有效的 Word 文档（.docx）：%(name)s") % {"name": name}
        ) from exc
    lines: list[str] = []
    numbering = Numbering(document)
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(block, document).text
            lines.append(numbering.label(block) + text if text.strip() else text)
        elif tag == "tbl":
            lines.extend(table_lines(_rows(Table(block, document))))
    return "\n".join(lines)


def _rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = re.sub(r"\s*\n\s*", "", cell.text).strip()
            if not cells or text != cells[-1] or not text:  # merged cells repeat their text
                cells.append(text)
        rows.append(cells)
    return rows


_COLUMN_LABELS = {
    "task": re.compile(
        r"(工作任务|任务内容|重点任务|工作内容|主要任务|目标任务|具体任务|事项|任务|内容)"
    ),
    "责任单位": re.compile(r"^(责任单位|责任部门|主责单位)$"),
    "牵头单位": re.compile(r"^(牵头单位|牵头部门)$"),
    "配合单位": re.compile(r"^(配合单位|协办单位|配合部门)$"),
    "责任领导": re.compile(r"^(责任领导|分管领导|包保领导)$"),
    "完成时限": re.compile(r"^(完成时限|完成时间|时间节点|办结时限)$"),
    "number": re.compile(r"^(序号|编号)$"),
}


def table_lines(rows: list[list[str]]) -> list[str]:
    """Render table rows as text lines; labelled items when the header allows."""
    if not rows:
        return []
    header = [c.replace(" ", "") for c in rows[0]]
    columns: dict[int, str] = {}
    for i, cell in enumerate(header):
        for key, pattern in _COLUMN_LABELS.items():
            if pattern.search(cell) and key not in columns.values():
                columns[i] = key
                break
    if "task" not in columns.values() or len(columns) < 2 or len(rows[0]) != len(header):
        return ["\t".join(c for c in row if c) for row in rows]
    lines: list[str] = []
    counter = 0
    for row in rows[1:]:
        filled = [c for c in row if c]
        if len(row) != len(header) or len(set(filled)) <= 1:
            if filled:
                lines.append(filled[0])  # a merged row: a section heading
                counter = 0
            continue
        values = {columns[i]: cell for i, cell in enumerate(row) if i in columns and cell}
        if not values.get("task"):
            continue
        counter += 1
        number = values.get("number") or str(counter)
        number = re.sub(r"[.、．\s]+$", "", number)
        lines.append(f"{number}、{values['task']}")
        for key in ("牵头单位", "责任单位", "配合单位", "责任领导", "完成时限"):
            if values.get(key):
                lines.append(f"{key}：{values[key]}")
    return lines
