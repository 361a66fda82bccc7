"""Faults the second blind set (tests/importer/blind2/) found, each written again in
wordings and layouts of its own (none is a copy of a blind document)."""

from __future__ import annotations

from tests.importer.conftest import commitments_of


def _one(parse, text: str):
    (pledge,) = commitments_of(parse(text))
    return pledge


# -- a trailing bracket names the pledge's owners and time, without labels ---------------


def test_a_bracket_after_the_full_stop_belongs_to_the_pledge_before_it(parse):
    pledges = commitments_of(
        parse(
            "石门镇2026年工作要点\n一、产业发展\n"
            "1.新建蔬菜大棚40栋。（镇农业农村办负责，8月底前完成）\n"
            "2.培育电商企业5家。（经发办、财政所，三季度）\n"
            "二、民生保障\n"
            "1.完成低保对象年度复核。（社会事务办）\n"
            "2.组织消防演练6次。（应急办，11月30日前）\n"
        )
    )
    assert [p.text for p in pledges] == [
        "新建蔬菜大棚40栋。",
        "培育电商企业5家。",
        "完成低保对象年度复核。",
        "组织消防演练6次。",
    ]
    assert [(p.owner, p.co_owners, p.owner_source) for p in pledges] == [
        ("农业农村办公室", [], "explicit"),
        ("经济发展办公室", ["财政所"], "explicit"),
        ("社会事务办公室", [], "explicit"),
        ("应急管理办公室", [], "explicit"),
    ]
    assert [p.deadline.isoformat() for p in pledges] == [
        "2026-08-31",
        "2026-09-30",
        "2026-12-31",
        "2026-11-30",
    ]


def test_a_bracket_before_the_full_stop_and_groups_with_their_own_brackets(parse):
    pledges = commitments_of(
        parse(
            "2025年河口镇重点工作安排\n"
            "（一）乡村建设。改造农村公路12公里（县交通运输局、各村（社区），10月底前）；"
            "新建村级文化广场3个(文化站牵头,2025年9月30日前)。\n"
        )
    )
    assert [p.text for p in pledges] == ["改造农村公路12公里", "新建村级文化广场3个"]
    first, second = pledges
    assert (first.owner, first.co_owners) == ("县交通运输局", ["各村（社区）"])
    assert first.deadline.isoformat() == "2025-10-31"
    assert (second.owner, second.deadline.isoformat()) == ("文化站", "2025-09-30")
    assert [(str(t.value), t.unit) for t in first.targets] == [("12", "公里")]


def test_a_recurring_time_in_the_bracket_runs_to_the_year_end(parse):
    """``每月10日前``, ``每季度``: a task done every month or quarter runs all year; SPEC
    names no date for it, so the deadline is the plan year's 12-31 (its cadence stays
    in the text for the reminders' reviewer)."""
    pledges = commitments_of(
        parse(
            "2025年新桥镇工作要点\n一、民生\n"
            "1.按时发放高龄补贴。（财政所、各村，每月10日前）\n"
            "2.开展入户走访不少于4次。（社会事务办，每季度）\n"
        )
    )
    assert [(p.owner, p.co_owners) for p in pledges] == [
        ("财政所", ["各村"]),
        ("社会事务办公室", []),
    ]
    assert [p.deadline.isoformat() for p in pledges] == ["2025-12-31", "2025-12-31"]


def test_a_bracket_that_says_anything_else_stays_in_the_pledge(parse):
    pledges = commitments_of(
        parse(
            "2025年东坪镇工作要点\n一、农业\n"
            "1.扩大粮食种植面积（其中大豆2000亩、玉米3000亩），6月底前完成。\n"
            "2.新建冷库2座（含村级冷库1座）。\n"
        )
    )
    assert len(pledges) == 2
    assert "（其中大豆2000亩、玉米3000亩）" in pledges[0].text
    assert pledges[1].text == "新建冷库2座（含村级冷库1座）。"
    assert pledges[1].owner_source != "explicit"


# -- parts numbered 第一部分…: headings, not pledges -----------------------------------


