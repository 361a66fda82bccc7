"""The Celery configuration and the beat table, read from the environment."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from tracker.env import ConfigError

SETTINGS = Path(__file__).resolve().parents[2] / "tracker" / "settings.py"


def load(monkeypatch, tmp_path, **env: str) -> dict:
    """Evaluate tracker/settings.py afresh under the given environment."""
    monkeypatch.setenv("TRACKER_VAR_DIR", str(tmp_path))
    for name in (
        "REMINDER_SWEEP_MINUTES",
        "CELERY_BROKER_URL",
        "CELERY_VISIBILITY_TIMEOUT",
        "REMINDER_RETRY_MAX_SECONDS",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_tasks_are_json_acked_late_and_given_back_if_the_worker_dies(monkeypatch, tmp_path):
    conf = load(monkeypatch, tmp_path)
    assert conf["CELERY_TASK_SERIALIZER"] == "json" and conf["CELERY_ACCEPT_CONTENT"] == ["json"]
    assert conf["CELERY_TASK_ACKS_LATE"] is True
    assert conf["CELERY_TASK_REJECT_ON_WORKER_LOST"] is True
    assert conf["CELERY_WORKER_PREFETCH_MULTIPLIER"] == 1
    assert conf["CELERY_TASK_IGNORE_RESULT"] is True
    assert conf["CELERY_TIMEZONE"] == "Asia/Shanghai"


def test_the_sweep_runs_every_15_minutes_by_default(monkeypatch, tmp_path):
    entry = load(monkeypatch, tmp_path)["CELERY_BEAT_SCHEDULE"]["reminders-sweep"]
    assert entry["task"] == "reminders.sweep"
    assert entry["schedule"] == 900
    assert entry["options"]["expires"] == 900


def test_the_sweep_interval_comes_from_the_environment(monkeypatch, tmp_path):
    conf = load(monkeypatch, tmp_path, REMINDER_SWEEP_MINUTES="5")
    assert conf["CELERY_BEAT_SCHEDULE"]["reminders-sweep"]["schedule"] == 300


def test_zero_minutes_switches_the_beat_sweep_off(monkeypatch, tmp_path):
    schedule = load(monkeypatch, tmp_path, REMINDER_SWEEP_MINUTES="0")["CELERY_BEAT_SCHEDULE"]
    assert "reminders-sweep" not in schedule


@pytest.mark.parametrize(
    "env",
    [
        {"REMINDER_SWEEP_MINUTES": "-1"},
        {"REMINDER_SWEEP_MINUTES": "often"},
        {"CELERY_VISIBILITY_TIMEOUT": "600", "REMINDER_RETRY_MAX_SECONDS": "900"},
    ],
)
def test_it_refuses_a_bad_value(monkeypatch, tmp_path, env):
    with pytest.raises(ConfigError):
        load(monkeypatch, tmp_path, **env)


def test_the_embedded_broker_is_the_local_default_and_redis_gets_the_timeout(monkeypatch, tmp_path):
    assert load(monkeypatch, tmp_path)["CELERY_BROKER_URL"] == "filesystem://"
    conf = load(
        monkeypatch,
        tmp_path,
        CELERY_BROKER_URL="redis://h:6379/0",
        CELERY_VISIBILITY_TIMEOUT="1800",
    )
    assert conf["CELERY_BROKER_TRANSPORT_OPTIONS"] == {"visibility_timeout": 1800}


def test_the_celery_app_reads_them_and_knows_the_tasks():
    from tracker.celery import app

    assert app.conf.task_acks_late is True
    assert app.conf.timezone == "Asia/Shanghai"
    app.loader.import_default_modules()
    assert {"reminders.sweep", "reminders.sweep_chunk", "reminders.send"} <= set(app.tasks)
