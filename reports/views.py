"""The supervisors' dashboard (``/dashboard/``): server-rendered, no CDN.

Supervisors and administrators only; department staff get a 403 page (they
use the API, scoped to their department). Anonymous visitors are sent to
the login form.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.db.models import Case, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.access import is_supervisor, supervised_department_ids
from commitments.choices import Light, Status
from commitments.lights import LightInfo, light_reason
from commitments.models import Commitment, Plan
from commitments.rules import section_label
from reports.export_page import export_context
from reports.exports import (
    SCORECARD_NOTES,
    UNRANKED_LABEL,
    UNRANKED_NOTE,
    UNRANKED_REASON,
    Column,
    department_table,
)
from reports.overdue import overdue_count, overdue_queryset, with_handed_over_from
from reports.rollups import (
    DepartmentRollup,
    department_rollups,
    plan_totals,
    section_rollups,
    tied_places,
)
from reports.scope import ReportScope, day_in_range
from reports.timeline import PeriodCount, reports_by_period


def _chosen_plan(request: HttpRequest, plans: list[Plan]) -> Plan | None:
    """The plan asked for by ``?plan=<id>``, else the running one (``default_plan``)."""
    wanted = request.GET.get("plan", "")
    for plan in plans:
        if str(plan.pk) == wanted:
            return plan
    return default_plan(plans, timezone.localdate())


def default_plan(plans: list[Plan], today: datetime.date) -> Plan | None:
    """The plan the dashboard opens on: the newest plan of ``today``'s year, else the newest.

    ``plans`` is newest first (year, then import time); ``today`` is the local date
    (``TIME_ZONE``). A plan imported ahead for next year does not displace the running
    one; with no plan for this year (a new year before its plan is imported, or only
    past years) the newest plan is shown. ``None`` when there is no plan.
    """
    running = [p for p in plans if p.year == today.year]
    if running:
        return running[0]
    return plans[0] if plans else None


@dataclass(frozen=True)
class Scorecard:
    columns: list[Column]
    #: (line, [(field, value), …]) per department, ranked
    rows: list[tuple[DepartmentRollup, list[tuple[str, object]]]]
    #: the places shared by several departments (并列, ``rollups.tied_places``)
    tied: frozenset[int] = frozenset()


def scorecard(lines: list[DepartmentRollup]) -> Scorecard:
    """The scorecard table with the export's columns (same names, same order)."""
    table = department_table(lines, for_file=False)
    keys = [c.key for c in table.columns]
    return Scorecard(
        list(table.columns),
        [
            (line, list(zip(keys, cells, strict=True)))
            for line, cells in zip(lines, table.rows, strict=True)
        ],
        tied_places(lines),
    )


#: The page lists the most overdue commitments; the export has all of them.
OVERDUE_SHOWN = 200


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    if not is_supervisor(request.user):
        return render(request, "reports/forbidden.html", status=403)
    ids = supervised_department_ids(request.user)
    plans = list(
        Plan.objects.order_by("-year", "-created_at").only(
            "pk", "title", "year", "public", "starts_on"
        )
    )
    plan = _chosen_plan(request, plans)
    chosen = day_in_range(request.GET.get("date", ""), plan)
    scope = ReportScope(
        today=chosen.day,
        plan=plan,
        department_ids=None if ids is None else frozenset(ids),
    )
    sections, departments = section_rollups(scope), department_rollups(scope)
    months = reports_by_period(scope)
    base = list_base(scope)
    return render(
        request,
        "reports/dashboard.html",
        {
            "scope": scope,
            "chosen": chosen,
            "plans": plans,
            "totals": plan_totals(scope),
            "sections": sections,
            "departments": departments,
            "scorecard": linked(scorecard(departments), base),
            "ranking_rule": SCORECARD_NOTES["rank"],
            "unranked_note": UNRANKED_NOTE,
            "unranked_label": UNRANKED_LABEL,
            "unranked_reason": UNRANKED_REASON,
            "list_base": base,
            "overdue": list(
                with_handed_over_from(
                    overdue_queryset(scope.today, scope.department_ids, scope.plan_id)
                )[:OVERDUE_SHOWN]
            ),
            "overdue_count": overdue_count(scope.today, scope.department_ids, scope.plan_id),
            "attention": attention(scope),
            "months": months,
            "on_time_apart": on_time_apart(departments, months),
            "charts": charts(sections, departments, months),
            **export_context(request.user),
        },
    )