def test_parts_numbered_di_bufen_choose_the_plan_and_leave_out_the_safeguards(parse):
    parsed = parse(
        "在2026年全镇工作会议上的讲话\n同志们：\n"
        "第一部分  2025年工作回顾\n去年全镇新建厂房5万平方米。\n"
        "第二部分：2026年工作安排\n"
        "（一）发展产业。新建冷链仓库2座，9月底前完成。\n"
        "（二）改善民生。新增城镇就业岗位300个。\n"
        "第三部分、保障措施\n要加强组织领导，每月调度一次。\n"
    )
    pledges = commitments_of(parsed)
    assert parsed.documents[0].plan_year == 2026
    assert [p.text for p in pledges] == [
        "新建冷链仓库2座，9月底前完成。",
        "新增城镇就业岗位300个。",
    ]


def test_parts_numbered_di_bufen_are_the_sections_of_a_task_list(parse):
    parsed = parse(
        "柳河镇2025年重点任务清单\n"
        "第一部分 产业发展\n一是新建蔬菜大棚50栋，6月底前完成。\n二是培育家庭农场3家。\n"
        "第二部分 社会事业\n一是改造村卫生室4个。\n二是组织文艺演出20场，国庆前完成。\n"
    )
    sections = parsed.documents[0].sections
    assert [s.title for s in sections] == ["产业发展", "社会事业"]
    assert [len(s.commitments) for s in sections] == [2, 2]
    assert not any("部分" in c.text for s in sections for c in s.commitments)


def test_a_plan_part_numbered_di_bufen_keeps_its_own_yi_sections(parse):
    parsed = parse(
        "2025年石岭镇政府工作报告\n"
        "第一部分 2024年工作总结\n一、经济运行平稳。全年完成投资3亿元。\n"
        "第二部分 2025年工作安排\n"
        "一、抓项目。开工建设项目8个。\n二、惠民生。新建幼儿园1所，8月底前完成。\n"
    )
    sections = parsed.documents[0].sections
    assert [s.title for s in sections] == ["抓项目", "惠民生"]
    assert [c.text for s in sections for c in s.commitments] == [
        "开工建设项目8个。",
        "新建幼儿园1所，8月底前完成。",
    ]


# -- owners written in prose win over the keyword rules; none is dropped ------------------


def _owners(parse, sentences: list[str]) -> list[tuple[str, list[str], str]]:
    body = "".join(f"{i}、{s}\n" for i, s in enumerate(sentences, start=1))
    parsed = parse("青石镇2025年重点工作任务\n" + body)
    return [(p.owner, p.co_owners, p.owner_source) for p in commitments_of(parsed)]


def test_a_unit_named_as_the_doer_wins_over_the_keyword_rules(parse):
    assert _owners(
        parse,
        [
            "加大招商引资力度，签约项目6个，镇招商服务中心负责，年底前完成。",
            "县教育局牵头新建幼儿园2所，8月底前完成。",
            "党政办负责做好信访维稳工作，按期办结率达到100%。",
            "统计站负责完成农业普查入户登记，7月底前完成。",
            "启动集镇供水管网改造，县水利局负责。",
        ],
    ) == [
        ("镇招商服务中心", [], "explicit"),
        ("县教育局", [], "explicit"),
        ("党政综合办公室", [], "explicit"),
        ("统计站", [], "explicit"),
        ("县水利局", [], "explicit"),
    ]


def test_every_unit_named_as_a_doer_is_kept_the_first_leads(parse):
    assert _owners(
        parse,
        [
            "经发办和财政所共同负责争取专项债项目3个。",
            "由农业农村办、林业站共同负责完成植树造林500亩。",
            "县住建局、社会事务办负责改造老旧小区4个。",
            "县交通运输局配合镇经济发展办，硬化园区道路2公里。",
            "应急办牵头，各村配合，开展防汛演练5次。",
        ],
    ) == [
        ("经济发展办公室", ["财政所"], "explicit"),
        ("农业农村办公室", ["林业站"], "explicit"),
        ("县住建局", ["社会事务办公室"], "explicit"),
        ("经济发展办公室", ["县交通运输局"], "explicit"),
        ("应急管理办公室", ["各村"], "explicit"),
    ]


