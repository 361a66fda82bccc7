"""Seventh blind set: four documents written before the importer ran on them
(tests/importer/blind7/), annotated from their text and SPEC §3 alone. Every plan year is
2029. 02, 03 and 04 are built by ``blind7/make_documents.py``.

01 a 街道 ``2029年十件民生实事项目`` page scraped to text (site name, navigation, breadcrumb,
发布时间/来源/浏览次数, 字体/打印/关闭, 分享到, a preamble with a 文号 and 2028's results
``3860万元``/``96.5%``, a 监督电话, the sign-off, 上一篇/下一篇, 相关链接 and a footer with a phone
number, ICP number, 网站标识码 and ``1920×1080``), ten items ``一、X工程。…`` on one line each,
followed by labelled lines in varied wording: 牵头单位/配合单位, ``责任单位：X，Y配合``,
责任科室/配合科室, 协办单位, 实施单位, 完成时限/完成时间/时间节点/时限要求, with deadlines
``2029年10月底前``, ``全年``, ``三季度末``, ``6月30日前…，12月底前…``, ``11月30日``, ``年底前``,
``2029年第三季度``, ``持续推进``, ``2029年8月``, ``汛期前（5月底前）…，其余任务年内完成``;
02 a DOCX excerpt of a 县委全会 report (Title, byline and date, a part reviewing 2028 with its
problems ``一是…二是…``, then ``二、2029年主要目标任务`` with headline goals, sections ``（一）…``
as Heading 2 and items ``1.全力攻坚重点项目。…`` whose lead clause is bold, an item that only
introduces a Word table of 重点项目 (序号/项目名称/建设内容及规模/年度计划投资（亿元）/责任单位/
完成时限, a cell with two units on two lines), a note under the table, a prose owner
``由X牵头、Y配合``, a part ``三、强化组织保障`` and the closing remarks); 03 an XLSX 督办任务分解表
(a merged title row, a 填报单位/填报日期 row, a two-row merged header 序号/重点任务/具体目标/
责任分工(牵头单位/配合单位)/责任领导/时间节点(一季度/二季度/三季度/四季度)/备注, category rows
``一、产业发展类`` merged across, a blank row between categories, a quarter step merged across all
four quarters, ``—`` in quarters with no step, a 备注 with a phone number, last year's investment
and a 文号, a 注 row and 制表/审核/联系电话); 04 a PDF 乡 实施方案 (文号 at its head, hard line
breaks that split numbers, units and owner brackets, a running header and ``— 1 —`` page
numbers, a preamble with 2028's results, ``一、总体目标``, ``二、重点任务`` (（一）…（六）with
trailing owner brackets ``（牵头单位：X；配合单位：Y）``, ``（X牵头，Y配合）``,
``（责任单位：X、Y）``, ``（责任单位：X，Y配合）``, ``（X负责）``), ``三、实施步骤`` in three stages
``（一）动员部署阶段（2029年3月1日—3月20日）。…``, ``四、保障措施`` with 150万元 and 15%, a contact
phone number and the sign-off).

Conventions: those of :mod:`tests.importer.blind6` (and so blind5's), plus:

- a 十件实事 item ``一、X工程。…`` with labelled lines is one pledge; 实施单位 and 责任科室 name
  the lead, 协办单位 and 配合科室 co-owners; ``责任单位：X，Y配合`` names X the lead and Y a
  co-owner; ``街道社事办`` → ``社会事务办公室`` (a 街道 prefix as ``镇经发办`` in blind3),
  ``文体站`` → ``文化站``; units the catalog lacks stay as written (``街道城建办``,
  ``街道城管执法中队``, ``街道劳动保障所``, ``街道社区卫生服务中心``, ``云溪派出所``, ``各社区``,
  ``各社区居委会``, county units such as ``县数据局``, ``县政务服务中心``, ``县经开区管委会``,
  ``县城投公司``, ``乡农业综合服务中心``, ``乡规划建设所``, ``乡畜牧兽医站``); ``乡自然资源所`` →
  ``自然资源所``;
- a report with three levels ``二、``/``（一）``/``1.``: the ``（一）`` heading opens a section; a
  ``1.`` item's lead clause (``全力攻坚重点项目。``) is its heading, not a pledge; the sentence
  after it is the pledge; an item that only introduces the table (``2029年重点推进的县级重大项目
  安排如下表。``) and the note under the table are none; each table row is one pledge, its text
  the 项目名称, its targets from all its cells (``年度计划投资（亿元）`` 4.5 → 4.5 亿元);
- a ledger's two-row header is read as one: 牵头单位/配合单位 under 责任分工, the quarters under
  时间节点; a row's deadline is the end of the last quarter holding a step (``—`` and a blank
  cell hold none: steps in 一季度 and 二季度 only → 06-30), unless that step states its own date
  (``9月底前通水`` → 09-30); the earlier quarters are milestones; a step merged across all four
  quarters (``每季度开展一次…``) recurs → 12-31; 责任领导 names a person and is not annotated;
  category rows and blank rows are no pledges;
- a 实施方案's stage ``（一）动员部署阶段（2029年3月1日—3月20日）。…`` is one pledge whose deadline
  is its range's end; ``一、总体目标`` is one pledge (as ``二、工作目标`` in blind4);
  ``到2029年底`` → 12-31; ``时间节点：6月30日前…，12月底前…`` → 12-31 with a milestone;
- not targets: ``两大主导产业``, ``一级公路``, ``G351国道``, ``二期``, ``第二水厂``, ``“1+N”``,
  ``“五美庭院”``, ``“月检查、季评比”``, ``三年行动``, ``十五届七次``, qualifiers (``亿元以上``,
  ``规模以上``, ``80岁以上``, ``65岁以上``, ``一般以上``), last year's figures in brackets
  (``（2028年为89.5%）``, ``（2028年为88%）``, ``（2028年为38%）``), 文号, phone numbers,
  ``14个行政村`` in a preamble of results, a 保障措施/组织保障 part's numbers; a milestone's count
  is a target (``其中上半年完成8部`` → 8 部, ``签约项目不少于2个`` → 2 个); ``同比下降5%`` → 5 %;
  ``百分之九十以上`` → 90 %, ``百分之九十二`` → 92 %, ``百分之百`` → 100 %; ``约2300万元`` →
  2300 万元.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind7"

Y = "2029-12-31"

EXPECTED: dict[str, Expected] = {
    "01_jiedao_shijian_shishi_web.txt": Expected(
        ("furniture", "breadcrumb", "labelled", "label-wording", "minsheng-shishi"),
        2029,
        (
            P(
                "桂花苑、新华里等5个老旧小区",
                "2029-10-31",
                "5 个",
                "1260 户",
                "4.8 公里",
                "2300 万元",
                owner="街道城建办",
                co="各社区居委会、财政所",
            ),
            P(
                "加装电梯不少于20部",
                Y,  # 全年; 上半年 a milestone
                "20 部",
                "8 部",
                owner="街道城建办",
                co="各社区",
            ),
            P(
                "新建社区养老服务综合体1个",
                "2029-09-30",
                "1 个",
                "6 个",
                "3 万人次",
                owner="社会事务办公室",
                co="各社区",
            ),
            P(
                "新增普惠性托位120个",
                Y,  # 6月30日前 a milestone
                "120 个",
                "2 处",
                owner="社会事务办公室",
                co="街道社区卫生服务中心",
            ),
            P(
                "整治背街小巷12条",
                "2029-11-30",
                "12 条",
                "350 个",
                "3 个",
                owner="街道城管执法中队",
                co="街道城建办",
            ),
            P(
                "专场招聘会10场",
                Y,
                "10 场",
                "800 人",
                "3 %",
                owner="街道劳动保障所",
                co="各社区居委会",
            ),
            P(
                "新增高清视频监控探头260个",
                "2029-09-30",
                "260 个",
                "90 %",
                owner="平安建设办公室（综治中心）",
                co="云溪派出所、各社区",
            ),
            P(
                "免费健康体检4500人次",
                Y,  # 持续推进
                "4500 人次",
                "75 %",
                owner="街道社区卫生服务中心",
            ),
            P(
                "新建智能健身驿站2个",
                "2029-08-31",
                "2 个",
                "15 套",
                "4 个",
                owner="文化站",
            ),
            P(
                "改造提升应急避难场所3处",
                Y,  # 5月底前 a milestone
                "3 处",
                "24 次",
                "2000 个",
                owner="应急管理办公室",
                co="各社区居委会",
            ),
        ),
    ),
    "02_xianwei_quanhui_baogao.docx": Expected(
        ("docx", "report", "review", "headline-goals", "three-levels", "table-inside"),
        2029,
        (
            P("主要预期目标是", Y, "6.5 %", "5 %", "8 %", "5.5 %", "7 %"),
            P(
                "全年安排县级重点项目60个",
                Y,  # 6月底前 a milestone
                "60 个",
                "120 亿元",
                "25 个",
            ),
            P("新引进亿元以上产业项目15个", Y, "15 个", "80 亿元"),
            P(
                "新材料产业园二期",
                Y,  # 2029年12月
                "12 万平方米",
                "3.2 公里",
                "4.5 亿元",
                owner="县经开区管委会",
            ),
            P(
                "县城第二水厂扩建工程",
                "2029-09-30",
                "5 万吨",
                "18 公里",
                "1.2 亿元",
                owner="县水利局",
                co="县城投公司",
            ),
            P("G351国道清河段改扩建工程", Y, "26 公里", "3.8 亿元", owner="县交通运输局"),
            P(
                "县人民医院医技综合楼",
                "2029-10-31",
                "400 张",
                "4.6 万平方米",
                "2.1 亿元",
                owner="县卫健局",
            ),
            P("城东片区污水处理厂", "2029-09-30", "3 万吨", "0.9 亿元", owner="县住建局"),
            P(
                "政务服务事项网上可办率",
                Y,
                "98 %",
                "50 项",
                owner="县数据局",
                co="县政务服务中心",
            ),
            P("县属国有企业整合重组", "2029-03-31", "3 家"),
            P(
                "粮食播种面积稳定在68万亩",
                "2029-10-31",  # the only period decides (blind4)
                "68 万亩",
                "4 万亩",
            ),
            P("创建省级和美乡村示范村10个", Y, "10 个", "92 %"),
            P("新增城镇就业5500人", Y, "5500 人", "5.5 %", "8 所", "6000 个"),
            P("安全生产治本攻坚三年行动", Y, "3 起"),
        ),
    ),
    "03_duban_renwu_fenjie.xlsx": Expected(
        ("xlsx", "ledger", "two-row-header", "quarters", "category-rows", "blank-rows"),
        2029,
        (
            P(
                "招商引资攻坚行动",
                Y,
                "6 个",
                "8 亿元",
                # not 2 个 (二季度 签约项目不少于2个): a stage of the 6 个: a milestone's (quarters)
                owner="经济发展办公室",
                co="财政所",
            ),
            P(
                "茶叶精深加工园建设",
                Y,
                "2.6 万平方米",
                "4 家",
                owner="经济发展办公室",
                co="自然资源所、供电所",
            ),
            P(
                "高山蔬菜和油茶基地建设",
                "2029-06-30",  # steps in 一季度 and 二季度 only
                "3000 亩",
                "1500 亩",
                owner="农业农村办公室",
                co="林业站、各村",
            ),
            P(
                "集镇提质改造",
                Y,
                "2.4 公里",
                "1 处",
                "3 座",
                owner="镇规划建设办",
                co="生态环境办公室、各社区",
            ),
            P(
                "农村饮水安全巩固提升",
                "2029-09-30",
                "2 处",
                "93 %",
                owner="水利站",
                co="财政所",
            ),
            P(
                "农村人居环境整治",
                "2029-09-30",
                "600 户",
                "100 %",
                owner="生态环境办公室",
                co="农业农村办公室、各村",
            ),
            P(
                "就业创业服务",
                Y,
                "260 人",
                "12 期",
                owner="社会事务办公室",
                co="各村（社区）",
            ),
            P("村级互助养老服务", "2029-09-30", "5 个", owner="社会事务办公室", co="财政所"),
            P(
                "矛盾纠纷排查化解",
                Y,  # a step merged across the four quarters
                "98 %",
                "5 %",
                owner="平安建设办公室（综治中心）",
                co="派出所、司法所",
            ),
            P(
                "安全生产隐患排查整治",
                Y,
                "100 %",
                owner="应急管理办公室",
                co="派出所、各村（社区）",
            ),
        ),
    ),
    "04_xiang_zhengzhi_fangan.pdf": Expected(
        ("pdf", "fangan", "goals-part", "owner-brackets", "stages", "measures", "line-breaks"),
        2029,
        (
            P("全乡农村卫生厕所普及率达到95%以上", Y, "95 %", "100 %", "45 %", "300 户"),
            P(
                "新改建农村户用卫生厕所800户",
                "2029-09-30",
                "800 户",
                "6 座",
                owner="乡农业综合服务中心",
                co="各村委会",
            ),
            P(
                "新购置垃圾转运车4辆",
                Y,
                "4 辆",
                "120 个",
                "98 %",
                owner="生态环境办公室",
                co="各村",
            ),
            P(
                "等5个村的生活污水管网建设",
                "2029-11-30",
                "5 个",
                "12.6 公里",
                owner="乡规划建设所",
                co="水利站",
            ),
            P(
                "拆除危旧房和残垣断壁150处",
                Y,  # 上半年 a milestone
                "150 处",
                "200 户",
                owner="各村委会",
                co="自然资源所",
            ),
            P("建立村庄保洁长效管护制度", Y, owner="党政综合办公室", co="各村"),
            P("粪污处理设施装备配套率", Y, "100 %", "85 %", owner="乡畜牧兽医站"),
            P("召开全乡动员大会", "2029-03-20"),
            P("对照任务清单集中开展整治", "2029-09-30"),
            P("开展“回头看”", Y),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
