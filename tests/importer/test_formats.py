"""Reading files: encodings, .docx with tables, markdown, traditional
characters, and the files that must be refused (SPEC §3)."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest

from commitments.importer import PlanImportError
from tests.importer.conftest import commitments_of

PLAN = """镇长在经济工作会议上的讲话
同志们：
一、2024年工作回顾
全年完成税收700万元。
二、2025年工作安排
（一）抓产业。今年计划新建温室大棚20栋，6月底前完成主体工程。
（二）抓民生。城乡医保参保率达到95%以上。
同志们！谢谢大家！
"""


def test_it_reads_gbk_text(parse):
    parsed = parse(PLAN.encode("gbk"), "plan-gbk.txt")
    assert parsed.source_text == PLAN
    assert [s.title for s in parsed.documents[0].sections] == ["抓产业", "抓民生"]


def test_it_reads_utf8_with_a_bom(parse):
    parsed = parse(b"\xef\xbb\xbf" + PLAN.encode("utf-8"), "plan-bom.txt")
    assert parsed.source_text == PLAN
    first = commitments_of(parsed)[0]
    assert parsed.source_text[first.start : first.end] == first.text


def test_it_reads_crlf_text_and_keeps_spans_in_the_original(parse):
    raw = PLAN.replace("\n", "\r\n")
    parsed = parse(raw.encode("utf-8"))
    for c in commitments_of(parsed):
        assert raw[c.start : c.end] == c.text


def test_it_reads_traditional_characters_like_simplified(parse):
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(PLAN)
    parsed = parse(traditional)
    doc = parsed.documents[0]
    assert doc.plan_year == 2025 and len(doc.sections) == 2
    first = doc.sections[0].commitments[0]
    assert first.text == traditional[first.start : first.end]
    # 今年 is a period of its own: June becomes a milestone of a year-end deadline
    assert first.deadline == datetime.date(2025, 12, 31)
    assert [(m.due, m.text) for m in first.milestones] == [
        (datetime.date(2025, 6, 30), "6月底前完成主體工程")
    ]
    assert [(t.value, t.unit) for t in first.targets] == [(Decimal(20), "栋")]
    second = doc.sections[1].commitments[0]
    assert second.owner == "社会事务办公室"
    assert [(t.value, t.comparator) for t in second.targets] == [(Decimal(95), ">=")]


def test_it_reads_markdown_without_its_markup(parse):
    text = (
        "# 在全镇经济工作会议上的讲话\n\n同志们：\n\n## 二、2025年重点工作\n\n"
        "**一是狠抓项目建设。** 全年谋划储备项目10个。\n\n"
        "**二是抓好民生保障。** 新增城镇就业200人。\n"
    )
    parsed = parse(text, "plan.md")
    doc = parsed.documents[0]
    assert doc.title == "在全镇经济工作会议上的讲话"
    assert [s.title for s in doc.sections] == ["狠抓项目建设", "抓好民生保障"]
    assert [c.text for c in doc.commitments()] == ["全年谋划储备项目10个。", "新增城镇就业200人。"]


def _docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_reads_a_docx_with_paragraphs_and_a_task_table(parse):
    def build(document):
        document.add_paragraph("XX镇2025年重点工作任务分解表")
        document.add_paragraph("一、2025年工作安排")
        document.add_paragraph("（一）项目建设。新建5兆瓦光伏电站一处。")
        document.add_paragraph("（二）重点任务清单")
        table = document.add_table(rows=3, cols=5)
        rows = [
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "修缮村级道路10公里", "党政办", "财政所、自然资源所", "6月底前"],
            ["2", "新建养老服务站2处", "社会事务办", "", "三季度末"],
        ]
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        document.add_paragraph("同志们！谢谢大家！")

    parsed = parse(_docx(build), "plan.docx")
    doc = parsed.documents[0]
    assert [s.title for s in doc.sections] == ["项目建设", "重点任务清单"]
    solar = doc.sections[0].commitments[0]
    assert [(t.value, t.unit) for t in solar.targets] == [(Decimal(5), "兆瓦")]
    roads, homes = doc.sections[1].commitments
    assert roads.text == "修缮村级道路10公里"
    assert (roads.owner, roads.co_owners, roads.owner_source) == (
        "党政综合办公室",
        ["财政所", "自然资源所"],
        "explicit",
    )
    assert roads.deadline == datetime.date(2025, 6, 30)
    assert (homes.owner, homes.deadline) == ("社会事务办公室", datetime.date(2025, 9, 30))
    assert parsed.source_text[roads.start : roads.end] == roads.text


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "文件为空：empty.txt"),
        (b"  \n\n ", "blank.txt", "文件为空：blank.txt"),
        (bytes(range(256)) * 20, "binary.txt", "二进制"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "image.txt", "二进制"),
        (b"this is not a zip file at all", "fake.docx", "不是有效的 Word 文档"),
        (b"PK\x03\x04 broken zip", "broken.docx", "不是有效的 Word 文档"),
        ("只是一段普通的文字，没有任何工作安排。".encode(), "note.txt", "未找到工作安排部分"),
        (
            "镇长讲话\n同志们：\n一、2023年工作回顾\n完成税收700万元。".encode(),
            "cut.txt",
            "cut.txt：该讲话在工作安排部分之前结束",
        ),
        (b"whatever", "plan.pdf", "不是有效的 PDF 文件"),
        (b"whatever", "plan.rar", "不支持的文件类型"),
    ],
)
def test_it_refuses_files_it_cannot_use(parse, data, name, message):
    with pytest.raises(PlanImportError) as caught:
        parse(data, name)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
