"""Expected import results for the blind15 documents (see README.md for conventions).

Written before the importer ran on these documents, from SPEC.md §3 and the
department catalog only. Same conventions as blind13/blind14:
- year 2034 for every document; owner = the lead unit exactly as written (never
  the 分管领导 / 县级联系领导); co_owners in the order written;
- deadline = last day of the stated period; none stated / 全年 / 年底前 → 12-31;
  上半年 → 06-30; 汛期前 → 05-31; 国庆前 → 09-30; 秋季开学前 → 08-31; when a
  pledge holds several periods, the last one is the deadline (the others are
  milestones, not recorded here);
- target value = the number as stated in the stated unit (OCR digits fixed);
  以上 / 不少于 / 以内 / 控制在 only qualify it; metric is a loose label.
"""

QINGDAN = "白石镇2034年重点工作三张清单.docx"
JIDU = "长岭县2034年重点建设项目季度推进计划表.xlsx"
OCR = "龙泉乡2034年工作要点（扫描识别稿）.txt"
TONGBAO = "云溪县重点工作督办通报2034年第15期_网页.txt"

EXPECTED = {
    QINGDAN: {
        "year": 2034,
        "pledges": [
            {
                # Owner/co-owners come from 责任清单 row 1, deadline from 时限清单 row 序号1
                # (年底前). 时限清单 阶段性目标 `上半年完成全年任务的50%` is a milestone, not a
                # target.
                "title_contains": "全年引进亿元以上项目3个",
                "owner": "经发办",
                "co_owners": ["财政所", "自然资源所"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "亿元以上项目", "value": 3, "unit": "个"},
                    {"metric": "实际到位资金", "value": 2.5, "unit": "亿元"},
                    {"metric": "新增规上企业", "value": 2, "unit": "家"},
                ],
            },
            {
                # 时限清单 lists this row 7th (ordered by time): joined on 序号 2 → 11月底前.
                "title_contains": "新增油茶种植1200亩",
                "owner": "林业站",
                "co_owners": ["农业办", "各村"],
                "deadline": "2034-11-30",
                "targets": [
                    {"metric": "油茶种植", "value": 1200, "unit": "亩"},
                    {"metric": "低产油茶林改造", "value": 800, "unit": "亩"},
                ],
            },
            {
                "title_contains": "建成村级电商服务站6个",
                "owner": "经发办",
                "co_owners": ["便民服务中心", "白石邮政支局"],
                "deadline": "2034-09-30",
                "targets": [
                    {"metric": "村级电商服务站", "value": 6, "unit": "个"},
                    {"metric": "农产品网络销售额", "value": 3000, "unit": "万元"},
                ],
            },
            {
                "title_contains": "完成农村户厕改造350户",
                "owner": "农业办",
                "co_owners": ["环保办", "卫生院", "各村"],
                "deadline": "2034-10-31",
                "targets": [
                    {"metric": "农村户厕改造", "value": 350, "unit": "户"},
                    {"metric": "生活垃圾分类覆盖率", "value": 100, "unit": "%"},
                ],
            },
            {
                # `汛期前完成2座危桥改造` is a milestone (05-31); the deadline is 12月底前.
                "title_contains": "新改建通组公路9.6公里",
                "owner": "村建办",
                "co_owners": ["财政所", "自然资源所"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "通组公路", "value": 9.6, "unit": "公里"},
                    {"metric": "危桥改造", "value": 2, "unit": "座"},
                ],
            },
            {
                "title_contains": "集中供水工程提质改造",
                "owner": "水利站",
                "co_owners": ["卫生院"],
                "deadline": "2034-06-30",
                "targets": [
                    {"metric": "集中供水工程提质改造", "value": 2, "unit": "处"},
                    {"metric": "农村自来水普及率", "value": 96, "unit": "%"},
                ],
            },
            {
                # `汛期前（5月31日前）` → 05-31. `Ⅲ类标准` is a water class, not a target.
                "title_contains": "完成镇域主要河道清淤4.5公里",
                "owner": "环保办",
                "co_owners": ["水利站", "各村"],
                "deadline": "2034-05-31",
                "targets": [{"metric": "河道清淤", "value": 4.5, "unit": "公里"}],
            },
            {
                # ‰ (per mille) is the unit as written; `24小时值守` in 时限清单 is not a
                # target.
                "title_contains": "新建生物防火林带5公里",
                "owner": "林业站",
                "co_owners": ["应急办"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "生物防火林带", "value": 5, "unit": "公里"},
                    {"metric": "森林火灾受害率", "value": 0.9, "unit": "‰"},
                ],
            },
            {
                # `每季度开展培训1期` (时限清单) is a milestone rhythm, not a second target.
                "title_contains": "新增农村劳动力转移就业260人",
                "owner": "社事办",
                "co_owners": ["经发办"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "农村劳动力转移就业", "value": 260, "unit": "人"},
                    {"metric": "职业技能培训", "value": 4, "unit": "期"},
                ],
            },
            {
                # `国庆前` → 09-30.
                "title_contains": "建成镇区域养老服务中心1个",
                "owner": "民政办",
                "co_owners": ["卫生院"],
                "deadline": "2034-09-30",
                "targets": [
                    {"metric": "区域养老服务中心", "value": 1, "unit": "个"},
                    {"metric": "养老床位", "value": 30, "unit": "张"},
                ],
            },
            {
                # `全年` → 12-31; `大排查大化解` is a campaign name.
                "title_contains": "矛盾纠纷调处成功率达到98%以上",
                "owner": "综治中心",
                "co_owners": ["司法所", "派出所", "各村（社区）"],
                "deadline": "2034-12-31",
                "targets": [{"metric": "矛盾纠纷调处成功率", "value": 98, "unit": "%"}],
            },
            {
                "title_contains": "完成全镇68家企业安全隐患排查整治",
                "owner": "安监办",
                "co_owners": ["派出所", "镇专职消防队"],
                "deadline": "2034-06-30",
                "targets": [{"metric": "企业安全隐患排查整治", "value": 68, "unit": "家"}],
            },
            {
                # No target: `四下基层` is a name. 时限清单 says `长期坚持` / `全年` → 12-31.
                "title_contains": "健全镇村干部坐班值班和帮代办制度",
                "owner": "党政办",
                "co_owners": ["镇纪委"],
                "deadline": "2034-12-31",
                "targets": [],
            },
        ],
    },
    JIDU: {
        "year": 2034,
        "pledges": [
            {
                # AMBIGUOUS (all 14 rows): the `2034年计划投资` column (万元) is recorded as a
                # target: it is the year's investment goal that the 项目办 tracks (投资完成率).
                # `总投资` spans all years and is NOT a target. Quarter cells are milestones
                # (03-31, 06-30, 09-30); the deadline is the end of the last quarter holding a
                # node, or the date written in that cell.
                "title_contains": "新建标准厂房8栋",
                "owner": "县经开区管委会",
                "co_owners": ["县住建局", "县自然资源局"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "标准厂房", "value": 8, "unit": "栋"},
                    {"metric": "建筑面积", "value": 6.4, "unit": "万平方米"},
                    {"metric": "2034年计划投资", "value": 12000, "unit": "万元"},
                ],
            },
            {
                "title_contains": "建设竹木精深加工生产线3条",
                "owner": "县工信局",
                "co_owners": ["县林业局", "县经开区管委会"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "竹木精深加工生产线", "value": 3, "unit": "条"},
                    {"metric": "仓储用房", "value": 1.2, "unit": "万平方米"},
                    {"metric": "2034年计划投资", "value": 15000, "unit": "万元"},
                ],
            },
            {
                # 四季度 is `—`: the last node is 三季度 `9月底前投入试运营` → 09-30.
                "title_contains": "建设冷库库容2万吨",
                "owner": "县商务局",
                "co_owners": ["县供销社", "县交通运输局"],
                "deadline": "2034-09-30",
                "targets": [
                    {"metric": "冷库库容", "value": 2, "unit": "万吨"},
                    {"metric": "分拣中心", "value": 1, "unit": "处"},
                    {"metric": "冷链运输车辆", "value": 30, "unit": "台"},
                    {"metric": "2034年计划投资", "value": 10000, "unit": "万元"},
                ],
            },
            {
                # 1800亩 (一季度) and 1200亩 (四季度) are milestone quantities, not extra
                # targets; `（二期）` is part of the name.
                "title_contains": "新增标准化茶园3000亩",
                "owner": "县农业农村局",
                "co_owners": ["县文旅广体局", "龙泉乡"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "标准化茶园", "value": 3000, "unit": "亩"},
                    {"metric": "游客服务中心", "value": 1, "unit": "处"},
                    {"metric": "2034年计划投资", "value": 4200, "unit": "万元"},
                ],
            },
            {
                # `110千伏` is a voltage class in the names, never a target. 四季度
                # `11月底前建成投运` → 11-30 (the date in the cell beats the quarter end). The
                # owner is not a 县直部门.
                "title_contains": "新建主变容量5万千伏安",
                "owner": "国网长岭县供电公司",
                "co_owners": ["县发改局", "县自然资源局", "白沙镇"],
                "deadline": "2034-11-30",
                "targets": [
                    {"metric": "主变容量", "value": 5, "unit": "万千伏安"},
                    {"metric": "110千伏线路", "value": 18, "unit": "公里"},
                    {"metric": "2034年计划投资", "value": 6500, "unit": "万元"},
                ],
            },
            {
                # `G353` is a road name.
                "title_contains": "完成路基路面工程12.5公里",
                "owner": "县交通运输局",
                "co_owners": ["县自然资源局", "沿线乡镇"],
                "deadline": "2034-10-31",
                "targets": [
                    {"metric": "路基路面工程", "value": 12.5, "unit": "公里"},
                    {"metric": "大桥", "value": 1, "unit": "座"},
                    {"metric": "2034年计划投资", "value": 30000, "unit": "万元"},
                ],
            },
            {
                "title_contains": "改造老旧小区21个",
                "owner": "县住建局",
                "co_owners": ["县财政局", "城关镇"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "老旧小区改造", "value": 21, "unit": "个"},
                    {"metric": "惠及居民", "value": 3400, "unit": "户"},
                    {"metric": "加装电梯", "value": 40, "unit": "部"},
                    {"metric": "2034年计划投资", "value": 12000, "unit": "万元"},
                ],
            },
            {
                # 二季度 `6月30日前通水试运行` is a milestone; 三季度 `完成环保验收` is the last
                # node → 09-30. `一级A` is a discharge standard, not a number.
                "title_contains": "新增污水处理能力2万吨/日",
                "owner": "县住建局",
                "co_owners": ["市生态环境局长岭分局"],
                "deadline": "2034-09-30",
                "targets": [
                    {"metric": "污水处理能力", "value": 2, "unit": "万吨/日"},
                    {"metric": "2034年计划投资", "value": 7000, "unit": "万元"},
                ],
            },
            {
                # 二季度 `汛期前…` is a milestone (05-31).
                "title_contains": "加固防洪堤4.8公里",
                "owner": "县水利局",
                "co_owners": ["县财政局", "城关镇"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "防洪堤加固", "value": 4.8, "unit": "公里"},
                    {"metric": "排涝泵站", "value": 2, "unit": "座"},
                    {"metric": "2034年计划投资", "value": 9800, "unit": "万元"},
                ],
            },
            {
                # 120公里 / 220公里 in 二/三季度 are cumulative milestones, not targets.
                "title_contains": "新建改造农村供水管网260公里",
                "owner": "县水利局",
                "co_owners": ["县卫健委", "各乡镇"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "农村供水管网", "value": 260, "unit": "公里"},
                    {"metric": "农村自来水普及率", "value": 95, "unit": "%"},
                    {"metric": "2034年计划投资", "value": 8000, "unit": "万元"},
                ],
            },
            {
                "title_contains": "建成综合住院楼3.6万平方米",
                "owner": "县卫健委",
                "co_owners": ["县发改局", "县财政局"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "综合住院楼", "value": 3.6, "unit": "万平方米"},
                    {"metric": "新增床位", "value": 300, "unit": "张"},
                    {"metric": "2034年计划投资", "value": 9000, "unit": "万元"},
                ],
            },
            {
                # `秋季开学前` and 三季度 `8月31日前` agree → 08-31. `九年一贯制` is a name.
                "title_contains": "新建校舍4.2万平方米",
                "owner": "县教育局",
                "co_owners": ["县住建局", "县自然资源局"],
                "deadline": "2034-08-31",
                "targets": [
                    {"metric": "校舍", "value": 4.2, "unit": "万平方米"},
                    {"metric": "学位", "value": 2160, "unit": "个"},
                    {"metric": "2034年计划投资", "value": 14000, "unit": "万元"},
                ],
            },
            {
                "title_contains": "新建公共停车位1200个",
                "owner": "县城管局",
                "co_owners": ["县住建局", "国网长岭县供电公司"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "公共停车位", "value": 1200, "unit": "个"},
                    {"metric": "充电桩", "value": 300, "unit": "个"},
                    {"metric": "2034年计划投资", "value": 6000, "unit": "万元"},
                ],
            },
            {
                # 三季度 `竣工验收，国庆前对外开放`, 四季度 `—` → 09-30.
                "title_contains": "建成体育馆1座",
                "owner": "县文旅广体局",
                "co_owners": ["县住建局"],
                "deadline": "2034-09-30",
                "targets": [
                    {"metric": "体育馆", "value": 1, "unit": "座"},
                    {"metric": "室外健身场地", "value": 1.5, "unit": "万平方米"},
                    {"metric": "2034年计划投资", "value": 3500, "unit": "万元"},
                ],
            },
        ],
    },
    OCR: {
        "year": 2034,
        "pledges": [
            {
                # `l200亩` is OCR for 1200亩.
                "title_contains": "全年粮食播种面积稳定在2.8万亩",
                "owner": "农业办",
                "co_owners": ["财政所", "各村"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "粮食播种面积", "value": 2.8, "unit": "万亩"},
                    {"metric": "高标准农田", "value": 1200, "unit": "亩"},
                ],
            },
            {
                # `5O0亩` is OCR for 500亩; the owner is broken over two lines (`农技` / `站`).
                "title_contains": "培育市级以上农民专业合作社示范社2家",
                "owner": "农技站",
                "co_owners": ["农业办"],
                "deadline": "2034-10-31",
                "targets": [
                    {"metric": "中药材种植", "value": 500, "unit": "亩"},
                    {"metric": "农民专业合作社示范社", "value": 2, "unit": "家"},
                ],
            },
            {
                # `千万元以上` is a threshold, not a target.
                "title_contains": "完成固定资产投资3.5亿元",
                "owner": "经发办",
                "co_owners": ["自然资源所"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "千万元以上项目", "value": 4, "unit": "个"},
                    {"metric": "固定资产投资", "value": 3.5, "unit": "亿元"},
                ],
            },
            {
                # AMBIGUOUS: `全部达到1O万元以上` is a per-village floor; recorded as a target
                # of 10 万元. `2O万元以上` is a threshold in the metric; the second target is 6
                # 个.
                "title_contains": "壮大村级集体经济",
                "owner": "乡村振兴办",
                "co_owners": ["财政所"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "村集体经济经营性收入", "value": 10, "unit": "万元"},
                    {"metric": "经营性收入20万元以上的村", "value": 6, "unit": "个"},
                ],
            },
            {
                # `汛期前完成水毁道路修复` is a milestone; `年底前` is the final deadline.
                # `l2公里` is OCR for 12; `8` / `公里` are broken over two lines. The owner
                # label has no separator: `责任单位:交通站 配合单位:财政所`.
                "title_contains": "完善交通路网",
                "owner": "交通站",
                "co_owners": ["财政所"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "通村通组公路", "value": 12, "unit": "公里"},
                    {"metric": "农村公路生命安全防护工程", "value": 8, "unit": "公里"},
                ],
            },
            {
                # AMBIGUOUS: `责任单位:农业办、环保办` names two units under one label; the
                # first is read as lead, the second as co-owner. `28O户` → 280, `lOO%` → 100.
                "title_contains": "创建美丽屋场5个",
                "owner": "农业办",
                "co_owners": ["环保办"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "农村户厕改造", "value": 280, "unit": "户"},
                    {"metric": "生活垃圾无害化处理率", "value": 100, "unit": "%"},
                    {"metric": "美丽屋场", "value": 5, "unit": "个"},
                ],
            },
            {
                # Owner in prose: `(水利站牵头,环保办、相关村配合)`, the bracket broken over two
                # lines.
                "title_contains": "完成龙泉河干流清淤疏浚",
                "owner": "水利站",
                "co_owners": ["环保办", "相关村"],
                "deadline": "2034-05-31",
                "targets": [{"metric": "龙泉河干流清淤疏浚", "value": 3.2, "unit": "公里"}],
            },
            {
                # No target; `24小时` is a duty rule. `春节、清明等重点时段` are periods of the
                # duty rule, NOT the deadline (全年 → 12-31).
                "title_contains": "全年不发生重大森林火灾",
                "owner": "林业站",
                "co_owners": ["应急办"],
                "deadline": "2034-12-31",
                "targets": [],
            },
            {
                # AMBIGUOUS: `春节前` in a plan issued 2034-01-18 means before 春节 2034
                # (2034-02-19), recorded as the day before, 2034-02-18. A reader who maps 春节前
                # to the end of January or to 春节 itself would be off by a few days.
                "title_contains": "完成全乡困难群众走访慰问",
                "owner": "民政办",
                "co_owners": ["财政所"],
                "deadline": "2034-02-18",
                "targets": [{"metric": "慰问金及慰问物资", "value": 35, "unit": "万元"}],
            },
            {
                # Item number is OCR `l0.`; co-owner written with half-width brackets
                # `各村(社区)` (a normalizing importer may give `各村（社区）`, the same unit).
                "title_contains": "上半年完成城乡居民医保和养老保险集中征缴",
                "owner": "社会事务办",
                "co_owners": ["各村(社区)"],
                "deadline": "2034-06-30",
                "targets": [
                    {"metric": "医保参保率", "value": 97, "unit": "%"},
                    {"metric": "养老保险参保缴费人数", "value": 1.3, "unit": "万人"},
                ],
            },
            {
                # `3OO人`, `15O人次` are OCR; `雨露计划` is a name; owner broken `劳` / `保所`.
                "title_contains": "新增城镇就业和农村劳动力转移就业",
                "owner": "劳保所",
                "co_owners": [],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "新增就业", "value": 300, "unit": "人"},
                    {"metric": "职业技能培训", "value": 3, "unit": "期"},
                    {"metric": "培训", "value": 150, "unit": "人次"},
                ],
            },
            {
                # `秋季开学前` → 08-31.
                "title_contains": "完成龙泉中心小学教学楼维修改造",
                "owner": "中心学校",
                "co_owners": ["社事办"],
                "deadline": "2034-08-31",
                "targets": [{"metric": "塑胶运动场", "value": 1, "unit": "个"}],
            },
            {
                # `一村一辅警` is a name; `1OO%` → 100.
                "title_contains": "矛盾纠纷调处成功率达到98%",
                "owner": "综治办",
                "co_owners": ["派出所", "司法所"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "矛盾纠纷调处成功率", "value": 98, "unit": "%"},
                    {"metric": "信访事项按期办结率", "value": 100, "unit": "%"},
                ],
            },
            {
                "title_contains": "国庆前完成全乡47家生产经营单位安全隐患排查整治",
                "owner": "应急办",
                "co_owners": [],
                "deadline": "2034-09-30",
                "targets": [{"metric": "生产经营单位安全隐患排查整治", "value": 47, "unit": "家"}],
            },
            {
                # No target: `三重一大` and `AB岗` are names.
                "title_contains": "集体决策制度",
                "owner": "党政办",
                "co_owners": [],
                "deadline": "2034-12-31",
                "targets": [],
            },
        ],
    },
    TONGBAO: {
        "year": 2034,
        "pledges": [
            {
                # Pledges are the 重点任务 cells only. 本周进展 numbers (7.6%, 3家 …) are
                # progress, not targets; 存在问题 and 督办状态 are not pledges.
                "title_contains": "新增规上工业企业12家",
                "owner": "县工信局",
                "co_owners": ["县统计局", "各乡镇"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "规上工业增加值增长", "value": 8, "unit": "%"},
                    {"metric": "新增规上工业企业", "value": 12, "unit": "家"},
                ],
            },
            {
                # `&ldquo;三类500强&rdquo;` (HTML entities) is a name: 500 is not a target.
                "title_contains": "招商引资实际到位资金45亿元",
                "owner": "县商务局",
                "co_owners": ["县经开区管委会", "各乡镇"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "三类500强企业投资项目", "value": 2, "unit": "个"},
                    {"metric": "招商引资实际到位资金", "value": 45, "unit": "亿元"},
                ],
            },
            {
                "title_contains": "新改建农村公路65公里",
                "owner": "县交通运输局",
                "co_owners": ["县财政局", "各乡镇"],
                "deadline": "2034-10-31",
                "targets": [
                    {"metric": "农村公路", "value": 65, "unit": "公里"},
                    {"metric": "危桥改造", "value": 6, "unit": "座"},
                ],
            },
            {
                # `2034年汛期前` → 05-31. The 牵头单位 cell has rowspan=2 and also covers row 5.
                "title_contains": "完成病险水库除险加固7座",
                "owner": "县水利局",
                "co_owners": ["各乡镇"],
                "deadline": "2034-05-31",
                "targets": [{"metric": "病险水库除险加固", "value": 7, "unit": "座"}],
            },
            {
                # Row 5 has no 牵头单位 <td>: its lead comes from row 4's rowspan cell.
                "title_contains": "新建农村饮水安全巩固提升工程18处",
                "owner": "县水利局",
                "co_owners": ["县卫健委"],
                "deadline": "2034-11-30",
                "targets": [
                    {"metric": "农村饮水安全巩固提升工程", "value": 18, "unit": "处"},
                    {"metric": "农村自来水普及率", "value": 93, "unit": "%"},
                ],
            },
            {
                "title_contains": "新增普惠性学位900个",
                "owner": "县教育局",
                "co_owners": ["县住建局", "县自然资源局"],
                "deadline": "2034-08-31",
                "targets": [
                    {"metric": "公办幼儿园", "value": 3, "unit": "所"},
                    {"metric": "普惠性学位", "value": 900, "unit": "个"},
                ],
            },
            {
                "title_contains": "建成乡镇区域养老服务中心4个",
                "owner": "县民政局",
                "co_owners": ["县卫健委", "相关乡镇"],
                "deadline": "2034-09-30",
                "targets": [
                    {"metric": "乡镇区域养老服务中心", "value": 4, "unit": "个"},
                    {"metric": "护理型床位", "value": 200, "unit": "张"},
                ],
            },
            {
                # `控制在5.5%以内` is a ceiling; the value is 5.5.
                "title_contains": "城镇新增就业4500人",
                "owner": "县人社局",
                "co_owners": ["县就业服务中心"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "城镇新增就业", "value": 4500, "unit": "人"},
                    {"metric": "城镇调查失业率", "value": 5.5, "unit": "%"},
                ],
            },
            {
                # Already 已办结: still a pledge of the plan. `白改黑` is a name.
                "title_contains": "提质改造5.2公里",
                "owner": "县住建局",
                "co_owners": ["县城管局", "县公安局交警大队"],
                "deadline": "2034-03-31",
                "targets": [{"metric": "主次干道提质改造", "value": 5.2, "unit": "公里"}],
            },
            {
                "title_contains": "新增5G基站150个",
                "owner": "县工信局",
                "co_owners": ["中国电信云溪分公司", "中国移动云溪分公司"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "5G基站", "value": 150, "unit": "个"},
                    {"metric": "千兆光网通达率", "value": 100, "unit": "%"},
                ],
            },
            {
                # `PM2.5`: 2.5 is part of the name, not a target.
                "title_contains": "县城空气质量优良天数比例达到92%以上",
                "owner": "市生态环境局云溪分局",
                "co_owners": ["县住建局", "县交通运输局", "县城管局"],
                "deadline": "2034-12-31",
                "targets": [
                    {"metric": "优良天数比例", "value": 92, "unit": "%"},
                    {"metric": "PM2.5平均浓度", "value": 30, "unit": "微克/立方米"},
                ],
            },
            {
                # AMBIGUOUS: 完成时限
                # `2034年6月30日前<br/>（已申请延期至9月30日，待县政府审定）`. The extension is
                # only requested, not approved, and SPEC keeps the original deadline: recorded
                # 06-30, not 09-30.
                "title_contains": "上半年建成县城东互通连接线3.8公里",
                "owner": "县城投集团",
                "co_owners": ["县自然资源局", "城关镇"],
                "deadline": "2034-06-30",
                "targets": [{"metric": "县城东互通连接线", "value": 3.8, "unit": "公里"}],
            },
            {
                # No target: `一件事一次办` is a name; `全覆盖` has no number (not read as
                # 100%).
                "title_contains": "上半年实现高频事项全覆盖",
                "owner": "县行政审批服务局",
                "co_owners": ["县直各有关单位"],
                "deadline": "2034-06-30",
                "targets": [],
            },
            {
                "title_contains": "4月底前完成人工造林1.2万亩",
                "owner": "县林业局",
                "co_owners": ["各乡镇"],
                "deadline": "2034-04-30",
                "targets": [
                    {"metric": "人工造林", "value": 1.2, "unit": "万亩"},
                    {"metric": "封山育林", "value": 3, "unit": "万亩"},
                    {"metric": "森林覆盖率", "value": 68, "unit": "%"},
                ],
            },
        ],
    },
}
