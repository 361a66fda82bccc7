"""Kinds of fault the fourteenth blind set found in tables (tests/importer/blind14/, the fault
list in :mod:`tests.importer.test_blind14`), each written again in layouts and wordings of its
own: none of these tables copies the blind ones.

A 人大 民生实事 票决 result: candidates the vote turned down (票决结果 ``未当选``, 表决结果
``未通过``, 是否列入 ``否``, 状态 ``暂缓``) are no pledges; the votes (得票数, 赞成票) and an
estimate beside what the project builds and aims at (估算投资（万元）, 计划投资, 总投资 beside
建设内容及目标) are no targets; a table that runs over a page break under a page footer
(``第 1 页 共 2 页``) and repeats its header goes on as one table.

A 综合考核指标 workbook: a summary sheet (汇总: counts and scores per category) and a notes sheet
(填报说明) hold no pledges when other sheets hold the indicators; every indicator sheet is read;
the baseline (基数, 上年完成), the points (分值, 权重) and the method (考核方式, 评分标准) give
no targets; the year's value with its 单位 is the target (``≥96.5`` → 96.5 % ``>=``, ``0`` 起 of
accidents → 0 起), a value in words is a pledge without one; deadlines as date cells and as text.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf

D = datetime.date


def _values(pledge) -> list[tuple[Decimal, str]]:
    return [(t.value, t.unit) for t in pledge.targets]


def test_a_task_table_runs_on_under_a_page_footer_that_spaces_its_words(parse):
    """``第 1 页 共 2 页`` (spaced, as a word processor's footer field writes it) between the
    halves of a table is page furniture: the rows after it go on numbering the same table."""
    header = ["序号", "工作任务", "责任单位", "完成时间"]
    data = pdf(
        [
            ("line", "石岭镇2034年为民办实事任务清单"),
            (
                "table",
                [
                    header,
                    ["1", "新建农村公厕8座", "生态环境办公室", "2034年6月底前"],
                    ["2", "改造农村危房25户", "经济发展办公室", "2034年9月底前"],
                ],
            ),
            ("line", "第 1 页 共 2 页"),
            ("page", None),
            ("table", [header, ["3", "开展送戏下乡演出30场", "文化站", "2034年11月底前"]]),
            ("line", "第 2 页 共 2 页"),
        ]
    )
    pledges = commitments_of(parse(data, "任务清单.pdf"))
    assert [(p.code, p.owner, _values(p)) for p in pledges] == [
        ("2034-01-01", "生态环境办公室", [(Decimal(8), "座")]),
        ("2034-01-02", "经济发展办公室", [(Decimal(25), "户")]),
        ("2034-01-03", "文化站", [(Decimal(30), "场")]),
    ]
