"""Send one Notification: claim it, talk to SMTP or the robot, record what happened.

Claim before you send: a conditional UPDATE moves the row from pending (or
from a "sending" whose lease ran out because its worker died) to sending;
whoever changes the row talks to SMTP or the robot, everyone else returns. A
crash after the message was accepted but before the row says "sent" is the
one case that sends twice (for e-mail, with the same Message-ID).

Transient failures put the row back to pending for as long as it is worth
sending (``not_after``: until the next working day's messages supersede it),
however many attempts that takes; then it fails as expired. Permanent ones
fail at once. Either way the row says why (``last_error``).
"""

from __future__ import annotations

import datetime
import enum
import functools
import logging
import random
import smtplib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.db import DatabaseError
from django.db import connection as db
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext

from commitments.choices import NotificationChannel as Channel
from commitments.choices import NotificationState as State
from commitments.models import Notification
from commitments.reminders import robots, secrets, throttle
from commitments.reminders.emails import ReminderEmail, build_message
from commitments.reminders.sqlarray import server_cursor

log = logging.getLogger(__name__)
ERROR_CHARS = 2000


class Outcome(enum.StrEnum):
    SENT = "sent"
    SKIPPED = "skipped"  # gone, already sent, or another sender holds it
    RETRY = "retry"  # transient failure; the row is pending again
    WAIT = "wait"  # the robot's rate limit: pending again, not an attempt
    FAILED = "failed"  # permanent refusal, or expired; the row is failed


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    error: str = ""
    #: seconds until the row may be tried again (WAIT)
    delay: float = 0.0


@dataclass(frozen=True)
class Requeued:
    """What ``requeue_failed`` did: rows back to pending, rows left as they were."""

    requeued: int
    expired: int  # failed and past ``not_after``: a later reminder superseded them
    not_failed: int  # pending, sending or sent: not the administrator's to move


def requeue_failed(
    notification_ids: Iterable[int], now: datetime.datetime | None = None
) -> Requeued:
    """Set failed rows back to pending, for the next sweep to send (``sweep.unsent``):
    what an administrator does after fixing an address or the relay. Only failed
    rows still worth sending move, in one conditional UPDATE (a row a sender holds
    or has sent is never touched); ``last_error`` stays as the record of why."""
    now = now or timezone.now()
    ids = list(notification_ids)
    rows = Notification.objects.filter(pk__in=ids)
    live = Q(not_after__isnull=True) | Q(not_after__gte=now)
    requeued = rows.filter(live, state=State.FAILED).update(state=State.PENDING, claimed_at=None)
    expired = rows.filter(state=State.FAILED).exclude(live).count()
    return Requeued(requeued, expired, len(set(ids)) - requeued - expired)


def lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.REMINDER_SEND_LEASE_SECONDS)


