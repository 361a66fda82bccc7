"""Word (.docx) as people leave it → text lines, in document order.

What Word's final view shows is read: paragraphs and tables; text in text
boxes and shapes (after the paragraph that anchors them); unaccepted tracked
changes as accepted (``w:ins``/``w:moveTo`` in, ``w:del``/``w:moveFrom``
out); block, inline, row and cell content controls (``w:sdt``, a date picker
included, but not an empty control's placeholder); smart tags, custom XML,
hyperlinks and the results of fields (not their codes). Automatic list
numbers are rendered in front of their paragraphs (:mod:`docx_numbering`).

What cannot be read as text (pictures, embedded objects, charts, embedded
documents) becomes a warning, never a silent loss. Tables go through
:mod:`commitments.importer.tables`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from commitments.importer.docx_numbering import Numbering
from commitments.importer.errors import PlanImportError
from commitments.importer.readers.limits import check_zip
from commitments.importer.table_join import is_table_heading, join_appendix, join_tables
from commitments.importer.tables import Cell, lines_text, render_tasks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
#: Containers whose children are read as if they stood in their place.
TRANSPARENT = {
    f"{W}ins",
    f"{W}moveTo",
    f"{W}smartTag",
    f"{W}customXml",
    f"{W}hyperlink",
    f"{W}fldSimple",
    f"{W}sdtContent",
    f"{W}dir",
    f"{W}bdo",
    f"{M}oMathPara",
    f"{M}oMath",
}
SKIPPED = {f"{W}del", f"{W}moveFrom", f"{W}sdtPr", f"{W}sdtEndPr", f"{W}pPr", f"{W}rPr"}
SKIPPED |= {f"{W}proofErr", f"{W}bookmarkStart", f"{W}bookmarkEnd", f"{W}commentRangeStart"}
#: A line that stands for the body's n-th table until all of them are read (no text holds NUL).
TABLE_MARK = "\x00table:"


@dataclass
class Unreadable:
    pictures: int = 0
    objects: int = 0
    charts: int = 0
    chunks: int = 0

    def warnings(self) -> list[str]:
        out = []
        if self.pictures:
            out.append(
                ngettext(
                    "文档中有 %(n)d 张图片，图片中的文字未导入，请核对",
                    "文档中有 %(n)d 张图片，图片中的文字未导入，请核对",
                    self.pictures,
                )
                % {"n": self.pictures}
            )
        if self.objects or self.charts or self.chunks:
            n = self.objects + self.charts + self.chunks
            out.append(
                ngettext(
                    "文档中有 %(n)d 个嵌入对象或图表，其内容未导入，请核对",
                    "文档中有 %(n)d 个嵌入对象或图表，其内容未导入，请核对",
                    n,
                )
                % {"n": n}
            )
        return out


@dataclass
class Reader:
    numbering: Numbering | None
    unreadable: Unreadable = field(default_factory=Unreadable)
    tasks: int = 0  # tasks laid out one key-value table each, numbered on across tables
    joined: str = ""  # a paragraph's text whose mark was deleted: it runs on into the next
    #: The document's own tables (not those in a cell or a box), read in order and rendered
    #: when all are read: one list may be spread over several (:mod:`table_join`).
    body: object = None
    tables: list[list[list[Cell]]] = field(default_factory=list)

    # -- blocks -------------------------------------------------------------
    def blocks(self, parent) -> list[str]:
        lines: list[str] = []
        for child in parent.iterchildren():
            tag = child.tag
            if tag == f"{W}p":
                lines.extend(self.paragraph(child))
            elif tag == f"{W}tbl" and parent is self.body:
                lines.append(f"{TABLE_MARK}{len(self.tables)}")
                self.tables.append(self.table(child))
            elif tag == f"{W}tbl":
                lines.extend(self.rendered(self.table(child)))
            elif tag in (f"{W}sdt", f"{W}customXml", f"{W}ins", f"{W}moveTo"):
                content = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
                if content is not None and not _placeholder(child):
                    lines.extend(self.blocks(content))
            elif tag == f"{W}altChunk":
                self.unreadable.chunks += 1
            elif tag == f"{MC}AlternateContent":
                chosen = _choice(child)
                if chosen is not None:
                    lines.extend(self.blocks(chosen))
        return lines

    def paragraph(self, p) -> list[str]:
        """A paragraph's line as Word's final view shows it, its list number in front.

        A paragraph whose mark was deleted with tracked changes on runs on into the next one
        (which keeps its own number); deleted whole, it is gone and numbers nothing."""
        parts: list[str] = []
        boxes: list[str] = []
        self.inline(p, parts, boxes, [False])
        text = self.joined + "".join(parts)
        self.joined = ""
        if _mark_deleted(p):
            self.joined = text
            return boxes
        label = self.numbering.label(p) if self.numbering is not None and text.strip() else ""
        return [label + text, *boxes]

    def inline(self, parent, parts: list[str], boxes: list[str], in_code: list[bool]) -> None:
        """Collect the visible text under ``parent``; text boxes go to ``boxes``."""
        for child in parent.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED:
                continue
            if tag == f"{W}r":
                self.run(child, parts, boxes, in_code)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None and not _placeholder(child):
                    self.inline(content, parts, boxes, in_code)
            elif tag in TRANSPARENT:
                self.inline(child, parts, boxes, in_code)
            elif tag == f"{M}r":
                parts.extend(t.text or "" for t in child.iter(f"{M}t"))
            elif tag == f"{MC}AlternateContent":
                chosen = _choice(child)
                if chosen is not None:
                    self.inline(chosen, parts, boxes, in_code)

    def run(self, r, parts: list[str], boxes: list[str], in_code: list[bool]) -> None:
        for child in r.iterchildren():
            tag = child.tag
            if tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType")
                in_code[0] = kind == "begin" or (in_code[0] and kind not in ("separate", "end"))
            elif in_code[0] or tag == f"{W}instrText":
                continue
            elif tag == f"{W}t":
                parts.append(child.text or "")
            elif tag == f"{W}tab":
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            elif tag in (f"{W}noBreakHyphen", f"{W}softHyphen"):
                parts.append("-" if tag == f"{W}noBreakHyphen" else "")
            elif tag in (f"{W}drawing", f"{W}pict", f"{W}object", f"{MC}AlternateContent"):
                self.graphic(child, boxes)

    def graphic(self, element, boxes: list[str]) -> None:
        """Text boxes and shapes hold paragraphs; pictures, objects and charts do not."""
        if element.tag == f"{MC}AlternateContent":
            element = _choice(element)
            if element is None:
                return
        contents = list(element.iter(f"{W}txbxContent"))
        for content in _outermost(contents):
            boxes.extend(line for line in self.blocks(content) if line.strip())
        shape_text = [t.text or "" for t in element.iter(f"{A}t")]  # DrawingML shapes, SmartArt
        if not contents and any(t.strip() for t in shape_text):
            boxes.append("".join(shape_text))
        if contents or any(t.strip() for t in shape_text):
            return
        if element.tag == f"{W}object" or any(True for _ in element.iter(f"{W}object")):
            self.unreadable.objects += 1
        elif any(e.tag.endswith("}chart") for e in element.iter() if isinstance(e.tag, str)):
            self.unreadable.charts += 1
        elif any(e.tag.endswith("}pic") or e.tag.endswith("}imagedata") for e in element.iter()):
            self.unreadable.pictures += 1

    # -- tables ---------------------------------------------------------------
    def document(self, body) -> tuple[list[str], list[str]]:
        """The body's lines, its tables joined where they hold one list, and the warnings."""
        self.body = body
        marked = self.blocks(body)
        joined = join_tables(self.tables)
        warnings = list(joined.warnings)
        lines: list[str] = []
        for line in marked:
            if not line.startswith(TABLE_MARK):
                lines.append(line)
            elif (rows := joined.tables[int(line[len(TABLE_MARK) :])]) is not None:
                if (appended := join_appendix(lines, rows)) is not None:
                    lines, warnings = appended.applied(lines), warnings + appended.warnings
                else:
                    lines.extend(self.rendered(rows, [t for t in lines[-3:] if t.strip()]))
            else:  # joined into the task table: its heading goes with it
                while lines and not lines[-1].strip():
                    lines.pop()
                if lines and is_table_heading(lines[-1]):
                    lines.pop()
        return lines, warnings

    def rendered(self, rows: list[list[Cell]], context: list[str] | None = None) -> list[str]:
        """The table's lines; ``context`` are the paragraphs right above it (``单位：万元``)."""
        rendered, found = render_tasks(rows, self.tasks, context)
        self.tasks += found
        return lines_text(rendered).split("\n")

    def table(self, tbl) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        above: dict[int, str] = {}
        for tr in _rows(tbl):
            props = tr.find(f"{W}trPr")
            if props is not None and props.find(f"{W}del") is not None:
                continue  # a row deleted with tracked changes on
            row: list[Cell] = []
            column = 0
            for tc in _cells(tr):
                props = tc.find(f"{W}tcPr")
                span = _int(props, "gridSpan") or 1
                merge = props.find(f"{W}vMerge") if props is not None else None
                if merge is not None and merge.get(f"{W}val") != "restart":
                    text = above.get(column, "")
                else:
                    text = "\n".join(line for line in self.blocks(tc) if line.strip())
                for _column in range(span):
                    row.append(Cell(text))
                    above[column] = text
                    column += 1
            rows.append(row)
        return rows


