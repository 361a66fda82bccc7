# ruff: noqa: E501  (annotation text in Chinese runs past the line limit)
"""Eighteenth blind set: three 2037 documents written before the importer ran on them
(tests/importer/blind18/, dc4d759), annotated from their text, docs/SPEC.md §3 and the
department catalog alone by a writer who had read neither the importer nor the other sets
(their folder names only). The writer's own expectations are in ``blind18/EXPECTED.py`` and
its readings in ``blind18/README.md``; this module is the same expectations in the scorer's form.

docx: a 街道 工作清单, one table per 重点领域 with 序号 restarting in each, units partly outside the
catalog; xlsx: a 县 攻坚行动 任务清单, each 任务 merged down over its 具体措施 rows (each 措施 a
pledge), 责任单位 merged down, dates as 2037年11月底前 / 2037年Q3 / 2037.10, 合计 and signature rows,
a 填报说明 sheet; txt: a 镇 人大代表议案办理工作方案, each 议案 with labelled lines (办理单位/协办单位/
办结时限, 领衔代表 and 责任领导 no owners).

Changed by the lead before any run, as in every earlier set: a unit named by an alias of the
catalog's department is that department; brackets in unit names full-width.
"""

from __future__ import annotations

from pathlib import Path

from tests.importer.published import Expected, P

FOLDER = Path(__file__).resolve().parent / "blind18"

