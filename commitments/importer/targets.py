"""Quantitative targets: numbers that state a goal.

A target is a number with a unit of measure (``5000万元``, ``5兆瓦``, ``90%``,
``两千五百亩``, ``百分之八十``). Numbers that only name something are not
targets: inside quotes or book-title marks (``“1188”工作模式``; a quote around a count alone,
``“800户”``, marks no name), a count word
before a name (``15条硬措施``, ``三个方面``), durations (``五年行动``),
ordinals (``第一``), ``一`` used as an article (``一条…之路``, ``一次全面排查``, ``一批``),
a count of one that only names a thing measured otherwise (``5兆瓦光伏电站一处``; alone,
``建成文化广场一处`` is the goal: :func:`_counts_of_one`),
baselines (``在去年700万元的基础上``, ``由2026年的58%提高到65%``: the goal is 65 %), qualifiers
that only say which things count (``收入超过20万元的村达到8个``: the goal is 8 villages), and
the ratios of a standard the work follows (``按照每300名村民配备1名保洁员的标准``).
Numbers that describe the town rather than a goal (``覆盖全镇10个村``) carry
no goal verb before their count word and are left out by the classifier
rule below.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from commitments.importer.memo import remembered
from commitments.importer.numerals import parse_number
from commitments.importer.owners import DOER_PREFIX
from commitments.importer.types import ParsedTarget
from commitments.importer.vocabulary import (
    CAPACITY,
    CLASSIFIERS,
    COST_WORDS,
    GENERIC_YEAR,
    LARGE_COUNTS,
    LARGE_OVER,
    MEASURE_UNITS,
    MONEY_UNIT,
    QUALIFIED_NOUNS,
    TIME_ONLY,
    TIME_PHRASE,
    UNITS,
)

#: When the pledge says it (``年底前``, ``8月底前``, ``三季度``) is its deadline, not its metric:
#: the time phrases come from :mod:`vocabulary`, shared with :mod:`deadlines`.

#: Count words that name a phase (产业园二期) unless a goal verb stands right before them.
STRICT_CLASSIFIERS = {"期"}
#: Counts of what should not happen (事故, 案件): none of them is a goal (``较大及以上生产安全事故
#: 0起`` in a target sheet), while a zero count of anything built or served is no target.
ZERO_GOALS = {"起", "例", "宗"}
#: What must not happen, said in words (SPEC §3): ``重大事故零发生``, ``重大安全事故“零”发生``,
#: ``安全生产零事故``, ``确保汛期零伤亡``, ``零死亡``, ``全年不发生较大以上安全生产事故``,
#: ``杜绝重大森林火灾发生``. Each is a naught target (0, ``<=``), counted as such events are
#: (:data:`ZERO_EVENT_UNITS`), the same target as ``事故起数控制在0起``. ``零`` before anything
#: else is a slogan, no count: ``零距离服务``, ``零跑腿``, ``零门槛``, ``零容忍``, ``积案清零``.
#: The count said to be naught is one too (``重大安全事故为零``, ``欠薪案件动态为0``, ``较大以上
#: 火灾事故保持为零``), in the unit it gives (``死亡人数为零人``) or as the events are counted; a
#: ``事故零增长`` caps the events' growth at 0 %.
ZERO_EVENTS = ("事故", "事件", "案件", "命案", "火灾", "伤亡", "死亡", "溃坝", "疫情")
ZERO_EVENT = "(?:" + "|".join(ZERO_EVENTS) + ")"
ZERO_EVENT_UNITS = {"伤亡": "人", "死亡": "人"}
ZERO_WORDS = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{0,20}?"
    + ZERO_EVENT
    + r")(?:实现|保持|做到|达到)?[“\"「‘]?零[”\"」’]?发生"
    r"|(?:实现|确保|保持|做到|力争|争取)?(?P<lead>[\u4e00-\u9fff]{0,10}?)[“\"「‘]?零[”\"」’]?"
    r"(?P<event>" + ZERO_EVENT + r")(?![\u4e00-\u9fff]{0,2}(?:率|数|起数))"
    r"|(?:不发生|杜绝)(?:一起|任何)?(?P<thing>[\u4e00-\u9fff]{0,20}?"
    + ZERO_EVENT
    + r")(?:的)?(?:发生)?"
    r"(?=$|[,;。!?、\n(（]|发生)"
    r"|(?P<nil>[\u4e00-\u9fff]{0,20}?"
    + ZERO_EVENT
    + r"(?:发生|发案)?(?:起数|人数|数量|数)?)(?:动态)?"
    r"(?:实现|保持|控制|做到|达到|确保)?(?:为|在)?[“\"「‘]?(?:零|0)[”\"」’]?"
    r"(?P<unit>起|人|件|宗|例)?(?P<growth>增长)?(?=$|[,;。!?、\n(（])"
)
#: Words that open a zero clause and are no part of what must not happen.
ZERO_LEAD = re.compile(
    r"^(?:全年|年内|今年|确保|力争|争取|坚决|努力|实现|保持|做到|守住|守牢|持续|继续|要|全镇|全乡|全县"
    r"|全区|全市|辖区内?|各村)+"
)
UNIT_ALIASES = {"个工作日": "工作日"}
#: A time a thing takes is a goal only under a cap (``停电时间控制在3小时以内``, ``办结时限压缩到
#: 5天之内``) or over a floor (``每月驻村走访不少于8天``, ``至少2小时``); elsewhere
#: (``24小时值班``, ``3天培训``, ``连续3天``) it describes the work.
TIME_UNITS = r"(?:小时|分钟|天)"
CAPPED_TIME = TIME_UNITS + r"(?=\s?(?:以内|以下|之内))"
UNIT_RE = LARGE_OVER.pattern + "|" + "|".join(re.escape(u) for u in UNITS) + "|" + CAPPED_TIME
#: The floor right before a number (fixed-width look-behinds): it lets a time be a goal.
FLOOR_BEFORE = r"(?P<floor>(?<=不少于)|(?<=不低于)|(?<=不短于)|(?<=至少))?"
CN = "零〇一二两三四五六七八九十百千万亿点"
#: Every number starts with a digit or a numeral (``百分之`` with its 百): a position without one is
#: passed over before the look-behinds are tried (the same matches, found faster).
NUMBER_FIRST = r"(?=[\d零〇一二两三四五六七八九十百])"
NUMBER_RE = re.compile(
    NUMBER_FIRST + FLOOR_BEFORE + r"(?<![\d.A-Za-z零〇一二两三四五六七八九十百千万亿第唯统单同逐])"
    r"(?<![\d零〇一二两三四五六七八九十]点)"
    r"(?:(?P<den>[二三四五六七八九十]|\d{1,2})分之(?P<frac>[一二三四五六七八九]|\d{1,2})(?![一二三四五六七八九十\d])"
    rf"|百分之(?P<pct>(?:[零〇一二两三四五六七八九]|十)[{CN}]*|\d+(?:\.\d+)?|百(?![分千万亿]))"
    rf"|(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?(?:[千百](?=[万亿]?[\u4e00-\u9fff]))?"
    rf"|(?:[零〇一二两三四五六七八九]|十)[{CN}]*?)"
    rf"\s?(?P<approx>余|多)?\s?(?P<unit>{UNIT_RE}|(?(floor){TIME_UNITS}|(?!))))"
)
NAME_NOUNS = re.compile(
    r"(?:硬措施|措施|举措|意见|规定|要求|方面|原则|能力|意识|行动|模式|机制|制度|理念|精神|战略|禁令"
    r"|清单|重点|目标|任务|工作法|步走|体系|标准|底线|红线|关系|问题|环节|字|不准|严禁|必须|到位"
    r"|融合|结合|并举|联动|一体)"
)
#: What a counted thing's own noun may not be when a name word qualifies it: not a second name
#: word, not work in general (``三个方面工作``), not what the clause goes on to do.
GENERIC_THING = re.compile(r"^(?:的|工作|建设|发展|内容|事项|方向|领域)")
GOAL_VERBS = re.compile(
    r"(新建|建设|建成|完成|实现|引进|招引|新增|增加|培育|打造|创建|举办|开展|实施|改造|建立|发放|签约"
    r"|培训|落地|开工|竣工|投产|争取|达到|达|超过|突破|发展|组织|整治|修建|维修|铺设|硬化|清理|拆除"
    r"|栽植|种植|安置|转移|帮扶|吸纳|流转|认定|提供|解决|办理|排查|化解|新修|改建|扩建|治理|投资"
    r"|投入|完善|申报|推广|创办|新发展|新培育|新引进|招商|储备|谋划|包装|落实|配备|设立|增至|提高到"
    r"|提升到|提高至|提升至|不少于|不低于|推进|加快|启动|续建|组建|成立|安装|建立|培养|选派|评选|印发"
    r"|开通|新开通|开发|划分|加装|增设|举办|做好|办好|抓好|建好|管好"
    # what a 措施 does to a thing it counts: opens (``打通断头路5条``), links (``接入监控点位
    # 1500路``), upgrades (``规范提升农贸市场4个``), repairs, revives or moves it
    r"|打通|贯通|接入|联通|提升|规范|更新|升级|修复|修缮|翻新|疏浚|盘活|腾退|关停|搬迁|迁建|新上|设置|新设"
    # reorganises what it counts (``优化调整网格86个``, ``整合撤并村民小组12个``), fits it out
    # (``配齐专职网格员86名``), replaces it, visits those it counts (``走访慰问困难群众300户``) or
    # hosts it (``承办…丰收节2届``): verbs the list lacked, not a rule for any verb — a count after
    # an unknown word is as often a description (``合并后全镇共有行政村12个``, so no 合并)
    r"|优化|调整|整合|撤并|配齐|更换|走访|慰问|承办"
    r")(了|约|共|累计|总计)?(?:全镇|全乡|全县|全区|全市|全街道)?$"
)
GOAL_VERB_ANY = re.compile(GOAL_VERBS.pattern.removesuffix("$"))
#: A goal verb, then what it acts on, then the count: ``新建监控420个点位``, ``安装高清探头300个``.
#: The words between are a short noun (no ``的``, no second verb's clause).
_VERB_THEN = GOAL_VERB_ANY.pattern.removesuffix("(?:全镇|全乡|全县|全区|全市|全街道)?")
_OBJECT_WORDS = r"(?![\u4e00-\u9fff]*(?:[的是为在和与及对向从辖]|覆盖|涉及|位于))[\u4e00-\u9fff]"
VERB_OBJECT = re.compile(_VERB_THEN + _OBJECT_WORDS + "{1,6}$")
#: A longer noun phrase (``建成茶叶精深加工生产线3条并投产``, ``建设竹木精深加工生产线3条及配套
#: 仓储用房``) when the count closes it: the clause ends, or goes on with ``并``/``及`` (what else
#: is done or built), so the count is the object's and not a description's.
VERB_LONG_OBJECT = re.compile(_VERB_THEN + _OBJECT_WORDS + "{7,12}$")
OBJECT_CLOSED = re.compile(r"(?:以上|及以上|余|多|左右)?(?:$|并|及|以及|和|同步|配套)")
#: Count words that count only at a clause's end: ``接入视频监控点位1500路`` (channels), not a
#: bus route's name (``开通12路公交``).
CLAUSE_END_CLASSIFIERS = {"路"}
#: A count of one after the thing it counts (``建成文化广场一处``, ``污水处理站一座``): the goal
#: when nothing else in the pledge measures it. Before the noun ``一`` is an article (``一条…之路``,
#: ``一次全面排查``), and after a measured thing (``5兆瓦光伏电站一处``) it only names it.
ONE_COUNT = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![第统唯之单同逐每万千百十])(?<!唯一)一(?P<unit>处|座|所|个|家|栋|幢|间|套|台|条|项|支|部)"
    r"(?=$|[,;。!?、\n]|以上)"
)
#: ``新建一所学校``: a verb that builds or brings in a thing, a count of one, the thing.
ONE_BUILT = re.compile(
    r"(?P<verb>新建|建成|建设|修建|新修|改建|扩建|新增|增设|创建|引进|招引|培育|新培育|新引进)"
    r"(?:了)?一(?P<unit>所|座|处|栋|幢|间|个|家)(?=[\u4e00-\u9fff])"
)
#: A verb that states a goal only for a count that ends its clause: ``覆盖项目40个`` is
#: one, ``覆盖全镇10个村`` describes the town.
CLAUSE_END_VERBS = re.compile(GOAL_VERB_ANY.pattern + r"|覆盖|服务")
#: ``培训班4期``, ``讲座6期``: 期 counts sessions after a class, not a phase (产业园二期).
#: What follows a phase's number and makes it a name (``二期道路``, ``三期工程``, ``一期项目``):
#: a word of its own, not one that goes on with a count (``4期共200人``, ``6期以上``).
PHASE_NAMES = re.compile(
    r"(?!以上|及以上|左右|以内|以下|余|多|共|合计|累计|次|培训|的)[\u4e00-\u9fff]"
)
SESSION_BEFORE = re.compile(r"(?:班|培训|讲座|课堂|夜校)$")
#: A quote around a count alone (``“800户”``, ``“95%”以上``) marks no name: it is a target.
QUOTE_MARKS = '“”"「」『』‘’'
#: A clause that opens with those it serves (``为困难残疾人…``, ``给全县老年人…``) and ends with a
#: count: the count is what it gives them, whatever its verb.
BENEFICIARY_FIRST = re.compile(
    r"(?:为|给|向)(?!此|了|主|重点|目标|抓手|载体|核心|依托|基础)[\u4e00-\u9fff“”]{4,}"
)
BENEFICIARY = re.compile(r"(?:^|[^\u4e00-\u9fff]|计划|将|要)(?:为|给|帮助|对)$|^(?:为|给|帮助|对)$")
#: ``由2000吨提升至5000吨``, ``从3个增加到5个``, ``由2026年的58%提高到65%``, ``从目前的
#: 120家增至150家``: the number a change starts from is a baseline.
CHANGE_FROM = re.compile(
    r"(?:由|从)(?:\d{4}\s?年(?:底|末)?|去年(?:底|末)?|上年(?:底|末)?|目前|现在|当前|现有)?的?$"
)
#: ``每300名村民配备1名保洁员``, ``每万人拥有…``: the number after 每 is the base of a ratio,
#: and a number after such a base in its clause is the rate, neither a goal.
#: ``从去年的92%提高到97%``: the number a change arrives at is the goal, whatever baseline
#: the clause named before it.
RAISED_TO = re.compile(
    r"(?:提高|提升|增加|增长|扩大|降低|下降|减少|压减|压缩|缩短|增|降)(?:至|到)$"
)
#: ``每户``, and a scoring rule's step (``每少1个扣1分``, ``每低0.5个百分点扣1分``): no goal.
PER_BASE = re.compile(r"每\s?(?:少|低|多|超|差|缺|减少|降低|下降|超出)?\s?$")
PER_RATE = re.compile(r"每\s?(?:\d|[一两二三四五六七八九十百千万](?![是要年月日天周次]))")
#: ``按照每户补助3000元的标准``, ``按1:1的比例配套``: a number inside the standard a pledge
#: follows is no goal of its own (the goal is what is done by it).
#: (Not ``按期建成3个标准化卫生室``, ``按照规划建设3000亩高标准农田``: what is built.)
STANDARD_BY = re.compile(r"(?:按照|依照|参照|按)(?!时|期|计划|程序|规定|要求)")
STANDARD_OF = re.compile(r"^[^,;。]*?(?<!高)(?:标准|比例|规格)(?!化)")
#: ``给予每餐3元补贴``, ``每人每月补助200元``, ``每亩奖补100元``, ``补助标准不超过3000元``,
#: ``按300元/人发放``: money paid at a rate (per meal, head, month, mu) or a subsidy's standard
#: is how the work is paid for, no goal; the amount paid in all (``发放补贴200万元``) is one,
#: and so is a rate the pledge raises (``每人每月提高20元``).
RATE_OF_MONEY = re.compile(
    r"每(?!年)[\u4e00-\u9fff]{1,8}$|(?:补贴|补助|奖补|资助|奖励|救助|保障)标准[\u4e00-\u9fff]{0,5}$"
)
#: ``每人每月提高20元``, ``高龄津贴提高到每人每月120元``: a rate raised is the goal itself.
RATE_RAISED = re.compile(r"提高|增加|提升|上调|增发|增至|提标")
PER_HEAD = re.compile(r"\s*[/／]\s*[\u4e00-\u9fff]|(?:每|一)(?:人|户|亩|月|餐|次|天)")
CHANGE_TO = re.compile(r"^[^,;。\d]{0,8}?(?:至|到)")
#: ``装机200千瓦的…电站一座``: a count of one after the thing is an article, not a second number.
ARTICLE_ONE = re.compile(r"一(?:处|座|所|个|家|栋|幢|间|套|台|条|项|支|部)(?=$|[,;。!?、\n]|以上)")
BASELINE = re.compile(r"去年|上年|同期|已完成|已建成|已有|现有|原有|累计已|基础上|截至|截止")
CLAUSE_BREAK = re.compile(r"[,;。!?:、\n]")
#: The signs a plan writes in prose for its words (``处理率≥95%``, ``浓度≤35微克/立方米``;
#: ``>`` is read as ``≥``, a plan's floor); the parse view has ``>``/``<`` for ``＞``/``＜``.
GTE_SIGN = r"≥|≧|>=?|大于等于"
LTE_SIGN = r"≤|≦|<=?|小于等于"
REDUCE_TO = (
    r"压缩至|压缩到|压减至|压减到|缩短至|缩短到|降至|降到|降低至|降低到|减少到|减少至"
    r"|下降到|下降至"
)
LTE_BEFORE = re.compile(
    rf"(?:{LTE_SIGN})\s*$|(控制在|不超过|不高于|(?<!不)低于|(?<!不)少于|{REDUCE_TO})$"
)
LEADING_FILLER = re.compile(
    r"^(同时|另外|此外|其中|今年|明年|全年|年内|当年|计划|预计|力争|确保|争取|按期|如期|要|将|全镇|全乡|全市"
    r"|全县|各村|继续|进一步|努力|持续|共|累计|总计|[,，、①-⑳]|(?:到|在|于)?\d{4}\s?年(?:底|末)?(?:前|内)?"
    r"|(?:在|于)?(?:" + GENERIC_YEAR + ")|(?:在|于)?(?:" + TIME_PHRASE + "))+"
)
#: ``分别增长6%和7.5%``: the count before ``和`` shares the metric, it is none of it.
SERIES_TAIL = re.compile(r"(?:[\d.]+\s?(?:%|个百分点)?\s?[和、与及])+$")
#: Units that are counts in ten thousands only (``万套``, ``万件``), not measures of their own
#: (``万吨``, ``万千瓦``): a capacity in them names a project rather than sizes it.
_LARGE_ONLY = set(LARGE_COUNTS) - set(MEASURE_UNITS) - set(CLASSIFIERS)
PROJECT_NOUN = re.compile(r"项目|生产线|工厂|车间")
#: A capacity before the count (``推进年产5万吨有机肥加工项目``): see :func:`_metric`.
CAPACITY_END = re.compile(rf"(?:{CAPACITY})$")
#: Where the thing after a capacity's count stops: its verb (``…项目建成投产``) or the time it
#: is due (``…项目年内建成``, ``…项目6月底前投产``).
THING_END = re.compile(
    rf"(?:建成|投产|投用|开工|竣工|完工|落地|达产|运营|建设|并网|{GENERIC_YEAR}|{TIME_PHRASE}|$)"
)
TRAILING_COMPARATOR = re.compile(
    r"(达到|达|提高到|提升到|提高至|提升至|增至|保持在|控制在|稳定在|不低于|不少于|不超过|不高于"
    r"|超过|突破|至少|低于|少于|约|了|共|累计|总计|在|为|至|均|都|全部|要|保持|稳定|[“\"「『‘]"
    rf"|{GTE_SIGN}|{LTE_SIGN}|\s|" + REDUCE_TO + ")+$"
)
#: ``分别达到95%以上和90%``: the next count of a series, not what the count qualifies.
SERIES_NEXT = re.compile(
    r"^(?:以上|及以上|以下|以内|左右)?\s?(?:[和、与及]|以及)\s?[\d零〇一二两三四五六七八九十百]"
)
QUALIFIER = re.compile(r"^(?:(?:以上|及以上|以下|以内)的?|的)")
#: ``实现20户以上自然村全覆盖``: the count sizes the thing named right after it.
QUALIFIED_THING = re.compile(
    rf"^(?:(?:以上|及以上|以下)[\u4e00-\u9fff]{{0,4}}?|(?:以上|及以上|以下)的[\u4e00-\u9fff]{{0,8}}?)"
    rf"(?:{QUALIFIED_NOUNS})"
)
#: ``收入10万元以上的村12个``, ``年产值亿元以上企业5家``: the count of things that meet a
#: condition (their threshold is the condition's, no target) is the goal, no verb needed.
COUNT_OF_QUALIFIED = re.compile(
    rf"(?:\d+(?:\.\d+)?|[{CN}]+)?\s?(?:{UNIT_RE})(?:(?:以上|及以上|以下|以内)的?|的)"
    rf"[\u4e00-\u9fff]{{0,4}}?(?:{QUALIFIED_NOUNS})$"
)
CHANGE_WORDS = re.compile(r"(提高|提升|增长|增加|下降|减少|降低)+$")
POST_NOISE = re.compile(r"^(以上|及以上|左右|以内|以下|余|多|的)+")
POST_TAIL = re.compile(r"(一处|一个|一座|一批|一项|一条|一家|以上|左右)+$")
#: ``3个“一”``, ``两个“五星”``: a count of quoted slogans is a name, not a goal.
NUMBERED_NAME = re.compile(r"[“\"《「][零〇一二两三四五六七八九十百千\d]")
#: ``3-5个``, ``5至8万元``: the low end of a range is what the pledge guarantees.
RANGE_LOW = re.compile(
    rf"(?<![\d.零〇一二两三四五六七八九十百千万亿])(\d+(?:\.\d+)?|[{CN}]+)\s*(?:-|－|~|～|—|–|至|到)\s*$"
)
#: ``1.2万亩至1.5万亩``: between the two ends of a range that repeats its unit. A range of
#: quantities guarantees its low end; a range of rates (``增长6%—7%``) is a band: both ends.
RATE_UNITS = {"%", "个百分点"}
RANGE_HIGH = re.compile(r"\s*(?:-|－|~|～|—|–|至|到)\s*")
#: Breaks between two counts that end a series (a new sentence).
SERIES_BREAK = re.compile(r"[;。!?\n]")
#: ``改造背街小巷6条共2.3公里``: a count the clause's verb opens, then its total measure.
TOTAL_AFTER = re.compile(r"共\s?\d")
#: ``第一批4条7月底前完工``: a batch's count, then when it is done.
BATCH = re.compile(r"第[一二三四五六七八九十\d]{1,2}(?:批|期|阶段)$")
#: ``年底前2条生产线投产``, ``9月底前3个安置点全部建成``: after a time alone, the count of the
#: things it sees done, the completion closing the clause.
DONE_THINGS = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:全部|全面|顺利|建成)?"
    r"(?:建成|投产|投用|完工|竣工|通车|并网|运营|投入使用|投入运营|开业|交付使用|交付)"
    r"(?:投产|运营|使用|验收)?$"
)
DONE_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{0,4}}?(?:{TIME_PHRASE})+\s*(?:完工|完成|建成|竣工|投用)"
)
BRACKET = re.compile(r"\([^()\n]{0,40}\)|[【\[][^【】\[\]\n]{0,40}[】\]]")
#: A bracket that prices what is before it: ``（估算投资1.2亿元）``.
COST_FIRST = re.compile(rf"\s*(?:{COST_WORDS})")
#: A bracket that gives a past figure for comparison: ``（2028年为89.5%）``, ``（去年为85%）``,
#: ``（上年：3.2亿元）``, ``（2028年底已达120家）``: the figure is no goal of this plan.
PAST_BRACKET = re.compile(
    r"[(【\[]\s*(?:(?:\d{4}\s?年|去年|上年|上一年|前一年)(?:度|底|末|同期)?\s*(?:为|是|[:：]|已|实际)"
    r"|(?:去年|上年|上一年|前一年)(?:度|底|末|同期)?)"
)
#: A bracket that breaks the total before it down: ``（其中：工业项目5个；农业项目3个）``.
BREAKDOWN = re.compile(r"[(【\[]\s*(?:其中|含|包括|分别为)")
BREAKDOWN_LEAD = re.compile(r"\s*(?:其中|含|包括|分别为)?\s*:?\s*")
#: A bracket that says what the count before it includes: ``行政村12个（含社区2个）``,
#: ``（包括易地搬迁户30户）``. The count is the goal; what it includes, one count, is no second
#: one (parts that break it down, two counts or more, are goals: :func:`_inclusion`).
INCLUDED = re.compile(r"[(【\[]\s*(?:含有?|包含|包括)(?!:)")
#: A clause that tells how things will stand once the work is done, not what is to be done:
#: ``建成后全镇共有公园12个``, ``调整后全镇行政村12个``, ``届时全镇服务站达到20个``,
#: ``项目投用后年处理污水…``. ``累计达到80家`` has no such opening: a goal still.
RESULT_STATE = re.compile(
    r"\s*(?:(?:该|本|此)?[\u4e00-\u9fff]{0,4}?(?:(?:建成|完成|改造|调整|合并|撤并|整合|实施|投用|投运"
    r"|投产|竣工|落成|提升|完工|运行)){1,2}(?:之)?后|届时|到那时|到时|至此)"
)
APPROXIMATE_AFTER = re.compile(r"^(?:以上|以下)?(?:左右|上下)")
#: ``约5000万元``, not the 约 of a verb (``签约3个``, ``节约``, ``履约``).
APPROXIMATE_BEFORE = re.compile(r"(?:(?<![签制节履合公预违特邀相集简契协守])约|大约|预计)$")
QUOTES = {"“": "”", "《": "》", "「": "」", "‘": "’", '"': '"'}


#: A share of the work that a stage of a schedule has done (``4月底前完成60%``, ``完成工程量的50%``,
#: ``形象进度达到80%``, ``累计完成全年任务的70%``): the stage's progress, held by its milestone.
_WORK_DONE = (
    r"(?:全年|年度|总|全部|主体|项目|计划)?(?:目标)?"
    r"(?:任务量?|工程量|工作量|建设量|投资|进度|形象进度|工程进度|建设进度|施工进度)"
)
PROGRESS_SHARE = re.compile(
    rf"(?:(?:{TIME_PHRASE}|{GENERIC_YEAR}|底|末|前)\s*)*(?:累计|总体|整体)?"
    rf"(?:完成(?:{_WORK_DONE}的?)?(?:达到|达)?|{_WORK_DONE}(?:达到|达|完成)?)"
    r"\s*(?:\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十]+)(?:以上|左右)?"
)


def progress_share(target: ParsedTarget) -> bool:
    """Is ``target`` a stage's share of the work done (:data:`PROGRESS_SHARE`), no goal of its
    own when a pledge's schedule states it?"""
    return target.unit == "%" and PROGRESS_SHARE.fullmatch(target.source_text.strip()) is not None


