"""Unseen tables: more wordings and layouts of each kind the importer reads
(issue 12), written to imitate files nobody here designed the reader for;
each test states what a careful annotator expects."""

from __future__ import annotations

import datetime
from decimal import Decimal

from tests.importer.table_documents import pdf, xlsx
from tests.importer.unseen import day, targets_of


def test_a_pipe_table_with_a_category_column_and_a_marked_lead(parse):
    text = (
        "东湖镇2025年重点工作任务分解\n"
        "类别|序号|工作任务|责任单位|完成时限\n"
        "产业发展|1|新建茶叶加工厂1座，年加工能力500吨|经发办（牵头）、财政所|9月底前\n"
        "|2|新增规上企业3家|经发办|年底前\n"
        "生态环保|3|完成植树造林1200亩|林业站|4月底前\n"
        "|4|整治河道8公里|水利站、生态环境办|10月底前\n"
    )
    doc = parse(text).documents[0]
    assert doc.plan_year == 2025
    assert [s.title for s in doc.sections] == ["产业发展", "生态环保"]
    assert [len(s.commitments) for s in doc.sections] == [2, 2]
    tea, firms, trees, rivers = doc.commitments()
    assert (tea.owner, tea.co_owners, tea.deadline) == (
        "经济发展办公室",
        ["财政所"],
        day("2025-09-30"),
    )
    assert (Decimal(1), "座", ">=") in targets_of(tea)
    assert (trees.owner, trees.deadline) == ("林业站", day("2025-04-30"))
    assert (rivers.owner, rivers.co_owners) == ("水利站", ["生态环境办公室"])
    assert targets_of(rivers) == [(Decimal(8), "公里", ">=")]


def test_a_markdown_plan_with_prose_parts_and_a_table_part(parse):
    text = (
        "# 关于印发青石镇2025年工作要点的通知\n\n"
        "## 一、2024年工作回顾\n\n全年完成固定资产投资4.2亿元，新建村道30公里。\n\n"
        "## 二、2025年工作安排\n\n"
        "| 序号 | 工作内容 | 牵头单位 | 完成时间 | 备注 |\n"
        "|----|----|----|----|----|\n"
        "| 1 | 新建村级综合服务中心2个 | 党政办 | 2025/10/31 | 续建项目 |\n"
        "| 2 | 完成农村改厕600户 | 农业农村办 | 2025-06 | 已完成200户 |\n"
        "| 3 | 城乡居民养老保险参保率保持在98%以上 | 社会事务办 | 2025.12 | |\n"
    )
    doc = parse(text, "points.md").documents[0]
    assert doc.plan_year == 2025
    centres, toilets, pensions = doc.commitments()
    assert (centres.owner, centres.deadline) == ("党政综合办公室", day("2025-10-31"))
    assert (toilets.deadline, targets_of(toilets)) == (
        day("2025-06-30"),
        [(Decimal(600), "户", ">=")],
    )
    assert pensions.deadline == day("2025-12-31")
    assert targets_of(pensions) == [(Decimal(98), "%", ">=")]
    assert all(
        t.value not in (Decimal("4.2"), Decimal(30)) for c in doc.commitments() for t in c.targets
    )


def test_tab_rows_pasted_from_a_spreadsheet_with_empty_cells(parse):
    text = (
        "2025年南岭乡为民办实事项目\t\t\t\t\n"
        "序号\t项目名称\t建设内容\t责任单位\t完成时限\n"
        "1\t村级文化广场\t新建文化广场6个，农家书屋3个\t文化站\t10月底前\n"
        "2\t农村饮水\t新建集中供水工程2处\t水利站\t\n"
        "3\t道路硬化\t硬化通组道路12公里\t\t三季度末\n"
    )
    doc = parse(text).documents[0]
    assert doc.plan_year == 2025
    squares, water, roads = doc.commitments()
    assert squares.text == "村级文化广场，新建文化广场6个，农家书屋3个"
    assert (squares.owner, squares.deadline) == ("文化站", day("2025-10-31"))
    assert (water.owner, water.deadline) == ("水利站", day("2025-12-31"))
    assert roads.deadline == day("2025-09-30")
    assert targets_of(roads) == [(Decimal(12), "公里", ">=")]


