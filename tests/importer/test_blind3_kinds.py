"""Kinds of fault the third blind set (tests/importer/blind3/) found, each written again in
wordings and layouts of its own: none of these documents copies a blind document's sentences."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

# -- a labelled item's title line and its content line -----------------------------------

TITLED_ITEMS = {
    "建设内容 after a numbered title, a notice after the last item": (
        "关于2026年东坝镇为民办实事项目的公告\n\n经镇人代会票决，现将项目公告如下。\n\n"
        "1、村级养老服务站建设\n建设内容：新建村级养老服务站3个。\n牵头单位：社会事务办\n"
        "完成时限：9月底前\n\n"
        "2、农村公路改造\n建设内容：改造农村公路12公里。\n牵头单位：经发办\n"
        "配合单位：财政所\n完成时限：10月底前\n\n"
        "联系电话：0731-0000000。\n\n东坝镇人民政府\n2026年2月1日\n"
    ),
    "项目内容 and 实施内容, items in brackets": (
        "东坝镇2026年民生项目清单\n"
        "（一）村级养老服务站建设\n项目内容：新建村级养老服务站3个\n责任单位：社会事务办\n"
        "完成时间：2026年9月\n"
        "（二）农村公路改造\n实施内容：改造农村公路12公里\n责任单位：经发办、财政所\n"
        "完成时间：2026年10月\n"
    ),
    "工作任务 under one heading": (
        "东坝镇2026年重点工作\n一、民生实事\n"
        "1.村级养老服务站建设\n工作任务：新建村级养老服务站3个。\n牵头单位：社会事务办\n"
        "完成时限：2026年9月30日\n"
        "2.农村公路改造\n主要内容：改造农村公路12公里。\n牵头单位：经发办\n"
        "配合单位：财政所\n完成时限：2026年10月31日\n"
        "二、安全生产\n1.安全生产检查\n具体措施：开展安全生产大检查4次。\n"
        "牵头单位：应急办\n完成时限：2026年12月\n"
    ),
}


@pytest.mark.parametrize("layout", list(TITLED_ITEMS))
def test_a_labelled_items_title_line_is_its_pledge_and_its_content_label_is_not(parse, layout):
    pledges = commitments_of(parse(TITLED_ITEMS[layout]))
    assert [p.text.split("：")[0] for p in pledges][:2] == ["村级养老服务站建设", "农村公路改造"]
    assert [p.text.split("：")[1][:4] for p in pledges][:2] == ["新建村级", "改造农村"]
    assert not any("内容" in p.text or "任务：" in p.text or "措施" in p.text for p in pledges)
    assert [p.deadline.isoformat() for p in pledges][:2] == ["2026-09-30", "2026-10-31"]
    assert [p.targets[0].value for p in pledges] == [3, 12, 4][: len(pledges)]
    assert [p.owner for p in pledges][:2] == ["社会事务办公室", "经济发展办公室"]


def test_a_content_label_without_a_title_line_is_left_out(parse):
    (pledge,) = commitments_of(
        parse("东坝镇2026年重点工作\n1.建设内容：新建村级养老服务站3个。\n牵头单位：社会事务办\n")
    )
    assert pledge.text == "新建村级养老服务站3个。"


def test_a_title_line_ending_a_sentence_keeps_its_content_line_label_free(parse):
    """``内容`` inside a pledge's sentence is its text, not a label."""
    (pledge,) = commitments_of(
        parse(
            "东坝镇2026年重点工作\n1.完善养老服务，丰富服务内容，新建村级养老服务站3个。\n"
            "牵头单位：社会事务办\n"
        )
    )
    assert "丰富服务内容" in pledge.text


# -- a PDF's page furniture and a document number over the title ------------------------

PLAN_PARAGRAPHS = [
    "为改善群众出行条件，补齐农村基础设施短板，结合我镇实际，制定本方案。",
    "一、重点任务",
    "（一）改造提升农村公路。改造农村公路12.5公里，新建错车道40处，9月底前全部完工并交付使用。（经发办牵头，各村配合）",
    "（二）实施危桥改造。完成危桥改造3座，对全镇26座桥梁开展安全检测，三季度末前完成检测报告。（规划建设办负责）",
    "（三）完善农村客运。新建港湾式候车亭15个，开通镇村公交线路2条，年底前实现建制村通客车率100%。（经发办负责）",
    "（四）加强路域环境整治。清理公路沿线垃圾堆放点60处，栽植行道树3000株，10月底前完成。（生态办牵头）",
]


