"""Absolute addresses of the web workspace (SPEC §4a), for e-mails and robot messages.

Messages link to the pages a person can use — a commitment's page, the
department's list, the supervisor's queue — never to API JSON or the admin.
Built from ``settings.SITE_URL`` so a message sent by a worker (no request)
carries the public address.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings


def absolute(path: str) -> str:
    """``/workspace/`` → ``https://tracker.example.gov.cn/workspace/``."""
    return f"{settings.SITE_URL}{path}"


def _with_query(path: str, filters: dict[str, object]) -> str:
    query = urlencode({key: value for key, value in filters.items() if value not in (None, "")})
    return f"{path}?{query}" if query else path


def commitment_path(commitment_id: int) -> str:
    return f"/workspace/commitments/{int(commitment_id)}/"


def commitment_url(commitment_id: int) -> str:
    """A commitment's page: its facts, reports, history and the forms its reader may use."""
    return absolute(commitment_path(commitment_id))


def workspace_url(**filters: object) -> str:
    """The reader's list (a department's pledges, or what a supervisor oversees),
    optionally filtered (``light="red"``, ``overdue=1``, ``unreported=1`` …)."""
    return absolute(_with_query("/workspace/", filters))


def queue_url() -> str:
    """The supervisor's queue: requests waiting for a decision, departments not reported."""
    return absolute("/workspace/queue/")


def dashboard_url() -> str:
    return absolute("/dashboard/")
