"""Tables of tasks (任务分解表, 民生实事项目表, a 督查室's 台账) → labelled items.

Every table the importer meets — in Word, Excel, CSV, PDF, or flattened into
text (Markdown, ``|`` or tab rows, one cell per line) — comes here as rows of
cells. The header row is found under any title rows and its columns are
mapped by name (the one home of the column vocabulary below); each task row
becomes a labelled item (``1、任务`` + ``牵头单位：…`` lines), so the same
field steps (deadlines, targets, owners) read it as they read a text list,
with the explicit column values as labels. Columns that report progress
(进度, 本周进展, 完成情况, 存在问题, 备注, a 督办通报's 督办状态/亮灯) are left out: they are
never a pledge nor a target. Columns that
state the goal (目标要求, 量化指标, 建设规模) are text columns too: the item is the task
and its goal (``实施城镇老旧小区改造，改造老旧小区12个``), whose numbers are its targets.
A money column whose unit stands in its header (``年度计划投资（万元）``) gives the item its
money line (``计划投资：680万元``); a 进度要求 column its milestones, after its deadline.
A table without a header that lays one task down two columns (``工作任务 | …``,
``牵头单位 | …``, ``完成时限 | …``) is one item, its keys mapped as a header's names are; so is
each card of a 交办单 whose rows pair label cells and values, two pairs side by side or one
(``牵头单位 | 经发办 | 责任领导 | …``: :func:`is_card`), its bookkeeping labels (交办编号,
督办等级, 签收人) no field of the item.
A header over two or three rows is read as one: the lower row names the columns, the upper one
groups them (责任分工 over 牵头单位 | 配合单位, 时间节点 over 上半年 over 一季度 … 四季度; the upper
names merged down, repeated or left blank are no names of the lower row: :func:`_sub_header`),
and a row that only groups is no title. Period columns (quarters, months, halves) hold a
schedule's steps: the last period holding one is the deadline, the earlier steps milestones
(:func:`_period_steps`), unless the row's 完成时限 states a time (``12月20日前``,
``长期坚持``): that wins, and only the nodes before it are milestones (:func:`_time_line`); a
quarter row-block (``季度 | 推进目标`` down a project's merged cells) is folded as a
推进计划表's node rows are (:func:`_step_columns`). A money unit stated above the header
(``单位：万元``, in a title row or a line the document writes right above the table) is the
unit of a money column that names none (:func:`_stated_money_unit`); an upper header stating the
year (``2036年计划`` over ``计划投资``) makes the money under it the year's (:func:`_lower_names`).
A unit stated there (``责任单位：经发办``, a title ``经发办2036年目标任务``) owns each row that
names no lead of its own (:func:`_stated_lead`); the signature and stamp lines under a
责任书's table are no rows (:data:`SIGNATURE`).
A target sheet (指标名称 | 单位 | 2030年完成 | 2031年目标 | … | 考核分值) states each goal as a
bare number, its unit in a 单位 column: the item reads ``粮食播种面积不低于6.2万亩``
(:func:`_with_unit`); last year's result or goal, the points (考核分值, 权重) and the base (基数)
are no columns of the item (:func:`_planned_year`). A 推进计划表 lays a project over several
rows, one per 推进节点 with its 计划时间: the project is one item, due at its last node, the
earlier nodes its milestones (:func:`_fold_nodes`), and so is a 任务分解表's task laid out one
row per 时间节点 (``时间节点 | 节点要求``, the task's cells merged down, repeated or blank:
:func:`_fold_time_rows`); its 总投资 is no money line beside the
year's 计划投资, and its whole scale (建设内容及规模) no text beside the year's goal (年度目标,
形象进度目标, 年内完成内容 …: :data:`YEAR_GOAL_NAME`; :func:`_year_columns`), nor is an estimate
(估算投资) beside what the project aims at (主要建设内容及目标). A 票决 or review's result column
turns a row down (``未当选``, ``暂缓``: :data:`TURNED_DOWN`); the votes (得票数) and a summary's
counts (指标数（项）) are no column of the item, and a table with no other text column is no task
table. A 任务分解表 numbered in levels (``1`` over ``1.1``, ``一、`` over ``（一）`` over ``1.``)
pledges its sub-tasks, not the rows that head them (:func:`_outline`); its closing rows
(``共13条``, ``合计``, ``注：``, ``填报人：``) are none (:func:`_closing_row`).

Cells carry the offset of their text in the source when the table came from
a text file, so commitments still point at the right place in it; the
rendered lines are returned as fragments ``(text, source offset)``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from commitments.importer.cell_tasks import cell_parts, listed_cell, task_spans
from commitments.importer.deadlines import find_periods
from commitments.importer.matrix import unfold
from commitments.importer.numerals import to_chinese
from commitments.importer.owners import OWNER_ROLES, UNIT_NAME, owner_roles
from commitments.importer.vocabulary import (
    CLAUSE_OPENERS,
    CO_LABEL_WORDS,
    CO_ROLES,
    FUNDS_LABELS,
    LEAD_LABEL_WORDS,
    LEAD_ROLES,
    LEGEND,
    MONEY_UNIT,
    STAGE_LABELS,
    TIME_PHRASE,
    UNIT_NOUN,
    UNITS,
)


@dataclass(frozen=True)
class Cell:
    text: str
    start: int = -1  # offset of text[0] in the source text; -1 when not a text source
    #: Its line breaks only wrap the text at the column's width (a PDF's cell), rather than
    #: end a line the writer ended (Alt+Enter in Excel, a paragraph in Word, a CSV's quoted
    #: break), which reads as a clause break.
    wrapped: bool = False
    #: It lies under the top of a cell merged down several rows (the same merge as the row
    #: above): a project's cells merged over its node rows.
    continued: bool = False

    @staticmethod
    def of(text: object) -> Cell:
        return Cell("" if text is None else str(text))


#: A rendered line: fragments of text, each with the source offset it came from.
Line = list[tuple[str, int]]

_PAREN = r"(?:[(（][^()（）]{0,12}[)）])?"
#: A column named by a period of the plan year: a quarter (``一季度``, ``第二季度``, ``Q3``), a
#: month or months (``1月``, ``10月份``, ``1-3月``), a half (``上半年``).
PERIOD_NAME = re.compile(
    r"(?:\d{4}年)?(?:第?(?P<quarter>[一二三四1-4])季度(?:末|底)?|Q(?P<q>[1-4])"
    r"|(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月?[-—~～至到])?"
    r"(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底|末)?"
    r"|(?P<half>上半年|下半年))",
    re.I,
)
#: The year named before a column's name (``2038年``, ``2038年度``, ``年度``, ``本年度``, ``当年``,
#: ``年内``, ``今年``, ``全年``): the column is the plan year's (money or goal).
YEAR_COLUMN = re.compile(r"^(?:\d{4}年度?|本?年度|本年|当年|年内|今年|全年)")
#: Every usual name of a project's goal for the year in a 重点项目 plan (the one home of that
#: vocabulary): the year before what it states (``年度目标``, ``2038年目标任务``, ``年度建设任务``,
#: ``本年度目标``, ``年内完成内容``, ``2038年建设内容``, ``年度形象进度``, ``2038年形象进度``),
#: the progress planned for the year's end (``形象进度目标``, ``计划形象进度``, ``形象进度计划``,
#: ``预期形象进度``) or the work planned for completion (``计划完成内容``, ``计划完成任务``). A
#: bare ``形象进度`` (a report's column of progress made) is none.
_YEAR = YEAR_COLUMN.pattern[1:]
YEAR_GOAL_NAME = re.compile(
    rf"^(?:(?!形象进度(?:[(（]|$))(?:{_YEAR})?(?:计划|预期|预计|目标)?形象进度(?:目标|计划|要求)?"
    rf"|{_YEAR}(?:计划|预期)?(?:完成|实施|建设|工作)?(?:目标|任务|内容|计划)(?:任务|内容|值|数)?"
    r"|(?:计划|预计|预期)(?:完成|实施|建设)(?:内容|任务|目标|工作量))" + _PAREN + "$"
)
#: Column kinds by header name, tried in this order (first match wins).
COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    # a project's goal for the year under any of its names, before a 形象进度 of progress made
    ("text", YEAR_GOAL_NAME),
    (
        "progress",
        re.compile(
            r"^(?:工作|本周|本月|本期|本季度?|截至目前|累计)?(?:进度|进展|完成情况|进展情况|推进情况"
            r"|落实情况|完成进度|目前进展|当前进度|工作进展|形象进度|办理情况|备注|存在问题|说明|督办意见"
            r"|(?:进展|进度|情况|完成|推进)说明"
            r"|评价|督办状态|办理状态|状态|亮灯|亮灯情况|灯色|红黄绿灯|预警等级"
            r"|(?i:status|remarks?|notes?|progress))" + _PAREN + "$"
        ),
    ),
    ("number", re.compile(r"^(?:(?:任务|事项|项目)?序号|编号|序|No\.?)$", re.I)),
    # the unit of a target sheet's bare numbers (指标名称 | 单位 | 2031年目标: ``万亩`` + ``≥6.2``)
    ("unit", re.compile(r"^(?:计量)?单位$")),
    # one period of a schedule laid out across columns (时间节点 → 一季度 | 二季度 | …)
    ("period", re.compile(rf"^(?:{PERIOD_NAME.pattern})" + _PAREN + "$", re.I)),
    # a project's step, one row each (前期手续, 开工建设, …): the rows are one pledge
    ("node", re.compile(r"^(?:推进|实施|建设|关键|进度)?节点(?:名称)?$")),
    ("category", re.compile(r"^(?:类别|分类|板块|领域|所属类别|项目类别|任务类别|类型)$")),
    (
        "lead",
        re.compile(rf"^(?:{LEAD_LABEL_WORDS}{UNIT_NOUN}|责任主体|{LEAD_ROLES})" + _PAREN + "$"),
    ),
    (
        "co",
        re.compile(rf"^(?:{CO_LABEL_WORDS}{UNIT_NOUN}|{CO_ROLES})" + _PAREN + "$"),
    ),
    (
        "official",
        re.compile(
            r"^(?:[县市区镇乡]级)?(?:责任领导|分管领导|包保领导|包联领导|挂点领导|挂钩领导|牵头领导|联系领导|县级领导|督办领导"
            r"|责任人|领导)" + _PAREN + "$"
        ),
    ),
    (
        "deadline",
        re.compile(
            r"^(?:完成时限|完成时间|时间节点|办结时限|时限要求|时限|完成期限|计划完成时间"
            r"|完成节点|时间要求|进度安排|时间安排|时序进度|计划时间|计划完成时限"
            r"|(?:推进|计划|完成)?(?:季度|月份|时段|时间段|时序))" + _PAREN + "$"
        ),
    ),
    # the outcome of a vote or review on each candidate (票决结果 ``当选``/``未当选``): a row
    # it turns down is no pledge (:data:`TURNED_DOWN`)
    (
        "verdict",
        re.compile(
            r"^(?:(?:票决|表决|投票|审议|评审|评选|遴选|审定)(?:结果|意见|情况)"
            r"|是否(?:当选|通过|列入|入选|实施)|(?:当选|入选)情况|(?:项目|任务|审批)?状态)"
            + _PAREN
            + "$"
        ),
    ),
    # a count of the vote (得票数, 赞成票) or of a summary's rows (指标数（项）, 项目个数): no task,
    # no target; a summary sheet of such counts per category is no task table
    (
        "tally",
        re.compile(
            r"^(?:(?:得票|赞成票|反对票|弃权票|票)数?|(?:考核)?(?:指标|任务|项目|事项)个?数量?)"
            + _PAREN
            + "$"
        ),
    ),
    # money planned, its unit often only in the header (``年度计划投资（万元）``)
    ("funds", re.compile(rf"(?:{FUNDS_LABELS}|计划完成投资)" + _PAREN + "$")),
    # steps on the way to the deadline (``3月底前完成苗木采购``): milestones, not the deadline
    ("milestone", re.compile(r"^(?:进度要求|进度计划|节点要求|时间进度)" + _PAREN + "$")),
    # a stage's goal (阶段性目标, a 时限清单's ``上半年完成全年任务的50%``): a milestone only, its
    # numbers no targets (the task states those)
    ("stage", re.compile(rf"^(?:{STAGE_LABELS})" + _PAREN + "$")),
    (
        "text",
        re.compile(
            r"(?:任务|内容|事项|项目|实事|要点|措施|目标|规模|举措|指标|(?:重点|主要|具体|年度)工作|工作重点"
            r"|^(?:\d{4}年度?|本?年度|本年|当年)计划)"
            r"(?:名称|内容|清单|要求|值|数)?" + _PAREN + "$"
        ),
    ),
]
#: A text column that states the goal (量化指标, 目标要求, 建设规模) rather than the task: the
#: item reads task first, goal after, in whatever order the columns stand.
GOAL_COLUMN = re.compile(r"目标|指标|规模|要求|标准|计划")
#: The label written for each kind; the header's own word when it is a known label.
LABEL_FOR = {
    "lead": "责任单位",
    "co": "配合单位",
    "official": "责任领导",
    "deadline": "完成时限",
    "stage": "阶段性目标",
}
OWN_LABELS = {"牵头单位", "责任单位", "配合单位", "责任领导", "完成时限", "完成时间", "时间节点"}
ATTACHMENT = re.compile(r"^附[件表][0-9一二三四五六七八九十-]*[:：]?$")  # ``附件1`` above a title
FURNITURE_ROW = re.compile(
    r"^\s*(?:注|备注|说明|填报|填表|制表|审核|审批人|签发人|联系人|联系电话|合计|总计|小计"
    rf"|{LEGEND})"
)
#: A verdict that turns a candidate down (未当选, 未通过, 不列入, 暂缓, 取消): its row is no pledge.
TURNED_DOWN = re.compile(
    r"^(?:未|没有|不予?)(?:当选|通过|列入|入选|实施|批准)|^(?:落选|否决|被否决|暂缓|缓建|取消"
    r"|已取消|撤销|已撤销|调出|不实施|否)"
)
ITEM_NUMBER = re.compile(r"^\s*[(（]?\s*(\d{1,4})\s*[)）.、．]?\s*$")
NUMBERED_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])"
)


#: English beside a Chinese header name (``任务事项 Task``, ``协办单位 Co-units``), as an office
#: system exports it: the Chinese words name the column.
ENGLISH_GLOSS = re.compile(r"[A-Za-z][A-Za-z.&/\-]*")


def column_kind(header: str) -> str | None:
    name = re.sub(r"\s+", "", header).rstrip(":：")
    if re.search(r"[\u4e00-\u9fff]", name):
        name = ENGLISH_GLOSS.sub("", name)
    if not name or len(name) > 16 or NUMBERED_HEADING.match(name):
        return None  # a numbered heading (``一、产业项目``) names a group of rows, no column
    for kind, pattern in COLUMNS:
        if pattern.search(name):
            return kind
    return None


def header_columns(cells: list[Cell]) -> dict[int, str] | None:
    """Column index → kind, when ``cells`` are a header row (a text column and one more)."""
    columns: dict[int, str] = {}
    seen: set[str] = set()
    for index, cell in enumerate(cells):
        kind = column_kind(cell.text)
        if kind is None or (kind in seen and kind not in {"text", "co", "lead", "period", "funds"}):
            continue
        if index and cells[index - 1].text == cell.text and columns.get(index - 1) == kind:
            continue  # a header cell merged across two columns
        columns[index] = kind
        seen.add(kind)
    if "text" not in seen or len(seen) < 2:
        return None
    filled = sum(1 for c in cells if c.text.strip())
    return columns if len(columns) * 2 >= filled else None


def find_header(rows: list[list[Cell]], start: int = 0) -> tuple[int, dict[int, str]] | None:
    """The first header row at or after ``start`` and its columns' kinds; none in a card of
    label cells (:func:`is_card`), whose rows each name their own values. A 责任分工 matrix
    is read as the task table it stands for (:func:`matrix.unfold`)."""
    rows = unfold(rows)
    if is_card(rows):
        return None
    for index in range(start, len(rows)):
        columns = header_columns(rows[index])
        if columns:
            return index, columns
    return None


def is_table(rows: list[list[Cell]]) -> bool:
    return find_header(rows) is not None


#: How many lines right above a table (outside it) may state for it what a title row would
#: (``单位：万元``, ``责任单位：经发办``): a Word file's, a PDF's, a page's or a text file's.
CONTEXT_LINES = 3


def render_tasks(
    rows: list[list[Cell]], tasks_before: int = 0, context: list[str] | None = None
) -> tuple[list[Line], int]:
    """A table as :func:`render` does it, and how many tasks laid out down a key-value table
    it held: a document of one such table per task (``任务一`` then its table, ``任务二``…)
    numbers them on from ``tasks_before``, as one list."""
    if find_header(rows) is None:
        return _key_value_lines(rows, tasks_before)
    return render(rows, context=context), 0


def render(
    rows: list[list[Cell]], titles: bool = True, context: list[str] | None = None
) -> list[Line]:
    """Render a table (rows of cells) as lines of labelled items.

    Rows above the header (titles) are kept as lines (unless ``titles`` is False: the caller
    writes them); a row with one value across it heads a section; a row with a task is an item.
    ``context`` are the lines the document writes right above the table, outside it (a PDF's
    or a Word file's ``单位：万元``, ``责任单位：经发办``): they state for the table what its
    title rows would, and the caller has written them.
    """
    rows = unfold(rows)
    found = find_header(rows)
    if found is None:
        return _key_value_lines(rows)[0]
    header_at, columns = found
    above = title_rows(rows, header_at)
    stating = [*([Cell(line)] for line in context or []), *above]
    money_unit = _stated_money_unit(stating)
    stated_lead = _stated_lead(stating)
    lines = [_title_line(row) for row in above] if titles else []
    header_text = [_squash(c.text) for c in rows[header_at]]
    header_rows = [header_text]
    body = rows[header_at + 1 :]
    upper = rows[header_at]
    while body and _sub_header(body[0], upper):
        columns = _merge_sub_header(columns, upper, body[0])
        header_rows.append([_squash(c.text) for c in body[0]])
        header_text = _lower_names(header_text, body[0])
        upper, body = body[0], body[1:]
    columns = _year_columns(columns, header_text)
    columns = _step_columns(columns, header_text)
    columns = _node_step_columns(columns, header_text)
    text_columns = sorted(
        (i for i, kind in columns.items() if kind == "text"),
        key=lambda i: (bool(GOAL_COLUMN.search(header_text[i])), i),
    )
    text_columns = _planned_year(text_columns, header_text)
    if "node" in columns.values():
        body = _fold_nodes(body, columns, text_columns, header_rows)
    else:
        body = _fold_time_rows(body, columns, header_rows)
    counter = 0
    headings = 0
    category = ""
    owner_columns = {i: kind for i, kind in columns.items() if kind in ("lead", "official", "co")}
    category_columns = [i for i, kind in columns.items() if kind == "category"]
    above: dict[int, Cell] = {}  # the lead unit of the row above, by column
    body = _task_rows(body, header_rows, columns)
    outline = _outline(body, columns, text_columns)
    ancestors: list[tuple[int, list[Cell], bool]] = []  # (level, row, passes its name down)
    for index, row in enumerate(body):
        level = outline.levels[index]
        if level is not None:
            ancestors = [a for a in ancestors if a[0] < level]
        if index in outline.parents:
            passed = outline.parents[index]
            ancestors.append((level or 0, row, passed))
            if not passed:
                headings += 1
                lines.append(_heading(_cell_at(row, text_columns[0]), headings))
                counter = 0
                above = {}
            continue
        if any(
            kind == "verdict" and i < len(row) and TURNED_DOWN.match(_squash(row[i].text))
            for i, kind in columns.items()
        ):
            continue  # a candidate the vote or review turned down
        task = [row[i] for i in text_columns if i < len(row) and row[i].text.strip()]
        task_names = [header_text[i] for i in text_columns if i < len(row) and row[i].text.strip()]
        if index in outline.alone:
            headings += 1
            lines.append(_heading(_cell_at(row, text_columns[0]), headings))
            counter = 0
            above = {}
        if ancestors and task:
            row = _inherited(row, columns, [a[1] for a in reversed(ancestors)])
            names = [_cell_at(a[1], text_columns[0]) for a in ancestors if a[2]]
            task = [c for c in names if c.text.strip()] + task
            task_names = ["" for c in names if c.text.strip()] + task_names
        heading = _heading_row(row, columns, task, len(header_text))
        if heading is not None:
            headings += 1
            lines.append(_heading(heading, headings))
            counter = 0
            above = {}
            continue
        for i, kind in columns.items():
            if kind == "category" and i < len(row) and _squash(row[i].text) not in ("", category):
                category = _squash(row[i].text)
                headings += 1
                lines.append(_heading(row[i], headings))
                counter = 0
        if not task:
            continue
        row = _merged_down(row, owner_columns, category_columns, above)
        for tasks in _cell_tasks(task, task_names):
            counter += 1
            lines.extend(_item(row, columns, tasks, counter, header_text, money_unit, stated_lead))
    return lines


def _cell_tasks(task: list[Cell], names: list[str]) -> list[list[Cell]]:
    """The row's task cells (under the column names ``names``), or each task of its one task
    cell when that cell lists several (a unit's tasks numbered in one cell; a 重点任务 beside
    its 具体举措 numbered in one cell, the name before each): one item each, all of the row's
    unit (:mod:`commitments.importer.cell_tasks`). A cell's numbers are left out (``2.改善…``,
    a project's ``1.新建…；2.购置…``): the text reader would take them for items of their own."""
    if len(task) == 1:
        cell = task[0]
        return [[_part(cell, s, e)] for s, e in task_spans(cell.text, cell.wrapped)]
    parts = [[_part(c, s, e) for s, e in cell_parts(c.text)] for c in task]
    at = listed_cell([c.text for c in task], names)
    if at is None:
        return [[p for cell in parts for p in cell]]
    others = [
        [p for cell in parts[:at] for p in cell],
        [p for cell in parts[at + 1 :] for p in cell],
    ]
    return [[*others[0], listed, *others[1]] for listed in parts[at]]


def _part(cell: Cell, start: int, end: int) -> Cell:
    """``cell.text[start:end]`` as a cell of its own, at its place in the source."""
    return Cell(cell.text[start:end], cell.start + start if cell.start >= 0 else -1, cell.wrapped)


#: The table's money unit stated above its header (``单位：万元``, ``（金额单位：万元）``).
STATED_MONEY_UNIT = re.compile(rf"(?:金额|资金|投资)?单位\s*[:：]\s*(?P<unit>{MONEY_UNIT})")


#: A unit stated above the table as the one its rows bind (``责任单位：经发办  分管领导：…``,
#: ``签订单位：``, ``考核对象：``), or a title that opens with it (``经发办2036年目标任务``).
STATED_LEAD = re.compile(
    rf"^\s*(?:(?:责任|签订|牵头|承办|被考核)单位|考核对象)\s*[:：]\s*(?P<unit>{UNIT_NAME})(?=\s|$|[，,；;（(])"
    rf"|^\s*(?P<titled>{UNIT_NAME})\s*(?:20\d\d|二[〇零○]\S{{2}})年度?\S{{0,6}}"
    r"(?:目标|任务|责任书|责任清单)"
)


#: A title opening with the town's own government or committee is the town's, no office's.
TOWN_BODY = re.compile(r"(?:政府|党委|委员会|人大)$")


def _stated_lead(titles: list[list[Cell]]) -> str | None:
    """The unit a line or title above the header states as owning the table's rows (a
    目标管理责任书's sheet per department): it owns each row that names no lead of its own."""
    for row in titles:
        for cell in row:
            m = STATED_LEAD.match(cell.text.strip())
            if m and not (m.group("titled") and TOWN_BODY.search(m.group("titled"))):
                return m.group("unit") or m.group("titled")
    return None


def _stated_money_unit(titles: list[list[Cell]]) -> str | None:
    """The money unit a line above the header states for the whole table (``单位：万元`` beside
    ``填报单位：…``), the unit of a money column that states none in its name."""
    for row in titles:
        for cell in row:
            m = STATED_MONEY_UNIT.search(cell.text)
            if m:
                return m.group("unit")
    return None


#: The whole project's columns (总投资, 建设内容及规模), beside a column of the plan's year
#: (``2032年计划投资``, a goal of :data:`YEAR_GOAL_NAME`) they state no goal of the year.
WHOLE_PROJECT = re.compile(
    r"总投资|投资总额|建设内容|建设规模|规模|项目概况|项目简介|总体目标|总目标"
)


#: A text column that states what a project aims at (主要建设内容及目标, 项目目标, 目标任务): beside
#: it a money column not of the year is an estimate, no pledge. Beside a content column alone
#: (建设内容, 主要内容) the money is what the row pledges.
STATED_GOAL = re.compile(r"目标")


def _of_the_year(kind: str, name: str) -> bool:
    """Is a money or text column the plan year's: its name opens with the year (``2032年计划
    投资``), or a text column's names the year's goal (:data:`YEAR_GOAL_NAME`)?"""
    return bool(YEAR_COLUMN.match(name) or (kind == "text" and YEAR_GOAL_NAME.match(name)))


def _year_columns(columns: dict[int, str], header: list[str]) -> dict[int, str]:
    """The columns an item reads beside the plan year's. A project's total (总投资) is no money
    line beside the year's money (``2032年计划投资``) or goal (``年度目标``); its whole scale
    (``建设内容及规模``, ``建设规模``) is no text of the item beside the year's goal, when a
    name column (项目名称) still says what the project is. Two money columns and neither of
    the year's: the first only."""

    def of_year(kind: str) -> list[int]:
        return [i for i, k in columns.items() if k == kind and _of_the_year(kind, header[i])]

    year_funds, year_goals = of_year("funds"), of_year("text")
    whole = {
        i
        for i, k in columns.items()
        if k in ("funds", "text")
        and i not in year_funds + year_goals
        and WHOLE_PROJECT.search(header[i])
    }
    dropped: set[int] = set()
    if year_funds or year_goals:
        dropped |= {i for i in whole if columns[i] == "funds"}
    if any(k == "text" and STATED_GOAL.search(header[i]) for i, k in columns.items()):
        # an estimate (估算投资（万元）) beside what the project aims at prices the candidate:
        # the pledge is its goal, not its cost
        dropped |= {i for i, k in columns.items() if k == "funds" and i not in year_funds}
    names = [
        i for i, k in columns.items() if k == "text" and i not in whole and i not in year_goals
    ]
    if year_goals and names:
        dropped |= {i for i in whole if columns[i] == "text"}
    funds = [i for i, k in sorted(columns.items()) if k == "funds" and i not in dropped]
    if len(funds) > 1 and not year_funds:
        dropped |= set(funds[1:])
    return {i: k for i, k in columns.items() if i not in dropped}


#: A time column that names one period a row (季度: ``一季度``, ``二季度`` down a project's rows).
PERIOD_ROW = re.compile(r"^(?:推进|计划|完成)?(?:季度|月份|时段|时间段|时序)")
#: A text column that states each period's step beside it (推进目标, 季度目标, 节点任务).
STEP_GOAL = re.compile(r"^(?:季度|月度|阶段|节点|推进|进度|形象)(?:目标|任务|内容|计划|要求)")


def _step_columns(columns: dict[int, str], header: list[str]) -> dict[int, str]:
    """A quarter row-block (a project over one row per quarter: ``季度 | 推进目标`` beside its
    name merged down): the step column is the project's node (:func:`_fold_nodes`), not a text
    column of its own, so the project is one item due at its last quarter."""
    if not any(k == "deadline" and PERIOD_ROW.match(header[i]) for i, k in columns.items()):
        return columns
    texts = [i for i, k in sorted(columns.items()) if k == "text"]
    steps = [i for i in texts[1:] if STEP_GOAL.match(header[i])]
    if not steps or "node" in columns.values():
        return columns
    return {i: ("node" if i == steps[0] else k) for i, k in columns.items()}


#: What a 时间节点 row states is due by its time (``时间节点 | 节点任务``): the node's step.
NODE_STEP = re.compile(r"^节点(?:任务|内容|要求|事项|工作)" + _PAREN + "$")


def _node_step_columns(columns: dict[int, str], header: list[str]) -> dict[int, str]:
    """A 任务节点分解表's ``节点任务`` (``节点内容``, ``节点事项``) beside its 时间节点 column is
    the step each node row states (a milestone, as ``节点要求`` is: :func:`_fold_time_rows`),
    not the task's own text: the text columns before it name the task."""
    if not any(k == "deadline" for k in columns.values()):
        return columns
    texts = [i for i, k in sorted(columns.items()) if k == "text"]
    steps = {i for i in texts[1:] if NODE_STEP.match(_squash(header[i]))}
    return {i: ("milestone" if i in steps else k) for i, k in columns.items()}


def _fold_nodes(
    body: list[list[Cell]],
    columns: dict[int, str],
    text_columns: list[int],
    header_rows: list[list[str]],
) -> list[list[Cell]]:
    """A 推进计划表's project over its node rows (前期手续, 开工建设, 主体完工, 竣工验收: one
    row each with its 计划时间), as one row: a row whose project cells are blank (a CSV's,
    a Word table's) or continue the merge above (an Excel sheet's) is the next node of the
    project above. The last node's time is the deadline; the earlier nodes, with their
    times, its milestones (the node cell reads ``2032年2月前期手续；2032年3月开工建设``)."""
    node = next(i for i, kind in columns.items() if kind == "node")
    times = [i for i, kind in sorted(columns.items()) if kind == "deadline"]

    def cell(row: list[Cell], i: int) -> Cell:
        return row[i] if i < len(row) else Cell("")

    def steps_of(row: list[Cell]) -> bool:
        return any(cell(row, i).text.strip() for i in [node, *times])

    def joins(row: list[Cell], first: list[Cell]) -> bool:
        project = [cell(row, i) for i in text_columns]
        return (
            steps_of(row)
            and steps_of(first)
            and all(c.continued or not c.text.strip() for c in project)
        )

    groups = _node_groups(body, header_rows, joins)
    out: list[list[Cell]] = []
    for group in groups:
        if len(group) == 1:  # its time is its deadline; the node's name no step of its own
            out.append([Cell("") if i == node else c for i, c in enumerate(group[0])])
            continue
        row = list(group[0]) + [Cell("")] * (max(len(r) for r in group) - len(group[0]))
        last = group[-1]
        for i in times:
            if cell(last, i).text.strip():
                row[i] = cell(last, i)
        earlier = ["".join(cell(r, i).text.strip() for i in [*times, node]) for r in group[:-1]]
        first = cell(group[0], node)
        row[node] = Cell("；".join(e for e in earlier if e), first.start)
        out.append(row)
    return out


def _node_groups(
    body: list[list[Cell]],
    header_rows: list[list[str]],
    joins: Callable[[list[Cell], list[Cell]], bool],
) -> list[list[list[Cell]]]:
    """The body's rows by task: a row that ``joins(row, first)`` the group above (its first
    row) is a node of it. The header repeated on a new page (a PDF's, a printed sheet's) parts
    no task's nodes: a task broken over the page goes on under it, and the header follows the
    task, a group of its own (:func:`_task_rows` leaves it out)."""
    groups: list[list[list[Cell]]] = []
    held: list[list[Cell]] = []  # header rows repeated inside the group above
    for row in body:
        if groups and [_squash(c.text) for c in row] in header_rows:
            held.append(row)
        elif groups and joins(row, groups[-1][0]):
            groups[-1].append(row)
        else:
            groups.extend([h] for h in held)
            held = []
            groups.append([row])
    groups.extend([h] for h in held)
    return groups


#: The columns a 时间节点 row states of its own: its time and what is due then.
NODE_KINDS = ("deadline", "milestone")
#: The columns a node row shares with its task's first row (merged down, repeated or blank).
TASK_KINDS = ("number", "text", "lead", "co")


def _fold_time_rows(
    body: list[list[Cell]], columns: dict[int, str], header_rows: list[list[str]]
) -> list[list[Cell]]:
    """A 任务分解表 laid out one row per 时间节点 (``时间节点 | 节点要求`` beside the task's
    序号, text and owners merged down over its node rows, repeated in each, or left blank in a
    CSV) as one row per task: a row whose task cells continue the merge above, repeat the
    task's first row or are blank, with a time of its own, is the next node of that task, no
    task of its own. The last node's time is the deadline; the earlier nodes, with their
    times, its milestones (SPEC §3: without a stated time the last node is the deadline)."""
    times = [i for i, kind in sorted(columns.items()) if kind == "deadline"]
    steps = [i for i, kind in sorted(columns.items()) if kind == "milestone"]
    shared = [i for i, kind in columns.items() if kind in TASK_KINDS]
    texts = [i for i, kind in columns.items() if kind == "text"]
    if not times:
        return body

    def own_time(row: list[Cell]) -> bool:
        return any(_cell_at(row, i).text.strip() and not _cell_at(row, i).continued for i in times)

    def node_of(row: list[Cell], first: list[Cell]) -> bool:
        def same(i: int) -> bool:
            cell = _cell_at(row, i)
            return (
                cell.continued
                or not cell.text.strip()
                or _squash(cell.text) == _squash(_cell_at(first, i).text)
            )

        return (
            own_time(row)
            and own_time(first)
            and any(_cell_at(first, i).text.strip() for i in texts)
            and all(same(i) for i in shared)
        )

    groups = _node_groups(body, header_rows, node_of)
    out: list[list[Cell]] = []
    for group in groups:
        if len(group) == 1:
            out.append(group[0])
            continue
        row = list(group[0]) + [Cell("")] * (max(len(r) for r in group) - len(group[0]))
        last = group[-1]
        for i in times:
            row[i] = _cell_at(last, i)
        earlier = [
            "".join(_cell_at(r, i).text.strip() for i in [*times, *steps]) for r in group[:-1]
        ]
        nodes = "；".join(e for e in earlier if e)
        if steps:
            row[steps[0]] = Cell(nodes, _cell_at(group[0], steps[0]).start)
            for i in steps[1:]:
                row[i] = Cell("")
        else:
            at = times[-1]
            row[at] = Cell(f"{_cell_at(last, at).text.strip()}；{nodes}", _cell_at(last, at).start)
        out.append(row)
    return out


#: A goal column of an earlier year: ``上年目标``, ``2030年目标`` beside ``2031年目标``.
EARLIER_GOAL = re.compile(r"^(?:上年|去年|上一年|前一年|上年度)")
YEAR_GOAL = re.compile(r"^(\d{4})年")


def _planned_year(text_columns: list[int], header: list[str]) -> list[int]:
    """The text columns without last year's goal: a target sheet that shows it (``上年目标``,
    ``2030年目标``) beside the planned year's (``2031年目标``) pledges the planned year's only.
    Goals years apart (``2028年目标 | 2030年目标``, a plan's stages) are all kept."""
    goals = [i for i in text_columns if GOAL_COLUMN.search(header[i])]
    years = {int(m.group(1)) for i in goals if (m := YEAR_GOAL.match(header[i]))}
    kept = [
        i
        for i in text_columns
        if not (
            i in goals
            and (
                EARLIER_GOAL.match(header[i])
                or ((m := YEAR_GOAL.match(header[i])) and int(m.group(1)) + 1 in years)
            )
        )
    ]
    return kept or text_columns


def _key_value_lines(rows: list[list[Cell]], tasks_before: int = 0) -> tuple[list[Line], int]:
    """A table without a header row, as lines. A run of rows that each hold a key and its
    value (``工作任务 | 茶叶产业提质扩面``, ``牵头单位 | 农业办``, ``完成时限 | …``: one task
    laid out down a two-column table) is one item, its keys mapped as a header's columns
    are; other rows are title lines (``任务一`` above it)."""
    lines: list[Line] = []
    counter = tasks_before
    run: list[tuple[Cell, Cell]] = []
    card = is_card(rows)

    def close() -> None:
        nonlocal counter
        item = _key_value_item(run, counter + 1)
        if item:
            counter += 1
            lines.extend(item)
        else:
            lines.extend(_title_line([key, value]) for key, value in run)
        run.clear()

    for row in rows:
        cells = _distinct_cells(row)
        if not cells:
            continue
        pairs = label_pairs(row) if card else None
        if pairs is None and len(cells) == 2 and column_kind(cells[0].text) is not None:
            pairs = [(cells[0], cells[1])]
        if pairs is not None:
            for key, value in pairs:
                if _next_task(run, key):
                    close()
                run.append((key, value))
            continue
        close()
        lines.append(_title_line(row))
    close()
    return lines, counter - tasks_before


#: A label cell of a card (``任务名称``, ``交办编号``, ``督办等级``, ``签收日期``, ``目标要求：``):
#: a few Chinese characters, maybe a colon after them — no punctuation, no value — and the
#: number or note a form may set after the name (``任务名称（1）``, ``牵头单位(责任人)``,
#: ``完成时限（2040年）``, ``配合单位1``, ``责任领导（签字）：``), which names nothing else.
LABEL_CELL = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,8})(?:[(（][^()（）\n]{1,8}[)）]|\d{1,2})?[:：]?$"
)


