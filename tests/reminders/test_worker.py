"""The guarantees of SPEC §5 with real parts: a Celery worker process on Redis,
an SMTP server on loopback, the test database shared between them."""

from __future__ import annotations

import datetime
import time

import pytest
from django.db import connection

from commitments.choices import NotificationState as State
from commitments.models import Notification
from commitments.reminders import sweep
from tests.reminders import scenario
from tests.reminders.conftest import settled, wait_until
from tests.reminders.scenario import EXPECTED, MAYOR, MONDAY_9_30

pytestmark = [pytest.mark.celery, pytest.mark.smtp, pytest.mark.slow]
ACKED = datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)


def delivered(smtp) -> set[str]:
    """Recipients reached (one message each: ``assert_each_sent_once``)."""
    return {r for m in smtp.messages for r in m.envelope_to}


def assert_each_sent_once(smtp) -> None:
    counts = smtp.message_ids()
    recorded = set(Notification.objects.values_list("message_id", flat=True))
    assert set(counts) == recorded
    assert [mid for mid, n in counts.items() if n > 1] == []


def test_reminders_due_on_a_day_arrive_once(workers, smtp):
    scenario.build_town()
    workers.start()
    workers.sweep(MONDAY_9_30)
    smtp.wait_for(len(EXPECTED))
    assert wait_until(lambda: settled(len(EXPECTED))), workers.logs()
    assert delivered(smtp) == set(EXPECTED)
    assert_each_sent_once(smtp)
    (digest,) = [m for m in smtp.messages if MAYOR in m.envelope_to]
    assert digest.subject == "【督办提醒】已逾期2项（其中升级督办1项），待审核1项"
    assert "逾期10天" in digest.part("text/plain") and "逾期10天" in digest.part("text/html")

    # A second sweep the same day sends nothing new.
    workers.sweep("2024-07-22T11:00:00+08:00")
    time.sleep(2)
    assert len(smtp.messages) == len(EXPECTED)
    assert Notification.objects.count() == len(EXPECTED)


def test_a_holiday_shifts_reminders_to_the_working_day_before(workers, smtp):
    from tests import factories

    owner = factories.department(contact_emails=["holiday@town.test"])
    factories.commitment(owner, deadline=datetime.date(2024, 10, 4), acknowledged_at=ACKED)
    workers.start()
    workers.sweep("2024-10-01T10:00:00+08:00")  # National Day: nothing goes out
    workers.sweep("2024-09-30T10:00:00+08:00")  # 3 days before 10-04 falls on 10-01
    (message,) = smtp.wait_for(1)
    assert wait_until(lambda: settled(1))
    assert message.subject == "【督办提醒】即将到期1项"
    assert Notification.objects.get().period_key == "2024-09-30"


def test_ten_sweeps_at_once_on_two_workers_send_each_email_once(workers, smtp):
    scenario.build_town()
    workers.start("w1", pool="prefork", concurrency=3)
    workers.start("w2", pool="prefork", concurrency=3)
    for _ in range(10):
        workers.sweep(MONDAY_9_30)
    smtp.wait_for(len(EXPECTED))
    assert wait_until(lambda: settled(len(EXPECTED))), workers.logs()
    time.sleep(1)  # room for a duplicate to show up
    assert delivered(smtp) == set(EXPECTED)
    assert_each_sent_once(smtp)


def test_smtp_answering_451_then_recovering_delivers_each_email_once(workers, smtp):
    scenario.build_town()
    workers.start()
    smtp.fail_temporarily_for(5)  # from when the worker is ready: the first sends see 451
    workers.sweep(MONDAY_9_30)
    smtp.wait_for(len(EXPECTED), timeout=40)
    assert wait_until(lambda: settled(len(EXPECTED)), timeout=40), workers.logs()
    assert smtp.handler.refused[451] > 0
    assert delivered(smtp) == set(EXPECTED)
    assert_each_sent_once(smtp)
    assert Notification.objects.filter(attempts__gt=1).exists()


def test_smtp_down_for_a_while_then_back_delivers_each_email_once(workers, smtp):
    scenario.build_town()
    smtp.stop()
    workers.start()
    workers.sweep(MONDAY_9_30)
    assert wait_until(
        lambda: Notification.objects.filter(attempts__gt=1).count() == len(EXPECTED), timeout=20
    ), workers.logs()
    smtp.start()
    smtp.wait_for(len(EXPECTED), timeout=40)
    assert wait_until(lambda: settled(len(EXPECTED)), timeout=40), workers.logs()
    assert delivered(smtp) == set(EXPECTED)
    assert_each_sent_once(smtp)


