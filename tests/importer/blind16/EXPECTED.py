"""Expected import results for the blind16 documents (see README.md for conventions).

Written before the importer ran on these documents, from SPEC.md §2–3 and the
department catalog only. Same conventions as blind13–blind15:
- year 2035 for every document; owner = the lead unit exactly as written (never
  the 县领导 / 责任领导); co_owners in the order written, split on `、`;
- deadline = last day of the stated period; none stated / 全年 / 年底前 / 持续推进 /
  长期坚持 → 12-31; 上半年 / 年中 / 6月份 / 第二季度 → 06-30; 第三季度 / 三季度末 / 9月 →
  09-30; 汛期前 → 05-31; 秋季开学前 → 08-31; 上旬 → the 10th, 中旬 → the 20th;
  春节前 → 2035-02-07 (春节 2035 is 2035-02-08 and both documents using it are
  dated in January 2035); when a pledge holds several periods, the last one is the
  deadline (the others are milestones, not recorded here);
- target value = the number as stated in the stated unit; Chinese numerals and
  full-width digits converted (三千亩 → 3000 亩, 两万人次 → 20000 人次,
  一千五百万元 → 1500 万元, 百分之九十 → 90 %, ２．６公里 → 2.6 公里);
  以上 / 不少于 / 以内 / 控制在 / 左右 only qualify it; thresholds that select what is
  counted (`5000万元以上产业项目`, `65岁以上老年人`, `80岁以上老人`) are not targets;
  metric is a loose label.
"""

FENJIE = "霁川县2035年政府工作报告重点任务分解表.pdf"
BAOGAO = "榆坪镇2035年政府工作报告（责任单位标注稿）.docx"
YUEDU = "苇塘乡2035年重点工作月度推进计划表.xlsx"
JIHUA = "松汀镇二〇三五年工作计划.txt"
FENGONG = "澄湖街道2035年重点工作责任分工表_导出.csv"

