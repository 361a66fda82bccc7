"""A merge where one record led a pledge and the other co-owned it (browser tester
walk12b, M1/M2): the unit leads it, is not also its own co-owner, and its latest report
— whichever record filed it, as lead or as co-owner — is the pledge's progress on every
page (header, card, clerk's list, supervisor's queue, ledger, scorecard). History keeps
what each record did then."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from commitments.choices import EventKind
from commitments.models import Commitment, CommitmentEvent, CoOwnership, ProgressReport, Target
from commitments.services import reporting, workflow
from commitments.services.catalog import MERGE_SETTING, merge_department
from reports.ledger import ledger_rows
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories
from tests.reminders.test_kept_reminder_counts import kept_and_recounted
from tests.reports.test_owed_months import assert_kept_as_counted_again
from tests.workspace.conftest import build_town, client_for
from tests.workspace.test_pages import page_url


def file(item, clerk, department, percent, status="on_track"):
    return reporting.file_report(
        item.pk, clerk, department, reporting.ReportInput(status, percent, timezone.localdate())
    )


def ledger_row(item):
    return next(r for r in ledger_rows(ReportScope(timezone.localdate())) if r.id == item.pk)


def progress_head(html: str) -> str:
    return html.split('data-field="progress"', 1)[1].split("</span>", 1)[0]


def lead_card(html: str, name: str) -> str:
    return html.split(f'data-department="{name}"', 1)[1].split("</article>", 1)[0]


def queue_missing(town, name: str) -> int:
    page = client_for(town.supervisor).get("/workspace/queue/").content.decode()
    if f'data-department="{name}"' not in page:
        return 0
    row = page.split(f'data-department="{name}"', 1)[1].split("</tr>", 1)[0]
    return int(row.split('data-field="missing">', 1)[1].split("<", 1)[0])


class TestTheCoOwnerMergedIntoTheLead:
    """社会事务办 (co-owner) filed 40%, the lead 经济发展办 had not; then 社会事务办 is
    merged into 经济发展办: the unit reported 40%, and it leads."""

    def merged(self, town, lead_percent=None):
        if lead_percent is not None:
            file(town.item, town.clerk, town.lead, lead_percent)
        file(town.item, town.co_clerk, town.co, 40)
        merge_department(town.co, town.lead)
        town.item.refresh_from_db()

    def test_the_pledge_shows_the_units_report_everywhere(self, town):
        file(town.item, town.co_clerk, town.co, 40)
        assert queue_missing(town, "经济发展办") == 1  # before: the lead's is missing
        merge_department(town.co, town.lead)
        town.item.refresh_from_db()
        assert (town.item.status, town.item.percent) == ("on_track", 40)
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        head = progress_head(html)
        assert "40%" in head and "尚未报送" not in head and "经济发展办" in head
        card = lead_card(html, "经济发展办")
        assert "40%" in card and "（原社会事务办报送）" in card
        listed = client_for(town.clerk).get("/workspace/").content.decode()
        row = listed.split(town.item.title, 1)[1].split("</article>", 1)[0]
        assert "40%" in row and "尚未报送" not in row and "已报送" in row
        assert queue_missing(town, "经济发展办") == 0
        row = ledger_row(town.item)
        assert (row.percent, row.last_report_on) == (40, timezone.localdate())
        assert row.light_reason != "完成0%"
        lines = {
            line.department: line.reports_filed
            for line in department_rollups(ReportScope(timezone.localdate()))
        }
        assert lines["经济发展办"] == 1 and "社会事务办" not in lines

    def test_the_api_gives_the_same_progress(self, town):
        self.merged(town)
        body = client_for(town.clerk).get(f"/api/v1/commitments/{town.item.pk}/").json()
        assert (body["status"], body["percent"]) == ("on_track", 40)
        assert body["co_owners"] == []

    def test_a_newer_lead_report_still_counts(self, town):
        """The lead filed 60% after the co-owner's 40%: the latest counts, 60%."""
        file(town.item, town.co_clerk, town.co, 40)
        file(town.item, town.clerk, town.lead, 60)
        merge_department(town.co, town.lead)
        town.item.refresh_from_db()
        assert town.item.percent == 60
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        assert "60%" in progress_head(html)

    def test_an_older_lead_report_gives_way_to_the_newer_co_owner_report(self, town):
        self.merged(town, lead_percent=20)
        assert town.item.percent == 40
        # The merge's history entry says what it changed on the pledge.
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        merged = html.split('data-event="department_merged"', 1)[1].split("</ul>", 1)[0]
        assert "20" in merged and "40" in merged

    def test_history_keeps_the_co_owners_entry(self, town):
        self.merged(town, lead_percent=20)
        html = client_for(town.clerk).get(page_url(town.item)).content.decode()
        entries = html.split('data-event="reported"')[1:]
        co_entry = next(e for e in entries if "shehui" in e.split("</li>", 1)[0])
        assert 'data-field="co-owner-report"' in co_entry.split("</li>", 1)[0]


