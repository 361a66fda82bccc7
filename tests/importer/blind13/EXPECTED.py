"""Expected import results for the blind13 documents (see README.md for conventions).

Ranges ("两到三个", "2-3个") are recorded with their lower bound; "以上" / "不低于" /
"≥" / "不少于" / "以内" only qualify the number, the value is the number itself.
Owners are the lead department (牵头单位) as written, never the leading official
(王镇长, 责任领导).
"""

SPEECH = "镇党委书记在2032年工作动员大会上的讲话.txt"
LEDGER = "督查督办任务清单_2032.csv"
TABLE = "2032年重点工作任务分解表.docx"
PDF = "青溪区2032年十件民生实事.pdf"

EXPECTED = {
    SPEECH: {
        "year": 2032,
        "pledges": [
            {
                "title_contains": "新建高标准农田一千五百亩",
                "owner": "农业办",
                "co_owners": ["财政所", "自然资源所"],
                "deadline": "2032-04-30",
                "targets": [{"metric": "高标准农田", "value": 1500, "unit": "亩"}],
            },
            {
                "title_contains": "全年力争引进亿元以上项目两到三个",
                "owner": "经发办",
                "co_owners": [],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "亿元以上项目", "value": 2, "unit": "个"},
                    {"metric": "到位资金", "value": 3, "unit": "亿元"},
                ],
            },
            {
                "title_contains": "茶叶基地要再扩种八百亩",
                "owner": "农技站",
                "co_owners": ["供销社"],
                "deadline": "2032-09-30",
                "targets": [{"metric": "茶叶基地扩种", "value": 800, "unit": "亩"}],
            },
            {
                "title_contains": "完成五处病险山塘的除险加固",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2032-05-31",
                "targets": [{"metric": "病险山塘除险加固", "value": 5, "unit": "处"}],
            },
            {
                "title_contains": "老街雨污分流改造全部完工",
                "owner": "村建办",
                "co_owners": [],
                "deadline": "2032-06-11",
                "targets": [{"metric": "污水管网", "value": 3.5, "unit": "公里"}],
            },
            {
                "title_contains": "农村户厕改造全年再完成四百户",
                "owner": "村建办",
                "co_owners": ["卫生院"],
                "deadline": "2032-12-31",
                "targets": [{"metric": "农村户厕改造", "value": 400, "unit": "户"}],
            },
            {
                "title_contains": "下半年交通办要把这条路拓宽改造完",
                "owner": "交通办",
                "co_owners": ["自然资源所"],
                "deadline": "2032-12-31",
                "targets": [{"metric": "道路拓宽改造", "value": 6.8, "unit": "公里"}],
            },
            {
                "title_contains": "一百二十家企业的安全隐患排查整治",
                "owner": "安监办",
                "co_owners": [],
                "deadline": "2032-12-31",
                "targets": [{"metric": "企业安全隐患排查整治", "value": 120, "unit": "家"}],
            },
            {
                "title_contains": "新建两个村级互助养老点",
                "owner": "民政办",
                "co_owners": [],
                "deadline": "2032-06-30",
                "targets": [
                    {"metric": "村级互助养老点", "value": 2, "unit": "个"},
                    {"metric": "床位", "value": 40, "unit": "张"},
                ],
            },
            {
                "title_contains": "参保率要稳定在百分之九十五以上",
                "owner": "社保所",
                "co_owners": [],
                "deadline": "2032-03-31",
                "targets": [{"metric": "城乡居民医保参保率", "value": 95, "unit": "%"}],
            },
            {
                "title_contains": "全年要新增就业三百人以上",
                "owner": "劳保所",
                "co_owners": ["经发办"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "新增就业", "value": 300, "unit": "人"},
                    {"metric": "职业技能培训", "value": 5, "unit": "期"},
                ],
            },
            {
                "title_contains": "矛盾纠纷化解率提高到百分之九十八以上",
                "owner": "综治办",
                "co_owners": [],
                "deadline": "2032-12-31",
                "targets": [{"metric": "矛盾纠纷化解率", "value": 98, "unit": "%"}],
            },
        ],
    },
    LEDGER: {
        "year": 2032,
        "pledges": [
            {
                "title_contains": "新建5G基站120个",
                "owner": "县工信局",
                "co_owners": ["县发改委", "各乡镇"],
                "deadline": "2032-06-30",
                "targets": [{"metric": "5G基站", "value": 120, "unit": "个"}],
            },
            {
                "title_contains": "新建高标准农田25000亩",
                "owner": "县农业农村局",
                "co_owners": ["县财政局", "县自然资源局", "县水利局"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "高标准农田", "value": 25000, "unit": "亩"},
                    {"metric": "高效节水灌溉", "value": 5000, "unit": "亩"},
                ],
            },
            {
                "title_contains": "引进亿元以上产业项目不少于15个",
                "owner": "县投资促进局",
                "co_owners": ["县发改委", "县商务局"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "亿元以上产业项目", "value": 15, "unit": "个"},
                    {"metric": "到位县外资金", "value": 80, "unit": "亿元"},
                ],
            },
            {
                "title_contains": "改造老旧小区32个",
                "owner": "县住建局",
                "co_owners": ["县财政局", "城关镇"],
                "deadline": "2032-09-30",
                "targets": [
                    {"metric": "老旧小区改造", "value": 32, "unit": "个"},
                    {"metric": "惠及居民", "value": 4600, "unit": "户"},
                ],
            },
            {
                "title_contains": "新增学位2700个",
                "owner": "县教育局",
                "co_owners": ["县住建局", "县自然资源局"],
                "deadline": "2032-08-31",
                "targets": [
                    {"metric": "新建改扩建中小学", "value": 3, "unit": "所"},
                    {"metric": "新增学位", "value": 2700, "unit": "个"},
                ],
            },
            {
                "title_contains": "县域内就诊率达到90%以上",
                "owner": "县卫健委",
                "co_owners": ["县医保局"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "达标乡镇卫生院", "value": 6, "unit": "家"},
                    {"metric": "县域内就诊率", "value": 90, "unit": "%"},
                ],
            },
            {
                "title_contains": "优良天数比例不低于88%",
                "owner": "市生态环境局青石分局",
                "co_owners": ["县工信局", "县住建局", "县交通运输局"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "PM2.5平均浓度", "value": 32, "unit": "微克/立方米"},
                    {"metric": "优良天数比例", "value": 88, "unit": "%"},
                ],
            },
            {
                "title_contains": "新改建农村公路120公里",
                "owner": "县交通运输局",
                "co_owners": ["县财政局", "各乡镇"],
                "deadline": "2032-10-31",
                "targets": [
                    {"metric": "农村公路", "value": 120, "unit": "公里"},
                    {"metric": "危桥改造", "value": 8, "unit": "座"},
                ],
            },
            {
                "title_contains": "城镇新增就业5200人",
                "owner": "县人社局",
                "co_owners": ["县就业服务中心"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "城镇新增就业", "value": 5200, "unit": "人"},
                    {"metric": "城镇调查失业率", "value": 5.5, "unit": "%"},
                ],
            },
            {
                "title_contains": "重点行业企业隐患排查300家次",
                "owner": "县应急管理局",
                "co_owners": ["县市场监管局", "县消防救援大队"],
                "deadline": "2032-05-31",
                "targets": [
                    {"metric": "企业隐患排查", "value": 300, "unit": "家次"},
                    {"metric": "隐患整改率", "value": 100, "unit": "%"},
                ],
            },
            {
                "title_contains": "参保率稳定在95%以上",
                "owner": "县医保局",
                "co_owners": ["县税务局", "各乡镇"],
                "deadline": "2032-03-31",
                "targets": [{"metric": "城乡居民医保参保率", "value": 95, "unit": "%"}],
            },
            {
                "title_contains": "创建省级乡村振兴示范村5个",
                "owner": "县农业农村局",
                "co_owners": ["县委农办"],
                "deadline": "2032-11-30",
                "targets": [
                    {"metric": "省级乡村振兴示范村", "value": 5, "unit": "个"},
                    {"metric": "市级示范村", "value": 10, "unit": "个"},
                ],
            },
            {
                "title_contains": "新建公共充电桩400个",
                "owner": "县发改委",
                "co_owners": ["国网青石县供电公司"],
                "deadline": "2032-09-30",
                "targets": [
                    {"metric": "公共充电桩", "value": 400, "unit": "个"},
                    {"metric": "换电站", "value": 2, "unit": "座"},
                ],
            },
        ],
    },
    TABLE: {
        "year": 2032,
        "pledges": [
            {
                "title_contains": "新建村级益农信息社45个",
                "owner": "县农业农村局",
                "co_owners": ["县商务局"],
                "deadline": "2032-06-30",
                "targets": [{"metric": "村级益农信息社", "value": 45, "unit": "个"}],
            },
            {
                "title_contains": "培育农村电商示范村8个",
                "owner": "县农业农村局",
                "co_owners": ["县商务局", "县邮政分公司"],
                "deadline": "2032-09-30",
                "targets": [
                    {"metric": "农村电商示范村", "value": 8, "unit": "个"},
                    {"metric": "农产品网络零售额", "value": 3.2, "unit": "亿元"},
                ],
            },
            {
                "title_contains": "建成智慧农业示范基地3个",
                "owner": "县农业农村局",
                "co_owners": ["县科技局"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "智慧农业示范基地", "value": 3, "unit": "个"},
                    {"metric": "示范基地面积", "value": 2000, "unit": "亩"},
                ],
            },
            {
                "title_contains": "新建改造城乡供水管网150公里",
                "owner": "县水利局",
                "co_owners": ["县住建局"],
                "deadline": "2032-10-31",
                "targets": [{"metric": "城乡供水管网", "value": 150, "unit": "公里"}],
            },
            {
                "title_contains": "农村自来水普及率达到98%以上",
                "owner": "县水利局",
                "co_owners": ["各乡镇人民政府"],
                "deadline": "2032-12-31",
                "targets": [{"metric": "农村自来水普及率", "value": 98, "unit": "%"}],
            },
            {
                "title_contains": "水质检测不少于600批次",
                "owner": "县水利局",
                "co_owners": ["县疾控中心"],
                "deadline": "2032-12-31",
                "targets": [{"metric": "水质检测", "value": 600, "unit": "批次"}],
            },
            {
                "title_contains": "新建公办幼儿园4所",
                "owner": "县教育局",
                "co_owners": ["县住建局"],
                "deadline": "2032-08-31",
                "targets": [
                    {"metric": "公办幼儿园", "value": 4, "unit": "所"},
                    {"metric": "新增学位", "value": 1080, "unit": "个"},
                ],
            },
            {
                "title_contains": "新建乡镇区域养老服务中心5个",
                "owner": "县民政局",
                "co_owners": ["县卫健委"],
                "deadline": "2032-09-30",
                "targets": [{"metric": "乡镇区域养老服务中心", "value": 5, "unit": "个"}],
            },
            {
                "title_contains": "家庭适老化改造300户",
                "owner": "县民政局",
                "co_owners": ["县残联"],
                "deadline": "2032-11-30",
                "targets": [{"metric": "适老化改造", "value": 300, "unit": "户"}],
            },
            {
                "title_contains": "完成企业技术改造项目30个以上",
                "owner": "县工信局",
                "co_owners": ["县发改委"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "企业技术改造项目", "value": 30, "unit": "个"},
                    {"metric": "技改投资增长", "value": 10, "unit": "%"},
                ],
            },
            {
                "title_contains": "审批时间压缩至30天以内",
                "owner": "县行政审批局",
                "co_owners": ["县住建局", "县自然资源局"],
                "deadline": "2032-03-31",
                "targets": [{"metric": "一般工业项目审批时间", "value": 30, "unit": "天"}],
            },
            {
                "title_contains": "全程网办率达到95%以上",
                "owner": "县行政审批局",
                "co_owners": ["县大数据中心"],
                "deadline": "2032-06-30",
                "targets": [{"metric": "全程网办率", "value": 95, "unit": "%"}],
            },
        ],
    },
    PDF: {
        "year": 2032,
        "pledges": [
            {
                "title_contains": "扩大优质教育资源供给",
                "owner": "区教育局",
                "co_owners": ["区住建局", "区财政局"],
                "deadline": "2032-08-31",
                "targets": [
                    {"metric": "新建改扩建中小学和幼儿园", "value": 6, "unit": "所"},
                    {"metric": "公办学位", "value": 3000, "unit": "个"},
                ],
            },
            {
                "title_contains": "新增养老床位不少于300张",
                "owner": "区民政局",
                "co_owners": ["区卫健委"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "社区嵌入式养老服务中心", "value": 5, "unit": "个"},
                    {"metric": "养老床位", "value": 300, "unit": "张"},
                ],
            },
            {
                "title_contains": "年底前完成28个老旧小区综合改造",
                "owner": "区住建局",
                "co_owners": ["各街道办事处"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "老旧小区改造", "value": 28, "unit": "个"},
                    {"metric": "加装电梯", "value": 120, "unit": "部"},
                ],
            },
            {
                "title_contains": "加强基层医疗卫生服务能力建设",
                "owner": "区卫健委",
                "co_owners": ["区医保局"],
                "deadline": "2032-10-31",
                "targets": [
                    {"metric": "社区卫生服务中心", "value": 2, "unit": "个"},
                    {"metric": "家庭医生签约率", "value": 75, "unit": "%"},
                ],
            },
            {
                "title_contains": "改造提升农贸市场8个",
                "owner": "区商务局",
                "co_owners": ["区市场监管局"],
                "deadline": "2032-06-30",
                "targets": [{"metric": "农贸市场改造提升", "value": 8, "unit": "个"}],
            },
            {
                "title_contains": "新增公共停车泊位2000个以上",
                "owner": "区城管局",
                "co_owners": ["区公安分局交警大队", "区发改委"],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "公共停车泊位", "value": 2000, "unit": "个"},
                    {"metric": "公共充电桩", "value": 500, "unit": "个"},
                ],
            },
            {
                "title_contains": "城镇新增就业12000人",
                "owner": "区人社局",
                "co_owners": [],
                "deadline": "2032-12-31",
                "targets": [
                    {"metric": "城镇新增就业", "value": 12000, "unit": "人"},
                    {"metric": "补贴性职业技能培训", "value": 5000, "unit": "人次"},
                ],
            },
            {
                "title_contains": "整治城区易涝点15处",
                "owner": "区水利局",
                "co_owners": ["区城管局"],
                "deadline": "2032-05-31",
                "targets": [{"metric": "城区易涝点整治", "value": 15, "unit": "处"}],
            },
            {
                "title_contains": "新增普惠托位600个",
                "owner": "区卫健委",
                "co_owners": ["区教育局"],
                "deadline": "2032-12-31",
                "targets": [{"metric": "普惠托位", "value": 600, "unit": "个"}],
            },
            {
                "title_contains": "建成社区老年助餐点40个",
                "owner": "区民政局",
                "co_owners": ["区市场监管局"],
                "deadline": "2032-09-30",
                "targets": [
                    {"metric": "社区老年助餐点", "value": 40, "unit": "个"},
                    {"metric": "助餐服务覆盖率", "value": 90, "unit": "%"},
                ],
            },
        ],
    },
}
