"""免报: a supervisor excuses a co-owner from reporting."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.choices import EventKind
from commitments.errors import Conflict, NotFound
from commitments.models import Commitment, CoOwnership, Department
from commitments.services.workflow.common import (
    ensure_open,
    lock_commitment,
    record,
    require_supervisor,
    step_transaction,
)


@step_transaction()
def excuse_co_owner(
    actor: User, commitment: Commitment, department: Department | int, reason: str = ""
) -> CoOwnership:
    """A supervisor excuses a co-owner from reporting, so the lead may close."""
    item = lock_commitment(commitment)
    require_supervisor(actor, item)
    dept_id = department if isinstance(department, int) else department.pk
    share = (
        CoOwnership.objects.select_for_update()
        .select_related("department")
        .filter(commitment=item, department_id=dept_id)
        .first()
    )
    if share is None:
        raise NotFound("not_co_owner", _("该单位不是此事项的配合单位"))
    ensure_open(item, "excuse_co_owner")
    if share.excused_at is not None:
        raise Conflict("already_excused", _("该配合单位已免报"))
    share.excused_at, share.excused_by = timezone.now(), actor
    share.save(update_fields=["excused_at", "excused_by"])
    record(
        item,
        EventKind.CO_OWNER_EXCUSED,
        actor,
        department=share.department,
        changes={"excused_at": (None, share.excused_at)},
        note=reason.strip(),
    )
    return share
