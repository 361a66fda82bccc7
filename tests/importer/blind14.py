# ruff: noqa: E501  (annotation text in Chinese runs past the line limit)
"""Fourteenth blind set: four 2033 documents written before the importer ran on them
(tests/importer/blind14/), annotated from their text, SPEC §3 and the department catalog alone
by a writer who had read neither the importer nor the other sets (their file names only). The
writer's own expectations are in ``blind14/EXPECTED.py`` and its conventions and ambiguous
readings in ``blind14/README.md``; this module is the same expectations in the scorer's form.

xlsx: a 综合考核指标 workbook, one sheet per 类别 (汇总 and 填报说明 sheets, 2032年基数 and 分值
columns, 小计 and signature rows); pdf: a 人大 民生实事 票决 result notice, a bordered table over two
pages with its header repeated, two 未当选 rows that are not pledges, cells wrapped mid-word;
docx: a 重点工作安排 revision draft with Word's automatic 1 / 1.1 / 1.1.1 numbering (not in the
text) and tracked changes (expected: the final view, changes accepted); txt: a 汇编 of five
办站所' plans, each chapter a 2032 review, the 2033 plan and measures, the owner from the chapter.

Conventions (the lead's, as in every earlier set, applied by the converter before any run): a
unit named by an alias of the catalog's department is that department (``经发办`` →
经济发展办公室); other units as written.
"""

from __future__ import annotations

from pathlib import Path

from tests.importer.published import Expected, P

FOLDER = Path(__file__).resolve().parent / "blind14"

