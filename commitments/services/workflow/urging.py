"""督办通知 (催办): a supervisor tells the units that own a pledge to act on it.

The notice goes to the lead unit and to each co-owner not excused (免报): every
channel each has (its contact e-mails, its staff's e-mail, its group robots),
through the reminders' ledger (``reminders.notices``). It is kept in the pledge's
history (``urged``, the note and the 回复期限), and the pledge is 被督办
(``Commitment.urged``) on its page and in the lists until the lead files a report.
One notice per pledge, per supervisor, per day: a second one the same day is
refused with the time of the first, so a double click never sends twice.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments import rules
from commitments.choices import EventKind, NotificationState
from commitments.errors import Conflict, Invalid
from commitments.models import Commitment, CommitmentEvent, Notification
from commitments.services.workflow.common import (
    ensure_open,
    lock_commitment,
    record,
    require_supervisor,
    save,
    step_transaction,
)

#: The longest note a notice carries (a robot message must stay short).
NOTE_MAX = 500


@dataclass(frozen=True)
class Urged:
    """What a 督办通知 did: its history entry and the messages it stored — those
    queued for sending, and those stored as failed because their address cannot be
    reached (a malformed e-mail, a robot without its key: ``last_error`` says why)."""

    commitment: Commitment
    event: CommitmentEvent
    notifications: list[Notification]

    @property
    def queued(self) -> list[Notification]:
        return [n for n in self.notifications if n.state == NotificationState.PENDING]

    @property
    def undeliverable(self) -> list[Notification]:
        return [n for n in self.notifications if n.state == NotificationState.FAILED]


def _queue(ids: list[int]) -> None:
    from commitments.reminders.tasks import queue_sends

    queue_sends(ids)


def _already(item: Commitment, actor: User) -> CommitmentEvent | None:
    start = timezone.make_aware(
        datetime.datetime.combine(rules.local_day(timezone.now()), datetime.time.min)
    )
    return (
        item.events.filter(kind=EventKind.URGED, actor=actor, created_at__gte=start)
        .order_by("created_at")
        .first()
    )


def check_input(note: str | None, reply_by: datetime.date | None) -> str:
    """The note, stripped; ``Invalid`` for one too long or a 回复期限 in the past."""
    text = (note or "").strip()
    if len(text) > NOTE_MAX:
        raise Invalid(
            "note_too_long",
            _("督办意见最多%(max)d个字（现为%(n)d个字）") % {"max": NOTE_MAX, "n": len(text)},
            field="note",
        )
    if reply_by is not None and reply_by < timezone.localdate():
        raise Invalid("reply_by_past", _("回复期限不能早于今天"), field="reply_by")
    return text


def urge(
    actor: User,
    commitment: Commitment | int,
    note: str | None = "",
    reply_by: datetime.date | None = None,
    on_created: Callable[[list[int]], None] | None = _queue,
) -> Urged:
    """Send a 督办通知 about ``commitment`` as ``actor`` (a supervisor of its lead).

    Refusals, before anything is written: ``Forbidden`` (not a supervisor of the
    lead: staff, a supervisor of other units), ``Conflict`` (a closed pledge; a
    notice already sent by ``actor`` today: ``already_urged_today``), ``Invalid``
    (``note`` over ``NOTE_MAX``, ``reply_by`` before today). The messages are
    queued once the transaction commits (``on_created``: the send tasks)."""
    from commitments.reminders import notices

    with step_transaction():
        item = lock_commitment(commitment)
        require_supervisor(actor, item)
        ensure_open(item, "urge")
        text = check_input(note, reply_by)
        earlier = _already(item, actor)
        if earlier is not None:
            raise Conflict(
                "already_urged_today",
                _("您今天%(time)s已就该事项发出过督办通知，每天只发一次；明天可再次督办")
                % {"time": timezone.localtime(earlier.created_at).strftime("%H:%M")},
            )
        item.urged_at, item.urge_reply_by = timezone.now(), reply_by
        save(item, ["urged_at", "urge_reply_by"])
        changes = {"urge_reply_by": (None, reply_by)} if reply_by else {}
        event = record(
            item, EventKind.URGED, actor, department=item.lead_owner, changes=changes, note=text
        )
        sent = notices.store(item, actor, text, reply_by, on_created)
    return Urged(item, event, sent)
