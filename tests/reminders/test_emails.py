"""The e-mails: subject, plain text and HTML rendered from the stored context."""

from __future__ import annotations

import pytest

from commitments.choices import NotificationKind as Kind
from commitments.models import Notification
from commitments.reminders import sweep
from commitments.reminders.emails import build_message, render
from tests.reminders import scenario
from tests.reminders.scenario import MAYOR, MONDAY_9_30, OFFICE_A, OFFICE_B, SUPERVISOR_A

pytestmark = pytest.mark.django_db


@pytest.fixture
def town():
    town = scenario.build_town()
    moment = sweep.parse_moment(MONDAY_9_30)
    sweep.store([d for c in sweep.plan_chunks() for d in sweep.decide(moment, c)], moment)
    return town


def rendered(kind: str, recipient: str):
    row = Notification.objects.get(kind=kind, recipient=recipient)
    return row, render(row.kind, row.context, row.subject)


@pytest.mark.parametrize(
    ("kind", "recipient", "subject"),
    [
        (Kind.DEADLINE, OFFICE_A, "【到期提醒】2项承诺事项即将到期"),
        (Kind.MILESTONE, OFFICE_A, "【节点提醒】1个阶段节点即将到期"),
        (Kind.MISSING_REPORT, OFFICE_B, "【报送提醒】2项承诺事项7月进度尚未报送（2024-07-25截止）"),
        (Kind.UNACKNOWLEDGED, OFFICE_B, "【签收催办】1项承诺事项尚未签收"),
        (Kind.OVERDUE_DIGEST, MAYOR, "【逾期通报】2项承诺事项已逾期"),
        (Kind.ESCALATION, MAYOR, "【升级督办】1项承诺事项逾期超过7天"),
        (Kind.REVIEW_PENDING, SUPERVISOR_A, "【待审核提醒】1项申请等待审核超过3个工作日"),
    ],
)
def test_each_kind_says_what_and_how_many(town, kind, recipient, subject):
    _, email = rendered(kind, recipient)
    assert email.subject == subject
    assert email.text.startswith("您好：") and "<html" not in email.text
    assert email.html.lstrip().startswith("<!DOCTYPE html>")


def test_the_digest_lists_every_fact_a_supervisor_needs(town):
    row, email = rendered(Kind.OVERDUE_DIGEST, MAYOR)
    item = town.overdue_10
    for body in (email.text, email.html):
        assert item.code in body and item.title in body
        assert town.a.name in body and town.b.name in body  # grouped by department
        assert item.deadline.isoformat() in body
        assert "逾期10天" in body and "红灯" in body
        assert "按计划推进" in body and "40%" in body  # the last report
        assert f"/workspace/commitments/{item.pk}/" in body
        assert "/workspace/queue/" in body  # where the supervisor acts
        assert "/api/" not in body and "/admin/" not in body
    assert "尚无报送" in email.text  # overdue_2 never reported


def test_html_is_escaped_and_text_is_not(town):
    _, email = rendered(Kind.UNACKNOWLEDGED, OFFICE_B)
    assert "<b>招商引资</b>到位资金" in email.text
    assert "&lt;b&gt;招商引资&lt;/b&gt;" in email.html and "<b>招商引资" not in email.html


def test_milestone_and_review_details_appear(town):
    _, milestone = rendered(Kind.MILESTONE, OFFICE_A)
    assert "一季度完成选址" in milestone.text and "一季度完成选址" in milestone.html
    _, review = rendered(Kind.REVIEW_PENDING, SUPERVISOR_A)
    assert "延期申请" in review.text and "已等待5个工作日" in review.text
    assert "已等待5个工作日" in review.html


def test_the_message_is_multipart_with_the_stable_message_id(town):
    row = Notification.objects.get(kind=Kind.OVERDUE_DIGEST, recipient=MAYOR)
    message = build_message(row).message()
    assert message["Message-ID"] == row.message_id
    assert message["To"] == MAYOR
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.get_payload()] == ["text/plain", "text/html"]