class TestTheLeadMergedIntoTheCoOwner:
    """经济发展办 (lead) merged into 社会事务办 (its co-owner): the unit leads, once."""

    def test_the_unit_is_the_lead_only(self, town):
        workflow.acknowledge(town.clerk, town.item)
        file(town.item, town.clerk, town.lead, 30)
        file(town.item, town.co_clerk, town.co, 45)
        merge_department(town.lead, town.co)

        assert not CoOwnership.objects.filter(commitment=town.item).exists()
        body = client_for(town.co_clerk).get(f"/api/v1/commitments/{town.item.pk}/").json()
        assert body["lead_owner"]["id"] == town.co.pk and body["co_owners"] == []
        html = client_for(town.co_clerk).get(page_url(town.item)).content.decode()
        assert html.count('data-department="社会事务办"') == 1
        # One unit, its latest report: 45%, on the header and the card.
        assert "45%" in progress_head(html) and "45%" in lead_card(html, "社会事务办")
        row = ledger_row(town.item)
        assert (row.lead_owner, row.co_owners, row.percent) == ("社会事务办", [], 45)
        assert queue_missing(town, "社会事务办") == 0
        listed = client_for(town.co_clerk).get("/workspace/").content.decode()
        assert listed.count(town.item.title) == 1
        row = listed.split(town.item.title, 1)[1].split("</article>", 1)[0]
        assert "45%" in row and "已报送" in row
        lines = {
            line.department: line.reports_filed
            for line in department_rollups(ReportScope(timezone.localdate()))
        }
        assert lines["社会事务办"] == 1 and "经济发展办" not in lines  # one pledge, one month
        # The co-owner's own entry still says it was a co-owner's report.
        entries = html.split('data-event="reported"')[1:]
        co_entry = next(e for e in entries if "shehui" in e.split("</li>", 1)[0])
        co_entry = co_entry.split("</ul>", 1)[0]
        assert 'data-field="co-owner-report"' in co_entry and "45" in co_entry

    def test_the_lead_report_newer_than_the_co_owners_stays(self, town):
        file(town.item, town.co_clerk, town.co, 45)
        file(town.item, town.clerk, town.lead, 70)
        merge_department(town.lead, town.co)
        town.item.refresh_from_db()
        assert town.item.percent == 70
        assert ledger_row(town.item).co_owners == []


def test_a_chain_of_merges_ends_with_the_lead(town):
    """水利站 co-owns and filed 35%; merged into 水务所 (a co-owner then), which is then
    merged into the lead: the report counts as the lead's."""
    station = factories.department("水利站")
    water = factories.department("水务所")
    town.item.coownerships.create(department=station)
    file(town.item, factories.user("shuili", dept=station), station, 35)
    merge_department(station, water)
    town.item.refresh_from_db()
    assert town.item.percent == 0  # a co-owner's still
    merge_department(water, town.lead)
    town.item.refresh_from_db()
    assert town.item.percent == 35
    assert list(town.item.coownerships.values_list("department__name", flat=True)) == ["社会事务办"]


def test_a_completed_pledge_keeps_its_status(town):
    file(town.item, town.co_clerk, town.co, 40)
    from commitments.models import Commitment

    Commitment.objects.filter(pk=town.item.pk).update(
        status="completed", percent=100, completed_at=timezone.now()
    )
    merge_department(town.co, town.lead)
    town.item.refresh_from_db()
    assert (town.item.status, town.item.percent) == ("completed", 100)


def merged_pledges(town, count: int) -> tuple[list[Commitment], int]:
    """``count`` pledges that 经济发展办 leads and 社会事务办 co-owns, each with a target, on
    which 社会事务办 filed (n %, the target at n) while the lead had not; then 社会事务办 is
    merged into 经济发展办. The pledges, and the statements the merge took."""
    items = []
    for n in range(1, count + 1):
        item = factories.commitment(town.lead, town.item.section, co_owners=[town.co])
        target = Target.objects.create(commitment=item, metric=f"指标{n}", value=10, unit="个")
        reporting.file_report(
            item.pk,
            town.co_clerk,
            town.co,
            reporting.ReportInput(
                "at_risk",
                n,
                timezone.localdate(),
                targets=[reporting.TargetValue(target.pk, Decimal(n))],
            ),
        )
        items.append(item)
    with CaptureQueriesContext(connection) as queries:
        merge_department(town.co, town.lead)
    return items, len(queries)


