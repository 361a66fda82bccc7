"""Step 4: find the part of a document that plans the coming year.

Top-level parts are numbered ``一、二、…``, ``第一部分、第二部分…`` or ``第一章、第二章…``
(a chapter over a part over ``一、`` when a document uses several: the inner ones then number
sections inside a part). A part titled like
``2024年工作安排``, ``2025年重点工作`` or ``下一步工作打算`` is the
arrangement; ``2023年工作回顾`` is a review, whose numbers are
achievements, not targets. A document with review parts and no arrangement
ended before it (a truncated scrape): that is reported, never guessed.
A document with no parts at all (a plan or task list) is an arrangement
throughout. Parts that frame a plan without pledging anything — an overview
(``总体要求``, ``主要目标``) before it, safeguards (``保障措施``,
``工作要求``) after it — are left out: a plan whose only other part is
``一、实施项目`` is that part. (The goals such an overview states with numbers are
pledges all the same: :func:`commitments.importer.pipeline.goal_section`.)

Closing remarks start at a vocative (``同志们!``, ``各位代表,``), a thanks
(``谢谢大家``) or a report's sign-off (``特此报告``): after them come
slogans, signatures and dates, never pledges.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from commitments.importer.vocabulary import (
    CIRCLED,
    CLOSING_AFTER_LAST,
    ISSUER_NOUN,
    LAST_WORD,
    LEAD_LABEL_WORDS,
    LEGEND,
    LINE_MARK,
    PART_STYLES,
    SERIES_NUMBER,
    UNIT_NOUN,
    YEAR,
)

BOUNDARY = r"(?:^|(?<=[。!?;:\n]))\s*"
PART_RES = tuple(re.compile(BOUNDARY + style) for style in PART_STYLES)
PLAN_HEAD = re.compile(
    r"^\s*(?:关于)?(?:(\d{4})\s?年|明年|今年|新的一年|下一步|下步|来年)?[^。!?;:\n]{0,12}?"
    r"(工作安排|重点工作|工作计划|工作打算|工作思路|工作要点|主要任务|重点任务|工作任务|目标任务"
    r"|工作部署|主要工作|工作举措|工作重点|打算|安排|计划|部署"
    # a meeting's minutes: what the meeting settled is its plan (``二、会议议定事项``)
    r"|议定事项|研究决定|决定事项|议定)"
)
#: A speech's arrangement heading says what it will do in the year, and nothing after it:
#: ``突出重点，全力以赴抓好2027年经济工作``, ``凝心聚力，扎实做好2026年农业农村工作``
#: (``坚定做好今年工作的信心`` looks back: the work is not the heading's last word).
SPEECH_PLAN_HEAD = re.compile(
    r"^\s*[^。!?;:\n]{0,14}?(?:抓好|做好|干好|推进|抓实|落实|谋划|部署|开展)[^。!?;:\n]{0,4}?"
    + YEAR
    + r"[^。!?;:,\n]{0,12}?(?:工作|各项工作|工作任务|目标任务)[ \t]*(?=\n|$)"
)
REVIEW_HEAD = re.compile(
    r"^\s*(?:\d{4}\s?年)?[^。!?;:\n]{0,10}?(工作回顾|回顾|总结|主要成绩|取得的成绩|完成情况|工作情况|开展情况|进展情况|推进情况|落实情况|执行情况"
    r"|成效|存在的问题|问题和不足|不足|回望|成绩单"
    r"|(?:正视|肯定|看到|盘点|珍惜)(?:成绩|成效|成就))"
)
LINE_PLAN_HEAD = re.compile(
    r"(?:^|\n)\s*((?:\d{4}\s?年|下一步|下步|明年)[^。!?;:,\n]{0,10}?(工作安排|重点工作|工作计划"
    r"|工作打算|主要任务|重点任务|工作任务))\s*(?=\n)"
)
WEAK_PLAN = re.compile(r"主要工作$")
#: A 督办通报's part on how the tasks advance (``二、重点工作推进情况``) lists the year's tasks
#: it tracks, each with its lead unit and time (a table's rows as labelled items): they are
#: pledges, their progress (本周进展, 存在问题, 督办状态) no column of them.
PROGRESS_HEAD = re.compile(r"(?:推进|进展|落实|办理|完成)情况$")
LEDGER_OWNER = re.compile(rf"(?m)^[ \t]*{LEAD_LABEL_WORDS}{UNIT_NOUN}[ \t]*[:：]")
#: Labelled items that make a progress part a ledger of tasks.
LEDGER_ITEMS = 2
#: A part's heading starts with the year or the time it looks at (``2026年工作安排``,
#: ``下一步工作打算``, ``2025年工作回顾``), a document's title with its issuer or place.
PART_TIME = re.compile(r"\s*(?:\d{4}\s?年|明年|今年|新的一年|下一步|下步|来年|上半年|下半年)")


def part_heading(line: str) -> bool:
    """Does an unnumbered line read as a part's heading (``2026年工作安排``, ``工作回顾``)?"""
    return bool(REVIEW_HEAD.match(line) or (PART_TIME.match(line) and PLAN_HEAD.match(line)))


