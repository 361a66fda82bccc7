"""Step 5b: an arrangement written as prose, without section numbers.

News reports of a town's plan, a ``二、2025年工作计划`` part without
sub-sections, a file of paragraphs: the pledges are plain sentences or
``；`` items. A paragraph may open with a short lead sentence
(``加快产业发展。``) or stand under a short heading line without final
punctuation (``持续改善人居环境``): that lead or heading is a section.
Pledges before any of them belong to a section titled by the part heading
(or the document title).

Prose also carries sentences that pledge nothing: what a reporter says
(``记者从某镇获悉``, ``该镇负责人表示``), what the past year achieved
(``去年，全镇完成…``), and framing (``2025年是…之年``). They are left out:
a prose pledge says what will be done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.arrangement import PLAN_HEAD, REVIEW_HEAD
from commitments.importer.deadlines import find_periods
from commitments.importer.owners import mentioned_owners
from commitments.importer.targets import GOAL_VERB_ANY, NUMBER_RE, find_targets
from commitments.importer.vocabulary import EMOJI_HEADING, LIST_NUMBER, OFFICIAL_TITLE, TIME_ONLY

LIST_PREFIX = re.compile(r"\s*" + LIST_NUMBER + r"\s*")

#: A short lead sentence opening a paragraph: no number, no comma.
LEAD = re.compile(r"[ \t]*([^,;。!?:\n\d]{2,14})[。:]")
#: A heading line: short, no final punctuation, no number.
HEADING_LINE = re.compile(r"[ \t]*([^,;。!?:\n\d]{2,40}?)[ \t]*$")
ACTION = re.compile(
    GOAL_VERB_ANY.pattern
    + r"|加快|加强|提升|深化|强化|抓好|做好|确保|力争|推动|着力|优化|保障|巩固|扩大|促进|持续|坚持"
    r"|稳定|保持|健全|规范|筹建|谋划|力促|争创|办好|补齐|整改|推行|探索|严格|压实|筑牢|守住"
)
#: Never a pledge: the past year, framing, an announcement of what follows.
NOT_A_PLEDGE = re.compile(
    r"^(?:去年|上年|过去一年|过去的一年|一年来|近年来|近几年)"
    r"|^\s*\d{4}\s?年(?:是|以来)|^\s*\d{4}\s?年[^,;。]{0,30}?(?:是|为)[^,;。]{0,20}之年"
    r"|(?:以下|如下|下列|几方面|几个方面|几项)(?:工作|任务|方面|重点工作)?[。:]?$"
)
#: A leader as a news report names one: ``镇党委书记陈刚``, ``副镇长王强``, ``县长``.
LEADER = rf"(?:{OFFICIAL_TITLE}|负责人|同志)"
#: A leader's name after the title, not a cadence of a pledge (``镇长每月主持…``).
_NAME = r"(?:(?!每|定期|要|将|须|应)[\u4e00-\u9fff]){0,3}"
#: What a reporter or a meeting says: a pledge only when it states a target.
REPORTED = re.compile(
    r"^[^,;。]{0,8}?(?:记者|据了解|据悉|据介绍|获悉|近日|日前)|^据[^,;。]{1,12}?报道"
    r"|^(?:会议|他|她|[^,;。]{0,8}负责人|书记|镇长|乡长)[^,;。]{0,12}"
    r"(?:表示|介绍|指出|强调|说|要求|提出|认为)"
    # a leader's words reported: ``镇党委副书记赵敏在会上指出，…``
    rf"|^[^,;。]{{0,10}}?{LEADER}{_NAME}(?:在[^,;。]{{1,10}}?[上中])?"
    r"(?:表示|介绍|指出|强调|说|要求|提出|认为)[,，:：]"
    # a news lead: the meeting the article reports was held (``1月14日，…会议胜利闭幕。``),
    # chaired or attended (``镇党委书记陈刚主持召开…``, ``镇长李明出席会议并讲话``), what it
    # heard, passed or passed on (``会议传达学习了…``, ``…审议通过了…``)
    r"|(?:闭幕|开幕|召开|举行|落幕)[。!！]?\s*$"
    rf"|{LEADER}{_NAME}(?:主持|出席|列席)"
    r"|^[^,;。]{0,20}?会议[^,;。]{0,6}?(?:传达|审议|听取|学习|通过|总结)"
    r"|(?:传达学习|审议通过|听取了)"
    # a report's byline and dateline: ``本报讯（记者 王芳）``, ``新华社长沙1月9日电``
    r"|本报讯|本台讯|网讯|\d{1,2}月\d{1,2}日电|通讯员|[(（]\s*记者"
)
PAST_YEAR = re.compile(r"^\s*(?:在)?(\d{4})\s?年[,，]")
#: A list announced with its size (``研究确定了2031年重点项目清单，共9个项目、总投资2.6亿元``):
#: the total of the items that follow, none of them.
LIST_TOTAL = re.compile(
    r"(?:清单|计划|名单|目录|项目库|任务书)[^。;!?]{0,8}?[,，]?\s*(?:共|合计|总计)(?:计|有)?\s*\d+\s*"
    r"(?:个|项|件|批)"
)
#: A rallying call closing an article (``让我们撸起袖子加油干，共同建设美丽幸福新青石！``).
CALL = re.compile(r"让我们|撸起袖子|加油干|携起手来|携手并进|一起来|为[^,;。!?]{2,20}而奋斗")

#: A meeting's minutes (``县长办公会议纪要``, ``县长办公会纪要``, ``现将会议议定事项纪要如下``,
#: ``会议研究了以下事项``, ``会议研究决定如下``).
MINUTES = re.compile(
    r"(?:会议?|办公会|常务会|专题会|调度会|协调会)\s*纪要|议定事项|纪要如下|会议议定"
    r"|会议(?:研究|讨论|审议)(?:决定|确定)?了?(?:以下|如下)|会议(?:研究)?(?:决定|确定)如下"
)
#: What minutes say the meeting did, item after item: ``会议研究``, ``会议强调``, ``会议要求``.
MEETING_SAYS = re.compile(
    r"会议(?:研究|强调|要求|指出|听取|决定|明确|审议|讨论|同意|认为|议定|确定|提出)"
)


def is_minutes(head: str, items: list[str]) -> bool:
    """Is a document a meeting's minutes? Its title or opening says so (:data:`MINUTES`), or
    most of its items (two at least) say what the meeting studied, stressed or asked
    (``一、关于春耕生产。会议要求，…``) though no line names the minutes."""
    if MINUTES.search(head):
        return True
    saying = sum(1 for item in items if MEETING_SAYS.search(item))
    return saying >= 2 and saying * 2 > len(items)


#: What a meeting's minutes only record, no task decided: the item's report or topic
#: (``听取了…汇报``, ``研究了…``), praise, a plan approved in principle or sent on to be issued
#: (``会议原则同意…计划``, ``请X按程序印发实施``), and the closing call to carry out what was
#: settled (``确保会议议定事项落地见效``).
MEETING_RECORD = re.compile(
    r"^\s*(?:会议)?(?:听取|研究|审议|讨论|传达学习|学习|通报)了"
    r"|给予(?:了)?(?:充分|高度)?(?:肯定|认可|表扬)|原则(?:同意|通过)|审议通过"
    r"|按程序(?:印发|报批|报送|提请|上报)|印发实施|议定事项"
)
#: A lead written in prose: ``由X牵头``, ``由X负责``; any owner: ``X牵头，Y配合``.
PROSE_LEAD = re.compile(r"由[^,;。]{2,20}?(?:牵头|负责|组织实施)")
PROSE_OWNER = re.compile(rf"{PROSE_LEAD.pattern}|牵头|负责|配合")
#: Where the year a sentence opens with is named: ``2030年全县实施…`` (an achievement).
OPENING_YEAR = re.compile(r"^\s*(?:在)?(\d{4})\s?年")


#: What a speaker says of the speech itself or asks of the hall, not a task: ``我再强调一下``,
#: ``作风方面我多说两句``, ``谁的地块出了问题，我就找谁``, ``大家要注意``, ``大家都还记得``.
SPEAKER = re.compile(
    r"我(?:再|还|想|要|先)?(?:强调|多说|说|讲|补充|提)(?:一下|几句|两句|一点|几点)"
    r"|我就找谁|我(?:完全)?同意|我相信|我不想再看到|我(?:代表|在这里)"
    r"|大家(?:都|也)?(?:要注意|还记得|都记得|记得|心里要有数)|跟大家|给大家"
)
#: What happened: ``去年夏天那场暴雨``, ``去年我们干了一千二百亩``, ``拖了两年了``.
PAST = re.compile(
    r"(?:去年|前年|上年|过去|以前|当年)[^,;。!?]{0,12}?(?:了|过)(?![\u4e00-\u9fff]{0,2}(?:年|月))"
    r"|^(?:去年|前年|上年)|还记得|拖了"
)
#: How things stand: ``我们镇是农业大镇``, ``老人占了快四分之一``, ``是个大问题``, ``远远不够``.
DESCRIBES = re.compile(
    r"(?:^|[,，])(?:我们|咱们)(?:镇|乡|村|县|区|街道)(?:是|有)|占了|是个大问题|远远不够|还不够"
)


def is_narrative(view: str, year: int | None) -> bool:
    """Is a sentence of a spoken speech its framing, a memory or an exhortation, no pledge?
    A pledge says what will be done: a sentence that names no dated time and no owner is
    narrative when it tells what happened or how things stand, or speaks to the hall
    (:data:`PAST`, :data:`DESCRIBES`, :data:`SPEAKER`) and states no target; a description
    also when its number comes with no verb of a pledge (``老人占了快四分之一``). A sentence
    without such a mark stays a pledge even with no verb the importer knows
    (``全面消除…薄弱村。``): no list of verbs is complete enough to drop it."""
    sentence = view.strip()
    if any(not p.generic for p in find_periods(sentence, year or 2000)):
        return False
    if mentioned_owners(sentence):
        return False
    targets = bool(find_targets(sentence, sentence))
    if DESCRIBES.search(sentence):
        return not targets or not ACTION.search(sentence)
    return not targets and bool(SPEAKER.search(sentence) or PAST.search(sentence))


@dataclass(frozen=True)
class Block:
    """A section of a prose arrangement: its title and body range."""

    title: str
    start: int
    body_start: int
    end: int


def prose_blocks(view: str, clean: str, start: int, end: int, title: str) -> list[Block]:
    """Sections of the prose in ``[start, end)``; the first is titled ``title``."""
    heads: list[tuple[str, int, int]] = [(title, start, start)]
    pos = start
    while pos < end:
        line_end = view.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        line = view[pos:line_end]
        more_after = bool(view[line_end:end].strip())
        heading = HEADING_LINE.fullmatch(line)
        emoji = EMOJI_HEADING.fullmatch(line)
        lead = LEAD.match(line)
        if lead and REPORTED.search(lead.group(1)):
            lead = None  # ``镇长李明出席会议并讲话。``: a news lead, no section's heading
        if emoji and more_after:  # ``1️⃣ 产业发展 · 做大做强``: the title without its mark
            title_at = pos + emoji.start("title")
            number = LIST_PREFIX.match(view, title_at, pos + emoji.end("title"))
            if number:  # ``🔥一、产业发展``: the title without its number
                title_at = number.end()
            heads.append((_text(clean, title_at, pos + emoji.end("title")), pos, line_end))
        elif heading and more_after and line.strip():
            heads.append((_text(clean, pos, line_end), pos, line_end))
        elif lead and view[lead.end() : line_end].strip():
            heads.append(
                (_text(clean, pos + lead.start(1), pos + lead.end(1)), pos, pos + lead.end())
            )
        pos = line_end + 1
    blocks = []
    for i, (name, head_start, body_start) in enumerate(heads):
        block_end = heads[i + 1][1] if i + 1 < len(heads) else end
        blocks.append(Block(name, head_start, body_start, block_end))
    return [b for b in blocks if view[b.body_start : b.end].strip()]


def looks_back(title: str) -> bool:
    """Is a prose block's heading a review (``回望2026 · 成绩单亮眼``, ``2026年工作回顾``)? Its
    numbers are achievements: the block plans nothing."""
    return bool(REVIEW_HEAD.match(title)) and not PLAN_HEAD.match(title)


def _text(clean: str, start: int, end: int) -> str:
    return clean[start:end].strip(" \t。:：")


def is_pledge(view: str, year: int | None) -> bool:
    """Does a prose sentence say what will be done?"""
    if NOT_A_PLEDGE.search(view.strip()) or TIME_ONLY.fullmatch(view.strip(" 。.:;,")):
        return False  # ``到2027年底`` on a line of its own says when, not what
    past = PAST_YEAR.match(view)
    if past and year is not None and int(past.group(1)) < year:
        return False  # ``2024年，全镇完成…``: an achievement
    if REPORTED.search(view):
        return bool(find_targets(view, view)) and not LIST_TOTAL.search(view)
    dated = any(not p.generic for p in find_periods(view, year))
    if CALL.search(view) and not dated and not find_targets(view, view):
        return False
    if is_narrative(view, year):
        return False  # ``我再强调一下，…``, ``去年夏天那场暴雨…``: a speech's framing or memory
    return bool(ACTION.search(view) or find_targets(view, view) or dated)


def decided(view: str, year: int | None) -> bool:
    """Is a sentence of a meeting's minutes a decision (``会议明确，…由X牵头，于6月底前完成``),
    not a record of the meeting (:data:`MEETING_RECORD`, a past year's results)? A decision
    names an owner, a target or a dated time; the closing ``各单位要…`` names none."""
    sentence = view.strip()
    if MEETING_RECORD.search(sentence) and not PROSE_LEAD.search(sentence):
        return False
    past = OPENING_YEAR.match(sentence)
    if past and year is not None and int(past.group(1)) < year:
        return False  # ``2030年全县实施重点项目52个``: what last year did
    dated = any(not p.generic for p in find_periods(sentence, year))
    return bool(PROSE_OWNER.search(sentence) or find_targets(sentence, sentence) or dated)


def pledges_in(view: str, start: int, end: int, year: int | None) -> bool:
    """Is there at least one sentence in ``[start, end)`` that pledges something concrete?"""
    from commitments.importer.sentences import split_sentences

    for s, e in split_sentences(view, start, end):
        sentence = view[s:e]
        if is_pledge(sentence, year) and (
            NUMBER_RE.search(sentence) or find_periods(sentence, year)
        ):
            return True
    return False