def find_targets(view: str, clean: str) -> list[ParsedTarget]:
    """The targets stated in one pledge (``view`` is its parse view)."""
    return [
        ParsedTarget(t.metric, t.value, t.unit, t.comparator, t.source_text, t.approximate)
        for t in _targets(view, clean)
    ]  # copies, made field by field (``dataclasses.replace`` reads the fields each time)


@remembered
def _targets(view: str, clean: str) -> tuple[ParsedTarget, ...]:
    """:func:`find_targets`, remembered: a pledge, its sentences and its title are read for
    targets more than once (10,747 calls for 6,594 texts in a plan of 5,000 distinct pledges).
    Callers get copies, as a :class:`ParsedTarget` may be changed by its pledge."""
    view = _without_past_figures(view)
    quoted = quoted_ranges(view)
    brackets = [(b.start(), b.end()) for b in BRACKET.finditer(view)]
    breaks = _breaks_outside(CLAUSE_BREAK, view, [*quoted, *brackets])
    result_breaks = _breaks_outside(RESULT_CLAUSE_BREAK, view, brackets)
    targets: list[ParsedTarget] = []
    starts: list[int] = []  # where each target's number starts
    bare: set[int] = set()  # targets stated without a metric of their own
    results: set[int] = set()  # targets stated as how things stand once done
    last_end = -1
    previous_end = 0
    for m in NUMBER_RE.finditer(view):
        if any(s <= m.start() < e and not _quoted_count(view, s, e, m) for s, e in quoted):
            continue
        # ``建设文化广场6个，农家书屋3个``: a count that continues a series shares its verb
        series = last_end >= 0 and not SERIES_BREAK.search(view, last_end, m.start())
        target = _target(m, view, clean, quoted, brackets, series, breaks)
        if target is None:
            continue
        last_end = m.end()
        if (
            targets
            and targets[-1].unit == target.unit
            and targets[-1].value < target.value
            and RANGE_HIGH.fullmatch(view, previous_end, m.start())
        ):
            targets[-1].comparator = ">="  # ``1.2万亩至1.5万亩``: the low end is the goal
            if target.unit not in RATE_UNITS:
                continue
            # ``增长6%—7%``: a rate's range is a band, its floor and its ceiling both goals
            target.comparator, target.approximate = "<=", False
            target.metric = targets[-1].metric
            targets.append(target)
            starts.append(m.start())
            continue
        if not target.metric:  # ``提高2个百分点,达到92%``: the metric named before
            bare.add(id(target))
            previous = CHANGE_WORDS.sub("", targets[-1].metric) if targets else ""
            at = m.start()
            if previous.startswith("每"):  # ``新建幸福院，每所床位不少于20张，2所``: the 幸福院
                rate_at = clean.find(targets[-1].source_text)
                previous, at = "", rate_at - 1 if rate_at > 0 else at
            target.metric = previous or _named_before(view, clean, at) or target.unit
        elif _share_of(target, targets):  # ``…300个，上半年新增150个``: the whole's metric
            target.metric = targets[-1].metric
        previous_end = m.end()
        if _states_result(view, m.start(), brackets, result_breaks):
            results.add(id(target))
        targets.append(target)
        starts.append(m.start())
        ceiling = _rate_ceiling(m, target)
        if ceiling is not None:  # ``增长6—7%``: the unit written once, after the ceiling
            targets.append(ceiling)
            starts.append(m.start())
    if any(id(t) not in results for t in targets):  # the result alone: the goal still
        targets, starts = _without(targets, starts, results)
    _each_its_own(view, clean, targets, starts)
    targets = _distinct(view, targets, starts)
    targets = _stated_once(targets, bare)
    ones = (
        _counts_of_one(view, clean, quoted)
        + _one_built(view, clean, quoted)
        + _zero_goals(view, clean, targets)
    )
    if not ones:
        return tuple(targets)
    positions = {id(t): clean.find(t.source_text) for t in [*targets, *ones]}
    return tuple(sorted([*targets, *ones], key=lambda t: positions[id(t)]))


