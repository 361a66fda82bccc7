"""A send task handles a chunk's rows over one SMTP connection, row by row claimed."""

from __future__ import annotations

import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from commitments.choices import NotificationState as State
from commitments.models import Notification
from commitments.reminders import emails, sending, tasks
from tests.reminders import scenario
from tests.reminders.scenario import MONDAY_9_30, store_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def ids() -> list[int]:
    scenario.build_town()
    return store_all(MONDAY_9_30)


@pytest.fixture
def connections(monkeypatch) -> list[object]:
    """Every mail connection opened, through either module."""
    opened: list[object] = []

    def counting(*args, **kwargs):
        connection = EmailBackend(*args, **kwargs)
        opened.append(connection)
        return connection

    monkeypatch.setattr(sending, "get_connection", counting)
    monkeypatch.setattr(emails, "get_connection", counting)
    return opened


def test_a_batch_sends_every_row_over_one_connection(ids, connections):
    assert len(ids) > 3
    assert sending.deliver(ids[0]).outcome is sending.Outcome.SENT  # already sent: skipped
    mail.outbox.clear()
    connections.clear()
    outcomes = tasks.send_batch.apply(args=[ids]).get()
    assert outcomes == {"skipped": 1, "sent": len(ids) - 1}
    assert len(connections) == 1
    assert sorted(m.extra_headers["Message-ID"] for m in mail.outbox) == sorted(
        Notification.objects.filter(pk__in=ids[1:]).values_list("message_id", flat=True)
    )
    assert set(Notification.objects.filter(pk__in=ids).values_list("state", flat=True)) == {
        State.SENT
    }


def test_a_transient_failure_hands_that_row_to_a_retrying_task(ids, monkeypatch):
    real_send = EmailBackend.send_messages
    failed: list[str] = []

    def send_messages(self, messages):
        if not failed:
            failed.append(messages[0].extra_headers["Message-ID"])
            raise smtplib.SMTPDataError(451, b"later")
        return real_send(self, messages)

    retried: list[tuple] = []
    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    monkeypatch.setattr(
        tasks.send_notification,
        "apply_async",
        lambda args, countdown: retried.append((args, countdown)),
    )
    outcomes = tasks.send_batch.apply(args=[ids]).get()
    assert outcomes == {"retry": 1, "sent": len(ids) - 1}
    first = Notification.objects.get(pk=ids[0])
    assert (first.state, first.attempts, first.message_id) == (State.PENDING, 1, failed[0])
    assert [args for args, _ in retried] == [(ids[0],)] and retried[0][1] > 0
    assert len(mail.outbox) == len(ids) - 1


def test_sweep_chunks_queue_batches(monkeypatch):
    queued: list[list[int]] = []
    monkeypatch.setattr(tasks.send_batch, "delay", queued.append)
    tasks.queue_sends(list(range(1, 2 * tasks.SEND_BATCH + 2)))
    assert [len(batch) for batch in queued] == [tasks.SEND_BATCH, tasks.SEND_BATCH, 1]


def test_a_batch_cut_short_gives_back_the_rows_it_had_not_tried(ids, monkeypatch):
    """The worker is told to stop (here: SystemExit) while the second e-mail is on the
    wire: the first is sent, the second may have arrived and waits for the lease, and
    the rows the batch had claimed but not tried are pending again at once, so the
    next send takes them without waiting for the lease."""
    assert len(ids) > 3
    real_send = EmailBackend.send_messages
    sent: list[str] = []

    def send_messages(self, messages):
        if len(sent) == 1:
            raise SystemExit("worker shutting down")
        sent.append(messages[0].extra_headers["Message-ID"])
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    with pytest.raises(SystemExit):
        tasks.send_batch.apply(args=[ids], throw=True)
    states = dict(Notification.objects.filter(pk__in=ids).values_list("pk", "state"))
    assert [states[pk] for pk in ids[:2]] == [State.SENT, State.SENDING]
    assert {states[pk] for pk in ids[2:]} == {State.PENDING}
    assert set(Notification.objects.filter(pk__in=ids[2:]).values_list("attempts", flat=True)) == {
        0
    }

    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    mail.outbox.clear()
    outcomes = tasks.send_batch.apply(args=[ids]).get()
    assert outcomes == {"skipped": 2, "sent": len(ids) - 2}
    assert len(mail.outbox) == len(ids) - 2


def test_a_batch_claims_its_rows_before_sending_the_first(ids, monkeypatch):
    """Another sender arriving while a batch is under way finds every row taken."""
    real_send = EmailBackend.send_messages
    seen: list[set[str]] = []

    def send_messages(self, messages):
        if not seen:
            seen.append(set(Notification.objects.values_list("state", flat=True)))
            assert sending.deliver(ids[-1]).outcome is sending.Outcome.SKIPPED
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    outcomes = tasks.send_batch.apply(args=[ids]).get()
    assert seen == [{State.SENDING}]
    assert outcomes == {"sent": len(ids)}
