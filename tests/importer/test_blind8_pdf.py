"""PDF pages set in columns (the eighth blind set's 03): read column by column.

A 街道 or 县 office often sets a 责任清单 in two or three columns under a full-width title,
and may mix full-width paragraphs and columned parts on one page. Read straight across, the
columns interleave line by line and items lose their owners and deadlines to their neighbours.
The PDFs here are typeset in the test with fpdf2's text columns, in several layouts; none is
taken from the blind document.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of

ITEMS_A = [
    (
        "1、新建改建农村公路18公里，完成危桥改造3座，年底前全部交工验收。",
        ["牵头单位：县交通运输局", "配合单位：县财政局、各乡镇", "完成时限：2031年11月底前"],
    ),
    (
        "2、建成乡镇污水处理站4座，配套管网26公里，生活污水集中处理率达到85%。",
        ["牵头单位：县住建局", "配合单位：县生态环境分局", "完成时限：2031年9月30日"],
    ),
    (
        "3、新增城镇就业2600人，开展职业技能培训3000人次，零就业家庭动态清零。",
        ["牵头单位：县人社局", "配合单位：县总工会、县妇联", "完成时限：2031年12月31日"],
    ),
    (
        "4、改造提升农贸市场5个，新建便民停车位800个，二季度完成市场改造方案。",
        ["牵头单位：县商务局", "配合单位：县市场监管局", "完成时限：2031年10月底前"],
    ),
    (
        "5、实施中小学校舍维修工程12项，新增学位1500个，秋季开学前投入使用。",
        ["牵头单位：县教育局", "配合单位：县财政局", "完成时限：2031年8月31日"],
    ),
    (
        "6、完成适老化改造困难老年人家庭300户，新建农村互助养老点20个。",
        ["牵头单位：县民政局", "配合单位：县残联、各乡镇", "完成时限：2031年6月底前"],
    ),
]
ITEMS_B = [
    (
        "7、新建标准化村级卫生室8个，配备家庭医生签约团队40个，重点人群签约率达到75%。",
        ["牵头单位：县卫健局", "配合单位：县医保局", "完成时限：2031年9月底前"],
    ),
    (
        "8、完成农村户厕改造1200户，新建农村公厕30座，三季度完成验收。",
        ["牵头单位：县农业农村局", "配合单位：各乡镇", "完成时限：2031年10月31日"],
    ),
    (
        "9、建成城乡公交候车亭60个，开通镇村公交线路4条，群众出行更加便捷。",
        ["牵头单位：县交通运输局", "配合单位：县公交公司", "完成时限：2031年12月底前"],
    ),
    (
        "10、为城乡低保对象发放临时救助资金500万元，救助困难群众2000人次以上。",
        ["牵头单位：县民政局", "配合单位：县财政局", "完成时限：2031年12月31日"],
    ),
    (
        "11、新建社区文体活动中心3个，举办全民健身赛事活动20场次。",
        ["牵头单位：县文旅局", "配合单位：县体育中心", "完成时限：2031年11月30日"],
    ),
    (
        "12、改造城区燃气老旧管道15公里，完成入户安全检查3.5万户。",
        ["牵头单位：县住建局", "配合单位：县燃气公司、各社区", "完成时限：2031年7月底前"],
    ),
]
#: What each item above must give: a phrase of its pledge, lead, co-owners, deadline.
EXPECTED_A = [
    ("新建改建农村公路18公里", "县交通运输局", ["县财政局", "各乡镇"], "2031-11-30"),
    ("建成乡镇污水处理站4座", "县住建局", ["县生态环境分局"], "2031-09-30"),
    ("新增城镇就业2600人", "县人社局", ["县总工会", "县妇联"], "2031-12-31"),
    ("改造提升农贸市场5个", "县商务局", ["县市场监管局"], "2031-10-31"),
    ("实施中小学校舍维修工程12项", "县教育局", ["县财政局"], "2031-08-31"),
    ("完成适老化改造困难老年人家庭300户", "县民政局", ["县残联", "各乡镇"], "2031-06-30"),
]
EXPECTED_B = [
    ("新建标准化村级卫生室8个", "县卫健局", ["县医保局"], "2031-09-30"),
    ("完成农村户厕改造1200户", "县农业农村局", ["各乡镇"], "2031-10-31"),
    ("建成城乡公交候车亭60个", "县交通运输局", ["县公交公司"], "2031-12-31"),
    ("为城乡低保对象发放临时救助资金500万元", "县民政局", ["县财政局"], "2031-12-31"),
    ("新建社区文体活动中心3个", "县文旅局", ["县体育中心"], "2031-11-30"),
    ("改造城区燃气老旧管道15公里", "县住建局", ["县燃气公司", "各社区"], "2031-07-31"),
]


def _columns_pdf(blocks: list[tuple], *, page_break_after: int | None = None) -> bytes:
    """A PDF of full-width blocks ``("wide", size, text, align)`` and columned blocks
    ``("columns", ncols, paragraphs, balance)``; each paragraph is a list of (size, text)."""
    from fpdf import FPDF

    from tests.importer.table_documents import cjk_font

    document = FPDF(format="A4")
    document.add_font("cjk", fname=cjk_font())
    document.set_auto_page_break(auto=True, margin=18)
    document.set_margins(20, 20, 20)
    document.add_page()
    for n, block in enumerate(blocks):
        if block[0] == "wide":
            _, size, text, align = block
            document.set_font("cjk", size=size)
            document.multi_cell(0, size * 0.6, text, align=align, new_x="LMARGIN", new_y="NEXT")
            document.ln(2)
        else:
            _, ncols, paragraphs, balance = block
            with document.text_columns(
                ncols=ncols, gutter=7, text_align="J", line_height=1.4, balance=balance
            ) as columns:
                for paragraph in paragraphs:
                    for size, text in paragraph:
                        document.set_font("cjk", size=size)
                        columns.write(text + "\n")
                    columns.write("\n")
            document.ln(2)
        if page_break_after == n:
            document.add_page()
    return bytes(document.output())


def _items(items: list[tuple[str, list[str]]], size: float = 10) -> list[list[tuple]]:
    return [[(size, head), *((size, line) for line in lines)] for head, lines in items]


def _text(data: bytes) -> str:
    from commitments.importer.readers.pdf import read_pdf

    text, _ = read_pdf(data, "columns.pdf")
    return text


def _check(parsed, expected) -> None:
    found = commitments_of(parsed)
    assert len(found) == len(expected), [c.text for c in found]
    for key, owner, co_owners, deadline in expected:
        pledge = next((c for c in found if key in c.text), None)
        assert pledge is not None, key
        assert (pledge.owner, list(pledge.co_owners)) == (owner, co_owners), key
        assert pledge.deadline.isoformat() == deadline, key
        assert not any(label in pledge.text for label in ("牵头单位", "配合单位", "完成时限"))


TITLE = [
    ("wide", 10, "平川县重点办〔2031〕2号", "L"),
    ("wide", 16, "平川县2031年重点民生任务分工清单", "C"),
]


@pytest.mark.parametrize("balance", [False, True], ids=["left-column-filled-first", "balanced"])
def test_it_reads_two_columns_under_a_full_width_title_column_by_column(parse, balance):
    data = _columns_pdf([*TITLE, ("columns", 2, _items(ITEMS_A + ITEMS_B), balance)])

    text = _text(data)
    lines = text.split("\n")
    assert lines[:2] == ["平川县重点办〔2031〕2号", "平川县2031年重点民生任务分工清单"]
    heads = [lines.index(head) for head, _ in ITEMS_A + ITEMS_B]
    assert heads == sorted(heads)  # item 1 … 12, as numbered
    for (_, labels), at in zip(ITEMS_A + ITEMS_B, heads, strict=True):
        assert lines[at + 1 : at + 4] == labels  # each item's labelled lines right under it
    parsed = parse(data, "qingdan.pdf")
    assert parsed.documents[0].plan_year == 2031
    _check(parsed, EXPECTED_A + EXPECTED_B)


def test_it_reads_three_columns_left_to_right(parse):
    items = [
        (
            "1、更换城区老旧路灯420盏，主干道亮灯率达到98%。",
            ["责任单位：县城管局", "完成时限：5月底前"],
        ),
        ("2、新建口袋公园6个，新增绿地面积3.2公顷。", ["责任单位：县住建局", "完成时限：三季度末"]),
        (
            "3、疏浚城区河道9公里，清理河道淤泥1.5万立方米。",
            ["责任单位：县水务局", "完成时限：汛期前"],
        ),
        (
            "4、新增公共充电桩150个，覆盖全部城区小区。",
            ["责任单位：县发改局", "完成时限：2031年10月"],
        ),
        (
            "5、改造背街小巷14条，同步完成雨污分流改造。",
            ["责任单位：县城管局", "完成时限：11月底前"],
        ),
        (
            "6、建成智慧停车平台1个，接入公共泊位2000个。",
            ["责任单位：县公安局", "完成时限：年底前"],
        ),
        ("7、新建和改造城市公厕24座，实现免费开放。", ["责任单位：县城管局", "完成时限：9月底前"]),
        (
            "8、修缮老旧供水管网32公里，漏损率降到10%以下。",
            ["责任单位：县水务局", "完成时限：2031年12月"],
        ),
        ("9、绿化提升城区道路8条，补植行道树1200株。", ["责任单位：县林业局", "完成时限：上半年"]),
    ]
    data = _columns_pdf(
        [("wide", 15, "2031年城市更新重点项目清单", "C"), ("columns", 3, _items(items), True)]
    )

    lines = _text(data).split("\n")
    assert lines[0] == "2031年城市更新重点项目清单"
    heads = [lines.index(head) for head, _ in items]
    assert heads == sorted(heads)  # item 1 … 9, as numbered
    for (_, labels), at in zip(items, heads, strict=True):
        assert lines[at + 1 : at + 3] == labels
    found = commitments_of(parse(data, "qingdan.pdf"))
    assert [c.owner for c in found] == [
        "县城管局",
        "县住建局",
        "县水务局",
        "县发改局",
        "县城管局",
        "县公安局",
        "县城管局",
        "县水务局",
        "县林业局",
    ]
    assert [c.deadline.isoformat() for c in found][:2] == ["2031-05-31", "2031-09-30"]
    assert [c.deadline.isoformat() for c in found][-2:] == ["2031-12-31", "2031-06-30"]


def test_it_reads_a_columned_part_under_a_full_width_paragraph_and_a_full_width_close(parse):
    preamble = (
        "为推动2031年各项民生实事落地见效，经县政府常务会议研究，现将重点任务分解如下。"
        "2030年，全县完成民生支出38.6亿元，各牵头单位每月10日前报送进展情况。"
    )
    closing = (
        "各牵头单位要细化工作方案，明确时间节点，每季度末向县政府督查室书面报告进展，"
        "督查室将适时开展专项督查并通报结果。"
    )
    data = _columns_pdf(
        [
            *TITLE,
            ("wide", 10.5, preamble, "J"),
            ("columns", 2, _items(ITEMS_A[:4]), True),
            ("wide", 10.5, closing, "J"),
        ]
    )

    lines = _text(data).split("\n")
    assert lines[2] == preamble  # the full-width paragraph whole, before the columns
    assert lines[-1] == closing  # and the closing one after them
    heads = [lines.index(head) for head, _ in ITEMS_A[:4]]
    assert heads == sorted(heads)
    _check(parse(data, "qingdan.pdf"), EXPECTED_A[:4])


def test_it_reads_columns_with_category_headings_over_a_page_break(parse):
    paragraphs = [[(12, "一、基础设施")], *_items(ITEMS_A[:3])]
    paragraphs += [[(12, "二、民生服务")], *_items(ITEMS_A[3:])]
    data = _columns_pdf(
        [
            *TITLE,
            ("columns", 2, paragraphs[:4], True),
            ("columns", 2, paragraphs[4:], False),
        ],
        page_break_after=2,
    )

    lines = _text(data).split("\n")
    assert lines.index("一、基础设施") < lines.index(ITEMS_A[0][0])
    assert lines.index(ITEMS_A[2][0]) < lines.index("二、民生服务") < lines.index(ITEMS_A[3][0])
    _check(parse(data, "qingdan.pdf"), EXPECTED_A)


def test_it_keeps_a_persons_line_with_a_phone_number_out_of_targets_and_owners(parse):
    items = [
        (head, [lines[0], person, *lines[1:]])
        for (head, lines), person in zip(
            ITEMS_A,
            [
                "责任人：王建军　联系电话：0731-86213345",
                "责任人：李芳　13974120086",
                "责任领导：赵刚（电话：13807316621）",
                "联系人：陈晓，电话0731-86219087",
                "责任人：孙伟　15211008899",
                "责任人及电话：周红 0731-86218800",
            ],
            strict=True,
        )
    ]
    data = _columns_pdf([*TITLE, ("columns", 2, _items(items), True)])

    parsed = parse(data, "qingdan.pdf")
    _check(parsed, EXPECTED_A)
    for pledge in commitments_of(parsed):
        numbers = {int(t.value) for t in pledge.targets}
        assert numbers.isdisjoint({731, 86213345, 13974120086, 13807316621, 15211008899})
        assert not any(name in pledge.text for name in ("王建军", "李芳", "赵刚", "陈晓", "周红"))


def test_it_reads_a_single_column_form_with_spaced_labels_across(parse):
    """A label and its value far apart on three lines are a form, not two columns."""
    from fpdf import FPDF

    from tests.importer.table_documents import cjk_font

    document = FPDF(format="A4")
    document.add_font("cjk", fname=cjk_font())
    document.add_page()
    document.set_font("cjk", size=16)
    document.cell(0, 12, "2031年农村饮水安全巩固提升任务", align="C", new_x="LMARGIN", new_y="NEXT")
    document.set_font("cjk", size=11)
    document.multi_cell(
        0,
        7,
        "1、完成农村供水管网改造46公里，农村自来水普及率达到98%，年底前完成。",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for label, value in [
        ("责任单位：县水务局", "完成时限：2031年10月底"),
        ("配合单位：各乡镇", "责任人：吴强"),
        ("联系人：刘敏", "电话：0731-86210001"),
    ]:
        document.cell(90, 7, label)
        document.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    data = bytes(document.output())

    text = _text(data)
    assert "责任单位：县水务局 完成时限：2031年10月底" in text
    assert "联系人：刘敏 电话：0731-86210001" in text