def label_pairs(row: list[Cell]) -> list[tuple[Cell, Cell]] | None:
    """The row as (label, value) pairs, when its cells alternate a label cell and its value
    (``完成时限 | 2039年10月31日 | 督办等级 | 一级督办``; a value merged across the rest,
    ``任务名称 | …``; a blank one, ``办理情况 |``, ``签收人 | | 签收日期 |``); else None. A cell
    merged over several columns counts once; blank cells at the row's end are no values."""
    cells: list[Cell] = []
    for cell in row:
        if not (cells and _squash(cells[-1].text) == _squash(cell.text)):
            cells.append(cell)
    while cells and not cells[-1].text.strip():
        cells.pop()
    if len(cells) % 2:
        cells.append(Cell(""))
    pairs = []
    for i in range(0, len(cells), 2):
        label = LABEL_CELL.match(_squash(cells[i].text))
        if label is None:
            return None
        pairs.append((replace(cells[i], text=label.group("name")), cells[i + 1]))
    if not pairs:
        return None
    if any(column_kind(value.text) in KEY_KINDS - {"period"} for _, value in pairs):
        return None  # label after label: a header row (``任务名称 | 牵头单位 | 完成时限``)
    return pairs


def is_card(rows: list[list[Cell]]) -> bool:
    """Is the table one task or several laid out as cards of label cells — each row a label
    and its value, or two pairs side by side (``任务名称 | …``, ``牵头单位 | 经发办 | 责任领导
    | …``, ``完成时限 | … | 督办等级 | …``), one card under another or alone — rather than a
    header over rows of tasks? Every row of two cells or more is such a row, and its labels
    name a task's text and at least one of its fields (owner, time) on two rows or more: a
    header's names stand on one row, and a task row's cells are values."""
    kinds: set[str] = set()
    labelled = 0
    for row in rows:
        if len(_distinct_cells(row)) < 2:
            continue
        pairs = label_pairs(row)
        if pairs is None:
            return False
        known = {column_kind(key.text) for key, _ in pairs} & KEY_KINDS
        labelled += bool(known)
        kinds |= known
    return labelled >= 2 and "text" in kinds and len(kinds) >= 2


