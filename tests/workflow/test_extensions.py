"""延期申请: owners ask before the deadline; a supervisor of the lead decides."""

from __future__ import annotations

import datetime

import pytest

from commitments import errors
from commitments.choices import EventKind, RequestState
from commitments.models import Commitment, ExtensionRequest
from commitments.services import workflow
from tests.workflow.conftest import PERSONAS, TODAY, error_code, snapshot

pytestmark = pytest.mark.django_db

#: Owners ask; supervisors decide (and change a deadline themselves), never ask.
ASKERS = {"lead_staff", "colleague", "co_staff"}
DECIDERS = {"supervisor", "global_supervisor", "admin"}


def ask_url(item) -> str:
    return f"/api/v1/commitments/{item.pk}/extension-requests/"


def later(item: Commitment, days: int = 30) -> str:
    return (item.deadline + datetime.timedelta(days=days)).isoformat()


def pending(world) -> ExtensionRequest:
    return workflow.request_extension(
        world.lead_staff,
        world.item,
        world.item.deadline + datetime.timedelta(days=30),
        "征地手续未完成",
    )


class TestAsking:
    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_owners_ask(self, world, api, persona):
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            ask_url(world.item),
            {"requested_deadline": later(world.item), "reason": "设备未到"},
            format="json",
        )
        if persona in ASKERS:
            assert response.status_code == 201, response.data
            assert response.data["state"] == "pending"
            assert response.data["requested_by"] == persona
            assert response.data["commitment"]["deadline"] == world.item.deadline.isoformat()
            assert response.data["commitment"]["pending_extension_request"] == response.data["id"]
        else:
            assert response.status_code == 403
            assert error_code(response) == "not_owner"
            assert "只有责任单位经办人可以申请延期" in response.data["message"]
            assert snapshot(world.item) == before

    def test_it_files_in_the_askers_department(self, world, api):
        response = api(world.co_staff).post(
            ask_url(world.item),
            {"requested_deadline": later(world.item), "reason": "配合延后"},
            format="json",
        )
        assert response.data["department"]["id"] == world.co.pk
        event = world.item.events.get()
        assert event.kind == EventKind.EXTENSION_REQUESTED
        assert event.changes == {
            "requested_deadline": [world.item.deadline.isoformat(), later(world.item)]
        }
        assert event.note == "配合延后"

    def test_it_refuses_a_second_pending_request(self, world, api):
        pending(world)
        before = snapshot(world.item)
        response = api(world.colleague).post(
            ask_url(world.item),
            {"requested_deadline": later(world.item, 60), "reason": "再延"},
            format="json",
        )
        assert response.status_code == 409
        assert error_code(response) == "extension_pending"
        assert snapshot(world.item) == before

    def test_it_refuses_an_owner_after_the_deadline_and_a_supervisor_at_any_time(self, world, api):
        Commitment.objects.filter(pk=world.item.pk).update(
            deadline=TODAY - datetime.timedelta(days=1)
        )
        world.item.refresh_from_db()
        body = {"requested_deadline": later(world.item, 40), "reason": "逾期补申请"}
        before = snapshot(world.item)
        response = api(world.lead_staff).post(ask_url(world.item), body, format="json")
        assert response.status_code == 409
        assert error_code(response) == "deadline_passed"
        assert snapshot(world.item) == before
        response = api(world.supervisor).post(ask_url(world.item), body, format="json")
        assert response.status_code == 403 and error_code(response) == "not_owner"
        assert snapshot(world.item) == before

    def test_it_accepts_a_request_on_the_deadline_day(self, world, api):
        Commitment.objects.filter(pk=world.item.pk).update(deadline=TODAY)
        world.item.refresh_from_db()
        response = api(world.lead_staff).post(
            ask_url(world.item),
            {"requested_deadline": later(world.item), "reason": "天气"},
            format="json",
        )
        assert response.status_code == 201

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"requested_deadline": "same", "reason": "理由"}, "requested_deadline"),
            ({"requested_deadline": "earlier", "reason": "理由"}, "requested_deadline"),
            ({"requested_deadline": "later", "reason": "  "}, "reason"),
            ({"requested_deadline": "later"}, "reason"),
            ({"requested_deadline": "not-a-date", "reason": "理由"}, "requested_deadline"),
        ],
    )
    def test_it_refuses_bad_input(self, world, api, body, field):
        dates = {
            "same": world.item.deadline.isoformat(),
            "later": later(world.item),
            "earlier": later(world.item, -1),
        }
        body = {
            **body,
            "requested_deadline": dates.get(body["requested_deadline"], body["requested_deadline"]),
        }
        before = snapshot(world.item)
        response = api(world.lead_staff).post(ask_url(world.item), body, format="json")
        assert response.status_code == 400
        assert error_code(response) == field
        assert snapshot(world.item) == before

    def test_it_refuses_a_request_on_a_completed_commitment(self, world, api):
        Commitment.objects.filter(pk=world.item.pk).update(
            status="completed", completed_at=datetime.datetime.now(datetime.UTC)
        )
        before = snapshot(world.item)
        response = api(world.lead_staff).post(
            ask_url(world.item),
            {"requested_deadline": later(world.item), "reason": "x"},
            format="json",
        )
        assert response.status_code == 409
        assert "已办结的事项不能申请延期" in str(response.data)
        assert snapshot(world.item) == before

    def test_it_lists_the_requests_oldest_first(self, world, api):
        first = pending(world)
        workflow.reject_extension(world.supervisor, first, "理由不充分")
        second = pending(world)
        response = api(world.outsider).get(ask_url(world.item))
        assert response.status_code == 200
        assert [r["id"] for r in response.data["results"]] == [first.pk, second.pk]
        assert response.data["results"][0]["state"] == "rejected"


