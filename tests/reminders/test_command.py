"""``python manage.py send_reminders [--at] [--dry-run]`` in the foreground."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from commitments.models import Notification
from tests.reminders import scenario
from tests.reminders.scenario import EXPECTED, MONDAY_9_30

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_prints_what_would_be_sent_and_writes_nothing():
    town = scenario.build_town()
    output = run("--at", MONDAY_9_30, "--dry-run")
    assert output.count("将发送") == len(EXPECTED)
    (line,) = [line for line in output.splitlines() if "→ mayor@" in line]
    assert line.startswith("[电子邮件] 将发送")
    assert "[2024-07-22] 【督办提醒】已逾期2项（其中升级督办1项），待审核1项" in line
    assert town.overdue_10.code in output and town.overdue_2.code in output  # the bodies
    assert "电子邮件：共 5 条，其中 5 条尚未记录" in output
    assert Notification.objects.count() == 0 and mail.outbox == []


def test_it_sends_what_is_due_once():
    scenario.build_town()
    first = run("--at", MONDAY_9_30)
    assert f"新生成 {len(EXPECTED)} 条；发送成功 {len(EXPECTED)} 条" in first
    assert len(mail.outbox) == len(EXPECTED)
    second = run("--at", "2024-07-22T16:00")
    assert "新生成 0 条；发送成功 0 条" in second
    assert len(mail.outbox) == len(EXPECTED)
    assert "（已记录）" in run("--at", MONDAY_9_30, "--dry-run")


def test_it_says_when_it_is_not_time_to_send():
    scenario.build_town()
    assert "不是发送时间" in run("--at", "2024-07-20T10:00")
    assert Notification.objects.count() == 0


def test_it_refuses_a_bad_time():
    with pytest.raises(CommandError):
        run("--at", "next tuesday")
