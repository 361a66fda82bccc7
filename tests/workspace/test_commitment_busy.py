"""A clerk files on a pledge while a department merge holds it (the merge locks every
pledge it moves for its whole transaction: minutes at 100k, docs/benchmarks.md). The
filing waits at most ``COMMITMENT_LOCK_TIMEOUT``, then is refused 409
``commitment_busy`` in the clerk's language — the API's JSON, the page with the form as
typed — and nothing is written; it no longer hangs until the proxy's English 504 with a
server thread blocked.

The merge runs for real in a second session (a thread with its own connection),
held after its first step, once it has locked the pledges it moves. Needs PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from django.db import connection, transaction

from commitments.errors import NotFound
from commitments.models import Commitment, CommitmentEvent, Department, ProgressReport
from commitments.services import workflow
from commitments.services.catalog import merge_department
from tests import factories
from tests.api.conftest import report_body, reports_url, token_client
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_merge_reports import a_water_station
from tests.workspace.test_pages import page_url, token

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="lock_timeout is PostgreSQL's"),
]
#: The setting in these tests (production: 3 s), and how much longer a refusal may take.
WAIT, SLACK = 0.5, 5.0
BUSY = {
    "zh-hans": "该事项正在办理单位合并等操作，请稍后再试",
    "en": "This commitment is busy with another operation, such as a department merge; "
    "please try again in a moment",
}


@dataclass
class Held:
    pledge: Commitment  # 水利站's own pledge, which the merge moves
    clerk: object  # 水利站's clerk
    untouched: Commitment  # led by another unit: the merge holds nothing of it
    theirs: Commitment  # led by the unit merged into: not moved, but the unit's row is held


@pytest.fixture
def merging(town, settings) -> Iterator[Held]:
    """水利站 → 农业农村办 under way in another session, held after it locked the pledges."""
    settings.COMMITMENT_LOCK_TIMEOUT = WAIT
    station, own, clerk = a_water_station(town)
    untouched = factories.commitment(town.lead, town.item.section, title="新建农贸市场一处")
    theirs = factories.commitment(town.outsider_dept, town.item.section, title="新建冷链仓库一处")
    locked, release = threading.Event(), threading.Event()

    def on_step(step: str) -> None:
        if step != "lock":  # the first step is done: the pledges are locked
            locked.set()
            assert release.wait(60)

    def merge() -> None:
        try:
            with transaction.atomic():
                merge_department(
                    Department.objects.get(pk=station.pk),
                    Department.objects.get(pk=town.outsider_dept.pk),
                    None,
                    on_step,
                )
        finally:
            connection.close()

    session = ThreadPoolExecutor(1)
    merged = session.submit(merge)
    assert locked.wait(60) or merged.result(timeout=1)
    try:
        yield Held(own, clerk, untouched, theirs)
    finally:
        release.set()
        merged.result(timeout=60)
        session.shutdown()


def written(pledge: Commitment) -> tuple[int, int]:
    return (
        ProgressReport.objects.filter(commitment=pledge).count(),
        CommitmentEvent.objects.filter(commitment=pledge).count(),
    )


def timed(call):
    start = time.monotonic()
    result = call()
    return result, time.monotonic() - start


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_api_answers_409_commitment_busy_within_the_timeout(merging, language):
    before = written(merging.pledge)
    client = token_client(merging.clerk, HTTP_ACCEPT_LANGUAGE=language)

    response, took = timed(
        lambda: client.post(reports_url(merging.pledge), report_body(), format="json")
    )

    assert response.status_code == 409, response.content
    assert response.json()["code"] == "commitment_busy"
    assert response.json()["message"] == BUSY[language]
    assert WAIT <= took < WAIT + SLACK
    assert written(merging.pledge) == before


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_page_says_so_and_keeps_what_the_clerk_typed(merging, language):
    before = written(merging.pledge)
    client = in_language(client_for(merging.clerk), language)
    html = client.get(page_url(merging.pledge)).content.decode()
    typed = {
        "action": "report",
        "report-form_token": token(html, "report"),
        "report-status": "on_track",
        "report-percent": "97",
        "report-as_of": report_body()["as_of"],
        "report-narrative": "第二处泵站已完成主体施工",
        "report-evidence": "https://example.org/pump-station",
    }

    response, took = timed(lambda: client.post(page_url(merging.pledge), typed))

    assert response.status_code == 409
    page = response.content.decode()
    assert BUSY[language] in page
    assert "第二处泵站已完成主体施工</textarea>" in page
    assert 'value="97"' in page and "https://example.org/pump-station" in page
    assert WAIT <= took < WAIT + SLACK
    assert written(merging.pledge) == before


def test_a_pledge_the_merge_does_not_hold_is_filed_at_once(merging, town):
    """Only the pledges the merge holds wait: other units' work goes on."""
    client = token_client(town.clerk)
    url = reports_url(merging.untouched)
    response, took = timed(lambda: client.post(url, report_body(), format="json"))
    assert response.status_code == 201, response.content
    assert took < WAIT


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_wait_after_the_pledges_lock_is_bounded_too(merging, town, language):
    """The merge also holds the row of the unit it merges into (``FOR UPDATE``, for its
    whole transaction). A report by that unit's clerk on a pledge the merge does not move
    gets its pledge at once, then waits on that row when the report is written (its
    department's key): it is refused as busy within the timeout too, nothing written,
    instead of waiting out the merge (minutes) past the proxy's 35 s."""
    before = written(merging.theirs)
    client = token_client(town.outsider, HTTP_ACCEPT_LANGUAGE=language)

    response, took = timed(
        lambda: client.post(reports_url(merging.theirs), report_body(), format="json")
    )

    assert response.status_code == 409, response.content
    assert (response.json()["code"], response.json()["message"]) == (
        "commitment_busy",
        BUSY[language],
    )
    assert WAIT <= took < WAIT + SLACK
    assert written(merging.theirs) == before


def test_a_step_restores_the_lock_timeout_it_found(town, settings):
    """A step inside a caller's transaction leaves its lock wait limit as it found it."""
    settings.COMMITMENT_LOCK_TIMEOUT = WAIT
    before = shown_lock_timeout()
    with transaction.atomic():
        workflow.acknowledge(town.clerk, town.item)
        assert shown_lock_timeout() == before


def test_the_transaction_keeps_its_own_lock_timeout_after_a_step(town, settings):
    settings.COMMITMENT_LOCK_TIMEOUT = WAIT
    before = shown_lock_timeout()
    with transaction.atomic():
        with workflow.step_transaction():
            workflow.lock_commitment(town.item.pk)
            assert shown_lock_timeout() == "500ms"
        assert shown_lock_timeout() == before
        with pytest.raises(NotFound), workflow.step_transaction():
            workflow.lock_commitment(town.item.pk + 1000)
        assert shown_lock_timeout() == before


def shown_lock_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW lock_timeout")
        return cursor.fetchone()[0]
