"""A merge job that lost its worker (killed mid-merge: its task comes back at once, finds
the job claimed and is acknowledged as skipped) or whose task never reached the broker
is not left queued or running for ever: beat's sweep queues it again, or fails it after
``MAX_ATTEMPTS`` with a reason its page shows, and it blocks no later merge. A merge
touching a department that a merge under way touches, as source or as target, is
refused (乙→丙 while 甲→乙 waits would retire 乙 before 甲 moves into it).

Most tests run the job's body in the test's process (the sweep's task sent eagerly);
the last one kills a real worker's pool process in the middle of a merge."""

from __future__ import annotations

import datetime
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone, translation

from commitments.choices import Role
from commitments.models import Department, MergeJob
from commitments.services import merge_jobs
from tests import factories
from tests.reports.test_export_jobs import load_settings
from tests.support.celery_worker import WorkerProcess, database_url, new_queue, purge_queue
from tests.workspace.conftest import client_for
from tests.workspace.test_merge_jobs import _reset_publishing, ledger, select, wait_until
from tests.workspace.test_merge_reports import a_water_station
from tracker.env import ConfigError

LOST = merge_jobs.STALE + datetime.timedelta(minutes=1)


@pytest.fixture
def eager(monkeypatch):
    """The sweep's tasks run in this process (the real task code) as it sends them."""
    from tracker.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", True)


def admin_client(name: str = "guanli"):
    return client_for(factories.user(name, role=Role.ADMIN))


def confirmed(town, language: str = "zh-hans"):
    """水利站 → 农业农村办 confirmed in the admin: the job and the admin's client."""
    station, own, _clerk = a_water_station(town)
    admin = admin_client()
    page = select(admin, station, confirm=True, language=language)
    return station, own, admin, page.redirect_chain[-1][0]


def lose(job_id: int, **values) -> None:
    """The job's row stopped moving ``LOST`` ago (its worker died, or its task was never
    sent): what beat's sweep finds."""
    MergeJob.objects.filter(pk=job_id).update(updated_at=timezone.now() - LOST, **values)


# -- the sweep --------------------------------------------------------------------


@pytest.mark.parametrize(
    "lost",
    [
        {"state": "running", "attempts": 1, "step": "reports", "steps_done": 2},
        {"state": "queued", "attempts": 0},  # the broker was down when it was confirmed
    ],
    ids=["worker-killed", "never-sent"],
)
def test_the_sweep_queues_a_lost_job_again_and_it_merges(town, eager, lost):
    station, own, admin, url = confirmed(town)
    job = MergeJob.objects.get()
    lose(job.pk, **lost)

    assert merge_jobs.sweep() == {"requeued": 1, "failed": 0}

    job.refresh_from_db()
    assert (job.state, job.attempts) == ("done", lost["attempts"] + 1)
    text = admin.get(url).content.decode()
    assert "单位“水利站”已合并到“农业农村办”：转入承诺事项 2 项" in text
    own.refresh_from_db()
    assert own.lead_owner == town.outsider_dept
    assert merge_jobs.sweep() == {"requeued": 0, "failed": 0}


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "zh-hans",
            "合并失败，未合并任何单位：合并多次中断（处理它的后台进程意外退出），"
            "已停止重试，请检查后台服务后重新合并",
        ),
        (
            "en",
            "The merge failed; no department was merged: The merge was interrupted several "
            "times (the background process running it stopped unexpectedly) and will not be "
            "tried again; check the background services, then merge again",
        ),
    ],
)
def test_after_three_lost_tries_the_sweep_fails_it_and_its_page_says_why(
    town, eager, language, said
):
    station, _own, admin, url = confirmed(town, language)
    job = MergeJob.objects.get()
    lose(job.pk, state="running", attempts=merge_jobs.MAX_ATTEMPTS)
    before = ledger(station)

    with translation.override("zh-hans"):  # beat's language: the reason is the job's
        assert merge_jobs.sweep() == {"requeued": 0, "failed": 1}

    job.refresh_from_db()
    assert job.state == "failed" and job.finished_at is not None
    text = admin.get(url).content.decode()
    assert said in text and 'class="error"' in text and 'http-equiv="refresh"' not in text
    assert ledger(station) == before
    assert merge_jobs.run(job.pk) == "skipped"  # a late copy of its task changes nothing
    select(admin, station, confirm=True)  # and the merge may be confirmed again
    assert MergeJob.objects.filter(state="queued").count() == 1


