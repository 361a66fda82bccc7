"""The bench's export-job measurement still fits the product (nothing timed here)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from bench import export_job, seed
from tests.support.celery_worker import database_url

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_builds_the_ledger_xlsx_on_a_worker_and_reads_its_memory(redis_url, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the benchmark seeds with PostgreSQL COPY (run with CI=true)")
    today = timezone.localdate()
    seed.seed(50, today.year, today.month, departments=50)
    env = {
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "DATABASE_URL": database_url(connection.settings_dict),
        "DB_CONN_MAX_AGE": "0",
        "TRACKER_VAR_DIR": str(tmp_path / "var"),
        "REMINDER_SWEEP_MINUTES": "0",
        "LOG_FORMAT": "plain",
    }
    run = export_job.through_worker(env, redis_url, tmp_path / "worker.log", timeout=60)
    assert run.state == "done", (tmp_path / "worker.log").read_text()[-3000:]
    assert run.rows == 50
    assert run.worker_rss_mb >= run.idle_rss_mb > 0
