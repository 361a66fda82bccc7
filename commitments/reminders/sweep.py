"""The sweep: split the work into chunks, decide each chunk, store Notification rows.

A sweep is safe to run any number of times, at once or in a row: a row's key
``(channel, recipient, period_key)`` is unique (one message per recipient and
channel a day), rows are inserted with
``ON CONFLICT DO NOTHING`` and only the sweep that inserted a row queues it
for sending, in the same transaction that wrote its commitments. Rows that
are still pending (SMTP was down, the queue lost the task) or stuck in
"sending" past the lease (the worker died) are queued again by every sweep;
the claim in ``sending`` lets only one sender have them.
"""

from __future__ import annotations

import datetime
import gc
import hashlib
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import orjson
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, DateField, IntegerField, Q, Value
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from commitments import rules as domain
from commitments.choices import NotificationState
from commitments.models import Commitment, CoOwnership, Escalation, Notification
from commitments.reminders import emails, policy
from commitments.reminders.decisions import Day, day_of, escalated
from commitments.reminders.messages import Message, contexts, tally
from commitments.reminders.recipients import (
    Address,
    Supervisor,
    department_addresses,
    supervisor_addresses,
    supervisors,
)
from commitments.reminders.sqlarray import server_cursor


@dataclass(frozen=True)
class Chunk:
    """A slice of the sweep that one task (on any worker) decides on its own:
    departments and supervisors that share no recipient with another chunk."""

    departments: tuple[int, ...] = ()
    supervisors: tuple[int, ...] = ()
    #: about how many commitments its decisions read (``_weights``): what its time follows
    load: int = field(default=0, compare=False)

    def __len__(self) -> int:
        return len(self.departments) + len(self.supervisors)


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


Member = tuple[str, int]  # ("d", department id) or ("s", supervisor membership id)


def _components(members: dict[Member, list[str]]) -> list[list[Member]]:
    """Group members that share a recipient (a mailbox, a group robot), so each
    recipient is decided in one chunk and gets one message, not one per chunk."""
    parent = {member: member for member in members}

    def find(member: Member) -> Member:
        while parent[member] != member:
            parent[member] = parent[parent[member]]
            member = parent[member]
        return member

    owner_of: dict[str, Member] = {}
    for member in sorted(members):
        for recipient in members[member]:
            if recipient in owner_of:
                parent[find(member)] = find(owner_of[recipient])
            else:
                owner_of[recipient] = member
    groups: dict[Member, list[Member]] = {}
    for member in sorted(members):
        groups.setdefault(find(member), []).append(member)
    return sorted(groups.values())


def _pack(
    groups: Iterable[list[Member]], size: int, weight: dict[Member, int], volume: int
) -> list[Chunk]:
    """Chunks of at most ``size`` members and about ``volume`` commitments (a group
    heavier than that is a chunk of its own): a chunk's memory and time follow the
    commitments its decisions read, not its number of departments."""
    chunks: list[Chunk] = []
    current: list[Member] = []
    load = 0

    def close() -> None:
        chunks.append(
            Chunk(
                tuple(sorted(pk for tag, pk in current if tag == "d")),
                tuple(sorted(pk for tag, pk in current if tag == "s")),
                load,
            )
        )

    for group in groups:
        heft = sum(weight.get(member, 0) for member in group)
        if current and (len(current) + len(group) > size or load + heft > volume):
            close()
            current, load = [], 0
        current.extend(group)
        load += heft
    if current:
        close()
    return chunks