RESULT_CLAUSE_BREAK = re.compile(r"[,;。!?:\n]")
#: A clause that says what there is (``全镇共有公园12个``, ``届时将拥有…``): how things stand.
HAVING = re.compile(r"(?<!公)共有|将有|拥有")


def _breaks_outside(
    pattern: re.Pattern[str], view: str, ranges: Sequence[tuple[int, int]]
) -> list[int]:
    """Where ``pattern`` (one character) matches in ``view`` outside every range (``s < b <
    e``: a bracket's or quote's own marks count), in order: a pledge's clause breaks, found once
    for all its numbers (:func:`_target`, :func:`_states_result`)."""
    return [
        b.start() for b in pattern.finditer(view) if not any(s < b.start() < e for s, e in ranges)
    ]


def _states_result(
    view: str,
    at: int,
    brackets: Sequence[tuple[int, int]],
    breaks: Sequence[int] | None = None,
) -> bool:
    """Does the clause of the count at ``at`` tell how things stand once the work is done
    (:data:`RESULT_STATE`: ``建成后全镇共有公园12个``), or what there is (:data:`HAVING`)?
    Then the count describes the result: the pledge's targets are what it delivers
    (``新建城东公园1个``), the result only when it states nothing else
    (``建成后全镇污水处理能力达到每日2万吨``)."""
    # ``建成后全镇共有公园12个、绿地30处``: one clause, both the result
    if breaks is None:  # :data:`RESULT_CLAUSE_BREAK` outside the brackets, all of the view's
        breaks = _breaks_outside(RESULT_CLAUSE_BREAK, view, brackets)
    before = bisect_left(breaks, at)
    start = breaks[before - 1] + 1 if before else 0
    return RESULT_STATE.match(view, start, at) is not None or bool(HAVING.search(view, start, at))


