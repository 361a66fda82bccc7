"""The full-ledger XLSX as a background export job on a real Celery worker.

A supervisor over every department queues ``reports.build_export`` for the
ledger (``reports.export_jobs``); a solo worker (like ``deploy/``) builds it
into a temporary ``MEDIA_ROOT``. Measured: seconds from the task's publication
to the job's ``done``, the rows and bytes written, how often progress moved,
and the worker's peak RSS (``VmHWM``), idle and after the job
(``export_job_xlsx_s``, ``export_worker_rss_mb``).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from bench.servers import vm_hwm_mb
from commitments.choices import Role
from commitments.models import Membership


@dataclass(frozen=True)
class ExportRun:
    seconds: float
    state: str
    rows: int
    size_mb: float
    progress_updates: int
    idle_rss_mb: float
    worker_rss_mb: float


def through_worker(
    env: dict[str, str], broker: str, log: Path, report: str = "ledger", timeout: float = 1800.0
) -> ExportRun:
    from reports.models import ExportJob
    from tests.support.celery_worker import WorkerProcess, new_queue, purge_queue, send_task

    owner = (
        Membership.objects.filter(role=Role.SUPERVISOR, supervised_departments__isnull=True)
        .select_related("user")
        .first()
    )
    if owner is None:
        raise RuntimeError("no supervisor over all departments in the seeded data")
    queue = new_queue()
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as media:
        worker = WorkerProcess(
            {**env, "CELERY_BROKER_URL": broker, "MEDIA_ROOT": media, "LOG_LEVEL": "INFO"},
            queue,
            log,
            name="bench-export",
        )
        worker.start()
        try:
            idle = vm_hwm_mb(worker.process.pid)
            with transaction.atomic():
                job = ExportJob.objects.create(
                    owner=owner.user,
                    report=report,
                    format="xlsx",
                    params={"date": timezone.localdate().isoformat()},
                )
            started = time.perf_counter()
            send_task(broker, queue, "reports.build_export", [job.pk])
            seen: set[int] = set()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                job.refresh_from_db()
                seen.add(job.rows_done)
                if job.state in (ExportJob.State.DONE, ExportJob.State.FAILED):
                    break
                time.sleep(0.2)
            seconds = time.perf_counter() - started
            rss = vm_hwm_mb(worker.process.pid)
        finally:
            worker.stop()
            purge_queue(broker, queue)
    return ExportRun(
        seconds=round(seconds, 2),
        state=job.state,
        rows=job.rows_done,
        size_mb=round((job.size or 0) / 2**20, 1),
        progress_updates=len(seen - {0}),
        idle_rss_mb=idle,
        worker_rss_mb=rss,
    )