EXPECTED: dict[str, Expected] = {
    "沁芦街道2037年重点工作清单.docx": Expected(
        ("docx", "table-per-field", "restarting-numbers", "units-outside-catalog"),
        2037,
        (
            P(
                "全年新引进注册企业120家",
                "2037-12-31",
                "120 家",
                "2 个",
                owner="经济发展办公室",
                co="便民服务中心",
            ),
            P(
                "盘活闲置楼宇3栋",
                "2037-11-30",
                "3 栋",
                "1.2 万平方米",
                "8000 万元",
                owner="经济发展办公室",
                co="财政所、各社区",
            ),
            P(
                "培育“沁芦夜巷”特色街区1条",
                "2037-09-30",
                "1 条",
                "300 户",
                owner="经济发展办公室",
                co="城管办、市场监管所",
            ),
            P("企业入库8家", "2037-09-30", "8 家", owner="经济发展办公室", co="统计站"),
            P(
                "完成老旧小区改造5个",
                "2037-10-31",
                "5 个",
                "1860 户",
                "12 部",
                owner="城管办",
                co="各社区、区住建局",
            ),
            P(
                "新增公共停车泊位400个",
                "2037-12-31",
                "400 个",
                "6 条",
                owner="城管办",
                co="交警中队",
            ),
            P(
                "生活垃圾分类小区覆盖率达到95%以上",
                "2037-12-31",
                "95 %",
                "15 个",
                owner="生态环境办公室",
                co="城管办、物业企业",
            ),
            P(
                "汛期前完成易涝点整治7处",
                "2037-05-31",
                "7 处",
                "18 公里",
                owner="应急管理办公室",
                co="城管办、各社区",
            ),
            P(
                "建成社区嵌入式养老服务中心2个",
                "2037-09-30",
                "2 个",
                "6 个",
                owner="社会事务办公室",
                co="财政所、各社区",
            ),
            P(
                "城镇新增就业1500人",
                "2037-12-31",
                "1500 人",
                "60 个",
                owner="社会事务办公室",
                co="劳动保障所",
            ),
            P("新建“15分钟健身圈”站点4处", "2037-06-30", "4 处", owner="文化站", co="城管办"),
            P("四点半托管服务不少于200场", "2037-08-31", "200 场", owner="街道团工委", co="各社区"),
            P(
                "矛盾纠纷调处化解率达到98%以上",
                "2037-12-31",
                "98 %",
                "100 %",
                owner="平安建设办公室（综治中心）",
                co="司法所、派出所",
            ),
            P(
                "完成网格员全员轮训2轮",
                "2037-05-31",
                "2 轮",
                "86 名",
                owner="平安建设办公室（综治中心）",
                co="党政综合办公室",
            ),
            P(
                "在职党员到社区报到率达到100%",
                "2037-12-20",
                "100 %",
                "3 个",
                owner="党建办",
                co="各社区",
            ),
        ),
    ),
    "黛石县2037年县城品质提升攻坚行动任务清单.xlsx": Expected(
        ("xlsx", "task-over-measures", "merged-down", "mixed-date-styles", "notes-sheet"),
        2037,
        (
            P(
                "实施城中村改造3个",
                "2037-11-30",
                "3 个",
                "420 户",
                owner="县住建局",
                co="城关镇、县自然资源局",
            ),
            P(
                "改造提升老旧供水管网26公里",
                "2037-10-31",
                "26 公里",
                "99 %",
                owner="县水务局",
                co="县自来水公司",
            ),
            P(
                "新建改建城市道路4条8.5公里",
                "2037-12-31",
                "4 条",
                "8.5 公里",
                owner="县住建局",
                co="县交通运输局、城关镇",
            ),
            P(
                "新增城市公交线路3条",
                "2037-09-30",
                "3 条",
                "40 辆",
                owner="县交通运输局",
                co="县公交公司",
            ),
            P(
                "建成智慧停车场2处",
                "2037-09-30",
                "2 处",
                "1100 个",
                owner="县城投公司",
                co="县公安局交警大队",
            ),
            P("打通县城断头路5条", "2037-10-31", "5 条", owner="县住建局", co="城关镇、县城投公司"),
            P(
                "县城建成区黑臭水体动态清零",
                "2037-12-31",
                "75 %",
                owner="县住建局",
                co="市生态环境局黛石分局",
            ),
            P(
                "新增城市绿地面积12公顷",
                "2037-11-30",
                "12 公顷",
                "8 个",
                owner="县住建局",
                co="县林业局",
            ),
            P(
                "PM2.5平均浓度控制在32微克/立方米以内",
                "2037-12-31",
                "32 微克/立方米",
                "92 %",
                owner="市生态环境局黛石分局",
                co="县住建局、县交通运输局",
            ),
            P(
                "规范提升农贸市场4个",
                "2037-06-30",
                "4 个",
                "2600 户",
                owner="县市场监管局",
                co="县城管局",
            ),
            P(
                "建成新时代文明实践站点30个",
                "2037-08-31",
                "30 个",
                owner="县委宣传部",
                co="县文明办",
            ),
            P(
                "接入视频监控点位1500路",
                "2037-12-20",
                "1500 路",
                owner="县城管局",
                co="县大数据中心",
            ),
        ),
    ),
    "蓼滩镇2037年人大代表议案办理工作方案.txt": Expected(
        ("txt", "motions", "labelled-lines", "leader-not-owner"),
        2037,
        (
            P(
                "关于加固渔洲村防洪堤的议案",
                "2037-05-31",
                "1.8 公里",
                "2 座",
                owner="水利站",
                co="应急管理办公室、渔洲村",
            ),
            P(
                "关于解决蓼滩中心小学学生午餐问题的议案",
                "2037-08-31",
                "800 平方米",
                owner="社会事务办公室",
                co="镇中心小学、财政所",
            ),
            P(
                "关于硬化南圩北圩片区通组道路的议案",
                "2037-10-31",
                "6.4 公里",
                "120 盏",
                owner="村镇建设办公室",
                co="财政所、南圩村、北圩村",
            ),
            P(
                "关于发展稻虾共作特色产业的议案",
                "2037-09-30",
                "3000 亩",
                "5 家",
                owner="农业农村办公室",
                co="经济发展办公室",
            ),
            P(
                "关于整治镇区农贸市场周边秩序的议案",
                "2037-06-30",
                "80 个",
                "150 个",
                owner="市场监管所",
                co="平安建设办公室（综治中心）、派出所",
            ),
            P(
                "关于利用闲置粮站建设镇级养老服务中心的议案",
                "2037-12-31",
                "50 张",
                owner="社会事务办公室",
                co="财政所、自然资源所",
            ),
            P(
                "关于改善西汊片区饮水安全的议案",
                "2037-11-30",
                "14 公里",
                "1120 户",
                "98 %",
                owner="水利站",
                co="县自来水公司蓼滩水厂",
            ),
            P(
                "关于加强中小学校园周边交通安全的议案",
                "2037-08-31",
                "4 个",
                owner="平安建设办公室（综治中心）",
                co="派出所、交警中队",
            ),
            P(
                "关于推进农村生活垃圾分类的议案",
                "2037-12-31",
                "42 个",
                "260 户",
                "100 %",
                owner="生态环境办公室",
                co="农业农村办公室、各村（社区）",
            ),
            P(
                "关于加快快递物流服务进村的议案",
                "2037-09-30",
                "12 个",
                owner="经济发展办公室",
                co="便民服务中心、蓼滩邮政支局",
            ),
        ),
    ),
}
