"""The overdue list: one query shared by the API, the exports, the dashboard
and the overdue digest e-mails, so that they never disagree.

It lives in ``commitments`` (not ``reports``) because the reminder sweep needs
it and ``commitments`` never imports ``reports``; ``reports.overdue`` builds
its rows on it. What counts as overdue is ``rules.overdue``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import DateField, OuterRef, QuerySet, Subquery, Value
from django.utils import timezone

from commitments.lights import DaysBetween
from commitments.models import Commitment, ProgressReport


def overdue_queryset(
    today: datetime.date | None = None,
    department_ids: Iterable[int] | None = None,
    plan_id: int | None = None,
) -> QuerySet[Commitment]:
    """Open commitments past their (approved) deadline, most overdue first.

    Most overdue first, then by code and id (a stable order). Annotates
    ``days_overdue`` and the latest report's status, percent, time
    and narrative; a constant number of queries whatever the size. The latest
    report is the latest filed by ``today``, so a list drawn up for a past
    day shows what was known on that day.
    """
    today = today or timezone.localdate()
    latest = ProgressReport.objects.filter(
        commitment=OuterRef("pk"),
        created_at__date__lte=today,
    ).order_by("-created_at", "-id")
    qs = (
        Commitment.objects.overdue(today)
        .select_related("lead_owner", "section")
        .annotate(
            days_overdue=DaysBetween(Value(today, output_field=DateField()), "deadline"),
            last_report_status=Subquery(latest.values("status")[:1]),
            last_report_percent=Subquery(latest.values("percent")[:1]),
            last_report_created=Subquery(latest.values("created_at")[:1]),
            last_report_narrative=Subquery(latest.values("narrative")[:1]),
        )
        # Codes repeat across plans: the id keeps the order stable.
        .order_by("deadline", "code", "pk")
    )
    if department_ids is not None:
        qs = qs.led_within(frozenset(department_ids))
    if plan_id is not None:
        qs = qs.filter(plan_id=plan_id)
    return qs
