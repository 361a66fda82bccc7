"""History: every step, oldest first, readable by anyone signed in."""

from __future__ import annotations

import datetime

import pytest

from commitments.services import workflow
from tests.workflow.conftest import PERSONAS

pytestmark = pytest.mark.django_db


def history(api, user, item) -> list[dict]:
    response = api(user).get(f"/api/v1/commitments/{item.pk}/history/")
    assert response.status_code == 200
    return response.data["results"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_shows_history_to_everyone_signed_in(world, api, persona):
    workflow.acknowledge(world.lead_staff, world.item, note="收到")
    assert [e["kind"] for e in history(api, world.who(persona), world.item)] == ["acknowledged"]


def test_it_refuses_anonymous_readers(world, client):
    response = client.get(f"/api/v1/commitments/{world.item.pk}/history/")
    assert response.status_code in (401, 403)


def test_it_lists_events_oldest_first_with_who_what_and_when(world, api):
    workflow.acknowledge(world.lead_staff, world.item, note="收到")
    request = workflow.request_extension(
        world.co_staff, world.item, world.item.deadline + datetime.timedelta(days=30), "配合延后"
    )
    workflow.reject_extension(world.supervisor, request, "理由不充分")
    events = history(api, world.outsider, world.item)
    assert [(e["kind"], e["kind_label"], e["actor"]) for e in events] == [
        ("acknowledged", "签收", "lead_staff"),
        ("extension_requested", "申请延期", "co_staff"),
        ("extension_rejected", "延期驳回", "supervisor"),
    ]
    assert events[0]["department"] == {"id": world.lead.pk, "name": "牵头局"}
    assert events[1]["department"]["name"] == "配合局"
    assert events[1]["changes"]["requested_deadline"][1] == request.requested_deadline.isoformat()
    assert events[2]["note"] == "理由不充分"
    assert all(e["time"] for e in events)


def test_it_answers_404_for_the_history_of_an_unknown_commitment(world, api):
    assert api(world.outsider).get("/api/v1/commitments/999999/history/").status_code == 404
