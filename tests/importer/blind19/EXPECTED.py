"""Expected import results for the blind19 documents (see README.md for conventions).

Written before the importer ran on these documents, from SPEC.md §2–3 and the
department catalog only (the importer's code and tests were not read).
- year 2038 for every document; owner = the lead unit exactly as written (never
  the 分管领导 / 包抓领导 / a 镇长); co_owners in the order written, split on `、`;
- deadline = last day of the stated period; none / 全年 / 年底前 / 长期坚持 → 12-31;
  汛期前 → 05-31; 秋季开学前 → 08-31; 三季度末 → 09-30; 上半年 → 06-30;
  `11月上旬` → 11-10; `10月中旬` → 10-20; `11月下旬` → 11-30; 冬季 → 12-31;
  端午节前 → 06-06 (端午 2038 falls on 06-07); an Excel date cell → that date;
- a time inside one clause of a pledge times that step only (a milestone), the
  deadline stays the year end; a closing sentence that is only a time and its
  completion is the pledge's deadline;
- target value = the number as stated in the stated unit; 以上 / 不少于 / 以内 /
  控制在 / 左右 only qualify it; a band (`8%—10%`) gives its floor and its ceiling;
  metric is a loose label.
"""

BAOGAO = "鹭坪镇2038年政府工作报告（节选）.pdf"
DUBAN = "岚塘镇2038年重点工作督查督办任务分解表.xlsx"
XIANGMU = "芦湾镇2038年重点项目建设计划.docx"
YAODIAN = "澜岸街道2038年工作要点_潆江区人民政府网.html"


def _p(title, owner, co, deadline, targets):
    return {
        "title_contains": title,
        "owner": owner,
        "co_owners": co,
        "deadline": deadline,
        "targets": [{"metric": m, "value": v, "unit": u} for m, v, u in targets],
    }


