"""The importer's vocabularies, each declared once (issue 14).

Every step that needs to recognise a year, a list number, a deadline phrase,
a unit of measure, a label or a piece of page furniture takes it from here,
so a word added here is seen by every step at once:

- numbering styles: sections (:mod:`sections`), list prefixes of pledges
  (:mod:`sentences`), wrapped-line joining (:mod:`wrapping`);
- deadline phrases: dates (:mod:`deadlines`) and the metric words of targets,
  which leave them out (:mod:`targets`);
- units: targets, and the OCR repair of numbers (:mod:`normalize`);
- labels: labelled items (:mod:`labels`);
- furniture: what a scraped page carries around the plan (:mod:`clean`).
"""

from __future__ import annotations

import re

# -- years -------------------------------------------------------------------

#: ``2025年``, and ``2025 年`` as PDF text and some sites space it.
YEAR = r"(\d{4})\s?年"

# -- numbering styles --------------------------------------------------------

CN_DIGITS = "一二三四五六七八九十"
#: Circled numbers ``①…⑳``: items of a list, or steps and parts of one pledge.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: The marks a chart or a roadmap fills its cells with (``●`` work that month, ``★`` a key node,
#: ``✓`` done).
CHART_MARKS = "●○◎★☆✓✔√✗✘×▲△◆◇■□"
#: A legend that says what a table's marks mean: ``图例：● 当月持续推进　★ 关键节点　✓ 完成销号``,
#: ``符号说明：…``, or the marks and their words alone (``★关键节点 ✓完成销号``) — a key to the
#: table, no pledge, in a table's row or on a line under it.
LEGEND = (
    r"(?:图例|符号说明|标识说明|标注说明)\s*[:：]"
    rf"|(?=(?:[{CHART_MARKS}][ \t\u3000]*[:：=－-]?[ \t\u3000]*[\u4e00-\u9fff]{{1,8}}"
    r"[ \t\u3000、，,;；]*){2,}$)"
)
_CN = f"[{CN_DIGITS}]{{1,3}}"
#: A speech's ordinal words, counted as ``第一，第二，``: ``首先，…其次，…第三，…``.
ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3}
#: ``最后，`` ends a count (``首先…其次…最后，``, ``第一…第二…最后，``): the next number.
LAST_WORD = "最后"
#: What the speaker says after ``最后，`` when it closes the speech rather than opening its last
#: section: ``最后，我再强调…``, ``最后，同志们…``, ``最后，让我们…``, ``最后，祝…``.
CLOSING_AFTER_LAST = (
    r"\s*(?:我(?:再|想|还|就|简单|强调|讲|提|说|代表)|同志们|各位|让我们|希望(?:大家|各位)"
    r"|祝|预祝|谢谢|借此|在此)"
)
_ORDINAL = "|".join(ORDINAL_WORDS) + rf"|{LAST_WORD}(?=[,、:](?!{CLOSING_AFTER_LAST}))"
#: A line or sentence start where a section number may stand.
STRONG = r"(?:^|(?<=[。!?;:\n]))[ \t]*"
#: ``一是…，二是…`` and ``第一，`` also follow a comma.
WEAK = r"(?:^|(?<=[。!?;:,\n]))[ \t]*"
#: What may follow an item number's dot: no digit (``4.5`` is a decimal), or a month or a year
#: that the item starts with (``4.6月底前完成…``, ``6.2027年安排…``: no decimal reads so), or after
#: ``、`` a number that names a thing (``3、5G网络建设``, ``2、4K超高清``,
#: ``5、110千伏输变电工程``), not one of a series (``1、2号楼``, ``1、2、3``) nor a decimal.
ITEM_DOT_NEXT = (
    r"(?:(?!\d)|(?=\d{1,2}月|\d{4}\s?年)|(?<=、)(?=\d{1,3}[A-Za-z])"
    r"|(?<=、)(?=\d{1,4}(?![\d、.．,，号#]))(?!\d{1,2}[.．]\d))"
)
#: Marks that stand for an item's number (``★``, ``◆``): items counted in order.
BULLETS = "★☆◆■▲"
#: An outline's numbers by depth: ``1⇥`` (a bare number takes Word's tab after it), ``1.2``,
#: ``1.2.3`` (a space, ``、``, ``.`` or the text after it, never another digit or dot).
OUTLINE = {
    1: r"(\d{1,2})\t",
    2: r"\d{1,2}\.(\d{1,2})(?![\d%]|\.\d)[、.]?[ \t]*",
    3: r"\d{1,2}\.\d{1,2}\.(\d{1,2})(?![\d%]|\.\d)[、.]?[ \t]*",
}
#: The word of an item heading series (``议案``, ``事项``, ``任务``, ``项目``, ``建议``, ``提案``,
#: ``工程``, ``实事``, the ``第`` of ``第一项``): one to four Chinese characters, no numeral; an
#: appendix (``附件1：``, ``附表2：``) heads no item.
SERIES_WORD = r"(?!附件|附表)(?:(?![一二三四五六七八九十])[\u4e00-\u9fff]){1,4}"
#: What may not follow a series heading's number and a space: a measure word (``完成 3 个``, as a
#: PDF spaces it, counts, it heads nothing).
_MEASURE_AFTER = r"[个件项处座条名家所台套次人户公米平万亿千百元年月日天%]"
#: An item heading of a series (SPEC §3), its numeral the group ``n``: a word and a number and a
#: separator (``议案一：``, ``议案1.``, ``事项二、``, ``第一项：``, ``第1件``, ``任务3：``), a space
#: before its title (``提案四 关于…``) or the line's end (``工程五`` over its labelled lines); or
#: the number in 【】, after a word or ``No.`` or alone (``【实事一】``, ``【第1件】``,
#: ``【No.1】``, ``【一】``), as a 公众号 article heads its items. Chinese or Arabic numerals.
SERIES_NUMBER = (
    r"(?P<box>【[ \t]*)?"
    rf"(?(box)(?:{SERIES_WORD}|[Nn][Oo][.．]?)?[ \t]*|{SERIES_WORD})"
    rf"(?P<n>{_CN}|\d{{1,2}})[ \t]*[件项个]?"
    r"(?(box)[ \t]*】|(?:[ \t]*[:：、.．](?!\d)|[ \t]*(?=\n|$)"
    rf"|[ \t]+(?!{_MEASURE_AFTER}|\d)(?=\S)))"
)
#: Section numbering styles (on the parse view: half-width brackets).
NUMBERING: dict[str, str] = {
    "part": STRONG + rf"第({_CN})部分",
    # a chapter of the plan (``第一章 教育``, ``第二篇 交通``): its items number from one again
    "chapter": STRONG + rf"第({_CN})[章篇]",
    "paren_cn": STRONG + rf"\(({_CN})\)",
    "dun_cn": STRONG + rf"({_CN})、",
    "shi": WEAK + rf"({_CN})是(?![的否不])",
    "arabic": STRONG + r"(\d{1,2})(?:[.、]" + ITEM_DOT_NEXT + r"|\s*[)](?!\d))",
    "paren_ar": STRONG + r"\((\d{1,2})\)",
    "di": WEAK + rf"(第{_CN}|{_ORDINAL})[,、:]",
    "circled": STRONG + rf"([{CIRCLED}])",
    # a 公示's items marked, not numbered: ``★老旧小区加装电梯``; counted in order
    "bullet": STRONG + rf"([{BULLETS}])[ \t]*",
    # a 公众号 article's round badge: a number of two digits alone on its line (``01`` over
    # ``稳住经济基本盘``), its part's number, counted from ``01``
    "badge": STRONG + r"(0[1-9]|[1-9]\d)[ \t]*\n\s*",
    # a series of item headings, each over its labelled lines: ``议案一：``, ``项目1、``,
    # ``第一项：``, ``【实事一】`` (:data:`SERIES_NUMBER`; one word, counted, each item labelled)
    "series": STRONG + SERIES_NUMBER,
    # an outline numbered ``1`` / ``1.1`` / ``1.1.1`` (Word's multilevel list, rendered with the
    # tab Word puts after the number; typed with a space, ``、`` or nothing): one style per depth,
    # its number the last part
    **{f"outline{depth}": STRONG + OUTLINE[depth] for depth in (1, 2, 3)},
}
#: Characters before the numeral of a style's item (``(``, ``第``, ``项目``).
NUMBER_PREFIX = {"paren_cn": 1, "paren_ar": 1, "chapter": 1}
#: Styles whose item starts at a number of several parts (``1.2.3``), before the one counted.
OUTLINE_STYLES = ("outline2", "outline3")
#: Top-level parts of a document: ``第一章``/``第一篇``, ``第一部分`` or ``一、``, the first
#: style found winning (see :mod:`arrangement`).
PART_STYLES = (rf"第({_CN})[章篇][ \t:、]*", rf"第({_CN})部分[ \t:、]*", rf"({_CN})、")
#: Any list number in front of a pledge (either bracket width). Of the series headings only those
#: that number nothing else (``【实事一】``, ``项目一：``, ``第一项：``): a word's heading
#: (``议案一：``, ``任务1：``) is cut from a labelled item only (``pipeline._single_item``), never
#: from a sentence (``问题1：…``).
LIST_NUMBER = (
    rf"(?:[(（]?{_CN}[)）]|{_CN}[、是]|\d{{1,2}}(?:[.、]{ITEM_DOT_NEXT}|\s*[)）])"
    rf"|[(（]\d{{1,2}}[)）]|(?:第{_CN}|{_ORDINAL})[,、:：]|[{CIRCLED}]"
    rf"|[{BULLETS}]|{OUTLINE[3]}|{OUTLINE[2]}|{OUTLINE[1]}|(?=【|项目|第){SERIES_NUMBER})"
)

