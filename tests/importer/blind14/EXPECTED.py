"""Expected import results for the blind14 documents (see README.md for conventions).

Owners are the lead unit (牵头单位 / 责任科室 / 责任单位) as written, never the leading
official (责任领导). Co-owners are listed in the order written. A deadline is the last
day of the stated period; no period stated -> 2033-12-31. Comparators ("以上", "不少于",
"≥") only qualify the number; the value is the number itself.
"""

KAOHE = "石埠镇2033年度综合考核指标分解表.xlsx"
PIAOJUE = "青禾乡2033年民生实事项目票决结果公告.pdf"
ANPAI = "柘溪镇2033年重点工作安排（修订稿）.docx"
HUIBIAN = "桐坪镇各办站所2033年重点工作计划汇编.txt"

EXPECTED = {
    # Multi-sheet 考核指标 workbook: one pledge per indicator row on the three
    # category sheets. The 汇总 and 填报说明 sheets, the 小计 rows, the 2032年基数
    # and 分值 columns and the signature row hold no pledges and no targets.
    KAOHE: {
        "year": 2033,
        "pledges": [
            # -- sheet 经济发展 --
            {
                "title_contains": "规模以上工业总产值增长率",
                "owner": "经发办",
                "co_owners": ["财政所"],
                "deadline": "2033-12-31",
                # 2032年基数 8.6 is a baseline, not a target.
                "targets": [{"metric": "规模以上工业总产值增长率", "value": 9, "unit": "%"}],
            },
            {
                "title_contains": "新引进亿元以上产业项目",
                "owner": "经发办",
                "co_owners": ["自然资源所", "便民服务中心"],
                "deadline": "2033-11-30",
                "targets": [{"metric": "亿元以上产业项目", "value": 4, "unit": "个"}],
            },
            {
                "title_contains": "完成固定资产投资",
                "owner": "经发办",
                "co_owners": ["各村（社区）"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "固定资产投资", "value": 7.5, "unit": "亿元"}],
            },
            {
                "title_contains": "新增市场主体",
                "owner": "便民服务中心",
                "co_owners": ["经发办"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "新增市场主体", "value": 350, "unit": "户"}],
            },
            {
                # "超过20万元" is the threshold that defines the villages counted.
                "title_contains": "年经营性收入超过20万元的村",
                "owner": "农业办",
                "co_owners": ["财政所"],
                "deadline": "2033-10-31",
                "targets": [{"metric": "集体经济强村", "value": 12, "unit": "个"}],
            },
            {
                # 完成时限 "一季度开工，10月底前完工": 一季度 is a milestone, the
                # deadline is the completion date.
                "title_contains": "新建高标准农田",
                "owner": "农业办",
                "co_owners": ["自然资源所", "水利站"],
                "deadline": "2033-10-31",
                "targets": [{"metric": "高标准农田", "value": 2600, "unit": "亩"}],
            },
            # -- sheet 社会民生 --
            {
                # 指标值 cell is the text "≥96.5".
                "title_contains": "城乡居民医保参保率",
                "owner": "社事办",
                "co_owners": ["各村（社区）"],
                "deadline": "2033-03-31",
                "targets": [{"metric": "城乡居民医保参保率", "value": 96.5, "unit": "%"}],
            },
            {
                "title_contains": "新增城镇就业",
                "owner": "社事办",
                "co_owners": ["经发办"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "新增城镇就业", "value": 280, "unit": "人"}],
            },
            {
                "title_contains": "新建村级居家养老服务站",
                "owner": "民政办",
                "co_owners": ["财政所"],
                "deadline": "2033-06-30",
                "targets": [{"metric": "村级居家养老服务站", "value": 3, "unit": "个"}],
            },
            {
                # 完成时限 "全年" -> 12-31. 司法所 is not in the catalog: kept as written.
                "title_contains": "矛盾纠纷调处成功率",
                "owner": "平安办",
                "co_owners": ["司法所"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "矛盾纠纷调处成功率", "value": 98, "unit": "%"}],
            },
            {
                # 指标值 "积案动态清零", 单位 "—": a pledge without a numeric target.
                "title_contains": "信访积案化解",
                "owner": "平安办",
                "co_owners": ["党政办", "各村（社区）"],
                "deadline": "2033-09-30",
                "targets": [],
            },
            {
                "title_contains": "退役军人服务站规范化建设",
                "owner": "退役军人服务站",
                "co_owners": [],
                "deadline": "2033-11-30",
                "targets": [],
            },
            # -- sheet 生态安全 --
            {
                "title_contains": "农村生活垃圾分类覆盖率",
                "owner": "环保办",
                "co_owners": ["各村（社区）"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "农村生活垃圾分类覆盖率", "value": 95, "unit": "%"}],
            },
            {
                # 完成时限 is a real date cell (2033-04-30), not text.
                "title_contains": "新增造林面积",
                "owner": "林业站",
                "co_owners": ["自然资源所"],
                "deadline": "2033-04-30",
                "targets": [{"metric": "新增造林面积", "value": 600, "unit": "亩"}],
            },
            {
                # "2033年5月31日（汛期前）".
                "title_contains": "病险山塘除险加固",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2033-05-31",
                "targets": [{"metric": "病险山塘除险加固", "value": 4, "unit": "座"}],
            },
            {
                # AMBIGUOUS: the 指标值 is 0 (起). I record it as a target of 0 起
                # (a ceiling, comparator <=): the row is a measurable 约束性指标 and a
                # supervisor would track the count against 0. An importer that drops a
                # zero value loses the only number in the row.
                "title_contains": "较大及以上生产安全事故",
                "owner": "应急办",
                "co_owners": ["各村（社区）"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "较大及以上生产安全事故", "value": 0, "unit": "起"}],
            },
            {
                "title_contains": "秸秆综合利用率",
                "owner": "环保办",
                "co_owners": ["农业办"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "秸秆综合利用率", "value": 93, "unit": "%"}],
            },
        ],
    },
    # 人大票决 result notice: a table of 12 candidate projects spanning two PDF
    # pages (header row repeated on page 2). Only the 10 rows marked 当选 are
    # pledges; 注3 says 未当选 projects are not 民生实事 (rows 3 and 7).
    # AMBIGUOUS: the 估算投资（万元） column. I do NOT record it as a target: it is
    # a cost estimate in its own column, not a goal stated in the pledge text
    # (unlike "完成投资5000万元"). The 得票数 column is a vote count, not a target.
    PIAOJUE: {
        "year": 2033,
        "pledges": [
            {
                "title_contains": "改造供水管网18公里",
                "owner": "水利站",
                "co_owners": ["财政所", "相关村"],
                "deadline": "2033-06-30",
                "targets": [
                    {"metric": "供水管网改造", "value": 18, "unit": "公里"},
                    {"metric": "蓄水池", "value": 2, "unit": "座"},
                    {"metric": "惠及群众", "value": 1260, "unit": "人"},
                ],
            },
            {
                "title_contains": "安装波形护栏12公里",
                "owner": "交通办",
                "co_owners": ["应急办"],
                "deadline": "2033-09-30",
                "targets": [
                    {"metric": "波形护栏", "value": 12, "unit": "公里"},
                    {"metric": "警示标志", "value": 60, "unit": "块"},
                ],
            },
            {
                # "80周岁以上" is an eligibility rule, not a target.
                "title_contains": "新建乡居家养老服务中心1处",
                "owner": "民政办",
                "co_owners": ["乡卫生院"],
                "deadline": "2033-10-31",
                "targets": [
                    {"metric": "居家养老服务中心", "value": 1, "unit": "处"},
                    {"metric": "床位", "value": 30, "unit": "张"},
                ],
            },
            {
                # 完成时限 "2033年8月31日前（秋季开学前）".
                # AMBIGUOUS: "6所" could be read as the scope of the project. I record
                # it as a target: it is the count of schools to be equipped.
                "title_contains": "为全乡6所中小学安装",
                "owner": "中心学校",
                "co_owners": ["派出所"],
                "deadline": "2033-08-31",
                "targets": [
                    {"metric": "中小学安防系统", "value": 6, "unit": "所"},
                    {"metric": "专职保安", "value": 12, "unit": "名"},
                ],
            },
            {
                "title_contains": "新建污水管网4.5公里",
                "owner": "环保办",
                "co_owners": ["自然资源所", "水利站"],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "污水管网", "value": 4.5, "unit": "公里"},
                    {"metric": "污水处理能力", "value": 300, "unit": "吨/日"},
                ],
            },
            {
                # 完成时限 "2033年上半年" -> 06-30. 村镇建设办 is not in the catalog.
                "title_contains": "安装太阳能路灯480盏",
                "owner": "村镇建设办",
                "co_owners": ["各村委会"],
                "deadline": "2033-06-30",
                "targets": [{"metric": "太阳能路灯", "value": 480, "unit": "盏"}],
            },
            {
                # "35-64周岁" is the age range of the women screened, not a target.
                "title_contains": "“两癌”筛查1500人次",
                "owner": "社事办",
                "co_owners": ["乡卫生院", "乡妇联"],
                "deadline": "2033-11-30",
                "targets": [{"metric": "“两癌”筛查", "value": 1500, "unit": "人次"}],
            },
            {
                # 完成时限 "2033年一季度" -> 03-31.
                "title_contains": "开发乡村公益性岗位120个",
                "owner": "社事办",
                "co_owners": ["财政所"],
                "deadline": "2033-03-31",
                "targets": [{"metric": "乡村公益性岗位", "value": 120, "unit": "个"}],
            },
            {
                "title_contains": "新建村级文体广场5个",
                "owner": "文化站",
                "co_owners": ["相关村"],
                "deadline": "2033-09-30",
                "targets": [
                    {"metric": "村级文体广场", "value": 5, "unit": "个"},
                    {"metric": "健身器材", "value": 40, "unit": "套"},
                ],
            },
            {
                # 完成时限 "汛期前" -> 05-31 (southern flood season starts 1 June).
                "title_contains": "建设乡级防汛物资储备库1个",
                "owner": "应急办",
                "co_owners": ["水利站"],
                "deadline": "2033-05-31",
                "targets": [
                    {"metric": "乡级防汛物资储备库", "value": 1, "unit": "个"},
                    {"metric": "村级储备点", "value": 14, "unit": "个"},
                    {"metric": "冲锋舟", "value": 2, "unit": "艘"},
                ],
            },
        ],
    },
    # Word document with automatic multilevel numbering (1 / 1.1 / 1.1.1 come from
    # numbering.xml and are NOT in the paragraph text) and tracked changes. The
    # expected reading is Word's final view (all changes accepted): one pledge per
    # 1.1.1-level paragraph, owners from the bracket at the end of the paragraph.
    ANPAI: {
        "year": 2033,
        "pledges": [
            {
                # Tracked change: "6月底前" deleted, "9月底前" inserted.
                "title_contains": "新建标准厂房3.2万平方米",
                "owner": "经发办",
                "co_owners": ["自然资源所", "便民服务中心"],
                "deadline": "2033-09-30",
                "targets": [{"metric": "标准厂房", "value": 3.2, "unit": "万平方米"}],
            },
            {
                # Tracked change: "2" deleted, "3" inserted (final: 3个).
                "title_contains": "全年新引进亿元以上工业项目",
                "owner": "经发办",
                "co_owners": [],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "亿元以上工业项目", "value": 3, "unit": "个"},
                    {"metric": "工业投资", "value": 4.5, "unit": "亿元"},
                ],
            },
            # The paragraph "推动规上企业实施技术改造…" is deleted as a tracked
            # change (including its paragraph mark): not a pledge.
            {
                "title_contains": "新建高标准农田3000亩",
                "owner": "农业办",
                "co_owners": ["水利站", "财政所"],
                "deadline": "2033-10-31",
                "targets": [
                    {"metric": "高标准农田", "value": 3000, "unit": "亩"},
                    {"metric": "高效节水灌溉", "value": 800, "unit": "亩"},
                ],
            },
            {
                "title_contains": "扩种油茶1500亩",
                "owner": "林业站",
                "co_owners": [],
                "deadline": "2033-04-30",
                "targets": [
                    {"metric": "扩种油茶", "value": 1500, "unit": "亩"},
                    {"metric": "低改老油茶林", "value": 2000, "unit": "亩"},
                ],
            },
            {
                "title_contains": "培育市级以上农民专业合作社示范社2家",
                "owner": "农业办",
                "co_owners": ["经发办"],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "农民专业合作社示范社", "value": 2, "unit": "家"},
                    {"metric": "示范家庭农场", "value": 8, "unit": "家"},
                ],
            },
            {
                # "国庆节前" -> 09-30. 村建办 is not in the catalog.
                "title_contains": "实施集镇老街提升改造",
                "owner": "村建办",
                "co_owners": ["自然资源所"],
                "deadline": "2033-09-30",
                "targets": [
                    {"metric": "立面整治", "value": 1.6, "unit": "公里"},
                    {"metric": "管线下地", "value": 2.3, "unit": "公里"},
                ],
            },
            {
                # This whole paragraph is a tracked insertion: it IS a pledge.
                "title_contains": "新改建通组公路8.5公里",
                "owner": "交通办",
                "co_owners": ["财政所"],
                "deadline": "2033-11-30",
                "targets": [
                    {"metric": "通组公路", "value": 8.5, "unit": "公里"},
                    {"metric": "危桥改造", "value": 2, "unit": "座"},
                ],
            },
            {
                # "Ⅲ类" is a water-quality class, not a numeric target.
                "title_contains": "完成柘溪干流12公里岸线整治",
                "owner": "环保办",
                "co_owners": ["水利站"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "岸线整治", "value": 12, "unit": "公里"}],
            },
            {
                # Bracket 【责任领导：周德明；牵头单位：环保办；配合单位：农业办、各村】:
                # 周德明 is the official, not the owner.
                "title_contains": "完成3个村生活污水治理设施建设",
                "owner": "环保办",
                "co_owners": ["农业办", "各村"],
                "deadline": "2033-06-30",
                "targets": [
                    {"metric": "生活污水治理村", "value": 3, "unit": "个"},
                    {"metric": "农村生活污水治理行政村覆盖率", "value": 75, "unit": "%"},
                ],
            },
            {
                "title_contains": "3月底前完成城乡居民基本养老保险集中征缴",
                "owner": "社事办",
                "co_owners": ["财政所", "各村（社区）"],
                "deadline": "2033-03-31",
                "targets": [{"metric": "城乡居民基本养老保险参保率", "value": 98, "unit": "%"}],
            },
            {
                "title_contains": "开展职业技能培训4期",
                "owner": "社事办",
                "co_owners": [],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "新增城镇就业", "value": 200, "unit": "人"},
                    {"metric": "职业技能培训", "value": 4, "unit": "期"},
                    {"metric": "培训人次", "value": 300, "unit": "人次"},
                ],
            },
            {
                # Tracked change: co-owner "司法所、" inserted before 派出所.
                "title_contains": "矛盾纠纷调处成功率达到98%以上",
                "owner": "平安办",
                "co_owners": ["司法所", "派出所"],
                "deadline": "2033-12-31",
                "targets": [{"metric": "矛盾纠纷调处成功率", "value": 98, "unit": "%"}],
            },
            {
                "title_contains": "完成全镇自建房安全隐患排查整治",
                "owner": "应急办",
                "co_owners": ["村建办", "各村"],
                "deadline": "2033-08-31",
                "targets": [{"metric": "排查房屋", "value": 2600, "unit": "栋"}],
            },
            {
                # "全覆盖" has no number: a pledge without a target.
                "title_contains": "履职能力轮训",
                "owner": "党政办",
                "co_owners": [],
                "deadline": "2033-06-30",
                "targets": [],
            },
            {
                # 纪委办 is not in the catalog: kept as written.
                "title_contains": "村务监督委员会规范化运行",
                "owner": "纪委办",
                "co_owners": ["党政办"],
                "deadline": "2033-12-31",
                "targets": [],
            },
        ],
    },
    # 汇编 of the plans of five 办站所: each chapter is one unit's plan, with a
    # review of 2032 (not pledges), the 2033 plan (pledges) and 保障措施 (not
    # pledges). The owner of an item is the chapter's unit unless the item names
    # another lead (由林业站牵头). The 目录 lines, the 通知 and the 抄送/印发
    # lines are not pledges.
    # AMBIGUOUS: the items carry no owner label. I take the chapter's unit, as
    # written in the chapter heading, because that is how the office reads a 汇编;
    # the alternative is the catalog's keyword rules.
    HUIBIAN: {
        "year": 2033,
        "pledges": [
            # -- 一、经济发展办公室 --
            {
                # AMBIGUOUS: "其中工业项目不少于3个" is a sub-target of the same pledge;
                # recorded as a second target, not as a separate pledge.
                "title_contains": "全年引进亿元以上项目5个",
                "owner": "经济发展办公室",
                "co_owners": [],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "亿元以上项目", "value": 5, "unit": "个"},
                    {"metric": "工业项目", "value": 3, "unit": "个"},
                    {"metric": "实际到位资金", "value": 6, "unit": "亿元"},
                ],
            },
            {
                "title_contains": "完成园区主干道1.8公里建设",
                "owner": "经济发展办公室",
                "co_owners": ["自然资源所"],
                "deadline": "2033-06-30",
                "targets": [{"metric": "园区主干道", "value": 1.8, "unit": "公里"}],
            },
            {
                "title_contains": "新增“个转企”12户",
                "owner": "经济发展办公室",
                "co_owners": [],
                "deadline": "2033-09-30",
                "targets": [
                    {"metric": "个转企", "value": 12, "unit": "户"},
                    {"metric": "小升规企业", "value": 3, "unit": "家"},
                ],
            },
            # -- 二、农业农村办公室 --
            {
                "title_contains": "粮食播种面积稳定在4.3万亩以上",
                "owner": "农业农村办公室",
                "co_owners": [],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "粮食播种面积", "value": 4.3, "unit": "万亩"},
                    {"metric": "粮食总产量", "value": 1.9, "unit": "万吨"},
                ],
            },
            {
                "title_contains": "建成省级和美乡村示范村1个",
                "owner": "农业农村办公室",
                "co_owners": [],
                "deadline": "2033-10-31",
                "targets": [
                    {"metric": "省级和美乡村示范村", "value": 1, "unit": "个"},
                    {"metric": "市级精品村", "value": 2, "unit": "个"},
                ],
            },
            {
                "title_contains": "完成农村户厕问题整改260户",
                "owner": "农业农村办公室",
                "co_owners": [],
                "deadline": "2033-06-30",
                "targets": [{"metric": "户厕问题整改", "value": 260, "unit": "户"}],
            },
            # -- 三、社会事务办公室 --
            {
                "title_contains": "城乡居民医保参保率达到95%以上",
                "owner": "社会事务办公室",
                "co_owners": [],
                "deadline": "2033-03-31",
                "targets": [{"metric": "城乡居民医保参保率", "value": 95, "unit": "%"}],
            },
            {
                "title_contains": "新增护理型床位40张",
                "owner": "社会事务办公室",
                "co_owners": [],
                "deadline": "2033-09-30",
                "targets": [
                    {"metric": "敬老院改造提升", "value": 1, "unit": "所"},
                    {"metric": "护理型床位", "value": 40, "unit": "张"},
                ],
            },
            {
                "title_contains": "特困人员动态管理",
                "owner": "社会事务办公室",
                "co_owners": [],
                "deadline": "2033-12-31",
                "targets": [],
            },
            # -- 四、应急管理办公室 --
            {
                "title_contains": "120家企业安全隐患全覆盖排查",
                "owner": "应急管理办公室",
                "co_owners": [],
                "deadline": "2033-06-30",
                "targets": [{"metric": "企业安全隐患排查", "value": 120, "unit": "家"}],
            },
            {
                "title_contains": "组织防汛应急演练14场",
                "owner": "应急管理办公室",
                "co_owners": ["水利站"],
                "deadline": "2033-05-31",
                "targets": [{"metric": "防汛应急演练", "value": 14, "unit": "场"}],
            },
            {
                # Inside the 应急管理办公室 chapter, but the sentence names its own
                # lead: "由林业站牵头、应急办配合". Explicit prose wins over the chapter.
                "title_contains": "森林防火工作由林业站牵头",
                "owner": "林业站",
                "co_owners": ["应急办"],
                "deadline": "2033-12-31",
                "targets": [],
            },
            # -- 五、水利站 --
            {
                "title_contains": "完成小型水库除险加固2座",
                "owner": "水利站",
                "co_owners": [],
                "deadline": "2033-05-31",
                "targets": [
                    {"metric": "小型水库除险加固", "value": 2, "unit": "座"},
                    {"metric": "山塘整治", "value": 6, "unit": "口"},
                ],
            },
            {
                "title_contains": "新改建农村供水管网22公里",
                "owner": "水利站",
                "co_owners": ["财政所"],
                "deadline": "2033-12-31",
                "targets": [
                    {"metric": "农村供水管网", "value": 22, "unit": "公里"},
                    {"metric": "农村自来水普及率", "value": 96, "unit": "%"},
                ],
            },
        ],
    },
}
