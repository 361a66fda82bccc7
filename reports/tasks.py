"""Celery tasks of the reports app: thin wrappers over ``reports.export_jobs``."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="reports.build_export", acks_late=True)
def build_export(job_id: int) -> str:
    """Build an export job's file. Delivered twice, it builds once (the job is claimed)."""
    from reports import export_jobs

    return export_jobs.run(job_id)


@shared_task(name="reports.sweep_exports")
def sweep_exports() -> dict[str, int]:
    """Beat: delete expired export files, queue again jobs a lost worker left."""
    from reports import export_jobs

    return export_jobs.sweep()


@shared_task(name="reports.refresh_rollups")
def refresh_rollups() -> dict[str, object]:
    """Beat: fold the groups moved since the last run into the kept roll-ups,
    or rebuild them on a new day (``reports.kept_rollups.refresh``)."""
    from reports import kept_rollups

    done = kept_rollups.refresh()
    return {"action": done.action, "groups": done.groups, "day": str(done.day or "")}