RELATIVE = re.compile(r"\s*(下一步|下步|明年|来年|新的一年)")
CLOSING = re.compile(
    r"(?:同志们|各位代表|各位委员)[!,，！]|谢谢大家|谢谢!|特此(?:报告|汇报|请示)"
    rf"|{LAST_WORD}[,，](?={CLOSING_AFTER_LAST})"
)
#: How a plan is carried out, after its last item: a paragraph that tells every unit to work
#: by the plan and report on it (``各党支部、镇直各单位要对照本要点，细化工作措施，…每季度末向镇党委
#: 报告落实情况。``, ``各村（社区）要按照本方案要求…``): no pledge, nor are the paragraphs after it.
#: So is a paragraph of oversight alone (``镇纪委要加强监督检查，将落实情况纳入年度综合考核。``),
#: and one that says how the tasks above are overseen (``以上重点任务，县政府督查室将实行月调度、
#: 季通报、年考核，各责任单位每月25日前报送工作进展。``, ``以上民生实事，…``, a 公众号 article's
#: closing paragraph).
CARRY_OUT = re.compile(
    r"(?m)^[ \t]*(?:各[^。!?\n]{1,30}?要(?:对照|按照|结合|根据|围绕|认真落实)"
    r"本(?:要点|方案|计划|意见|清单|安排)"
    r"|(?P<above>以上(?:各项|重点|主要|民生)?(?:工作|任务|事项|工作任务|重点任务|实事|实事项目|项目)"
    r"[,，][^。!?\n]{0,60}?(?:督查|督办|考核|调度|通报|报送))"
    r"|[^。!?\n]{1,20}?要(?:加强|强化)(?:监督|督查|督促)[^。!?\n]{0,30}?纳入[^。!?\n]{0,12}考核)"
)
#: A numbered item's line: after it, a carry-out paragraph was not after the last item.
ITEM_LINE = re.compile(
    r"(?m)^[ \t]*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是"
    rf"|[{CIRCLED}]|{SERIES_NUMBER})"
)
#: A news report's attribution of a leader's words: ``镇党委书记陈刚表示，``.
REMARK = re.compile(
    r"(?:^|(?<=[。!?！？\n]))[ \t]*[^。!?！？\n，,;；]{0,14}"
    r"(?:书记|镇长|乡长|县长|区长|主任|局长|负责人|主要领导)[\u4e00-\u9fff]{0,3}"
    r"(?:表示|指出|强调|说|要求)[，,:：]"
)
#: The first item of a list: ``一是``, ``（一）``, ``1.``, ``第一，``, ``①``, ``【一】``,
#: ``【实事一】``.
FIRST_ITEM = re.compile(
    r"一是|[(（]一[)）]|(?:^|\n)\s*(?:1[、.．]|①|01[ \t]*\n)|第一[，,、]"
    r"|【[ \t]*(?:(?:民生)?实事|项目|事项|任务|第|[Nn][Oo][.．]?[ \t]*)?(?:一|1)"
    r"[ \t]*(?:件|项|个)?[ \t]*】"
)
#: A part that frames the plan or says how to carry it out: its overview, goals, safeguards,
#: and the principles and requirements of the work (``一、办理原则``, ``三、办理要求``,
#: ``实施要求``), and the rules of an assessment that scores the plan's tasks (``一、考核对象``,
#: ``三、考核办法``, ``评分办法``, ``四、加分和扣分``, ``加减分项目``, ``奖惩措施``,
#: ``考核结果运用``, ``五、一票否决事项``): no pledges of its own (SPEC §3).
SUPPORT_HEAD = re.compile(
    r"^\s*[^。!?;:\n]{0,6}?(保障措施|组织保障|组织领导|工作保障|有关要求|几点要求|保障机制"
    r"|(?:工作|办理|实施|落实|基本|具体|相关)(?:要求|原则)"
    r"|考核(?:对象|范围|方式|方法|办法|程序|步骤|等次|结果运用|结果)"
    r"|(?:评分|计分)(?:办法|方法|规则|细则)|(?:结果|奖惩)运用|奖惩(?:措施|办法|规定)?"
    r"|(?:加分|扣分|加减分|加扣分)(?:[和及与、]?(?:加分|扣分))?(?:项目|事项|标准|办法|规定)?"
    r"|一票否决(?:事项|制度)?"
    r"|总体要求|指导思想|总体思路|主要目标|预期目标|工作目标|目标要求|总体目标|总目标"
    r"|行动目标|建设目标|整治目标)\s*(?:[。:\n]|$)"
)
#: A speech's closing part asks for support in its first clause, then says what for:
#: ``强化保障，确保各项任务落地见效``, ``加强领导，确保…``, ``转变作风，狠抓工作落实`` (it may
#: name the tasks, ``确保目标任务圆满完成``, and plans none).
SPEECH_SUPPORT_HEAD = re.compile(
    r"^\s*(?:(?:强化|加强|夯实|完善|健全|坚持|提供)[^，,。!?;:\n]{0,4}?(?:保障|领导)"
    r"|(?:转变|改进|锤炼|加强|严明)[^，,。!?;:\n]{0,2}?(?:作风|纪律))[，,]"
)
#: The preamble names the year it plans: ``安排2025年…``, ``2025年是…``,
#: ``2024年镇政府工作的总体要求是…``, ``今年（2025年）…``, ``2025年，全镇将…``.
YEAR_IN_PREAMBLE = re.compile(
    r"(?:安排|部署|谋划|推进|做好|抓好|研究)\s*"
    + YEAR
    + r"|"
    + YEAR
    + r"(?:是|[^。!?;\n]{0,12}?(?:总体要求|主要目标|预期目标|工作思路|目标任务)(?:是|为|:))"
    + r"|(?:今年|明年)\s*[(（]\s*"
    + YEAR
    + r"|"
    + YEAR
    + r"\s*[,，]?\s*(?:全镇|全乡|全县|全区|我镇|我乡|我县|我区|该镇|该乡|该县|该区|镇政府|乡政府)?"
    r"\s*(?:将|计划|力争|要|拟)"
)