def _without(
    targets: list[ParsedTarget], starts: list[int], left_out: set[int]
) -> tuple[list[ParsedTarget], list[int]]:
    kept = [(t, s) for t, s in zip(targets, starts, strict=True) if id(t) not in left_out]
    return [t for t, _ in kept], [s for _, s in kept]


#: What stands between a count's clause start and the thing it counts: a time, a goal verb, a
#: modal (``年底前新建``, ``可提供``, ``累计完成``).
THING_LEAD = re.compile(
    rf"^(?:(?P<time>(?:{TIME_ONLY.pattern})+)|{GOAL_VERB_ANY.pattern}|可|能够|能|再|另|累计|共)"
)
#: Where the words naming a counted thing start: after a list's or a clause's break.
THING_BREAK = re.compile(r"[、,，;；:：。\s（(）)]")


def _thing(view: str, at: int) -> tuple[str, str]:
    """The time and the thing named right before a count at ``at`` (``年底前新建公厕3座`` →
    (``年底前``, ``公厕``)), without its verbs: what two statements of one count share."""
    words = THING_BREAK.split(view[:at])[-1]
    time = ""
    while words and (m := THING_LEAD.match(words)) and m.end():
        time += re.sub(r"完成|实现|建成", "", m.group("time") or "")  # verbs among the times
        words = words[m.end() :]
    return time, words


