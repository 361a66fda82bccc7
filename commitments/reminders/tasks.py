"""Celery tasks for reminders: thin wrappers that pass ids and ISO times.

``reminders.sweep`` (beat, every REMINDER_SWEEP_MINUTES) splits the work into
chunks and re-queues whatever is still unsent; ``reminders.sweep_chunk``
decides one chunk and queues the rows it created once they are committed;
``reminders.send_batch`` sends the rows a chunk created over one SMTP
connection; ``reminders.send`` sends one row, retrying transient SMTP failures
(a batch hands each such row to it).
"""

from __future__ import annotations

from collections import Counter

from celery import shared_task
from django.conf import settings

from commitments.reminders import sending
from commitments.reminders.sweep import (
    Chunk,
    parse_moment,
    plan_chunks,
    run_chunk,
    sending_today,
    unsent,
)

#: Rows per send task: one SMTP connection each, and short enough (≈ a second on a
#: healthy server) to stay far below the broker's visibility timeout.
SEND_BATCH = 50


def queue_sends(notification_ids: list[int]) -> None:
    for start in range(0, len(notification_ids), SEND_BATCH):
        send_batch.delay(list(notification_ids[start : start + SEND_BATCH]))


@shared_task(name="reminders.sweep")
def sweep(at: str | None = None) -> dict[str, int]:
    """Fan out one sweep at ``at`` (ISO; default now) and pick up stragglers."""
    moment = parse_moment(at)
    chunks = plan_chunks() if sending_today(moment) else []
    for chunk in chunks:
        sweep_chunk.delay(moment.isoformat(), chunk.audience, list(chunk.ids))
    stragglers = unsent()
    queue_sends(stragglers)
    return {"chunks": len(chunks), "requeued": len(stragglers)}


@shared_task(name="reminders.sweep_chunk")
def sweep_chunk(at: str, audience: str, ids: list[int]) -> int:
    created = run_chunk(parse_moment(at), Chunk(audience, tuple(ids)), on_created=queue_sends)
    return len(created)


@shared_task(name="reminders.send_batch")
def send_batch(notification_ids: list[int]) -> dict[str, int]:
    """Send rows over one SMTP connection. Each row is still claimed before it is
    sent (``sending.deliver``); a transient failure puts the row back to pending
    and queues it alone with the usual backoff, so the batch never retries itself."""
    outcomes: Counter[str] = Counter()
    with sending.smtp_session() as connection:
        for notification_id in notification_ids:
            result = sending.deliver(notification_id, connection=connection)
            outcomes[result.outcome.value] += 1
            if result.outcome is sending.Outcome.RETRY:
                send_notification.apply_async((notification_id,), countdown=sending.retry_delay(0))
    return dict(outcomes)


@shared_task(bind=True, name="reminders.send", max_retries=None)  # bounded below
def send_notification(self, notification_id: int) -> str:
    result = sending.deliver(notification_id)
    if result.outcome is sending.Outcome.RETRY:
        if self.request.retries < settings.REMINDER_SEND_RETRIES:
            raise self.retry(countdown=sending.retry_delay(self.request.retries))
        # Out of quick retries: the row stays pending and the next sweep queues it.
    return result.outcome.value