@dataclass(frozen=True)
class Part:
    number: int
    start: int  # where the part's number starts
    heading_end: int  # where its heading ends and its body begins
    end: int
    heading: str
    kind: str  # "plan" | "review" | "other"
    year: int | None


@dataclass(frozen=True)
class Arrangement:
    start: int  # body start
    end: int
    heading: str
    year: int | None
    whole_document: bool  # no parts: the numbered items are sections themselves
    relative: bool = False  # 下一步/明年…: the year after the one reviewed


def find_parts(
    view: str, start: int, end: int, styles: tuple[re.Pattern[str], ...] = PART_RES
) -> list[Part]:
    from commitments.importer.numerals import cn_to_int

    marks: list[tuple[int, int, int]] = []
    for part_re in styles:
        expected = 1
        for m in part_re.finditer(view, start, end):
            number = cn_to_int(m.group(1))
            at_start = not marks and not view[start : m.start()].strip()
            if number == expected or (at_start and number is not None and number > 1):
                expected = number or expected  # an excerpt may begin with its second part
                marks.append(
                    (number, m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
                )
                expected += 1
        if marks:
            break
    parts = []
    for i, (number, mark_start, body) in enumerate(marks):
        part_end = marks[i + 1][1] if i + 1 < len(marks) else end
        head = view[body : min(part_end, body + 40)]
        plan = PLAN_HEAD.match(head) or SPEECH_PLAN_HEAD.match(head)
        review = REVIEW_HEAD.match(head)
        support = SUPPORT_HEAD.match(head) or SPEECH_SUPPORT_HEAD.match(head)
        match: re.Match[str] | None
        if support and SPEECH_SUPPORT_HEAD.match(head):
            kind, match = "support", support
        elif plan and (not review or plan.end() >= review.end()):
            kind, match = "plan", plan
        elif review and _tracked_tasks(review, view[review.end() + body : part_end]):
            kind, match = "plan", review
        elif review:
            kind, match = "review", review
        elif support:
            kind, match = "support", support
        else:
            kind, match = "other", None
        heading_end = body + (match.end() if match else _clause(head))
        year = int(match.group(1)) if plan is match and match and match.group(1) else None
        if kind == "review":
            year_match = re.match(r"\s*" + YEAR, head)
            year = int(year_match.group(1)) if year_match else None
        heading = view[body:heading_end].strip()
        parts.append(Part(number, mark_start, heading_end, part_end, heading, kind, year))
    return parts


def _body_start(view: str, heading_end: int, end: int) -> int:
    """Where a part's body starts after its heading: past the colon and blank lines, at the
    start of its first line (an indented first item keeps the line start its number needs)."""
    body = heading_end
    while body < end and view[body] in " \t:\n":
        body += 1
    skipped = view[heading_end:body]
    last = max(skipped.rfind("\n"), skipped.rfind(":"))
    return heading_end + last + 1 if last >= 0 else body


def _tracked_tasks(review: re.Match[str], body: str) -> bool:
    """Is a progress part (``重点工作推进情况``) a ledger of the tasks it tracks?"""
    return bool(PROGRESS_HEAD.search(review.group(0))) and (
        len(LEDGER_OWNER.findall(body)) >= LEDGER_ITEMS
    )


def _clause(head: str) -> int:
    m = re.search(r"[。!?;:\n]", head)
    return m.end() if m else 0


def find_arrangement(
    view: str, start: int, end: int, styles: tuple[re.Pattern[str], ...] = PART_RES
) -> tuple[Arrangement | None, list[Part]]:
    """The arrangement part of the document body ``[start, end)``, and all its parts
    (numbered in ``styles``: a chapter's parts are numbered one level down)."""
    parts = find_parts(view, start, end, styles)
    plans = [p for p in parts if p.kind == "plan"]
    if plans:
        chosen = max(
            plans,
            key=lambda p: (
                not WEAK_PLAN.search(p.heading),
                p.year or (9999 if RELATIVE.match(p.heading) else 0),
                -p.number,
            ),
        )
        heading_end = _body_start(view, chosen.heading_end, chosen.end)
        return Arrangement(
            heading_end,
            _cut_closing(view, heading_end, chosen.end),
            chosen.heading,
            chosen.year,
            False,
            bool(RELATIVE.match(chosen.heading)),
        ), parts
    line = LINE_PLAN_HEAD.search(view, start, end)
    if line:
        year = re.match(YEAR, line.group(1))
        return Arrangement(
            line.end(),
            _cut_closing(view, line.end(), end),
            line.group(1),
            int(year.group(1)) if year else None,
            False,
            bool(RELATIVE.match(line.group(1))),
        ), parts
    if any(p.kind == "review" for p in parts):
        return None, parts
    annex = _annex_plan(view, parts, end)
    if annex is not None:
        return Arrangement(annex, _cut_closing(view, annex, end), "", None, True), parts
    pledged = [p for p in parts if p.kind != "support"]
    if pledged and len(pledged) < len(parts):
        if len(pledged) == 1:
            only = pledged[0]
            return Arrangement(
                only.heading_end,
                _cut_closing(view, only.heading_end, only.end),
                only.heading,
                None,
                False,
            ), parts
        start, end = pledged[0].start, pledged[-1].end
    return Arrangement(start, _cut_closing(view, start, end), "", None, True), parts


#: An annex's line after a document's rules (``附表：…考核表``, ``附件1``, ``附件2：…清单``), or
#: the title of the table of tasks itself (``柳汀乡2039年度目标任务考核表``, ``…任务分解表``).
ANNEX_LINE = re.compile(
    r"(?m)^[ \t]*(?:附[表件][ \t]*[0-9一二三四五六七八九十]*[ \t]*(?::[^\n]*)?"
    r"|[^\n。,:;!?]{2,40}(?:考核表|评分表|任务表|分解表|清单|一览表|明细表|计划表|安排表|推进表))"
    r"[ \t]*\n"
)
#: A part whose only sentence points at the annex for what it names (``二、考核内容及分值`` /
#: ``考核实行百分制，考核内容、分值和评分标准见附表。``).
ANNEX_POINTER = re.compile(
    r"^[^。!?;\n]*(?:见|详见|参见|列入|列于)(?:附表|附件)[0-9一二三四五六七八九十]*[。.]?$"
)


def _annex_plan(view: str, parts: Sequence[Part], end: int) -> int | None:
    """Where the plan starts after a document's parts when every part only frames an annex's
    table (a 考核细则's rules ``一、考核对象``…``五、一票否决事项`` over its 附表 of tasks): after
    the annex's line or its table's title, else at the first of the labelled items the last
    rule runs into (a table of tasks with no line above it). The annex is the plan, its rows
    the pledges, the rules no pledges; None when a part pledges or no annex follows."""
    if not parts:
        return None
    annex = ANNEX_LINE.search(view, parts[-1].heading_end, end)
    start = annex.end() if annex else _first_ledger_item(view, parts[-1].heading_end, end)
    if start is None or (annex is None and LEDGER_OWNER.search(view, parts[0].start, start)):
        return None  # a rule with its own lead unit: the parts are read as before
    for part in parts:
        body = view[part.heading_end : min(part.end, start)].strip(" \t\n:")
        if annex is None and part is parts[-1]:
            body = body.split("\n")[0]  # the rule's own paragraph, before the table
        if part.kind != "support" and not ANNEX_POINTER.match(body):
            return None
    return start


def _first_ledger_item(view: str, start: int, end: int) -> int | None:
    """The first numbered item after ``start``'s first paragraph when labelled items (two or
    more with a lead unit's label) follow: a table of tasks under the last rule."""
    first_break = view.find("\n", start, end)
    if first_break < 0:
        return None
    item = ITEM_LINE.search(view, first_break + 1, end)
    if item is None or len(LEDGER_OWNER.findall(view, item.start(), end)) < LEDGER_ITEMS:
        return None
    return item.start()


#: The lines that close a document after its last item: the issuers' names, the date, the
#: distribution (``抄送：…``, ``某办 2026年1月5日印发``), a publication note, a contact, rules.
ISSUER_LINE = re.compile(r"[\u4e00-\u9fff()（）]{2,30}" + ISSUER_NOUN)
#: Words of a pledge, not of an issuer's name (``将饮水工程移交给镇人民政府``).
PLEDGE_IN_ISSUER = re.compile(
    r"[给向把将]|移交|提交|报送|报请|配合|协助|指导|完善|推进|加强|健全|建立|设立|成立|组建"
)
#: A contact a document closes with: a phone, a hotline, a contact person, an e-mail, with what
#: kind of line it is before it (``项目咨询电话``, ``监督电话``, ``服务热线``, ``联系人``).
_CONTACT_WORD = (
    r"(?:项目|咨询|监督|举报|投诉|服务|联系|值班|办公|报名|政策|业务|受理|24小时)*"
    r"(?:电话|热线|手机|传真|联系方式|电子邮箱|邮箱|联系人|联系地址)"
)
_CONTACT = rf"{_CONTACT_WORD}\s*[:：]?\s*[\w@.\-－—/() 、]{{2,40}}?"
#: A contact line (``联系电话：0734-5521306``, ``项目咨询电话：0731-86625109，监督电话：12345。``,
#: ``联系人：王敏，电话：13807340000``), an office's name before its contact in brackets included
#: (``镇党政综合办公室（电话：0734-5521306）``): it tells readers whom to call, no pledge.
_CONTACTS = rf"{_CONTACT}(?:[,;、\s]+{_CONTACT})*"
_OFFICE = r"[\u4e00-\u9fff]{1,30}?(?:办公室|办|局|委|中心|政府|所|站|处|科|股|街道)"
CONTACT_LINE = (
    rf"(?:(?:[\u4e00-\u9fff]{{2,30}}?\s*)?\({_CONTACTS}\)|(?:{_OFFICE}[\s:：]+)?{_CONTACTS})[。.;]?"
)
#: A contact line on its own, wherever it stands (after an item, between two): no pledge.
CONTACT = re.compile(CONTACT_LINE)
SIGNOFF_LINE = re.compile(
    r"[(（]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?"
    r"|[(（]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"[)）]?"
    r"|(?:抄送|抄报|主送|分送|主题词|联系人|联系电话|附件)\s*[:：].*"
    # a minutes' attendance and distribution: ``出席：…``, ``列席：…``, ``记录：…``, ``送：…``
    r"|(?:出席|列席|缺席|请假|参会人员|参加人员|记录|记录人|送|印送)\s*[:：].{0,80}"
    r"|.{0,30}\d{4}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*印发"
    r"|[(（]?(?:此件|本件)[^。]{0,12}[)）]?|[-—_=＿－\s]{3,}"
    rf"|{CONTACT_LINE}"
)