def _distinct(view: str, targets: list[ParsedTarget], at: list[int]) -> list[ParsedTarget]:
    """A pledge's targets, each once: a count stated again of the same thing (a project's scale
    repeated in its year's goal, ``新增学位360个`` after ``可提供学位360个``, ``改造管网21公里`` in
    two columns, ``新建公厕8座，年底前公厕8座全部建成``) is one target. Equal counts of different
    things (``改造小区3个，新建公园3个``) or of two different times (``一季度新建公厕3座，三季度新建
    公厕3座``) all stay; a count whose thing is not named before it is never taken for
    another."""
    kept: list[tuple[ParsedTarget, tuple[str, str]]] = []
    for target, start in zip(targets, at, strict=True):
        time, thing = _thing(view, start)
        if thing and any(
            other.value == target.value
            and other.unit == target.unit
            and other.comparator == target.comparator
            and (seen_time == time or not (seen_time and time))
            and (seen.endswith(thing) or thing.endswith(seen))
            and min(len(seen), len(thing)) >= 2
            for other, (seen_time, seen) in kept
        ):
            continue
        kept.append((target, (time, thing)))
    return [target for target, _ in kept]


def _stated_once(targets: list[ParsedTarget], bare: set[int]) -> list[ParsedTarget]:
    """The targets without an amount stated again without a metric of its own: an item's
    ``项目投资：约360万元`` beside its money line (or its 建设内容's ``投资360万元``) is one
    target. Equal values of distinct metrics (``改造小区3个，新建公园3个``) and a count
    again (``一季度完成3个，二季度完成3个``) are all kept."""
    kept: list[ParsedTarget] = []
    for n, t in enumerate(targets):
        again = any(
            u.value == t.value and u.unit == t.unit and (id(u) not in bare or m < n)
            for m, u in enumerate(targets)
            if m != n
        )
        if not (id(t) in bare and again and re.fullmatch(MONEY_UNIT, t.unit)):
            kept.append(t)
    return kept


def _fraction(numerator: str, denominator: str) -> Decimal | None:
    """``五分之一`` as a percentage, to one decimal (``三分之二`` → 66.7)."""
    top, bottom = parse_number(numerator), parse_number(denominator)
    if top is None or not bottom or top >= bottom:
        return None
    share = (Decimal(100) * top / bottom).quantize(Decimal("0.1"))
    return share if share % 1 else Decimal(int(share))


def _rate_ceiling(m: re.Match[str], floor: ParsedTarget) -> ParsedTarget | None:
    """The ceiling of ``6—7%`` when :func:`_target` took its floor (a rate's range is a band)."""
    if floor.unit not in RATE_UNITS or floor.comparator != ">=" or not m.group("num"):
        return None
    high = parse_number(m.group("num"))
    if high is None or high <= floor.value:
        return None
    return replace(
        floor, value=high.normalize() if high % 1 else high, comparator="<=", approximate=False
    )


#: ``A和B分别增长6%和7.5%``: the counts after ``分别`` go one to each thing named before it.
EACH = re.compile(r"分别(?!为)")
#: Where the things named before ``分别`` start: the clause's start.
EACH_CLAUSE = re.compile(r"[,;。:!?\n]")
#: Between the things: ``、``, and ``和``/``与``/``及``/``以及`` before the last.
EACH_SEP = re.compile(r"、|以及|和|与|及")
#: A verb after ``分别`` that the metric keeps: the value is a change (``增长6%``), not a level.
EACH_CHANGE = re.compile(r"(?:增长|提高|提升|增加|下降|减少|降低)(?=\s*\d|$)")


