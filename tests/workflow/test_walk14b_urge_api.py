"""Walk 14b m5 and m6, as a script reading the API meets them:

- m5: a refused 督办通知 names the field by its label (回复期限 / 督办意见, Reply by /
  Supervisor's note) in ``message``, as a report's errors do; ``errors`` keeps the
  API names;
- m6: the list and the detail say whether a pledge is 被督办 (``urged``, ``urged_at``,
  ``urge_reply_by``, as the urge response's state does) in the same number of queries
  for a page of urged pledges; the urge response counts every channel, 0 where none went.
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import Commitment, Notification
from commitments.reminders import emails, robots
from commitments.services import workflow
from tests import factories
from tests.workflow.conftest import TODAY, report, snapshot

pytestmark = pytest.mark.django_db

PAST = (TODAY - datetime.timedelta(days=1)).isoformat()


def urge_url(item: Commitment) -> str:
    return f"/api/v1/commitments/{item.pk}/urge/"


def no_queue(ids: list[int]) -> None:
    """The send tasks are the worker tests' (tests/reminders/test_urge_worker.py)."""


@pytest.mark.parametrize(
    ("body", "lang", "message", "field"),
    [
        ({"reply_by": PAST}, "zh-hans", "提交的数据有误：回复期限不能早于今天", "reply_by"),
        (
            {"reply_by": PAST},
            "en",
            "Reply by: The reply-by date cannot be before today",
            "reply_by",
        ),
        (
            {"note": "催" * 501},
            "zh-hans",
            "提交的数据有误：督办意见最多500个字（现为501个字）",
            "note",
        ),
        ({"note": "催" * 501, "reply_by": "2024-13-01"}, "zh-hans", "回复期限：", "reply_by"),
        ({"note": "催" * 501, "reply_by": "2024-13-01"}, "en", "Reply by: ", "reply_by"),
    ],
    ids=["past-zh", "past-en", "long-note-zh", "bad-date-zh", "bad-date-en"],
)
def test_an_urge_error_names_the_field_by_its_label(world, api, body, lang, message, field):
    before = snapshot(world.item)
    response = api(world.supervisor).post(
        urge_url(world.item), body, format="json", HTTP_ACCEPT_LANGUAGE=lang
    )
    assert response.status_code == 400
    text = response.data["message"]
    assert message in text, text
    assert "reply_by" not in text and "note：" not in text and "note:" not in text
    assert field in response.data["errors"]
    assert snapshot(world.item) == before
    assert not Notification.objects.exists()


def test_an_extension_refused_by_the_service_names_its_field_by_label(world, api):
    response = api(world.lead_staff).post(
        f"/api/v1/commitments/{world.item.pk}/extension-requests/",
        {"requested_deadline": PAST, "reason": "工期紧"},
        format="json",
    )
    assert response.status_code == 400, response.data
    assert "requested_deadline" in response.data["errors"]
    assert "requested_deadline" not in response.data["message"]


def row_of(response, item: Commitment) -> dict:
    return next(row for row in response.data["results"] if row["id"] == item.pk)


@pytest.mark.parametrize("reader", ["lead_staff", "co_staff", "supervisor"])
def test_the_list_and_the_detail_say_a_pledge_is_urged_until_the_lead_reports(world, api, reader):
    client = api(world.who(reader))
    detail_url = f"/api/v1/commitments/{world.item.pk}/"
    before = client.get(detail_url).data
    assert (before["urged"], before["urged_at"], before["urge_reply_by"]) == (False, None, None)

    reply_by = TODAY + datetime.timedelta(days=3)
    workflow.urge(world.supervisor, world.item, "请尽快报送", reply_by, on_created=no_queue)
    world.item.refresh_from_db()
    for shown in (
        client.get(detail_url).data,
        row_of(client.get("/api/v1/commitments/"), world.item),
    ):
        assert shown["urged"] is True
        assert shown["urged_at"] is not None
        assert shown["urge_reply_by"] == reply_by.isoformat()
    # the same as the urge response's state says
    state = client.get(detail_url).data
    assert datetime.datetime.fromisoformat(state["urged_at"]) == world.item.urged_at

    report(world.item, world.lead_staff, world.lead)
    after = row_of(client.get("/api/v1/commitments/"), world.item)
    assert after["urged"] is False
    assert after["urge_reply_by"] == reply_by.isoformat()  # the last notice's date stays


def _list_queries(client) -> int:
    client.get("/api/v1/commitments/")  # the token's last_used_at is written once
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/api/v1/commitments/", {"page_size": 50})
    assert response.status_code == 200
    assert all(row["urged"] for row in response.data["results"])
    return len(ctx.captured_queries)


def test_a_page_of_urged_pledges_costs_no_more_queries(world, api):
    def urge_more(n: int) -> None:
        for _ in range(n):
            item = factories.commitment(world.lead, world.item.section, co_owners=[world.co])
            workflow.urge(world.supervisor, item, "", None, on_created=no_queue)

    workflow.urge(world.supervisor, world.item, "", None, on_created=no_queue)
    urge_more(1)
    client = api(world.lead_staff)
    few = _list_queries(client)
    urge_more(20)
    assert _list_queries(client) == few


def test_the_urge_response_counts_every_channel(world, api):
    response = api(world.supervisor).post(urge_url(world.item), {"note": "快"}, format="json")
    assert response.status_code == 201, response.data
    messages = response.data["messages"]
    assert set(messages) == {"email", "wecom", "dingtalk"}
    assert messages["email"] > 0
    assert messages["wecom"] == 0 and messages["dingtalk"] == 0
    assert sum(messages.values()) == Notification.objects.count()


def test_the_emails_light_line_reads_with_one_colon(world):
    """walk14b m11: ``预警：黄灯：完成64%…`` had two colons; the reason is in brackets."""
    done = workflow.urge(world.supervisor, world.item, "", None, on_created=no_queue)
    row = done.notifications[0]
    text = emails.build_message(row).body
    markdown = robots.render_markdown(row.context, row.subject, "wecom")
    label, reason = row.context["light_label"], row.context["light_reason"]
    assert label and reason
    for part in (text, markdown):
        line = next(line for line in part.splitlines() if "预警" in line)
        assert f"{label}（{reason}）" in line, line
        assert line.count("：") == 1 + reason.count("："), line