def _cut_signoff(view: str, start: int, end: int) -> int:
    """Where the closing block of trailing sign-off lines starts (``end`` when there is none)."""
    cut = end
    dated = False  # issuers' names alone are no block: a last pledge may end in one
    while cut > start:
        line_start = view.rfind("\n", start, cut - 1) + 1 if cut - 1 > start else start
        line = view[line_start:cut].strip()
        if line and SIGNOFF_LINE.fullmatch(line):
            dated = True
        elif line and not (ISSUER_LINE.fullmatch(line) and not PLEDGE_IN_ISSUER.search(line)):
            break
        if line_start <= start:
            return end  # nothing but sign-off lines: not a block after the items
        cut = line_start
    if not dated:
        return end
    while cut < end and view[cut] in "\n ":
        cut += 1
    return cut if cut < end else end


def closing_start(view: str, start: int, end: int) -> int:
    """Where ``[start, end)`` stops before closing remarks or a sign-off block (or ``end``)."""
    return _cut_closing(view, start, end)


def _cut_closing(view: str, start: int, end: int) -> int:
    """Closing remarks (``同志们!…谢谢大家!``) belong to no section, nor does the sign-off
    block after the last item (issuers, date, ``抄送``, ``印发``).

    In a news report, a leader's remark reported after the listed tasks (``镇党委书记陈刚表示，
    …``) closes the list too; reported before the first item it introduces the list.
    """
    end = _cut_signoff(view, start, end)
    for carry_out in CARRY_OUT.finditer(view, start, end):
        items_above = FIRST_ITEM.search(view, start, carry_out.start()) or (
            carry_out["above"] and view[start : carry_out.start()].strip()
        )  # ``以上…`` points at the items above it, numbered or not
        if items_above and not ITEM_LINE.search(view, carry_out.end(), end):  # after the last only
            end = carry_out.start()
            break
    closing = CLOSING.search(view, start, end)
    for remark in REMARK.finditer(view, start, closing.start() if closing else end):
        if FIRST_ITEM.search(view, start, remark.start()):
            return remark.start() if remark.start() > start else end
    if closing is None:
        return end
    cut = closing.start()
    # a closing word right after a section number is not a closing (rare, defensive)
    return cut if cut > start else end