def test_a_unit_that_is_the_subject_of_a_clause_owns_the_pledge(parse):
    assert _owners(
        parse,
        [
            "抓好就业服务，社会事务办要组织招聘会8场。",
            "各村（社区）要在9月底前完成危房排查。",
            "各社区开展垃圾分类宣传20场。",
        ],
    ) == [
        ("社会事务办公室", [], "explicit"),
        ("各村（社区）", [], "explicit"),
        ("各社区", [], "explicit"),
    ]


def test_without_a_named_unit_the_rules_still_decide(parse):
    owners = _owners(
        parse,
        [
            "强化招商引资，全年引进项目5个，专人负责跟踪服务。",
            "全面负责安全生产隐患排查，整改隐患100处。",
            "新建村卫生室3个，改善群众就医条件。",
        ],
    )
    assert [source for _, _, source in owners] == ["rule", "rule", "rule"]
    assert [owner for owner, _, _ in owners] == [
        "经济发展办公室",
        "应急管理办公室",
        "社会事务办公室",
    ]


# -- numbered items under a sub-heading line are pledges of their own --------------------


def test_items_under_a_subheading_with_labels_after_each_item(parse):
    parsed = parse(
        "枫林镇2026年工作要点\n一、产业振兴\n（一）工业提质\n"
        "1. 新增规上企业2家。（牵头单位：经发办；完成时限：2026年11月底）\n"
        "2. 建成标准厂房1万平方米。（牵头单位：经发办；配合单位：自然资源所；完成时限：8月底前）\n"
        "（二）农业增效\n1. 新建蔬菜基地300亩。（农业农村办负责，5月底前完成）\n"
        "2. 提升农产品品牌，具体要求：\n（1）新增绿色食品认证3个，年底前完成；\n"
        "（2）举办农民丰收节1次，三季度完成。\n"
        "二、民生保障\n1. 新增城镇就业300人。（社会事务办，全年）\n"
    )
    pledges = commitments_of(parsed)
    assert [p.text.rstrip("。；;") for p in pledges] == [
        "新增规上企业2家",
        "建成标准厂房1万平方米",
        "新建蔬菜基地300亩",
        "新增绿色食品认证3个，年底前完成",
        "举办农民丰收节1次，三季度完成",
        "新增城镇就业300人",
    ]
    assert [p.deadline.isoformat() for p in pledges] == [
        "2026-11-30",
        "2026-08-31",
        "2026-05-31",
        "2026-12-31",
        "2026-09-30",
        "2026-12-31",
    ]
    assert [(p.owner, p.co_owners) for p in pledges[:3]] == [
        ("经济发展办公室", []),
        ("经济发展办公室", ["自然资源所"]),
        ("农业农村办公室", []),
    ]
    assert not any(p.milestones for p in pledges)