#: Scorecard columns that count commitments: the workspace list filter of each.
SCORECARD_LINKS = {
    "owned": "",
    "completed": "status=completed",
    "on_track": "status=on_track",
    "at_risk": "status=at_risk",
    "overdue": "overdue=1",
    "red": "light=red",
    "yellow": "light=yellow",
    "green": "light=green",
}


def list_base(scope: ReportScope) -> str:
    """The workspace list for the plan and day of the page; counts add their filter."""
    query = {"date": scope.today.isoformat()}
    if scope.plan is not None:
        query["plan"] = str(scope.plan.pk)
    return f"{reverse('workspace:list')}?{urlencode(query)}"


def linked(card: Scorecard, base: str) -> Scorecard:
    """The scorecard with a link on each count to the list of what it counts."""
    out = []
    for line, cells in card.rows:
        department = f"{base}&department={line.department_id}"
        out.append(
            (
                line,
                [
                    (
                        key,
                        value,
                        None
                        if key not in SCORECARD_LINKS
                        else f"{department}&{SCORECARD_LINKS[key]}".rstrip("&"),
                    )
                    for key, value in cells
                ],
            )
        )
    return Scorecard(card.columns, out, card.tied)


#: Red and yellow items listed with their reasons; the list behind the count has them all.
ATTENTION_ROWS = 100


def attention(scope: ReportScope) -> list[tuple[Commitment, LightInfo]]:
    """Every red and yellow item the light counts (up to ``ATTENTION_ROWS``), red first,
    each with the reason of its light."""
    items = (
        scope.commitments()
        .exclude(status=Status.CANCELLED)
        .with_light(scope.today)
        .filter(light__in=[Light.RED, Light.YELLOW])
        .select_related("plan", "lead_owner")
        .annotate(red_first=Case(When(light=Light.RED, then=Value(0)), default=Value(1)))
        .order_by("red_first", "deadline", "code")[:ATTENTION_ROWS]
    )
    return [(item, light_reason(item, scope.today)) for item in items]


@dataclass(frozen=True)
class OnTimeApart:
    """The chart's 按时报送 added up over the months, and the scorecard's over the
    departments, when they differ (``on_time_apart``)."""

    chart: int
    scorecard: int


def on_time_apart(
    departments: list[DepartmentRollup], months: list[PeriodCount]
) -> OnTimeApart | None:
    """The two totals of 按时报送 when the chart says more than the scorecard, else
    ``None``. The scorecard counts a department's on-time reports up to its 应报次数;
    the chart counts every first report filed by the due day of a month owed by the
    pledge, also one from a department that no longer owes it (an excused or removed
    co-owner, a lead changed, a department merged, a pledge a re-import retired)."""
    chart = sum(m.on_time for m in months)
    scorecard = sum(d.reports_on_time for d in departments)
    return OnTimeApart(chart, scorecard) if chart != scorecard else None


def charts(sections, departments, months) -> dict:
    """What the ECharts of the page draw (``json_script``): plain numbers, labels."""
    return {
        "sections": [
            {"name": section_label(s.number, s.title), "progress": s.progress or 0}
            for s in sections
        ],
        "departments": [
            {
                "name": d.department,
                "red": d.lights.red,
                "yellow": d.lights.yellow,
                "green": d.lights.green,
            }
            for d in departments
        ],
        "months": [
            {"period": m.period, "on_time": m.on_time, "late": m.late, "early": m.early}
            for m in months
        ],
        "labels": {
            "progress": str(_("平均进度")),
            "red": str(_("红灯")),
            "yellow": str(_("黄灯")),
            "green": str(_("绿灯")),
            "on_time": str(_("按时报送")),
            "late": str(_("迟报")),
            "early": str(_("提前报送")),
        },
    }
