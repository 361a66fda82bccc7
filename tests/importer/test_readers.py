"""Reading files as people leave them (issue 12) and refusing the hostile ones
(issue 19): Word's final view, PDFs with and without a text layer, old Office
formats, zip bombs and oversized files, control characters."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest

from commitments.importer import PlanImportError
from commitments.importer.readers import limits
from commitments.models import Commitment, Plan
from commitments.services.plan_import import import_plan_file
from tests.importer.table_documents import pdf, scanned_pdf
from tests.importer.unseen import day, targets_of
from tests.importer.word_documents import (
    block_control,
    complex_field,
    date_picker,
    deleted,
    document,
    inserted,
    picture,
    placeholder,
    run,
    simple_field,
    smart_tag,
    table,
    text_box,
)

# -- Word as people leave it -------------------------------------------------------


def test_it_reads_words_final_view_of_tracked_changes_and_a_date_picker(parse):
    data = document(
        run("石门镇2025年重点工作要点"),
        run("一、产业发展"),
        run("新建蔬菜大棚")
        + deleted("10")
        + inserted("20")
        + run("栋，")
        + date_picker("6月底前")
        + run("完工。"),
        deleted("新建冷库3座。"),
        run("二、民生保障") + inserted("与社会治理"),
        run("改造村道") + complex_field("MERGEFIELD 里程", "12") + run("公里。"),
    )
    doc = parse(data, "points.docx").documents[0]
    assert [s.title for s in doc.sections] == ["产业发展", "民生保障与社会治理"]
    sheds, roads = doc.commitments()
    assert sheds.text == "新建蔬菜大棚20栋，6月底前完工。"
    assert targets_of(sheds) == [(Decimal(20), "栋", ">=")]
    assert sheds.deadline == day("2025-06-30")  # the date picker keeps its deadline
    assert roads.text == "改造村道12公里。"  # the field's result, not its code


def test_it_reads_text_boxes_content_controls_smart_tags_and_fields(parse):
    data = document(
        run("白沙镇2025年工作计划"),
        block_control(run("一、项目建设"), run("引进项目") + smart_tag("3") + run("个。")),
        run("二、基础设施") + text_box("新建村级光伏电站2座，年底前并网发电。"),
        run("硬化通组道路")
        + simple_field("=10+5", "15")
        + run("公里，")
        + simple_field("DATE", "三季度末")
        + run("前完工。"),
        run(placeholder("单击或点击此处输入文字。")),
    )
    doc = parse(data, "plan.docx").documents[0]
    assert [s.title for s in doc.sections] == ["项目建设", "基础设施"]
    assert [c.text for c in doc.commitments()] == [
        "引进项目3个。",
        "新建村级光伏电站2座，年底前并网发电。",
        "硬化通组道路15公里，三季度末前完工。",
    ]
    assert doc.commitments()[2].deadline == day("2025-09-30")
    assert not any("单击" in c.text for c in doc.commitments())


def test_it_reads_a_table_with_tracked_row_changes_as_words_final_view(parse):
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "新建村级光伏电站3座", "经发办", "年底前"],
        ["2", "新建冷库5座", "农业农村办", "9月底前"],
        ["3", "改造农村公路12公里", "自然资源所", "10月底前"],
    ]
    data = document(run("2025年重点任务清单"), table(rows, deleted_rows=(2,), inserted_rows=(3,)))
    doc = parse(data, "tasks.docx").documents[0]
    assert [c.text for c in doc.commitments()] == ["新建村级光伏电站3座", "改造农村公路12公里"]
    assert doc.commitments()[1].deadline == day("2025-10-31")


def test_it_warns_about_pictures_it_cannot_read(parse):
    data = document(
        run("青山镇2025年工作要点"),
        run("一、重点工作"),
        run("新建公厕10座。"),
        picture(),
    )
    doc = parse(data, "scan-inside.docx").documents[0]
    assert len(doc.commitments()) == 1
    assert any("1 张图片" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("name", "fix"),
    [("plan.doc", ".docx"), ("plan.wps", ".docx"), ("ledger.xls", ".xlsx"), ("ledger.et", ".xlsx")],
)
def test_it_names_the_fix_for_old_office_formats(parse, name, fix):
    with pytest.raises(PlanImportError) as caught:
        parse(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, name)
    assert f"另存为 {fix}" in str(caught.value) and name in str(caught.value)


def test_it_asks_to_remove_the_password_of_an_encrypted_docx(parse):
    data = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(PlanImportError) as caught:
        parse(data + b"\x00" * 100, "locked.docx")
    assert "密码" in str(caught.value) and "locked.docx" in str(caught.value)


def test_it_recognizes_an_old_word_file_whatever_its_name(parse):
    with pytest.raises(PlanImportError) as caught:
        parse(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "plan")
    assert "另存为 .docx" in str(caught.value)


# -- PDF ------------------------------------------------------------------------------


def test_it_reads_a_pdf_with_its_text_layer_and_a_table(parse):
    data = pdf(
        [
            ("line", "2025年民生实事项目清单"),
            ("line", "为切实办好民生实事，现将2025年民生实事项目分解如下。"),
            (
                "table",
                [
                    ["序号", "项目内容", "责任单位", "完成时间", "备注"],
                    ["1", "新建幼儿园2所", "社会事务办", "2025年8月", "续建"],
                    [
                        "2",
                        "改造老旧小区3个，惠及居民1200户",
                        "自然资源所",
                        "2025年11月",
                        "新开工5个",
                    ],
                ],
            ),
        ]
    )
    parsed = parse(data, "minsheng.pdf")
    doc = parsed.documents[0]
    assert (doc.title, doc.plan_year) == ("2025年民生实事项目清单", 2025)
    schools, estates = doc.commitments()
    assert (schools.text, schools.owner, schools.deadline) == (
        "新建幼儿园2所",
        "社会事务办公室",
        day("2025-08-31"),
    )
    assert (estates.owner, estates.deadline) == ("自然资源所", day("2025-11-30"))
    assert targets_of(estates) == [(Decimal(3), "个", ">="), (Decimal(1200), "户", ">=")]
    assert parsed.source_text[schools.start : schools.end] == schools.text


def test_it_reads_a_pdf_speech_and_a_table_running_over_a_page_break(parse):
    rows = [["序号", "工作任务", "牵头单位", "完成时限"]]
    rows += [[str(n), f"新建村级文化广场{n}个", "文化站", "10月底前"] for n in range(1, 31)]
    data = pdf(
        [
            ("line", "杨柳镇2025年重点工作任务分解表"),
            ("table", rows),
        ]
    )
    doc = parse(data, "tasks.pdf").documents[0]
    assert len(doc.commitments()) == 30
    assert {c.owner for c in doc.commitments()} == {"文化站"}
    assert doc.commitments()[-1].text == "新建村级文化广场30个"


def test_it_reads_a_pdf_of_prose(parse):
    data = pdf(
        [
            ("line", "河口镇2025年工作要点"),
            ("line", "一、抓产业发展"),
            ("line", "新建高标准农田5000亩，6月底前完工。引进农产品加工企业2家。"),
            ("page", None),
            ("line", "二、抓民生保障"),
            ("line", "城乡居民医保参保率达到95%以上。"),
        ]
    )
    doc = parse(data, "points.pdf").documents[0]
    assert [s.title for s in doc.sections] == ["抓产业发展", "抓民生保障"]
    assert [len(s.commitments) for s in doc.sections] == [2, 1]
    assert doc.commitments()[0].deadline == day("2025-06-30")


def test_it_joins_lines_the_pdf_layout_wrapped(parse):
    data = pdf(
        [
            ("line", "关于白沙镇2024年工作总结及2025年工作打算的报告"),
            ("line", "一、2024年工作总结"),
            ("line", "全年实现财政收入3600万元，新建乡村振兴示范点3个，各项工作取得了明显成效。"),
            ("line", "二、2025年工作打算"),
            (
                "line",
                "（一）着力推动产业升级。新建生态茶园800亩，改造低产茶园1200亩，茶叶综合产值"
                "达到1.5亿元；打造精品民宿集群1个，全年接待游客突破30万人次，5月底前完成白沙溪"
                "景区游客服务中心建设。",
            ),
            (
                "line",
                "（二）着力补齐民生短板。家庭医生签约服务覆盖率达到75%，重点人群签约率不低于90%。",
            ),
        ]
    )
    doc = parse(data, "report.pdf").documents[0]
    assert [c.text for c in doc.commitments()] == [
        "新建生态茶园800亩，改造低产茶园1200亩，茶叶综合产值达到1.5亿元；",
        "打造精品民宿集群1个，全年接待游客突破30万人次，5月底前完成白沙溪景区游客服务中心建设。",
        "家庭医生签约服务覆盖率达到75%，重点人群签约率不低于90%。",
    ]


def test_it_asks_for_ocr_for_a_scanned_pdf(parse):
    with pytest.raises(PlanImportError) as caught:
        parse(scanned_pdf(), "scan.pdf")
    message = str(caught.value)
    assert "扫描件" in message and "OCR" in message and "scan.pdf" in message


def test_it_warns_about_scanned_pages_inside_a_text_pdf(parse):
    from fpdf import FPDF
    from PIL import Image

    from tests.importer.table_documents import cjk_font

    document = FPDF()
    document.add_font("wqy", fname=cjk_font())
    document.set_font("wqy", size=11)
    document.add_page()
    for line in ("西河镇2025年工作要点", "一、抓产业", "新建大棚20栋，6月底前完工。"):
        document.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    document.add_page()
    document.image(Image.new("RGB", (300, 400), "gray"), x=10, y=10, w=150)
    doc = parse(bytes(document.output()), "mixed.pdf").documents[0]
    assert len(doc.commitments()) == 1
    assert any("第 2 页" in w and "扫描" in w for w in doc.warnings)


def test_it_refuses_a_broken_pdf(parse):
    with pytest.raises(PlanImportError) as caught:
        parse(b"%PDF-1.7\n" + b"garbage" * 100, "broken.pdf")
    assert "不是有效的 PDF 文件" in str(caught.value)


# -- limits (issue 19) -----------------------------------------------------------------


def _bomb(part: str, size: int, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, b"<w:t>" + b" " * size + b"</w:t>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "part"),
    [("bomb.docx", "word/document.xml"), ("bomb.xlsx", "xl/worksheets/sheet1.xml")],
)
def test_it_refuses_a_zip_bomb_before_parsing_and_writes_nothing(departments, name, part):
    data = _bomb(part, 70 * 1024 * 1024)
    assert len(data) < 200 * 1024
    with pytest.raises(PlanImportError) as caught:
        import_plan_file(data, name)
    assert "已拒绝导入" in str(caught.value) and name in str(caught.value)
    assert not Plan.objects.exists() and not Commitment.objects.exists()


def test_it_refuses_a_highly_compressed_entry_and_too_many_entries(parse):
    with pytest.raises(PlanImportError) as caught:
        parse(_bomb("word/document.xml", 5 * 1024 * 1024), "ratio.docx")
    assert "压缩比" in str(caught.value)
    many = {f"word/media/{n}.xml": b"x" for n in range(limits.MAX_ZIP_ENTRIES + 1)}
    with pytest.raises(PlanImportError) as caught:
        parse(_bomb("word/document.xml", 10, many), "many.docx")
    assert "文件过多" in str(caught.value)


def test_it_refuses_oversized_files_of_every_kind(parse):
    big = b"a" * (limits.MAX_FILE_BYTES + 1)
    for name in ("big.pdf", "big.docx", "big.xlsx"):
        with pytest.raises(PlanImportError) as caught:
            parse(big, name)
        assert "超过 20 MB" in str(caught.value)
    with pytest.raises(PlanImportError) as caught:
        parse(b"a" * (limits.MAX_TEXT_BYTES + 1), "big.txt")
    assert "超过 2 MB" in str(caught.value)


def test_it_refuses_a_pdf_with_too_many_pages(parse, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    monkeypatch.setattr("commitments.importer.readers.pdf.MAX_PDF_PAGES", 2)
    data = pdf(
        [("line", "第一页"), ("page", None), ("line", "第二页"), ("page", None), ("line", "三")]
    )
    with pytest.raises(PlanImportError) as caught:
        parse(data, "long.pdf")
    assert "超过 2 页" in str(caught.value)


def test_it_cleans_control_characters_at_the_edge(parse):
    text = (
        "城东镇2025年工作要点\n一、抓产业\x07\n新建大棚\x0820栋。\x1b\n"
        "二、抓民生\n新增就业岗位300个。\x0c"
    )
    parsed = parse(text, "plan.txt")
    parsed_csv = parse(
        "序号,工作任务,责任单位\n1,新建大棚\x0120栋\x7f,农业农村办\n".encode(), "t.csv", year=2025
    )
    for result in (parsed, parsed_csv):
        assert not limits.CONTROL.search(result.source_text)
        assert all(not limits.CONTROL.search(c.text) for c in result.documents[0].commitments())
    assert parsed.documents[0].commitments()[0].text == "新建大棚20栋。"
    assert parse(text, "plan\x07\x1b.txt").filename == "plan.txt"


def test_it_refuses_a_pdf_whose_streams_inflate_beyond_the_limit(departments):
    import zlib

    squeezer = zlib.compressobj(9)
    zeros = b"\x00" * (1024 * 1024)
    body = b"".join(
        squeezer.compress(zeros) for _ in range(limits.MAX_PDF_INFLATED // len(zeros) + 8)
    )
    body += squeezer.flush()
    data = (
        b"%%PDF-1.4\n1 0 obj\n<</Length %d/Filter/FlateDecode>>\nstream\n" % len(body)
        + body
        + b"\nendstream\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n"
    )
    assert len(data) < 300 * 1024
    with pytest.raises(PlanImportError) as caught:
        import_plan_file(data, "bomb.pdf")
    assert "已拒绝导入" in str(caught.value) and "bomb.pdf" in str(caught.value)
    assert not Plan.objects.exists()
