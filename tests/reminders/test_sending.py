"""Claim, send, classify: the outbox transitions (no worker; Django's locmem mail)."""

from __future__ import annotations

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from commitments.choices import NotificationState as State
from commitments.models import Notification
from commitments.reminders import sending, sweep
from commitments.reminders.tasks import send_notification
from tests.reminders import scenario
from tests.reminders.scenario import MONDAY_9_30, store_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def row() -> Notification:
    scenario.build_town()
    store_all(MONDAY_9_30)
    return Notification.objects.order_by("pk").first()


@pytest.fixture
def smtp_says(monkeypatch):
    """Make the mail backend raise the given exception on every send."""

    def fail_with(exc: BaseException) -> None:
        def send_messages(self, messages):
            raise exc

        monkeypatch.setattr(EmailBackend, "send_messages", send_messages)

    return fail_with


def state(row: Notification) -> tuple[str, int]:
    row.refresh_from_db()
    return row.state, row.attempts


class TestClaim:
    def test_only_one_claim_wins(self, row):
        now = timezone.now()
        assert sending.claim(row.pk, now) is True
        assert sending.claim(row.pk, now) is False

    def test_a_sending_row_past_its_lease_can_be_claimed_again(self, row, settings):
        settings.REMINDER_SEND_LEASE_SECONDS = 60
        start = timezone.now()
        assert sending.claim(row.pk, start)
        assert not sending.claim(row.pk, start + datetime.timedelta(seconds=59))
        assert sending.claim(row.pk, start + datetime.timedelta(seconds=61))
        assert state(row) == (State.SENDING, 2)

    def test_a_sent_row_is_never_claimed(self, row):
        assert sending.deliver(row.pk).outcome is sending.Outcome.SENT
        assert not sending.claim(row.pk, timezone.now() + datetime.timedelta(days=1))

    def test_an_outcome_is_written_only_by_the_sender_that_holds_the_row(self, row, settings):
        """A slow sender whose lease ran out and whose row another sender took over
        records nothing; the one holding it does."""
        settings.REMINDER_SEND_LEASE_SECONDS = 60
        start = timezone.now()
        (slow,) = sending.claim_rows([row.pk], start)
        later = start + datetime.timedelta(seconds=61)
        (fresh,) = sending.claim_rows([row.pk], later)
        sending.record(slow, start, state=State.FAILED, last_error="too late")
        assert state(row) == (State.SENDING, 2) and row.last_error == ""
        sending.record(fresh, later, state=State.SENT, sent_at=later, last_error="")
        assert state(row) == (State.SENT, 2) and row.sent_at == later


