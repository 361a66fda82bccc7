"""The supervisors' dashboard (``/dashboard/``): server-rendered, no CDN.

Supervisors and administrators only; department staff get a 403 page (they
use the API, scoped to their department). Anonymous visitors are sent to
the login form.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.dateparse import parse_date

from commitments.access import is_supervisor, supervised_department_ids
from commitments.models import Plan
from reports.chart import reports_chart
from reports.overdue import overdue_queryset
from reports.rollups import department_rollups, plan_totals, section_rollups
from reports.scope import ReportScope
from reports.timeline import reports_by_period


def _chosen_plan(request: HttpRequest, plans: list[Plan]) -> Plan | None:
    wanted = request.GET.get("plan", "")
    for plan in plans:
        if str(plan.pk) == wanted:
            return plan
    return plans[0] if plans else None  # the latest plan


def _chosen_day(request: HttpRequest) -> datetime.date:
    try:
        return parse_date(request.GET.get("date", "")) or timezone.localdate()
    except ValueError:
        return timezone.localdate()


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    if not is_supervisor(request.user):
        return render(request, "reports/forbidden.html", status=403)
    ids = supervised_department_ids(request.user)
    plans = list(Plan.objects.order_by("-year", "-created_at").only("pk", "title", "year"))
    scope = ReportScope(
        today=_chosen_day(request),
        plan=_chosen_plan(request, plans),
        department_ids=None if ids is None else frozenset(ids),
    )
    return render(
        request,
        "reports/dashboard.html",
        {
            "scope": scope,
            "plans": plans,
            "totals": plan_totals(scope),
            "sections": section_rollups(scope),
            "departments": department_rollups(scope),
            "overdue": list(overdue_queryset(scope.today, scope.department_ids, scope.plan_id)),
            "chart": reports_chart(reports_by_period(scope)),
        },
    )
