"""What the public sees of a plan: built from the ledger in a constant number
of queries, cached for ``PUBLIC_CACHE_SECONDS``.

Only these fields ever leave the building: a pledge's code, title, text,
section, lead unit (a department's name), deadlines, targets with their
current values, its public status, the ``public_note`` a supervisor wrote
for the public and the evidence files a supervisor marked public (name,
size, type and a public download address). Reports' narratives, people,
e-mail addresses and internal notes are never read here, so they cannot leak.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from commitments import rules
from commitments.choices import Status
from commitments.models import Attachment, Commitment, Plan, Target
from commitments.services import carry_over

#: Public statuses, in the order roll-ups list them, with their labels.
PUBLIC_STATUSES: dict[str, Any] = {
    "not_started": _("未启动"),
    "in_progress": _("推进中"),
    "completed": pgettext_lazy("public status", "已完成"),  # not the export's "done"
    "overdue": _("逾期"),
    "adjusted": _("已调整"),
    "cancelled": _("已取消"),
}

CACHE_VERSION = 2


def public_status(
    *, status: str, deadline: datetime.date, original_deadline: datetime.date, overdue: bool
) -> str:
    """The public status of one pledge (a key of ``PUBLIC_STATUSES``).

    Closed statuses win (已取消, 已完成); then 逾期 (the ledger's overdue rule,
    passed in as ``overdue``); then 已调整 when the approved deadline differs
    from the original one (an approved extension or a supervisor's change);
    then 未启动 for a pledge not started, else 推进中.
    """
    if status == Status.CANCELLED:
        return "cancelled"
    if status == Status.COMPLETED:
        return "completed"
    if overdue:
        return "overdue"
    if deadline != original_deadline:
        return "adjusted"
    if status == Status.NOT_STARTED:
        return "not_started"
    return "in_progress"


@dataclass(frozen=True)
class PublicPlan:
    """A published plan as plain data (JSON-ready once labels are added)."""

    id: int
    title: str
    year: int
    as_of: str
    pledges: list[dict[str, Any]]
    sections: list[dict[str, Any]]
    departments: list[dict[str, Any]]
    totals: dict[str, int]
    #: when this view was read from the ledger (aware; the page says "更新于 …")
    built_at: datetime.datetime | None = None


def _number(value: Decimal | None) -> str | None:
    return None if value is None else rules.plain_number(value)


def _rollup(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    groups: dict[Any, Counter[str]] = {}
    names: dict[Any, str] = {}
    for row in rows:
        group = row[key]
        names[group["id"]] = group["name"]
        groups.setdefault(group["id"], Counter())[row["status"]] += 1
    return [
        {"id": gid, "name": names[gid], "total": sum(c.values()), "counts": _counts(c)}
        for gid, c in groups.items()
    ]


def _counts(counter: Counter[str]) -> dict[str, int]:
    return {status: counter.get(status, 0) for status in PUBLIC_STATUSES}


def build(plan_id: int, today: datetime.date) -> PublicPlan:
    """Read the plan's public view from the database: five queries whatever
    the number of pledges (plan, pledges, overdue ids, public files, targets)."""
    plan = Plan.objects.only("id", "title", "year").get(pk=plan_id)
    pledges = Commitment.objects.filter(plan_id=plan_id).in_rollups()
    overdue = set(pledges.overdue(today).values_list("pk", flat=True))
    rows = list(
        pledges.order_by("section__number", "number", "id").values(
            "id",
            "code",
            "title",
            "text",
            "status",
            "percent",
            "deadline",
            "original_deadline",
            "public_note",
            "completed_at",
            section_number=F("section__number"),
            section_title=F("section__title"),
            lead_id=F("lead_owner_id"),
            lead_name=F("lead_owner__name"),
        )
    )
    evidence: dict[int, list[dict[str, Any]]] = {}
    for a in (
        Attachment.objects.filter(commitment__plan_id=plan_id, public=True)
        .order_by("commitment_id", "created_at", "id")
        .values("id", "commitment_id", "name", "size", "content_type")
    ):
        evidence.setdefault(a["commitment_id"], []).append(
            {
                "name": a["name"],
                "size": a["size"],
                "content_type": a["content_type"],
                "url": reverse("public-file", args=[a["id"]]),
            }
        )
    targets: dict[int, list[dict[str, Any]]] = {}
    for t in (
        Target.objects.filter(commitment__plan_id=plan_id)
        .order_by("commitment_id", "position", "id")
        .values(
            "commitment_id",
            "metric",
            "value",
            "unit",
            "comparator",
            "current_value",
            "current_as_of",
        )
    ):
        targets.setdefault(t["commitment_id"], []).append(
            {
                "metric": t["metric"],
                "value": _number(t["value"]),
                "unit": t["unit"],
                "comparator": t["comparator"],
                "current_value": _number(t["current_value"]),
                "current_as_of": t["current_as_of"].isoformat() if t["current_as_of"] else None,
            }
        )
    began = carry_over.first_years(row["id"] for row in rows)
    pledges_out = []
    for row in rows:
        status = public_status(
            status=row["status"],
            deadline=row["deadline"],
            original_deadline=row["original_deadline"],
            overdue=row["id"] in overdue,
        )
        pledges_out.append(
            {
                "code": row["code"],
                "title": row["title"],
                "text": row["text"],
                "section": {"id": row["section_number"], "name": row["section_title"]},
                "lead_unit": {"id": row["lead_id"], "name": row["lead_name"]},
                "status": status,
                "percent": row["percent"],
                "deadline": row["deadline"].isoformat(),
                "original_deadline": row["original_deadline"].isoformat(),
                "completed_on": (
                    rules.local_day(row["completed_at"]).isoformat()
                    if row["completed_at"]
                    else None
                ),
                "targets": targets.get(row["id"], []),
                "public_note": row["public_note"],
                "evidence": evidence.get(row["id"], []),
                "carried_over_since": began.get(row["id"]),
            }
        )
    return PublicPlan(
        id=plan.pk,
        title=plan.title,
        year=plan.year,
        as_of=today.isoformat(),
        pledges=pledges_out,
        sections=_rollup(pledges_out, "section"),
        departments=sorted(_rollup(pledges_out, "lead_unit"), key=lambda d: -d["total"]),
        totals={
            "total": len(pledges_out),
            **_counts(Counter(p["status"] for p in pledges_out)),
            "carried_over": sum(1 for p in pledges_out if p["carried_over_since"]),
        },
        built_at=timezone.now(),
    )


def published_plan(plan_id: int) -> PublicPlan | None:
    """The public view of ``plan_id`` if it is published, else ``None``.

    Whether the plan is public is read on every call (one query), so that
    switching a plan off takes effect at once; the view itself comes from the
    cache and is rebuilt at most every ``PUBLIC_CACHE_SECONDS``.
    """
    if not Plan.objects.filter(pk=plan_id, public=True).exists():
        return None
    today = timezone.localdate()
    key = f"public-meter:{CACHE_VERSION}:{plan_id}:{today.isoformat()}"
    view = cache.get(key)
    if view is None:
        view = build(plan_id, today)
        cache.set(key, view, settings.PUBLIC_CACHE_SECONDS)
    return view


__all__ = ["PUBLIC_STATUSES", "PublicPlan", "build", "public_status", "published_plan"]
