"""A supervisor's overdue digest as its reader gets it: received over SMTP on loopback
(and on a group robot), read as text and as the HTML's visible text.

The mayor oversees every department, so every overdue commitment is both in the
digest and, from 7 days overdue, escalated to them: a reader must see each
commitment once, the digest's count by department, the light's reason only when it
says something new, and commitment codes labelled so that they do not read as dates.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from commitments.choices import Role
from commitments.models import Commitment, Notification
from tests import factories
from tests.reminders.scenario import MONDAY, MONDAY_9_30
from tests.support.robots import RobotServer

pytestmark = [pytest.mark.django_db, pytest.mark.smtp]

MAYOR, SUP = "mayor@town.test", "sup-econ@town.test"
#: department → its overdue commitments, days overdue (all escalated: 7 or more)
OVERDUE = {
    "经济发展办公室": [20, 17, 14, 11, 8],
    "文化站": [19, 10, 7],
    "党政办公室": [18, 9],
    "社会事务办公室": [16],
    "平安建设办公室": [15],
    "应急管理办公室": [13],
}
LIST_ITEMS = 4
MAYOR_KEY = "mayor-robot-key"


class Visible(HTMLParser):
    """The text a mail client shows of an HTML part."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("br", "p", "li", "h3", "ol"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible(html: str) -> str:
    parser = Visible()
    parser.feed(html.split("<body", 1)[1])
    return "".join(parser.parts)


@pytest.fixture
def town(settings) -> dict[str, list[Commitment]]:
    settings.REMINDER_LIST_ITEMS = LIST_ITEMS
    section = factories.section(factories.plan(2024), 1, "狠抓招商引资")
    made: dict[str, list[Commitment]] = {}
    for name, days in OVERDUE.items():
        owner = factories.department(name, contact_emails=[])
        made[name] = [
            factories.commitment(
                owner,
                section,
                MONDAY - datetime.timedelta(days=n),
                title=f"{name}第{i + 1}项任务",
                acknowledged_at=timezone.now(),
            )
            for i, n in enumerate(days)
        ]
    # Nearly done and reported: its light's only reason is being overdue.
    Commitment.objects.filter(pk=made["应急管理办公室"][0].pk).update(
        percent=99, last_report_on=MONDAY.replace(day=1)
    )
    factories.user("mayor", Role.SUPERVISOR, email=MAYOR)
    econ = made["经济发展办公室"][0].lead_owner
    culture = made["文化站"][0].lead_owner
    factories.user("sup_econ", Role.SUPERVISOR, supervises=[econ, culture], email=SUP)
    return made


@pytest.fixture
def robot() -> Iterator[RobotServer]:
    """The mayor's WeCom group robot, on a loopback server that answers as WeCom."""
    server = RobotServer().start()
    call_command("set_channel", "mayor", "--wecom", server.wecom(MAYOR_KEY))
    yield server
    server.stop()


def robot_text(server: RobotServer) -> str:
    (post,) = server.received(MAYOR_KEY)
    return post.content


@pytest.fixture
def mail(settings, smtp) -> Iterator[object]:
    """Reminders go out through Django's SMTP backend to the loopback server."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield smtp


def send() -> str:
    out = StringIO()
    call_command("send_reminders", "--at", MONDAY_9_30, stdout=out)
    return out.getvalue()


def received(smtp, recipient: str) -> tuple[str, str]:
    """The text part and the HTML's visible text of the one message to ``recipient``."""
    (message,) = [m for m in smtp.messages if recipient in m.envelope_to]
    return message.part("text/plain"), visible(message.part("text/html"))


def worst_first(town) -> list[Commitment]:
    return sorted((c for items in town.values() for c in items), key=lambda c: c.deadline)


def link(item: Commitment) -> str:
    return f"/workspace/commitments/{item.pk}/"


def assert_each_listed_once(body: str, town) -> list[Commitment]:
    """Every commitment is listed at most once; the listed ones, in order."""
    everything = worst_first(town)
    for item in everything:
        assert body.count(item.title) <= 1, item.title
    return sorted((c for c in everything if c.title in body), key=lambda c: body.index(c.title))


def test_the_mayor_sees_each_overdue_commitment_once(town, mail):
    send()
    text, html = received(mail, MAYOR)
    worst = worst_first(town)
    for body in (text, html):
        listed = assert_each_listed_once(body, town)
        # Escalation lists the 4 worst; the digest the next 4, not the same ones again.
        assert listed == worst[:8]
        escalation = body.index("逾期升级督办")
        digest = body.index("逾期通报")
        assert all(escalation < body.index(c.title) < digest for c in worst[:4])
        assert all(digest < body.index(c.title) for c in worst[4:8])
        assert "其中4项已列在上文“逾期升级督办”中，不再重复" in body
        # 13 escalated, 4 listed: the rest are the digest's, listed right below (walk14 m7)
        assert "……另有9项，见下文“逾期通报”" in body and "另有9项，见工作台" not in body
        assert "……另有5项，见工作台" in body  # 13 overdue, 4 above, 4 listed here
    assert "【逾期升级督办】13项" in text and "【逾期通报】13项" in text
    # One count in the subject and the headline: 13 pledges, all escalated and overdue,
    # not "升级督办13项，已逾期13项", which read as 26 (walk14 m7).
    subject = Notification.objects.get(channel="email", recipient=MAYOR).subject
    assert subject == "【督办提醒】升级督办13项（均已逾期）"
    assert "督办提醒：升级督办13项（均已逾期）。" in text
    assert "逾期升级督办（13项）" in html and "逾期通报（13项）" in html
    for item in worst[:8]:
        assert text.count(link(item)) == 1


