"""The sweep's messages are the same, byte for byte, whether a chunk's department counts
come from the kept counts (``kept_counts``, PostgreSQL) or from the tally over every
hit: on a town with co-owners (one excused, one the lead itself), retired and closed
commitments, more missing reports than a message lists (ids that sort differently as
text and as numbers), a mailbox two departments share, over days on which deadlines
come near and pass, and after reports arrive. Elsewhere (SQLite) the tally decides."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from commitments.choices import Status
from commitments.models import Commitment, CoOwnership, Milestone
from commitments.reminders import emails, kept_counts, sweep
from commitments.reminders.messages import contexts
from tests import factories
from tests.reminders.scenario import MONDAY, build_town, decide_all, report

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the kept counts are PostgreSQL's (triggers)"
)

#: working days from the Monday to a fortnight later, at the sending hour
DAYS = [MONDAY + datetime.timedelta(days=n) for n in (0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14)]


@pytest.fixture
def town(settings):
    settings.REMINDER_CHUNK_SIZE = 2  # departments and supervisors in chunks of their own
    town = build_town()
    section = factories.section(factories.plan(2024), 2, "加快乡村振兴")
    d = factories.department("测试农业办", contact_emails=["farm@town.test"])
    e = factories.department("测试城建办", contact_emails=["build@town.test"])
    shared = factories.department("测试共用办", contact_emails=["farm@town.test"])
    clerk = factories.user("clerk_d", dept=d, email="clerk-d@town.test")
    day = MONDAY + datetime.timedelta(days=3)
    # more than a message lists, on the same few dates: ids 1–2 digits long sort apart
    many = [
        factories.commitment(d, section, day + datetime.timedelta(days=7 * (n % 3)))
        for n in range(14)
    ]
    co_led = factories.commitment(e, section, day, co_owners=[d, town.a])
    excused = factories.commitment(e, section, day + datetime.timedelta(days=4), co_owners=[d])
    CoOwnership.objects.filter(commitment=excused, department=d).update(excused_at=timezone.now())
    self_co = factories.commitment(d, section, day + datetime.timedelta(days=11), co_owners=[e])
    CoOwnership.objects.create(commitment=self_co, department=d)  # the lead as its co-owner
    retired = factories.commitment(d, section, day, removed_from_source=True)
    closed = factories.commitment(
        d, section, day, status=Status.COMPLETED, percent=100, completed_at=timezone.now()
    )
    factories.commitment(shared, section, day, co_owners=[e])
    Milestone.objects.create(commitment=many[1], due=day + datetime.timedelta(days=7), text="节点")
    Milestone.objects.create(commitment=co_led, due=MONDAY + datetime.timedelta(days=8), text="中")
    Commitment.objects.filter(pk__in=[c.pk for c in many[:5]]).update(
        acknowledged_at=timezone.now()
    )
    july = MONDAY.replace(day=1)
    for item in many[5:8]:
        report(item, d, clerk, july)
    report(co_led, d, clerk, july)
    report(excused, d, clerk, july)
    for item in (retired, closed):
        report(item, d, clerk, july)
    return {"town": town, "d": d, "e": e, "clerk": clerk, "many": many, "co_led": co_led}


def rendered(at: str, enabled: bool) -> dict:
    """Every message at ``at``: its recipient, members, context and rendered bytes."""
    kept_counts.ENABLED = enabled
    try:
        messages = decide_all(at)
    finally:
        kept_counts.ENABLED = True
    today = sweep.parse_moment(at).date()
    with emails.language():
        found = contexts(list(messages.values()), today)
    return {
        key: (
            sorted(message.department_ids),
            sorted(message.supervisor_ids),
            message.kind,
            context,
            emails.render(context),
        )
        for (key, message), context in zip(messages.items(), found, strict=True)
    }


def at(day: datetime.date) -> str:
    return f"{day.isoformat()}T09:30:00+08:00"


@on_postgresql
def test_the_messages_are_the_same_from_the_kept_counts(town, monkeypatch):
    used = []
    original = kept_counts.department_counts
    monkeypatch.setattr(kept_counts, "department_counts", lambda *a: used.append(1) or original(*a))
    for day in DAYS:
        old, new = rendered(at(day), False), rendered(at(day), True)
        assert new == old, day
    assert used, "the kept counts were never read"


@on_postgresql
def test_the_same_after_reports_arrive_and_things_change(town):
    d, many, clerk = town["d"], town["many"], town["clerk"]
    for item in many[8:12]:
        report(item, d, clerk, MONDAY)
    report(town["co_led"], town["town"].a, town["town"].staff_a, MONDAY)
    Commitment.objects.filter(pk=many[0].pk).update(status=Status.CANCELLED)
    Commitment.objects.filter(pk=many[2].pk).update(acknowledged_at=None)
    CoOwnership.objects.filter(commitment=town["co_led"], department=d).update(
        excused_at=timezone.now()
    )
    for day in DAYS[:4]:
        assert rendered(at(day), True) == rendered(at(day), False), day


def test_without_kept_counts_the_tally_decides(town, monkeypatch):
    """SQLite keeps no counts (no triggers), even when they are enabled; on PostgreSQL
    they are switched off here (``kept_counts.ENABLED``): either way the tally decides
    and the kept counts are never read (this ran skipped on PostgreSQL before)."""
    monkeypatch.setattr(kept_counts, "department_counts", lambda *a: pytest.fail("kept read"))
    monkeypatch.setattr(kept_counts, "supervisor_counts", lambda *a: pytest.fail("kept read"))
    assert rendered(at(MONDAY), connection.vendor != "postgresql")
