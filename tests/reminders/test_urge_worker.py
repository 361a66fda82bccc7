"""督办通知 with real parts: Celery workers on Redis, the loopback SMTP server, the
loopback robot server (WeCom, and DingTalk signed with a keyword check), the test
database shared with the workers. A notice goes out once on every channel of the
units, whatever happens to the tasks that carry it."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import pytest
from django.core.management import call_command

from commitments.choices import NotificationKind, NotificationState, Role
from commitments.models import Notification
from commitments.services import workflow
from tests import factories
from tests.reminders.conftest import settled, wait_until
from tests.support.robots import RobotServer

pytestmark = [pytest.mark.celery, pytest.mark.smtp, pytest.mark.slow]

LEAD_KEY, CO_TOKEN, CO_SECRET = "lead-key-0001", "co-token-0002", "SECc0c0c0c0"
#: a Sunday: a sweep then decides no reminders, it only queues again what is unsent
SUNDAY = "2026-12-06T10:00:00+08:00"
ADDRESSES = {"office@lead.test", "clerk@lead.test", "office@co.test"}


@pytest.fixture
def server() -> Iterator[RobotServer]:
    robot_server = RobotServer().start()
    yield robot_server
    robot_server.stop()


def build(server: RobotServer):
    lead = factories.department("经济发展办", contact_emails=["office@lead.test"])
    co = factories.department("社会事务办", contact_emails=["office@co.test"])
    factories.user("jingji", Role.STAFF, dept=lead, email="clerk@lead.test")
    boss = factories.user("duban", Role.SUPERVISOR, supervises=[lead], email="boss@town.test")
    item = factories.commitment(lead, co_owners=[co], title="新建5兆瓦光伏电站一处")
    call_command("set_channel", lead.name, "--wecom", server.wecom(LEAD_KEY))
    url = server.dingtalk(CO_TOKEN, secret=CO_SECRET, keywords=("督办",))
    call_command("set_channel", co.name, "--dingtalk", url, "--secret", CO_SECRET)
    return item, boss


def test_a_notice_goes_out_once_on_every_channel_however_often_its_task_runs(workers, smtp, server):
    item, boss = build(server)
    workers.start("w1", pool="prefork", concurrency=2)
    workers.start("w2", pool="prefork", concurrency=2)

    def duplicated(ids: list[int]) -> None:
        """The batch queued three times, and each row on its own too (a retried task,
        a duplicate delivery of the broker)."""
        for _ in range(3):
            workers.send("reminders.send_batch", ids)
        for pk in ids:
            workers.send("reminders.send", pk)

    done = workflow.urge(boss, item, "请本周内报送选址进展", on_created=duplicated)
    assert len(done.notifications) == len(ADDRESSES) + 2
    assert wait_until(lambda: settled(len(ADDRESSES) + 2), timeout=40), workers.logs()
    workers.sweep(SUNDAY)  # and a sweep that finds nothing left to send
    time.sleep(1.5)  # room for a duplicate to show up
    assert Counter(m.envelope_to[0] for m in smtp.messages) == Counter(ADDRESSES)
    stored = {n.recipient: n.message_id for n in Notification.objects.all()}
    for mail in smtp.messages:
        assert mail.message_id == stored[mail.envelope_to[0]]
        assert mail.subject.startswith(f"【督办通知】编号 {item.code} 新建5兆瓦光伏电站一处")
        text = mail.part("text/plain")
        assert "请本周内报送选址进展" in text and f"/workspace/commitments/{item.pk}/" in text
    assert Counter(p.key for p in server.posts) == {LEAD_KEY: 1, CO_TOKEN: 1}
    (signed,) = server.received(CO_TOKEN)  # signature and keyword checked by the server
    assert "督办通知" in signed.content and "请本周内报送选址进展" in signed.content
    assert set(Notification.objects.values_list("state", flat=True)) == {NotificationState.SENT}
    assert set(Notification.objects.values_list("kind", flat=True)) == {NotificationKind.URGE}


def test_a_notice_whose_task_was_lost_goes_out_with_the_next_sweep_once(workers, smtp, server):
    item, boss = build(server)
    # Redis lost the queued task (or the worker died before taking it): nothing queued.
    workflow.urge(boss, item, "", on_created=lambda ids: None)
    rows = Notification.objects.filter(kind=NotificationKind.URGE)
    assert set(rows.values_list("state", flat=True)) == {NotificationState.PENDING}
    workers.start()
    workers.sweep(SUNDAY)
    assert wait_until(lambda: settled(len(ADDRESSES) + 2), timeout=40), workers.logs()
    workers.sweep(SUNDAY)
    time.sleep(1.5)
    assert sorted(m.envelope_to[0] for m in smtp.messages) == sorted(ADDRESSES)
    assert Counter(p.key for p in server.posts) == {LEAD_KEY: 1, CO_TOKEN: 1}
    # The same supervisor cannot send a second one today: nothing more goes out.
    with pytest.raises(workflow.Conflict):
        workflow.urge(boss, item, "再催", on_created=lambda ids: None)
    assert rows.count() == len(ADDRESSES) + 2
