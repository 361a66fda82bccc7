"""Expected import results for the blind17 documents (see README.md for conventions).

Written before the importer ran on these documents, from docs/SPEC.md §2–3 and
the department catalog (commitments/data/departments.yaml) only. Conventions
as blind15:
- year 2036 for every document; owner = the lead unit exactly as written (a
  catalog alias stays the alias: 经发办, 社事办 …); never the 分管领导 /
  包保领导 / 责任领导; co_owners in the order written;
- deadline = last day of the stated period; none stated / 全年 / 年底前 / 年底
  → 12-31; 汛期前 → 05-31; 国庆前 → 09-30; 秋季开学前 → 08-31; 春季 → 05-31;
  端午节前 → the eve of 端午 2036 (05-30) = 05-29; 今冬明春 → 2037-05-31;
  春节前 → 2036-01-27 only in a plan issued before 春节 2036 (01-28), else
  12-31 (with a warning);
- where SPEC is silent (comment "AMBIGUOUS", listed in README.md):
  10月中旬 → 10-20, 6月份 → 06-30, 年中 → 06-30, 持续推进 / 每季度 → 12-31;
- target value = the number as stated in the stated unit (Chinese numerals
  converted); 以上 / 不少于 / 以内 / 控制在 only qualify it (comparators are not
  recorded here); metric is a loose label.
"""

QUANHUI = "在中共栖凤镇第十六届委员会第九次全体会议上的报告.docx"
ZERENSHU = "柘溪乡2036年度目标管理责任书.xlsx"
XIANGMU = "鹤鸣县2036年重点项目建设计划表.pdf"
GONGZHONGHAO = "桐岭发布_2036年桐岭镇十件民生实事出炉（公众号文章）.txt"

