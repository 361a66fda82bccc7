"""Kept roll-ups (reports.kept_rollups): the whole ledger's summary from kept
rows, exact after every kind of write, whoever wrote it."""

from __future__ import annotations

import datetime
import io
import runpy
import threading
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import override_settings

from commitments.choices import Role, Status
from commitments.models import Commitment, CoOwnership, Milestone, Plan, Section
from commitments.services.plan_import.bulk import update_rows
from reports import kept_rollups, rollups
from reports.models import RollupChange, RollupCount, RollupFact, RollupSnapshot
from reports.rollups import department_rollups, plan_rollups, section_rollups
from reports.scope import ReportScope
from tests import factories
from tests.clock import frozen
from tests.reports.seed import TODAY, at, file_report

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="kept roll-ups are PostgreSQL's (triggers); elsewhere every roll-up is live",
    ),
]

EVERYTHING = ReportScope(TODAY)


def live() -> tuple[dict, dict, dict]:
    """What a full pass counts now, without the kept rows."""
    groups = {code: dict(found) for code, found in rollups.group_counts(EVERYTHING).items()}
    return groups, rollups.co_owned_periods(EVERYTHING), rollups.filed_counts(EVERYTHING)


def kept() -> tuple[dict, dict, dict]:
    found = kept_rollups.read(ReportScope(TODAY))
    assert found is not None, "the kept rows should serve the whole ledger today"
    groups = {code: dict(numbers) for code, numbers in found.groups.items()}
    return groups, found.co_owned, found.filed


def refreshed() -> kept_rollups.Refreshed:
    return kept_rollups.refresh(at(TODAY))


def summary(scope: ReportScope) -> tuple:
    """Every number of the summary, as the API and the files show them."""
    return (
        plan_rollups(scope),
        department_rollups(scope),
        section_rollups(scope),
    )


class TestSnapshot:
    def test_a_rebuild_counts_what_a_full_pass_counts(self, seed):
        assert kept_rollups.read(ReportScope(TODAY)) is None  # nothing kept yet
        done = refreshed()
        assert done.action == "rebuilt" and done.groups == RollupCount.objects.count() > 0
        assert kept() == live()
        assert not RollupChange.objects.exists()

    def test_the_summary_reads_the_kept_rows(self, seed):
        before = summary(ReportScope(TODAY))
        refreshed()
        assert summary(ReportScope(TODAY)) == before
        # Poison one kept row: a summary that reads the kept rows shows the poison.
        width = len(live()[0]["lead"][seed.economy.pk])
        RollupCount.objects.filter(grouping="lead", key=seed.economy.pk).update(counts=[0] * width)
        lines = department_rollups(ReportScope(TODAY))
        assert next(x for x in lines if x.department == seed.economy.name).owned == 0
        assert refreshed().action == "unchanged"  # nothing was logged: nothing to fold
        RollupSnapshot.objects.all().delete()
        assert summary(ReportScope(TODAY)) == before  # no snapshot: counted live
        assert refreshed().action == "rebuilt"
        assert summary(ReportScope(TODAY)) == before

    def test_reading_what_nothing_moved_is_one_query(self, seed, django_assert_num_queries):
        refreshed()
        with django_assert_num_queries(1):
            found = kept_rollups.read(ReportScope(TODAY))
        assert found is not None and found.counted_live == 0

    def test_another_day_or_other_settings_are_not_served_until_rebuilt(self, seed):
        refreshed()
        assert kept_rollups.read(ReportScope(TODAY + datetime.timedelta(days=1))) is None
        with override_settings(PROGRESS_MARGIN_PERCENT=30):
            assert kept_rollups.read(ReportScope(TODAY)) is None
            assert refreshed().action == "rebuilt"
            assert kept() == live()
        # Back to the settings of the day: the rows built under the override do not serve.
        assert kept_rollups.read(ReportScope(TODAY)) is None

    def test_a_chosen_plan_or_department_is_counted_live(self, seed):
        refreshed()
        assert kept_rollups.read(ReportScope(TODAY, plan=seed.plan)) is None
        only = frozenset({seed.social.pk})
        assert kept_rollups.read(ReportScope(TODAY, department_ids=only)) is None


