"""The report reads' database session, kept by the domain: the roll-ups
(``reports.sql``) and the domain's own whole-ledger recounts (the first-report
tallies' rebuild, ``commitments.services.first_reports``) run in it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, transaction


@contextmanager
def without_jit() -> Iterator[None]:
    """The enclosed queries run in a transaction with ``SET LOCAL jit = off`` and
    ``work_mem = REPORT_WORK_MEM``."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Grouping a million rows needs more than the default 4 MB before it
            # spills to disk; LOCAL: for this transaction only.
            cursor.execute(
                f"SET LOCAL jit = off; SET LOCAL work_mem = '{settings.REPORT_WORK_MEM}'"
            )
        yield
