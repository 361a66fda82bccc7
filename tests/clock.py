"""Time for tests: one frozen moment, moved on purpose (time-machine).

``CURRENT_TIME`` is a working Friday morning of the 2024 plan year in the
town's time zone; ``frozen()`` (or the ``clock`` fixture) stops the clock
there — ``timezone.now()``, ``localdate()``, ``datetime.now()`` and the
database defaults all read it — and ``move_to`` travels. ``held_on(day)`` runs a
test at noon of ``day`` with the clock ticking, for suites that take the real
today once (``TODAY`` in ``tests/api`` and ``tests/workflow``) and compare it
with the product's today.
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


@contextmanager
def held_on(day: datetime.date) -> Iterator[time_machine.Coordinates]:
    """Run at noon of ``day`` in the town's time zone, the clock ticking.

    A suite that fixed ``day`` as today when it was imported keeps it as the
    product's today in every test, whatever the hour the run started or
    whether it crosses the town's midnight (16:00 UTC) on the way.
    """
    noon = datetime.datetime.combine(day, datetime.time(12), tzinfo=TOWN)
    with time_machine.travel(noon, tick=True) as traveller:
        yield traveller
