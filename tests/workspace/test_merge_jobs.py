"""单位合并 as a background job: the administrator confirms, the merge runs on a Celery
worker, and its page says it is running, then what moved, or why nothing did.

The page tests run the job's body (``merge_jobs.run``, all the task does) in the
test's process; the last ones run it on a real worker on Redis, in Chromium."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connection, connections

from commitments.choices import Role
from commitments.models import Department, MergeJob, ProgressReport
from commitments.services import merge_jobs
from tests import factories
from tests.support.celery_worker import WorkerProcess, database_url, new_queue, purge_queue
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_browser import DESKTOP, PHONE, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)
from tests.workspace.test_merge_reports import a_water_station

CHANGELIST = "/admin/commitments/department/"

# A worker process must open the test database, so on SQLite it has to be a file.
_db = settings.DATABASES["default"]
if _db["ENGINE"].endswith("sqlite3") and not (_db.get("TEST") or {}).get("NAME"):
    _db.setdefault("TEST", {})["NAME"] = os.path.join(
        tempfile.gettempdir(), f"tracker-test-{os.getpid()}.sqlite3"
    )

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the page sees a step only on PostgreSQL"
)


def select(client, *departments, confirm: bool = False, language: str = "zh-hans"):
    data = {"action": "merge", "_selected_action": [d.pk for d in departments]}
    if confirm:
        data["confirm"] = "yes"
    return in_language(client, language).post(CHANGELIST, data, follow=True)


def ledger(station) -> tuple:
    """What a merge would change, to compare before and after."""
    station.refresh_from_db()
    return (
        station.is_active,
        sorted(ProgressReport.objects.values_list("pk", "department_id", "merged_from_id")),
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh-hans", ["“水利站” → “农业农村办”", "确认合并"]),
        ("en", ["“水利站” → “农业农村办”", "Merge"]),
    ],
)
def test_the_admin_is_asked_first_and_nothing_moves_until_confirmed(town, language, words):
    station, _own, _clerk = a_water_station(town)
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    before = ledger(station)

    page = select(admin, station, language=language).content.decode()

    for word in words:
        assert word in page
    assert ledger(station) == before and not MergeJob.objects.exists()


@pytest.mark.parametrize(
    ("language", "running", "moved"),
    [
        ("zh-hans", "合并已排队", "单位“水利站”已合并到“农业农村办”：转入承诺事项 2 项"),
        ("en", "queued", "Department “水利站” merged into “农业农村办”"),
    ],
)
def test_confirmed_the_merge_runs_as_a_job_whose_page_says_what_moved(
    town, language, running, moved
):
    station, own, _clerk = a_water_station(town)
    admin = client_for(factories.user("guanli", role=Role.ADMIN))

    page = select(admin, station, confirm=True, language=language)

    job = MergeJob.objects.get()
    assert page.redirect_chain[-1][0].endswith(f"/merge-jobs/{job.pk}/")
    text = page.content.decode()
    assert running in text and 'http-equiv="refresh"' in text
    assert ProgressReport.objects.filter(department=station).count() == 2  # not yet moved
    assert Department.objects.get(pk=station.pk).is_active

    assert merge_jobs.run(job.pk) == "done"
    assert merge_jobs.run(job.pk) == "skipped"  # delivered twice: merged once
    done = admin.get(page.redirect_chain[-1][0])
    text = done.content.decode()
    assert moved in text and 'http-equiv="refresh"' not in text
    assert not Department.objects.get(pk=station.pk).is_active
    own.refresh_from_db()
    assert own.lead_owner == town.outsider_dept


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh-hans", "合并失败，未合并任何单位：单位“农业农村办”已停用，不能把其他单位合并进来"),
        (
            "en",
            "The merge failed; no department was merged: "
            "Department “农业农村办” is retired; no department can be merged into it",
        ),
    ],
)
def test_a_job_refused_when_it_runs_says_why_and_changes_nothing(town, language, said):
    """The unit was switched off between the confirmation and the worker."""
    station, _own, _clerk = a_water_station(town)
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    page = select(admin, station, confirm=True, language=language)
    Department.objects.filter(pk=town.outsider_dept.pk).update(is_active=False)
    before = ledger(station)

    assert merge_jobs.run(MergeJob.objects.get().pk) == "failed"

    text = admin.get(page.redirect_chain[-1][0]).content.decode()
    assert said in text and 'class="error"' in text
    assert ledger(station) == before
    assert MergeJob.objects.get().state == "failed"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh-hans", "未合并任何单位：单位“水利站”的合并正在进行（任务 #"),
        ("en", "No department was merged: “水利站” is already being merged (job #"),
    ],
)
def test_a_second_merge_of_the_same_department_is_refused(town, language, said):
    station, _own, _clerk = a_water_station(town)
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    select(admin, station, confirm=True)
    other = client_for(factories.user("guanli2", role=Role.ADMIN))

    for confirm in (False, True):
        page = select(other, station, confirm=confirm, language=language)
        assert [said in str(m) for m in page.context["messages"]] == [True]
    assert MergeJob.objects.count() == 1


@pytest.mark.parametrize("confirm", [False, True], ids=["asked", "confirmed"])
def test_a_merge_refused_before_the_job_says_why_and_queues_nothing(town, confirm):
    """水利站 was switched off by hand; 农业农村办 still lists it."""
    station, _own, _clerk = a_water_station(town)
    Department.objects.filter(pk=station.pk).update(is_active=False)
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    before = ledger(station)

    page = select(admin, station, confirm=confirm)

    assert [str(m) for m in page.context["messages"]] == [
        "未合并任何单位：单位“水利站”已停用，无需合并"
    ]
    assert not MergeJob.objects.exists() and ledger(station) == before


# -- on a real worker, in Chromium ------------------------------------------------


@pytest.fixture
def merge_worker(browser_town, redis_url, tmp_path: Path, monkeypatch) -> Iterator[WorkerProcess]:  # noqa: F811
    """One solo worker on its own queue, where this process (the admin) publishes the
    merge, as production publishes to the shared broker."""
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
    )
    monkeypatch.setattr(app.conf, "broker_url", redis_url)
    routes = {"commitments.merge_departments": {"queue": queue}}
    monkeypatch.setitem(app.conf, "task_routes", routes)
    _reset_publishing(app)
    yield process
    process.kill()
    monkeypatch.undo()
    _reset_publishing(app)
    purge_queue(redis_url, queue)


def _reset_publishing(app) -> None:
    app._after_fork()
    app.amqp._rtable = None
    app.amqp.__dict__.pop("router", None)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def confirm_in_chromium(browser, town, viewport, language):
    factories.user("guanli", role=Role.ADMIN)
    page = browser.new_page(viewport=viewport, locale=language)
    page.goto(f"{town_site(town)}/admin/login/?next={CHANGELIST}")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    page.locator("#result_list tr", has_text="水利站").locator("input.action-select").check()
    page.select_option("select[name=action]", "merge")
    page.click("button[name=index]")
    page.wait_for_load_state()
    assert "“水利站” → “农业农村办”" in page.locator("#merge-pairs").inner_text()
    page.click("#content-main input[type=submit]")
    page.wait_for_load_state()
    return page


def state_of(page) -> str:
    return page.locator(".merge-job").get_attribute("data-state") or ""


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(
    ("viewport", "language", "queued", "moved"),
    [
        (DESKTOP, "zh-CN", "合并已排队", "单位“水利站”已合并到“农业农村办”：转入承诺事项 2 项"),
        (PHONE, "en-US", "queued", "Department “水利站” merged into “农业农村办”"),
    ],
)
def test_the_admin_follows_the_merge_on_a_worker_in_chromium(
    browser_town,  # noqa: F811
    merge_worker,
    browser,
    viewport,
    language,
    queued,
    moved,
):
    from tests.reports.test_browser import ARTIFACTS

    station, own, _clerk = a_water_station(browser_town)
    page = confirm_in_chromium(browser, browser_town, viewport, language)
    assert state_of(page) == "queued" and queued in page.locator("#content-main").inner_text()
    page.screenshot(path=str(ARTIFACTS / f"merge-job-queued-{viewport['width']}.png"))

    merge_worker.start()
    assert wait_until(lambda: state_of(page) == "done"), merge_worker.log()  # it reloads itself
    message = page.locator(".messagelist li.success")
    assert message.count() == 1 and moved in message.inner_text()
    assert message.bounding_box()["width"] <= viewport["width"]
    page.screenshot(path=str(ARTIFACTS / f"merge-job-done-{viewport['width']}.png"), full_page=True)
    own.refresh_from_db()
    assert own.lead_owner == browser_town.outsider_dept
    page.close()


@on_postgresql
@pytest.mark.browser
@pytest.mark.slow
def test_the_page_says_which_step_the_merge_is_at_in_chromium(
    browser_town,  # noqa: F811
    merge_worker,
    browser,
):
    """While the merge waits (here for a unit row another session holds), its page says
    it is running and at which step; then what moved."""
    station, _own, _clerk = a_water_station(browser_town)
    page = confirm_in_chromium(browser, browser_town, DESKTOP, "zh-CN")
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    other.set_autocommit(False)
    with other.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM commitments_department WHERE id = %s FOR UPDATE",
            [browser_town.outsider_dept.pk],
        )
    try:
        merge_worker.start()
        assert wait_until(lambda: state_of(page) == "running"), merge_worker.log()
        step = page.locator('[data-field="step"]').inner_text()
        assert re.fullmatch(r"第 1/5 步：锁定涉及的承诺事项", step), step
        assert "正在合并" in page.locator("#content-main").inner_text()
    finally:
        other.rollback()
        other.close()
    assert wait_until(lambda: state_of(page) == "done"), merge_worker.log()
    assert "已合并到“农业农村办”" in page.locator(".messagelist li.success").inner_text()
    page.close()


def test_a_stale_confirmation_of_merged_departments_says_so_and_changes_nothing(town):
    """walk14b m8, without a browser: a second tab's confirmation arrives after the first
    tab's merge ran. 水利站 (with history) was retired by it, 文体站 (none) deleted: before,
    the confirmation said nothing at all."""
    station, _own, _clerk = a_water_station(town)
    empty = factories.department("文体站")
    Department.objects.filter(pk=town.outsider_dept.pk).update(
        aliases=[*town.outsider_dept.aliases, "水利站", "文体站"]
    )
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    select(admin, station, empty, confirm=True)
    merge_jobs.run(MergeJob.objects.get().pk)
    assert not Department.objects.filter(pk=empty.pk).exists()
    after = ledger(station)

    page = select(admin, station, empty, confirm=True)

    assert [str(m) for m in page.context["messages"]] == [
        "未合并任何单位：单位“水利站”已合并到“农业农村办”、单位“文体站”已合并到“农业农村办”，"
        "无需再次合并（可能已在另一个页面确认）"
    ]
    assert MergeJob.objects.count() == 1 and ledger(station) == after


def test_a_stale_confirmation_of_a_deleted_department_says_it_is_gone(town):
    station, _own, _clerk = a_water_station(town)
    gone = factories.department("文体站")
    admin = client_for(factories.user("guanli", role=Role.ADMIN))
    asked = {"action": "merge", "_selected_action": [station.pk, gone.pk], "confirm": "yes"}
    gone.delete()  # by another administrator, while the confirmation was open
    before = ledger(station)

    page = admin.post(CHANGELIST, asked, follow=True)

    assert [str(m) for m in page.context["messages"]] == [
        "未合并任何单位：所选单位已不存在（可能已在另一个页面删除）"
    ]
    assert not MergeJob.objects.exists() and ledger(station) == before
