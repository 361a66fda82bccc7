# ruff: noqa: E501  (annotation text and table rows in Chinese run past the line limit)
"""Tenth blind set: three documents written before the importer ran on them
(tests/importer/blind10/), annotated from their text and SPEC §3 alone. Every plan year is 2032. All
three are built by ``blind10/make_documents.py``.

01 a 县政府工作报告 delivered to the 县人民代表大会 (``——2032年1月9日在清江县第十九届人民代表大会第三次
会议上``), as text copied out of its PDF: a hard line break every 31 characters, falling in the middle
of words (``一\\n季度``, ``第\\n三人民医院``, ``农\\n村供水``) and of numbers (``60\\n个``,
``1\\n0月31日前``, ``108\\n0个``, ``5.2\\n%``), page footers ``— 1 —``…``— 4 —`` between blank lines
(one of them inside a pledge: ``…上半年完成招标，\\n\\n— 2 —\\n\\n年底前全部完工…``), the part
``一、2031年工作回顾`` (results), ``二、2032年工作安排`` with an intro and four sections ``（一）…。``
each one paragraph of ``一是…；二是…；三是…。`` clauses naming their owners in prose
(``由县X局牵头、县Y局配合``, ``由县X局负责``), then ``三、全面加强政府自身建设`` and the closing
``各位代表！…``; 02 an XLSX ``白沙镇2032年重点项目推进计划表``: a merged title row, a 填报单位/填报日期
row, the header 序号/项目名称/建设内容及规模/总投资（万元）/2032年计划投资（万元）/推进节点/计划时间/
形象进度/责任单位/配合单位/备注, and for each of seven projects three or four rows, one per 推进节点
(前期手续/开工建设/主体完工/竣工验收) with its 计划时间 and 形象进度, under cells merged over those rows
(序号, 项目名称, 建设内容及规模, both investments, 责任单位, 配合单位, 备注); then a 合计 row and a
联系人 line with phone numbers; 03 a DOCX ``青山街道2032年为民办实事项目安排`` (文号
``青山街党工〔2032〕5号``, an intro with 2031's results and the vote), each 实事 a Heading 2 paragraph
``一、老旧小区加装电梯``…``八、小区雨污分流改造`` whose body is a bulleted Word list (``List Bullet``)
of labelled lines 建设内容/项目投资/资金来源/责任单位/配合单位/完成时间 (not every item has every
label), then a ``工作要求`` heading with ``每月25日前``, a 监督电话 and the sign-off.

Conventions: those of :mod:`tests.importer.blind9` (and so blind5's–8's), plus:

- text copied from a PDF: a line break inside a paragraph is no boundary; a word or number broken over
  it is joined (``60\\n个`` → ``60个`` → 60 个, ``108\\n0个`` → 1080 个, ``1\\n0月31日前`` → 10-31); a
  ``— N —`` footer line is page debris, even when it falls inside a pledge; each ``一是…；`` clause
  inside a section paragraph is its own pledge (SPEC §3: ``；`` ends a sentence), with the owners its
  own clause names; ``（一）聚焦项目建设，扩大有效投资。`` opens a section; the intro
  (``重点抓好以下四个方面工作``), the review ``一、2031年工作回顾``, ``三、全面加强政府自身建设`` (as
  blind4/blind8) and the closing remarks hold no pledge; ``由县X局负责`` names X the lead;
- a 推进计划表 with one row per 推进节点: the rows of one project (its merged cells) make ONE pledge,
  its text the 项目名称; its deadline is the last node's 计划时间 (the 竣工验收 row), the earlier nodes
  are milestones; targets come from 建设内容及规模 and from ``2032年计划投资（万元）`` with the header's
  unit (``5000`` → 5000 万元, as blind5's 年度计划投资); ``总投资（万元）`` is the whole project's cost,
  not this year's goal, and gives no target (where it equals the year's investment, the one value is
  annotated once); 形象进度, 推进节点 and 备注 give no targets; the 合计 row is none;
- a 为民办实事 list whose items are Heading paragraphs with bulleted labelled lines: each Heading is one
  pledge (the labelled items of SPEC §3), whatever the bullets' list formatting; 责任单位/配合单位 give
  the owners, 完成时间 the deadline; targets come from 建设内容 and ``项目投资：约360万元`` (an
  investment, as ``投资5000万元`` in SPEC §3; ``约`` as ``左右``); 资金来源 gives none; the keys below are
  taken from the 建设内容 line (the pledge itself), not the heading; ``工作要求`` is no 实事;
- catalog aliases: ``经发办`` → ``经济发展办公室``, ``生态办`` → ``生态环境办公室``, ``农业办`` →
  ``农业农村办公室``, ``社事办`` → ``社会事务办公室``, ``文体站`` → ``文化站``, ``应急办`` →
  ``应急管理办公室``, ``平安办`` → ``平安建设办公室（综治中心）``; units the catalog lacks stay as
  written (``县发改局``, ``县财政局``, ``县工信局``, ``县农业农村局``, ``县水利局``, ``县人社局``,
  ``县卫健委``, ``县住建局``, ``县教育局``, ``县应急管理局``, ``各乡镇人民政府``, ``规划建设办``,
  ``各村``, ``街道城建办``, ``各社区``, ``街道城管执法中队``, ``青山派出所``,
  ``街道社区卫生服务中心``, ``街道劳动保障所``);
- deadlines: ``一季度完成…，年底前完成…`` → 12-31 (03-31 a milestone); ``1\\n0月31日前`` → 10-31;
  ``9月底前`` → 09-30; ``上半年完成招标，年底前全部完工`` → 12-31; ``三季度末`` → 09-30; ``8月31日前``
  → 08-31; ``11月底前`` → 11-30; ``汛期前（5月底前）`` → 05-31; a clause with no period → 12-31; in
  the 推进计划表 the last node decides: ``2032年10月底前`` → 10-31, ``2032年11月30日`` → 11-30,
  ``2032年9月`` → 09-30, ``2032年8月20日`` → 08-20, ``汛期前（5月31日前）`` → 05-31, ``年底前`` →
  12-31, ``2032年Q4`` → 12-31 (the earlier ``2032.8``, ``一季度``, ``三季度``, ``上半年``, ``4月底``,
  ``2032年Q1``/``Q2`` are milestones); in the 实事 list ``2032年10月底前`` → 10-31, ``三季度`` → 09-30,
  ``2032年9月30日`` → 09-30, ``2032年11月`` → 11-30, ``8月底前`` → 08-31, ``全年`` → 12-31;
- numbers: ``两万三千亩`` → 23000 亩, ``一百八十公里`` → 180 公里, ``百分之百`` → 100 %, ``三点六公里`` →
  3.6 公里, ``52万亩`` → 52 万亩, ``2.1万平方米`` → 2.1 万平方米; ``控制在5.5%以内`` → 5.5 % (<=);
  ``日均…400人次`` → 400 人次; ``20家以上`` → 20 家;
- not targets: 2031's results (``186.4亿元``, ``6.8%``, ``96公里``, ``23个``, ``1.8万亩``, the 实事
  list's ``10件`` and ``96.5%``, 备注 ``2031年已完成前期投资300万元``), ``第十九届``, ``第三次``,
  ``“十五五”``, ``四个方面``, ``三期``/``二期`` in a name, ``第三人民医院``, ``三年行动``, the numbers of
  ``三、全面加强政府自身建设`` (``100%``, ``12345``, ``98%``), ``— N —`` footers, 总投资, the 合计 row,
  ``G351国道``, ``“千亩方”``, phone numbers, 文号 ``〔2032〕5号``, ``“15分钟便民生活圈”`` (a name),
  ``2031年12月28日``, ``8件``, ``每月25日前``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind10"

Y = "2032-12-31"

EXPECTED: dict[str, Expected] = {
    "01_xian_zhengfu_baogao_pdfcopy.txt": Expected(
        (
            "pdf-copy",
            "hard-line-breaks",
            "broken-numbers",
            "page-footers",
            "yishi-clauses",
            "prose-owners",
            "review",
        ),
        2032,
        (
            P(
                "实施县级重点项目60个以上",  # ``60\n个`` joined
                Y,  # 一季度 a milestone
                "60 个",
                "85 亿元",
                owner="县发改局",
                co="县财政局",
            ),
            P(
                "标准化厂房三期",
                "2032-10-31",  # ``1\n0月31日前``
                "12 万平方米",  # 三期 a name
                owner="县工信局",
            ),
            P(
                "新建高标准农田两万三千亩",
                "2032-09-30",
                "23000 亩",
                owner="县农业农村局",
                co="县水利局",
            ),
            P("粮食播种面积稳定在52万亩以上", Y, "52 万亩", owner="县农业农村局"),
            P(
                "供水保障工程",
                Y,  # 上半年完成招标 a milestone; a page footer inside the clause
                "180 公里",
                owner="县水利局",
            ),
            P("新增城镇就业3200人", Y, "3200 人", "5.5 %", owner="县人社局"),
            P(
                "新增床位300张",
                "2032-09-30",  # 三季度末
                "300 张",  # 第三人民医院 a name
                owner="县卫健委",
                co="县住建局",
            ),
            P(
                "新建普惠性幼儿园4所",
                "2032-08-31",
                "4 所",
                "1080 个",  # ``108\n0个`` joined
                owner="县教育局",
            ),
            P(
                "重大事故隐患整改率",
                "2032-11-30",
                "100 %",  # 百分之百; 三年行动 a name
                owner="县应急管理局",
                co="各乡镇人民政府",
            ),
            P("城区内涝点改造14处", "2032-05-31", "14 处", owner="县住建局"),
        ),
    ),
    "02_zhen_zhongdian_xiangmu_jiedian.xlsx": Expected(
        (
            "xlsx",
            "ledger",
            "node-rows",
            "merged-cells",
            "milestones",
            "total-investment",
            "total-row",
        ),
        2032,
        (
            P(
                "白沙镇农产品加工园二期",
                "2032-10-31",
                "2.4 万平方米",
                "5000 万元",  # 2032年计划投资; 总投资 9600 is none
                owner="经济发展办公室",
                co="自然资源所、财政所",
            ),
            P(
                "镇区污水管网提升工程",
                "2032-11-30",
                "8.6 公里",
                "2 座",
                "2900 万元",
                owner="生态环境办公室",
                co="规划建设办",
            ),
            P(
                "高标准农田建设项目",
                "2032-09-30",
                "5000 亩",
                "1500 万元",
                owner="农业农村办公室",
                co="水利站、各村",
            ),
            P(
                "镇中心幼儿园扩建工程",
                "2032-08-20",
                "2400 平方米",
                "180 个",
                "1100 万元",
                owner="社会事务办公室",
                co="规划建设办",
            ),
            P(
                "白沙河堤防加固工程",
                "2032-05-31",
                "3.2 公里",
                "4 座",
                "2600 万元",
                owner="水利站",
                co="应急管理办公室",
            ),
            P(
                "镇文体活动中心",
                Y,  # 年底前
                "1 处",
                "1800 平方米",
                "900 万元",
                owner="文化站",
                co="规划建设办",
            ),
            P(
                "通村公路提档升级",
                Y,  # 2032年Q4
                "12.5 公里",
                "1875 万元",
                owner="规划建设办",
                co="各村",
            ),
        ),
    ),
    "03_jiedao_weimin_shishi_list.docx": Expected(
        ("docx", "shishi", "heading-items", "bulleted-labels", "investment", "furniture"),
        2032,
        (
            P(
                "加装电梯12部",
                "2032-10-31",
                "12 部",
                "280 户",
                "360 万元",
                owner="街道城建办",
                co="各社区",
            ),
            P(
                "新建社区老年食堂3个",
                "2032-09-30",  # 三季度
                "3 个",
                "400 人次",
                owner="社会事务办公室",
                co="各社区",
            ),
            P(
                "改造提升背街小巷9条",
                Y,  # 上半年完成主体施工 a milestone
                "9 条",
                "2.1 万平方米",
                "480 万元",
                owner="街道城建办",
                co="街道城管执法中队",
            ),
            P(
                "示范社区2个",
                "2032-09-30",
                "2 个",  # “15分钟便民生活圈” a name
                "20 家",
                owner="经济发展办公室",
                co="便民服务中心、各社区",
            ),
            P(
                "新增高清监控探头260个",
                "2032-11-30",
                "260 个",
                "18 个",
                owner="平安建设办公室（综治中心）",
                co="青山派出所",
            ),
            P(
                "新建普惠托育点2个",
                "2032-08-31",
                "2 个",
                "90 个",
                owner="社会事务办公室",
                co="街道社区卫生服务中心",
            ),
            P(
                "开展职业技能培训1500人次",
                Y,  # 全年
                "1500 人次",
                "120 人",
                owner="街道劳动保障所",
            ),
            P(
                "雨污分流改造",
                "2032-05-31",
                "5 个",
                "3.6 公里",  # 三点六公里
                "650 万元",
                owner="生态环境办公室",
                co="街道城建办",
            ),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
