"""签收: owner departments acknowledge, once each; nobody else can."""

from __future__ import annotations

import pytest

from commitments.choices import EventKind
from commitments.services import workflow
from tests.workflow.conftest import PERSONAS, error_code, snapshot

pytestmark = pytest.mark.django_db

ALLOWED = {"lead_staff", "colleague", "co_staff"}


def url(item) -> str:
    return f"/api/v1/commitments/{item.pk}/acknowledge/"


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_lets_only_owner_staff_acknowledge(world, api, persona):
    before = snapshot(world.item)
    response = api(world.who(persona)).post(url(world.item), {"note": "收到"}, format="json")
    if persona in ALLOWED:
        assert response.status_code == 200, response.data
        assert response.data["original_deadline"] == world.item.original_deadline.isoformat()
        assert response.data["deadline"] == world.item.deadline.isoformat()
    else:
        assert response.status_code == 403
        assert error_code(response) in {"not_owner"}
        assert snapshot(world.item) == before


def test_it_fills_acknowledged_at_for_the_lead(world, api):
    response = api(world.lead_staff).post(url(world.item), format="json")
    world.item.refresh_from_db()
    assert world.item.acknowledged_by == world.lead_staff
    assert world.item.acknowledged_at is not None
    assert response.data["acknowledged_by"] == "lead_staff"
    assert response.data["acknowledged_departments"] == [world.lead.pk]
    event = world.item.events.get()
    assert (event.kind, event.actor, event.department) == (
        EventKind.ACKNOWLEDGED,
        world.lead_staff,
        world.lead,
    )
    assert event.changes["acknowledged_by"] == [None, "lead_staff"]


def test_it_records_a_co_owner_acknowledgment_without_touching_the_lead_fields(world, api):
    response = api(world.co_staff).post(url(world.item), format="json")
    assert response.status_code == 200
    world.item.refresh_from_db()
    assert world.item.acknowledged_at is None
    assert response.data["acknowledged_departments"] == [world.co.pk]
    assert response.data["co_owners"][0]["acknowledged"] is True
    assert world.item.events.get().department == world.co


def test_it_refuses_a_second_acknowledgment_by_the_same_department(world, api):
    api(world.lead_staff).post(url(world.item), format="json")
    before = snapshot(world.item)
    response = api(world.colleague).post(url(world.item), format="json")
    assert response.status_code == 409
    assert error_code(response) == "already_acknowledged"
    assert snapshot(world.item) == before


def test_it_lets_lead_and_co_owner_each_acknowledge_once(world, api):
    assert api(world.lead_staff).post(url(world.item)).status_code == 200
    assert api(world.co_staff).post(url(world.item)).status_code == 200
    assert world.item.events.filter(kind=EventKind.ACKNOWLEDGED).count() == 2


def test_it_refuses_acknowledging_a_cancelled_commitment(world, api):
    workflow.cancel(world.supervisor, world.item, "并入其他事项")
    before = snapshot(world.item)
    response = api(world.lead_staff).post(url(world.item))
    assert response.status_code == 409
    assert error_code(response) == "commitment_closed"
    assert "已取消的事项不能签收" in str(response.data)
    assert snapshot(world.item) == before


def test_it_answers_404_for_an_unknown_commitment(world, api):
    assert api(world.lead_staff).post("/api/v1/commitments/999999/acknowledge/").status_code == 404
