"""A digest covers every overdue commitment but lists at most DIGEST_MAX_ROWS of them."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import NotificationKind as Kind
from commitments.models import Notification
from commitments.reminders import sweep
from commitments.reminders.capping import quotas
from commitments.reminders.emails import build_message, render
from tests import factories
from tests.reminders import scenario
from tests.reminders.scenario import MAYOR, MONDAY, MONDAY_9_30

pytestmark = pytest.mark.django_db


def test_quotas_share_the_rows_out_evenly():
    assert quotas({"a": 3, "b": 1}, 10) == {"a": 3, "b": 1}  # everything fits
    assert quotas({"a": 6, "b": 1}, 3) == {"a": 2, "b": 1}  # the small one keeps its row
    assert quotas({"a": 9, "b": 9, "c": 1}, 6) == {"a": 3, "b": 2, "c": 1}
    assert sum(quotas({n: 50 for n in range(30)}, 200).values()) == 200
    assert quotas({"a": 5, "b": 5}, 1) == {"a": 1, "b": 0}


def _overdue(town, extra: int) -> list:
    section = town.overdue_10.section
    return [
        factories.commitment(
            town.a, section, MONDAY - datetime.timedelta(days=20 + n), title=f"逾期事项{n}"
        )
        for n in range(extra)
    ]


def _digest(settings, limit: int) -> Notification:
    settings.DIGEST_MAX_ROWS = limit
    moment = sweep.parse_moment(MONDAY_9_30)
    sweep.store([d for c in sweep.plan_chunks() for d in sweep.decide(moment, c)], moment)
    return Notification.objects.get(kind=Kind.OVERDUE_DIGEST, recipient=MAYOR)


def test_a_digest_over_the_cap_lists_the_most_overdue_and_links_the_rest(settings):
    town = scenario.build_town()
    extra = _overdue(town, 5)  # town.a: 6 overdue, town.b: 1
    row = _digest(settings, 3)
    groups = {g["department"]: g for g in row.context["groups"]}
    listed_a = [i["id"] for i in groups[town.a.name]["items"]]
    assert listed_a == [extra[4].pk, extra[3].pk]  # most overdue first
    assert groups[town.a.name]["more"] == 4
    assert [i["id"] for i in groups[town.b.name]["items"]] == [town.overdue_2.pk]
    assert row.context["count"] == 7 and row.context["more"] == 4
    assert row.commitments.count() == 7  # covered, even if not listed
    email = render(row.kind, row.context, row.subject)
    assert email.subject == "【逾期通报】7项承诺事项已逾期"
    for body in (email.text, email.html):
        assert town.a.name in body and "（6项）" in body  # the department's total
        assert "及其他4项" in body
        assert "/workspace/?overdue=1" in body and "/dashboard/" in body
        assert extra[0].title not in body  # the least overdue of town.a is only counted


def test_a_digest_under_the_cap_lists_everything_without_links(settings):
    town = scenario.build_town()
    _overdue(town, 2)
    row = _digest(settings, 200)
    assert "more" not in row.context
    assert sum(len(g["items"]) for g in row.context["groups"]) == 4
    email = render(row.kind, row.context, row.subject)
    assert "及其他" not in email.text and "/dashboard/" not in email.text


def test_the_message_size_stays_bounded(settings):
    town = scenario.build_town()
    _overdue(town, 12)
    small = len(build_message(_digest(settings, 5)).message().as_bytes())
    Notification.objects.all().delete()
    _overdue(town, 60)
    large = _digest(settings, 5)
    assert large.context["count"] == 74
    assert sum(len(g["items"]) for g in large.context["groups"]) == 5
    size = len(build_message(large).message().as_bytes())
    assert size < small * 1.2  # 60 more overdue commitments, (nearly) the same e-mail
