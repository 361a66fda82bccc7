"""Sixth blind set: three documents written before the importer ran on them
(tests/importer/blind6/), annotated from their text and SPEC §3 alone. Every plan
year is 2028.

01 a 县农业农村局 工作要点 in plain text numbered 一、/（一）/1. with a review paragraph
of 2027 before the parts, trailing owner brackets in varied wording (``（责任股室：X）``,
``（牵头：X；配合：Y）``, ``（X、Y按职责分工负责）``, ``（X负责）``, ``（责任单位：X，Y配合）``,
``（X牵头）``), a 保障措施 part with a phone number and the sign-off; 02 a CSV 任务台账
(CRLF) whose columns run 完成时限,备注,配合单位,任务内容,序号,牵头单位 with a 备注 column
holding a mobile number, last year's figure, a 文号 and a reference year, a quoted cell
``"派出所,司法所"`` and a quoted ``""白改黑""``, deadlines ``2028年5月底``, ``2028-09-30``,
``三季度``, ``年底前``, ``长期``, ``2028/11/15``, owners by catalog alias; 03 a 镇长 speech
in prose: a 2027 review part with numbers, then ``二、2028年重点工作`` with headline goals
(section 0), sections ``（一）聚焦….`` holding ``一是要…二是要…`` sentences with owners in
prose (``由X牵头、Y配合``, ``X要在11月底前…``, ``由X负责``, ``X要…``), then ``三、强化工作保障``
and closing remarks.

Conventions: those of :mod:`tests.importer.blind5`, plus: ``（X、Y按职责分工负责）`` names X
the lead and Y a co-owner; units the catalog lacks stay as written (``种植业股``,
``农田建设股``, ``产业发展股``, ``县财政局``, ``县乡村振兴服务中心``, ``各乡镇``,
``镇规划建设办``, ``派出所``, ``司法所``, ``财政所``, ``各村``); ``比去年多15户`` and
``由去年的18亿元提高到20亿元`` give only the planned figure; the 备注 column gives no target;
``以上``/``不少于`` are comparators, not qualifiers, when they follow the planned figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind6"

Y = "2028-12-31"

EXPECTED: dict[str, Expected] = {
    "01_xian_nongyeju_yaodian.txt": Expected(
        ("yaodian", "review-paragraph", "owner-brackets", "guarantee-part", "sign-off"),
        2028,
        (
            P("粮食播种面积稳定在45万亩", Y, "45 万亩", "29 万吨", owner="种植业股"),
            P(
                "新建高标准农田2.5万亩",
                "2028-10-31",  # 6月底前 a milestone
                "2.5 万亩",
                owner="农田建设股",
                co="县财政局",
            ),
            P("新发展茶叶基地3000亩", Y, "3000 亩", "2 家", owner="种植业股", co="产业发展股"),
            P("农产品加工产值由去年", Y, "20 亿元", owner="产业发展股"),
            P(
                "完成农村户厕改造1200户",
                "2028-09-30",
                "1200 户",
                owner="县乡村振兴服务中心",
                co="各乡镇",
            ),
            P("垃圾集中处理率达到95%", Y, "95 %", owner="县乡村振兴服务中心"),
        ),
    ),
    "02_renwu_taizhang.csv": Expected(
        ("ledger", "column-order", "remarks", "quoted-cells"),
        2028,
        (
            P(
                "新建供水管网12公里",
                "2028-05-31",
                "12 公里",
                owner="农业农村办公室",
                co="各村（社区）",
            ),
            P("新建村级综合服务中心5个", "2028-09-30", "5 个", owner="党政综合办公室", co="财政所"),
            P(
                "调处成功率达到98%",
                "2028-09-30",
                "98 %",
                owner="平安建设办公室（综治中心）",
                co="派出所、司法所",
            ),
            P("工程3.5公里", Y, "3.5 公里", "800 万元", owner="镇规划建设办"),
            P("医保参保率稳定在96%", Y, "96 %", owner="社会事务办公室"),
            P(
                "森林防火隔离带建设20公里",
                "2028-11-15",
                "20 公里",
                owner="应急管理办公室",
                co="各村",
            ),
        ),
    ),
    "03_zhenzhang_jianghua.txt": Expected(
        ("speech", "review", "headline-goals", "yishi", "owners-prose", "guarantee-part"),
        2028,
        (
            P("固定资产投资增长10%左右", Y, "10 %", "7 %"),
            P(
                "柑橘深加工项目",
                Y,
                "3000 万元",
                owner="经济发展办公室",
                co="财政所",
            ),
            P("新发展油茶林1500亩", "2028-11-30", "1500 亩", owner="农业农村办公室"),
            P("新建日间照料中心2个", Y, "2 个", owner="社会事务办公室"),  # 上半年 a milestone
            P(
                "农村危房改造45户",
                "2028-09-30",
                "45 户",
                owner="镇规划建设办",
                co="各村",
            ),
            P("隐患排查不少于12次", Y, "12 次", owner="应急管理办公室"),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
