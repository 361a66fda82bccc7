"""The overdue list's rows for the API, the exports and the dashboard.

The query itself is ``commitments.overdue.overdue_queryset`` (the overdue
digest e-mails read it too, so that they never disagree); what counts as
overdue is ``commitments.rules.overdue``. ``overdue_rows`` reads the list in
chunks as it is sent (``reports.sql.stream_values``), so a list of any length
streams in constant memory.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db.models import Case, CharField, F, OuterRef, QuerySet, Subquery, When
from django.db.models.functions import JSONObject
from django.utils import timezone

from commitments import rules
from commitments.models import Commitment, ProgressReport
from commitments.overdue import overdue_queryset
from commitments.sql import without_jit
from reports.sql import stream_values

__all__ = [
    "OverdueRow",
    "overdue_count",
    "overdue_queryset",
    "overdue_rows",
    "with_handed_over_from",
]


@dataclass(frozen=True, slots=True)
class OverdueRow:
    id: int
    code: str
    title: str
    plan_id: int
    section: str
    section_number: int
    department_id: int
    department: str
    deadline: datetime.date
    original_deadline: datetime.date
    days_overdue: int
    status: str
    percent: int
    last_report_status: str | None
    last_report_percent: int | None
    #: in the current (the town's) time zone
    last_report_at: datetime.datetime | None
    last_report_narrative: str | None
    #: the unit its 逾期 counts against when it was handed to its lead overdue
    #: (``rules.handed_over_late``): the list says 移交时已逾期，原…; else ``None``
    handed_over_from: str | None = None


_COLUMNS = (
    "pk",
    "code",
    "title",
    "plan_id",
    "section__title",
    "section__number",
    "lead_owner_id",
    "lead_owner__name",
    "deadline",
    "original_deadline",
    "days_overdue",
    "status",
    "percent",
    "last_report_status",
    "last_report_percent",
    "last_report_created",
    "last_report_narrative",
)


def with_handed_over_from(items: QuerySet[Commitment]) -> QuerySet[Commitment]:
    """``items`` with ``handed_over_from``: the name of the unit a pledge's 逾期 counts
    against when it came to its lead overdue (``rules.handed_over_late``), as the
    scorecard counts it; ``None`` for the lead's own."""
    return items.annotate(
        handed_over_from=Case(
            When(rules.handed_over_late(), then=F("overdue_lead__name")),
            default=None,
            output_field=CharField(),
        )
    )


def overdue_count(
    today: datetime.date, department_ids: Iterable[int] | None = None, plan_id: int | None = None
) -> int:
    qs = Commitment.objects.overdue(today)
    if department_ids is not None:
        qs = qs.led_within(frozenset(department_ids))
    if plan_id is not None:
        qs = qs.filter(plan_id=plan_id)
    return qs.count()


def overdue_rows(
    today: datetime.date | None = None,
    department_ids: Iterable[int] | None = None,
    plan_id: int | None = None,
    chunk_size: int = 2000,
) -> Iterator[OverdueRow]:
    """The list as rows, read ``chunk_size`` at a time (``reports.sql.stream_values``:
    the query may run in parallel, which a server-side cursor may not).

    The latest report comes as one JSON object per row (one index probe)
    rather than the queryset's four subqueries (four probes): 4.5× its floor
    at 100k before (bench/)."""
    today = today or timezone.localdate()
    latest = ProgressReport.objects.filter(
        commitment=OuterRef("pk"), created_at__lt=_end_of(today)
    ).order_by("-created_at", "-id")
    last = JSONObject(
        status="status", percent="percent", created_at="created_at", narrative="narrative"
    )
    qs = (
        with_handed_over_from(overdue_queryset(today, department_ids, plan_id))
        .annotate(_last=Subquery(latest.values(json=last)[:1]))
        .values_list(*_COLUMNS[:-4], "_last", "handed_over_from")
    )
    zone = timezone.get_current_timezone()  # once: a lookup per row cost 10 µs
    with without_jit():
        for *row, report, handed_over_from in stream_values(qs, chunk_size):
            if isinstance(report, str):  # SQLite hands the JSON over as text
                report = json.loads(report)
            if report is None:
                yield OverdueRow(*row, None, None, None, None, handed_over_from)
            else:
                yield OverdueRow(
                    *row,
                    report["status"],
                    report["percent"],
                    _moment(report["created_at"]).astimezone(zone),
                    report["narrative"],
                    handed_over_from,
                )


def _end_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    )


def _moment(text: str) -> datetime.datetime:
    """A time from JSON (PostgreSQL: ISO with offset; SQLite: naive UTC text)."""
    moment = datetime.datetime.fromisoformat(text.replace(" ", "T"))
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=datetime.UTC)
