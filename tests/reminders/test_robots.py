"""WeCom and DingTalk group robots (issue 15), against a loopback server that
answers as the platforms document (``tests.support.robots``)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from commitments.choices import NotificationChannel as Channel
from commitments.choices import NotificationKind as Kind
from commitments.choices import NotificationState as State
from commitments.choices import Role
from commitments.models import Notification, RobotChannel
from commitments.reminders import robots, sending, throttle
from commitments.reminders.secrets import PREFIX
from tests import factories
from tests.reminders import scenario
from tests.reminders.robots_town import A_KEY, B_TOKEN, MAYOR_KEY, with_robots
from tests.reminders.scenario import EXPECTED, MONDAY_9_30, store_all
from tests.support.robots import RobotServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def server() -> Iterator[RobotServer]:
    robot_server = RobotServer().start()
    yield robot_server
    robot_server.stop()


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


class TestSetChannel:
    def test_it_sets_a_departments_and_a_supervisors_robot_masked(self, server):
        town = scenario.build_town()
        url = server.wecom("secret-key-abcdef")
        output = run("set_channel", town.a.name, "--wecom", url)
        assert "secret-key-abcdef" not in output and "…cdef" in output
        robot = RobotChannel.objects.get(department=town.a)
        assert robot.webhook == url and robot.platform == Channel.WECOM
        with connection.cursor() as cursor:  # encrypted at rest
            cursor.execute("SELECT webhook FROM commitments_robotchannel WHERE id = %s", [robot.pk])
            (stored,) = cursor.fetchone()
        assert stored.startswith(PREFIX) and "secret-key" not in stored
        run("set_channel", "mayor", "--dingtalk", server.dingtalk("t"), "--secret", "SECx")
        assert RobotChannel.objects.get(user__username="mayor").secret == "SECx"

    def test_clear_removes_them_and_bad_input_is_refused(self, server):
        town = scenario.build_town()
        run("set_channel", town.a.name, "--wecom", server.wecom("k"))
        assert "已清除" in run("set_channel", town.a.name, "--clear")
        assert not RobotChannel.objects.exists()
        with pytest.raises(CommandError, match="找不到"):
            run("set_channel", "没有这个单位", "--wecom", server.wecom("k"))
        with pytest.raises(CommandError, match="https://"):
            run("set_channel", town.a.name, "--wecom", "ftp://example.test/x")
        with pytest.raises(CommandError, match="--secret"):
            run("set_channel", town.a.name, "--wecom", server.wecom("k"), "--secret", "s")

    def test_the_admin_never_shows_a_webhook_in_full(self, server, client):
        town = scenario.build_town()
        run("set_channel", town.a.name, "--wecom", server.wecom("very-secret-key-9876"))
        root = factories.user("root", role=Role.ADMIN)
        root.is_staff = root.is_superuser = True
        root.save()
        client.force_login(root)
        robot = RobotChannel.objects.get()
        for url in (
            reverse("admin:commitments_robotchannel_changelist"),
            reverse("admin:commitments_robotchannel_change", args=[robot.pk]),
        ):
            page = client.get(url).content.decode()
            assert "very-secret-key" not in page and "…9876" in page


class TestSending:
    def test_each_due_message_goes_to_every_channel_once(self, server):
        with_robots(server)
        output = run("send_reminders", "--at", MONDAY_9_30)
        assert f"发送成功 {len(EXPECTED) + 3} 条" in output
        assert {len(server.received(k)) for k in (A_KEY, B_TOKEN, MAYOR_KEY)} == {1}
        assert len(mail.outbox) == len(EXPECTED)
        (mayor,) = server.received(MAYOR_KEY)
        assert mayor.body["msgtype"] == "markdown"
        content = mayor.content
        assert content.startswith("### 【督办提醒】已逾期2项（其中升级督办1项），待审核1项")
        assert "/workspace/commitments/" in content and "逾期10天" in content
        (signed,) = server.received(B_TOKEN)  # signature and keyword checked by the server
        assert signed.body["markdown"]["title"].startswith("【督办提醒】")
        assert run("send_reminders", "--at", "2024-07-22T15:00").count("新生成 0 条") == 1
        assert len(server.posts) == 3

    def test_a_dry_run_shows_each_channel(self, server):
        with_robots(server)
        output = run("send_reminders", "--at", MONDAY_9_30, "--dry-run")
        assert "企业微信群机器人：共 2 条，其中 2 条尚未记录" in output
        assert "钉钉群机器人：共 1 条，其中 1 条尚未记录" in output
        assert "[钉钉群机器人] 将发送 → dingtalk:" in output
        assert server.posts == [] and not Notification.objects.exists()

    def test_a_bad_key_fails_that_row_only_and_is_shown(self, server, client):
        town = with_robots(server)
        del server.robots[A_KEY]  # the group removed the robot
        run("send_reminders", "--at", MONDAY_9_30)
        (bad,) = Notification.objects.filter(state=State.FAILED)
        assert bad.channel == Channel.WECOM and "93000" in bad.last_error
        assert bad.attempts == 1  # permanent: not retried
        assert Notification.objects.filter(state=State.SENT).count() == len(EXPECTED) + 2
        supervisor = factories.user("root", role=Role.ADMIN)
        supervisor.is_staff = supervisor.is_superuser = True
        supervisor.save()
        client.force_login(supervisor)
        page = client.get(
            reverse("admin:commitments_notification_changelist") + "?state__exact=failed"
        ).content.decode()
        assert "93000" in page and "invalid webhook url" in page
        assert town.a  # the department's e-mails still went out
        assert any(scenario.OFFICE_A in m.to for m in mail.outbox)

    def test_a_wrong_secret_or_missing_keyword_is_permanent(self, server):
        with_robots(server)
        server.robots[B_TOKEN].secret = "SEC-changed"
        run("send_reminders", "--at", MONDAY_9_30)
        row = Notification.objects.get(channel=Channel.DINGTALK)
        assert (row.state, row.attempts) == (State.FAILED, 1)
        assert "310000" in row.last_error and "sign not match" in row.last_error

    def test_the_robots_rate_limit_code_is_retried_later_not_never(self, server):
        with_robots(server)
        mayor = RobotChannel.objects.get(user__username="mayor").recipient
        server.limit = 1
        run("send_reminders", "--at", MONDAY_9_30)  # one post per robot: under the limit
        run("send_reminders", "--at", "2024-07-23T09:30:00+08:00")  # a second within a minute
        tuesday = Notification.objects.get(recipient=mayor, period_key="2024-07-23")
        assert tuesday.state == State.PENDING and "45009" in tuesday.last_error
        server.window = 0  # a minute later
        assert sending.deliver(tuesday.pk).outcome is sending.Outcome.SENT
        assert len(server.received(MAYOR_KEY)) == 2

    def test_a_slow_robot_is_a_transient_failure(self, server, settings):
        with_robots(server)
        settings.ROBOT_TIMEOUT = 0.3
        server.delay = 1.0
        run("send_reminders", "--at", MONDAY_9_30)
        rows = Notification.objects.exclude(channel=Channel.EMAIL)
        assert {r.state for r in rows} == {State.PENDING}
        assert all("timed out" in r.last_error for r in rows)
        server.delay = 0
        for row in rows:
            assert sending.deliver(row.pk).outcome is sending.Outcome.SENT


def test_on_the_report_due_day_a_department_gets_one_email_and_one_robot_message(server):
    """Issue 15: unacknowledged, not reported, due next week: three reasons, one message
    per channel."""
    office = factories.department("测试城建办", contact_emails=["cj@town.test"])
    factories.commitment(office, deadline=datetime.date(2024, 8, 1))  # due in 7 days
    run("set_channel", office.name, "--wecom", server.wecom("cj-key"))
    run("send_reminders", "--at", "2024-07-25T09:30:00+08:00")  # Thursday, the due day
    (email,) = mail.outbox
    (post,) = server.received("cj-key")
    assert email.subject == "【督办提醒】即将到期1项，待签收1项，未报送1项"
    for body in (email.body, post.content):
        assert "到期提醒" in body and "签收催办" in body and "进度报送催办" in body
    kinds = set(Notification.objects.values_list("kind", flat=True))
    assert kinds == {Kind.DEADLINE}  # the most pressing reason names the row


class TestContent:
    def context(self, n: int) -> dict:
        item = {
            "code": "(一)1",
            "title": "新建5兆瓦光伏电站" * 3,
            "url": "http://tracker.test/workspace/commitments/1/",
            "owner": "测试综合办",
            "owner_note": "（测试综合办）",
            "line": "逾期10天｜红灯：逾期10天；3月进度未报送",
        }
        section = {"label": "逾期通报", "count": n, "items": [item] * min(n, 10)}
        return {
            "summary": f"已逾期{n}项",
            "sections": [section] * 7,
            "workspace_url": "http://tracker.test/workspace/",
        }

    @pytest.mark.parametrize("platform", [Channel.WECOM, Channel.DINGTALK])
    def test_content_fits_the_platforms_limit_with_a_link(self, platform):
        text = robots.render_markdown(self.context(5000), "【督办提醒】", platform, items=10)
        assert len(text.encode()) <= robots.MAX_BYTES[platform]
        assert text.rstrip().endswith("(http://tracker.test/workspace/)")

    def test_a_small_message_is_counts_first_then_the_worst_items(self):
        text = robots.render_markdown(self.context(5), "【督办提醒】已逾期5项", Channel.WECOM)
        lines = text.splitlines()
        assert lines[:2] == ["### 【督办提醒】已逾期5项", "**已逾期5项**"]
        assert "> ……另有2项" in text  # three listed per section on a phone


def test_the_signature_is_dingtalks():
    url = robots.sign_url("https://oapi.dingtalk.com/robot/send?access_token=x", "SECabc", 1_000)
    # base64(HMAC-SHA256("SECabc", "1000\nSECabc")), URL-encoded
    assert url.endswith("&timestamp=1000&sign=QRcYPQBq7G1SE0boEqNX%2FlNf9LdP1ktp08xzv3%2BCCB4%3D")


class TestThrottle:
    def test_never_more_than_the_rate_in_any_minute(self, settings):
        settings.ROBOT_RATE_PER_MINUTE = 20
        start = timezone.now()
        sent: list[float] = []
        t = 0.0
        while t < 300:
            now = start + datetime.timedelta(seconds=t)
            wait = throttle.acquire("wecom:test", now)
            if wait == 0:
                sent.append(t)
            else:
                t += max(wait, 0.001)
        assert len([s for s in sent if s < 1]) == 10  # a burst of half the rate
        for i, first in enumerate(sent):
            assert len([s for s in sent[i:] if s < first + 60]) <= 20
        assert len(sent) >= 55  # and it keeps going: one every 6 s after the burst

    def test_a_waiting_post_is_not_an_attempt(self, server, settings):
        with_robots(server)
        settings.ROBOT_RATE_PER_MINUTE = 2  # a burst of 1, then one every minute
        run("send_reminders", "--at", MONDAY_9_30)
        (tuesday,) = [
            pk
            for pk in store_all("2024-07-23T09:30:00+08:00")
            if Notification.objects.get(pk=pk).channel == Channel.WECOM
        ]
        result = sending.deliver(tuesday)
        assert result.outcome is sending.Outcome.WAIT and 0 < result.delay <= 60
        row = Notification.objects.get(pk=tuesday)
        assert (row.state, row.attempts) == (State.PENDING, 0)
        assert len(server.received(MAYOR_KEY)) == 1
