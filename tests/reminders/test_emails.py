"""The e-mails: one per recipient, a section per reason; subject, text and HTML
rendered from the stored context, short whatever the ledger's size."""

from __future__ import annotations

import datetime
import email
import email.policy
import uuid

import pytest
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.core.mail.message import sanitize_address

from commitments.models import Notification
from commitments.reminders import emails
from commitments.reminders.emails import build_message, render
from tests import factories
from tests.reminders import scenario
from tests.reminders.scenario import MAYOR, MONDAY_9_30, OFFICE_A, OFFICE_B, SUPERVISOR_A, store_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def town():
    town = scenario.build_town()
    store_all(MONDAY_9_30)
    return town


def rendered(recipient: str):
    row = Notification.objects.get(recipient=recipient)
    return row, render(row.context, row.subject)


@pytest.mark.parametrize(
    ("recipient", "subject"),
    [
        (OFFICE_A, "【督办提醒】即将到期2项，节点临近1项，未报送1项"),
        (OFFICE_B, "【督办提醒】即将到期1项，待签收1项，未报送2项"),
        (MAYOR, "【督办提醒】已逾期2项（其中升级督办1项），待审核1项"),
        (SUPERVISOR_A, "【督办提醒】已逾期1项，待审核1项"),
    ],
)
def test_the_subject_counts_every_reason(town, recipient, subject):
    _, email = rendered(recipient)
    assert email.subject == subject
    assert email.text.startswith("2024-07-22 督办提醒：") and "<html" not in email.text
    assert email.html.lstrip().startswith("<!DOCTYPE html>")


def test_a_section_per_reason_in_both_parts(town):
    _, email = rendered(OFFICE_B)
    for body in (email.text, email.html):
        assert body.index("到期提醒") < body.index("签收催办") < body.index("进度报送催办")
    assert "【签收催办】1项" in email.text
    assert "7月进度未报送，2024-07-25截止" in email.text
    assert "还有3天（2024-07-25到期）" in email.text


def test_the_digest_lists_what_a_supervisor_needs(town):
    _, email = rendered(MAYOR)
    item = town.overdue_10
    for body in (email.text, email.html):
        assert item.code in body and item.title in body
        assert town.a.name in body and town.b.name in body
        assert "逾期10天" in body and "红灯" in body
        assert "40%" in body  # the last report
        assert f"/workspace/commitments/{item.pk}/" in body
        assert "/workspace/" in body and "/api/" not in body


def test_html_is_escaped_and_text_is_not(town):
    _, email = rendered(OFFICE_B)
    assert "<b>招商引资</b>到位资金" in email.text
    assert "&lt;b&gt;招商引资&lt;/b&gt;" in email.html and "<b>招商引资" not in email.html


def test_milestone_and_review_details_appear(town):
    _, office = rendered(OFFICE_A)
    assert "一季度完成选址" in office.text and "一季度完成选址" in office.html
    assert "本单位配合" in office.text  # due_in_3 is led by B
    _, review = rendered(SUPERVISOR_A)
    assert "延期申请" in review.text and "已等待5个工作日" in review.text
    assert "已等待5个工作日" in review.html


def test_the_message_is_multipart_with_the_stable_message_id(town):
    row = Notification.objects.get(recipient=MAYOR)
    message = build_message(row).message()
    assert message["Message-ID"] == row.message_id
    assert message["To"] == MAYOR
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.get_payload()] == ["text/plain", "text/html"]


class Wire:
    """Stands in for the ``smtplib.SMTP`` under Django's SMTP backend."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, list[str], bytes]] = []

    def sendmail(self, sender: str, recipients: list[str], data: bytes) -> dict:
        self.sent.append((sender, list(recipients), data))
        return {}


def test_the_envelope_is_what_djangos_smtp_backend_sends(town, monkeypatch):
    """The reminders' SMTP path hands ``envelope()`` to smtplib itself: the same
    sender, recipients and bytes as Django's backend, for every message."""
    monkeypatch.setattr(emails.uuid, "uuid4", lambda: uuid.UUID(int=7))
    monkeypatch.setattr(emails, "formatdate", lambda localtime: "Mon, 22 Jul 2024 09:30:00 +0800")
    backend = SmtpBackend()
    backend.connection = Wire()
    rows = list(Notification.objects.filter(channel="email"))
    assert len(rows) > 3
    for row in rows:
        message = build_message(row, backend)
        assert backend._send(message)
        assert message.envelope() == backend.connection.sent[-1]
        assert message.envelope()[1] == [row.recipient]