EXPECTED = {
    # 党委全会报告: items numbered 1–15 under （一）坚持…/（二）聚焦… headings; the
    # text names no unit. Owners, co-owners and most times are in the closing
    # 附件 责任分工表, keyed by 任务序号. AMBIGUOUS (SPEC has no rule joining an
    # appendix table to the prose by item number): owners and times are taken
    # from the appendix row of the same number; where the prose states a time of
    # its own (item 2 10月中旬前, item 12 春节前) the appendix agrees with it.
    QUANHUI: {
        "year": 2036,
        "pledges": [
            {
                # Headline goals → section 0. AMBIGUOUS: owner from the appendix
                # row `主要预期目标` (统计站 is not in the catalog).
                "title_contains": "地区生产总值增长6.5%左右",
                "owner": "经发办",
                "co_owners": ["财政所", "统计站"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "地区生产总值增长", "value": 6.5, "unit": "%"},  # approximate (左右)
                    {"metric": "固定资产投资增长", "value": 8, "unit": "%"},
                    {"metric": "农村居民人均可支配收入增长", "value": 7, "unit": "%"},
                ],
            },
            {
                "title_contains": "全年新签约亿元以上项目4个",
                "owner": "经发办",
                "co_owners": ["自然资源所", "财政所"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "亿元以上项目", "value": 4, "unit": "个"},
                    {"metric": "固定资产投资", "value": 12, "unit": "亿元"},
                ],
            },
            {
                # AMBIGUOUS: 10月中旬前 → 10-20 (the last day of the 中旬).
                "title_contains": "完成标准化厂房3.6万平方米主体施工",
                "owner": "经发办",
                "co_owners": ["自然资源所"],
                "deadline": "2036-10-20",
                "targets": [{"metric": "标准化厂房", "value": 3.6, "unit": "万平方米"}],
            },
            {
                # `抓电商。` is the paragraph's lead phrase (heading), not a pledge;
                # 年收入百万元以上 is a condition's threshold, not a target.
                "title_contains": "新培育网销年收入百万元以上的电商主体15家",
                "owner": "经发办",
                "co_owners": ["便民服务中心"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "电商主体", "value": 15, "unit": "家"},
                    {"metric": "农产品网络零售额", "value": 1.8, "unit": "亿元"},
                ],
            },
            {
                # appendix 第三季度 → 09-30.
                "title_contains": "新建高标准农田4200亩",
                "owner": "农业办",
                "co_owners": ["水利站", "财政所"],
                "deadline": "2036-09-30",
                "targets": [
                    {"metric": "高标准农田", "value": 4200, "unit": "亩"},
                    {"metric": "粮食播种面积", "value": 3.1, "unit": "万亩"},
                ],
            },
            {
                # 汛期前 times only its clause (a milestone 05-31); 全年 and the
                # appendix's 年底前 time the whole → 12-31.
                "title_contains": "完成柘水河堤防加固2.4公里",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "堤防加固", "value": 2.4, "unit": "公里"},
                    {"metric": "灌溉渠道", "value": 8, "unit": "公里"},
                ],
            },
            {
                # AMBIGUOUS: appendix 持续推进 (ongoing) → no date → 12-31.
                "title_contains": "新建村级污水处理站3座",
                "owner": "农业办",
                "co_owners": ["环保办"],
                "deadline": "2036-12-31",
                "targets": [{"metric": "村级污水处理站", "value": 3, "unit": "座"}],
            },
            {
                # the count of villages meeting the condition is the target, the
                # 20万元 threshold is not.
                "title_contains": "村集体经济年收入20万元以上的村达到9个",
                "owner": "农业办",
                "co_owners": ["财政所", "各村"],
                "deadline": "2036-12-31",
                "targets": [{"metric": "集体经济年收入20万元以上的村", "value": 9, "unit": "个"}],
            },
            {
                # appendix 春季 → 05-31 (meteorological spring).
                "title_contains": "完成植树造林1500亩",
                "owner": "林业站",
                "co_owners": ["各村"],
                "deadline": "2036-05-31",
                "targets": [
                    {"metric": "植树造林", "value": 1500, "unit": "亩"},
                    {"metric": "森林覆盖率", "value": 71, "unit": "%"},
                ],
            },
            {
                "title_contains": "镇域生活垃圾无害化处理率达到100%",
                "owner": "环保办",
                "co_owners": ["农业办"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "生活垃圾无害化处理率", "value": 100, "unit": "%"},
                    {"metric": "秸秆综合利用率", "value": 93, "unit": "%"},
                ],
            },
            {
                # AMBIGUOUS: appendix 6月份 → 06-30. 80周岁以上 is a condition,
                # 每季度一次 a frequency: no targets.
                "title_contains": "新建村级养老服务站3个",
                "owner": "社事办",
                "co_owners": ["卫生院"],
                "deadline": "2036-06-30",
                "targets": [{"metric": "村级养老服务站", "value": 3, "unit": "个"}],
            },
            {
                "title_contains": "新增城镇就业380人",
                "owner": "社事办",
                "co_owners": ["便民服务中心"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "新增城镇就业", "value": 380, "unit": "人"},
                    {"metric": "城乡居民医保参保率", "value": 96, "unit": "%"},
                ],
            },
            {
                # 春节前: the report is dated （2036年1月9日） and printed
                # `…办公室 2036年1月10日印发`, before 春节 2036 (01-28) → its eve.
                "title_contains": "走访慰问困难群众和退役军人家庭420户",
                "owner": "社事办",
                "co_owners": ["退役军人服务站"],
                "deadline": "2036-01-27",
                "targets": [
                    {"metric": "走访慰问困难群众和退役军人家庭", "value": 420, "unit": "户"}
                ],
            },
            {
                # AMBIGUOUS: appendix 年中 → 06-30. “九小场所” is a name; 0 起 is
                # a cap of naught (<=).
                "title_contains": "排查整治“九小场所”消防安全隐患260家",
                "owner": "安监办",
                "co_owners": ["派出所"],
                "deadline": "2036-06-30",
                "targets": [
                    {"metric": "消防安全隐患排查整治", "value": 260, "unit": "家"},
                    {"metric": "较大及以上生产安全事故", "value": 0, "unit": "起"},
                ],
            },
            {
                # 积案动态清零 is a value in words: no target.
                "title_contains": "矛盾纠纷调处成功率达到98%以上",
                "owner": "综治中心",
                "co_owners": ["司法所"],
                "deadline": "2036-12-31",
                "targets": [{"metric": "矛盾纠纷调处成功率", "value": 98, "unit": "%"}],
            },
            {
                "title_contains": "全年开展党员干部集中轮训两轮",
                "owner": "党政办",
                "co_owners": ["镇纪委"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "党员干部集中轮训", "value": 2, "unit": "轮"},
                    {"metric": "整顿软弱涣散村党组织", "value": 3, "unit": "个"},
                ],
            },
        ],
    },
    # 目标管理责任书: a 汇总 sheet (类别 | 指标数（项） | 分值, no pledges) and one
    # sheet per department. AMBIGUOUS: each sheet's owner is the unit named in
    # its `责任单位：… 分管领导：…` line above the header (the table has no owner
    # column; the 配合单位 column gives co-owners). 分值 / 考核方式 are no
    # targets; 合计 and the 甲方/乙方/签订日期 rows are no pledges.
    ZERENSHU: {
        "year": 2036,
        "pledges": [
            {
                "title_contains": "全年引进市外到位资金3.2亿元",
                "owner": "经济发展办公室",
                "co_owners": ["财政所"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "市外到位资金", "value": 3.2, "unit": "亿元"},
                    {"metric": "新签约项目", "value": 8, "unit": "个"},
                ],
            },
            {
                # 2036年Q4 → 12-31.
                "title_contains": "新增规模以上工业企业3家",
                "owner": "经济发展办公室",
                "co_owners": ["便民服务中心"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "规模以上工业企业", "value": 3, "unit": "家"},
                    {"metric": "规上工业产值增长", "value": 9, "unit": "%"},
                ],
            },
            {
                # ledger cell 2036.9 → 09-30.
                "title_contains": "柘溪竹木加工园区新建标准厂房2.2万平方米",
                "owner": "经济发展办公室",
                "co_owners": ["自然资源所"],
                "deadline": "2036-09-30",
                "targets": [{"metric": "标准厂房", "value": 2.2, "unit": "万平方米"}],
            },
            {
                # AMBIGUOUS: 每季度 recurs → no single date → 12-31.
                "title_contains": "企业诉求办结率达到98%以上",
                "owner": "经济发展办公室",
                "co_owners": ["便民服务中心"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "企业诉求办结率", "value": 98, "unit": "%"},
                    {"metric": "涉企检查次数同比下降", "value": 20, "unit": "%"},
                ],
            },
            {
                # 秋收前: the year end with a warning (SPEC §3).
                "title_contains": "粮食播种面积稳定在2.6万亩",
                "owner": "农业农村办公室",
                "co_owners": ["各村"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "粮食播种面积", "value": 2.6, "unit": "万亩"},
                    {"metric": "撂荒地复耕复种", "value": 850, "unit": "亩"},
                ],
            },
            {
                "title_contains": "新发展油桐、茶叶等特色经济林1200亩",
                "owner": "农业农村办公室",
                "co_owners": ["林业站"],
                "deadline": "2036-09-30",
                "targets": [
                    {"metric": "特色经济林", "value": 1200, "unit": "亩"},
                    {"metric": "家庭农场", "value": 12, "unit": "家"},
                ],
            },
            {
                # AMBIGUOUS: 10月中旬 → 10-20.
                "title_contains": "完成农村改厕260户",
                "owner": "农业农村办公室",
                "co_owners": ["环保办", "卫生院"],
                "deadline": "2036-10-20",
                "targets": [
                    {"metric": "农村改厕", "value": 260, "unit": "户"},
                    {"metric": "村庄清洁行动覆盖率", "value": 100, "unit": "%"},
                ],
            },
            {
                # 10万元以下 is the threshold of a condition; the 5 villages are the target.
                "title_contains": "消除集体经济年收入10万元以下的薄弱村5个",
                "owner": "农业农村办公室",
                "co_owners": ["财政所"],
                "deadline": "2036-12-31",
                "targets": [{"metric": "消除薄弱村", "value": 5, "unit": "个"}],
            },
            {
                # AMBIGUOUS: 持续推进 → 12-31.
                "title_contains": "开展危化品、烟花爆竹经营单位专项检查45家次",
                "owner": "应急管理办公室",
                "co_owners": ["派出所"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "危化品、烟花爆竹经营单位专项检查", "value": 45, "unit": "家次"},
                    {"metric": "较大及以上生产安全事故", "value": 0, "unit": "起"},
                ],
            },
            {
                "title_contains": "组织山洪灾害危险区群众转移避险演练18场",
                "owner": "应急管理办公室",
                "co_owners": ["水利站", "各村"],
                "deadline": "2036-05-31",
                "targets": [{"metric": "转移避险演练", "value": 18, "unit": "场"}],
            },
            {
                # 2036年6月 → 06-30.
                "title_contains": "新建村级微型消防站6个",
                "owner": "应急管理办公室",
                "co_owners": ["乡专职消防队"],
                "deadline": "2036-06-30",
                "targets": [{"metric": "村级微型消防站", "value": 6, "unit": "个"}],
            },
            {
                "title_contains": "新增农村劳动力转移就业650人",
                "owner": "社会事务办公室",
                "co_owners": ["便民服务中心"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "农村劳动力转移就业", "value": 650, "unit": "人"},
                    {"metric": "职业技能培训", "value": 2, "unit": "轮"},
                ],
            },
            {
                # 每人每月50元 is a subsidy's standard: no target.
                "title_contains": "新建农村互助幸福院2所",
                "owner": "社会事务办公室",
                "co_owners": ["卫生院"],
                "deadline": "2036-09-30",
                "targets": [{"metric": "农村互助幸福院", "value": 2, "unit": "所"}],
            },
            {
                # 2036年3月 → 03-31.
                "title_contains": "城乡居民医保参保率达到97%以上",
                "owner": "社会事务办公室",
                "co_owners": ["卫生院", "各村"],
                "deadline": "2036-03-31",
                "targets": [{"metric": "城乡居民医保参保率", "value": 97, "unit": "%"}],
            },
            {
                "title_contains": "义务教育巩固率保持100%",
                "owner": "社会事务办公室",
                "co_owners": ["乡中心学校"],
                "deadline": "2036-08-31",
                "targets": [
                    {"metric": "义务教育巩固率", "value": 100, "unit": "%"},
                    {"metric": "资助家庭经济困难学生", "value": 400, "unit": "人次"},
                ],
            },
        ],
    },
    # 重点项目建设计划表 (PDF): landscape, a two-row header (`2036年计划` merged over
    # `计划投资 | 年度建设目标`), group rows, two pages with `第 1 页 共 2 页` and the
    # header repeated. Owner = 责任单位. AMBIGUOUS: 项目业主 (the company that
    # builds) is neither owner nor co-owner here, because the table has its own
    # 责任单位 column (SPEC's `建设单位：` rule is for a list with no other owner);
    # 包保领导 is an official. AMBIGUOUS: `计划投资` under `2036年计划` is the
    # year's investment (SPEC: `2031年计划投资` gives a target) → a target in
    # 万元 (the `单位：万元` line); 总投资 and 建设内容及规模 give none; 备注 gives
    # nothing (`2035年已完成前期投资6000万元`).
    XIANGMU: {
        "year": 2036,
        "pledges": [
            {
                "title_contains": "锂电池正极材料项目",
                "owner": "鹤鸣经开区管委会",
                "co_owners": [],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "2036年计划投资", "value": 35000, "unit": "万元"},
                    {"metric": "一期厂房主体建设", "value": 8.5, "unit": "万平方米"},
                ],
            },
            {
                # AMBIGUOUS: 2036年10月中旬 → 10-20.
                "title_contains": "高山云雾茶精深加工",
                "owner": "县农业农村局",
                "co_owners": [],
                "deadline": "2036-10-20",
                "targets": [
                    {"metric": "2036年计划投资", "value": 9000, "unit": "万元"},
                    {"metric": "茶叶精深加工生产线", "value": 3, "unit": "条"},
                ],
            },
            {
                "title_contains": "经开区标准化厂房三期",
                "owner": "鹤鸣经开区管委会",
                "co_owners": [],
                "deadline": "2036-09-30",
                "targets": [
                    {"metric": "2036年计划投资", "value": 20000, "unit": "万元"},
                    {"metric": "厂房主体封顶", "value": 6, "unit": "万平方米"},
                ],
            },
            {
                "title_contains": "白鹭湾文旅康养综合体",
                "owner": "县文化和旅游局",
                "co_owners": [],
                "deadline": "2036-09-30",
                "targets": [
                    {"metric": "2036年计划投资", "value": 15000, "unit": "万元"},
                    {"metric": "滨水步道", "value": 4.6, "unit": "公里"},
                ],
            },
            {
                # S218 is a road's code, not a target.
                "title_contains": "S218鹤鸣至柘溪段改建",
                "owner": "县交通运输局",
                "co_owners": [],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "2036年计划投资", "value": 30000, "unit": "万元"},
                    {"metric": "路基工程", "value": 14, "unit": "公里"},
                ],
            },
            {
                # AMBIGUOUS: `县住建局、县生态环境分局` in one 责任单位 cell: the first
                # leads, the other co-owns (as SPEC's `单位：` line reads).
                "title_contains": "城北污水处理厂提标扩",
                "owner": "县住建局",
                "co_owners": ["县生态环境分局"],
                "deadline": "2036-06-30",
                "targets": [
                    {"metric": "2036年计划投资", "value": 12000, "unit": "万元"},
                    {"metric": "新增污水处理能力", "value": 1.5, "unit": "万吨/日"},
                ],
            },
            {
                "title_contains": "鹤鸣河城区段防洪治理",
                "owner": "县水利局",
                "co_owners": [],
                "deadline": "2036-05-31",
                "targets": [
                    {"metric": "2036年计划投资", "value": 16000, "unit": "万元"},
                    {"metric": "堤防加固", "value": 5.2, "unit": "公里"},
                ],
            },
            {
                "title_contains": "城区老旧小区改造项目",
                "owner": "县住建局",
                "co_owners": [],
                "deadline": "2036-11-30",
                "targets": [
                    {"metric": "2036年计划投资", "value": 11000, "unit": "万元"},
                    {"metric": "改造老旧小区", "value": 14, "unit": "个"},
                    {"metric": "惠及居民", "value": 2860, "unit": "户"},
                ],
            },
            {
                "title_contains": "县人民医院感染楼建设",
                "owner": "县卫生健康局",
                "co_owners": [],
                "deadline": "2036-12-31",
                "targets": [{"metric": "2036年计划投资", "value": 10000, "unit": "万元"}],
            },
            {
                # 秋季开学前 in the goal cell and the 完成时限 column → 08-31.
                "title_contains": "鹤鸣二中扩建项目",
                "owner": "县教育体育局",
                "co_owners": [],
                "deadline": "2036-08-31",
                "targets": [
                    {"metric": "2036年计划投资", "value": 8000, "unit": "万元"},
                    {"metric": "新增学位", "value": 1350, "unit": "个"},
                ],
            },
            {
                # 年底 → 12-31.
                "title_contains": "城区智慧停车项目",
                "owner": "县城市管理局",
                "co_owners": [],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "2036年计划投资", "value": 6000, "unit": "万元"},
                    {"metric": "公共停车泊位", "value": 1800, "unit": "个"},
                ],
            },
            {
                # 2036年第二季度 → 06-30; 占地60亩 is the project's scale, no target.
                "title_contains": "县殡仪馆迁建项目",
                "owner": "县民政局",
                "co_owners": [],
                "deadline": "2036-06-30",
                "targets": [{"metric": "2036年计划投资", "value": 4000, "unit": "万元"}],
            },
        ],
    },
    # 公众号文章: 十件民生实事 under 【实事一】… headings (each heading the pledge's
    # title), emoji bullets, `👉牵头单位：` / `👉配合单位：` / `⏰完成时限：` lines.
    # Issued 2036年02月16日 (the article's date line), after 春节 2036 (01-28).
    # 监督电话 line, 编辑/审核, 往期推荐, 阅读 count are furniture.
    GONGZHONGHAO: {
        "year": 2036,
        "pledges": [
            {
                "title_contains": "新增学位270个",
                "owner": "社事办",
                "co_owners": ["自然资源所", "财政所"],
                "deadline": "2036-08-31",
                "targets": [{"metric": "新增学位", "value": 270, "unit": "个"}],
            },
            {
                # 端午 2036 = 05-30 → 05-29; 每餐补贴3元 is a subsidy standard, 80周岁以上
                # a condition.
                "title_contains": "新建老年助餐点8个",
                "owner": "社事办",
                "co_owners": ["各村（社区）"],
                "deadline": "2036-05-29",
                "targets": [{"metric": "老年助餐点", "value": 8, "unit": "个"}],
            },
            {
                "title_contains": "实施农村供水管网改造42公里",
                "owner": "水利站",
                "co_owners": ["财政所"],
                "deadline": "2036-06-30",
                "targets": [
                    {"metric": "农村供水管网改造", "value": 42, "unit": "公里"},
                    {"metric": "解决饮水不稳定问题", "value": 4100, "unit": "人"},
                ],
            },
            {
                # AMBIGUOUS: 10月中旬 → 10-20. The owner is not in the catalog.
                "title_contains": "硬化通组道路15公里",
                "owner": "镇规划建设服务中心",
                "co_owners": [],
                "deadline": "2036-10-20",
                "targets": [
                    {"metric": "硬化通组道路", "value": 15, "unit": "公里"},
                    {"metric": "太阳能路灯", "value": 600, "unit": "盏"},
                ],
            },
            {
                # 今冬明春 → the next year's 05-31 (SPEC §3), the one deadline past
                # the plan year.
                "title_contains": "今冬明春完成小型水库除险加固2座",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2037-05-31",
                "targets": [
                    {"metric": "小型水库除险加固", "value": 2, "unit": "座"},
                    {"metric": "整治山塘", "value": 12, "unit": "口"},
                ],
            },
            {
                "title_contains": "完成桐岭老街立面改造1.3公里",
                "owner": "镇规划建设服务中心",
                "co_owners": ["经发办"],
                "deadline": "2036-12-31",
                "targets": [
                    {"metric": "老街立面改造", "value": 1.3, "unit": "公里"},
                    {"metric": "集镇停车位", "value": 260, "unit": "个"},
                ],
            },
            {
                # 65周岁以上 is a condition; 第三季度 → 09-30.
                "title_contains": "免费体检4800人次",
                "owner": "镇卫生院",
                "co_owners": ["社事办"],
                "deadline": "2036-09-30",
                "targets": [
                    {"metric": "老人免费体检", "value": 4800, "unit": "人次"},
                    {"metric": "村卫生室标准化改造", "value": 5, "unit": "个"},
                ],
            },
            {
                # AMBIGUOUS: 年中 → 06-30. “春风行动” is a name.
                "title_contains": "专场招聘会6场",
                "owner": "便民服务中心",
                "co_owners": ["社事办"],
                "deadline": "2036-06-30",
                "targets": [
                    {"metric": "专场招聘会", "value": 6, "unit": "场"},
                    {"metric": "就业岗位", "value": 500, "unit": "个"},
                ],
            },
            {
                # 春节前 in an article issued after 春节 2036 → the next 春节: the
                # year end stands (with a warning); 全年 times the whole anyway.
                "title_contains": "全年发放临时救助资金80万元",
                "owner": "民政办",
                "co_owners": [],
                "deadline": "2036-12-31",
                "targets": [{"metric": "临时救助资金", "value": 80, "unit": "万元"}],
            },
            {
                # AMBIGUOUS: 持续推进 → 12-31.
                "title_contains": "新增高清视频监控点位150个",
                "owner": "综治中心",
                "co_owners": ["派出所"],
                "deadline": "2036-12-31",
                "targets": [{"metric": "高清视频监控点位", "value": 150, "unit": "个"}],
            },
        ],
    },
}
