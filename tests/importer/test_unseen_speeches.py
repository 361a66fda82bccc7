"""Unseen speeches and reports: review first, arrangement, closing remarks."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.unseen import counts, day, document_bytes, targets_of, titles


@pytest.fixture
def parsed(parse):
    def run(name: str):
        return parse(document_bytes(name), name)

    return run


def test_a_government_work_report_with_headings_on_their_own_lines(parsed):
    doc = parsed("report-2025-paren.txt").documents[0]
    assert (doc.title, doc.plan_year, doc.has_arrangement) == ("政府工作报告", 2025, True)
    assert titles(doc) == [
        "主要预期目标",  # the goals before the first section: section 0 (pipeline.goal_section)
        "聚力项目建设，夯实发展根基",
        "聚力乡村振兴，促进农民增收",
        "聚力民生改善，增进群众福祉",
        "聚力安全稳定，建设平安青河",
    ]
    assert counts(doc) == [1, 3, 3, 3, 2]
    goals, s1, s2, s3, s4 = doc.sections
    assert goals.number == 0 and s1.number == 1
    assert goals.commitments[0].text.startswith("主要预期目标是：")
    assert targets_of(goals.commitments[0]) == [(D(6), "%", "="), (D(5), "%", ">=")]
    park = s1.commitments[1]
    assert park.deadline == day("2025-12-31")
    assert [(m.due, m.text) for m in park.milestones] == [
        (day("2025-06-30"), "6月底前完成标准化厂房主体工程")
    ]
    assert targets_of(s1.commitments[2]) == [(D(2), "个", ">="), (D(8000), "万元", ">=")]
    # 超过20万元的村 only says which villages count: the goal is 8 of them
    assert targets_of(s2.commitments[2]) == [(D(8), "个", ">=")]
    assert targets_of(s3.commitments[0]) == [(D(150), "个", ">="), (D(3), "%", "<=")]
    assert s3.commitments[2].deadline == day("2025-10-31")
    assert s4.commitments[0].deadline == day("2025-05-31")  # 汛期前
    texts = [c.text for c in doc.commitments()]
    assert not any("各位代表" in t or "努力奋斗" in t or "总体要求" in t for t in texts)
    values = {t.value for c in doc.commitments() for t in c.targets}
    assert not values & {D("12.6"), D(1850), D(320), D(96)}  # the review's achievements


def test_a_speech_whose_sections_hold_yishi_clauses_with_their_own_headings(parsed):
    doc = parsed("speech-nested-shi.txt").documents[0]
    assert doc.plan_year == 2025
    assert titles(doc) == [
        "突出招商引资，增强发展后劲",
        "突出产业发展，壮大镇域经济",
        "突出民生保障，提升群众获得感",
    ]
    # 一是强化精准招商。 heads the clause; the pledges are the sentences after it
    assert counts(doc) == [3, 2, 3]
    s1, s2, s3 = doc.sections
    assert s1.commitments[0].text.startswith("围绕食品加工")
    assert targets_of(s1.commitments[0]) == [(D(20), "次", ">="), (D(3), "个", ">=")]
    assert targets_of(s1.commitments[1]) == [(D(1), "工作日", "<=")]  # not “1188”
    phases = s1.commitments[2]
    assert phases.deadline == day("2025-12-31")
    assert [(m.due, m.text) for m in phases.milestones] == [
        (day("2025-03-31"), "一季度完成园区土地征收"),
        (day("2025-09-30"), "三季度完成“七通一平”"),
    ]
    assert targets_of(s2.commitments[1]) == [(D(10), "家", ">="), (D(15), "%", ">=")]
    assert targets_of(s3.commitments[0]) == [(D(12), "期", ">="), (D(600), "人次", ">=")]
    assert targets_of(s3.commitments[1]) == [(D(100), "%", ">=")]  # not 12345, not 24小时
    assert s3.commitments[2].deadline == day("2025-06-30")
    assert not any("谢谢" in c.text or "同志们" in c.text for c in doc.commitments())


def test_a_speech_in_traditional_characters(parsed):
    parsed_file = parsed("speech-traditional.txt")
    doc = parsed_file.documents[0]
    assert doc.plan_year == 2025
    assert titles(doc) == ["發展特色產業", "建設和美鄉村", "鞏固脫貧成果"]
    assert counts(doc) == [2, 2, 1]
    first, herbs = doc.sections[0].commitments
    assert first.deadline == day("2025-06-30")
    assert targets_of(herbs) == [(D(2000), "亩", ">=")]
    assert targets_of(doc.sections[1].commitments[0]) == [
        (D(18), "公里", ">="),
        (D(500), "盏", ">="),
    ]
    assert targets_of(doc.sections[2].commitments[0]) == [(D(1500), "人", ">=")]
    for c in doc.commitments():
        assert parsed_file.source_text[c.start : c.end] == c.text


def test_a_scraped_speech_with_page_markers_boilerplate_and_ocr_digits(parsed):
    parsed_file = parsed("scraped-speech.txt")
    doc = parsed_file.documents[0]
    assert doc.title == "镇长在2025年全镇工作会议上的讲话"
    assert titles(doc) == [
        "坚定不移抓项目，增强发展动能",
        "持之以恒抓振兴，建设和美乡村",
        "用心用情抓民生，增进民生福祉",
    ]
    assert counts(doc) == [3, 3, 3]
    s1, s2, s3 = doc.sections
    plant = s1.commitments[1]
    assert plant.text.startswith("加快推进镇区污水处理厂建设")
    assert "3、" in parsed_file.source_text[plant.start : plant.end]
    assert [(m.due, m.text) for m in plant.milestones] == [
        (day("2025-09-30"), "三季度末完成设备安装")
    ]
    assert targets_of(plant) == [(D(1000), "吨", ">=")]
    assert targets_of(s2.commitments[1]) == [(D(90), "%", ">="), (D(2), "个", ">=")]
    # 覆盖全镇10个村 describes the town, it is not a goal
    assert targets_of(s3.commitments[1]) == [(D("1.2"), "万人", ">=")]
    values = {t.value for c in doc.commitments() for t in c.targets}
    assert not values & {D("1.8"), D(86), D(95)}


def test_a_file_with_two_speeches_numbered_with_arabic_and_di(parsed):
    first, second = parsed("two-speeches-arabic.txt").documents
    assert titles(first) == ["压紧压实安全生产责任", "深化重点领域专项整治", "着力化解信访矛盾"]
    assert counts(first) == [2, 4, 2]
    duty, signed = first.sections[0].commitments
    assert duty.targets == []  # 安全生产15条硬措施
    assert (signed.deadline, targets_of(signed)) == (day("2025-03-31"), [(D(100), "%", ">=")])
    fire, signs, roads, gas = first.sections[1].commitments
    assert fire.text.startswith("开展“九小场所”")
    assert targets_of(fire) == [(D(400), "家次", ">=")]
    assert gas.deadline == day("2025-06-30")
    assert targets_of(first.sections[2].commitments[1]) == [(D(10), "%", ">=")]
    assert not any("底线" in c.text or "谢谢" in c.text for c in first.commitments())
    assert second.title == "镇党委副书记在2025年全镇党建工作会议上的讲话"
    assert second.plan_year == 2025
    assert titles(second) == ["加强思想政治建设", "加强基层组织建设", "加强党风廉政建设"]
    assert counts(second) == [1, 2, 1]
    assert targets_of(second.sections[0].commitments[0]) == [(D(12), "次", ">=")]
    assert targets_of(second.sections[1].commitments[1]) == [(D(15), "名", ">=")]
    assert not any("再上新台阶" in c.text for c in second.commitments())


def test_a_docx_report_with_next_steps_and_a_signature(parsed):
    doc = parsed("report-paragraphs.docx").documents[0]
    assert doc.plan_year == 2025  # 2025年工作打算, not the year after the latest one named
    assert titles(doc) == ["着力推动产业升级", "着力补齐民生短板"]
    assert counts(doc) == [2, 2]
    tea, tourism = doc.sections[0].commitments
    assert targets_of(tea) == [
        (D(800), "亩", ">="),
        (D(1200), "亩", ">="),
        (D("1.5"), "亿元", ">="),
    ]
    assert tourism.deadline == day("2025-12-31")
    assert [m.due for m in tourism.milestones] == [day("2025-05-31")]
    texts = [c.text for c in doc.commitments()]
    assert not any("特此报告" in t or "人民政府" in t or "1月10日" in t for t in texts)


def test_a_speech_whose_paren_sections_hold_arabic_items_with_headings(parsed):
    doc = parsed("speech-paren-with-arabic-items.txt").documents[0]
    assert (doc.title, doc.plan_year) == ("在全镇2025年“三农”工作会议上的讲话", 2025)
    assert titles(doc) == ["毫不放松抓好粮食生产", "扎实推进乡村建设", "千方百计促进农民增收"]
    # 1.稳定粮食播种面积。 heads its item; each sentence after it is a pledge
    assert counts(doc) == [4, 4, 3]
    grain, farmland, rotation, flood = doc.sections[0].commitments
    assert grain.text == "全镇粮食播种面积稳定在6.5万亩以上，其中大豆不少于一万二千亩。"
    assert targets_of(grain) == [(D("6.5"), "万亩", ">="), (D(12000), "亩", ">=")]
    assert (farmland.deadline, targets_of(farmland)) == (day("2025-10-31"), [(D(2500), "亩", ">=")])
    assert flood.deadline == day("2025-05-31")
    assert targets_of(flood) == [(D(2), "个百分点", ">=")]
    roads, toilets, clean, families = doc.sections[1].commitments
    assert targets_of(roads) == [(D("3.5"), "公里", ">="), (D(100), "%", ">=")]  # IO0%
    assert targets_of(toilets) == [(D(150), "个", ">=")]
    assert targets_of(clean) == [(D(100), "%", ">=")]  # I00%
    # a quote holding 。 and ； neither ends the sentence nor cuts the metric
    assert families.text.endswith("典型30名。")
    assert families.targets[0].metric == "选树“好婆婆。好媳妇；好邻居”典型"
    cold, secretary, villages = doc.sections[2].commitments
    assert targets_of(cold) == [(D("1.2"), "万立方米", ">="), (D("1.2"), "亿元", ">=")]
    assert (secretary.targets, secretary.deadline) == ([], day("2025-09-30"))  # 第一书记
    assert targets_of(villages) == [(D(80), "%", ">=")]  # 10万元以上的村 is the qualifier
    values = {t.value for c in doc.commitments() for t in c.targets}
    assert not values & {D("3.2"), D("7.2"), D(5000), D(96)}
    assert not any("撸起袖子" in c.text for c in doc.commitments())
