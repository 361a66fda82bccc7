"""A pytest plugin that runs a suite across the town's midnight (``-p tests.midnight``).

The clock stands at 23:59:59 (Asia/Shanghai) of the real today while pytest starts
and imports the tests (so anything a suite takes as "today" when it is imported
is that day), then moves to 00:00:01 of the next day and ticks while the tests run:
a suite that fixes today once and compares it with the product's today later
fails under it, as a long run crossing 16:00 UTC would.

    python -m pytest -p tests.midnight tests/api/test_report_dates.py
"""

from __future__ import annotations

import datetime

import pytest
import time_machine

from tests.clock import TOWN

_DAY = datetime.datetime.now(TOWN).date()
_LAST_SECOND = datetime.datetime.combine(_DAY, datetime.time(23, 59, 59), tzinfo=TOWN)
_NEXT_DAY = _LAST_SECOND + datetime.timedelta(seconds=2)

# Started on import: ``-p`` plugins load before pytest-django sets Django up and
# before any conftest is imported.
_travels = [time_machine.travel(_LAST_SECOND, tick=False)]
_travels[0].start()


def pytest_collection_finish(session: pytest.Session) -> None:
    """The tests are imported: midnight passes before the first one runs."""
    _travels.pop().stop()
    crossed = time_machine.travel(_NEXT_DAY, tick=True)
    crossed.start()
    _travels.append(crossed)


def pytest_report_header() -> str:
    return f"clock: {_LAST_SECOND.isoformat()} while collecting, then {_NEXT_DAY.isoformat()}"


def pytest_unconfigure() -> None:
    while _travels:
        _travels.pop().stop()
