"""Kinds of fault of the fourth blind set (tests/importer/blind4/, its report's kinds B, C,
F18–F19 and the confusing output): items and tables swallowed, a 印发 notice's head taken for
the title, odd target metrics. Each is written again in wordings and layouts of its own: none
of these documents copies a blind one."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of

# -- B6. an item number followed by a month or a year is an item, not a decimal ----------

MONTH_ITEMS = {
    "4.6月底前 then 5. with trailing owner brackets": (
        "青山镇2027年工作要点\n一、重点工作\n（一）水利建设\n"
        "3.新建山塘2座。（牵头单位：水利站）\n"
        "4.6月底前完成清溪河治理，治理河道3.5公里。（牵头单位：水利站；配合单位：农业办）\n"
        "5.全年新增造林1200亩。（牵头单位：林业站）\n二、保障措施\n1.加强领导。\n",
        "清溪河",
        "造林",
    ),
    "1.10月底前, item 2 follows, 、 style elsewhere": (
        "青山镇2027年重点工作安排\n一、民生实事\n"
        "1.10月底前建成村级养老服务站4个，由民政办负责。\n"
        "2.年底前改造农村危房30户，由规划建设办负责。\n二、保障措施\n1.强化督查。\n",
        "养老服务站",
        "危房",
    ),
    "2.2027年 as the item's start, full stops between": (
        "青山镇2027年工作要点\n一、产业发展\n"
        "1.引进项目5个。\n"
        "2.2027年新增规上工业企业3家。\n"
        "3.9月底前建成冷链仓储中心1处。\n二、保障措施\n1.强化督查。\n",
        "规上工业企业",
        "冷链",
    ),
}


@pytest.mark.parametrize("layout", list(MONTH_ITEMS))
def test_an_item_number_before_a_month_or_year_is_an_item(parse, layout):
    text, item, following = MONTH_ITEMS[layout]
    pledges = commitments_of(parse(text))
    texts = [p.text for p in pledges]
    (mine,) = [p for p in pledges if item in p.text]
    (after,) = [p for p in pledges if following in p.text]
    assert mine is not after, texts
    assert not mine.text[0].isdigit() or "月" in mine.text[:3] or "年" in mine.text[:5], texts
    assert not any(
        t.value in (D("4.6"), D("1.10"), D("2.2027")) for p in pledges for t in p.targets
    )
    assert after.owner not in mine.co_owners, (mine.co_owners, after.owner)
    assert mine.deadline is not None and mine.deadline.year == 2027


def test_the_month_after_the_item_number_is_the_deadline(parse):
    (first, second) = commitments_of(
        parse(
            "青山镇2027年工作要点\n一、重点工作\n4.6月底前完成清溪河治理。（牵头单位：水利站）\n"
            "5.全年新增造林1200亩。（牵头单位：林业站）\n"
        )
    )
    assert first.text.startswith("6月底前完成清溪河治理"), first.text
    assert first.deadline == datetime.date(2027, 6, 30)
    assert first.co_owners == []
    assert second.owner == "林业站" or "林业" in (second.owner or ""), second.owner


# -- B8. ``项目一：``, ``项目1、``, ``第一项：`` items of a 公示; its preamble is no pledge ---

PREAMBLE = (
    "按照《柳林街道2027年民生实事票决办法》（柳办发〔2026〕9号）要求，经居民代表会议票决，"
    "确定2027年民生实事项目3项，现予公示。公示期：2027年2月1日至2月7日。\n\n"
)
PROJECT_ITEMS = {
    "项目一：": ("项目一：", "项目二：", "项目三："),
    "项目1、": ("项目1、", "项目2、", "项目3、"),
    "第一项：": ("第一项：", "第二项：", "第三项："),
}


def _publicity(marks: tuple[str, str, str]) -> str:
    one, two, three = marks
    return (
        "关于2027年度河西社区民生实事项目的公示\n\n"
        + PREAMBLE
        + f"{one}社区食堂建设\n建设内容：新建社区食堂1处，可容纳就餐60人。\n"
        "牵头单位：河西社区居委会\n完成时限：2027年8月底前\n\n"
        f"{two}小区雨污分流改造\n责任单位：街道城建办\n完成时间：2027年10月31日前\n"
        "主要内容：改造雨污管网3.2公里。\n\n"
        f"{three}儿童友好公园\n牵头单位：街道城建办\n配合单位：河西社区居委会\n"
        "实施内容：新建儿童游乐场地2000平方米。\n完成时限：年底前\n\n"
        "公示期间如有意见，请向社区居委会反映。联系电话：0731-1234567\n\n"
        "河西社区居民委员会\n2027年2月1日\n"
    )


@pytest.mark.parametrize("numbering", list(PROJECT_ITEMS))
def test_project_numbered_items_of_a_publicity_are_pledges(parse, numbering):
    pledges = commitments_of(parse(_publicity(PROJECT_ITEMS[numbering])))
    texts = [p.text for p in pledges]
    assert len(pledges) == 3, texts
    assert not any("公示" in t or "票决" in t for t in texts), texts
    canteen, sewer, park = pledges
    assert canteen.text.startswith("社区食堂建设"), texts
    assert canteen.owner == "河西社区居委会" and canteen.co_owners == []
    assert canteen.deadline == datetime.date(2027, 8, 31)
    assert sewer.owner == "街道城建办" and sewer.co_owners == []
    assert park.co_owners == ["河西社区居委会"]
    for p in pledges:  # the 公示期 dates are no milestones
        assert all(m.due.month != 2 for m in p.milestones), p.milestones


# -- B9. labelled fields in any order: a later content line is the item's content ----------

LATE_CONTENT = {
    "建设内容 after the time and owner lines": (
        "一、养老服务中心\n完成时间：2027年6月30日前\n牵头单位：民政办\n"
        "建设内容：改造用房600平方米，设置床位20张。\n配合单位：财政所\n",
        [(D(600), "平方米"), (D(20), "张")],
    ),
    "主要内容 as the item's last line, indented": (
        "一、养老服务中心\n    责任单位：民政办\n    完成时限：三季度末\n"
        "    主要内容：改造用房600平方米，设置床位20张。\n",
        [(D(600), "平方米"), (D(20), "张")],
    ),
    "实施内容 between owner and co-owner, 时间安排 label": (
        "一、养老服务中心\n牵头单位：民政办\n实施内容：改造用房600平方米，设置床位20张。\n"
        "配合单位：财政所\n时间安排：全年\n",
        [(D(600), "平方米"), (D(20), "张")],
    ),
}


@pytest.mark.parametrize("layout", list(LATE_CONTENT))
def test_a_content_line_after_the_labels_is_the_items_content(parse, layout):
    body, targets = LATE_CONTENT[layout]
    text = (
        "柳林镇2027年民生实事项目\n"
        + body
        + "二、农村公路养护\n牵头单位：交通站\n完成时限：年底前\n建设内容：养护农村公路40公里。\n"
    )
    first, second = commitments_of(parse(text))
    assert first.text.startswith("养老服务中心"), first.text
    assert "600平方米" in first.text and "民政办" not in first.text, first.text
    assert [(t.value, t.unit) for t in first.targets] == targets
    assert first.deadline is not None and first.deadline.year == 2027
    assert [(t.value, t.unit) for t in second.targets] == [(D(40), "公里")]


@pytest.mark.parametrize(
    "line,value",
    [
        ("资金估算：约320万元", D(320)),
        ("总投资：1500万元", D(1500)),
        ("投资估算：约2.6亿元", D("2.6")),
    ],
)
def test_an_items_money_line_is_a_target(parse, line, value):
    (item,) = commitments_of(
        parse(
            "柳林镇2027年民生实事项目\n项目一：老旧小区加装电梯\n实施内容：加装电梯6部。\n"
            f"责任单位：规划建设办\n完成时间：2027年11月底前\n{line}\n"
        )
    )
    money = [t for t in item.targets if t.unit in ("万元", "亿元")]
    assert [t.value for t in money] == [value], item.targets
    assert money[0].approximate == ("约" in line)
    assert money[0].metric in ("资金估算", "总投资", "投资估算")


# -- C10–C11. a 印发 notice's head over the plan: the plan's own title and year ---------------

PLAN_BODY = (
    "一、经济发展\n1.全年引进项目8个。（牵头单位：经发办）\n"
    "2.10月底前建成农产品冷链仓库1座。（牵头单位：农业办）\n二、保障措施\n1.强化督查。\n"
)


def _notice_docx(head: list[str], title: str) -> bytes:
    import io

    import docx
    from docx.enum.text import WD_BREAK

    word = docx.Document()
    for line in head:
        word.add_paragraph(line)
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    word.add_paragraph(title, style="Title")
    for line in PLAN_BODY.splitlines():
        word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


NOTICE_HEADS = {
    "red head, number, two issuers, notice (DOCX, page break)": (
        [
            "中共松岭镇委员会文件",
            "松发〔2027〕5号",
            "中共松岭镇委员会 松岭镇人民政府",
            "关于印发《松岭镇2027年工作要点》的通知",
            "各村（社区）、镇直各单位：",
            "现将《松岭镇2027年工作要点》印发给你们，请认真贯彻落实。",
            "中共松岭镇委员会",
            "2027年2月3日",
        ],
        "松岭镇2027年工作要点",
    ),
    "government head, number with 第 (DOCX)": (
        [
            "松岭镇人民政府文件",
            "松政发〔2027〕第2号",
            "松岭镇人民政府关于印发松岭镇2027年重点工作任务清单的通知",
            "各村（社区）：",
            "现将《松岭镇2027年重点工作任务清单》印发给你们，请遵照执行。",
            "松岭镇人民政府",
            "2027年1月15日",
        ],
        "松岭镇2027年重点工作任务清单",
    ),
    "office head, bracket number (DOCX)": (
        [
            "松岭镇党政综合办公室文件",
            "松办发[2027]1号",
            "关于印发《松岭镇2027年民生实事实施方案》的通知",
            "各站所：",
            "现将方案印发给你们，请抓好落实。",
        ],
        "松岭镇2027年民生实事实施方案",
    ),
}


@pytest.mark.parametrize("layout", list(NOTICE_HEADS))
def test_a_notice_head_over_a_plan_leaves_the_plan_its_title_and_year(parse, layout):
    head, title = NOTICE_HEADS[layout]
    parsed = parse(_notice_docx(head, title), name="plan.docx")
    (doc,) = parsed.documents
    assert doc.title == title
    assert doc.plan_year == 2027
    pledges = commitments_of(parsed)
    assert [p.deadline for p in pledges] == [
        datetime.date(2027, 12, 31),
        datetime.date(2027, 10, 31),
    ]


@pytest.mark.parametrize(
    "line,title",
    [
        (
            "关于印发青禾镇2027年人居环境整治实施方案的通知青政发〔2027〕4号",
            "青禾镇2027年人居环境整治实施方案",
        ),
        ("关于印发《青禾镇2027年工作要点》的通知 青发[2027]12号", "青禾镇2027年工作要点"),
        ("青禾镇2027年重点工作安排青政办发〔2027〕7号", "青禾镇2027年重点工作安排"),
    ],
)
def test_a_document_number_glued_to_the_title_line_is_not_the_title(parse, line, title):
    parsed = parse(f"青禾镇人民政府\n{line}\n" + PLAN_BODY.replace("一、", "一、", 1))
    assert parsed.documents[0].title == title
    assert parsed.documents[0].plan_year == 2027


# -- B7. a Word table after an introductory line: each row is a pledge ----------------------


def _plan_with_table(intro: str, header: list[str], rows: list[list[str]]) -> bytes:
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("石门镇2027年工作要点", style="Title")
    word.add_paragraph("一、改善城乡面貌", style="Heading 1")
    word.add_paragraph("（一）生态治理", style="Heading 2")
    word.add_paragraph("1.全年完成植树造林600亩。（牵头单位：林业站）")
    word.add_paragraph("（二）重点项目建设", style="Heading 2")
    word.add_paragraph(intro)
    table = word.add_table(rows=1 + len(rows), cols=len(header))
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    word.add_paragraph("二、增进民生福祉", style="Heading 1")
    word.add_paragraph("3.新增城镇就业岗位200个。（牵头单位：社会事务办公室）")
    word.add_paragraph("三、保障措施", style="Heading 1")
    word.add_paragraph("（一）加强组织领导。")
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


TABLE_INTROS = {
    "numbered intro with a year, 序号 column": (
        "2.2027年安排镇级重点项目如下：",
        ["序号", "项目名称", "建设内容及目标", "责任单位", "完成时限"],
        [
            ["1", "中心小学风雨操场", "新建风雨操场1200平方米", "教育办", "2027年8月31日前"],
            [
                "2",
                "集镇污水管网改造",
                "改造管网5公里，新增纳管400户",
                "规划建设办、水利站",
                "11月底前",
            ],
        ],
    ),
    "unnumbered intro 安排如下, no 序号": (
        "重点项目安排如下：",
        ["项目名称", "建设内容及目标", "责任单位", "完成时限"],
        [
            ["中心小学风雨操场", "新建风雨操场1200平方米", "教育办", "2027年8月31日前"],
            ["集镇污水管网改造", "改造管网5公里，新增纳管400户", "规划建设办、水利站", "11月底前"],
        ],
    ),
    "具体项目见下表, columns in another order": (
        "2.今年实施重点项目2个，具体项目见下表：",
        ["项目名称", "完成时限", "牵头单位", "建设规模"],
        [
            ["中心小学风雨操场", "2027年8月31日前", "教育办", "新建风雨操场1200平方米"],
            ["集镇污水管网改造", "11月底前", "规划建设办、水利站", "改造管网5公里，新增纳管400户"],
        ],
    ),
}


@pytest.mark.parametrize("layout", list(TABLE_INTROS))
def test_each_row_of_a_table_after_an_intro_line_is_a_pledge(parse, layout):
    parsed = parse(_plan_with_table(*TABLE_INTROS[layout]), name="plan.docx")
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert not any(t.rstrip("。").endswith(("如下：", "见下表：")) for t in texts), texts
    (field,) = [p for p in pledges if "风雨操场" in p.text]
    (sewer,) = [p for p in pledges if "污水管网" in p.text]
    assert field is not sewer, texts
    assert field.owner == "教育办" or "教育" in (field.owner or ""), field.owner
    assert field.co_owners == []
    assert field.deadline == datetime.date(2027, 8, 31)
    assert [(t.value, t.unit) for t in field.targets] == [(D(1200), "平方米")]
    assert "水利站" in sewer.co_owners
    assert sewer.deadline == datetime.date(2027, 11, 30)
    assert [(t.value, t.unit) for t in sewer.targets] == [(D(5), "公里"), (D(400), "户")]
    assert any("植树造林" in t for t in texts) and any("就业岗位" in t for t in texts), texts


# -- Confusing output: an unknown-unit warning names each unit with its role ---------------

UNKNOWN_OWNERS = {
    "lead and co-owner in one 责任单位 label": (
        "1.新建村卫生室2个。\n责任单位：县卫健局、镇妇联\n完成时限：9月底前\n",
        ["牵头单位“县卫健局”", "配合单位“镇妇联”"],
    ),
    "trailing bracket with 牵头/配合 labels": (
        "1.新建村卫生室2个。（牵头单位：镇卫生院；配合单位：镇红十字会、财政所）\n",
        ["牵头单位“镇卫生院”", "配合单位“镇红十字会”"],
    ),
    "only co-owners unknown, the lead known": (
        "1.新建村卫生室2个。（牵头单位：财政所；配合单位：县医保局、县疾控中心）\n",
        ["配合单位“县医保局”", "配合单位“县疾控中心”"],
    ),
}


@pytest.mark.parametrize("layout", list(UNKNOWN_OWNERS))
def test_an_unknown_unit_warning_names_each_unit(parse, layout):
    item, named = UNKNOWN_OWNERS[layout]
    parsed = parse("白沙镇2027年工作要点\n一、社会事业\n" + item)
    warnings = [w for w in parsed.documents[0].warnings if "不在单位目录" in w]
    assert len(warnings) == len(named), warnings
    for warning, unit in zip(warnings, named, strict=True):
        assert unit in warning, warnings
        assert "、" not in warning.split("“")[1].split("”")[0], warning


# -- Confusing output: a section's title says what, not when --------------------------------

TIME_HEADS = {
    "到2027年6月底，…": (
        "（一）到2027年6月底，完成集镇污水管网改造5公里。",
        "完成集镇污水管网改造5公里",
    ),
    "2027年底前，…": ("（一）2027年底前，新建村级养老服务站4个。", "新建村级养老服务站4个"),
    "今年内，…": ("（一）今年内，新增规上工业企业3家。", "新增规上工业企业3家"),
}


@pytest.mark.parametrize("layout", list(TIME_HEADS))
def test_a_section_title_is_not_a_bare_time_phrase(parse, layout):
    first, title = TIME_HEADS[layout]
    parsed = parse(
        f"青石镇2027年工作要点\n一、重点工作\n{first}\n（二）年底前，硬化道路10公里。\n"
        "二、保障措施\n（一）加强组织领导。\n"
    )
    titles = [s.title for s in parsed.documents[0].sections]
    assert titles == [title, "硬化道路10公里"], titles


def test_a_time_line_of_its_own_is_no_pledge(parse):
    pledges = commitments_of(
        parse(
            "青石镇2027年重点工作安排\n\n到2027年底\n\n全镇新建村级养老服务站4个，由民政办负责。"
            "硬化道路10公里，由交通站负责。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "全镇新建村级养老服务站4个，由民政办负责。",
        "硬化道路10公里，由交通站负责。",
    ]


# -- F18. a cell's line that opens a new clause is joined with a separator ------------------

HEADER = ["序号", "重点任务", "牵头单位", "完成时限"]
CELLS = {
    "每所 (XLSX)": (
        "新建农村互助幸福院\n每所床位不少于20张",
        "新建农村互助幸福院，每所床位不少于20张",
    ),
    "其中 (XLSX)": ("改造农村危房60户\n其中D级危房20户", "改造农村危房60户，其中D级危房20户"),
    "确保 (CSV)": (
        "推进集镇污水管网建设\n确保年底前纳管率达到80%",
        "推进集镇污水管网建设，确保年底前纳管率达到80%",
    ),
}


@pytest.mark.parametrize("layout", list(CELLS))
def test_a_cell_line_that_opens_a_clause_is_joined_with_a_separator(parse, layout):
    from tests.importer.table_documents import xlsx

    cell, text = CELLS[layout]
    rows = [
        HEADER,
        ["1", cell, "社会事务办", "2027年10月底前"],
        ["2", "新建公厕3座", "农业办", "年底前"],
    ]
    if "CSV" in layout:
        import csv
        import io

        out = io.StringIO()
        csv.writer(out).writerows([["石岭镇2027年重点任务清单"], *rows])
        parsed = parse(out.getvalue(), name="tasks.csv")
    else:
        parsed = parse(xlsx({"任务": [["石岭镇2027年重点任务清单"], *rows]}), name="tasks.xlsx")
    first = commitments_of(parsed)[0]
    assert first.text.startswith(text), first.text
    assert all(not t.metric.endswith(("院每所床位", "危房60户其中D级危房")) for t in first.targets)


# -- F19. metric labels name what is counted ------------------------------------------------

METRICS = [
    ("推进年产5万吨有机肥加工项目建成投产。", D(5), "有机肥加工项目年产"),
    ("建设日处理200吨的垃圾中转站项目，力争年内建成。", D(200), "垃圾中转站项目日处理"),
    ("新建装机容量20兆瓦光伏电站并网发电。", D(20), "光伏电站装机容量"),
    ("城乡居民人均可支配收入分别增长6%和7.5%。", D("7.5"), "城乡居民人均可支配收入分别增长"),
    ("粮食和油料产量分别达到3万吨、0.8万吨。", D("0.8"), "油料产量"),  # one metric each (分别)
    ("2027年新建农村卫生户厕500户。", D(500), "新建农村卫生户厕"),
    ("到2026年底前完成农房风貌改造300栋。", D(300), "农房风貌改造"),
    ("便民服务中心要在年内实现60项事项“掌上办”。", D(60), "事项“掌上办”"),
    ("新建农村互助幸福院，每所床位不少于20张，2所。", D(2), "新建农村互助幸福院"),
]


@pytest.mark.parametrize("sentence,value,metric", METRICS)
def test_a_metric_names_what_is_counted(sentence: str, value: D, metric: str) -> None:
    from commitments.importer.normalize import normalize
    from commitments.importer.targets import find_targets

    targets = {t.value: t.metric for t in find_targets(normalize(sentence), sentence)}
    assert targets[value] == metric, targets


# -- B9 (targets of a labelled item's lines): a count with its total, a batch's count --------

COUNTS = [
    ("改造建设巷、光明巷等背街小巷6条共2.3公里。", (D(6), "条")),
    ("硬化通组道路、入户道路12条共18公里。", (D(12), "条")),
    ("整治城南、城北等片区背街小巷9条共4.5公里。", (D(9), "条")),
    ("分两批实施，第一批4条7月底前完工，第二批年底前完工。", (D(4), "条")),
    ("分三期推进，第二期3个小区9月底前完成。", (D(3), "个")),
    ("第一阶段5座6月底前建成，其余年底前建成。", (D(5), "座")),
]


@pytest.mark.parametrize("sentence,target", COUNTS)
def test_a_count_with_its_total_or_a_batchs_count_is_a_target(sentence: str, target) -> None:
    from commitments.importer.normalize import normalize
    from commitments.importer.targets import find_targets

    found = [(t.value, t.unit) for t in find_targets(normalize(sentence), sentence)]
    assert target in found, found


@pytest.mark.parametrize(
    "sentence", ["覆盖全镇10个村共3万人。", "辖区有小区8个共2100户。", "全镇有村9个共4.2万人。"]
)
def test_a_count_that_describes_the_town_stays_no_target(sentence: str) -> None:
    from commitments.importer.normalize import normalize
    from commitments.importer.targets import find_targets

    units = [t.unit for t in find_targets(normalize(sentence), sentence)]
    assert "个" not in units, units


@pytest.mark.parametrize("mark", ["★", "◆", "■"])
def test_marked_items_of_a_publicity_are_pledges(parse, mark):
    pledges = commitments_of(parse(_publicity((mark, mark, mark))))
    texts = [p.text for p in pledges]
    assert len(pledges) == 3, texts
    assert not any("公示" in t or "票决" in t for t in texts), texts
    assert pledges[0].text.startswith("社区食堂建设"), texts
    assert pledges[0].deadline == datetime.date(2027, 8, 31)
    assert pledges[2].co_owners == ["河西社区居委会"]


# -- F19. a 量化指标 cell that is only a count belongs to its task's words ---------------------

QUANTITY_CELLS = [
    ("引进规模以上工业企业", "3家", "引进规模以上工业企业3家", "引进规模以上工业企业"),
    ("开展适龄妇女免费体检", "1500人次", "开展适龄妇女免费体检1500人次", "开展适龄妇女免费体检"),
    ("新增市场主体", "300户以上", "新增市场主体300户以上", "新增市场主体"),
    (
        "新建农村幸福院，每所床位不少于20张",
        "2所",
        "新建农村幸福院，每所床位不少于20张，2所",
        "新建农村幸福院",
    ),
]


@pytest.mark.parametrize("task,count,text,metric", QUANTITY_CELLS)
def test_a_bare_count_cell_is_joined_to_its_task(parse, task, count, text, metric):
    from tests.importer.table_documents import xlsx

    rows = [
        ["石岭镇2027年重点任务清单"],
        ["序号", "重点任务", "量化指标", "牵头单位", "完成时限"],
        ["1", task, count, "经发办", "年底前"],
        ["2", "新建公厕3座", "", "农业办", "9月底前"],
    ]
    first = commitments_of(parse(xlsx({"清单": rows}), name="tasks.xlsx"))[0]
    assert first.text == text
    assert first.targets[-1].metric == metric, first.targets
