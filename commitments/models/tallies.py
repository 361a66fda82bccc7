"""Kept counts of first reports (进度报送台账), so that roll-ups do not read every report."""

from __future__ import annotations

from django.db import models

from commitments.models.departments import Department
from commitments.models.plans import Plan

#: ``owed_from_day`` of a month no due day makes owed (``commitments.owed.owed_from_day``)
NEVER_OWED = 32


class FirstReportTally(models.Model):
    """How many first reports of a period a department filed on one day, per plan.

    Only the first report a department files for a commitment and month counts
    in the scorecard (``reports.punctuality``); this row counts them per
    (plan, filing department, month reported on, local day filed), so that
    the summary, the scorecard and the chart add up a few rows instead of
    finding the first of every period among all reports. Whether each was on
    time is still decided when it is read (from ``period``, ``filed_on`` and
    the plan's due day), and ``filed_on`` keeps "as of a day" exact.
    ``owed_from_day`` says whether the pledge owed the month at all (its
    assignment, its plan's start, a cancellation): counted apart, at most 32
    values, so the size still does not grow with the commitments.

    Kept by ``commitments.services.first_reports`` in the transaction that
    files the report; rebuilt from the reports by
    ``commitments.services.first_reports.rebuild_first_report_tallies`` (migration, bench seed).
    Progress reports stay append-only: this is the only row a filing updates.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="+")
    #: the first day of the month reported on (``ProgressReport.period``)
    month = models.DateField()
    filed_on = models.DateField()
    #: the least due day under which the pledge owed the month
    #: (``commitments.owed.owed_from_day``): 1 owed whatever the due day, the day
    #: of the month it was assigned on, ``NEVER_OWED`` not owed at all
    owed_from_day = models.PositiveSmallIntegerField(default=1)
    reports = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "department", "month", "filed_on", "owed_from_day"],
                name="first_report_tally_key",
            )
        ]

    def __str__(self) -> str:
        where = f"{self.plan_id}/{self.department_id} {self.month:%Y-%m}"
        return f"{where} {self.filed_on}: {self.reports}"


class DueDayReportTally(models.Model):
    """``FirstReportTally`` added up over the plans, by the plans' due day.

    The scorecard over every plan reads this: its size is bounded by the
    departments, months and days, not by the number of plans, commitments or
    reports. ``due_day`` is the plans' ``report_due_day`` (0: none set, the
    setting's default applies), so on time or late is still decided when
    read. Kept with ``FirstReportTally`` by ``commitments.services.first_reports``
    (also when an administrator changes a plan's due day).
    """

    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="+")
    #: the plans' ``report_due_day``; 0 when they have none
    due_day = models.PositiveSmallIntegerField()
    month = models.DateField()
    filed_on = models.DateField()
    #: as ``FirstReportTally.owed_from_day``
    owed_from_day = models.PositiveSmallIntegerField(default=1)
    reports = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["department", "due_day", "month", "filed_on", "owed_from_day"],
                name="due_day_report_tally_key",
            )
        ]

    def __str__(self) -> str:
        where = f"{self.department_id} day {self.due_day} {self.month:%Y-%m}"
        return f"{where} {self.filed_on}: {self.reports}"
