"""Fixtures for the reminder tests: the SMTP server and Celery workers live in
``tests.support`` so other suites (deployment) can use them too."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from commitments.choices import NotificationState
from commitments.models import Notification
from tests.support.celery_worker import (
    WorkerProcess,
    database_url,
    new_queue,
    purge_queue,
    send_task,
)
from tests.support.smtp import SmtpServer

# A worker process must open the test database, so on SQLite it has to be a
# file (PostgreSQL needs nothing). Set before any test creates the database.
_db = settings.DATABASES["default"]
if _db["ENGINE"].endswith("sqlite3") and not (_db.get("TEST") or {}).get("NAME"):
    _db.setdefault("TEST", {})["NAME"] = os.path.join(
        tempfile.gettempdir(), f"tracker-test-{os.getpid()}.sqlite3"
    )


@pytest.fixture(scope="module")
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp(smtp_server: SmtpServer) -> Iterator[SmtpServer]:
    smtp_server.reset()
    smtp_server.start()
    yield smtp_server
    smtp_server.reset()


class Workers:
    """Start workers that share one queue, publish tasks to it, wait for quiet."""

    def __init__(self, env: dict[str, str], queue: str, log_dir: Path) -> None:
        self.env, self.queue, self.log_dir = env, queue, log_dir
        self.started: list[WorkerProcess] = []

    def start(self, name: str = "w", pool: str = "solo", concurrency: int = 1) -> WorkerProcess:
        worker = WorkerProcess(
            self.env,
            self.queue,
            self.log_dir / f"{name}.log",
            name=name,
            pool=pool,
            concurrency=concurrency,
        )
        self.started.append(worker)
        return worker.start()

    def send(self, task: str, *args) -> None:
        send_task(self.env["CELERY_BROKER_URL"], self.queue, task, list(args))

    def sweep(self, at: str) -> None:
        self.send("reminders.sweep", at)

    def stop_all(self) -> None:
        """Tests end with idle workers, so SIGKILL loses nothing and saves the
        seconds a warm shutdown takes; then drop the test queue from Redis."""
        for worker in self.started:
            worker.kill()
        purge_queue(self.env["CELERY_BROKER_URL"], self.queue)

    def logs(self) -> str:
        return "\n".join(f"--- {w.name}\n{w.log()[-4000:]}" for w in self.started)


@pytest.fixture
def workers(
    transactional_db, redis_url: str, smtp: SmtpServer, tmp_path: Path
) -> Iterator[Workers]:
    env = {
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DATABASE_URL": database_url(connection.settings_dict),
        "DB_CONN_MAX_AGE": "0",
        "CELERY_BROKER_URL": redis_url,
        "CELERY_VISIBILITY_TIMEOUT": "20",
        "EMAIL_URL": smtp.url,
        "EMAIL_TIMEOUT": "5",
        "ROBOT_TIMEOUT": "3",
        "REMINDER_SEND_LEASE_SECONDS": "4",
        "REMINDER_RETRY_BASE_SECONDS": "0.3",
        "REMINDER_RETRY_MAX_SECONDS": "1.5",
        "REMINDER_SEND_RETRIES": "12",
        "TRACKER_VAR_DIR": str(tmp_path / "var"),
        "SITE_URL": settings.SITE_URL,
        "LOG_FORMAT": "plain",
        "LOG_LEVEL": "INFO",
    }
    pool = Workers(env, new_queue(), tmp_path)
    yield pool
    pool.stop_all()


def wait_until(condition: Callable[[], bool], timeout: float = 30.0, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


def settled(expected: int | None = None) -> bool:
    """Every decided e-mail is sent or failed (none pending or sending), and
    there are ``expected`` of them if given."""
    if expected is not None and Notification.objects.count() != expected:
        return False
    return not Notification.objects.filter(
        state__in=[NotificationState.PENDING, NotificationState.SENDING]
    ).exists()
