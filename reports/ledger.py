"""The ledger (督办台账): every commitment in scope with its light and why.

One query whatever the number of rows (commitments with their light, section,
lead owner, co-owners' names and the last report filed by the day in scope),
read in chunks from a server-side cursor: ``ledger_rows`` yields rows as they
come, so a 1M ledger streams in constant memory. Only the columns the ledger
shows are read: never the plan's source text or the pledge's full text.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import F, OuterRef, QuerySet, Subquery
from django.utils import timezone

from commitments import rules
from commitments.choices import Status
from commitments.lights import RememberedWords, light_reason, shown, shown_label
from commitments.models import Commitment, ProgressReport
from commitments.sql import without_jit
from reports.scope import ReportScope
from reports.sql import CoOwnerIds, DepartmentNames, co_owner_ids, stream_values

#: Rows fetched from the database at a time.
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: int
    code: str
    plan_id: int
    section_number: int
    section: str
    title: str
    lead_owner: str
    co_owners: list[str]
    official: str
    deadline: datetime.date
    original_deadline: datetime.date
    status: str
    percent: int
    light: str
    light_reason: str
    last_report_on: datetime.date | None
    #: the pledge's full wording (``Commitment.text``): the files' 承诺内容, which the short
    #: title may cut (``引进招商项目5个`` of ``引进招商项目5个，到位资金2亿元``)
    text: str = ""

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)

    @property
    def light_label(self) -> str:
        """红灯/黄灯/绿灯, or 已办结/已取消 for a closed pledge (``lights.shown``)."""
        return shown_label(shown(self.light, self.status))


class _PlanStart:
    __slots__ = ("starts_on",)

    def __init__(self, starts_on: datetime.date) -> None:
        self.starts_on = starts_on


class _Facts:
    """What ``light_reason`` reads of an annotated commitment, from one row."""

    __slots__ = (
        "light",
        "status",
        "deadline",
        "percent",
        "milestone_overdue_due",
        "milestone_overdue_text",
        "report_missing",
        "behind_schedule",
        "plan",
    )


_COLUMNS = (
    "pk",
    "code",
    "plan_id",
    "section_number",
    "section_title",
    "title",
    "lead_owner_name",
    "co_owner_ids",
    "official",
    "deadline",
    "original_deadline",
    "status",
    "percent",
    "light",
    "milestone_overdue_due",
    "milestone_overdue_text",
    "report_missing",
    "behind_schedule",
    "plan_starts_on",
    "last_filed_at",
)


def ledger_queryset(scope: ReportScope) -> QuerySet[Commitment]:
    latest = ProgressReport.objects.filter(
        commitment=OuterRef("pk"),
        created_at__lt=scope.filed_before,
    ).order_by("-created_at", "-id")
    return (
        scope.ledger_commitments()
        .with_light(scope.today)
        .annotate(
            section_number=F("section__number"),
            section_title=F("section__title"),
            lead_owner_name=F("lead_owner__name"),
            plan_starts_on=F("plan__starts_on"),
            co_owner_ids=CoOwnerIds(),
            last_filed_at=Subquery(latest.values("created_at")[:1]),
        )
        .order_by("plan__year", "plan_id", "section__number", "number", "code", "pk")
    )


_local_day = rules.local_day


def ledger_count(scope: ReportScope) -> int:
    return scope.ledger_commitments().count()


def ledger_rows(scope: ReportScope, *, with_text: bool = False) -> Iterator[LedgerRow]:
    """The rows in ledger order, read ``CHUNK`` at a time; ``with_text`` reads each
    pledge's full wording too (the files' 承诺内容; the JSON and the pages need only the
    title, and a plan's texts may be long)."""
    columns = (*_COLUMNS, "text") if with_text else _COLUMNS
    today = scope.today
    facts = _Facts()
    starts: dict[datetime.date, _PlanStart] = {}
    # Read once, not per row: the names and order of co-owners, the phrases of the
    # light's reason, the time zone (each a 10–20 µs lookup per row otherwise).
    departments = DepartmentNames()
    words = RememberedWords()
    zone = timezone.get_current_timezone()
    with without_jit():
        for (
            pk,
            code,
            plan_id,
            section_number,
            section,
            title,
            lead_owner,
            co_owners,
            official,
            deadline,
            original_deadline,
            status,
            percent,
            light,
            facts.milestone_overdue_due,
            facts.milestone_overdue_text,
            facts.report_missing,
            facts.behind_schedule,
            starts_on,
            last_filed_at,
            *text,
        ) in stream_values(ledger_queryset(scope).values_list(*columns), CHUNK):
            facts.light, facts.status, facts.deadline, facts.percent = (
                light,
                status,
                deadline,
                percent,
            )
            facts.plan = starts.get(starts_on) or starts.setdefault(
                starts_on, _PlanStart(starts_on)
            )
            yield LedgerRow(
                id=pk,
                code=code,
                plan_id=plan_id,
                section_number=section_number,
                section=section,
                title=title,
                lead_owner=lead_owner,
                co_owners=departments.sorted_names(co_owner_ids(co_owners)),
                official=official,
                deadline=deadline,
                original_deadline=original_deadline,
                status=status,
                percent=percent,
                light=light,
                light_reason=light_reason(facts, today, words).reason,
                last_report_on=_local_day(last_filed_at, zone),
                text=text[0] if text else "",
            )
