"""Labelled items: ``1、任务`` followed by ``责任单位：…``, ``完成时限：…`` lines.

Such a document gives one item per number; the item is one commitment and
its text is the pledge alone, without the number and the labelled lines.

Labels may also stand inline, in brackets after the pledge they belong to
(``完成投资2.5亿元（责任单位：经发办；完成时限：12月底）。``). Then each
sentence carries its own labels, and the sentence, not the numbered item,
is the commitment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commitments.importer.deadlines import is_time_sentence
from commitments.importer.owners import HELP, OFFICE_NAME, OWNER_ROLES, UNIT, owner_roles
from commitments.importer.vocabulary import (
    BARE_OWNER_LABEL,
    CO_WORDS,
    CONTENT_WORDS,
    FUNDS_LABELS,
    LABELS,
    LEAD_WORDS,
    LINE_MARK,
    LINE_MARKS,
    SHARED_DUTY,
    STANDING,
    TASK_LABELS,
    TIME_PHRASE,
    TRAILING_MARKS,
)

_ANY_LABEL = "|".join([*LABELS.values(), BARE_OWNER_LABEL])
#: Labels stand in ``（…）`` or ``【…】`` after a pledge, or on lines of their own; a label may
#: be set in 【】 before its value instead of a colon after it
#: (``【配合单位】各社区【完成时限】…``).
LABEL_RE = re.compile(
    rf"(?:[(（]|(?P<box>【))?\s*(?P<label>{_ANY_LABEL})\s*(?:[:：]|(?(box)】|(?!)))\s*"
    r"(?P<value>(?:[^\n()（）【】]|[(（][^\n()（）:：]{1,10}[)）])*?)\s*"
    rf"(?=[;；。]?\s*[(（【]?\s*(?:{_ANY_LABEL})\s*[:：】]|[;；。]?\s*(?:\n|$)|[)）】])[)）】]?"
)
TEXT_LABEL = re.compile(rf"\s*(?:{LINE_MARK}\s*)*(?:" + TASK_LABELS + r")\s*[:：]\s*")
#: The label of an item's content line under its title line (``1. 路灯亮化工程\n建设内容：…``):
#: the label is left out of the pledge, the title and the content stay.
CONTENT_LABEL = re.compile(rf"[ \t]*(?:{LINE_MARK}[ \t]*)*(?:{CONTENT_WORDS})\s*[:：]\s*")

#: A content line anywhere in a labelled item (``建设内容：`` after its owner and time lines).
CONTENT_LINE = re.compile(r"\n" + CONTENT_LABEL.pattern)
#: An item's money line, its label and its value: ``资金估算：约320万元``.
FUNDS_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<label>" + FUNDS_LABELS + r")\s*[:：]\s*(?P<value>[^\n]+)"
)


@dataclass
class Labels:
    lead: list[str] = field(default_factory=list)  # 责任单位 / 牵头单位 values, in order
    lead_is_primary: bool = False  # 牵头单位 was given explicitly
    co: list[str] = field(default_factory=list)
    official: str | None = None
    deadline: str | None = None
    funds: str | None = None  # ``资金估算：约320万元`` as one clause: ``资金估算约320万元``
    stage: str | None = None  # ``阶段性目标：…``: a milestone, no targets
    spans: list[tuple[int, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lead or self.co or self.official or self.deadline)


def _may_label(view: str, start: int, end: int) -> bool:
    """Does ``[start, end)`` hold what every label has after its word, a colon or ``】``? If not,
    :data:`LABEL_RE` finds nothing there and need not be tried."""
    return any(view.find(mark, start, end) >= 0 for mark in LABEL_MARKS)


#: What follows every label's word (:data:`LABEL_RE`).
LABEL_MARKS = (":", "：", "】")


def has_labels(view: str, start: int, end: int) -> bool:
    return _may_label(view, start, end) and LABEL_RE.search(view, start, end) is not None


def read_labels(view: str, start: int, end: int) -> Labels:
    labels = Labels()
    if not _may_label(view, start, end):
        return labels
    for m in LABEL_RE.finditer(view, start, end):
        kind = next(
            (k for k, pattern in LABELS.items() if re.fullmatch(pattern, m.group("label"))),
            "lead",  # a bare ``单位：`` whose value names offices
        )
        value = m.group("value").strip(" 。.,，")
        labels.spans.append((m.start(), m.end()))
        if not value:
            continue
        if kind == "lead" and OWNER_ROLES.search(value):  # ``农业办、生态办，各村配合``
            leads, helpers = owner_roles(value)
            value = "、".join(leads)
            labels.co.extend(helpers)
            if not value:
                continue
        if kind == "lead":
            primary = m.group("label").startswith("牵头")
            if primary and not labels.lead_is_primary:
                labels.co.extend(labels.lead)
                labels.lead = [value]
                labels.lead_is_primary = True
            elif labels.lead_is_primary:
                labels.co.append(value)
            else:
                labels.lead.append(value)
        elif kind == "co":
            labels.co.append(value)
        elif kind == "official" and labels.official is None:
            labels.official = value
        elif kind == "deadline" and labels.deadline is None:
            labels.deadline = value
        elif kind == "stage" and labels.stage is None:
            labels.stage = value
    return labels


def item_text_range(view: str, start: int, end: int, labels: Labels) -> tuple[int, int]:
    """The pledge of an item: from its start to its first label, trimmed."""
    stop = min((s for s, _ in labels.spans if s >= start), default=end)
    text_start = start
    m = TEXT_LABEL.match(view, start, stop) or CONTENT_LABEL.match(view, start, stop)
    if m:
        text_start = m.end()
    while text_start < stop and view[text_start] in " \t\n":
        text_start += 1
    if marks := LINE_MARKS.match(view, text_start, stop):  # ``📌扩充学前教育资源``
        text_start = marks.end()
    while stop > text_start and view[stop - 1] in " \t\n,，(（":
        stop -= 1
    if marks := TRAILING_MARKS.search(view, text_start, stop):  # ``…。\n👉`` before ``牵头单位：``
        stop = marks.start()
        while stop > text_start and view[stop - 1] in " \t\n,，(（":
            stop -= 1
    return text_start, stop


def content_label_cut(view: str, start: int, stop: int) -> tuple[int, int] | None:
    """``路灯亮化工程\n建设内容：安装…``: the span from the title line's end to the content
    label's colon, left out so that the pledge reads ``路灯亮化工程：安装…``."""
    line_end = view.find("\n", start, stop)
    if line_end < 0 or re.search(r"[。;!?]", view[start:line_end]):
        return None
    m = CONTENT_LABEL.match(view, _next_line(view, line_end, stop), stop)
    if m is None:
        return None
    return line_end, _colon(view, m)


