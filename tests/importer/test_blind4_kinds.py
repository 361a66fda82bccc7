"""Kinds of fault a fourth blind tester found (a 书记 speech, an XLSX 任务清单, a CSV in odd
column order, PDF-style hard-broken text, a 街道 plan nested （一）/1./（1）), each written
again in wordings and layouts of its own: none of these documents copies a blind one."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

# -- 1. page furniture (page numbers, a running title) in mid-sentence ------------------

PAGE_BREAKS = {
    "- 3 - then the title again, blank lines around": (
        "2026年石桥镇工作要点\n\n一、重点任务\n\n（一）推进城镇更新。今年完成老旧小区改造3个，"
        "9月底前完成\n\n- 3 -\n\n2026年石桥镇工作要点\n\n改造。\n\n（二）新建农贸市场1个。\n\n"
        "（三）硬化道路10公里。\n\n二、保障措施\n\n（一）加强组织领导。\n"
    ),
    "第 2 页 共 5 页 then the title, no blank lines, numbered 1.": (
        "石桥镇2026年工作要点\n一、重点任务\n1.推进城镇更新，完成老旧小区改造3个，9月底前完成\n"
        "第 2 页 共 5 页\n石桥镇2026年工作要点\n改造任务。\n2.新建农贸市场1个。\n"
        "3.硬化道路10公里。\n二、保障措施\n1.加强组织领导。\n"
    ),
    "a running header above —4— and a page number on the header's line": (
        "石桥镇人民政府\n2026年重点工作安排\n\n一、经济发展\n\n（一）全年引进项目5个，完成固定资产投资"
        "\n\n2026年重点工作安排\n\n—4—\n\n8亿元。\n\n（二）新建标准厂房2万平方米，\n\n"
        "2026年重点工作安排  - 5 -\n\n年底前交付使用。\n\n（三）新增市场主体300户。\n\n"
        "二、保障措施\n\n（一）强化督查。\n"
    ),
}


@pytest.mark.parametrize("layout", list(PAGE_BREAKS))
def test_page_furniture_in_mid_sentence_is_removed_and_the_sentence_rejoined(parse, layout):
    parsed = parse(PAGE_BREAKS[layout])
    assert len(parsed.documents) == 1
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert len(texts) == 3, texts
    assert not any("\n" in t or "工作要点" in t or "工作安排" in t for t in texts), texts
    assert not any("组织领导" in t or "督查" in t for t in texts), texts
    first = texts[0]
    assert first.endswith(("完成改造。", "完成改造任务。", "完成固定资产投资8亿元。")), first


def test_a_page_number_alone_between_two_halves_of_a_sentence(parse):
    (first, second) = commitments_of(
        parse(
            "2026年石桥镇工作要点\n一、重点任务\n1.实施道路硬化，全年硬化道路\n\n·7·\n\n10公里。\n"
            "2.新建公厕3座。\n"
        )
    )
    assert first.text.endswith("全年硬化道路10公里。")
    assert [(t.value, t.unit) for t in first.targets] == [(D(10), "公里")]
    assert second.text == "新建公厕3座。"


def test_a_heading_before_a_page_break_is_not_joined_to_the_body(parse):
    pledges = commitments_of(
        parse(
            "2026年石桥镇工作要点\n一、经济发展\n\n- 2 -\n\n2026年石桥镇工作要点\n\n"
            "（一）引进项目5个。\n（二）新建厂房2万平方米。\n二、社会事业\n（一）新建幼儿园1所。\n"
        )
    )
    assert [p.text for p in pledges] == ["引进项目5个。", "新建厂房2万平方米。", "新建幼儿园1所。"]


PAGED_BODY = (
    "2026年石桥镇工作要点\n一、经济发展\n（一）新建标准厂房3万平方米，年底前交付使{cut1}"
    "用，盘活闲置土地200亩。\n{cut2}（二）新建幼儿园1所，改造校舍2000平方米，8月底前完成主{cut3}"
    "体工程建设。\n二、保障措施\n（一）加强组织领导。\n"
)


@pytest.mark.parametrize(
    "cut,furniture",
    [
        ("cut1", "\n— 3 —\n石桥镇2026年工作要点\n"),  # a header seen once, worded unlike the title
        ("cut2", "\n石桥镇人民政府\n第 2 页\n\n"),  # a footer after a sentence's end
        ("cut3", "\n\n石桥镇人民政府文件  ·2·\n\n"),  # a header carrying its page number
    ],
)
def test_a_running_header_or_footer_seen_once_is_page_furniture(parse, cut, furniture):
    cuts = {"cut1": "", "cut2": "", "cut3": "", cut: furniture}
    pledges = commitments_of(parse(PAGED_BODY.format(**cuts)))
    assert [p.text for p in pledges] == [
        "新建标准厂房3万平方米，年底前交付使用，盘活闲置土地200亩。",
        "新建幼儿园1所，改造校舍2000平方米，8月底前完成主体工程建设。",
    ]


def test_a_body_line_or_a_parts_heading_beside_a_page_number_stays(parse):
    pledges = commitments_of(
        parse(
            "石桥镇人民政府2026年工作报告\n各位代表：\n一、2025年工作回顾\n全镇生产总值增长6%。\n"
            "- 2 -\n2026年工作安排\n（一）引进项目5个，落实乡村振兴五年行动计划\n- 3 -\n"
            "，年底前完成。\n（二）新建幼儿园1所。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "引进项目5个，落实乡村振兴五年行动计划，年底前完成。",
        "新建幼儿园1所。",
    ]


# -- 2. a line break inside a spreadsheet cell parts two clauses ------------------------


def _ledger_xlsx(goals: list[str]) -> bytes:
    rows: list[list[object]] = [["序号", "类别", "工作任务", "量化指标", "牵头单位", "完成时限"]]
    for n, goal in enumerate(goals, start=1):
        rows.append([n, "经济发展" if n == 1 else None, "招引项目", goal, "经发办", "2026年12月底"])
    return xlsx({"任务清单": rows}, merges={"任务清单": [f"B2:B{len(goals) + 1}"]})


CELL_BREAKS = [
    ("引进亿元项目不少于10个\n到位资金8000万元", [(D(10), "个"), (D(8000), "万元")]),
    ("新建标准厂房3万平方米\n完成投资2亿元", [(D(3), "万平方米"), (D(2), "亿元")]),
    (
        "培训农民500人次\n新增就业200人\n发放贷款300万元",
        [(D(500), "人次"), (D(200), "人"), (D(300), "万元")],
    ),
]


def test_a_line_break_in_an_xlsx_cell_keeps_both_targets(parse):
    pledges = commitments_of(parse(_ledger_xlsx([g for g, _ in CELL_BREAKS]), "qingdan.xlsx"))
    for pledge, (_, expected) in zip(pledges, CELL_BREAKS, strict=True):
        assert [(t.value, t.unit) for t in pledge.targets] == expected, pledge.text


@pytest.mark.parametrize("goal,expected", CELL_BREAKS)
def test_a_line_break_in_a_csv_cell_reads_as_the_same_text_file_does(parse, goal, expected):
    csv = f'序号,工作任务,量化指标,牵头单位,完成时限\n1,招引项目,"{goal}",经发办,2026年12月底\n'
    (pledge,) = commitments_of(parse(csv, "qingdan.csv", 2026))
    assert [(t.value, t.unit) for t in pledge.targets] == expected


# -- 3. a milestone's own count in a schedule label or column ---------------------------

SCHEDULES = {
    "a 时间节点 column": (
        "序号,工作任务,牵头单位,时间节点\n1,实施农村改厕,社会事务办,"
        '"6月底前完成200户；12月底前完成500户"\n',
        "plan.csv",
    ),
    "a 时间节点 label": (
        "2026年石桥镇重点任务\n1.实施农村改厕\n牵头单位：社会事务办\n"
        "时间节点：6月底前完成200户，12月底前完成500户\n",
        "plan.txt",
    ),
    "a 完成时限 column with a count of its own": (
        "序号,重点任务,责任单位,完成时限\n1,推进农村改厕,社会事务办,"
        '"上半年完成200户，年底前完成500户"\n',
        "plan.csv",
    ),
}


@pytest.mark.parametrize("layout", list(SCHEDULES))
def test_a_milestones_own_count_is_a_target(parse, layout):
    content, name = SCHEDULES[layout]
    (pledge,) = commitments_of(parse(content, name, 2026))
    assert pledge.milestones and pledge.milestones[0].due.isoformat() == "2026-06-30"
    assert [(t.value, t.unit) for t in pledge.targets] == [(D(200), "户"), (D(500), "户")]
    assert [t.metric for t in pledge.targets] == [pledge.text] * 2  # what is counted, no time


def test_a_schedule_of_dates_alone_adds_no_target(parse):
    (pledge,) = commitments_of(
        parse(
            "序号,工作任务,牵头单位,时间节点\n1,新建公厕3座,社会事务办,2026年6月30日前\n",
            "plan.csv",
        )
    )
    assert [(t.value, t.unit) for t in pledge.targets] == [(D(3), "座")]


# -- 4. a lone heading item over （1） items, in any section -----------------------------

NESTED = {
    "1. over （1） in three sections": (
        "石桥街道2026年工作要点\n一、重点工作\n（一）经济发展\n1.招商引资。\n（1）引进项目10个。\n"
        "（2）完成投资5亿元。\n（二）城市管理\n1.市容环境。\n（1）整治背街小巷20条。\n"
        "（2）新增停车位300个。\n（三）社会治理\n1.基层治理。\n（1）建成网格化服务站8个。\n"
        "（2）化解矛盾纠纷200件。\n二、保障措施\n（一）加强领导。\n"
    ),
    "1、 over ①, a section with two heading items": (
        "石桥街道2026年重点工作安排\n（一）产业发展\n1、农业产业\n①新建大棚50个。\n②发展食用菌100亩。\n"
        "2、工业经济\n①新增规上企业3家。\n（二）民生保障\n1、教育事业\n①新建幼儿园1所。\n"
        "②改造校舍2000平方米。\n（三）安全稳定\n1、安全生产\n①开展安全检查12次。\n"
        "②整改隐患100处。\n"
    ),
    "（一） sections, a lone 1) heading in the last only": (
        "石桥街道2026年工作计划\n一、主要任务\n（一）城市更新\n1.改造老旧小区4个。\n2.新建口袋公园2个。\n"
        "（二）环境整治\n1.整治河道3条。\n2.清理垃圾点40处。\n（三）平安建设\n1.综治维稳。\n"
        "（1）建成综治中心1个。\n（2）配备网格员60名。\n"
    ),
}


@pytest.mark.parametrize("layout", list(NESTED))
def test_a_short_heading_item_over_sub_items_is_no_pledge_in_any_section(parse, layout):
    texts = [p.text for p in commitments_of(parse(NESTED[layout]))]
    assert all(any(ch.isdigit() for ch in t) for t in texts), texts


# -- 5. columns in an unusual order are mapped by meaning -------------------------------

ODD_ORDERS = [
    (
        "序号,量化指标,牵头科室,重点任务,时间节点,协同科室\n"
        "1,新建公园2个,规划建设办,推进城市公园建设,2026年10月底,财政所\n",
        "推进城市公园建设，新建公园2个",
    ),
    (
        "量化指标,工作内容,牵头单位,完成时限\n改造农村公路12公里,实施农村公路提质改造,经发办,2026年9月底\n",
        "实施农村公路提质改造，改造农村公路12公里",
    ),
    (
        "编号,目标要求,具体任务,责任单位,配合单位,完成时间\n"
        "1,覆盖率达到95%,推进医保扩面,社会事务办,财政所,2026-12\n",
        "推进医保扩面，覆盖率达到95%",
    ),
]


@pytest.mark.parametrize("csv,text", ODD_ORDERS)
def test_a_goal_column_before_the_task_column_reads_after_it(parse, csv, text):
    (pledge,) = commitments_of(parse(csv, "renwu.csv", 2026))
    assert pledge.text == text
    assert len(pledge.targets) == 1


# -- older kinds still open --------------------------------------------------------------

WRAPPED_BODY = (
    "为全面完成全年目标任务，推动全镇经济社会高质量发展，结合我镇实际，现将2026年重点工作安排如下。\n"
    "一、经济发展\n（一）全年引进亿元以上项目5个，完成固定资产投资8亿元，新增规上工业企业3家。\n"
    "（二）新建标准厂房3万平方米，年底前交付使用，盘活闲置土地200亩。\n"
)


def _hard_wrapped(text: str, width: int) -> str:
    return "\n".join(
        line[at : at + width] for line in text.split("\n") for at in range(0, len(line), width)
    )


@pytest.mark.parametrize(
    "head,width",
    [
        ("中共石桥镇委员会石桥镇人民政府关于2026年工作的安排", 28),  # as wide as the body
        ("石桥镇人民政府2026年重点工作安排意见", 20),  # wider than the body
        ("青山乡2026年度党建和经济社会发展工作要点", 22),
        ("中共石桥镇委员会石桥镇人民政府2026年度重点工作", 26),
        ("石桥镇人民政府\n关于做好2026年全镇经济社会发展重点工作的安排", 26),  # under its issuer
    ],
)
def test_a_title_glued_to_a_hard_wrapped_body_stays_the_title(parse, head, width):
    document = parse(head + "\n" + _hard_wrapped(WRAPPED_BODY, width)).documents[0]
    assert document.title == head.split("\n")[-1]
    assert [p.text[:8] for p in document.commitments()] == ["全年引进亿元以上", "新建标准厂房3万"]


GOAL_LINES = {
    "工作目标： over 1. items with labelled lines": (
        "石桥镇2026年工作要点\n一、产业发展\n工作目标：新增规上企业3家，工业产值增长8%。\n"
        "1.招商引资\n牵头单位：经发办\n完成时限：12月底\n2.园区建设\n牵头单位：经发办\n"
        "完成时限：10月底\n二、民生保障\n工作目标：新增城镇就业500人。\n1.就业服务\n"
        "牵头单位：社事办\n完成时限：12月底\n2.社会救助\n牵头单位：社事办\n",
        ["新增规上企业3家，工业产值增长8%。", "新增城镇就业500人。"],
    ),
    "目标：/主要目标： over （一） items": (
        "石桥镇2026年工作要点\n一、产业发展\n目标：新增规上企业3家。\n（一）招商引资。引进项目5个。\n"
        "责任单位：经发办\n（二）园区建设。新建厂房2万平方米。\n责任单位：经发办\n二、民生保障\n"
        "主要目标：城镇新增就业500人。\n（一）就业服务。开展培训10场。\n责任单位：社事办\n",
        ["新增规上企业3家。", "城镇新增就业500人。"],
    ),
    "年度目标： without a full stop": (
        "青山乡2026年重点工作\n一、乡村振兴\n年度目标：流转土地1000亩\n1、发展特色种植\n"
        "责任单位：农业办\n完成时限：2026年10月\n2、建设冷链仓储\n责任单位：农业办\n二、社会事业\n"
        "1、新建卫生室2个\n责任单位：社事办\n",
        ["流转土地1000亩"],
    ),
}


@pytest.mark.parametrize("layout", list(GOAL_LINES))
def test_a_sections_goal_line_over_labelled_items_is_a_pledge_with_its_targets(parse, layout):
    content, goals = GOAL_LINES[layout]
    document = parse(content).documents[0]
    firsts = [s.commitments[0] for s in document.sections][: len(goals)]
    assert [c.text for c in firsts] == goals
    assert all(c.targets for c in firsts)
    assert not any("目标" in c.text for c in document.commitments())


def test_a_goal_line_without_numbers_is_no_pledge(parse):
    pledges = commitments_of(
        parse(
            "石桥镇2026年工作要点\n一、产业发展\n工作目标：推动产业提档升级。\n1.招商引资\n"
            "牵头单位：经发办\n2.园区建设\n牵头单位：经发办\n"
        )
    )
    assert [p.text for p in pledges] == ["招商引资", "园区建设"]


@pytest.mark.parametrize(
    "last",
    [
        "将农村饮水工程移交给镇人民政府",
        "协助县水利局完善灌区管理办公室",
        "推进党群服务中心建设，指导各村完善村民委员会",
    ],
)
def test_an_unnumbered_last_pledge_that_ends_in_an_issuers_word_is_kept(parse, last):
    pledges = commitments_of(parse(f"石桥镇2026年工作要点\n一、民生\n新建幼儿园1所。\n{last}\n"))
    assert [p.text for p in pledges] == ["新建幼儿园1所。", last]


@pytest.mark.parametrize(
    "pledge,expected",
    [
        ("新建一所学校。", [(D(1), "所")]),
        ("建成一座污水处理站，培育一家龙头企业。", [(D(1), "座"), (D(1), "家")]),
        ("建成两座桥，改造三条道路。", [(D(2), "座"), (D(3), "条")]),
        ("开展一次安全大检查，建立一套长效机制。", []),  # articles, no goal
    ],
)
def test_chinese_numerals_with_measure_words_are_counted(parse, pledge, expected):
    (found,) = commitments_of(parse(f"石桥镇2026年工作要点\n一、民生\n1.{pledge}\n"))
    assert [(t.value, t.unit) for t in found.targets] == expected


@pytest.mark.parametrize(
    "items",
    [
        ["①工业项目5个", "②农业项目8个", "③民生项目10个"],
        ["1.规上企业3家", "2.高标准农田2000亩"],
        ["（1）新型经营主体20家；", "（2）特色产业基地3个；"],
    ],
)
def test_a_count_without_a_verb_in_an_item_of_its_own_is_a_target(parse, items):
    body = "\n".join(items)
    pledges = commitments_of(parse(f"石桥镇2026年工作要点\n一、项目建设\n{body}\n"))
    assert [len(p.targets) for p in pledges] == [1] * len(items)


def test_a_count_that_describes_the_town_is_still_no_target(parse):
    (pledge,) = commitments_of(
        parse("石桥镇2026年工作要点\n一、基层治理\n1.全镇共有行政村12个，推进网格化管理。\n")
    )
    assert pledge.targets == []


OWNER_CARRIED = (
    "序号,工作任务,责任领导,牵头单位,配合单位,完成时限\n"
    "1,新建幼儿园1所,王明,社事办,财政所,2026年9月底\n"
    "2,改造校舍2000平方米,,,,2026年10月底\n"
    "3,引进项目5个,李华,经发办,,2026年12月底\n"
    "4,新建厂房3万平方米,,经发办,,2026年12月底\n"
    "5,盘活土地200亩,,,,2026年12月底\n"
)


def test_blank_owner_cells_under_a_flattened_merged_cell_take_the_value_above(parse):
    pledges = commitments_of(parse(OWNER_CARRIED, "taizhang.csv", 2026))
    assert [(p.owner, p.co_owners, p.official) for p in pledges] == [
        ("社会事务办公室", ["财政所"], "王明"),
        ("社会事务办公室", ["财政所"], "王明"),
        ("经济发展办公室", [], "李华"),
        ("经济发展办公室", [], None),  # beside a lead of its own a blank 责任领导 is none
        ("经济发展办公室", [], None),  # none above: none carried from further up
    ]


def test_blank_owner_cells_in_a_tab_separated_ledger(parse):
    pledges = commitments_of(parse(OWNER_CARRIED.replace(",", "\t"), "taizhang.txt", 2026))
    assert [(p.official, p.co_owners) for p in pledges] == [
        ("王明", ["财政所"]),
        ("王明", ["财政所"]),
        ("李华", []),
        (None, []),
        (None, []),
    ]


@pytest.mark.parametrize(
    "cell,milestones,deadline",
    [
        ("6月底前完成主体\n9月底前投入使用", [("2026-06-30", "6月底前完成主体")], "2026-09-30"),
        ("一季度完成招标\n三季度末完工", [("2026-03-31", "一季度完成招标")], "2026-09-30"),
        (
            "3月底前完成设计\n6月底前开工\n年底前建成",
            [("2026-03-31", "3月底前完成设计"), ("2026-06-30", "6月底前开工")],
            "2026-12-31",
        ),
    ],
)
def test_a_two_line_deadline_cell_keeps_its_milestones_apart(parse, cell, milestones, deadline):
    workbook = xlsx(
        {
            "台账": [
                ["序号", "工作任务", "牵头单位", "完成时限"],
                [1, "新建幼儿园1所", "社事办", cell],
            ]
        }
    )
    (pledge,) = commitments_of(parse(workbook, "taizhang.xlsx", 2026))
    assert [(m.due.isoformat(), m.text) for m in pledge.milestones] == milestones
    assert pledge.deadline.isoformat() == deadline


@pytest.mark.parametrize(
    "title", ["政 府 工 作 报 告", "政　府　工　作　报　告", "镇 政 府 工 作 报 告"]
)
def test_a_letter_spaced_title_is_the_title(parse, title):
    document = parse(
        f"{title}\n\n——2026年1月10日在石桥镇第十八届人民代表大会第五次会议上\n\n各位代表：\n\n"
        "现在，我代表镇人民政府向大会报告工作。\n\n一、2025年工作回顾\n\n过去一年，全镇GDP增长6%。\n\n"
        "二、2026年工作安排\n\n（一）引进项目5个。\n\n（二）新建幼儿园1所。\n"
    ).documents[0]
    assert document.title == title.replace(" ", "").replace("\u3000", "")
    assert [c.text for c in document.commitments()] == ["引进项目5个。", "新建幼儿园1所。"]


LINK_LISTS = [
    "相关链接：\n石桥镇2025年工作总结\n石桥镇2024年工作计划\n关于印发石桥镇重点工作任务分解的通知\n【打印】【关闭】\n",
    "相关链接\n· 石桥镇2025年工作要点\n· 青山镇2026年工作计划\n· 县政府2026年工作报告\n",
    "【相关阅读】\n\n>> 石桥镇2025年工作要点\n\n>> 石桥镇召开2026年工作部署会议\n",
    "推荐阅读：石桥镇2025年工作总结\n青山镇2026年工作计划\n",
]


@pytest.mark.parametrize("links", LINK_LISTS)
def test_a_scraped_pages_related_links_are_page_furniture(parse, links):
    parsed = parse(
        "首页 > 政务公开 > 计划总结\n石桥镇2026年工作计划\n发布时间：2026-01-10\n一、经济发展\n"
        f"1.引进项目5个。\n2.新建厂房3万平方米。\n{links}"
    )
    assert len(parsed.documents) == 1
    assert not parsed.documents[0].warnings
    assert [p.text for p in commitments_of(parsed)] == ["引进项目5个。", "新建厂房3万平方米。"]


def test_an_issuer_whose_name_reads_like_words_still_signs_off_with_a_date(parse):
    pledges = commitments_of(
        parse(
            "石桥镇2026年工作要点\n一、民生\n1.新建幼儿园1所。\n2.改造校舍2000平方米。\n\n"
            "石桥镇东西部协作对口帮扶工作领导小组\n2026年2月3日\n"
        )
    )
    assert [p.text for p in pledges] == ["新建幼儿园1所。", "改造校舍2000平方米。"]
