"""督办通知 on the pages: a supervisor sends it from the pledge's page; the unit sees
被督办 on the pledge and in its list until it reports; the history keeps it."""

from __future__ import annotations

import datetime
import re

from django.utils import timezone

from commitments.choices import EventKind, NotificationKind
from commitments.models import CommitmentEvent, Notification
from commitments.services import reporting, workflow
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url, token

NOTE = "请说明光伏电站选址进展"


def urge(client, item, note=NOTE, reply_by=""):
    html = client.get(page_url(item)).content.decode()
    data = {
        "action": "urge",
        "urge-form_token": token(html, "urge"),
        "urge-note": note,
        "urge-reply_by": reply_by,
    }
    return client.post(page_url(item), data)


def summary(html: str) -> str:
    """The page's head card as text."""
    return re.sub(r"<[^>]+>", "", html.split('id="summary"')[1].split("</section>")[0])


def test_the_supervisor_is_told_which_address_the_notice_could_not_reach(town):
    town.lead.contact_emails = ["jingfaban@@example.org"]
    town.lead.save(update_fields=["contact_emails"])
    boss = client_for(town.supervisor)
    assert urge(boss, town.item).status_code == 302
    shown = re.sub(r"\s+", "", boss.get(page_url(town.item)).content.decode())
    sent = Notification.objects.filter(kind=NotificationKind.URGE)
    queued = sent.exclude(recipient="jingfaban@@example.org").count()
    assert f"督办通知已发出（{queued}条消息）" in shown
    assert "1个地址无法送达（jingfaban@@example.org），请联系管理员核对单位通讯录" in shown


def test_a_supervisor_urges_the_unit_and_it_sees_it_until_it_reports(town):
    boss = client_for(town.supervisor)
    reply_by = (timezone.localdate() + datetime.timedelta(days=4)).isoformat()
    response = urge(boss, town.item, reply_by=reply_by)
    assert response.status_code == 302 and response["Location"].endswith("#top")
    shown = boss.get(page_url(town.item)).content.decode()
    assert "督办通知已发出（" in shown and "并记入办理记录" in shown
    assert "您今天" in shown and "已就此事项发出督办通知" in shown  # the form says so
    rows = Notification.objects.filter(kind=NotificationKind.URGE)
    assert rows.count() >= 3  # both units' mailboxes and clerks

    clerk = client_for(town.clerk)
    page = clerk.get(page_url(town.item)).content.decode()
    assert "被督办" in summary(page)
    assert f"请于 {reply_by} 前报送进展" in summary(page)
    assert NOTE in summary(page)
    assert 'name="urge-form_token"' not in page  # a clerk does not urge
    history = page.split('id="history"')[1]
    assert 'data-event="urged"' in history and "督办通知" in history
    assert f"回复期限：{reply_by}" in re.sub(r"<[^>]+>", "", history) and NOTE in history
    assert "涉及单位：经济发展办" in history
    listing = clerk.get("/workspace/").content.decode()
    assert 'data-field="urged"' in listing and "被督办" in listing

    # A co-owner's report does not answer for the lead; the lead's does.
    co_page = client_for(town.co_clerk).get(page_url(town.item)).content.decode()
    assert "被督办" in summary(co_page)
    town.lead_reports("on_track", 30)
    page = clerk.get(page_url(town.item)).content.decode()
    assert "被督办" not in summary(page)
    assert 'data-field="urged"' not in clerk.get("/workspace/").content.decode()
    assert 'data-event="urged"' in page  # the history keeps it


def test_a_second_click_the_same_day_says_it_was_sent_and_sends_nothing(town):
    boss = client_for(town.supervisor)
    urge(boss, town.item)
    rows = Notification.objects.count()
    again = urge(boss, town.item, note="再催")
    assert again.status_code == 409
    body = again.content.decode()
    assert "已就该事项发出过督办通知，每天只发一次；明天可再次督办" in body
    assert Notification.objects.count() == rows
    assert CommitmentEvent.objects.filter(kind=EventKind.URGED).count() == 1


def test_bad_input_is_refused_beside_the_field_in_the_readers_language(town):
    boss = client_for(town.supervisor)
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = urge(boss, town.item, reply_by=yesterday)
    assert response.status_code == 400
    assert "回复期限不能早于今天" in response.content.decode()
    long = urge(boss, town.item, note="催" * 501)
    assert long.status_code == 400
    assert "督办意见最多500个字（现为501个字）" in long.content.decode()
    english = urge(in_language(boss, "en"), town.item, reply_by=yesterday)
    assert "The reply-by date cannot be before today" in english.content.decode()
    assert not Notification.objects.exists()
    assert not CommitmentEvent.objects.filter(kind=EventKind.URGED).exists()


def test_only_a_supervisor_of_the_lead_is_offered_the_form_or_may_post_it(town):
    other = client_for(town.other_supervisor)  # oversees another unit only
    assert 'name="urge-form_token"' not in other.get(page_url(town.item)).content.decode()
    clerk = client_for(town.clerk)
    html = clerk.get(page_url(town.item)).content.decode()
    # a forged post with another form's token
    forged = clerk.post(
        page_url(town.item),
        {"action": "urge", "urge-form_token": token(html, "report"), "urge-note": "自己催自己"},
    )
    assert forged.status_code == 403
    assert "只有督办该事项牵头单位的督办人可以办理此操作" in forged.content.decode()
    assert not Notification.objects.exists()


def needs(client) -> list[str]:
    """The codes the list shows under 需要处理 (``?needs=1``)."""
    body = client.get("/workspace/", {"needs": "1"}).content.decode()
    return re.findall(r'data-code="([^"]+)"', body)


def test_a_urged_pledge_needs_the_units_attention_until_the_lead_reports(town):
    """被督办 counts in 需要处理: a pledge otherwise in order (acknowledged, reported
    this month, green, no refused request) is listed and counted there, for the lead's
    and the co-owner's clerks and in English, until the lead's report answers it."""
    clerk, co_clerk = client_for(town.clerk), client_for(town.co_clerk)
    for user, department in ((town.clerk, town.lead), (town.co_clerk, town.co)):
        workflow.acknowledge(user, town.item)
        reporting.file_report(
            town.item.pk,
            user,
            department,
            reporting.ReportInput("on_track", 90, timezone.localdate()),
        )
    assert needs(clerk) == [] and needs(co_clerk) == []
    assert "需要处理：0 项" in clerk.get("/workspace/").content.decode()

    urge(client_for(town.supervisor), town.item)
    for client in (clerk, co_clerk):
        assert needs(client) == [town.item.code]
        listing = client.get("/workspace/").content.decode()
        assert "需要处理：1 项" in listing and 'data-field="urged"' in listing
    english = in_language(client_for(town.clerk), "en").get("/workspace/").content.decode()
    assert "Needs attention: 1" in english

    # a co-owner's report does not answer for the lead
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("on_track", 95, timezone.localdate()),
    )
    assert needs(clerk) == [town.item.code]
    town.lead_reports("on_track", 95)
    assert needs(clerk) == [] and needs(co_clerk) == []
    assert "需要处理：0 项" in clerk.get("/workspace/").content.decode()
