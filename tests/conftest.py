"""Test set-up: which real services the suite talks to.

With ``CI=true`` the database tests run on PostgreSQL and the Celery tests
on Redis; if either cannot be reached the run stops with an error, it never
skips. Locally the database defaults to SQLite so ``make test`` works on a
machine with only Python.
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"

os.environ.setdefault("TEST_REDIS_URL", DEFAULT_REDIS_URL)


def reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=3
        ):
            return True
    except OSError:
        return False


def pytest_configure(config: pytest.Config) -> None:
    if not IN_CI:
        return
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.exit("CI=true needs DATABASE_URL to point at PostgreSQL", returncode=3)
    if not reachable(os.environ["DATABASE_URL"], 5432):
        pytest.exit(
            f"CI=true but PostgreSQL is unreachable at {os.environ['DATABASE_URL']}", returncode=3
        )
    if not reachable(os.environ["TEST_REDIS_URL"], 6379):
        pytest.exit(
            f"CI=true but Redis is unreachable at {os.environ['TEST_REDIS_URL']}", returncode=3
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # "No tests collected" must never look like success.
    if session.testscollected == 0 and exitstatus == 0:
        session.exitstatus = 5


@pytest.fixture
def redis_url() -> str:
    """A Redis database for Celery tests; skipping is allowed only outside CI."""
    url = os.environ["TEST_REDIS_URL"]
    if not reachable(url, 6379):
        if IN_CI:
            pytest.fail(f"Redis unreachable at {url}")
        pytest.skip(f"Redis unreachable at {url} (allowed outside CI only)")
    return url


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language (Chinese). LocaleMiddleware
    activates a request's language in the thread and leaves it there, so a
    test that sent ``Accept-Language: en`` would otherwise turn the tests
    after it English."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_throttles(monkeypatch):
    """Throttle counters live in the cache (keyed by user id, which SQLite
    reuses across rolled-back tests); each test starts with none, inside one
    fixed window: on a loaded machine a burst of requests could otherwise
    straddle a window boundary and find its counter reset."""
    from django.core.cache import cache
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "timer", staticmethod(lambda: 1_800_000_000.0))
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock():
    """The clock stopped at ``tests.clock.CURRENT_TIME``; ``clock.move_to(...)`` travels."""
    from tests.clock import frozen

    with frozen() as traveller:
        yield traveller


@pytest.fixture
def cast(db):
    """The shared personas and their ledger (``tests.personas``), made through the services."""
    from tests.personas import build_cast

    return build_cast()
