"""At most ``ROBOT_RATE_PER_MINUTE`` posts a minute to one robot webhook.

Both robots refuse more than 20 messages a minute (and DingTalk then mutes the
robot for ten minutes), so every worker asks here before posting. A token
bucket in the database (GCRA: one timestamp per webhook, advanced by a
compare-and-set UPDATE) lets a burst of half the rate through at once, then
one post every ``120 / rate`` seconds: never more than ``rate`` in any
60 seconds. A post that must wait is not an attempt; it is queued again for
when its turn comes.
"""

from __future__ import annotations

import datetime

from django.conf import settings

from commitments.models import RobotThrottle


def _interval() -> datetime.timedelta:
    return datetime.timedelta(seconds=120 / settings.ROBOT_RATE_PER_MINUTE)


def acquire(recipient: str, now: datetime.datetime) -> float:
    """Take a token for ``recipient``: 0 when the post may go now, otherwise the
    seconds to wait (nothing taken)."""
    interval = _interval()
    tolerance = interval * (settings.ROBOT_RATE_PER_MINUTE // 2 - 1)
    for _ in range(20):
        stored = RobotThrottle.objects.filter(recipient=recipient).values_list("tat", flat=True)
        tat = stored.first()
        if tat is None:
            RobotThrottle.objects.bulk_create(
                [RobotThrottle(recipient=recipient, tat=now)], ignore_conflicts=True
            )
            continue
        start = max(tat, now)
        if start - now > tolerance:
            return (start - now - tolerance).total_seconds()
        won = RobotThrottle.objects.filter(recipient=recipient, tat=tat).update(
            tat=start + interval
        )
        if won:
            return 0.0
    return interval.total_seconds()  # heavy contention: try again a little later
