"""Imports that come through the API run as a Celery task (``plans.import_upload``).

The request checks what it can at once (the file is readable, the plan
choice is valid, a likely duplicate is refused), keeps the file as a queued
``PlanUpload`` and answers; the task claims the upload, imports it and leaves
its progress and result on the row, where ``GET /api/v1/plans/import/{id}/``
reads them.
"""

from __future__ import annotations

import datetime
from pathlib import PurePath

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Q
from django.utils import timezone

from commitments.importer import parse_file
from commitments.importer.errors import PlanImportError
from commitments.models import PlanUpload
from commitments.services.plan_import import import_plan_file, load_catalog_entries, no_year
from commitments.services.plan_import.identity import LikelyDuplicate, PlanChoice, resolve

#: A running import whose row has not moved for this long was lost with its worker.
STALE = datetime.timedelta(minutes=15)
State = PlanUpload.State


def queue(data: bytes, filename: str, *, year: int | None, choice: PlanChoice, user) -> PlanUpload:
    """Check the upload now, keep it, and queue its import once this transaction commits.
    Raises :class:`PlanImportError` (or ``LikelyDuplicate``) as a real import would."""
    from commitments.tasks import import_upload

    name = PurePath(filename).name or "?"
    parsed = parse_file(data, name, load_catalog_entries(), year=year, writer="api")
    if any(d.has_arrangement and d.plan_year is None for d in parsed.documents):
        raise PlanImportError(no_year(name, "api"))
    resolve(parsed, choice, dry_run=False)
    total = sum(len(d.commitments()) for d in parsed.documents if d.has_arrangement)
    upload = PlanUpload.objects.create(
        data=data,
        filename=name[:255],
        year=year,
        plan_id=choice.plan_id,
        new=choice.new,
        state=State.QUEUED,
        progress_total=total,
        created_by=user if getattr(user, "pk", None) else None,
    )
    transaction.on_commit(lambda: import_upload.delay(upload.pk))
    return upload


def run(upload_id: int) -> str:
    """The task's work: claim the upload (once), import it, record the outcome."""
    stale = timezone.now() - STALE
    claimed = PlanUpload.objects.filter(
        Q(state=State.QUEUED) | Q(state=State.RUNNING, updated_at__lt=stale), pk=upload_id
    ).update(state=State.RUNNING, stage="parse", updated_at=timezone.now())
    if not claimed:
        return "skipped"
    upload = PlanUpload.objects.get(pk=upload_id)
    progress = Progress(upload_id)
    try:
        result = import_plan_file(
            bytes(upload.data),
            upload.filename,
            year=upload.year,
            user=upload.created_by,
            choice=PlanChoice(plan_id=upload.plan_id, new=upload.new),
            progress=progress,
            writer="api",
        )
    except PlanImportError as exc:
        error = exc.worded("api") if isinstance(exc, LikelyDuplicate) else str(exc)
        PlanUpload.objects.filter(pk=upload_id).update(
            state=State.FAILED, error=error, updated_at=timezone.now()
        )
        return State.FAILED
    finally:
        progress.close()
    done = sum(result.summary[k] for k in ("commitments_created", "commitments_updated"))
    done += result.summary["commitments_unchanged"]
    PlanUpload.objects.filter(pk=upload_id).update(
        state=State.DONE,
        stage="done",
        progress_done=done,
        progress_total=max(done, upload.progress_total),
        result={"summary": result.summary, "plan_ids": result.plan_ids},
        updated_at=timezone.now(),
    )
    return State.DONE


class Progress:
    """Writes an import's progress where the API can read it while it runs.

    Outside the import's transaction an ordinary update does; inside it the
    update would stay invisible until the end, so on PostgreSQL it goes
    through a second connection, opened once per import and closed by
    :meth:`close` (SQLite has one writer: it waits for the end).
    """

    def __init__(self, upload_id: int) -> None:
        self.upload_id = upload_id
        self.side: BaseDatabaseWrapper | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        values = {"stage": stage, "progress_done": done, "updated_at": timezone.now()}
        if total:
            values["progress_total"] = total
        if not connection.in_atomic_block:
            PlanUpload.objects.filter(pk=self.upload_id).update(**values)
            return
        if connection.vendor != "postgresql":
            return
        if self.side is None:
            self.side = connections.create_connection(DEFAULT_DB_ALIAS)
        columns = ", ".join(f"{name} = %s" for name in values)
        with self.side.cursor() as cursor:
            cursor.execute(
                f"UPDATE {PlanUpload._meta.db_table} SET {columns} WHERE id = %s",
                [*values.values(), self.upload_id],
            )

    def close(self) -> None:
        if self.side is not None:
            self.side.close()
            self.side = None
