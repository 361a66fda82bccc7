"""Faults a third blind tester found on documents the team had not seen, each written
again in wordings and layouts of its own (none is a copy of the tester's sentences)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from commitments.importer import CatalogEntry
from commitments.importer.owners import match_department
from tests.importer.conftest import commitments_of

# -- a unit written without (or with another) bracket than the catalog's name -----------


@pytest.mark.parametrize(
    "written",
    [
        "平安建设办公室",  # the catalog's name without its bracket
        "镇平安建设办公室",
        "平安建设办",  # 办 for 办公室
        "平安建设办公室（信访办）",  # another bracket
        "平安建设办公室(综治中心)",  # the bracket in ASCII
        "综治中心（平安建设办公室）",  # the two names the other way round
        "党政综合办",
        "应急管理办公室（安监站）",
    ],
)
def test_a_variant_of_a_catalog_name_is_that_unit(catalog, written):
    entry = match_department(written, catalog)
    assert entry is not None and entry.name.split("（")[0] == written_unit(written)


def written_unit(written: str) -> str:
    return {
        "党政综合办": "党政综合办公室",
        "应急管理办公室（安监站）": "应急管理办公室",
    }.get(written, "平安建设办公室")


@pytest.mark.parametrize(
    "written", ["县平安建设办公室", "平安建设协会", "平安建设中心", "建设办", "社会事务所"]
)
def test_a_different_unit_stays_unknown(catalog, written):
    assert match_department(written, catalog) is None


def test_a_variant_two_entries_share_names_neither():
    catalog = [
        CatalogEntry("社会事务办公室（民政）"),
        CatalogEntry("社会事务办（残联）"),
        CatalogEntry("文化旅游办公室"),
    ]
    assert match_department("社会事务办公室", catalog) is None
    assert match_department("文化旅游办", catalog).name == "文化旅游办公室"


def test_a_variant_is_no_other_units_name():
    """A key that is another entry's name as written is that entry's, not a variant."""
    catalog = [CatalogEntry("综治办"), CatalogEntry("综治办公室（信访）")]
    assert match_department("综治办", catalog).name == "综治办"
    assert match_department("综治办公室", catalog) is None


def test_owners_written_as_variants_in_prose_labels_and_brackets(parse):
    parsed = parse(
        "柳河镇2026年重点工作安排\n"
        "一、平安建设\n"
        "1.由平安建设办公室牵头，开展矛盾纠纷排查化解，年底前完成。\n"
        "2.推进网格化服务管理，划分网格30个。（平安建设办，6月底前）\n"
        "二、基层治理\n"
        "1.完善村级调解组织。\n牵头单位：平安建设办公室（信访办）\n配合单位：各村\n"
        "完成时限：2026年9月30日\n"
    )
    pledges = commitments_of(parsed)
    assert [(p.owner, p.owner_known) for p in pledges] == [("平安建设办公室（综治中心）", True)] * 3
    assert pledges[2].co_owners == ["各村"]
    assert not [w for w in parsed.documents[0].warnings if "不在单位目录" in w]


# -- counted nouns: a count after the thing, Chinese numerals, a verb before the object ---


def _first_item(parse, sentence: str):
    plan = f"2026年桥西镇工作要点\n一、城乡建设\n1.{sentence}\n二、其他\n1.开展清洁家园行动。\n"
    return commitments_of(parse(plan))[0]


def _targets(pledge) -> list[tuple[D, str]]:
    return [(t.value, t.unit) for t in pledge.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新建监控420个点位，年底前全部联网。", [(D(420), "个")]),
        ("全镇安装高清探头300个，实现主干道全覆盖。", [(D(300), "个")]),
        (
            "建成文化广场一处、污水处理站一座，改造学校两所。",
            [(D(1), "处"), (D(1), "座"), (D(2), "所")],
        ),
        ("三季度前新建公办幼儿园一所。", [(D(1), "所")]),
        ("年内改造提升中小学校舍三所、卫生院两家。", [(D(3), "所"), (D(2), "家")]),
        ("做好12个市级重点项目的要素保障。", [(D(12), "个")]),
        ("办好十件民生实事。", [(D(10), "件")]),
        ("新增停车位二百个。", [(D(200), "个")]),
    ],
)
def test_counted_nouns_are_targets(parse, sentence, expected):
    pledge = _first_item(parse, sentence)
    assert _targets(pledge) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "实施一批重点项目，推进城乡一体化。",
        "统一规划建设农村集中居住点。",
        "开展一次全面排查。",
        "走出一条绿色发展之路。",
        "推进青山工业园二期建设。",
        "落实安全生产15条硬措施。",
        "坚持一个中心、两个基本点。",
        "打造全省唯一一家数字乡村示范点。",
        "已建成游客中心一处，年内做好运营。",
        "新建5兆瓦光伏电站一处。",
        "一要加快项目建设，二要强化要素保障。",
        "第一，抓好招商引资；第二，推进一体化供水。",
        "2026年6月底前完成验收。",
        "落实“一岗双责”，实施“一村一策”。",
        "建立健全一套机制，打造一支队伍。",
        "建好一个平台，组建一支应急队伍。",
        "抓好两个重点，完成全年目标任务。",
    ],
)
def test_numbers_that_count_nothing_to_reach_are_not_targets(parse, sentence):
    pledge = _first_item(parse, sentence)
    assert [t for t in pledge.targets if t.unit != "兆瓦"] == []


def test_counts_in_a_speech_and_in_labelled_items(parse):
    speech = commitments_of(
        parse(
            "在2026年全镇工作会议上的讲话\n二、2026年工作安排\n"
            "（一）抓好民生。一是建成村级养老服务站一处；二是新建三座公厕，6月底前完工。\n"
            "（二）抓好平安。安装视频监控点位120个，9月底前完成。\n"
        )
    )
    assert [_targets(p) for p in speech] == [[(D(1), "处")], [(D(3), "座")], [(D(120), "个")]]
    labelled = commitments_of(
        parse(
            "南河镇2026年重点任务清单\n一、基础设施\n"
            "1.新建污水处理站一座，日处理能力500吨。\n牵头单位：生态环境办\n完成时限：2026年10月\n"
            "二、社会事业\n"
            "1.新建两所幼儿园。\n牵头单位：社会事务办\n完成时限：2026年8月\n"
        )
    )
    assert [_targets(p) for p in labelled] == [[(D(500), "吨")], [(D(2), "所")]]


# -- a title on two lines is one title ---------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("青石镇人民政府关于印发\n2026年重点工作任务分解的通知", "2026年重点工作任务分解"),
        (
            "青石镇人民政府关于印发《青石镇\n2026年重点工作任务分解》的通知",
            "青石镇2026年重点工作任务分解",
        ),
        ("关于印发青石镇2026年\n重点工作任务清单的通知", "青石镇2026年重点工作任务清单"),
        ("青石镇2026年重点工作\n任务分解表", "青石镇2026年重点工作任务分解表"),
        ("青石镇人民政府\n关于印发2026年城乡环境整治方案的通知", "2026年城乡环境整治方案"),
        # an issuer above its title, a date below it: not one title
        ("某县农业农村局\n2026年农业农村重点工作安排", "2026年农业农村重点工作安排"),
        ("青石镇2026年重点工作任务分解\n2026年1月5日", "青石镇2026年重点工作任务分解"),
    ],
)
def test_a_title_wrapped_over_two_lines_is_one_title(parse, heading, title):
    parsed = parse(
        f"{heading}\n一、产业发展\n1.新建温室大棚20栋。\n二、民生保障\n1.新建公厕3座。\n"
    )
    document = parsed.documents[0]
    assert document.title == title
    assert [len(s.commitments) for s in document.sections] == [1, 1]


def test_a_word_notice_whose_title_is_two_paragraphs(parse):
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("青石镇人民政府关于印发")
    document.add_paragraph("2026年民生实事任务分解的通知")
    document.add_paragraph("一、社会事业")
    document.add_paragraph("1.新建村级养老服务站4个，9月底前完成。")
    document.add_paragraph("二、基础设施")
    document.add_paragraph("1.改造农村公路10公里。")
    buffer = io.BytesIO()
    document.save(buffer)
    assert parse(buffer.getvalue(), "通知.docx").documents[0].title == "2026年民生实事任务分解"


# -- a single numbered heading over items of another numbering ----------------------------


@pytest.mark.parametrize(
    ("heading", "first", "second", "third"),
    [
        ("一、", "1.", "2.", "3."),
        ("（一）", "1、", "2、", "3、"),
        ("一、", "（1）", "（2）", "（3）"),
        ("第一部分 ", "1.", "2.", "3."),
    ],
)
def test_one_heading_over_numbered_items_is_one_section(parse, heading, first, second, third):
    parsed = parse(
        "白河镇2026年重点工作安排\n"
        f"{heading}社会治理\n"
        f"{first}社会事务办要做好低保对象动态管理，年底前完成复核。\n"
        f"{second}由应急办牵头，开展安全生产大检查4次。\n"
        f"{third}推进矛盾纠纷排查化解，平安办负责，6月底前完成。\n"
    )
    (section,) = parsed.documents[0].sections
    assert section.title == "社会治理"
    assert [(c.owner, c.owner_source) for c in section.commitments] == [
        ("社会事务办公室", "explicit"),
        ("应急管理办公室", "explicit"),
        ("平安建设办公室（综治中心）", "explicit"),
    ]
    assert [c.deadline.isoformat() for c in section.commitments] == [
        "2026-12-31",
        "2026-12-31",
        "2026-06-30",
    ]


def test_one_heading_over_labelled_items(parse):
    parsed = parse(
        "白河镇2026年民生实事任务清单\n一、民生实事\n"
        "1.新建村级养老服务站3个\n牵头单位：社会事务办\n完成时限：2026年9月底\n"
        "2.改造农村公路12公里\n牵头单位：经发办\n配合单位：财政所\n完成时限：2026年10月底\n"
    )
    (section,) = parsed.documents[0].sections
    assert section.title == "民生实事"
    assert [(c.text, c.owner, c.co_owners) for c in section.commitments] == [
        ("新建村级养老服务站3个", "社会事务办公室", []),
        ("改造农村公路12公里", "经济发展办公室", ["财政所"]),
    ]


def test_headings_that_go_on_after_the_items_are_sections_still(parse):
    parsed = parse(
        "白河镇2026年重点工作安排\n一、产业发展\n1.新建温室大棚20栋。\n2.培育家庭农场5家。\n"
        "二、民生保障\n1.新建公厕3座。\n2.改造农村公路10公里。\n"
    )
    assert [s.title for s in parsed.documents[0].sections] == ["产业发展", "民生保障"]
    assert [len(s.commitments) for s in parsed.documents[0].sections] == [2, 2]


@pytest.mark.parametrize("bracket", ["（平安办，6月底前）", "（应急办）", "(平安办牵头,各村配合)"])
def test_an_item_of_one_short_sentence_and_its_owner_bracket_is_a_pledge(parse, bracket):
    """``2.推进网格化服务管理。（平安办，6月底前）``: a short first sentence followed only by
    the owner's bracket is the pledge, not a sub-heading whose pledges follow."""
    pledges = commitments_of(
        parse(
            "柳河镇2026年工作要点\n一、平安建设\n"
            "1.开展矛盾纠纷排查化解，年底前完成。\n"
            f"2.推进网格化服务管理。{bracket}\n"
            "二、基层治理\n1.完善村级调解组织。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "开展矛盾纠纷排查化解，年底前完成。",
        "推进网格化服务管理。",
        "完善村级调解组织。",
    ]
    assert pledges[0].deadline.isoformat() == "2026-12-31"
    assert pledges[1].owner_source == "explicit"


# -- a flat list of labelled items is one section of pledges -------------------------------


FLAT_LISTS = {
    "item headings with a colon": (
        "1.养老服务：新建村级养老服务站3个，9月底前投入使用。\n牵头单位：社会事务办\n"
        "完成时限：2026年9月30日\n"
        "2.交通建设：改造农村公路12公里。\n牵头单位：经发办\n配合单位：财政所\n"
        "完成时限：2026年10月底\n"
        "3.安全生产：开展安全生产大检查4次。\n责任单位：应急办\n完成时限：2026年12月\n"
    ),
    "item headings on a line of their own": (
        "1.村级养老服务站建设\n建设内容：新建村级养老服务站3个，9月底前投入使用。\n"
        "牵头单位：社会事务办\n完成时限：2026年9月30日\n"
        "2.农村公路改造\n建设内容：改造农村公路12公里。\n牵头单位：经发办\n配合单位：财政所\n"
        "完成时限：2026年10月底\n"
        "3.安全生产检查\n建设内容：开展安全生产大检查4次。\n责任单位：应急办\n"
        "完成时限：2026年12月\n"
    ),
    "items with steps": (
        "（1）新建村级养老服务站3个。\n①6月底前完成选址；\n②9月底前投入使用。\n"
        "牵头单位：社会事务办\n完成时限：2026年9月30日\n"
        "（2）改造农村公路12公里。\n牵头单位：经发办\n配合单位：财政所\n"
        "完成时限：2026年10月底\n"
        "（3）开展安全生产大检查4次。\n责任单位：应急办；完成时限：2026年12月\n"
    ),
}


@pytest.mark.parametrize("layout", list(FLAT_LISTS))
def test_a_flat_labelled_list_is_one_section_of_pledges(parse, layout):
    parsed = parse("东坝镇2026年重点工作任务清单\n" + FLAT_LISTS[layout])
    (section,) = parsed.documents[0].sections
    assert section.title == "东坝镇2026年重点工作任务清单"
    pledges = section.commitments
    assert [(p.owner, p.co_owners) for p in pledges] == [
        ("社会事务办公室", []),
        ("经济发展办公室", ["财政所"]),
        ("应急管理办公室", []),
    ]
    assert [p.deadline.isoformat() for p in pledges] == ["2026-09-30", "2026-10-31", "2026-12-31"]
    assert [[(t.value, t.unit) for t in p.targets] for p in pledges] == [
        [(D(3), "个")],
        [(D(12), "公里")],
        [(D(4), "次")],
    ]
    assert all("单位" not in p.text and "时限" not in p.text for p in pledges)


def test_sections_with_one_labelled_item_each_stay_sections(parse):
    parsed = parse(
        "东坝镇2026年重点工作任务清单\n"
        "一、社会事业\n1.新建村级养老服务站3个。\n牵头单位：社会事务办\n完成时限：2026年9月30日\n"
        "二、基础设施\n1.改造农村公路12公里。\n牵头单位：经发办\n完成时限：2026年10月底\n"
    )
    assert [s.title for s in parsed.documents[0].sections] == ["社会事业", "基础设施"]
    assert [len(s.commitments) for s in parsed.documents[0].sections] == [1, 1]


# -- circled numbers: items of a list, or the parts of one pledge --------------------------


def test_circled_items_on_lines_under_a_heading_are_pledges(parse):
    parsed = parse(
        "东坝镇2026年工作要点\n一、项目建设\n"
        "①新建村级养老服务站3个，9月底前完成；\n"
        "②改造农村公路12公里，经发办负责；\n"
        "③开展安全生产大检查4次。\n"
        "二、民生保障\n①新建公厕6座。\n②发放助学金200人次。\n"
    )
    document = parsed.documents[0]
    assert [s.title for s in document.sections] == ["项目建设", "民生保障"]
    assert [c.text for c in commitments_of(parsed)] == [
        "新建村级养老服务站3个，9月底前完成；",
        "改造农村公路12公里，经发办负责；",
        "开展安全生产大检查4次。",
        "新建公厕6座。",
        "发放助学金200人次。",
    ]
    assert commitments_of(parsed)[1].owner == "经济发展办公室"


def test_circled_items_after_an_introduction_are_pledges(parse):
    pledges = commitments_of(
        parse(
            "在2026年全镇工作会议上的讲话\n二、2026年工作安排\n"
            "（一）办好民生实事。今年重点办好以下实事：①新建村级养老服务站3个；"
            "②改造农村公路12公里；③为60岁以上老人免费体检1次。\n"
            "（二）抓好安全生产。开展安全生产大检查4次。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "新建村级养老服务站3个；",
        "改造农村公路12公里；",
        "为60岁以上老人免费体检1次。",
        "开展安全生产大检查4次。",
    ]


@pytest.mark.parametrize(
    "parts",
    ["具体为：①集镇2座；②东坪村1座。", "分布如下：\n①集镇2座；\n②东坪村1座。"],
)
def test_circled_parts_after_a_pledge_belong_to_it(parse, parts):
    pledges = commitments_of(
        parse(
            f"东坝镇2026年工作要点\n一、人居环境\n1.新建公厕3座，{parts}\n"
            "2.改造农村公路12公里。\n二、其他\n1.开展清洁家园行动。\n"
        )
    )
    assert len(pledges) == 3
    toilets = pledges[0]
    assert toilets.text.startswith("新建公厕3座") and toilets.text.endswith("东坪村1座。")
    assert [(t.metric, t.value) for t in toilets.targets] == [
        ("新建公厕", D(3)),
        ("集镇", D(2)),
        ("东坪村", D(1)),
    ]


def test_circled_numbers_as_the_items_of_a_labelled_list(parse):
    parsed = parse(
        "东坝镇2026年重点工作任务清单\n"
        "①新建村级养老服务站3个。\n牵头单位：社会事务办\n完成时限：2026年9月30日\n"
        "②改造农村公路12公里。\n牵头单位：经发办\n配合单位：财政所\n完成时限：2026年10月底\n"
    )
    (section,) = parsed.documents[0].sections
    assert [
        (c.text, c.owner, c.co_owners, c.deadline.isoformat()) for c in section.commitments
    ] == [
        ("新建村级养老服务站3个。", "社会事务办公室", [], "2026-09-30"),
        ("改造农村公路12公里。", "经济发展办公室", ["财政所"], "2026-10-31"),
    ]


# -- the goals a plan states before its first section are a pledge ------------------------


@pytest.mark.parametrize(
    "goals",
    [
        "全年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业800人。",
        "今年的发展目标为：地区生产总值增长6%左右，城镇新增就业800人以上。",
        "主要目标：地区生产总值增长6%左右；城镇新增就业800人。",
    ],
)
def test_the_goals_before_the_first_section_are_a_pledge_of_section_0(parse, goals):
    document = parse(
        "在2026年全镇经济工作会议上的讲话\n同志们：\n"
        "一、2025年工作回顾\n全镇地区生产总值增长5.8%，新增就业650人。\n"
        "二、2026年工作安排\n"
        f"2026年工作的总体要求是：坚持稳中求进工作总基调。{goals}"
        "围绕上述目标，重点抓好以下工作：\n"
        "（一）抓项目。全年引进项目5个。\n（二）抓民生。新建公厕6座。\n"
    ).documents[0]
    goals_section, projects, people = document.sections
    assert (goals_section.number, projects.number, people.number) == (0, 1, 2)
    assert projects.commitments[0].code == "2026-01-01"
    (pledge,) = goals_section.commitments
    assert pledge.code == "2026-00-01"
    assert "总体要求" not in pledge.text and "围绕上述目标" not in pledge.text
    assert [(t.value, t.unit) for t in pledge.targets][:2] == [(D(6), "%"), (D(800), "人")]
    assert pledge.deadline.isoformat() == "2026-12-31"
    # the review's numbers are achievements, never pledges
    assert not any("5.8%" in c.text for c in document.commitments())


def test_a_goals_part_before_the_plan_part_is_a_pledge(parse):
    document = parse(
        "南山镇2026年重点工作计划\n"
        "一、工作目标\n全镇粮食产量稳定在3.2万吨以上，农村居民人均可支配收入增长7%。\n"
        "二、重点任务\n（一）新建高标准农田2000亩。\n（二）改造农村公路15公里。\n"
        "三、保障措施\n加强组织领导，强化督查考核。\n"
    ).documents[0]
    assert [s.title for s in document.sections] == [
        "工作目标",
        "新建高标准农田2000亩",
        "改造农村公路15公里",
    ]
    (pledge,) = document.sections[0].commitments
    assert [(t.value, t.unit) for t in pledge.targets] == [(D("3.2"), "万吨"), (D(7), "%")]
    assert not any("组织领导" in c.text for c in document.commitments())


def test_an_overview_without_numbers_is_no_pledge(parse):
    document = parse(
        "2026年东坪镇工作要点\n"
        "2026年工作的总体要求是：坚持稳中求进，全面推进乡村振兴。主要目标是：经济稳步增长，"
        "民生持续改善。\n"
        "一、项目建设\n1.引进项目5个。\n二、民生保障\n1.新建公厕6座。\n"
    ).documents[0]
    assert [s.number for s in document.sections] == [1, 2]


@pytest.mark.django_db
def test_the_goals_section_is_stored_and_a_reimport_changes_nothing(departments):
    from commitments.models import Commitment, Section
    from commitments.services.plan_import import PlanChoice, import_plan_file

    text = (
        "镇长在经济工作会议上的讲话\n同志们：\n"
        "一、2025年工作回顾\n全年完成税收700万元。\n二、2026年工作安排\n"
        "主要预期目标是：地区生产总值增长6%左右，城镇新增就业800人。\n"
        "（一）抓产业。新建温室大棚20栋。\n（二）抓民生。新建村级养老服务站3个。\n"
    )
    import_plan_file(text.encode(), "plan.txt", choice=PlanChoice())
    assert list(Section.objects.values_list("number", "title")) == [
        (0, "主要预期目标"),
        (1, "抓产业"),
        (2, "抓民生"),
    ]
    assert Commitment.objects.get(code="2026-00-01").targets.count() == 2
    import_plan_file(text.encode(), "plan.txt", choice=PlanChoice())
    assert Commitment.objects.count() == 3
