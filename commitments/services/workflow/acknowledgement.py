"""签收: the owner departments acknowledge a new commitment."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.access import department_of, owning_department
from commitments.choices import EventKind
from commitments.errors import Conflict, Forbidden
from commitments.models import Commitment
from commitments.services.workflow.common import (
    ensure_department_current,
    ensure_open,
    lock_commitment,
    record,
    save,
    step_transaction,
)


def acknowledged_department_ids(commitment: Commitment) -> set[int]:
    """Departments that have acknowledged the commitment."""
    return set(
        commitment.events.filter(kind=EventKind.ACKNOWLEDGED, department__isnull=False).values_list(
            "department_id", flat=True
        )
    )


@step_transaction()
def acknowledge(
    actor: User, commitment: Commitment, note: str = "", at: datetime.datetime | None = None
) -> Commitment:
    """签收: an owner department takes the commitment on, once per department; at ``at``
    (default: now), a moment passed only by the demo, which files its past."""
    item = lock_commitment(commitment)
    ensure_department_current(actor, department_of(actor))
    department = owning_department(actor, item)
    if department is None:
        raise Forbidden("not_owner", _("只有牵头单位或配合单位的经办人可以签收"))
    ensure_open(item, "acknowledge")
    if department.pk in acknowledged_department_ids(item):
        raise Conflict("already_acknowledged", _("本单位已签收该事项"))
    now = at or timezone.now()
    changes: dict[str, tuple[Any, Any]] = {}
    if department.pk == item.lead_owner_id:
        old_by = item.acknowledged_by.username if item.acknowledged_by else None
        changes = {
            "acknowledged_at": (item.acknowledged_at, now),
            "acknowledged_by": (old_by, actor.get_username()),
        }
        item.acknowledged_at, item.acknowledged_by = now, actor
        save(item, ["acknowledged_at", "acknowledged_by"])
    record(
        item,
        EventKind.ACKNOWLEDGED,
        actor,
        department=department,
        changes=changes,
        note=note.strip(),
        at=now,
    )
    return item
