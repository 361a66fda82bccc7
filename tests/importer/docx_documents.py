"""Word documents for the unseen-document tests, built with python-docx.

Built in code rather than stored as binaries so a reader sees what they hold.
"""

from __future__ import annotations

import io


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraphs(text: str) -> bytes:
    """A Word document with one plain paragraph per line of ``text``."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    return _save(document)


TASK_ROWS = [
    ["序号", "重点任务", "责任单位", "配合单位", "责任领导", "完成时限"],
    ["一、产业发展"],
    [
        "1",
        "新建设施农业大棚150栋，发展林下经济两千五百亩",
        "农业农村办",
        "财政所、自然资源所",
        "赵卫东",
        "2025年10月底前",
    ],
    [
        "2",
        "推进年产2万吨饲料加工项目建设，一季度完成环评，三季度末竣工投产",
        "经发办",
        "生态环境办",
        "孙丽",
        "9月30日前",
    ],
    ["二、民生保障"],
    ["3", "城乡居民基本养老保险参保率达到95%以上", "社会事务办", "", "钱进", "12月31日前"],
    ["4", "改造提升村卫生室8所", "社会事务办", "财政所", "钱进", "上半年"],
    [
        "5",
        "实施农村饮水安全巩固提升工程，解决3200人饮水问题",
        "水利站",
        "财政所",
        "赵卫东",
        "11月中旬",
    ],
]


def task_table() -> bytes:
    """A 任务分解表: a title, then a table whose merged rows head its sections."""
    import docx

    document = docx.Document()
    document.add_paragraph("石门镇2025年重点工作任务分解表")
    table = document.add_table(rows=len(TASK_ROWS), cols=len(TASK_ROWS[0]))
    for row, values in zip(table.rows, TASK_ROWS, strict=True):
        if len(values) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = values[0]
            continue
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return _save(document)


REPORT_PARAGRAPHS = [
    ("Title", "关于白沙镇2024年工作总结及2025年工作打算的报告"),
    (None, "县委、县政府："),
    (None, "2024年，白沙镇在县委、县政府的坚强领导下，扎实推进各项工作。现将有关情况报告如下："),
    ("Heading 1", "一、2024年工作总结"),
    (None, "全年实现财政收入3600万元，新建乡村振兴示范点3个，新增就业岗位420个。"),
    ("Heading 1", "二、存在的问题"),
    (None, "一是产业链条短，附加值不高；二是公共服务设施仍有短板。"),
    ("Heading 1", "三、下一步工作打算"),
    ("Heading 2", "（一）着力推动产业升级"),
    (None, "一是壮大茶产业。新建生态茶园800亩，改造低产茶园1200亩，茶叶综合产值达到1.5亿元。"),
    (
        None,
        "二是发展乡村旅游。打造精品民宿集群1个，全年接待游客突破30万人次，"
        "5月底前完成白沙溪景区游客服务中心建设。",
    ),
    ("Heading 2", "（二）着力补齐民生短板"),
    (None, "一是办好人民满意教育。完成镇中心小学风雨操场建设，义务教育巩固率保持在99%以上。"),
    (None, "二是提升医疗服务能力。家庭医生签约服务覆盖率达到75%，重点人群签约率不低于百分之九十。"),
    (None, "特此报告。"),
    (None, "白沙镇人民政府"),
    (None, "2025年1月10日"),
]


def report_paragraphs() -> bytes:
    """A 工作总结及打算 report in styled paragraphs, no tables."""
    import docx

    document = docx.Document()
    for style, text in REPORT_PARAGRAPHS:
        document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
    return _save(document)


LIST_NUMBER_PARAGRAPHS = [
    (None, "青石镇2026年重点工作安排"),
    (None, "一、2025年工作回顾"),
    (None, "全年实现财政收入4200万元，新建村级光伏电站6座。"),
    (None, "二、2026年工作安排"),
    ("List Number", "加快园区建设。新建标准化厂房2万平方米，6月底前完成主体工程。"),
    ("List Number", "推进乡村振兴。新建高标准农田3000亩；发展特色种植1200亩。"),
    ("List Number", "保障改善民生。新增城镇就业260人，城乡居民医保参保率达到96%以上。"),
    ("List Bullet", "确保全年不发生较大以上安全生产事故。"),
]


def list_number_paragraphs() -> bytes:
    """Numbered items whose numbers come from Word's automatic numbering, not the text."""
    import docx

    document = docx.Document()
    for style, text in LIST_NUMBER_PARAGRAPHS:
        document.add_paragraph(text, style=style)
    return _save(document)


# -- Word's own XML: automatic numbering and tracked changes ---------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_xml(body: str, numbering: str = "", styles: str = "") -> bytes:
    """A Word document whose body, numbering definitions and extra styles are the XML given
    (``w:`` elements, without namespace declarations): what python-docx cannot write."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    element = document.element.body
    section = element[-1]  # w:sectPr stays last
    for child in list(element):
        element.remove(child)
    for child in parse_xml(f"<w:body {W_NS}>{body}</w:body>"):
        element.append(child)
    element.append(section)
    part = document.part.numbering_part.element
    for child in list(part):
        part.remove(child)
    for child in parse_xml(f"<w:numbering {W_NS}>{numbering}</w:numbering>"):
        part.append(child)
    for child in parse_xml(f"<w:styles {W_NS}>{styles}</w:styles>"):
        document.styles.element.append(child)
    return _save(document)


def w_p(text: str = "", num: str | None = None, level: int = 0, style: str = "", mark: str = ""):
    """A paragraph: its list (``num``) and level, its style, its mark (``<w:del …/>``)."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    if mark:
        props += f"<w:rPr>{mark}</w:rPr>"
    runs = text if text.startswith("<") else (f"<w:r><w:t>{text}</w:t></w:r>" if text else "")
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


def w_abstract(abstract_id: int, *levels: tuple[str, str], start: int = 1, suffix: str = ""):
    """A numbering definition: each level's format and text (``("decimal", "%1.%2")``)."""
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{suff}'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        + "</w:abstractNum>"
    )


def w_num(num_id: int, abstract_id: int, restart: dict[int, int] | None = None) -> str:
    """A list over a definition; ``restart``: levels that start again at a value."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
        for level, value in (restart or {}).items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def w_run(text: str, change: str = "") -> str:
    """A run, inserted (``ins``), deleted (``del``) or moved (``moveFrom``/``moveTo``)."""
    tag = "w:delText" if change == "del" else "w:t"  # moved-away text keeps w:t
    run = f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'
    if not change:
        return run
    author = 'w:id="1" w:author="审核人" w:date="2031-01-05T09:00:00Z"'
    return f"<w:{change} {author}>{run}</w:{change}>"