def _weights(people: list[Supervisor]) -> dict[Member, int]:
    """About how many commitments each member's decisions hold in memory: a
    department's own (led and tracked, plus its co-ownerships), the overdue ones a
    supervisor oversees (digest and escalations; as of today). The led and the
    overdue ones in one pass over the commitments; the co-ownerships counted from
    their department index alone. Planning runs before any chunk is queued, while
    the other workers wait: counting only the co-ownerships of tracked commitments
    joined every commitment to them (at 100k ~0.1 s, half of planning) for a weight
    that only packs chunks (a closed commitment's co-owners weigh one too many)."""
    tracked = Commitment.objects.tracked().order_by()
    co = CoOwnership.objects.order_by()
    weight: dict[Member, int] = Counter()
    overdue: dict[int, int] = {}
    late = domain.overdue(timezone.localdate())
    for pk, n, n_late in tracked.values_list("lead_owner_id").annotate(
        n=Count("pk"), late=Count("pk", filter=late)
    ):
        weight[("d", pk)] += n
        if n_late:
            overdue[pk] = n_late
    for pk, n in co.values_list("department_id").annotate(n=Count("pk")):
        weight[("d", pk)] += n
    everything = sum(overdue.values())
    for person in people:
        overseen = person.department_ids
        weight[("s", person.membership_id)] = (
            everything if overseen is None else sum(overdue.get(pk, 0) for pk in overseen)
        )
    return weight


def heaviest_first(chunks: Iterable[Chunk]) -> list[Chunk]:
    """The order to queue chunks in: the heaviest first (then in id order), so the
    longest ones start at once beside the others instead of running alone at the
    end. At 100k commitments the supervisor of every department's chunk (every
    overdue commitment, its escalations) is the slowest, and it came last: the
    workers finished every other chunk and waited ~1.5 s for it (bench/)."""
    return sorted(chunks, key=lambda chunk: -chunk.load)


def plan_chunks(size: int | None = None, volume: int | None = None) -> list[Chunk]:
    """Chunks of departments and supervisors, in id order (a handful of queries)."""
    size = max(1, size or settings.REMINDER_CHUNK_SIZE)
    volume = max(1, volume or settings.REMINDER_CHUNK_COMMITMENTS)
    members: dict[Member, list[str]] = {}
    for pk, addresses in department_addresses().items():
        members[("d", pk)] = [f"{a.channel}:{a.recipient}" for a in addresses]
    people = supervisors()
    for pk, addresses in supervisor_addresses(people).items():
        members[("s", pk)] = [f"{a.channel}:{a.recipient}" for a in addresses]
    return _pack(_components(members), size, _weights(people), volume)


def decide(moment: datetime.datetime, chunk: Chunk) -> tuple[Day | None, list[Message]]:
    """The chunk's day and the messages its hits make (None and none outside
    sending time)."""
    with emails.language():  # labels frozen into the hits are in the messages' language
        day = day_of(moment, chunk.departments, chunk.supervisors)
        return day, tally(day, settings.REMINDER_LIST_ITEMS) if day else []


def message_id_for(channel: str, recipient: str, period_key: str) -> str:
    """Stable: the same message always carries the same Message-ID, so a resend
    after a crash can be recognised (and de-duplicated) by mail clients."""
    digest = hashlib.sha256(f"{channel}|{recipient}|{period_key}".encode()).hexdigest()[:20]
    slug = re.sub(r"[^A-Za-z0-9]+", "-", period_key).strip("-")
    return f"<{channel}.{slug}.{digest}@{settings.REMINDER_MESSAGE_ID_DOMAIN}>"


def notification_row(
    address: Address,
    *,
    kind: str,
    department_id: int | None,
    period_key: str,
    context: dict,
    subject: str,
    not_after: datetime.datetime,
    decided_by: str,
) -> Notification:
    """The unsaved ledger row of one message to ``address``: its Message-ID from
    (channel, recipient, ``period_key``) and an address that cannot be reached
    decided like the others, as failed with its problem as the error."""
    return Notification(
        channel=address.channel,
        kind=kind,
        recipient=address.recipient,
        recipient_user_id=address.user_id,
        robot_id=address.robot_id,
        department_id=department_id,
        period_key=period_key,
        context=context,
        subject=subject,
        message_id=message_id_for(address.channel, address.recipient, period_key),
        not_after=not_after,
        state=NotificationState.FAILED if address.problem else NotificationState.PENDING,
        last_error=address.problem,
        decided_by=decided_by,
    )


def period_key(moment: datetime.datetime) -> str:
    """One message per recipient per working day."""
    return domain.local_day(moment).isoformat()


