"""How far behind sending is: unsent messages and the age of the oldest.

``/healthz`` shows it in its details; each sweep logs an ERROR while the
oldest pending message is older than ``REMINDER_STUCK_MINUTES`` (an SMTP
relay or a robot down for that long), and an INFO line once it recovers.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone

from commitments.choices import NotificationState as State
from commitments.models import Notification

log = logging.getLogger("commitments.reminders.backlog")
_was_stuck = False


@dataclass(frozen=True)
class Backlog:
    unsent: int
    oldest_age_s: float | None
    failed_today: int

    @property
    def stuck(self) -> bool:
        limit = settings.REMINDER_STUCK_MINUTES * 60
        return self.oldest_age_s is not None and self.oldest_age_s > limit

    def as_dict(self) -> dict[str, object]:
        return {
            "unsent": self.unsent,
            "oldest_unsent_age_s": self.oldest_age_s,
            "failed_today": self.failed_today,
            "stuck": self.stuck,
        }


def measure(now: datetime.datetime | None = None) -> Backlog:
    now = now or timezone.now()
    found = Notification.objects.filter(state__in=[State.PENDING, State.SENDING]).aggregate(
        n=Count("pk"), oldest=Min("created_at")
    )
    oldest = found["oldest"]
    failed = Notification.objects.filter(
        state=State.FAILED, created_at__gte=now - datetime.timedelta(days=1)
    ).count()
    age = round((now - oldest).total_seconds(), 1) if oldest else None
    return Backlog(found["n"], age, failed)


def report() -> Backlog:
    """Log the backlog's state when it changes: an ERROR once stuck, INFO once recovered
    (and an ERROR on every sweep while stuck, so it is seen)."""
    global _was_stuck
    backlog = measure()
    if backlog.stuck:
        log.error(
            "reminders stuck: %d unsent, the oldest waiting %.0f minutes (SMTP or robots down?)",
            backlog.unsent,
            (backlog.oldest_age_s or 0) / 60,
        )
    elif _was_stuck:
        log.info("reminders recovered: %d unsent", backlog.unsent)
    _was_stuck = backlog.stuck
    return backlog