# -- deadline phrases ---------------------------------------------------------

#: Seasons and holidays that resolve to a fixed day (see :mod:`deadlines`).
SEASONS = (
    r"(?:主|入)?汛期?(?:之|以)?前|国庆节?(?:之|以)?前|(?:秋季)?开学前|五一节?(?:之|以)?前"
    r"|劳动节(?:之|以)?前|元旦节?(?:之|以)?前|春耕(?:之|以)?前"
    # a season of the year (``春季完成植树造林``, ``冬季前``): not a school term, not a recurring
    # one (``每年春季``), not 冬春 (which runs into next year)
    r"|(?<![冬每])(?<!每年)[春夏秋冬]季(?!学期|开学)(?:末|底)?(?:前|以前|之前)?"
)
#: Seasons that do not resolve (moving or regional), still time words, and 春耕前 read as 03-31:
#: the import warns of each. ``春节前``/``元宵节前``/``春运前`` resolve when the plan's issue date
#: puts the festival (or the 春运 before it) ahead (:func:`deadlines.coming_festival`).
UNRESOLVED_SEASONS = (
    r"春节(?:之|以)?前|春耕(?:之|以)?前|夏收前|秋收前|元宵节?(?:之|以)?前|两节前|双节前"
    r"|春运(?:开始)?(?:之|以)?前"
)
#: This winter and next spring (``今冬明春``, ``今冬明春农田水利建设``): to the end of next spring.
WINTER_SPRING = r"今冬明春"
#: Festivals of the plan year, resolved with the lunar calendar (``端午节前``, ``中秋前``) or the
#: solar term (``清明前``).
LUNAR_FESTIVALS = r"(?P<festival>端午|中秋|清明)节?(?:之|以)?前"
#: Year words that mean the plan year; not the year's task it names (``上半年完成全年任务的50%``:
#: a share of the year's goal, due in the first half).
GENERIC_YEAR = r"今年|年内|全年(?!(?:目标)?任务|目标|计划)|本年度|本年|当年|年度内"
#: A time limit of work that goes on (``长期坚持``, ``持续推进``, ``常态化开展``): as a 完成时限
#: it is assessed at the plan year's end (a 填报说明's ``“持续推进”“长期坚持”的事项按年度考核``).
STANDING = r"(?:长期|持续|常态化)(?:坚持|推进|开展|落实)?"
#: Verbs that turn a bare year into a deadline: ``力争2026年建成通车``.
COMPLETION_VERBS = (
    r"建成|完成|完工|竣工|通车|投产|投用|投入使用|交付|交工|验收|并网|运营|开业|实现|全面|基本"
    r"|达产|达标|落成|启用|上线|覆盖|消除|清零"
)
#: Time phrases a target's metric words leave out: they are the deadline.
TIME_PHRASE = (
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前|之前)?"
    r"|第?[一二三四1-4]季度(?:末|底)?(?:前)?|[上下]半年|年底前?|年末前?|年中|月底前?"
    r"|(?:前|以前|之前|内)(?=[完建实开启新])|完成|实现|建成"
    rf"|{SEASONS}|{UNRESOLVED_SEASONS}|{LUNAR_FESTIVALS.replace('?P<festival>', '?:')}"
    rf"|{WINTER_SPRING}"
)

