"""What an e-mail says about each commitment, loaded in a fixed number of queries.

The facts are frozen into the Notification's JSON context when the e-mail is
decided, so a retry hours later sends the same words, and the e-mail agrees
with the light the dashboard showed at that moment.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from commitments.choices import Light, Status
from commitments.lights import light_reason
from commitments.models import Commitment, CoOwnership, ProgressReport

NARRATIVE_CHARS = 120


def commitment_links(commitment_id: int) -> dict[str, str]:
    return {
        "api_url": f"{settings.SITE_URL}/api/v1/commitments/{commitment_id}/",
        "admin_url": f"{settings.SITE_URL}/admin/commitments/commitment/{commitment_id}/change/",
    }


def _label(choices, value: str | None) -> str:
    return str(choices(value).label) if value in choices.values else (value or "")


def _last_report(item: Commitment) -> dict[str, object] | None:
    if item.last_report_created is None:
        return None
    narrative = (item.last_report_narrative or "").strip()
    if len(narrative) > NARRATIVE_CHARS:
        narrative = narrative[:NARRATIVE_CHARS] + "…"
    return {
        "at": timezone.localtime(item.last_report_created).strftime("%Y-%m-%d %H:%M"),
        "status": _label(Status, item.last_report_status),
        "percent": item.last_report_percent,
        "narrative": narrative,
    }


def load_items(ids: Iterable[int], today: datetime.date) -> dict[int, dict[str, object]]:
    """JSON-ready facts for each commitment id: two queries whatever their number."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    latest = ProgressReport.objects.filter(commitment=OuterRef("pk")).order_by(
        "-created_at", "-id")
    rows = (
        Commitment.objects.filter(pk__in=ids)
        .with_light(today)
        .select_related("plan", "lead_owner")
        .annotate(
            last_report_status=Subquery(latest.values("status")[:1]),
            last_report_percent=Subquery(latest.values("percent")[:1]),
            last_report_created=Subquery(latest.values("created_at")[:1]),
            last_report_narrative=Subquery(latest.values("narrative")[:1]),
        )
    )
    co_owners: dict[int, list[str]] = defaultdict(list)
    for commitment_id, name in (CoOwnership.objects.filter(commitment_id__in=ids)
                                .order_by("department__name")
                                .values_list("commitment_id", "department__name")):
        co_owners[commitment_id].append(name)
    items = {}
    for item in rows:
        light = light_reason(item, today)
        days_left = (item.deadline - today).days
        items[item.pk] = {
            "id": item.pk,
            "code": item.code,
            "title": item.title,
            "owner": item.lead_owner.name,
            "owner_id": item.lead_owner_id,
            "co_owners": co_owners.get(item.pk, []),
            "deadline": item.deadline.isoformat(),
            "original_deadline": item.original_deadline.isoformat(),
            "days_left": days_left,
            "days_overdue": max(0, -days_left),
            "status": _label(Status, item.status),
            "percent": item.percent,
            "light": light.color,
            "light_label": _label(Light, light.color),
            "light_reason": light.reason,
            "last_report": _last_report(item),
            **commitment_links(item.pk),
        }
    return items
