"""Send one Notification: claim it, talk to SMTP, record what happened.

Claim before you send: a conditional UPDATE moves the row from pending (or
from a "sending" whose lease ran out because its worker died) to sending;
whoever changes the row talks to SMTP, everyone else returns. A crash after
SMTP accepted the message but before the row says "sent" is the one case
that sends twice, with the same Message-ID.
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

from commitments.choices import NotificationState as State
from commitments.models import Notification
from commitments.reminders.emails import build_message

log = logging.getLogger(__name__)
ERROR_CHARS = 2000


class Outcome(enum.StrEnum):
    SENT = "sent"
    SKIPPED = "skipped"  # gone, already sent, or another sender holds it
    RETRY = "retry"  # transient failure; the row is pending again
    FAILED = "failed"  # permanent refusal; the row is failed


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    error: str = ""


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
    """Claim and send one row. Never raises for SMTP trouble; says what happened.

    ``connection`` (from ``smtp_session``) is reused when given; otherwise the
    message opens and closes its own.
    """
    now = now or timezone.now()
    if not claim(notification_id, now):
        return Result(Outcome.SKIPPED)
    mine = Notification.objects.filter(pk=notification_id, state=State.SENDING, claimed_at=now)
    row = mine.first()
    if row is None:  # deleted, or taken over, since the claim
        return Result(Outcome.SKIPPED)
    try:
        if connection is not None and getattr(connection, "connection", True) is None:
            connection.open()  # inside the try: a refused connection fails this row only
        build_message(row, connection).send()
    except Exception as exc:  # classified below and recorded on the row
        if connection is not None:
            connection.close()  # a broken session is not reused; the next row reconnects
        error = _describe(exc)
        if is_transient(exc) and row.attempts < settings.REMINDER_MAX_ATTEMPTS:
            mine.update(state=State.PENDING, last_error=error)
            log.warning(
                "notification %s: transient failure, will retry: %s", notification_id, error
            )
            return Result(Outcome.RETRY, error)
        mine.update(state=State.FAILED, last_error=error)
        log.error("notification %s failed permanently: %s", notification_id, error)
        return Result(Outcome.FAILED, error)
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
