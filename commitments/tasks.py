"""Celery tasks of the commitments app (found by ``app.autodiscover_tasks()``)."""

from celery import shared_task

from commitments.reminders.tasks import send_notification, sweep, sweep_chunk

__all__ = [
    "import_upload",
    "merge_departments",
    "send_notification",
    "sweep",
    "sweep_chunk",
    "sweep_merges",
]


@shared_task(name="plans.import_upload")
def import_upload(upload_id: int) -> str:
    """Import a plan file queued through the API (``services.plan_import.jobs``)."""
    from commitments.services.plan_import import jobs

    return jobs.run(upload_id)


@shared_task(name="commitments.merge_departments", acks_late=True)
def merge_departments(job_id: int) -> str:
    """Run an administrator's 单位合并 (``services.merge_jobs``). Delivered twice, it
    merges once (the job is claimed)."""
    from commitments.services import merge_jobs

    return merge_jobs.run(job_id)


@shared_task(name="commitments.sweep_merges")
def sweep_merges() -> dict[str, int]:
    """Beat: queue again the merges a lost worker left, fail them after too many tries."""
    from commitments.services import merge_jobs

    return merge_jobs.sweep()
