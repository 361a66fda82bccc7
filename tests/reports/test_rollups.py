"""Roll-up numbers on the seeded plan (see tests/reports/seed.py)."""

from __future__ import annotations

import datetime
import tracemalloc

import pytest
from django.utils import timezone

from commitments.models import Commitment
from commitments.punctuality import of_commitment, on_time_rates
from reports import rollups
from reports.rollups import LightCounts, department_rollups, plan_rollups, section_rollups
from reports.scope import ReportScope
from tests import factories
from tests.reports.seed import TODAY

pytestmark = pytest.mark.django_db


def by_name(lines):
    return {line.department: line for line in lines}


class TestDepartments:
    def test_it_counts_the_scorecard(self, seed):
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        assert list(lines) == ["经济发展办", "农业农村办", "社会事务办"]  # ranked
        e, s, f = lines["经济发展办"], lines["社会事务办"], lines["农业农村办"]
        assert (e.owned, e.completed, e.on_track, e.at_risk, e.overdue) == (3, 1, 2, 0, 1)
        # A completed pledge is counted under 已办结, not again as green (walk 10, m4).
        assert e.lights == LightCounts(red=1, yellow=0, green=1)
        assert (s.owned, s.completed, s.not_started, s.at_risk, s.overdue) == (2, 0, 1, 1, 0)
        assert s.lights == LightCounts(red=0, yellow=2, green=0)
        assert (f.owned, f.completed, f.delayed, f.cancelled, f.overdue) == (3, 1, 1, 1, 1)
        assert f.lights == LightCounts(red=1, yellow=0, green=0)

    def test_it_measures_report_punctuality(self, seed):
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        e, s, f = lines["经济发展办"], lines["社会事务办"], lines["农业农村办"]
        assert (e.reports_filed, e.reports_on_time, e.avg_days_late) == (4, 2, 2.0)
        assert (s.reports_filed, s.reports_on_time, s.avg_days_late) == (2, 1, 7.0)
        assert (f.reports_filed, f.reports_on_time, f.avg_days_late) == (2, 1, 6.0)

    def test_it_counts_reports_never_filed_as_late(self, seed):
        # As of 07-10 (due day 25) a report is owed for every month from January to
        # June, up to the month a commitment was completed, none for a cancelled one.
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        e, s, f = lines["经济发展办"], lines["社会事务办"], lines["农业农村办"]
        # c1, c2: Jan-Jun; c3 completed in May: Jan-May. Filed for owed months: 4.
        assert (e.reports_due, e.reports_missing) == (6 + 6 + 5, 13)
        assert e.report_on_time_rate == round(2 * 100 / (4 + 13), 1) == 11.8
        # c4, c5: Jan-Jun, and co-owned c2: Jan-Jun. Filed: c2 and c4 for June.
        assert (s.reports_due, s.reports_missing) == (18, 16)
        assert s.report_on_time_rate == 5.6
        # c6: Jan-Jun; c7 completed in April: Jan-Apr; c8 cancelled: nothing.
        assert (f.reports_due, f.reports_missing) == (10, 8)
        assert f.report_on_time_rate == 10.0

    def test_reports_are_owed_from_the_month_a_pledge_was_assigned(self, seed):
        # A pledge added to the ledger in April (a late import, a re-import, a
        # carried-over pledge) owes no report for January to March: it did not exist.
        late = factories.department("后加事项办")
        section = seed.items["c1"].section
        added = factories.commitment(late, section, code="2024-01-61", number=61)
        april = datetime.datetime(2024, 4, 12, 10, tzinfo=timezone.get_current_timezone())
        Commitment.objects.filter(pk=added.pk).update(created_at=april)
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        # As of 07-10: April, May and June are owed.
        assert (lines["后加事项办"].reports_due, lines["后加事项办"].reports_missing) == (3, 3)
        # Assigned on 26 April, after April's due day (25th): owed from May.
        Commitment.objects.filter(pk=added.pk).update(created_at=april.replace(day=26))
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        assert lines["后加事项办"].reports_due == 2

    def test_silence_ranks_below_lateness(self, seed):
        silent = factories.department("从不报送办")
        section = seed.items["c1"].section
        for n in (41, 42):
            factories.commitment(silent, section, code=f"2024-01-{n}", number=n)
        lines = department_rollups(ReportScope(TODAY, seed.plan))
        quiet = next(line for line in lines if line.department == "从不报送办")
        assert (quiet.reports_filed, quiet.reports_due, quiet.reports_missing) == (0, 12, 12)
        assert quiet.report_on_time_rate == 0.0  # not None: nothing filed is all late
        assert [(line.rank, line.department) for line in lines] == [
            (1, "经济发展办"),
            (2, "农业农村办"),
            (3, "社会事务办"),
            (4, "从不报送办"),
        ]

    def test_equal_numbers_share_a_place(self, seed):
        for name in ("甲办", "乙办"):
            factories.commitment(
                factories.department(name),
                seed.items["c1"].section,
                code=f"2024-01-{50 + len(name)}{name}",
                number=50,
            )
        lines = department_rollups(ReportScope(TODAY, seed.plan))
        assert [(line.rank, line.department) for line in lines][-2:] == [(4, "乙办"), (4, "甲办")]

    def test_it_measures_completion_against_both_deadlines(self, seed):
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        e, s, f = lines["经济发展办"], lines["社会事务办"], lines["农业农村办"]
        assert (e.due_original, e.on_time_original, e.on_time_rate_original) == (2, 0, 0.0)
        assert (e.due_approved, e.on_time_approved, e.on_time_rate_approved) == (2, 1, 50.0)
        assert s.on_time_rate_original is None and s.on_time_rate_approved is None
        assert (f.due_original, f.on_time_original, f.due_approved, f.on_time_approved) == (
            2,
            1,
            2,
            1,
        )

    def test_it_agrees_with_the_workflow_punctuality_helpers(self, seed):
        scope = ReportScope(TODAY, seed.plan)
        for line in department_rollups(scope):
            items = scope.commitments().filter(lead_owner_id=line.department_id)
            rates = on_time_rates(of_commitment(c, TODAY) for c in items)
            assert (line.due_original, line.on_time_original) == (
                rates.decided_original,
                rates.on_time_original,
            )
            assert (line.due_approved, line.on_time_approved) == (
                rates.decided_approved,
                rates.on_time_approved,
            )
            assert line.on_time_rate_original == rates.rate_original
            assert line.on_time_rate_approved == rates.rate_approved

    def test_it_covers_every_plan_without_a_plan_filter(self, seed):
        lines = by_name(department_rollups(ReportScope(TODAY)))
        assert lines["经济发展办"].owned == 4
        assert lines["经济发展办"].overdue == 2

    def test_it_scopes_to_supervised_departments(self, seed):
        scope = ReportScope(TODAY, seed.plan, department_ids=frozenset({seed.social.pk}))
        assert [line.department for line in department_rollups(scope)] == ["社会事务办"]