#: A clause that is a time and nothing else (``到2027年底``, ``2027年6月底前``, ``今年内``): it
#: says when, not what; never a title, never a pledge of its own.
TIME_ONLY = re.compile(
    rf"(?:到|在|于|截至|截止|力争|争取)?(?:{YEAR})?(?:{TIME_PHRASE}|{GENERIC_YEAR}|底|末|内|前|以前|之前)+"
)

#: Words that open a clause of their own (``新建农村互助幸福院`` / ``每所床位不少于20张``): a cell's
#: line that starts with one is a new clause, not the rest of a wrapped name.
CLAUSE_OPENERS = (
    r"每[所个村户座处家人名间张亩]|其中|同时|并且|并按|另有|另外|此外"
    r"|确保|力争|争取|实现|达到|包括|惠及"
)
#: A capacity a count measures (``年产5万吨``, ``日处理污水500吨``): the metric is the thing's
#: capacity (``有机肥加工项目年产``), not the verb before it.
CAPACITY = r"年产能|年产值|年产|日产|日处理|年处理|年加工|年出栏|年吞吐|年接待|日供水|装机容量|装机"

#: What a meeting's minutes put before each thing it settled (``会议要求，``, ``会议明确，``): the
#: pledge is what follows; the words are no part of it.
MEETING_LEAD = re.compile(
    r"[ \t]*会议(?:研究决定|要求|明确|强调|决定|议定|同意|确定|指出|提出)[,，:：]\s*"
)

