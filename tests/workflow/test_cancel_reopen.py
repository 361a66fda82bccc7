"""Cancel and reopen: a closed commitment takes nothing new until reopened."""

from __future__ import annotations

import datetime

import pytest

from commitments import errors
from commitments.choices import ClosureState, EventKind, RequestState, Status
from commitments.services import workflow
from tests.workflow.conftest import PERSONAS, error_code, report, snapshot

pytestmark = pytest.mark.django_db

DECIDERS = {"supervisor", "global_supervisor", "admin"}


def cancel_url(item) -> str:
    return f"/api/v1/commitments/{item.pk}/cancel/"


def reopen_url(item) -> str:
    return f"/api/v1/commitments/{item.pk}/reopen/"


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_lets_only_the_leads_supervisors_cancel(world, api, persona):
    before = snapshot(world.item)
    response = api(world.who(persona)).post(
        cancel_url(world.item), {"reason": "并入其他事项"}, format="json"
    )
    if persona in DECIDERS:
        assert response.status_code == 200
        assert response.data["status"] == Status.CANCELLED
    else:
        assert response.status_code == 403
        assert snapshot(world.item) == before


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_lets_only_the_leads_supervisors_reopen(world, api, persona):
    workflow.cancel(world.supervisor, world.item)
    before = snapshot(world.item)
    response = api(world.who(persona)).post(
        reopen_url(world.item), {"reason": "验收发现问题"}, format="json"
    )
    if persona in DECIDERS:
        assert response.status_code == 200
        assert response.data["status"] == Status.NOT_STARTED
    else:
        assert response.status_code == 403
        assert snapshot(world.item) == before


def test_it_withdraws_pending_requests_when_cancelling(world):
    report(world.item, world.lead_staff, world.lead)
    report(world.item, world.co_staff, world.co)
    extension = workflow.request_extension(
        world.lead_staff, world.item, world.item.deadline + datetime.timedelta(days=3), "等待"
    )
    closure = workflow.request_closure(world.lead_staff, world.item, "完成")
    workflow.cancel(world.supervisor, world.item, "上级要求取消")
    extension.refresh_from_db()
    closure.refresh_from_db()
    assert extension.state == RequestState.REJECTED
    assert closure.state == ClosureState.RETURNED
    kinds = list(world.item.events.values_list("kind", flat=True))
    assert kinds[-3:] == [
        EventKind.CANCELLED,
        EventKind.EXTENSION_REJECTED,
        EventKind.CLOSURE_RETURNED,
    ]


def test_it_refuses_cancelling_a_completed_commitment(world, api):
    report(world.item, world.lead_staff, world.lead)
    workflow.excuse_co_owner(world.supervisor, world.item, world.co)
    workflow.accept_closure(
        world.supervisor, workflow.request_closure(world.lead_staff, world.item, "完成")
    )
    before = snapshot(world.item)
    response = api(world.supervisor).post(cancel_url(world.item))
    assert response.status_code == 409
    assert error_code(response) == "commitment_closed"
    assert snapshot(world.item) == before


def test_it_refuses_reopening_an_open_commitment(world, api):
    before = snapshot(world.item)
    response = api(world.supervisor).post(reopen_url(world.item))
    assert response.status_code == 409
    assert error_code(response) == "commitment_open"
    assert snapshot(world.item) == before


def test_it_reopens_a_completed_commitment_where_it_was(world):
    report(world.item, world.lead_staff, world.lead, percent=70, status=Status.AT_RISK)
    workflow.excuse_co_owner(world.supervisor, world.item, world.co)
    workflow.accept_closure(
        world.supervisor, workflow.request_closure(world.lead_staff, world.item, "完成")
    )
    item = workflow.reopen(world.global_supervisor, world.item, "验收发现问题")
    assert (item.status, item.percent, item.completed_at) == (Status.AT_RISK, 70, None)
    event = item.events.latest("id")
    assert event.kind == EventKind.REOPENED
    assert event.changes["status"] == [Status.COMPLETED, Status.AT_RISK]
    assert event.changes["percent"] == [100, 70]
    assert event.changes["completed_at"][1] is None


@pytest.mark.parametrize(
    "step", ["acknowledge", "request_extension", "request_closure", "excuse_co_owner", "cancel"]
)
def test_it_refuses_every_step_on_a_cancelled_commitment(world, step):
    report(world.item, world.co_staff, world.co)
    workflow.cancel(world.supervisor, world.item)
    before = snapshot(world.item)
    calls = {
        "acknowledge": lambda: workflow.acknowledge(world.lead_staff, world.item),
        "request_extension": lambda: workflow.request_extension(
            world.lead_staff, world.item, world.item.deadline + datetime.timedelta(days=1), "x"
        ),
        "request_closure": lambda: workflow.request_closure(world.lead_staff, world.item, "x"),
        "excuse_co_owner": lambda: workflow.excuse_co_owner(world.supervisor, world.item, world.co),
        "cancel": lambda: workflow.cancel(world.supervisor, world.item),
    }
    with pytest.raises(errors.Conflict) as refused:
        calls[step]()
    assert refused.value.code == "commitment_closed"
    assert refused.value.message.startswith("已取消的事项不能")
    assert snapshot(world.item) == before


