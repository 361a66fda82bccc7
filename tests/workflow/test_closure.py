"""申请办结 → 审核 → 办结/退回, and excusing a co-owner that never reported."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import EventKind, RequestState, Status
from commitments.models import ClosureRequest
from commitments.services import workflow
from tests.workflow.conftest import PERSONAS, error_code, report, snapshot

pytestmark = pytest.mark.django_db

DECIDERS = {"supervisor", "global_supervisor", "admin"}
EVIDENCE = ["https://oa.example.gov.cn/files/acceptance.pdf"]


def ask_url(item) -> str:
    return f"/api/v1/commitments/{item.pk}/closure-requests/"


def both_reported(world) -> None:
    report(world.item, world.lead_staff, world.lead, percent=90)
    report(world.item, world.co_staff, world.co, percent=80)


def pending(world) -> ClosureRequest:
    both_reported(world)
    return workflow.request_closure(world.lead_staff, world.item, "电站已并网", EVIDENCE)


class TestAsking:
    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_the_lead_ask(self, world, api, persona):
        both_reported(world)
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            ask_url(world.item), {"summary": "电站已并网", "evidence": EVIDENCE}, format="json"
        )
        if persona in {"lead_staff", "colleague"}:
            assert response.status_code == 201, response.data
            assert response.data["state"] == "pending"
            assert response.data["evidence"] == EVIDENCE
            assert response.data["commitment"]["status"] == Status.ON_TRACK
            assert response.data["commitment"]["pending_closure_request"] == response.data["id"]
        else:
            assert response.status_code == 403
            assert error_code(response) == "not_lead"
            assert snapshot(world.item) == before

    def test_it_refuses_closing_before_the_co_owner_reported(self, world, api):
        report(world.item, world.lead_staff, world.lead, percent=100)
        before = snapshot(world.item)
        response = api(world.lead_staff).post(
            ask_url(world.item), {"summary": "完成"}, format="json"
        )
        assert response.status_code == 409
        assert error_code(response) == "co_owner_not_reported"
        assert "配合局" in str(response.data)
        assert snapshot(world.item) == before

    def test_it_allows_closing_once_a_supervisor_excused_the_co_owner(self, world, api):
        report(world.item, world.lead_staff, world.lead, percent=100)
        response = api(world.supervisor).post(
            f"/api/v1/commitments/{world.item.pk}/co-owners/{world.co.pk}/excuse/",
            {"reason": "配合任务已取消"},
            format="json",
        )
        assert response.status_code == 200
        assert response.data["co_owners"][0]["excused_by"] == "supervisor"
        assert response.data["co_owners"][0]["has_reported"] is False
        response = api(world.lead_staff).post(
            ask_url(world.item), {"summary": "完成"}, format="json"
        )
        assert response.status_code == 201

    def test_it_refuses_a_second_pending_request(self, world, api):
        pending(world)
        before = snapshot(world.item)
        response = api(world.colleague).post(
            ask_url(world.item), {"summary": "再次申请"}, format="json"
        )
        assert response.status_code == 409
        assert error_code(response) == "closure_pending"
        assert snapshot(world.item) == before

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"summary": ""}, "summary"),
            ({"summary": "完成", "evidence": ["not a link"]}, "evidence"),
            ({"evidence": EVIDENCE}, "summary"),
        ],
    )
    def test_it_refuses_bad_input(self, world, api, body, field):
        both_reported(world)
        before = snapshot(world.item)
        response = api(world.lead_staff).post(ask_url(world.item), body, format="json")
        assert response.status_code == 400
        assert error_code(response) == field
        assert snapshot(world.item) == before

    @pytest.mark.parametrize("closed", [Status.COMPLETED, Status.CANCELLED])
    def test_it_refuses_asking_on_a_closed_commitment(self, world, api, closed):
        both_reported(world)
        if closed == Status.CANCELLED:
            workflow.cancel(world.supervisor, world.item)
        else:
            workflow.accept_closure(
                world.supervisor, workflow.request_closure(world.lead_staff, world.item, "完成")
            )
        before = snapshot(world.item)
        response = api(world.lead_staff).post(
            ask_url(world.item), {"summary": "再申请"}, format="json"
        )
        assert response.status_code == 409
        label = "已取消" if closed == Status.CANCELLED else "已办结"
        assert f"{label}的事项不能申请办结" in str(response.data)
        assert snapshot(world.item) == before


class TestDeciding:
    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_the_leads_supervisors_accept(self, world, api, persona):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            f"/api/v1/closure-requests/{request.pk}/accept/", format="json"
        )
        if persona in DECIDERS:
            assert response.status_code == 200, response.data
            state = response.data["commitment"]
            assert (response.data["state"], state["status"], state["percent"]) == (
                "accepted",
                "completed",
                100,
            )
            assert state["completed_at"] is not None
        else:
            assert response.status_code == 403
            assert snapshot(world.item) == before

    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_the_leads_supervisors_return(self, world, api, persona):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            f"/api/v1/closure-requests/{request.pk}/return/",
            {"reason": "缺少验收报告"},
            format="json",
        )
        if persona in DECIDERS:
            assert response.status_code == 200
            assert response.data["state"] == "returned"
            assert response.data["commitment"]["status"] == Status.ON_TRACK
            assert response.data["commitment"]["percent"] == 90
            assert response.data["commitment"]["completed_at"] is None
        else:
            assert response.status_code == 403
            assert snapshot(world.item) == before

    def test_it_requires_a_reason_to_return(self, world, api):
        request = pending(world)
        before = snapshot(world.item)
        response = api(world.supervisor).post(
            f"/api/v1/closure-requests/{request.pk}/return/", {}, format="json"
        )
        assert response.status_code == 400
        assert error_code(response) == "reason"
        assert snapshot(world.item) == before

    def test_it_refuses_deciding_twice(self, world, api):
        request = pending(world)
        workflow.return_closure(world.supervisor, request, "补充材料")
        before = snapshot(world.item)
        response = api(world.supervisor).post(f"/api/v1/closure-requests/{request.pk}/accept/")
        assert response.status_code == 409
        assert error_code(response) == "request_decided"
        assert snapshot(world.item) == before

    def test_it_records_accepting_in_history(self, world):
        request = pending(world)
        workflow.accept_closure(world.supervisor, request, "同意办结")
        event = world.item.events.latest("id")
        assert event.kind == EventKind.CLOSURE_ACCEPTED
        assert event.changes["status"] == [Status.ON_TRACK, Status.COMPLETED]
        assert event.changes["percent"] == [90, 100]
        assert event.changes["completed_at"][0] is None
        assert event.note == "同意办结"

    def test_it_closes_a_pending_extension_when_accepting(self, world):
        request = pending(world)
        extension = workflow.request_extension(
            world.lead_staff, world.item, world.item.deadline + datetime.timedelta(days=9), "备用"
        )
        workflow.accept_closure(world.supervisor, request)
        extension.refresh_from_db()
        assert extension.state == RequestState.REJECTED
        assert "已办结" in extension.decision_reason


class TestExcusing:
    @pytest.mark.parametrize("persona", PERSONAS)
    def test_it_lets_only_the_leads_supervisors_excuse(self, world, api, persona):
        before = snapshot(world.item)
        response = api(world.who(persona)).post(
            f"/api/v1/commitments/{world.item.pk}/co-owners/{world.co.pk}/excuse/",
            {"reason": "不再参与"},
            format="json",
        )
        if persona in DECIDERS:
            assert response.status_code == 200
            event = world.item.events.get()
            assert (event.kind, event.department, event.note) == (
                EventKind.CO_OWNER_EXCUSED,
                world.co,
                "不再参与",
            )
        else:
            assert response.status_code == 403
            assert snapshot(world.item) == before

    def test_it_refuses_excusing_a_department_that_is_not_a_co_owner(self, world, api):
        before = snapshot(world.item)
        response = api(world.supervisor).post(
            f"/api/v1/commitments/{world.item.pk}/co-owners/{world.other.pk}/excuse/"
        )
        assert response.status_code == 404
        assert error_code(response) == "not_co_owner"
        assert snapshot(world.item) == before

    def test_it_refuses_excusing_twice(self, world, api):
        workflow.excuse_co_owner(world.supervisor, world.item, world.co)
        before = snapshot(world.item)
        response = api(world.global_supervisor).post(
            f"/api/v1/commitments/{world.item.pk}/co-owners/{world.co.pk}/excuse/"
        )
        assert response.status_code == 409
        assert error_code(response) == "already_excused"
        assert snapshot(world.item) == before