# -- units of measure --------------------------------------------------------

MEASURE_UNITS = [
    "亿千瓦时",
    "万千瓦时",
    "千瓦时",
    "亿千瓦",
    "万千瓦",
    "兆瓦",
    "万千伏安",
    "千伏安",
    "千瓦",
    "万平方米",
    "平方米",
    "平方公里",
    "平方千米",
    "万立方米",
    "立方米",
    "延长米",
    "公里",
    "千米",
    "米",
    "万公顷",
    "公顷",
    "万亩",
    "亩",
    "亿元",
    "万元",
    "元",
    "亿美元",  # 实际利用外资500万美元
    "万美元",
    "美元",
    "吨/日",  # 新增污水处理能力300吨/日: a capacity a day is its own measure
    "立方米/日",
    "万吨",
    "吨",
    "千克",
    "公斤",
    "万人次",
    "人次",
    "万人",
    "人",
    "名",
    "万户",
    "户次",
    "户",
    "家",
    "处",
    "座",
    "栋",
    "幢",  # 税收亿元楼达到两幢
    "所",
    "台套",  # 购置农机设备20台套: a machine and its fittings
    "套",
    "台",
    "架",  # 配备植保无人机5架
    "根",  # 更换路灯杆200根
    "辆",
    "头",
    "只",
    "羽",
    "万株",
    "株",
    "棵",
    "眼",
    "册",  # 新增图书2000册
    "盆",  # 摆放花卉5000盆
    "尾",  # 增殖放流鱼苗8000尾
    "口",  # 整治山塘15口
    "场次",
    "批次",
    "件次",
    "场",
    "万棒",
    "棒",
    "万袋",
    "袋",
    "间",
    "床",
    "方",
    "家次",
    "次",
    "个百分点",
    "%",
    "‰",
    "盏",
    "块",  # 设置警示标志60块
    "艘",  # 储备冲锋舟2艘
    "微克/立方米",
    "毫克/升",
    "分贝",
    "个工作日",
    "工作日",
]
#: Count words that as often name a thing (15条措施) as count a goal.
CLASSIFIERS = [
    "个",
    "起",  # 事故控制在3起以内
    "项",
    "条",
    "件",
    "种",
    "类",
    "批",
    "张",
    "支",
    "篇",
    "本",
    "大",
    "期",
    "份",
    "部",
    "轮",  # 开展干部培训两轮 (``新一轮`` names a round)
    "届",  # 举办农民运动会1届 (``第三届`` names the edition)
    "路",  # 接入视频监控点位1500路 (channels), at a clause's end only: not ``12路公交``
    "片",  # 建设灯光球场4片 (courts, fields, woods: ``一片`` is an article)
]
#: What a count with 以上/以下 may size rather than count (``20户以上自然村``, ``50人以上企业``,
#: ``亿元以上项目``): the count qualifies the thing, it is no target.
QUALIFIED_NOUNS = r"自然村|行政村|村组|村|社区|小区|企业|项目|家庭|农户|单位|学校|园区|基地|工地"
#: Units that say no count of things and so take no 万 before them (a rate, a time span).
_NOT_COUNTED = {"%", "‰", "个百分点", "个工作日", "工作日", "微克/立方米", "毫克/升", "分贝"}
#: A count in ten thousands or hundred millions (``新增图书2万册``, ``栽植苗木5万棵``, ``出栏生猪
#: 2万头``, ``放流鱼苗10万尾``): 万/亿 and the measure word are one unit, as 万亩 and 万元 are.
LARGE_COUNTS = [
    big + u
    for big in "万亿"
    for u in MEASURE_UNITS + CLASSIFIERS
    if u[0] not in "万亿千" and u not in _NOT_COUNTED
]
UNITS = sorted(set(MEASURE_UNITS + CLASSIFIERS + LARGE_COUNTS), key=lambda u: (-len(u), u))
#: ``2万余册``, ``3万多亩``: 余/多 between 万 and the measure word: more than the count.
LARGE_OVER = re.compile(
    "[万亿](?:余|多)(?:"
    + "|".join(re.escape(u[1:]) for u in sorted(LARGE_COUNTS, key=len, reverse=True))
    + ")"
)
#: First characters of every unit: what may follow a number.
UNIT_STARTS = "".join(sorted({u[0] for u in UNITS} | set("万千百亿")))

