"""Roll-up numbers on the seeded plan (see tests/reports/seed.py)."""

from __future__ import annotations

import pytest

from commitments.punctuality import of_commitment, on_time_rates
from reports.rollups import LightCounts, department_rollups, plan_rollups, section_rollups
from reports.scope import ReportScope
from tests.reports.seed import TODAY

pytestmark = pytest.mark.django_db


def by_name(lines):
    return {line.department: line for line in lines}


class TestDepartments:
    def test_it_counts_the_scorecard(self, seed):
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        assert list(lines) == sorted(["经济发展办", "社会事务办", "农业农村办"])
        e, s, f = lines["经济发展办"], lines["社会事务办"], lines["农业农村办"]
        assert (e.owned, e.completed, e.on_track, e.at_risk, e.overdue) == (3, 1, 2, 0, 1)
        assert e.lights == LightCounts(red=1, yellow=0, green=2)
        assert (s.owned, s.completed, s.not_started, s.at_risk, s.overdue) == (2, 0, 1, 1, 0)
        assert s.lights == LightCounts(red=0, yellow=2, green=0)
        assert (f.owned, f.completed, f.delayed, f.cancelled, f.overdue) == (3, 1, 1, 1, 1)
        assert f.lights == LightCounts(red=1, yellow=0, green=1)

    def test_it_measures_report_punctuality(self, seed):
        lines = by_name(department_rollups(ReportScope(TODAY, seed.plan)))
        e, s, f = lines["经济发展办"], lines["社会事务办"], lines["农业农村办"]
        assert (e.reports_filed, e.reports_on_time, e.avg_days_late) == (4, 2, 2.0)
        assert e.report_on_time_rate == 50.0
        assert (s.reports_filed, s.reports_on_time, s.avg_days_late) == (2, 1, 7.0)
        assert (f.reports_filed, f.reports_on_time, f.avg_days_late) == (2, 1, 6.0)

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
            LightCounts(0, 2, 1),
            LightCounts(1, 0, 1),
        ]

    def test_it_rolls_up_the_plan(self, seed):
        (line,) = plan_rollups(ReportScope(TODAY, seed.plan))
        assert (line.commitments, line.completed, line.overdue, line.progress) == (7, 2, 2, 51.4)
        assert line.lights == LightCounts(red=2, yellow=2, green=3)