def test_items_numbered_on_across_subheadings_are_each_a_pledge(parse):
    """``（二）`` whose items go on from the first sub-heading's (3., 4. after 1., 2.),
    as many 工作要点 number them: each item is a pledge with its own labels. The
    first item under ``（二）`` swallowed the next one, whose owner became a co-owner
    and whose deadline and targets were lost (a blind tester's document)."""
    labelled = parse(
        "某镇2025年工作要点\n一、增进民生福祉\n（一）办好教育\n"
        "1.新建幼儿园1所。（牵头单位：县教育局；完成时限：9月底前）\n"
        "2.改造校舍4000平方米。（牵头单位：社会事务办公室；完成时限：8月底前）\n"
        "（二）办好卫生\n"
        "3.组织健康体检，体检率达到80%以上。（牵头单位：社会事务办公室；"
        "配合单位：县卫生健康局；完成时限：11月底前）\n"
        "4.建设村卫生室3个。（牵头单位：社会事务办公室；完成时限：10月底前）\n"
        "二、提升治理效能\n5.完成植树造林500亩。（牵头单位：林业站；完成时限：4月底前）\n"
    )
    assert [
        (p.text.rstrip("。"), p.owner, p.co_owners, p.deadline.isoformat())
        for p in commitments_of(labelled)
    ] == [
        ("新建幼儿园1所", "县教育局", [], "2025-09-30"),
        ("改造校舍4000平方米", "社会事务办公室", [], "2025-08-31"),
        ("组织健康体检，体检率达到80%以上", "社会事务办公室", ["县卫生健康局"], "2025-11-30"),
        ("建设村卫生室3个", "社会事务办公室", [], "2025-10-31"),
        ("完成植树造林500亩", "林业站", [], "2025-04-30"),
    ]
    brackets = parse(
        "2025年清溪镇重点工作\n一、乡村振兴\n(一)产业\n"
        "1、新建大棚20个（农业农村办负责，5月底前完成）\n"
        "(二)环境\n2、改厕150户（生态环境办负责，9月底前完成）\n"
        "3、清理河道8公里（水利站负责，汛期前完成）\n"
        "二、社会事业\n4、新增就业岗位120个（社会事务办负责，年底前完成）\n"
    )
    assert [(p.text, p.owner, p.deadline.isoformat()) for p in commitments_of(brackets)] == [
        ("新建大棚20个", "农业农村办公室", "2025-05-31"),
        ("改厕150户", "生态环境办公室", "2025-09-30"),
        ("清理河道8公里", "水利站", "2025-05-31"),
        ("新增就业岗位120个", "社会事务办公室", "2025-12-31"),
    ]


def test_items_with_labelled_lines_under_subheadings(parse):
    """Passed before the fix too: a guard that the nested items keep their labelled lines."""
    parsed = parse(
        "2025年安平镇重点工作任务\n一、基础设施\n(一)道路交通\n"
        "1、硬化通村公路8公里\n责任单位：县交通运输局\n完成时限：2025年10月31日\n"
        "2、新建停车场1处\n责任单位：镇规划建设办\n完成时限：6月底\n"
        "(二)水利设施\n1、整治山塘5口\n责任单位：水利站\n完成时限：汛期前\n"
    )
    pledges = commitments_of(parsed)
    assert [(p.text, p.owner, p.deadline.isoformat()) for p in pledges] == [
        ("硬化通村公路8公里", "县交通运输局", "2025-10-31"),
        ("新建停车场1处", "镇规划建设办", "2025-06-30"),
        ("整治山塘5口", "水利站", "2025-05-31"),
    ]


def test_items_numbered_in_brackets_under_subheadings_with_their_labels(parse):
    """Passed before the fix too (a guard)."""
    pledges = commitments_of(
        parse(
            "2025年龙泉镇工作要点\n一、城镇建设\n（一）老旧小区\n"
            "（1）改造老旧小区3个。（牵头单位：县住建局；完成时限：10月底）\n"
            "（2）加装电梯12部。（牵头单位：县住建局；配合单位：各社区；完成时限：年底）\n"
            "（二）市政设施\n（1）新建公厕4座。（牵头单位：生态环境办；完成时限：三季度）\n"
        )
    )
    assert [(p.text, p.owner, p.co_owners, p.deadline.isoformat()) for p in pledges] == [
        ("改造老旧小区3个。", "县住建局", [], "2025-10-31"),
        ("加装电梯12部。", "县住建局", ["各社区"], "2025-12-31"),
        ("新建公厕4座。", "生态环境办公室", [], "2025-09-30"),
    ]


# -- a ledger's goal column (目标要求, 量化指标, 建设规模) is read ----------------------------


def _targets(pledge) -> list[tuple[str, str]]:
    return [(format(t.value.normalize(), "f"), t.unit) for t in pledge.targets]


def test_an_xlsx_ledger_reads_its_goal_column(parse):
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["白石镇2025年重点任务台账"])
    sheet.append(["序号", "重点任务", "目标要求", "责任单位", "完成时限"])
    sheet.append([1, "推进农房改造", "改造农村危房60户", "镇规划建设办", "9月底前"])
    sheet.append([2, "提升医保参保", "参保率达到96%以上", "社会事务办", "年底"])
    buffer = io.BytesIO()
    book.save(buffer)
    pledges = commitments_of(parse(buffer.getvalue(), "台账.xlsx"))
    assert [_targets(p) for p in pledges] == [[("60", "户")], [("96", "%")]]
    assert pledges[0].text.startswith("推进农房改造")
    assert pledges[0].owner == "镇规划建设办"