# -- labels ------------------------------------------------------------------

#: What an owner label or column calls a unit: 单位, 部门, and a county office's 科室/股室/处室.
UNIT_NOUN = r"(?:单位|部门|科室|股室|处室)"
#: The words that name an owner's role, with or without a unit noun after them.
LEAD_WORDS = r"(?:牵头|主责|责任|负责)"
CO_WORDS = r"(?:配合|协办|协同|参与)"
#: The words of an owner's label or column (``实施单位：``, ``承办科室``, ``协助单位``): the
#: roles above, and the unit that carries a project out (实施/承办/主办, and 办理 a deputy's
#: proposal, ``办理单位：``) or assists (协助, 协办).
LEAD_LABEL_WORDS = r"(?:牵头|责任|主责|负责|实施|承办|主办|办理)"
CO_LABEL_WORDS = r"(?:配合|协办|协同|参与|协助)"
#: The roles that are a label or column alone, without a unit noun: who leads (``牵头：``,
#: ``（负责：街道城管办；协同：…）``) and who helps (``配合：``, ``协同：…``, a header group
#: ``责任单位`` over ``牵头 | 协同``); ``参与`` alone is no label.
LEAD_ROLES = r"牵头|主责|负责"
CO_ROLES = r"配合|协办|协同|协助"
#: A stage's goal on the way to the deadline (``阶段性目标：上半年完成全年任务的50%``, the steps
#: of a ``节点：`` line, a wiki's task list under it): its time is a milestone, its numbers are no
#: targets (the pledge states those).
STAGE_LABELS = r"阶段性?(?:目标|任务)|节点目标|(?<![\u4e00-\u9fff])(?:推进|进度|实施)?节点"
LABELS: dict[str, str] = {
    # ``建设单位：青山水务有限公司``: a project's builder owns it, as its 实施单位 would; a role
    # alone is a label too when a colon follows (``（牵头：经发办）``,
    # ``（配合：财政所，时限：…）``)
    "lead": rf"{LEAD_LABEL_WORDS}{UNIT_NOUN}|建设单位|{LEAD_ROLES}",
    "co": rf"{CO_LABEL_WORDS}{UNIT_NOUN}|{CO_ROLES}",
    "official": r"责任领导|分管领导|包保领导|牵头领导|责任人",
    "deadline": r"完成时限|完成时间|时间节点|办结时限|时限要求|时限|时间安排|实施时间",
    "stage": STAGE_LABELS,
    # who proposed the item (a deputy's 议案, a member's 提案, ``（领衔代表：陈立群）``): a person
    # who asked for it, never its owner nor its official; the label and its value are no text
    "proposer": r"领衔代表|领衔人|提案人|提议人|建议人|联名代表",
}
#: A bare ``单位：``/``部门：`` label (``单位：区民政局（牵头）、区住建局``) names an item's owners
#: only when its value does: its first name ends with an office word or carries ``（牵头）``. A
#: bare ``单位：`` also heads a unit of measure (``单位：万元``, ``（单位：个、公里）``), whose
#: value names no office; a longer label ending in 单位 (``建设单位``, ``计量单位``) is not it.
BARE_OWNER_LABEL = (
    r"(?<![\u4e00-\u9fff])(?:单位|部门)(?=\s*[:：]\s*[\u4e00-\u9fff]{1,20}?"
    r"(?:[(（]\s*牵头\s*[)）]|(?:办公室|办|所|站|中心|局|委|院|队|政府|街道|镇|乡|公司|社区|处|科|股)"
    r"(?:[(（]\s*牵头\s*[)）]|牵头负责|牵头|负责)?(?=[、,，;；。\s]|$)))"
)
#: The titles of an official (责任领导), never a unit: ``镇长``, ``书记``, ``常委``, ``领导``.
OFFICIAL_TITLE = r"(?:书记|镇长|乡长|县长|区长|市长|州长|主任|局长|部长|主席|常委|领导)"
#: Adverbs between an owner written in prose and its role: ``由自然资源所具体负责``,
#: ``经发办全面牵头`` (not part of the unit's name).
ROLE_ADVERBS = r"(?:具体|主要|全面|统一|直接|总体|共同|切实|全权)"
#: How units named together share a pledge, before ``负责``: ``种植业股、产业发展股按职责分工负责``,
#: ``按职能分工负责``, ``按职责分别负责``, ``分别负责``, ``共同负责``: the first named leads, the
#: others help, as in an owner column without roles.
SHARED_DUTY = r"(?:(?:按|根据)(?:各自)?(?:职责|职能)(?:分工)?)?(?:分工|分别|共同|各自)?"
#: A lead that brings others in: ``由农业办会同财政所推进``, ``经发办联合市场监管所开展``.
JOINS = r"(?:会同|联合|协调|携手|组织)"
#: How helpers help: ``经发办、市场监管所要密切配合``.
HELP_ADVERBS = r"(?:密切|积极|主动|全力|通力|紧密|协同|相互|全面)"
TASK_LABELS = r"工作任务|任务内容|工作内容|主要内容|具体任务|目标任务|任务"
#: An item's money line (``资金估算：约320万元``): its amount is a target, as ``投资5000万元`` is.
#: The units money is counted in (``年度计划投资（万元）``).
MONEY_UNIT = r"亿美元|万美元|美元|亿元|万元|千元|元"
FUNDS_LABELS = (
    r"资金估算|投资估算|估算投资|预计投资|计划投资|项目总投资|总投资|项目投资|资金预算|预算资金"
    r"|所需资金|投资额|投资规模"
)
#: Words that price a pledge in prose, as the money lines' labels do: ``项目估算投资1.2亿元``,
#: ``概算总投资3500万元``, ``工程概算960万元``, ``估算资金300万元``.
COST_WORDS = (
    FUNDS_LABELS
    + r"|(?:总|工程|投资|项目)?概算(?:总投资)?|估算(?:总投资|资金)?|预算投资|预计总投资"
)
#: A group of units, named together as an owner (a collective unit): ``各村（社区）``,
#: ``相关部门``, ``各成员单位``, ``各镇街`` (镇 and 街道), ``各镇（街道）``, ``各乡镇（街道）``,
#: ``沿线村``, ``县直各部门``. Its one home: an owner bracket or sentence (:mod:`labels`,
#: :mod:`owners`) reads it as a unit, an owner list keeps it as written without a warning, and
#: an owner label's line ends with it (:mod:`wrapping`). Either bracket width (the parse view
#: writes ``各村(社区)``).
GROUP_UNITS = (
    r"(?:[县市区镇乡]直)?(?:各|相关|有关|沿线|涉及)[\u4e00-\u9fff]{0,6}?"
    r"(?:乡镇街道|镇街道|乡镇|镇街|街镇|街道|村委会|居委会|社区|村|镇|乡|部门|单位|站所|企业|园区)"
    r"(?:[(（](?:社区|街道|居|镇|乡镇|镇街|村)[)）])?"
)
#: Owner names that stand for a group of units (:data:`GROUP_UNITS`): kept as they are written.
GROUP_OWNER = re.compile(GROUP_UNITS)