def _each_its_own(view: str, clean: str, targets: list[ParsedTarget], at: list[int]) -> None:
    """``地区生产总值和财政收入分别增长6%和7.5%``: one target per thing, in order
    (地区生产总值增长 6 %, 财政收入增长 7.5 %); ``粮食、油料产量分别达到3万吨、0.8万吨``: short
    things before the last share its noun (粮食产量, 油料产量). Only when there are as many
    things as counts; otherwise the counts keep the metric they share."""
    for each in EACH.finditer(view):
        stop_at = SERIES_BREAK.search(view, each.end())
        stop = stop_at.start() if stop_at else len(view)
        after = [i for i, pos in enumerate(at) if each.end() <= pos < stop]
        if len(after) < 2:
            continue
        start = max((b.end() for b in EACH_CLAUSE.finditer(view, 0, each.start())), default=0)
        doer = DOER_PREFIX.match(view, start, each.start())
        if doer and doer.end() < each.start():
            start = doer.end()
        start, end = _trim(view, start, each.start(), LEADING_FILLER, TRAILING_COMPARATOR)
        cuts = [(m.start(), m.end()) for m in EACH_SEP.finditer(view, start, end)]
        if len(cuts) + 1 != len(after):
            continue
        bounds = [start, *(c for cut in cuts for c in cut), end]
        things = [clean[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
        if not all(things):
            continue
        short, last = things[:-1], things[-1]
        size = len(short[0])
        if size <= 3 and all(len(t) == size for t in short) and len(last) > size + 1:
            things = [t + last[size:] for t in short] + [last]  # 粮食、油料产量
        verb = EACH_CHANGE.match(view[each.end() : at[after[0]]].strip())
        change = verb.group() if verb else ""
        comparator = _comparator(view[each.end() : at[after[0]]], "")
        for i, thing in zip(after, things, strict=True):
            targets[i].metric = (thing + change)[:200]
            if comparator == "<=" and not targets[i].approximate:  # ``分别控制在…以内``
                targets[i].comparator = comparator


def _without_past_figures(view: str) -> str:
    """``达到95%以上（2030年为80%）``: last year's figure in its bracket is blanked out (same
    length, so positions still match the clean text): neither a target nor a qualifier."""
    if "年" not in view:
        return view
    for b in BRACKET.finditer(view):
        if PAST_BRACKET.match(view, b.start()):
            view = view[: b.start()] + " " * (b.end() - b.start()) + view[b.end() :]
    return view


#: A share's metric words that only say when or in which batch: ``第一批``, ``上半年新增``.
SHARE_WORDS = re.compile(
    rf"(?:其中)?(?:第[一二三四\d]批|首批|第[一二三四\d]阶段|{TIME_PHRASE})*"
    r"(?:累计)?(?:完成|建成|新增|实现|达到|新建|改造|完工)?"
)


def _share_of(target: ParsedTarget, targets: list[ParsedTarget]) -> bool:
    """Is ``target`` a smaller share of the count before it, in its unit, with metric words
    that only say when or in which batch (``上半年新增150个``, ``第一批5条``)?"""
    if not targets or targets[-1].unit != target.unit or target.value >= targets[-1].value:
        return False
    return bool(target.metric) and SHARE_WORDS.fullmatch(target.metric) is not None


def _named_before(view: str, clean: str, at: int) -> str:
    """What a count without words of its own measures (``实施农村改厕，6月底前完成200户``): the
    last clause before it that says more than a time or a completion verb (``实施农村改厕``)."""
    stop = at
    for brk in reversed([0, *(b.end() for b in CLAUSE_BREAK.finditer(view, 0, at))]):
        start, end = _trim(view, brk, stop, LEADING_FILLER, TRAILING_COMPARATOR)
        if end > start:
            return clean[start:end].strip(" ,，、")[-20:]
        stop = max(brk - 1, 0)
    return clean[:at].strip(" ,，、")[-20:]


def _zero_goals(view: str, clean: str, targets: list[ParsedTarget]) -> list[ParsedTarget]:
    """``重大事故零发生``, ``安全生产零事故``, ``确保零伤亡``, ``全年不发生较大以上安全生产事故``:
    what must not happen, in words, is a naught target (:data:`ZERO_WORDS`), unless the pledge
    states it as a count already (``事故起数控制在0起``) or a clause tells the past (``去年实现
    零事故``)."""
    if not any(event in view for event in ZERO_EVENTS):
        return []  # every wording of :data:`ZERO_WORDS` names its event: none, no match
    found = []
    for m in ZERO_WORDS.finditer(view):
        clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(view, 0, m.start())), default=0)
        clause_end = next((b.start() for b in CLAUSE_BREAK.finditer(view, m.end())), len(view))
        if BASELINE.search(view, clause_start, m.end()):
            continue
        if m.group("event"):  # ``安全生产零事故``: the words before 零 and the event
            event = m.group("event")
            metric = clean[m.start("lead") : m.end("lead")] + clean[m.start("event") : m.end()]
        else:  # ``重大事故零发生``, ``不发生…事故``, ``重大安全事故为零``: the event's own words
            group = next(g for g in ("head", "thing", "nil") if m.group(g))
            metric = clean[m.start(group) : m.end(group)]
            event = max(ZERO_EVENTS, key=metric.rfind)  # ``事故死亡人数``: its last
        opening = ZERO_LEAD.match(metric)
        metric = metric[opening.end() :] if opening else metric
        if not metric or any(t.value == 0 for t in targets):
            continue
        unit = m.group("unit") or ZERO_EVENT_UNITS.get(event, "起")
        if m.group("growth"):  # ``欠薪案件零增长``: no more than last year
            metric, unit = metric + "增长", "%"
        found.append(
            ParsedTarget(
                metric=metric[:200],
                value=Decimal(0),
                unit=unit,
                comparator="<=",
                source_text=clean[clause_start:clause_end].strip()[:200],
            )
        )
    return found


def _one_built(view: str, clean: str, quoted: Sequence[tuple[int, int]]) -> list[ParsedTarget]:
    """``新建一所学校``, ``建成一座污水处理站``, ``培育一家龙头企业``: a count of one right after a
    verb that builds or brings in a thing is the goal, not an article (``开展一次排查``,
    ``建设一支队伍``, ``建立一套机制`` stay out: their verb or measure word names no thing
    built)."""
    if "一" not in view:
        return []  # no count of one
    found = []
    for m in ONE_BUILT.finditer(view):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        clause_end = next((b.start() for b in CLAUSE_BREAK.finditer(view, m.end())), len(view))
        thing = view[m.end() : clause_end]
        if NAME_NOUNS.search(thing) or NUMBER_RE.search(thing):
            continue  # ``建设一个…体系``; ``新建一座5兆瓦电站``: measured otherwise
        clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(view, 0, m.start())), default=0)
        found.append(
            ParsedTarget(
                metric=(clean[m.start("verb") : m.end("verb")] + clean[m.end() : clause_end]).strip(
                    " ,，、。"
                )[:200],
                value=Decimal(1),
                unit=m.group("unit"),
                comparator=">=",
                source_text=clean[clause_start:clause_end].strip()[:200],
            )
        )
    return found


def _counts_of_one(view: str, clean: str, quoted: Sequence[tuple[int, int]]) -> list[ParsedTarget]:
    """``建成文化广场一处、污水处理站一座``: counts of one that a goal verb in their clause
    builds, unless the clause measures the thing otherwise (``5兆瓦光伏电站一处``) or the
    clause after it describes it (``…中心一处，面积5000平方米``)."""
    if "一" not in view:
        return []  # no count of one
    found = []
    for m in ONE_COUNT.finditer(view):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        breaks = list(CLAUSE_BREAK.finditer(view))
        before = [b for b in breaks if b.start() < m.start()]
        clause_start = max((b.end() for b in before if view[b.start()] != "、"), default=0)
        item_start = max((b.end() for b in before), default=0)
        after = [b.start() for b in breaks if b.start() >= m.end()]
        clause_end = after[0] if after else len(view)
        next_end = after[1] if len(after) > 1 else len(view)
        pre = view[clause_start : m.start()]
        if not GOAL_VERB_ANY.search(pre) or BASELINE.search(pre):
            continue
        if NUMBER_RE.search(view, item_start, m.start()):
            continue  # ``新建5兆瓦光伏电站一处``: measured already
        following = view[clause_end + 1 : next_end]
        if (
            view[clause_end : clause_end + 1] == ","
            and NUMBER_RE.search(following)
            and not GOAL_VERB_ANY.search(following)
        ):
            continue  # ``…中心一处，面积5000平方米``: the next clause describes it
        head_start, head_end = _trim(
            view, item_start, m.start(), LEADING_FILLER, TRAILING_COMPARATOR
        )
        found.append(
            ParsedTarget(
                metric=clean[head_start:head_end].strip(" ,，、")[:200],
                value=Decimal(1),
                unit=m.group("unit"),
                comparator=">=",
                source_text=clean[clause_start:clause_end].strip()[:200],
            )
        )
    return found


