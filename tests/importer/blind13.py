# ruff: noqa: E501  (annotation text and table rows in Chinese run past the line limit)
"""Thirteenth blind set: four documents written before the importer ran on them
(tests/importer/blind13/), annotated from their text, SPEC §3 and the seed speech alone by a
writer who had read neither the importer nor the other sets. Every plan year is 2032. The
writer's own expectations are in ``blind13/EXPECTED.py`` and its conventions and traps in
``blind13/README.md``; this module is the same expectations in the scorer's form.

speech: a 镇党委书记's spoken 动员大会 speech (pledges inside long paragraphs, owners in speech
style ``由王镇长牵头，农业办具体抓``, deadlines ``五一之前``, ``端午节前``, ``汛期前``, Chinese numerals,
2031's results, （掌声）); csv: a GBK 督查督办 export (title row, multi-line quoted cells, 任务编号,
任务来源, 督办频次 and 当前状态 columns that are neither targets nor deadlines, ``2032/06/30``,
``2032-9-30``, ``2032年底``); docx: a 任务分解表 whose parent rows (牵头单位 merged down) hold
sub-tasks ``1.1``… with their own targets and deadlines (the sub-tasks are the pledges), a 备注
column of 资金来源 amounts; pdf: a 区 十件民生实事 page in one column with a header and a footer
on each page and an item running across the page break.

Conventions: the writer's (README.md): the owner is the lead department, never the official;
the CSV's 责任单位 column the co-owners; a range (``两到三个``, ``2-3个``) its lower bound;
汛期前 → 05-31; 端午节前 → 2032-06-11. Changed by the lead after the first look, before any fix:
a unit named by an alias of the catalog's (the seed town's) department is that department
(``经发办`` → 经济发展办公室, ``应急办``/``安监办`` → 应急管理办公室), as in every earlier set.
"""

from __future__ import annotations

from pathlib import Path

from tests.importer.published import Expected, P

FOLDER = Path(__file__).resolve().parent / "blind13"