# -- page furniture -----------------------------------------------------------

#: Lines of a scraped page around the plan: never a title, never a pledge.
#: Who made a 公众号 article: its editor, reviewers, proofreader.
_CREDIT = r"(?:编辑|责编|编审|审核|初审|复审|终审|一审|二审|三审|校对|排版|美编|监制|统筹|出品)"
FURNITURE = re.compile(
    r"^\s*(?:首页|网站首页|当前位置|您现在的位置|您当前的位置|位置)\s*[:：>›»＞/|｜]"
    r"|^\s*(?:搜索|站内搜索|全站搜索|高级搜索|检索)\s*$"
    r"|^\s*[\u4e00-\u9fff]{2,24}(?:门户网站|政府网站|政府网)\s*$"  # the site's name over the page
    r"|^[^\n。]{0,30}[>›»＞].{0,60}[>›»＞]"
    r"|责任编辑\s*[:：]|扫一扫在手机|手机打开当前页|索引号\s*[:：]|发布机构\s*[:：]|发文机关\s*[:：]"
    r"|公网安备|ICP备|网站标识码|共\s*\d+\s*条评论|发表评论|我要评论|评论\s*[:：]?\s*$|请文明上网"
    r"|验证码|【?\s*打印\s*(?:本页|此页|文章)?\s*】|【?\s*关闭\s*(?:窗口|本页)?\s*】|打印本页|关闭窗口"
    r"|字号\s*[:：]|【\s*字体|分享到|浏览次数|阅读次数|访问量|来源\s*[:：][^。]{0,30}(?:时间|日期)"
    r"|^\s*(?:发布时间|发布日期|成文日期|信息来源|来源|作者|文章来源|点击数)\s*[:：][^。]{0,40}$"
    r"|^\s*(?:[\[【(（]?\s*(?:打印|关闭|返回顶部|返回|收藏|纠错)\s*[\]】)）]?\s*)+$"
    r"|^\s*(?:发文字号|文号|主题分类|公文种类|体裁分类|组配分类|服务对象|有效性)\s*[:：]"
    r"|(?:主办|承办)(?:单位)?\s*[:：][^\n]*(?:(?:主办|承办|协办|技术支持)(?:单位)?\s*[:：]|ICP|版权"
    r"|网站|电话|地址|邮编)"  # a site's footer, not an item's 承办单位
    r"|^\s*(?:主办|承办)(?:单位)?\s*[:：][^\n。]{0,30}(?:人民政府(?:办公室|办公厅)?|门户网站|信息中心"
    r"|大数据中心|融媒体中心|电子政务[\u4e00-\u9fff]{0,6})\s*$"
    r"|版权所有|网站地图|联系我们|相关链接|相关文章|上一篇|下一篇"
    # a 公众号 article's credits: ``编辑：田小语　审核：莫立群　终审：彭　涛``
    rf"|^\s*(?:{_CREDIT}\s*[:：][\u4e00-\u9fff·\u3000 ]{{1,10}}?\s*){{2,}}$"
    r"|^\s*(?:编辑|责编|校对|排版|美编)\s*[:：]\s*[\u4e00-\u9fff·]{1,4}"
    r"(?:[\u3000 ][\u4e00-\u9fff]{1,3})?\s*$"
)

