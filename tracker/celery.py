"""The Celery app. Configuration lives in ``tracker.settings`` (``CELERY_*``)."""

from __future__ import annotations

import os

from celery import Celery
from celery.signals import beat_init, task_postrun, task_prerun, worker_init

from tracker.logging import connect_celery_signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# One structured log line per task; worker logging follows settings.LOGGING.
connect_celery_signals()


@beat_init.connect
def sweep_at_start(sender=None, **kwargs) -> None:
    """Beat's first sweep would wait a whole interval after a (re)start; sweep now."""
    from django.conf import settings

    if settings.REMINDER_SWEEP_MINUTES:
        app.send_task("reminders.sweep")


@worker_init.connect
def compile_before_fork(sender=None, **kwargs) -> None:
    """Work every pool process would otherwise repeat in its first task, done once
    here, before the pool forks (``recipients.compile_checks``)."""
    from commitments.reminders.recipients import compile_checks

    compile_checks()


@task_prerun.connect
@task_postrun.connect
def close_old_connections(sender=None, **kwargs) -> None:
    """Between tasks, what Django does between requests: close a connection older than
    ``DB_CONN_MAX_AGE`` or broken, keep the others (and check one before reuse).
    Celery closed every connection around every task (``CELERY_DB_REUSE_MAX`` unset),
    so each task paid a new PostgreSQL backend. Not for an eager task: it runs inside
    its caller's transaction."""
    if sender is not None and getattr(sender.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()
