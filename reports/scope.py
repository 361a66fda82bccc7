"""What a roll-up covers: which plan, as of which day, which departments.

Every roll-up, export and the dashboard take one ``ReportScope`` so that the
API, the files and the page agree on the numbers for the same request.

Who sees what (documented in the API schema too):

- administrators and supervisors who oversee all departments: everything;
- a supervisor with listed departments: commitments those departments lead
  (and the reports those departments filed);
- department staff: the same roll-ups, scoped to their own department — they
  may see how their unit stands, not the scorecard of the others;
- anyone else (no role): nothing (``commitments.errors.Forbidden``, 403).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from commitments.access import department_of, is_supervisor, supervised_department_ids
from commitments.errors import Forbidden
from commitments.models import Commitment, Plan, ProgressReport


@dataclass(frozen=True)
class ReportScope:
    """``today`` is the day the time rules (light, overdue, punctuality) are
    evaluated on; reports filed after it are left out."""

    today: datetime.date
    plan: Plan | None = None
    department_ids: frozenset[int] | None = None  # None: all departments
    #: what one request computed once and reads several times (the roll-ups' tallies)
    cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def plan_id(self) -> int | None:
        return self.plan.pk if self.plan is not None else None

    def commitments(self) -> QuerySet[Commitment]:
        """Commitments led by the departments in scope, in the plan in scope."""
        qs = Commitment.objects.in_rollups().led_within(self.department_ids)
        if self.plan is not None:
            qs = qs.filter(plan=self.plan)
        return qs

    @property
    def filed_before(self) -> datetime.datetime:
        """The end of ``today`` in the town's time zone: reports filed before it count.
        (A plain comparison of the stored time uses its index and gives the planner a
        true estimate; ``created_at__date <= today`` converted every row first.)"""
        next_day = datetime.datetime.combine(
            self.today + datetime.timedelta(days=1), datetime.time()
        )
        return timezone.make_aware(next_day)

    def reports(self) -> QuerySet[ProgressReport]:
        """Reports filed up to ``today`` by departments in scope."""
        qs = ProgressReport.objects.filter(created_at__lt=self.filed_before)
        if self.plan is not None:
            qs = qs.filter(commitment__plan=self.plan)
        if self.department_ids is not None:
            qs = qs.filter(department_id__in=self.department_ids)
        return qs

    def ledger_commitments(self) -> QuerySet[Commitment]:
        """For the ledger a department also sees what it co-owns."""
        qs = Commitment.objects.all()
        if self.plan is not None:
            qs = qs.filter(plan=self.plan)
        if self.department_ids is not None:
            qs = qs.owned_by(self.department_ids)
        return qs


def department_ids_for(user) -> frozenset[int] | None:
    """The departments ``user`` may read roll-ups of; ``None`` means all."""
    if is_supervisor(user):
        ids = supervised_department_ids(user)
        return None if ids is None else frozenset(ids)
    department = department_of(user)
    if department is not None:
        return frozenset({department.pk})
    raise Forbidden("no_role", _("只有督办人、管理员或责任单位人员可以查看统计报表"))


def scope_for(user, plan: Plan | None = None, today: datetime.date | None = None) -> ReportScope:
    return ReportScope(
        today=today or timezone.localdate(), plan=plan, department_ids=department_ids_for(user)
    )


@dataclass(frozen=True)
class ChosenDay:
    """The day the page is drawn up for, the range it may take and, when the day
    asked for was outside that range, what the page says about moving it."""

    day: datetime.date
    first: datetime.date | None
    last: datetime.date
    moved: str = ""


def day_in_range(asked: str, plan: Plan | None) -> ChosenDay:
    """The day ``asked`` (ISO; today when empty or unreadable), kept between the
    plan's start and today: before the start every light is green, and after
    today nothing is known yet. The dashboard and the lists behind its counts
    take their day from here."""
    last = timezone.localdate()
    first = min(plan.starts_on, last) if plan is not None and plan.starts_on else None
    try:
        day = parse_date(asked) or last
    except ValueError:
        day = last
    if day > last:
        moved = _("统计日期 %(asked)s 晚于今天，已改为今天 %(day)s。") % {
            "asked": day.isoformat(),
            "day": last.isoformat(),
        }
        return ChosenDay(last, first, last, moved)
    if first is not None and day < first:
        moved = _("统计日期 %(asked)s 早于本计划的起始日期，已改为起始日期 %(day)s。") % {
            "asked": day.isoformat(),
            "day": first.isoformat(),
        }
        return ChosenDay(first, first, last, moved)
    return ChosenDay(day, first, last)
