"""Time for tests: one frozen moment, moved on purpose (time-machine).

``CURRENT_TIME`` is a working Friday morning of the 2024 plan year in the
town's time zone; ``frozen()`` (or the ``clock`` fixture) stops the clock
there — ``timezone.now()``, ``localdate()``, ``datetime.now()`` and the
database defaults all read it — and ``move_to`` travels.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

import time_machine

TOWN = ZoneInfo("Asia/Shanghai")
CURRENT_TIME = datetime.datetime(2024, 3, 15, 9, 30, tzinfo=TOWN)
TODAY = CURRENT_TIME.date()


def at(text: str) -> datetime.datetime:
    """``"2024-07-22 09:30"`` as an aware moment in the town's time zone."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=TOWN)


@contextmanager
def frozen(moment: datetime.datetime = CURRENT_TIME) -> Iterator[time_machine.Coordinates]:
    """Stop the clock at ``moment``; the yielded coordinates ``move_to`` another."""
    with time_machine.travel(moment, tick=False) as traveller:
        yield traveller
