"""Celery tasks of the commitments app (found by ``app.autodiscover_tasks()``)."""

from celery import shared_task

from commitments.reminders.tasks import send_notification, sweep, sweep_chunk

__all__ = ["import_upload", "send_notification", "sweep", "sweep_chunk"]


@shared_task(name="plans.import_upload")
def import_upload(upload_id: int) -> str:
    """Import a plan file queued through the API (``services.plan_import.jobs``)."""
    from commitments.services.plan_import import jobs

    return jobs.run(upload_id)
