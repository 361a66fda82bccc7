"""延期申请: an owner asks for a later deadline; a supervisor approves or rejects."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.access import department_of, owning_department
from commitments.choices import EventKind, RequestState
from commitments.errors import Conflict, Forbidden, Invalid
from commitments.models import Commitment, ExtensionRequest
from commitments.services.workflow.common import (
    decide,
    ensure_department_current,
    ensure_open,
    lock_commitment,
    pending,
    record,
    require_text,
    save,
    step_transaction,
)


@step_transaction()
def request_extension(
    actor: User,
    commitment: Commitment,
    requested_deadline: datetime.date,
    reason: str,
    today: datetime.date | None = None,
) -> ExtensionRequest:
    """延期申请: an owner (the lead's or a co-owner's staff) asks for a later
    deadline before the current one passes, in their department's name.

    A supervisor asks nobody: they decide requests, and change a deadline
    themselves (``supervision.update_commitment``, also after it passed).
    """
    today = today or timezone.localdate()
    item = lock_commitment(commitment)
    ensure_department_current(actor, department_of(actor))
    department = owning_department(actor, item)
    if department is None:
        raise Forbidden(
            "not_owner",
            _("只有责任单位经办人可以申请延期；督办人可直接修改完成时限"),
        )
    ensure_open(item, "request_extension")
    if item.extension_requests.filter(state=RequestState.PENDING).exists():
        raise Conflict("extension_pending", _("该事项已有待审核的延期申请"))
    if item.deadline < today:
        raise Conflict(
            "deadline_passed",
            _("已超过完成时限（%(deadline)s），不能再申请延期，请联系督办人")
            % {"deadline": item.deadline.isoformat()},
        )
    reason = require_text(reason, "reason", _("请填写延期理由"))
    if requested_deadline <= item.deadline:
        raise Invalid(
            "extension_not_later",
            _("申请延至的日期必须晚于当前完成时限（%(deadline)s）")
            % {"deadline": item.deadline.isoformat()},
            field="requested_deadline",
        )
    if requested_deadline < today:
        raise Invalid(
            "extension_in_past", _("申请延至的日期不能早于今天"), field="requested_deadline"
        )
    try:
        with transaction.atomic():
            request = ExtensionRequest.objects.create(
                commitment=item,
                department=department,
                requested_by=actor,
                current_deadline=item.deadline,
                requested_deadline=requested_deadline,
                reason=reason,
            )
    except IntegrityError as exc:  # a concurrent request won the race
        raise Conflict("extension_pending", _("该事项已有待审核的延期申请")) from exc
    record(
        item,
        EventKind.EXTENSION_REQUESTED,
        actor,
        department=request.department,
        changes={"requested_deadline": (item.deadline, requested_deadline)},
        note=reason,
    )
    return request


@step_transaction()
def approve_extension(actor: User, request: ExtensionRequest, reason: str = "") -> ExtensionRequest:
    """A supervisor of the lead approves: the deadline moves, the original stays."""
    item, request = pending(actor, request, "decide_extension")
    if request.requested_deadline <= item.deadline:
        raise Conflict(
            "extension_stale",
            _("完成时限已调整为%(deadline)s，不晚于申请的日期，请驳回后重新申请")
            % {"deadline": item.deadline.isoformat()},
        )
    old = item.deadline
    item.deadline = request.requested_deadline
    # A decided deadline is a supervisor's edit: re-importing must not undo it.
    item.edited_fields = sorted({*item.edited_fields, "deadline"})
    save(item, ["deadline", "edited_fields"])
    decide(request, RequestState.APPROVED, actor, reason.strip())
    record(
        item,
        EventKind.EXTENSION_APPROVED,
        actor,
        department=request.department,
        changes={"deadline": (old, item.deadline)},
        note=reason.strip(),
    )
    return request


@step_transaction()
def reject_extension(actor: User, request: ExtensionRequest, reason: str) -> ExtensionRequest:
    """A supervisor of the lead rejects with a reason; the deadline stays."""
    item, request = pending(actor, request, "decide_extension")
    reason = require_text(reason, "reason", _("请填写驳回理由"))
    decide(request, RequestState.REJECTED, actor, reason)
    record(item, EventKind.EXTENSION_REJECTED, actor, department=request.department, note=reason)
    return request