def test_a_csv_ledger_reads_its_indicator_column(parse):
    data = (
        "序号,工作内容,量化指标,牵头单位,完成时间\n"
        "1,整治河道,清淤河道12公里,水利站,2025年5月31日\n"
        "2,建设停车场,新增停车泊位300个,经发办,2025年10月底\n"
    )
    pledges = commitments_of(parse(data, "任务.csv"))
    assert [_targets(p) for p in pledges] == [[("12", "公里")], [("300", "个")]]


def test_a_markdown_table_reads_its_scale_column(parse):
    """Passed before too (建设规模 was a text column already): a guard."""
    text = (
        "# 2026年民生实事项目\n\n"
        "| 序号 | 项目名称 | 建设规模 | 责任单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 村级养老服务站 | 新建4个 | 社会事务办 | 2026年9月 |\n"
        "| 2 | 农村公路提质 | 改造18公里 | 县交通运输局 | 2026年11月 |\n"
    )
    pledges = commitments_of(parse(text, "实事.md"))
    assert [_targets(p) for p in pledges] == [[("4", "个")], [("18", "公里")]]


# -- targets the importer missed -----------------------------------------------------------


def _goals(parse, sentence: str) -> list[tuple[str, str, str]]:
    parsed = parse(f"2025年新田镇重点工作任务\n1、{sentence}\n")
    (pledge,) = commitments_of(parsed)
    return [(format(t.value.normalize(), "f"), t.unit, t.comparator) for t in pledge.targets]


def test_counts_after_goal_verbs_the_importer_did_not_know(parse):
    assert _goals(parse, "开发乡村公益性岗位50个，帮助困难群众就业。") == [("50", "个", ">=")]
    assert _goals(parse, "推进基层治理，划分责任网格36个。") == [("36", "个", ">=")]
    assert _goals(parse, "为老旧小区加装电梯8部。") == [("8", "部", ">=")]
    assert _goals(parse, "推进医共体建设，覆盖行政村20个。") == [("20", "个", ">=")]
    assert _goals(parse, "举办农民夜校培训班3期，培训农民150人次。") == [
        ("3", "期", ">="),
        ("150", "人次", ">="),
    ]


def test_numbers_that_describe_or_name_stay_out(parse):
    """Passed before too: a guard that the new verbs and quotes take no name for a target."""
    assert _goals(parse, "推进医共体建设，覆盖全镇10个村的卫生室提档升级。") == []
    assert _goals(parse, "推进产业园二期建设，年底前完成主体工程。") == []
    assert _goals(parse, "推行“三合一”服务站点建设，新建站点12个。") == [("12", "个", ">=")]
    assert _goals(parse, "深化“1+3”工作模式，年底前完成。") == []


def test_a_count_in_quotes_alone_is_a_target(parse):
    assert _goals(parse, "完成农村改厕“600户”，三季度完成。") == [("600", "户", ">=")]
    assert _goals(parse, "群众安全感满意度达到“90%”以上。") == [("90", "%", ">=")]
    assert _goals(parse, "新建托育机构2所、村级驿站“4个”。") == [
        ("2", "所", ">="),
        ("4", "个", ">="),
    ]


def test_concentrations_are_units_of_measure(parse):
    assert _goals(parse, "PM2.5平均浓度控制在32微克/立方米以下。") == [("32", "微克/立方米", "<=")]
    assert _goals(parse, "污水处理厂出水化学需氧量低于50毫克/升。") == [("50", "毫克/升", "<=")]


# -- a festival whose date moves is flagged for review --------------------------------------