def test_a_550_is_marked_failed_and_not_retried(workers, smtp):
    scenario.build_town()
    smtp.handler.reject = {MAYOR}
    workers.start()
    workers.sweep(MONDAY_9_30)
    assert wait_until(lambda: settled(len(EXPECTED))), workers.logs()
    refused = Notification.objects.filter(recipient=MAYOR)
    assert {(r.state, r.attempts) for r in refused} == {(State.FAILED, 1)}
    assert all("550" in r.last_error for r in refused)
    assert delivered(smtp) == set(EXPECTED) - {MAYOR}
    # Later sweeps leave it failed: no retry loop.
    workers.sweep("2024-07-22T10:00:00+08:00")
    time.sleep(1.5)
    assert smtp.handler.refused[550] == refused.count()
    assert {(r.state, r.attempts) for r in refused} == {(State.FAILED, 1)}


def test_a_worker_killed_mid_sweep_loses_nothing_and_repeats_only_in_flight(workers, smtp):
    scenario.build_town()
    smtp.handler.delay = 0.4  # slow SMTP, so the kill lands inside a conversation
    worker = workers.start("victim")
    workers.sweep(MONDAY_9_30)
    assert wait_until(lambda: len(smtp.messages) >= 4, timeout=30), workers.logs()
    worker.kill()
    # The rest of the batch the worker had claimed, the message in flight among them:
    # "sending" until the lease runs out (nothing was released by a dead worker).
    claimed = set(
        Notification.objects.filter(state=State.SENDING).values_list("message_id", flat=True)
    )
    assert claimed
    smtp.handler.delay = 0
    workers.start("restarted")
    time.sleep(4.5)  # the dead worker's lease runs out; beat's next sweep picks it up
    workers.sweep("2024-07-22T09:45:00+08:00")
    smtp.wait_for(len(EXPECTED), timeout=30)
    assert wait_until(lambda: settled(len(EXPECTED)), timeout=30), workers.logs()
    counts = smtp.message_ids()
    assert set(counts) == set(Notification.objects.values_list("message_id", flat=True))
    # The slow server holds each message: the kill lands inside one conversation, and a
    # solo worker has exactly that one message in flight; only it may arrive twice.
    repeated = {mid for mid, n in counts.items() if n > 1}
    assert repeated <= claimed and len(repeated) <= 1
    assert delivered(smtp) == set(EXPECTED)


def test_rows_whose_tasks_the_broker_lost_go_out_on_the_next_sweep(workers, smtp):
    # Decided and committed, but their send tasks never reached a worker (Redis
    # restarted without persistence): the rows are pending in the database.
    scenario.build_town()
    moment = sweep.parse_moment(MONDAY_9_30)
    for chunk in sweep.plan_chunks():
        sweep.run_chunk(moment, chunk)  # no on_created: nothing is queued
    assert Notification.objects.filter(state=State.PENDING).count() == len(EXPECTED)
    workers.start()
    workers.sweep("2024-07-22T09:45:00+08:00")
    smtp.wait_for(len(EXPECTED))
    assert wait_until(lambda: settled(len(EXPECTED))), workers.logs()
    assert delivered(smtp) == set(EXPECTED)
    assert_each_sent_once(smtp)


def worker_backends() -> set[int]:
    """PostgreSQL backends on the test database other than this test's own."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        )
        return {pid for (pid,) in cursor.fetchall()}


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_a_worker_keeps_its_database_connection_between_tasks(workers, smtp):
    # As between requests: kept for DB_CONN_MAX_AGE, not a new backend for every task.
    # Backends left by earlier tests of the session (a live server's threads) are not
    # the worker's: only those that appear once the worker runs are counted.
    scenario.build_town()
    before = worker_backends()
    workers.env["DB_CONN_MAX_AGE"] = "60"
    workers.start()
    workers.sweep(MONDAY_9_30)
    smtp.wait_for(len(EXPECTED))
    assert wait_until(lambda: settled(len(EXPECTED))), workers.logs()
    assert wait_until(lambda: len(worker_backends() - before) == 1), worker_backends() - before
    first = worker_backends() - before
    workers.sweep("2024-07-22T11:00:00+08:00")  # nothing new to send: one more task
    assert wait_until(lambda: workers.logs().count("task reminders.sweep[") == 2), workers.logs()
    assert worker_backends() - before == first
