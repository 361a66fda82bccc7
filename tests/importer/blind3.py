"""Third blind set: ten documents written before reading the importer's code
(tests/importer/blind3/), annotated from their text and SPEC §3 alone — what a careful
clerk expects the import to yield — and committed before the importer was run on them.
``.venv/bin/python -m tests.importer.blind3`` prints the table; 05 and 07 are built by
``blind3/make_documents.py``.

The documents: 01 a 镇长's speech (一是/二是 in prose, owners in prose: ``由X牵头，Y、Z配合``,
``X要…``, ``X负责``, ``X牵头、Y配合``, ``配合县交通运输局完成…``); 02 a 政府工作报告 (a
2025 review full of numbers, then the 2026 part with 主要预期目标 and sections of plain
sentences); 03 a 工作要点 inside its 印发 notice, nested 一、/（一）/1./(1) with trailing
owner brackets; 04 a CSV 任务分解表 (title row, 工作类别 repeated on every row, 责任领导 and
牵头单位 blank under a merged cell, 目标要求 column); 05 an XLSX 督办台账 with multi-line
cells (owner cell ``生态办（牵头）\\n水利站、规划建设办``, deadline cell ``3月底前完成设计\\n
9月底前完工``, a date split over two lines); 06 a 民生实事 公示 with labelled lines
(建设内容/牵头单位/责任单位/完成时限); 07 a PDF 实施方案 with hard line breaks, a page
break with a page number and a running header in mid-sentence, a 工作目标 part and a
保障措施 part; 08 a scraped web page 上半年总结及下半年计划 (navigation, 来源/发布时间/浏览次数,
the half-year's results and 存在的问题 with 一是/二是 before the plan part, footer junk); 09 a
village's (村) plan; 10 a 繁體 page with full-width digits (２０２６年６月底前, ３．２億元, １５％).

Conventions of the annotation (those of :mod:`tests.importer.blind2`, plus):

- owners the catalog knows are its names (``经发办``/``镇经发办``/``經發辦`` →
  ``经济发展办公室``, ``农业办`` → ``农业农村办公室``, ``国土所`` → ``自然资源所``,
  ``安监办``/``应急办`` → ``应急管理办公室``, ``综治办`` → ``平安建设办公室（综治中心）``,
  ``镇水利站`` → ``水利站``); units it lacks stay as written, in simplified characters
  (``镇规划建设办`` and ``规划建设办`` as each document writes it, ``县卫健局``, ``中心校``);
- ``Y配合X`` / ``配合X完成…`` makes X the lead; ``X（牵头）\\nY、Z`` in a ledger cell and
  ``牵头单位：X`` with ``责任单位：Y、Z`` make Y, Z co-owners; two units on two lines of one
  owner cell: the first leads;
- a ledger's blank 牵头单位 under a filled one is a flattened merged cell: the unit above;
- the text of a ledger row or a labelled item is its task (重点任务/工作任务 column, the item's
  title line); the keys are taken from it;
- a project's designation is no target (``县道X205线``, ``“十五五”``,
  ``安全生产治本攻坚三年行动``); a qualifier of what is counted is none either
  (``亿元以上项目``, ``50万元以上的村达到5个`` → 5 个, ``集体经济年收入10万元以上的村占比100%``
  → 100 %, ``65岁以上``, ``80岁以上``); a baseline is none (``由2000吨提升至5000吨`` → 5000 吨);
  ``一座`` after a thing another number measures is an article, as ``5兆瓦光伏电站一处`` in
  SPEC §3 (``装机200千瓦的…光伏电站一座`` → 200 千瓦); the capacity of what is built is a
  target, as that example's 5兆瓦 (``年产20万吨饲料加工项目`` → 20 万吨: first annotated as a
  name, corrected after the first run by this example of SPEC §3);
- a milestone's count is a target too (``不少于4个，其中6月底前签约2个`` → 4 个, 2 个);
- ``长期坚持``, ``持续推进``, a recurring task (``每月``, ``每季度``) → the plan year's 12-31;
  ``10月份`` → 10-31; ``下半年``/``四季度`` → 12-31; ``到2026年底`` → 12-31;
- achievements (the 2025 review, a half year's results, a village's 2025 figures in its
  introduction) and 存在的问题 are not pledges; the framing before the first section
  (``总体要求是：…``, ``重点抓好以下五个方面工作``) is none; the goals stated before it
  (``主要预期目标是：…``, a part ``二、工作目标``) are one; the 保障措施 part after the tasks is
  none.
"""