def existing_keys(messages: list[Message], moment: datetime.datetime) -> set[str]:
    """Message-IDs among ``messages`` that are already recorded (for dry runs)."""
    key = period_key(moment)
    ids = [message_id_for(m.address.channel, m.address.recipient, key) for m in messages]
    return set(Notification.objects.filter(message_id__in=ids).values_list("message_id", flat=True))


def build_rows(
    messages: list[Message], moment: datetime.datetime, token: str = ""
) -> list[Notification]:
    """Unsaved rows for ``messages``: context, subject, Message-ID, validity.
    A recipient that cannot be reached is decided like the others, as failed."""
    today = domain.local_day(moment)
    key = today.isoformat()
    rules = policy.Policy.from_settings()
    # Worth sending until the next working day's messages supersede it; a sweep run
    # for another moment (``send_reminders --at``) gets the same window from now.
    window = timezone.make_aware(policy.superseded_at(today, rules.send_hour)) - moment
    not_after = max(moment, timezone.now()) + window
    with emails.language():  # labels in the context are frozen in the messages' language
        rendered = contexts(messages, today)
        rows = []
        for message, context in zip(messages, rendered, strict=True):
            rows.append(
                notification_row(
                    message.address,
                    kind=message.kind,
                    department_id=message.department_id,
                    period_key=key,
                    context=context,
                    subject=emails.render_subject(context),
                    not_after=not_after,
                    decided_by=token,
                )
            )
    return rows


#: The columns ``_insert_rows`` writes (as named in the table and on the model), and
#: the type of each one's array.
_ROW_COLUMNS = (
    ("channel", "text"),
    ("kind", "text"),
    ("recipient", "text"),
    ("robot_id", "bigint"),
    ("recipient_user_id", "integer"),
    ("department_id", "bigint"),
    ("period_key", "text"),
    ("context", "text"),  # JSON text, cast to jsonb in the SELECT
    ("subject", "text"),
    ("message_id", "text"),
    ("not_after", "timestamptz"),
    ("state", "text"),
    ("last_error", "text"),
    ("decided_by", "text"),
)


def _insert_rows(rows: list[Notification]) -> list[tuple[int, str, str]]:
    """Insert the rows whose key is free; ``(id, message_id, state)`` of each row
    this call inserted (``ON CONFLICT DO NOTHING … RETURNING``: the others were
    decided before, or by a concurrent sweep whose insert made ours wait and then
    do nothing).

    On PostgreSQL one statement from one array per column (Django's ``bulk_create``
    compiled and quoted ~80,000 parameters a 100k sweep, and the inserted rows
    were read back by a second query); contexts go as UTF-8 JSON text (not
    ``\\uXXXX`` escapes; written by orjson: ~0.02–0.04 s of CPU for a 100k sweep's 409
    contexts of ~15 kB where ``json.dumps`` took ~0.07), the same ``jsonb`` value.
    Elsewhere ``bulk_create`` and a read by the sweep's token."""
    if connection.vendor != "postgresql":
        Notification.objects.bulk_create(rows, ignore_conflicts=True)
        token = rows[0].decided_by
        return list(
            Notification.objects.filter(
                message_id__in=[row.message_id for row in rows], decided_by=token
            ).values_list("pk", "message_id", "state")
        )
    quote = connection.ops.quote_name
    arrays = [
        [orjson.dumps(row.context).decode() for row in rows]
        if name == "context"
        else [getattr(row, name) for row in rows]
        for name, _ in _ROW_COLUMNS
    ]
    columns = ", ".join(quote(name) for name, _ in _ROW_COLUMNS)
    values = ", ".join(
        "c.context::jsonb" if name == "context" else f"c.{quote(name)}" for name, _ in _ROW_COLUMNS
    )
    unnest = ", ".join(f"%b::{kind}[]" for _, kind in _ROW_COLUMNS)
    sql = (
        f"INSERT INTO {quote(Notification._meta.db_table)} ({columns}, attempts, created_at)"
        f" SELECT {values}, 0, %s FROM unnest({unnest}) AS c({columns})"
        " ON CONFLICT DO NOTHING RETURNING id, message_id, state"
    )
    with server_cursor() as cursor:
        cursor.execute(sql, [timezone.now(), *arrays])
        return [tuple(found) for found in cursor.fetchall()]