def _next_task(run: list[tuple[Cell, Cell]], key: Cell) -> bool:
    """Does ``key`` start the next task's rows, right under this one's? When it is a key
    again (``工作任务``), or a second owner or time (``完成时限`` after ``完成时间``); a second
    text key is the task's goal (``工作任务`` then ``目标要求``), and the next period is its
    schedule's next step (``一季度`` then ``二季度``)."""
    kind = column_kind(key.text)
    return any(
        _squash(k.text) == _squash(key.text)
        or (kind not in (None, "text", "period") and column_kind(k.text) == kind)
        for k, _ in run
    )


#: Kinds of key that a task's key-value table gives it (not 序号, 类别 nor 进度).
KEY_KINDS = {"text", "lead", "co", "official", "deadline", "milestone", "stage", "funds", "period"}


def _key_value_item(pairs: list[tuple[Cell, Cell]], counter: int) -> list[Line] | None:
    kinds = [column_kind(key.text) for key, _ in pairs]
    if "text" not in kinds or len({k for k in kinds if k in KEY_KINDS}) < 2:
        return None
    header = [_squash(key.text) for key, _ in pairs]
    row = [value for _, value in pairs]
    columns = {i: kind for i, kind in enumerate(kinds) if kind in KEY_KINDS}
    text_columns = sorted(
        (i for i, kind in columns.items() if kind == "text"),
        key=lambda i: (bool(GOAL_COLUMN.search(header[i])), i),
    )
    return _item(row, columns, [row[i] for i in text_columns], counter, header)


