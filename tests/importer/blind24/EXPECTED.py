"""Expected import results for the blind24 documents (see README.md for conventions).

Written before the importer ran on these documents, from SPEC.md §2–3 and the
department catalog only (the importer's code and tests were not read).
- year 2043 for every document; owner = the lead unit exactly as written (catalog
  names, aliases and units outside the catalog alike; never the 包联领导 or 镇长);
  co_owners in the order written, split on `、` or `，`; `X、Y牵头，Z配合` makes X the
  owner and Y, Z co-owners;
- owner None: the pledge names no unit anywhere (a 政府工作报告's `三是…` without a
  bracket): SPEC gives it a unit by the catalog's keyword rules or its default
  department (`owner_source` "rule"/"default", a warning), so no owner is expected
  and co_owners is [];
- a `牵头单位：X；配合单位：Y` (or `责任单位：X`) line under a `（一）` heading owns every
  item under that heading that names no lead of its own; an item's own bracket
  `（牵头单位：…；配合单位：…）` replaces the line's lead and co-owners;
- deadline = last day of the stated period; none / 全年 / 年底前 / 12月底前 / 四季度 /
  下半年 → 12-31; 汛期前 → 05-31; 秋季开学前 → 08-31; 国庆前 → 09-30; 11月中旬 → 11-20;
  a date (`12月20日前`, `8月31日前`) → that date; a closing clause that completes the
  pledge (`11月底前全部完工`, `10月底前完成`, `8月31日前投入运营`, `二期工程11月底前竣工验收`)
  or a time that opens the sentence's work (`汛期前完成…`, `秋季开学前完成…`, `国庆前新建…`)
  times the whole; a dated middle clause between clauses with targets (`9月底前完成园区
  污水处理站建设`) is a milestone;
- the PDF table has no 完成时限 column: its last 时间节点 row is the deadline, the earlier
  ones milestones (`每季度末` before a `12月底前` row: milestones);
- target value = the number as stated in the stated unit; 以上 / 不少于 / 左右 / 以内 /
  突破 only qualify it (comparators are not recorded); metric is a loose label; counts a
  时间节点 row states again in the pledge's own measure are stages, no targets; the
  review of 2042 (`一、2042年工作回顾`, its own `一是…二是…`), dates, phone numbers,
  ordinals (`第五届`, `第九届`), phases (`二期`, `一期`), names with numbers (`“十八五”`,
  `“四好农村路”`, `“一件事一次办”`, `“百日攻坚”`, `PM2.5`), thresholds and conditions
  (`亿元以上项目`, `5000万元以上项目`, `20万元以上的村`, `60周岁以上`, `65周岁以上`,
  `80周岁以上`) and a subsidy's standard (`每人100元`) are never targets.
"""

