"""Report files built in the background (issue 17): queue, build, download, expire.

``POST /api/v1/reports/exports/`` (or the dashboard's 后台导出 form) calls
``queue``: the job is a row, and its task (``reports.build_export``) is queued
once the row is committed. The task calls ``run``, which claims the job with a
conditional update (a task delivered twice builds one file), draws up the
report for the scope its owner has *now*, and writes it with the same row
iterators and writers as the synchronous ``?format=`` exports into a temporary
file (the worker's memory does not grow with the ledger), then saves that file
to the default storage (``MEDIA_ROOT``, or the S3 bucket of the evidence
files). Progress is written every ``PROGRESS_EVERY`` rows, through a second
connection while the report's read holds its transaction open.

``sweep`` (beat, every ``EXPORT_SWEEP_MINUTES``) deletes the files of jobs past
``expires_at`` (``EXPORT_RETENTION_HOURS`` after they finished) and queues
again the jobs whose worker was lost, or fails them after ``MAX_ATTEMPTS`` claims.
"""

from __future__ import annotations

import datetime
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from commitments import background
from commitments.errors import Conflict, DomainError, NotFound
from commitments.models import Plan
from reports import exports
from reports.api.renderers import XLSX_MEDIA_TYPE, csv_chunks, xlsx_chunks
from reports.exports import Table
from reports.ledger import ledger_count, ledger_rows
from reports.models import ExportJob
from reports.overdue import overdue_count, overdue_rows
from reports.rollups import department_rollups, section_rollups
from reports.scope import ReportScope, department_ids_for

log = logging.getLogger(__name__)
State = ExportJob.State

#: Rows written between two progress updates of the job's row.
PROGRESS_EVERY = 5000
#: A running job whose row has not moved for this long was lost with its worker.
STALE = datetime.timedelta(minutes=10)
#: Claims of one job; a job that keeps killing its worker is failed after these.
MAX_ATTEMPTS = 3
#: Why a job was failed after ``MAX_ATTEMPTS``.
GAVE_UP = gettext_lazy("导出多次中断，已停止，请缩小范围后重试")
#: Jobs the dashboard lists.
RECENT = 8
#: Jobs one user may have queued or running at once (each can walk the whole ledger).
MAX_ACTIVE = 3
CONTENT_TYPES = {"xlsx": XLSX_MEDIA_TYPE, "csv": "text/csv; charset=utf-8"}


@dataclass(frozen=True)
class Kind:
    """A report a job can build: its file name (ASCII part), tables, row count."""

    slug: str
    tables: Callable[[ReportScope], list[Table]]
    #: rows of the file, counted before it is written (``None``: the tables are lists)
    count: Callable[[ReportScope], int] | None = None
    #: whether the file starts with a line naming the report, plan and day (as the view's)
    titled: bool = False


# The same tables as the synchronous exports (``reports.api.views``);
# ``tests/reports/test_export_jobs.py`` compares the files cell by cell.
KINDS = {
    "ledger": Kind(
        "ledger",
        lambda scope: [exports.ledger_table(ledger_rows(scope, with_text=True))],
        ledger_count,
    ),
    "overdue": Kind(
        "overdue",
        lambda scope: [
            exports.overdue_table(overdue_rows(scope.today, scope.department_ids, scope.plan_id))
        ],
        lambda scope: overdue_count(scope.today, scope.department_ids, scope.plan_id),
    ),
    "summary": Kind(
        "summary",
        lambda scope: [
            exports.department_table(department_rollups(scope)),
            exports.section_table(section_rollups(scope)),
        ],
        titled=True,
    ),
}


# -- queue ----------------------------------------------------------------