class TestDeciding:
    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_the_leads_supervisors_approve(self, world, api, persona):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            f"/api/v1/extension-requests/{request.pk}/approve/", {"reason": "同意"}, format="json"
        )
        if persona in DECIDERS:
            assert response.status_code == 200, response.data
            assert response.data["state"] == "approved"
            assert response.data["decided_by"] == persona
            state = response.data["commitment"]
            assert state["deadline"] == request.requested_deadline.isoformat()
            assert state["original_deadline"] == world.item.original_deadline.isoformat()
            assert state["pending_extension_request"] is None
        else:
            assert response.status_code == 403
            assert error_code(response) == "not_supervisor"
            assert snapshot(world.item) == before

    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_the_leads_supervisors_reject(self, world, api, persona):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            f"/api/v1/extension-requests/{request.pk}/reject/",
            {"reason": "理由不充分"},
            format="json",
        )
        if persona in DECIDERS:
            assert response.status_code == 200
            assert response.data["state"] == "rejected"
            assert response.data["decision_reason"] == "理由不充分"
            assert response.data["commitment"]["deadline"] == world.item.deadline.isoformat()
        else:
            assert response.status_code == 403
            assert snapshot(world.item) == before

    def test_it_moves_the_deadline_and_keeps_the_original(self, world):
        original = world.item.deadline
        request = pending(world)
        workflow.approve_extension(world.supervisor, request)
        world.item.refresh_from_db()
        assert world.item.deadline == request.requested_deadline
        assert world.item.original_deadline == original
        assert "deadline" in world.item.edited_fields
        event = world.item.events.latest("id")
        assert event.kind == EventKind.EXTENSION_APPROVED
        assert event.actor == world.supervisor
        assert event.changes == {
            "deadline": [original.isoformat(), request.requested_deadline.isoformat()]
        }

    def test_it_keeps_the_original_deadline_through_two_extensions(self, world):
        original = world.item.deadline
        workflow.approve_extension(world.supervisor, pending(world))
        world.item.refresh_from_db()
        second = workflow.request_extension(
            world.lead_staff,
            world.item,
            world.item.deadline + datetime.timedelta(days=10),
            "再延十天",
        )
        workflow.approve_extension(world.global_supervisor, second)
        world.item.refresh_from_db()
        assert world.item.original_deadline == original
        assert world.item.deadline == original + datetime.timedelta(days=40)

    def test_it_refuses_a_supervisor_deciding_their_own_request(self, world, api):
        # Filed before supervisors stopped asking (the service refuses them now).
        request = ExtensionRequest.objects.create(
            commitment=world.item,
            department=world.lead,
            requested_by=world.supervisor,
            current_deadline=world.item.deadline,
            requested_deadline=world.item.deadline + datetime.timedelta(days=5),
            reason="督办人代为申请",
        )
        before = snapshot(world.item)
        response = api(world.supervisor).post(
            f"/api/v1/extension-requests/{request.pk}/approve/", format="json"
        )
        assert response.status_code == 403
        assert error_code(response) == "own_request"
        assert snapshot(world.item) == before
        response = api(world.global_supervisor).post(
            f"/api/v1/extension-requests/{request.pk}/approve/", format="json"
        )
        assert response.status_code == 200

    def test_it_refuses_the_owner_approving_its_own_request(self, world, api):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.lead_staff).post(
            f"/api/v1/extension-requests/{request.pk}/approve/", format="json"
        )
        assert response.status_code == 403
        assert snapshot(world.item) == before

    def test_it_refuses_deciding_twice(self, world, api):
        request = pending(world)
        workflow.approve_extension(world.supervisor, request)
        before = snapshot(world.item)
        for action in ("approve", "reject"):
            response = api(world.global_supervisor).post(
                f"/api/v1/extension-requests/{request.pk}/{action}/",
                {"reason": "再审"},
                format="json",
            )
            assert response.status_code == 409
            assert error_code(response) == "request_decided"
        assert snapshot(world.item) == before

    def test_it_requires_a_reason_to_reject(self, world, api):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.supervisor).post(
            f"/api/v1/extension-requests/{request.pk}/reject/", {"reason": ""}, format="json"
        )
        assert response.status_code == 400
        assert error_code(response) == "reason"
        assert snapshot(world.item) == before

    def test_it_refuses_an_approval_made_stale_by_a_deadline_edit(self, world):
        request = pending(world)
        Commitment.objects.filter(pk=world.item.pk).update(deadline=request.requested_deadline)
        with pytest.raises(errors.Conflict) as refused:
            workflow.approve_extension(world.supervisor, request)
        assert refused.value.code == "extension_stale"
        request.refresh_from_db()
        assert request.state == RequestState.PENDING

    def test_it_answers_404_for_an_unknown_request(self, world, api):
        response = api(world.supervisor).post("/api/v1/extension-requests/999999/approve/")
        assert response.status_code == 404