def test_a_merge_moves_many_pledges_to_the_units_reports_in_the_statements_of_one(town):
    """Each pledge the unit now leads shows the merged department's newest report (status,
    percent, target value), and its 单位合并 entry says what changed; the merge does it
    in a fixed number of statements (it took five a pledge, minutes at 100k)."""
    items, statements = merged_pledges(town, 6)
    today = timezone.localdate()
    for n, item in enumerate(items, 1):
        item.refresh_from_db()
        assert (item.status, item.percent, item.last_report_on) == ("at_risk", n, today)
        target = item.targets.get()
        assert (target.current_value, target.current_as_of) == (Decimal(n), today)
        event = CommitmentEvent.objects.get(commitment=item, kind=EventKind.DEPARTMENT_MERGED)
        assert event.changes["status"] == ["not_started", "at_risk"]
        assert event.changes["percent"] == [0, n]
        before, after = event.changes[f"target:{target.pk}"]
        assert (before, Decimal(after)) == (None, n)
    assert_kept_as_counted_again()
    if connection.vendor == "postgresql":  # the reminders' kept counts (triggers)
        kept, recounted = kept_and_recounted()
        assert kept == recounted


def test_a_merge_of_six_pledges_takes_the_statements_of_one(db):
    def statements(count: int) -> int:
        with transaction.atomic():
            _items, taken = merged_pledges(build_town(), count)
            transaction.set_rollback(True)
        return taken

    one, six = statements(1), statements(6)
    assert six == one, f"{one} statements for one pledge, {six} for six"


on_postgresql = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the append-only trigger is PostgreSQL's"
)


@on_postgresql
def test_the_trigger_lets_lead_by_merge_change_only_in_a_merge_for_the_lead(town):
    file(town.item, town.co_clerk, town.co, 40)
    report = ProgressReport.objects.get()
    table = ProgressReport._meta.db_table

    def refused(sql: str, params: list) -> bool:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, params)
        except IntegrityError as error:
            assert "append-only" in str(error)
            return True
        return False

    merging = f"SELECT set_config('{MERGE_SETTING}', %s, true); "
    flip = f"UPDATE {table} SET lead_by_merge = true WHERE id = %s"
    assert refused(flip, [report.pk])  # outside a merge
    # The co-owner is not the pledge's lead: refused even during a merge into it.
    assert refused(merging + flip, [f"{town.outsider_dept.pk}:{town.co.pk}", report.pk])
    # A merge into another department than the report's: refused.
    assert refused(merging + flip, [f"{town.co.pk}:{town.lead.pk}", report.pk])
    # Any other column with it: refused.
    assert refused(
        merging + f"UPDATE {table} SET lead_by_merge = true, percent = 9 WHERE id = %s",
        [f"{town.co.pk}:{town.lead.pk}", report.pk],
    )
    # The merge's own: re-pointed to the lead, then made the lead's.
    assert not refused(
        merging + f"UPDATE {table} SET department_id = %s, merged_from_id = %s, "
        "lead_by_merge = true WHERE id = %s",
        [f"{town.co.pk}:{town.lead.pk}", town.lead.pk, town.co.pk, report.pk],
    )
    # Never back.
    assert refused(
        merging + f"UPDATE {table} SET lead_by_merge = false WHERE id = %s",
        [f"{town.co.pk}:{town.lead.pk}", report.pk],
    )


def history_entries(html: str, kind: str) -> list[str]:
    return [
        e.split("</li>", 1)[0]
        for e in html.split("history", 1)[1].split(f'data-event="{kind}"')[1:]
    ]


def test_old_history_entries_keep_the_department_that_acted(town):
    """walk12b m3: after the merge the 签收 entry lost 水利站 and the others read
    “涉及单位：水利站”. Each old entry names the department that acted then."""
    from tests.workspace.test_merge_reports import a_water_station

    station, own, clerk = a_water_station(town)
    merge_department(station, town.outsider_dept)
    file(town.item, clerk, town.outsider_dept, 70)  # after the merge: as the unit

    html = client_for(town.supervisor).get(page_url(town.item)).content.decode()
    ack = history_entries(html, "acknowledged")
    assert len(ack) == 1 and "shuili · 农业农村办（原水利站）" in ack[0]
    reported = history_entries(html, "reported")
    by_clerk = [e for e in reported if "shuili" in e]
    assert len(by_clerk) == 2
    newest, moved = by_clerk  # newest first
    assert "shuili · 农业农村办</span>" in newest and "原水利站" not in newest
    assert "shuili · 农业农村办（原水利站）" in moved and "涉及单位" not in moved
    asked = history_entries(html, "extension_requested")
    assert asked and "农业农村办（原水利站）" in asked[0] and "涉及单位" not in asked[0]
    # The department is kept (retired): the history names it.
    station.refresh_from_db()
    assert not station.is_active

    client = client_for(town.supervisor)
    client.cookies["django_language"] = "en"
    html = client.get(page_url(town.item)).content.decode()
    assert "农业农村办 (formerly 水利站)" in history_entries(html, "acknowledged")[0]
