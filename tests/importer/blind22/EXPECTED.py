"""Expected import results for the blind22 documents (see README.md for conventions).

Written before the importer ran on these documents, from SPEC.md §2–3 and the
department catalog only (the importer's code and tests were not read).
- year 2041 for every document; owner = the lead unit exactly as written (never
  the 分管领导 or an @-mentioned person); co_owners in the order written, split on
  `、` — in the 责任分工矩阵 the order of the unit columns, left to right;
- deadline = last day of the stated period; none / 全年 / 年底前 / 年底 / 长期坚持 /
  持续推进 → 12-31; 汛期前 → 05-31; 秋季开学前 → 08-31; 秋季 → 11-30; 三季度末 / 国庆前 /
  `Q3` → 09-30; 上半年 → 06-30; `11月中旬` → 11-20; `11月下旬` → 11-30; `2041.10` → 10-31;
  `2041年10月底` → 10-31; a date (cell or text: `2041-12-31`, `2041年8月31日`,
  `5月20日前`) → that date;
- a closing clause that only completes the pledge (`10月底前投入使用`, `汛期前全面完工`,
  `秋季开学前投入使用`) gives its deadline;
- target value = the number as stated in the stated unit; 以上 / 不少于 only qualify
  it; metric is a loose label; ★/○ marks, 序号, counts of tasks per unit, dates, phone
  numbers and progress notes are never targets.
"""

JUZHEN = "杉岭街道2041年重点工作责任分工表.xlsx"
YAODIAN = "蒲塘镇2041年工作要点.docx"
SHISHI = "泓川县2041年为民办实事项目责任分解表.pdf"
FEISHU = "椿桥街道2041年重点工作任务清单（飞书文档导出）.md"


def _p(title, owner, co, deadline, targets):
    return {
        "title_contains": title,
        "owner": owner,
        "co_owners": co,
        "deadline": deadline,
        "targets": [{"metric": m, "value": v, "unit": u} for m, v, u in targets],
    }