@pytest.mark.parametrize(
    "address",
    [
        "office@town.gov.cn",
        "Office.A+reminders@Town.Example.ORG",
        "o'brien_x-1@mail-1.example.com",
        "督办系统 <duban@localhost>",
        '"Office, A" <a@b.cn>',
        "office@例子.中国",
        "办公室@town.gov.cn",
        "a..b@town.gov.cn",
        ".a@town.gov.cn",
        "a.@town.gov.cn",
        "a@town..gov.cn",
        "a@-town.gov.cn",
        "a b@town.gov.cn",
        '"a b"@town.gov.cn',
        "a@[127.0.0.1]",
    ],
)
def test_an_address_is_sanitised_as_django_does(address):
    """The envelope's and headers' addresses skip Django's parse when they are a plain
    ``local@domain``; the answer is Django's either way (or its error)."""
    emails._address.cache_clear()
    try:
        expected: object = sanitize_address(address, "utf-8")
    except Exception as exc:  # what Django says about it, we say too
        expected = type(exc)
    try:
        got: object = emails._address(address, "utf-8")
    except Exception as exc:
        got = type(exc)
    assert got == expected


def wire(row: Notification) -> tuple[bytes, email.message.EmailMessage]:
    data = build_message(row).message().as_bytes(linesep="\r\n")
    return data, email.message_from_bytes(data, policy=email.policy.default)


def test_the_message_on_the_wire_is_what_was_rendered(town):
    row = Notification.objects.get(recipient=MAYOR)
    rendered = render(row.context, row.subject)
    data, parsed = wire(row)
    assert str(parsed["Subject"]) == rendered.subject == row.subject
    assert str(parsed["From"]) == "督办系统 <duban@localhost>" and str(parsed["To"]) == MAYOR
    assert parsed["Message-ID"] == row.message_id and parsed["Auto-Submitted"] == "auto-generated"
    plain, html = parsed.get_body(("plain",)), parsed.get_body(("html",))
    assert plain.get_content().replace("\r\n", "\n") == rendered.text
    assert html.get_content().replace("\r\n", "\n") == rendered.html
    assert plain["Content-Transfer-Encoding"] == "8bit"
    assert data.isascii() is False and max(len(line) for line in data.split(b"\r\n")) <= 998


def test_a_line_too_long_for_smtp_goes_in_base64(town):
    row = Notification.objects.get(recipient=MAYOR)
    row.context["sections"][0]["items"][0]["title"] = "很长的标题" * 80  # 1,200 octets
    data, parsed = wire(row)
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    plain = parsed.get_body(("plain",))
    assert plain["Content-Transfer-Encoding"] == "base64"
    assert "很长的标题" * 80 in plain.get_content()


def test_a_huge_backlog_is_counted_not_listed(settings):
    """Issue 17: no 5,000-row e-mails; counts first, the worst items, a link."""
    settings.REMINDER_LIST_ITEMS = 5
    owner = factories.department(contact_emails=["big@town.test"])
    factories.user("boss", "supervisor", email="boss@town.test")
    plan = factories.plan(2024)
    section = factories.section(plan, 1, "大板块")
    for n in range(60):
        factories.commitment(owner, section, datetime.date(2024, 7, 1) - datetime.timedelta(n))
    store_all(MONDAY_9_30)
    row = Notification.objects.get(recipient="boss@town.test")
    escalation, digest = row.context["sections"]
    assert (escalation["count"], len(escalation["items"]), escalation["more"]) == (60, 5, 55)
    assert [i["days_overdue"] for i in escalation["items"]] == [80, 79, 78, 77, 76]
    # The digest counts all 60 and lists the next worst 5: none is listed twice.
    assert (digest["count"], digest["above"], len(digest["items"]), digest["more"]) == (
        60,
        5,
        5,
        50,
    )
    assert [i["days_overdue"] for i in digest["items"]] == [75, 74, 73, 72, 71]
    assert digest["by_department"] == [[owner.name, 60]] and digest["departments"] == 1
    assert row.commitments.count() == 10
    email = render(row.context, row.subject)
    # walk14 m7: one count, not two that read as 120; the escalations not listed
    # are sent on to the digest below, which lists the next worst
    assert row.subject == "【督办提醒】升级督办60项（均已逾期）"
    assert "……另有55项，见下文“逾期通报”" in email.text
    assert "……另有50项，见工作台" in email.text
    assert "……另有55项，见工作台" not in email.text + email.html
    assert len(email.text) < 5000
