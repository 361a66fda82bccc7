"""The reminder policy as pure functions: given a day and facts, what is due.

Nothing here reads the database or the clock, so every rule can be tested
with plain dates. The defaults come from settings (SPEC §5); a plan may move
its monthly report due day (``Plan.report_due_day``).

Working days: a reminder nominally due on a day off goes out on the working
day before, so the working day ``today`` *covers* itself and the days off
that follow it. On a day off nothing goes out.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

from commitments import due_dates
from commitments.reminders import calendar

ONE_DAY = datetime.timedelta(days=1)
BEFORE = "before"  # the missing-report reminder N days before the due day
DUE = "due"  # the one on the due day itself


@dataclass(frozen=True)
class Policy:
    send_hour: int
    deadline_days: tuple[int, ...]
    report_due_day: int
    report_days_before: int
    escalation_days: int
    review_wait_working_days: int

    @classmethod
    def from_settings(cls) -> Policy:
        return cls(
            send_hour=settings.REMINDER_SEND_HOUR,
            deadline_days=tuple(sorted(set(settings.DEADLINE_REMINDER_DAYS), reverse=True)),
            report_due_day=settings.REPORT_DUE_DAY,
            report_days_before=settings.REPORT_REMIND_DAYS_BEFORE,
            escalation_days=settings.ESCALATION_DAYS,
            review_wait_working_days=settings.REVIEW_WAIT_WORKING_DAYS,
        )


@dataclass(frozen=True)
class ReportStage:
    """One missing-report reminder: the period's due date and which of the two."""

    due: datetime.date
    stage: str  # BEFORE or DUE

    @property
    def period(self) -> str:
        return f"{self.due:%Y-%m}"

    @property
    def period_key(self) -> str:
        return f"{self.due.isoformat()}:{self.stage}"


def covered_days(today: datetime.date) -> list[datetime.date]:
    """Nominal days whose reminders go out on ``today``: itself and the days off
    after it; nothing when ``today`` is a day off."""
    if not calendar.is_working_day(today):
        return []
    days, day = [today], today + ONE_DAY
    while not calendar.is_working_day(day):
        days.append(day)
        day += ONE_DAY
    return days


def is_sending_time(local: datetime.datetime, policy: Policy) -> bool:
    """Reminders go out on working days from ``send_hour`` (local time) on."""
    return local.hour >= policy.send_hour and calendar.is_working_day(local.date())


def superseded_at(today: datetime.date, send_hour: int) -> datetime.datetime:
    """When a message decided on ``today`` stops being worth sending: the next
    working day's messages (which list everything still due) go out then.
    A naive local datetime."""
    return datetime.datetime.combine(
        calendar.next_working_day(today), datetime.time(hour=send_hour)
    )


def deadline_targets(today: datetime.date, days_before: Iterable[int]) -> set[datetime.date]:
    """Deadlines (or milestone dates) that get a reminder today: 14/7/3/1 days
    after one of the covered days."""
    return {day + datetime.timedelta(days=n) for day in covered_days(today) for n in days_before}


def report_stages(today: datetime.date, days_before: int) -> list[ReportStage]:
    """Due dates whose missing-report reminder (N days before, or on the day)
    goes out today."""
    stages: dict[tuple[datetime.date, str], ReportStage] = {}
    for day in covered_days(today):
        for offset, stage in ((days_before, BEFORE), (0, DUE)):
            due = day + datetime.timedelta(days=offset)
            stages.setdefault((due, stage), ReportStage(due, stage))
    return sorted(stages.values(), key=lambda s: (s.due, s.stage))


def plan_due_on(due_day: int, date: datetime.date) -> bool:
    """Does a plan whose reports are due on ``due_day`` have ``date`` as its due date
    (a due day past the month's end: its last day, ``commitments.due_dates``)?"""
    return due_dates.due_date(date.year, date.month, due_day) == date


def review_is_overdue(filed_on: datetime.date, today: datetime.date, wait_days: int) -> bool:
    """A request has waited on its supervisor more than ``wait_days`` working days."""
    return calendar.working_days_between(filed_on, today) > wait_days
