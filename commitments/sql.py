"""The report reads' database session, kept by the domain: the roll-ups
(``reports.sql``) and the domain's own whole-ledger recounts (the first-report
tallies' rebuild, ``commitments.services.first_reports``) run in it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, transaction


def report_settings() -> list[str]:
    """The report reads' session settings, one statement each: JIT off (it only costs on
    these queries) and ``work_mem = REPORT_WORK_MEM`` (grouping a million rows needs more
    than the default 4 MB before it spills to disk). ``LOCAL``: for the transaction only."""
    return ["SET LOCAL jit = off", f"SET LOCAL work_mem = '{settings.REPORT_WORK_MEM}'"]


@contextmanager
def without_jit() -> Iterator[None]:
    """The enclosed queries run in a transaction with ``SET LOCAL jit = off`` and
    ``work_mem = REPORT_WORK_MEM``."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("; ".join(report_settings()))
        yield
