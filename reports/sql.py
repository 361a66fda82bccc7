"""SQL pieces of the big report reads: co-owner names in the row, no JIT.

``CoOwnerNames`` puts a commitment's co-owners (配合单位), by name, into its
own row as one string, so that a ledger of any size is one query instead of
a query per chunk of prefetched co-owners. ``without_jit`` turns
PostgreSQL's JIT compiler off for the enclosed queries: the light's per-row
subqueries make the planner's estimates of a whole-ledger read look huge, and
compiling cost more than it saved (bench/, docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, models, transaction

#: Between two names in ``CoOwnerNames`` (a control character: never in a name).
SEPARATOR = "\x1f"

_FROM = (
    "FROM commitments_coownership co "
    "JOIN commitments_department d ON d.id = co.department_id "
    'WHERE co.commitment_id = "commitments_commitment"."id"'
)


class CoOwnerNames(models.Expression):
    """The co-owners' names of each commitment, sorted, joined by ``SEPARATOR``
    (``NULL`` when there are none). Only in queries on the commitment table."""

    output_field = models.TextField()

    def as_sql(self, compiler, connection, **extra):
        return (
            f"(SELECT group_concat(name, char(31)) FROM "
            f"(SELECT d.name AS name {_FROM} ORDER BY d.name))",
            [],
        )

    def as_postgresql(self, compiler, connection, **extra):
        return f"(SELECT string_agg(d.name, E'\\x1f' ORDER BY d.name) {_FROM})", []


def split_names(joined: str | None) -> list[str]:
    return joined.split(SEPARATOR) if joined else []


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
