"""Checks and bookkeeping every workflow step shares: closed commitments refuse,
the row lock, who decides, the history event, pending requests."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth.models import User
from django.db import DatabaseError, OperationalError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from commitments import rules
from commitments.access import can_supervise
from commitments.choices import CLOSED_STATUSES, ClosureState, EventKind, RequestState, Status
from commitments.errors import Conflict, Forbidden, Invalid, NotFound
from commitments.models import (
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    Department,
    ExtensionRequest,
    Membership,
)

#: A request a supervisor decides (both kinds are decided the same way).
Request = TypeVar("Request", ExtensionRequest, ClosureRequest)

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
    "urge": pgettext_lazy("action", "督办"),
}


def ensure_open(commitment: Commitment, action: str = "report") -> None:
    """Refuse any step on a completed or cancelled commitment.

    Shared with the report service: ``ensure_open(item, "report")`` raises
    ``Conflict("commitment_closed", "已办结的事项不能报送进度")``.
    """
    if commitment.status not in CLOSED_STATUSES:
        return
    what = ACTIONS.get(action, pgettext_lazy("action", "办理"))
    if commitment.status == Status.COMPLETED:
        message = _("已办结的事项不能%(action)s") % {"action": what}
    else:
        message = _("已取消的事项不能%(action)s") % {"action": what}
    raise Conflict("commitment_closed", message)


@contextmanager
def step_transaction() -> Iterator[None]:
    """The transaction of one workflow step or filing (a decorator too), in which no
    lock wait outlasts ``COMMITMENT_LOCK_TIMEOUT`` seconds (PostgreSQL's
    ``lock_timeout``): the pledge's (``lock_commitment``) and every later one — the
    department rows a report's, an event's or a tally's foreign key checks (a department
    merge holds the two units' rows ``FOR UPDATE`` for its whole transaction), the plan's
    counts (``first_reports``: a recount holds them alone), the kept counts' locks
    (triggers). A wait that runs out is ``Conflict("commitment_busy")`` (409), nothing
    written, so no request waits out a long transaction past the proxy's timeout; each
    wait is bounded, not their sum (a step waits on few locks; 3 s each by default). The
    foreign keys' checks, which PostgreSQL defers to the commit (Django's foreign keys are
    ``DEFERRABLE INITIALLY DEFERRED``), are made at the end of the block, under the
    limit: the commit may be a caller's (a form's ``workspace.once``), after it. The
    limit in force before (a caller's transaction) is restored when the block ends."""
    try:
        with transaction.atomic(), _lock_timeout(settings.COMMITMENT_LOCK_TIMEOUT):
            yield
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:  # every constraint here is deferred
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE; SET CONSTRAINTS ALL DEFERRED")
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        raise Conflict("commitment_busy", _("该事项正在办理单位合并等操作，请稍后再试")) from None


def lock_commitment(commitment: Commitment | int) -> Commitment:
    """Re-read and lock the commitment: every step decides on fresh state.

    A commitment deleted since the caller looked it up (a report filed while
    a supervisor deletes it) is ``NotFound`` (404), and nothing is written.
    Called in a ``step_transaction``: one that another transaction holds longer than
    ``COMMITMENT_LOCK_TIMEOUT`` seconds (a department merge holds every pledge it moves
    for minutes) is ``Conflict("commitment_busy")`` (409): the clerk is told to try
    again, in their language, rather than wait for the proxy's 504 on a blocked server
    thread.
    """
    pk = commitment if isinstance(commitment, int) else commitment.pk
    try:
        return Commitment.objects.select_for_update().get(pk=pk)
    except Commitment.DoesNotExist:
        raise NotFound("commitment_not_found", _("该事项不存在或已被删除")) from None


#: SQLSTATE lock_not_available: ``lock_timeout`` ran out.
LOCK_NOT_AVAILABLE = "55P03"


@contextmanager
def _lock_timeout(seconds: float) -> Iterator[None]:
    """On PostgreSQL, wait at most ``seconds`` for a lock in the block, then restore
    the transaction's setting (SQLite has one writer and its own busy timeout)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('lock_timeout'), set_config('lock_timeout', %s, true)",
            [f"{round(seconds * 1000)}ms"],
        )
        previous = cursor.fetchone()[0]
    try:
        yield
    except DatabaseError:
        raise  # the transaction is aborted: the setting ends with it
    except BaseException:
        _set_lock_timeout(previous)  # e.g. DoesNotExist: the transaction goes on
        raise
    _set_lock_timeout(previous)


def _set_lock_timeout(value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('lock_timeout', %s, true)", [value])


def ensure_department_current(actor: User, department: Department | None) -> None:
    """Refuse a step taken in the name of a department merged (or retired) since the
    request read the actor's department: a clerk of 水利站 files while an administrator
    merges 水利站 into 农业农村办. Called after ``lock_commitment``: the merge locks the
    commitments whose shares move before it re-points anything, so a step on one of
    them waits for the merge and then sees it committed here (or ran first and was
    re-pointed by it). Nothing is written; the message says in whose name to retry."""
    if department is None:
        return
    if Department.objects.filter(pk=department.pk, is_active=True).exists():
        return
    now = Membership.objects.filter(user=actor).values_list("department__name", flat=True)
    unit = now.first()
    if unit and unit != department.name:
        raise Conflict(
            "department_merged",
            _(
                "“%(name)s”已合并到“%(unit)s”，本次提交未保存。请刷新页面，以%(unit)s的名义重新提交。"
            )
            % {"name": department.name, "unit": unit},
        )
    raise Conflict(
        "department_retired",
        _("“%(name)s”已停用，不能再以该单位的名义办理。") % {"name": department.name},
    )


def require_supervisor(actor: User, item: Commitment) -> None:
    if not can_supervise(actor, item):
        raise Forbidden("not_supervisor", _("只有督办该事项牵头单位的督办人可以办理此操作"))


def require_text(value: str | None, field: str, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise Invalid(f"{field}_required", message, field=field)
    return text


_plain = rules.plain


def record(
    item: Commitment,
    kind: str,
    actor: User,
    *,
    department: Department | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
    note: str = "",
    at: datetime.datetime | None = None,
) -> CommitmentEvent:
    """The history entry of a step, dated ``at`` (default: now)."""
    return CommitmentEvent.objects.create(
        commitment=item,
        created_at=at or timezone.now(),
        kind=kind,
        actor=actor,
        department=department,
        note=note,
        changes={
            field: [_plain(old), _plain(new)] for field, (old, new) in (changes or {}).items()
        },
    )


def save(item: Commitment, fields: Iterable[str]) -> None:
    item.save(update_fields=[*fields, "updated_at"])


def pending(actor: User, request: Request, action: str) -> tuple[Commitment, Request]:
    """Lock a request and its commitment for a supervisor's decision.

    Both kinds of request are decided the same way: by a supervisor of the
    lead who did not file it, only while pending, only on an open commitment.
    """
    item = lock_commitment(request.commitment_id)
    request = type(request).objects.select_for_update().get(pk=request.pk, commitment=item)
    check_decider(actor, item, request)
    if request.state != RequestState.PENDING:  # same value as ClosureState.PENDING
        raise Conflict(
            "request_decided",
            _("该申请已审核（%(state)s）") % {"state": request.get_state_display()},
        )
    ensure_open(item, action)
    return item, request


def check_decider(
    actor: User, item: Commitment, request: ExtensionRequest | ClosureRequest
) -> None:
    require_supervisor(actor, item)
    if request.requested_by_id == actor.pk:
        raise Forbidden("own_request", _("不能审核自己提交的申请"))


def decide(
    request: ExtensionRequest | ClosureRequest, state: str, actor: User, reason: str
) -> None:
    request.state, request.decided_by = state, actor
    request.decided_at, request.decision_reason = timezone.now(), reason
    request.save(update_fields=["state", "decided_by", "decided_at", "decision_reason"])


def withdraw_pending(item: Commitment, actor: User, why: str) -> None:
    """Close what is still pending when the commitment closes."""
    for request in item.extension_requests.select_for_update().filter(state=RequestState.PENDING):
        decide(request, RequestState.REJECTED, actor, why)
        record(item, EventKind.EXTENSION_REJECTED, actor, department=request.department, note=why)
    for closure in item.closure_requests.select_for_update().filter(state=ClosureState.PENDING):
        decide(closure, ClosureState.RETURNED, actor, why)
        record(item, EventKind.CLOSURE_RETURNED, actor, department=closure.department, note=why)
