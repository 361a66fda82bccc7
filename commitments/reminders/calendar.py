"""China's working-day calendar.

Reminders go out on working days only: weekends and public holidays are off,
and the adjusted working days (调休, a Saturday or Sunday worked to bridge a
holiday) are on. ``chinesecalendar`` carries the State Council's yearly
schedule; for a year it does not know yet we fall back to Monday–Friday and
log it once, rather than stop sending reminders.
"""

from __future__ import annotations

import datetime
import functools
import logging

import chinese_calendar

log = logging.getLogger(__name__)
ONE_DAY = datetime.timedelta(days=1)


@functools.lru_cache(maxsize=4096)
def is_working_day(day: datetime.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        _warn_unknown_year(day.year)
        return day.weekday() < 5


@functools.lru_cache(maxsize=64)
def _warn_unknown_year(year: int) -> None:
    log.warning("chinesecalendar has no holiday data for %s; using Monday-Friday", year)


def working_day_on_or_before(day: datetime.date) -> datetime.date:
    """The day a reminder nominally due on ``day`` is sent."""
    while not is_working_day(day):
        day -= ONE_DAY
    return day


def next_working_day(day: datetime.date) -> datetime.date:
    """The first working day strictly after ``day``."""
    day += ONE_DAY
    while not is_working_day(day):
        day += ONE_DAY
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 if end <= start).

    A request filed on Friday has waited 1 working day on Monday.
    """
    count, day = 0, start
    while day < end:
        day += ONE_DAY
        count += is_working_day(day)
    return count
