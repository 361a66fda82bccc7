"""``/workspace/queue/``: what waits for a supervisor.

Pending extension and closure requests of the departments they oversee,
oldest first, each decided right here (the same service calls as the API);
and, per department, the open commitments not yet reported this period.
"""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from commitments import due_dates, rules
from commitments.choices import ClosureState, RequestState
from commitments.lights import light_reason
from commitments.models import Attachment, ClosureRequest, Commitment, ExtensionRequest
from commitments.naming import years_with_several_plans
from commitments.owed import owes_month
from commitments.services import workflow
from workspace import forms
from workspace.page import Page
from workspace.scope import Reader, lead_reported_since, period_start
from workspace.views.commitment import perform

KINDS = {
    "approve_extension": ExtensionRequest,
    "reject_extension": ExtensionRequest,
    "accept_closure": ClosureRequest,
    "return_closure": ClosureRequest,
}


def _scoped(queryset, reader: Reader):
    if reader.supervised_ids is None:
        return queryset
    return queryset.filter(commitment__lead_owner_id__in=reader.supervised_ids)


def pending_requests(reader: Reader, user, today, page: Page | None = None) -> list[dict]:
    """The pending requests, each with its decision forms (``None`` on one's own);
    ``page`` holds the card's form a POST could not save. Each card has its pledge's
    light and latest progress; a closure card also whether the lead's latest report is
    short of done (the rule the lead's closure form warns with and the lead's own
    pending card marks, ``workflow.progress_short_of_done``)."""
    rows = []
    for kind, model, state in (
        ("extension", ExtensionRequest, RequestState.PENDING),
        ("closure", ClosureRequest, ClosureState.PENDING),
    ):
        requests = (
            _scoped(model.objects.filter(state=state), reader)
            .select_related("department", "merged_from", "requested_by")
            .prefetch_related(
                Prefetch(  # the card's light and whose report the progress it shows is
                    "commitment",
                    queryset=Commitment.objects.with_progress_source()
                    .with_light(today)
                    .select_related("lead_owner", "plan"),
                )
            )
        )
        if model is ClosureRequest:  # the card lists the evidence the lead attached
            requests = requests.prefetch_related(
                Prefetch("attachments", queryset=Attachment.objects.order_by("id"))
            )
        for request in requests:
            own = request.requested_by_id == user.pk
            bound = page.bound_decision(kind, request.pk) if page is not None else None
            decide = None if own else forms.decision_forms(kind, request.pk, bound)
            rows.append(
                {
                    "kind": kind,
                    "request": request,
                    "forms": decide,
                    "light": light_reason(request.commitment, today),
                    "short_of_done": model is ClosureRequest
                    and workflow.progress_short_of_done(request.commitment),
                }
            )
    rows.sort(key=lambda row: (row["request"].created_at, row["request"].pk))
    return rows


def unreported_departments(reader: Reader, today: datetime.date) -> list[dict]:
    """Per lead department, its open pledges (``total``), those that owe this month's
    report and have no report of the lead's this month (``missing``: the rule of
    ``commitments.owed.owes_month``, as the reminders chase and the scorecard counts),
    and of these the ones whose due date has passed (``past_due``: the scorecard counts
    them as 应报未报; ``commitments.due_dates``)."""
    start = period_start(today)
    missing = owes_month(today) & ~lead_reported_since(start)
    past_due = missing & due_dates.passed(due_dates.plan_due_day(), today)
    items = reader.commitments().filter(rules.tracked())
    return list(
        items.values("lead_owner_id", "lead_owner__name")
        .annotate(
            missing=Count("pk", filter=missing),
            past_due=Count("pk", filter=past_due),
            total=Count("pk"),
        )
        .filter(missing__gt=0)
        .order_by("-missing", "lead_owner__name")
    )


def not_owing(reader: Reader, today: datetime.date) -> int:
    """Open pledges that owe no report this month (their plan starts later, or they were
    assigned after this month's due day): the queue says they are left out, and why."""
    return reader.commitments().filter(rules.tracked()).exclude(owes_month(today)).count()


def period_due_dates(reader: Reader, today: datetime.date) -> list[datetime.date]:
    """This month's report due date(s) of the plans whose open pledges owe this month's
    report (each plan's own due day, else the default; one, unless plans differ). A plan
    that starts next year has no due date this month."""
    due_days = {
        day
        for day in reader.commitments()
        .filter(rules.tracked())
        .filter(owes_month(today))
        .values_list("plan__report_due_day", flat=True)
        .distinct()
    }
    return sorted({due_dates.due_date(today.year, today.month, day) for day in due_days})


def _render(
    request: HttpRequest, reader: Reader, today, page: Page | None = None, status: int = 200
) -> HttpResponse:
    pending = pending_requests(reader, request.user, today, page)
    if page is not None and page.bound_request is not None:
        kind, request_id = page.bound_request
        if not any(p["kind"] == kind and str(p["request"].pk) == request_id for p in pending):
            # Decided meanwhile: its card is gone, its errors are said at the top.
            for form in page.bound.values():
                for message in form.errors.get("__all__", []) + form.errors.get("reason", []):
                    messages.error(request, message)
    due_dates = period_due_dates(reader, today)
    passed = [d for d in due_dates if d < today]
    return render(
        request,
        "workspace/queue.html",
        {
            "today": today,
            "period": period_start(today),
            "pending": pending,
            # The same 编号 may be in two plans of a year: the card then names its plan.
            "twin_years": years_with_several_plans() if pending else set(),
            "unreported": unreported_departments(reader, today),
            "due_dates": due_dates,
            "due_passed": passed,
            # Some plans' due days passed, some not: a column says how many are past due.
            "due_mixed": 0 < len(passed) < len(due_dates),
            "not_owing": not_owing(reader, today),
        },
        status=status,
    )


@login_required
def supervisor_queue(request: HttpRequest) -> HttpResponse:
    reader = Reader.of(request.user)
    if not reader.supervisor:
        return render(request, "reports/forbidden.html", status=403)
    today = timezone.localdate()
    if request.method != "POST":
        return _render(request, reader, today)
    action = request.POST.get("action", "")
    model = KINDS.get(action)
    if model is None:
        raise Http404
    try:
        pending = model.objects.get(pk=int(request.POST.get(f"{action}-request_id", "")))
    except (ValueError, model.DoesNotExist):
        raise Http404 from None
    item = Commitment.objects.get(pk=pending.commitment_id)
    page = Page(request.user, item, today)
    # A decision this page could not save shows this page again, that card's form as posted.
    return perform(
        request,
        item,
        page,
        success_url=request.path,
        refused=lambda status: _render(request, reader, today, page, status),
    )
