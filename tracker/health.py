"""``GET /healthz``: is the database reachable, is the broker reachable?"""

from __future__ import annotations

from django.db import connection
from django.http import JsonResponse


def _database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:
        return str(exc)[:200]
    return None


def _broker() -> str | None:
    from tracker.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:
        return str(exc)[:200]
    return None


def healthz(request):
    checks = {"database": _database(), "broker": _broker()}
    ok = all(error is None for error in checks.values())
    body = {
        "status": "ok" if ok else "error",
        "checks": {
            name: ("ok" if err is None else f"error: {err}") for name, err in checks.items()
        },
    }
    return JsonResponse(body, status=200 if ok else 503)
