"""Which commitments a page shows its reader, and the facts each row needs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet
from django.utils import timezone

from commitments import access, rules
from commitments.choices import ClosureState, EventKind, RequestState
from commitments.lights import month_start
from commitments.models import (
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    ExtensionRequest,
    ProgressReport,
)
from commitments.owed import owes_month

#: "Due soon" on the list: the deadline falls within this many days.
DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class Reader:
    """Who is looking: a department's staff member, or a supervisor of some departments."""

    department: Department | None
    supervised_ids: frozenset[int] | None  # None: every department
    supervisor: bool
    user: object

    @classmethod
    def of(cls, user) -> Reader:
        supervisor = access.is_supervisor(user)
        ids = access.supervised_department_ids(user) if supervisor else set()
        return cls(
            department=access.department_of(user),
            supervised_ids=None if ids is None else frozenset(ids),
            supervisor=supervisor,
            user=user,
        )

    def commitments(self) -> QuerySet[Commitment]:
        """Staff: what the department leads or co-owns; supervisors: what they oversee."""
        return Commitment.objects.concerning(self.user)


def period_start(today: datetime.date) -> datetime.date:
    return month_start(today)


def lead_reported_since(start: datetime.date) -> Q:
    """The lead department has filed a report as of ``start`` or later (never: false, not
    unknown — a pledge nobody has reported on is the first one not reported)."""
    return Q(last_report_on__isnull=False, last_report_on__gte=start)


def refusal_unanswered() -> Q:
    """The newest extension or closure request was refused (驳回/退回) and not yet
    answered: no newer request of its kind, and the department that asked has filed
    no report since the decision. Such a pledge needs its owner's attention even when
    its light is green."""
    answered = ProgressReport.objects.filter(
        commitment=OuterRef("commitment"),
        department=OuterRef("department"),
        created_at__gt=OuterRef("decided_at"),
    )
    unanswered = []
    for model, refused in (
        (ExtensionRequest, RequestState.REJECTED),
        (ClosureRequest, ClosureState.RETURNED),
    ):
        newer = model.objects.filter(
            commitment=OuterRef("commitment"), created_at__gt=OuterRef("created_at")
        )
        refusals = model.objects.filter(commitment=OuterRef("pk"), state=refused)
        unanswered.append(Exists(refusals.exclude(Exists(newer)).exclude(Exists(answered))))
    return Q(unanswered[0]) | Q(unanswered[1])


def annotate_period(
    items: QuerySet[Commitment], reader: Reader, today: datetime.date
) -> QuerySet[Commitment]:
    """``reported_this_period`` (by the reader's department, or by the lead for a
    supervisor), ``owes_report`` (the pledge owes this month's report,
    ``commitments.owed.owes_month``: not one of next year's plan imported in December,
    nor one assigned after this month's due day — to the reader's department: as the
    lead, or as a co-owner from when it was made one; nor of the reader's department
    as an excused co-owner, whom the reminders and the scorecard do not ask either),
    ``acknowledged`` (by the reader's department, or by the lead) and ``refused``
    (``refusal_unanswered``)."""
    items = items.annotate(
        refused=ExpressionWrapper(refusal_unanswered(), output_field=BooleanField())
    )
    start = period_start(today)
    if reader.department is not None:
        excused = CoOwnership.objects.filter(
            commitment=OuterRef("pk"), department=reader.department, excused_at__isnull=False
        )
        items = items.annotate(
            owes_report=ExpressionWrapper(
                owes_month(today, department=reader.department.pk) & ~Exists(excused),
                output_field=BooleanField(),
            )
        )
        reports = ProgressReport.objects.filter(
            commitment=OuterRef("pk"),
            department=reader.department,
            created_at__gte=_start_of(start),
        )
        acks = CommitmentEvent.objects.filter(
            commitment=OuterRef("pk"),
            kind=EventKind.ACKNOWLEDGED,
            department=reader.department,
        )
        return items.annotate(reported_this_period=Exists(reports), acknowledged=Exists(acks))
    return items.annotate(
        owes_report=ExpressionWrapper(owes_month(today), output_field=BooleanField()),
        reported_this_period=ExpressionWrapper(
            lead_reported_since(start), output_field=BooleanField()
        ),
        acknowledged=ExpressionWrapper(
            Q(acknowledged_at__isnull=False), output_field=BooleanField()
        ),
    )


def unreported() -> Q:
    """Rows of ``annotate_period`` that owe this month's report and have not filed it
    (本月未报送): the list's filter and mark, the queue's count."""
    return Q(owes_report=True, reported_this_period=False)


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def needs_attention(items: QuerySet[Commitment], today: datetime.date) -> QuerySet[Commitment]:
    """需要处理: open items that are red or yellow, owing this period's report and not
    reported (``unreported``), not acknowledged, whose last request was refused and not
    yet answered, or 被督办 (``rules.urged``: a 督办通知 the lead has not answered by a
    report) — ``items`` annotated with ``with_light`` and ``annotate_period``; open is
    ``rules.tracked`` (not closed, not retired by a re-import)."""
    return items.filter(rules.tracked()).filter(
        Q(light__in=["red", "yellow"])
        | unreported()
        | Q(acknowledged=False)
        | Q(refused=True)
        | rules.urged()
    )
