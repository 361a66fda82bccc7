"""督办通知 (催办): a supervisor of the lead sends the owners a notice about a pledge;
it is kept in the history, stored in the reminders' ledger once per pledge, supervisor
and day, and the pledge is 被督办 until the lead reports."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.utils import timezone

from commitments.choices import EventKind, NotificationKind, NotificationState
from commitments.models import Notification
from commitments.reminders import emails, robots
from commitments.services import workflow
from tests.workflow.conftest import PERSONAS, TODAY, error_code, report, snapshot

pytestmark = pytest.mark.django_db

SENDERS = {"supervisor", "global_supervisor", "admin"}
NOTE = "请于本周内说明光伏电站选址进展，<b>不要</b>再拖"


def urge_url(item) -> str:
    return f"/api/v1/commitments/{item.pk}/urge/"


def no_queue(ids: list[int]) -> None:
    """The send tasks are the worker tests' (tests/reminders/test_urge_worker.py)."""


def urge(world, who="supervisor", note=NOTE, reply_by=None):
    return workflow.urge(world.who(who), world.item, note, reply_by, on_created=no_queue)


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_lets_only_a_supervisor_of_the_lead_send_a_notice(world, api, persona):
    before = snapshot(world.item)
    response = api(world.who(persona)).post(urge_url(world.item), {"note": NOTE}, format="json")
    if persona in SENDERS:
        assert response.status_code == 201, response.data
        assert Notification.objects.filter(kind=NotificationKind.URGE).exists()
        return
    assert response.status_code == 403
    assert error_code(response) == "not_supervisor"
    assert "只有督办该事项牵头单位的督办人" in response.data["message"]
    assert snapshot(world.item) == before
    assert not Notification.objects.exists()


def test_the_api_answers_with_the_state_the_history_entry_and_the_messages(world, api):
    reply_by = TODAY + datetime.timedelta(days=5)
    response = api(world.supervisor).post(
        urge_url(world.item), {"note": NOTE, "reply_by": reply_by.isoformat()}, format="json"
    )
    assert response.status_code == 201, response.data
    body = response.data
    assert set(body) == {"commitment", "event", "messages", "undeliverable"}
    assert body["undeliverable"] == []
    assert body["commitment"]["urged"] is True
    assert body["commitment"]["urge_reply_by"] == reply_by.isoformat()
    assert body["event"]["kind"] == EventKind.URGED
    assert body["event"]["kind_label"] == "督办通知"
    assert body["event"]["note"] == NOTE
    assert body["event"]["department"]["name"] == "牵头局"
    assert body["event"]["changes"] == {"urge_reply_by": [None, reply_by.isoformat()]}
    # each unit's mailbox, lead_staff and colleague (the lead's staff), co_staff (the co-owner's)
    assert body["messages"] == {"email": 5, "wecom": 0, "dingtalk": 0}
    history = api(world.lead_staff).get(f"/api/v1/commitments/{world.item.pk}/history/")
    assert [e["kind"] for e in history.data["results"]][-1] == EventKind.URGED


def test_an_address_that_cannot_be_reached_is_named_not_counted_as_sent(world, api):
    """A unit's mailbox typed wrong is stored as a failed message (the ledger shows it),
    but the supervisor is told it did not go, and to whom, instead of a count that
    includes it."""
    world.lead.contact_emails = ["shuili.example.org"]  # no @
    world.lead.save(update_fields=["contact_emails"])
    response = api(world.supervisor).post(urge_url(world.item), {"note": NOTE}, format="json")
    assert response.status_code == 201, response.data
    assert response.data["messages"] == {"email": 4, "wecom": 0, "dingtalk": 0}
    assert [dict(row) for row in response.data["undeliverable"]] == [
        {"channel": "email", "recipient": "shuili.example.org", "error": "收件地址格式不正确"}
    ]
    failed = Notification.objects.get(recipient="shuili.example.org")
    assert failed.state == NotificationState.FAILED


@pytest.mark.parametrize(
    "body",
    [
        {"note": "快", "urgent": True},
        {"note": "快", "reply_by": "下周一"},
        {"reply_by": "2024-13-01"},
    ],
    ids=["unknown-field", "words-for-a-date", "no-such-date"],
)
def test_it_refuses_bad_input_and_changes_nothing(world, api, body):
    before = snapshot(world.item)
    response = api(world.supervisor).post(urge_url(world.item), body, format="json")
    assert response.status_code == 400
    assert snapshot(world.item) == before
    assert not Notification.objects.exists()


