"""A small town whose ledger owes every kind of reminder on Monday 2024-07-22.

Departments A (a mailbox and one staff member), B (a mailbox) and C (quiet);
a supervisor of A and the mayor, who oversees everything. ``EXPECTED`` is
what the policy says must go out that day: one e-mail per recipient, with a
section per reason.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from commitments.choices import NotificationKind as Kind
from commitments.choices import Role, Status
from commitments.models import (
    Commitment,
    Department,
    ExtensionRequest,
    Milestone,
    ProgressReport,
)
from commitments.reminders import sweep
from commitments.reminders.messages import Message
from tests import factories

MONDAY = datetime.date(2024, 7, 22)
MONDAY_9_30 = "2024-07-22T09:30:00+08:00"

OFFICE_A, STAFF_A, OFFICE_B, OFFICE_C = (
    "office-a@town.test",
    "staff-a@town.test",
    "office-b@town.test",
    "office-c@town.test",
)
SUPERVISOR_A, MAYOR = "sup-a@town.test", "mayor@town.test"

#: recipient → the sections (reasons) of its one message
EXPECTED: dict[str, set[str]] = {
    OFFICE_A: {Kind.DEADLINE, Kind.MILESTONE, Kind.MISSING_REPORT},
    STAFF_A: {Kind.DEADLINE, Kind.MILESTONE, Kind.MISSING_REPORT},
    OFFICE_B: {Kind.DEADLINE, Kind.MISSING_REPORT, Kind.UNACKNOWLEDGED},
    SUPERVISOR_A: {Kind.OVERDUE_DIGEST, Kind.REVIEW_PENDING},
    MAYOR: {Kind.ESCALATION, Kind.OVERDUE_DIGEST, Kind.REVIEW_PENDING},
}


@dataclass
class Town:
    a: Department
    b: Department
    c: Department
    staff_a: object
    due_in_7: Commitment
    due_in_3: Commitment
    far_a: Commitment
    overdue_10: Commitment
    overdue_2: Commitment
    quiet_c: Commitment


def report(
    item: Commitment, department: Department, by, on: datetime.date, percent: int = 40
) -> ProgressReport:
    filed = ProgressReport.objects.create(
        commitment=item,
        department=department,
        filed_by=by,
        status=Status.ON_TRACK,
        percent=percent,
        narrative="按计划推进",
        as_of=on,
        period=on.strftime("%Y-%m"),
    )
    if department.pk == item.lead_owner_id:
        Commitment.objects.filter(pk=item.pk).update(
            percent=percent, last_report_on=on, last_report_at=timezone.now()
        )
    return filed


def build_town(today: datetime.date = MONDAY) -> Town:
    a = factories.department("测试综合办", contact_emails=[OFFICE_A])
    b = factories.department("测试经发办", contact_emails=[OFFICE_B.upper()])
    c = factories.department("测试社事办", contact_emails=[OFFICE_C])
    staff_a = factories.user("staff_a", Role.STAFF, dept=a, email=STAFF_A)
    factories.user("sup_a", Role.SUPERVISOR, supervises=[a], email=SUPERVISOR_A)
    factories.user("mayor", Role.SUPERVISOR, email=MAYOR)
    no_mail = factories.user("no_mail", Role.SUPERVISOR)  # a supervisor without an address
    type(no_mail).objects.filter(pk=no_mail.pk).update(email="")
    section = factories.section(factories.plan(2024), 1, "狠抓招商引资")
    acked = {"acknowledged_at": timezone.now()}

    def item(owner, days: int, title: str, **fields) -> Commitment:
        return factories.commitment(
            owner, section, today + datetime.timedelta(days=days), title=title, **fields
        )

    town = Town(
        a=a,
        b=b,
        c=c,
        staff_a=staff_a,
        due_in_7=item(a, 7, "新建5兆瓦光伏电站", **acked),
        due_in_3=item(b, 3, "城乡医保参保率达到90%", co_owners=[a], **acked),
        far_a=item(a, 162, "建设智慧农业示范园", **acked),
        overdue_10=item(a, -10, "完成老旧小区改造", **acked),
        overdue_2=item(b, -2, "<b>招商引资</b>到位资金5000万元"),
        quiet_c=item(c, 162, "开展全民健身活动", **acked),
    )
    Milestone.objects.create(
        commitment=town.far_a, due=today + datetime.timedelta(days=14), text="一季度完成选址"
    )
    july = today.replace(day=1)
    for reported in (town.due_in_7, town.far_a, town.overdue_10):
        report(reported, a, staff_a, july)
    report(town.quiet_c, c, staff_a, july)
    request = ExtensionRequest.objects.create(
        commitment=town.due_in_7,
        department=a,
        requested_by=staff_a,
        current_deadline=town.due_in_7.deadline,
        requested_deadline=town.due_in_7.deadline + datetime.timedelta(days=30),
        reason="设备到货延迟",
    )
    filed = timezone.make_aware(datetime.datetime(2024, 7, 15, 10, 0))
    ExtensionRequest.objects.filter(pk=request.pk).update(created_at=filed)
    return town


def decide_all(at: str) -> dict[tuple[str, str], Message]:
    """(channel, recipient) → the message every chunk decides at ``at``."""
    moment = sweep.parse_moment(at)
    return {
        (m.address.channel, m.address.recipient): m
        for chunk in sweep.plan_chunks()
        for m in sweep.decide(moment, chunk)[1]
    }


def store_all(at: str) -> list[int]:
    """Decide and store every chunk; the ids of the rows created to send."""
    moment = sweep.parse_moment(at)
    return sorted(pk for chunk in sweep.plan_chunks() for pk in sweep.run_chunk(moment, chunk))


def sections(message: Message) -> dict[str, set[int]]:
    """Reason → ids of the commitments the message covers for it."""
    return {
        kind: {hit.commitment_id for hit in hits.values()}
        for kind, hits in message.sections.items()
    }
