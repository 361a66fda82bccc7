"""Celery tasks of the commitments app (found by ``app.autodiscover_tasks()``)."""

from commitments.reminders.tasks import send_notification, sweep, sweep_chunk

__all__ = ["send_notification", "sweep", "sweep_chunk"]
