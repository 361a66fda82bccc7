"""One e-mail = three templates: ``emails/reminder.subject.txt``, ``.txt`` and ``.html``.

Every reason due for a recipient is one section of one e-mail. Rendering
reads only the Notification's stored context, so the e-mail a retry sends is
the e-mail that was decided. E-mails are written in
``settings.EMAIL_LANGUAGE`` (Chinese by default), whatever language the
process or request happens to be in; the labels frozen into the context are
produced in that language too (``sweep.build_rows``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import translation

from commitments.models import Notification

SUBJECT_MAX = 300
TEMPLATE = "emails/reminder"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def language() -> translation.override:
    """The language messages (and the labels frozen into their context) are written in."""
    return translation.override(settings.EMAIL_LANGUAGE)


def render_subject(context: dict) -> str:
    with language():
        raw = render_to_string(f"{TEMPLATE}.subject.txt", context)
    return " ".join(raw.split())[:SUBJECT_MAX]


def render(context: dict, subject: str | None = None) -> Rendered:
    subject = subject or render_subject(context)
    with language():
        full = {**context, "subject": subject}
        text = render_to_string(f"{TEMPLATE}.txt", full)
        html = render_to_string(f"{TEMPLATE}.html", full)
    return Rendered(subject, text.strip() + "\n", html)


def build_message(notification: Notification, connection=None) -> EmailMultiAlternatives:
    """A multipart message carrying the row's stable Message-ID."""
    rendered = render(notification.context, notification.subject)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.recipient],
        headers={
            "Message-ID": notification.message_id,
            "Auto-Submitted": "auto-generated",
            "X-Tracker-Notification": f"{notification.kind}:{notification.period_key}",
        },
        connection=connection or get_connection(fail_silently=False),
    )
    message.attach_alternative(rendered.html, "text/html")
    return message
