"""What the sweep decides from database state (no worker, no SMTP)."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.choices import NotificationKind as Kind
from commitments.models import Notification
from commitments.reminders import sweep
from commitments.reminders.decisions import decide_for_departments, decide_for_supervisors
from tests import factories
from tests.reminders import scenario
from tests.reminders.scenario import EXPECTED, MAYOR, MONDAY_9_30, OFFICE_A, OFFICE_B

pytestmark = pytest.mark.django_db


def decide_all(at: str) -> list:
    moment = sweep.parse_moment(at)
    return [d for chunk in sweep.plan_chunks() for d in sweep.decide(moment, chunk)]


def by_key(decisions) -> dict:
    return {(d.kind, d.recipient): d for d in decisions}


def codes(decision) -> set[str]:
    return {e["code"] for g in decision.context()["groups"] for e in g["items"]}


class TestOnAWorkingMonday:
    def test_it_decides_one_email_per_recipient_and_kind(self):
        scenario.build_town()
        decisions = decide_all(MONDAY_9_30)
        assert {(d.kind, d.recipient) for d in decisions} == EXPECTED
        assert len(decisions) == len(EXPECTED)

    def test_it_covers_all_commitments_of_a_recipient_in_one_email(self):
        town = scenario.build_town()
        found = by_key(decide_all(MONDAY_9_30))
        assert codes(found[(Kind.DEADLINE, OFFICE_A)]) == {town.due_in_7.code, town.due_in_3.code}
        assert codes(found[(Kind.DEADLINE, OFFICE_B)]) == {town.due_in_3.code}
        assert codes(found[(Kind.MISSING_REPORT, OFFICE_A)]) == {town.due_in_3.code}
        assert codes(found[(Kind.MISSING_REPORT, OFFICE_B)]) == {
            town.due_in_3.code,
            town.overdue_2.code,
        }
        assert codes(found[(Kind.OVERDUE_DIGEST, MAYOR)]) == {
            town.overdue_10.code,
            town.overdue_2.code,
        }
        assert codes(found[(Kind.ESCALATION, MAYOR)]) == {town.overdue_10.code}

    def test_it_groups_the_digest_by_department_with_days_overdue(self):
        town = scenario.build_town()
        digest = by_key(decide_all(MONDAY_9_30))[(Kind.OVERDUE_DIGEST, MAYOR)].context()
        groups = {g["department"]: g["items"] for g in digest["groups"]}
        assert set(groups) == {town.a.name, town.b.name}
        (item,) = groups[town.a.name]
        assert item["days_overdue"] == 10
        assert item["light"] == "red" and "逾期10天" in item["light_reason"]
        assert item["last_report"]["percent"] == 40

    def test_it_keys_reports_by_period_and_the_rest_by_day(self):
        scenario.build_town()
        keys = {(d.kind, d.period_key) for d in decide_all(MONDAY_9_30)}
        assert (Kind.MISSING_REPORT, "2024-07-25:before") in keys
        assert (Kind.DEADLINE, "2024-07-22") in keys
        assert (Kind.OVERDUE_DIGEST, "2024-07-22") in keys


class TestTiming:
    def test_it_sends_nothing_before_the_send_hour(self):
        scenario.build_town()
        assert decide_all("2024-07-22T08:59:00+08:00") == []

    def test_it_sends_nothing_on_a_weekend(self):
        scenario.build_town(datetime.date(2024, 7, 20))
        assert decide_all("2024-07-20T10:00:00+08:00") == []

    def test_a_reminder_due_on_a_holiday_goes_out_the_working_day_before(self):
        owner = factories.department(contact_emails=["holiday@town.test"])
        # 3 days before 2024-10-04 is 10-01 (National Day): it goes out on Monday 09-30.
        item = factories.commitment(
            owner,
            deadline=datetime.date(2024, 10, 4),
            acknowledged_at=datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
        )
        on = {
            day: by_key(decide_all(f"2024-{day}T10:00:00+08:00"))
            for day in ("09-29", "09-30", "10-01", "10-03")
        }
        assert (Kind.DEADLINE, "holiday@town.test") not in on["09-29"]  # adjusted working day
        assert codes(on["09-30"][(Kind.DEADLINE, "holiday@town.test")]) == {item.code}
        assert on["10-01"] == {} and on["10-03"] == {}

    def test_it_escalates_once_per_deadline(self):
        town = scenario.build_town()
        sweep.store(decide_all(MONDAY_9_30), sweep.parse_moment(MONDAY_9_30))
        tuesday = by_key(decide_all("2024-07-23T09:30:00+08:00"))
        assert (Kind.ESCALATION, MAYOR) not in tuesday
        assert (Kind.OVERDUE_DIGEST, MAYOR) in tuesday  # the digest is daily
        # A deadline extended and missed again is escalated again.
        type(town.overdue_10).objects.filter(pk=town.overdue_10.pk).update(
            deadline=datetime.date(2024, 7, 16)
        )
        later = by_key(decide_all("2024-07-23T09:30:00+08:00"))
        assert codes(later[(Kind.ESCALATION, MAYOR)]) == {town.overdue_10.code}


class TestStoring:
    def test_a_second_sweep_creates_nothing(self):
        scenario.build_town()
        moment = sweep.parse_moment(MONDAY_9_30)
        first = sweep.store(decide_all(MONDAY_9_30), moment)
        second = sweep.store(decide_all(MONDAY_9_30), moment)
        assert len(first) == len(EXPECTED) and second == []
        assert Notification.objects.count() == len(EXPECTED)

    def test_it_records_the_commitments_and_a_stable_message_id(self):
        town = scenario.build_town()
        sweep.store(decide_all(MONDAY_9_30), sweep.parse_moment(MONDAY_9_30))
        row = Notification.objects.get(kind=Kind.OVERDUE_DIGEST, recipient=MAYOR)
        assert set(row.commitments.values_list("pk", flat=True)) == {
            town.overdue_10.pk,
            town.overdue_2.pk,
        }
        assert row.message_id == sweep.message_id_for(row.kind, MAYOR, "2024-07-22")
        assert row.subject == "【逾期通报】2项承诺事项已逾期"

    def test_chunks_keep_a_shared_mailbox_together(self):
        first = factories.department(contact_emails=["shared@town.test"])
        factories.department(contact_emails=["other@town.test"])
        third = factories.department(contact_emails=["Shared@town.test"])
        chunks = [c for c in sweep.plan_chunks(size=1) if c.audience == sweep.DEPARTMENTS]
        assert any({first.pk, third.pk} <= set(c.ids) for c in chunks)
        assert len(chunks) == 2


def count_queries(func) -> int:
    with CaptureQueriesContext(connection) as ctx:
        func()
    return len(ctx.captured_queries)


@pytest.mark.parametrize("decide", [decide_for_departments, decide_for_supervisors])
def test_the_query_count_does_not_grow_with_commitments(decide):
    town = scenario.build_town()
    moment = sweep.parse_moment(MONDAY_9_30)
    ids = [town.a.pk, town.b.pk, town.c.pk] if decide is decide_for_departments else None
    before = count_queries(lambda: decide(moment, ids))
    section = town.due_in_7.section
    for n in range(30):
        for owner in (town.a, town.b):
            factories.commitment(
                owner, section, deadline=datetime.date(2024, 7, 10 + n % 20), co_owners=[town.c]
            )
            factories.commitment(owner, section, deadline=datetime.date(2024, 7, 29))
    after = count_queries(lambda: decide(moment, ids))
    assert after == before
