"""The sweep: split the work into chunks, decide each chunk, store Notification rows.

A sweep is safe to run any number of times, at once or in a row: a row's key
``(kind, recipient, period_key)`` is unique, rows are inserted with
``ON CONFLICT DO NOTHING`` and only the sweep that inserted a row queues it
for sending, in the same transaction that wrote its commitments. Rows that
are still pending (SMTP was down, the queue lost the task) or stuck in
"sending" past the lease (the worker died) are queued again by every sweep;
the claim in ``sending`` lets only one sender have them.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from commitments.choices import NotificationState
from commitments.models import Notification
from commitments.reminders import emails, policy
from commitments.reminders.decisions import (
    Decision,
    decide_for_departments,
    decide_for_supervisors,
)
from commitments.reminders.recipients import department_addresses, supervisors

DEPARTMENTS = "departments"
SUPERVISORS = "supervisors"


@dataclass(frozen=True)
class Chunk:
    """A slice of the sweep that one task (on any worker) decides on its own."""

    audience: str
    ids: tuple[int, ...]


def parse_moment(value: str | datetime.datetime | None) -> datetime.datetime:
    """An aware datetime; naive input is local (Asia/Shanghai) time."""
    if value is None:
        return timezone.now()
    moment = value if isinstance(value, datetime.datetime) else parse_datetime(value)
    if moment is None:
        raise ValueError(f"not an ISO date-time: {value!r}")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def sending_today(moment: datetime.datetime) -> bool:
    return policy.is_sending_time(timezone.localtime(moment), policy.Policy.from_settings())


def _pack(groups: Iterable[list[int]], size: int, audience: str) -> list[Chunk]:
    chunks: list[Chunk] = []
    current: list[int] = []
    for group in groups:
        if current and len(current) + len(group) > size:
            chunks.append(Chunk(audience, tuple(sorted(current))))
            current = []
        current.extend(group)
    if current:
        chunks.append(Chunk(audience, tuple(sorted(current))))
    return chunks


def _components(members: dict[int, list[str]]) -> list[list[int]]:
    """Group ids that share an address, so each recipient is decided in one chunk
    (and gets one e-mail, not one per chunk)."""
    parent = {pk: pk for pk in members}

    def find(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    owner_of: dict[str, int] = {}
    for pk in sorted(members):
        for email in members[pk]:
            if email in owner_of:
                parent[find(pk)] = find(owner_of[email])
            else:
                owner_of[email] = pk
    groups: dict[int, list[int]] = {}
    for pk in sorted(members):
        groups.setdefault(find(pk), []).append(pk)
    return sorted(groups.values())


def plan_chunks(size: int | None = None) -> list[Chunk]:
    """Department chunks and supervisor chunks, in id order (four queries)."""
    size = max(1, size or settings.REMINDER_CHUNK_SIZE)
    book = department_addresses()
    department_groups = _components({pk: [a.email for a in addrs] for pk, addrs in book.items()})
    people = supervisors()
    supervisor_groups = _components({p.membership_id: [p.email] for p in people})
    return _pack(department_groups, size, DEPARTMENTS) + _pack(supervisor_groups, size, SUPERVISORS)


def decide(moment: datetime.datetime, chunk: Chunk) -> list[Decision]:
    with emails.language():  # labels in the context are frozen in the e-mail's language
        if chunk.audience == DEPARTMENTS:
            return decide_for_departments(moment, chunk.ids)
        if chunk.audience == SUPERVISORS:
            return decide_for_supervisors(moment, chunk.ids)
    raise ValueError(f"unknown audience {chunk.audience!r}")


def message_id_for(kind: str, recipient: str, period_key: str) -> str:
    """Stable: the same e-mail always carries the same Message-ID, so a resend
    after a crash can be recognised (and de-duplicated) by mail clients."""
    digest = hashlib.sha256(f"{kind}|{recipient}|{period_key}".encode()).hexdigest()[:20]
    slug = re.sub(r"[^A-Za-z0-9]+", "-", period_key).strip("-")
    return f"<{kind}.{slug}.{digest}@{settings.REMINDER_MESSAGE_ID_DOMAIN}>"


def existing_keys(decisions: list[Decision]) -> set[str]:
    """Message-IDs among ``decisions`` that are already recorded (for dry runs)."""
    ids = [message_id_for(d.kind, d.recipient, d.period_key) for d in decisions]
    return set(Notification.objects.filter(message_id__in=ids).values_list("message_id", flat=True))


def store(decisions: list[Decision], moment: datetime.datetime) -> list[int]:
    """Insert the rows that do not exist yet; return the ids this call created.

    Must run inside a transaction: the rows and their commitments become
    visible together, and a concurrent sweep's insert of the same key waits
    for it and then does nothing.
    """
    if not decisions:
        return []
    token = uuid.uuid4().hex
    rows = []
    for decision in decisions:
        with emails.language():
            context = {**decision.context(), "decided_at": moment.isoformat(), "sweep": token}
        rows.append(
            Notification(
                kind=decision.kind,
                recipient=decision.recipient,
                recipient_user_id=decision.user_id,
                department_id=decision.department_id,
                period_key=decision.period_key,
                context=context,
                subject=emails.render_subject(decision.kind, context),
                message_id=message_id_for(decision.kind, decision.recipient, decision.period_key),
            )
        )
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    by_message = {r.message_id: d for r, d in zip(rows, decisions, strict=True)}
    created = list(
        Notification.objects.filter(
            message_id__in=list(by_message), context__sweep=token
        ).values_list("pk", "message_id")
    )
    through = Notification.commitments.through
    through.objects.bulk_create(
        [
            through(notification_id=pk, commitment_id=commitment_id)
            for pk, message_id in created
            for commitment_id in by_message[message_id].commitment_ids
        ]
    )
    return sorted(pk for pk, _ in created)


def run_chunk(
    moment: datetime.datetime, chunk: Chunk, on_created: Callable[[list[int]], None] | None = None
) -> list[int]:
    """Decide and store one chunk; ``on_created`` runs after the commit."""
    with transaction.atomic():
        created = store(decide(moment, chunk), moment)
        if on_created and created:
            transaction.on_commit(lambda: on_created(created))
    return created


def unsent(now: datetime.datetime | None = None, limit: int = 5000) -> list[int]:
    """Rows to queue again: pending ones, and ones whose sender vanished mid-send."""
    now = now or timezone.now()
    stale = now - datetime.timedelta(seconds=settings.REMINDER_SEND_LEASE_SECONDS)
    return list(
        Notification.objects.filter(
            Q(state=NotificationState.PENDING)
            | Q(state=NotificationState.SENDING, claimed_at__lt=stale)
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
