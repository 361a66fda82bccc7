"""The supervision workflow (督办流程, SPEC §2): one function per step.

Each step locks the commitment row (``select_for_update``), checks who asks
(403-like), then the commitment's state (409-like), then the input (400-like),
and only then writes the change and one ``CommitmentEvent`` in the same
transaction. A refused step raises a ``WorkflowError`` before anything is
written, so callers never clean up.

Decisions worth knowing (also in docs of each function):

- Deciding (approve/reject, accept/return, excuse, cancel, reopen) belongs to
  supervisors who oversee the *lead* owner (``access.can_supervise``) and to
  administrators; nobody decides a request they filed themselves.

- 签收: staff of the lead owner *and* of each co-owner acknowledge, once per
  department. Only the lead's acknowledgment fills ``acknowledged_at/by`` on
  the commitment (what the unacknowledged reminders watch); a co-owner's is
  kept as an event with its department.
- 延期申请: staff of the lead or a co-owner ask, on or before the deadline.
  After the deadline only a supervisor who oversees the lead may file one
  (the "supervisor override"); another supervisor then decides, because
  nobody decides their own request.
- 申请办结: the lead only; refused while a co-owner has never reported unless
  a supervisor excused it. Asking does not change the status (there is no
  "under review" status); a returned request leaves the status as it was.
- An approved extension moves ``deadline`` (``original_deadline`` never moves)
  and adds ``deadline`` to ``edited_fields`` so that re-importing the plan
  keeps the decision.
- Closing (accept, cancel) withdraws the other pending request, so a closed
  commitment never has anything pending; reopen restores the status and
  percent that the closing step replaced.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from commitments import rules
from commitments.access import can_supervise, is_lead, owning_department
from commitments.choices import (
    CLOSED_STATUSES,
    REPORTABLE_STATUSES,
    ClosureState,
    EventKind,
    RequestState,
    Status,
)
from commitments.models import (
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    ExtensionRequest,
    ProgressReport,
)
from commitments.services.evidence import CheckedFile
from commitments.services.evidence import store as store_evidence

# --- Errors ------------------------------------------------------------------


class WorkflowError(Exception):
    """A refused step; nothing was written.

    ``code`` is stable for machines; ``message`` is for people (Chinese by
    default); ``category`` tells the API which HTTP status fits.
    """

    category = "conflict"

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


class NotAllowed(WorkflowError):
    """The user may not take this step on this commitment (HTTP 403)."""

    category = "forbidden"


class StateConflict(WorkflowError):
    """The commitment or request is not in a state that allows it (HTTP 409)."""

    category = "conflict"


class InvalidInput(WorkflowError):
    """The input itself is wrong (HTTP 400); ``field`` names the culprit."""

    category = "invalid"


class NotFound(WorkflowError):
    """Something named in the step does not exist on this commitment (HTTP 404)."""

    category = "not_found"


# --- Shared checks ------------------------------------------------------------

#: What a closed commitment refuses, by the name callers pass to ensure_open. A verb
#: (context "action"): several of these words are also event labels, nouns in English.
ACTIONS = {
    "report": pgettext_lazy("action", "报送进度"),
    "acknowledge": pgettext_lazy("action", "签收"),
    "request_extension": pgettext_lazy("action", "申请延期"),
    "decide_extension": pgettext_lazy("action", "审核延期申请"),
    "request_closure": pgettext_lazy("action", "申请办结"),
    "decide_closure": pgettext_lazy("action", "审核办结申请"),
    "excuse_co_owner": pgettext_lazy("action", "免报配合单位"),
    "cancel": pgettext_lazy("action", "再取消"),
}


def ensure_open(commitment: Commitment, action: str = "report") -> None:
    """Refuse any step on a completed or cancelled commitment.

    Shared with the report service: ``ensure_open(item, "report")`` raises
    ``StateConflict("commitment_closed", "已办结的事项不能报送进度")``.
    """
    if commitment.status not in CLOSED_STATUSES:
        return
    what = ACTIONS.get(action, pgettext_lazy("action", "办理"))
    if commitment.status == Status.COMPLETED:
        message = _("已办结的事项不能%(action)s") % {"action": what}
    else:
        message = _("已取消的事项不能%(action)s") % {"action": what}
    raise StateConflict("commitment_closed", message)


def lock_commitment(commitment: Commitment | int) -> Commitment:
    """Re-read and lock the commitment: every step decides on fresh state.

    A commitment deleted since the caller looked it up (a report filed while
    a supervisor deletes it) is ``NotFound`` (404), and nothing is written.
    """
    pk = commitment if isinstance(commitment, int) else commitment.pk
    try:
        return Commitment.objects.select_for_update().get(pk=pk)
    except Commitment.DoesNotExist:
        raise NotFound("commitment_not_found", _("该事项不存在或已被删除")) from None


_lock = lock_commitment


def _require_supervisor(actor, item: Commitment) -> None:
    if not can_supervise(actor, item):
        raise NotAllowed("not_supervisor", _("只有督办该事项牵头单位的督办人可以办理此操作"))


def _require_text(value: str | None, field: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{field}_required", message, field=field)
    return text


_plain = rules.plain


def _record(
    item: Commitment,
    kind: str,
    actor,
    *,
    department: Department | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
    note: str = "",
) -> CommitmentEvent:
    return CommitmentEvent.objects.create(
        commitment=item,
        kind=kind,
        actor=actor,
        department=department,
        note=note,
        changes={
            field: [_plain(old), _plain(new)] for field, (old, new) in (changes or {}).items()
        },
    )


def _save(item: Commitment, fields: Iterable[str]) -> None:
    item.save(update_fields=[*fields, "updated_at"])


# --- 签收 ---------------------------------------------------------------------


def acknowledged_department_ids(commitment: Commitment) -> set[int]:
    """Departments that have acknowledged the commitment."""
    return set(
        commitment.events.filter(kind=EventKind.ACKNOWLEDGED, department__isnull=False).values_list(
            "department_id", flat=True
        )
    )


@transaction.atomic
def acknowledge(actor, commitment: Commitment, note: str = "") -> Commitment:
    """签收: an owner department takes the commitment on, once per department."""
    item = _lock(commitment)
    department = owning_department(actor, item)
    if department is None:
        raise NotAllowed("not_owner", _("只有牵头单位或配合单位的经办人可以签收"))
    ensure_open(item, "acknowledge")
    if department.pk in acknowledged_department_ids(item):
        raise StateConflict("already_acknowledged", _("本单位已签收该事项"))
    changes: dict[str, tuple[Any, Any]] = {}
    if department.pk == item.lead_owner_id:
        now = timezone.now()
        old_by = item.acknowledged_by.username if item.acknowledged_by else None
        changes = {
            "acknowledged_at": (item.acknowledged_at, now),
            "acknowledged_by": (old_by, actor.get_username()),
        }
        item.acknowledged_at, item.acknowledged_by = now, actor
        _save(item, ["acknowledged_at", "acknowledged_by"])
    _record(
        item,
        EventKind.ACKNOWLEDGED,
        actor,
        department=department,
        changes=changes,
        note=note.strip(),
    )
    return item


# --- 延期申请 -----------------------------------------------------------------


@transaction.atomic
def request_extension(
    actor,
    commitment: Commitment,
    requested_deadline: datetime.date,
    reason: str,
    today: datetime.date | None = None,
) -> ExtensionRequest:
    """延期申请: an owner asks for a later deadline before the current one passes.

    A supervisor of the lead may file one at any time (also after the
    deadline); the request is then in the lead's name and another supervisor
    decides it.
    """
    today = today or timezone.localdate()
    item = _lock(commitment)
    department = owning_department(actor, item)
    supervising = can_supervise(actor, item)
    if department is None and not supervising:
        raise NotAllowed("not_owner", _("只有责任单位经办人或督办人可以申请延期"))
    ensure_open(item, "request_extension")
    if item.extension_requests.filter(state=RequestState.PENDING).exists():
        raise StateConflict("extension_pending", _("该事项已有待审核的延期申请"))
    if item.deadline < today and not supervising:
        raise StateConflict(
            "deadline_passed",
            _("已超过完成时限（%(deadline)s），不能再申请延期，请联系督办人")
            % {"deadline": item.deadline.isoformat()},
        )
    reason = _require_text(reason, "reason", _("请填写延期理由"))
    if requested_deadline <= item.deadline:
        raise InvalidInput(
            "extension_not_later",
            _("申请延至的日期必须晚于当前完成时限（%(deadline)s）")
            % {"deadline": item.deadline.isoformat()},
            field="requested_deadline",
        )
    if requested_deadline < today:
        raise InvalidInput(
            "extension_in_past", _("申请延至的日期不能早于今天"), field="requested_deadline"
        )
    try:
        with transaction.atomic():
            request = ExtensionRequest.objects.create(
                commitment=item,
                department=department or item.lead_owner,
                requested_by=actor,
                current_deadline=item.deadline,
                requested_deadline=requested_deadline,
                reason=reason,
            )
    except IntegrityError as exc:  # a concurrent request won the race
        raise StateConflict("extension_pending", _("该事项已有待审核的延期申请")) from exc
    _record(
        item,
        EventKind.EXTENSION_REQUESTED,
        actor,
        department=request.department,
        changes={"requested_deadline": (item.deadline, requested_deadline)},
        note=reason,
    )
    return request


def _pending(actor, request, action: str):
    """Lock a request and its commitment for a supervisor's decision.

    Both kinds of request are decided the same way: by a supervisor of the
    lead who did not file it, only while pending, only on an open commitment.
    """
    item = _lock(request.commitment_id)
    request = type(request).objects.select_for_update().get(pk=request.pk, commitment=item)
    _check_decider(actor, item, request)
    if request.state != RequestState.PENDING:  # same value as ClosureState.PENDING
        raise StateConflict(
            "request_decided",
            _("该申请已审核（%(state)s）") % {"state": request.get_state_display()},
        )
    ensure_open(item, action)
    return item, request


def _check_decider(actor, item: Commitment, request) -> None:
    _require_supervisor(actor, item)
    if request.requested_by_id == actor.pk:
        raise NotAllowed("own_request", _("不能审核自己提交的申请"))


@transaction.atomic
def approve_extension(actor, request: ExtensionRequest, reason: str = "") -> ExtensionRequest:
    """A supervisor of the lead approves: the deadline moves, the original stays."""
    item, request = _pending(actor, request, "decide_extension")
    if request.requested_deadline <= item.deadline:
        raise StateConflict(
            "extension_stale",
            _("完成时限已调整为%(deadline)s，不晚于申请的日期，请驳回后重新申请")
            % {"deadline": item.deadline.isoformat()},
        )
    old = item.deadline
    item.deadline = request.requested_deadline
    # A decided deadline is a supervisor's edit: re-importing must not undo it.
    item.edited_fields = sorted({*item.edited_fields, "deadline"})
    _save(item, ["deadline", "edited_fields"])
    _decide(request, RequestState.APPROVED, actor, reason.strip())
    _record(
        item,
        EventKind.EXTENSION_APPROVED,
        actor,
        department=request.department,
        changes={"deadline": (old, item.deadline)},
        note=reason.strip(),
    )
    return request


@transaction.atomic
def reject_extension(actor, request: ExtensionRequest, reason: str) -> ExtensionRequest:
    """A supervisor of the lead rejects with a reason; the deadline stays."""
    item, request = _pending(actor, request, "decide_extension")
    reason = _require_text(reason, "reason", _("请填写驳回理由"))
    _decide(request, RequestState.REJECTED, actor, reason)
    _record(item, EventKind.EXTENSION_REJECTED, actor, department=request.department, note=reason)
    return request


def _decide(request, state: str, actor, reason: str) -> None:
    request.state, request.decided_by = state, actor
    request.decided_at, request.decision_reason = timezone.now(), reason
    request.save(update_fields=["state", "decided_by", "decided_at", "decision_reason"])


# --- 申请办结 → 审核 → 办结/退回 ----------------------------------------------


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


@transaction.atomic
def request_closure(
    actor,
    commitment: Commitment,
    summary: str,
    evidence: list[str] | None = None,
    files: Sequence[CheckedFile] = (),
) -> ClosureRequest:
    """申请办结: the lead owner asks to close, with a summary, evidence links and
    files (checked by ``evidence.check_files``, stored in the same transaction)."""
    item = _lock(commitment)
    if not is_lead(actor, item):
        raise NotAllowed("not_lead", _("只有牵头单位经办人可以申请办结"))
    ensure_open(item, "request_closure")
    if item.closure_requests.filter(state=ClosureState.PENDING).exists():
        raise StateConflict("closure_pending", _("该事项已有待审核的办结申请"))
    missing = unreported_co_owners(item)
    if missing:
        raise StateConflict(
            "co_owner_not_reported",
            _("配合单位%(names)s尚未报送进度，不能申请办结（可请督办人免报）")
            % {"names": "、".join(d.name for d in missing)},
        )
    summary = _require_text(summary, "summary", _("请填写办结情况"))
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
        raise StateConflict("closure_pending", _("该事项已有待审核的办结申请")) from exc
    store_evidence(files, item, actor, closure_request=request)
    _record(item, EventKind.CLOSURE_REQUESTED, actor, department=item.lead_owner, note=summary)
    return request


@transaction.atomic
def accept_closure(actor, request: ClosureRequest, reason: str = "") -> ClosureRequest:
    """审核办结: the commitment is completed, at 100 %, now."""
    item, request = _pending(actor, request, "decide_closure")
    now = timezone.now()
    changes = {
        "status": (item.status, Status.COMPLETED.value),
        "percent": (item.percent, 100),
        "completed_at": (item.completed_at, now),
    }
    item.status, item.percent, item.completed_at = Status.COMPLETED, 100, now
    _save(item, ["status", "percent", "completed_at"])
    _decide(request, ClosureState.ACCEPTED, actor, reason.strip())
    _record(
        item,
        EventKind.CLOSURE_ACCEPTED,
        actor,
        department=request.department,
        changes=changes,
        note=reason.strip(),
    )
    _withdraw_pending(item, actor, _("事项已办结，申请自动关闭"))
    return request


@transaction.atomic
def return_closure(actor, request: ClosureRequest, reason: str) -> ClosureRequest:
    """办结退回: the request goes back with a reason; the status stays as it was."""
    item, request = _pending(actor, request, "decide_closure")
    reason = _require_text(reason, "reason", _("请填写退回理由"))
    _decide(request, ClosureState.RETURNED, actor, reason)
    _record(item, EventKind.CLOSURE_RETURNED, actor, department=request.department, note=reason)
    return request


def _withdraw_pending(item: Commitment, actor, why: str) -> None:
    """Close what is still pending when the commitment closes."""
    for request in item.extension_requests.select_for_update().filter(state=RequestState.PENDING):
        _decide(request, RequestState.REJECTED, actor, why)
        _record(item, EventKind.EXTENSION_REJECTED, actor, department=request.department, note=why)
    for request in item.closure_requests.select_for_update().filter(state=ClosureState.PENDING):
        _decide(request, ClosureState.RETURNED, actor, why)
        _record(item, EventKind.CLOSURE_RETURNED, actor, department=request.department, note=why)


# --- 免报, 取消, 重新打开 ------------------------------------------------------


@transaction.atomic
def excuse_co_owner(
    actor, commitment: Commitment, department: Department | int, reason: str = ""
) -> CoOwnership:
    """A supervisor excuses a co-owner from reporting, so the lead may close."""
    item = _lock(commitment)
    _require_supervisor(actor, item)
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
        raise StateConflict("already_excused", _("该配合单位已免报"))
    share.excused_at, share.excused_by = timezone.now(), actor
    share.save(update_fields=["excused_at", "excused_by"])
    _record(
        item,
        EventKind.CO_OWNER_EXCUSED,
        actor,
        department=share.department,
        changes={"excused_at": (None, share.excused_at)},
        note=reason.strip(),
    )
    return share


@transaction.atomic
def cancel(actor, commitment: Commitment, reason: str = "") -> Commitment:
    """A supervisor cancels an open commitment; pending requests are withdrawn."""
    item = _lock(commitment)
    _require_supervisor(actor, item)
    ensure_open(item, "cancel")
    changes = {"status": (item.status, Status.CANCELLED.value)}
    item.status = Status.CANCELLED
    _save(item, ["status"])
    _record(item, EventKind.CANCELLED, actor, changes=changes, note=reason.strip())
    _withdraw_pending(item, actor, _("事项已取消，申请自动关闭"))
    return item


def _status_before_closing(item: Commitment) -> tuple[str, int]:
    """The status and percent the last closing step replaced."""
    event = (
        item.events.filter(kind__in=[EventKind.CANCELLED, EventKind.CLOSURE_ACCEPTED])
        .order_by("-created_at", "-id")
        .first()
    )
    changes = event.changes if event else {}
    status = (changes.get("status") or [None])[0]
    percent = (changes.get("percent") or [item.percent])[0]
    if status not in REPORTABLE_STATUSES:
        status = Status.ON_TRACK if item.last_report_at else Status.NOT_STARTED
    return status, int(percent if isinstance(percent, int) else item.percent)


@transaction.atomic
def reopen(actor, commitment: Commitment, reason: str = "") -> Commitment:
    """A supervisor reopens a completed or cancelled commitment where it was."""
    item = _lock(commitment)
    _require_supervisor(actor, item)
    if item.status not in CLOSED_STATUSES:
        raise StateConflict("commitment_open", _("事项未办结或取消，无需重新打开"))
    status, percent = _status_before_closing(item)
    changes: dict[str, tuple[Any, Any]] = {"status": (item.status, status)}
    if percent != item.percent:
        changes["percent"] = (item.percent, percent)
    if item.completed_at is not None:
        changes["completed_at"] = (item.completed_at, None)
    item.status, item.percent, item.completed_at = status, percent, None
    _save(item, ["status", "percent", "completed_at"])
    _record(item, EventKind.REOPENED, actor, changes=changes, note=reason.strip())
    return item