def _distinct_cells(row: list[Cell]) -> list[Cell]:
    """The row's filled cells, a cell merged across several columns once."""
    out: list[Cell] = []
    for cell in row:
        if cell.text.strip() and not (out and _squash(out[-1].text) == _squash(cell.text)):
            out.append(cell)
    return out


def _merged_down(
    row: list[Cell], owners: dict[int, str], categories: list[int], above: dict[int, Cell]
) -> list[Cell]:
    """A row whose lead unit cell is empty under a merged-looking cell (its category cell is
    empty too, or there is none) takes the unit of the row above: a cell merged down several
    tasks, flattened into a CSV, Markdown or text table, leaves the later rows blank. Its
    blank 责任领导 and 配合单位 cells then take theirs too (the row's whole owner block was
    merged); beside a lead of its own a blank one may mean none, and stays blank."""
    merged_below = all(i >= len(row) or not row[i].text.strip() for i in categories)
    out = list(row)
    carried_lead = False
    for kind in ("lead", "official", "co"):
        for i in (i for i, k in sorted(owners.items()) if k == kind):
            if i < len(out) and out[i].text.strip():
                above[i] = out[i]
            elif merged_below and i in above and (kind == "lead" or carried_lead):
                while len(out) <= i:
                    out.append(Cell(""))
                out[i] = above[i]
                carried_lead = carried_lead or kind == "lead"
            elif kind != "lead":
                above.pop(i, None)  # none on this row: none to carry further down
    return out