def _report_changes_status(seed) -> None:
    item = seed.items["c2"]
    file_report(item, seed.economy, seed.staff, period="2024-07", filed=TODAY, percent=20,
                status=Status.DELAYED)  # fmt: skip
    Commitment.objects.filter(pk=item.pk).update(status=Status.DELAYED, percent=20)


def _lead_moves(seed) -> None:
    Commitment.objects.filter(pk=seed.items["c1"].pk).update(lead_owner=seed.farming)


def _section_moves(seed) -> None:
    other = factories.section(seed.plan, 4, "新板块")
    seed.items["c5"].section = other
    seed.items["c5"].save(update_fields=["section"])


def _milestone_overdue(seed) -> None:
    Milestone.objects.create(
        commitment=seed.items["c2"], due=datetime.date(2024, 7, 1), text="开工", position=1
    )


def _milestone_done(seed) -> None:
    Milestone.objects.filter(commitment=seed.items["c2"]).update(completed_at=at(TODAY))


def _with_overdue_milestone(seed) -> None:
    _milestone_overdue(seed)


def _co_owner_added(seed) -> None:
    CoOwnership.objects.create(commitment=seed.items["c4"], department=seed.farming)


def _co_owner_excused(seed) -> None:
    CoOwnership.objects.filter(commitment=seed.items["c2"]).update(excused_at=at(TODAY))


def _completed(seed) -> None:
    Commitment.objects.filter(pk=seed.items["c1"].pk).update(
        status=Status.COMPLETED, completed_at=at(datetime.date(2024, 3, 10)), percent=100
    )


def _due_day_changed(seed) -> None:
    Plan.objects.filter(pk=seed.plan.pk).update(report_due_day=5)


def _retired_by_reimport(seed) -> None:
    Commitment.objects.filter(pk=seed.items["c4"].pk).update(removed_from_source=True)


def _late_first_report(seed) -> None:
    """A first report for a period: the filing department's punctuality moves."""
    file_report(seed.items["c6"], seed.farming, seed.staff, period="2024-07", filed=TODAY,
                percent=35)  # fmt: skip


def _correction_deleted(seed) -> None:
    """The kept first-report counts written by another path (a repair script)."""
    from commitments.models import DueDayReportTally

    DueDayReportTally.objects.filter(department=seed.social).delete()


def _new_department_and_commitment(seed) -> None:
    factories.commitment(
        factories.department("新设办"), seed.items["c1"].section, code="2024-01-77", number=77
    )


def _deleted(seed) -> None:
    seed.items["c8"].delete()  # cancelled, never reported on


def _with_a_plan_to_delete(seed) -> None:
    old = Commitment.objects.get(plan=seed.other_plan)
    Milestone.objects.create(
        commitment=old, due=datetime.date(2023, 6, 1), text="旧节点", position=1
    )
    CoOwnership.objects.create(commitment=old, department=seed.farming)


def _plan_deleted(seed) -> None:
    """A plan without reports deleted: its sections, commitments, milestones and
    co-ownerships go with it (Django's cascade, a statement per table)."""
    Plan.objects.get(pk=seed.other_plan.pk).delete()


def _with_a_section_to_delete(seed) -> None:
    extra = factories.section(seed.plan, 4, "临时板块")
    first = factories.commitment(seed.social, extra, code="2024-04-01", number=1, percent=20,
                                 co_owners=[seed.farming])  # fmt: skip
    factories.commitment(seed.farming, extra, code="2024-04-02", number=2, status=Status.AT_RISK)
    Milestone.objects.create(
        commitment=first, due=datetime.date(2024, 6, 1), text="节点", position=1
    )


def _section_deleted(seed) -> None:
    Section.objects.get(plan=seed.plan, number=4).delete()


def _moved_to_another_plan(seed) -> None:
    """A commitment (with a co-owner) moved to another plan's section."""
    section = Section.objects.get(plan=seed.other_plan)
    Commitment.objects.filter(pk=seed.items["c2"].pk).update(plan=seed.other_plan, section=section)


