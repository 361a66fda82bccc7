"""Supervisors' PATCH: owners, deadline, milestones, cancel/reopen, all in history."""

from __future__ import annotations

import datetime

from commitments.choices import EventKind, OwnerSource, Status
from commitments.models import Commitment, CommitmentEvent
from tests.api.conftest import TODAY, detail_url, report_body, reports_url, snapshot


def _patch(api, world, body, persona="supervisor", item=None):
    return api(persona).patch(detail_url(item or world.item), body, format="json")


def test_it_moves_the_deadline_and_keeps_the_original(world, api):
    original = world.item.original_deadline
    later = TODAY + datetime.timedelta(days=120)
    response = _patch(api, world, {"deadline": later.isoformat(), "note": "因征地延后"})
    assert response.status_code == 200
    assert response.data["deadline"] == later.isoformat()
    assert response.data["original_deadline"] == original.isoformat()
    event = CommitmentEvent.objects.get(commitment=world.item, kind=EventKind.EDITED)
    assert event.actor == world.user("supervisor")
    assert event.changes == {"deadline": [world.item.deadline.isoformat(), later.isoformat()]}
    assert event.note == "因征地延后"
    assert Commitment.objects.get(pk=world.item.pk).edited_fields == ["deadline"]


def test_it_hands_the_lead_to_another_department(world, api):
    Commitment.objects.filter(pk=world.item.pk).update(
        acknowledged_at=datetime.datetime(2024, 1, 5, tzinfo=datetime.UTC),
        acknowledged_by=world.user("owner"),
    )
    response = _patch(api, world, {"lead_owner": world.other.pk}, persona="global_supervisor")
    assert response.status_code == 200
    item = Commitment.objects.get(pk=world.item.pk)
    assert item.lead_owner == world.other
    assert item.owner_source == OwnerSource.MANUAL
    # the new lead has yet to acknowledge it, so the reminders ask them to
    assert (item.acknowledged_at, item.acknowledged_by) == (None, None)
    event = CommitmentEvent.objects.get(commitment=item, kind=EventKind.EDITED)
    assert event.changes["lead_owner"] == [
        {"id": world.lead.pk, "name": "牵头局"},
        {"id": world.other.pk, "name": "无关局"},
    ]
    # the new lead files, the old one no longer may
    assert api("outsider").post(reports_url(item), report_body(), format="json").status_code == 201
    assert api("owner").post(reports_url(item), report_body(), format="json").status_code == 403


def test_it_keeps_a_scoped_supervisor_within_their_departments(world, api):
    before = snapshot()
    response = _patch(api, world, {"lead_owner": world.other.pk})
    assert response.status_code == 400
    assert "lead_owner" in response.data["errors"]
    assert snapshot() == before


def test_it_replaces_co_owners_and_milestones(world, api):
    due = (TODAY + datetime.timedelta(days=10)).isoformat()
    body = {"co_owners": [world.other.pk], "milestones": [{"due": due, "text": "开工"}]}
    response = _patch(api, world, body, persona="admin")
    assert response.status_code == 200
    assert [o["department"]["name"] for o in response.data["owners"]] == ["牵头局", "无关局"]
    assert [(m["due"], m["text"]) for m in response.data["milestones"]] == [(due, "开工")]
    item = Commitment.objects.get(pk=world.item.pk)
    assert item.edited_fields == ["co_owners", "milestones"]
    changes = CommitmentEvent.objects.get(commitment=item, kind=EventKind.EDITED).changes
    assert changes["co_owners"][0] == [{"id": world.co.pk, "name": "配合局"}]


def test_it_refuses_the_lead_as_its_own_co_owner_rather_than_dropping_it(world, api):
    before = snapshot()
    body = {"co_owners": [world.item.lead_owner_id, world.other.pk]}
    response = _patch(api, world, body)
    assert response.status_code == 400
    assert response.data["errors"] == {"co_owners": ["“牵头局”是牵头单位，不能同时作为配合单位"]}
    assert snapshot() == before
    # Handing the lead to a co-owner that the list still names: refused the same way.
    body = {"lead_owner": world.co.pk, "co_owners": [world.co.pk]}
    response = _patch(api, world, body, persona="global_supervisor")
    assert response.status_code == 400
    assert "“配合局”是牵头单位" in response.data["errors"]["co_owners"][0]
    assert snapshot() == before


def test_it_refuses_a_milestone_after_the_deadline(world, api):
    late = (world.item.deadline + datetime.timedelta(days=1)).isoformat()
    before = snapshot()
    response = _patch(api, world, {"milestones": [{"due": late, "text": "x"}]})
    assert response.status_code == 400
    assert snapshot() == before


def test_it_cancels_and_reopens(world, api):
    api("owner").post(
        reports_url(world.item), report_body(status="at_risk", percent=30), format="json"
    )
    cancelled = _patch(api, world, {"status": "cancelled", "note": "并入其他事项"})
    assert cancelled.status_code == 200
    assert cancelled.data["status"] == Status.CANCELLED
    refused = api("owner").post(reports_url(world.item), report_body(), format="json")
    assert refused.status_code == 409
    reopened = _patch(api, world, {"status": "on_track", "note": "误撤销"})
    assert reopened.status_code == 200
    assert reopened.data["status"] == Status.AT_RISK  # where it was before cancelling
    kinds = list(
        CommitmentEvent.objects.filter(commitment=world.item)
        .order_by("id")
        .values_list("kind", flat=True)
    )
    assert kinds == [EventKind.REPORTED, EventKind.CANCELLED, EventKind.REOPENED]
    assert "status" in Commitment.objects.get(pk=world.item.pk).edited_fields


def test_it_refuses_other_status_changes(world, api):
    before = snapshot()
    for status in ("completed", "at_risk"):
        response = _patch(api, world, {"status": status})
        assert response.status_code == 400
        assert "status" in response.data["errors"]
    assert snapshot() == before


def test_it_writes_nothing_when_nothing_changes(world, api):
    before = snapshot()
    response = _patch(api, world, {"deadline": world.item.deadline.isoformat()})
    assert response.status_code == 200
    assert snapshot() == before


def test_it_refuses_unknown_departments(world, api):
    for value in (999999, 2**70, "x", True):
        response = _patch(api, world, {"lead_owner": value}, persona="admin")
        assert response.status_code == 400, value