def _typeset_pdf(
    first_lines: list[str],
    header: str | None,
    header_size: int,
    footer: str | None,
    per_line: int,
    lines_per_page: int,
) -> bytes:
    """A typeset plan: a number and a title in a large size, paragraphs broken every
    ``per_line`` characters, a page break every ``lines_per_page`` lines, and a running
    header or footer on the pages after the first."""
    from fpdf import FPDF

    from tests.importer.table_documents import cjk_font

    class Typeset(FPDF):
        def header(self) -> None:
            if header and self.page_no() > 1:
                self.set_font("cjk", size=header_size)
                self.cell(0, 6, header, align="R")
                self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("cjk", size=9)
            self.cell(0, 8, footer or f"- {self.page_no()} -", align="C")

    document = Typeset(format="A4")
    document.add_font("cjk", fname=cjk_font())
    document.set_auto_page_break(False)
    document.add_page()
    document.set_font("cjk", size=13)
    for line in first_lines:
        document.cell(0, 9, line)
        document.ln(9)
    document.set_font("cjk", size=20)
    document.multi_cell(0, 11, "东坝镇2026年农村公路提质改造工作实施方案", align="C")
    document.ln(4)
    written = 0
    for paragraph in PLAN_PARAGRAPHS:
        document.set_font("cjk", size=13)
        for at in range(0, len(paragraph), per_line):
            if written and written % lines_per_page == 0:
                document.add_page()
                document.set_font("cjk", size=13)
            document.cell(0, 9, paragraph[at : at + per_line])
            document.ln(9)
            written += 1
    return bytes(document.output())


PDF_LAYOUTS = {
    "a document number, a small running header, a page break every 9 lines": (
        ["东政发〔2026〕3号"],
        "东坝镇人民政府",
        9,
        None,
        25,
        9,
    ),
    "a header in the body's size on every later page, a page every 6 lines": (
        ["东政办发[2026]12号"],
        "东坝镇人民政府文件",
        13,
        None,
        27,
        6,
    ),
    "no number, a footer of its own, 24 characters a line": (
        [],
        "2026年农村公路工作",
        10,
        "东坝镇党政综合办公室印",
        24,
        7,
    ),
}


@pytest.mark.parametrize("layout", list(PDF_LAYOUTS))
def test_a_typeset_pdf_has_its_title_year_and_sentences_without_page_furniture(parse, layout):
    document = parse(_typeset_pdf(*PDF_LAYOUTS[layout]), "fangan.pdf").documents[0]
    assert document.title == "东坝镇2026年农村公路提质改造工作实施方案"
    assert document.plan_year == 2026
    pledges = commitments_of(parse(_typeset_pdf(*PDF_LAYOUTS[layout]), "fangan.pdf"))
    texts = [p.text for p in pledges]
    assert texts == [
        "改造农村公路12.5公里，新建错车道40处，9月底前全部完工并交付使用。",
        "完成危桥改造3座，对全镇26座桥梁开展安全检测，三季度末前完成检测报告。",
        "新建港湾式候车亭15个，开通镇村公交线路2条，年底前实现建制村通客车率100%。",
        "清理公路沿线垃圾堆放点60处，栽植行道树3000株，10月底前完成。",
    ], texts
    assert [p.deadline.isoformat() for p in pledges] == [
        "2026-09-30",
        "2026-09-30",
        "2026-12-31",
        "2026-10-31",
    ]
    assert [p.owner for p in pledges] == [
        "经济发展办公室",
        "规划建设办",
        "经济发展办公室",
        "生态环境办公室",
    ]


@pytest.mark.parametrize(
    "number", ["石政发〔2026〕5号", "东政办发[2026]12号", "青委发（2026）第3号"]
)
def test_a_document_number_over_the_title_is_not_the_title(parse, number):
    document = parse(
        f"{number}\n\n东坝镇2026年农村公路建设实施方案\n\n为改善群众出行条件，制定本方案。\n"
        "一、重点任务\n（一）改造农村公路12公里，9月底前完工。（经发办牵头）\n"
        "（二）新建桥梁2座。（规划建设办负责）\n"
    ).documents[0]
    assert document.title == "东坝镇2026年农村公路建设实施方案"
    assert document.plan_year == 2026
    assert [c.deadline.isoformat() for c in document.commitments()] == ["2026-09-30", "2026-12-31"]


