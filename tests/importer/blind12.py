# ruff: noqa: E501  (annotation text and table rows in Chinese run past the line limit)
"""Twelfth blind set: four documents written before the importer ran on them
(tests/importer/blind12/), annotated from their text, SPEC §3 and the seed speech alone by a
writer who had not read the importer or the other sets. Every plan year is 2031. The writer's
own expectations are in ``blind12/EXPECTED.py`` and its conventions and traps in
``blind12/README.md``; this module is the same expectations in the scorer's form.

qingshi: a scraped 街道 重点工作任务清单 page (crumbs, 发布时间/浏览次数 header, 文号, items
``（N）`` ending ``责任单位：…``, one item broken over two lines, 相关链接 and footer furniture);
tongxi: an XLSX 重点项目推进计划表 (title and 填报单位 rows, group rows merged across, 责任领导
merged down, 建设内容及规模 the whole project's scale, targets from 年度目标 only, deadline cells
as dates, ``2031.12``, ``2031年三季度``); yunling: a DOCX 为民办实事 实施方案 (bold ``N.标题``
then a paragraph, owners as ``由X牵头，Y配合`` / ``（责任单位：X）`` / ``牵头单位：X；配合单位：Y``,
a 保障措施 section without pledges); fenglin: a PDF 目标管理责任书 table (序号/考核内容/目标任务/分值/
责任单位, wrapped cells splitting numbers from units, header repeated on page 2, a 合计 row; 分值
is a score, no target).

Conventions: the writer's (README.md), notably: ``责任单位：A、B`` A the lead, B a co-owner;
collective units (``各社区``, ``各乡镇``) kept as written; (changed by the lead after the first run, before any fix: a
``镇``/``街道`` unit whose rest is a department of the catalog, the seed town's, is that department:
``镇财政所`` → 财政所, ``街道综治中心`` → 平安建设办公室（综治中心）, as in every earlier set); a range ``3-5个`` its lower bound;
an earlier date beside ``年底前`` a milestone; a date without a year takes the plan year.
"""

from __future__ import annotations

from pathlib import Path

from tests.importer.published import Expected, P

FOLDER = Path(__file__).resolve().parent / "blind12"

