"""The working-day calendar and the pure policy rules (the calendar reads its
table of holidays from the database)."""

from __future__ import annotations

import datetime

import pytest

from commitments.reminders import calendar, policy

D = datetime.date
pytestmark = pytest.mark.django_db


class TestCalendar:
    @pytest.mark.parametrize(
        ("day", "working"),
        [
            (D(2024, 7, 22), True),  # Monday
            (D(2024, 7, 20), False),  # Saturday
            (D(2024, 10, 1), False),  # National Day
            (D(2024, 9, 29), True),  # Sunday worked to bridge National Day (调休)
            (D(2024, 10, 12), True),  # Saturday worked (调休)
            (D(2025, 1, 28), False),  # Spring Festival eve 2025
            (D(2025, 1, 26), True),  # Sunday worked before Spring Festival
        ],
    )
    def test_it_knows_holidays_and_adjusted_working_days(self, day, working):
        assert calendar.is_working_day(day) is working

    def test_it_falls_back_to_weekdays_for_a_year_without_data(self):
        assert calendar.is_working_day(D(2031, 1, 6)) is True  # a Monday
        assert calendar.is_working_day(D(2031, 1, 4)) is False  # a Saturday

    def test_a_day_off_moves_to_the_working_day_before(self):
        assert calendar.working_day_on_or_before(D(2024, 10, 3)) == D(2024, 9, 30)
        assert calendar.working_day_on_or_before(D(2024, 7, 22)) == D(2024, 7, 22)
        assert calendar.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)

    def test_it_counts_working_days_waited(self):
        assert calendar.working_days_between(D(2024, 7, 19), D(2024, 7, 22)) == 1
        assert calendar.working_days_between(D(2024, 9, 27), D(2024, 10, 8)) == 3
        assert calendar.working_days_between(D(2024, 7, 22), D(2024, 7, 22)) == 0


class TestCoveredDays:
    def test_a_friday_covers_the_weekend(self):
        assert policy.covered_days(D(2024, 7, 19)) == [
            D(2024, 7, 19),
            D(2024, 7, 20),
            D(2024, 7, 21),
        ]

    def test_a_day_off_covers_nothing(self):
        assert policy.covered_days(D(2024, 7, 20)) == []
        assert policy.covered_days(D(2024, 10, 3)) == []

    def test_the_last_day_before_national_day_covers_the_holiday(self):
        days = policy.covered_days(D(2024, 9, 30))
        assert days[0] == D(2024, 9, 30) and days[-1] == D(2024, 10, 7) and len(days) == 8


class TestDeadlines:
    def test_it_reminds_14_7_3_and_1_days_before(self):
        targets = policy.deadline_targets(D(2024, 7, 22), (14, 7, 3, 1))
        assert targets == {D(2024, 8, 5), D(2024, 7, 29), D(2024, 7, 25), D(2024, 7, 23)}

    def test_a_reminder_due_on_a_holiday_goes_out_before_it(self):
        # 3 days before 10-04 is 10-01 (holiday) → sent 09-30, not on 09-29 or 10-01.
        assert D(2024, 10, 4) in policy.deadline_targets(D(2024, 9, 30), (14, 7, 3, 1))
        assert D(2024, 10, 4) not in policy.deadline_targets(D(2024, 9, 29), (14, 7, 3, 1))
        assert policy.deadline_targets(D(2024, 10, 1), (14, 7, 3, 1)) == set()


class TestReports:
    def test_it_reminds_3_days_before_and_on_the_due_day(self):
        stages = policy.report_stages(D(2024, 7, 22), 3)
        assert policy.ReportStage(D(2024, 7, 25), policy.BEFORE) in stages
        assert policy.ReportStage(D(2024, 7, 22), policy.DUE) in stages
        assert policy.ReportStage(D(2024, 7, 25), policy.BEFORE).period_key == ("2024-07-25:before")

    def test_a_due_day_on_a_sunday_is_reminded_on_friday(self):
        # 2024-08-25 is a Sunday: Friday 08-23 sends the due-day reminder.
        assert policy.ReportStage(D(2024, 8, 25), policy.DUE) in policy.report_stages(
            D(2024, 8, 23), 3
        )

    @pytest.mark.parametrize(
        ("due_day", "date", "due"),
        [
            (25, D(2024, 7, 25), True),
            (25, D(2024, 7, 24), False),
            (31, D(2024, 2, 29), True),
            (30, D(2024, 2, 29), True),
            (29, D(2024, 2, 28), False),
        ],
    )
    def test_a_due_day_past_the_month_end_is_its_last_day(self, due_day, date, due):
        assert policy.plan_due_on(due_day, date) is due


def test_a_review_is_overdue_after_n_working_days():
    assert not policy.review_is_overdue(D(2024, 7, 17), D(2024, 7, 22), 3)  # 3 days
    assert policy.review_is_overdue(D(2024, 7, 16), D(2024, 7, 22), 3)  # 4 days


def test_sending_starts_at_the_send_hour_on_working_days():
    rules = policy.Policy(9, (14, 7, 3, 1), 25, 3, 7, 3)
    assert not policy.is_sending_time(datetime.datetime(2024, 7, 22, 8, 59), rules)
    assert policy.is_sending_time(datetime.datetime(2024, 7, 22, 9, 0), rules)
    assert not policy.is_sending_time(datetime.datetime(2024, 7, 20, 10, 0), rules)
