"""Personas and a small ledger for the API tests.

A commitment led by 牵头局 with 配合局 as co-owner (two targets, a
milestone), another led by 无关局, and the people around them: the owner and
a colleague in the lead department, the co-owner's staff, an outsider, a
supervisor of the lead, a supervisor of another department, a global
supervisor (督查室) and an administrator.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from commitments.models import (
    ApiToken,
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    IdempotencyRecord,
    Milestone,
    ProgressReport,
    ReportTargetValue,
    Target,
)
from tests import factories, personas
from tests.clock import held_on

# The town's today when the suite is imported; ``_today_stays_today`` keeps it the
# product's today in every test, even in a run that crosses midnight.
TODAY = timezone.localdate()
PERSONAS = [
    "owner",
    "colleague",
    "co_owner",
    "outsider",
    "supervisor",
    "other_supervisor",
    "global_supervisor",
    "admin",
]


@pytest.fixture(autouse=True)
def _today_stays_today():
    """Each test runs at noon of ``TODAY`` (clock ticking), so the dates the
    tests derive from ``TODAY`` and the product's ``localdate()`` agree."""
    with held_on(TODAY):
        yield


@dataclass
class World:
    lead: Department
    co: Department
    other: Department
    item: Commitment
    elsewhere: Commitment
    users: dict

    def user(self, persona: str):
        return self.users[persona]


@pytest.fixture
def world(db) -> World:
    lead = factories.department("牵头局")
    co = factories.department("配合局")
    other = factories.department("无关局")
    section = factories.section(factories.plan(year=TODAY.year), number=1, title="招商引资")
    item = factories.commitment(
        lead,
        section,
        deadline=TODAY + datetime.timedelta(days=60),
        co_owners=[co],
        title="新建5兆瓦光伏电站一处",
        code="A-01",
    )
    Target.objects.create(
        commitment=item, position=0, metric="光伏装机", value=Decimal(5), unit="兆瓦"
    )
    Target.objects.create(
        commitment=item, position=1, metric="投资", value=Decimal(5000), unit="万元"
    )
    Milestone.objects.create(
        commitment=item, due=TODAY + datetime.timedelta(days=30), text="完成选址"
    )
    elsewhere = factories.commitment(
        other,
        section,
        code="A-02",
        title="城乡医保参保率达到90%",
        deadline=TODAY + datetime.timedelta(days=90),
    )
    users = personas.people(lead, co, other, {"supervisor_of_all": "global_supervisor"})
    return World(lead=lead, co=co, other=other, item=item, elsewhere=elsewhere, users=users)


def token_client(user, **headers) -> APIClient:
    """A client that sends the user's API token, as office scripts do."""
    _row, raw = ApiToken.issue(user, name="tests")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}", **headers)
    return client


@pytest.fixture
def api(world):
    """``api("owner")``: a token client for a persona of the world."""
    return lambda persona, **headers: token_client(world.user(persona), **headers)


def report_body(**overrides) -> dict:
    body = {
        "status": "on_track",
        "percent": 40,
        "narrative": "已完成选址",
        "evidence": ["https://example.org/photo.jpg"],
        "as_of": TODAY.isoformat(),
        "targets": [],
    }
    body.update(overrides)
    return body


def reports_url(item: Commitment) -> str:
    return f"/api/v1/commitments/{item.pk}/reports/"


def detail_url(item: Commitment) -> str:
    return f"/api/v1/commitments/{item.pk}/"


def snapshot() -> dict:
    """Everything an API write could change, to assert that a refusal wrote nothing."""
    return {
        "commitments": list(Commitment.objects.order_by("pk").values()),
        "co_owners": list(CoOwnership.objects.order_by("pk").values()),
        "milestones": list(Milestone.objects.order_by("pk").values()),
        "targets": list(Target.objects.order_by("pk").values()),
        "reports": list(ProgressReport.objects.order_by("pk").values()),
        "values": list(ReportTargetValue.objects.order_by("pk").values()),
        "events": list(CommitmentEvent.objects.order_by("pk").values()),
        "idempotency": list(IdempotencyRecord.objects.order_by("pk").values()),
    }
