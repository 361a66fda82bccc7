"""Fifth blind set: six documents written before reading the importer's code
(tests/importer/blind5/), annotated from their text and SPEC §3 alone — what a careful
clerk expects the import to yield — and committed before the importer was run on them.
``.venv/bin/python -m tests.importer.blind5`` prints the table; 02, 03, 04 and 05 are built
by ``blind5/make_documents.py``. Every plan year is 2027.

The documents: 01 a 镇长办公会议纪要 in plain text (文号 ``青政纪〔2027〕3号``, the meeting's
date and place, a part ``一、关于2026年工作情况`` reviewing 2026 in numbers with its problems,
then ``二、会议议定事项`` with items ``（一）关于….`` each holding one sentence
``会议要求/会议明确/会议强调/会议决定，…`` with owners in prose: ``由X负责，Y、Z配合``,
``由X牵头、Y配合``, ``X于9月底前完成…``, ``X要在3月底前…``, ``Y配合X，于第三季度完成…``,
``由X牵头抓总``; then ``三、有关工作要求`` (每月25日前, 排名后2位, a phone number), 出席/列席/
记录, 送/抄送 and the 印发 line); 02 a 街道 上半年工作总结和下半年工作计划 as DOCX whose
items are Word ``List Number``/``List Bullet`` paragraphs with no number in their text (the
numbering comes from the style, and runs on across parts), Title/Heading 1/Heading 2 styles,
the half year's results and 存在的问题 before ``三、下半年工作计划`` (sections ``（一）抓项目，
促发展`` …), trailing owner brackets ``（牵头：X；配合：Y）`` and ``（责任单位：X）``, a 保障措施
part and the sign-off; 03 a 督查督办通知单 CSV exported from an office system (UTF-8 with
BOM, CRLF, a title row, headers mixing English and Chinese
``No.,任务事项 Task,责任单位（牵头）,协办单位 Co-units,完成时间 Deadline,进度要求,Status,Remark``,
quoted cells holding a comma ``"财政所,各村委会"`` and line breaks, deadlines as
``2027/4/30``, ``2027-05-31``, ``2027年12月31日``, ``上半年``, ``第三季度``, ``长期坚持``, a
进度要求 column with milestones, catalog units by alias, a 县 bureau, a Remark with a 督办单号,
a mobile number, a 文号 and a standard, and an 导出时间/共7条记录 row at the end); 04 an XLSX
with two sheets, ``说明`` first and active (notes with a 文号 and a phone number) and
``任务表`` (a merged title row, columns 序号/项目名称/建设内容及规模/年度计划投资（万元）/
牵头单位/配合单位/完成时限/备注, the unit of the investment column only in its header, a
``合计`` row, then 填表人/审核人/联系电话); 05 a PDF 乡 重点工作责任分工方案 laid out as one
two-column table per task (``任务一`` then rows 工作任务/目标要求/牵头单位/配合单位/完成时限),
a 文号, a preamble with 2026 results, a page break inside a task's table with the footer
``第 1 页 共 2 页`` between its rows, a part ``二、工作要求`` and the sign-off with a phone
number; 06 a scraped WeChat article (``原创 … 发表于湖南``, ``点击上方蓝字关注我们``, emoji,
a ✅ list of 2026 results, ``🎯 2027年主要预期目标``, sections opened by keycap emoji
``1️⃣ 产业发展 · 做大做强`` whose items are 🔹 lines without a closing ``。``, ``—END—``,
来源/编辑/审核/投稿邮箱/热线, 往期推荐, 阅读原文 and the counters ``阅读 3562 … 在看 46``).

Conventions of the annotation (those of :mod:`tests.importer.blind4`, plus):

- a 会议纪要's ``会议议定事项`` is its arrangement part; ``（一）关于食品产业园建设。`` opens a
  section (its heading the clause after the number) and each ``会议要求，…。`` sentence in it is
  a pledge; the part reviewing 2026 and the part ``三、有关工作要求`` are none, nor are
  出席/列席/抄送;
- ``X于9月底前完成…`` and ``X要在3月底前…`` name X the lead (as ``X要…``); ``由X牵头抓总``
  names X; ``招商办`` → ``经济发展办公室`` (a catalog alias);
- a half-year report's results and problems are no pledges (as a review); its Word list
  paragraphs are items whatever number Word draws; ``（牵头：X；配合：Y）`` names X the lead
  and Y a co-owner, ``（责任单位：X）`` the lead;
- a ledger row's text is its task cell (任务事项 Task, 项目名称); a two-column table's task is
  its ``工作任务`` row, its targets come from all its rows (目标要求); an owner cell holding two
  units on two lines (协办单位) gives two co-owners; ``"财政所,各村委会"`` is two co-owners;
  a title row, an export-time row, a ``合计`` row and 填表人 lines are no pledges;
- a number in a column whose header states the unit is a target with that unit
  (``年度计划投资（万元）`` 680 → 680 万元), as ``投资5000万元`` in SPEC §3; the 合计 is none;
- catalog aliases: ``综合文化站`` → ``文化站``, ``退役军人站`` → ``退役军人服务站``,
  ``政务服务中心`` → ``便民服务中心``, ``党政办`` → ``党政综合办公室``, ``应急办``/``应急管理办``
  → ``应急管理办公室``, ``社事办``/``社会事务办`` → ``社会事务办公室``, ``平安办``/``综治中心``
  → ``平安建设办公室（综治中心）``, ``经济发展办``/``经发办`` → ``经济发展办公室``,
  ``镇农业办``/``农业办`` → ``农业农村办公室``, ``生态办`` → ``生态环境办公室``; units it lacks
  stay as written (``县交通运输局``, ``县发展和改革局``, ``县教育局``, ``杨林乡中心学校``,
  ``街道城建办``, ``街道城管执法中队``, ``街道社区卫生服务中心``, ``镇规划建设办``,
  ``市场监管所``, ``供电所``, ``杨林邮政所``, ``各村委会``, ``各村（社区）``,
  ``各社区居委会``);
- deadlines: a cell date (``2027/4/30``, ``2027-05-31``, ``2027年12月31日``, ``2027年9月底``)
  is that day or month's end; ``汛期前（5月底前）`` → 05-31; ``12月15日前`` → 12-15;
  ``第三季度``/``三季度末`` → 09-30; ``上半年`` → 06-30; a 进度要求 cell's earlier period is a
  milestone of the 完成时间's deadline; ``分阶段：6月底前建成5个，12月底前全部建成`` → 12-31;
  ``长期坚持``, ``全年``, none stated → 12-31;
- not targets: baselines (``由41.5%提高到42%`` → 42 %, ``由1500元提高到2000元`` → 2000 元,
  ``由52%提高到60%`` → 60 %), qualifiers (``规模以上``, ``亿元以上项目``, ``60岁以上``,
  ``20户以上自然村``), standards (``按每5000亩配备1名护林员``, ``按每班45人标准``), names
  (``二期``, ``X307线``, ``5G``, ``“白改黑”``, ``“一网通办”``, ``“门前三包”``, ``“送技能下乡”``,
  ``中心幼儿园``), dates, 文号, 督办单号, phone numbers, page numbers, an article's counters, the
  工作要求/保障措施 numbers; a capacity or reach of what is built is a target (``可容纳3000人``,
  ``受益群众4500人``, ``惠及居民1280户``), and so is a milestone's count (``其中第三季度完成2家
  签约`` → 2 家, ``6月底前完成15公里`` → 15 公里).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.published import Expected, P, Score
from tests.importer.published import run_all as _run_all

FOLDER = Path(__file__).resolve().parent / "blind5"

Y = "2027-12-31"

EXPECTED: dict[str, Expected] = {
    "01_zhenzhang_bangonghui_jiyao.txt": Expected(
        ("minutes", "review", "owners-prose", "requirements-part", "sign-off"),
        2027,
        (
            P(
                "青石食品产业园二期建设",
                Y,  # 年内
                "1.5 亿元",
                "3 家",
                owner="经济发展办公室",
                co="财政所、自然资源所",
            ),
            P(
                "3000亩高标准农田建设",
                "2027-06-30",
                "3000 亩",
                "2000 元",  # 由1500元提高到2000元: the baseline is none
                owner="农业农村办公室",
                co="水利站",
            ),
            P(
                "12个村的污水治理设施",
                "2027-09-30",
                "12 个",
                "400 户",
                owner="生态环境办公室",
            ),
            P(
                "企业的安全隐患排查",
                "2027-03-31",
                "87 家",  # 规模以上 is a qualifier
                "100 %",
                owner="应急管理办公室",
            ),
            P(
                "新建养老服务中心1所",
                "2027-10-31",  # 5月底前 is a milestone
                "1 所",
                "60 张",  # not 60岁以上
                owner="社会事务办公室",
            ),
            P(
                "X307线青石段改造",
                "2027-09-30",
                "8.6 公里",
                owner="县交通运输局",
                co="镇规划建设办",
            ),
            P(
                "签约招商项目不少于10个",
                Y,  # 全年, 长期坚持
                "10 个",
                "2 个",  # 亿元以上 is a qualifier
                owner="经济发展办公室",
            ),
        ),
    ),
    "02_jiedao_zongjie_jihua.docx": Expected(
        ("docx", "word-numbering", "half-year-summary", "owner-brackets", "measures"),
        2027,
        (
            P(
                "东湖智造园标准厂房建设",
                "2027-09-30",
                "4 万平方米",
                owner="经济发展办公室",
                co="财政所",
            ),
            P("新引进规模以上工业企业5家", Y, "5 家", "2 家"),
            P(
                "完成老旧小区改造6个",
                "2027-11-30",
                "6 个",
                "1280 户",
                owner="街道城建办",
                co="各社区居委会",
            ),
            P("新建智能充电桩120个", Y, "120 个", "300 个"),
            P("“门前三包”专项整治", Y, owner="街道城管执法中队"),
            P("举办专场招聘会8场", Y, "8 场", "800 名", owner="社会事务办公室"),
            P(
                "免费健康体检3000人次",
                "2027-12-15",
                "3000 人次",
                owner="街道社区卫生服务中心",
            ),
            P("新建社区嵌入式托育点2个", "2027-10-31", "2 个"),
        ),
    ),
    "03_duban_tongzhidan.csv": Expected(
        ("csv", "office-export", "mixed-headers", "quoted-cells", "aliases"),
        2027,
        (
            P(
                "完成植树造林1200亩",
                "2027-04-30",
                "1200 亩",
                "42 %",
                owner="林业站",
                co="自然资源所",
            ),
            P(
                "实施小型水库除险加固3座",
                "2027-05-31",
                "3 座",
                "15 口",
                owner="水利站",
                co="财政所、各村委会",
            ),
            P(
                "新建村级综合文化服务中心4个",
                Y,
                "4 个",
                "40 场",
                owner="文化站",
            ),
            P(
                "为退役军人和其他优抚对象办理优待证",
                "2027-06-30",
                "98 %",
                owner="退役军人服务站",
                co="各村（社区）",
            ),
            P(
                "政务服务事项网上可办率达到95%",
                "2027-06-30",
                "95 %",
                owner="便民服务中心",
                co="党政综合办公室",
            ),
            P(
                "新增装机容量800千瓦",
                "2027-09-30",
                "800 千瓦",
                owner="县发展和改革局",
                co="经济发展办公室、供电所",
            ),
            P(
                "配备专职护林员36名",
                Y,  # 长期坚持
                "36 名",  # not the standard in Remark
                owner="应急管理办公室",
                co="林业站",
            ),
        ),
    ),
    "04_zhongdian_xiangmu_renwubiao.xlsx": Expected(
        ("xlsx", "two-sheets", "total-row", "unit-in-header"),
        2027,
        (
            P(
                "镇区污水管网延伸工程",
                "2027-09-30",
                "5.2 公里",
                "200 户",
                "680 万元",
                owner="生态环境办公室",
                co="水利站、各村委会",
            ),
            P(
                "中心小学扩建工程",
                "2027-08-20",
                "1 栋",
                "360 个",
                "1200 万元",
                owner="县教育局",
                co="自然资源所",
            ),
            P(
                "农贸市场提质改造",
                "2027-06-30",
                "1.2 万平方米",
                "80 个",
                "450 万元",
                owner="经济发展办公室",
                co="市场监管所",
            ),
            P(
                "乡村公路“白改黑”工程",
                "2027-11-30",
                "12 公里",
                "960 万元",
                # not 6 公里 (6月底前完成6公里): a stage of the 12 公里: a milestone's (quarters)
                owner="县交通运输局",
                co="镇规划建设办",
            ),
            P(
                "应急避难场所建设",
                Y,
                "2 座",
                "3000 人",
                "300 万元",
                owner="应急管理办公室",
                co="平安建设办公室（综治中心）",
            ),
            P(
                "农村饮水安全巩固提升",
                "2027-10-31",
                "8 公里",
                "4500 人",
                "520 万元",
                owner="水利站",
                co="财政所",
            ),
            P(
                "智慧平安乡村建设",
                "2027-09-30",
                "150 个",
                "100 %",
                "180 万元",  # 备注's 2026 figure is none
                owner="平安建设办公室（综治中心）",
                co="各村委会",
            ),
        ),
    ),
    "05_zerenfengong_fangan.pdf": Expected(
        ("pdf", "two-column-table", "page-break", "requirements-part"),
        2027,
        (
            P(
                "茶叶产业提质扩面",
                "2027-10-31",
                "1500 亩",
                "800 亩",
                "2 家",
                owner="农业农村办公室",
                co="林业站、各村委会",
            ),
            P(
                "乡村旅游融合发展",
                Y,
                "1 个",
                "120 张",
                "15 万人次",
                owner="经济发展办公室",
                co="文化站",
            ),
            P(
                "城乡建设用地增减挂钩",
                "2027-09-30",
                "200 亩",
                owner="自然资源所",
                co="财政所",
            ),
            P(
                "防汛减灾能力建设",
                "2027-05-31",
                "9 个",
                "4 场",
                owner="应急管理办公室",
                co="水利站",
            ),
            P(
                "乡中心幼儿园改扩建",
                "2027-08-31",  # its rows run over the page break
                "150 个",
                "60 %",
                owner="杨林乡中心学校",
                co="财政所",
            ),
            P(
                "特困人员兜底保障",
                Y,  # 长期坚持
                "45 %",
                owner="社会事务办公室",
                co="各村委会",
            ),
            P(
                "农村电商服务体系建设",
                Y,  # 分阶段: the last period
                "10 个",
                "3000 万元",
                # not 5 个 (6月底前建成5个): a stage of the 10 个: a milestone's (quarters)
                owner="经济发展办公室",
                co="便民服务中心、杨林邮政所",
            ),
        ),
    ),
    "06_weixin_gongzhonghao.txt": Expected(
        ("wechat", "emoji", "furniture", "review", "goals"),
        2027,
        (
            P("地区生产总值增长6.5%左右", Y, "6.5 %", "5 %", "7 %"),  # section 0
            P("新建油茶基地2000亩", Y, "2000 亩", owner="农业农村办公室"),
            P("引进农产品加工企业3家", Y, "3 家", "2 亿元"),
            P("培育省级示范家庭农场5家", Y, "5 家", "8 家"),
            P("新建通组公路25公里", Y, "25 公里", "15 公里"),
            P("新建5G基站12座", Y, "12 座"),  # 20户以上 is a qualifier
            P("2座小型水库除险加固", "2027-05-31", "2 座"),
            P("改造农村危房60户", "2027-08-31", "60 户"),
            P("新建村级卫生室3所", "2027-06-30", "3 所"),
            P("“送技能下乡”培训1200人次", Y, "1200 人次"),
        ),
    ),
}


def run_all(parse: Any) -> list[Score]:
    """Every document of this set parsed by ``parse(data, name)`` and scored."""
    return _run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    from tests.importer.published import _parse_with_catalog, print_scores

    print_scores(run_all(_parse_with_catalog()))
