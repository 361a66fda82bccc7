"""The SMTP floor: the messages a sweep sent, over one ``smtplib`` connection.

The messages are built first (the product's own ``build_message`` for every
stored Notification, untimed); only sending their bytes is timed, so
``celery_emails_per_s / smtp_floor_emails_per_s`` is what the product adds
to the wire: deciding, rendering, claiming and bookkeeping. Both send to the
same sink (``bench/smtp_sink.py``), which only counts: a sink that parses every
message is the ceiling of both and hides the difference.
"""

from __future__ import annotations

import smtplib
import time

from django.conf import settings

from commitments.models import Notification
from commitments.reminders.emails import build_message


def floor_emails_per_s(port: int) -> tuple[float, int]:
    """E-mails per second and how many, for every stored notification."""
    envelopes = []
    for row in Notification.objects.filter(channel="email").order_by("pk").iterator(chunk_size=200):
        message = build_message(row)
        envelopes.append(
            (
                message.from_email or settings.DEFAULT_FROM_EMAIL,
                message.recipients(),
                message.message().as_bytes(linesep="\r\n"),
            )
        )
    if not envelopes:
        return 0.0, 0
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for sender, recipients, data in envelopes:
            smtp.sendmail(sender, recipients, data)
    seconds = time.perf_counter() - started
    return round(len(envelopes) / seconds, 1), len(envelopes)