#: A note under a table or a list (``注：1.…；2.…``, ``备注：``, ``注1：``): it explains the
#: items above it and is never a pledge, written on one line or over several. So is a legend
#: of the table's marks (:data:`vocabulary.LEGEND`). A chat announcement's reminder after its
#: items (``⚠️温馨提示：``, ``特别提醒：``, its mark dressing it) is such a note too: what to
#: report and when, never a pledge.
NOTE_HEAD = re.compile(
    rf"(?m)^[ \t]*(?:{LINE_MARK}[ \t]*)*(?:(?:注|备注|附注|温馨提示|友情提示|特别提示|特别提醒"
    rf"|温馨提醒)\s*\d?\s*[:：]|(?P<legend>{LEGEND}))"
)
#: A numbered point of a note on a line of its own (``2.各项目责任单位排在第一位的为牵头单位；``).
NOTE_POINT = re.compile(r"[ \t]*[(（]?(\d{1,2})(?:[)）]|[.、．](?!\d))")


def note_ranges(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The notes in ``[start, end)``: from ``注：`` to the end of its line, and on through the
    lines numbered after it (``2.``, ``3.`` counting on); a line numbered ``1.`` again, a blank
    line or any other line ends it. A legend is its line alone (a list may follow it)."""
    out = []
    for head in NOTE_HEAD.finditer(view, start, end):
        line_end = view.find("\n", head.end(), end)
        stop = end if line_end < 0 else line_end
        points = [
            int(n) for n in re.findall(r"(?<![\d.])(\d{1,2})[.、．](?!\d)", view[head.end() : stop])
        ]
        expected = (points[-1] + 1) if points else None
        while stop < end and head.group("legend") is None:
            next_end = view.find("\n", stop + 1, end)
            next_end = end if next_end < 0 else next_end
            point = NOTE_POINT.match(view, stop + 1, next_end)
            if point is None or int(point.group(1)) != (expected or 1):
                break
            expected = int(point.group(1)) + 1
            stop = next_end
        out.append((head.start(), stop))
    return out


def preamble_year(view: str, start: int, end: int, parts: Sequence[Part] = ()) -> int | None:
    """The year the preamble (before the first review part) or a plan part's opening plans."""
    stop = min([end, start + 1500] + [p.start for p in parts if p.kind == "review"])
    m = YEAR_IN_PREAMBLE.search(view, start, stop)
    if m is None:
        for part in parts:
            if part.kind == "plan":
                m = YEAR_IN_PREAMBLE.search(
                    view, part.heading_end, min(part.end, part.heading_end + 300)
                )
                if m:
                    break
    if m is None:
        return None
    return int(next(g for g in m.groups() if g))
