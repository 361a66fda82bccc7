"""Issue 9 as a new user checks it: import a task list for the coming year
(labelled items with a lead and a co-owner), create accounts with the
command, then walk one commitment through the API with the printed tokens."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from commitments.models import Commitment

pytestmark = pytest.mark.django_db

LEAD, CO = "经济发展办公室", "自然资源所"


def task_list(year: int) -> str:
    return (
        f"{year}年重点工作任务清单\n\n"
        f"1. 新建5兆瓦光伏电站一处。\n牵头单位：{LEAD}\n配合单位：{CO}\n"
        f"完成时限：{year}年6月底前\n\n"
        f"2. 完成农村道路硬化20公里。\n牵头单位：农业农村办公室\n"
        f"完成时限：{year}年10月31日前\n"
    )


def account(username: str, role: str, *departments: str) -> APIClient:
    out = io.StringIO()
    args = [username, "--role", role]
    for name in departments:
        args += ["--department", name]
    call_command("create_account", *args, stdout=out)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {out.getvalue().strip().splitlines()[-1]}")
    return client


def test_it_walks_an_imported_commitment_with_command_made_accounts(tmp_path):
    year = timezone.localdate().year + 1
    source = tmp_path / "tasks.txt"
    source.write_text(task_list(year), encoding="utf-8")
    call_command("load_departments", stdout=io.StringIO())
    call_command("import_plan", str(source), stdout=io.StringIO())
    item = Commitment.objects.get(lead_owner__name=LEAD, co_owners__name=CO)
    original = item.original_deadline.isoformat()
    assert original == f"{year}-06-30"

    lead = account("jingji", "staff", LEAD)
    co = account("ziran", "staff", CO)
    boss = account("duchashi", "supervisor")
    base = f"/api/v1/commitments/{item.pk}"

    def check(expected_kinds: list[str], deadline: str) -> None:
        events = boss.get(f"{base}/history/").data["results"]
        assert [e["kind"] for e in events][-len(expected_kinds) :] == expected_kinds
        detail = boss.get(f"{base}/").data
        assert (detail["original_deadline"], detail["deadline"]) == (original, deadline)

    assert lead.post(f"{base}/acknowledge/").status_code == 200
    assert co.post(f"{base}/acknowledge/").status_code == 200
    check(["acknowledged", "acknowledged"], original)

    today = timezone.localdate().isoformat()
    for client, percent in ((lead, 60), (co, 40)):
        filed = client.post(
            f"{base}/reports/",
            {"status": "on_track", "percent": percent, "as_of": today},
            format="json",
        )
        assert filed.status_code == 201, filed.data
    check(["reported", "reported"], original)

    extended = f"{year}-09-30"
    asked = lead.post(
        f"{base}/extension-requests/",
        {"requested_deadline": extended, "reason": "设备到货延迟"},
        format="json",
    )
    assert asked.status_code == 201, asked.data
    assert lead.post(f"/api/v1/extension-requests/{asked.data['id']}/approve/").status_code == 403
    assert boss.post(f"/api/v1/extension-requests/{asked.data['id']}/approve/").status_code == 200
    check(["extension_requested", "extension_approved"], extended)

    closing = lead.post(f"{base}/closure-requests/", {"summary": "已并网发电"}, format="json")
    assert (
        boss.post(
            f"/api/v1/closure-requests/{closing.data['id']}/return/",
            {"reason": "缺少验收单"},
            format="json",
        ).status_code
        == 200
    )
    check(["closure_requested", "closure_returned"], extended)

    closing = lead.post(
        f"{base}/closure-requests/",
        {"summary": "已补验收单", "evidence": ["https://oa.example/ys.pdf"]},
        format="json",
    )
    accepted = boss.post(f"/api/v1/closure-requests/{closing.data['id']}/accept/")
    assert accepted.data["commitment"]["status"] == "completed"
    check(["closure_requested", "closure_accepted"], extended)

    refused = co.post(
        f"{base}/reports/", {"status": "on_track", "percent": 100, "as_of": today}, format="json"
    )
    assert refused.status_code == 409
