"""The reminder sweep: decide only, decide + store + send, and through Celery.

The sweep runs at a fixed moment of the plan year, ``{year}-07-22 09:00``
(a Wednesday, three days before the monthly report due day), so every kind
of e-mail is due: missing reports, deadlines and milestones ahead, overdue
digests and escalations. Each measurement starts from an empty outbox.
"""

from __future__ import annotations

import datetime
import os
import time
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.db.models import Max, Min
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.servers import children, vm_hwm_mb
from commitments.choices import NotificationState
from commitments.models import Notification
from commitments.reminders import sending
from commitments.reminders.sweep import decide, parse_moment, plan_chunks, run_chunk, unsent
from commitments.reminders.tasks import SEND_BATCH


def moment(year: int) -> datetime.datetime:
    return parse_moment(f"{year}-07-22T09:00")


def clear_outbox() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE commitments_notification_commitments, commitments_escalation, "
            "commitments_notification RESTART IDENTITY"
        )


@dataclass(frozen=True)
class Decided:
    seconds: float
    queries: int
    chunks: int
    emails: int


def decide_only(at: datetime.datetime) -> Decided:
    """One full sweep's decisions, nothing written."""
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        chunks = plan_chunks()
        emails = sum(len(decide(at, chunk)[1]) for chunk in chunks)
    return Decided(
        round(time.perf_counter() - started, 3), len(captured.captured_queries), len(chunks), emails
    )


@dataclass(frozen=True)
class Sent:
    store_s: float
    store_queries: int
    send_s: float
    send_queries: int
    created: int
    sent: int

    @property
    def emails_per_s(self) -> float:
        return round(self.sent / self.send_s, 1) if self.send_s else 0.0


def decide_store_send(at: datetime.datetime) -> Sent:
    """What ``send_reminders`` does: store every chunk's rows, then send them all."""
    clear_outbox()
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        created = sum(len(run_chunk(at, chunk)) for chunk in plan_chunks())
    store_s, store_queries = time.perf_counter() - started, len(captured.captured_queries)
    started = time.perf_counter()
    sent = 0
    with CaptureQueriesContext(connection) as captured:
        ids = unsent()
        for start in range(0, len(ids), SEND_BATCH):  # as ``reminders.send_batch`` does
            with sending.smtp_session() as smtp:
                for _, result in sending.deliver_many(ids[start : start + SEND_BATCH], smtp):
                    sent += result.outcome is sending.Outcome.SENT
    return Sent(
        round(store_s, 3),
        store_queries,
        round(time.perf_counter() - started, 3),
        len(captured.captured_queries),
        created,
        sent,
    )


@dataclass(frozen=True)
class CeleryRun:
    seconds: float
    sent: int
    #: the largest peak RSS of the worker's processes (the parent and each pool child)
    worker_rss_mb: float
    #: the sum of those peaks (an upper bound of the node's memory)
    worker_rss_total_mb: float
    pool: str
    concurrency: int
    #: from the first e-mail recorded sent to the last (it overlaps deciding the last
    #: chunks: their sends queue behind them, but the first chunks' go out before)
    send_seconds: float
    #: the same rows sent again by the same worker with nothing to decide: from
    #: queueing their send tasks to the last e-mail (``resend_alone``)
    send_alone_seconds: float | None = None


#: How ``deploy/`` runs a worker node: Celery's default prefork pool with
#: ``--concurrency=${WORKER_CONCURRENCY}`` (compose and systemd default 4).
DEPLOY_POOL = "prefork"
DEPLOY_CONCURRENCY = 4


def through_celery(
    at: datetime.datetime,
    expected: int,
    env: dict[str, str],
    broker: str,
    log: Path,
    timeout: float = 600.0,
) -> CeleryRun:
    """Beat's task on a real worker node run as ``deploy/`` runs it, until every row is sent.

    ``seconds`` runs from the task sent to the last row's ``sent_at`` (the worker's own
    clock, the same machine's): the count is only polled every 0.2 s, which added up to
    0.2 s to a 2 s sweep (10 %) before (fifteenth round). When not every row was sent,
    the polled time stands."""
    from tests.support.celery_worker import WorkerProcess, new_queue, purge_queue, send_task

    clear_outbox()
    queue = new_queue()
    concurrency = int(os.environ.get("WORKER_CONCURRENCY") or DEPLOY_CONCURRENCY)
    worker = WorkerProcess(
        {**env, "CELERY_BROKER_URL": broker, "LOG_LEVEL": "INFO"},
        queue,
        log,
        name="bench",
        pool=DEPLOY_POOL,
        concurrency=concurrency,
    )
    worker.start()
    try:
        started, started_at = time.perf_counter(), timezone.now()
        send_task(broker, queue, "reminders.sweep", [at.isoformat()])
        deadline = time.monotonic() + timeout
        sent = 0
        while time.monotonic() < deadline:
            sent = Notification.objects.filter(state=NotificationState.SENT).count()
            if sent >= expected:
                break
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        window = Notification.objects.filter(state=NotificationState.SENT).aggregate(
            first=Min("sent_at"), last=Max("sent_at")
        )
        if sent >= expected and window["last"]:
            seconds = (window["last"] - started_at).total_seconds()
        alone = resend_alone(broker, queue, expected, deadline) if sent >= expected else None
        pids = [worker.process.pid, *children(worker.process.pid)]
        peaks = [vm_hwm_mb(pid) for pid in pids]
    finally:
        worker.stop()
        purge_queue(broker, queue)
    send_seconds = (
        (window["last"] - window["first"]).total_seconds() if window["first"] else seconds
    )
    return CeleryRun(
        round(seconds, 3),
        sent,
        max(peaks),
        round(sum(peaks), 1),
        DEPLOY_POOL,
        concurrency,
        round(send_seconds, 3),
        round(alone, 3) if alone else None,
    )


def resend_alone(broker: str, queue: str, expected: int, deadline: float) -> float | None:
    """Sending alone through the worker: the rows a sweep sent back to pending and
    queued again as the sweep queues them (``SEND_BATCH`` rows a task), nothing to
    decide or store. Seconds from the first task queued to the last e-mail sent,
    or None if they were not all sent before ``deadline`` (monotonic)."""
    from kombu import Connection

    from tracker.celery import app

    sent = Notification.objects.filter(state=NotificationState.SENT)
    ids = list(sent.order_by("pk").values_list("pk", flat=True))
    sent.update(state=NotificationState.PENDING, sent_at=None, claimed_at=None, attempts=0)
    with Connection(broker) as connection:
        producer = connection.Producer()
        started = time.perf_counter()
        for start in range(0, len(ids), SEND_BATCH):
            app.send_task(
                "reminders.send_batch",
                args=[ids[start : start + SEND_BATCH]],
                queue=queue,
                producer=producer,
            )
    while time.monotonic() < deadline:
        if Notification.objects.filter(state=NotificationState.SENT).count() >= expected:
            return time.perf_counter() - started
        time.sleep(0.05)
    return None
