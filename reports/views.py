"""The supervisors' dashboard (``/dashboard/``): server-rendered, no CDN.

Supervisors and administrators only; department staff get a 403 page (they
use the API, scoped to their department). Anonymous visitors are sent to
the login form.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.dateparse import parse_date

from commitments.access import is_supervisor, supervised_department_ids
from commitments.models import Plan
from reports.api.serializers import FIRST_REPORT_DAY, LAST_REPORT_DAY, out_of_range_message
from reports.chart import reports_chart
from reports.exports import Column, department_table
from reports.overdue import overdue_count, overdue_queryset
from reports.rollups import DepartmentRollup, department_rollups, plan_totals, section_rollups
from reports.scope import ReportScope
from reports.timeline import reports_by_period


def _chosen_plan(request: HttpRequest, plans: list[Plan]) -> Plan | None:
    wanted = request.GET.get("plan", "")
    for plan in plans:
        if str(plan.pk) == wanted:
            return plan
    return plans[0] if plans else None  # the latest plan


def _chosen_day(request: HttpRequest) -> datetime.date | None:
    """The day asked for (today when none or unreadable); ``None`` when it is
    outside the range roll-ups can be drawn up for."""
    try:
        day = parse_date(request.GET.get("date", "")) or timezone.localdate()
    except ValueError:
        return timezone.localdate()
    return day if FIRST_REPORT_DAY <= day <= LAST_REPORT_DAY else None


@dataclass(frozen=True)
class Scorecard:
    columns: list[Column]
    #: (line, [(field, value), …]) per department, ranked
    rows: list[tuple[DepartmentRollup, list[tuple[str, object]]]]


def scorecard(lines: list[DepartmentRollup]) -> Scorecard:
    """The scorecard table with the export's columns (same names, same order)."""
    table = department_table(lines)
    keys = [c.key for c in table.columns]
    return Scorecard(
        list(table.columns),
        [
            (line, list(zip(keys, cells, strict=True)))
            for line, cells in zip(lines, table.rows, strict=True)
        ],
    )


#: The page lists the most overdue commitments; the export has all of them.
OVERDUE_SHOWN = 200


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    if not is_supervisor(request.user):
        return render(request, "reports/forbidden.html", status=403)
    today = _chosen_day(request)
    if today is None:
        return render(
            request,
            "reports/bad_request.html",
            {"message": out_of_range_message()},
            status=400,
        )
    ids = supervised_department_ids(request.user)
    plans = list(Plan.objects.order_by("-year", "-created_at").only("pk", "title", "year"))
    scope = ReportScope(
        today=today,
        plan=_chosen_plan(request, plans),
        department_ids=None if ids is None else frozenset(ids),
    )
    departments = department_rollups(scope)
    return render(
        request,
        "reports/dashboard.html",
        {
            "scope": scope,
            "plans": plans,
            "totals": plan_totals(scope),
            "sections": section_rollups(scope),
            "departments": departments,
            "scorecard": scorecard(departments),
            "overdue": list(
                overdue_queryset(scope.today, scope.department_ids, scope.plan_id)[:OVERDUE_SHOWN]
            ),
            "overdue_count": overdue_count(scope.today, scope.department_ids, scope.plan_id),
            "chart": reports_chart(reports_by_period(scope)),
        },
    )
