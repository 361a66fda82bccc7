"""The 报送催办 e-mail asks a unit for a month's report only when it owes that month, by
the one rule of ``commitments.owed`` that the scorecard, the queue and the light follow
(sweep16).

Before, the sweep kept its own copy of the rule: a plan that starts after the 1st was
never asked for its first month (the scorecard counted that month 应报未报 all the same),
and a pledge's lead or co-owner was asked for a month whatever ``lead_since``,
``CoOwnership.since`` and the pledge's ``created_at`` said — a unit given a pledge after
July's due day, for a sweep of the 25th decided later (``send_reminders --at``, after
the beat missed it), was asked for a July report it does not owe.

Each test runs with the kept counts (PostgreSQL's fast path) and with the tally over
every hit: the same e-mails either way.
"""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from commitments.models import Commitment, CoOwnership
from commitments.reminders import kept_counts
from tests import factories

pytestmark = pytest.mark.django_db

ACKED = {"acknowledged_at": timezone.make_aware(datetime.datetime(2024, 1, 5, 10, 0))}
FAR = datetime.date(2024, 12, 31)


@pytest.fixture(params=[True, False], ids=["kept", "tally"])
def counts(request, monkeypatch):
    monkeypatch.setattr(kept_counts, "ENABLED", request.param)
    return request.param


def local(text: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def sent_at(moment: str) -> dict[str, str]:
    """Run the sweep for ``moment``; each recipient's e-mail body."""
    mail.outbox.clear()
    call_command("send_reminders", "--at", moment, stdout=StringIO())
    return {message.to[0]: message.body for message in mail.outbox}


def test_a_plan_that_starts_mid_month_is_asked_for_its_first_month(counts):
    unit = factories.department("测试年中局", contact_emails=["mid@town.test"])
    plan = factories.plan(2024, starts_on=datetime.date(2024, 7, 10), title="下半年工作安排")
    item = factories.commitment(unit, factories.section(plan), FAR, **ACKED)
    later = factories.plan(2024, starts_on=datetime.date(2024, 8, 1), title="八月起工作安排")
    august = factories.commitment(unit, factories.section(later), FAR, **ACKED)

    bodies = sent_at("2024-07-22T09:30:00+08:00")

    # was: no e-mail at all (the plan "started after the month began")
    assert list(bodies) == ["mid@town.test"]
    assert "报送催办" in bodies["mid@town.test"]
    assert item.code in bodies["mid@town.test"]
    assert august.code not in bodies["mid@town.test"]  # August's plan owes nothing in July


def test_a_unit_given_a_pledge_after_the_due_day_is_not_asked_for_that_month(counts):
    old = factories.department("测试原牵头局", contact_emails=["old@town.test"])
    new = factories.department("测试新牵头局", contact_emails=["new@town.test"])
    joined = factories.department("测试新配合局", contact_emails=["joined@town.test"])
    section = factories.section(factories.plan(2024))
    # Handed to ``new`` and joined by ``joined`` on 26 July, after July's due day (25th).
    handed = factories.commitment(new, section, FAR, co_owners=[joined], **ACKED)
    Commitment.objects.filter(pk=handed.pk).update(lead_since=local("2024-07-26T10:00"))
    CoOwnership.objects.filter(commitment=handed).update(since=local("2024-07-26T10:00"))
    # Handed over on the due day itself: July is owed (on or before the due day).
    on_the_day = factories.commitment(new, section, FAR, **ACKED)
    Commitment.objects.filter(pk=on_the_day.pk).update(lead_since=local("2024-07-25T18:00"))
    # Entered in the ledger (a re-import) after the due day, co-owner with it.
    entered = factories.commitment(old, section, FAR, co_owners=[joined], **ACKED)
    Commitment.objects.filter(pk=entered.pk).update(created_at=local("2024-07-27T09:00"))
    # The same, led by ``old`` and co-owned by it too (the kept counts leave that pair out).
    itself = factories.commitment(old, section, FAR, co_owners=[old], **ACKED)
    Commitment.objects.filter(pk=itself.pk).update(created_at=local("2024-07-27T09:00"))
    kept = factories.commitment(old, section, FAR, **ACKED)

    # The due day's sweep, decided after the beat missed it (``send_reminders --at``).
    bodies = sent_at("2024-07-25T09:30:00+08:00")

    # was: joined@ asked for July's reports of both pledges, new@ of ``handed`` too,
    # old@ of ``entered``
    assert sorted(bodies) == ["new@town.test", "old@town.test"]
    assert on_the_day.code in bodies["new@town.test"]
    assert handed.code not in bodies["new@town.test"]
    assert kept.code in bodies["old@town.test"]
    assert entered.code not in bodies["old@town.test"]
    assert itself.code not in bodies["old@town.test"]
    assert "【进度报送催办】1项" in bodies["old@town.test"]  # ``kept`` alone, counted right

    # August's reports are owed by all of them.
    bodies = sent_at("2024-08-22T09:30:00+08:00")
    assert sorted(bodies) == ["joined@town.test", "new@town.test", "old@town.test"]
    assert handed.code in bodies["joined@town.test"] and entered.code in bodies["joined@town.test"]
    assert handed.code in bodies["new@town.test"]
    assert entered.code in bodies["old@town.test"]


@pytest.mark.parametrize("due_day", [1, 10, 25, 28, 31])
def test_owed_before_is_owes_month_for_one_due_date(due_day):
    """``owed.owed_before`` (the sweep's cutoff) says of every lead's start what
    ``owed.owes_month`` (the light's, the queue's) says, in a 29-day February and a
    31-day July, whatever the plan's due day."""
    from commitments.due_dates import due_date
    from commitments.owed import owed_before, owes_month

    unit = factories.department("测试对照局")
    plan = factories.plan(2024, report_due_day=due_day)
    item = factories.commitment(unit, factories.section(plan), FAR)
    for year, month in ((2024, 2), (2024, 7)):
        due = due_date(year, month, due_day)
        first = datetime.date(year, month, 1)
        starts = [first - datetime.timedelta(days=1), first, due, due + datetime.timedelta(days=1)]
        starts += [datetime.date(year, month + 1, 1)]
        for day in starts:
            for hour in (0, 23):
                since = timezone.make_aware(datetime.datetime(day.year, day.month, day.day, hour))
                Commitment.objects.filter(pk=item.pk).update(lead_since=since)
                owes = Commitment.objects.filter(owes_month(first), pk=item.pk).exists()
                assert owes == (since < owed_before(due)), (due, since)
