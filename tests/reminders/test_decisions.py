"""What the sweep decides from database state (no worker, no SMTP)."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from commitments.choices import NotificationChannel as Channel
from commitments.choices import NotificationKind as Kind
from commitments.choices import NotificationState as State
from commitments.choices import Role
from commitments.models import Commitment, Department, Escalation, Notification
from commitments.reminders import sweep
from commitments.reminders.decisions import decide_for_departments, decide_for_supervisors
from tests import factories
from tests.reminders import scenario
from tests.reminders.scenario import (
    EXPECTED,
    MAYOR,
    MONDAY,
    MONDAY_9_30,
    OFFICE_A,
    OFFICE_B,
    SUPERVISOR_A,
    decide_all,
    sections,
    store_all,
)

pytestmark = pytest.mark.django_db
EMAIL = Channel.EMAIL


class TestOnAWorkingMonday:
    def test_it_decides_one_message_per_recipient_with_a_section_per_reason(self):
        scenario.build_town()
        found = decide_all(MONDAY_9_30)
        assert {recipient: set(m.sections) for (_, recipient), m in found.items()} == EXPECTED

    def test_each_section_covers_all_of_the_recipients_commitments(self):
        town = scenario.build_town()
        found = decide_all(MONDAY_9_30)
        office_a = sections(found[(EMAIL, OFFICE_A)])
        assert office_a[Kind.DEADLINE] == {town.due_in_7.pk, town.due_in_3.pk}
        assert office_a[Kind.MISSING_REPORT] == {town.due_in_3.pk}
        office_b = sections(found[(EMAIL, OFFICE_B)])
        assert office_b[Kind.DEADLINE] == {town.due_in_3.pk}
        assert office_b[Kind.MISSING_REPORT] == {town.due_in_3.pk, town.overdue_2.pk}
        assert office_b[Kind.UNACKNOWLEDGED] == {town.overdue_2.pk}
        mayor = sections(found[(EMAIL, MAYOR)])
        assert mayor[Kind.OVERDUE_DIGEST] == {town.overdue_10.pk, town.overdue_2.pk}
        assert mayor[Kind.ESCALATION] == {town.overdue_10.pk}

    def test_the_most_pressing_reason_comes_first(self):
        scenario.build_town()
        found = decide_all(MONDAY_9_30)
        assert found[(EMAIL, MAYOR)].kind == Kind.ESCALATION
        assert [s.kind for s in found[(EMAIL, OFFICE_B)].worst(10)] == [
            Kind.DEADLINE,
            Kind.UNACKNOWLEDGED,
            Kind.MISSING_REPORT,
        ]

    def test_the_stored_context_has_counts_first_and_the_worst_items_with_reasons(self):
        town = scenario.build_town()
        store_all(MONDAY_9_30)
        row = Notification.objects.get(recipient=MAYOR)
        assert row.context["summary"] == "已逾期2项（其中升级督办1项），待审核1项"
        escalation, digest, _ = row.context["sections"]
        assert [i["id"] for i in escalation["items"]] == [town.overdue_10.pk]
        # The digest counts both overdue commitments but lists only the one not above.
        assert [i["id"] for i in digest["items"]] == [town.overdue_2.pk]
        assert (digest["count"], digest["above"], digest["more"]) == (2, 1, 0)
        assert digest["by_department"] == [[town.a.name, 1], [town.b.name, 1]]
        item = escalation["items"][0]
        assert item["why"] == "逾期10天" and "逾期10天" in item["light_reason"]
        # The light's reasons say what the why does not (逾期10天 is said once).
        assert item["line"] == "逾期10天｜红灯：完成40%，序时应达100%"
        assert "light_parts" not in item
        assert item["last_report"]["percent"] == 40
        assert item["url"].endswith(f"/workspace/commitments/{town.overdue_10.pk}/")


class TestTiming:
    def test_it_sends_nothing_before_the_send_hour(self):
        scenario.build_town()
        assert decide_all("2024-07-22T08:59:00+08:00") == {}

    def test_it_sends_nothing_on_a_weekend(self):
        scenario.build_town(datetime.date(2024, 7, 20))
        assert decide_all("2024-07-20T10:00:00+08:00") == {}

    def test_a_reminder_due_on_a_holiday_goes_out_the_working_day_before(self):
        owner = factories.department(contact_emails=["holiday@town.test"])
        # 3 days before 2024-10-04 is 10-01 (National Day): it goes out on Monday 09-30.
        item = factories.commitment(
            owner,
            deadline=datetime.date(2024, 10, 4),
            acknowledged_at=datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC),
        )
        on = {
            day: decide_all(f"2024-{day}T10:00:00+08:00")
            for day in ("09-29", "09-30", "10-01", "10-03")
        }
        key = (EMAIL, "holiday@town.test")
        assert key not in on["09-29"]  # adjusted working day, but nothing due yet
        assert sections(on["09-30"][key]) == {Kind.DEADLINE: {item.pk}}
        assert on["10-01"] == {} and on["10-03"] == {}

    def test_it_escalates_once_per_deadline(self):
        town = scenario.build_town()
        store_all(MONDAY_9_30)
        assert list(Escalation.objects.values_list("commitment_id", "day")) == [
            (town.overdue_10.pk, datetime.date(2024, 7, 22))
        ]
        tuesday = decide_all("2024-07-23T09:30:00+08:00")[(EMAIL, MAYOR)]
        assert Kind.ESCALATION not in tuesday.sections
        assert Kind.OVERDUE_DIGEST in tuesday.sections  # the digest is daily
        # A deadline extended and missed again is escalated again.
        type(town.overdue_10).objects.filter(pk=town.overdue_10.pk).update(
            deadline=datetime.date(2024, 7, 16)
        )
        later = decide_all("2024-07-23T09:30:00+08:00")[(EMAIL, MAYOR)]
        assert sections(later)[Kind.ESCALATION] == {town.overdue_10.pk}

    def test_deleting_a_commitment_or_a_supervisor_deletes_their_escalations(self):
        # The database does not check the keys (models.Escalation); deleting still cascades.
        scenario.build_town()
        store_all(MONDAY_9_30)
        (escalation,) = Escalation.objects.all()
        other = factories.commitment(factories.department("测试删除办"))
        Escalation.objects.create(commitment=other, user=escalation.user, day=escalation.day)
        other.delete()
        assert list(Escalation.objects.all()) == [escalation]
        escalation.user.delete()
        assert not Escalation.objects.exists()


class TestStoring:
    def test_a_second_sweep_creates_nothing(self):
        scenario.build_town()
        first = store_all(MONDAY_9_30)
        second = store_all("2024-07-22T11:00:00+08:00")
        assert len(first) == len(EXPECTED) and second == []
        assert Notification.objects.count() == len(EXPECTED)

    def test_it_records_the_listed_commitments_and_a_stable_message_id(self):
        town = scenario.build_town()
        store_all(MONDAY_9_30)
        row = Notification.objects.get(recipient=MAYOR)
        assert set(row.commitments.values_list("pk", flat=True)) == {
            town.overdue_10.pk,
            town.overdue_2.pk,
            town.due_in_7.pk,  # the extension request waiting on review
        }
        assert row.message_id == sweep.message_id_for(EMAIL, MAYOR, "2024-07-22")
        assert row.subject == "【督办提醒】已逾期2项（其中升级督办1项），待审核1项"
        assert row.kind == Kind.ESCALATION

    def test_chunks_keep_a_shared_mailbox_together(self):
        first = factories.department(contact_emails=["shared@town.test"])
        factories.department(contact_emails=["other@town.test"])
        third = factories.department(contact_emails=["Shared@town.test"])
        chunks = [c for c in sweep.plan_chunks(size=1) if c.departments]
        assert any({first.pk, third.pk} <= set(c.departments) for c in chunks)
        assert len(chunks) == 2

    def test_chunks_follow_the_commitments_they_read_not_the_number_of_departments(self):
        plan = factories.plan(2024)
        section = factories.section(plan, 1, "板块")
        busy = factories.department(contact_emails=["busy@town.test"])
        quiet = [factories.department(contact_emails=[f"q{n}@town.test"]) for n in range(4)]
        for n in range(6):
            factories.commitment(busy, section, datetime.date(2024, 12, 1) + datetime.timedelta(n))
        for department in quiet:
            factories.commitment(department, section, datetime.date(2024, 12, 1))
        chunks = [c for c in sweep.plan_chunks(size=50, volume=3) if c.departments]
        assert (busy.pk,) in [c.departments for c in chunks]  # heavier than a chunk: alone
        assert sorted(len(c.departments) for c in chunks) == [1, 1, 3]  # 1+1+1, then 1 more
        assert {pk for c in chunks for pk in c.departments} == {busy.pk} | {d.pk for d in quiet}

    def test_the_sweep_queues_the_heaviest_chunk_first(self, monkeypatch):
        from commitments.reminders import tasks

        plan = factories.plan(2024)
        section = factories.section(plan, 1, "板块")
        quiet = [factories.department(contact_emails=[f"q{n}@town.test"]) for n in range(3)]
        busy = factories.department(contact_emails=["busy@town.test"])  # the highest id
        for n in range(6):
            factories.commitment(busy, section, datetime.date(2024, 12, 1) + datetime.timedelta(n))
        for department in quiet:
            factories.commitment(department, section, datetime.date(2024, 12, 1))
        chunks = [c for c in sweep.plan_chunks(size=50, volume=3) if c.departments]
        assert chunks[-1].departments == (busy.pk,)  # planned in id order
        assert sweep.heaviest_first(chunks)[0] == chunks[-1]
        assert chunks[-1].load == 6 and chunks[-1] == sweep.Chunk((busy.pk,), ())  # not compared
        queued = []
        monkeypatch.setattr(tasks.sweep_chunk, "delay", lambda *args: queued.append(args))
        monkeypatch.setattr(tasks, "plan_chunks", lambda: chunks)
        tasks.sweep(MONDAY_9_30)
        assert [args[1] for args in queued] == [
            list(c.departments) for c in sweep.heaviest_first(chunks)
        ]

    def test_a_chunk_is_decided_and_stored_with_the_collector_paused(self, monkeypatch):
        import gc

        scenario.build_town()
        seen = []
        decide = sweep.decide
        monkeypatch.setattr(
            sweep, "decide", lambda *args: seen.append(gc.isenabled()) or decide(*args)
        )
        assert gc.isenabled()
        assert store_all(MONDAY_9_30)
        assert seen and not any(seen)
        assert gc.isenabled()  # on again after each chunk

    def test_a_supervisor_who_shares_a_mailbox_with_a_department_gets_one_message(self):
        town = scenario.build_town()
        type(town.a).objects.filter(pk=town.a.pk).update(contact_emails=[MAYOR])
        store_all(MONDAY_9_30)
        row = Notification.objects.get(recipient=MAYOR)
        kinds = {s["kind"] for s in row.context["sections"]}
        assert EXPECTED[MAYOR] | EXPECTED[OFFICE_A] == kinds


class TestBadRecipients:
    """Issue 19: one malformed address is one failed, visible row; the rest go out."""

    def test_an_overlong_address_and_a_number_are_failed_rows(self):
        town = scenario.build_town()
        too_long = "x" * 250 + "@town.test"
        type(town.a).objects.filter(pk=town.a.pk).update(contact_emails=[too_long, OFFICE_A])
        type(town.b).objects.filter(pk=town.b.pk).update(contact_emails=5)
        created = store_all(MONDAY_9_30)
        failed = dict(
            Notification.objects.filter(state=State.FAILED).values_list("recipient", "last_error")
        )
        assert failed == {too_long: "收件地址超过254个字符", "5": "收件地址不是文本：5"}
        assert set(
            Notification.objects.filter(pk__in=created).values_list("recipient", flat=True)
        ) == set(EXPECTED) - {OFFICE_B}


def count_queries(func) -> int:
    with CaptureQueriesContext(connection) as ctx:
        func()
    return len(ctx.captured_queries)


@pytest.mark.parametrize("decide", [decide_for_departments, decide_for_supervisors])
def test_the_query_count_does_not_grow_with_commitments(decide):
    town = scenario.build_town()
    moment = sweep.parse_moment(MONDAY_9_30)
    ids = [town.a.pk, town.b.pk, town.c.pk] if decide is decide_for_departments else None
    decide(moment, ids)  # the working-day calendar is read on first use, then kept a while
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


def test_the_query_count_of_a_whole_chunk_does_not_grow_with_commitments():
    town = scenario.build_town()
    moment = sweep.parse_moment(MONDAY_9_30)
    chunk = sweep.Chunk((town.a.pk, town.b.pk, town.c.pk), ())

    def run() -> None:
        with pytest.raises(RuntimeError):  # roll back: the next run decides again
            with transaction.atomic():
                sweep.store(*sweep.decide(moment, chunk), moment)
                raise RuntimeError

    before = count_queries(run)
    for n in range(30):
        factories.commitment(town.a, town.due_in_7.section, deadline=datetime.date(2024, 7, 29))
        factories.commitment(
            town.b, town.due_in_7.section, deadline=datetime.date(2024, 7, 1 + n % 20)
        )
    assert count_queries(run) == before


def test_a_supervisor_decided_alone_gets_what_they_get_beside_the_mayor():
    """A chunk of supervisors with listed departments reads only the overdue rows
    those departments lead; each of them must see what they see beside the mayor."""
    town = scenario.build_town()
    moment = sweep.parse_moment(MONDAY_9_30)
    everyone = decide_for_supervisors(moment, None)
    (sup_a,) = [pk for pk, p in everyone.people.items() if p.email == SUPERVISOR_A]

    alone = decide_for_supervisors(moment, [sup_a])

    assert alone.supervisors[sup_a] == everyone.supervisors[sup_a]
    assert {(h.kind, h.commitment_id) for h in alone.supervisors[sup_a]} == {
        (Kind.OVERDUE_DIGEST, town.overdue_10.pk),
        (Kind.REVIEW_PENDING, town.due_in_7.pk),
    }


def _oracle(moment, chunk: sweep.Chunk, limit: int) -> dict:
    """What the messages must say, from every hit read one by one and merged in Python:
    each recipient's members in order (departments, then supervisors), the first hit of
    each key kept, every section fully sorted by rank then key."""
    from commitments.reminders.decisions import KIND_ORDER
    from commitments.reminders.recipients import department_addresses, supervisor_addresses

    decided = decide_for_departments(moment, chunk.departments)
    if chunk.supervisors:
        decide_for_supervisors(moment, chunk.supervisors, into=decided)
    lists: dict = {}
    departments = [pk for pk, hits in decided.departments.items() if hits]
    for pk, addresses in department_addresses(departments).items():
        for address in addresses:
            found = lists.setdefault((address.channel, address.recipient), ([], set(), set()))
            found[0].append(decided.departments[pk])
            found[1].add(pk)
    people = [p for pk, p in sorted(decided.people.items()) if decided.supervisors.get(pk)]
    for pk, addresses in supervisor_addresses(people).items():
        for address in addresses:
            found = lists.setdefault((address.channel, address.recipient), ([], set(), set()))
            found[0].append(decided.supervisors[pk])
            found[2].add(pk)
    expected = {}
    for key, (hit_lists, department_ids, supervisor_ids) in lists.items():
        first: dict = {}
        for hits in hit_lists:
            for hit in hits:
                first.setdefault(hit.kind, {}).setdefault(hit.key, hit)
        worst = []
        for kind in KIND_ORDER:
            if kind not in first:
                continue
            ranked = sorted(first[kind].values(), key=lambda h: (h.rank, h.key))
            escalated = [s for s in worst if s[0] == Kind.ESCALATION]
            if kind == Kind.OVERDUE_DIGEST and escalated:
                # Listed under escalation above: not listed again, counted as listed above.
                shown = {h.commitment_id for h in escalated[0][2]}
                rest = [h for h in ranked if h.commitment_id not in shown]
                worst.append((kind, len(ranked), rest[:limit], len(shown)))
            else:
                worst.append((kind, len(ranked), ranked[:limit], 0))
        overdue = [h.commitment_id for h in first.get(Kind.OVERDUE_DIGEST, {}).values()]
        leads = Counter(
            Commitment.objects.filter(pk__in=overdue).values_list("lead_owner_id", flat=True)
        )
        names = dict(Department.objects.values_list("pk", "name"))
        largest = sorted(leads.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
        expected[key] = (
            worst,
            len({h.commitment_id for hits in first.values() for h in hits.values()}),
            department_ids,
            supervisor_ids,
            ([(names[pk], n) for pk, n in largest], len(leads)),
        )
    return expected


def test_the_counted_messages_say_what_every_hit_merged_in_python_says(settings):
    """Counted in SQL, listed from the worst few: the same sections, counts, listed hits
    (with the first hit of each key: its co-owner note and facts) as merging every hit
    in Python, for mailboxes shared by departments and a supervisor, co-owners on both
    sides of a shared mailbox, and more items than a section lists."""
    settings.REMINDER_LIST_ITEMS = 3
    town = scenario.build_town()
    first = factories.department("测试甲办", contact_emails=["shared@town.test"])
    second = factories.department(
        "测试乙办", contact_emails=["shared@town.test", "second@town.test"]
    )
    factories.user("sup_shared", Role.SUPERVISOR, supervises=[first], email="shared@town.test")
    section = town.due_in_7.section
    for n in range(14):
        owner, other = (first, second) if n % 3 else (second, first)
        factories.commitment(
            owner,
            section,
            MONDAY + datetime.timedelta(days=[7, 3, -4, -12, 30, 14][n % 6]),
            co_owners=[other] if n % 2 else [],
            **({"acknowledged_at": timezone.now()} if n % 4 else {}),
        )
    for n, owner in enumerate([first, second, town.c, town.b, town.c]):  # more escalations
        factories.commitment(owner, section, MONDAY - datetime.timedelta(days=8 + 3 * n))
    moment = sweep.parse_moment(MONDAY_9_30)
    chunks = sweep.plan_chunks()
    assert any(len(chunk) > 1 for chunk in chunks)
    compared, dedup_seen = 0, False
    for chunk in chunks:
        expected = _oracle(moment, chunk, 3)
        _, messages = sweep.decide(moment, chunk)
        assert {(m.address.channel, m.address.recipient) for m in messages} == set(expected)
        for message in messages:
            worst, count, department_ids, supervisor_ids, by_department = expected[
                (message.address.channel, message.address.recipient)
            ]
            assert message.worst(3) == worst
            dedup_seen = dedup_seen or any(s[3] for s in worst)
            assert message.commitment_count() == count
            assert (message.overdue_by_department, message.overdue_departments) == by_department
            assert (message.department_ids, message.supervisor_ids) == (
                department_ids,
                supervisor_ids,
            )
            compared += 1
    assert compared >= 7
    shared = next(
        m
        for c in chunks
        for m in sweep.decide(moment, c)[1]
        if m.address.recipient == "shared@town.test"
    )
    assert shared.department_ids == {first.pk, second.pk} and shared.supervisor_ids
    assert any(s.count > 3 for s in shared.worst(3))
    assert dedup_seen, "some message lists an escalation and a shorter digest"


def _needs_escalation(deadline, today, days, escalated_on) -> bool:
    """The rule as the policy states it (the oracle of ``decisions.escalated``)."""
    line = deadline + datetime.timedelta(days=days)
    return today >= line and not any(day >= line for day in escalated_on)


D = datetime.date


@pytest.mark.parametrize(
    ("deadline", "today", "history", "expected"),
    [
        (D(2024, 7, 12), D(2024, 7, 18), [], False),  # 6 days overdue
        (D(2024, 7, 12), D(2024, 7, 19), [], True),  # 7 days: escalated
        (D(2024, 7, 12), D(2024, 7, 22), [D(2024, 7, 19)], False),  # once per deadline
        (D(2024, 7, 20), D(2024, 7, 29), [D(2024, 7, 19)], True),  # before an extension
        (D(2024, 7, 12), D(2024, 7, 22), [D(2024, 7, 10), D(2024, 7, 20)], False),
    ],
)
def test_it_escalates_from_7_days_overdue_once_per_deadline(deadline, today, history, expected):
    from commitments.reminders import policy
    from commitments.reminders.decisions import escalated

    mayor = factories.user("mayor_e", Role.SUPERVISOR, email="mayor-e@town.test")
    item = factories.commitment(factories.department("测试逾期办"), deadline=deadline)
    for day in history:
        Escalation.objects.create(commitment=item, user=mayor, day=day)
    rules = policy.Policy.from_settings()
    assert rules.escalation_days == 7

    found = item.pk in set(escalated(today, rules, mayor.pk).values_list("pk", flat=True))

    assert found is _needs_escalation(deadline, today, 7, history) is expected
