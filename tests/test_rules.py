"""The domain's rules, each defined once (``commitments/rules.py``) and obeyed by
every reader: the list filter, the light, the overdue list, the roll-ups, the
reminder sweep and the permissions."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from commitments import rules
from commitments.choices import NotificationKind, Role, Status
from commitments.models import Commitment, CoOwnership
from commitments.overdue import overdue_queryset
from commitments.reminders import sweep
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
TODAY = datetime.date(2024, 7, 22)


@pytest.fixture
def ledger():
    lead, co, other = (factories.department(n) for n in ("牵头局", "配合局", "无关局"))
    section = factories.section(factories.plan(2024))
    late = factories.commitment(lead, section, deadline=datetime.date(2024, 7, 1), co_owners=[co])
    retired = factories.commitment(
        lead, section, deadline=datetime.date(2024, 7, 1), removed_from_source=True
    )
    done = factories.commitment(
        lead,
        section,
        deadline=datetime.date(2024, 7, 1),
        status=Status.COMPLETED,
        completed_at=datetime.datetime(2024, 6, 30, 10, tzinfo=datetime.UTC),
    )
    ahead = factories.commitment(other, section, deadline=datetime.date(2024, 12, 31))
    return type("Ledger", (), locals())


def ids(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


class TestOverdue:
    def test_it_is_past_the_deadline_open_and_not_retired(self, ledger):
        assert ids(Commitment.objects.overdue(TODAY)) == {ledger.late.pk}
        assert [c.pk for c in overdue_queryset(TODAY)] == [ledger.late.pk]

    def test_the_python_form_agrees_with_the_sql_form(self, ledger):
        for item in Commitment.objects.all():
            assert rules.is_overdue(item, TODAY) == (item.pk == ledger.late.pk)

    def test_the_light_is_red_only_for_overdue_ones(self, ledger):
        lights = dict(Commitment.objects.with_light(TODAY).values_list("pk", "light"))
        assert lights[ledger.late.pk] == "red"
        assert lights[ledger.retired.pk] == "green"
        assert lights[ledger.done.pk] == "green"

    def test_a_retired_pledge_is_left_out_of_rollups(self, ledger):
        (line,) = [
            r for r in department_rollups(ReportScope(TODAY)) if r.department_id == ledger.lead.pk
        ]
        assert line.owned == 2  # late and done; not the retired one
        assert line.overdue == 1
        assert line.lights.red == 1

    def test_a_retired_pledge_is_not_reminded(self, ledger):
        factories.user("mayor", role=Role.SUPERVISOR, email="mayor@town.test")
        moment = sweep.parse_moment("2024-07-22T09:30:00+08:00")
        messages = [m for chunk in sweep.plan_chunks() for m in sweep.decide(moment, chunk)[1]]
        covered = {
            hit.commitment_id
            for m in messages
            for hit in m.sections.get(NotificationKind.OVERDUE_DIGEST, {}).values()
        }
        assert covered == {ledger.late.pk}
        everything = {
            h.commitment_id for m in messages for s in m.sections.values() for h in s.values()
        }
        assert ledger.retired.pk not in everything

    def test_a_kept_pledge_is_overdue_again(self, ledger):
        Commitment.objects.filter(pk=ledger.retired.pk).update(removed_from_source=False)
        assert ids(Commitment.objects.overdue(TODAY)) == {ledger.late.pk, ledger.retired.pk}


class TestOwnership:
    def test_it_is_lead_or_co_owner(self, ledger):
        assert ids(Commitment.objects.owned_by(ledger.co)) == {ledger.late.pk}
        assert ids(Commitment.objects.owned_by(ledger.co, include_co_owned=False)) == set()
        assert ids(Commitment.objects.owned_by([ledger.co.pk, ledger.other.pk])) == {
            ledger.late.pk,
            ledger.ahead.pk,
        }

    def test_an_excused_co_owner_can_be_left_out(self, ledger):
        CoOwnership.objects.filter(department=ledger.co).update(
            excused_at=datetime.datetime(2024, 7, 1, tzinfo=datetime.UTC)
        )
        assert ids(Commitment.objects.owned_by(ledger.co, with_excused=False)) == set()
        assert ids(Commitment.objects.owned_by(ledger.co)) == {ledger.late.pk}


class TestSupervision:
    def test_a_supervisor_with_listed_departments_oversees_their_leads(self, ledger):
        some = factories.user(role=Role.SUPERVISOR, supervises=[ledger.other])
        assert ids(Commitment.objects.supervised_by(some)) == {ledger.ahead.pk}

    def test_a_supervisor_with_no_departments_oversees_all(self, ledger):
        everyone = factories.user(role=Role.SUPERVISOR)
        admin = factories.user(role=Role.ADMIN)
        assert ids(Commitment.objects.supervised_by(everyone)) == ids(Commitment.objects.all())
        assert ids(Commitment.objects.supervised_by(admin)) == ids(Commitment.objects.all())
        assert rules.overseen([]) is None
        assert rules.overseen([3]) == frozenset({3})

    def test_staff_supervise_nothing_and_see_everything(self, ledger):
        staff = factories.user(dept=ledger.co)
        assert not Commitment.objects.supervised_by(staff).exists()
        assert ids(Commitment.objects.visible_to(staff)) == ids(Commitment.objects.all())
        assert ids(Commitment.objects.concerning(staff)) == {ledger.late.pk}


#: Each rule's predicate, as code spells it: it may appear in ``rules.py`` only.
PREDICATES = {
    "overdue": r"deadline__lt\b",
    "closed": r"status__in\"?(=|: )CLOSED_STATUSES",
    "co-owned": (
        r"coownerships__department|Q\(co_owners=|CoOwnership\.objects\.filter\(department_id"
    ),
    "oversees all": r"supervised_departments__isnull|ids or None|if overseen\.get",
    "percent": r"ROUND_HALF_UP|\w \* 100 / \w+|round\(\w+ / \w+",
    "plain": r"def _?plain\b",
    "section label": r"f\"\(\{[\w.]*number\}\) \{",
    "local day": r"(localtime|astimezone)\([^)]*\)\.date\(\)|localdate\(\w",
}


@pytest.mark.parametrize("rule", sorted(PREDICATES))
def test_each_rule_is_written_once(rule):
    found = [
        str(path.relative_to(ROOT))
        for package in ("commitments", "reports", "workspace")
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts and re.search(PREDICATES[rule], path.read_text())
    ]
    assert found == ["commitments/rules.py"], f"{rule} is also defined in {found}"