def test_it_accepts_new_requests_after_reopening(world):
    workflow.cancel(world.supervisor, world.item)
    workflow.reopen(world.supervisor, world.item, "恢复督办")
    request = workflow.request_extension(
        world.lead_staff, world.item, world.item.deadline + datetime.timedelta(days=1), "恢复"
    )
    assert request.state == RequestState.PENDING


def test_it_gives_the_report_service_a_closed_check(world):
    workflow.cancel(world.supervisor, world.item)
    world.item.refresh_from_db()
    with pytest.raises(errors.Conflict) as refused:
        workflow.ensure_open(world.item, "report")
    assert refused.value.message == "已取消的事项不能报送进度"


@pytest.mark.parametrize("reason", ["", "  \n "])
def test_it_refuses_a_blank_reason_when_the_caller_asks_for_one(world, reason):
    """The workspace's cancel form passes ``reason_required=True``; nothing is written."""
    before = snapshot(world.item)
    with pytest.raises(errors.Invalid) as refused:
        workflow.cancel(world.supervisor, world.item, reason, reason_required=True)
    assert refused.value.code == "reason_required"
    assert refused.value.errors == {"reason": ["请填写取消理由"]}
    assert snapshot(world.item) == before
    assert not world.item.events.filter(kind=EventKind.CANCELLED).exists()


def test_it_keeps_the_reason_it_requires(world):
    workflow.cancel(world.supervisor, world.item, "  并入其他事项 ", reason_required=True)
    world.item.refresh_from_db()
    assert world.item.status == Status.CANCELLED
    assert world.item.events.get(kind=EventKind.CANCELLED).note == "并入其他事项"


def test_it_still_cancels_through_the_api_without_a_reason(world, api):
    """SPEC §4: ``PATCH`` with status ``cancelled`` names no reason; scripts rely on it.
    The optional ``note`` (PATCH) and ``reason`` (POST …/cancel/) are kept as the reason."""
    url = f"/api/v1/commitments/{world.item.pk}/"
    response = api(world.supervisor).patch(url, {"status": "cancelled"}, format="json")
    assert response.status_code == 200, response.data
    world.item.refresh_from_db()
    assert world.item.status == Status.CANCELLED

    workflow.reopen(world.supervisor, world.item, "恢复督办")
    response = api(world.supervisor).patch(
        url, {"status": "cancelled", "note": "并入其他事项"}, format="json"
    )
    assert response.status_code == 200, response.data
    notes = list(
        world.item.events.filter(kind=EventKind.CANCELLED)
        .order_by("id")
        .values_list("note", flat=True)
    )
    assert notes == ["", "并入其他事项"]

    workflow.reopen(world.supervisor, world.item, "恢复督办")
    assert api(world.supervisor).post(cancel_url(world.item), format="json").status_code == 200


@pytest.mark.parametrize("reason", [None, "", "  \n "])
def test_it_refuses_to_reopen_without_a_reason_through_the_api(world, api, reason):
    """A pledge declared done or cancelled is taken back up: the history says why."""
    workflow.cancel(world.supervisor, world.item)
    before = snapshot(world.item)
    body = {} if reason is None else {"reason": reason}
    response = api(world.supervisor).post(reopen_url(world.item), body, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "validation_error"
    assert "请填写重新打开的理由" in response.json()["message"]
    assert response.json()["errors"] == {"reason": ["请填写重新打开的理由"]}
    assert snapshot(world.item) == before
    assert not world.item.events.filter(kind=EventKind.REOPENED).exists()


def test_it_keeps_the_reason_of_a_reopening_in_the_history(world, api):
    workflow.cancel(world.supervisor, world.item)
    response = api(world.supervisor).post(
        reopen_url(world.item), {"reason": " 撤销有误 "}, format="json"
    )
    assert response.status_code == 200, response.json()
    assert world.item.events.get(kind=EventKind.REOPENED).note == "撤销有误"


def test_it_refuses_a_reopening_patch_without_a_note(world, api):
    """PATCH reopens with a status; its reason is the ``note``, required then."""
    workflow.cancel(world.supervisor, world.item)
    url = f"/api/v1/commitments/{world.item.pk}/"
    response = api(world.supervisor).patch(url, {"status": "on_track"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"note": ["请填写重新打开的理由"]}
    world.item.refresh_from_db()
    assert world.item.status == Status.CANCELLED
    response = api(world.supervisor).patch(
        url, {"status": "on_track", "note": "误撤销"}, format="json"
    )
    assert response.status_code == 200
    assert world.item.events.get(kind=EventKind.REOPENED).note == "误撤销"
