"""The walk of issue 9, through the API with tokens, as a new user would:
acknowledge → reports by lead and co-owner → extension asked and approved →
close-out returned → close-out accepted, reading the history and both
deadlines after each step, then the refused transitions."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import Status
from tests.workflow.conftest import TODAY, error_code

pytestmark = pytest.mark.django_db


class Walk:
    def __init__(self, world, api) -> None:
        self.world, self.item = world, world.item
        self.lead, self.co = api(world.lead_staff), api(world.co_staff)
        self.supervisor, self.outsider = api(world.supervisor), api(world.outsider)
        self.base = f"/api/v1/commitments/{self.item.pk}"

    def deadlines(self) -> tuple[str, str]:
        """Both deadlines as the commitment's own detail endpoint shows them."""
        detail = self.outsider.get(f"{self.base}/").data
        return detail["original_deadline"], detail["deadline"]

    def history(self) -> list[tuple[str, str]]:
        events = self.outsider.get(f"{self.base}/history/").data["results"]
        return [(e["kind"], e["actor"]) for e in events]

    def file_report(self, client, percent: int) -> dict:
        response = client.post(
            f"{self.base}/reports/",
            {
                "status": Status.ON_TRACK,
                "percent": percent,
                "as_of": TODAY.isoformat(),
                "narrative": f"完成{percent}%",
            },
            format="json",
        )
        assert response.status_code == 201, response.data
        return response.data


def test_it_walks_one_commitment_from_acknowledgment_to_completion(world, api):
    walk = Walk(world, api)
    original = world.item.original_deadline.isoformat()

    state = walk.lead.post(f"{walk.base}/acknowledge/").data
    assert (state["original_deadline"], state["deadline"]) == (original, original)
    assert walk.co.post(f"{walk.base}/acknowledge/").status_code == 200
    assert walk.history() == [("acknowledged", "lead_staff"), ("acknowledged", "co_staff")]

    walk.file_report(walk.lead, 60)
    walk.file_report(walk.co, 50)
    assert walk.history()[-2:] == [("reported", "lead_staff"), ("reported", "co_staff")]
    assert walk.deadlines() == (original, original)

    extended = (world.item.deadline + datetime.timedelta(days=31)).isoformat()
    asked = walk.lead.post(
        f"{walk.base}/extension-requests/",
        {"requested_deadline": extended, "reason": "设备到货延迟"},
        format="json",
    )
    assert asked.status_code == 201
    assert asked.data["commitment"]["deadline"] == original
    approved = walk.supervisor.post(
        f"/api/v1/extension-requests/{asked.data['id']}/approve/",
        {"reason": "同意延期"},
        format="json",
    )
    assert approved.status_code == 200
    assert (
        approved.data["commitment"]["original_deadline"],
        approved.data["commitment"]["deadline"],
    ) == (original, extended)
    assert walk.history()[-2:] == [
        ("extension_requested", "lead_staff"),
        ("extension_approved", "supervisor"),
    ]
    assert walk.deadlines() == (original, extended)

    closing = walk.lead.post(
        f"{walk.base}/closure-requests/",
        {"summary": "电站已建成", "evidence": ["https://oa.example/1.pdf"]},
        format="json",
    )
    assert closing.status_code == 201
    returned = walk.supervisor.post(
        f"/api/v1/closure-requests/{closing.data['id']}/return/",
        {"reason": "缺少并网验收单"},
        format="json",
    )
    assert returned.status_code == 200
    assert returned.data["commitment"]["status"] == Status.ON_TRACK
    assert (
        returned.data["commitment"]["original_deadline"],
        returned.data["commitment"]["deadline"],
    ) == (original, extended)
    assert walk.history()[-2:] == [
        ("closure_requested", "lead_staff"),
        ("closure_returned", "supervisor"),
    ]

    walk.file_report(walk.lead, 100)
    closing = walk.lead.post(
        f"{walk.base}/closure-requests/",
        {"summary": "已补充验收单", "evidence": ["https://oa.example/2.pdf"]},
        format="json",
    )
    assert closing.status_code == 201
    accepted = walk.supervisor.post(
        f"/api/v1/closure-requests/{closing.data['id']}/accept/", format="json"
    )
    assert accepted.status_code == 200
    state = accepted.data["commitment"]
    assert (state["status"], state["percent"]) == (Status.COMPLETED, 100)
    assert (state["original_deadline"], state["deadline"]) == (original, extended)
    assert walk.history()[-2:] == [
        ("closure_requested", "lead_staff"),
        ("closure_accepted", "supervisor"),
    ]
    assert walk.deadlines() == (original, extended)

    # A completed commitment takes no new reports or requests.
    refused = walk.lead.post(
        f"{walk.base}/extension-requests/",
        {"requested_deadline": extended, "reason": "再延"},
        format="json",
    )
    assert (refused.status_code, error_code(refused)) == (409, "commitment_closed")
    late_report = walk.co.post(
        f"{walk.base}/reports/",
        {"status": Status.ON_TRACK, "percent": 100, "as_of": TODAY.isoformat()},
        format="json",
    )
    assert (late_report.status_code, error_code(late_report)) == (409, "commitment_closed")
    assert "已办结的事项不能报送进度" in late_report.data["message"]
    assert walk.history()[-1] == ("closure_accepted", "supervisor")


def test_it_refuses_the_transitions_the_issue_names(world, api):
    walk = Walk(world, api)
    outsider_ack = walk.outsider.post(f"{walk.base}/acknowledge/")
    assert outsider_ack.status_code == 403

    walk.file_report(walk.lead, 90)
    early_close = walk.lead.post(
        f"{walk.base}/closure-requests/", {"summary": "完成"}, format="json"
    )
    assert early_close.status_code == 409

    later = (world.item.deadline + datetime.timedelta(days=10)).isoformat()
    first = walk.lead.post(
        f"{walk.base}/extension-requests/",
        {"requested_deadline": later, "reason": "一"},
        format="json",
    )
    second = walk.co.post(
        f"{walk.base}/extension-requests/",
        {"requested_deadline": later, "reason": "二"},
        format="json",
    )
    assert (first.status_code, second.status_code) == (201, 409)

    own = walk.lead.post(f"/api/v1/extension-requests/{first.data['id']}/approve/")
    assert own.status_code == 403
    assert walk.history() == [("reported", "lead_staff"), ("extension_requested", "lead_staff")]