def test_one_cell_per_line_with_co_owners_and_officials(parse):
    text = (
        "马山镇2025年重点工作任务清单\n"
        "序号\n工作任务\n牵头单位\n配合单位\n责任领导\n完成时限\n"
        "1\n新建幸福院1所\n社会事务办\n财政所\n刘洋\n8月底前\n"
        "2\n完成林下种植2000亩\n林业站\n各村\n陈刚\n年底前\n"
    )
    doc = parse(text).documents[0]
    home, forest = doc.commitments()
    assert (home.text, home.owner, home.co_owners, home.official) == (
        "新建幸福院1所",
        "社会事务办公室",
        ["财政所"],
        "刘洋",
    )
    assert home.deadline == day("2025-08-31")
    assert (forest.owner, forest.official, forest.deadline) == ("林业站", "陈刚", day("2025-12-31"))
    assert targets_of(forest) == [(Decimal(2000), "亩", ">=")]


def test_a_ledger_with_a_subtitle_a_total_row_and_a_note(parse):
    data = xlsx(
        {
            "Sheet1": [
                ["金山镇2025年重点项目建设台账"],
                ["填报单位：金山镇人民政府", None, None, "填报时间：2025年1月8日"],
                ["序号", "项目名称", "年度目标任务", "责任单位", "计划完成时间", "当前进度"],
                [
                    1.0,
                    "标准化厂房",
                    "新建厂房2万平方米",
                    "经发办",
                    datetime.datetime(2025, 9, 30),
                    0.3,
                ],
                [2.0, "污水管网", "铺设污水管网15公里", "生态环境办", "2025年12月", None],
                ["合计", None, None, None, None, None],
                ["注：进度每月5日前更新。"],
            ]
        },
        merges={"Sheet1": ["A1:F1", "A7:F7"]},
    )
    doc = parse(data, "ledger.xlsx").documents[0]
    assert (doc.title, doc.plan_year) == ("金山镇2025年重点项目建设台账", 2025)
    plants, sewers = doc.commitments()
    assert plants.text == "标准化厂房，新建厂房2万平方米"
    assert (plants.owner, plants.deadline) == ("经济发展办公室", day("2025-09-30"))
    assert targets_of(plants) == [(Decimal(2), "万平方米", ">=")]
    assert (sewers.owner, sewers.deadline) == ("生态环境办公室", day("2025-12-31"))
    assert len(doc.sections) == 1


def test_a_tab_separated_csv_in_gbk(parse):
    text = (
        "序号\t目标任务\t牵头单位\t配合单位\t完成时限\r\n"
        "1\t新增城镇就业500人\t社会事务办\t便民服务中心\t2025/12/31\r\n"
        "2\t完成高标准农田建设3000亩\t农业农村办\t自然资源所、财政所\t2025/6/30\r\n"
    )
    doc = parse(text.encode("gbk"), "2025年任务清单.tsv").documents[0]
    assert (doc.title, doc.plan_year) == ("2025年任务清单", 2025)
    jobs, fields = doc.commitments()
    assert (jobs.owner, jobs.co_owners, jobs.deadline) == (
        "社会事务办公室",
        ["便民服务中心"],
        day("2025-12-31"),
    )
    assert (fields.co_owners, fields.deadline) == (["自然资源所", "财政所"], day("2025-06-30"))


def test_a_pdf_table_with_a_unit_merged_down_and_a_heading_row(parse):
    data = pdf(
        [
            ("line", "龙泉镇2025年重点工作任务分解表"),
            (
                "table",
                [
                    ["序号", "重点任务", "责任单位", "完成时限"],
                    ["一、乡村振兴"],
                    ["1", "新建高标准农田3000亩", "农业农村办", "10月底前"],
                    ["2", "发展特色种植基地2个", "农业农村办", "年底前"],
                    ["二、基础设施"],
                    ["3", "改造农村危桥4座", "自然资源所", "三季度末"],
                ],
            ),
        ]
    )
    doc = parse(data, "tasks.pdf").documents[0]
    assert doc.plan_year == 2025
    assert [s.title for s in doc.sections] == ["乡村振兴", "基础设施"]
    farmland, bases, bridges = doc.commitments()
    assert (farmland.owner, farmland.deadline) == ("农业农村办公室", day("2025-10-31"))
    assert bases.owner == "农业农村办公室"
    assert (bridges.owner, bridges.deadline) == ("自然资源所", day("2025-09-30"))
    assert targets_of(bridges) == [(Decimal(4), "座", ">=")]