def queue(user: User, report: str, fmt: str, params: dict[str, Any]) -> ExportJob:
    """A queued job for ``params`` as ``ReportQuerySerializer`` validated them
    (``plan``: a Plan, ``date``: a day); its task is sent once this commits.
    The day defaults to today *now*, so the file is the report of the day asked."""
    from reports.tasks import build_export

    department_ids_for(user)  # Forbidden for an account without a role
    active = ExportJob.objects.filter(owner=user, state__in=[State.QUEUED, State.RUNNING])
    if active.count() >= MAX_ACTIVE:
        raise Conflict(
            "too_many_exports",
            _("已有 %(n)d 个导出任务正在进行，请等其完成后再导出") % {"n": MAX_ACTIVE},
        )
    stored: dict[str, Any] = {}
    if params.get("plan") is not None:
        stored["plan"] = params["plan"].pk
    stored["date"] = (params.get("date") or timezone.localdate()).isoformat()
    job = ExportJob.objects.create(
        owner=user,
        report=report,
        format=fmt,
        params=stored,
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    transaction.on_commit(lambda: build_export.delay(job.pk))
    return job


def recent(user: User) -> list[ExportJob]:
    return list(ExportJob.objects.filter(owner=user).order_by("-created_at", "-id")[:RECENT])


# -- build ----------------------------------------------------------------


def run(job_id: int) -> str:
    """The task's work: claim the job (once), build its file, record the outcome."""
    language = ExportJob.objects.filter(pk=job_id).values_list("language", flat=True).first()
    if language is None:  # deleted with its owner
        return "skipped"
    with translation.override(language):
        return _run(job_id)


def _run(job_id: int) -> str:
    if not background.claim(ExportJob, job_id, STALE, rows_done=0):
        return "skipped"
    job = ExportJob.objects.select_related("owner").get(pk=job_id)
    if job.attempts > MAX_ATTEMPTS:
        _finish(job, state=State.FAILED, error=str(GAVE_UP))
        return State.FAILED
    progress = Progress(job)
    try:
        name, size = build(job, progress)
    except DomainError as exc:  # refused (the owner lost the role, the plan is gone)
        _finish(job, state=State.FAILED, error=str(exc.message))
        return State.FAILED
    except Exception as exc:
        log.exception("export job %s failed", job_id)
        _finish(job, state=State.FAILED, error=_("导出失败（%(kind)s），请稍后重试") % {
            "kind": type(exc).__name__
        })  # fmt: skip
        return State.FAILED
    finally:
        progress.close()
    finished = _finish(
        job,
        state=State.DONE,
        file=name,
        size=size,
        rows_done=progress.done,
        rows_total=progress.done,
    )
    if not finished:  # a later claim took the job over (this worker was thought lost)
        default_storage.delete(name)
        return "superseded"
    return State.DONE


def _finish(job: ExportJob, **values: Any) -> int:
    """Record the outcome, if this attempt still owns the job (``background.finish``)."""
    now = timezone.now()
    expires = now + datetime.timedelta(hours=settings.EXPORT_RETENTION_HOURS)
    return background.finish(job, now, expires_at=expires, **values)


def scope_of(job: ExportJob) -> ReportScope:
    """The job's report scope: its parameters, and what its owner oversees now
    (``Forbidden`` when the owner lost the role, ``NotFound`` when the plan is gone)."""
    department_ids = department_ids_for(job.owner)
    plan = None
    if job.params.get("plan") is not None:
        plan = Plan.objects.defer("source_text").filter(pk=job.params["plan"]).first()
        if plan is None:
            raise NotFound("no_plan", _("没有这个工作计划"))
    return ReportScope(
        today=datetime.date.fromisoformat(job.params["date"]),
        plan=plan,
        department_ids=department_ids,
    )


def build(job: ExportJob, progress: Progress) -> tuple[str, int]:
    """Write the job's file to a temporary file, then to the storage: (name, bytes)."""
    scope = scope_of(job)
    kind = KINDS[job.report]
    if kind.count is not None:
        progress.start(kind.count(scope))
    tables = [Table(t.title, t.columns, progress.counting(t.rows)) for t in kind.tables(scope)]
    caption = (
        exports.caption(job.get_report_display(), scope.plan, scope.today) if kind.titled else None
    )
    chunks = csv_chunks(tables, caption) if job.format == "csv" else xlsx_chunks(tables, caption)
    ascii_name, _name = file_names(job, scope.plan)
    with tempfile.TemporaryFile(prefix="export-") as handle:
        for chunk in chunks:
            handle.write(chunk)
        size = handle.tell()
        handle.seek(0)
        name = default_storage.save(f"exports/{job.pk}/{ascii_name}", File(handle, ascii_name))
    return name, size


class Progress:
    """Counts the rows as the writer takes them; every ``PROGRESS_EVERY`` rows
    writes the count on the job's row, where the API reads it.

    The report's read runs in a transaction (``commitments.sql.without_jit``): the
    count goes through ``background.RowWriter`` (a second connection on PostgreSQL).
    """

    def __init__(self, job: ExportJob) -> None:
        self.job = job
        self.done = 0
        self.total: int | None = None
        self._row = background.RowWriter(job)

    def start(self, total: int) -> None:
        self.total = total
        self.write()

    def counting(self, rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
        if isinstance(rows, Sequence):  # a roll-up: its rows are known at once
            self.total = (self.total or 0) + len(rows)
            self.write()
        for row in rows:
            yield row
            self.done += 1
            if not self.done % PROGRESS_EVERY:
                self.write()

    def write(self) -> None:
        values: dict[str, Any] = {"rows_done": self.done}
        if self.total is not None:
            values["rows_total"] = max(self.total, self.done)
        self._row.write(**values)

    def close(self) -> None:
        self._row.close()


# -- download -------------------------------------------------------------


def file_names(job: ExportJob, plan: Plan | None = None) -> tuple[str, str]:
    """The job's file names, as the synchronous export names the same file
    (``exports.download_names``)."""
    if plan is None and job.params.get("plan") is not None:
        plan = Plan.objects.only("year", "title").filter(pk=job.params["plan"]).first()
    return exports.download_names(
        KINDS[job.report].slug,
        job.get_report_display(),
        plan,
        job.params.get("date", ""),
        job.format,
    )


def content_disposition(job: ExportJob) -> str:
    """An attachment named in ASCII and, for clients that read RFC 5987, in Chinese —
    in the job's language, as its file is written, whoever downloads it."""
    with translation.override(job.language):
        return exports.attachment(*file_names(job))


def is_expired(job: ExportJob, now: datetime.datetime | None = None) -> bool:
    if job.state == State.EXPIRED:
        return True
    return job.expires_at is not None and job.expires_at <= (now or timezone.now())


def open_file(job: ExportJob) -> File[bytes]:
    return default_storage.open(job.file.name or "", "rb")


# -- sweep ----------------------------------------------------------------


def sweep(now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete the files of jobs past ``expires_at`` and mark them expired (a failed
    job keeps its error); queue again the jobs a lost worker left queued or running,
    or fail them after ``MAX_ATTEMPTS`` (``background.sweep_lost``)."""
    from reports.tasks import build_export

    now = now or timezone.now()
    expired = 0
    due = ExportJob.objects.filter(state=State.DONE, expires_at__lte=now).values_list("pk", "file")
    for pk, name in due.iterator():
        if ExportJob.objects.filter(pk=pk, state=State.DONE).update(
            state=State.EXPIRED, file="", updated_at=now
        ):
            if name:
                default_storage.delete(name)
            expired += 1
    lost = background.sweep_lost(ExportJob, STALE, MAX_ATTEMPTS, build_export.delay, GAVE_UP, now)
    return {"expired": expired, **lost}