def _moved_to_a_new_plan(seed) -> None:
    """The only commitment of a plan moved to a plan that had none: one plan and one
    section leave the summary, two come in."""
    section = factories.section(factories.plan(2025, title="2025年工作安排"), 1, "新计划板块")
    Commitment.objects.filter(plan=seed.other_plan).update(plan=section.plan, section=section)


def _with_a_retired_commitment(seed) -> None:
    _retired_by_reimport(seed)


def _reactivated_by_reimport(seed) -> None:
    """A re-import finds the retired pledge again, in another section (one
    ``UPDATE … FROM unnest``, as ``plan_import.store`` writes)."""
    update_rows(Commitment, ["removed_from_source", "section"],
                [[seed.items["c4"].pk, False, seed.items["c1"].section_id]])  # fmt: skip


def _plan_starts_later(seed) -> None:
    Plan.objects.filter(pk=seed.plan.pk).update(starts_on=datetime.date(2024, 5, 1))


def _margin_changed(seed) -> None:
    Plan.objects.filter(pk=seed.plan.pk).update(progress_margin=60)


def _milestone_deleted(seed) -> None:
    Milestone.objects.filter(commitment=seed.items["c2"]).delete()


def _milestone_moved(seed) -> None:
    Milestone.objects.filter(commitment=seed.items["c2"]).update(commitment=seed.items["c5"])


def _co_owner_removed(seed) -> None:
    CoOwnership.objects.filter(commitment=seed.items["c2"]).delete()


def _co_owner_replaced(seed) -> None:
    CoOwnership.objects.filter(commitment=seed.items["c2"]).update(department=seed.farming)


def _lead_changed(seed) -> None:
    """A supervisor hands c1 to another unit today (the service, as API and page do):
    the new lead owes its months from today, not from January (commitments.owed)."""
    from commitments.services.supervision import update_commitment

    admin = factories.user(role=Role.ADMIN)
    with frozen(at(TODAY)):
        update_commitment(seed.items["c1"].pk, admin, {"lead_owner": seed.farming})


def _lead_changed_on_a_co_owned_pledge(seed) -> None:
    """c2 handed to another lead today: its co-owner (社会事务办, with the pledge from the
    start) still owes its months from January, not the new lead's (owed15: the read
    took the lead's periods out of and into the co-owner's)."""
    from commitments.services.supervision import update_commitment

    admin = factories.user(role=Role.ADMIN)
    with frozen(at(TODAY)):
        update_commitment(seed.items["c2"].pk, admin, {"lead_owner": seed.farming})


def _with_a_co_owner_added_in_june(seed) -> None:
    """农业农村办 made a co-owner of c4 on 10 June: it owes from June (``since``)."""
    from commitments.services.supervision import update_commitment

    admin = factories.user(role=Role.ADMIN)
    with frozen(at(datetime.date(2024, 6, 10))):
        update_commitment(seed.items["c4"].pk, admin, {"co_owners": [seed.farming]})


def _co_owned_since_june_cancelled(seed) -> None:
    Commitment.objects.filter(pk=seed.items["c4"].pk).update(status=Status.CANCELLED)


def _with_a_department_to_merge(seed) -> None:
    unit = factories.department("招商服务中心")
    factories.commitment(unit, seed.items["c1"].section, code="2024-01-09", number=9, percent=40)
    CoOwnership.objects.create(commitment=seed.items["c1"], department=unit)  # led by economy
    CoOwnership.objects.create(commitment=seed.items["c4"], department=unit)


def _department_merged(seed) -> None:
    """An import's department merged into the unit it really is: its commitments
    and co-ownerships move (or go, where the unit already owns), it is deleted."""
    from commitments.models import Department
    from commitments.services.catalog import merge_department

    merge_department(Department.objects.get(name="招商服务中心"), seed.economy)


