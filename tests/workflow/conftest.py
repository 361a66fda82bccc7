"""Personas and helpers for the workflow tests.

One commitment led by 牵头局 with 配合局 as co-owner, and the people around
it: the lead's staff and a colleague of theirs, the co-owner's staff, an
outsider, a supervisor of the lead, a supervisor of another department, a
global supervisor (督查室) and an administrator.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from commitments.choices import Status
from commitments.models import (
    ApiToken,
    ClosureRequest,
    Commitment,
    CommitmentEvent,
    CoOwnership,
    Department,
    ExtensionRequest,
    ProgressReport,
)
from tests import factories, personas
from tests.clock import held_on

# The town's today when the suite is imported; ``_today_stays_today`` keeps it the
# product's today in every test, even in a run that crosses midnight.
TODAY = timezone.localdate()
PERSONAS = [
    "lead_staff",
    "colleague",
    "co_staff",
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
    lead_staff: object
    colleague: object
    co_staff: object
    outsider: object
    supervisor: object
    other_supervisor: object
    global_supervisor: object
    admin: object

    def who(self, persona: str):
        return getattr(self, persona)


@pytest.fixture
def world(db) -> World:
    lead = factories.department("牵头局")
    co = factories.department("配合局")
    other = factories.department("无关局")
    item = factories.commitment(
        lead,
        deadline=TODAY + datetime.timedelta(days=60),
        co_owners=[co],
        title="新建5兆瓦光伏电站一处",
    )
    return World(
        lead=lead,
        co=co,
        other=other,
        item=item,
        **personas.people(
            lead,
            co,
            other,
            {
                "owner": "lead_staff",
                "co_owner": "co_staff",
                "supervisor_of_all": "global_supervisor",
            },
        ),
    )


@pytest.fixture
def api():
    """``api(user)``: a client that sends the user's API token, as scripts do."""

    def client_for(user) -> APIClient:
        _, raw = ApiToken.issue(user, name="tests")
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
        return client

    return client_for


def error_code(response) -> str | None:
    """The machine code of an error response, in the API's error shape or DRF's own."""
    data = response.data
    if isinstance(data, dict) and "code" in data:
        if data["code"] == "validation_error":  # report the field, not its index
            return next(iter(data["errors"])).split(".")[0]
        return data["code"]
    if isinstance(data, dict) and "detail" in data:
        return getattr(data["detail"], "code", None)
    if isinstance(data, dict) and data:
        return next(iter(data))  # the field of a validation error
    return None


def report(
    item: Commitment, user, department: Department, percent: int = 40, status: str = Status.ON_TRACK
) -> ProgressReport:
    """A report written straight to the model (the report service is not ours)."""
    filed = ProgressReport.objects.create(
        commitment=item,
        department=department,
        filed_by=user,
        is_lead=department.pk == item.lead_owner_id,
        status=status,
        percent=percent,
        as_of=TODAY,
        period=TODAY.strftime("%Y-%m"),
    )
    if filed.is_lead:
        Commitment.objects.filter(pk=item.pk).update(
            status=status, percent=percent, last_report_on=TODAY, last_report_at=timezone.now()
        )
    item.refresh_from_db()
    return filed


def snapshot(item: Commitment) -> dict:
    """Everything a workflow step could write about ``item``."""
    return {
        "commitment": Commitment.objects.filter(pk=item.pk).values().get(),
        "events": list(CommitmentEvent.objects.filter(commitment=item).values()),
        "extensions": list(ExtensionRequest.objects.filter(commitment=item).values()),
        "closures": list(ClosureRequest.objects.filter(commitment=item).values()),
        "co_owners": list(CoOwnership.objects.filter(commitment=item).values()),
        "reports": list(ProgressReport.objects.filter(commitment=item).values("id")),
    }
