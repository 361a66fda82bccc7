"""Word documents as people leave them, built with python-docx plus raw WordprocessingML.

Text boxes, unaccepted tracked changes, content controls, smart tags and
fields are written as Word writes them (the XML is spelled out here so a
reader sees what each document holds).
"""

from __future__ import annotations

import io

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="1" w:author="王科长" w:date="2025-01-05T10:00:00Z">{run(text)}</w:ins>'


def deleted(text: str) -> str:
    return (
        '<w:del w:id="2" w:author="王科长" w:date="2025-01-05T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def date_picker(text: str) -> str:
    return (
        '<w:sdt><w:sdtPr><w:alias w:val="完成时限"/><w:date w:fullDate="2025-06-30T00:00:00Z">'
        '<w:dateFormat w:val="M月底前"/></w:date></w:sdtPr>'
        f"<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>"
    )


def placeholder(prompt: str) -> str:
    return (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
        f"<w:sdtContent>{run(prompt)}</w:sdtContent></w:sdt>"
    )


def smart_tag(text: str) -> str:
    uri = "urn:schemas-microsoft-com:office:smarttags"
    return f'<w:smartTag w:uri="{uri}" w:element="place">{run(text)}</w:smartTag>'


def simple_field(code: str, result: str) -> str:
    return f'<w:fldSimple w:instr="{code}">{run(result)}</w:fldSimple>'


def complex_field(code: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def text_box(*paragraphs: str) -> str:
    """A DrawingML text box with its VML fallback, as Word 2010+ saves it."""
    body = "".join(f"<w:p>{run(p)}</w:p>" for p in paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:extent cx="3000000" cy="900000"/><wp:docPr id="1" name="文本框 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def picture() -> str:
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="9" name="图片 9"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="scan.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        "<pic:blipFill/><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def block_control(*paragraphs: str) -> str:
    body = "".join(f"<w:p>{p}</w:p>" for p in paragraphs)
    return (
        '<w:sdt><w:sdtPr><w:alias w:val="重点任务"/><w:tag w:val="tasks"/></w:sdtPr>'
        f"<w:sdtContent>{body}</w:sdtContent></w:sdt>"
    )


def table(rows: list[list[str]], deleted_rows: tuple[int, ...] = (), inserted_rows=()) -> str:
    """A ``w:tbl``; rows in ``deleted_rows``/``inserted_rows`` are tracked deletions/insertions."""
    out = []
    for index, values in enumerate(rows):
        mark = ""
        if index in deleted_rows:
            mark = (
                '<w:trPr><w:del w:id="7" w:author="王科长" w:date="2025-01-05T10:00:00Z"/></w:trPr>'
            )
        elif index in inserted_rows:
            mark = (
                '<w:trPr><w:ins w:id="8" w:author="王科长" w:date="2025-01-05T10:00:00Z"/></w:trPr>'
            )
        cells = []
        for value in values:
            if index in deleted_rows:
                body = deleted(value)
            elif index in inserted_rows:
                body = inserted(value)
            else:
                body = run(value)
            cells.append(f"<w:tc><w:p>{body}</w:p></w:tc>")
        out.append(f"<w:tr>{mark}{''.join(cells)}</w:tr>")
    return f"<w:tbl>{''.join(out)}</w:tbl>"


def document(*blocks: str) -> bytes:
    """A .docx whose body is ``blocks``: ``<w:p>`` inner XML, or ``<w:sdt>``/``<w:tbl>`` whole."""
    import docx

    word = docx.Document()
    body = word.element.body
    section = body[-1]  # w:sectPr stays last
    for block in blocks:
        xml = block if block.startswith(("<w:sdt>", "<w:tbl>", "<w:p>")) else f"<w:p>{block}</w:p>"
        element = etree.fromstring(f"<root {NAMESPACES}>{xml}</root>")[0]
        section.addprevious(element)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