def test_the_digest_counts_by_department_largest_first(town, mail):
    send()
    text, html = received(mail, MAYOR)
    breakdown = (
        "按单位：经济发展办公室 5项、文化站 3项、党政办公室 2项、社会事务办公室 1项，"
        "另有2个单位共2项"
    )
    for body in (text, html):
        assert breakdown in body
        assert body.index("【逾期通报】" if body is text else "逾期通报（") < body.index(breakdown)
    # A supervisor of two departments: their digest, all of it, no escalation above.
    text, html = received(mail, SUP)
    for body in (text, html):
        assert "按单位：经济发展办公室 5项、文化站 3项" in body
        assert "另有" not in body.split("按单位：")[1].split("\n")[0]
        assert "已列在上文" not in body and "升级督办" not in body
    assert "【逾期通报】8项" in text and "……另有4项，见工作台" in text


def test_a_line_says_each_fact_once_and_codes_are_labelled(town, mail):
    send()
    text, html = received(mail, MAYOR)
    nearly_done = town["应急管理办公室"][0]
    for body in (text, html):
        assert not re.search(r"(逾期\d+天)｜[红黄绿]灯：\1", body), body
        line = next(x for x in body.splitlines() if "逾期13天" in x)
        # Only overdue: the why says the light's one fact, so the line gives the
        # progress instead — never a red light with no reason (walk12c minor-5).
        assert re.fullmatch(r"逾期13天｜红灯：完成\d+%，序时应达100%", line.strip(" ●")), line
        assert re.search(r"逾期20天｜红灯：.*完成0%，序时应达100%", body)  # it adds something
        for item in assert_each_listed_once(body, town):
            # The code labelled as on the pages, never bare beside the dates.
            assert body.count(item.code) == body.count(f"编号 {item.code}") == 1
    assert f"编号 {nearly_done.code} {nearly_done.title}（应急管理办公室）" in text
    assert not re.search(r"^\d+\. \d{4}-\d\d-\d\d ", text, re.M)


def test_the_digest_reads_the_same_in_english(town, mail, robot, settings):
    settings.EMAIL_LANGUAGE = "en"
    send()
    text, html = received(mail, MAYOR)
    worst = worst_first(town)
    content = robot_text(robot)
    assert "By department: 经济发展办公室 5, 文化站 3, 党政办公室 2" in content
    assert "13 escalated (all overdue)" in content
    assert "3 of them are listed above under “Overdue escalation” and not repeated" in content
    assert f"[Code {worst[0].code} {worst[0].title}]" in content
    assert not re.search(r"逾期|编号|按单位|其中|工作台", content)
    for body in (text, html):
        assert assert_each_listed_once(body, town) == worst[:8]
        assert (
            "By department: 经济发展办公室 5, 文化站 3, 党政办公室 2, 社会事务办公室 1;"
            " 2 more departments with 2"
        ) in body
        assert "4 of them are listed above under “Overdue escalation” and not repeated" in body
        assert "… and 9 more below under “Overdue digest”" in body
        assert "… and 5 more in the workspace" in body
        assert not re.search(r"(\d+ days? overdue) \| \w+ light: \1", body), body
        assert re.search(
            r"13 days overdue \| Red light: \d+% done; expected progress is 100%\s*$", body, re.M
        )
        assert not re.search(r"overdue \| Red light\s*$", body, re.M)
        assert f"Code {worst[0].code} {worst[0].title}" in body
        assert not re.search(r"逾期|编号|按单位|其中|工作台", body)


def test_the_robot_shows_each_commitment_once_and_says_so(town, mail, robot):
    send()
    content = robot_text(robot)
    worst = worst_first(town)
    for item in worst:
        assert content.count(link(item)) <= 1
    shown = [c for c in worst if link(c) in content]
    # Three items a section on a phone: the 3 worst escalated, then 3 more overdue.
    assert shown == worst[:3] + worst[4:7]
    assert "其中3项已列在上文“逾期升级督办”中，不再重复" in content
    assert "> ……另有10项" in content and "> ……另有7项" in content  # 13-3; 13-3-3
    assert "按单位：经济发展办公室 5项、文化站 3项、党政办公室 2项" in content
    assert f"[编号 {worst[0].code} {worst[0].title}]" in content
    assert not re.search(r"(逾期\d+天)｜[红黄绿]灯：\1", content)
