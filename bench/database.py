"""The benchmark's own PostgreSQL database: created if missing, then migrated."""

from __future__ import annotations

from urllib.parse import urlparse

import psycopg
from psycopg import sql


def ensure_database(url: str) -> None:
    """``CREATE DATABASE`` through the server's ``postgres`` database if needed."""
    parsed = urlparse(url)
    if not parsed.scheme.startswith("postgres"):
        raise SystemExit(f"the benchmark needs PostgreSQL, not {parsed.scheme}: {url}")
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
