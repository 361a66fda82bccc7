"""Tables for the CSV and XLSX files: columns with headers, widths and kinds.

The roll-ups stay plain data; this module decides what a spreadsheet shows
(Chinese headers, status and light labels) so that the two file formats
share one layout.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from commitments import rules
from commitments.choices import Status
from commitments.lights import shown, shown_label
from commitments.models import Plan
from commitments.wording import separator
from reports.ledger import LedgerRow
from reports.overdue import OverdueRow
from reports.rollups import DepartmentRollup, ProgressRollup


@dataclass(frozen=True)
class Column:
    header: str | Promise
    width: int = 12
    #: text, int, number, date, light (``lights.shown``: a light, labelled and filled, or
    #: a closed pledge's state, labelled, no fill)
    kind: str = "text"
    #: the field it shows (for pages that name their cells)
    key: str = ""
    #: what it counts, for a page's tooltip (empty: the header says it all)
    note: str | Promise = ""


@dataclass
class Table:
    """``rows`` may be a generator: the files are written as it yields."""

    title: str | Promise
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]] = field(default_factory=list)


def status_label(code: str | None) -> str:
    return str(Status(code).label) if code else ""


def light_label(code: str) -> str:
    """A ``light`` column's cell: a light, or a closed pledge's state (``lights.shown``)."""
    return shown_label(code)


_day = rules.local_day


def plan_label(year: int, title: str) -> str:
    """A plan as the files name it (year · title)."""
    return f"{year} · {title}"


def plan_labels() -> dict[int, str]:
    """Each plan's label in the files' 工作计划 column (year · title): the same 编号 may be
    in two plans, so lists that can span plans say whose each row is. One query."""
    return {
        pk: plan_label(year, title)
        for pk, year, title in Plan.objects.values_list("pk", "year", "title")
    }


def caption(report: str | Promise, plan: Plan | None, day: datetime.date) -> str:
    """A file's first line: the report, its plan (or 全部工作计划) and the statistics
    date, e.g. ``督查通报 · 2024 · 2024年工作安排 · 统计日期 2024-07-10``."""
    return str(_("%(report)s · %(plan)s · 统计日期 %(date)s")) % {
        "report": report,
        "plan": _("全部工作计划") if plan is None else plan_label(plan.year, plan.title),
        "date": f"{day:%Y-%m-%d}",
    }


#: What a file name may not hold on Windows, macOS or Linux (and whitespace, which
#: download dialogs and shells treat badly): each becomes ``_``.
_UNSAFE = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')


def short_title(title: str, length: int = 20) -> str:
    """A plan's title as a file name holds it: unsafe characters replaced, cut short."""
    return _UNSAFE.sub("_", title).strip("_.")[:length].rstrip("_.")


def download_names(
    slug: str, name: str | Promise, plan: Plan | None, day: str, fmt: str
) -> tuple[str, str]:
    """A report file's names, ASCII and Chinese — ``ledger-plan2024-id12-2024-07-10.xlsx``
    and ``督办台账-2024年计划12号-2024年工作安排-2024-07-10.xlsx``; without a plan
    ``ledger-2024-07-10.xlsx``. Two plans of one year download under two names (the
    plan's id in both, its short title in the Chinese one).
    The one home of the names: the synchronous downloads and the background jobs."""
    name = str(name)
    if plan is not None:
        slug = f"{slug}-plan{plan.year}-id{plan.pk}"
        name = str(_("%(name)s-%(year)d年计划%(id)d号-%(title)s")) % {
            "name": name,
            "year": plan.year,
            "id": plan.pk,
            "title": short_title(plan.title),
        }
    return f"{slug}-{day}.{fmt}", f"{name}-{day}.{fmt}"


