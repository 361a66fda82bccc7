"""``/workspace/``: my department's commitments, or what a supervisor oversees."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode

from commitments import naming, rules
from commitments.api.serializers.fields import MAX_ID
from commitments.choices import Light, Status
from commitments.lights import light_reason
from commitments.models import (
    ClosureRequest,
    Commitment,
    CoOwnership,
    Department,
    ExtensionRequest,
    Plan,
    Section,
)
from reports.scope import day_in_range
from workspace.scope import DUE_SOON_DAYS, Reader, annotate_period, needs_attention, unreported

PAGE_SIZE = 50
LIGHT_ORDER = Case(
    When(light=Light.RED.value, then=Value(0)),
    When(light=Light.YELLOW.value, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def _last_request_states() -> dict[str, Subquery]:
    """The state of each row's newest extension and closure request: a row says
    plainly when the last one was rejected or returned (its page says by whom and why)."""
    newest = ("-created_at", "-id")
    return {
        f"last_{kind}_state": Subquery(
            model.objects.filter(commitment=OuterRef("pk")).order_by(*newest).values("state")[:1]
        )
        for kind, model in (("extension", ExtensionRequest), ("closure", ClosureRequest))
    }


def filter_id(value: str | None) -> int | None:
    """The id a filter parameter (``plan``, ``section``, ``department``) names, or ``None``
    (ignored, like ``?plan=abc``) when it is not a whole number a row's id can be: a
    crafted ``?plan=999999999999999999999`` would overflow the database's BIGINT."""
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def filtered(
    items: QuerySet[Commitment], params, today: datetime.date
) -> tuple[QuerySet[Commitment], dict[str, object]]:
    """Apply the list's filters; unknown values are ignored (a link never breaks)."""
    chosen: dict[str, object] = {}
    plan = filter_id(params.get("plan"))
    if plan:
        items, chosen["plan"] = items.filter(plan_id=plan), plan
    light = params.get("light")
    if light in Light.values:  # a closed pledge is 已办结/已取消, not a light (as counted)
        items = items.filter(light=light).exclude(rules.closed())
        chosen["light"] = light
    status = params.get("status")
    if status in Status.values:
        items, chosen["status"] = items.filter(status=status), status
    if params.get("live") == "1":  # what the dashboard counts as 事项
        items, chosen["live"] = items.exclude(status=Status.CANCELLED), "1"
    section = filter_id(params.get("section"))
    if section:
        items, chosen["section"] = items.filter(section_id=section), section
    department = filter_id(params.get("department"))
    if department:
        # 逾期 of a unit: what the scorecard counts against it, a pledge handed over late
        # with the unit that missed it (``rules.overdue_charged_to``); else what it leads.
        if params.get("overdue") == "1":
            items = items.filter(rules.overdue_charged_to(department))
        else:
            items = items.filter(lead_owner_id=department)
        chosen["department"] = department
    if params.get("due") == "soon":
        soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
        items = items.filter(rules.tracked()).filter(deadline__gte=today, deadline__lte=soon)
        chosen["due"] = "soon"
    if params.get("overdue") == "1":
        items, chosen["overdue"] = items.filter(rules.overdue(today)), "1"
    if params.get("unreported") == "1":
        items = items.filter(rules.tracked()).filter(unreported())
        chosen["unreported"] = "1"
    if params.get("needs") == "1":
        items, chosen["needs"] = needs_attention(items, today), "1"
    search = (params.get("q") or "").strip()[:100]
    if search:
        items = items.filter(Q(title__icontains=search) | Q(code__icontains=search))
        chosen["q"] = search
    return items, chosen


def _without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def section_options(scope_ids, plan: int | None, several_plans: bool) -> list[tuple[int, str]]:
    """The 工作板块 filter's ``(id, label)`` choices: the sections of the reader's pledges
    (of the chosen plan only, when one is chosen), newest plan first, each named with its
    plan (``naming.section_option``) when several plans are in view. One query."""
    sections = Section.objects.filter(pk__in=scope_ids).select_related("plan")
    if plan:
        sections = sections.filter(plan_id=plan)
    return [
        (
            s.pk,
            naming.section_option(
                s.number,
                s.title,
                naming.plan_tag(s.plan.year, s.plan.title) if several_plans else "",
            ),
        )
        for s in sections.order_by("-plan__year", "plan_id", "number")
    ]


@login_required
def my_commitments(request: HttpRequest) -> HttpResponse:
    reader = Reader.of(request.user)
    plan = Plan.objects.filter(pk=filter_id(request.GET.get("plan"))).first()
    day = day_in_range(request.GET.get("date", ""), plan)  # the dashboard's rule
    today = day.day
    base = annotate_period(reader.commitments().in_rollups().with_light(today), reader, today)
    items, chosen = filtered(base, request.GET, today)
    items = (
        items.select_related("plan", "section", "lead_owner")
        .prefetch_related(
            Prefetch("coownerships", queryset=CoOwnership.objects.select_related("department"))
        )
        .with_progress_source()
        .annotate(light_order=LIGHT_ORDER, **_last_request_states())
        .order_by("light_order", "deadline", "code")
    )
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(item, light_reason(item, today)) for item in page.object_list]
    # The counts (需要处理 N · 全部 M) and their links keep the plan and day in view.
    counted = base.filter(plan_id=chosen["plan"]) if chosen.get("plan") else base
    kept = {k: request.GET[k] for k in ("plan", "date") if request.GET.get(k)}
    scope_ids = reader.commitments().values("section_id")
    plans = list(Plan.objects.filter(pk__in=reader.commitments().values("plan_id")))
    several_plans = len(plans) > 1 and not chosen.get("plan")
    return render(
        request,
        "workspace/list.html",
        {
            "reader": reader,
            "today": today,
            "day": day,
            "as_of_other_day": today != timezone.localdate(),
            "plan": plan,
            "plans": plans,
            # The same 编号 may be in two plans: each card names its plan when several
            # are in view (no plan chosen).
            "several_plans": several_plans,
            "statuses": Status.choices,
            "page": page,
            "rows": rows,
            "chosen": chosen,
            "needs_count": needs_attention(counted, today).count(),
            "total": counted.count(),
            "counts_query": urlencode(kept),
            "lights": Light.choices,
            "sections": section_options(scope_ids, chosen.get("plan"), several_plans),
            "departments": Department.objects.filter(
                pk__in=reader.commitments().values("lead_owner_id")
            ).order_by("name")
            if reader.supervisor
            else [],
            "page_query": _without_page(request),
            "due_soon_days": DUE_SOON_DAYS,
        },
    )