def test_one_cell_per_line_that_leaves_empty_cells_out(parse):
    text = (
        "2025年北坡镇民生实事清单\n"
        "序号\n工作任务\n责任单位\n配合单位\n责任领导\n完成时限\n完成情况\n"
        "1\n新建农村公厕12座\n农业农村办\n自然资源所\n王强\n9月底前\n已开工5座\n"
        "2\n新增公益性岗位40个\n社会事务办\n李娜\n年底前\n"
        "3\n改造村级卫生室5所\n社会事务办\n财政所\n6月底前\n"
    )
    doc = parse(text).documents[0]
    toilets, jobs, clinics = doc.commitments()
    assert (toilets.co_owners, toilets.official, toilets.deadline) == (
        ["自然资源所"],
        "王强",
        day("2025-09-30"),
    )
    assert (jobs.owner, jobs.co_owners, jobs.official, jobs.deadline) == (
        "社会事务办公室",
        [],
        "李娜",
        day("2025-12-31"),
    )
    assert (clinics.co_owners, clinics.official, clinics.deadline) == (
        ["财政所"],
        None,
        day("2025-06-30"),
    )


def test_a_ledger_whose_headings_are_numbered_in_the_first_column(parse):
    data = xlsx(
        {
            "Sheet1": [
                ["2025年清河镇为民办实事项目进度表", None, None, None, None],
                ["序号", "项目", "目标任务", "责任单位", "完成时限"],
                ["一", "教育", None, None, None],
                [1, "幼儿园", "新建公办幼儿园1所，新增学位180个", "社会事务办", "8月底前"],
                ["二", "交通", None, None, None],
                [2, "村道", "硬化村组道路25公里", "自然资源所", "11月底前"],
            ]
        },
        merges={"Sheet1": ["A1:E1", "B3:E3", "B5:E5"]},
    )
    doc = parse(data, "shishi.xlsx").documents[0]
    assert [s.title for s in doc.sections] == ["教育", "交通"]
    school, roads = doc.commitments()
    assert targets_of(school) == [(Decimal(1), "所", ">="), (Decimal(180), "个", ">=")]
    assert (roads.owner, roads.deadline) == ("自然资源所", day("2025-11-30"))


def test_sheets_with_task_name_columns_and_progress_percentages(parse):
    header = ["序号", "任务名称", "责任科室", "时限要求", "完成进度"]
    data = xlsx(
        {
            "产业": [header, [1, "新建茶园800亩", "农业农村办", "2025年11月30日前", "50%"]],
            "民生": [
                header,
                [1, "新增城镇就业300人", "社会事务办", "2025年12月31日前", ""],
                [2, "建成农村幸福院2所", "社会事务办", "2025年9月30日前", ""],
            ],
        }
    )
    doc = parse(data, "tasks.xlsx", year=2025).documents[0]
    assert [s.title for s in doc.sections] == ["产业", "民生"]
    tea, jobs, homes = doc.commitments()
    assert targets_of(tea) == [(Decimal(800), "亩", ">=")]  # not the 50% of progress
    assert (jobs.deadline, homes.deadline) == (day("2025-12-31"), day("2025-09-30"))