EXPECTED = {
    BAOGAO: {
        "year": 2038,
        # 镇政府工作报告 excerpt, PDF text layer, 2 pages with a running head and a
        # `— 1 —` footer. Only `二、2038年工作安排` plans: the review's numbers (38.6亿元,
        # 4860万元, 14个, 1.2万亩, 1320人, 420户) are achievements; the 总体要求 is framing
        # without numbers (no goals pledge, no section 0). Four sections `（一）`…`（四）`,
        # each one paragraph of `一是…。二是…。三是…。` whose bold lead phrase
        # (`一是突出招商引资。`) is the item's heading, not a pledge; the sentence after it
        # is the pledge. A following sentence that only names who does it and when
        # (`经发办负责，财政所配合。`) is read as an owner bracket, no pledge. The closing
        # `各位代表！…而努力奋斗！` belongs to no section.
        "pledges": [
            # `亿元以上` is the threshold of the 4 projects: no target of its own.
            _p(
                "全年新引进项目16个",
                "经发办",
                ["便民服务中心", "自然资源所"],
                "2038-12-31",
                [("新引进项目", 16, "个"), ("亿元以上项目", 4, "个"), ("实际到位资金", 12, "亿元")],
            ),
            # `9月底前` times one clause (the 二期 配套): a milestone; deadline the year end.
            _p(
                "新建标准厂房4.5万平方米",
                "经发办",
                ["财政所"],
                "2038-12-31",
                [("标准厂房", 4.5, "万平方米"), ("规上工业企业", 5, "家")],
            ),
            # The owner sentence carries the time: `10月中旬前` → 10-20.
            _p(
                "建成镇级电商直播基地1个",
                "经发办",
                ["各村（社区）"],
                "2038-10-20",
                [
                    ("电商直播基地", 1, "个"),
                    ("村级电商服务站", 12, "个"),
                    ("网络零售额增长", 15, "%"),
                ],
            ),
            # `两千亩` → 2000 亩; `每亩80元` is a subsidy's standard: no target.
            _p(
                "新建高标准农田两千亩",
                "农业办",
                ["财政所", "自然资源所"],
                "2038-12-31",
                [("粮食播种面积", 6.8, "万亩"), ("高标准农田", 2000, "亩")],
            ),
            # The page break (footer `— 1 —` + running head) falls inside `稻渔综|合种养`;
            # `“一村一品”` is a name; the closing sentence `三季度末前全部完成。` → 09-30.
            _p(
                "培育市级以上农业龙头企业2家",
                "农业办",
                ["经发办"],
                "2038-09-30",
                [("稻渔综合种养面积", 1500, "亩"), ("农业龙头企业", 2, "家")],
            ),
            # `（2037年为52%）` is last year's figure: no target.
            _p(
                "完成农村户厕改造380户",
                "生态环境办",
                ["农业办", "各村"],
                "2038-12-31",
                [
                    ("农村户厕改造", 380, "户"),
                    ("污水管网", 11.5, "公里"),
                    ("生活污水治理率", 65, "%"),
                ],
            ),
            # `汛期前` times the whole pledge → 05-31.
            _p(
                "鹭溪河堤加固2.6公里",
                "水利站",
                ["应急办"],
                "2038-05-31",
                [("河堤加固", 2.6, "公里"), ("病险山塘整治", 9, "座")],
            ),
            # `端午节前` times one clause (the bridge): milestone 06-06 (端午 2038-06-07).
            _p(
                "新改建农村公路18公里",
                "村镇建设办",
                ["财政所", "自然资源所"],
                "2038-12-31",
                [("农村公路", 18, "公里"), ("危桥改造", 3, "座")],
            ),
            _p(
                "改造集镇老旧小区3个",
                "村镇建设办",
                ["城管中队"],
                "2038-12-31",
                [
                    ("老旧小区改造", 3, "个"),
                    ("惠及居民", 640, "户"),
                    ("公共停车位", 260, "个"),
                    ("太阳能路灯", 150, "盏"),
                ],
            ),
            # `两轮` → 2 轮; `动态清零` is a value in words: no target.
            _p(
                "城镇新增就业1400人",
                "社事办",
                ["劳动保障所"],
                "2038-12-31",
                [("城镇新增就业", 1400, "人"), ("职业技能培训", 2, "轮"), ("培训", 800, "人次")],
            ),
            # `80周岁以上` a condition, `每人每月100元` a standard: no targets;
            # `11月上旬前` → 11-10.
            _p(
                "新建村级幸福食堂6个",
                "社事办",
                ["财政所", "各村"],
                "2038-11-10",
                [("村级幸福食堂", 6, "个"), ("临时救助金", 120, "万元")],
            ),
            # `24小时` is a time alone: no target; `控制在0起` is a cap of naught (`<=`).
            _p(
                "全年排查企业260家次",
                "应急办",
                ["派出所", "消防救援站"],
                "2038-12-31",
                [("排查企业", 260, "家次"), ("较大及以上生产安全事故", 0, "起")],
            ),
        ],
    },
    DUBAN: {
        "year": 2038,
        # Sheet `汇总` is a table of counts per unit (no task table: no pledges; its
        # `任务数` counts a cell of two tasks as one). One sheet per 牵头单位, named after
        # it; the line above the header `牵头单位：经发办　　分管领导：…` gives each row its
        # owner (the 分管领导 is an official, never the owner). Columns in this order:
        # `序号 | 完成时限 | 重点任务 | 配合单位 | 督办方式 | 备注`; 完成时限 holds Excel dates
        # (shown `2038年12月20日`, `2038/5/31`, `2038-12-31`, `6月30日`: the value is a date
        # of 2038 whatever the format) or words (`长期坚持`, `汛期前`). A cell holding
        # `1.…` over `2.…` is two pledges, each with the row's 配合单位 and 时限
        # (AMBIGUOUS, see README). `本表共N项任务` and the 填报人 line close each table.
        "pledges": [
            # `亿元以上` is the projects' threshold: 5 个 is the count.
            _p(
                "新签约亿元以上项目5个",
                "经发办",
                ["自然资源所", "便民服务中心"],
                "2038-12-20",
                [("新签约项目", 5, "个"), ("固定资产投资", 8.2, "亿元")],
            ),
            # Two tasks in one cell (`1.` / `2.` on two lines): two pledges.
            _p(
                "岚塘工业集中区新建标准厂房3栋",
                "经发办",
                ["自然资源所"],
                "2038-09-30",
                [("标准厂房", 3, "栋")],
            ),
            _p(
                "盘活闲置工业用地120亩",
                "经发办",
                ["自然资源所"],
                "2038-09-30",
                [("闲置工业用地", 120, "亩")],
            ),
            # A band of rates: floor 8 % (>=) and ceiling 10 % (<=).
            _p(
                "培育规上工业企业4家",
                "经发办",
                ["统计站"],
                "2038-10-31",
                [
                    ("规上工业企业", 4, "家"),
                    ("规上工业产值增长", 8, "%"),
                    ("规上工业产值增长", 10, "%"),
                ],
            ),
            # `“一件事一次办”` is a name; `长期坚持` → 12-31; the 备注 `牵头单位调整，原为党政办`
            # changes no owner.
            _p(
                "涉企政务服务事项网上可办率达到98%",
                "经发办",
                ["便民服务中心"],
                "2038-12-31",
                [("网上可办率", 98, "%")],
            ),
            # One task wrapped over two lines of its cell (the second opens `其中`): one pledge.
            _p(
                "完成春季造林绿化800亩",
                "农业办",
                ["林业站", "各村"],
                "2038-05-31",
                [("造林绿化", 800, "亩"), ("生态景观林", 200, "亩")],
            ),
            _p(
                "新建高标准农田3500亩",
                "农业办",
                ["财政所", "自然资源所"],
                "2038-11-10",
                [("高标准农田", 3500, "亩"), ("粮食播种面积", 5.2, "万亩")],
            ),
            # `收入50万元以上的村` is a condition's threshold: the target is 3 个.
            _p(
                "新增村集体经济收入50万元以上的村3个",
                "农业办",
                ["经发办"],
                "2038-08-31",
                [("集体经济收入50万元以上的村", 3, "个")],
            ),
            _p(
                "发展稻虾共作2000亩", "农业办", ["经发办"], "2038-08-31", [("稻虾共作", 2000, "亩")]
            ),
            # 完成时限 in words: `汛期前` → 05-31.
            _p(
                "完成农村户厕问题整改160户",
                "农业办",
                ["各村"],
                "2038-05-31",
                [("农村户厕问题整改", 160, "户")],
            ),
            _p(
                "城镇新增就业900人",
                "社事办",
                ["劳动保障所", "镇卫生院"],
                "2038-12-31",
                [("城镇新增就业", 900, "人"), ("城乡居民医保参保率", 96, "%")],
            ),
            # `每人每月300元` is a subsidy's standard: no target.
            _p(
                "建成区域性养老服务中心1个",
                "社事办",
                ["财政所"],
                "2038-09-30",
                [("区域性养老服务中心", 1, "个"), ("护理型床位", 60, "张")],
            ),
            _p(
                "完成岚塘中心幼儿园扩建",
                "社事办",
                ["中心学校"],
                "2038-08-31",
                [("新增学位", 180, "个")],
            ),
            # The date cell is shown `6月30日` (format m月d日); its value is 2038-06-30.
            _p(
                "开展矛盾纠纷大排查大化解行动",
                "平安办",
                ["司法所", "派出所"],
                "2038-06-30",
                [("矛盾纠纷化解率", 95, "%")],
            ),
            _p(
                "完成专职网格员培训2轮",
                "平安办",
                ["司法所", "派出所"],
                "2038-06-30",
                [("专职网格员培训", 2, "轮")],
            ),
            _p(
                "信访事项按期办结率达到100%",
                "平安办",
                ["各村（社区）"],
                "2038-12-31",
                [("信访事项按期办结率", 100, "%"), ("重复信访化解率", 90, "%")],
            ),
            # `“雪亮工程”` is a name.
            _p(
                "建成“雪亮工程”视频监控点位320个",
                "平安办",
                ["派出所"],
                "2038-11-30",
                [("视频监控点位", 320, "个")],
            ),
        ],
    },
    XIANGMU: {
        "year": 2038,
        # 镇政府 通知 + one landscape table `序号 | 项目名称 | 建设内容及规模 | 建设年限 | 总投资 |
        # 2038年度计划投资 | 形象进度目标 | 责任单位 | 包抓领导`, money in 万元 from the line
        # `单位：万元` above the table (the headers carry no unit). Each project is a pledge,
        # its 项目名称 the title. Group rows merged across (`一、产业项目（4个）`) head
        # sections; `合计（12个）` closes the table (no pledge). Targets: the year's planned
        # investment (`2038年度计划投资`) and the numbers of `形象进度目标` (AMBIGUOUS: read
        # as the year's goal column); the whole project's scale (`建设内容及规模`), its
        # total (`总投资`) and `建设年限` (`2037—2039`) give none. 责任单位 lists the lead
        # first (the 注 says so), the others co-own; 包抓领导 is an official, never owner.
        "pledges": [
            # `年产30万套` names the project (capacity): no target. `6月底前…封顶` is a
            # step: milestone 06-30; the year end times `2条生产线投产`.
            _p(
                "智能家居配件生产线项目",
                "经发办",
                ["芦湾智家科技有限公司"],
                "2038-12-31",
                [("2038年度计划投资", 12000, "万元"), ("生产线投产", 2, "条")],
            ),
            # The goal cell's closing sentence `9月底前投入使用。` → 09-30.
            _p(
                "芦湾现代农业产业园（二期）",
                "农业办",
                ["经发办"],
                "2038-09-30",
                [
                    ("2038年度计划投资", 9600, "万元"),
                    ("连栋温室大棚", 80, "亩"),
                    ("冷链仓储库", 5000, "立方米"),
                ],
            ),
            # 12兆瓦 is the whole project's scale (no target); the year's goal is 6 兆瓦.
            _p(
                "屋顶分布式光伏项目",
                "经发办",
                ["县供电公司芦湾供电所"],
                "2038-12-31",
                [("2038年度计划投资", 2400, "万元"), ("装机", 6, "兆瓦")],
            ),
            # `10月中旬前竣工验收` → 10-20; 1.8万平方米 is scale only.
            _p(
                "芦湾物流园冷链分拨中心",
                "经发办",
                ["自然资源所"],
                "2038-10-20",
                [("2038年度计划投资", 6500, "万元")],
            ),
            # Interim share after the whole: 8 公里 by `汛期前` (milestone 05-31) is a target
            # beside 21 公里; the deadline stays the year end.
            _p(
                "芦湾镇区雨污分流改造工程",
                "村镇建设办",
                ["生态环境办"],
                "2038-12-31",
                [
                    ("2038年度计划投资", 5200, "万元"),
                    ("雨污管网", 21, "公里"),
                    ("提升泵站", 2, "座"),
                    ("主干管网", 8, "公里"),
                ],
            ),
            # `S318` is a road's code and `二级公路` a grade: no targets; `三季度末前` times
            # the bridge step only (milestone 09-30).
            _p(
                "S318芦湾段改线工程",
                "村镇建设办",
                ["县交通运输局"],
                "2038-12-31",
                [("2038年度计划投资", 8000, "万元"), ("路基工程", 3.1, "公里")],
            ),
            # A capacity a day: 1 万吨/日; `11月上旬前通水运行。` → 11-10.
            _p(
                "芦湾水厂扩建工程",
                "水利站",
                ["芦湾供水有限公司"],
                "2038-11-10",
                [("2038年度计划投资", 3600, "万元"), ("新增供水能力", 1, "万吨/日")],
            ),
            _p(
                "农村公路提档升级工程",
                "村镇建设办",
                [],
                "2038-12-31",
                [
                    ("2038年度计划投资", 2900, "万元"),
                    ("提档升级农村公路", 32, "公里"),
                    ("错车道", 60, "处"),
                ],
            ),
            # The goal states no number: only the year's investment.
            _p(
                "芦湾镇中心卫生院医技综合楼",
                "社事办",
                ["镇卫生院"],
                "2038-12-31",
                [("2038年度计划投资", 2600, "万元")],
            ),
            # `秋季开学前建成招生。` → 08-31.
            _p(
                "芦湾中心幼儿园新建工程",
                "社事办",
                ["中心学校"],
                "2038-08-31",
                [("2038年度计划投资", 2400, "万元"), ("新增学位", 360, "个")],
            ),
            # `端午节前投入运营。` → 06-06 (端午 2038-06-07).
            _p(
                "芦湾镇区域养老服务中心",
                "社事办",
                ["财政所"],
                "2038-06-06",
                [("2038年度计划投资", 1500, "万元"), ("养老床位", 80, "张")],
            ),
            # `占地46亩` is scale only.
            _p(
                "芦湾文体公园",
                "文化站",
                ["自然资源所"],
                "2038-12-31",
                [
                    ("2038年度计划投资", 1800, "万元"),
                    ("灯光球场", 4, "片"),
                    ("健身步道", 2.5, "公里"),
                ],
            ),
        ],
    },
    YAODIAN: {
        "year": 2038,
        # A district government's web page saved as `.html`: top bar, menu, breadcrumb,
        # `发布时间…字号：【大 中 小】`, then the article: an intro (framing, no numbers),
        # four headings `【一】聚焦…` (bold) each over `①②③` items that restart in every
        # part, a closing paragraph telling units to report `每季度末` (no pledge), the
        # signature and date. After the article: a 附件 list of links, `分享到`,
        # `【打印本页】【关闭窗口】`, 相关链接, footer with a phone: none of it is read.
        # Each ① item is one sentence closing with an owner bracket
        # `（牵头：…，配合：…，时限：…）`: a role alone before a colon is a label.
        "pledges": [
            _p(
                "新引进注册企业150家",
                "经发科",
                ["便民服务中心"],
                "2038-12-31",
                [("新引进注册企业", 150, "家"), ("总部型企业", 3, "家"), ("楼宇税收", 1.5, "亿元")],
            ),
            # `“澜岸科创谷”` is a name; `三季度末` → 09-30.
            _p(
                "盘活闲置楼宇2栋",
                "经发科",
                ["财政所"],
                "2038-09-30",
                [("闲置楼宇", 2, "栋"), ("商务空间", 3.6, "万平方米"), ("孵化载体", 1, "个")],
            ),
            # `“四上”` is a name; `9%左右` is approximate (`=`); `11月下旬` → 11-30.
            _p(
                "新增“四上”企业12家",
                "经发科",
                ["统计站"],
                "2038-11-30",
                [("四上企业", 12, "家"), ("限上商贸企业零售额增长", 9, "%")],
            ),
            _p(
                "完成老旧小区改造6个",
                "城建科",
                ["各社区", "区住建局"],
                "2038-10-31",
                [("老旧小区改造", 6, "个"), ("惠及居民", 2100, "户"), ("加装电梯", 15, "部")],
            ),
            _p(
                "新增公共停车泊位500个",
                "城管科",
                ["交警中队"],
                "2038-12-31",
                [("公共停车泊位", 500, "个"), ("微循环道路", 4, "条")],
            ),
            # No 时限 in the bracket: `汛期前` in the text → 05-31.
            _p(
                "完成易涝点改造5处",
                "应急办",
                ["城管科", "各社区"],
                "2038-05-31",
                [("易涝点改造", 5, "处"), ("雨污管网清疏", 30, "公里")],
            ),
            # `每人每年600元标准` is a standard: no target.
            _p(
                "新建社区嵌入式养老服务站3个",
                "社事科",
                ["财政所", "各社区"],
                "2038-09-30",
                [("嵌入式养老服务站", 3, "个"), ("老年助餐点", 8, "个")],
            ),
            _p(
                "城镇新增就业2000人",
                "社事科",
                ["劳动保障所"],
                "2038-12-31",
                [("城镇新增就业", 2000, "人"), ("就业困难人员再就业", 150, "人")],
            ),
            # `“百场文化进社区”` is a name; `时限：冬季` → 12-31 (SPEC: the plan year's end).
            _p("惠民演出120场", "文化站", ["各社区"], "2038-12-31", [("惠民演出", 120, "场")]),
            _p(
                "矛盾纠纷调处成功率达到98%",
                "综治中心",
                ["司法所", "派出所"],
                "2038-12-31",
                [("矛盾纠纷调处成功率", 98, "%"), ("信访事项及时受理率", 100, "%")],
            ),
            # `“一网统管”` is a name; `上半年` → 06-30.
            _p(
                "配齐专职网格员120名",
                "综治中心",
                ["党政办"],
                "2038-06-30",
                [("专职网格员", 120, "名"), ("网格事件办结率", 95, "%")],
            ),
            # `2038年11月上旬` → 11-10.
            _p(
                "安装燃气泄漏报警器1200个",
                "应急办",
                ["市场监管所", "各社区"],
                "2038-11-10",
                [("排查经营场所", 680, "家"), ("燃气泄漏报警器", 1200, "个")],
            ),
        ],
    },
}
