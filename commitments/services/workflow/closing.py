"""取消 and 重新打开: a supervisor cancels an open commitment or reopens a closed one."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from commitments.choices import CLOSED_STATUSES, REPORTABLE_STATUSES, EventKind, Status
from commitments.errors import Conflict
from commitments.models import Commitment
from commitments.services import first_reports
from commitments.services.workflow.common import (
    ensure_open,
    lock_commitment,
    record,
    require_supervisor,
    require_text,
    save,
    step_transaction,
    withdraw_pending,
)


def required_reason(reason: str | None) -> str:
    """The reason of a cancel that must have one, stripped; ``Invalid`` if blank. Also
    what the workspace's form checks, so its error shows beside the box with the others."""
    return require_text(reason, "reason", _("请填写取消理由"))


def required_reopen_reason(reason: str | None, field: str = "reason") -> str:
    """The reason a reopening must give, stripped; ``Invalid`` (code ``reason_required``,
    on ``field``) if blank. A pledge declared done or cancelled is taken back up: the
    history must say why. Also what the workspace's form checks."""
    return require_text(reason, field, _("请填写重新打开的理由"))


@step_transaction()
def cancel(
    actor: User, commitment: Commitment, reason: str = "", *, reason_required: bool = False
) -> Commitment:
    """A supervisor cancels an open commitment; pending requests are withdrawn.

    The reason is optional by default: SPEC §4's ``PATCH`` (status ``cancelled``,
    optional ``note``) and ``POST …/cancel/`` (optional ``reason``) are contracts
    scripts rely on. A caller that asks a person for the reason (the workspace's
    cancel form) passes ``reason_required=True``: a blank one is then refused here,
    as a refusal without its reason is (``Invalid`` code ``reason_required``, field
    ``reason``), after the supervisor and state checks and before anything is written.
    """
    item = lock_commitment(commitment)
    require_supervisor(actor, item)
    ensure_open(item, "cancel")
    if reason_required:
        reason = required_reason(reason)
    changes = {"status": (item.status, Status.CANCELLED.value)}
    first_reports.pledge_changing(item.pk)  # a cancelled pledge owes no report
    item.status = Status.CANCELLED
    save(item, ["status"])
    first_reports.pledge_changed(item.pk)
    record(item, EventKind.CANCELLED, actor, changes=changes, note=reason.strip())
    withdraw_pending(item, actor, _("事项已取消，申请自动关闭"))
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


@step_transaction()
def reopen(actor: User, commitment: Commitment, reason: str) -> Commitment:
    """A supervisor reopens a completed or cancelled commitment where it was, giving
    the reason (a blank one is refused after the supervisor and state checks, before
    anything is written); the reason is kept in the history. A notice (督办通知) sent
    before it was closed no longer makes it 被督办."""
    item = lock_commitment(commitment)
    require_supervisor(actor, item)
    if item.status not in CLOSED_STATUSES:
        raise Conflict("commitment_open", _("事项未办结或取消，无需重新打开"))
    reason = required_reopen_reason(reason)
    status, percent = _status_before_closing(item)
    changes: dict[str, tuple[Any, Any]] = {"status": (item.status, status)}
    if percent != item.percent:
        changes["percent"] = (item.percent, percent)
    if item.completed_at is not None:
        changes["completed_at"] = (item.completed_at, None)
    first_reports.pledge_changing(item.pk)  # owed again: its reports count again
    item.status, item.percent, item.completed_at = status, percent, None
    # A 督办通知 from before it was closed is stale: reopened, it is not 被督办 until
    # a supervisor urges it again (the notice stays in the history).
    item.urged_at = item.urge_reply_by = None
    save(item, ["status", "percent", "completed_at", "urged_at", "urge_reply_by"])
    first_reports.pledge_changed(item.pk)
    record(item, EventKind.REOPENED, actor, changes=changes, note=reason)
    return item