def _department_with_reports_merged(seed) -> None:
    """A unit with a clerk and filed reports (社会事务办) merged into another: its
    commitments, co-ownerships, clerk and reports move (the first-report tallies are
    counted again for both), and it is kept as a retired record (walk10 B1: this was a
    500)."""
    from commitments.services.catalog import merge_department

    done = merge_department(seed.social, seed.farming)
    assert done.retired and done.reports > 0 and done.accounts > 0


def _with_a_co_owner_report(seed) -> None:
    unit = factories.department("水利站")
    CoOwnership.objects.create(commitment=seed.items["c1"], department=unit)
    clerk = factories.user("shuili", dept=unit)
    file_report(
        seed.items["c1"],
        unit,
        clerk,
        period="2024-07",
        filed=TODAY,
        percent=65,
        status=Status.DELAYED,
    )


def _co_owner_report_merged_into_the_lead(seed) -> None:
    """A co-owner that filed (滞后, newer than the lead's report) merged into the lead
    (walk12b M2): its report counts as the lead's, so the pledge's status moves."""
    from commitments.models import Department
    from commitments.services.catalog import merge_department

    merge_department(Department.objects.get(name="水利站"), seed.economy)
    assert Commitment.objects.get(pk=seed.items["c1"].pk).status == Status.DELAYED


def _moved_twice(seed) -> None:
    """Two writes to one commitment before a refresh: its kept share is taken out once."""
    _lead_moves(seed)
    Commitment.objects.filter(pk=seed.items["c1"].pk).update(
        lead_owner=seed.social, section=seed.items["c6"].section, percent=95
    )


#: (what to write first, kept; the write whose effect the kept rows must show)
WRITES = [
    _report_changes_status,
    _lead_moves,
    _section_moves,
    _milestone_overdue,
    _milestone_done,
    _co_owner_added,
    _co_owner_excused,
    _completed,
    _due_day_changed,
    _retired_by_reimport,
    _late_first_report,
    _correction_deleted,
    _new_department_and_commitment,
    _deleted,
    _plan_deleted,
    _section_deleted,
    _moved_to_another_plan,
    _moved_to_a_new_plan,
    _reactivated_by_reimport,
    _plan_starts_later,
    _margin_changed,
    _milestone_deleted,
    _milestone_moved,
    _co_owner_removed,
    _co_owner_replaced,
    _lead_changed,
    _lead_changed_on_a_co_owned_pledge,
    _co_owned_since_june_cancelled,
    _department_merged,
    _department_with_reports_merged,
    _co_owner_report_merged_into_the_lead,
    _moved_twice,
]


PREPARED = {
    _milestone_done: _with_overdue_milestone,
    _plan_deleted: _with_a_plan_to_delete,
    _section_deleted: _with_a_section_to_delete,
    _reactivated_by_reimport: _with_a_retired_commitment,
    _milestone_deleted: _with_overdue_milestone,
    _milestone_moved: _with_overdue_milestone,
    _department_merged: _with_a_department_to_merge,
    _co_owned_since_june_cancelled: _with_a_co_owner_added_in_june,
    _co_owner_report_merged_into_the_lead: _with_a_co_owner_report,
}


@pytest.mark.parametrize("write", WRITES, ids=lambda w: w.__name__.strip("_"))
class TestExactAfterWrites:
    def test_moved_groups_are_counted_live_until_folded(self, seed, write):
        if write in PREPARED:
            PREPARED[write](seed)
        refreshed()
        before = live()
        write(seed)
        after = live()
        assert after != before, "the write should change what the summary counts"
        assert kept() == after  # exact at once, before any refresh
        done = refreshed()
        assert done.action == "folded"
        assert not RollupChange.objects.exists()
        found = kept_rollups.read(ReportScope(TODAY))
        assert found is not None and found.counted_live == 0
        assert kept() == after

    def test_the_summary_shows_the_write_at_once(self, seed, write):
        if write in PREPARED:
            PREPARED[write](seed)
        refreshed()
        write(seed)
        served = summary(ReportScope(TODAY))
        RollupSnapshot.objects.all().delete()  # nothing kept: counted live
        assert summary(ReportScope(TODAY)) == served