def _target(
    m: re.Match[str],
    view: str,
    clean: str,
    quoted: Sequence[tuple[int, int]] = (),
    brackets: Sequence[tuple[int, int]] = (),
    series: bool = False,
    breaks: Sequence[int] | None = None,
) -> ParsedTarget | None:
    """The target the number ``m`` states, or None. ``breaks``: the view's clause breaks
    outside ``quoted`` and ``brackets`` (:func:`_breaks_outside`), found here when not given."""
    raw_number = m.group("pct") or m.group("num")
    unit = "%" if m.group("pct") or m.group("frac") else m.group("unit")
    over = LARGE_OVER.fullmatch(unit) is not None  # ``2万余册``: more than 2 万册
    if over:
        unit = unit[0] + unit[2:]
    if m.group("frac"):  # ``五分之一以上`` → 20 %, ``三分之一`` → 33.3 %: a share is a percentage
        value = _fraction(m.group("frac"), m.group("den"))
    elif raw_number == "一" or (raw_number and raw_number.endswith("点")):
        return None
    else:
        value = Decimal(100) if raw_number == "百" else parse_number(raw_number)
    if value is None or value < 0 or (value == 0 and unit not in ZERO_GOALS):
        return None
    if breaks is None:  # “好婆婆。好媳妇” is one name; 新（改、扩）建 one verb
        breaks = _breaks_outside(CLAUSE_BREAK, view, [*quoted, *brackets])
    before, after = bisect_left(breaks, m.start()), bisect_left(breaks, m.end())
    clause_start = breaks[before - 1] + 1 if before else 0
    clause_end = breaks[after] if after < len(breaks) else len(view)
    part_of = _breakdown(view, brackets, m.start())
    if part_of is not None and _inclusion(view, part_of):
        return None  # ``12个（含社区2个）``: what the count includes, no goal of its own
    if part_of is not None:  # ``8个（其中：工业项目5个；农业项目3个）``: a part's own clause
        clause_start, clause_end = _part_clause(view, part_of, m)
    else:  # the headline's clause stops before its breakdown
        clause_end = next(
            (s for s, e in brackets if m.end() <= s < clause_end and BREAKDOWN.match(view, s)),
            clause_end,
        )
    inside = next((b for b in brackets if b[0] < m.start() < b[1]), None)
    if inside is not None and COST_FIRST.match(view, inside[0] + 1):
        # ``项目（估算投资1.2亿元）``: the bracket's words are the metric
        clause_start, clause_end = max(clause_start, inside[0] + 1), min(clause_end, inside[1] - 1)
    number_start = m.start()
    low = RANGE_LOW.search(view, clause_start, m.start()) if not m.group("pct") else None
    low_value = parse_number(low.group(1)) if low else None
    if low is not None and low_value is not None and 0 < low_value < value:
        value, number_start = low_value, low.start()
    else:
        low = None
    pre = view[clause_start:number_start].strip().rstrip(QUOTE_MARKS)
    raw_post = view[m.end() : clause_end].strip()
    post = raw_post.lstrip(QUOTE_MARKS)
    if m.group("pct") and post.startswith(unit):
        post = post[len(unit) :]
    if _names_it(post) or re.match(r"[A-Za-z]", post) or NUMBERED_NAME.match(raw_post):
        return None
    if (BASELINE.search(pre) and not RAISED_TO.search(pre)) or re.search(
        r"^[^,;。]*基础上", view[m.end() :]
    ):
        return None
    if CHANGE_FROM.search(pre) and CHANGE_TO.match(post):
        return None
    if PER_BASE.search(pre) or PER_RATE.search(pre):
        return None
    if STANDARD_BY.search(pre) and STANDARD_OF.match(post):
        return None
    if (
        re.fullmatch(MONEY_UNIT, unit)
        and (RATE_OF_MONEY.search(pre) or PER_HEAD.match(post))
        and not RATE_RAISED.search(pre)
    ):
        return None
    if (
        QUALIFIER.match(post)
        and not SERIES_NEXT.match(post)
        and NUMBER_RE.search(ARTICLE_ONE.sub("", post))
    ):
        return None
    if QUALIFIED_THING.match(post):
        return None
    if unit in _LARGE_ONLY and CAPACITY_END.search(pre) and PROJECT_NOUN.search(post):
        return None  # ``年产50万套新能源汽车零部件项目``: pieces a year name the project
    if unit in STRICT_CLASSIFIERS and PHASE_NAMES.match(raw_post):
        return None  # ``完成二期道路及管网配套``, ``启动三期工程``: the phase's name, no count
    if unit in CLASSIFIERS:
        ends_clause = not post or bool(POST_NOISE.match(post))
        # a bracket after the count (``12个（分值10分，每少1个扣1分）``) leaves it at the clause's
        # end, but not a count word that names a thing there (``开通12路（公交）``)
        if unit not in CLAUSE_END_CLASSIFIERS and not BRACKET.sub("", post).strip():
            ends_clause = True
        if unit in STRICT_CLASSIFIERS and not SESSION_BEFORE.search(pre):
            ends_clause = False
        if unit in CLAUSE_END_CLASSIFIERS and not ends_clause:
            return None
        verbs = BRACKET.sub("", pre)  # 新（改、扩）建 → 新建
        # ``为20个村卫生室配备设备``: the count of those a goal verb serves
        serves = bool(BENEFICIARY.search(verbs)) and bool(GOAL_VERB_ANY.search(post))
        # ``为符合条件的残疾人免费适配辅助器具800件``: what a clause gives those it serves
        serves = serves or (ends_clause and BENEFICIARY_FIRST.match(verbs) is not None)
        if (
            not GOAL_VERBS.search(verbs)
            and not (unit not in STRICT_CLASSIFIERS and VERB_OBJECT.search(verbs))
            and not (
                unit not in STRICT_CLASSIFIERS
                and OBJECT_CLOSED.match(post)
                and VERB_LONG_OBJECT.search(verbs)
            )
            and not (
                TOTAL_AFTER.match(post) and GOAL_VERB_ANY.match(_clause_head(view, number_start))
            )
            and not (BATCH.search(verbs) and DONE_AFTER.match(post))
            and not ((not verbs or TIME_ONLY.fullmatch(verbs)) and DONE_THINGS.match(post))
            and not serves
            and not (ends_clause and (CLAUSE_END_VERBS.search(verbs) or series))
            and not (ends_clause and part_of is not None)  # a part shares the total's verb
            and not (ends_clause and _counted_item(view, clause_start, pre))
            and not (ends_clause and not pre and _counts_clause_before(view, clause_start))
            and not (ends_clause and _counts_the_qualified(verbs))
            and not _capped(verbs)
            and not _listed_objects(verbs, post)
            and not _names_counted(view, clause_start, verbs, post)
            and not PROJECT_OBJECT.search(verbs)
        ):
            return None
    approximate = bool(APPROXIMATE_AFTER.match(post) or APPROXIMATE_BEFORE.search(pre))
    if approximate:
        comparator = "="  # 左右 is about, neither a floor nor a ceiling
    else:
        comparator = ">=" if m.group("approx") or low or over else _comparator(pre, post)
    if value == 0:  # ``较大及以上生产安全事故 0起``: none may happen, a ceiling of naught
        comparator = "<="
    metric = _metric(view, clean, clause_start, clause_end, m, number_start)
    return ParsedTarget(
        metric=metric,
        value=value.normalize() if value % 1 else value,
        unit=UNIT_ALIASES.get(unit, unit),
        comparator=comparator,
        source_text=clean[clause_start:clause_end].strip()[:200],
        approximate=approximate,
    )


#: ``一般以上生产安全事故控制在3起以内``, ``不超过2起``: a count held under a cap is the goal.
CAP_BEFORE = re.compile(
    rf"(?:控制在|不超过|不多于|不高于|少于|压减到|压减至|降至|降到|{LTE_SIGN})\s*$"
)
#: ``对桂花苑、新华里等5个老旧小区实施改造``, ``完成洞口、杨柳等5个村的管网建设``: the count
#: that sums up the things named before it, in a clause that works on them.
LISTED_BEFORE = re.compile(r"[\u4e00-\u9fff”]{1,12}(?:、[\u4e00-\u9fff“”]{1,12})*等$")
#: ``全年安排县级重点项目60个``, ``实施市级重点建设项目45个``: the projects a plan lines up.
PROJECT_OBJECT = re.compile(
    r"(?:安排|实施|推进|谋划|储备|续建|新开工)[\u4e00-\u9fff]{0,10}(?:项目|工程|实事)$"
)


def _capped(pre: str) -> bool:
    return CAP_BEFORE.search(pre) is not None


def _listed_objects(pre: str, post: str) -> bool:
    """``对东湖、西岭等8个村实施整治``: a count after ``X、Y等`` whose clause does the work (a
    goal verb before the list or after the count), not one that describes the town
    (``全镇辖东湖、西岭等12个村``, ``覆盖…等8个村``)."""
    if LISTED_BEFORE.search(pre) is None or DESCRIBING.search(pre):
        return False
    return bool(GOAL_VERB_ANY.search(pre) or GOAL_VERB_ANY.search(post))


#: A name in a list (``桂花苑``, ``龙井新村``, ``“红旗”``): words without a verb of their own.
LISTED_NAME = re.compile(r"[\u4e00-\u9fff“”]{1,12}")


def _names_counted(view: str, clause_start: int, pre: str, post: str) -> bool:
    """``完成桂花苑、龙井新村2个小区综合改造``: a count right after names listed with ``、``
    (no ``等``) sums them up, in a clause whose goal verb stands before the list; not in one
    that describes the town (``全镇辖东湖、西岭2个村``), nor when the clause goes on to measure
    the work (``硬化南圩、北圩两个片区通组道路6.4公里``: the count names its scope)."""
    if clause_start < 1 or view[clause_start - 1] != "、" or not LISTED_NAME.fullmatch(pre):
        return False
    if NUMBER_RE.search(post):
        return False
    head = BRACKET.sub("", _clause_head(view, clause_start - 1))
    return bool(GOAL_VERB_ANY.match(head) or GOAL_VERBS.search(head)) and not DESCRIBING.search(
        head
    )


