"""Export jobs on a real Celery worker (a subprocess on Redis, ``tests.support``):
the API queues the job, the worker builds the file into the shared storage, the
owner downloads it and it reads back as the synchronous export."""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from django.conf import settings
from django.db import connection
from rest_framework.test import APIClient

from reports.models import ExportJob
from tests.reports.seed import TODAY, seed_plan
from tests.reports.test_api import body, get
from tests.support.celery_worker import (
    WorkerProcess,
    database_url,
    new_queue,
    purge_queue,
    send_task,
)

EXPORTS = "/api/v1/reports/exports/"

# A worker process must open the test database, so on SQLite it has to be a file.
_db = settings.DATABASES["default"]
if _db["ENGINE"].endswith("sqlite3") and not (_db.get("TEST") or {}).get("NAME"):
    _db.setdefault("TEST", {})["NAME"] = os.path.join(
        tempfile.gettempdir(), f"tracker-test-{os.getpid()}.sqlite3"
    )


@pytest.fixture
def worker(transactional_db, redis_url: str, tmp_path: Path, settings) -> Iterator[WorkerProcess]:
    """One solo worker on its own queue; it and this process share MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"
    queue = new_queue()
    process = WorkerProcess(
        {
            "DJANGO_SETTINGS_MODULE": "tracker.settings",
            "DATABASE_URL": database_url(connection.settings_dict),
            "DB_CONN_MAX_AGE": "0",
            "CELERY_BROKER_URL": redis_url,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "TRACKER_VAR_DIR": str(tmp_path / "var"),
            "REMINDER_SWEEP_MINUTES": "0",
            "LOG_FORMAT": "plain",
            "LOG_LEVEL": "INFO",
        },
        queue,
        tmp_path / "worker.log",
    )
    yield process
    process.kill()
    purge_queue(redis_url, queue)


def _reset_publishing(app) -> None:
    """Forget the connection pools and routes built from the old configuration."""
    app._after_fork()
    app.amqp._rtable = None
    app.amqp.__dict__.pop("router", None)


@pytest.fixture
def publish_to_worker(worker, redis_url, monkeypatch) -> Iterator[None]:
    """This process (the API) publishes ``reports.build_export`` where the
    test's worker listens, as production publishes to the shared broker."""
    from tracker.celery import app

    monkeypatch.setattr(app.conf, "broker_url", redis_url)
    monkeypatch.setitem(app.conf, "task_routes", {"reports.build_export": {"queue": worker.queue}})
    _reset_publishing(app)
    yield
    monkeypatch.undo()
    _reset_publishing(app)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def sheets(raw: bytes) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(io.BytesIO(raw))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def test_a_worker_builds_the_ledger_xlsx_the_owner_downloads(worker, redis_url, publish_to_worker):
    seed = seed_plan()
    client = APIClient()
    client.force_authenticate(seed.supervisor)
    payload = {"report": "ledger", "params": {"plan": seed.plan.pk, "date": TODAY.isoformat()}}
    response = client.post(EXPORTS, payload, format="json")  # queued on commit
    assert response.status_code == 202
    job_id = response.json()["id"]
    # Delivered a second time, as a broker may after a lost acknowledgement.
    send_task(redis_url, worker.queue, "reports.build_export", [job_id])
    worker.start()

    def finished() -> bool:
        return client.get(f"{EXPORTS}{job_id}/").json()["state"] in ("done", "failed")

    assert wait_until(finished), worker.log()
    job = client.get(f"{EXPORTS}{job_id}/").json()
    assert job["state"] == "done", (job, worker.log())
    assert (job["rows_done"], job["rows_total"], job["progress"]) == (8, 8, 100)

    file = client.get(job["download_url"])
    assert file.status_code == 200
    raw = b"".join(file.streaming_content)
    sync = get(
        seed.supervisor,
        "/api/v1/reports/ledger/",
        plan=seed.plan.pk,
        date=TODAY.isoformat(),
        format="xlsx",
    )
    assert sheets(raw) == sheets(body(sync))
    assert len(sheets(raw)["督办台账"]) == 9

    assert wait_until(lambda: worker.log().count("reports.build_export") >= 4), worker.log()
    stored = Path(settings.MEDIA_ROOT) / "exports" / str(job_id)
    assert [p.name for p in stored.iterdir()] == [
        f"ledger-plan2024-id{seed.plan.pk}-2024-07-10.xlsx"
    ]
    assert ExportJob.objects.get(pk=job_id).attempts == 1
    assert "skipped" in worker.log()
