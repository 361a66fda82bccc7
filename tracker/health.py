"""``GET /healthz``: can this instance reach the database and the broker?

A load balancer polls it every few seconds and takes the instance out of
rotation on anything but 200, so it must

* answer quickly when a dependency is down: both checks run in parallel on
  fresh connections with short timeouts, and the whole probe is cut off at
  ``HEALTHZ_TIMEOUT`` seconds (a hung check counts as failed);
* answer the balancer's plain-HTTP request, whatever Host header it sends
  (often the instance's IP address): ``HealthCheckMiddleware`` sits ahead of
  ``SecurityMiddleware`` (HTTPS redirect) and ``CommonMiddleware`` (the
  ``ALLOWED_HOSTS`` check) and answers ``/healthz`` itself;
* recover by itself: nothing is cached, so the probe after a dependency
  comes back says 200.

The body says which check failed with the exception's class only; the full
error (host names, ports) goes to the log, not to whoever can reach the URL.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.db import connections
from django.db.utils import load_backend
from django.http import HttpRequest, HttpResponse, JsonResponse

logger = logging.getLogger("tracker.health")

HEALTHZ_PATH = "/healthz"


def _timeout() -> float:
    return float(getattr(settings, "HEALTHZ_TIMEOUT", 2.0))


def check_database(timeout: float) -> None:
    """Open a new connection and run ``SELECT 1``; raise if that fails.

    A separate connection (not the request's persistent one) gets its own
    connect timeout and never leaves the request's connection half-broken.
    """
    params = copy.deepcopy(connections["default"].settings_dict)
    if params["ENGINE"] == "django.db.backends.postgresql":
        options = params.setdefault("OPTIONS", {})
        # libpq rounds connect_timeout below 2 s up to 2 s.
        options["connect_timeout"] = max(2, int(timeout))
    wrapper = load_backend(params["ENGINE"]).DatabaseWrapper(params, "healthz")
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        wrapper.close()


def check_broker(timeout: float) -> None:
    """Connect to the Celery broker once, no retries; raise if that fails."""
    from tracker.celery import app

    with app.connection_for_write(connect_timeout=timeout) as conn:
        conn.ensure_connection(max_retries=0, timeout=timeout)


CHECKS: dict[str, Callable[[float], None]] = {
    "database": check_database,
    "broker": check_broker,
}


def run_checks(timeout: float | None = None) -> dict[str, str]:
    """Run every check in parallel; each result is ``ok`` or ``error: <kind>``."""
    timeout = _timeout() if timeout is None else timeout
    results = {name: f"error: no answer within {timeout:g}s" for name in CHECKS}

    def run(name: str, check: Callable[[float], None]) -> None:
        try:
            check(timeout)
        except Exception as exc:
            logger.warning(
                "health check %s failed: %s",
                name,
                exc,
                extra={"event": "healthz", "check": name, "error": str(exc)[:300]},
            )
            results[name] = f"error: {type(exc).__name__}"
        else:
            results[name] = "ok"

    threads = [
        threading.Thread(target=run, args=item, daemon=True, name=f"healthz-{item[0]}")
        for item in CHECKS.items()
    ]
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return dict(results)


def details() -> dict[str, object]:
    """What an operator should see but a balancer must not act on: the reminder
    backlog (unsent messages, the oldest's age, stuck or not) and the holiday
    calendar's coverage. Read only when the database answered."""
    found: dict[str, object] = {}
    try:
        from commitments.reminders import backlog, calendar

        found["reminders"] = backlog.measure().as_dict()
        found["calendar"] = calendar.coverage()
    except Exception as exc:  # details never turn a healthy instance unhealthy
        logger.warning("health details failed: %s", exc)
        found["error"] = type(exc).__name__
    return found


def healthz(request: HttpRequest) -> JsonResponse:
    checks = run_checks()
    ok = all(result == "ok" for result in checks.values())
    body: dict[str, object] = {"status": "ok" if ok else "error", "checks": checks}
    if checks.get("database") == "ok":
        body["details"] = details()
    response = JsonResponse(body, status=200 if ok else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answer ``/healthz`` before host validation and the HTTPS redirect."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == HEALTHZ_PATH and request.method in {"GET", "HEAD"}:
            return healthz(request)
        return self.get_response(request)
