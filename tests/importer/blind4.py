"""Fourth blind set: six documents written before reading the importer's code
(tests/importer/blind4/), annotated from their text and SPEC §3 alone — what a careful
clerk expects the import to yield — and committed before the importer was run on them.
``.venv/bin/python -m tests.importer.blind4`` prints the table; 02, 03 and 05 are built by
``blind4/make_documents.py``. Every plan year is 2027.

The documents: 01 a 镇党委书记's speech at a 经济工作会议 (a part ``一、正视成绩…`` reviewing
2026 in numbers with its 存在的问题 ``一是/二是/三是``, then ``二、突出重点…2027年经济工作``
with 主要预期目标 and four sections opened by ``首先，`` / ``其次，`` / ``第三，`` / ``第四，``,
each holding ``一要…；二要…；三要…``, owners in prose: ``由X牵头，Y配合``, ``X要…``,
``由X具体负责``, ``X牵头抓总``, ``由X会同Y推进``, ``X负责组织实施``, ``X牵头、Y配合``,
``X、Y要密切配合``; then ``三、强化保障…`` with ``一是/二是/三是`` and the closing remarks);
02 a 镇 工作要点 as DOCX inside its 印发 notice (文件头, ``桃发〔2027〕3号``, a page break),
Title/Heading 1/Heading 2 styles, items ``1.`` with trailing owner brackets
``（牵头单位：X；配合单位：Y、Z）``, an item ``6.2027年安排镇级重点项目如下：`` followed by a
Word table of projects (项目名称/建设内容及目标/责任单位/完成时限), a 保障措施 part and the 印发
line; 03 an XLSX 重点任务清单 (a merged title row, a 填报单位 row, columns in the order
序号/完成时限/牵头单位/重点任务/类别/量化指标/配合单位/牵头领导/备注, 类别 and 牵头领导 merged
down, multi-line cells, a 备注 with a baseline, a phone number and a document number, a
note row under the table); 04 a scraped web page holding a 2027 镇 政府工作报告 (navigation,
breadcrumbs, 来源/发布时间/浏览次数/字号/打印本页, the 2026 review with its problems, the
2027 part with 总体要求, 主要预期目标 and four sections (一)…(四) of plain sentences, a part
三、全面加强政府自身建设, the closing remarks, 相关链接 and a footer with phone number,
ICP number and 网站标识码); 05 a PDF 实施方案 (A5, a running header that repeats the title on
every page, page numbers ``— 1 —``, hard line breaks as a typesetter makes them, a page break
in mid-sentence, the 印发 notice with ``白政发〔2027〕4号`` at its head, parts 一、指导思想
二、工作目标 三、重点任务 (（一）…（五）, trailing owner brackets) 四、保障措施, the sign-off
with a contact's mobile number); 06 a 社区 民生实事项目 公示 in plain text (``项目一：…`` items
whose labelled lines come in a different order in each item: 实施内容/建设内容/主要内容,
责任单位/牵头单位/配合单位, 完成时间/完成时限/实施时限/时间安排, 资金估算; a 〔2026〕18号 in
the preamble, 公示期 dates, 联系电话 and 监督电话, the sign-off).

Conventions of the annotation (those of :mod:`tests.importer.blind3`, plus):

- a labelled item's or a table row's text is its title/task (``项目一：老旧小区加装电梯``,
  the 重点任务 or 项目名称 cell); its targets come from all its lines and cells (实施内容,
  量化指标, 建设内容及目标, 资金估算 ``约320万元`` → 320 万元 as ``投资5000万元`` in SPEC §3);
- ``由X会同Y推进`` makes X the lead and Y a co-owner; ``X、Y要密切配合`` with no ``牵头``:
  the first named leads; ``X要在年内实现…`` / ``X要实行全程跟踪服务`` / ``X负责组织实施`` /
  ``X牵头抓总`` name X the lead (as ``X要…``, ``X负责`` in blind3); a unit named as the payer
  (``资金由镇财政所统筹保障``) is not annotated, nor is a person (牵头领导);
- a 社区's units are as written (``街道规划建设办``, ``街道城管办``, ``东风社区居委会``,
  ``街道社区卫生服务中心``); ``社会事务办``/``经发办`` → the catalog's names; ``综治中心`` →
  ``平安建设办公室（综治中心）``; a 县 bureau and village committees stay as written
  (``县卫健局``, ``各村委会``, ``镇招商服务中心``, ``市场监管所``, ``供电所``);
- ``首先，`` / ``其次，`` / ``第三，`` / ``第四，`` open sections as ``第一,`` does; the clause
  after them (``聚焦项目建设，筑牢发展支撑。``) is the heading; each ``一要…；二要…；三要…`` clause
  ending ``；``/``。`` is one pledge;
- a part after the arrangement part (``三、强化保障，确保各项任务落地见效``, ``三、全面加强政府
  自身建设``, ``四、保障措施``) is no pledge, as 保障措施 in blind3; nor is a 工作要点's item that
  only introduces its table (``6.2027年安排镇级重点项目如下：``), nor a 实施方案's 指导思想;
- a period naming the year only (``2027年12月``, ``年底前``, ``长期坚持``, ``全年``) → 12-31;
  ``三季度``/``三季度末`` → 09-30; ``分两阶段：5月底前…，10月底前全部完工`` → 10-31 (the last);
  ``一季度完成选址\\n8月底前建成`` → 08-31; the only period of a pledge decides its deadline
  even when it is stated for one of its clauses (``…新建高标准农田8000亩，10月底前全面完成建设
  任务`` → 10-31);
- not targets: a baseline (``由2026年的58%提高到65%`` → 65 %; 备注 ``2026年已完成投资0.8亿元``,
  ``2026年底已建成探头460个``), a qualifier (``500万元以上项目``, ``亿元以上项目``,
  ``年收入20万元以上的村``, ``80岁以上老人``, ``每300名村民配备1名保洁员的标准``), a name
  (``二期``, ``一期工程``, ``第二中心幼儿园``, ``“15分钟便民生活圈”``, ``“两癌”``), dates, 文号,
  phone numbers, page numbers, the 保障措施's numbers (``占年度综合考核分值的20%``,
  ``专项资金200万元``, ``排名后3位``); the goals stated before the sections and a part
  ``二、工作目标`` are one pledge each; the numbers of a milestone are targets too
  (``6月底前至少签约3个`` → 3 个, ``第一批4条7月底前完工`` → 4 条).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind4"

Y = "2027-12-31"

EXPECTED: dict[str, Expected] = {
    "01_shuji_jingji_huiyi.txt": Expected(
        ("speech", "review", "shouxian-qici", "yi-yao", "prose-owners"),
        2027,
        (
            P("主要预期目标是", Y, "6.5 %", "10 %", "1.2 亿元"),
            P(
                "新签约亿元以上项目6个",
                Y,
                "6 个",
                "3 个",
                owner="镇招商服务中心",
                co="经济发展办公室",
            ),
            P("柳河食品产业园二期年内建成投产", Y, "4 万平方米", owner="经济发展办公室"),
            P("320亩建设用地报批", "2027-09-30", "320 亩", owner="自然资源所"),
            P(
                "粮食播种面积稳定在5.2万亩",
                "2027-10-31",
                "5.2 万亩",
                "8000 亩",
                owner="农业农村办公室",
            ),
            P(
                "新发展中药材种植2000亩",
                Y,
                "2000 亩",
                "2 家",
                owner="农业农村办公室",
                co="财政所",
            ),
            P("年收入20万元以上的村达到12个", Y, "12 个"),
            P(
                "集镇污水管网改造5.6公里",
                "2027-09-30",
                "5.6 公里",
                "2 座",
                "300 个",
                owner="规划建设办",
            ),
            P("农村户厕改造450户", Y, "450 户", "100 %", owner="生态环境办公室", co="各村"),
            P("新建村级养老服务站3个", "2027-06-30", "3 个"),
            P("80项高频事项", Y, "80 项", owner="便民服务中心"),
            P(
                "新增市场主体500户以上",
                Y,
                "500 户",
                "3 家",
                owner="经济发展办公室",
                co="市场监管所",
            ),
        ),
    ),
    "02_gongzuo_yaodian.docx": Expected(
        ("docx", "notice", "styles", "docx-table", "owner-brackets"),
        2027,
        (
            P(
                "引进500万元以上项目10个",
                Y,
                "10 个",
                "3.5 亿元",
                owner="经济发展办公室",
                co="财政所、各村",
            ),
            P(
                "新建设施蔬菜大棚200栋",
                Y,
                "200 栋",
                "1.2 万亩",
                "1 个",
                owner="农业农村办公室",
                co="林业站",
            ),
            P("完成土地流转面积3000亩", Y, "3000 亩", "65 %", owner="农业农村办公室"),
            P(
                "桃溪河综合治理一期工程",
                "2027-06-30",
                "4.5 公里",
                owner="水利站",
                co="生态环境办公室",
            ),
            P("森林覆盖率稳定在62%", Y, "62 %", "800 亩", owner="林业站"),
            P("桃源镇农产品冷链物流中心", Y, "2 座", "8000 吨", owner="经济发展办公室"),
            P(
                "镇卫生院综合楼改扩建",
                "2027-09-30",
                "3600 平方米",
                "60 张",
                owner="县卫健局",
                co="镇卫生院",
            ),
            P("农村供水管网延伸工程", "2027-10-31", "26 公里", "1800 户", owner="水利站"),
            P(
                "新增城镇就业岗位300个",
                Y,
                "300 个",
                "600 人次",
                owner="社会事务办公室",
                co="镇劳动保障所",
            ),
        ),
    ),
    "03_zhongdian_renwu_qingdan.xlsx": Expected(
        ("xlsx", "merged", "multi-line", "column-order", "remarks"),
        2027,
        (
            P(
                "年产5万吨有机肥加工项目",
                "2027-06-30",
                "5 万吨",
                "1.6 亿元",
                owner="经济发展办公室",
                co="自然资源所、供电所",
            ),
            P(
                "建设高标准农田",
                "2027-09-30",
                "6000 亩",
                "2000 亩",
                owner="农业农村办公室",
                co="水利站、各村委会",
            ),
            P("引进规模以上工业企业", Y, "3 家", owner="镇招商服务中心"),
            P(
                "新建农村互助幸福院",
                "2027-08-31",
                "2 所",
                "20 张",
                owner="社会事务办公室",
                co="各村委会",
            ),
            P("两癌", "2027-11-30", "1500 人次", owner="镇卫生院", co="镇妇联"),
            P("一网通办", Y, "90 %", owner="便民服务中心"),
            P(
                "雪亮工程",
                Y,
                "120 个",
                owner="平安建设办公室（综治中心）",
                co="派出所、各村（社区）",
            ),
        ),
    ),
    "04_web_zhengfu_baogao_2027.txt": Expected(
        ("web", "furniture", "breadcrumb", "review", "goals", "related-links"),
        2027,
        (
            P("主要预期目标是", Y, "6 %", "5 %", "6 %", "7.5 %", "4.8 万吨"),
            P("全年实施重点项目25个", Y, "25 个", "18 亿元"),
            P("光伏发电项目6月底前并网发电", "2027-06-30", "5000 千瓦"),
            P("新改建农村公路15公里", Y, "15 公里", "3 座"),
            P("农产品交易市场", Y),
            P("第二中心幼儿园1所", "2027-08-31", "1 所", "360 个"),
            P("城镇老旧小区改造4个", Y, "4 个", "680 户"),
            P("基本养老保险参保率", Y, "98 %"),
            P("新增市场主体600户", Y, "600 户", "150 家"),
        ),
    ),
    "05_shishi_fangan.pdf": Expected(
        ("pdf", "hard-breaks", "running-header", "page-numbers", "goals-part", "notice"),
        2027,
        (
            P("农村卫生厕所普及率达到92%", Y, "92 %", "100 %", "45 %", "3 个"),
            P(
                "新建农村公厕6座",
                "2027-10-31",
                "500 户",
                "6 座",
                owner="农业农村办公室",
                co="各村委会",
            ),
            P("购置分类垃圾桶3000个", "2027-06-30", "3000 个", "4 辆", owner="生态环境办公室"),
            P(
                "污水管网8.5公里",
                "2027-11-30",
                "8.5 公里",
                "5 座",
                owner="镇规划建设办",
                co="水利站",
            ),
            P("清理陈年垃圾1.5万吨", Y, "1.5 万吨", "120 处", owner="各村委会"),
            P("聘用村庄保洁员85名", Y, "85 名"),
        ),
    ),
    "06_shequ_minsheng_gongshi.txt": Expected(
        ("labelled", "xiangmu-numbering", "field-order", "sign-off"),
        2027,
        (
            P(
                "老旧小区加装电梯",
                "2027-11-30",
                "8 部",
                "320 万元",
                owner="街道规划建设办",
                co="东风社区居委会、各小区业主委员会",
            ),
            P(
                "社区嵌入式养老服务中心",
                "2027-06-30",
                "450 平方米",
                "15 张",
                owner="东风社区居委会",
                co="社会事务办公室",
            ),
            P(
                "背街小巷提质改造",
                Y,
                "6 条",
                "2.3 公里",
                "90 盏",
                # not 4 条 (第一批4条7月底前完工): a stage of the 6 条: a milestone's (quarters)
                owner="街道城管办",
                co="东风社区居委会",
            ),
            P("便民生活圈", "2027-09-30", "12 家", owner="经济发展办公室"),
            P(
                "居民健康守护行动",
                Y,
                "85 %",
                "24 场",
                "2000 人次",
                owner="街道社区卫生服务中心",
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
