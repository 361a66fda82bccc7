"""A merged department's reports, 签收 and requests become the unit's (the lead's
decision after a browser tester's finding): after merging 水利站 into 农业农村办, the
pledge page showed 95% reported by 水利站 while "各单位最近报送" said 农业农村办 尚未报送,
the clerk's list asked 农业农村办 for the report and the 签收 again, and the retired
水利站 kept a scorecard row.

The merge re-points them (``catalog.merge_department``); the report keeps its filer and
names the department that filed it (``merged_from``: "（原水利站报送）"). On PostgreSQL
the append-only trigger allows that re-point and nothing else (migration 0022)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from commitments.choices import EventKind, RequestState, Role
from commitments.models import (
    Commitment,
    CommitmentEvent,
    Department,
    ExtensionRequest,
    Notification,
    ProgressReport,
)
from commitments.services import reporting, workflow
from commitments.services.catalog import MERGE_SETTING, merge_department
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url

on_postgresql = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the append-only trigger is PostgreSQL's"
)


def file(item, clerk, department, percent, status="on_track"):
    return reporting.file_report(
        item.pk, clerk, department, reporting.ReportInput(status, percent, timezone.localdate())
    )


def a_water_station(town):
    """水利站 leads a pledge, acknowledged it and reported 95% this month; it also
    co-owns the town's pledge, acknowledged and reported 60% on it, and asked to extend
    it. 农业农村办 (the outsider's unit, with its clerk 'nongye') lists it as an alias."""
    station = factories.department("水利站")
    own = factories.commitment(
        station,
        town.item.section,
        title="完成农田水利设施改造3处",
        deadline=timezone.localdate() + datetime.timedelta(days=90),
    )
    town.item.coownerships.create(department=station)
    clerk = factories.user("shuili", dept=station)
    for item, percent in ((own, 95), (town.item, 60)):
        workflow.acknowledge(clerk, item)
        file(item, clerk, station, percent)
    workflow.request_extension(
        clerk,
        town.item,
        town.item.deadline + datetime.timedelta(days=30),
        "汛期影响施工",
    )
    target = town.outsider_dept
    target.aliases = [*target.aliases, "水利站"]
    target.save()
    return station, own, clerk


def test_the_merged_units_reports_acks_and_requests_become_the_units(town):
    station, own, clerk = a_water_station(town)
    target = town.outsider_dept

    done = merge_department(station, target)

    assert (done.reports, done.acknowledgements, done.requests) == (2, 2, 1)
    assert done.retired  # the moved reports name it
    moved = ProgressReport.objects.filter(commitment__in=[own, town.item], merged_from=station)
    assert sorted((r.department, r.filed_by, r.percent) for r in moved) == [
        (target, clerk, 60),
        (target, clerk, 95),
    ]
    assert not ProgressReport.objects.filter(department=station).exists()
    assert workflow.acknowledged_department_ids(own) == {target.pk}
    assert target.pk in workflow.acknowledged_department_ids(town.item)
    assert ExtensionRequest.objects.get().department == target
    # Each pledge whose reports moved says so in its history.
    for item in (own, town.item):
        assert CommitmentEvent.objects.filter(
            commitment=item, kind=EventKind.DEPARTMENT_MERGED
        ).exists()
    station.refresh_from_db()
    assert not station.is_active


def test_the_unit_can_decide_and_file_on_after_the_merge(town):
    """The moved pending request is the unit's: a supervisor decides it; the unit's
    clerk files again on the same pledge and period (two reports of one period stay)."""
    station, own, clerk = a_water_station(town)
    merge_department(station, town.outsider_dept)

    request = ExtensionRequest.objects.get()
    workflow.reject_extension(town.supervisor, request, "请按原时限推进")
    assert ExtensionRequest.objects.get().state == RequestState.REJECTED
    file(own, town.outsider, town.outsider_dept, 98)
    assert list(
        ProgressReport.objects.filter(commitment=own, department=town.outsider_dept)
        .order_by("created_at", "pk")
        .values_list("percent", "merged_from__name")
    ) == [(95, "水利站"), (98, None)]


def test_the_pledge_page_shows_the_unit_with_the_merged_report(town):
    station, own, clerk = a_water_station(town)
    merge_department(station, town.outsider_dept)

    html = client_for(town.outsider).get(page_url(own)).content.decode()
    card = html.split('data-department="农业农村办"', 1)[1].split("</article>", 1)[0]
    assert "95%" in card and "（原水利站报送）" in card and "尚未报送" not in card
    assert 'data-department="水利站"' not in html
    # The town's pledge: the lead, 社会事务办, and the unit, which reported 60% as 水利站.
    html = client_for(town.outsider).get(page_url(town.item)).content.decode()
    card = html.split('data-department="农业农村办"', 1)[1].split("</article>", 1)[0]
    assert "60%" in card and "（原水利站报送）" in card


def test_the_page_says_filed_as_in_english(town):
    station, own, clerk = a_water_station(town)
    merge_department(station, town.outsider_dept)
    client = client_for(town.outsider)
    client.cookies["django_language"] = "en"
    html = client.get(page_url(own)).content.decode()
    assert "(filed as 水利站)" in html and "原水利站" not in html


def test_the_api_names_the_department_that_filed(town):
    station, own, clerk = a_water_station(town)
    merge_department(station, town.outsider_dept)
    client = client_for(town.outsider)
    body = client.get(f"/api/v1/commitments/{own.pk}/reports/").json()
    rows = body["results"] if isinstance(body, dict) else body
    assert [(r["department"]["name"], r["merged_from"]) for r in rows] == [
        ("农业农村办", {"id": station.pk, "name": "水利站"})
    ]


def test_the_clerks_list_no_longer_asks_for_what_was_filed(town):
    station, own, clerk = a_water_station(town)
    before = client_for(town.outsider).get("/workspace/").content.decode()
    assert own.title not in before  # not the unit's yet

    merge_department(station, town.outsider_dept)

    client = client_for(town.outsider)
    listed = client.get("/workspace/").content.decode()
    assert own.title in listed
    row = listed.split(own.title, 1)[1].split("</article>", 1)[0]
    assert "已报送" in row and "未签收" not in row and "未报送" not in row
    needs = client.get("/workspace/", {"needs": "1"}).content.decode()
    assert own.title not in needs
    # The clerk who filed as 水利站 now acts for the unit and sees the same.
    assert own.title not in client_for(clerk).get("/workspace/?needs=1").content.decode()


def test_a_lead_acknowledgement_made_as_co_owner_counts_for_the_unit(town):
    """The unit leads a pledge it never acknowledged; the merged department (a
    co-owner) had: the pledge is acknowledged as of that 签收."""
    station = factories.department("水利站")
    item = factories.commitment(town.outsider_dept, town.item.section, co_owners=[station])
    clerk = factories.user("shuili", dept=station)
    workflow.acknowledge(clerk, item)
    assert Commitment.objects.get(pk=item.pk).acknowledged_at is None

    merge_department(station, town.outsider_dept)

    item.refresh_from_db()
    assert item.acknowledged_at is not None and item.acknowledged_by == clerk


def test_the_scorecard_has_no_row_for_the_retired_unit(town):
    station, own, clerk = a_water_station(town)
    before = {
        line.department: line.reports_filed
        for line in department_rollups(ReportScope(timezone.localdate()))
    }
    assert before["水利站"] == 2 and before.get("农业农村办", 0) == 0

    merge_department(station, town.outsider_dept)

    after = {
        line.department: line.reports_filed
        for line in department_rollups(ReportScope(timezone.localdate()))
    }
    assert "水利站" not in after and after["农业农村办"] == 2
    page = client_for(town.supervisor).get("/dashboard/").content.decode()
    assert 'data-department="农业农村办"' in page and 'data-department="水利站"' not in page


def test_both_reports_of_one_period_stay_and_the_first_counts_once(town):
    """The unit and the merged department both reported on one pledge this month."""
    station = factories.department("水利站")
    town.item.coownerships.create(department=station)
    file(town.item, factories.user("shuili", dept=station), station, 50)
    file(town.item, town.co_clerk, town.co, 70)

    merge_department(station, town.co)

    assert sorted(
        ProgressReport.objects.filter(department=town.co).values_list("percent", flat=True)
    ) == [50, 70]
    lines = {
        line.department: line for line in department_rollups(ReportScope(timezone.localdate()))
    }
    assert lines["社会事务办"].reports_filed == 1  # one pledge, one month: one first report


def test_a_report_merged_twice_names_the_department_that_filed_it(town):
    first = factories.department("水利站")
    second = factories.department("水务所")
    item = factories.commitment(first, town.item.section)
    file(item, factories.user("shuili", dept=first), first, 30)
    merge_department(first, second)
    merge_department(second, town.outsider_dept)

    report = ProgressReport.objects.get(commitment=item)
    assert (report.department, report.merged_from) == (town.outsider_dept, first)
    assert not Department.objects.filter(pk=second.pk).exists()  # named by nothing: deleted


def test_two_departments_merged_at_once_each_name_themselves(town):
    """The admin's action merges several departments in one job, one transaction: each
    one's reports move under its own name (the re-point's permission is per merge)."""
    from commitments.services import merge_jobs

    names = ("水利站", "农技站")
    units = [factories.department(name) for name in names]
    for unit in units:
        file(factories.commitment(unit, town.item.section), town.clerk, unit, 30)
    town.outsider_dept.aliases = list(names)
    town.outsider_dept.save()

    queued = merge_jobs.queue(Department.objects.filter(name__in=names))
    assert queued.job is not None and merge_jobs.run(queued.job.pk) == "done"

    queued.job.refresh_from_db()
    assert [done.reports for done in merge_jobs.results(queued.job)] == [1, 1]
    assert set(ProgressReport.objects.values_list("department__name", "merged_from__name")) == {
        ("农业农村办", "水利站"),
        ("农业农村办", "农技站"),
    }


def test_a_department_with_only_e_mails_is_kept_retired(town):
    """The e-mail ledger stays as sent: a department it names is kept, retired."""
    station = factories.department("水利站")
    Notification.objects.create(
        kind="missing_report",
        recipient="shuili@example.org",
        department=station,
        period_key="2024-07-01",
        message_id="<merge@example.org>",
    )
    assert merge_department(station, town.outsider_dept).retired
    assert Notification.objects.get().department_id == station.pk


def test_the_admin_says_what_moved(town):
    station, own, clerk = a_water_station(town)
    from tests.workspace.test_walk10_merge import merge, shown

    admin = factories.user("guanli", role=Role.ADMIN)
    response = merge(client_for(admin), station)
    assert shown(response) == [
        "单位“水利站”已合并到“农业农村办”：转入承诺事项 2 项、账号 1 个、进度报送 2 份、"
        "签收 2 条、延期和办结申请 1 件。"
        "转入的报送记录注明原报送单位；原单位已停用，作为历史记录保留（邮件记录仍在其名下）。"
    ]


@on_postgresql
class TestTheAppendOnlyTrigger:
    """On PostgreSQL the database refuses every rewrite of a report but the merge's."""

    def report(self, town):
        town.lead_reports("on_track", 40)
        return ProgressReport.objects.get()

    def refused(self, sql: str, params: list) -> bool:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, params)
        except IntegrityError as error:
            assert "append-only" in str(error)
            return True
        return False

    def test_an_ordinary_update_or_delete_is_still_refused(self, town):
        report = self.report(town)
        table = ProgressReport._meta.db_table
        assert self.refused(
            f"UPDATE {table} SET department_id = %s, merged_from_id = %s WHERE id = %s",
            [town.co.pk, town.lead.pk, report.pk],
        )
        assert self.refused(f"UPDATE {table} SET percent = 99 WHERE id = %s", [report.pk])
        assert self.refused(f"DELETE FROM {table} WHERE id = %s", [report.pk])

    def test_the_merge_setting_lets_only_the_re_point_through(self, town):
        report = self.report(town)
        table = ProgressReport._meta.db_table
        merging = f"SELECT set_config('{MERGE_SETTING}', %s, true); "
        pair = f"{town.lead.pk}:{town.co.pk}"
        # Anything else besides the department: refused, even during the merge.
        assert self.refused(
            merging + f"UPDATE {table} SET department_id = %s, merged_from_id = %s, "
            "percent = 99 WHERE id = %s",
            [pair, town.co.pk, town.lead.pk, report.pk],
        )
        # Another pair of departments than the one merging: refused.
        assert self.refused(
            merging + f"UPDATE {table} SET department_id = %s, merged_from_id = %s WHERE id = %s",
            [pair, town.outsider_dept.pk, town.lead.pk, report.pk],
        )
        # Not naming the department that filed it: refused.
        assert self.refused(
            merging + f"UPDATE {table} SET department_id = %s WHERE id = %s",
            [pair, town.co.pk, report.pk],
        )
        # A delete during the merge: refused.
        assert self.refused(merging + f"DELETE FROM {table} WHERE id = %s", [pair, report.pk])
        # The re-point itself: allowed.
        assert not self.refused(
            merging + f"UPDATE {table} SET department_id = %s, merged_from_id = %s WHERE id = %s",
            [pair, town.co.pk, town.lead.pk, report.pk],
        )
        # The setting is the transaction's: the next one is refused again.
        assert self.refused(
            f"UPDATE {table} SET department_id = %s WHERE id = %s", [town.lead.pk, report.pk]
        )

    def test_target_values_stay_refused(self, town):
        reporting.file_report(
            town.item.pk,
            town.clerk,
            town.lead,
            reporting.ReportInput(
                "on_track",
                40,
                timezone.localdate(),
                targets=[reporting.TargetValue(town.target.pk, Decimal(2))],
            ),
        )
        assert self.refused(
            f"SELECT set_config('{MERGE_SETTING}', %s, true); "
            "UPDATE commitments_reporttargetvalue SET value = 3",
            [f"{town.lead.pk}:{town.co.pk}"],
        )