def marked_content_cut(view: str, start: int, stop: int) -> tuple[int, int] | None:
    """``扩充学前教育资源\n\n🏫新建…``: an item's title line over its content line, which an
    article's mark opens (SPEC §3): the blank lines and the mark, left out so that the pledge
    reads ``扩充学前教育资源\n新建…``."""
    line_end = view.find("\n", start, stop)
    if line_end < 0 or re.search(r"[。;!?]", view[start:line_end]):
        return None
    marks = LINE_MARKS.match(view, _next_line(view, line_end, stop), stop)
    if marks is None or marks.end() >= stop:
        return None
    return line_end + 1, marks.end()


def _next_line(view: str, line_end: int, stop: int) -> int:
    """Where the next line that is not blank starts (a 微信 copy has blank lines between all)."""
    pos = line_end + 1
    while (nl := view.find("\n", pos, stop)) >= 0 and not view[pos:nl].strip():
        pos = nl + 1
    return pos


def later_content(view: str, title_end: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """A title line's content line that comes after its labelled lines (``项目二：养老中心\n
    完成时间：…\n牵头单位：…\n建设内容：改造用房450平方米…``): where the content line
    ends, and the span from the title's end to the content label's colon, left out so that the
    pledge reads ``养老中心：改造用房450平方米…`` (the lines between are labels, read apart)."""
    m = CONTENT_LINE.search(view, title_end, end)
    if m is None:
        return None
    line_end = view.find("\n", m.end(), end)
    line_end = end if line_end < 0 else line_end
    while line_end > m.end() and view[line_end - 1] in " \t":
        line_end -= 1
    if line_end <= m.end():
        return None
    return line_end, (title_end, _colon(view, m))


def read_funds(view: str, start: int, end: int) -> str | None:
    """An item's money line as one clause (``资金估算约320万元``), for its targets."""
    m = FUNDS_LINE.search(view, start, end)
    return f"{m.group('label')}{m.group('value').strip()}" if m else None


def _colon(view: str, m: re.Match[str]) -> int:
    colon = view.rfind(":", m.start(), m.end())
    return colon if colon >= 0 else view.rfind("：", m.start(), m.end())


def inline_labels(view: str, start: int, end: int) -> bool:
    """Are all labels in ``[start, end)`` bracketed after pledge text on their line?"""
    found = False
    if not _may_label(view, start, end):
        return False
    for m in LABEL_RE.finditer(view, start, end):
        line_start = view.rfind("\n", start, m.start()) + 1
        before = view[line_start : m.start()]
        if m.group(0).startswith("("):
            open_at = len(before)
        else:
            open_at = before.rfind("(")
            if open_at < 0 or ")" in before[open_at:]:
                return False
        text_before = before[:open_at].rstrip()
        if len(re.sub(r"[\W\d_]", "", text_before)) < 2 or text_before[-1:] in "。;!?":
            return False  # after a full stop the labels are the whole item's
        found = True
    return found


def label_group(view: str, labels: Labels) -> tuple[int, int]:
    """The bracket holding a sentence's inline labels: ``(`` of the first to ``)`` of the last."""
    start = min(s for s, _ in labels.spans)
    end = max(e for _, e in labels.spans)
    while start > 0 and view[start - 1] in " (":
        start -= 1
    while end < len(view) and view[end] in " )":
        end += 1
    return start, end


#: Columns spaced out at the end of an item line (a table pasted as text):
#: ``新建厂房2万平方米  经发办  2026年9月底``. The last column is the deadline;
#: the one before it, when present, the owner(s). Two or more spaces (or a tab)
#: separate columns; a single space inside a sentence does not.
COLUMN_GAP = r"(?:[ \u3000]{2,}|\t)[ \t\u3000]*"
COLUMN_RE = re.compile(
    rf"{COLUMN_GAP}(?:(?P<owners>[\u4e00-\u9fff（）()、,，]{{2,40}}?){COLUMN_GAP})?"
    r"(?P<deadline>(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?[底末]?|[一二三四1-4]季度[末底]?"
    r"|[上下]半年|年底|年内|全年|\d{1,2}月[上中下]旬)(?:前|以前|之前)?)[ \t\u3000]*(?=\n|$)"
)
#: An owner column names a unit: it ends with an office word, not with text.
UNIT_END = re.compile(r"(?:办|所|站|中心|局|委|会|室|院|队|组|部|各村|社区)[)）]?$")


def column_labels(view: str, start: int, end: int) -> tuple[int, Labels] | None:
    """Trailing owner/deadline columns of the line ending in ``[start, end)``.

    Returns where the pledge text stops and the labels read from the columns.
    """
    body = view[start:end].rstrip("。;；\n ")
    m = COLUMN_RE.search(body)
    if not m or not re.search(r"[\u4e00-\u9fff]", body[: m.start()]):
        return None
    labels = Labels(deadline=m.group("deadline"))
    owners = m.group("owners")
    if owners:
        if not all(UNIT_END.search(name) for name in re.split(r"[、,，]", owners) if name):
            return None
        labels.lead = [owners]
        labels.lead_is_primary = True
    labels.spans.append((start + m.start(), start + m.end()))
    return start + m.start(), labels


#: The time part of an unlabelled bracket: a period, a recurring cadence, a season.
BRACKET_TIME = re.compile(
    r"(?:于|在)?(?:(?:\d{4}年)?(?:" + TIME_PHRASE + r")|\d{4}年(?:底|末|内)?(?:前)?"
    r"|每[月周季年](?:度)?(?:\d{1,2}[日号])?(?:前)?|每季度(?:末)?|全年|年内"
    rf"|{STANDING}|\d{{1,2}}月份(?:前|内)?"
    r"|(?:秋季学期|春季学期|秋季|春季)?开学前|[\u4e00-\u9fff]{1,3}节(?:假期)?前|汛期?前"
    r"|(?:[一二三四1-4]季度|年底|年末|[上下]半年|\d{1,2}月(?:底|末)?)(?:前)?)+"
    r"(?:完成|完工|建成|办结)?(?:前)?"
)
#: ``镇农业农村办负责``: a unit that the bracket names as the doer.
DOER_WORDS = re.compile(rf"(?:牵头负责|{SHARED_DUTY}负责|牵头|主责|落实|实施)$")
#: ``镇卫生院具体实施`` after a lead: the unit that carries the lead's task out, a co-owner.
CARRIER_WORDS = re.compile(r"(?:具体实施|具体负责|具体落实|组织实施|抓好落实|承办)$")
#: ``财政所配合``: a unit that helps.
HELP_WORDS = re.compile(HELP + "$")
#: A bracket's part that names its role first, as a short label: ``牵头：经发办``, ``配合：财政所``.
ROLE_FIRST = re.compile(rf"(?:(?P<lead>{LEAD_WORDS})|(?P<co>{CO_WORDS}))[:：]\s*(?P<names>.+)")
#: Between two roles of a bracket: ``；``, ``，``, or a space before the next role
#: (``（牵头：镇规划办　配合：自然资源所、生态办）``, a full-width space in the source).
ROLE_BREAK = re.compile(rf"[,;]|\s+(?=(?:{LEAD_WORDS}|{CO_WORDS})[:：])")
#: A name in such a bracket is a unit or a group of units, as owners written in prose are.
BRACKET_UNIT = re.compile(UNIT)


def bracket_labels(view: str, start: int, end: int) -> tuple[int, Labels] | None:
    """A bracket closing ``[start, end)`` that names owners and a time without labels.

    ``新建高标准农田5000亩（镇农业农村办负责，6月底前完成）``,
    ``…确保应保尽保。（社会事务办、各村（社区），每月10日前）``, ``…改造。（县卫健委）``,
    ``（经发办牵头，财政所配合，9月底前）``, ``（牵头：经发办；配合：财政所）``:
    the units (first the lead) and the time are the pledge's, as if labelled. Returns
    where the bracket opens and the labels; None when the bracket says anything else
    (``（其中：大豆2000亩）``, ``（含2个村）``).
    """
    stop = end
    while stop > start and view[stop - 1] in " 。.;；,\n\t":
        stop -= 1
    if stop <= start or view[stop - 1] != ")":
        return None
    depth, open_at = 0, -1
    for i in range(stop - 1, start - 1, -1):
        if view[i] == ")":
            depth += 1
        elif view[i] == "(":
            depth -= 1
            if depth == 0:
                open_at = i
                break
    if open_at < 0:
        return None
    read = role_clauses(view[open_at + 1 : stop - 1])
    if read is None:
        return None
    labels, said = read
    if not labels:
        return None
    before = view[start:open_at].rstrip()
    if not said and before and before[-1] not in "。;；." and not _lists_owners(labels):
        return None  # ``改造镇卫生院（中心卫生院）``: another name of the thing, not its owner
    labels.spans.append((open_at, stop))
    return open_at, labels


def _lists_owners(labels: Labels) -> bool:
    """A bracket that lists units without roles (``（社事办、镇卫生院）``, ``（民政办，镇卫生院）``)
    names the pledge's owners, the first the lead, as a 责任单位 list does: two units at least,
    the first an office, are no other name of the thing before it."""
    names = [n for value in [*labels.lead, *labels.co] for n in re.split(r"、", value) if n]
    return len(names) > 1 and OFFICE_NAME.fullmatch(names[0]) is not None


#: The official a bracket names after its units (``（县应急管理局牵头，…配合；责任县领导：
#: 蒋明川）``): the pledge's official, no unit of it.
BRACKET_OFFICIAL = re.compile(
    r"[,;]\s*(?:(?:责任|分管|包保|包联|挂点|牵头|联系)[县市区镇乡]?级?领导|责任人)[:：]\s*"
    r"(?P<name>[^,;:()]{1,12})\s*$"
)


def role_clauses(inside: str) -> tuple[Labels, bool] | None:
    """The owners and the time that clauses without labels name (a bracket's inside, or an
    owner sentence's words): ``镇农业农村办负责，6月底前完成``, ``经发办牵头，财政所配合``,
    ``牵头：经发办；配合：财政所``. Returns the labels and whether a role or a time was said
    (not only names); None when a clause says anything else."""
    labels = Labels()
    said = False  # the bracket says who does it (负责, 牵头, 配合) or when
    official = BRACKET_OFFICIAL.search(inside)
    if official:
        labels.official, inside = official.group("name").strip(), inside[: official.start()]
    for part in (
        ROLE_BREAK.split(inside) if ROLE_FIRST.match(inside) else re.split(r"[,;:]", inside)
    ):
        part = part.strip(" 。")
        if not part:
            continue
        if part.startswith("由") and DOER_WORDS.search(part):
            part = part[1:]  # ``（由经发办、财政所共同负责）``
        role = ROLE_FIRST.fullmatch(part)
        helpers: re.Match[str] | None = None
        if role:
            names, helpers = role.group("names"), role if role.group("co") else None
        else:
            helpers = HELP_WORDS.search(part)
            if not helpers and labels.lead:
                helpers = CARRIER_WORDS.search(part)
            names = part[: helpers.start()] if helpers else DOER_WORDS.sub("", part)
        units = [n for n in re.split(r"[、和与及]", names) if n]
        said = said or bool(helpers) or bool(role) or names != part
        if not labels.deadline and BRACKET_TIME.fullmatch(part):
            labels.deadline = part
            said = True
        elif units and all(BRACKET_UNIT.fullmatch(n) for n in units):
            if helpers:
                labels.co.append(names)
            elif not labels.lead:
                labels.lead = [names]
            elif not said:  # ``（民政办，镇卫生院）``: a list of units, the first the lead
                labels.co.append(names)
            else:
                return None
        else:
            return None
    return labels, said


#: A bracket in an owner sentence that is not another name of a unit (``各村（社区）``): the
#: sentence says more than who does the work.
UNNAMED_BRACKET = re.compile(r"\((?![\u4e00-\u9fff]{1,8}\))")
#: A role an owner sentence's clause gives its units, after them: who leads, who helps.
ROLE_AFTER = re.compile(rf"(?:牵头负责|{SHARED_DUTY}负责|牵头|主责|{HELP})$")


def owner_sentence(view: str, start: int, end: int) -> tuple[int, Labels] | None:
    """A sentence that only says who does the pledge before it, and maybe when, without labels
    or a bracket: ``…普及率达到98%以上。县水利局负责，各乡镇配合，2031年三季度末完成。``,
    ``…改造150户。县残联牵头，县民政局配合。``. It is read as that pledge's bracket would be
    (:func:`bracket_labels`); returns where it starts and its labels."""
    words = view[start:end].strip(" \t\n。.;；")
    if not words or "\n" in words or UNNAMED_BRACKET.search(words):
        return None
    clauses = [c.strip() for c in re.split(r"[,;]", words)]
    # the time may say how the work completes: ``10月中旬前建成投用``, ``年底前全部完成``
    times = [c for c in clauses if not BRACKET_TIME.fullmatch(c) and is_time_sentence(c)]
    if not all(
        ROLE_AFTER.search(c) or ROLE_FIRST.match(c) or BRACKET_TIME.fullmatch(c) or c in times
        for c in clauses
    ):  # each clause names units by their role (``县水利局负责``), or the time
        return None
    read = role_clauses(",".join(c for c in clauses if c not in times))
    if read is None:
        return None
    labels, _ = read
    if not (labels.lead or labels.co):
        return None
    labels.deadline = labels.deadline or (times[-1] if times else None)
    labels.spans.append((start, end))
    return start, labels


def time_after_labels(view: str, labels: Labels, end: int) -> str | None:
    """The time an item states after its labels, when no label gives one:
    ``…智慧化改造3-5个。（责任单位：县市场监管局）12月20日前完成。``, ``（牵头单位：X，配合单位：Y）
    全年完成。``: the words after the owner bracket are the item's 完成时限."""
    if labels.deadline or not labels.spans:
        return None
    words = view[max(e for _, e in labels.spans) : end].strip(" \t\n。.;；,，)")
    return words if words and BRACKET_TIME.fullmatch(words) else None
