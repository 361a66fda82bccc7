"""Export jobs (``/api/v1/reports/exports/``): the API, the file it builds, who may
download it, expiry. The task runs in this process here (eager, queued on commit
as in production); ``test_export_worker.py`` runs it on a real Celery worker."""

from __future__ import annotations

import csv
import datetime
import io
import runpy
from pathlib import Path
from urllib.parse import unquote

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.utils import timezone
from rest_framework.test import APIClient

from reports import export_jobs
from reports.models import ExportJob
from tests.reports.seed import TODAY
from tests.reports.test_api import body, get, query
from tracker.env import ConfigError

pytestmark = pytest.mark.django_db

EXPORTS = "/api/v1/reports/exports/"
FIELDS = {
    "id",
    "report",
    "format",
    "params",
    "state",
    "rows_done",
    "rows_total",
    "progress",
    "size",
    "error",
    "created_at",
    "finished_at",
    "expires_at",
    "download_url",
}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def eager(monkeypatch):
    """Tasks run in this process (the real task code) when the request commits."""
    from tracker.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", True)


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def start(user, capture, **payload):
    """POST a job; its task runs when the request's transaction commits."""
    with capture(execute=True):
        return client_for(user).post(EXPORTS, payload, format="json")


def params(seed) -> dict:
    return {"plan": seed.plan.pk, "date": TODAY.isoformat()}


def download(user, job_id: int):
    response = client_for(user).get(f"{EXPORTS}{job_id}/download/")
    if response.status_code == 200:
        response._body = b"".join(response.streaming_content)
    return response


def sheets(raw: bytes) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(io.BytesIO(raw))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