EXPECTED = {
    FENJIE: {
        # PDF table over pages 2–3, header repeated on page 3; in the text layer the
        # 序号 and the short cells sit on the middle line of a wrapped row, and long
        # owner names wrap (`市生态环境局霁川` / `分局`, `县商务` / `局`). All owners are
        # 县直 units, none in the town catalog: expected as written (owner_known false).
        "year": 2035,
        "pledges": [
            {
                # `5000万元以上` selects which projects count: not a target.
                "title_contains": "全年引进5000万元以上产业项目12个",
                "owner": "县投资促进中心",
                "co_owners": ["县发改局", "县工信局", "县商务局"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "产业项目", "value": 12, "unit": "个"},
                    {"metric": "实际利用内资", "value": 45, "unit": "亿元"},
                    {"metric": "招商引资到位资金同比增长", "value": 10, "unit": "%"},
                ],
            },
            {
                # 完成时限 `全年` → 12-31.
                "title_contains": "新增规模以上工业企业15家",
                "owner": "县工信局",
                "co_owners": ["县科技局", "县统计局"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "规模以上工业企业", "value": 15, "unit": "家"},
                    {"metric": "规模以上工业增加值增长", "value": 8, "unit": "%"},
                    {"metric": "高新技术企业总数", "value": 60, "unit": "家"},
                ],
            },
            {
                "title_contains": "新建高标准农田3.2万亩",
                "owner": "县农业农村局",
                "co_owners": ["县财政局", "县自然资源局", "县水利局"],
                "deadline": "2035-10-31",
                "targets": [
                    {"metric": "高标准农田", "value": 3.2, "unit": "万亩"},
                    {"metric": "粮食播种面积", "value": 58, "unit": "万亩"},
                    {"metric": "粮食总产量", "value": 22, "unit": "万吨"},
                ],
            },
            {
                # `二期` is a name; `第三季度` → 09-30.
                "title_contains": "加快霁川数字经济产业园二期建设",
                "owner": "霁川经开区管委会",
                "co_owners": ["县工信局", "县数据局"],
                "deadline": "2035-09-30",
                "targets": [
                    {"metric": "入园企业", "value": 20, "unit": "家"},
                    {"metric": "园区营业收入", "value": 30, "unit": "亿元"},
                ],
            },
            {
                # AMBIGUOUS: `涉及居民3150户` states the scope of the 26 小区; recorded as a
                # target because it is the number the office reports (户数 benefited).
                "title_contains": "改造城镇老旧小区26个",
                "owner": "县住建局",
                "co_owners": ["县财政局", "各街道办事处"],
                "deadline": "2035-11-30",
                "targets": [
                    {"metric": "城镇老旧小区改造", "value": 26, "unit": "个"},
                    {"metric": "涉及居民", "value": 3150, "unit": "户"},
                    {"metric": "加装电梯", "value": 40, "unit": "部"},
                ],
            },
            {
                # 完成时限 `汛期前完成危桥改造，12月底前全面完成`: 汛期前 (05-31) is a
                # milestone, the deadline is 12-31.
                "title_contains": "新改建农村公路120公里",
                "owner": "县交通运输局",
                "co_owners": ["各乡镇人民政府"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "农村公路", "value": 120, "unit": "公里"},
                    {"metric": "危桥改造", "value": 15, "unit": "座"},
                    {"metric": "农村客运班线", "value": 5, "unit": "条"},
                ],
            },
            {
                # `5G` is a name (twice); `全覆盖` has no number.
                "title_contains": "新建5G基站300个",
                "owner": "县工信局",
                "co_owners": ["中国铁塔霁川分公司", "各通信运营企业"],
                "deadline": "2035-09-30",
                "targets": [{"metric": "5G基站", "value": 300, "unit": "个"}],
            },
            {
                # `G207国道` is a name; `“白改黑”` too. No target.
                "title_contains": "完成G207国道霁川城区段改线工程主体施工",
                "owner": "县交通运输局",
                "co_owners": ["县自然资源局", "县城投集团"],
                "deadline": "2035-12-31",
                "targets": [],
            },
            {
                # `PM2.5` is a name, the target is 30 微克/立方米 (comparator <=).
                "title_contains": "平均浓度控制在30微克/立方米以下",
                "owner": "市生态环境局霁川分局",
                "co_owners": ["县住建局", "县交通运输局", "县公安局"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "PM2.5平均浓度", "value": 30, "unit": "微克/立方米"},
                    {"metric": "空气质量优良天数比例", "value": 92, "unit": "%"},
                ],
            },
            {
                # `3月底前完成春季造林，12月底前全面完成`: 03-31 milestone, 12-31 deadline.
                "title_contains": "完成营造林4.5万亩",
                "owner": "县林业局",
                "co_owners": ["各乡镇人民政府"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "营造林", "value": 4.5, "unit": "万亩"},
                    {"metric": "森林覆盖率", "value": 65.2, "unit": "%"},
                    {"metric": "省级森林乡村", "value": 6, "unit": "个"},
                ],
            },
            {
                "title_contains": "城镇新增就业4200人",
                "owner": "县人社局",
                "co_owners": ["县就业服务中心", "各乡镇人民政府"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "城镇新增就业", "value": 4200, "unit": "人"},
                    {"metric": "城镇调查失业率", "value": 5.5, "unit": "%"},
                    {"metric": "农村劳动力转移就业", "value": 1.1, "unit": "万人"},
                ],
            },
            {
                # `秋季开学前` → 08-31.
                "title_contains": "新建改扩建公办幼儿园6所",
                "owner": "县教育局",
                "co_owners": ["县住建局", "县自然资源局"],
                "deadline": "2035-08-31",
                "targets": [
                    {"metric": "公办幼儿园", "value": 6, "unit": "所"},
                    {"metric": "公办学位", "value": 1620, "unit": "个"},
                    {"metric": "公办园在园幼儿占比", "value": 55, "unit": "%"},
                ],
            },
            {
                # AMBIGUOUS: `10月中旬` (no 前) → 10-20, the last day of 中旬.
                # `65岁以上` is who is examined, not a target.
                "title_contains": "免费开展健康体检8.6万人次",
                "owner": "县卫健委",
                "co_owners": ["各乡镇卫生院"],
                "deadline": "2035-10-20",
                "targets": [
                    {"metric": "老年人健康体检", "value": 8.6, "unit": "万人次"},
                    {"metric": "老年人健康管理率", "value": 70, "unit": "%"},
                ],
            },
            {
                # `持续推进` → 12-31. The owner `县政务服务中心` resembles the catalog alias
                # `政务服务中心` (便民服务中心) but is a 县 unit: expected as written.
                "title_contains": "政务服务事项网上可办率达到98%",
                "owner": "县政务服务中心",
                "co_owners": ["县数据局", "县直有关单位"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "政务服务事项网上可办率", "value": 98, "unit": "%"},
                    {"metric": "跨省通办事项", "value": 180, "unit": "项"},
                ],
            },
        ],
    },
    BAOGAO: {
        # 政府工作报告 with the owners added in brackets at each sentence's end. The
        # section headings `（一）…。` open the same paragraph as their sentences. The
        # 2034 review (18.6亿元, 380户, 165人 …) and the 主要预期目标 paragraph before
        # `（一）` (6%左右, 5%, 7%以上; no owner) are not pledges; nor is `三、加强政府自身建设`
        # (after the five sections, no owner) nor the closing `各位代表！`.
        "year": 2035,
        "pledges": [
            {
                "title_contains": "全年引进亿元以上项目4个",
                "owner": "经发办",
                "co_owners": ["财政所", "自然资源所"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "亿元以上项目", "value": 4, "unit": "个"},
                    {"metric": "新增规上企业", "value": 3, "unit": "家"},
                ],
            },
            {
                # `年中前` → 06-30; `二期` is a name; `力争…5家` is a target.
                "title_contains": "榆坪食品产业园二期标准厂房",
                "owner": "经发办",
                "co_owners": ["自然资源所", "便民服务中心"],
                "deadline": "2035-06-30",
                "targets": [
                    {"metric": "标准厂房", "value": 2.4, "unit": "万平方米"},
                    {"metric": "食品加工企业入驻", "value": 5, "unit": "家"},
                ],
            },
            {
                # `八百亩` → 800 亩. Label form `（责任单位：农业办）`, no co-owner.
                "title_contains": "发展设施蔬菜大棚八百亩",
                "owner": "农业办",
                "co_owners": [],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "设施蔬菜大棚", "value": 800, "unit": "亩"},
                    {"metric": "家庭农场", "value": 15, "unit": "家"},
                    {"metric": "农民专业合作社示范社", "value": 3, "unit": "家"},
                ],
            },
            {
                # AMBIGUOUS: `春节前` in a report given on 2035-01-12 means before 春节 2035
                # (2035-02-08) → 2035-02-07. 村建办 and 榆坪供电所 are not in the catalog.
                "title_contains": "集镇主干道路灯亮化",
                "owner": "村建办",
                "co_owners": ["经发办", "榆坪供电所"],
                "deadline": "2035-02-07",
                "targets": [],
            },
            {
                "title_contains": "完成农村户厕改造420户",
                "owner": "农业办",
                "co_owners": ["环保办", "各村"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "农村户厕改造", "value": 420, "unit": "户"},
                    {"metric": "农村生活垃圾无害化处理率", "value": 100, "unit": "%"},
                ],
            },
            {
                "title_contains": "榆溪河堤防加固3.5公里",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2035-05-31",
                "targets": [
                    {"metric": "堤防加固", "value": 3.5, "unit": "公里"},
                    {"metric": "山塘除险加固", "value": 12, "unit": "口"},
                ],
            },
            {
                "title_contains": "3月底前完成植树造林1500亩",
                "owner": "林业站",
                "co_owners": [],
                "deadline": "2035-03-31",
                "targets": [
                    {"metric": "植树造林", "value": 1500, "unit": "亩"},
                    {"metric": "森林覆盖率", "value": 71, "unit": "%"},
                ],
            },
            {
                # AMBIGUOUS: the typist put the owner bracket AFTER the `。`
                # (`…保持100%。（环保办牵头，水利站配合）`); the bracket belongs to this
                # sentence (it is the last of its paragraph), not to a pledge of its own.
                "title_contains": "镇域出境断面水质达标率保持100%",
                "owner": "环保办",
                "co_owners": ["水利站"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "出境断面水质达标率", "value": 100, "unit": "%"}],
            },
            {
                # `六期` → 6 期, `三百人次` → 300 人次.
                "title_contains": "新增城镇就业180人",
                "owner": "社事办",
                "co_owners": ["便民服务中心"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "新增城镇就业", "value": 180, "unit": "人"},
                    {"metric": "职业技能培训", "value": 6, "unit": "期"},
                    {"metric": "培训农村劳动力", "value": 300, "unit": "人次"},
                ],
            },
            {
                # `10月中旬前` → 10-20. 镇卫生院 is not in the catalog.
                "title_contains": "镇敬老院失能照护区",
                "owner": "民政办",
                "co_owners": ["镇卫生院"],
                "deadline": "2035-10-20",
                "targets": [{"metric": "护理型床位", "value": 40, "unit": "张"}],
            },
            {
                # AMBIGUOUS: bracket `（社事办、镇卫生院）` without 牵头/配合 words: the first
                # unit is read as lead, the rest as co-owners (as a 责任单位 list is read).
                "title_contains": "城乡居民基本医疗保险参保率稳定在97%以上",
                "owner": "社事办",
                "co_owners": ["镇卫生院"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "城乡居民基本医疗保险参保率", "value": 97, "unit": "%"}],
            },
            {
                # `第三季度` → 09-30. AMBIGUOUS: `全镇23个村（社区）` recorded as a target
                # (23 个): the count of villages to be brought up to standard.
                "title_contains": "网格化服务管理标准化建设",
                "owner": "综治中心",
                "co_owners": ["榆坪派出所", "司法所"],
                "deadline": "2035-09-30",
                "targets": [{"metric": "村（社区）网格化标准化建设", "value": 23, "unit": "个"}],
            },
            {
                # `6月份` (安全生产月) is a milestone; `全年` → 12-31 is the deadline.
                "title_contains": "全年完成企业安全隐患排查整治100家次",
                "owner": "安监办",
                "co_owners": ["榆坪派出所", "镇专职消防队"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "企业安全隐患排查整治", "value": 100, "unit": "家次"}],
            },
            {
                # `长期坚持` → 12-31; `四下基层` is a name; `每月…不少于8天` is a target.
                "title_contains": "镇领导班子成员每月驻村走访不少于8天",
                "owner": "党政办",
                "co_owners": ["镇纪委"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "每月驻村走访", "value": 8, "unit": "天"}],
            },
        ],
    },
    YUEDU: {
        # Monthly plan: the pledge is the 目标任务 cell; 重点工作 is a short label; the
        # 1月…12月 cells are milestones (their numbers — `种植1500亩`, `培训400人次`,
        # `签约2个` — are not targets); 责任领导 is not an owner. Deadline = the 完成时限
        # column. Sheet `填报说明` holds no pledge.
        "year": 2035,
        "pledges": [
            {
                # `12月20日前` → 12-20.
                "title_contains": "全年签约落地项目5个",
                "owner": "经发办",
                "co_owners": ["财政所"],
                "deadline": "2035-12-20",
                "targets": [
                    {"metric": "签约落地项目", "value": 5, "unit": "个"},
                    {"metric": "投资亿元以上项目", "value": 1, "unit": "个"},
                    {"metric": "实际到位资金", "value": 1.5, "unit": "亿元"},
                ],
            },
            {
                # `6月份` → 06-30; `三千亩` → 3000 亩.
                "title_contains": "新发展莲藕种植三千亩",
                "owner": "农业办",
                "co_owners": ["经发办", "各村"],
                "deadline": "2035-06-30",
                "targets": [
                    {"metric": "莲藕种植", "value": 3000, "unit": "亩"},
                    {"metric": "莲藕初加工车间", "value": 1, "unit": "个"},
                ],
            },
            {
                # `第三季度` → 09-30. 乡水产站 is not in the catalog.
                "title_contains": "推广稻虾综合种养1.2万亩",
                "owner": "农业办",
                "co_owners": ["乡水产站", "各村"],
                "deadline": "2035-09-30",
                "targets": [
                    {"metric": "稻虾综合种养", "value": 1.2, "unit": "万亩"},
                    {"metric": "户均增收", "value": 3000, "unit": "元"},
                ],
            },
            {
                # `汛期前` → 05-31 (the 5月 cell `全面完成` agrees).
                "title_contains": "完成12座小型水库和27处堤防险工险段隐患整治",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2035-05-31",
                "targets": [
                    {"metric": "小型水库隐患整治", "value": 12, "unit": "座"},
                    {"metric": "堤防险工险段隐患整治", "value": 27, "unit": "处"},
                ],
            },
            {
                # `年中` → 06-30 (the 6月 cell `通水` agrees). 备注 `县水利局项目` is not an owner.
                "title_contains": "2处水厂管网延伸工程",
                "owner": "水利站",
                "co_owners": ["乡卫生院"],
                "deadline": "2035-06-30",
                "targets": [
                    {"metric": "水厂管网延伸工程", "value": 2, "unit": "处"},
                    {"metric": "新增受益人口", "value": 6500, "unit": "人"},
                ],
            },
            {
                # `10月中旬` → 10-20.
                "title_contains": "完成农村改厕260户",
                "owner": "农业办",
                "co_owners": ["环保办", "各村"],
                "deadline": "2035-10-20",
                "targets": [
                    {"metric": "农村改厕", "value": 260, "unit": "户"},
                    {"metric": "美丽屋场", "value": 8, "unit": "个"},
                ],
            },
            {
                # `长期坚持` → 12-31 (the last month node is 10月: it does not set the deadline).
                "title_contains": "秸秆综合利用率达到92%以上",
                "owner": "环保办",
                "co_owners": ["农业办", "各村"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "秸秆综合利用率", "value": 92, "unit": "%"}],
            },
            {
                # `11月上旬` → 11-10; `一千二百人次` → 1200 人次.
                "title_contains": "开展就业技能培训一千二百人次",
                "owner": "社事办",
                "co_owners": ["便民服务中心"],
                "deadline": "2035-11-10",
                "targets": [
                    {"metric": "就业技能培训", "value": 1200, "unit": "人次"},
                    {"metric": "农村劳动力转移就业", "value": 350, "unit": "人"},
                ],
            },
            {
                # `三季度末` → 09-30; `80岁以上` is a threshold.
                "title_contains": "建成村级互助养老服务点5个",
                "owner": "民政办",
                "co_owners": ["财政所", "各村"],
                "deadline": "2035-09-30",
                "targets": [{"metric": "村级互助养老服务点", "value": 5, "unit": "个"}],
            },
            {
                # `持续推进` → 12-31; every month holds `每月研判`.
                "title_contains": "信访事项按期受理率100%",
                "owner": "综治办",
                "co_owners": ["司法所", "苇塘派出所"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "矛盾纠纷调处成功率", "value": 98, "unit": "%"},
                    {"metric": "信访事项按期受理率", "value": 100, "unit": "%"},
                ],
            },
            {
                # AMBIGUOUS: 完成时限 `9月` (bare month) → 09-30.
                "title_contains": "完成全乡35家生产经营单位安全隐患排查",
                "owner": "应急办",
                "co_owners": ["苇塘派出所", "乡专职消防队"],
                "deadline": "2035-09-30",
                "targets": [
                    {"metric": "生产经营单位安全隐患排查", "value": 35, "unit": "家"},
                    {"metric": "隐患整改率", "value": 100, "unit": "%"},
                ],
            },
            {
                "title_contains": "群众文化活动20场次",
                "owner": "文化站",
                "co_owners": ["经发办"],
                "deadline": "2035-08-31",
                "targets": [
                    {"metric": "群众文化活动", "value": 20, "unit": "场次"},
                    {"metric": "农家书屋提质示范点", "value": 3, "unit": "个"},
                ],
            },
        ],
    },
    JIHUA: {
        # GB18030 text with CRLF, dated 二〇三五年一月二十日. Full-width digits and
        # Chinese numerals; `一是…二是…三是…` run on inside each `（一）…方面。` paragraph,
        # one sentence each, owners as `由…牵头，…配合` at the sentence start.
        # title_contains are digit-free so that width normalisation cannot break them.
        # Not pledges: the 通知, the 2034 review, the 总体思路 (`增长５％以上`, `增长７％`),
        # `三、保障措施` (`３０％`), 抄送/印发.
        "year": 2035,
        "pledges": [
            {
                # `千万元以上项目８个` → 8 个 (the 千万元 is the threshold).
                "title_contains": "全年招引亿元以上项目",
                "owner": "经发办",
                "co_owners": ["财政所"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "亿元以上项目", "value": 2, "unit": "个"},
                    {"metric": "千万元以上项目", "value": 8, "unit": "个"},
                ],
            },
            {
                # `千亩油菜花海` is a name (a 千亩 belt), not a target.
                "title_contains": "新发展油菜种植三千亩",
                "owner": "农业办",
                "co_owners": ["各村"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "油菜种植", "value": 3000, "unit": "亩"},
                    {"metric": "优质稻", "value": 5500, "unit": "亩"},
                ],
            },
            {
                # AMBIGUOUS: `两万人次` → 20000 人次 (SPEC converts Chinese numerals; an
                # importer reading it as 2 万人次 gives the same amount).
                "title_contains": "全年接待游客两万人次",
                "owner": "经发办",
                "co_owners": ["文化站"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "接待游客", "value": 20000, "unit": "人次"},
                    {"metric": "旅游综合收入", "value": 1500, "unit": "万元"},
                ],
            },
            {
                # `春节前`, plan dated 2035-01-20 → 2035-02-07.
                "title_contains": "集镇农贸市场提质改造并开业运营",
                "owner": "村建办",
                "co_owners": ["经发办"],
                "deadline": "2035-02-07",
                "targets": [],
            },
            {
                # `２．６公里` (full-width digits and full-width point) → 2.6 公里.
                "title_contains": "汛期前完成松汀河堤防加固",
                "owner": "水利站",
                "co_owners": ["应急办"],
                "deadline": "2035-05-31",
                "targets": [
                    {"metric": "堤防加固", "value": 2.6, "unit": "公里"},
                    {"metric": "山塘除险加固", "value": 12, "unit": "口"},
                ],
            },
            {
                # `十月中旬前` → 10-20.
                "title_contains": "完成农村改厕三百五十户",
                "owner": "农业办",
                "co_owners": ["环保办", "各村"],
                "deadline": "2035-10-20",
                "targets": [
                    {"metric": "农村改厕", "value": 350, "unit": "户"},
                    {"metric": "美丽庭院示范户", "value": 100, "unit": "户"},
                ],
            },
            {
                "title_contains": "完成植树造林一千二百亩",
                "owner": "林业站",
                "co_owners": ["各村"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "植树造林", "value": 1200, "unit": "亩"},
                    {"metric": "森林覆盖率", "value": 68, "unit": "%"},
                ],
            },
            {
                # `持续推进` → 12-31; `百分之九十` → 90 %.
                "title_contains": "秸秆综合利用率达到百分之九十以上",
                "owner": "环保办",
                "co_owners": ["农业办"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "秸秆综合利用率", "value": 90, "unit": "%"}],
            },
            {
                "title_contains": "农村劳动力转移就业八百人",
                "owner": "社事办",
                "co_owners": ["便民服务中心"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "新增城镇就业", "value": 200, "unit": "人"},
                    {"metric": "农村劳动力转移就业", "value": 800, "unit": "人"},
                ],
            },
            {
                # `第二季度` → 06-30.
                "title_contains": "第二季度建成镇级区域养老服务中心",
                "owner": "民政办",
                "co_owners": ["镇卫生院"],
                "deadline": "2035-06-30",
                "targets": [{"metric": "养老床位", "value": 50, "unit": "张"}],
            },
            {
                # `６５岁以上` is a threshold; `两千人次` → 2000 人次.
                "title_contains": "老年人健康体检两千人次",
                "owner": "社事办",
                "co_owners": ["镇卫生院", "各村"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "城乡居民医保参保率", "value": 96, "unit": "%"},
                    {"metric": "老年人健康体检", "value": 2000, "unit": "人次"},
                ],
            },
            {
                # `长期坚持` → 12-31. 松汀派出所 is not in the catalog.
                "title_contains": "长期坚持矛盾纠纷多元化解",
                "owner": "综治中心",
                "co_owners": ["松汀派出所", "司法所"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "调处成功率", "value": 98, "unit": "%"}],
            },
            {
                # `６月份` is a milestone (安全生产月), `全年` → 12-31 is the deadline.
                "title_contains": "集中开展安全生产月活动",
                "owner": "应急办",
                "co_owners": ["松汀派出所"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "排查整治隐患企业", "value": 45, "unit": "家"}],
            },
            {
                # `年中前` → 06-30.
                "title_contains": "村务监督委员会规范化建设",
                "owner": "党政办",
                "co_owners": ["镇纪委"],
                "deadline": "2035-06-30",
                "targets": [{"metric": "村务监督委员会规范化建设", "value": 15, "unit": "个"}],
            },
        ],
    },
    FENGONG: {
        # CSV exported from the 街道 协同办公 system (UTF-8 with BOM, CRLF rows): a row of
        # pinyin field codes (XH, ZRDW, FGLD, NDZDRW, BZ, GXSJ) above the Chinese header
        # row; ONE ROW PER UNIT, the unit's tasks numbered `1.` `2.` … inside one quoted
        # cell with line breaks (numbering restarts in every cell). Each task line is one
        # pledge; the owner is the row's 责任单位; co-owners and deadline come from the
        # `（配合单位：…；完成时限：…）` bracket of that line. 分管领导 is not an owner; 备注
        # `牵头单位调整，原为社区建设办公室` does not change the owner; the `导出人/导出时间`
        # line is not a pledge.
        "year": 2035,
        "pledges": [
            {
                # Owner written with the catalog's full name (经济发展办公室).
                "title_contains": "全年新引进企业注册落户60家",
                "owner": "经济发展办公室",
                "co_owners": ["便民服务中心"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "新引进企业注册落户", "value": 60, "unit": "家"},
                    {"metric": "规上企业", "value": 4, "unit": "家"},
                ],
            },
            {
                # `三季度末` → 09-30.
                "title_contains": "盘活闲置楼宇3栋",
                "owner": "经济发展办公室",
                "co_owners": ["城市管理办公室"],
                "deadline": "2035-09-30",
                "targets": [
                    {"metric": "盘活闲置楼宇", "value": 3, "unit": "栋"},
                    {"metric": "面积", "value": 1.8, "unit": "万平方米"},
                ],
            },
            {
                # 城市管理办公室 / 社区建设办公室 are not in the catalog: as written.
                "title_contains": "完成背街小巷改造14条",
                "owner": "城市管理办公室",
                "co_owners": ["社区建设办公室", "各社区"],
                "deadline": "2035-10-31",
                "targets": [
                    {"metric": "背街小巷改造", "value": 14, "unit": "条"},
                    {"metric": "公共停车泊位", "value": 600, "unit": "个"},
                ],
            },
            {
                # `持续推进` → 12-31.
                "title_contains": "生活垃圾分类小区覆盖率达到100%",
                "owner": "城市管理办公室",
                "co_owners": ["生态环境办公室"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "生活垃圾分类小区覆盖率", "value": 100, "unit": "%"},
                    {"metric": "再生资源回收站点", "value": 12, "unit": "个"},
                ],
            },
            {
                # `国庆前` → 09-30.
                "title_contains": "建成社区嵌入式养老服务站3个",
                "owner": "社会事务办公室",
                "co_owners": ["各社区"],
                "deadline": "2035-09-30",
                "targets": [
                    {"metric": "社区嵌入式养老服务站", "value": 3, "unit": "个"},
                    {"metric": "老年助餐点", "value": 8, "unit": "个"},
                ],
            },
            {
                # `全年` → 12-31.
                "title_contains": "新增城镇就业850人",
                "owner": "社会事务办公室",
                "co_owners": ["便民服务中心"],
                "deadline": "2035-12-31",
                "targets": [
                    {"metric": "新增城镇就业", "value": 850, "unit": "人"},
                    {"metric": "就业困难人员实现就业", "value": 60, "unit": "人"},
                ],
            },
            {
                # `暑期` is not the deadline (完成时限 `8月底前` is); `一千五百人次` → 1500.
                "title_contains": "服务儿童一千五百人次",
                "owner": "社会事务办公室",
                "co_owners": ["街道团工委", "各社区"],
                "deadline": "2035-08-31",
                "targets": [{"metric": "托管服务儿童", "value": 1500, "unit": "人次"}],
            },
            {
                # Owner `平安办` is a catalog alias, kept as written; co-owner
                # `应急管理办公室` is the catalog's full name of 应急管理办.
                "title_contains": "完成老旧小区消防设施改造21个",
                "owner": "平安办",
                "co_owners": ["应急管理办公室", "澄湖派出所"],
                "deadline": "2035-06-30",
                "targets": [
                    {"metric": "老旧小区消防设施改造", "value": 21, "unit": "个"},
                    {"metric": "电动自行车集中充电设施小区覆盖率", "value": 90, "unit": "%"},
                ],
            },
            {
                # `长期坚持` → 12-31; `“四个不发生”` is a name.
                "title_contains": "矛盾纠纷化解率达到98%以上",
                "owner": "平安办",
                "co_owners": ["司法所", "各社区"],
                "deadline": "2035-12-31",
                "targets": [{"metric": "矛盾纠纷化解率", "value": 98, "unit": "%"}],
            },
            {
                # `“15分钟便民生活圈”` is a name; the target is 2 个 示范社区.
                "title_contains": "示范社区2个",
                "owner": "党政综合办公室",
                "co_owners": ["经济发展办公室", "各社区"],
                "deadline": "2035-11-30",
                "targets": [{"metric": "便民生活圈示范社区", "value": 2, "unit": "个"}],
            },
        ],
    },
}
