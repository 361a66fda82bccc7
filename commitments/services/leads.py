"""A change of a pledge's lead unit (牵头单位变更): what it means, in one place.

A supervisor's correction (``supervision.update_commitment``: the API's ``lead_owner``,
the page's 修改责任单位, the admin) and a re-import that names another lead
(``plan_import.store``) both hand pledges over through ``hand_over``. The new lead:

* owes reports from now (``lead_since``, ``commitments.owed``), and the pledge's
  first-report tallies are counted again as owed by it (``first_reports``);
* has not acknowledged the pledge (签收): ``acknowledged_at``/``_by`` are cleared, so
  the 签收 reminders and the lists ask it;
* has reported what it reported itself: ``last_report_at``/``_on`` become its own
  newest report on the pledge (as a co-owner before, or none), so the former lead's
  report does not make the month reported in the queue, the lists or the light;
* is not 被督办 for a notice sent about the former lead's work: ``urged_at`` and
  ``urge_reply_by`` are cleared (the notice stays in the history);
* is not blamed for a deadline missed before it had the pledge: a pledge overdue when
  it is handed over keeps its 逾期 counted against the lead when the deadline passed
  (``overdue_lead``: the former lead, or the one before it when the former lead had
  itself received it overdue; ``rules.handed_over_late``) until it gets a deadline not
  before the day of the change. A hand-over of a pledge that is not overdue clears it.

Set-based: a re-import hands over thousands of pledges in a fixed number of queries.
A department merge is no hand-over (``catalog.merge_department``): the unit merged
into carries on the merged department's months, 签收, reports and notices.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Subquery
from django.db.models.functions import TruncDate

from commitments import rules
from commitments.models import Commitment, Department, ProgressReport
from commitments.services import first_reports
from commitments.services.plan_import.bulk import update_rows

#: The fields ``hand_over`` writes, for a caller that holds the commitment in memory.
FIELDS = (
    "lead_owner",
    "overdue_lead",
    "lead_since",
    "acknowledged_at",
    "acknowledged_by",
    "last_report_at",
    "last_report_on",
    "urged_at",
    "urge_reply_by",
    "updated_at",
)


def hand_over(leads: Mapping[int, int], now: datetime.datetime) -> dict[int, int]:
    """Give each commitment of ``leads`` (commitment id → new lead department id) to its
    new lead as of ``now``, in the caller's transaction: seven statements whatever the
    number of pledges. Commitments whose lead is already the one given are handed over
    again (the caller decides what is a change). A caller that also gives a pledge a new
    deadline writes it first: the overdue is judged by the deadline the pledge is handed
    over with.

    Returns ``{commitment id: department id}`` of the pledges handed over overdue: the
    unit their 逾期 stays counted against (``overdue_lead``), for the caller's history."""
    if not leads:
        return {}
    ids = sorted(leads)
    late = _overdue_leads(ids, rules.local_day(now))
    overdue_leads = {pk: late.get(pk) for pk in ids}
    for pk, department in list(overdue_leads.items()):
        if department == leads[pk]:  # handed back to the unit that missed it: its own again
            overdue_leads[pk] = None
    first_reports.pledges_changing(ids)  # counted again below, as owed by the new lead
    update_rows(
        Commitment,
        ["lead_owner_id", "overdue_lead_id"],
        [[pk, leads[pk], overdue_leads[pk]] for pk in ids],
    )
    own = Subquery(
        ProgressReport.objects.filter(
            commitment=OuterRef("pk"), department=OuterRef("lead_owner_id")
        )
        .order_by("-created_at", "-id")
        .values("created_at")[:1]
    )
    Commitment.objects.filter(pk__in=ids).update(
        lead_since=now,
        acknowledged_at=None,
        acknowledged_by=None,
        last_report_at=own,
        last_report_on=TruncDate(own),  # the town's day, as ``rules.local_day``
        urged_at=None,
        urge_reply_by=None,
        updated_at=now,
    )
    first_reports.pledges_changed(ids)
    return {pk: department for pk, department in overdue_leads.items() if department is not None}


def late_entries(
    late: Mapping[int, int], deadlines: Mapping[int, datetime.date], now: datetime.datetime
) -> dict[int, list[object]]:
    """The history's ``overdue_lead`` entry of each pledge ``hand_over`` handed over
    overdue (``late``, its answer; ``deadlines``: the deadline each was handed over with):
    ``{commitment id: [None, {"id", "name", "deadline", "days"}]}`` — the unit its 逾期
    stays counted against, the missed deadline (ISO date) and the days overdue on the
    day of the change. One query (the units' names); the edit and the re-import both
    record it so (SPEC §2)."""
    if not late:
        return {}
    names = dict(Department.objects.filter(pk__in=set(late.values())).values_list("pk", "name"))
    today = rules.local_day(now)
    return {
        pk: [
            None,
            {
                "id": unit,
                "name": names[unit],
                "deadline": deadlines[pk].isoformat(),
                "days": (today - deadlines[pk]).days,
            },
        ]
        for pk, unit in late.items()
    }


def _overdue_leads(ids: list[int], today: datetime.date) -> dict[int, int]:
    """``{commitment id: department}`` of those of ``ids`` overdue on ``today``: the unit
    their 逾期 counts against now (``rules.handed_over_late``: the lead when the deadline
    passed, else the lead). One query."""
    rows = (
        Commitment.objects.filter(pk__in=ids)
        .filter(rules.overdue(today))
        .annotate(late=ExpressionWrapper(rules.handed_over_late(), output_field=BooleanField()))
        .values_list("pk", "lead_owner_id", "overdue_lead_id", "late")
    )
    return {pk: (before if late else lead) for pk, lead, before, late in rows}