class TestQueue:
    def test_it_answers_202_with_the_job(self, seed, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            response = client_for(seed.supervisor).post(
                EXPORTS,
                {"report": "ledger", "format": "xlsx", "params": params(seed)},
                format="json",
            )
        assert response.status_code == 202, response.json()
        job = response.json()
        assert set(job) == FIELDS
        assert job["state"] == "queued"
        assert job["progress"] == 0
        assert job["download_url"] is None
        assert job["params"] == {"plan": seed.plan.pk, "date": "2024-07-10"}
        assert response["Location"].endswith(f"{EXPORTS}{job['id']}/")
        assert len(callbacks) == 1, "the task is queued once the job is committed"

    def test_it_exports_as_of_today_by_default(self, seed, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=False):
            response = client_for(seed.supervisor).post(
                EXPORTS, {"report": "summary"}, format="json"
            )
        assert response.status_code == 202
        assert response.json()["format"] == "xlsx"
        assert response.json()["params"] == {"date": timezone.localdate().isoformat()}

    def test_it_refuses_a_filter_the_reports_do_not_take(self, seed):
        response = client_for(seed.supervisor).post(
            EXPORTS,
            {"report": "ledger", "params": {"plan": seed.plan.pk, "light": "red"}},
            format="json",
        )
        assert response.status_code == 400
        assert response.json()["errors"] == {"params.light": ["不接受该字段：没有这个字段"]}
        message = "提交的数据有误：筛选条件 light：不接受该字段：没有这个字段"
        assert response.json()["message"] == message
        assert not ExportJob.objects.exists()

    def test_it_refuses_unknown_fields_reports_and_days(self, seed):
        client = client_for(seed.supervisor)
        unknown = client.post(EXPORTS, {"report": "ledger", "sheet": 2}, format="json")
        assert unknown.status_code == 400
        assert "sheet" in unknown.json()["errors"]
        report = client.post(EXPORTS, {"report": "everything"}, format="json")
        assert report.status_code == 400
        assert "ledger" in report.json()["message"]
        day = client.post(
            EXPORTS, {"report": "ledger", "params": {"date": "1999-12-31"}}, format="json"
        )
        assert day.status_code == 400
        assert "2000-01-01" in day.json()["message"]
        plan = client.post(EXPORTS, {"report": "ledger", "params": {"plan": 999999}}, format="json")
        assert plan.status_code == 404
        assert not ExportJob.objects.exists()

    def test_it_takes_json_only(self, seed):
        response = client_for(seed.supervisor).post(
            EXPORTS, {"report": "ledger", "params": '{"plan": 1}'}, format="multipart"
        )
        assert response.status_code == 415
        assert not ExportJob.objects.exists()

    def test_it_refuses_unknown_query_parameters(self, seed):
        response = client_for(seed.supervisor).get(EXPORTS, {"light": "red"})
        assert response.status_code == 400
        assert "不接受该查询参数" in response.json()["message"]

    def test_a_user_has_at_most_three_exports_running(
        self, seed, django_capture_on_commit_callbacks
    ):
        client = client_for(seed.supervisor)
        with django_capture_on_commit_callbacks(execute=False):
            answers = [
                client.post(EXPORTS, {"report": "ledger"}, format="json").status_code
                for _ in range(4)
            ]
        assert answers == [202, 202, 202, 409]
        refused = client.post(EXPORTS, {"report": "ledger"}, format="json").json()
        assert refused["code"] == "too_many_exports"
        assert "3 个导出任务正在进行" in refused["message"]
        assert ExportJob.objects.count() == 3

    def test_accounts_without_a_role_are_refused(self, seed):
        nobody = get_user_model().objects.create_user("nobody", password="pw-for-tests-1")
        response = client_for(nobody).post(EXPORTS, {"report": "ledger"}, format="json")
        assert response.status_code == 403
        assert client_for(nobody).get(EXPORTS).status_code == 403

    def test_anonymous_visitors_are_refused(self, seed):
        assert APIClient().get(EXPORTS).status_code in (401, 403)


class TestBuild:
    @pytest.mark.parametrize("report", ["ledger", "overdue", "summary"])
    def test_the_xlsx_is_the_synchronous_export(
        self, seed, eager, django_capture_on_commit_callbacks, report
    ):
        response = start(
            seed.supervisor,
            django_capture_on_commit_callbacks,
            report=report,
            format="xlsx",
            params=params(seed),
        )
        job = client_for(seed.supervisor).get(f"{EXPORTS}{response.json()['id']}/").json()
        assert job["state"] == "done", job
        assert job["progress"] == 100
        assert job["download_url"].endswith(f"{EXPORTS}{job['id']}/download/")
        file = download(seed.supervisor, job["id"])
        assert file.status_code == 200
        assert job["size"] == len(file._body)
        sync = get(seed.supervisor, f"/api/v1/reports/{report}/", **query(seed, format="xlsx"))
        assert sheets(file._body) == sheets(body(sync))
        assert file["Content-Disposition"] == sync["Content-Disposition"]
        above = 2 if report == "summary" else 1  # the summary's title line, the header
        rows = sum(len(rows) - above for rows in sheets(file._body).values())
        assert job["rows_done"] == job["rows_total"] == rows

    @pytest.mark.parametrize("report", ["ledger", "overdue", "summary"])
    def test_the_csv_is_the_synchronous_export(
        self, seed, eager, django_capture_on_commit_callbacks, report
    ):
        response = start(
            seed.supervisor,
            django_capture_on_commit_callbacks,
            report=report,
            format="csv",
            params=params(seed),
        )
        file = download(seed.supervisor, response.json()["id"])
        assert file.status_code == 200
        assert file["Content-Type"] == "text/csv; charset=utf-8"
        sync = get(seed.supervisor, f"/api/v1/reports/{report}/", **query(seed, format="csv"))
        assert file._body == body(sync)

    def test_it_is_written_in_the_language_of_the_request(
        self, seed, eager, django_capture_on_commit_callbacks
    ):
        payload = {"report": "ledger", "format": "csv", "params": params(seed)}
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for(seed.supervisor).post(
                EXPORTS, payload, format="json", HTTP_ACCEPT_LANGUAGE="en"
            )
        file = download(seed.supervisor, response.json()["id"])
        assert file._body.decode("utf-8-sig").startswith("Code,")
        sync = client_for(seed.supervisor).get(
            "/api/v1/reports/ledger/", query(seed, format="csv"), HTTP_ACCEPT_LANGUAGE="en"
        )
        assert file._body == body(sync)

    def test_the_file_has_a_chinese_name(self, seed, eager, django_capture_on_commit_callbacks):
        response = start(
            seed.supervisor,
            django_capture_on_commit_callbacks,
            report="ledger",
            params=params(seed),
        )
        file = download(seed.supervisor, response.json()["id"])
        disposition = file["Content-Disposition"]
        ascii_name = f"ledger-plan2024-id{seed.plan.pk}-2024-07-10.xlsx"
        assert disposition.startswith(f'attachment; filename="{ascii_name}"')
        assert unquote(disposition.split("UTF-8''")[1]) == (
            f"督办台账-2024年计划{seed.plan.pk}号-2024年工作安排-2024-07-10.xlsx"
        )

    def test_the_scope_is_the_owners(self, seed, eager, django_capture_on_commit_callbacks):
        response = start(
            seed.social_supervisor,
            django_capture_on_commit_callbacks,
            report="ledger",
            format="csv",
            params=params(seed),
        )
        file = download(seed.social_supervisor, response.json()["id"])
        rows = list(csv.reader(io.StringIO(file._body.decode("utf-8-sig"))))[1:]
        # what 社会事务办 leads or co-owns, as in the supervisor's own ledger
        assert sorted(r[0] for r in rows) == ["2024-01-02", "2024-02-02", "2024-02-03"]
        sync = get(seed.social_supervisor, "/api/v1/reports/ledger/", **query(seed, format="csv"))
        assert file._body == body(sync)

    def test_an_owner_who_lost_the_role_gets_a_failed_job(
        self, seed, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False):
            job_id = (
                client_for(seed.supervisor)
                .post(EXPORTS, {"report": "ledger", "params": params(seed)}, format="json")
                .json()["id"]
            )
        seed.supervisor.membership.delete()
        assert export_jobs.run(job_id) == "failed"
        job = ExportJob.objects.get(pk=job_id)
        assert job.state == "failed"
        assert "督办人" in job.error
        assert not job.file

    def test_a_task_delivered_twice_builds_one_file(
        self, seed, media, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False):
            job_id = (
                client_for(seed.supervisor)
                .post(EXPORTS, {"report": "ledger", "params": params(seed)}, format="json")
                .json()["id"]
            )
        assert export_jobs.run(job_id) == "done"
        assert export_jobs.run(job_id) == "skipped"
        assert len(list((media / "exports" / str(job_id)).iterdir())) == 1
        assert ExportJob.objects.get(pk=job_id).attempts == 1


class TestDownload:
    def job(self, seed, capture, user=None) -> int:
        response = start(user or seed.supervisor, capture, report="ledger", params=params(seed))
        return response.json()["id"]

    def test_only_the_owner_sees_and_downloads_it(
        self, seed, eager, django_capture_on_commit_callbacks
    ):
        job_id = self.job(seed, django_capture_on_commit_callbacks)
        other = seed.admin
        assert download(other, job_id).status_code == 404
        assert client_for(other).get(f"{EXPORTS}{job_id}/").status_code == 404
        assert client_for(other).get(EXPORTS).json()["results"] == []
        mine = client_for(seed.supervisor).get(EXPORTS).json()["results"]
        assert [j["id"] for j in mine] == [job_id]

    def test_it_is_409_until_done(self, seed, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=False):
            job_id = (
                client_for(seed.supervisor)
                .post(EXPORTS, {"report": "ledger"}, format="json")
                .json()["id"]
            )
        response = download(seed.supervisor, job_id)
        assert response.status_code == 409
        assert "尚未完成" in response.json()["message"]

    def test_it_is_410_once_expired_and_the_sweep_deletes_the_file(
        self, seed, eager, media, django_capture_on_commit_callbacks
    ):
        job_id = self.job(seed, django_capture_on_commit_callbacks)
        job = ExportJob.objects.get(pk=job_id)
        assert default_storage.exists(job.file.name)
        assert job.expires_at - job.finished_at == datetime.timedelta(hours=24)

        later = job.expires_at + datetime.timedelta(seconds=1)
        ExportJob.objects.filter(pk=job_id).update(expires_at=timezone.now())
        response = download(seed.supervisor, job_id)
        assert response.status_code == 410
        assert "过期" in response.json()["message"]

        assert export_jobs.sweep(later) == {"expired": 1, "requeued": 0, "failed": 0}
        assert not default_storage.exists(job.file.name)
        shown = client_for(seed.supervisor).get(f"{EXPORTS}{job_id}/").json()
        assert shown["state"] == "expired"
        assert shown["download_url"] is None
        assert download(seed.supervisor, job_id).status_code == 410

    def test_the_sweep_queues_again_what_a_lost_worker_left(
        self, seed, django_capture_on_commit_callbacks, eager
    ):
        with django_capture_on_commit_callbacks(execute=False):
            job_id = (
                client_for(seed.supervisor)
                .post(EXPORTS, {"report": "summary", "params": params(seed)}, format="json")
                .json()["id"]
            )
        lost_at = timezone.now() - export_jobs.STALE - datetime.timedelta(minutes=1)
        ExportJob.objects.filter(pk=job_id).update(state="running", updated_at=lost_at)
        assert export_jobs.sweep() == {"expired": 0, "requeued": 1, "failed": 0}
        assert ExportJob.objects.get(pk=job_id).state == "done"

    @pytest.mark.parametrize(
        ("language", "said"),
        [
            ("zh-hans", "导出多次中断，已停止，请缩小范围后重试"),
            ("en", "The export was interrupted several times and has stopped"),
        ],
    )
    def test_the_sweep_fails_a_job_lost_three_times_in_its_language(
        self, seed, django_capture_on_commit_callbacks, eager, language, said
    ):
        client = client_for(seed.supervisor)
        with django_capture_on_commit_callbacks(execute=False):
            job_id = client.post(
                EXPORTS,
                {"report": "summary", "params": params(seed)},
                format="json",
                HTTP_ACCEPT_LANGUAGE=language,
            ).json()["id"]
        lost_at = timezone.now() - export_jobs.STALE - datetime.timedelta(minutes=1)
        ExportJob.objects.filter(pk=job_id).update(
            state="running", attempts=export_jobs.MAX_ATTEMPTS, updated_at=lost_at
        )
        assert export_jobs.sweep() == {"expired": 0, "requeued": 0, "failed": 1}
        shown = client.get(f"{EXPORTS}{job_id}/").json()
        assert shown["state"] == "failed" and said in shown["error"]


class TestDashboard:
    def test_a_supervisor_starts_an_export_and_sees_it_listed(
        self, seed, client, eager, django_capture_on_commit_callbacks
    ):
        client.force_login(seed.supervisor)
        page = client.get("/dashboard/", {"plan": seed.plan.pk, "date": "2024-07-10"})
        assert "后台导出" in page.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/dashboard/exports/",
                {"report": "overdue", "format": "csv", "plan": seed.plan.pk, "date": "2024-07-10"},
            )
        assert response.status_code == 302
        assert response["Location"].endswith("#exports")
        job = ExportJob.objects.get(owner=seed.supervisor)
        assert (job.report, job.format, job.state) == ("overdue", "csv", "done")
        html = client.get(response["Location"]).content.decode()
        assert f'href="{EXPORTS}{job.pk}/download/"' in html
        assert "已完成" in html

    def test_a_bad_choice_is_a_400_page(self, seed, client):
        client.force_login(seed.supervisor)
        response = client.post("/dashboard/exports/", {"report": "all", "format": "xlsx"})
        assert response.status_code == 400
        assert "ledger" in response.content.decode()

    def test_department_staff_cannot_start_one_here(self, seed, client):
        client.force_login(seed.staff)
        response = client.post("/dashboard/exports/", {"report": "ledger"})
        assert response.status_code == 403
        assert not ExportJob.objects.exists()