def _item(
    row: list[Cell],
    columns: dict[int, str],
    task: list[Cell],
    counter: int,
    header: list[str],
    money_unit: str | None = None,
    stated_lead: str | None = None,
) -> list[Line]:
    number_cell = next(
        (row[i] for i, kind in columns.items() if kind == "number" and i < len(row)), None
    )
    m = ITEM_NUMBER.match(number_cell.text) if number_cell else None
    # Items are numbered in order: a 序号 column may skip (deleted or filtered rows)
    anchor = task[0].start
    first: Line = [(f"{counter}、", number_cell.start if m and number_cell else anchor)]
    unit = _unit_cell(row, columns)
    for n, cell in enumerate(task):
        piece = _with_unit(cell, unit) if unit else _joined(cell)
        if n and not _count_of(first, Cell("".join(t for t, _ in piece))):
            first.append(("，", cell.start))
        first.extend(piece)
    lines = [first]
    if stated_lead and not any(
        k == "lead" and i < len(row) and row[i].text.strip() for i, k in columns.items()
    ):
        lines.append([(f"{LABEL_FOR['lead']}：", -1), (stated_lead, -1)])
    for kind in ("lead", "co", "official"):
        for i, k in sorted(columns.items()):
            if k != kind or i >= len(row) or not row[i].text.strip():
                continue
            if row[i].wrapped:
                row = [*row[:i], _unwrapped_units(row[i]), *row[i + 1 :]]
            label = header[i] if header[i] in OWN_LABELS else LABEL_FOR[kind]
            if kind in ("lead", "co") and (
                "\n" in row[i].text.strip() or OWNER_ROLES.search(row[i].text)
            ):
                lines.extend(_owner_lines(row[i], label if kind == "lead" else None))
                continue
            lines.append([(f"{label}：", row[i].start), *_joined(row[i])])
    time_line = _time_line(row, columns, header)
    if time_line:
        lines.append(time_line)
    for i, k in sorted(columns.items()):
        if k == "stage" and i < len(row) and row[i].text.strip():
            label = header[i] if re.fullmatch(STAGE_LABELS, header[i]) else LABEL_FOR[k]
            lines.append([(f"{label}：", row[i].start), *_joined(row[i])])
    for i, k in sorted(columns.items()):
        if k == "funds" and i < len(row) and row[i].text.strip():
            lines.append(_funds_line(row[i], header[i], money_unit))
    return lines


#: A target sheet's value cell: a bare number, maybe after a sign (``6200``, ``≥6.2``, ``≤0.5``).
SIGNED_NUMBER = re.compile(
    r"\s*(?P<sign>[≥≤><≧≦＞＜]=?|＞＝|＜＝|不低于|不少于|不超过|不高于)?\s*(?P<num>\d+(?:\.\d+)?)\s*"
)
#: A sign as the words a pledge writes it, which the target reader knows.
SIGN_WORDS = {
    **dict.fromkeys(("≥", "≧", ">=", "＞＝", "≥="), "不低于"),
    **dict.fromkeys(("≤", "≦", "<=", "＜＝", "≤="), "不超过"),
    **dict.fromkeys((">", "＞"), "超过"),
    **dict.fromkeys(("<", "＜"), "低于"),
}


def _unit_cell(row: list[Cell], columns: dict[int, str]) -> Cell | None:
    """The row's 单位 cell when it names a measure (``万亩``, ``%``, ``个``): the unit of the
    bare numbers in its goal columns. A 单位 column of units that own the task is no measure."""
    for i, kind in columns.items():
        if kind == "unit" and i < len(row) and row[i].text.strip() in UNITS:
            return row[i]
    return None


def _with_unit(cell: Cell, unit: Cell) -> Line:
    """A goal cell that is a bare number, with the unit from the 单位 column: ``≥6.2`` +
    ``万亩`` → ``不低于6.2万亩``, ``9`` + ``%`` → ``9%``, as a pledge states its target."""
    m = SIGNED_NUMBER.fullmatch(cell.text)
    if not m:
        return _joined(cell)
    sign = m.group("sign") or ""
    at = cell.start + m.start("num") if cell.start >= 0 else -1
    out: Line = [(SIGN_WORDS.get(sign.replace(" ", ""), sign), cell.start)] if sign else []
    return [*out, (m.group("num"), at), (unit.text.strip(), unit.start)]


#: A header's unit in brackets: ``年度计划投资（万元）``.
HEADER_UNIT = re.compile(rf"[(（]\s*(?P<unit>{MONEY_UNIT})\s*[)）]")
BARE_NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*")


def _funds_line(cell: Cell, header: str, money_unit: str | None = None) -> Line:
    """A money column as the item's money line (``计划投资：680万元``), the unit taken from the
    header when the cell is a bare number (else from the table's ``单位：万元`` line): a target
    as ``投资680万元`` in the text is."""
    label = re.search(FUNDS_LABELS, header)
    value = cell.text.strip()
    in_header = HEADER_UNIT.search(header)
    unit = in_header.group("unit") if in_header else money_unit
    if unit and BARE_NUMBER.fullmatch(value):
        value += unit
    return [(f"{label.group(0) if label else '计划投资'}：", cell.start), (value, cell.start)]


def _time_line(row: list[Cell], columns: dict[int, str], header: list[str]) -> Line:
    """The deadline cell and, after it, the milestone cells (进度要求) as one 完成时限 line:
    ``完成时限：2027年4月30日；3月底前完成苗木采购``, so the latest time is the deadline and the
    earlier ones its milestones, as in a sentence that names several. Period nodes due on or
    after a time the deadline cell states are left out: the stated time wins (``12月20日前``
    beside a ``12月`` node is due 12-20)."""
    out: Line = []
    stated: datetime.date | None = None
    for kind in ("deadline", "milestone", "node"):
        for i, k in sorted(columns.items()):
            if k != kind or i >= len(row) or not row[i].text.strip():
                continue
            if not out:
                label = header[i] if header[i] in OWN_LABELS else LABEL_FOR["deadline"]
                out.append((f"{label}：", row[i].start))
            else:
                out.append(("；", row[i].start))
            value = _joined(row[i])
            out.extend(_written_date(value) if kind == "deadline" else value)
            if kind == "deadline":
                stated = _due(row[i].text)
    for when, cell in _period_steps(row, columns, header):
        if stated is not None and (_due(when + cell.text, stated.year) or stated) >= stated:
            continue  # the stated 完成时限 wins: a node of its month is the deadline's own step
        if not out:
            out.append((f"{LABEL_FOR['deadline']}：", cell.start))
        else:
            out.append(("；", cell.start))
        out.append((when, cell.start))
        out.extend(_joined(cell))
    return out