BAOGAO = "岫川镇2043年政府工作报告.txt"
YAODIAN = "关于印发《蘅塘街道2043年工作要点》的通知.docx"
JIEDIAN = "杓溪乡2043年重点工作任务节点分解表（Excel导出）.pdf"
WANGYE = "汀埠镇2043年重点工作安排_汀埠县人民政府网（网页复制）.txt"


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
        "year": 2043,
        # 镇 政府工作报告 as a text file (UTF-8 with BOM, CRLF), dated `——2043年1月12日在…会议上`.
        # `一、2042年工作回顾` is a review: its numbers (38.6亿元, 新引进项目11个, 新建高标准
        # 农田2600亩 …), even in its own `一是产业发展稳中有进。…二是…` run, are achievements,
        # no pledges. `二、2043年工作安排`: a framing paragraph (总体要求, no numbers; `“十八五”`
        # a name), the 主要预期目标 paragraph (the goals pledge, section 0), `围绕上述目标…：`,
        # then `（一）`…`（四）` heading lines, each over ONE paragraph of `一是…；二是…；三是…`
        # items separated by `；`, one pledge each. Some items close with `（责任单位：X，
        # 配合单位：Y）` before their `；`, others name no unit (owner None). The closing
        # `各位代表！…` is no pledge.
        "pledges": [
            # Section 0: the planned numbers before the first （一）. `控制在5.5%以内` a cap.
            _p(
                "地区生产总值增长6%左右",
                None,
                [],
                "2043-12-31",
                [
                    ("地区生产总值增长", 6, "%"),
                    ("一般公共预算收入增长", 5, "%"),
                    ("农村居民人均可支配收入增长", 7, "%"),
                    ("城镇调查失业率", 5.5, "%"),
                ],
            ),
            # `亿元以上` a threshold; `突破9亿元` → 9 亿元.
            _p(
                "全年引进亿元以上项目4个",
                "经发办",
                ["自然资源所", "财政所"],
                "2043-12-31",
                [("亿元以上项目", 4, "个"), ("新签约项目", 15, "个"), ("实际利用内资", 9, "亿元")],
            ),
            # `9月底前建成…标准厂房3.2万平方米`: a dated time in the LAST clause times the
            # whole (SPEC: `新建服务站4个，9月底前完成卫生院门诊楼改造` → 09-30).
            # The review's `新增规上工业企业4家` is an achievement.
            _p(
                "新增规上工业企业5家",
                "经发办",
                [],
                "2043-09-30",
                [
                    ("规上工业企业", 5, "家"),
                    ("规上工业增加值增长", 8, "%"),
                    ("标准厂房", 3.2, "万平方米"),
                ],
            ),
            # No unit written (三是, no bracket): owner None. `1.2万亩以上` → 1.2 万亩.
            _p(
                "新建高标准农田3000亩",
                None,
                [],
                "2043-12-31",
                [("高标准农田", 3000, "亩"), ("岫川香芋种植面积", 1.2, "万亩")],
            ),
            # No unit written; `第五届` an ordinal; `突破60万人次` → 60 万人次.
            _p(
                "全年接待游客突破60万人次",
                None,
                [],
                "2043-12-31",
                [("接待游客", 60, "万人次")],
            ),
            # Owner outside the catalog; `11月底前全部完工` completes the pledge → 11-30.
            _p(
                "改造老旧小区3个，加装电梯10台",
                "村镇建设办",
                ["财政所", "城管中队"],
                "2043-11-30",
                [("老旧小区改造", 3, "个"), ("加装电梯", 10, "台"), ("公共停车泊位", 200, "个")],
            ),
            # Owner outside the catalog; `“四好农村路”` a name.
            _p(
                "新改建农村公路25公里",
                "交通办",
                [],
                "2043-12-31",
                [("农村公路新改建", 25, "公里"), ("错车道", 40, "处")],
            ),
            # `汛期前` opens the sentence's work (after the framing `守护绿水青山，`) → 05-31.
            # Alias 生态环境办 as written.
            _p(
                "汛期前完成岫川河堤加固3.5公里",
                "水利站",
                ["生态环境办"],
                "2043-05-31",
                [("河堤加固", 3.5, "公里"), ("病险山塘整治", 6, "口")],
            ),
            # Alias 社事办; the review's `新增城镇就业410人` is an achievement.
            _p(
                "新增城镇就业450人",
                "社事办",
                [],
                "2043-12-31",
                [("城镇就业", 450, "人"), ("职业技能培训", 12, "期"), ("培训人次", 600, "人次")],
            ),
            # `80周岁以上` a condition and `每人100元` a subsidy's standard: no targets.
            _p(
                "新建村级互助养老点4个",
                "社事办",
                ["镇卫生院", "各村"],
                "2043-12-31",
                [("村级互助养老点", 4, "个"), ("养老床位", 60, "张")],
            ),
            # No unit written; `秋季开学前完成…` opens the work → 08-31.
            _p(
                "秋季开学前完成镇中心幼儿园扩建",
                None,
                [],
                "2043-08-31",
                [("新增学位", 180, "个")],
            ),
            # No unit written; the paragraph's last item, no bracket after it.
            _p(
                "城乡居民医保参保率稳定在97%以上",
                None,
                [],
                "2043-12-31",
                [("城乡居民医保参保率", 97, "%"), ("家庭医生重点人群签约率", 85, "%")],
            ),
            # Alias 综治中心; `“枫桥经验”` a name.
            _p(
                "矛盾纠纷调解成功率达到98%以上",
                "综治中心",
                ["司法所", "派出所"],
                "2043-12-31",
                [("矛盾纠纷调解成功率", 98, "%")],
            ),
            # Alias 安监办; `“百日攻坚”` a name (百 no count); `全年不发生…` a naught target.
            _p(
                "检查企业和经营场所不少于800家次",
                "安监办",
                ["市场监管所"],
                "2043-12-31",
                [("检查企业和经营场所", 800, "家次"), ("较大及以上生产安全事故", 0, "起")],
            ),
            # No unit written; `国庆前` → 09-30 (opens the work).
            _p(
                "国庆前新建村级应急物资储备点12个",
                None,
                [],
                "2043-09-30",
                [("村级应急物资储备点", 12, "个")],
            ),
        ],
    },
    YAODIAN: {
        "year": 2043,
        # 街道 印发通知 (red head, `蘅工发〔2043〕3号`, 主送, one paragraph, signature, date) then
        # a page break and `蘅塘街道2043年工作要点` typed with nested numbers `一、` / `（一）` /
        # `1.` / `（1）` (plain text, no Word numbering); the 总体思路 paragraph has no numbers.
        # Responsibility is given ONCE per `（一）` heading, on the line under it
        # (`牵头单位：经发办；配合单位：自然资源所、财政所`, or `责任单位：社事办`), for all the
        # `1.` items under it; an item closing with its own `（牵头单位：…；配合单位：…）`
        # overrides it. `1.`-numbering restarts under each `（一）`. One `1.` item is only a
        # heading (`1.老旧小区改造。`) over `（1）`/`（2）` tasks: those are the pledges. The
        # closing `各社区、各部门要对照本要点…每季度末…` paragraph, 抄送 and 印发 lines are none.
        "pledges": [
            # Section line: 经发办 / 自然资源所、财政所.
            _p(
                "全年引进亿元以上项目3个，新签约项目12个",
                "经发办",
                ["自然资源所", "财政所"],
                "2043-12-31",
                [
                    ("亿元以上项目", 3, "个"),
                    ("新签约项目", 12, "个"),
                    ("固定资产投资", 6.5, "亿元"),
                ],
            ),
            # `二期` a phase; the closing clause `二期工程11月底前竣工验收` → 11-30.
            _p(
                "新增入驻企业25家，科技型中小企业达到40家",
                "经发办",
                ["自然资源所", "财政所"],
                "2043-11-30",
                [("新增入驻企业", 25, "家"), ("科技型中小企业", 40, "家")],
            ),
            # Override: the item's own bracket (lead and co-owner). `“一件事一次办”` a name;
            # `压缩至1个工作日以内` a time under a cap → 1 工作日.
            _p(
                "企业开办时间压缩至1个工作日以内",
                "便民服务中心",
                ["党政办"],
                "2043-12-31",
                [("企业开办时间", 1, "工作日"), ("政务服务事项网上可办率", 98, "%")],
            ),
            # Section line: 经发办 / 市场监管所.
            _p(
                "社会消费品零售总额增长6%以上",
                "经发办",
                ["市场监管所"],
                "2043-12-31",
                [("社会消费品零售总额增长", 6, "%"), ("限上商贸企业", 8, "家")],
            ),
            # `“蘅塘夜市”` a name; `9月底前全部完成` closes the item → 09-30.
            _p(
                "举办“蘅塘夜市”消费季活动4场",
                "经发办",
                ["市场监管所"],
                "2043-09-30",
                [("消费季活动", 4, "场"), ("农贸市场改造提升", 2, "个")],
            ),
            # Override with a lead only: 市场监管所 leads; the section's co-owner is that same
            # unit, so no co-owner is left (a unit is not its own co-owner).
            _p(
                "抽检食品样品不少于600批次",
                "市场监管所",
                [],
                "2043-12-31",
                [("抽检食品样品", 600, "批次")],
            ),
            # `1.老旧小区改造。` heads `（1）`/`（2）`: each a pledge under the section line
            # 城建办 / 财政所、各社区 (owner outside the catalog). `11月底前完工` closes it.
            _p(
                "完成桂花苑、龙井新村2个小区综合改造",
                "城建办",
                ["财政所", "各社区"],
                "2043-11-30",
                [("小区综合改造", 2, "个"), ("加装电梯", 12, "台")],
            ),
            # Two counts in 个 of different things: both stay.
            _p(
                "新增公共停车泊位300个，建成口袋公园3个",
                "城建办",
                ["财政所", "各社区"],
                "2043-12-31",
                [("公共停车泊位", 300, "个"), ("口袋公园", 3, "个")],
            ),
            # `2.背街小巷整治。` a lead phrase (the item's heading); override bracket.
            _p(
                "整治背街小巷8条",
                "城管中队",
                ["城建办"],
                "2043-12-31",
                [("背街小巷整治", 8, "条"), ("雨污管网改造", 4.2, "公里")],
            ),
            # Section line: 综治中心 / 派出所、司法所、各社区.
            _p(
                "矛盾纠纷化解率达到98%以上，信访事项按期办结率100%",
                "综治中心",
                ["派出所", "司法所", "各社区"],
                "2043-12-31",
                [("矛盾纠纷化解率", 98, "%"), ("信访事项按期办结率", 100, "%")],
            ),
            # Equal counts of different things (SPEC: `优化调整网格86个`, `配齐网格员86名`).
            _p(
                "优化调整网格86个",
                "综治中心",
                ["派出所", "司法所", "各社区"],
                "2043-12-31",
                [("网格", 86, "个"), ("专职网格员", 86, "名")],
            ),
            # Override: 应急办 / 市场监管所、各社区. `“九小场所”` a name; naught target.
            _p(
                "检查“九小场所”不少于1200家次",
                "应急办",
                ["市场监管所", "各社区"],
                "2043-12-31",
                [("检查九小场所", 1200, "家次"), ("重大及以上安全生产事故", 0, "起")],
            ),
            # Section line `责任单位：社事办` (a lead, no co-owner).
            _p(
                "新增城镇就业600人",
                "社事办",
                [],
                "2043-12-31",
                [("城镇就业", 600, "人"), ("困难人员就业", 50, "人")],
            ),
            # `8月31日前投入运营` closes the item → 08-31.
            _p(
                "新建社区嵌入式养老服务站2个",
                "社事办",
                [],
                "2043-08-31",
                [("社区嵌入式养老服务站", 2, "个"), ("普惠托位", 90, "个")],
            ),
            # Override: owner outside the catalog; `65周岁以上` a condition.
            _p(
                "家庭医生签约服务覆盖率达到45%",
                "社区卫生服务中心",
                ["社事办"],
                "2043-12-31",
                [("家庭医生签约服务覆盖率", 45, "%"), ("老年人免费健康体检", 4000, "人次")],
            ),
        ],
    },
    JIEDIAN: {
        "year": 2043,
        # 乡 任务节点分解表 printed from Excel to PDF (fpdf2 text layer, landscape A4, 2
        # pages, gridlines as ruled cells, footer `第 1 页，共 2 页`): title, a 填报单位 /
        # 填报日期 line, the header `序号 | 重点任务 | 目标任务 | 时间节点 | 节点任务 | 牵头单位 |
        # 配合单位 | 包联领导` repeated on page 2. Each task spans 2–4 rows, one per 时间节点;
        # its 序号, 重点任务, 目标任务, 牵头单位, 配合单位 and 包联领导 are merged cells printed
        # ONCE, vertically centred over its node rows (so on a text line of a middle node
        # row, not the first); cells wrap over several lines (`农村公路提` / `质`). Group rows
        # `一、产业发展` span the table (sections). NO 完成时限 column: the last node is the
        # deadline, the earlier nodes milestones; node counts in the task's own measure are
        # stages. Task 6 (`人居环境整治`) breaks over the page: nodes `3月底前`/`6月底前` on
        # page 1, `9月底前`/`12月底前` on page 2 under the repeated header in rows whose
        # task cells are blank — the same task's later nodes, no pledge of their own.
        # 包联领导 (吴振华, 宋立群, 谭　慧) are officials, never owners. The `注：` and
        # `填表人/审核人` lines close it.
        "pledges": [
            # nodes 3月底前 / 6月底前 (`800亩`, `1000亩`: stages) / 10月底前 (`2条生产线
            # 建成投产`: a stage) → 10-31.
            _p(
                "新建高标准生态茶园1500亩",
                "农业办",
                ["林业站", "各村"],
                "2043-10-31",
                [
                    ("高标准生态茶园", 1500, "亩"),
                    ("低产茶园改造", 2000, "亩"),
                    ("茶叶精深加工生产线", 2, "条"),
                ],
            ),
            # `5000万元以上` a threshold; `其中…不少于2个` an interim share; nodes 一季度 /
            # 三季度 (`签约项目1个`, `累计签约项目3个，开工2个`: stages) / 12月20日前.
            _p(
                "全年招引5000万元以上项目3个",
                "经发办",
                ["自然资源所", "财政所"],
                "2043-12-20",
                [
                    ("5000万元以上项目", 3, "个"),
                    ("工业项目", 2, "个"),
                    ("实际到位资金", 4.5, "亿元"),
                ],
            ),
            # `一期` a phase; nodes 5月底前 / 国庆前 / 11月底前.
            _p(
                "建成杓溪田园综合体一期",
                "经发办",
                ["文化站", "农业办"],
                "2043-11-30",
                [("民宿", 20, "家"), ("接待游客", 25, "万人次")],
            ),
            # Owner outside the catalog; `危桥改造3座` in a node a stage; nodes 4月底前 /
            # 8月底前 / 11月中旬 → 11-20.
            _p(
                "新改建农村公路16公里",
                "村镇建设办",
                ["财政所", "各村"],
                "2043-11-20",
                [("农村公路新改建", 16, "公里"), ("危桥改造", 3, "座"), ("错车道", 30, "处")],
            ),
            # nodes 汛期前 (05-31, `完成山塘除险加固8口` a stage) / 10月底前 / 12月底前.
            _p(
                "新建灌溉机埠2座",
                "水利站",
                ["应急办", "各村"],
                "2043-12-31",
                [("山塘除险加固", 8, "口"), ("灌溉机埠", 2, "座"), ("灌溉渠道改造", 12, "公里")],
            ),
            # Alias 生态办. Broken over the page: nodes 3月底前 / 6月底前 (`200户` a stage) on
            # page 1, 9月底前 (`6座公厕全部建成` a stage) / 12月底前 on page 2 → 12-31.
            _p(
                "完成农村户厕改造450户",
                "生态办",
                ["农业办", "各村"],
                "2043-12-31",
                [
                    ("农村户厕改造", 450, "户"),
                    ("农村公厕", 6, "座"),
                    ("农村生活垃圾分类覆盖率", 90, "%"),
                ],
            ),
            # nodes 二季度 / 三季度 / 四季度 → 12-31.
            _p(
                "实施集镇主街立面改造1.2公里",
                "村镇建设办",
                ["城管中队", "财政所"],
                "2043-12-31",
                [("主街立面改造", 1.2, "公里"), ("停车泊位", 150, "个"), ("路灯", 220, "盏")],
            ),
            # Owner outside the catalog; nodes 3月底前 / 7月底前 / 秋季开学前 → 08-31.
            _p(
                "完成杓溪中心小学教学楼改扩建",
                "中心学校",
                ["村镇建设办", "财政所"],
                "2043-08-31",
                [("新增学位", 270, "个")],
            ),
            # nodes 上半年 (`新增城镇就业150人，完成培训4期`: stages) / 下半年 → 12-31.
            _p(
                "新增城镇就业300人",
                "社事办",
                ["经发办"],
                "2043-12-31",
                [
                    ("城镇就业", 300, "人"),
                    ("技能培训", 8, "期"),
                    ("培训人次", 400, "人次"),
                    ("农村劳动力转移就业", 1200, "人"),
                ],
            ),
            # nodes 每季度末 (recurring: 03-31, 06-30, 09-30 milestones) / 12月底前 → 12-31.
            # `零发生` a naught target.
            _p(
                "全年开展安全检查不少于900家次",
                "应急办",
                ["市场监管所", "派出所"],
                "2043-12-31",
                [("安全检查", 900, "家次"), ("较大及以上生产安全事故", 0, "起")],
            ),
        ],
    },
    WANGYE: {
        "year": 2043,
        # 县政府网站 article copied as text (UTF-8, LF): site name, breadcrumb `首页 > 政务公开 >
        # …`, the title, `发布时间：2043-01-19 10:26　来源：…　浏览次数：1268`,
        # `字号：大 中 小　　打印本页　关闭窗口`; the article's text HARD-WRAPPED every 30
        # characters, mid-word,
        # mid-number (`1` / `5个`) and mid-bracket (`（` / `水利站牵头，…）`, `（经` / `发办牵头`);
        # paragraphs (indented `　　`) parted by blank lines; four short heading lines
        # (`做强实体经济`…) with no number and no punctuation, each over three unnumbered
        # paragraphs, each paragraph one sentence, one pledge, closing with
        # `（X牵头，Y、Z配合）`. The intro `…安排如下。`, the closing `以上重点工作…每月25日前…`
        # paragraph, `【打印本页】 【关闭窗口】`, `扫一扫…`, 相关链接 and the footer (主办, 地址,
        # 联系电话, 网站标识码) are no pledges.
        "pledges": [
            # `两大` no count; `亿元以上` a threshold.
            _p(
                "新增规上工业企业4家，实际利用内资7.2亿元",
                "经发办",
                ["自然资源所", "财政所"],
                "2043-12-31",
                [
                    ("亿元以上项目", 3, "个"),
                    ("规上工业企业", 4, "家"),
                    ("实际利用内资", 7.2, "亿元"),
                ],
            ),
            # `9月底前完成园区污水处理站建设` a middle clause after a target and before more:
            # a milestone (09-30), the deadline 12-31. `500吨/日` a capacity a day.
            _p(
                "新建标准厂房2.8万平方米",
                "经发办",
                ["生态办"],
                "2043-12-31",
                [("标准厂房", 2.8, "万平方米"), ("污水处理能力", 500, "吨/日")],
            ),
            _p(
                "新增市场主体800户",
                "便民服务中心",
                ["市场监管所"],
                "2043-12-31",
                [("市场主体", 800, "户"), ("企业开办全流程时间", 1, "工作日")],
            ),
            # `10月底前完成` closes the pledge → 10-31; `5.6万亩以上` → 5.6 万亩.
            _p(
                "新建高标准农田3500亩",
                "农业办",
                ["水利站", "自然资源所"],
                "2043-10-31",
                [("粮食播种面积", 5.6, "万亩"), ("高标准农田", 3500, "亩")],
            ),
            # `20万元以上的村达到15个`: the count is the target, the threshold not
            # (`1` / `5个` wrapped mid-number). Lead only.
            _p(
                "新增黄桃种植面积1200亩",
                "农业农村办",
                [],
                "2043-12-31",
                [
                    ("黄桃种植面积", 1200, "亩"),
                    ("冷链仓储中心", 1, "处"),
                    ("集体经济经营性收入20万元以上的村", 15, "个"),
                ],
            ),
            # `汛期前` opens the work → 05-31; the bracket wraps after `（`.
            _p(
                "汛期前完成汀埠溪堤防加固2.2公里",
                "水利站",
                ["应急办", "各村"],
                "2043-05-31",
                [("堤防加固", 2.2, "公里"), ("山塘清淤整治", 10, "口")],
            ),
            # `11月底前全部完工` closes the pledge → 11-30. Owner outside the catalog.
            _p(
                "实施集镇老旧小区改造4个",
                "村镇建设办",
                ["财政所"],
                "2043-11-30",
                [("老旧小区改造", 4, "个"), ("加装电梯", 8, "台")],
            ),
            # `X、Y牵头，Z配合`: 交通运输管理站 (outside the catalog) owns, 村镇建设办 and 各村
            # co-own. `“四好农村路”` a name (wrapped before its closing quote).
            _p(
                "新改建农村公路20公里",
                "交通运输管理站",
                ["村镇建设办", "各村"],
                "2043-12-31",
                [("农村公路新改建", 20, "公里"), ("打通断头路", 3, "条")],
            ),
            # `PM2.5` a name; `控制在…以内` a cap.
            _p(
                "农村生活垃圾无害化处理率保持100%",
                "生态办",
                ["城管中队", "各村"],
                "2043-12-31",
                [
                    ("农村生活垃圾无害化处理率", 100, "%"),
                    ("农村户厕改造", 500, "户"),
                    ("PM2.5年均浓度", 32, "微克/立方米"),
                ],
            ),
            # `“汀埠技工”` a name; equal counts 500 人 / 500 人次 of different things.
            _p(
                "新增城镇就业500人",
                "社事办",
                ["经发办"],
                "2043-12-31",
                [("城镇就业", 500, "人"), ("技能培训", 10, "期"), ("培训人次", 500, "人次")],
            ),
            # `60周岁以上` a condition; `8月31日前投入运营` closes the pledge → 08-31.
            # Alias 民政办 as written.
            _p(
                "新增护理型床位80张",
                "民政办",
                ["镇卫生院"],
                "2043-08-31",
                [("护理型床位", 80, "张"), ("智能手环", 300, "个")],
            ),
            # `全年不发生重大群体性事件` a naught target.
            _p(
                "矛盾纠纷化解率达到98%以上，全年不发生重大群体性事件",
                "综治中心",
                ["派出所", "司法所"],
                "2043-12-31",
                [("矛盾纠纷化解率", 98, "%"), ("重大群体性事件", 0, "起")],
            ),
        ],
    },
}