class TestSectionsAndPlans:
    def test_it_rolls_up_sections(self, seed):
        lines = section_rollups(ReportScope(TODAY, seed.plan))
        assert [(s.number, s.commitments, s.completed, s.overdue, s.progress) for s in lines] == [
            (1, 2, 0, 1, 60.0),
            (2, 3, 1, 0, 36.7),
            (3, 2, 1, 1, 65.0),
        ]
        assert [s.lights for s in lines] == [
            LightCounts(1, 0, 1),
            LightCounts(0, 2, 0),
            LightCounts(1, 0, 0),
        ]
        for s in lines:  # every pledge counted once: a light, or 已办结
            assert s.lights.red + s.lights.yellow + s.lights.green + s.completed == s.commitments

    def test_it_rolls_up_the_plan(self, seed):
        (line,) = plan_rollups(ReportScope(TODAY, seed.plan))
        assert (line.commitments, line.completed, line.overdue, line.progress) == (7, 2, 2, 51.4)
        assert line.lights == LightCounts(red=2, yellow=2, green=1)


def test_the_lines_a_worker_keeps_cost_their_length(seed):
    """Each web worker keeps the summary's lines as JSON between requests
    (``rollups.written_lines``; a province's summary has 16,000). Each costs about its
    length, not the 4 KiB output buffer orjson hands back with it: that held 63 MiB
    in every worker at 1M (docs/benchmarks.md, eighteenth round)."""
    scope = ReportScope(TODAY)
    lines = [*section_rollups(scope), *plan_rollups(scope), *department_rollups(scope)] * 50
    tracemalloc.start()
    try:
        kept = [rollups._dumped(line) for line in lines]
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2 * sum(map(len, kept)) + 64 * len(kept)


def test_nothing_due_to_complete_ranks_above_an_overdue_pledge():
    """walk16 M3: at equal 按时报送率 a unit with no approved deadline passed
    (按批准时限办结率 "—") ranked below one that missed half its deadlines and had a
    pledge overdue; "—" missed nothing and now compares as 100 %."""

    def line(name: str, due: int, on_time: int, overdue: int, red: int):
        return rollups.DepartmentRollup(
            department_id=len(name),
            department=name,
            owned=2,
            completed=on_time,
            not_started=0,
            on_track=1,
            at_risk=0,
            delayed=0,
            cancelled=0,
            overdue=overdue,
            lights=LightCounts(red, 0, 2 - red),
            reports_filed=11,
            reports_on_time=11,
            reports_due=11,
            reports_missing=0,
            avg_days_late=None,
            due_original=due,
            on_time_original=on_time,
            due_approved=due,
            on_time_approved=on_time,
            deadlines_reached=due,
        )

    late = line("生态环境办公室", due=2, on_time=1, overdue=1, red=1)
    calm = line("应急管理办公室", due=0, on_time=0, overdue=0, red=0)
    assert (late.on_time_rate_approved, calm.on_time_rate_approved) == (50.0, None)
    ranked = rollups._ranked([late, calm])
    assert [(x.rank, x.department) for x in ranked] == [
        (1, "应急管理办公室"),
        (2, "生态环境办公室"),
    ]
    # A unit that completed all its due pledges on time is level with "—" on this
    # column; fewer red lights decide.
    full = line("经济发展办公室", due=2, on_time=2, overdue=0, red=1)
    ranked = rollups._ranked([full, calm, late])
    assert [x.department for x in ranked] == ["应急管理办公室", "经济发展办公室", "生态环境办公室"]
