"""Supervisors' corrections to a commitment: owners, deadline, milestones, cancel.

Every change is kept in the commitment's history as ``{field: [old, new]}``
and its field name goes into ``edited_fields``, so that re-importing the plan
never overwrites a supervisor's decision. Changing ``deadline`` here keeps
``original_deadline``: punctuality is reported against both (SPEC §2).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments import access, rules
from commitments.choices import CLOSED_STATUSES, REPORTABLE_STATUSES, EventKind, OwnerSource, Status
from commitments.errors import Forbidden, Invalid
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    Milestone,
)
from commitments.services import first_reports, leads, workflow

#: What a supervisor may change (the API offers the first six; the admin all).
EDITABLE_FIELDS = (
    "lead_owner",
    "co_owners",
    "deadline",
    "milestones",
    "status",
    "public_note",
    "title",
    "official",
    "removed_from_source",
)
#: Plain text fields, compared and copied as they are.
TEXT_FIELDS = ("title", "official")


#: ``{field: [old, new]}`` of one edit, as ``CommitmentEvent.changes`` keeps it.
Diff = dict[str, list[Any]]


def _dept(department: Department | None) -> dict[str, Any] | None:
    return None if department is None else {"id": department.pk, "name": department.name}


def _milestones(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{"due": m["due"].isoformat(), "text": m["text"]} for m in items]


def update_commitment(
    commitment_id: int,
    user: User,
    changes: Mapping[str, Any],
    note: str = "",
    at: datetime.datetime | None = None,
) -> Commitment:
    """Apply ``changes`` (keys of ``EDITABLE_FIELDS``) as ``user``; all or nothing.

    ``lead_owner`` is a Department, ``co_owners`` a list of Departments,
    ``deadline`` a date, ``milestones`` the full new list of ``{"due", "text"}``,
    ``public_note`` the text shown on the plan's public page (SPEC §4c),
    ``status`` either ``cancelled`` or, on a closed commitment, any open
    status, which reopens it at the status it had before it was closed (``note``, the
    reason, is then required: ``Invalid`` code ``reason_required``, field ``note``);
    ``title`` and ``official`` text; ``removed_from_source`` only ``False``: the
    supervisor keeps a pledge that a re-import retired (``rules.retired``).
    Refusals are ``check``'s, raised before anything is written. ``at``: the moment of
    the edit (its history entry, a new lead's ``lead_since``); default now, given only
    by the demo, which files its past.
    """
    with workflow.step_transaction():
        commitment = workflow.lock_commitment(commitment_id)
        now = at or timezone.now()  # once the pledge is held, as a filing (reporting)
        check(commitment, user, changes)
        if reopens(commitment, changes.get("status")):  # the reason goes in ``note``
            note = workflow.required_reopen_reason(note, field="note")
        diff: Diff = {}
        for name in TEXT_FIELDS:
            if name in changes and changes[name] != getattr(commitment, name):
                diff[name] = [getattr(commitment, name), changes[name]]
                setattr(commitment, name, changes[name])
        if changes.get("removed_from_source") is False and commitment.removed_from_source:
            diff["removed_from_source"] = [True, False]
            commitment.removed_from_source = False
        if "deadline" in changes and changes["deadline"] != commitment.deadline:
            diff["deadline"] = [commitment.deadline.isoformat(), changes["deadline"].isoformat()]
            commitment.deadline = changes["deadline"]
        if "lead_owner" in changes:
            _change_lead(commitment, changes["lead_owner"], diff, now)
        if "co_owners" in changes or "lead_owner" in diff:
            _change_co_owners(commitment, changes.get("co_owners"), diff, now)
        if "milestones" in changes:
            _change_milestones(commitment, changes["milestones"], diff)
        if "public_note" in changes and changes["public_note"] != commitment.public_note:
            diff["public_note"] = [commitment.public_note, changes["public_note"]]
            commitment.public_note = changes["public_note"]
        new_status = changes.get("status")
        if new_status == commitment.status:
            new_status = None
        if not diff and new_status is None:
            return commitment
        # What the supervisor decided (a re-import keeps it); not what it entailed.
        fields = [*(f for f in diff if f != "overdue_lead"), *(["status"] if new_status else [])]
        commitment.edited_fields = sorted({*commitment.edited_fields, *fields})
        commitment.save(
            update_fields=[
                *TEXT_FIELDS,
                "removed_from_source",
                "owner_source",
                "deadline",
                "public_note",
                "edited_fields",
                "updated_at",
            ]
        )
        if diff:
            CommitmentEvent.objects.create(
                commitment=commitment,
                kind=EventKind.EDITED,
                actor=user,
                changes=diff,
                note=note,
                created_at=now,
            )
        # Closing and reopening are workflow steps (they withdraw pending
        # requests and restore the pre-closing status): one implementation.
        if new_status == Status.CANCELLED:
            workflow.cancel(user, commitment, reason=note)
        elif new_status is not None:
            workflow.reopen(user, commitment, reason=note)
    return commitment


def check(commitment: Commitment, user: Any, changes: Mapping[str, Any]) -> None:
    """Refuse ``changes`` by ``user`` (``Forbidden``/``Invalid``) without writing
    anything: ``update_commitment`` calls it under the row lock, forms (the admin)
    call it to show the refusal beside its field."""
    if not access.can_supervise(user, commitment):
        raise Forbidden("not_supervisor", _("只有督办该事项牵头单位的督办人可以修改事项"))
    new_lead = changes.get("lead_owner")
    if new_lead is not None and new_lead.pk != commitment.lead_owner_id:
        scope = access.supervised_department_ids(user)
        if scope is not None and new_lead.pk not in scope:
            raise Invalid(
                "lead_owner_not_supervised",
                _("只能将事项交由您督办的单位牵头"),
                field="lead_owner",
            )
    co_owners = changes.get("co_owners")
    if co_owners is not None:
        lead = new_lead or commitment.lead_owner
        if any(d.pk == lead.pk for d in co_owners):
            raise Invalid(
                "lead_is_co_owner",
                _("“%(name)s”是牵头单位，不能同时作为配合单位") % {"name": lead.name},
                field="co_owners",
            )
    new_deadline = changes.get("deadline")
    if new_deadline is not None and new_deadline != commitment.deadline:
        plan = commitment.plan
        said = rules.deadline_before_plan(new_deadline, plan.year, plan.starts_on)
        if said:
            raise Invalid("deadline_before_plan", said, field="deadline")
        today = timezone.localdate()
        if (
            new_lead is not None
            and new_lead.pk != commitment.lead_owner_id
            and new_deadline < today
        ):
            # Whose 逾期 would a deadline set in this same edit be? Neither's (SPEC §2).
            raise Invalid(
                "deadline_past_with_new_lead",
                _("更换牵头单位时，新的完成时限（%(date)s）不能早于今天（%(today)s）")
                % {"date": new_deadline.isoformat(), "today": today.isoformat()},
                field="deadline",
            )
    deadline = new_deadline or commitment.deadline
    for item in changes.get("milestones") or ():
        if item["due"] > deadline:
            raise Invalid(
                "milestone_after_deadline", _("阶段节点日期不能晚于完成时限"), field="milestones"
            )
    new_status = changes.get("status")
    if new_status is not None and new_status != commitment.status:
        _check_status_change(commitment, new_status)
    if changes.get("removed_from_source") is True and not commitment.removed_from_source:
        raise Invalid(
            "retire_not_allowed",
            _("只有重新导入可以将事项标为源文已删除"),
            field="removed_from_source",
        )


def reopens(commitment: Commitment, new_status: str | None) -> bool:
    """Whether setting ``new_status`` reopens the closed ``commitment`` (its reason,
    the ``note``, is then required)."""
    return new_status not in (None, commitment.status) and commitment.status in CLOSED_STATUSES


def _change_lead(
    commitment: Commitment, new: Department, diff: Diff, now: datetime.datetime
) -> None:
    """Hand the pledge over to ``new`` (``leads.hand_over``: what a change of lead
    means) with the deadline this edit gives it, and read back what that wrote. A pledge
    handed over past its deadline keeps its 逾期 counted against the lead when it passed:
    the history says so (``overdue_lead``: ``[None, {"id", "name", "deadline", "days"}]``,
    the missed deadline and the days overdue on the day of the change)."""
    if new.pk == commitment.lead_owner_id:
        return
    diff["lead_owner"] = [_dept(commitment.lead_owner), _dept(new)]
    if "deadline" in diff:  # the deadline it is handed over with (``hand_over``)
        Commitment.objects.filter(pk=commitment.pk).update(deadline=commitment.deadline)
    late = leads.hand_over({commitment.pk: new.pk}, now)
    commitment.refresh_from_db(fields=leads.FIELDS)
    commitment.owner_source = OwnerSource.MANUAL
    entry = leads.late_entries(late, {commitment.pk: commitment.deadline}, now)
    if commitment.pk in entry:
        diff["overdue_lead"] = entry[commitment.pk]


def _change_co_owners(
    commitment: Commitment,
    new: Sequence[Department] | None,
    diff: Diff,
    now: datetime.datetime,
) -> None:
    """Replace the co-owners (keeping excusals of those who stay); never the lead. A
    list naming the lead is refused (``check``); without a list, a co-owner made the
    lead stops being a co-owner, and the history says so."""
    current = {
        c.department_id: c
        for c in CoOwnership.objects.filter(commitment=commitment).select_related("department")
    }
    wanted = (
        {d.pk: d for d in new}
        if new is not None
        else {pk: c.department for pk, c in current.items()}
    )
    wanted.pop(commitment.lead_owner_id, None)
    if set(wanted) == set(current):
        return
    # A unit made a co-owner now owes from now (``since``, commitments.owed), and one
    # no longer a co-owner as before: the months its reports answered were owed or not.
    first_reports.pledge_changing(commitment.pk)
    CoOwnership.objects.filter(commitment=commitment).exclude(department_id__in=wanted).delete()
    CoOwnership.objects.bulk_create(
        CoOwnership(commitment=commitment, department=d, since=now)
        for pk, d in wanted.items()
        if pk not in current
    )
    first_reports.pledge_changed(commitment.pk)
    diff["co_owners"] = [
        [_dept(c.department) for _pk, c in sorted(current.items())],
        [_dept(d) for _pk, d in sorted(wanted.items())],
    ]


def _change_milestones(
    commitment: Commitment, new: Sequence[Mapping[str, Any]], diff: Diff
) -> None:
    """Replace the milestone list; unchanged ones keep their completion time."""
    existing = list(Milestone.objects.filter(commitment=commitment))
    old = [{"due": m.due, "text": m.text} for m in existing]
    ordered = sorted(new, key=lambda m: m["due"])
    if _milestones(old) == _milestones(ordered):
        return
    done: dict[tuple[datetime.date, str], Any] = {(m.due, m.text): m.completed_at for m in existing}
    Milestone.objects.filter(commitment=commitment).delete()
    Milestone.objects.bulk_create(
        Milestone(
            commitment=commitment,
            position=i,
            due=m["due"],
            text=m["text"],
            completed_at=done.get((m["due"], m["text"])),
        )
        for i, m in enumerate(ordered)
    )
    diff["milestones"] = [_milestones(old), _milestones(ordered)]


def _check_status_change(commitment: Commitment, new: str) -> None:
    """Supervisors cancel open commitments and reopen closed ones, nothing else
    (progress statuses are the lead's to report, completion is a closure)."""
    old = commitment.status
    if new == Status.CANCELLED and old not in CLOSED_STATUSES:
        return
    if old in CLOSED_STATUSES and new in REPORTABLE_STATUSES:
        return
    raise Invalid(
        "status_not_allowed",
        _("督办人只能取消事项或重新打开已办结、已取消的事项"),
        field="status",
    )