# -- a ledger's owner cell over lines, or with role words -------------------------------

#: (owner cell, lead, co-owners): units a ledger's clerk wrote in one cell
OWNER_CELLS = [
    ("农业办（牵头）\n财政所、各村", "农业农村办公室", ["财政所", "各村"]),
    ("县住建局\n镇规划建设办", "县住建局", ["镇规划建设办"]),
    ("生态办牵头；\n各村（社区）配合", "生态环境办公室", ["各村（社区）"]),
    ("经发办\n（配合：国土所、供电所）", "经济发展办公室", ["自然资源所", "供电所"]),
    ("社事办(牵头)，民政所", "社会事务办公室", ["民政所"]),
    ("应急办牵头负责\n派出所、林业站协助", "应急管理办公室", ["派出所", "林业站"]),
]
LEDGER_TASKS = [
    "改造村道5.5公里",
    "新建公厕6座",
    "清理河道20公里",
    "建成冷库2万立方米",
    "新增护理床位30张",
    "开展消防检查4次",
]


def _ledger_rows() -> list[list[str]]:
    rows = [["序号", "重点任务", "责任单位", "完成时限"]]
    for n, ((cell, _, _), task) in enumerate(zip(OWNER_CELLS, LEDGER_TASKS, strict=True), 1):
        rows.append([str(n), task, cell, "2026年9月底前"])
    return rows


def _word_ledger() -> bytes:
    from tests.importer.word_documents import document, run, table

    rows = _ledger_rows()
    cells = table([[v.replace("\n", "¶") for v in row] for row in rows])
    cells = cells.replace("¶", '</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">')
    return document(run("东坝镇2026年重点工作督办台账"), cells)


def _csv_ledger() -> bytes:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows([["东坝镇2026年重点工作督办台账"], *_ledger_rows()])
    return out.getvalue().encode("utf-8")


LEDGERS = {
    "xlsx": lambda: xlsx({"台账": [["东坝镇2026年重点工作督办台账"], *_ledger_rows()]}),
    "csv": _csv_ledger,
    "docx": _word_ledger,
}


@pytest.mark.parametrize("kind", list(LEDGERS))
def test_a_ledgers_owner_cell_over_lines_gives_a_lead_and_co_owners(parse, kind):
    pledges = commitments_of(parse(LEDGERS[kind](), f"taizhang.{kind}"))
    assert [p.text for p in pledges] == LEDGER_TASKS
    assert [(p.owner, p.co_owners) for p in pledges] == [(lead, co) for _, lead, co in OWNER_CELLS]
    assert all(p.owner_source == "explicit" for p in pledges)


def test_a_co_owner_column_over_lines_is_one_unit_a_line(parse):
    data = xlsx(
        {
            "台账": [
                ["东坝镇2026年重点工作督办台账"],
                ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
                ["1", "改造村道5.5公里", "经发办", "财政所\n国土所\n各村", "2026年9月底前"],
            ]
        }
    )
    (pledge,) = commitments_of(parse(data, "taizhang.xlsx"))
    assert (pledge.owner, pledge.co_owners) == ("经济发展办公室", ["财政所", "自然资源所", "各村"])


# -- role words after a 责任单位 list ----------------------------------------------------


@pytest.mark.parametrize(
    "item, lead, co",
    [
        (
            "改造村道5公里。（责任单位：经发办、财政所，各村配合）",
            "经济发展办公室",
            ["财政所", "各村"],
        ),
        ("新建公厕6座。（责任单位：县住建局，镇规划建设办协助）", "县住建局", ["镇规划建设办"]),
        (
            "清理河道20公里。（责任单位：水利站牵头，生态办、沿线各村参与）",
            "水利站",
            ["生态环境办公室", "沿线各村"],
        ),
        (
            "新增护理床位30张。\n责任单位：社事办，镇卫生院配合\n完成时限：9月底前",
            "社会事务办公室",
            ["镇卫生院"],
        ),
        (
            "开展消防检查4次。\n牵头单位：应急办；配合单位：派出所\n责任单位：各村配合",
            "应急管理办公室",
            ["派出所", "各村"],
        ),
    ],
)
def test_role_words_after_a_labelled_owner_list_are_not_part_of_a_name(parse, item, lead, co):
    (pledge,) = commitments_of(parse(f"东坝镇2026年工作要点\n一、重点任务\n1.{item}\n"))
    assert (pledge.owner, pledge.co_owners) == (lead, co)
    assert not any(role in name for name in pledge.co_owners for role in ("配合", "协助", "参与"))