class TestShares:
    """A write moves its commitments' shares (``RollupFact``), not their whole groups."""

    def test_a_rebuild_keeps_one_share_per_counted_commitment(self, seed):
        refreshed()
        counted = sum(sum(n[: len(Status.values)]) for n in live()[0]["plan"].values())
        assert RollupFact.objects.count() == counted > 0

    def test_a_write_is_logged_as_its_commitment(self, seed):
        refreshed()
        _lead_moves(seed)
        logged = set(RollupChange.objects.values_list("grouping", "key"))
        assert ("item", seed.items["c1"].pk) in logged
        assert not {g for g, _ in logged} & {"plan", "section", "lead"}

    def test_only_the_moved_commitment_is_counted_again(self, seed):
        """Poison a kept group, then move one of its commitments: the read takes
        the commitment's share out and puts its new share in, and the rest of the
        group stays as kept (poison included) until a rebuild."""
        refreshed()
        width = len(live()[0]["lead"][seed.economy.pk])
        poison = [1000] * width
        RollupCount.objects.filter(grouping="lead", key=seed.economy.pk).update(counts=poison)
        moved = seed.items["c1"]
        assert moved.lead_owner_id == seed.economy.pk
        share = rollups.group_counts(EVERYTHING, ids=[moved.pk])["lead"][seed.economy.pk]
        _lead_moves(seed)  # c1 leaves the economy office for farming
        found = kept()[0]["lead"][seed.economy.pk]
        assert list(found) == [p - int(n) for p, n in zip(poison, share, strict=True)]
        assert kept()[0]["lead"][seed.farming.pk] == live()[0]["lead"][seed.farming.pk]
        assert refreshed().action == "folded"
        assert list(RollupCount.objects.get(grouping="lead", key=seed.economy.pk).counts) == list(
            found
        )

    def test_a_co_owner_of_a_moved_commitment_is_moved_by_its_share(self, seed):
        """c2 (co-owned by the social affairs office) completes in March: it owes the
        reports of January to March only. The co-owner's reports owed as co-owner move
        by c2's share (its kept count, poisoned, stays poisoned), and the summary shows
        what a full pass shows once the poison is gone; a department whose
        co-ownerships were written is counted again whole."""
        refreshed()
        social, c2 = seed.social.pk, seed.items["c2"]
        owed_before = live()[1][social]
        RollupCount.objects.filter(grouping="co", key=social).update(counts=[1000])
        Commitment.objects.filter(pk=c2.pk).update(
            status=Status.COMPLETED, percent=100, completed_at=at(datetime.date(2024, 3, 10))
        )
        owed_now = live()[1][social]
        assert owed_now < owed_before  # c2 owes fewer reports: the co-owner too
        assert kept()[1][social] == 1000 - owed_before + owed_now
        RollupCount.objects.filter(grouping="co", key=social).update(counts=[owed_before])
        assert kept() == live()
        # A co-ownership written: its department is counted again whole.
        RollupCount.objects.filter(grouping="co", key=social).update(counts=[1000])
        CoOwnership.objects.filter(commitment=c2, department_id=social).update(excused_at=at(TODAY))
        assert kept() == live()

    def test_a_write_to_much_of_the_ledger_is_counted_by_a_full_pass(self, seed, monkeypatch):
        """Shares cost more per commitment than a full pass: past a share of the
        ledger, a read leaves the counting to the full pass, and stays exact."""
        refreshed()
        monkeypatch.setattr(kept_rollups, "LIVE_ABOVE_COMMITMENTS", 1)
        _lead_moves(seed)  # one commitment: within the share
        assert kept_rollups.read(ReportScope(TODAY)) is not None
        Commitment.objects.filter(plan=seed.plan).update(percent=33)
        assert kept_rollups.read(ReportScope(TODAY)) is None
        served = summary(ReportScope(TODAY))
        RollupSnapshot.objects.all().delete()
        assert summary(ReportScope(TODAY)) == served
        assert refreshed().action == "rebuilt"

    def test_whole_groups_logged_before_shares_are_counted_again(self, seed):
        refreshed()
        RollupChange.objects.create(grouping="lead", key=seed.economy.pk)
        assert refreshed().action == "rebuilt"
        assert kept() == live()


