"""Expected import results for the blind23 documents (see README.md for conventions).

Written before the importer ran on these documents, from SPEC.md §2–3 and the
department catalog only (the importer's code and tests were not read).
- year 2042 for every document; owner = the lead unit exactly as written (catalog
  names, aliases and units outside the catalog alike; never the 分管领导, 责任人,
  责任县领导 or 县长); co_owners in the order written, split on `、` or `，`;
  a cell or bracket `X（牵头）、Y` and `X、Y牵头` make X the owner, the others co-owners;
- deadline = last day of the stated period; none / 全年 / 年底前 / 12月底前 / 四季度 /
  长期坚持 / 持续推进 / `2042年12月` → 12-31; 汛期前 → 05-31; 秋季开学前 → 08-31;
  三季度 / 第三季度 / `2042Q3` → 09-30; 第二季度 → 06-30; `11月中旬` → 11-20;
  `11月底前` / `2042/11/30` → 11-30; `2042年10月` / `10月底前` → 10-31; a date
  (`2042-10-15`, `9月30日前`, `12月20日前`, `8月31日前`, `2042-12-31 00:00:00`) → that
  date; 春节前 in a report given 2042-01-06 → the eve of 春节 2042 (01-22) → 01-21; a
  recurring time (`每季度末`) as the completion time → 12-31;
- a table without a 完成时限 column takes its deadline from its last time node (a row of
  the 时间节点 column, or the last quarter column that holds work; `—` is no node);
- a closing clause that only completes the pledge (`11月中旬前全部完工`,
  `秋季开学前投入使用`, `8月31日前投入运营`) gives its deadline; a time opening the
  sentence's work (`汛期前完成…`) times the whole;
- target value = the number as stated in the stated unit; 以上 / 不少于 / 左右 / 以内 only
  qualify it (comparators are not recorded); metric is a loose label; counts a time node
  or a quarter cell states again in the pledge's own measure are milestones, no targets;
  序号, 任务编号, dates, phone numbers, 完成进度, ordinals (第十九届), phases (二期, 三期),
  names with numbers (`“15分钟医保服务圈”`, `“四好农村路”`, `“两网融合”`, `PM2.5`),
  thresholds and conditions (`亿元以上项目`, `50万元以上的村`, `60周岁以上`) and a
  subsidy's standard (`每人每月100元`) are never targets.
"""

JIEDIAN = "岑口镇2042年重点工作任务分解及时间节点表.docx"
TAIZHANG = "枫垭镇2042年重点工作任务台账_督查督办系统导出.csv"
WEIXIN = "棠湄发布_2042年县政府工作报告重点任务责任分工来了（公众号文章）.html"
JIDU = "荇桥街道2042年重点工作季度推进表.xlsx"


def _p(title, owner, co, deadline, targets):
    return {
        "title_contains": title,
        "owner": owner,
        "co_owners": co,
        "deadline": deadline,
        "targets": [{"metric": m, "value": v, "unit": u} for m, v, u in targets],
    }