def claim_rows(notification_ids: Iterable[int], now: datetime.datetime) -> list[Notification]:
    """Move the rows nobody else holds to "sending" in one conditional UPDATE (one
    commit for a whole batch); return the rows this call won, in the given order."""
    ids = list(dict.fromkeys(notification_ids))
    if not ids:
        return []
    claimable = Q(state=State.PENDING) | Q(state=State.SENDING, claimed_at__lt=now - lease())
    won = Notification.objects.filter(claimable, pk__in=ids).update(
        state=State.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if not won:
        return []
    mine = Notification.objects.filter(pk__in=ids, state=State.SENDING, claimed_at=now)
    rows = {row.pk: row for row in mine.select_related("robot")}
    return [rows[pk] for pk in ids if pk in rows]


def claim(notification_id: int, now: datetime.datetime) -> bool:
    """Move the row to "sending" if nobody else holds it; True if we won."""
    return bool(claim_rows([notification_id], now))


def release(rows: Iterable[Notification], now: datetime.datetime) -> int:
    """Give claimed rows that were never tried back to pending (not an attempt), so
    that a batch cut short leaves them to the next sender instead of the lease."""
    ids = [row.pk for row in rows]
    if not ids:
        return 0
    return Notification.objects.filter(pk__in=ids, state=State.SENDING, claimed_at=now).update(
        state=State.PENDING, attempts=F("attempts") - 1
    )


#: Appended to an outcome's WHERE: that statement's transaction commits without waiting
#: for the WAL flush (``set_config(…, is_local => true)``: nothing else is affected).
ASYNC_COMMIT = " AND set_config('synchronous_commit', 'off', true) IS NOT NULL"


@functools.cache
def _outcome_sql(columns: tuple[str, ...], vendor: str) -> str:
    """The UPDATE that records an outcome in ``columns``, written once per set of
    columns: building it with the ORM for every e-mail cost more than running it."""
    quote = db.ops.quote_name
    meta = Notification._meta
    assignments = ", ".join(f"{quote(meta.get_field(c).column)} = %s" for c in columns)
    sql = (
        f"UPDATE {quote(meta.db_table)} SET {assignments}"
        f" WHERE {quote(meta.pk.column)} = %s AND {quote(meta.get_field('state').column)} = %s"
        f" AND {quote(meta.get_field('claimed_at').column)} = %s"
    )
    return sql + ASYNC_COMMIT if vendor == "postgresql" else sql


def record(row: Notification, now: datetime.datetime, **fields) -> None:
    """Write a send's outcome ("sent", "failed", pending again) on a row this sender
    still holds (claimed at ``now``), in one statement whose commit does not wait
    for the WAL flush (safe behind a transaction-pooling PgBouncer: the setting is
    local to that statement's transaction). Every outcome is written before the
    next e-mail is sent: a worker killed mid-batch repeats only the message it had
    in flight (SPEC §5).

    A claim is always durable; an outcome is lost only if PostgreSQL itself
    crashes within a fraction of a second of it, and then the row is still
    "sending" and goes out again after the lease, with its Message-ID: the same
    repeat as a worker killed mid-send. Waiting for the flush cost 1.4 ms of
    each e-mail's 5 ms budget on the bench's disk."""
    meta = Notification._meta
    columns = tuple(fields)
    params = [meta.get_field(c).get_db_prep_save(fields[c], db) for c in columns]
    claimed_at = meta.get_field("claimed_at").get_db_prep_value(now, db)
    # Bound on the server on PostgreSQL (an unnamed statement: still fine behind
    # PgBouncer's transaction pooling); quoting the parameters into the SQL text cost
    # the sender 0.12 ms of CPU an outcome against 0.05 (bench/).
    with server_cursor() if db.vendor == "postgresql" else db.cursor() as cursor:
        cursor.execute(
            _outcome_sql(columns, db.vendor), [*params, row.pk, State.SENDING, claimed_at]
        )


def smtp_code(exc: BaseException) -> int | None:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        # One temporary refusal means "try again later" for the message.
        return min(codes, key=lambda c: c >= 500) if codes else None
    return getattr(exc, "smtp_code", None)


def is_transient(exc: BaseException) -> bool:
    """4xx replies, dropped or refused connections, timeouts: worth retrying.
    5xx replies are permanent; so is anything we do not recognise (a bug
    would otherwise loop)."""
    code = smtp_code(exc)
    if isinstance(code, int) and code > 0:
        return 400 <= code < 500
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(exc, smtplib.SMTPException):  # e.g. no STARTTLS: configuration, not weather
        return False
    return isinstance(exc, OSError)  # refused, reset, timed out, name lookup


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]


@contextmanager
def smtp_session() -> Iterator[object]:
    """One SMTP connection for several ``deliver`` calls (opened by the first send,
    after that row's claim; closed at the end, and after any failure so that the
    next row starts on a fresh connection). One connection per e-mail capped a
    worker at 40–58 e-mails/s on loopback (bench/)."""
    connection = get_connection(fail_silently=False)
    try:
        yield connection
    finally:
        connection.close()


def deliver(notification_id: int, now: datetime.datetime | None = None, connection=None) -> Result:
    """Claim and send one row. Never raises for SMTP or robot trouble; says what happened.

    ``connection`` (from ``smtp_session``) is reused for e-mail when given;
    otherwise the message opens and closes its own.
    """
    now = now or timezone.now()
    rows = claim_rows([notification_id], now)
    if not rows:
        return Result(Outcome.SKIPPED)
    return deliver_claimed(rows[0], now, connection)


def deliver_many(notification_ids: list[int], connection=None) -> Iterator[tuple[int, Result]]:
    """Claim every row at once, then send them one by one over ``connection``:
    ``(id, result)`` for each id, SKIPPED for rows someone else holds.

    If the batch is cut short (an exception, the worker's shutdown), the rows
    not yet tried go back to pending at once; the one in flight stays "sending"
    (it may have been delivered) and goes out again after the lease. A worker
    killed outright leaves the rest of its batch "sending" too, sent by the next
    sweep after the lease: nothing is lost, only the message in flight repeats.
    """
    now = timezone.now()
    rows = claim_rows(notification_ids, now)
    won = {row.pk for row in rows}
    for pk in notification_ids:
        if pk not in won:
            yield pk, Result(Outcome.SKIPPED)
    waiting = list(reversed(rows))
    try:
        while waiting:
            row = waiting.pop()
            yield row.pk, deliver_claimed(row, now, connection)
    finally:
        if waiting:
            try:
                release(waiting, now)
            except DatabaseError:  # the lease brings them back
                log.warning("could not release %d claimed rows", len(waiting), exc_info=True)