def test_a_ledger_that_starts_in_column_b_under_an_attachment_mark_with_spaced_headers(parse):
    data = xlsx(
        {
            "Sheet1": [
                [None, "附件"],
                [None, "2025年东山镇重点工作目标任务分解表"],
                [None, "序 号", "工 作 任 务", "责 任 单 位", "完 成 时 限"],
                [None, 1, "新建农村公路10公里", "自然资源所", "10月底"],
                [None, 2, "完成植树造林800亩", "林业站", "4月底"],
            ]
        }
    )
    doc = parse(data, "fenjie.xlsx").documents[0]
    assert (doc.title, doc.plan_year) == ("2025年东山镇重点工作目标任务分解表", 2025)
    roads, trees = doc.commitments()
    assert (roads.owner, roads.deadline) == ("自然资源所", day("2025-10-31"))
    assert (trees.owner, trees.deadline) == ("林业站", day("2025-04-30"))


def test_a_markdown_table_with_line_breaks_in_a_cell_and_full_width_pipes(parse):
    markdown = (
        "# 2025年南湖镇重点工作清单\n\n"
        "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 新建垃圾中转站1座<br>配套收集车辆4台 | 生态环境办 | 8月底前 |\n"
        "| 2 | 完成农村改厕300户 | 农业农村办 | 10月底前 |\n"
    )
    station, toilets = parse(markdown, "list.md").documents[0].commitments()
    assert station.text == "新建垃圾中转站1座；配套收集车辆4台"
    assert targets_of(station) == [(Decimal(1), "座", ">="), (Decimal(4), "台", ">=")]
    assert toilets.deadline == day("2025-10-31")
    full_width = (
        "2025年北山乡为民办实事\n序号｜项目内容｜责任单位｜完成时间\n"
        "1｜新建村级卫生室3所｜社会事务办｜2025年10月\n2｜改造危旧房屋50户｜自然资源所｜2025年12月\n"
    )
    clinics, houses = parse(full_width).documents[0].commitments()
    assert (clinics.owner, clinics.deadline) == ("社会事务办公室", day("2025-10-31"))
    assert (houses.owner, houses.deadline) == ("自然资源所", day("2025-12-31"))


def test_a_word_table_that_repeats_its_header_and_a_pdf_table_with_wrapped_cells(parse):
    from tests.importer.word_documents import document, run, table

    rows = [
        ["序号", "项目", "责任单位", "完成时间"],
        ["1", "新建公厕8座", "农业农村办", "2025年6月"],
        ["序号", "项目", "责任单位", "完成时间"],
        ["2", "硬化道路6公里", "自然资源所", "2025年9月"],
    ]
    word = parse(document(run("清溪镇2025年民生实事项目"), table(rows)), "s.docx")
    toilets, roads = word.documents[0].commitments()
    assert (toilets.deadline, roads.owner) == (day("2025-06-30"), "自然资源所")
    wrapped = pdf(
        [
            ("line", "2025年长乐镇重点工作任务分解表"),
            (
                "table",
                [
                    ["序号", "工作任务", "责任单位", "完成\n时限"],
                    [
                        "1",
                        "新建高标准农田3000亩，配套建设\n机耕道路12公里",
                        "农业农村办",
                        "10月\n底前",
                    ],
                    ["2", "新增城镇就业400人", "社会事务办", "年底前"],
                ],
            ),
        ]
    )
    farmland, jobs = parse(wrapped, "t.pdf").documents[0].commitments()
    assert farmland.text == "新建高标准农田3000亩，配套建设机耕道路12公里"
    assert (farmland.deadline, jobs.deadline) == (day("2025-10-31"), day("2025-12-31"))


def test_headers_named_after_the_work_and_its_leaders(parse):
    text = (
        "2025年桃源镇重点工作推进表\n"
        "序号\t重点工作\t责任单位\t督办领导\t完成节点\t工作进展\n"
        "1\t建成农产品展销中心1个\t经发办\t赵强\t9月底前\t主体完工\n"
        "2\t新增家庭农场15家\t农业农村办\t孙悦\t年底前\t已认定6家\n"
    )
    centre, farms = parse(text).documents[0].commitments()
    assert (centre.official, centre.deadline) == ("赵强", day("2025-09-30"))
    assert targets_of(farms) == [(Decimal(15), "家", ">=")]  # not the 6 already done
    assert (farms.owner, farms.official) == ("农业农村办公室", "孙悦")