EXPECTED: dict[str, Expected] = {
    "qingshi_jiedao_2031_renwu_qingdan.txt": Expected(
        ("scraped", "furniture", "breadcrumb", "paren-items", "owner-at-end"),
        2031,
        (
            P("新引进亿元以上产业项目", "2031-12-31", "3 个", "15 亿元", owner="经济发展办公室"),
            P(
                "楼宇经济提质增效",
                "2031-11-30",
                "80 家",
                "2 幢",
                owner="经济发展办公室",
                co="财政所",
            ),
            P("深化市场主体培育", "2031-09-30", "30 家", "5 家", owner="经济发展办公室"),
            P("老旧小区综合改造", "2031-10-31", "4 个", "15 台", owner="街道城建办", co="相关社区"),
            P("巩固垃圾分类成果", "2031-12-31", "100 %", "2 个", owner="街道城管办", co="各社区"),
            P("整治背街小巷", "2031-09-30", "3 条", owner="街道城管办"),
            P("稳就业促增收", "2031-12-31", "600 个", "50 人", "3 %", owner="社会事务办公室"),
            P(
                "社区嵌入式养老服务中心",
                "2031-08-31",
                "1 处",
                "40 张",
                owner="社会事务办公室",
                co="青石社区",
            ),
            P("普惠托育点", "2031-12-31", "2 所", "60 个", owner="社会事务办公室"),
            P("网格+", "2031-12-31", "95 %", "90 %", owner="平安建设办公室（综治中心）"),
            P("安全生产隐患排查整治", "2031-10-31", "300 家次", "12 场", owner="应急管理办公室"),
            P("换届选举准备工作", "2031-06-30", owner="街道党建办", co="各社区"),
        ),
    ),
    "tongxi_2031_zhongdian_xiangmu.xlsx": Expected(
        ("xlsx", "title-row", "group-rows", "merged-cells", "scale-column", "date-cells"),
        2031,
        (
            P(
                "新能源汽车零部件项目",
                "2031-10-31",
                "3 亿元",
                owner="县经信局",
                co="县自然资源和规划局、溪口镇",
            ),
            P(
                "智能装备产业园二期",
                "2031-12-31",
                "2.5 亿元",
                "5 万平方米",
                owner="县经济开发区管委会",
                co="县住建局",
            ),
            P(
                "桐溪茶产业融合发展项目",
                "2031-09-30",
                "1200 亩",
                "1 处",
                owner="县农业农村局",
                co="县文广旅体局、桐坪镇",
            ),
            P(
                "县域冷链物流中心",
                "2031-11-30",
                "8000 万元",
                "1.5 万吨",
                owner="县商务局",
                co="县交通运输局",
            ),
            P(
                "分布式光伏整县推进项目",
                "2031-12-31",
                "20 兆瓦",
                owner="县发改局",
                co="国网桐溪县供电公司、各乡镇（街道）",
            ),
            P(
                "S206省道桐溪段改建工程",
                "2031-12-31",
                "12 公里",
                "1.8 亿元",
                owner="县交通运输局",
                co="县自然资源和规划局、县公安局交警大队",
            ),
            P(
                "城区雨污分流管网提质改造",
                "2031-06-30",
                "20 公里",
                "2 座",
                owner="县住建局",
                co="县生态环境分局",
            ),
            P(
                "5G网络及新型基础设施建设",
                "2031-12-31",
                "120 个",
                "100 %",
                owner="县经信局",
                co="中国移动桐溪分公司、中国电信桐溪分公司",
            ),
            P(
                "桐溪河综合治理工程",
                "2031-05-31",
                "4 公里",
                "3 公里",
                owner="县水利局",
                co="桐坪镇、溪口镇",
            ),
            P(
                "县第二人民医院迁建项目",
                "2031-12-31",
                "1.2 亿元",
                owner="县卫健委",
                co="县住建局、县财政局",
            ),
            P("桐溪中学新校区建设项目", "2031-08-31", "2 幢", owner="县教育局", co="县住建局"),
            P(
                "保障性租赁住房项目",
                "2031-11-30",
                "500 套",
                "300 套",
                owner="县住建局",
                co="县国资中心",
            ),
        ),
    ),
    "yunling_2031_minsheng_shishi.docx": Expected(
        ("docx", "shishi", "bold-titles", "owner-wordings", "measures-section"),
        2031,
        (
            P("新增学位1080个", "2031-08-31", "2 所", "1080 个", "600 间", owner="县教育局"),
            P(
                "完成12个老旧小区综合改造",
                "2031-12-31",
                "12 个",
                "8.5 公里",
                owner="县住建局",
                co="县财政局",
            ),
            P(
                "胸痛救治单元",
                "2031-10-31",
                "3 个",
                "95 %",
                "2.8 万人次",
                owner="县卫健委",
                co="各乡镇",
            ),
            P(
                "实施农村供水保障工程",
                "2031-09-30",
                "120 公里",
                "98 %",
                owner="县水利局",
                co="各乡镇",
            ),
            P(
                "新开通城乡公交线路5条",
                "2031-12-31",
                "5 条",
                "30 辆",
                owner="县交通运输局",
                co="县公交公司",
            ),
            P(
                "城镇新增就业3500人",
                "2031-12-31",
                "3500 人",
                "5000 人次",
                "8000 万元",
                owner="县人力社保局",
                co="县总工会、团县委",
            ),
            P(
                "区域性养老服务中心",
                "2031-11-30",
                "2 所",
                "20 个",
                "300 户",
                owner="县民政局",
                co="县卫健委、县医保局",
            ),
            P("食品安全监督抽检2600批次", "2031-12-20", "2600 批次", "3 个", owner="县市场监管局"),
            P(
                "新增公共停车泊位1500个",
                "2031-09-30",
                "1500 个",
                "200 个",
                "50 个",
                owner="县城管局",
                co="县公安局、县自然资源和规划局",
            ),
            P(
                "免费适配辅助器具800件",
                "2031-12-31",
                "800 件",
                "150 户",
                owner="县残联",
                co="县民政局",
            ),
        ),
    ),
    "fenglin_2031_mubiao_zerenshu.pdf": Expected(
        ("pdf", "table", "score-column", "wrapped-cells", "repeated-header"),
        2031,
        (
            P("一般公共预算收入", "2031-12-31", "1.35 亿元", "6 %", owner="财政所"),
            P(
                "完成固定资产投资8.6亿元",
                "2031-12-31",
                "8.6 亿元",
                "3 亿元",
                "2 个",
                owner="经济发展办公室",
            ),
            P("引进市外内资", "2031-12-31", "5 亿元", "500 万美元", owner="镇招商服务中心"),
            P("新增规上工业企业", "2031-12-31", "3 家", "8 %", owner="经济发展办公室"),
            P("粮食播种面积", "2031-10-31", "3.2 万亩", "4500 亩", owner="农业农村办公室"),
            P("经营性收入50万元以上的村", "2031-12-31", "8 个", owner="农业农村办公室"),
            P("农村生活垃圾分类", "2031-12-31", "100 %", "350 户", "200 户", owner="镇环境整治办"),
            P(
                "PM2.5平均浓度",
                "2031-12-31",
                "30 微克/立方米",
                "100 %",
                "92 %",
                owner="生态环境办公室",
            ),
            # walk14 m6 (imp14b): what must not happen is a naught target, 0 起 (SPEC §3)
            P("杜绝较大及以上", "2031-12-31", "10 %", "0 起", owner="应急管理办公室"),
            P(
                "城乡居民医保参保率",
                "2031-12-31",
                "95 %",
                "420 人",
                "12 户",
                owner="社会事务办公室",
            ),
            P("信访积案化解率", "2031-12-31", "100 %", "97 %", owner="平安建设办公室（综治中心）"),
            P("干部培训两轮", "2031-12-31", "2 轮", "15 名", "100 %", owner="镇党建办"),
            P("一网通办", "2031-12-31", "98 %", "100 %", owner="便民服务中心"),
        ),
    ),
}
