"""Unseen layouts: CRLF and full-width indentation, hard-wrapped PDF text, ranges,
spaced columns, 第一部分 with (1), one-paragraph 一是…二是…, Word automatic numbering.

Annotator decisions (SPEC §3):
- ``今年重点抓好以下几个方面的工作：一是…；二是…；三是…。`` in one paragraph: each
  ``一是`` is a section (SPEC lists ``一是…二是…`` as a section numbering style) whose
  heading is the short clause after it; its sentence is the commitment.
- A range (``3-5个``, ``5至8万元``) pledges at least its low end: value = low, ``>=``.
- ``翻一番`` states no number with a unit: no target rather than a guess. ``零发生`` was read
  so too, until walk14 m6: what must not happen is a naught target (0 起, ``<=``).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.unseen import counts, day, document_bytes, targets_of, titles


@pytest.fixture
def parsed(parse):
    def run(name: str):
        return parse(document_bytes(name), name).documents[0]

    return run


def test_a_2026_report_whose_plan_is_part_three_with_crlf_and_indentation(parsed):
    doc = parsed("plan-2026-third-part-crlf.txt")
    assert doc.plan_year == 2026
    assert titles(doc) == ["做强富民产业", "改善人居环境", "守牢安全底线"]
    assert counts(doc) == [2, 2, 2]
    firms, cold = doc.sections[0].commitments
    assert firms.text == "新培育农业龙头企业3-5个，特色种植面积增长8%左右。"
    assert targets_of(firms)[0] == (D(3), "个", ">=")
    assert firms.targets[0].metric == "新培育农业龙头企业"
    # 建成…中心一座: a count of one after the thing, the pledge's only measure, is its goal
    assert (cold.deadline, targets_of(cold)) == (day("2026-09-30"), [(D(1), "座", ">=")])
    assert targets_of(doc.sections[1].commitments[1]) == []  # 翻一番
    zero, money = doc.sections[2].commitments
    # 零发生: what must not happen is a naught target (walk14 m6, SPEC §3)
    assert targets_of(zero) == [(D(0), "起", "<="), (D(5), "‰", "<=")]
    assert targets_of(money) == [(D(5), "万元", ">="), (D(3), "%", "<=")]
    assert all("\r" not in c.text and "同志们" not in c.text for c in doc.commitments())


def test_hard_wrapped_pdf_text_is_joined_into_sentences(parsed):
    doc = parsed("pdf-hard-wrapped.txt")
    assert titles(doc) == ["抓好产业发展", "抓好基础设施", "抓好社会治理"]
    assert counts(doc) == [2, 2, 1]
    sheds, park = doc.sections[0].commitments
    assert sheds.text == "新建设施蔬菜大棚120栋，发展林下经济种植1500亩，6月底前完成大棚主体建设。"
    assert sheds.deadline == day("2026-06-30")
    assert targets_of(sheds) == [(D(120), "栋", ">="), (D(1500), "亩", ">=")]
    assert park.text == "推进农产品加工园建设，年底前建成投产。"
    roads, squares = doc.sections[1].commitments
    assert (roads.text, roads.deadline) == (
        "实施农村公路硬化25公里，9月底前全部完工。",
        day("2026-09-30"),
    )
    assert squares.text == "新建村级文化广场4个，改造提升便民服务中心1处。"  # page marker 2、
    assert doc.sections[2].commitments[0].text == "深化“枫桥经验”，矛盾纠纷化解率达到95%以上。"


def test_a_task_division_with_bracketed_labels_after_each_item(parsed):
    doc = parsed("tasklist-inline-division.txt")
    assert titles(doc) == ["产业发展", "民生保障"]
    assert counts(doc) == [2, 2]
    hub, villages = doc.sections[0].commitments
    assert hub.text.startswith("实施电商物流中心项目。") and "单位" not in hub.text
    assert (hub.owner, hub.co_owners, hub.owner_source) == (
        "经济发展办公室",
        ["自然资源所", "财政所"],
        "explicit",
    )
    assert hub.deadline == day("2026-09-30")
    assert [m.due for m in hub.milestones] == [day("2026-06-30")]
    assert targets_of(villages) == [(D(15), "万元", ">=")]
    water = doc.sections[1].commitments[1]
    assert (water.owner, water.co_owners, water.deadline) == (
        "水利站",
        ["财政所", "自然资源所"],
        day("2026-10-31"),
    )
    assert targets_of(water) == [(D(12), "公里", ">="), (D(98), "%", ">=")]


def test_a_list_with_owner_and_deadline_in_spaced_columns(parsed):
    doc = parsed("tasklist-column-deadlines.txt")
    assert titles(doc) == ["项目建设", "社会事业"]
    assert counts(doc) == [2, 2]
    plant, road = doc.sections[0].commitments
    assert plant.text == "新建标准化厂房2万平方米，引进加工企业2家"
    assert (plant.owner, plant.owner_source, plant.deadline) == (
        "经济发展办公室",
        "explicit",
        day("2026-09-30"),
    )
    assert (road.owner, road.deadline) == ("自然资源所", day("2026-06-30"))
    assert targets_of(road) == [(D("3.2"), "公里", ">=")]
    assert road.targets[0].metric == "镇区主干道提升改造"
    school, firebreak = doc.sections[1].commitments
    assert targets_of(school) == [(D(1), "所", ">="), (D(240), "个", ">=")]
    assert (firebreak.owner, firebreak.deadline) == ("林业站", day("2026-03-31"))


def test_yishi_items_in_one_paragraph_are_sections(parsed):
    doc = parsed("speech-yishi-one-paragraph.txt")
    assert titles(doc) == ["抓项目建设", "抓招商引资", "抓民生保障"]
    assert counts(doc) == [1, 1, 1]
    projects, investment, welfare = doc.commitments()
    assert targets_of(projects) == [(D(12), "个", ">="), (D(4), "亿元", ">=")]
    assert investment.deadline == day("2026-06-30")
    assert targets_of(welfare) == [(D(300), "人", ">="), (D(95), "%", ">=")]
    assert all("谢谢" not in c.text for c in doc.commitments())


def test_parts_and_paren_arabic_numbers(parsed):
    doc = parsed("part-numbered-paren-arabic.txt")
    assert doc.plan_year == 2026
    assert titles(doc) == ["加快工业园区建设", "推进农文旅融合", "提升基层治理水平"]
    assert counts(doc) == [1, 2, 1]
    park = doc.sections[0].commitments[0]
    assert targets_of(park) == [(D(3), "万平方米", ">="), (D(5), "家", ">=")]
    assert doc.sections[1].commitments[1].deadline == day("2026-04-30")  # 五一前
    values = {t.value for c in doc.commitments() for t in c.targets}
    assert not values & {D(2600), D(230)}  # the 2025 review


def test_word_automatic_list_numbers_make_sections(parsed):
    doc = parsed("list-number.docx")
    assert titles(doc) == ["加快园区建设", "推进乡村振兴", "保障改善民生"]
    assert counts(doc) == [1, 2, 2]
    assert doc.sections[0].commitments[0].text == "新建标准化厂房2万平方米，6月底前完成主体工程。"
    values = {t.value for c in doc.commitments() for t in c.targets}
    assert not values & {D(4200), D(6)}
