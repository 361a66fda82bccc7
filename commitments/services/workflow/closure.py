"""申请办结 → 审核 → 办结/退回: the lead asks to close; a supervisor accepts or returns."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from commitments.access import department_of, is_lead
from commitments.choices import ClosureState, EventKind, Status
from commitments.errors import Conflict, Forbidden
from commitments.models import ClosureRequest, Commitment, Department, ProgressReport
from commitments.services.evidence import CheckedFile
from commitments.services.evidence import store as store_evidence
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
    withdraw_pending,
)
from commitments.wording import listed


def unreported_co_owners(commitment: Commitment) -> list[Department]:
    """Co-owners that never reported and were not excused: they block closing."""
    reported = set(
        ProgressReport.objects.filter(commitment=commitment).values_list("department_id", flat=True)
    )
    return [
        c.department
        for c in commitment.coownerships.select_related("department")
        if c.excused_at is None and c.department_id not in reported
    ]


def progress_short_of_done(commitment: Commitment) -> bool:
    """Whether the lead's latest report says the work is not done (below 100 %, or
    存在风险/滞后): a closure request may still go (the evidence may say more), but the
    lead is warned with the facts its decider will read (``_closure_facts``)."""
    # ``lead_filed_at`` is ``Commitment.objects.with_progress_source``'s
    if getattr(commitment, "lead_filed_at", None) is None:
        return False  # said otherwise: the lead has not reported at all
    return commitment.percent < 100 or commitment.status in (Status.AT_RISK, Status.DELAYED)


@step_transaction()
def request_closure(
    actor: User,
    commitment: Commitment,
    summary: str,
    evidence: list[str] | None = None,
    files: Sequence[CheckedFile] = (),
) -> ClosureRequest:
    """申请办结: the lead owner asks to close, with a summary, evidence links and
    files (checked by ``evidence.check_files``, stored in the same transaction)."""
    item = lock_commitment(commitment)
    ensure_department_current(actor, department_of(actor))
    if not is_lead(actor, item):
        raise Forbidden("not_lead", _("只有牵头单位经办人可以申请办结"))
    ensure_open(item, "request_closure")
    if item.closure_requests.filter(state=ClosureState.PENDING).exists():
        raise Conflict("closure_pending", _("该事项已有待审核的办结申请"))
    missing = unreported_co_owners(item)
    if missing:
        raise Conflict(
            "co_owner_not_reported",
            ngettext(
                "配合单位%(names)s尚未报送进度，不能申请办结（可请督办人免报）",
                "配合单位%(names)s尚未报送进度，不能申请办结（可请督办人免报）",
                len(missing),
            )
            % {"names": listed(d.name for d in missing)},
        )
    summary = require_text(summary, "summary", _("请填写办结情况"))
    links = [str(link).strip() for link in evidence or [] if str(link).strip()]
    try:
        with transaction.atomic():
            request = ClosureRequest.objects.create(
                commitment=item,
                department=item.lead_owner,
                requested_by=actor,
                summary=summary,
                evidence=links,
            )
    except IntegrityError as exc:
        raise Conflict("closure_pending", _("该事项已有待审核的办结申请")) from exc
    store_evidence(files, item, actor, closure_request=request)
    record(item, EventKind.CLOSURE_REQUESTED, actor, department=item.lead_owner, note=summary)
    return request


@step_transaction()
def accept_closure(actor: User, request: ClosureRequest, reason: str = "") -> ClosureRequest:
    """审核办结: the commitment is completed, at 100 %, now."""
    item, request = pending(actor, request, "decide_closure")
    now = timezone.now()
    changes = {
        "status": (item.status, Status.COMPLETED.value),
        "percent": (item.percent, 100),
        "completed_at": (item.completed_at, now),
    }
    item.status, item.percent, item.completed_at = Status.COMPLETED, 100, now
    save(item, ["status", "percent", "completed_at"])
    decide(request, ClosureState.ACCEPTED, actor, reason.strip())
    record(
        item,
        EventKind.CLOSURE_ACCEPTED,
        actor,
        department=request.department,
        changes=changes,
        note=reason.strip(),
    )
    withdraw_pending(item, actor, _("事项已办结，申请自动关闭"))
    return request


@step_transaction()
def return_closure(actor: User, request: ClosureRequest, reason: str) -> ClosureRequest:
    """办结退回: the request goes back with a reason; the status stays as it was."""
    item, request = pending(actor, request, "decide_closure")
    reason = require_text(reason, "reason", _("请填写退回理由"))
    decide(request, ClosureState.RETURNED, actor, reason)
    record(item, EventKind.CLOSURE_RETURNED, actor, department=request.department, note=reason)
    return request
