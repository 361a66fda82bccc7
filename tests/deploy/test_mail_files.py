"""Locally every e-mail is a ``.eml`` file of its own under ``var/mail/``, which a
mail client opens as it is (Django's file backend appends a connection's
messages to one ``.log``)."""

from __future__ import annotations

import email
import email.policy

from django.core.mail import EmailMultiAlternatives

from tracker.env import parse_email_url
from tracker.mailfiles import EmailBackend


def _read(path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_it_writes_each_message_of_a_connection_to_its_own_eml_file(tmp_path):
    connection = EmailBackend(file_path=str(tmp_path / "mail"))
    messages = []
    for n, to in enumerate(["a@town.example.gov.cn", "b@town.example.gov.cn"]):
        message = EmailMultiAlternatives(
            f"【督办提醒】第{n + 1}封", "正文", "督办系统 <duban@localhost>", [to]
        )
        message.attach_alternative("<p>正文</p>", "text/html")
        messages.append(message)

    assert connection.send_messages(messages) == 2

    files = sorted((tmp_path / "mail").iterdir())
    assert [f.suffix for f in files] == [".eml", ".eml"]
    read = sorted((_read(f) for f in files), key=lambda m: m["To"])
    assert [m["To"] for m in read] == ["a@town.example.gov.cn", "b@town.example.gov.cn"]
    assert read[0]["Subject"] == "【督办提醒】第1封"
    assert read[0].get_body(("plain",)).get_content().strip() == "正文"
    assert "<p>正文</p>" in read[0].get_body(("html",)).get_content()


def test_the_file_email_url_writes_eml_files_too():
    assert parse_email_url("file:///var/lib/tracker/mail") == {
        "EMAIL_BACKEND": "tracker.mailfiles.EmailBackend",
        "EMAIL_FILE_PATH": "/var/lib/tracker/mail",
    }