def test_a_long_note_and_a_past_reply_date_are_refused_in_words(world, api):
    client = api(world.supervisor)
    long = client.post(urge_url(world.item), {"note": "催" * 501}, format="json")
    assert long.status_code == 400
    assert "督办意见最多500个字（现为501个字）" in str(long.data)
    past = (TODAY - datetime.timedelta(days=1)).isoformat()
    late = client.post(urge_url(world.item), {"reply_by": past}, format="json")
    assert late.status_code == 400
    assert "回复期限不能早于今天" in str(late.data)
    english = client.post(
        urge_url(world.item), {"reply_by": past}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "reply-by date cannot be before today" in str(english.data)
    assert not world.item.events.filter(kind=EventKind.URGED).exists()
    assert not Notification.objects.exists()
    # exactly the limit is fine, and so is today
    ok = client.post(
        urge_url(world.item), {"note": "催" * 500, "reply_by": TODAY.isoformat()}, format="json"
    )
    assert ok.status_code == 201, ok.data


def test_a_second_notice_the_same_day_is_refused_and_sends_nothing(world, api):
    client = api(world.supervisor)
    assert client.post(urge_url(world.item), {"note": NOTE}, format="json").status_code == 201
    rows = Notification.objects.count()
    again = client.post(urge_url(world.item), {"note": "再催一次"}, format="json")
    assert again.status_code == 409
    assert again.data["code"] == "already_urged_today"
    assert "今天" in again.data["message"] and "已就该事项发出过督办通知" in again.data["message"]
    assert Notification.objects.count() == rows
    assert world.item.events.filter(kind=EventKind.URGED).count() == 1
    # another supervisor of the lead is another notice
    assert urge(world, "global_supervisor").notifications


def test_the_next_day_a_new_notice_goes_out(world):
    urge(world)
    first = set(Notification.objects.values_list("message_id", flat=True))
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    with time_machine.travel(tomorrow, tick=False):
        again = urge(world, note="仍未报送")
    assert len(again.notifications) == len(first)
    assert first.isdisjoint(n.message_id for n in again.notifications)
    assert world.item.events.filter(kind=EventKind.URGED).count() == 2


def test_a_closed_pledge_is_not_urged(world, api):
    workflow.cancel(world.supervisor, world.item, reason="并入其他事项")
    response = api(world.supervisor).post(urge_url(world.item), {}, format="json")
    assert response.status_code == 409
    assert response.data["message"] == "已取消的事项不能督办"


def test_the_lead_is_urged_until_it_reports_a_co_owners_report_does_not_answer(world):
    urge(world)
    world.item.refresh_from_db()
    assert world.item.urged
    report(world.item, world.co_staff, world.co)
    world.item.refresh_from_db()
    assert world.item.urged
    report(world.item, world.lead_staff, world.lead)
    world.item.refresh_from_db()
    assert not world.item.urged


def test_each_address_gets_one_notice_and_an_excused_co_owner_none(world):
    world.lead.contact_emails = ["office@town.test"]
    world.lead.save()
    world.co.contact_emails = ["OFFICE@town.test"]  # one mailbox shared by both units
    world.co.save()
    done = urge(world)
    recipients = sorted(n.recipient for n in done.notifications)
    assert recipients == sorted(
        ["office@town.test", "lead_staff@example.org", "colleague@example.org"]
        + ["co_staff@example.org"]
    )
    assert len({n.message_id for n in done.notifications}) == len(recipients)
    assert all(n.kind == NotificationKind.URGE for n in done.notifications)
    assert all(n.state == NotificationState.PENDING for n in done.notifications)
    assert all(list(n.commitments.all()) == [world.item] for n in done.notifications)

    workflow.excuse_co_owner(world.supervisor, world.item, world.co, reason="不涉及")
    again = urge(world, "global_supervisor")
    assert "co_staff@example.org" not in {n.recipient for n in again.notifications}


def test_the_email_is_chinese_names_the_pledge_the_note_and_the_date_and_links_to_it(world):
    reply_by = TODAY + datetime.timedelta(days=3)
    done = urge(world, reply_by=reply_by)
    row = next(n for n in done.notifications if n.recipient == "lead_staff@example.org")
    code = world.item.code
    assert row.subject == (
        f"【督办通知】编号 {code} 新建5兆瓦光伏电站一处（请于{reply_by.isoformat()}前回复）"
    )
    message = emails.build_message(row)
    text = message.body
    html = dict((mime, body) for body, mime in message.alternatives)["text/html"]
    url = f"/workspace/commitments/{world.item.pk}/"
    for part in (text, html):
        assert "就以下事项向贵单位发出督办通知" in part
        assert "牵头局（牵头），配合局（配合）" in part
        assert f"请于{reply_by.isoformat()}前在事项页面报送最新进展" in part
        assert url in part
        assert "尚未报送" in part
    assert NOTE in text
    assert "&lt;b&gt;不要&lt;/b&gt;" in html and "<b>不要</b>" not in html
    assert message.message()["Message-ID"] == row.message_id
    markdown = robots.render_markdown(row.context, row.subject, "wecom")
    assert f"### {row.subject}" in markdown and url in markdown and "督办意见" in markdown


def test_the_note_is_shown_as_typed_in_the_robot_message_not_as_markdown(world):
    """A note is the supervisor's words: a link, a mention of everyone in the group, a
    heading or bold in it would be the robot's (WeCom/DingTalk markdown)."""
    note = "见[通知](http://evil.example/x) <@all>\n### 急 **今天**回复"
    done = urge(world, note=note)
    markdown = robots.render_markdown(done.notifications[0].context, "督办通知", "wecom")
    line = next(line for line in markdown.splitlines() if "督办意见" in line)
    assert (
        line
        == "**督办意见：**见［通知］（http://evil.example/x） ＜@all＞ ＃＃＃ 急 ＊＊今天＊＊回复"
    )
    assert "](http://evil" not in markdown and "<@all>" not in markdown


def test_without_a_reply_date_the_email_asks_for_a_report_soon(world):
    done = urge(world, note="")
    rendered = emails.render(done.notifications[0].context, done.notifications[0].subject)
    assert done.notifications[0].subject.endswith("新建5兆瓦光伏电站一处")
    assert "请尽快在事项页面报送最新进展" in rendered.text
    assert "督办意见" not in rendered.text