def test_a_fold_keeps_what_was_logged_after_it_read(seed):
    """The log rows a refresh removes are the ones its snapshot read: a write
    logged afterwards is still there for the next refresh."""
    refreshed()
    _lead_moves(seed)
    assert refreshed().action == "folded"
    _co_owner_added(seed)
    assert RollupChange.objects.filter(grouping="co", key=seed.farming.pk).exists()
    assert kept() == live()


def test_one_refresh_at_a_time(seed):
    # Another session's refresh, half-way: its transaction holds the lock.
    other = connections.create_connection("default")
    try:
        other.set_autocommit(False)
        with other.cursor() as theirs:
            theirs.execute(kept_rollups._LOCK)
        assert refreshed().action == "busy"
        other.rollback()
    finally:
        other.close()
    assert refreshed().action == "rebuilt"


def test_the_beat_task_refreshes(seed):
    from reports.tasks import refresh_rollups

    with mock.patch("django.utils.timezone.now", return_value=at(TODAY)):
        assert refresh_rollups() == {"action": "rebuilt", "groups": RollupCount.objects.count(),
                                     "day": TODAY.isoformat()}  # fmt: skip
        _lead_moves(seed)
        assert refresh_rollups()["action"] == "folded"
    assert kept() == live()


class TestSettings:
    def load(self, monkeypatch, tmp_path, **env):
        monkeypatch.setenv("TRACKER_VAR_DIR", str(tmp_path))
        monkeypatch.delenv("ROLLUP_REFRESH_SECONDS", raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        path = Path(__file__).resolve().parents[2] / "tracker" / "settings.py"
        return runpy.run_path(str(path))

    def test_beat_refreshes_every_minute(self, monkeypatch, tmp_path):
        entry = self.load(monkeypatch, tmp_path)["CELERY_BEAT_SCHEDULE"]["rollups-refresh"]
        assert (entry["task"], entry["schedule"]) == ("reports.refresh_rollups", 60.0)

    def test_nothing_is_scheduled_on_sqlite(self, monkeypatch, tmp_path):
        loaded = self.load(monkeypatch, tmp_path, DATABASE_URL="sqlite:///local.sqlite3")
        assert "rollups-refresh" not in loaded["CELERY_BEAT_SCHEDULE"]

    def test_zero_switches_it_off(self, monkeypatch, tmp_path):
        loaded = self.load(monkeypatch, tmp_path, ROLLUP_REFRESH_SECONDS="0")
        assert "rollups-refresh" not in loaded["CELERY_BEAT_SCHEDULE"]

    def test_a_negative_interval_is_refused(self, monkeypatch, tmp_path):
        from tracker.env import ConfigError

        with pytest.raises(ConfigError, match="ROLLUP_REFRESH_SECONDS"):
            self.load(monkeypatch, tmp_path, ROLLUP_REFRESH_SECONDS="-5")


def test_a_truncate_drops_the_snapshot(seed):
    refreshed()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE commitments_milestone")  # logs no rows
    assert kept_rollups.read(ReportScope(TODAY)) is None
    assert refreshed().action == "rebuilt"


def test_the_command_refreshes_and_rebuilds(seed):
    out = io.StringIO()
    with mock.patch("django.utils.timezone.now", return_value=at(TODAY)):
        call_command("refresh_rollups", stdout=out)
        assert "已重建" in out.getvalue() and TODAY.isoformat() in out.getvalue()
        call_command("refresh_rollups", stdout=out)
        assert "无变化" in out.getvalue()
        call_command("refresh_rollups", "--rebuild", stdout=out)
    assert out.getvalue().count("已重建") == 2
    assert kept() == live()


def _in_a_thread(step):
    """``step()`` on its own connection (a thread's), committed as it goes; its result."""
    found: list = []

    def run():
        try:
            found.append(step())
        except BaseException as error:  # handed to the test's thread
            found.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    assert found, "the other session should have finished"
    if isinstance(found[0], BaseException):
        raise found[0]
    return found[0]


@pytest.mark.django_db(transaction=True)
class TestConcurrentSessions:
    """Other sessions committing while a refresh or a read is half-way: committed
    writes, a real REPEATABLE READ fold, real snapshots (``transaction=True``)."""

    def test_a_write_committed_while_a_fold_counts_stays_logged(self, seed, monkeypatch):
        refreshed()
        _lead_moves(seed)  # c1 is logged: the fold counts it
        written = [seed.items["c1"].pk, seed.items["c4"].pk]
        counted = rollups.group_counts

        def count_then_another_writes(scope, ids=None):
            found = counted(scope, ids)
            # Another session moves c1 again and c4 (not logged yet), and commits.
            _in_a_thread(
                lambda: Commitment.objects.filter(pk__in=written).update(
                    percent=90, status=Status.AT_RISK, lead_owner=seed.social
                )
            )
            return found

        monkeypatch.setattr(rollups, "group_counts", count_then_another_writes)
        assert refreshed().action == "folded"
        monkeypatch.undo()
        assert set(RollupChange.objects.values_list("key", flat=True)) >= set(written)
        assert kept() == live()
        assert refreshed().action == "folded"
        assert kept() == live()

    def test_a_writer_that_began_before_a_fold_and_commits_after_it(self, seed):
        refreshed()
        _lead_moves(seed)
        other = connections.create_connection("default")
        try:
            other.set_autocommit(False)
            with other.cursor() as theirs:
                theirs.execute(
                    "UPDATE commitments_commitment SET percent = 5, status = %s WHERE id = %s",
                    [Status.DELAYED, seed.items["c4"].pk],
                )
            assert refreshed().action == "folded"  # cannot see the uncommitted write
            other.commit()
        finally:
            other.close()
        assert kept() == live()
        assert refreshed().action == "folded"
        assert kept() == live()

    def test_a_fold_after_the_reads_statement(self, seed, monkeypatch):
        """A read takes the kept rows, the moved shares and the moved commitments'
        counts in one statement: a fold committed before it puts them together
        changes none of them."""
        refreshed()
        _lead_moves(seed)
        _milestone_overdue(seed)
        expected = live()
        moved, folds = kept_rollups._move, []

        def fold_first(*args):
            if not folds:
                folds.append("folding")  # the fold moves shares through here too
                folds[0] = _in_a_thread(refreshed)
            return moved(*args)

        monkeypatch.setattr(kept_rollups, "_move", fold_first)
        assert kept() == expected
        assert [done.action for done in folds] == ["folded"]
        monkeypatch.undo()
        assert not RollupChange.objects.exists()
        assert kept() == expected

    def test_a_read_while_a_rebuild_writes(self, seed, monkeypatch):
        """Until a rebuild commits, readers see the rows and the log it replaces."""
        refreshed()
        _lead_moves(seed)
        _co_owner_added(seed)
        expected = live()
        write, seen = kept_rollups._write, []

        def read_then_write(*args):
            seen.append(_in_a_thread(kept))
            return write(*args)

        monkeypatch.setattr(kept_rollups, "_write", read_then_write)
        assert kept_rollups.refresh(at(TODAY), rebuild=True).action == "rebuilt"
        monkeypatch.undo()
        assert seen == [expected]
        assert kept() == expected

    def test_a_write_committed_while_a_rebuild_counts_stays_logged(self, seed, monkeypatch):
        refreshed()
        _lead_moves(seed)
        write = kept_rollups._write

        def another_writes_then_write(*args):
            _in_a_thread(lambda: _co_owner_added(seed) or _completed(seed))
            return write(*args)

        monkeypatch.setattr(kept_rollups, "_write", another_writes_then_write)
        assert kept_rollups.refresh(at(TODAY), rebuild=True).action == "rebuilt"
        monkeypatch.undo()
        logged = set(RollupChange.objects.values_list("grouping", "key"))
        assert {("item", seed.items["c1"].pk), ("co", seed.farming.pk)} <= logged
        assert kept() == live()
        assert refreshed().action == "folded"
        assert kept() == live()

    def test_a_refresh_holds_its_lock_until_its_transaction_ends(self, seed):
        """The lock is the refresh's transaction's, not its session's: it goes with
        the transaction, whichever session runs the next statement (PgBouncer in
        transaction pooling: each transaction may get another server session), and a
        refresh inside an outer transaction keeps it until that one commits."""
        refreshed()
        _lead_moves(seed)
        with transaction.atomic():
            assert refreshed().action == "folded"
            assert _in_a_thread(refreshed).action == "busy"  # not yet committed
            assert _in_a_thread(kept) == live()  # readers do not wait for it
        assert _in_a_thread(refreshed).action == "unchanged"
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() "
                           "AND locktype = 'advisory'")  # fmt: skip
            assert cursor.fetchone()[0] == 0
        assert kept() == live()

    def test_a_co_owner_added_while_a_longer_write_to_its_commitment_runs(self, seed):
        """A new co-ownership reads its commitment's facts FOR SHARE (the facts it keeps
        for the reminder sweep, commitments 0018): added while a longer write to the
        commitment runs, it waits for that write to commit and then takes its facts;
        the roll-ups count it as a full pass does."""
        refreshed()
        writer = connections.create_connection("default")
        added = threading.Thread(target=lambda: (_co_owner_added(seed), connection.close()))
        try:
            writer.set_autocommit(False)
            with writer.cursor() as theirs:  # c4 completed: no reports owed after July
                theirs.execute(
                    "UPDATE commitments_commitment SET status = %s, percent = 100, "
                    "completed_at = %s WHERE id = %s",
                    [Status.COMPLETED, at(datetime.date(2024, 3, 10)), seed.items["c4"].pk],
                )
            added.start()  # farming co-owns c4: waits for the writer
            added.join(timeout=1)
            assert added.is_alive(), "the new co-ownership should wait for its commitment"
            assert refreshed().action == "unchanged"  # neither is committed yet
            writer.commit()
            added.join(timeout=60)
            assert not added.is_alive()
        finally:
            writer.close()
        co = CoOwnership.objects.get(commitment=seed.items["c4"], department=seed.farming)
        assert co.kept_status == Status.COMPLETED
        assert kept() == live()

    def test_a_commitment_moved_into_a_plan_while_its_rules_change(self, seed):
        """A plan's commitments are looked up when the log is read, not by the plan's
        trigger: one moved into the plan by a transaction that commits meanwhile is
        counted under the plan's new rules too."""
        refreshed()
        writer = connections.create_connection("default")
        try:
            writer.set_autocommit(False)
            with writer.cursor() as theirs:  # the plan's reports fall due on the 5th
                theirs.execute(
                    "UPDATE commitments_plan SET report_due_day = 5 WHERE id = %s",
                    [seed.plan.pk],
                )
            section = Section.objects.filter(plan=seed.plan).first()
            moved = Commitment.objects.filter(plan=seed.other_plan).first()
            assert moved is not None and section is not None
            _in_a_thread(
                lambda: Commitment.objects.filter(pk=moved.pk).update(
                    plan=seed.plan, section=section
                )
            )
            assert refreshed().action == "folded"
            writer.commit()
        finally:
            writer.close()
        assert kept() == live()
        refreshed()
        assert kept() == live()

    def test_a_read_of_a_new_day_while_it_is_rebuilt(self, seed, monkeypatch):
        refreshed()
        tomorrow = TODAY + datetime.timedelta(days=1)
        write, seen = kept_rollups._write, []

        def read_then_write(*args):
            seen.append(_in_a_thread(lambda: kept_rollups.read(ReportScope(tomorrow))))
            return write(*args)

        monkeypatch.setattr(kept_rollups, "_write", read_then_write)
        assert kept_rollups.refresh(at(tomorrow)).action == "rebuilt"
        assert seen == [None]  # counted live until the new day's rows are committed
        monkeypatch.undo()
        assert kept_rollups.read(ReportScope(tomorrow)) is not None