def test_a_festival_deadline_keeps_the_year_end_and_is_flagged(parse):
    """``春节前``: a lunar date, and a plan adopted in February may mean this festival (often
    already past) or next year's, after the plan year. The earlier decision
    (:mod:`commitments.importer.deadlines`) keeps the year end — or the pledge's other
    periods — and the import says so in a warning, for a supervisor to correct. ``中秋节前``
    and ``端午节前`` fall inside the plan year: the day before that year's festival (the lunar
    calendar; 2025: 中秋 October 6, 端午 May 31), no warning (thirteenth set)."""
    parsed = parse(
        "2025年西岭镇重点工作任务\n"
        "1、走访慰问困难党员80户，春节前完成。\n"
        "2、发放节日慰问金。\n完成时限：中秋节前\n"
        "3、开展龙舟赛1场（文化站，端午节前）\n"
        "4、组织文艺演出10场，国庆前完成。\n"
    )
    pledges = commitments_of(parsed)
    assert [p.deadline.isoformat() for p in pledges] == [
        "2025-12-31",
        "2025-10-05",
        "2025-05-30",
        "2025-09-30",
    ]
    flagged = [w for w in parsed.documents[0].warnings if "没有确定的日期" in w]
    assert [w.split(" ")[0] for w in flagged] == [pledges[0].code]
    assert "春节前" in flagged[0]


# -- a target's metric words leave out who does it and when -------------------------------


def _metrics(parse, sentence: str) -> list[str]:
    parsed = parse(f"2025年新田镇重点工作任务\n1、{sentence}\n")
    (pledge,) = commitments_of(parsed)
    return [t.metric for t in pledge.targets]


def test_a_metric_leaves_out_the_unit_that_does_it(parse):
    assert _metrics(parse, "退役军人服务站负责走访慰问军属家庭120户。") == ["走访慰问军属家庭"]
    assert _metrics(parse, "县教育局牵头改造农村学校食堂6所，8月底前完工。") == ["改造农村学校食堂"]
    assert _metrics(parse, "由镇农业农村办负责新建冷库3座。") == ["新建冷库"]
    assert _metrics(parse, "各村（社区）要在9月底前建成健身广场12个。") == ["健身广场"]


def test_a_metric_leaves_out_the_quote_around_its_count(parse):
    assert _metrics(parse, "新增高清监控点位“300个”，6月底前完成。") == ["新增高清监控点位"]
    assert _metrics(parse, "群众满意度达到“92%”以上。") == ["群众满意度"]


# -- a notice that issues a plan is titled by the plan -------------------------------------


def test_a_notice_is_titled_by_the_plan_it_issues(parse):
    body = "一、新建村级文化广场3个，9月底前完成。\n二、改造农村公路10公里。\n"
    for heading, title in [
        ("关于印发《2025年民生实事项目实施方案》的通知", "2025年民生实事项目实施方案"),
        ("大桥镇人民政府关于印发2025年重点工作要点的通知", "2025年重点工作要点"),
        ("关于下达“2026年为民办实事项目”的通知", "2026年为民办实事项目"),
        ("大桥镇2025年重点工作要点", "大桥镇2025年重点工作要点"),
    ]:
        doc = parse(f"{heading}\n{body}").documents[0]
        assert doc.title == title


def test_a_word_notice_with_its_plan_in_a_table_is_titled_by_the_plan(parse):
    import io

    import docx

    document = docx.Document()
    document.add_heading("关于印发《2026年民生实事任务分解表》的通知", level=1)
    document.add_paragraph("各村（社区）、镇直各单位：")
    table = document.add_table(rows=2, cols=4)
    for cell, value in zip(
        table.rows[0].cells, ["序号", "工作任务", "牵头单位", "完成时限"], strict=True
    ):
        cell.text = value
    for cell, value in zip(
        table.rows[1].cells, ["1", "新建公厕6座", "生态环境办", "8月底前"], strict=True
    ):
        cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    parsed = parse(buffer.getvalue(), "通知.docx")
    assert parsed.documents[0].title == "2026年民生实事任务分解表"
    assert parsed.documents[0].sections[0].title != "关于印发《2026年民生实事任务分解表》的通知"