from pathlib import Path
from typing import Any

from tests.importer import published
from tests.importer.published import Expected, P

EXPECTED: dict[str, Expected] = {
    "01_zhenzhang_jianghua.txt": Expected(
        kinds=("txt", "speech", "review", "yishi", "prose-owners"),
        year=2026,
        pledges=(
            P(
                "全力推进项目建设",
                "2026-12-31",
                "20 个",
                "7 亿元",
                owner="经济发展办公室",
                co="财政所、自然资源所",
            ),
            P("强化招商引资", "2026-12-31", "4 个", "2 个", owner="镇招商服务中心"),
            P("盘活闲置土地", "2026-12-31", "300 亩", owner="自然资源所"),
            P("稳定粮食生产", "2026-12-31", "5.8 万亩", owner="农业农村办公室"),
            P("发展特色产业", "2026-09-30", "1500 亩", "200 万棒"),
            P("壮大村集体经济", "2026-12-31", "20 万元", "5 个"),
            P("深化人居环境整治", "2026-10-31", "95 %", owner="生态环境办公室", co="各村"),
            P("完善交通路网", "2026-06-30", "8.6 公里", owner="县交通运输局"),
            P("加强饮水安全", "2026-12-31", "15 公里", "6000 人", owner="水利站"),
            P("抓好就业社保", "2026-12-31", "320 人", "97 %", owner="社会事务办公室"),
            P("兜牢民生底线", "2026-12-31", "480 万元"),
            # walk14 m6 (imp14b): what must not happen is a naught target, 0 起 (SPEC §3)
            P("守牢安全底线", "2026-12-31", "200 处", "0 起", owner="应急管理办公室"),
            P("持续推进作风建设", "2026-12-31", owner="党政综合办公室"),
            P("深化“放管服”改革", "2026-12-31", "98 %"),
        ),
    ),
    "02_zhengfu_gongzuo_baogao.txt": Expected(
        kinds=("txt", "gov-report", "review", "goals", "chinese-numerals"),
        year=2026,
        pledges=(
            P("主要预期目标是", "2026-12-31", "6 %", "5 %", "5.5 %", "7 %"),
            P("全年计划实施重点项目25个", "2026-12-31", "25 个", "45 亿元", "12 亿元"),
            # corrected after the first run, by SPEC §3: its own example 新建5兆瓦光伏电站一处
            # counts the capacity of the thing built, so 年产20万吨 is a target, not a name
            P("饲料加工项目建设", "2026-09-30", "20 万吨"),
            P("新建标准化厂房5万平方米", "2026-12-31", "5 万平方米", "6 家"),
            P("新建高标准农田两千五百亩", "2026-12-31", "2500 亩", "2.1 万吨"),
            P("培育省级示范家庭农场3家", "2026-12-31", "3 家", "2 家"),
            P("年内完成12个自然村", "2026-12-31", "12 个", "45 %"),
            P("新改建农村公路15公里", "2026-12-31", "15 公里", "3 座"),
            P("新建公办幼儿园1所", "2026-08-31", "1 所", "270 个"),
            P("城镇登记失业率控制在4%以内", "2026-12-31", "4 %"),
            P("矛盾纠纷调处成功率", "2026-12-31", "98 %"),
            P("开展燃气、自建房", "2026-12-31", "10 %"),
        ),
    ),
    "03_gongzuo_yaodian.txt": Expected(
        kinds=("txt", "yaodian", "notice", "nested", "trailing-bracket"),
        year=2026,
        pledges=(
            P(
                "争取上级项目资金不低于",
                "2026-12-31",
                "3000 万元",
                "30 个",
                owner="经济发展办公室",
                co="财政所",
            ),
            P("茶叶精深加工项目", "2026-06-30", "1.5 亿元", owner="经济发展办公室"),
            P(
                "新建生态茶园",
                "2026-10-31",
                "800 亩",
                "1200 亩",
                owner="农业农村办公室",
                co="各村",
            ),
            P(
                "新培育市级以上龙头企业",
                "2026-12-31",
                "2 家",
                "5 亿元",
                owner="农业农村办公室",
                co="经济发展办公室",
            ),
            P(
                "全年粮食播种面积稳定在",
                "2026-12-31",
                "3.2 万亩",
                "1.3 万吨",
                owner="农业农村办公室",
            ),
            P(
                "完成高标准农田建设",
                "2026-11-30",
                "2000 亩",
                owner="农业农村办公室",
                co="自然资源所",
            ),
            P(
                "实施农村户厕改造",
                "2026-09-30",
                "450 户",
                owner="农业农村办公室",
                co="生态环境办公室、各村",
            ),
            P("开展村庄清洁行动", "2026-12-31", owner="生态环境办公室"),
            P(
                "新改建通组公路",
                "2026-12-31",
                "12 公里",
                "5 处",
                owner="县交通运输局",
                co="镇规划建设办",
            ),
            P("完成集镇供水管网改造", "2026-09-30", "3.6 公里", owner="水利站"),
            P("培训农村劳动力", "2026-12-31", "200 人", "500 人次", owner="社会事务办公室"),
            P("医保参保率稳定在", "2026-12-31", "97 %", owner="社会事务办公室", co="各村"),
            P("推进镇中心小学改扩建", "2026-08-31", "180 个", owner="县教育局", co="镇中心校"),
            P("老年人健康体检", "2026-12-31", "3000 人", "75 %", owner="镇卫生院"),
            P(
                "越级上访控制在",
                "2026-12-31",
                "95 %",
                "3 批次",
                owner="平安建设办公室（综治中心）",
                co="司法所",
            ),
            P("开展消防安全专项整治", "2026-12-31", "120 家", owner="应急管理办公室", co="派出所"),
        ),
    ),
    "04_renwu_fenjie.csv": Expected(
        kinds=("csv", "ledger", "title-row", "merged-cells", "target-column", "official"),
        year=2026,
        pledges=(
            P(
                "新增规模以上工业企业",
                "2026-12-31",
                "3 家",
                owner="经济发展办公室",
                co="镇招商服务中心",
            ),
            P("实施工业技改项目", "2026-10-31", "8000 万元", owner="经济发展办公室", co="财政所"),
            P("发展农村电商", "2026-12-31", "50 家", "1.2 亿元", owner="经济发展办公室"),
            P(
                "建设高标准农田",
                "2026-11-30",
                "3000 亩",
                owner="农业农村办公室",
                co="自然资源所、财政所",
            ),
            P("农村户厕改造", "2026-06-30", "600 户", "100 %", owner="农业农村办公室", co="各村"),
            P("发展壮大村级集体经济", "2026-12-31", "100 %", owner="农业农村办公室", co="各村"),
            P(
                "城乡居民医保征缴",
                "2026-03-31",
                "96 %",
                owner="社会事务办公室",
                co="各村（社区）",
            ),
            P("一老一小", "2026-09-30", "4 个", "1 个", owner="社会事务办公室", co="县民政局"),
            P("困难群众救助", "2026-12-31", "300 万元", owner="社会事务办公室", co="财政所"),
            P(
                "安全生产",
                "2026-12-31",
                "150 处",
                "0 起",  # walk14 m6: a naught target (SPEC §3)
                owner="应急管理办公室",
                co="派出所、各村",
            ),
            P("信访维稳", "2026-12-31", "95 %", owner="平安建设办公室（综治中心）"),
        ),
    ),
    "05_dubantaizhang.xlsx": Expected(
        kinds=("xlsx", "ledger", "title-row", "multi-line-cells", "official", "milestones"),
        year=2026,
        pledges=(
            P(
                "集镇污水处理厂",
                "2026-09-30",
                "5000 吨",
                owner="生态环境办公室",
                co="水利站、规划建设办",
            ),
            P(
                "农产品冷链物流园建设",
                "2026-12-31",
                "6000 万元",
                "2 万立方米",
                owner="经济发展办公室",
                co="自然资源所、供电所",
            ),
            P(
                "背街小巷改造",
                "2026-10-31",
                "18 条",
                "1.6 万平方米",
                owner="规划建设办",
                co="各社区",
            ),
            P("全民健身设施建设", "2026-12-31", "6 处", "2 个", owner="文化站"),
            P(
                "学生营养改善计划",
                "2026-12-31",
                "9 所",
                "2800 人",
                owner="县教育局",
                co="镇中心校",
            ),
            P("森林防火", "2026-04-30", "0.9 ‰", owner="林业站", co="应急管理办公室"),
            P("退役军人服务保障", "2026-08-01", "120 人次", owner="退役军人服务站"),
        ),
    ),
    "06_minsheng_shishi.txt": Expected(
        kinds=("txt", "minsheng", "labelled", "chinese-numerals"),
        year=2026,
        pledges=(
            P(
                "农村饮水安全巩固提升工程",
                "2026-09-30",
                "22 公里",
                "4 座",
                "1800 人",
                owner="水利站",
                co="农业农村办公室、财政所",
            ),
            P("敬老院适老化改造", "2026-06-30", "30 张", owner="社会事务办公室"),
            P(
                "城乡公交候车亭建设",
                "2026-09-30",
                "20 座",
                owner="县交通运输局",
                co="镇规划建设办、各村",
            ),
            P(
                "村卫生室标准化建设",
                "2026-10-31",
                "8 个",
                "8 台",
                owner="镇卫生院",
                co="社会事务办公室",
            ),
            P(
                "农贸市场升级改造",
                "2026-11-30",
                "260 万元",
                "80 个",
                owner="经济发展办公室",
                co="县市场监管局、城管中队",
            ),
            P("路灯亮化工程", "2026-06-30", "650 盏", owner="镇规划建设办"),
            P(
                "困难家庭学生资助",
                "2026-12-31",
                "150 名",
                "45 万元",
                owner="社会事务办公室",
                co="中心校",
            ),
            P(
                "公共法律服务进村",
                "2026-12-31",
                "24 场",
                owner="司法所",
                co="平安建设办公室（综治中心）",
            ),
        ),
    ),
    "07_fangan.pdf": Expected(
        kinds=("pdf", "fangan", "hard-breaks", "page-furniture", "goals", "safeguards"),
        year=2026,
        pledges=(
            P("全镇农村卫生厕所普及率", "2026-12-31", "92 %", "100 %", "40 %"),
            P(
                "新改建农村卫生户厕",
                "2026-09-30",
                "300 户",
                "8 座",
                owner="农业农村办公室",
                co="各村",
            ),
            P("配齐村级保洁员126名", "2026-12-31", "126 名", "2400 个"),
            P("建成镇级垃圾转运站1座", "2026-09-30", "1 座", owner="生态环境办公室", co="财政所"),
            P(
                "完成5个行政村生活污水",
                "2026-12-31",
                "5 个",
                "18.5 公里",
                owner="生态环境办公室",
                co="规划建设办、各村",
            ),
            P("拆除残垣断壁及违章建筑", "2026-12-31", "200 处", "45 公里"),
            P("村庄绿化植树2万株", "2026-10-31", "2 万株", "1 个", "3 个", owner="林业站"),
        ),
    ),
    "08_web_xiabannian.txt": Expected(
        kinds=("txt", "web", "furniture", "half-year", "problems-yishi"),
        year=2026,
        pledges=(
            P("加快推进在建项目12个", "2026-12-31", "12 个", "3 个", "5 亿元"),
            P("紧盯“双招双引”", "2026-12-31", "4 个", "2 个"),
            P("确保秋粮面积稳定在", "2026-11-20", "2.6 万亩", owner="农业农村办公室"),
            P("完成剩余户厕改造120户", "2026-12-31", "120 户"),
            P("两免一补", "2026-09-30"),
            P("走访慰问困难群众", "2026-12-31", "500 户", owner="社会事务办公室", co="各村"),
            P("安全生产治本攻坚三年行动", "2026-12-31"),
            P("信访积案化解率", "2026-12-31", "90 %", owner="平安建设办公室（综治中心）"),
        ),
    ),
    "09_cun_jihua.txt": Expected(
        kinds=("txt", "village", "intro-achievements", "unknown-units"),
        year=2026,
        pledges=(
            P("规范“三会一课”", "2026-12-31", "2 名", owner="村党支部"),
            P("落实“四议两公开”", "2026-12-31", "100 %"),
            P("流转土地320亩", "2026-09-30", "320 亩", owner="村股份经济合作社"),
            P("争取上级扶持资金50万元", "2026-12-31", "50 万元", "200 千瓦"),
            P("经营性收入力争突破", "2026-12-31", "35 万元"),
            P("全年完成改厕35户", "2026-12-31", "35 户", "95 %", owner="村委会", co="各村民小组"),
            P("硬化通组道路", "2026-06-30", "1.8 公里", "60 盏"),
            P("开展“清洁家园”行动", "2026-12-31", owner="村妇联"),
            P("养老保险应保尽保", "2026-03-31", "98 %"),
            P("安装烟感报警器", "2026-10-31", "192 户"),
            P("落实网格化管理", "2026-12-31", "6 个", "90 %"),
        ),
    ),
    "10_fanti_quanjiao.txt": Expected(
        kinds=("txt", "traditional", "full-width", "trailing-bracket", "chinese-numerals"),
        year=2026,
        pledges=(
            P(
                "新增市場主體",
                "2026-12-31",
                "400 户",
                "120 家",
                owner="经济发展办公室",
                co="县市场监管局",
            ),
            P("完成工業投資", "2026-12-31", "3.2 亿元", "15 %", owner="经济发展办公室"),
            P("建成電商直播基地", "2026-09-30", "1 个", "1500 万元", owner="经济发展办公室"),
            P(
                "新建高標準農田",
                "2026-06-30",
                "5000 亩",
                "8.5 公里",
                owner="农业农村办公室",
                co="水利站",
            ),
            P(
                "發展林下經濟",
                "2026-10-31",
                "2000 亩",
                "15 个",
                owner="林业站",
                co="农业农村办公室",
            ),
            P("完成農村危房改造", "2026-06-30", "35 户", owner="规划建设办"),
            P("新增城鎮就業", "2026-12-31", "350 人", "8 期", owner="社会事务办公室"),
            P("改造鎮衛生院發熱門診", "2026-09-30", "20 张", owner="县卫健局", co="镇卫生院"),
            P("城鄉居民醫保參保率", "2026-12-31", "95 %", owner="社会事务办公室"),
            P(
                "化解信訪積案",
                "2026-12-31",
                "12 件",
                "90 %",
                owner="平安建设办公室（综治中心）",
            ),
        ),
    ),
}

FOLDER = Path(__file__).resolve().parent / "blind3"


def run_all(parse: Any) -> list[published.Score]:
    return published.run_all(parse, EXPECTED, FOLDER)


if __name__ == "__main__":
    published.print_scores(run_all(published._parse_with_catalog()))
