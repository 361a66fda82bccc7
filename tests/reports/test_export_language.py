"""Walk 10's M1: a download from a page follows the page's language — Chinese unless the
user chose English — whatever the browser's ``Accept-Language``; scripts with a token keep
``Accept-Language`` (SPEC §4, §4a; ``tracker.language``)."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from django.test import Client

from reports.models import ExportJob
from tests.api.conftest import token_client
from tests.reports.test_api import body, query
from tests.reports.test_export_jobs import eager, media  # noqa: F401
from tests.support.language import in_language

pytestmark = pytest.mark.django_db

ENGLISH_BROWSER = "en-US,en;q=0.9"
REPORTS = ("ledger", "summary", "overdue")


def signed_in(user, **headers) -> Client:
    """The supervisor's browser, signed in on the pages (the session cookie)."""
    client = Client(**headers)
    client.force_login(user)
    return client


def download(client, report: str, seed, fmt: str = "csv"):
    response = client.get(f"/api/v1/reports/{report}/", query(seed, format=fmt))
    assert response.status_code == 200, response
    return response


def text(response) -> str:
    return body(response).decode("utf-8-sig")


def file_name(response) -> str:
    return unquote(response["Content-Disposition"].split("filename*=UTF-8''")[1])


class TestFromThePages:
    def test_an_english_browser_on_the_chinese_dashboard_gets_chinese_files(self, seed):
        browser = signed_in(seed.supervisor, HTTP_ACCEPT_LANGUAGE=ENGLISH_BROWSER)
        page = browser.get("/dashboard/", {"plan": seed.plan.pk}).content.decode()
        assert '<html lang="zh-CN">' in page
        ledger = download(browser, "ledger", seed)
        assert text(ledger).startswith("编号,工作板块,事项名称,承诺内容,牵头单位")
        assert file_name(ledger).startswith("督办台账-")
        assert "亮灯原因" in text(ledger)
        assert text(download(browser, "overdue", seed)).startswith("编号,事项名称")
        assert file_name(download(browser, "summary", seed, "xlsx")).startswith("督查通报-")

    def test_the_english_choice_gives_english_files_whatever_the_browser(self, seed):
        chinese_browser = in_language(
            signed_in(seed.supervisor, HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9"), "en"
        )
        ledger = download(chinese_browser, "ledger", seed)
        assert text(ledger).startswith("Code,Section,Commitment")
        assert file_name(ledger).startswith("Supervision ledger-")

    def test_a_background_export_started_on_the_page_is_in_the_page_language(
        self,
        seed,
        eager,  # noqa: F811
        django_capture_on_commit_callbacks,
    ):
        browser = signed_in(seed.supervisor, HTTP_ACCEPT_LANGUAGE=ENGLISH_BROWSER)
        form = {"report": "ledger", "format": "csv", **query(seed)}
        with django_capture_on_commit_callbacks(execute=True):
            assert browser.post("/dashboard/exports/", form).status_code == 302
        job = ExportJob.objects.get()
        assert job.language == "zh-hans"
        file = browser.get(f"/api/v1/reports/exports/{job.pk}/download/")
        assert file_name(file).startswith("督办台账-")
        assert b"".join(file.streaming_content).decode("utf-8-sig").startswith("编号,")
        # The job's status, polled by the page, is in the page's language too.
        assert browser.get(f"/api/v1/reports/exports/{job.pk}/").json()["state"] == "done"
        # Downloaded later by a browser set to English, the file keeps its own name.
        english = in_language(signed_in(seed.supervisor), "en")
        again = english.get(f"/api/v1/reports/exports/{job.pk}/download/")
        assert file_name(again).startswith("督办台账-")


class TestScripts:
    def test_a_token_request_follows_accept_language_as_before(self, seed):
        script = token_client(seed.supervisor, HTTP_ACCEPT_LANGUAGE="en")
        ledger = download(script, "ledger", seed)
        assert text(ledger).startswith("Code,Section,Commitment")
        assert file_name(ledger).startswith("Supervision ledger-")
        chinese = download(token_client(seed.supervisor), "ledger", seed)
        assert text(chinese).startswith("编号,")

    def test_a_token_wins_over_a_session_cookie(self, seed):
        script = token_client(seed.supervisor, HTTP_ACCEPT_LANGUAGE="en")
        script.force_login(seed.supervisor)
        assert text(download(script, "ledger", seed)).startswith("Code,")