def _names_it(post: str) -> bool:
    """Does the count name something (``15条硬措施``, ``三个方面``, ``十项重点任务``) rather than
    count things a word qualifies (``3个标准化卫生室``, ``3个一体化污水处理站``, ``5个重点项目``)?
    A name word is the name unless a short noun of another kind follows it."""
    name = NAME_NOUNS.match(post)
    if not name:
        return False
    rest = re.match(r"[\u4e00-\u9fff]*", post[name.end() :])
    thing = rest.group() if rest else ""
    return (
        not thing
        or len(thing) > 8
        or bool(GENERIC_THING.match(thing))
        or bool(NAME_NOUNS.search(thing))
        or bool(GOAL_VERB_ANY.search(thing))
    )


#: What may stand before an item that is only a thing and its count: its list marker.
ITEM_LEAD = re.compile(r"[\s①-⑳、,.]*")
#: A thing counted in an item of its own: a short noun, no verb of having or describing.
COUNTED_THING = re.compile(r"[\u4e00-\u9fff“”]{2,12}")
DESCRIBING = re.compile(r"有|共|是|为|覆盖|涉及|辖|位于")


def _clause_head(view: str, at: int) -> str:
    """The words before ``at`` back to the last comma or stop (a list's ``、`` does not end
    them): ``改造建设巷、光明巷等背街小巷`` before ``6条``."""
    start = max(view.rfind(mark, 0, at) for mark in ",;:。\n") + 1
    return view[start:at].strip()


def _counts_the_qualified(pre: str) -> bool:
    """``收入10万元以上的村12个``: a count of the things that meet a condition, unless the
    clause describes what there is (``全镇有50户以上的自然村12个``)."""
    m = COUNT_OF_QUALIFIED.search(pre)
    return m is not None and not DESCRIBING.search(pre, 0, m.start())


def _counts_clause_before(view: str, clause_start: int) -> bool:
    """``新建村级养老服务站，3个，2031年10月31日`` (a table's row flattened to commas): a count
    alone in its clause counts what the clause before it builds, when that clause has a goal
    verb (``村级养老服务站建设，3个``)."""
    if clause_start < 1 or view[clause_start - 1] not in ",，":
        return False
    return bool(GOAL_VERB_ANY.search(BRACKET.sub("", _clause_head(view, clause_start - 1))))


def _counted_item(view: str, clause_start: int, pre: str) -> bool:
    """``①工业项目5个``: an item (or the first clause of one) that is only a thing and its
    count, in a list of goals, states the count as the goal though no verb precedes it."""
    return (
        ITEM_LEAD.fullmatch(view, 0, clause_start) is not None
        and COUNTED_THING.fullmatch(pre) is not None
        and not DESCRIBING.search(pre)
    )


def _breakdown(view: str, brackets: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The breakdown bracket (``（其中：…）``, ``（含…）``) that position ``at`` is inside."""
    return next(
        ((s, e) for s, e in brackets if s < at < e and BREAKDOWN.match(view, s)),
        None,
    )


def _inclusion(view: str, bracket: tuple[int, int]) -> bool:
    """Is the bracket a note of what the count before it includes (``（含社区2个）``, one
    count), rather than its breakdown into parts (``（含家庭农场20家、农民合作社10家）``, two or
    more: the parts are goals too)?"""
    start, end = bracket
    return INCLUDED.match(view, start) is not None and len(NUMBER_RE.findall(view, start, end)) == 1


def _part_clause(view: str, bracket: tuple[int, int], m: re.Match[str]) -> tuple[int, int]:
    """One part of a breakdown: from the break before it (or the bracket's ``其中：``) to
    the break after it (or the bracket's end)."""
    start, end = bracket
    inner = [b.start() for b in CLAUSE_BREAK.finditer(view, start + 1, end - 1)]
    part_start = max((b + 1 for b in inner if b < m.start()), default=start + 1)
    part_end = min((b for b in inner if b >= m.end()), default=end - 1)
    lead = BREAKDOWN_LEAD.match(view, part_start, m.start())
    return (lead.end() if lead else part_start), part_end


def _comparator(pre: str, post: str) -> str:
    """``<=`` under a cap (``控制在3起以内``, ``不超过``, ``以下``); else ``>=`` (SPEC §3): a count
    or amount the pledge sets out to deliver (``新增城镇就业岗位300个``, ``新建高标准农田5000亩``)
    is a number to reach, kept when reached or passed, as ``以上``/``不少于``/``至少`` say outright.
    Only ``左右``/``约`` (about) is ``=`` (:func:`_target`)."""
    if LTE_BEFORE.search(pre) or re.match(r"(以内|以下|之内)", post):
        return "<="
    return ">="


def _metric(
    view: str, clean: str, clause_start: int, clause_end: int, m: re.Match[str], number_start: int
) -> str:
    """Metric words: the noun phrase before the number, or the verb and what follows;
    without the unit that does it or the time it is due (``县教育局牵头``, ``要在10月底前``).

    Trimming is decided on the parse view and cut from the clean text (same
    positions), so a traditional-character pledge keeps its own characters.
    """
    start = clause_start
    while start < number_start and view[start].isspace():
        start += 1
    doer = DOER_PREFIX.match(view, start, number_start)  # ``县教育局牵头改造…``: not a metric
    if doer and doer.end() < number_start:
        start = doer.end()
    head_start, head_end = _trim(view, start, number_start, LEADING_FILLER, TRAILING_COMPARATOR)
    tail_start, tail_end = _trim(view, m.end(), clause_end, POST_NOISE, POST_TAIL)
    if m.group("pct") and view.startswith("%", tail_start):
        tail_start, tail_end = _trim(view, tail_start + 1, clause_end, POST_NOISE, POST_TAIL)
    series = SERIES_TAIL.search(view, head_start, head_end)
    if series:  # ``分别增长6%和``: the metric is what the counts share
        head_end = series.start()
        while head_end > head_start and view[head_end - 1] in " ,，、":
            head_end -= 1
    head, tail = clean[head_start:head_end], clean[tail_start:tail_end]
    head_view = view[head_start:head_end]
    capacity = CAPACITY_END.search(head_view)
    if capacity:  # ``年产5万吨有机肥加工项目``: the project's annual output
        thing = THING_END.search(view, tail_start, tail_end)
        thing_end = thing.start() if thing else tail_end
        named = clean[tail_start:thing_end].strip(" ,，、的")[:20]
        if named:
            return (named + head[capacity.start() :]).strip(" ,，、")[:200]
    metric = head + tail[:20] if not head_view or GOAL_VERBS.search(head_view) else head
    return metric.strip(" ,，、")[:200]


def _trim(
    view: str, start: int, end: int, lead: re.Pattern[str], trail: re.Pattern[str]
) -> tuple[int, int]:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    head = lead.match(view[start:end])
    if head:
        start += head.end()
    tail = trail.search(view[start:end])
    if tail:
        end = start + tail.start()
    return start, end


def _quoted_count(view: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Is the quote ``[start, end)`` only around the count ``m`` (``“800户”``, ``“95%以上”``)?"""
    rest = view[m.end() : end - 1].strip()
    return m.start() == start + 1 and rest in ("", "以上", "以下", "左右", "及以上")


def quoted_ranges(view: str) -> list[tuple[int, int]]:
    """Ranges inside quotes or title marks that close on the same line."""
    ranges: list[tuple[int, int]] = []
    if not any(mark in view for mark in QUOTES):  # most pledges: no need to walk them
        return ranges
    i = 0
    while i < len(view):
        close = QUOTES.get(view[i])
        if close:
            j = i + 1
            while (
                j < len(view)
                and view[j] != close
                and view[j] != "\n"
                and (view[j] not in QUOTES or close == '"')
            ):
                j += 1
            if j < len(view) and view[j] == close:
                ranges.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return ranges


def total_value(targets: list[ParsedTarget]) -> Decimal:
    return sum((t.value for t in targets), Decimal(0))