# -- an owner bracket after a pledge, in any script and width ---------------------------


@pytest.mark.parametrize(
    "bracket, lead, co, deadline",
    [
        ("（農業辦牽頭，水利站配合，１１月份）", "农业农村办公室", ["水利站"], "2026-11-30"),
        ("（农业办牵头，水利站配合，11月份前）", "农业农村办公室", ["水利站"], "2026-11-30"),
        ("（社事辦，長期堅持）", "社会事务办公室", [], "2026-12-31"),
        ("（社事办，常态化开展）", "社会事务办公室", [], "2026-12-31"),
        (
            "（縣住建局牽頭，規劃建設辦具體實施，２０２６年８月底前）",
            "县住建局",
            ["规划建设办"],
            "2026-08-31",
        ),
        ("(县住建局牵头,规划建设办组织实施,8月底前)", "县住建局", ["规划建设办"], "2026-08-31"),
        ("（經發辦，持續推進）", "经济发展办公室", [], "2026-12-31"),
    ],
)
def test_an_owner_bracket_after_a_pledge_is_its_owners_and_time(parse, bracket, lead, co, deadline):
    pledges = commitments_of(
        parse(
            "東壩鎮2026年工作要點\n一、重點任務\n"
            f"１．改造農村公路１２公里，新建錯車道４０處。{bracket}\n"
            "２．新建公廁６座。（農業辦，年底前）\n"
        )
    )
    assert len(pledges) == 2, [p.text for p in pledges]
    first = pledges[0]
    assert (first.owner, first.co_owners, first.deadline.isoformat()) == (lead, co, deadline)
    assert [t.value for t in first.targets] == [12, 40]


def test_a_bracket_that_names_no_owner_stays_with_its_pledge(parse):
    pledges = commitments_of(
        parse(
            "东坝镇2026年工作要点\n一、重点任务\n1.改造村道5公里。（视上级资金到位情况另行安排）\n"
            "2.新建公厕6座。（住建部门指导，有关村组实施到位）\n"
        )
    )
    assert [p.text[:6] for p in pledges] == ["改造村道5公", "新建公厕6座"]


# -- the sign-off block after the last item ----------------------------------------------

PLAN_BODY = (
    "一、产业发展\n1、新建蔬菜大棚20个，6月底前完工。\n2、发展稻虾共养300亩。\n"
    "二、人居环境\n1、完成改厕40户，户厕普及率达到95%以上。\n"
)
SIGNOFFS = {
    "a village's two issuers and a date": (
        "\n中共红旗村支部委员会\n红旗村村民委员会\n2026年2月3日\n"
    ),
    "a town in Chinese numerals, in brackets": "\n\n东坝镇人民政府\n（二〇二六年二月三日）\n",
    "publication note, 抄送 and 印发 lines": (
        "\n东坝镇人民政府\n2026年2月3日\n（此件公开发布）\n——————————\n"
        "抄送：县农业农村局，县乡村振兴局。\n东坝镇党政综合办公室        2026年2月3日印发\n"
    ),
    "a party committee and a contact": (
        "\n中共东坝镇委员会\n2026年2月3日\n联系人：张明，联系电话：0731-0000000\n"
    ),
}


@pytest.mark.parametrize("signoff", list(SIGNOFFS))
def test_the_sign_off_block_after_the_last_item_is_no_pledge(parse, signoff):
    pledges = commitments_of(parse("红旗村2026年工作计划\n" + PLAN_BODY + SIGNOFFS[signoff]))
    assert [p.text for p in pledges] == [
        "新建蔬菜大棚20个，6月底前完工。",
        "发展稻虾共养300亩。",
        "完成改厕40户，户厕普及率达到95%以上。",
    ]
    assert pledges[-1].deadline.isoformat() == "2026-12-31"


