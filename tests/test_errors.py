"""Every service refuses with one family of errors (``commitments.errors``), each
with a stable machine code, and the API turns them into HTTP in one place."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from commitments import errors
from commitments.choices import Role, Status
from commitments.services import reporting, supervision, workflow
from reports.scope import department_ids_for
from tests import factories

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def item(db):
    return factories.commitment(factories.department("牵头局"))


def test_it_refuses_an_outsider_with_forbidden(item):
    outsider = factories.user(dept=factories.department("无关局"))
    with pytest.raises(errors.Forbidden) as refused:
        supervision.update_commitment(item.pk, outsider, {"deadline": datetime.date(2030, 1, 1)})
    assert refused.value.code == "not_supervisor"
    with pytest.raises(errors.Forbidden):
        reporting.file_report(
            item.pk,
            outsider,
            outsider.membership.department,
            reporting.ReportInput(status=Status.ON_TRACK, percent=10, as_of=datetime.date.today()),
        )


def test_it_refuses_a_bad_report_with_every_field_at_once(item):
    owner = factories.user(dept=item.lead_owner)
    bad = reporting.ReportInput(
        status=Status.COMPLETED, percent=120, as_of=datetime.date(2999, 1, 1)
    )
    with pytest.raises(errors.Invalid) as refused:
        reporting.file_report(item.pk, owner, item.lead_owner, bad)
    assert refused.value.code == "report_invalid"
    assert set(refused.value.errors) == {"status", "percent", "as_of"}


def test_it_refuses_a_closed_commitment_with_conflict(item):
    supervisor = factories.user(role=Role.SUPERVISOR)
    workflow.cancel(supervisor, item, reason="合并")
    with pytest.raises(errors.Conflict) as refused:
        workflow.cancel(supervisor, item, reason="再取消")
    assert refused.value.code == "commitment_closed"


def test_a_user_without_a_role_may_not_read_rollups(db):
    from django.contrib.auth import get_user_model

    nobody = get_user_model().objects.create_user("nobody", password="pw-for-tests-1")
    with pytest.raises(errors.Forbidden):
        department_ids_for(nobody)


def test_services_raise_no_other_refusals():
    django_refusals = re.compile(r"raise (forms\.)?(PermissionDenied|ValidationError)\b")
    own_family = re.compile(r"^class \w+\((Exception|ValueError)\)", re.M)
    for path in sorted((ROOT / "commitments" / "services").rglob("*.py")) + sorted(
        (ROOT / "reports").rglob("*.py")
    ):
        text = path.read_text()
        assert not django_refusals.search(text), path
        assert not own_family.search(text), path