EXPECTED: dict[str, Expected] = {
    "石埠镇2033年度综合考核指标分解表.xlsx": Expected(
        ("xlsx", "sheets", "indicators", "baseline-column", "signature"),
        2033,
        (
            P("规模以上工业总产值增长率", "2033-12-31", "9 %", owner="经济发展办公室", co="财政所"),
            P(
                "新引进亿元以上产业项目",
                "2033-11-30",
                "4 个",
                owner="经济发展办公室",
                co="自然资源所、便民服务中心",
            ),
            P(
                "完成固定资产投资",
                "2033-12-31",
                "7.5 亿元",
                owner="经济发展办公室",
                co="各村（社区）",
            ),
            P("新增市场主体", "2033-12-31", "350 户", owner="便民服务中心", co="经济发展办公室"),
            P(
                "年经营性收入超过20万元的村",
                "2033-10-31",
                "12 个",
                owner="农业农村办公室",
                co="财政所",
            ),
            P(
                "新建高标准农田",
                "2033-10-31",
                "2600 亩",
                owner="农业农村办公室",
                co="自然资源所、水利站",
            ),
            P(
                "城乡居民医保参保率",
                "2033-03-31",
                "96.5 %",
                owner="社会事务办公室",
                co="各村（社区）",
            ),
            P("新增城镇就业", "2033-12-31", "280 人", owner="社会事务办公室", co="经济发展办公室"),
            P("新建村级居家养老服务站", "2033-06-30", "3 个", owner="社会事务办公室", co="财政所"),
            P(
                "矛盾纠纷调处成功率",
                "2033-12-31",
                "98 %",
                owner="平安建设办公室（综治中心）",
                co="司法所",
            ),
            P(
                "信访积案化解",
                "2033-09-30",
                owner="平安建设办公室（综治中心）",
                co="党政综合办公室、各村（社区）",
            ),
            P("退役军人服务站规范化建设", "2033-11-30", owner="退役军人服务站"),
            P(
                "农村生活垃圾分类覆盖率",
                "2033-12-31",
                "95 %",
                owner="生态环境办公室",
                co="各村（社区）",
            ),
            P("新增造林面积", "2033-04-30", "600 亩", owner="林业站", co="自然资源所"),
            P("病险山塘除险加固", "2033-05-31", "4 座", owner="水利站", co="应急管理办公室"),
            P(
                "较大及以上生产安全事故",
                "2033-12-31",
                "0 起",
                owner="应急管理办公室",
                co="各村（社区）",
            ),
            P("秸秆综合利用率", "2033-12-31", "93 %", owner="生态环境办公室", co="农业农村办公室"),
        ),
    ),
    "青禾乡2033年民生实事项目票决结果公告.pdf": Expected(
        ("pdf", "table", "two-pages", "repeated-header", "rejected-rows", "wrapped-cells"),
        2033,
        (
            P(
                "改造供水管网18公里",
                "2033-06-30",
                "18 公里",
                "2 座",
                "1260 人",
                owner="水利站",
                co="财政所、相关村",
            ),
            P(
                "安装波形护栏12公里",
                "2033-09-30",
                "12 公里",
                "60 块",
                owner="交通办",
                co="应急管理办公室",
            ),
            P(
                "新建乡居家养老服务中心1处",
                "2033-10-31",
                "1 处",
                "30 张",
                owner="社会事务办公室",
                co="乡卫生院",
            ),
            P("为全乡6所中小学安装", "2033-08-31", "6 所", "12 名", owner="中心学校", co="派出所"),
            P(
                "新建污水管网4.5公里",
                "2033-12-31",
                "4.5 公里",
                "300 吨/日",
                owner="生态环境办公室",
                co="自然资源所、水利站",
            ),
            P("安装太阳能路灯480盏", "2033-06-30", "480 盏", owner="村镇建设办", co="各村委会"),
            P(
                "“两癌”筛查1500人次",
                "2033-11-30",
                "1500 人次",
                owner="社会事务办公室",
                co="乡卫生院、乡妇联",
            ),
            P(
                "开发乡村公益性岗位120个",
                "2033-03-31",
                "120 个",
                owner="社会事务办公室",
                co="财政所",
            ),
            P("新建村级文体广场5个", "2033-09-30", "5 个", "40 套", owner="文化站", co="相关村"),
            P(
                "建设乡级防汛物资储备库1个",
                "2033-05-31",
                "1 个",
                "14 个",
                "2 艘",
                owner="应急管理办公室",
                co="水利站",
            ),
        ),
    ),
    "柘溪镇2033年重点工作安排（修订稿）.docx": Expected(
        ("docx", "auto-numbering", "tracked-changes", "owner-brackets"),
        2033,
        (
            P(
                "新建标准厂房3.2万平方米",
                "2033-09-30",
                "3.2 万平方米",
                owner="经济发展办公室",
                co="自然资源所、便民服务中心",
            ),
            P(
                "全年新引进亿元以上工业项目",
                "2033-12-31",
                "3 个",
                "4.5 亿元",
                owner="经济发展办公室",
            ),
            P(
                "新建高标准农田3000亩",
                "2033-10-31",
                "3000 亩",
                "800 亩",
                owner="农业农村办公室",
                co="水利站、财政所",
            ),
            P("扩种油茶1500亩", "2033-04-30", "1500 亩", "2000 亩", owner="林业站"),
            P(
                "培育市级以上农民专业合作社示范社2家",
                "2033-12-31",
                "2 家",
                "8 家",
                owner="农业农村办公室",
                co="经济发展办公室",
            ),
            P(
                "实施集镇老街提升改造",
                "2033-09-30",
                "1.6 公里",
                "2.3 公里",
                owner="村建办",
                co="自然资源所",
            ),
            P(
                "新改建通组公路8.5公里",
                "2033-11-30",
                "8.5 公里",
                "2 座",
                owner="交通办",
                co="财政所",
            ),
            P(
                "完成柘溪干流12公里岸线整治",
                "2033-12-31",
                "12 公里",
                owner="生态环境办公室",
                co="水利站",
            ),
            P(
                "完成3个村生活污水治理设施建设",
                "2033-06-30",
                "3 个",
                "75 %",
                owner="生态环境办公室",
                co="农业农村办公室、各村",
            ),
            P(
                "3月底前完成城乡居民基本养老保险集中征缴",
                "2033-03-31",
                "98 %",
                owner="社会事务办公室",
                co="财政所、各村（社区）",
            ),
            P(
                "开展职业技能培训4期",
                "2033-12-31",
                "200 人",
                "4 期",
                "300 人次",
                owner="社会事务办公室",
            ),
            P(
                "矛盾纠纷调处成功率达到98%以上",
                "2033-12-31",
                "98 %",
                owner="平安建设办公室（综治中心）",
                co="司法所、派出所",
            ),
            P(
                "完成全镇自建房安全隐患排查整治",
                "2033-08-31",
                "2600 栋",
                owner="应急管理办公室",
                co="村建办、各村",
            ),
            P("履职能力轮训", "2033-06-30", owner="党政综合办公室"),
            P("村务监督委员会规范化运行", "2033-12-31", owner="纪委办", co="党政综合办公室"),
        ),
    ),
    "桐坪镇各办站所2033年重点工作计划汇编.txt": Expected(
        ("txt", "compilation", "owner-by-chapter", "reviews"),
        2033,
        (
            P(
                "全年引进亿元以上项目5个",
                "2033-12-31",
                "5 个",
                "3 个",
                "6 亿元",
                owner="经济发展办公室",
            ),
            P(
                "完成园区主干道1.8公里建设",
                "2033-06-30",
                "1.8 公里",
                owner="经济发展办公室",
                co="自然资源所",
            ),
            P("新增“个转企”12户", "2033-09-30", "12 户", "3 家", owner="经济发展办公室"),
            P(
                "粮食播种面积稳定在4.3万亩以上",
                "2033-12-31",
                "4.3 万亩",
                "1.9 万吨",
                owner="农业农村办公室",
            ),
            P("建成省级和美乡村示范村1个", "2033-10-31", "1 个", "2 个", owner="农业农村办公室"),
            P("完成农村户厕问题整改260户", "2033-06-30", "260 户", owner="农业农村办公室"),
            P("城乡居民医保参保率达到95%以上", "2033-03-31", "95 %", owner="社会事务办公室"),
            P("新增护理型床位40张", "2033-09-30", "1 所", "40 张", owner="社会事务办公室"),
            P("特困人员动态管理", "2033-12-31", owner="社会事务办公室"),
            P("120家企业安全隐患全覆盖排查", "2033-06-30", "120 家", owner="应急管理办公室"),
            P("组织防汛应急演练14场", "2033-05-31", "14 场", owner="应急管理办公室", co="水利站"),
            # walk14 m6 (imp14b): what must not happen is a naught target, 0 起 (SPEC §3)
            P(
                "森林防火工作由林业站牵头",
                "2033-12-31",
                "0 起",
                owner="林业站",
                co="应急管理办公室",
            ),
            P("完成小型水库除险加固2座", "2033-05-31", "2 座", "6 口", owner="水利站"),
            P(
                "新改建农村供水管网22公里",
                "2033-12-31",
                "22 公里",
                "96 %",
                owner="水利站",
                co="财政所",
            ),
        ),
    ),
}
