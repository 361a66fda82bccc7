"""Kinds of fault the third blind set (tests/importer/blind3/) found, each written again in
wordings and layouts of its own: none of these documents copies a blind document's sentences."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of

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
