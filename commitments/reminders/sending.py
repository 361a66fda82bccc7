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
import logging
import random
import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext

from commitments.choices import NotificationChannel as Channel
from commitments.choices import NotificationState as State
from commitments.models import Notification
from commitments.reminders import robots, secrets, throttle
from commitments.reminders.emails import build_message

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


def lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.REMINDER_SEND_LEASE_SECONDS)


def claim(notification_id: int, now: datetime.datetime) -> bool:
    """Move the row to "sending" if nobody else holds it; True if we won."""
    claimable = Q(state=State.PENDING) | Q(state=State.SENDING, claimed_at__lt=now - lease())
    won = Notification.objects.filter(claimable, pk=notification_id).update(
        state=State.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    return won == 1


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
    if not claim(notification_id, now):
        return Result(Outcome.SKIPPED)
    mine = Notification.objects.filter(pk=notification_id, state=State.SENDING, claimed_at=now)
    row = mine.select_related("robot").first()
    if row is None:  # deleted, or taken over, since the claim
        return Result(Outcome.SKIPPED)
    if row.not_after is not None and now > row.not_after:
        error = gettext("已过期：%(at)s 前未能发出（已由下一次提醒取代）；%(error)s") % {
            "at": timezone.localtime(row.not_after).strftime("%Y-%m-%d %H:%M"),
            "error": row.last_error,
        }
        mine.update(state=State.FAILED, last_error=error[:ERROR_CHARS])
        log.error("notification %s expired unsent: %s", notification_id, row.last_error)
        return Result(Outcome.FAILED, error)
    if row.channel == Channel.EMAIL:
        return _send_email(row, mine, connection)
    return _post_robot(row, mine, now)


def _fail(row: Notification, mine, error: str, transient: bool) -> Result:
    """Record a failure: pending again if transient, failed otherwise."""
    if transient:
        mine.update(state=State.PENDING, last_error=error)
        log.warning("notification %s: transient failure, will retry: %s", row.pk, error)
        return Result(Outcome.RETRY, error)
    mine.update(state=State.FAILED, last_error=error)
    log.error("notification %s failed permanently: %s", row.pk, error)
    return Result(Outcome.FAILED, error)


def _send_email(row: Notification, mine, connection) -> Result:
    try:
        if connection is not None and getattr(connection, "connection", True) is None:
            connection.open()  # inside the try: a refused connection fails this row only
        build_message(row, connection).send()
    except Exception as exc:  # classified here and recorded on the row
        if connection is not None:
            connection.close()  # a broken session is not reused; the next row reconnects
        return _fail(row, mine, _describe(exc), is_transient(exc))
    mine.update(state=State.SENT, sent_at=timezone.now(), last_error="")
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


def _post_robot(row: Notification, mine, now: datetime.datetime) -> Result:
    wait = throttle.acquire(row.recipient, now)
    if wait > 0:  # not an attempt: back in line for when the bucket has a token
        mine.update(state=State.PENDING, attempts=F("attempts") - 1)
        return Result(Outcome.WAIT, delay=wait)
    try:
        target = _target(row)
        content = robots.render_markdown(row.context, row.subject, target.platform)
        robots.post(target, robots.payload(target.platform, row.subject, content))
    except robots.RobotError as exc:
        return _fail(row, mine, str(exc)[:ERROR_CHARS], exc.transient)
    except Exception as exc:  # a bug must not loop: failed and shown
        return _fail(row, mine, _describe(exc), transient=False)
    mine.update(state=State.SENT, sent_at=timezone.now(), last_error="")
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