#: A period cell that holds no step: blank, a dash, a slash, 无.
NO_STEP = re.compile(r"[\s—–\-－/／\\、.…·×无]*")
#: A period cell that only marks the period (a Gantt-like ``√``): a step without words.
MARK_ONLY = re.compile(r"\s*[√✓✔●■★▲◆]+\s*")


def _period_steps(
    row: list[Cell], columns: dict[int, str], header: list[str]
) -> list[tuple[str, Cell]]:
    """The steps of a schedule laid out in period columns (一季度 … 四季度, 1月 … 12月), each
    with the period it is due in: the last period that holds a step is the row's deadline and
    the earlier ones its milestones, as in a sentence that names several. A step that states
    its own date (``9月底前通水``) keeps it; a step across several periods (a merged cell) is
    due in the last; one across every period recurs all year (``每季度开展一次``)."""
    periods = [(i, header[i]) for i, kind in sorted(columns.items()) if kind == "period"]
    cells = [(name, row[i] if i < len(row) else Cell("")) for i, name in periods]
    texts = [_squash(cell.text) for _, cell in cells]
    held = [n for n, (_, cell) in enumerate(cells) if not NO_STEP.fullmatch(cell.text)]
    if not held:
        return []
    if len(cells) > 1 and len(held) == len(cells) and len(set(texts)) == 1:
        cell = cells[0][1]
        return [("" if _dated(cell.text) else "全年", cell)]
    steps: list[tuple[str, Cell]] = []
    for n in held:
        name, cell = cells[n]
        if n + 1 < len(cells) and texts[n + 1] == texts[n]:
            continue  # merged over the next period too: due in the last it covers
        if MARK_ONLY.fullmatch(cell.text):
            cell = Cell("", cell.start)
        steps.append(("" if _dated(cell.text) else _period_words(name), cell))
    return steps


def _period_words(name: str) -> str:
    """A period column's name as a time phrase: ``一季度``, ``Q2`` → ``第2季度``, ``3月`` →
    ``3月底前``."""
    m = PERIOD_NAME.match(name)
    if m and m.group("q"):
        return f"第{m.group('q')}季度"
    if m and m.group("month"):
        return name[: m.end()].removesuffix("份").removesuffix("底").removesuffix("末") + "底前"
    return name[: m.end()] if m else name


def _due(text: str, year: int = 2000) -> datetime.date | None:
    """The latest day ``text`` states (``12月20日前`` → 12-20 of ``year``, which only orders a
    row's cells: they are of one plan year, unless they write another), or None."""
    dates = [p.due for p in find_periods(text, year) if not p.generic]
    return max(dates, default=None)


def _dated(text: str) -> bool:
    """Does a step state a date of its own (``9月底前通水``, ``2029年6月完成``)?"""
    year = re.search(r"(\d{4})\s?年", text)
    periods = find_periods(text, int(year.group(1)) if year else 2000)
    return any(not p.generic for p in periods)


#: A cell that is a count and nothing else (``3家``, ``1500人次``, ``20个以上``).
BARE_COUNT = re.compile(
    r"\s*(?:不低于|不少于|不超过|不高于|超过|低于)?\d+(?:\.\d+)?\s?[\u4e00-\u9fff%‰]{1,4}(?:以上|左右)?\s*"
)


def _count_of(text: Line, cell: Cell) -> bool:
    """Is ``cell`` (a 量化指标 column) only the count of the task before it
    (``引进规模以上工业企业`` + ``3家`` → ``引进规模以上工业企业3家``, ``粮食播种面积`` +
    ``不低于6.2万亩``)? Not when that task
    already ends in a count of its own (``每所床位不少于20张``, ``2所``: two clauses)."""
    before = "".join(t for t, _ in text).rstrip()
    return (
        BARE_COUNT.fullmatch(cell.text) is not None
        and bool(before)
        and before[-1] not in CLAUSE_EDGE_END
        and not COUNT_END.search(before)
    )


def _owner_lines(cell: Cell, label: str | None) -> list[Line]:
    """An owner cell over lines or with role words, as a lead line and a helpers line:
    ``生态办（牵头）\n水利站、规划建设办`` → ``牵头单位：生态办``, ``配合单位：水利站、规划建设办``.
    In a helpers' column (``label`` None) every unit helps."""
    leads, helpers = owner_roles(cell.text)
    if label is None:
        leads, helpers = [], leads + helpers
    lines: list[Line] = []
    if leads:
        lines.append([(f"{label}：", cell.start), ("、".join(leads), cell.start)])
    if helpers:
        lines.append([("配合单位：", cell.start), ("、".join(helpers), cell.start)])
    return lines


#: The end of a line that ends a unit's name (``经发办``, ``县住建局``) or a list of them.
UNIT_LINE_END = re.compile(rf"(?:{UNIT_NAME}|[、，,;；])$")
#: The start of a line that starts a unit's name of its own: three characters or more (not the
#: ``公室`` of a wrapped ``办公室``), or a group (``各村``, ``相关部门``).
UNIT_LINE_START = re.compile(rf"(?=[\u4e00-\u9fff]{{3}}){UNIT_NAME}|各|相关|有关")


def _unwrapped_units(cell: Cell) -> Cell:
    """An owner cell wrapped at its column's width (a PDF's) with its names whole again: a line
    that ends inside a name (``县自然资源和规`` / ``划局``) or before the rest of an office word
    (``农业农村`` / ``办``, ``…综合治理办`` / ``公室``) goes on on the next; a line that ends a
    unit's name before another (``县住建局`` / ``县财政局``) is still a unit's own."""
    lines = [line.strip() for line in cell.text.strip().split("\n") if line.strip()]
    text = lines[0] if lines else ""
    for line in lines[1:]:
        own = UNIT_LINE_END.search(text) and UNIT_LINE_START.match(line)
        text += ("\n" if own else "") + line
    return Cell(text, cell.start, wrapped=True)


NUMERIC_DATE = re.compile(
    r"^(\d{4})\s*[-/.．]\s*(\d{1,2})(?:\s*[-/.．]\s*(\d{1,2}))?\s*(前|以前|之前)?$"
)


def _written_date(value: Line) -> Line:
    """``2025/6/30``, ``2025-06``, ``2025.9`` in a deadline cell → ``2025年6月30日``…"""
    text = "".join(t for t, _ in value)
    m = NUMERIC_DATE.match(text)
    if not m:
        return value
    year, month, day, before = m.groups()
    written = f"{year}年{int(month)}月" + (f"{int(day)}日" if day else "") + (before or "")
    return [(written, value[0][1] if value else -1)]


#: A line of a cell that ends in a count (``10个``, ``95%``, ``8000万元以上``).
COUNT_END = re.compile(r"[\d%‰]\s?[\u4e00-\u9fff]{0,3}$")
#: A line of a cell that starts with a time (``9月底前完工``, ``上半年完成选址``).
SCHEDULE_START = re.compile(rf"(?:{TIME_PHRASE})")
#: A line of a cell that opens a clause of its own (``每所床位不少于20张``, ``其中…``).
CLAUSE_OPENER = re.compile(rf"(?:{CLAUSE_OPENERS})")
#: A piece of a cell that already ends or starts a clause: no separator is added.
CLAUSE_EDGE_END = "。！!？?；;：:，,、"
CLAUSE_EDGE_START = "。！!？?；;：:，,、)）"


def _joined(cell: Cell) -> Line:
    """A cell's text on one line. A line the writer ended is a clause
    (``不少于10个`` / ``到位资金8000万元`` → ``不少于10个，到位资金8000万元``, as a text file
    keeps them apart); a wrapped cell's breaks are dropped (``新建卫生`` / ``室5个``)."""
    out: Line = []
    for m in re.finditer(r"[^\n]+", cell.text):
        piece = m.group(0).strip()
        if not piece:
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        start = cell.start + m.start() + lead if cell.start >= 0 else -1
        if out and not cell.wrapped and _clause_break(out[-1][0], piece):
            out.append(("，", start))
        out.append((piece, start))
    return out or [("", cell.start)]


def _clause_break(before: str, after: str) -> bool:
    """Does a line break a writer put between ``before`` and ``after`` part two clauses?
    When a count ends the line before (``不少于10个`` / ``到位资金…``) or a time starts the
    next (``3月底前完成设计`` / ``9月底前完工``); not inside a name (``集镇污水处理厂`` /
    ``提标改造工程``) nor a date (``2026年`` / ``6月30日``), nor beside punctuation."""
    if before[-1] in CLAUSE_EDGE_END or after[0] in CLAUSE_EDGE_START:
        return False
    if before[-1] in "年月" and after[0].isdigit():
        return False
    return bool(
        COUNT_END.search(before) or SCHEDULE_START.match(after) or CLAUSE_OPENER.match(after)
    )


#: A closing row under the tasks: a count or a sum (``共13条``, ``合计：16项``, ``以上共计16项``).
COUNT_CELL = re.compile(
    r"\s*(?:以上|本表)?(?:共计?|合计|总计|小计)[:：]?\s*[\d一二三四五六七八九十百零]+\s*"
    r"(?:条|项|个|件|类|大项)(?:任务|事项|工作)?\s*[。.]?\s*"
)
#: A closing row's first value: a note, a sum, who filled it in or exported it and when.
SIGN_OFF = re.compile(
    r"\s*(?:(?:填报|填表|制表|审核|审批|导出|签发|统计)(?:人|单位|日期|时间)[:：]"
    r"|以上(?:共计|合计|共)|(?:注|说明|联系人|联系电话)[:：])"
)