EXPECTED: dict[str, Expected] = {
    "镇党委书记在2032年工作动员大会上的讲话.txt": Expected(
        ("speech", "spoken", "festivals", "numerals", "applause"),
        2032,
        (
            P(
                "新建高标准农田一千五百亩",
                "2032-04-30",
                "1500 亩",
                owner="农业农村办公室",
                co="财政所、自然资源所",
            ),
            P(
                "全年力争引进亿元以上项目两到三个",
                "2032-12-31",
                "2 个",
                "3 亿元",
                owner="经济发展办公室",
            ),
            P("茶叶基地要再扩种八百亩", "2032-09-30", "800 亩", owner="农技站", co="供销社"),
            P(
                "完成五处病险山塘的除险加固",
                "2032-05-31",
                "5 处",
                owner="水利站",
                co="应急管理办公室",
            ),
            P("老街雨污分流改造全部完工", "2032-06-11", "3.5 公里", owner="村建办"),
            P("农村户厕改造全年再完成四百户", "2032-12-31", "400 户", owner="村建办", co="卫生院"),
            P(
                "下半年交通办要把这条路拓宽改造完",
                "2032-12-31",
                "6.8 公里",
                owner="交通办",
                co="自然资源所",
            ),
            P("一百二十家企业的安全隐患排查整治", "2032-12-31", "120 家", owner="应急管理办公室"),
            P("新建两个村级互助养老点", "2032-06-30", "2 个", "40 张", owner="社会事务办公室"),
            P("参保率要稳定在百分之九十五以上", "2032-03-31", "95 %", owner="社保所"),
            P(
                "全年要新增就业三百人以上",
                "2032-12-31",
                "300 人",
                "5 期",
                owner="劳保所",
                co="经济发展办公室",
            ),
            P(
                "矛盾纠纷化解率提高到百分之九十八以上",
                "2032-12-31",
                "98 %",
                owner="平安建设办公室（综治中心）",
            ),
        ),
    ),
    "督查督办任务清单_2032.csv": Expected(
        ("csv", "gbk", "multiline-cells", "title-row", "status-columns"),
        2032,
        (
            P("新建5G基站120个", "2032-06-30", "120 个", owner="县工信局", co="县发改委、各乡镇"),
            P(
                "新建高标准农田25000亩",
                "2032-12-31",
                "25000 亩",
                "5000 亩",
                owner="县农业农村局",
                co="县财政局、县自然资源局、县水利局",
            ),
            P(
                "引进亿元以上产业项目不少于15个",
                "2032-12-31",
                "15 个",
                "80 亿元",
                owner="县投资促进局",
                co="县发改委、县商务局",
            ),
            P(
                "改造老旧小区32个",
                "2032-09-30",
                "32 个",
                "4600 户",
                owner="县住建局",
                co="县财政局、城关镇",
            ),
            P(
                "新增学位2700个",
                "2032-08-31",
                "3 所",
                "2700 个",
                owner="县教育局",
                co="县住建局、县自然资源局",
            ),
            P(
                "县域内就诊率达到90%以上",
                "2032-12-31",
                "6 家",
                "90 %",
                owner="县卫健委",
                co="县医保局",
            ),
            P(
                "优良天数比例不低于88%",
                "2032-12-31",
                "32 微克/立方米",
                "88 %",
                owner="市生态环境局青石分局",
                co="县工信局、县住建局、县交通运输局",
            ),
            P(
                "新改建农村公路120公里",
                "2032-10-31",
                "120 公里",
                "8 座",
                owner="县交通运输局",
                co="县财政局、各乡镇",
            ),
            P(
                "城镇新增就业5200人",
                "2032-12-31",
                "5200 人",
                "5.5 %",
                owner="县人社局",
                co="县就业服务中心",
            ),
            P(
                "重点行业企业隐患排查300家次",
                "2032-05-31",
                "300 家次",
                "100 %",
                owner="县应急管理局",
                co="县市场监管局、县消防救援大队",
            ),
            P("参保率稳定在95%以上", "2032-03-31", "95 %", owner="县医保局", co="县税务局、各乡镇"),
            P(
                "创建省级乡村振兴示范村5个",
                "2032-11-30",
                "5 个",
                "10 个",
                owner="县农业农村局",
                co="县委农办",
            ),
            P(
                "新建公共充电桩400个",
                "2032-09-30",
                "400 个",
                "2 座",
                owner="县发改委",
                co="国网青石县供电公司",
            ),
        ),
    ),
    "2032年重点工作任务分解表.docx": Expected(
        ("docx", "table", "sub-tasks", "merged-owner", "funding-column"),
        2032,
        (
            P("新建村级益农信息社45个", "2032-06-30", "45 个", owner="县农业农村局", co="县商务局"),
            P(
                "培育农村电商示范村8个",
                "2032-09-30",
                "8 个",
                "3.2 亿元",
                owner="县农业农村局",
                co="县商务局、县邮政分公司",
            ),
            P(
                "建成智慧农业示范基地3个",
                "2032-12-31",
                "3 个",
                "2000 亩",
                owner="县农业农村局",
                co="县科技局",
            ),
            P(
                "新建改造城乡供水管网150公里",
                "2032-10-31",
                "150 公里",
                owner="县水利局",
                co="县住建局",
            ),
            P(
                "农村自来水普及率达到98%以上",
                "2032-12-31",
                "98 %",
                owner="县水利局",
                co="各乡镇人民政府",
            ),
            P("水质检测不少于600批次", "2032-12-31", "600 批次", owner="县水利局", co="县疾控中心"),
            P(
                "新建公办幼儿园4所",
                "2032-08-31",
                "4 所",
                "1080 个",
                owner="县教育局",
                co="县住建局",
            ),
            P("新建乡镇区域养老服务中心5个", "2032-09-30", "5 个", owner="县民政局", co="县卫健委"),
            P("家庭适老化改造300户", "2032-11-30", "300 户", owner="县民政局", co="县残联"),
            P(
                "完成企业技术改造项目30个以上",
                "2032-12-31",
                "30 个",
                "10 %",
                owner="县工信局",
                co="县发改委",
            ),
            P(
                "审批时间压缩至30天以内",
                "2032-03-31",
                "30 天",
                owner="县行政审批局",
                co="县住建局、县自然资源局",
            ),
            P(
                "全程网办率达到95%以上",
                "2032-06-30",
                "95 %",
                owner="县行政审批局",
                co="县大数据中心",
            ),
        ),
    ),
    "青溪区2032年十件民生实事.pdf": Expected(
        ("pdf", "shishi", "page-furniture", "across-pages"),
        2032,
        (
            P(
                "扩大优质教育资源供给",
                "2032-08-31",
                "6 所",
                "3000 个",
                owner="区教育局",
                co="区住建局、区财政局",
            ),
            P(
                "新增养老床位不少于300张",
                "2032-12-31",
                "5 个",
                "300 张",
                owner="区民政局",
                co="区卫健委",
            ),
            P(
                "年底前完成28个老旧小区综合改造",
                "2032-12-31",
                "28 个",
                "120 部",
                owner="区住建局",
                co="各街道办事处",
            ),
            P(
                "加强基层医疗卫生服务能力建设",
                "2032-10-31",
                "2 个",
                "75 %",
                owner="区卫健委",
                co="区医保局",
            ),
            P("改造提升农贸市场8个", "2032-06-30", "8 个", owner="区商务局", co="区市场监管局"),
            P(
                "新增公共停车泊位2000个以上",
                "2032-12-31",
                "2000 个",
                "500 个",
                owner="区城管局",
                co="区公安分局交警大队、区发改委",
            ),
            P("城镇新增就业12000人", "2032-12-31", "12000 人", "5000 人次", owner="区人社局"),
            P("整治城区易涝点15处", "2032-05-31", "15 处", owner="区水利局", co="区城管局"),
            P("新增普惠托位600个", "2032-12-31", "600 个", owner="区卫健委", co="区教育局"),
            P(
                "建成社区老年助餐点40个",
                "2032-09-30",
                "40 个",
                "90 %",
                owner="区民政局",
                co="区市场监管局",
            ),
        ),
    ),
}
