"""Punctuality against the original and the approved deadline (pure functions)."""

from __future__ import annotations

import datetime

from commitments.choices import Status
from commitments.punctuality import completion_date, on_time_rates, punctuality

ORIGINAL = datetime.date(2024, 6, 30)
EXTENDED = datetime.date(2024, 9, 30)


def test_it_counts_a_completion_within_the_extension_as_late_by_the_original():
    result = punctuality(ORIGINAL, EXTENDED, datetime.date(2024, 8, 1), datetime.date(2024, 12, 1))
    assert (result.on_time_original, result.on_time_approved) == (False, True)
    assert (result.days_late_original, result.days_late_approved) == (32, 0)
    assert result.extended_days == 92


def test_it_counts_an_early_completion_as_on_time_by_both():
    result = punctuality(ORIGINAL, ORIGINAL, ORIGINAL, datetime.date(2024, 12, 1))
    assert (result.on_time_original, result.on_time_approved) == (True, True)


def test_it_counts_an_open_commitment_past_its_deadline_as_late():
    result = punctuality(ORIGINAL, EXTENDED, None, datetime.date(2024, 10, 5))
    assert (result.on_time_original, result.on_time_approved) == (False, False)
    assert result.days_late_approved == 5


def test_it_leaves_an_open_commitment_within_its_deadline_undecided():
    result = punctuality(ORIGINAL, EXTENDED, None, datetime.date(2024, 7, 5))
    assert (result.on_time_original, result.on_time_approved) == (False, None)


def test_it_leaves_cancelled_commitments_out():
    result = punctuality(ORIGINAL, EXTENDED, None, datetime.date(2024, 12, 1), Status.CANCELLED)
    assert (result.on_time_original, result.on_time_approved) == (None, None)


def test_it_rolls_up_rates_against_both_deadlines():
    today = datetime.date(2024, 12, 1)
    rates = on_time_rates(
        [
            punctuality(ORIGINAL, ORIGINAL, datetime.date(2024, 6, 1), today),
            punctuality(ORIGINAL, EXTENDED, datetime.date(2024, 8, 1), today),
            punctuality(ORIGINAL, EXTENDED, None, today),
            punctuality(ORIGINAL, EXTENDED, None, today, Status.CANCELLED),
        ]
    )
    assert (rates.decided_original, rates.on_time_original) == (3, 1)
    assert (rates.decided_approved, rates.on_time_approved) == (3, 2)
    assert (rates.rate_original, rates.rate_approved) == (33.3, 66.7)
    assert rates.extended == 3
    assert on_time_rates([]).rate_original is None


def test_it_takes_the_local_day_of_a_completion():
    # 2024-06-30 17:00 UTC is already 07-01 in Asia/Shanghai.
    moment = datetime.datetime(2024, 6, 30, 17, 0, tzinfo=datetime.UTC)
    assert completion_date(moment) == datetime.date(2024, 7, 1)
    assert completion_date(None) is None
