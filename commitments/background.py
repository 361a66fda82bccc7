"""A long job an administrator or supervisor starts and then follows on a page (the
ledger's 后台导出, ``reports.export_jobs``; the department merge,
``services.merge_jobs``): the job is a row with a ``state`` (queued → running → done
or failed), ``attempts``, ``updated_at`` and ``finished_at``; a Celery task claims it
once (``claim``), writes where it stands on the row while it works (``RowWriter``,
through a second connection while its own transaction is open) and records the
outcome only while that claim is still its own (``finish``).

A job whose row has not moved for its kind's ``STALE`` was lost: its worker died (a
killed worker's task comes back at once, finds the job claimed and is acknowledged as
skipped) or its task never reached the broker. Beat's sweep of each kind
(``sweep_lost``) queues it again, or fails it with a reason once it has been claimed
``max_attempts`` times; ``is_live`` tells the job still under way from such a one."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.functional import Promise

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def claim(model: type[models.Model], pk: int, stale: datetime.timedelta, **values: Any) -> bool:
    """Take the queued job (or a running one whose worker stopped moving it for
    ``stale``): one conditional update, so a task delivered twice runs once."""
    now = timezone.now()
    return bool(
        model._default_manager.filter(
            Q(state=QUEUED) | Q(state=RUNNING, updated_at__lt=now - stale), pk=pk
        ).update(
            state=RUNNING,
            started_at=now,
            updated_at=now,
            error="",
            attempts=F("attempts") + 1,
            **values,
        )
    )


def is_live(stale: datetime.timedelta, now: datetime.datetime | None = None) -> Q:
    """Jobs under way: queued or running, and their row moved within ``stale``."""
    now = now or timezone.now()
    return Q(state__in=[QUEUED, RUNNING], updated_at__gte=now - stale)


def sweep_lost(
    model: type[models.Model],
    stale: datetime.timedelta,
    max_attempts: int,
    send: Callable[[int], object],
    gave_up: Promise,
    now: datetime.datetime | None = None,
) -> dict[str, int]:
    """Queue again (``send(pk)``) the jobs left queued or running whose row has not moved
    for ``stale``; fail those already claimed ``max_attempts`` times, with ``gave_up`` in
    the job's language (its page shows it). Each change is a conditional update on the
    row as read, so a claim in between, or a second sweep, wins over it."""
    now = now or timezone.now()
    manager = model._default_manager
    lost = manager.filter(state__in=[QUEUED, RUNNING], updated_at__lt=now - stale)
    done = {"requeued": 0, "failed": 0}
    for pk, state, attempts, language in lost.values_list("pk", "state", "attempts", "language"):
        same = manager.filter(pk=pk, state=state, attempts=attempts, updated_at__lt=now - stale)
        if attempts >= max_attempts:
            with translation.override(language):
                error = str(gave_up)
            values = {"state": FAILED, "error": error, "finished_at": now}
            done["failed"] += same.update(updated_at=now, **values)
        elif same.update(state=QUEUED, updated_at=now):
            send(pk)
            done["requeued"] += 1
    return done


def mine(job: models.Model) -> dict[str, Any]:
    """The rows this attempt still owns (a later claim took the job over otherwise)."""
    return {"pk": job.pk, "state": RUNNING, "attempts": job.attempts}  # type: ignore[attr-defined]


def finish(job: models.Model, now: datetime.datetime | None = None, **values: Any) -> int:
    """Record the outcome (finished ``now``), if this attempt still owns the job."""
    now = now or timezone.now()
    return (
        type(job)
        ._default_manager.filter(**mine(job))
        .update(finished_at=now, updated_at=now, **values)
    )


class RowWriter:
    """Writes where a running job stands onto its row, where its page reads it.

    The job's work may run in one transaction: an update inside it would stay
    invisible until the end, so on PostgreSQL it goes through a second connection,
    opened once per job (SQLite, one writer: the page sees the outcome only)."""

    def __init__(self, job: models.Model) -> None:
        self.job = job
        self._side: Any = None

    def write(self, **values: Any) -> None:
        values["updated_at"] = timezone.now()
        if not connection.in_atomic_block:
            type(self.job)._default_manager.filter(**mine(self.job)).update(**values)
            return
        if connection.vendor != "postgresql":
            return
        if self._side is None:
            self._side = connections.create_connection(DEFAULT_DB_ALIAS)
        meta = self.job._meta
        columns = ", ".join(f"{meta.get_field(name).column} = %s" for name in values)
        with self._side.cursor() as cursor:
            cursor.execute(
                f"UPDATE {meta.db_table} SET {columns} "
                "WHERE id = %s AND attempts = %s AND state = %s",
                [*values.values(), self.job.pk, self.job.attempts, RUNNING],  # type: ignore[attr-defined]
            )

    def close(self) -> None:
        if self._side is not None:
            self._side.close()
            self._side = None