class TestDeliver:
    def test_it_sends_once_and_records_it(self, row):
        assert sending.deliver(row.pk).outcome is sending.Outcome.SENT
        assert sending.deliver(row.pk).outcome is sending.Outcome.SKIPPED
        assert len(mail.outbox) == 1
        assert mail.outbox[0].extra_headers["Message-ID"] == row.message_id
        row.refresh_from_db()
        assert (row.state, row.attempts, row.last_error) == (State.SENT, 1, "")
        assert row.sent_at is not None

    def test_a_451_puts_it_back_to_pending(self, row, smtp_says):
        smtp_says(smtplib.SMTPDataError(451, b"try again later"))
        result = sending.deliver(row.pk)
        assert result.outcome is sending.Outcome.RETRY and "451" in result.error
        assert state(row) == (State.PENDING, 1)
        assert sweep.unsent() == list(
            Notification.objects.order_by("pk").values_list("pk", flat=True)
        )

    def test_a_550_fails_it_for_good(self, row, smtp_says):
        smtp_says(smtplib.SMTPDataError(550, b"mailbox unavailable"))
        assert sending.deliver(row.pk).outcome is sending.Outcome.FAILED
        row.refresh_from_db()
        assert row.state == State.FAILED and "550" in row.last_error
        assert row.pk not in sweep.unsent()

    def test_an_outage_is_retried_by_age_not_by_count(self, row, smtp_says):
        """Issue 19: a relay down for hours loses nothing that is still worth sending."""
        smtp_says(ConnectionRefusedError(111, "Connection refused"))
        start = timezone.now()
        for n in range(60):
            result = sending.deliver(row.pk, now=start + datetime.timedelta(seconds=n))
            assert result.outcome is sending.Outcome.RETRY
        assert state(row) == (State.PENDING, 60)

    def test_it_expires_once_the_next_days_messages_supersede_it(self, row, smtp_says):
        smtp_says(ConnectionRefusedError(111, "Connection refused"))
        row.refresh_from_db()
        # Decided for Monday 09:30: worth sending until the next working day's sweep
        # (Tuesday 09:00), counted from when it was decided.
        window = row.not_after - row.created_at
        assert abs(window - datetime.timedelta(hours=23, minutes=30)) < datetime.timedelta(
            minutes=1
        )
        assert sending.deliver(row.pk).outcome is sending.Outcome.RETRY
        late = row.not_after + datetime.timedelta(seconds=1)
        result = sending.deliver(row.pk, now=late)
        assert result.outcome is sending.Outcome.FAILED
        row.refresh_from_db()
        assert row.state == State.FAILED and row.last_error.startswith("已过期")
        assert "Connection refused" in row.last_error


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (smtplib.SMTPDataError(451, b"later"), True),
        (smtplib.SMTPSenderRefused(421, b"busy", "a@b"), True),
        (smtplib.SMTPDataError(554, b"no"), False),
        (smtplib.SMTPRecipientsRefused({"a@b": (550, b"no"), "c@d": (450, b"later")}), True),
        (smtplib.SMTPRecipientsRefused({"a@b": (550, b"no")}), False),
        (smtplib.SMTPServerDisconnected("gone"), True),
        (smtplib.SMTPNotSupportedError("no STARTTLS"), False),
        (ConnectionRefusedError(111, "refused"), True),
        (TimeoutError("timed out"), True),
        (ValueError("a bug"), False),
    ],
)
def test_it_retries_only_what_is_transient(exc, transient):
    assert sending.is_transient(exc) is transient


def test_every_retry_delay_stays_below_the_visibility_timeout(settings):
    settings.CELERY_VISIBILITY_TIMEOUT = 100
    settings.REMINDER_RETRY_BASE_SECONDS = 30
    settings.REMINDER_RETRY_MAX_SECONDS = 10_000
    delays = [sending.retry_delay(n) for n in range(40) for _ in range(5)]
    assert max(delays) < 100 and min(delays) > 0
    settings.CELERY_VISIBILITY_TIMEOUT = 3600
    settings.REMINDER_RETRY_MAX_SECONDS = 900
    assert sending.retry_delay(0) <= 30 and max(sending.retry_delay(20) for _ in range(50)) <= 900


def test_the_task_retries_a_bounded_number_of_times_then_leaves_it_pending(
    row, smtp_says, settings
):
    settings.REMINDER_SEND_RETRIES = 5  # more than Celery's default of 3
    smtp_says(smtplib.SMTPDataError(451, b"later"))
    send_notification.apply(args=[row.pk])  # eager: retries run at once
    assert state(row) == (State.PENDING, 6)
    assert row.pk in sweep.unsent()


def test_a_stuck_backlog_is_an_error_once_then_recovery_is_said(row, caplog, settings):
    from commitments.reminders import backlog

    settings.REMINDER_STUCK_MINUTES = 60
    backlog.report()
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    Notification.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))
    assert backlog.report().stuck
    (error,) = [r for r in caplog.records if r.levelname == "ERROR"]
    assert "reminders stuck" in error.getMessage() and "120 minutes" in error.getMessage()
    Notification.objects.update(state=State.SENT, sent_at=timezone.now())
    caplog.clear()
    assert not backlog.report().stuck
    assert [r.getMessage() for r in caplog.records] == ["reminders recovered: 0 unsent"]
