"""China's working-day calendar, kept in the database (``CalendarDay``).

Reminders go out on working days only: weekends and public holidays are off,
and the adjusted working days (调休, a Saturday or Sunday worked to bridge a
holiday) are on. The State Council publishes each year's schedule in
November or December; the ``chinesecalendar`` package carries the years it
knew when it was released and seeds the table (migration, and
``sync_calendar`` after upgrading the package); administrators add or
correct days in the admin.

A year with no day in the table is *unknown*: Monday–Friday, minus the
holidays whose dates never move (元旦 1 January, 劳动节 1 May, 国庆 1–3
October), so that reminders do not go out on New Year's Day while the
schedule is missing. From December on, a missing schedule for next year is
a warning in the admin, in ``/healthz`` details and in the log.
"""

from __future__ import annotations

import datetime
import functools
import logging
import time

from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)
ONE_DAY = datetime.timedelta(days=1)
#: Holidays whose dates are fixed by law, known without any schedule.
FIXED_HOLIDAYS = {
    (1, 1): "元旦",
    (5, 1): "劳动节",
    (10, 1): "国庆节",
    (10, 2): "国庆节",
    (10, 3): "国庆节",
}
CACHE_SECONDS = 300

_years: dict[int, dict[datetime.date, bool]] = {}
_loaded_at = 0.0


def _table(year: int) -> dict[datetime.date, bool] | None:
    """The year's exceptions to Monday–Friday, or None when the year is unknown."""
    global _loaded_at
    if time.monotonic() - _loaded_at > CACHE_SECONDS:
        clear()
        _loaded_at = time.monotonic()
    if year not in _years:
        from commitments.models import CalendarDay

        _years[year] = dict(
            CalendarDay.objects.filter(day__year=year).values_list("day", "is_working_day")
        )
    return _years[year] or None


def clear(*args, **kwargs) -> None:
    """Forget what was read (an administrator changed a day)."""
    _years.clear()
    is_working_day.cache_clear()


@functools.lru_cache(maxsize=4096)
def is_working_day(day: datetime.date) -> bool:
    table = _table(day.year)
    if table is None:
        _warn_unknown_year(day.year)
        return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS
    return table.get(day, day.weekday() < 5)


@functools.lru_cache(maxsize=64)
def _warn_unknown_year(year: int) -> None:
    log.warning(
        "no holiday schedule for %s in the calendar table; using Monday-Friday and the "
        "fixed-date holidays. Add the year's schedule in the admin (节假日与调休).",
        year,
    )


def coverage(today: datetime.date | None = None) -> dict[str, object]:
    """Which years the table knows, and a warning when next year's schedule is due
    (from December on) but missing."""
    from commitments.models import CalendarDay

    today = today or timezone.localdate()
    years = sorted({d.year for d in CalendarDay.objects.dates("day", "year")})
    missing = today.month == 12 and today.year + 1 not in years
    found: dict[str, object] = {"years": [years[0], years[-1]] if years else []}
    if missing or today.year not in years:
        year = today.year + 1 if missing else today.year
        found["warning"] = _(
            "%(year)d年节假日安排尚未录入（节假日与调休），提醒将按周一至周五发送"
        ) % {"year": year}
    return found


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


def connect_signals() -> None:
    from commitments.models import CalendarDay

    post_save.connect(clear, sender=CalendarDay, dispatch_uid="calendar-clear-save")
    post_delete.connect(clear, sender=CalendarDay, dispatch_uid="calendar-clear-delete")