def attachment(ascii_name: str, name: str) -> str:
    """A Content-Disposition naming the file in ASCII and, for clients that read
    RFC 5987, in Chinese."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def _handed_over(department: str, before: str | None) -> str:
    """The lead of an overdue pledge, with 移交时已逾期，原X when it came to it overdue
    (``reports.overdue.with_handed_over_from``), as the dashboard says."""
    if not before:
        return department
    return str(_("%(name)s（移交时已逾期，原%(before)s）")) % {"name": department, "before": before}


def overdue_table(items: Iterable[OverdueRow]) -> Table:
    """``items``: ``reports.overdue.overdue_rows``."""
    columns = [
        Column(_("编号"), 12),
        Column(_("事项名称"), 36),
        Column(_("工作板块"), 28),
        Column(_("牵头单位"), 16),
        Column(_("完成时限"), 12, "date"),
        Column(_("原定完成时限"), 12, "date"),
        Column(_("逾期天数"), 10, "int"),
        Column(_("状态"), 10),
        Column(_("完成百分比"), 10, "int"),
        Column(_("最近报送日期"), 14, "date"),
        Column(_("最近报送进展"), 40),
        Column(_("工作计划"), 28),
    ]
    labels = _labels()
    plans = plan_labels()
    rows = (
        [
            c.code,
            c.title,
            rules.section_label(c.section_number, c.section),
            _handed_over(c.department, c.handed_over_from),
            c.deadline,
            c.original_deadline,
            c.days_overdue,
            labels.get(c.status, ""),
            c.percent,
            _day(c.last_report_at),
            c.last_report_narrative or "",
            plans.get(c.plan_id, ""),
        ]
        for c in items
    )
    return Table(_("逾期事项"), columns, rows)


def _labels() -> dict[str, str]:
    """Status labels in the active language, translated once per file."""
    return {code: str(label) for code, label in Status.choices}


def ledger_table(rows: Iterable[LedgerRow]) -> Table:
    columns = [
        Column(_("编号"), 12),
        Column(_("工作板块"), 28),
        Column(_("事项名称"), 36),
        Column(_("承诺内容"), 60),
        Column(_("牵头单位"), 16),
        Column(_("配合单位"), 24),
        Column(_("完成时限"), 12, "date"),
        Column(_("原定完成时限"), 12, "date"),
        Column(_("状态"), 10),
        Column(_("完成百分比"), 10, "int"),
        Column(_("红黄绿灯"), 10, "light"),
        Column(_("亮灯原因"), 32),
        Column(_("最近报送日期"), 14, "date"),
        Column(_("工作计划"), 28),
    ]
    labels = _labels()
    plans = plan_labels()
    joint = separator()  # the co-owners' separator in the file's language, read once per file
    return Table(
        _("督办台账"),
        columns,
        (
            [
                r.code,
                rules.section_label(r.section_number, r.section),
                r.title,
                r.text,
                r.lead_owner,
                joint.join(r.co_owners),
                r.deadline,
                r.original_deadline,
                labels[r.status],
                r.percent,
                shown(r.light, r.status),
                r.light_reason,
                r.last_report_on,
                plans.get(r.plan_id, ""),
            ]
            for r in rows
        ),
    )


#: The scorecard's columns (责任单位考评), shared by the CSV, the XLSX and the
#: dashboard so that all three use the same names: (field, header, width, kind).
SCORECARD = [
    ("rank", _("排名"), 6, "int"),
    ("department", _("责任单位"), 18, "text"),
    ("owned", _("牵头事项"), 10, "int"),
    ("completed", _("已办结"), 8, "int"),
    ("on_track", _("正常推进"), 10, "int"),
    ("at_risk", _("存在风险"), 10, "int"),
    ("overdue", _("逾期"), 8, "int"),
    ("red", _("红灯"), 8, "int"),
    ("yellow", _("黄灯"), 8, "int"),
    ("green", _("绿灯"), 8, "int"),
    ("reports_due", _("应报次数"), 10, "int"),
    ("reports_filed", _("报送次数"), 10, "int"),
    ("reports_on_time", _("按时报送"), 10, "int"),
    ("reports_missing", _("应报未报"), 10, "int"),
    ("report_on_time_rate", _("按时报送率(%)"), 14, "number"),
    ("avg_days_late", _("平均迟报天数"), 14, "number"),
    ("on_time_rate_original", _("按原定时限办结率(%)"), 20, "number"),
    ("on_time_rate_approved", _("按批准时限办结率(%)"), 20, "number"),
]


#: What the scorecard's report columns count, said where they are shown: a month
#: whose due day has not come is neither due nor missing, though a report filed in
#: it already counts (the queue lists this month's not-yet-reported by due day).
SCORECARD_NOTES = {
    "rank": _(
        "依次比较：按时报送率、按批准时限办结率（高者在前），逾期事项数、红灯数、黄灯数"
        "（少者在前）；各项均相同者并列。无应报次数的单位按时报送率记为“—”，排在有按时报送率"
        "的单位之后；无已到批准时限事项的单位按批准时限办结率记为“—”，按 100% 比较（未误期）。"
        "本期无到期事项（无应报次数，也无已到批准时限的事项）的单位不参与排名，"
        "列在最后"
    ),
    "reports_due": _("报送截止日已过的报送期数：牵头及配合事项每月一次；本月截止日未到的不计"),
    "reports_filed": _(
        "已报送的次数（每事项每月以首次报送计），含截止日未到的本月报送及事项无需报送的月份"
        "（交办晚于当月报送截止日的当月、计划起始前、已取消的事项）的报送"
    ),
    "reports_on_time": _(
        "截止日已过的报送期中，在当月报送截止日前报送的次数，不超过应报次数；"
        "截止日未到的提前报送只计入报送次数"
    ),
    "reports_missing": _(
        "截止日已过仍未报送的次数；本月截止日未到的尚未报送不计，见“待办审核”页的本月未报送"
    ),
    "report_on_time_rate": _("按时报送 ÷ 应报次数；应报次数为 0 时不计（“—”）"),
    "avg_days_late": _(
        "仅计迟报的报送（应报月份在截止日后报送），按截止日后的天数平均；"
        "事项无需报送的月份的报送不计迟报"
    ),
}


#: Why a department has no place, beside its "不参与排名" (the page's cell title).
UNRANKED_NOTE = _("本期无到期事项（无应报次数，也无已到批准时限的事项），不参与排名")
#: What the 排名 cell says of a department with no place (``DepartmentRollup.rank``
#: ``None``), on the page (label, then the reason in small) and in the files (both, in one
#: cell: ``unranked_place``); the JSON says ``null``.
UNRANKED_LABEL = _("不参与排名")
UNRANKED_REASON = _("本期无到期事项")


def unranked_place() -> str:
    """The files' 排名 cell for a department with no place, in the active language:
    "不参与排名 · 本期无到期事项" (en: "Not ranked · Nothing due in the period")."""
    return f"{UNRANKED_LABEL} · {UNRANKED_REASON}"


def scorecard_cells(line: DepartmentRollup, *, unranked: str | None = None) -> list[Any]:
    """One department's cells in ``SCORECARD`` order; ``unranked`` (when given) stands in
    the 排名 cell of a department with no place instead of ``None``."""
    lights = {"red": line.lights.red, "yellow": line.lights.yellow, "green": line.lights.green}
    cells = [lights[name] if name in lights else getattr(line, name) for name, *_rest in SCORECARD]
    if line.rank is None and unranked is not None:
        cells[0] = unranked
    return cells


def department_table(lines: list[DepartmentRollup], *, for_file: bool = True) -> Table:
    """The 责任单位考评 sheet. In a file (``for_file``) a department with no place has
    ``unranked_place()`` in its 排名 cell; for the page (``for_file=False``) the cell
    stays ``None`` and the template writes the same label and reason."""
    columns = [
        Column(header, width, kind, key=name, note=SCORECARD_NOTES.get(name, ""))
        for name, header, width, kind in SCORECARD
    ]
    unranked = unranked_place() if for_file else None
    return Table(_("责任单位考评"), columns, [scorecard_cells(d, unranked=unranked) for d in lines])


def section_table(lines: list[ProgressRollup]) -> Table:
    columns = [
        Column(_("序号"), 6, "int"),
        Column(_("工作板块"), 36),
        Column(_("事项数"), 8, "int"),
        Column(_("已办结"), 8, "int"),
        Column(_("逾期"), 8, "int"),
        Column(_("平均进度(%)"), 12, "number"),
        Column(_("红灯"), 8, "int"),
        Column(_("黄灯"), 8, "int"),
        Column(_("绿灯"), 8, "int"),
    ]
    return Table(
        _("工作板块"),
        columns,
        [
            [
                s.number,
                s.title,
                s.commitments,
                s.completed,
                s.overdue,
                s.progress,
                s.lights.red,
                s.lights.yellow,
                s.lights.green,
            ]
            for s in lines
        ],
    )