def test_a_place_or_a_helper_at_the_start_of_a_clause_is_no_owner(parse):
    """The rules (or the default, for review) decide: 农村, 医院 name no unit;
    相关部门配合 names a helper."""
    owners = _owners(
        parse,
        [
            "农村要加快发展集体经济，培育合作社5家。",
            "相关部门配合做好项目用地保障，开工项目6个。",
            "医院要提升服务能力，新增床位30张。",
        ],
    )
    assert [source for _, _, source in owners] == ["rule", "rule", "default"]


def test_a_bracket_that_names_who_leads_and_who_helps(parse):
    pledges = commitments_of(
        parse(
            "2025年青石镇重点工作任务\n一、产业\n"
            "1.新建厂房2万平方米。（经发办牵头，财政所、自然资源所配合，9月底前）\n"
            "2.新建冷库1座（农业农村办牵头，各村协助）。\n"
        )
    )
    assert [(p.owner, p.co_owners, p.deadline.isoformat()) for p in pledges] == [
        ("经济发展办公室", ["财政所", "自然资源所"], "2025-09-30"),
        ("农业农村办公室", ["各村"], "2025-12-31"),
    ]


def test_an_item_among_labelled_ones_closes_with_an_unlabelled_bracket(parse):
    pledges = commitments_of(
        parse(
            "红星镇2026年重点工作安排\n一、产业发展\n"
            "（一）新建标准化厂房3万平方米，年底前竣工投用（经发办牵头，自然资源所配合）。\n"
            "（二）培育市级龙头企业2家，三季度完成。责任单位：农业农村办。\n"
            "二、民生保障\n（一）新建村级幸福院3所，10月底前建成，社会事务办牵头负责。\n"
        )
    )
    assert [(p.text, p.owner, p.co_owners) for p in pledges[:2]] == [
        ("新建标准化厂房3万平方米，年底前竣工投用", "经济发展办公室", ["自然资源所"]),
        ("培育市级龙头企业2家，三季度完成。", "农业农村办公室", []),
    ]


def test_all_departments_or_villages_that_also_act_own_no_pledge(parse):
    """``各部门要…`` names no unit; in ``…新建光伏电站5兆瓦，各村也要…`` the villages join a
    pledge that is someone else's: the keyword rules decide, as they did before."""
    owners = _owners(
        parse,
        [
            "各部门要健全对接上级部门的工作机制，做好招商引资项目谋划8个。",
            "今年计划新建光伏电站5兆瓦，各村也要扩大屋顶光伏数量。",
        ],
    )
    assert owners == [
        ("经济发展办公室", [], "rule"),
        ("经济发展办公室", [], "rule"),
    ]


def test_cadres_are_people_not_a_unit(parse):
    owners = _owners(
        parse,
        [
            "镇村干部要深入一线，走访企业200家次。",
            "包村干部负责督促完成改厕任务300户。",
        ],
    )
    assert [source for _, _, source in owners] == ["rule", "rule"]


def test_a_bracket_that_only_renames_the_thing_is_no_owner(parse):
    """A bare unit in a bracket owns the pledge after a full stop (``…改造。（县卫健委）``);
    right after the words it names the thing again (``镇卫生院（中心卫生院）``)."""
    pledges = commitments_of(
        parse(
            "2025年东湖镇工作要点\n一、民生\n"
            "1.改造提升镇卫生院（中心卫生院）。\n"
            "2.完成村卫生室标准化改造6个。（县卫健委）\n"
        )
    )
    assert [(p.owner, p.owner_source) for p in pledges] == [
        ("社会事务办公室", "rule"),
        ("县卫健委", "explicit"),
    ]
    assert pledges[0].text == "改造提升镇卫生院（中心卫生院）。"


def test_units_named_by_wei_or_shi_and_departments_are_owners(parse):
    assert _owners(
        parse,
        [
            "新建公厕5座，责任单位为生态环境办公室，6月底前完成。",
            "新建幼儿园1所，牵头单位是县教育局，配合单位是财政所。",
            "建成污水管网3公里，住建部门负责。",
        ],
    ) == [
        ("生态环境办公室", [], "explicit"),
        ("县教育局", ["财政所"], "explicit"),
        ("住建部门", [], "explicit"),
    ]