#: A signature or stamp line under a 责任书's table (``乙方：经发办（盖章）  负责人：____（签字）``,
#: ``签订日期：``): who signs, never a pledge.
SIGNATURE = re.compile(
    r"^\s*(?:甲方|乙方|签订日期|签订时间|签字|签名|盖章)\s*[:：]"
    r"|[(（]\s*(?:盖章|签字|签名|公章|签章)\s*[)）]|(?:负责人|签字|签名)\s*[:：]\s*(?:_{2,}|＿{2,}|$)"
)


def _closing_row(row: list[Cell]) -> bool:
    """A row that closes the table rather than holds a task: its first value is a note, a sum
    or a sign-off (``注：…``, ``合计``, ``填报人：``), one of its values a signature or stamp
    line (:data:`SIGNATURE`), or one of its values is a count (``导出时间：… | 导出人：… |
    共13条`` as an office system exports it)."""
    values = [c for c in row if c.text.strip()]
    return not values or bool(
        FURNITURE_ROW.match(values[0].text)
        or SIGN_OFF.match(values[0].text)
        or any(SIGNATURE.search(c.text) for c in values)
        or any(COUNT_CELL.fullmatch(c.text) for c in values)
    )


NOTE_START = re.compile(r"\s*(?:注|说明|备注)\s*[:：]")
#: A note's later point: ``2.…``, ``（3）…``, ``②…``.
NOTE_POINT = re.compile(r"(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[①-⑳])(?!\d)")


def _task_rows(
    body: list[list[Cell]], header_rows: list[list[str]], columns: dict[int, str]
) -> list[list[Cell]]:
    """The body's rows without the header repeated on each page and the closing rows: a note's
    later points too (``说明：1.…`` over rows ``2.…``, ``3.…``, each one value across the row).
    A row that only goes on with the content of the numbered row above is joined to it
    (:func:`_run_on`)."""
    rows: list[list[Cell]] = []
    noted = False
    paged = False  # right under the header repeated on a new page
    for row in body:
        if [_squash(c.text) for c in row] in header_rows:
            paged = True
            continue
        values = {_squash(c.text) for c in row} - {""}
        if noted and len(values) == 1 and NOTE_POINT.match(values.pop()):
            continue
        if _closing_row(row):
            noted = noted or any(NOTE_START.match(c.text) for c in row if c.text.strip())
            continue
        noted = False
        joined = _run_on(rows[-1], row, columns, paged) if rows else None
        paged = False
        if joined is not None:
            rows[-1] = joined
            continue
        rows.append(row)
    return rows


def _run_on(
    above: list[Cell], row: list[Cell], columns: dict[int, str], paged: bool
) -> list[Cell] | None:
    """``above`` with ``row`` joined to it when ``row`` only goes on with its content: a table
    numbered in its 序号 column, ``row`` unnumbered with one cell filled (a text column's; no
    owner, no time, nothing merged down into it), ``above`` numbered with that cell filled, and
    its content cut after a comma or cut by the page break (the row's rest on the next page,
    under the header repeated there). Else None: an unnumbered row whose cells lie under a
    merge of the row above (its owner, its time) is a task of its own."""
    number = next((i for i, kind in columns.items() if kind == "number"), None)
    if number is None or number >= len(row) or number >= len(above):
        return None
    filled = [i for i, c in enumerate(row) if c.text.strip()]
    if len(filled) != 1 or columns.get(filled[0]) != "text" or filled[0] >= len(above):
        return None
    at = filled[0]
    head, tail = above[at], row[at]
    if (
        not ITEM_NUMBER.match(above[number].text)
        or not head.text.strip()
        or tail.continued
        or head.start >= 0
        or tail.start >= 0
        or not (paged or head.text.rstrip()[-1:] in CLAUSE_GOES_ON)
    ):
        return None
    text = head.text.rstrip() + ("\n" if head.wrapped else "") + tail.text.strip()
    return [*above[:at], Cell(text, -1, head.wrapped or tail.wrapped), *above[at + 1 :]]


#: A cell's content cut where its sentence goes on (``…警示标志牌600块，``): the next row's
#: lone content is the rest.
CLAUSE_GOES_ON = "，,、：:（(—"


@dataclass(frozen=True)
class Outline:
    #: Each row's level in the table's numbering (``1`` 0, ``1.1`` 1, ``1.1.1`` 2; ``一、`` 0,
    #: ``（一）`` 1, ``1.`` 2), None when it is not numbered.
    levels: list[int | None]
    #: The rows that head sub-tasks and state no goal of their own, each with whether it passes
    #: its name down to them (True) or heads a section (False).
    parents: dict[int, bool]
    #: The tasks of the top level beside parents that head sections: each heads its own (a
    #: task between two sections belongs to neither).
    alone: set[int]


DOTTED_NUMBER = re.compile(r"^\s*(\d{1,3}(?:[.．]\d{1,3})*)[.、．]?\s*$")
LEADING_DOTTED = re.compile(r"^\s*(\d{1,3}(?:[.．]\d{1,3})+)[.、．]?\s+")
PAREN_CN_NUMBER = re.compile(r"^\s*[(（][一二三四五六七八九十]{1,3}[)）]\s*$")


def _numbering(row: list[Cell], columns: dict[int, str], text_columns: list[int]) -> str:
    number = next((row[i] for i, k in columns.items() if k == "number" and i < len(row)), None)
    if number is not None and number.text.strip():
        return number.text.strip()
    m = LEADING_DOTTED.match(_cell_at(row, text_columns[0]).text) if text_columns else None
    return m.group(1) if m else ""


def _outline(body: list[list[Cell]], columns: dict[int, str], text_columns: list[int]) -> Outline:
    """A task table numbered in levels (任务分解表: ``1`` over ``1.1``, ``1.2``; ``一、`` over
    ``（一）`` over ``1.``; a numbered 重点任务 over unnumbered 具体任务 rows, merged down): a
    row that heads deeper-numbered rows and has no goal of its own (its goal cells blank, or
    the same as its first sub-task's: merged down) is no task: the
    sub-tasks are, each with the owners and time it leaves blank taken from the rows above it.
    The rows of the shallowest such level head sections (and a task of that level beside them
    heads its own), unless the table already has heading rows or begins with a task of that
    level; otherwise, and at deeper levels, they pass their name down to the sub-tasks' text."""
    numbers = [_numbering(row, columns, text_columns) for row in body]
    cn = any(CN_NUMBER.match(n) and not PAREN_CN_NUMBER.match(n) for n in numbers)
    paren = any(PAREN_CN_NUMBER.match(n) for n in numbers)
    levels: list[int | None] = []
    numbered: int | None = None  # the level of the last numbered row
    above = ""  # and its first text cell
    for row, n in zip(body, numbers, strict=True):
        if PAREN_CN_NUMBER.match(n):
            levels.append(int(cn))
        elif CN_NUMBER.match(n):
            levels.append(0)
        elif m := DOTTED_NUMBER.match(n):
            levels.append(len(re.split(r"[.．]", m.group(1))) - 1 + int(cn) + int(paren))
        elif numbered is not None and _under_merged_task(row, text_columns, above):
            levels.append(numbered + 1)  # a 具体任务 under the 重点任务 merged down beside it
            continue
        else:
            levels.append(None)
        numbered = levels[-1]
        above = _cell_at(row, text_columns[0]).text.strip() if text_columns else ""
    heads: list[int] = []
    for index, level in enumerate(levels):
        below = next((n for n in range(index + 1, len(levels)) if levels[n] is not None), None)
        if level is None or below is None or (levels[below] or 0) <= level:
            continue
        row, child = body[index], body[below]
        goals = [i for i in text_columns[1:] if _cell_at(row, i).text.strip()]
        if any(
            _squash(_cell_at(row, i).text)
            not in (_squash(_cell_at(child, i).text), _squash(_cell_at(row, text_columns[0]).text))
            and not _cell_at(child, i).continued
            for i in goals
        ):
            continue  # a goal of its own: a task above its sub-tasks
        heads.append(index)
    if not heads:
        return Outline(levels, {}, set())
    top = min(levels[i] or 0 for i in heads)
    tops = [n for n, level in enumerate(levels) if level == top]
    headed = tops[0] not in heads or any(
        _heading_row(
            row, columns, [row[i] for i in text_columns if _cell_at(row, i).text.strip()], 0
        )
        is not None
        for n, row in enumerate(body)
        if n not in heads
    )
    parents = {i: headed or (levels[i] or 0) > top for i in heads}
    return Outline(levels, parents, set() if headed else {n for n in tops if n not in heads})


def _under_merged_task(row: list[Cell], text_columns: list[int], above: str) -> bool:
    """An unnumbered row whose first text cell (重点任务) is blank or continues the merge above
    (or repeats it, as Word gives a merged cell) while another (具体任务) is filled: a sub-task
    of the numbered row above."""
    first = _cell_at(row, text_columns[0]) if text_columns else Cell("")
    merged = not first.text.strip() or first.continued or first.text.strip() == above
    return merged and any(_cell_at(row, i).text.strip() for i in text_columns[1:])


def _cell_at(row: list[Cell], i: int) -> Cell:
    return row[i] if i < len(row) else Cell("")


OUTLINE_KINDS = ("lead", "co", "official", "deadline", "milestone", "stage")


def _inherited(row: list[Cell], columns: dict[int, str], ancestors: list[list[Cell]]) -> list[Cell]:
    """A sub-task's row with the owners and time it leaves blank taken from the nearest row
    above it in the outline that states them (a cell merged down, flattened to blanks)."""
    out = list(row)
    for i, kind in columns.items():
        if kind not in OUTLINE_KINDS or _cell_at(out, i).text.strip():
            continue
        given = next((a[i] for a in ancestors if _cell_at(a, i).text.strip()), None)
        if given is not None:
            out.extend(Cell("") for _ in range(i + 1 - len(out)))
            out[i] = given
    return out