def load_settings(monkeypatch, tmp_path, **env: str) -> dict:
    """Evaluate tracker/settings.py afresh under the given environment."""
    monkeypatch.setenv("TRACKER_VAR_DIR", str(tmp_path))
    for name in ("EXPORT_SWEEP_MINUTES", "EXPORT_RETENTION_HOURS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(__file__).resolve().parents[2] / "tracker" / "settings.py"))


class TestSettings:
    def test_beat_sweeps_exports_every_fifteen_minutes(self, monkeypatch, tmp_path):
        loaded = load_settings(monkeypatch, tmp_path)
        entry = loaded["CELERY_BEAT_SCHEDULE"]["exports-sweep"]
        assert entry["task"] == "reports.sweep_exports"
        assert entry["schedule"] == 15 * 60.0
        assert loaded["EXPORT_RETENTION_HOURS"] == 24

    def test_zero_minutes_switches_the_sweep_off(self, monkeypatch, tmp_path):
        loaded = load_settings(monkeypatch, tmp_path, EXPORT_SWEEP_MINUTES="0")
        assert "exports-sweep" not in loaded["CELERY_BEAT_SCHEDULE"]

    @pytest.mark.parametrize(
        "env",
        [
            {"EXPORT_RETENTION_HOURS": "0"},
            {"EXPORT_SWEEP_MINUTES": "-1"},
            {"EXPORT_RETENTION_HOURS": "a day"},
        ],
    )
    def test_it_refuses_a_bad_value(self, monkeypatch, tmp_path, env):
        with pytest.raises(ConfigError):
            load_settings(monkeypatch, tmp_path, **env)