def test_the_sweep_leaves_a_job_under_way_alone(town, eager):
    confirmed(town)
    job = MergeJob.objects.get()
    MergeJob.objects.filter(pk=job.pk).update(state="running", attempts=1)

    assert merge_jobs.sweep() == {"requeued": 0, "failed": 0}
    assert MergeJob.objects.get().state == "running"


def test_a_lost_job_blocks_no_new_merge_and_is_superseded_by_it(town, eager):
    station, _own, admin, url = confirmed(town)
    lost = MergeJob.objects.get()
    lose(lost.pk, state="running", attempts=1)

    page = select(admin_client("guanli2"), station, confirm=True)

    new = MergeJob.objects.exclude(pk=lost.pk).get()
    assert page.redirect_chain[-1][0].endswith(f"/merge-jobs/{new.pk}/")
    text = admin.get(url).content.decode()
    assert f"合并失败，未合并任何单位：后台进程中断，已由任务 #{new.pk} 重新提交" in text
    assert merge_jobs.sweep() == {"requeued": 0, "failed": 0}  # the old one is not run again
    assert merge_jobs.run(new.pk) == "done"


# -- a merge touching one under way ---------------------------------------------------


def a_township_office(town) -> Department:
    """乡镇办 lists 农业农村办 (水利站's unit) as an alias: 农业农村办 → 乡镇办 is a merge."""
    return factories.department("乡镇办", aliases=["农业农村办"])


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "zh-hans",
            "未合并任何单位：单位“农业农村办”正在接收合并（任务 #{job}：“水利站” → “农业农村办”），"
            "请等它完成后再试",
        ),
        (
            "en",
            "No department was merged: “农业农村办” is receiving a merge under way "
            "(job #{job}: “水利站” → “农业农村办”); wait until it has finished, then try again",
        ),
    ],
)
def test_merging_the_unit_a_queued_merge_goes_into_is_refused(town, language, said):
    station, _own, _admin, _url = confirmed(town)
    job = MergeJob.objects.get()
    a_township_office(town)

    for confirm in (False, True):
        admin = admin_client(f"guanli-{confirm}")
        page = select(admin, town.outsider_dept, confirm=confirm, language=language)
        assert [str(m) for m in page.context["messages"]] == [said.format(job=job.pk)]
    assert MergeJob.objects.count() == 1


def test_merging_into_a_unit_a_queued_merge_retires_is_refused(town):
    """With 农业农村办 → 乡镇办 queued, 水利站 → 农业农村办 would move into a retired unit."""
    station, _own, _clerk = a_water_station(town)
    a_township_office(town)
    admin = admin_client()
    select(admin, town.outsider_dept, confirm=True)
    job = MergeJob.objects.get()

    page = select(admin, station, confirm=True)

    assert [str(m) for m in page.context["messages"]] == [
        f"未合并任何单位：单位“农业农村办”的合并正在进行（任务 #{job.pk}），请等它完成后再试"
    ]
    assert MergeJob.objects.count() == 1


# -- settings ----------------------------------------------------------------------


class TestSettings:
    def test_beat_sweeps_merges_every_five_minutes(self, monkeypatch, tmp_path):
        monkeypatch.delenv("MERGE_SWEEP_MINUTES", raising=False)
        loaded = load_settings(monkeypatch, tmp_path)
        entry = loaded["CELERY_BEAT_SCHEDULE"]["merges-sweep"]
        assert entry["task"] == "commitments.sweep_merges"
        assert entry["schedule"] == 5 * 60.0
        assert loaded["COMMITMENT_LOCK_TIMEOUT"] == 3.0

    def test_zero_minutes_switches_the_sweep_off(self, monkeypatch, tmp_path):
        loaded = load_settings(monkeypatch, tmp_path, MERGE_SWEEP_MINUTES="0")
        assert "merges-sweep" not in loaded["CELERY_BEAT_SCHEDULE"]

    @pytest.mark.parametrize(
        "env",
        [
            {"MERGE_SWEEP_MINUTES": "-1"},
            {"COMMITMENT_LOCK_TIMEOUT": "0"},
            {"COMMITMENT_LOCK_TIMEOUT": "40"},
            {"COMMITMENT_LOCK_TIMEOUT": "a while"},
        ],
    )
    def test_it_refuses_a_bad_value(self, monkeypatch, tmp_path, env):
        with pytest.raises(ConfigError):
            load_settings(monkeypatch, tmp_path, **env)