#: A scraped page's list of links to other pages (``相关链接：`` over titles, one a line, the
#: first may share its line): the heading and the short lines under it are page furniture.
RELATED_LINKS = re.compile(
    r"^\s*[【\[]?\s*(?:相关链接|相关阅读|相关文章|相关新闻|相关信息|相关稿件|相关文件|推荐阅读"
    r"|延伸阅读|热点推荐|猜你喜欢|友情链接|往期回顾|热门文章|往期推荐|往期精选|精彩推荐|往期阅读"
    r"|推荐阅读|更多阅读)\s*[】\]]?\s*(?:[:：][^。；;]{0,60})?$"
)

#: The mark before each title of such a list (``▶ 2026年十件民生实事全部完成！``): the line is
#: a link even when the title ends like a sentence.
LINK_MARK = re.compile(r"^\s*[▶►▸➤→]")

#: A pictograph that opens a line of a social-media article (``📈 回望2026``, ``🔹 新建…``,
#: ``✅ …``), and a keycap number (``1️⃣ 产业发展 · 做大做强``): marks, not words.
EMOJI = (
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2190-\u21FF\u2934\u2935\u2B05-\u2B07"
    r"\u231A\u231B\u23E9-\u23FA]\ufe0f?"
)
KEYCAP = r"(?:\d|10)\ufe0f?\u20e3|🔟"
#: A pictograph or small square (``🔹``, ``✅``, ``▪️``): the marks of an article, never words.
ARTICLE_MARK = rf"(?:{EMOJI}|[▪▫]\ufe0f?)"
#: The marks an article's item opens with (``🔹 新建…``, ``✅ …``, ``▪️ …``): no part of the pledge.
#: (Not the list symbols ★◆■… of ``LINE_MARK``: those also number items.)
EMOJI_MARK = re.compile(rf"[ \t]*{ARTICLE_MARK}+[ \t]*")
#: The marks that dress a line of an article (``📌建设内容：``, ``⏰完成时限：``, ``👉牵头单位：``,
#: ``▶ ``, ``● ``, ``• ``, ``1️⃣``): an article's mark, a keycap or a list symbol, decoration of
#: the label or text after it.
LINE_MARK = rf"(?:{KEYCAP}|{ARTICLE_MARK}|[▶►▸➤●◆■★☆•◇□○◎]\ufe0f?)"
#: The label words an item's content line opens with (``建设内容：``, ``内容：``, ``目标：``): its
#: text follows (:data:`labels.CONTENT_LABEL`).
CONTENT_WORDS = (
    TASK_LABELS + r"|(?:建设|项目|实施|工作|主要|具体|服务|改造|整治|工程|办理)"
    r"(?:内容|规模|任务|目标|措施|概况|标准|要求|事项)|目标|内容"
)
#: A mark that dresses a label or content line (``👉牵头：``, ``🔹内容：``, ``1️⃣ 牵头单位：``)
#: numbers no item: what must not follow an item's mark.
_NO_LABEL_AFTER = (
    rf"(?![ \t]*(?:{LINE_MARK}[ \t]*)*(?:"
    + "|".join([*LABELS.values(), CONTENT_WORDS])
    + r")[ \t]*[:：])"
)
#: A chat announcement's (群公告's) items, each over labelled lines of its own (SPEC §3):
#: numbered with keycaps (``1️⃣ 农村供水保障`` … ``🔟 村卫生室提档``), counted by their digits, or
#: marked with an article's mark (``📌老旧小区改造``, ``🔸社区食堂``), counted in order.
NUMBERING["keycap"] = STRONG + rf"({KEYCAP})[ \t]*" + _NO_LABEL_AFTER
NUMBERING["marked"] = STRONG + rf"(?!{KEYCAP})({ARTICLE_MARK})[ \t]*" + _NO_LABEL_AFTER
#: Such marks at the start of a line, with the spaces around them.
LINE_MARKS = re.compile(rf"[ \t]*(?:{LINE_MARK}[ \t]*)+")
#: Such marks alone at the end of a text, on a line of their own (``…全覆盖。\n👉`` before the
#: label ``牵头单位：`` they dress): no part of the text.
TRAILING_MARKS = re.compile(rf"\n[ \t]*(?:{LINE_MARK}[ \t]*)+$")
#: A line an article's emoji or keycap number opens, with no sentence in it: a heading
#: (``1️⃣ 产业发展 · 做大做强``, ``📈 回望2026 · 成绩单亮眼``, ``🎯 2027年主要预期目标``); its
#: only numbers are years.
EMOJI_HEADING = re.compile(
    rf"[ \t]*(?:{KEYCAP}|{EMOJI})[ \t]*(?P<title>(?:[^,，;；。!！?？:：\n\d]|(?:19|20)\d\d)"
    rf"{{2,30}}?)[ \t]*(?:{EMOJI})*[ \t]*$"
)

#: The noun that ends a document's title line (``…工作要点``, ``…工作的安排``, ``…的通知``).
TITLE_END = re.compile(
    r"(?:讲话|报告|计划|要点|安排|打算|方案|意见|通知|清单|分解表?|实事|任务|决定|纲要|重点工作"
    r"|工作重点|思路|举措)\s*$"
)

#: The noun that ends an issuer's name (``某镇人民政府``, ``中共某村支部委员会``).
ISSUER_NOUN = (
    r"(?:委员会|人民政府|政府|党委|党总支|党支部|支部|办公室|办事处|指挥部|领导小组|工作组|联合会"
    r"|妇联|团委|合作社)"
)
