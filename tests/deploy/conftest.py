"""Helpers for the deployment tests: free loopback ports, production-like env."""

from __future__ import annotations

import os
import secrets
import socket
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# The deployment tests use their own port range so they never collide with a
# developer's runserver (8000) or the other suites.
PORTS = range(8300, 8400)


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8300-8399")


def closed_port() -> int:
    """A loopback port where nothing listens (connecting is refused at once)."""
    return free_port()


def database_url(settings_dict: dict) -> str:
    """A ``postgres://`` URL for the suite's test database."""
    user = quote(settings_dict.get("USER") or "")
    password = f":{quote(settings_dict['PASSWORD'])}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings_dict['NAME']}"


def make_production_env(directory: Path) -> dict[str, str]:
    """Environment for a subprocess running with DJANGO_ENV=production.

    The database is the suite's test database on PostgreSQL (CI), or a
    throw-away SQLite file; the broker is the embedded file-system one under
    ``directory``.
    """
    from django.db import connections

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        {
            "DJANGO_ENV": "production",
            "DJANGO_SETTINGS_MODULE": "tracker.settings",
            "SECRET_KEY": secrets.token_urlsafe(60),
            "ALLOWED_HOSTS": "tracker.example.gov.cn",
            "TRACKER_VAR_DIR": str(directory / "var"),
            "STATIC_ROOT": str(directory / "static"),
            "CELERY_BROKER_URL": "filesystem://",
            "EMAIL_URL": f"file://{directory / 'mail'}",
            "LOG_FORMAT": "json",
            "PYTHONPATH": str(ROOT),
        }
    )
    settings_dict = connections["default"].settings_dict
    if settings_dict["ENGINE"] == "django.db.backends.postgresql":
        env["DATABASE_URL"] = database_url(settings_dict)
    else:
        env["DATABASE_URL"] = f"sqlite:///{directory / 'db.sqlite3'}"
    return env


@pytest.fixture
def production_env(tmp_path: Path, django_db_setup) -> dict[str, str]:
    return make_production_env(tmp_path)