def _insert_pairs(
    table: str, columns: tuple[str, ...], types: tuple[str, ...], rows: list[tuple]
) -> None:
    """``INSERT … SELECT unnest(arrays) ON CONFLICT DO NOTHING``: one statement for
    any number of rows, one array a column."""
    with server_cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {connection.ops.quote_name(table)} ({', '.join(columns)})"
            f" SELECT * FROM unnest({', '.join(f'%b::{t}[]' for t in types)})"
            " ON CONFLICT DO NOTHING",
            [list(column) for column in zip(*rows, strict=True)],
        )


def _link_commitments(links: list[tuple[int, int]]) -> None:
    """The listed commitments of each new row: one INSERT from two arrays on
    PostgreSQL (Django's ``bulk_create`` built a model instance per link, ~13 a
    message); elsewhere ``bulk_create``."""
    through = Notification.commitments.through
    if connection.vendor != "postgresql":
        through.objects.bulk_create([through(notification_id=n, commitment_id=c) for n, c in links])
        return
    if links:
        _insert_pairs(
            through._meta.db_table,
            ("notification_id", "commitment_id"),
            ("bigint", "bigint"),
            links,
        )


def store(day: Day | None, messages: list[Message], moment: datetime.datetime) -> list[int]:
    """Insert the rows that do not exist yet; return the ids of pending rows this
    call created (the ones to send).

    Must run inside a transaction: the rows, their commitments and the
    escalations they carry become visible together, and a concurrent sweep's
    insert of the same key waits for it and then does nothing.
    """
    if not messages or day is None:
        return []
    token = uuid.uuid4().hex
    rows = build_rows(messages, moment, token)
    by_message_id = {row.message_id: m for row, m in zip(rows, messages, strict=True)}
    created = _insert_rows(rows)
    limit = settings.REMINDER_LIST_ITEMS
    _link_commitments(
        [
            (pk, commitment_id)
            for pk, message_id, _ in sorted(created)
            for commitment_id in sorted(
                {h.commitment_id for h in by_message_id[message_id].listed(limit)}
            )
        ]
    )
    _record_escalations(day, [by_message_id[m] for _, m, _ in created], moment)
    return sorted(pk for pk, _, state in created if state == NotificationState.PENDING)


def _record_escalations(day: Day, created: list[Message], moment: datetime.datetime) -> None:
    """Escalations count as made once a message carrying them was stored: for each
    supervisor of every department reached, one ``INSERT … SELECT`` of the same query
    that decided them (``decisions.escalated``; a 100k sweep carries ~22,000)."""
    reached = {pk for message in created for pk in message.supervisor_ids}
    table = connection.ops.quote_name(Escalation._meta.db_table)
    for person in day.top_people:
        if person.membership_id not in reached:
            continue
        made = (
            escalated(day.today, day.rules, person.user_id)
            .order_by()
            .annotate(
                e_user=Value(person.user_id, output_field=IntegerField()),
                e_day=Value(day.today, output_field=DateField()),
            )
            .values_list("pk", "e_user", "e_day")
        )
        sql, params = made.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (commitment_id, user_id, day)"
                f" SELECT * FROM ({sql}) AS e WHERE 1 = 1 ON CONFLICT DO NOTHING",
                params,
            )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a chunk is decided and stored.

    A chunk makes a few hundred thousand small objects that live until it ends
    (rows, hits, each message's sections); every few thousand allocations the
    collector walks them again, and the full passes walk the whole process.
    That was a third of deciding a 100k sweep (0.9–1.9 s of 4–6.7 s, in process,
    ``gc.callbacks``). Nothing the chunk makes needs the collector: its objects
    are freed by reference counting when it ends, and the collector, on again,
    finds any cycle later."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def run_chunk(
    moment: datetime.datetime, chunk: Chunk, on_created: Callable[[list[int]], None] | None = None
) -> list[int]:
    """Decide and store one chunk; ``on_created`` runs after the commit."""
    with collector_paused(), transaction.atomic():
        decided, messages = decide(moment, chunk)
        created = store(decided, messages, moment)
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