EXPECTED = {
    JIEDIAN: {
        "year": 2042,
        # 镇 任务分解及时间节点表 in Word (landscape): `序号 | 重点任务 | 年度目标 | 时间节点 |
        # 节点要求 | 牵头单位 | 配合单位 | 分管领导`. Each task spans 2–3 rows, one per time
        # node: 序号, 重点任务, 年度目标 and 配合单位 merged down over its node rows; 牵头单位
        # merged down over a unit's run of tasks (经发办 over tasks 1–3, 农业农村办 over 4–5,
        # 村镇建设办 over 6–7, 社会事务办 over 11–12); 分管领导 merged down over a whole group.
        # Group rows `一、产业发展` merged across head sections. No 完成时限 column: the last
        # node is the deadline, the earlier nodes milestones. One pledge per task: the
        # 重点任务 its title, the 年度目标 its text.
        "pledges": [
            # Nodes 3月底前 / 6月30日前 (milestones: `签约项目1个`, `累计签约2个，开工1个` are
            # counts in the pledge's own 个: stages, no targets) / 11月底前 (deadline).
            # `亿元以上` a threshold; `其中…不少于2个` an interim share.
            _p(
                "全年引进亿元以上项目3个",
                "经发办",
                ["自然资源所", "财政所"],
                "2042-11-30",
                [("亿元以上项目", 3, "个"), ("制造业项目", 2, "个"), ("实际利用内资", 8.5, "亿元")],
            ),
            # 经发办 merged down; nodes 二季度 / 四季度 → 12-31; `5家企业…入库` a stage.
            _p(
                "新增规模以上工业企业5家",
                "经发办",
                ["财政所"],
                "2042-12-31",
                [("规模以上工业企业", 5, "家"), ("规上工业产值增长", 8, "%")],
            ),
            # `二期` is a phase; `“白改黑”` a name; nodes 4月底前, 汛期前 (05-31), 10月底前.
            _p(
                "建成岑口工业园二期标准厂房4.2万平方米",
                "经发办",
                ["村镇建设办", "自然资源所"],
                "2042-10-31",
                [("标准厂房", 4.2, "万平方米"), ("园区道路白改黑", 1.6, "公里")],
            ),
            # nodes 3月中旬 (03-20) / 9月底前.
            _p(
                "新建高标准农田3200亩",
                "农业农村办",
                ["水利站", "财政所"],
                "2042-09-30",
                [("高标准农田", 3200, "亩"), ("岑口茭白种植面积", 1.1, "万亩")],
            ),
            # `50万元以上的村…6个`: the count of villages meeting the condition is the
            # target, the threshold is not; `10万元以下的薄弱村` a condition (消除: words).
            # 农业农村办 merged down from task 4. Nodes 上半年 / 12月20日前.
            _p(
                "村级集体经济经营性收入50万元以上的村达到6个",
                "农业农村办",
                ["财政所", "各村"],
                "2042-12-20",
                [("集体经济经营性收入50万元以上的村", 6, "个")],
            ),
            # nodes 一季度 / 二季度 (`完成改造小区1个、小巷4条`: stages) / 三季度 → 09-30.
            _p(
                "改造集镇老旧小区3个",
                "村镇建设办",
                ["城管中队", "财政所"],
                "2042-09-30",
                [("老旧小区改造", 3, "个"), ("背街小巷改造", 8, "条"), ("停车泊位", 260, "个")],
            ),
            # `“四好农村路”` a name; nodes 5月20日前 / 11月中旬 → 11-20.
            _p(
                "提质改造22公里",
                "村镇建设办",
                ["财政所", "各村"],
                "2042-11-20",
                [("农村公路提质改造", 22, "公里"), ("错车道", 30, "处")],
            ),
            # nodes 汛期前 (05-31, a milestone) / 10月底前.
            _p(
                "加固圩堤2.4公里",
                "水利站",
                ["应急管理办", "各村"],
                "2042-10-31",
                [("圩堤加固", 2.4, "公里"), ("病险山塘整治", 6, "口"), ("排涝站", 1, "座")],
            ),
            # nodes 9月底前 (`8座公厕全部建成`: a stage) / 每季度末 (a recurring node, the
            # last row: it runs all year → 12-31; its 03-31…09-30 milestones).
            _p(
                "农村生活垃圾无害化处理率保持100%",
                "生态环境办",
                ["农业农村办", "各村"],
                "2042-12-31",
                [("农村生活垃圾无害化处理率", 100, "%"), ("农村公厕", 8, "座")],
            ),
            # Owner outside the catalog; nodes 3月底前 / 7月底前 / 秋季开学前 → 08-31.
            _p(
                "新建岑口镇中心幼儿园",
                "中心学校",
                ["村镇建设办", "财政所"],
                "2042-08-31",
                [("新增学位", 180, "个")],
            ),
            # `60周岁以上` a condition; `1.2万人次` → 1.2 万人次. Nodes 6月30日前 / 12月底前.
            _p(
                "新建村级互助养老点4个",
                "社会事务办",
                ["镇卫生院", "各村"],
                "2042-12-31",
                [("村级互助养老点", 4, "个"), ("居家上门服务", 1.2, "万人次")],
            ),
            # `“技能岑口”` a name; nodes 国庆前 (09-30, `完成培训6期` a stage) / 年底前.
            _p(
                "新增城镇就业360人",
                "社会事务办",
                ["经发办"],
                "2042-12-31",
                [("城镇就业", 360, "人"), ("技能培训", 6, "期"), ("培训人次", 600, "人次")],
            ),
        ],
    },
    TAIZHANG: {
        "year": 2042,
        # OA 督查督办系统 export, GBK, CRLF: four lines of system name / 台账名称 / 导出条件 /
        # 导出时间 + 导出人 and an empty line BEFORE the header; a blank-named column between
        # 任务编号 and 序号 and two blank columns at the end of every row; columns
        # `任务编号 | | 序号 | 任务类别 | 任务内容 | 牵头单位 | 责任人 | 联系电话 | 配合单位 |
        # 完成时限 | 督办状态 | 完成进度 | 备注`. 任务类别 is a category per row (not merged).
        # 责任人 (people) and 联系电话 are no owners nor targets; 督办状态/完成进度 are reports.
        # `合计：13条` and `注：…每月25日前…` close it.
        "pledges": [
            _p(
                "全年招引亿元以上项目4个",
                "经发办",
                ["自然资源所", "财政所"],
                "2042-12-31",
                [("亿元以上项目", 4, "个"), ("新开工项目", 3, "个"), ("固定资产投资", 15, "亿元")],
            ),
            # co-owners separated by a full-width comma; `2042/11/30`.
            _p(
                "新增市场主体700户",
                "便民服务中心",
                ["经发办", "市场监管所"],
                "2042-11-30",
                [("市场主体", 700, "户"), ("新增企业", 150, "户")],
            ),
            # `三期` a phase; `突破2亿元` → 2 亿元; `2042年10月` → 10-31.
            _p(
                "新引进电商企业20家",
                "经发办",
                ["便民服务中心"],
                "2042-10-31",
                [("电商企业", 20, "家"), ("农产品网络销售额", 2, "亿元")],
            ),
            # alias 农业办 as written; `6.8万亩以上` → 6.8 万亩; `2042Q3` → 09-30.
            _p(
                "新建高标准农田4500亩",
                "农业办",
                ["水利站", "自然资源所"],
                "2042-09-30",
                [("高标准农田", 4500, "亩"), ("粮食播种面积", 6.8, "万亩")],
            ),
            _p(
                "完成农村户厕改造620户",
                "农业农村办",
                ["生态办", "各村"],
                "2042-10-15",
                [("农村户厕改造", 620, "户"), ("省级和美乡村示范村", 2, "个")],
            ),
            # The cell holds a line break after `专项行动，`: one task. `“清四乱”` a name.
            _p(
                "整治河道问题点位35处",
                "生态环境办",
                ["水利站", "各村"],
                "2042-05-31",
                [("河道问题点位整治", 35, "处"), ("断面水质达标率", 100, "%")],
            ),
            # 完成时限 `持续推进` → 12-31 (the text's `春季` times one step: a milestone 05-31);
            # `全年不发生重大森林火灾` a naught target.
            _p(
                "春季完成新造林1800亩",
                "林业站",
                ["应急办", "各村"],
                "2042-12-31",
                [("新造林", 1800, "亩"), ("重大森林火灾", 0, "起")],
            ),
            _p(
                "新增城镇就业480人",
                "社事办",
                ["便民服务中心"],
                "2042-12-31",
                [("城镇就业", 480, "人"), ("城乡居民基本医疗保险参保率", 97, "%")],
            ),
            # `每人每月100元` a subsidy's standard, `80周岁以上` a condition: only 320 万元;
            # 完成时限 `每季度末` → 12-31 (milestones 03-31, 06-30, 09-30).
            _p(
                "全年发放各类救助资金320万元",
                "民政办",
                ["财政所"],
                "2042-12-31",
                [("救助资金", 320, "万元")],
            ),
            # Owner outside the catalog; the 备注 (`原牵头单位为经发办`) changes no owner.
            # `“15分钟便民生活圈”` a name.
            _p(
                "建设“15分钟便民生活圈”示范点2个",
                "市场监管所",
                ["经发办", "村镇建设办"],
                "2042-09-30",
                [("便民生活圈示范点", 2, "个"), ("农贸市场改造提升", 1, "个")],
            ),
            # alias 综治中心; 完成进度 `—`.
            _p(
                "矛盾纠纷调解成功率达到98%以上",
                "综治中心",
                ["司法所", "派出所"],
                "2042-12-31",
                [("矛盾纠纷调解成功率", 98, "%"), ("信访事项按期受理率", 100, "%")],
            ),
            # alias 安监办; `零发生` a naught target; co-owners split on `，`.
            _p(
                "检查经营场所不少于1200家次",
                "安监办",
                ["市场监管所", "派出所"],
                "2042-12-31",
                [("检查经营场所", 1200, "家次"), ("较大及以上生产安全事故", 0, "起")],
            ),
            # `“红色枫垭”` a name; `各村（社区）` one co-owner; `11月中旬` → 11-20.
            _p(
                "新建党群服务驿站5个",
                "党政办",
                ["各村（社区）"],
                "2042-11-20",
                [("党群服务驿站", 5, "个"), ("党员冬训轮训", 2, "轮")],
            ),
        ],
    },
    WEIXIN: {
        "year": 2042,
        # WeChat 公众号 article saved from the browser (mp.weixin page: `rich_media_title`,
        # account line, `js_content`, tags, 阅读原文/阅读/在看, QR box, 继续滑动看下一个).
        # Four parts, each a red round badge `01`…`04` (a number alone in its own
        # <section>) over a heading `<strong>稳住经济基本盘</strong>`; under each, paragraphs
        # WITHOUT numbers, each one pledge closing with a grey owner bracket
        # `（X牵头，Y、Z配合）` or followed by a grey paragraph `责任单位：X（牵头）、Y`.
        # County units, all outside the catalog. The report's date line `——2042年1月6日在…
        # 会议上` under `政府工作报告（摘编）` is its date of issue (春节前 → 01-21).
        "pledges": [
            _p(
                "全年招引5000万元以上产业项目30个",
                "县商务局",
                ["县发改局", "县自然资源局"],
                "2042-12-31",
                [
                    ("5000万元以上产业项目", 30, "个"),
                    ("亿元以上项目", 12, "个"),
                    ("实际到位内资", 120, "亿元"),
                ],
            ),
            _p(
                "新增规模以上工业企业40家",
                "县工信局",
                ["县统计局", "各乡镇"],
                "2042-12-31",
                [("规模以上工业企业", 40, "家"), ("规上工业增加值增长", 7.5, "%")],
            ),
            # 春节 2042 is 01-22 (lunar 1-1); the report was given 2042-01-06, before it:
            # 春节前 → 2042-01-21. `动态清零` is words: no target.
            _p(
                "春节前完成农民工工资拖欠问题专项清查",
                "县人社局",
                ["县住建局", "县交通运输局"],
                "2042-01-21",
                [],
            ),
            # `11月中旬前全部完工` completes the pledge → 11-20.
            _p(
                "实施城镇老旧小区改造28个",
                "县住建局",
                ["县财政局", "县城投公司"],
                "2042-11-20",
                [("城镇老旧小区改造", 28, "个"), ("加装电梯", 50, "台")],
            ),
            # owners in the next paragraph: `责任单位：县交通运输局（牵头）、县财政局、各乡镇`.
            _p(
                "新改建农村公路120公里",
                "县交通运输局",
                ["县财政局", "各乡镇"],
                "2042-12-31",
                [
                    ("农村公路新改建", 120, "公里"),
                    ("危桥改造", 15, "座"),
                    ("建制村通双车道比例", 45, "%"),
                ],
            ),
            # `汛期前` opens the sentence's work → 05-31; `（县城段）` names the stretch (no
            # owner); `二期` a phase.
            _p(
                "防洪堤二期加固4.6公里",
                "县水利局",
                ["县应急管理局", "相关乡镇"],
                "2042-05-31",
                [("防洪堤加固", 4.6, "公里"), ("病险水库整治", 9, "座")],
            ),
            # `PM2.5` is a name (2.5 no target); `控制在…以内` a cap. The owner is a city
            # bureau's county branch, as written.
            _p(
                "PM2.5年均浓度控制在33微克/立方米以内",
                "市生态环境局棠湄分局",
                ["县城管局", "县住建局"],
                "2042-12-31",
                [
                    ("城市生活垃圾无害化处理率", 100, "%"),
                    ("PM2.5年均浓度", 33, "微克/立方米"),
                    ("空气质量优良天数比率", 92, "%"),
                ],
            ),
            # `秋季开学前投入使用` → 08-31.
            _p(
                "新增学位1350个",
                "县教育局",
                ["县发改局", "县住建局"],
                "2042-08-31",
                [("公办幼儿园", 5, "所"), ("新增学位", 1350, "个")],
            ),
            # `X、Y牵头`: 县医保局 leads, 县卫健局 co-owns (before the 配合 unit).
            # `“15分钟医保服务圈”` a name; `65周岁以上` a condition.
            _p(
                "建成“15分钟医保服务圈”",
                "县医保局",
                ["县卫健局", "各乡镇"],
                "2042-12-31",
                [("老年人免费健康体检", 5.5, "万人次")],
            ),
            # Bracket with a lead only; `1.8万人` → 1.8 万人; `控制在5.5%以内` a cap.
            _p(
                "农村劳动力转移就业1.8万人",
                "县人社局",
                [],
                "2042-12-31",
                [
                    ("城镇就业", 5200, "人"),
                    ("农村劳动力转移就业", 1.8, "万人"),
                    ("城镇调查失业率", 5.5, "%"),
                ],
            ),
            # `二期` a phase; `8月31日前投入运营` completes the pledge.
            _p(
                "新增养老床位300张",
                "县民政局",
                ["县卫健局"],
                "2042-08-31",
                [("养老床位", 300, "张")],
            ),
            # `全年不发生重大及以上生产安全事故` a naught target, `控制在1起以内` a cap;
            # `责任县领导：蒋明川` is the official, never an owner.
            _p(
                "全年不发生重大及以上生产安全事故",
                "县应急管理局",
                ["县直有关部门", "各乡镇"],
                "2042-12-31",
                [("重大及以上生产安全事故", 0, "起"), ("较大事故起数", 1, "起")],
            ),
            # `“枫桥经验”` a name; `同比下降20%` → 20 %.
            _p(
                "矛盾纠纷化解率达到96%以上",
                "县委政法委",
                ["县信访局", "县公安局"],
                "2042-12-31",
                [("矛盾纠纷化解率", 96, "%"), ("重复信访同比下降", 20, "%")],
            ),
        ],
    },
    JIDU: {
        "year": 2042,
        # 街道 季度推进表, one sheet `季度推进表`, freeze panes `C4`: title row, a 填报单位 /
        # 填报日期 row, one header row `序号 | 工作任务 | 全年目标 | 第一季度 | 第二季度 |
        # 第三季度 | 第四季度 | 责任单位 | 分管领导 | 备注`, group rows `一、经济发展` merged
        # across (sections). The 工作任务 cell is a short name (the title), the 全年目标 cell
        # the pledge's text. Owners in ONE 责任单位 cell `X（牵头）、Y、Z`. No 完成时限 column:
        # the last quarter that holds work is the deadline (`—` = nothing that quarter);
        # quarter cells are milestones, their counts in the 全年目标's own measures stages.
        "pledges": [
            # Q2 `举办招商推介会2场`: a count in a measure the 全年目标 does not state → a
            # target (SPEC: a count in another measure in the schedule is a target).
            # `超千万元` a threshold.
            _p(
                "新增入驻企业50家",
                "经发办",
                ["便民服务中心"],
                "2042-12-31",
                [
                    ("新增入驻企业", 50, "家"),
                    ("税收超千万元楼宇", 4, "幢"),
                    ("招商推介会", 2, "场"),
                ],
            ),
            # `“荇桥春季消费节”` a name (春季 inside it is no time); per-quarter 家 are stages.
            _p(
                "社会消费品零售总额增长6%左右",
                "经发办",
                ["市场监管所"],
                "2042-12-31",
                [("社会消费品零售总额增长", 6, "%"), ("限上商贸企业", 8, "家")],
            ),
            # Q4 `—`: last node 第三季度 → 09-30; Q2 `完成60%` a share of the work (stage).
            # `压缩至1个工作日以内` a time under a cap → 1 个工作日.
            _p(
                "“一网通办”率达到98%",
                "便民服务中心",
                ["党政办"],
                "2042-09-30",
                [("一网通办率", 98, "%"), ("企业开办时间", 1, "个工作日")],
            ),
            # 备注 `区政府民生实事项目` is a note.
            _p(
                "完成老旧小区综合改造5个",
                "城建办",
                ["财政所", "各社区"],
                "2042-12-31",
                [("老旧小区综合改造", 5, "个"), ("加装电梯", 16, "台")],
            ),
            # Q1 and Q4 `—`: last node 第三季度 → 09-30.
            _p(
                "整治背街小巷12条",
                "城管中队",
                ["城建办"],
                "2042-09-30",
                [("背街小巷整治", 12, "条"), ("公共停车泊位", 400, "个")],
            ),
            # `“两网融合”` a name; Q4 `回收利用率达到40%` restates the goal (a stage).
            _p(
                "生活垃圾回收利用率达到40%以上",
                "城管中队",
                ["生态办", "各社区"],
                "2042-12-31",
                [("生活垃圾回收利用率", 40, "%"), ("回收站点", 15, "个")],
            ),
            # Q3 and Q4 `—`: last node 第二季度 → 06-30.
            _p(
                "改造易涝点8处",
                "应急办",
                ["城建办", "城管中队"],
                "2042-06-30",
                [("易涝点改造", 8, "处"), ("排水管网清疏", 26, "公里")],
            ),
            # `80周岁以上` a condition; `500套` → 500 套.
            _p(
                "新建社区养老服务驿站3个",
                "社事办",
                ["社区卫生服务中心", "各社区"],
                "2042-12-31",
                [("社区养老服务驿站", 3, "个"), ("智能烟感和呼叫设备", 500, "套")],
            ),
            _p(
                "新增普惠托位120个",
                "社事办",
                ["城建办"],
                "2042-12-31",
                [("普惠托位", 120, "个"), ("社区托育点", 2, "个")],
            ),
            # `零就业家庭动态清零` words; Q3 `—`, Q4 holds work → 12-31.
            _p(
                "新增城镇就业800人",
                "社事办",
                ["经发办"],
                "2042-12-31",
                [("城镇就业", 800, "人"), ("困难人员就业", 60, "人")],
            ),
            # Owner outside the catalog (the 备注 says it was changed from 社事办: the cell
            # `社区卫生服务中心（牵头）` names the lead); four identical quarter cells.
            _p(
                "家庭医生签约率达到50%以上",
                "社区卫生服务中心",
                ["社事办"],
                "2042-12-31",
                [("家庭医生签约率", 50, "%"), ("重点人群签约率", 85, "%")],
            ),
            # alias 综治中心; `“大排查”` a name; `信访积案动态清零` words.
            _p(
                "矛盾纠纷调处成功率98%以上",
                "综治中心",
                ["司法所", "派出所", "各社区"],
                "2042-12-31",
                [("矛盾纠纷调处成功率", 98, "%")],
            ),
            # `“九小场所”` a name; `零发生` a naught target; `检查500家次` per quarter stages.
            _p(
                "检查“九小场所”不少于1500家次",
                "应急办",
                ["城管中队", "派出所"],
                "2042-12-31",
                [("检查九小场所", 1500, "家次"), ("较大及以上安全事故", 0, "起")],
            ),
        ],
    },
}