# -- a real worker killed in the middle of a merge ----------------------------------


@pytest.fixture
def prefork_worker(redis_url, tmp_path: Path, monkeypatch) -> Iterator[WorkerProcess]:
    """A worker with one pool process on its own queue, where this process (the admin,
    and here beat's sweep too) publishes the merge. A pool process killed, its parent
    gives the task back to the broker at once (``CELERY_TASK_REJECT_ON_WORKER_LOST``)."""
    from tracker.celery import app

    queue = new_queue()
    process = WorkerProcess(
        {
            "DJANGO_SETTINGS_MODULE": "tracker.settings",
            "DATABASE_URL": database_url(connection.settings_dict),
            "DB_CONN_MAX_AGE": "0",
            "CELERY_BROKER_URL": redis_url,
            "TRACKER_VAR_DIR": str(tmp_path / "var"),
            "REMINDER_SWEEP_MINUTES": "0",
            "LOG_FORMAT": "plain",
        },
        queue,
        tmp_path / "worker.log",
        pool="prefork",
    )
    monkeypatch.setattr(app.conf, "broker_url", redis_url)
    monkeypatch.setitem(
        app.conf, "task_routes", {"commitments.merge_departments": {"queue": queue}}
    )
    _reset_publishing(app)
    yield process
    process.kill()
    monkeypatch.undo()
    _reset_publishing(app)
    purge_queue(redis_url, queue)


def pool_process(worker: WorkerProcess) -> int:
    """The pid of the worker's pool process (its only child)."""
    parent = worker.process.pid
    children = [
        int(entry)
        for entry in os.listdir("/proc")
        if entry.isdigit() and _parent_of(entry) == parent
    ]
    assert len(children) == 1, children
    return children[0]


def _parent_of(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


@pytest.mark.django_db(transaction=True)
@pytest.mark.slow
@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="holds a row lock to pause it")
def test_a_merge_whose_worker_is_killed_is_run_again_by_the_sweep(town, prefork_worker):
    station, own, _clerk = a_water_station(town)
    admin = factories.user("guanli", role=Role.ADMIN)
    other = connections.create_connection(DEFAULT_DB_ALIAS)  # pauses the merge at its lock
    other.set_autocommit(False)
    with other.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM commitments_department WHERE id = %s FOR UPDATE",
            [town.outsider_dept.pk],
        )
    try:
        prefork_worker.start()
        job = merge_jobs.queue(Department.objects.filter(pk=station.pk), admin).job
        assert wait_until(lambda: MergeJob.objects.get(pk=job.pk).step == "lock")
        os.kill(pool_process(prefork_worker), signal.SIGKILL)  # out of memory, say
        # Given back at once, the task finds its job claimed: skipped and acknowledged.
        assert wait_until(lambda: "'skipped'" in prefork_worker.log()), prefork_worker.log()
        assert "WorkerLostError" in prefork_worker.log()
    finally:
        other.rollback()
        other.close()
    job.refresh_from_db()
    assert (job.state, job.attempts) == ("running", 1)
    assert Department.objects.get(pk=station.pk).is_active  # its transaction rolled back

    lose(job.pk)  # beat's sweep, once the row has not moved for STALE
    assert merge_jobs.sweep() == {"requeued": 1, "failed": 0}

    assert wait_until(lambda: MergeJob.objects.get(pk=job.pk).state == "done"), prefork_worker.log()
    job.refresh_from_db()
    assert job.attempts == 2 and job.result[0]["commitments"] == 2
    own.refresh_from_db()
    assert own.lead_owner == town.outsider_dept
    assert not Department.objects.get(pk=station.pk).is_active
