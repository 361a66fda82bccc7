"""A clerk of 水利站 files (or acknowledges, or asks) while an administrator merges 水利站
into 农业农村办: the step is either refused with a clear message naming the unit, and
nothing is written, or it lands first and the merge re-points it. Never a report left
under the retired department.

Two sessions on PostgreSQL (threads with their own connections), as in
``tests/reminders/test_kept_counts_concurrent.py``: the first stays open, the second
waits for its locks (we wait until PostgreSQL says it waits, never a fixed time), then
the first commits. Needs PostgreSQL (``CI=true``)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import pytest
from django.db import connection
from django.utils import timezone

from commitments.models import CommitmentEvent, ExtensionRequest, ProgressReport
from commitments.services import reporting
from commitments.services.catalog import merge_department
from tests.api.conftest import token_client
from tests.reminders.test_kept_counts_concurrent import (
    TIMEOUT,
    Session,
    _no_kept_counts_left,
    waits,
)
from tests.workspace.conftest import client_for
from tests.workspace.test_merge_reports import a_water_station
from tests.workspace.test_pages import page_url, token

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'", reason="two sessions at once need PostgreSQL"
    ),
]
__all__ = ["_no_kept_counts_left"]  # the fixture

MERGED = "“水利站”已合并到“农业农村办”，本次提交未保存。请刷新页面，以农业农村办的名义重新提交。"


class Request:
    """A client's request in a thread of its own (autocommit, as a server runs it)."""

    def __init__(self) -> None:
        self.thread = ThreadPoolExecutor(1)
        self.pid = self.thread.submit(self._pid).result(timeout=TIMEOUT)

    @staticmethod
    def _pid() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return int(cursor.fetchone()[0])

    def start(self, step: Callable[[], object]) -> Future:
        return self.thread.submit(step)

    def close(self) -> None:
        self.thread.submit(lambda: connection.close()).result(timeout=TIMEOUT)
        self.thread.shutdown()


def during_the_merge(town, station, step: Callable[[], object]):
    """The merge runs and stays open; ``step`` (a clerk's request) starts and waits for
    it; the merge commits; returns what ``step`` returned."""
    merge, clerk = Session(), Request()
    try:
        merge.run(lambda: merge_department(station, town.outsider_dept))
        started = clerk.start(step)
        assert waits(clerk, started), "the clerk's step did not wait for the merge"
        merge.commit()
        return started.result(timeout=TIMEOUT)
    finally:
        merge.close()
        clerk.close()


def body(percent: int) -> dict:
    return {"status": "on_track", "percent": percent, "as_of": timezone.localdate().isoformat()}


def test_a_report_filed_while_the_merge_runs_is_refused_naming_the_unit(town):
    station, own, clerk = a_water_station(town)
    api = token_client(clerk)  # its token was read before the merge: 水利站's clerk
    before = ProgressReport.objects.count()

    response = during_the_merge(
        town,
        station,
        lambda: api.post(f"/api/v1/commitments/{own.pk}/reports/", body(97), format="json"),
    )

    assert response.status_code == 409
    assert (response.json()["code"], response.json()["message"]) == ("department_merged", MERGED)
    assert ProgressReport.objects.count() == before
    assert not ProgressReport.objects.filter(department=station).exists()
    # Retried as the page says: the clerk is the unit's now, and files as it.
    retried = api.post(f"/api/v1/commitments/{own.pk}/reports/", body(97), format="json")
    assert retried.status_code == 201
    assert (retried.json()["department"]["name"], retried.json()["merged_from"]) == (
        "农业农村办",
        None,
    )


def test_the_refusal_is_in_english_when_asked(town):
    station, own, clerk = a_water_station(town)
    api = token_client(clerk, HTTP_ACCEPT_LANGUAGE="en")
    response = during_the_merge(
        town,
        station,
        lambda: api.post(f"/api/v1/commitments/{own.pk}/reports/", body(97), format="json"),
    )
    assert response.status_code == 409
    message = response.json()["message"]
    assert "水利站" in message and "merged into" in message and "农业农村办" in message


def test_the_page_says_why_the_report_was_not_saved(town):
    """The clerk had the pledge's page open as 水利站's and submits its report form while
    the merge runs: the page answers with the reason, and nothing is filed."""
    station, own, clerk = a_water_station(town)
    browser = client_for(clerk)
    html = browser.get(page_url(own)).content.decode()
    form = {
        "report-form_token": token(html, "report"),
        "report-status": "on_track",
        "report-percent": "97",
        "report-as_of": timezone.localdate().isoformat(),
        "report-narrative": "泵站主体完工",
        "action": "report",
    }
    before = ProgressReport.objects.count()
    answer = during_the_merge(town, station, lambda: browser.post(page_url(own), form))
    page = answer.content.decode()
    assert MERGED in page
    assert ProgressReport.objects.count() == before


def test_an_acknowledgement_and_a_request_are_refused_alike(town):
    station, own, clerk = a_water_station(town)
    other = town.item  # 水利站 co-owns it and has acknowledged it; its own pledge too
    own_events = CommitmentEvent.objects.count()
    api = token_client(clerk)
    later = (own.deadline + datetime.timedelta(days=20)).isoformat()
    response = during_the_merge(
        town,
        station,
        lambda: api.post(
            f"/api/v1/commitments/{own.pk}/extension-requests/",
            {"requested_deadline": later, "reason": "汛期"},
            format="json",
        ),
    )
    assert (response.status_code, response.json()["message"]) == (409, MERGED)
    assert ExtensionRequest.objects.filter(commitment=own).count() == 0
    # Nothing but the merge's own entries was written.
    assert CommitmentEvent.objects.count() == own_events + len({own.pk, other.pk})


def test_a_report_filed_just_before_the_merge_is_re_pointed(town):
    """The clerk's report holds the pledge when the merge starts: the merge waits for it
    and then moves it with the department's other reports."""
    station, own, clerk = a_water_station(town)
    filing, merge = Session(), Session()
    try:
        filing.run(
            lambda: reporting.file_report(
                own.pk,
                clerk,
                station,
                reporting.ReportInput("on_track", 97, timezone.localdate(), "泵站主体完工"),
            )
        )
        merged = merge.start(lambda: merge_department(station, town.outsider_dept))
        assert waits(merge, merged), "the merge did not wait for the report"
        filing.commit()
        assert merged.result(timeout=TIMEOUT).reports == 3
        merge.commit()
    finally:
        filing.close()
        merge.close()
    assert not ProgressReport.objects.filter(department=station).exists()
    newest = ProgressReport.objects.filter(commitment=own).latest("created_at", "id")
    assert (newest.percent, newest.department, newest.merged_from) == (
        97,
        town.outsider_dept,
        station,
    )
    own.refresh_from_db()
    assert own.percent == 97
    html = client_for(town.outsider).get(page_url(own)).content.decode()
    head = html.split('data-field="progress"', 1)[1].split("</small>", 1)[0]
    said = re.sub(r"<[^>]+>", "", head)
    assert "97%" in said and "报送，原水利站报送）" in said  # one bracket (ui16)