def test_a_last_pledge_that_names_a_committee_is_a_pledge(parse):
    pledges = commitments_of(
        parse(
            "红旗村2026年工作计划\n" + PLAN_BODY + "2、健全村务监督委员会\n"
            "\n红旗村村民委员会\n2026年2月3日\n"
        )
    )
    assert [p.text for p in pledges][-1] == "健全村务监督委员会"


# -- targets: units of a crop or a count, a capacity before 的, a count after 对, a baseline --


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("发展香菇、木耳等食用菌150万棒，带动农户增收。", [("150", "万棒")]),
        ("全年种植黑木耳80万袋。", [("80", "万袋")]),
        ("进京越级上访控制在2批次以内，信访事项按期办结率100%。", [("2", "批次"), ("100", "%")]),
        ("新建装机容量300千瓦的屋顶分布式光伏电站一座。", [("300", "千瓦")]),
        ("建成日处理50吨的有机肥加工厂一个。", [("50", "吨")]),
        ("对12所村小进行校舍维修。", [("12", "所")]),
        ("计划对6个老旧小区实施改造提升。", [("6", "个")]),
        ("污水处理能力由1500吨/日提升至3000吨/日。", [("3000", "吨/日")]),  # a capacity a day
        ("村集体经济收入从15万元增加到25万元以上。", [("25", "万元")]),
        ("森林覆盖率由62%提高到65%。", [("65", "%")]),
    ],
)
def test_targets_of_the_kinds_the_third_blind_set_missed(parse, sentence, expected):
    (pledge,) = commitments_of(parse(f"东坝镇2026年工作要点\n一、重点任务\n1.{sentence}\n"))
    assert [(str(t.value), t.unit) for t in pledge.targets] == expected


def test_a_qualifier_before_的_is_still_no_target(parse):
    (pledge,) = commitments_of(
        parse("东坝镇2026年工作要点\n一、重点任务\n1.集体经济收入超过20万元的村达到8个。\n")
    )
    assert [(str(t.value), t.unit) for t in pledge.targets] == [("8", "个")]


# -- owners written in prose: the unit the town helps, the unit that runs it ------------


@pytest.mark.parametrize(
    "sentence, lead",
    [
        ("配合县住建局完成集镇主街道改造1.2公里，9月底前完工。", "县住建局"),
        ("积极配合县水利局做好小型水库除险加固3座。", "县水利局"),
        ("二是协助县交通运输局实施农村公路安防工程15公里。", "县交通运输局"),
        ("新建冷链仓储中心1个，由村股份经济合作社统一经营。", "村股份经济合作社"),
        ("改造农贸市场1处，建成后由镇市场服务中心统一管理。", "镇市场服务中心"),
        ("建设光伏电站200千瓦，由村集体经济合作社负责运营维护。", "村集体经济合作社"),
    ],
)
def test_an_owner_written_in_prose_as_the_unit_helped_or_the_unit_that_runs_it(
    parse, sentence, lead
):
    (pledge,) = commitments_of(parse(f"东坝镇2026年工作要点\n一、重点任务\n1.{sentence}\n"))
    assert (pledge.owner, pledge.owner_source) == (lead, "explicit")


def test_a_unit_that_helps_another_before_it_is_the_co_owner(parse):
    (pledge,) = commitments_of(
        parse("东坝镇2026年工作要点\n一、重点任务\n1.财政所配合经发办完成项目资金审计4次。\n")
    )
    assert (pledge.owner, pledge.co_owners) == ("经济发展办公室", ["财政所"])


def test_a_sections_content_label_over_numbered_items_leaves_the_items_pledges(parse):
    pledges = commitments_of(
        parse(
            "东坝镇2026年重点工作任务\n一、产业发展\n工作目标：全年新增就业300人。\n"
            "1.新建标准厂房2万平方米\n牵头单位：经发办\n完成时限：9月底前\n"
            "2.培育规上企业3家\n牵头单位：经发办\n完成时限：年底前\n"
            "二、社会事业\n1.新建养老服务站3个\n牵头单位：社会事务办\n完成时限：10月底前\n"
        )
    )
    assert [p.text for p in pledges] == [
        "全年新增就业300人。",  # the section's goal line states a number: a pledge too
        "新建标准厂房2万平方米",
        "培育规上企业3家",
        "新建养老服务站3个",
    ]
