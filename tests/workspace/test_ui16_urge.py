"""ui16 walk (items 1, 2): the 督办通知's help and its result say whom it reaches, by
which channels, and whom it cannot; once the lead reports, the supervisor sees the
notice answered (督办已回复) on the pledge and in the list, not only in the history."""

from __future__ import annotations

import datetime
import re

from django.utils import timezone

from commitments.models import CoOwnership, RobotChannel
from commitments.services import reporting
from tests.support.language import in_language
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url
from tests.workspace.test_urge_pages import urge
from tests.workspace.test_walk3_fixes import section, text_of

WEBHOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=ui16-test-key"


def _help(html: str) -> str:
    return text_of(html.split('data-field="urge-help">', 1)[1].split("</p>", 1)[0])


def _messages(html: str) -> str:
    return re.sub(r"\s+", " ", text_of(html.split('class="messages"', 1)[1].split("</ul>", 1)[0]))


def test_the_urge_form_says_whom_the_notice_reaches_and_by_which_channels(town):
    RobotChannel.objects.create(platform="wecom", department=town.lead, webhook=WEBHOOK)
    town.co.contact_emails = []
    town.co.save(update_fields=["contact_emails"])
    town.co_clerk.email = ""
    town.co_clerk.save(update_fields=["email"])
    help_text = _help(client_for(town.supervisor).get(page_url(town.item)).content.decode())
    # the lead: its mailbox and its clerk's, and its robot; the co-owner has nothing
    assert "通知将发给经济发展办（牵头：邮箱 2 个、群机器人 1 个）。" in help_text
    assert "社会事务办未设置邮箱或群机器人，收不到通知，只能在事项页面看到督办。" in help_text
    assert "邮箱和群机器人" not in help_text and "未免报的配合单位" not in help_text

    english = in_language(client_for(town.supervisor), "en").get(page_url(town.item))
    said = _help(english.content.decode())
    assert not re.search(
        r"[\u4e00-\u9fff]", said.replace("经济发展办", "").replace("社会事务办", "")
    )


def test_a_pledge_without_co_owners_is_not_said_to_notify_any(town):
    CoOwnership.objects.filter(commitment=town.item).delete()
    help_text = _help(client_for(town.supervisor).get(page_url(town.item)).content.decode())
    assert "通知将发给经济发展办（牵头：邮箱 2 个）。" in help_text
    assert "配合" not in help_text


def test_an_excused_co_owner_is_not_said_to_be_notified(town):
    CoOwnership.objects.filter(commitment=town.item).update(excused_at=timezone.now())
    help_text = _help(client_for(town.supervisor).get(page_url(town.item)).content.decode())
    assert "社会事务办" not in help_text


def test_the_result_names_the_units_reached_and_those_not(town):
    town.co.contact_emails = []
    town.co.save(update_fields=["contact_emails"])
    town.co_clerk.email = ""
    town.co_clerk.save(update_fields=["email"])
    boss = client_for(town.supervisor)
    assert urge(boss, town.item).status_code == 302
    said = _messages(boss.get(page_url(town.item)).content.decode())
    assert "督办通知已发出（2条消息），并记入办理记录：〔" in said
    assert "通知已发给经济发展办（牵头：邮箱 2 个）。" in said
    assert "社会事务办未设置邮箱或群机器人，收不到通知，只能在事项页面看到督办。" in said


def test_a_notice_that_reaches_nobody_says_so_by_name(town):
    for unit in (town.lead, town.co):
        unit.contact_emails = []
        unit.save(update_fields=["contact_emails"])
    for clerk in (town.clerk, town.co_clerk):
        clerk.email = ""
        clerk.save(update_fields=["email"])
    boss = client_for(town.supervisor)
    urge(boss, town.item)
    said = _messages(boss.get(page_url(town.item)).content.decode())
    assert "督办通知已记入办理记录，未发出消息" in said
    assert "经济发展办、社会事务办未设置邮箱或群机器人" in said


def test_the_supervisor_sees_the_notice_answered_on_the_pledge_and_in_the_list(town):
    boss = client_for(town.supervisor)
    reply_by = timezone.localdate() + datetime.timedelta(days=3)
    urge(boss, town.item, reply_by=reply_by.isoformat())
    listing = boss.get("/workspace/").content.decode()
    assert 'data-field="urged"' in listing and 'data-field="urge-answered"' not in listing

    # a co-owner's report does not answer for the lead
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("on_track", 20, timezone.localdate()),
    )
    assert 'data-field="urge-answered"' not in boss.get(page_url(town.item)).content.decode()

    town.lead_reports("on_track", 30)
    head = section(boss.get(page_url(town.item)).content.decode(), 'id="summary"')
    assert 'data-field="urge-answered"' in head
    words = text_of(head)
    assert "督办已回复" in words and "经济发展办已于" in words and "报送进展作为回复" in words
    assert f"（回复期限 {reply_by.isoformat()}）" in words
    assert "被督办" not in words
    listing = boss.get("/workspace/").content.decode()
    assert 'data-field="urge-answered"' in listing and "督办已回复" in listing
    assert 'data-field="urged"' not in listing

    english = in_language(boss, "en").get(page_url(town.item)).content.decode()
    assert "督办已回复" not in english and 'data-field="urge-answered"' in english