def deliver_claimed(row: Notification, now: datetime.datetime, connection=None) -> Result:
    """Send a row this sender claimed at ``now`` (``claim_rows``) and record the outcome."""
    if row.not_after is not None and now > row.not_after:
        error = gettext("已过期：%(at)s 前未能发出（已由下一次提醒取代）；%(error)s") % {
            "at": timezone.localtime(row.not_after).strftime("%Y-%m-%d %H:%M"),
            "error": row.last_error,
        }
        record(row, now, state=State.FAILED, last_error=error[:ERROR_CHARS])
        log.error("notification %s expired unsent: %s", row.pk, row.last_error)
        return Result(Outcome.FAILED, error)
    if row.channel == Channel.EMAIL:
        return _send_email(row, now, connection)
    return _post_robot(row, now)


def _fail(row: Notification, now: datetime.datetime, error: str, transient: bool) -> Result:
    """Record a failure: pending again if transient, failed otherwise."""
    if transient:
        record(row, now, state=State.PENDING, last_error=error)
        log.warning("notification %s: transient failure, will retry: %s", row.pk, error)
        return Result(Outcome.RETRY, error)
    record(row, now, state=State.FAILED, last_error=error)
    log.error("notification %s failed permanently: %s", row.pk, error)
    return Result(Outcome.FAILED, error)


def _transmit(message: ReminderEmail, connection) -> None:
    """Send over the session's open SMTP connection the envelope and bytes Django's
    SMTP backend would send (``ReminderEmail.envelope``), without parsing the
    addresses again for every message; any other backend (files, the tests'
    outbox) is asked as usual."""
    smtp = getattr(connection, "connection", None)
    if isinstance(connection, SmtpBackend) and smtp is not None:
        smtp.sendmail(*message.envelope())
    else:
        message.send()


def _send_email(row: Notification, now: datetime.datetime, connection) -> Result:
    try:
        if connection is not None and getattr(connection, "connection", True) is None:
            connection.open()  # inside the try: a refused connection fails this row only
        _transmit(build_message(row, connection), connection)
    except Exception as exc:  # classified here and recorded on the row
        if connection is not None:
            connection.close()  # a broken session is not reused; the next row reconnects
        return _fail(row, now, _describe(exc), is_transient(exc))
    record(row, now, state=State.SENT, sent_at=timezone.now(), last_error="")
    return Result(Outcome.SENT)


def _target(row: Notification) -> robots.Target:
    robot = row.robot
    if robot is None or not robot.is_active:
        raise robots.RobotError("群机器人已删除或停用", transient=False)
    try:
        return robots.Target(
            robot.platform, secrets.resolve(robot.webhook), secrets.resolve(robot.secret)
        )
    except ValueError as exc:
        raise robots.RobotError(str(exc), transient=False) from exc


def _post_robot(row: Notification, now: datetime.datetime) -> Result:
    wait = throttle.acquire(row.recipient, now)
    if wait > 0:  # not an attempt: back in line for when the bucket has a token
        # Our claim counted one (``claim_rows``) and the row is ours: take it back.
        record(row, now, state=State.PENDING, attempts=row.attempts - 1)
        return Result(Outcome.WAIT, delay=wait)
    try:
        target = _target(row)
        content = robots.render_markdown(row.context, row.subject, target.platform)
        robots.post(target, robots.payload(target.platform, row.subject, content))
    except robots.RobotError as exc:
        return _fail(row, now, str(exc)[:ERROR_CHARS], exc.transient)
    except Exception as exc:  # a bug must not loop: failed and shown
        return _fail(row, now, _describe(exc), transient=False)
    record(row, now, state=State.SENT, sent_at=timezone.now(), last_error="")
    return Result(Outcome.SENT)


def retry_delay(retries: int) -> float:
    """Exponential backoff with full jitter, always below the broker's
    visibility timeout (a longer countdown would be handed to a second worker)."""
    ceiling = min(
        settings.REMINDER_RETRY_MAX_SECONDS,
        settings.REMINDER_RETRY_BASE_SECONDS * 2 ** max(0, retries),
        settings.CELERY_VISIBILITY_TIMEOUT * 0.9,
    )
    return random.uniform(ceiling / 2, ceiling)