EXPECTED = {
    JUZHEN: {
        "year": 2041,
        # 责任分工 MATRIX: `序号 | 重点工作任务 | 完成时限 | 分管领导 | <13 unit columns>` under
        # an upper header `责任单位（★牵头　○配合）` merged across the unit columns; each task
        # row marks its lead with ★ and its helpers with ○ in the units' columns. Group rows
        # `一、经济发展（4项）` merged across; a `牵头任务数（项）` row of counts per unit, three
        # `说明` rows and a 联系人 row close it. One pledge per task row; the owner is the
        # column holding ★, the co-owners the ○ (and a second ★) columns, left to right.
        "pledges": [
            # `亿元以上` qualifies the projects (threshold): 3 个 the count.
            _p(
                "全年引进亿元以上产业项目3个",
                "经发办",
                ["财政所", "自然资源所"],
                "2041-12-31",
                [("亿元以上产业项目", 3, "个"), ("固定资产投资", 12, "亿元")],
            ),
            # 完成时限 is a date cell 2041-11-30 shown `11月30日前`; `“个转企”` is a name.
            _p(
                "新增规模以上工业企业4家",
                "经发办",
                ["市场监管所"],
                "2041-11-30",
                [("规模以上工业企业", 4, "家"), ("个转企", 30, "户")],
            ),
            # ★ in 自然资源所's column, ○ in 经发办's (left of it) and 财政所's.
            _p(
                "盘活闲置厂房和低效工业用地85亩",
                "自然资源所",
                ["经发办", "财政所"],
                "2041-09-30",
                [("盘活闲置厂房和低效工业用地", 85, "亩")],
            ),
            # Two ★ (经发办, 市场监管所): joint leads, the first (leftmost) is the owner
            # (the 说明 row says so); the other ★ and the ○ co-own it, in column order.
            _p(
                "培育夜间经济特色街区1条",
                "经发办",
                ["城管中队", "市场监管所"],
                "2041-09-30",
                [("夜间经济特色街区", 1, "条"), ("市场主体", 600, "户")],
            ),
            _p(
                "完成老旧小区综合改造6个",
                "城建办",
                ["财政所", "各社区"],
                "2041-10-31",
                [("老旧小区综合改造", 6, "个"), ("加装电梯", 12, "台")],
            ),
            # ○ 城建办 stands left of ★ 城管中队.
            _p(
                "整治背街小巷9条",
                "城管中队",
                ["城建办", "各社区"],
                "2041-06-30",
                [("背街小巷整治", 9, "条"), ("非机动车停放点", 40, "处")],
            ),
            _p(
                "生活垃圾分类小区覆盖率达到95%以上",
                "城管中队",
                ["生态办", "各社区"],
                "2041-12-31",
                [("生活垃圾分类小区覆盖率", 95, "%")],
            ),
            # Date cell 2041-09-30; `80周岁以上` a condition; `3万人次` → 3 万人次 (>=).
            _p(
                "新建社区嵌入式养老服务站2个",
                "社事办",
                ["财政所", "各社区"],
                "2041-09-30",
                [("社区嵌入式养老服务站", 2, "个"), ("助餐服务", 3, "万人次")],
            ),
            _p(
                "新增城镇就业520人",
                "社事办",
                ["经发办"],
                "2041-12-31",
                [("城镇就业", 520, "人"), ("就业困难人员再就业", 60, "人")],
            ),
            # `“15分钟健身圈”` is a name; `秋季` → 11-30.
            _p(
                "建成“15分钟健身圈”示范点3个",
                "社事办",
                ["城建办", "各社区"],
                "2041-11-30",
                [("健身圈示范点", 3, "个")],
            ),
            _p(
                "创建无障碍示范社区1个",
                "社事办",
                ["城建办"],
                "2041-11-20",
                [("无障碍示范社区", 1, "个"), ("困难残疾人家庭无障碍改造", 45, "户")],
            ),
            # `动态清零` is words; `长期坚持` → 12-31.
            _p(
                "矛盾纠纷化解率达到98%以上",
                "平安办",
                ["派出所", "各社区"],
                "2041-12-31",
                [("矛盾纠纷化解率", 98, "%")],
            ),
            _p(
                "全年检查餐饮场所不少于800家次",
                "应急办",
                ["城管中队", "市场监管所"],
                "2041-12-31",
                [("检查餐饮场所", 800, "家次")],
            ),
            # `300路` channels at the clause's end.
            _p(
                "新增高空抛物监控探头300路",
                "平安办",
                ["城建办", "派出所", "各社区"],
                "2041-06-30",
                [("高空抛物监控探头", 300, "路"), ("电动自行车集中充电桩", 1200, "个")],
            ),
        ],
    },
    YAODIAN: {
        "year": 2041,
        # 镇 工作要点 in Word with NO numbers anywhere: an intro paragraph (framing, no
        # numbers but the year and “十七五”), four bold 黑体 heading paragraphs (`聚力产业发展`,
        # `完善基础设施`, `增进民生福祉`, `建设平安蒲塘`: sections), and under each three items,
        # each a paragraph closing with an owner bracket, the items separated only by EMPTY
        # paragraphs (one of them holds two full-width spaces). Item 4's sentence is cut by a
        # paragraph mark (`…新建` / `错车道20处…`, no blank between): one item. Item 5's
        # bracket stands in a paragraph of its own right under it. A closing paragraph (各办站所
        # 要对照本要点…每月底前…) and the 印发 line are no pledges.
        "pledges": [
            # `5000万元以上` is the projects' threshold; `其中…不少于2个` an interim share.
            _p(
                "全年引进5000万元以上项目4个",
                "经发办",
                ["自然资源所", "财政所"],
                "2041-12-31",
                [("5000万元以上项目", 4, "个"), ("工业项目", 2, "个"), ("实际到位资金", 6, "亿元")],
            ),
            # No 完成时限 in the bracket: `10月底前投入使用` completes the pledge → 10-31.
            _p(
                "新建标准化种植基地1200亩",
                "农业农村办",
                ["经发办"],
                "2041-10-31",
                [("标准化种植基地", 1200, "亩"), ("冷链仓储中心", 1, "处")],
            ),
            # `第五届` is an ordinal: no target.
            _p(
                "打造精品民宿集群1个",
                "文化站",
                ["经发办", "农业农村办"],
                "2041-09-30",
                [("精品民宿集群", 1, "个"), ("接待游客", 35, "万人次")],
            ),
            # One item over two paragraphs: `…新建` / `错车道20处、港湾式停靠站6个。（…）`.
            _p(
                "改造县乡道12.5公里",
                "村镇建设办",
                ["财政所", "各村"],
                "2041-11-30",
                [("县乡道改造", 12.5, "公里"), ("错车道", 20, "处"), ("港湾式停靠站", 6, "个")],
            ),
            # The owner bracket is the next paragraph; `汛期前全面完工` → 05-31.
            _p(
                "加固圩堤3.8公里",
                "水利站",
                ["应急管理办", "各村"],
                "2041-05-31",
                [("圩堤加固", 3.8, "公里"), ("疏浚沟渠", 26, "条"), ("排涝泵站", 2, "座")],
            ),
            # `二期` is a phase; `全覆盖` words.
            _p(
                "新铺设污水管网5.6公里",
                "生态环境办",
                ["村镇建设办"],
                "2041-12-20",
                [("污水管网", 5.6, "公里")],
            ),
            # `办好教育。` is the paragraph's lead phrase (a heading, no pledge); the item is
            # the one sentence after it; `秋季开学前投入使用` → 08-31.
            _p(
                "新增学位270个",
                "中心学校",
                ["村镇建设办", "财政所"],
                "2041-08-31",
                [("学位", 270, "个")],
            ),
            # `70周岁以上` a condition.
            _p(
                "新建村级互助养老点5个",
                "社会事务办",
                ["镇卫生院"],
                "2041-09-30",
                [("村级互助养老点", 5, "个"), ("智能呼叫设备", 300, "台")],
            ),
            # `“技能蒲塘”` a name; `8期` sessions are counted.
            _p(
                "组织职业技能培训8期",
                "劳动保障所",
                ["经发办"],
                "2041-12-31",
                [("职业技能培训", 8, "期"), ("培训", 800, "人次"), ("城镇就业", 400, "人")],
            ),
            # `“枫桥式”` a name; `长期坚持` → 12-31.
            _p(
                "矛盾纠纷调解成功率保持在98%以上",
                "平安办",
                ["派出所", "司法所"],
                "2041-12-31",
                [("矛盾纠纷调解成功率", 98, "%")],
            ),
            # `“九小场所”` a name; `0起` a naught target.
            _p(
                "全年检查企业和“九小场所”1200家次",
                "应急管理办",
                ["市场监管所", "派出所"],
                "2041-12-31",
                [("检查企业和九小场所", 1200, "家次"), ("较大及以上生产安全事故", 0, "起")],
            ),
            _p(
                "新建集中充电车棚40处",
                "应急管理办",
                ["村镇建设办", "各村（社区）"],
                "2041-06-30",
                [("集中充电车棚", 40, "处")],
            ),
        ],
    },
    SHISHI: {
        "year": 2041,
        # 县 为民办实事 table in a PDF (fpdf2, text layer), landscape A4, 2 pages, footer
        # `第 1 页 共 2 页`: `序号 | 项目名称 | 建设内容及目标 | 牵头单位 | 配合单位 | 完成时限`.
        # Row 7's 建设内容及目标 cell BREAKS over the page: its first two lines (and all of
        # its other cells) on page 1, then page 2 repeats the header and a continuation row
        # holding only the rest of that cell (序号 and every other cell blank). One pledge
        # per 序号; the 项目名称 is its title. County units outside the catalog, as written.
        "pledges": [
            _p(
                "新增公办学位1080个",
                "县教育局",
                ["县住建局", "县财政局", "相关乡镇"],
                "2041-08-31",
                [("公办幼儿园", 4, "所"), ("公办学位", 1080, "个")],
            ),
            _p(
                "课后服务参与率达到95%以上",
                "县教育局",
                ["县财政局", "县市场监管局"],
                "2041-08-31",
                [("课后服务参与率", 95, "%"), ("校园智慧食堂", 6, "个")],
            ),
            # `65岁以上` a condition; `“云诊室”` a name; `4.2万人次` → 4.2 万人次.
            _p(
                "完成乡镇卫生院标准化改造5所",
                "县卫健局",
                ["县医保局", "各乡镇（街道）"],
                "2041-12-31",
                [
                    ("乡镇卫生院标准化改造", 5, "所"),
                    ("村卫生室云诊室", 60, "个"),
                    ("免费健康体检", 4.2, "万人次"),
                ],
            ),
            # `1.5万只` → 1.5 万只.
            _p(
                "新建改造供水管网86公里",
                "县水利局",
                ["县住建局", "县财政局"],
                "2041-10-31",
                [
                    ("供水管网", 86, "公里"),
                    ("老旧水表", 1.5, "万只"),
                    ("农村自来水普及率", 99, "%"),
                ],
            ),
            _p(
                "改造老旧小区18个",
                "县住建局",
                ["县自然资源局", "县供电公司", "各街道"],
                "2041-11-30",
                [("老旧小区改造", 18, "个"), ("雨污管网", 12, "公里"), ("加装电梯", 30, "台")],
            ),
            # `每餐3元` a subsidy's standard; `80周岁以上` a condition.
            _p(
                "新建乡镇区域性养老服务中心3个",
                "县民政局",
                ["县财政局", "各乡镇（街道）"],
                "2041-09-30",
                [("乡镇区域性养老服务中心", 3, "个"), ("城市社区老年食堂", 10, "个")],
            ),
            # The row broken over the page: page 2's continuation (`…新建农村客运候车亭50个，
            # 新开通镇村公交线路4条，建制村通客车率保持100%。`) is the same pledge's text and
            # targets; the repeated header and the footer are not.
            _p(
                "实施农村公路安全生命防护工程210公里",
                "县交通运输局",
                ["县公安局", "县财政局", "各乡镇"],
                "2041-12-20",
                [
                    ("农村公路安全生命防护工程", 210, "公里"),
                    ("危桥改造", 9, "座"),
                    ("波形护栏", 35, "公里"),
                    ("警示标志牌", 600, "块"),
                    ("农村客运候车亭", 50, "个"),
                    ("镇村公交线路", 4, "条"),
                    ("建制村通客车率", 100, "%"),
                ],
            ),
            _p(
                "城镇新增就业3200人",
                "县人社局",
                ["县总工会", "团县委", "县妇联"],
                "2041-12-31",
                [
                    ("城镇新增就业", 3200, "人"),
                    ("职业技能培训", 5000, "人次"),
                    ("零工市场", 2, "个"),
                ],
            ),
            # `为符合条件的残疾儿童提供康复救助150名`: a count given to those served.
            _p(
                "为困难重度残疾人家庭实施无障碍改造200户",
                "县残联",
                ["县民政局", "县卫健局"],
                "2041-11-20",
                [("无障碍改造", 200, "户"), ("残疾儿童康复救助", 150, "名")],
            ),
            _p(
                "新增城区公共停车泊位2000个",
                "县城管局",
                ["县公安局", "县住建局"],
                "2041-09-30",
                [("公共停车泊位", 2000, "个"), ("智慧停车管理平台", 1, "个")],
            ),
        ],
    },
    FEISHU: {
        "year": 2041,
        # Markdown exported from a 飞书 wiki page: `# ` title, a `> ` quote of who keeps it
        # (`最后更新：2041-01-16 17:42　更新人：@陶思远`), `[TOC]`, `---`, `## 一、…` sections,
        # `### N. 名称` items (N counting on across sections) over `- **目标**：` / `- **牵头**：`
        # / `- **配合**：` / `- **分管领导**：@…` / `- **时限**：` / `- **进展**：` bullets; one
        # item has a `- **节点**：` bullet over task-list checkboxes; an `## 附：任务统计`
        # Markdown table of counts per unit with a `**合计**` row and an italic contact line
        # close it. One pledge per `###` item: its heading the title, its 目标 the text.
        "pledges": [
            # `超亿元` qualifies the buildings (threshold): 3 幢 the count.
            _p(
                "新增入驻企业45家",
                "经发办",
                ["便民服务中心", "财政所"],
                "2041-12-31",
                [("入驻企业", 45, "家"), ("税收超亿元楼宇", 3, "幢")],
            ),
            # `“椿桥夜市”` a name; 进展 `1月已完成夜市选址比选` is a report.
            _p(
                "改造提升农贸市场2个",
                "经发办",
                ["市场监管所", "城管科"],
                "2041-09-30",
                [("农贸市场改造提升", 2, "个"), ("促消费活动", 12, "场")],
            ),
            _p(
                "新认定高新技术企业8家",
                "经发办",
                ["财政所"],
                "2041-10-31",
                [
                    ("高新技术企业", 8, "家"),
                    ("科技型中小企业", 20, "家"),
                    ("研发投入增长", 15, "%"),
                ],
            ),
            # 时限 `2041年10月底` → 10-31; the 节点 checkboxes `[x] 2月底前完成设计方案` (02-28)
            # and `[ ] 6月底前完成主体施工` (06-30) are milestones, `[ ] 10月底前完成竣工验收`
            # the deadline's own step; `[x]`/`[ ]` are marks, no text.
            _p(
                "完成老旧小区综合改造4个",
                "城建办",
                ["财政所", "各社区"],
                "2041-10-31",
                [("老旧小区综合改造", 4, "个"), ("雨污管网", 3.2, "公里")],
            ),
            # `~~新增公共充电桩300个~~` is struck out (deleted text, no target);
            # `（1月15日党工委会调整）` is a note, no date; `Q3` → 09-30.
            _p(
                "新增公共充电桩500个",
                "城建办",
                ["供电所", "各社区"],
                "2041-09-30",
                [("公共充电桩", 500, "个"), ("快充桩", 120, "个")],
            ),
            # 进展 `已完成摸排，初定整治点位22处，完成15%` is a report: no targets.
            _p(
                "整治背街小巷15条",
                "城管科",
                ["城建办", "各社区"],
                "2041-05-31",
                [("背街小巷整治", 15, "条"), ("口袋公园", 3, "个")],
            ),
            # Heading `“一老一小”服务` (a name in quotes).
            _p(
                "新建社区养老服务驿站3个",
                "社事办",
                ["社区卫生服务中心", "各社区"],
                "2041-06-30",
                [("社区养老服务驿站", 3, "个"), ("普惠托育点", 2, "个"), ("托位", 80, "个")],
            ),
            # `动态清零` words; `持续推进` → 12-31.
            _p(
                "新增城镇就业650人",
                "社事办",
                ["经发办"],
                "2041-12-31",
                [("城镇就业", 650, "人")],
            ),
            # `65周岁以上` a condition; `11月下旬` → 11-30.
            _p(
                "家庭医生签约服务覆盖率达到45%以上",
                "社区卫生服务中心",
                ["社事办"],
                "2041-11-30",
                [("家庭医生签约服务覆盖率", 45, "%"), ("老年人健康体检", 3800, "人")],
            ),
            # `牵头：平安办、司法所`: two leads, the first is the owner, the second co-owns
            # it before the 配合 unit.
            _p(
                "矛盾纠纷调处成功率达到98%",
                "平安办",
                ["司法所", "各社区"],
                "2041-12-31",
                [("矛盾纠纷调处成功率", 98, "%"), ("信访积案化解率", 100, "%")],
            ),
            _p(
                "为高层住宅小区配备微型消防站6个",
                "应急办",
                ["派出所", "各社区"],
                "2041-09-30",
                [("微型消防站", 6, "个"), ("消防应急演练", 24, "场")],
            ),
            _p(
                "清理疏通排水管道18公里",
                "城管科",
                ["应急办", "城建办"],
                "2041-05-20",
                [("排水管道清理疏通", 18, "公里"), ("易涝点位整治", 7, "处")],
            ),
        ],
    },
}
