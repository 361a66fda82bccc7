"""Beat sweeps once at start (issue 19): a fresh beat does not wait an interval."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.reminders import scenario
from tests.reminders.scenario import EXPECTED, MONDAY_9_30, store_all
from tests.support.celery_worker import BASE_DIR, CELERY

pytestmark = [pytest.mark.celery, pytest.mark.smtp, pytest.mark.slow]


def test_beat_sweeps_at_start_and_picks_up_what_is_unsent(workers, smtp, tmp_path):
    scenario.build_town()
    store_all(MONDAY_9_30)  # decided, never queued (say, Redis lost the tasks)
    workers.start()
    env = {
        **os.environ,
        **workers.env,
        "CELERY_TASK_DEFAULT_QUEUE": workers.queue,
        "REMINDER_SWEEP_MINUTES": "15",
    }
    with (tmp_path / "beat.log").open("wb") as log:
        beat = subprocess.Popen(
            [str(CELERY), "-A", "tracker", "beat", "--loglevel=INFO",
             "-s", str(tmp_path / "schedule")],  # fmt: skip
            cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        messages = smtp.wait_for(len(EXPECTED), timeout=40)
    finally:
        beat.kill()
        beat.wait()
    assert {r for m in messages for r in m.envelope_to} == set(EXPECTED)