def _rows(tbl):
    for child in tbl.iterchildren():
        if child.tag == f"{W}tr":
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml", f"{W}ins"):
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                yield from _rows(content)


def _cells(tr):
    for child in tr.iterchildren():
        if child.tag == f"{W}tc":
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                yield from _cells(content)


def _int(props, tag: str) -> int | None:
    child = props.find(f"{W}{tag}") if props is not None else None
    value = child.get(f"{W}val") if child is not None else None
    return int(value) if value and value.isdigit() else None


def _mark_deleted(p) -> bool:
    """Was the paragraph's mark deleted (or moved away) with tracked changes on?"""
    marks = p.find(f"{W}pPr/{W}rPr")
    return marks is not None and (
        marks.find(f"{W}del") is not None or marks.find(f"{W}moveFrom") is not None
    )


def _placeholder(sdt) -> bool:
    """An empty content control shows its prompt (``单击此处输入文字``), not content."""
    props = sdt.find(f"{W}sdtPr")
    return props is not None and props.find(f"{W}showingPlcHdr") is not None


def _choice(alternate):
    """The first ``mc:Choice`` (what Word shows); its ``mc:Fallback`` repeats it."""
    choice = alternate.find(f"{MC}Choice")
    return choice if choice is not None else alternate.find(f"{MC}Fallback")


def _outermost(contents: list) -> list:
    """Text boxes not nested in another of the list (their text is read with it)."""
    out = []
    for content in contents:
        parent = content.getparent()
        nested = False
        while parent is not None:
            if parent in contents:
                nested = True
                break
            parent = parent.getparent()
        if not nested:
            out.append(content)
    return out


def read_docx(data: bytes, name: str) -> tuple[str, list[str]]:
    """The text of a .docx and warnings about what could not be read."""
    import docx

    broken = _("不是有效的 Word 文档（.docx）：%(name)s") % {"name": name}
    check_zip(data, name, broken)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise PlanImportError(broken) from exc
    reader = Reader(Numbering(document))
    lines, warnings = reader.document(document.element.body)
    if reader.joined:  # the last paragraph's mark deleted: nothing after it to run into
        lines.append(reader.joined)
    return "\n".join(lines), reader.unreadable.warnings() + warnings