def _heading(cell: Cell, index: int) -> Line:
    text = cell.text.strip()
    if NUMBERED_HEADING.match(text):
        return _joined(Cell(text, _shift(cell, cell.text.find(text))))
    return [(f"{to_chinese(index)}、", cell.start), *_joined(cell)]


CN_NUMBER = re.compile(r"^\s*[(（]?([一二三四五六七八九十]{1,3})[)）、.．]?\s*$")


def _heading_row(
    row: list[Cell], columns: dict[int, str], task: list[Cell], width: int
) -> Cell | None:
    """The heading a row holds (one value across it, or ``一`` + a merged name), if any."""
    number = next((row[i] for i, k in columns.items() if k == "number" and i < len(row)), None)
    number_text = number.text.strip() if number else ""
    if ITEM_NUMBER.match(number_text):
        return None  # a numbered item, even with only its task filled
    rest = [c for i, c in enumerate(row) if c.text.strip() and columns.get(i) != "number"]
    distinct = {_squash(c.text) for c in rest}
    if not rest:
        return number if number_text else None
    if len(distinct) != 1:
        return None
    first = rest[0]
    if number_text and number_text != first.text.strip():
        m = CN_NUMBER.match(number_text)
        if not m or NUMBERED_HEADING.match(first.text):
            return None if not m else first
        return Cell(f"{m.group(1)}、{first.text.strip()}", -1)
    if (
        len(rest) > 1
        or not task
        or len(row) < width
        or NUMBERED_HEADING.match(first.text)
        or number_text
    ):
        return first
    return None


def _shift(cell: Cell, by: int) -> int:
    return cell.start + by if cell.start >= 0 else -1


def _title_line(row: list[Cell]) -> Line:
    out: Line = []
    for cell in row:
        if not cell.text.strip():
            continue
        if out and _squash(out[-1][0]) == _squash(cell.text):
            continue  # a title merged across the row
        if out:
            out.append(("  ", cell.start))
        out.extend(_joined(cell))
    return out


def title_rows(rows: list[list[Cell]], header_at: int) -> list[list[Cell]]:
    """The rows above the header that title the table: not blank, not ``附件1``, not a row
    that only groups the header's columns (``基本情况 | 责任分工 | 推进计划`` over them), and
    not an office system's row of field codes (:func:`_field_codes`), nor a matrix's legend."""
    rows = unfold(rows)
    return [
        row
        for n, row in enumerate(rows[:header_at])
        if any(c.text.strip() for c in row)
        and not ATTACHMENT.match(_squash(_row_text(row)))
        and not (n == header_at - 1 and _groups_columns(row))
        and not _field_codes(row)
    ]


#: A field's code in an office system's export: ``XH``, ``ZRDW``, ``task_id``, ``dept``.
FIELD_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,30}")


def _field_codes(row: list[Cell]) -> bool:
    """A row of the export's field codes above its Chinese header (``XH | ZRDW | FGLD |
    NDZDRW``, ``id | dept | task``): the database's names of the columns, no title."""
    values = [_squash(c.text) for c in row if c.text.strip()]
    return len(values) >= 2 and all(FIELD_CODE.fullmatch(v) for v in values)


#: A group's name over header columns (基本情况, 责任分工, 推进计划, 时间节点): short words that
#: end as a heading of columns does, no colon nor digit (not ``填报单位：…``, not a title).
GROUP_NAME = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:情况|信息|分工|责任|节点|安排|计划|进度|要求|内容|时间|时限|目标|任务)"
)


def _groups_columns(row: list[Cell]) -> bool:
    """Does a row over the header only group its columns: two or more short names, each over
    several columns (merged, or followed by blank cells as a CSV leaves them)?"""
    spans: list[tuple[str, int]] = []  # each name and how many columns it stands over
    for cell in row:
        text = _squash(cell.text)
        if text and (not spans or spans[-1][0] != text):
            spans.append((text, 1))
        elif spans:
            spans[-1] = (spans[-1][0], spans[-1][1] + 1)
    names = {name for name, _ in spans}
    return (
        len(names) >= 2
        and all(GROUP_NAME.fullmatch(name) or column_kind(name) for name in names)
        and any(width > 1 for _, width in spans)
    )


def _row_text(row: list[Cell]) -> str:
    return "".join(c.text for c in row)


def _sub_header(row: list[Cell], upper: list[Cell]) -> bool:
    """A second (or third) header row under merged header cells (责任单位 → 牵头 | 配合,
    季度推进计划 → 一季度 … 四季度, 上半年 → 一季度 | 二季度): two names or more of its own.
    The upper row's names merged down into it (建设性质, 县级联系领导, as Excel, Word's vMerge
    or a CSV that repeats them leaves them) are the upper row's, not names of this one.
    Not a group's heading right under the header (``一、产业项目（5个）``, ``民生项目``), merged
    across the table or alone in its first cell (a CSV's). Under an upper name merged across
    columns (:func:`_under_group`) a name the columns do not know is a name still (``开始`` under
    ``时间安排``); elsewhere every name must be known, or the row is a task's."""
    filled = [
        c
        for i, c in enumerate(row)
        if c.text.strip()
        and not c.continued
        and _squash(c.text) != (_squash(upper[i].text) if i < len(upper) else "")
    ]
    if len({_squash(c.text) for c in filled}) < 2:
        return False
    unknown = [
        i
        for i, c in enumerate(row)
        if c in filled and column_kind(c.text) is None and not _under_group(upper, i)
    ]
    known = [c for c in filled if column_kind(c.text) is not None]
    return not unknown and len(known) >= 2


def _under_group(upper: list[Cell], i: int) -> bool:
    """Whether column ``i`` lies under an upper header cell merged across several columns (a
    group's name, ``当前进度`` over ``进度 | 进展说明``): the lower row's names there are the
    group's columns, a name the importer does not know among them still a name."""
    names = [_squash(c.text) for c in upper]
    if i >= len(names):
        return False
    if not names[i]:  # a CSV leaves the merge's other cells blank: the name stands left
        left = [j for j in range(i) if names[j]]
        return bool(left) and column_kind(names[left[-1]]) is not None
    if column_kind(names[i]) is None:
        return False
    return (i + 1 < len(names) and names[i + 1] in ("", names[i])) or (
        i > 0 and names[i - 1] == names[i]
    )


def _lower_names(names: list[str], row: list[Cell]) -> list[str]:
    """The header's names with a second row's under it: the lower row names a column, the
    upper one only groups them (责任分工 over 牵头单位 | 配合单位, 时间节点 over the quarters).
    An upper name that states the year (``2036年计划`` merged over ``计划投资 | 年度建设目标``)
    is the year of the money and goal columns under it: they read ``2036年计划投资``, with the
    upper name's unit when theirs states none (``2036年计划（万元）``), so the year's planned
    investment is the item's money line, as one header cell ``2036年计划投资（万元）`` is."""
    out = list(names)
    group = ""  # the upper name over this column, carried over the blank cells a merge leaves
    for i, cell in enumerate(row):
        if i >= len(out):
            break
        group = names[i] or group
        kind = column_kind(cell.text)
        if kind:
            out[i] = _squash(cell.text)
        if kind in ("funds", "text") and (year := YEAR_COLUMN.match(group)):
            out[i] = _of_year(year.group(0), group, out[i])
    return out


def _of_year(year: str, group: str, name: str) -> str:
    """A lower header name under an upper one stating the year, as one name: ``2036年`` +
    ``计划投资`` (+ the upper's ``（万元）``)."""
    named = name if YEAR_COLUMN.match(name) else year + name
    unit = HEADER_UNIT.search(group)
    if unit and not HEADER_UNIT.search(named):
        named += unit.group(0)
    return named if column_kind(named) == column_kind(name) else name


def _merge_sub_header(
    columns: dict[int, str], upper: list[Cell], row: list[Cell]
) -> dict[int, str]:
    """The kinds of a header over two rows: the lower row's, except periods under a progress
    group (完成情况 over 1月 | 2月 | …: what was done each month, never a step of the plan)."""
    merged = dict(columns)
    group = ""  # the upper row's name over this column, carried over blank (unmerged) cells
    for i, cell in enumerate(row):
        above = upper[i].text.strip() if i < len(upper) else ""
        group = above or group
        kind = column_kind(cell.text)
        if kind is None and cell.text.strip() and not cell.continued and _under_group(upper, i):
            kind = _group_part(cell.text, column_kind(group))
            if kind is None:
                merged.pop(i, None)  # a part of the group of its own (开始 under 时间安排)
                continue
        if kind == "period" and column_kind(group) == "progress":
            merged.pop(i, None)
        elif kind:
            merged[i] = kind
    return merged


#: The end of a time group's span (时间安排 over ``开始 | 完成``, 时间节点 over ``起始 | 截止``):
#: the deadline; its start is none.
SPAN_END = re.compile(r"^(?:计划)?(?:完成|结束|截止|完工|办结)(?:时间|日期|时限)?$")


def _group_part(name: str, group: str | None) -> str | None:
    """The kind of a lower header name the columns do not know, under an upper name merged
    across columns: the end of a time group is its deadline; any other part is no column of
    the task (``开始`` under ``时间安排``; an unknown name under ``责任主体``)."""
    if group == "deadline" and SPAN_END.match(_squash(name)):
        return "deadline"
    return None


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def lines_text(lines: list[Line]) -> str:
    """The rendered lines as plain text (for files whose text is the rendering)."""
    return "\n".join("".join(text for text, _ in line) for line in lines)
