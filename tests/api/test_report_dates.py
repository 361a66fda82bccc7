"""Back-dated reports and reports racing a delete (issue 19).

The rule (``reporting.check_as_of``): a report's ``as_of`` lies between its
plan's start (``rules.reports_from``, shown by the plan API as ``reports_from``:
1 January of the plan year; the import day for a plan imported ahead of its
year) and today, and not before the same department's previous
report on the commitment.
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from commitments.models import Commitment, Plan, ProgressReport
from commitments.services import reporting, workflow
from tests.api.conftest import TODAY, report_body, reports_url, snapshot

YEAR_START = datetime.date(TODAY.year, 1, 1)


def _file(api, world, persona: str = "owner", **body):
    return api(persona).post(reports_url(world.item), report_body(**body), format="json")


def test_it_refuses_a_report_dated_years_before_its_plan(world, api):
    before = snapshot()
    response = _file(api, world, as_of="2019-01-01")
    assert response.status_code == 400
    data = response.json()
    assert set(data["errors"]) == {"as_of"}
    assert f"{TODAY.year}年度计划" in data["errors"]["as_of"][0]
    assert data["message"].startswith("提交的数据有误：截至日期不能早于")  # its label once
    assert snapshot() == before


def test_it_refuses_the_day_before_the_plan_year_and_takes_its_first_day(world, api):
    day_before = YEAR_START - datetime.timedelta(days=1)
    assert _file(api, world, as_of=day_before.isoformat()).status_code == 400
    assert _file(api, world, as_of=YEAR_START.isoformat()).status_code == 201


def test_it_refuses_a_report_dated_before_the_previous_one(world, api):
    assert _file(api, world, as_of=TODAY.isoformat(), percent=40).status_code == 201
    earlier = max(YEAR_START, TODAY - datetime.timedelta(days=1))
    if earlier == TODAY:
        pytest.skip("today is 1 January: no earlier day in the plan year")
    before = snapshot()
    response = _file(api, world, persona="colleague", as_of=earlier.isoformat(), percent=10)
    assert response.status_code == 400
    assert TODAY.isoformat() in response.json()["errors"]["as_of"][0]
    assert "上次报送" in response.json()["errors"]["as_of"][0]
    assert snapshot() == before
    assert Commitment.objects.get(pk=world.item.pk).percent == 40


def test_it_takes_a_second_report_as_of_the_same_day(world, api):
    assert _file(api, world, as_of=TODAY.isoformat(), percent=40).status_code == 201
    assert _file(api, world, as_of=TODAY.isoformat(), percent=45).status_code == 201


def test_each_owner_dates_its_own_reports(world, api):
    """The co-owner's line is its own: the lead's latest does not bound it."""
    assert _file(api, world, as_of=TODAY.isoformat()).status_code == 201
    response = _file(api, world, persona="co_owner", as_of=YEAR_START.isoformat())
    assert response.status_code == 201


def test_a_plan_of_an_earlier_year_takes_reports_until_today(world, api):
    """A commitment extended past its plan year is still reported on."""
    Plan.objects.filter(pk=world.item.plan_id).update(
        year=TODAY.year - 1, starts_on=datetime.date(TODAY.year - 1, 1, 1)
    )
    assert _file(api, world, as_of=TODAY.isoformat()).status_code == 201


def test_a_plan_imported_ahead_of_its_year_takes_reports_from_its_import(world, api):
    Plan.objects.filter(pk=world.item.plan_id).update(
        year=TODAY.year + 1,
        starts_on=datetime.date(TODAY.year + 1, 1, 1),
        created_at=timezone.now(),
    )
    assert _file(api, world, as_of=TODAY.isoformat()).status_code == 201
    response = _file(api, world, persona="co_owner", as_of=f"{TODAY.year - 1}-06-30")
    assert response.status_code == 400


def test_the_plan_shows_the_first_day_reports_may_be_dated(world, api):
    """A plan imported ahead of its year: ``starts_on`` (序时进度) is 1 January of
    its year, ``reports_from`` the import day, and that is the day the check uses."""
    imported = timezone.now()
    Plan.objects.filter(pk=world.item.plan_id).update(
        year=TODAY.year + 1, starts_on=datetime.date(TODAY.year + 1, 1, 1), created_at=imported
    )
    shown = api("owner").get(f"/api/v1/plans/{world.item.plan_id}/").json()
    assert shown["starts_on"] == f"{TODAY.year + 1}-01-01"
    assert shown["reports_from"] == TODAY.isoformat()
    listed = api("owner").get("/api/v1/plans/").json()["results"]
    assert listed[0]["reports_from"] == TODAY.isoformat()
    day_before = (TODAY - datetime.timedelta(days=1)).isoformat()
    refused = _file(api, world, as_of=day_before)
    assert refused.status_code == 400
    assert refused.json()["errors"]["as_of"] == [
        f"截至日期不能早于本计划的报送起始日期 {TODAY.isoformat()}（{TODAY.year + 1}年度计划）"
    ]
    assert _file(api, world, as_of=shown["reports_from"]).status_code == 201


def test_a_plan_of_this_year_reports_from_its_first_day(world, api):
    shown = api("owner").get(f"/api/v1/plans/{world.item.plan_id}/").json()
    assert shown["reports_from"] == shown["starts_on"] == YEAR_START.isoformat()


# --- A report racing a delete -----------------------------------------------------


def test_a_report_filed_while_its_commitment_is_deleted_is_a_404(world, api):
    """The view finds the commitment; by the time the service locks it, a
    supervisor's delete has committed. 404, and nothing written."""
    item = world.item
    item.milestones.all().delete()
    state = {"selects": 0, "deleted": False}

    def delete_before_the_lock(execute, sql, params, many, context):
        if (
            not state["deleted"]
            and sql.lstrip().upper().startswith("SELECT")
            and '"commitments_commitment"' in sql
            and "FROM" in sql
        ):
            state["selects"] += 1
            if state["selects"] == 2:  # the service's locking read
                state["deleted"] = True
                Commitment.objects.filter(pk=item.pk).delete()
        return execute(sql, params, many, context)

    client = api("owner")
    with connection.execute_wrapper(delete_before_the_lock):
        response = client.post(reports_url(item), report_body(), format="json")
    assert state["deleted"]
    assert response.status_code == 404
    assert response.json()["code"] == "commitment_not_found"
    assert response.json()["message"] == "该事项不存在或已被删除"
    assert not ProgressReport.objects.exists()


def test_every_write_on_a_deleted_commitment_is_not_found(world):
    item_pk = world.item.pk
    owner, supervisor = world.user("owner"), world.user("supervisor")
    Commitment.objects.filter(pk=item_pk).delete()
    data = reporting.ReportInput(status="on_track", percent=10, as_of=TODAY)
    with pytest.raises(workflow.NotFound):
        reporting.file_report(item_pk, owner, world.lead, data)
    with pytest.raises(workflow.NotFound):
        workflow.lock_commitment(item_pk)
    from commitments.services import supervision

    with pytest.raises(workflow.NotFound):
        supervision.update_commitment(item_pk, supervisor, {"deadline": TODAY})
    assert not ProgressReport.objects.exists()
