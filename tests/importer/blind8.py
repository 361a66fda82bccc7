"""Eighth blind set: four documents written before the importer ran on them
(tests/importer/blind8/), annotated from their text and SPEC §3 alone. Every plan year is 2030. 01,
02 and 03 are built by ``blind8/make_documents.py``; 04 is written by hand.

01 a DOCX 县政府 印发 notice (``平川县人民政府文件``, ``平政发〔2030〕3号``, the notice's title,
主送 ``各乡镇人民政府，县直各单位：``, a cover paragraph with 2029's results ``12件``/``3.2亿元``,
``第36次常务会议``, ``每月20日前`` and the 督查室's phone number, the sign-off,
``（此件公开发布）``, a page break) whose ``附件`` is the ``平川县2030年为民办实事项目`` table and
nothing else: columns 序号/项目名称/建设内容及目标/责任单位/完成时间, three category rows
``一、教育卫生（4项）`` merged across the table, lead and co-owners in one 责任单位 cell in six
wordings (``X（牵头），Y、Z``, ``X牵头，Y配合``, ``X（牵头）`` then Y and Z on their own lines,
``X（牵头）；Y``, ``X、Y、Z`` with no marker, ``牵头单位：X`` / ``配合单位：Y、Z`` on two lines),
deadlines ``2030年8月底前``, ``2030年10月31日``, ``全年``, ``2030年12月``,
``6月底前全部开工，11月底前完工``, ``2030.10``, ``第三季度``, ``2030年9月30日前``, ``年底前``,
``2030年11月底``, ``12月31日前``, ``上半年完成城区市场，年底前完成乡镇市场``, and a 注 under the
table (``各项目责任单位排在第一位的为牵头单位``, 3.86亿元); 02 a 镇党委 ``2030年党委工作要点``
inside its 印发 notice, saved as GB18030 text with CRLF line ends (文号 ``石发〔2030〕1号``, a
preamble with 2029's results and the 总体要求 with ``“一城两园三基地”``, parts ``一、``…``四、``
each restarting ``（一）``, every ``（一）`` a paragraph ``（一）抓实招商引资。S1。S2。(owners)``
whose sentences carry different deadlines and whose owner bracket closes the paragraph after its
last sentence: ``（牵头领导：X；责任单位：Y）``, ``（责任单位：X、Y、Z）``,
``（责任单位：X，Y配合）``, ``（牵头：X　配合：Y、Z）`` with a full-width space,
``（责任单位：X，Y、各村（社区）配合）`` with a bracket inside the bracket, ``（镇X负责）``,
``（分管领导：X　责任单位：Y）``; a closing paragraph with ``每季度末`` and the 印发 line); 03 a PDF
街道 ``2030年重点工作责任清单`` whose text is set in two columns under a full-width 文号, title and
preamble (2029's results, ``每月25日前``): four category headings, items ``1．【项目招引】…``
numbered on across them, each followed by labelled lines 责任科室/牵头科室, 配合单位, 责任人 (a name
and a phone number), 完成时限/时间节点; the 联系人 and the sign-off at the foot of the right column;
04 a 县级市 政府工作报告 (摘登) scraped to Markdown (logo, navigation and breadcrumb links,
发布时间/来源/浏览次数, 字体/打印/关闭 links, the occasion ``第十八届人民代表大会第五次会议``, ``##
一、2029年工作回顾`` with results, then ``## 二、2030年重点工作``: headline goals with ranges
``增长6%—7%`` and ``左右``, a sentence ``重点抓好以下四个方面工作。``, sections as bold lines
``**（一）坚持项目为王，…**``, paragraphs opened by a bold lead phrase ``**抓项目扩投资。**``
holding one to four sentences, a prose owner ``由X牵头、Y配合``, ``五分之一以上``, ``万千瓦``,
``亿千瓦时``, ``万户``, ``万人``, ``3小时以内``, ``百分之五以内``, ``每人每月提高20元``; then ``##
三、全面加强政府自身建设`` with 5% and ``12345`` 热线 98%, the closing remarks, 相关链接,
上一篇/下一篇 and a footer with a phone number, ICP and 公安备案 numbers, 网站标识码 and
``1920×1080``).

Conventions: those of :mod:`tests.importer.blind7` (and so blind5's and blind6's), plus:

- a range ``增长6%—7%`` (``5%—6%``) gives two targets, its floor and its ceiling (6 %, 7 %), both
  stated numbers of the goal (the scorer compares value and unit only; a maintainer who models a
  range as one target with its floor would drop the ceiling); ``X左右`` gives X (``5%左右`` → 5 %,
  ``85亿元左右`` → 85 亿元, ``52万吨左右`` → 52 万吨), as blind5–7; an age range (``35—64岁``,
  ``0—6岁``) is a qualifier, no target;
- a fraction is a percentage, as ``百分之八十`` in SPEC §3: ``五分之一以上`` → 20 %;
- units keep their 万/亿 as written (``15万千瓦`` → 15 万千瓦, ``1.8亿千瓦时`` → 1.8 亿千瓦时,
  ``60万千瓦时`` → 60 万千瓦时, ``1.1万户`` → 1.1 万户, ``1.2万人`` → 1.2 万人); ``控制在3小时以内``
  → 3 小时; ``每人每月提高20元`` → 20 元; ``三千二百户`` → 3200 户; ``八千批次`` → 8000 批次;
  ``八千亩`` → 8000 亩;
- an 附件 that is only a table: each row is one pledge, its text the 项目名称, its targets from
  建设内容及目标; the category rows, the header, the cover letter and the 注 are none; the 责任单位
  cell names the lead first (``X（牵头）``, ``X牵头``, ``牵头单位：X``, or first in a list with no
  marker, as the 注 says and as blind4's ``X、Y要密切配合``) and every other unit in it is a
  co-owner (``Y配合``, a unit after ``，``/``、``/``；``/a line break, ``配合单位：Y、Z``);
- a 工作要点 paragraph ``（一）抓实招商引资。S1。S2。（owner bracket）``: ``（一）`` opens a section
  whose heading is the clause after it; each sentence S1, S2 is its own pledge with its own
  deadline; the bracket that closes the paragraph gives its owners to every sentence of it;
  ``牵头领导``/``分管领导`` name a person and are not annotated; ``（牵头：X　配合：Y）`` (a
  full-width space, no semicolon) names X the lead and Y co-owners; ``各村（社区）`` inside an owner
  bracket is one unit; ``（镇水利站负责）`` → 水利站 (a 镇 prefix, as ``镇经发办`` in blind3); the
  preamble (2029's results, 总体要求) and the closing paragraph are no pledges;
- a two-column PDF is read column by column; a numbered item ``1．【项目招引】…`` with labelled
  lines is one pledge (its two sentences included, as the labelled items of SPEC §3);
  责任科室/牵头科室 name the lead, 配合单位 the co-owners; 责任人 (a person and a phone number) is
  not annotated; a category heading ``一、经济发展`` is none, nor are the 联系人 and sign-off;
- a report scraped to Markdown: links, images and ``**`` are page furniture; a bold line
  ``**（一）坚持项目为王，稳住经济增长基本盘**`` opens a section; a bold lead phrase
  ``**抓项目扩投资。**`` is the paragraph's heading, not a pledge (as blind7's lead clauses); each
  sentence after it is a pledge (``；`` ends one); ``重点抓好以下四个方面工作。`` is none; the
  headline goals are one pledge (section 0); ``三、全面加强政府自身建设`` is no pledge (blind4);
- catalog aliases: ``农业办`` → ``农业农村办公室``, ``经发办``/``经济发展办`` → ``经济发展办公室``,
  ``生态办``/``生态环境办`` → ``生态环境办公室``, ``社事办`` → ``社会事务办公室``, ``文体站`` →
  ``文化站``, ``应急办`` → ``应急管理办公室``, ``平安办（综治中心）`` →
  ``平安建设办公室（综治中心）``; units the catalog lacks stay as written (``县教育局``,
  ``县财政局``, ``县自然资源局``, ``县卫健局``, ``县医保局``, ``县妇联``, ``各乡镇人民政府``,
  ``县住建局``, ``县交通运输局``, ``县水务局``, ``各乡镇``, ``县城管局``, ``县发改局``,
  ``国网平川县供电公司``, ``县人社局``, ``县民政局``, ``县残联``, ``县市场监管局``,
  ``镇规划建设办``, ``镇党建办``, ``各村``, ``各村（社区）``, ``街道城建办``, ``街道城管执法中队``,
  ``街道劳动保障所``, ``街道党建办``, ``各社区``, ``各社区居委会``, ``物业企业``, ``东湖派出所``,
  ``司法所``, ``市发展改革委``, ``市财政局``);
- deadlines: ``2030.10`` → 10-31; ``2030年12月``, ``年底前``, ``12月31日前``, ``全年``,
  ``2030年全年``, ``长期``, ``年内`` → 12-31; ``2030年第二季度`` → 06-30; ``第三季度``/``三季度末``
  → 09-30; ``2030年9月`` → 09-30; ``2030年11月底`` → 11-30; ``6月底前全部开工，11月底前完工`` →
  11-30; ``上半年完成…，年底前完成…`` → 12-31; ``第三季度建成…，全年网络零售额…`` → 12-31 (09-30 a
  milestone); ``汛期前（5月31日前）…，11月15日前…`` → 11-15; ``一季度完成…，全年完成…`` → 12-31; an
  item's interim quarter (``二季度完成4条``, ``其中一季度建成5个``, ``6月底前完成第一轮排查``) is a
  milestone and its count a target; the only period decides (``稳定粮食播种面积4.2万亩以上，
  10月底前完成新建高标准农田八千亩`` → 10-31, as blind4);
- not targets: 文号, phone numbers, 2029's results, ``（2029年为93.5%）``, ``（2029年为32%）``,
  ``第36次常务会议``, ``（4项）``, ``（共12项）``, ``每月20日前``, ``每月25日前``, ``每季度末``,
  ``2000年底前建成的``, ``S218线``, ``DR``, ``零就业家庭``, ``“两癌”``, qualifiers (``亿元以上``,
  ``规模以上``, ``市级以上``, ``80周岁以上``, ``80岁以上``, ``65周岁以上``, ``60周岁以上``,
  ``35岁以下``), ``“一城两园三基地”``, ``一期``, ``“白改黑”``, ``“春季战役”``, ``每月组织一次`` (a
  frequency, as ``每月开展一次`` in published), ``12345热线``, ``“九小场所”``, ``第一轮``,
  ``“两委”``, ``“网格+”``, ``十八届人大``, ``十件民生实事``, ``四个方面``, the numbers of
  ``三、全面加强政府自身建设``, ICP/公安备案/网站标识码 and ``1920×1080``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind8"

Y = "2030-12-31"

EXPECTED: dict[str, Expected] = {
    "01_xian_weimin_shishi.docx": Expected(
        ("docx", "cover-letter", "annex-table", "merged-category-rows", "owner-cell", "deadlines"),
        2030,
        (
            P(
                "城区公办幼儿园建设工程",
                "2030-08-31",
                "2 所",
                "1.6 万平方米",
                "1080 个",
                owner="县教育局",
                co="县财政局、县自然资源局",
            ),
            P(
                "乡镇卫生院能力提升工程",
                "2030-10-31",
                "6 所",
                "45 台",
                "100 %",
                owner="县卫健局",
                co="县医保局",
            ),
            P(
                "免费筛查",
                Y,  # 全年; 35—64岁 a qualifier
                "1.2 万人",
                "90 %",
                owner="县卫健局",
                co="县妇联、各乡镇人民政府",
            ),
            P("困难群众医疗救助", Y, "1.8 万人", "70 %", owner="县医保局"),
            P(
                "城镇老旧小区改造",
                "2030-11-30",  # 6月底前 a milestone
                "23 个",
                "3200 户",
                "40 部",
                "15 个",
                owner="县住建局",
            ),
            P(
                "农村公路提质改造",
                "2030-10-31",  # 2030.10
                "120 公里",
                "8 座",
                "30 个",
                owner="县交通运输局",
                co="县财政局、各乡镇人民政府",
            ),
            P(
                "城乡供水一体化",
                "2030-09-30",
                "86.5 公里",
                "4.3 万人",
                "96 %",
                owner="县水务局",
                co="各乡镇",
            ),
            P(
                "城区停车和充电设施建设",
                "2030-09-30",
                "1500 个",
                "200 个",
                "60 万千瓦时",
                owner="县城管局",  # first in the list, as the 注 says
                co="县发改局、国网平川县供电公司",
            ),
            P(
                "城乡就业帮扶",
                Y,
                "4500 人",
                "5000 人次",
                "1.2 亿元",
                owner="县人社局",
                co="各乡镇人民政府、县财政局",
            ),
            P(
                "居家社区养老服务",
                "2030-11-30",
                "3 个",
                "20 个",
                "6000 人次",
                owner="县民政局",
                co="县财政局、各乡镇人民政府",
            ),
            P(
                "残疾人康复和无障碍改造",
                Y,
                "260 名",
                "150 户",
                owner="县残联",
                co="县教育局、县卫健局",
            ),
            P(
                "农贸市场标准化改造",
                Y,  # 上半年 a milestone
                "2 个",
                "5 个",
                "7 个",
                "8000 批次",
                owner="县市场监管局",
            ),
        ),
    ),
    "02_zhen_dangwei_yaodian.txt": Expected(
        ("gb18030", "crlf", "yaodian", "owner-brackets", "multi-sentence-items", "notice"),
        2030,
        (
            P("全年新签约亿元以上项目5个", Y, "5 个", "6 亿元", owner="经济发展办公室"),
            P(
                "临港物流园一期土地征收120亩",
                Y,  # 上半年 a milestone
                "120 亩",
                owner="经济发展办公室",
            ),
            P(
                "稳定粮食播种面积4.2万亩以上",
                "2030-10-31",  # the only period decides (blind4)
                "4.2 万亩",
                "8000 亩",
                owner="农业农村办公室",
                co="林业站、各村",
            ),
            P(
                "新发展优质茶园1500亩",
                Y,
                "1500 亩",
                "2 家",
                owner="农业农村办公室",
                co="林业站、各村",
            ),
            P(
                "建成石桥电商直播基地",
                Y,  # 第三季度 a milestone
                "3000 万元",
                owner="经济发展办公室",
                co="便民服务中心",
            ),
            P("每月组织一次", Y, owner="经济发展办公室", co="便民服务中心"),
            P(
                "集镇主街",
                "2030-04-30",
                "1.8 公里",
                "2 处",
                "260 个",
                owner="镇规划建设办",
                co="自然资源所、生态环境办公室",
            ),
            P(
                "全年完成农村户厕改造400户",
                Y,  # 一季度 a milestone
                "400 户",
                owner="生态环境办公室",
                co="农业农村办公室、各村（社区）",
            ),
            P(
                "农村生活污水治理率提高到40%",
                Y,
                "40 %",
                "100 %",
                owner="生态环境办公室",
                co="农业农村办公室、各村（社区）",
            ),
            P(
                "完成6座小型水库除险加固",
                "2030-11-15",  # 5月31日前 a milestone
                "6 座",
                "12 公里",
                owner="水利站",
            ),
            P(
                "新增城镇就业320人",
                Y,
                "320 人",
                "10 期",
                "500 人次",
                owner="社会事务办公室",
                co="财政所、各村（社区）",
            ),
            P("建成镇中心敬老院改扩建工程", "2030-09-30", "60 张", owner="社会事务办公室"),
            P("老年人健康体检", "2030-06-30", owner="社会事务办公室"),
            P(
                "年内发展党员12名",
                Y,  # 6月底前 a milestone
                "12 名",
                "60 %",
                owner="镇党建办",
            ),
        ),
    ),
    "03_jiedao_zeren_qingdan.pdf": Expected(
        ("pdf", "two-columns", "labelled", "persons-phones", "category-headings"),
        2030,
        (
            P(
                "全年引进亿元以上项目3个",
                Y,
                "3 个",
                "2 家",
                "12 亿元",
                owner="经济发展办公室",
                co="财政所",
            ),
            P(
                "东湖新村等4个",
                "2030-10-31",  # 6月底前 a milestone
                "4 个",
                "1260 户",
                "12 部",
                owner="街道城建办",
                co="各社区居委会",
            ),
            P(
                "整治背街小巷8条",
                "2030-09-30",  # 二季度 a milestone
                "8 条",
                "40 处",
                "4 条",
                owner="街道城管执法中队",
                co="街道城建办、各社区",
            ),
            P(
                "分类小区覆盖率",
                "2030-06-30",  # 一季度 a milestone
                "100 %",
                "15 个",
                "5 个",
                owner="生态环境办公室",
                co="各社区、物业企业",
            ),
            P(
                "新建社区嵌入式养老服务站2个",
                "2030-09-30",
                "2 个",
                "100 %",
                "300 个",
                owner="社会事务办公室",
                co="各社区",
            ),
            P(
                "举办线上线下招聘会12场",
                Y,
                "12 场",
                "150 人",
                "3.5 %",
                owner="街道劳动保障所",
                co="各社区",
            ),
            P("新增注册志愿者1000名", Y, "24 场次", "1000 名", owner="文化站", co="各社区"),
            P("群众满意率达到99%", "2030-08-31", "150 项", "99 %", owner="便民服务中心"),
            P(
                "热线工单按时办结率",
                Y,
                "98 %",
                "96 %",
                owner="平安建设办公室（综治中心）",
                co="东湖派出所、司法所",
            ),
            P(
                "排查场所不少于600家",
                "2030-11-30",  # 6月底前 a milestone
                "600 家",
                "100 %",
                owner="应急管理办公室",
                co="街道城管执法中队、各社区",
            ),
            P("网格员86名", "2030-05-31", "86 名", owner="街道党建办"),
        ),
    ),
    "04_shi_zhengfu_baogao_web.md": Expected(
        ("markdown", "furniture", "breadcrumb", "report", "review", "bold-leads", "ranges"),
        2030,
        (
            P("主要预期目标是", Y, "6 %", "7 %", "5 %", "1.2 万人", "5.5 %"),  # section 0
            P(
                "全年实施市级重点项目150个",
                Y,  # 6月底前 a milestone
                "150 个",
                "260 亿元",
                "60 个",
            ),
            P(
                "争取中央预算内投资",
                Y,
                "15 亿元",
                owner="市发展改革委",
                co="市财政局",
            ),
            P("社会消费品零售总额增长", Y, "5 %", "6 %", "3 个"),
            P("外贸进出口总额稳定在85亿元", Y, "85 亿元"),
            P("新增规模以上工业企业40家", Y, "40 家", "260 家", "20 %"),
            P("新增光伏装机容量15万千瓦", Y, "15 万千瓦", "1.8 亿千瓦时", "1200 个"),
            P("粮食播种面积稳定在86万亩", "2030-10-31", "86 万亩", "52 万吨", "6 万亩"),
            P("改造城镇老旧小区38个", Y, "38 个", "1.1 万户", "45 公里", "75 %"),
            P("城市户均停电时间", Y, "3 小时", "99.8 %"),
            P("帮扶农村劳动力转移就业", Y, "18.5 万人", "12 所", "8600 个"),
            P("大班额比例", Y, "5 %"),
            P("基本养老保险参保率", Y, "95 %", "20 元"),
            P("老年人健康管理率", Y, "70 %"),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
