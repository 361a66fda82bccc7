"""Celery tasks for reminders: thin wrappers that pass ids and ISO times.

``reminders.sweep`` (beat, every REMINDER_SWEEP_MINUTES) splits the work into
chunks and re-queues whatever is still unsent; ``reminders.sweep_chunk``
decides one chunk and queues the rows it created once they are committed;
``reminders.send_batch`` sends the rows a chunk created over one SMTP
connection; ``reminders.send`` sends one row, retrying transient SMTP failures
(a batch hands each such row to it, and each row whose robot must wait for
its rate limit).
"""

from __future__ import annotations

import functools
import logging
from collections import Counter

from celery import shared_task
from django.conf import settings

from commitments.reminders import backlog, calendar, kept_counts, sending
from commitments.reminders.sweep import (
    Chunk,
    heaviest_first,
    parse_moment,
    plan_chunks,
    run_chunk,
    sending_today,
    unsent,
)

log = logging.getLogger(__name__)

#: Rows per send task: one SMTP connection each, and short enough (≈ a second on a
#: healthy server) to stay far below the broker's visibility timeout.
SEND_BATCH = 50


def queue_sends(notification_ids: list[int]) -> None:
    for start in range(0, len(notification_ids), SEND_BATCH):
        send_batch.delay(list(notification_ids[start : start + SEND_BATCH]))


def _later(delay: float) -> float:
    """A countdown the broker keeps to one worker (below the visibility timeout)."""
    return max(0.05, min(delay, settings.CELERY_VISIBILITY_TIMEOUT * 0.9))


@shared_task(name="reminders.sweep")
def sweep(at: str | None = None) -> dict[str, int]:
    """Fan out one sweep at ``at`` (ISO; default now) and pick up stragglers."""
    moment = parse_moment(at)
    if sending_today(moment):
        kept_counts.fold()
    chunks = plan_chunks() if sending_today(moment) else []
    for chunk in heaviest_first(chunks):
        sweep_chunk.delay(moment.isoformat(), list(chunk.departments), list(chunk.supervisors))
    stragglers = unsent()
    queue_sends(stragglers)
    backlog.report()
    _calendar_warning(moment.date().isoformat())
    return {"chunks": len(chunks), "requeued": len(stragglers)}


@functools.lru_cache(maxsize=4)
def _calendar_warning(day: str) -> None:
    """Once a day: next year's holidays still missing (from December on)."""
    warning = calendar.coverage().get("warning")
    if warning:
        log.warning("%s", warning)


@shared_task(name="reminders.sweep_chunk")
def sweep_chunk(at: str, departments: list[int], supervisors: list[int]) -> int:
    chunk = Chunk(tuple(departments), tuple(supervisors))
    return len(run_chunk(parse_moment(at), chunk, on_created=queue_sends))


@shared_task(name="reminders.send_batch")
def send_batch(notification_ids: list[int]) -> dict[str, int]:
    """Send rows over one SMTP connection. The rows are claimed together before the
    first is sent (``sending.deliver_many``: one UPDATE for the batch); a transient
    failure puts that row back to pending and queues it alone with the usual
    backoff, so the batch never retries itself."""
    outcomes: Counter[str] = Counter()
    with sending.smtp_session() as connection:
        for notification_id, result in sending.deliver_many(notification_ids, connection):
            outcomes[result.outcome.value] += 1
            if result.outcome is sending.Outcome.RETRY:
                send_notification.apply_async((notification_id,), countdown=sending.retry_delay(0))
            elif result.outcome is sending.Outcome.WAIT:
                send_notification.apply_async((notification_id,), countdown=_later(result.delay))
    return dict(outcomes)


@shared_task(bind=True, name="reminders.send", max_retries=None)  # bounded below
def send_notification(self, notification_id: int) -> str:
    result = sending.deliver(notification_id)
    if result.outcome is sending.Outcome.WAIT:  # the robot's turn comes later; not a retry
        send_notification.apply_async((notification_id,), countdown=_later(result.delay))
    elif result.outcome is sending.Outcome.RETRY:
        if self.request.retries < settings.REMINDER_SEND_RETRIES:
            raise self.retry(countdown=sending.retry_delay(self.request.retries))
        # Out of quick retries: the row stays pending and the next sweep queues it.
    return result.outcome.value
